// The SQL of the SQLite backend's two variable-shaped queries (events and
// relations), built from a query struct. Separate from SqliteStore so that
// tests can check their plans use the indexes (sqlite_queries_test.cc).
//
// Internal to src/store.
#pragma once

#include <string>
#include <vector>

#include "store/store.h"

namespace dossier::store {

struct SqlQuery {
  std::string text;
  std::vector<std::string> params;  // bound in order to the '?' marks
};

// Columns: ev, id, event, mode, context, cameo, date, sort_date, modality,
// sentence, start, end, trigger_start, trigger_end, doc id, title, date, url,
// sentence text.
SqlQuery EventsSql(const EventQuery& query);

// Columns: subject, predicate, object, sentence, start, end, doc id, title,
// date, url, sentence text.
SqlQuery RelationsSql(const RelationQuery& query);

}  // namespace dossier::store
