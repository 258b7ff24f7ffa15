// Store: the persistent knowledge graph. Documents go in with everything the
// pipeline derived from them (an Annotation); entity profiles, events,
// relations and full-text hits come out. No SQL is visible above this module.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto store, OpenStore("dossier.db"));
//   std::string hash = base::ContentHash(doc.text);
//   DOSSIER_ASSIGN_OR_RETURN(bool present, store->HasDocument(hash));
//   if (!present) {
//     DOSSIER_RETURN_IF_ERROR(store->Begin());
//     DOSSIER_ASSIGN_OR_RETURN(bool added, store->PutDocument(annotation, hash));
//     DOSSIER_RETURN_IF_ERROR(store->Commit());
//   }
//
// Durability: PutDocument stores a document and everything derived from it
// atomically (all or nothing). Between Begin() and Commit() many documents form
// one transaction; a crash loses the open transaction only and never damages
// what was committed. Entities are merged across documents by id: the first
// non-empty name, type and country win, aliases and sanctions hits are unioned.
//
// Thread-safety: a Store is used by one thread at a time (callers serialise).
// Several processes may open the same SQLite file; writers wait for each other.
//
// Errors: kIoError when the database cannot be read or written, kCorruption
// when it is damaged or has a newer schema than this binary.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "pipeline/annotation.h"

namespace dossier::store {

// An entity as merged over every stored document.
struct StoredEntity {
  std::string id;
  std::string name;
  std::string type;
  std::string country;
  std::vector<std::string> aliases;
  std::vector<pipeline::SanctionsHit> sanctions;
};

// Where a fact was read: the document and the sentence that carries it.
struct Evidence {
  std::string doc_id;  // the document's input id
  std::string doc_title;
  std::string doc_date;
  std::string doc_url;
  uint32_t sentence = 0;
  base::Span span;        // byte range of the sentence in the document
  std::string sentence_text;
};

struct StoredEvent {
  pipeline::EventRecord event;  // as annotated (ids, coding, modality, spans)
  std::string sort_date;        // event date, else the document date
  Evidence evidence;
  std::vector<Evidence> also;   // the same event told by other documents (filled by query/)
};

struct StoredRelation {
  pipeline::RelationRecord relation;
  Evidence evidence;
};

// Matches event participants or relation arguments: an entity whose id is in
// `ids`, or whose country is in `countries` (so "North Korea" can also stand
// for every North Korean person and organisation).
struct EntitySelector {
  std::vector<std::string> ids;
  std::vector<std::string> countries;
  bool empty() const { return ids.empty() && countries.empty(); }
};

struct EventQuery {
  // Only `a`: events with an actor or recipient matching it. `a` and `b`:
  // events where one side (actors or recipients) matches `a` and the other `b`.
  EntitySelector a;
  EntitySelector b;
  std::string type;  // PLOVER event type; empty = any
  std::string from;  // inclusive lower bound on sort_date (ISO prefix); empty = none
  std::string to;    // inclusive upper bound on sort_date (ISO prefix); empty = none
  size_t limit = 0;  // 0 = no limit
  bool newest_first = false;
};

struct RelationQuery {
  // Only `a`: relations with `a` as subject or object. `a` and `b`: relations
  // between them, either way round.
  EntitySelector a;
  EntitySelector b;
  size_t limit = 0;
};

struct DocumentRef {
  std::string id;
  std::string title;
  std::string date;
  int64_t mentions = 0;
};

struct MentionSummary {
  int64_t mentions = 0;   // mentions linked to the entity
  int64_t documents = 0;  // documents with a mention or an event of the entity
  std::vector<DocumentRef> top_documents;  // most mentions first
};

struct StoreStats {
  int64_t documents = 0;
  int64_t entities = 0;
  int64_t events = 0;
  int64_t relations = 0;
};

struct SearchHit {
  DocumentRef document;
  std::string snippet;  // matched terms in [brackets], "…" at cuts
  double rank = 0;      // lower is better (bm25)
};

class Store {
 public:
  virtual ~Store() = default;

  // --- Writing ---
  // True when a document with this content hash is stored (or added in the
  // open transaction).
  virtual base::Result<bool> HasDocument(const std::string& content_hash) = 0;
  // Opens a transaction that several PutDocument calls share.
  virtual base::Status Begin() = 0;
  // Makes everything since Begin() durable.
  virtual base::Status Commit() = 0;
  // Stores `a` (its text included) with everything derived from it. Returns
  // false, storing nothing, when the content hash is already present.
  virtual base::Result<bool> PutDocument(const pipeline::Annotation& a,
                                         const std::string& content_hash) = 0;

  // --- Reading ---
  virtual base::Result<int64_t> CountDocuments() = 0;
  virtual base::Result<StoreStats> Stats() = 0;
  // The stored record of the document with this content hash.
  virtual base::Result<std::optional<pipeline::Annotation>> GetAnnotation(
      const std::string& content_hash) = 0;
  virtual base::Result<std::optional<StoredEntity>> GetEntity(const std::string& id) = 0;
  // Entities whose id, name or an alias equals `name`, ignoring case.
  virtual base::Result<std::vector<StoredEntity>> FindEntities(const std::string& name) = 0;
  // Entities whose id, name or an alias contains `fragment` (for suggestions).
  virtual base::Result<std::vector<StoredEntity>> SimilarEntities(const std::string& fragment,
                                                                  size_t limit) = 0;
  // Events oldest first (by sort_date; undated ones first), unless
  // query.newest_first.
  virtual base::Result<std::vector<StoredEvent>> FindEvents(const EventQuery& query) = 0;
  virtual base::Result<std::vector<StoredRelation>> FindRelations(const RelationQuery& query) = 0;
  virtual base::Result<MentionSummary> Mentions(const std::string& entity_id,
                                                size_t max_documents) = 0;
  // Full-text search over titles and texts; every word of `text` must occur.
  virtual base::Result<std::vector<SearchHit>> Search(const std::string& text, size_t limit) = 0;
  // Checks the database's own consistency (SQLite: PRAGMA integrity_check).
  virtual base::Status CheckIntegrity() = 0;
};

// Opens the store at `path`, creating and migrating it as needed. Today every
// path is a SQLite file (":memory:" for a private in-memory store).
base::Result<std::unique_ptr<Store>> OpenStore(const std::string& path);

}  // namespace dossier::store
