#include "store/sqlite_db.h"

#include <sqlite3.h>

#include <utility>

namespace dossier::store {
namespace {

base::Status Error(sqlite3* db, int rc, std::string_view what) {
  std::string m = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) return base::Status::Corruption(m);
  return base::Status::IoError(m);
}

}  // namespace

SqliteStmt::SqliteStmt(SqliteStmt&& o) noexcept
    : db_(std::exchange(o.db_, nullptr)), stmt_(std::exchange(o.stmt_, nullptr)) {}

SqliteStmt& SqliteStmt::operator=(SqliteStmt&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(stmt_);
    db_ = std::exchange(o.db_, nullptr);
    stmt_ = std::exchange(o.stmt_, nullptr);
  }
  return *this;
}

SqliteStmt::~SqliteStmt() { sqlite3_finalize(stmt_); }

void SqliteStmt::Bind(int i, std::string_view text) {
  sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}
void SqliteStmt::Bind(int i, int64_t value) { sqlite3_bind_int64(stmt_, i, value); }
void SqliteStmt::Bind(int i, double value) { sqlite3_bind_double(stmt_, i, value); }
void SqliteStmt::BindNull(int i) { sqlite3_bind_null(stmt_, i); }
void SqliteStmt::BindOrNull(int i, std::string_view text) {
  if (text.empty()) {
    BindNull(i);
  } else {
    Bind(i, text);
  }
}

base::Result<bool> SqliteStmt::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Error(db_, rc, sqlite3_sql(stmt_));
}

base::Status SqliteStmt::Run() {
  for (;;) {
    base::Result<bool> row = Step();
    if (!row.ok() || !*row) {
      Reset();
      return row.status();
    }
  }
}

void SqliteStmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string SqliteStmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (p == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(p),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}
int64_t SqliteStmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double SqliteStmt::Real(int col) const { return sqlite3_column_double(stmt_, col); }
bool SqliteStmt::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

base::Result<std::unique_ptr<SqliteDb>> SqliteDb::Open(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    base::Status s = Error(db, rc, path);
    sqlite3_close(db);
    return s;
  }
  // Writers wait for each other (another ingest's batch) rather than fail.
  sqlite3_busy_timeout(db, 60000);
  sqlite3_extended_result_codes(db, 0);
  return std::unique_ptr<SqliteDb>(new SqliteDb(db, path));
}

SqliteDb::~SqliteDb() { sqlite3_close_v2(db_); }

base::Status SqliteDb::Exec(const std::string& sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return base::Status::Ok();
  std::string m = path_ + ": " + (err ? err : sqlite3_errstr(rc));
  sqlite3_free(err);
  if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) return base::Status::Corruption(m);
  return base::Status::IoError(m);
}

base::Result<SqliteStmt> SqliteDb::Prepare(std::string_view sql) {
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &st, nullptr);
  if (rc != SQLITE_OK) return Error(db_, rc, path_ + ": prepare");
  return SqliteStmt(db_, st);
}

base::Result<int64_t> SqliteDb::QueryInt(const std::string& sql) {
  DOSSIER_ASSIGN_OR_RETURN(SqliteStmt st, Prepare(sql));
  DOSSIER_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.Int(0) : int64_t{0};
}

int64_t SqliteDb::Changes() const { return sqlite3_changes64(db_); }
int64_t SqliteDb::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }

}  // namespace dossier::store
