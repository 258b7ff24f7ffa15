// The SQLite schema of the store and its migrations.
//
// The schema version lives in `PRAGMA user_version`. Migrations are an ordered
// list; migration i takes a database from version i to i+1 and runs inside one
// transaction with the version bump, so a database is always at some exact
// version. Never edit a released migration: append a new one.
//
// Tables (one row per ...):
//   documents           stored document: doc (rowid), id, hash UNIQUE, date, date_source,
//                       title, url, source, text, record (the JSON annotation)
//   documents_fts       FTS5 index over title and text (external content: documents)
//   sentences           sentence span per document
//   entities            entity merged across documents by id: name, type, country
//   aliases             (entity, alias), union over documents
//   entity_keys         (NameKey of id, name or alias, entity): name lookup (v2)
//   sanctions_hits      (entity, list, ref) with listed name, programmes, score
//   mentions, timexes   spans per document
//   events              event with PLOVER/CAMEO coding, date, sort_date, modality, spans
//   event_participants  (event, role, entity), role = actor | recipient | source
//   attributions        view: the `source` participants of each event
//   relations, quotes   per document, with sentence and span
#pragma once

#include "base/status.h"
#include "store/sqlite_db.h"

namespace dossier::store {

// The version a fully migrated database has.
int SchemaVersion();

// Brings `db` to SchemaVersion(). Errors: kCorruption when the database has a
// newer version than this binary knows (it was written by a later Dossier).
base::Status Migrate(SqliteDb& db);

}  // namespace dossier::store
