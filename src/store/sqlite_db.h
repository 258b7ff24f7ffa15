// A thin RAII layer over the SQLite C API for the SQLite backend: a connection
// (SqliteDb) and prepared statements (SqliteStmt) whose failures come back as
// Status values carrying SQLite's own message.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto db, SqliteDb::Open("dossier.db"));
//   DOSSIER_RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode=WAL"));
//   DOSSIER_ASSIGN_OR_RETURN(SqliteStmt st, db->Prepare("SELECT name FROM entities WHERE id=?"));
//   st.Bind(1, "country:IRN");
//   while (st.Step().value()) std::string name = st.Text(0);
//
// Internal to src/store: nothing outside this module sees SQL.
// Thread-safety: a SqliteDb and its statements belong to one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dossier::store {

class SqliteStmt {
 public:
  SqliteStmt() = default;
  SqliteStmt(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  SqliteStmt(SqliteStmt&& o) noexcept;
  SqliteStmt& operator=(SqliteStmt&& o) noexcept;
  SqliteStmt(const SqliteStmt&) = delete;
  SqliteStmt& operator=(const SqliteStmt&) = delete;
  ~SqliteStmt();

  // Parameters are 1-based, as in SQLite. Text is copied.
  void Bind(int i, std::string_view text);
  void Bind(int i, int64_t value);
  void Bind(int i, double value);
  void BindNull(int i);
  // Binds NULL for an empty string.
  void BindOrNull(int i, std::string_view text);

  // True when a row is available, false when done.
  base::Result<bool> Step();
  // Step() to completion, expecting no rows.
  base::Status Run();
  // Clears bindings and rewinds for reuse.
  void Reset();

  // Columns are 0-based. NULL reads as "" / 0.
  std::string Text(int col) const;
  int64_t Int(int col) const;
  double Real(int col) const;
  bool IsNull(int col) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class SqliteDb {
 public:
  // Opens (creating when missing) the database file at `path`; ":memory:" for a
  // private in-memory database. Errors: kIoError when the file cannot be
  // opened or is not a database.
  static base::Result<std::unique_ptr<SqliteDb>> Open(const std::string& path);
  ~SqliteDb();

  base::Status Exec(const std::string& sql);
  base::Result<SqliteStmt> Prepare(std::string_view sql);
  // The single integer a query like "PRAGMA user_version" returns.
  base::Result<int64_t> QueryInt(const std::string& sql);
  int64_t Changes() const;
  int64_t LastInsertRowid() const;
  const std::string& path() const { return path_; }

 private:
  SqliteDb(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

}  // namespace dossier::store
