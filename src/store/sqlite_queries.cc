#include "store/sqlite_queries.h"

#include <cctype>

namespace dossier::store {
namespace {

// Builds "col IN (SELECT ? UNION SELECT ? UNION SELECT id FROM entities WHERE
// country IN (?,..))" and appends its parameters: one IN over a subquery, which
// SQLite answers from the index on `col` (an OR of two INs would scan).
std::string SelectorSql(const std::string& col, const EntitySelector& s,
                        std::vector<std::string>* params) {
  if (s.empty()) return "0";
  std::vector<std::string> parts;
  for (const auto& id : s.ids) {
    parts.push_back("SELECT ?");
    params->push_back(id);
  }
  if (!s.countries.empty()) {
    std::string marks;
    for (const auto& c : s.countries) {
      marks += marks.empty() ? "?" : ",?";
      params->push_back(c);
    }
    parts.push_back("SELECT id FROM entities WHERE country IN (" + marks + ")");
  }
  std::string sql = col + " IN (";
  for (size_t i = 0; i < parts.size(); ++i) sql += (i ? " UNION " : "") + parts[i];
  return sql + ")";
}

// The sentence text straight from the stored bytes (offsets are bytes).
constexpr const char* kSentenceSql =
    "CAST(substr(CAST(d.text AS BLOB), {s} + 1, {e} - {s}) AS TEXT)";

std::string SentenceSql(const std::string& start, const std::string& end) {
  std::string sql = kSentenceSql;
  for (size_t p; (p = sql.find("{s}")) != std::string::npos;) sql.replace(p, 3, start);
  for (size_t p; (p = sql.find("{e}")) != std::string::npos;) sql.replace(p, 3, end);
  return sql;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

SqlQuery EventsSql(const EventQuery& q) {
  std::vector<std::string> params;
  std::string sql =
      "SELECT e.ev, e.id, e.event, e.mode, e.context, e.cameo, e.date, e.sort_date, e.modality,"
      " e.sentence, e.start, e.end, e.trigger_start, e.trigger_end, d.id, d.title, d.date, d.url, " +
      SentenceSql("e.start", "e.end") + " FROM events e JOIN documents d ON d.doc = e.doc WHERE 1";
  // Parameters are appended as the SQL grows: each SelectorSql() call is its
  // own statement, since the operands of one `+` chain are unsequenced.
  if (!q.a.empty() && !q.b.empty()) {
    sql += " AND e.ev IN (SELECT pa.ev FROM event_participants pa JOIN event_participants pb"
           " ON pb.ev = pa.ev WHERE pa.role IN ('actor','recipient')"
           " AND pb.role IN ('actor','recipient') AND pa.role <> pb.role AND ";
    sql += SelectorSql("pa.entity", q.a, &params);
    sql += " AND ";
    // Unary + keeps pb off the entity index: pb is reached by (ev, role) from
    // pa and checked against B's set, instead of probing once per B member.
    sql += SelectorSql("+pb.entity", q.b, &params);
    sql += ")";
  } else if (!q.a.empty()) {
    sql += " AND e.ev IN (SELECT ev FROM event_participants WHERE role IN ('actor','recipient')"
           " AND ";
    sql += SelectorSql("entity", q.a, &params);
    sql += ")";
  }
  if (!q.type.empty()) {
    sql += " AND e.event = ?";
    params.push_back(Upper(q.type));
  }
  if (!q.from.empty()) {
    sql += " AND e.sort_date >= ?";
    params.push_back(q.from);
  }
  if (!q.to.empty()) {
    // A bound at a coarser precision covers the whole period ("--to 2017" keeps 2017-12-31).
    sql += " AND substr(e.sort_date, 1, length(?)) <= ?";
    params.push_back(q.to);
    params.push_back(q.to);
  }
  // Plain column order lets the events_date index deliver rows already sorted
  // (undated events, with a NULL sort_date, come first).
  sql += q.newest_first ? " ORDER BY e.sort_date DESC, e.ev DESC" : " ORDER BY e.sort_date, e.ev";
  if (q.limit > 0) sql += " LIMIT " + std::to_string(q.limit);
  return {sql, params};
}

SqlQuery RelationsSql(const RelationQuery& q) {
  // Each branch of the UNION starts from the subject or the object index.
  std::vector<std::string> params;
  std::string where = "r.rowid IN (";
  auto branch = [&](const char* prefix, const EntitySelector& subject,
                    const EntitySelector* object) {
    where += prefix;
    where += SelectorSql("subject", subject, &params);
    if (object == nullptr) return;
    where += " AND ";
    where += SelectorSql("object", *object, &params);
  };
  if (!q.a.empty() && !q.b.empty()) {
    branch("SELECT rowid FROM relations WHERE ", q.a, &q.b);
    branch(" UNION SELECT rowid FROM relations WHERE ", q.b, &q.a);
  } else {
    branch("SELECT rowid FROM relations WHERE ", q.a, nullptr);
    where += " UNION SELECT rowid FROM relations WHERE ";
    where += SelectorSql("object", q.a, &params);
  }
  where += ")";
  std::string sql =
      "SELECT r.subject, r.predicate, r.object, r.sentence, r.start, r.end,"
      " d.id, d.title, d.date, d.url, " + SentenceSql("r.start", "r.end") +
      " FROM relations r JOIN documents d ON d.doc = r.doc WHERE " + where +
      " ORDER BY d.date IS NULL, d.date, r.rowid";
  if (q.limit > 0) sql += " LIMIT " + std::to_string(q.limit);
  return {sql, params};
}

}  // namespace dossier::store
