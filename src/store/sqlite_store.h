// SqliteStore: the Store backend on one SQLite file (WAL mode). See store.h for
// the contract and sqlite_schema.h for the tables.
//
// Internal to src/store; callers use OpenStore() and the Store interface.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "store/sqlite_db.h"
#include "store/store.h"

namespace dossier::store {

class SqliteStore : public Store {
 public:
  // Opens or creates the file at `path` and migrates it to the current schema.
  static base::Result<std::unique_ptr<SqliteStore>> Open(const std::string& path);

  base::Result<bool> HasDocument(const std::string& content_hash) override;
  base::Status Begin() override;
  base::Status Commit() override;
  base::Result<bool> PutDocument(const pipeline::Annotation& a,
                                 const std::string& content_hash) override;

  base::Result<int64_t> CountDocuments() override;
  base::Result<StoreStats> Stats() override;
  base::Result<std::optional<pipeline::Annotation>> GetAnnotation(
      const std::string& content_hash) override;
  base::Result<std::optional<StoredEntity>> GetEntity(const std::string& id) override;
  base::Result<std::vector<StoredEntity>> FindEntities(const std::string& name) override;
  base::Result<std::vector<StoredEntity>> SimilarEntities(const std::string& fragment,
                                                          size_t limit) override;
  base::Result<std::vector<StoredEvent>> FindEvents(const EventQuery& query) override;
  base::Result<std::vector<StoredRelation>> FindRelations(const RelationQuery& query) override;
  base::Result<MentionSummary> Mentions(const std::string& entity_id,
                                        size_t max_documents) override;
  base::Result<std::vector<SearchHit>> Search(const std::string& text, size_t limit) override;
  base::Status CheckIntegrity() override;

 private:
  explicit SqliteStore(std::unique_ptr<SqliteDb> db) : db_(std::move(db)) {}

  // A prepared statement kept for the life of the store (the write path
  // prepares each statement once).
  base::Result<SqliteStmt*> Cached(const char* sql);
  base::Status PutDerived(int64_t doc, const pipeline::Annotation& a);
  base::Status PutEntity(const pipeline::EntityRecord& e);
  base::Status PutEvent(int64_t doc, const std::string& doc_date, const pipeline::EventRecord& e);
  base::Result<std::vector<std::string>> EntityIdsLike(const std::string& key, size_t limit);

  std::unique_ptr<SqliteDb> db_;
  std::unordered_map<const char*, SqliteStmt> cache_;
  bool in_transaction_ = false;
};

}  // namespace dossier::store
