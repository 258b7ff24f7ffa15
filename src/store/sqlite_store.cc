#include "store/sqlite_store.h"

#include "store/sqlite_schema.h"

namespace dossier::store {

base::Result<std::unique_ptr<Store>> OpenStore(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<SqliteStore> s, SqliteStore::Open(path));
  return std::unique_ptr<Store>(std::move(s));
}

base::Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<SqliteDb> db, SqliteDb::Open(path));
  // WAL: readers never block the writer, and a killed writer leaves the
  // committed state intact. NORMAL sync is durable across process crashes.
  DOSSIER_RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode=WAL"));
  DOSSIER_RETURN_IF_ERROR(db->Exec("PRAGMA synchronous=NORMAL"));
  DOSSIER_RETURN_IF_ERROR(Migrate(*db));
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db)));
}

base::Result<SqliteStmt*> SqliteStore::Cached(const char* sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) {
    it->second.Reset();
    return &it->second;
  }
  DOSSIER_ASSIGN_OR_RETURN(SqliteStmt st, db_->Prepare(sql));
  return &cache_.emplace(sql, std::move(st)).first->second;
}

base::Result<bool> SqliteStore::HasDocument(const std::string& content_hash) {
  DOSSIER_ASSIGN_OR_RETURN(SqliteStmt * st, Cached("SELECT 1 FROM documents WHERE hash = ?"));
  st->Bind(1, content_hash);
  DOSSIER_ASSIGN_OR_RETURN(bool row, st->Step());
  st->Reset();
  return row;
}

base::Status SqliteStore::Begin() {
  if (in_transaction_) return base::Status::Internal("Store::Begin: a transaction is open");
  DOSSIER_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  in_transaction_ = true;
  return base::Status::Ok();
}

base::Status SqliteStore::Commit() {
  if (!in_transaction_) return base::Status::Internal("Store::Commit: no open transaction");
  in_transaction_ = false;
  return db_->Exec("COMMIT");
}

base::Result<int64_t> SqliteStore::CountDocuments() {
  return db_->QueryInt("SELECT count(*) FROM documents");
}

base::Result<StoreStats> SqliteStore::Stats() {
  StoreStats s;
  DOSSIER_ASSIGN_OR_RETURN(s.documents, CountDocuments());
  DOSSIER_ASSIGN_OR_RETURN(s.entities, db_->QueryInt("SELECT count(*) FROM entities"));
  DOSSIER_ASSIGN_OR_RETURN(s.events, db_->QueryInt("SELECT count(*) FROM events"));
  DOSSIER_ASSIGN_OR_RETURN(s.relations, db_->QueryInt("SELECT count(*) FROM relations"));
  return s;
}

base::Status SqliteStore::CheckIntegrity() {
  DOSSIER_ASSIGN_OR_RETURN(SqliteStmt st, db_->Prepare("PRAGMA integrity_check"));
  std::string problems;
  for (;;) {
    DOSSIER_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    if (st.Text(0) != "ok") problems += (problems.empty() ? "" : "; ") + st.Text(0);
  }
  if (!problems.empty()) return base::Status::Corruption(db_->path() + ": " + problems);
  base::Status fts =
      db_->Exec("INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')");
  if (!fts.ok()) return base::Status::Corruption(fts.message()).WithPrefix("full-text index");
  return base::Status::Ok();
}

}  // namespace dossier::store
