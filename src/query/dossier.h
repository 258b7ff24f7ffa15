// The analyst's answers: an entity's profile, the timeline between two
// entities, filtered event lists and full-text search. Each is one call that
// returns plain structs; the CLI (and later the HTTP API) only formats them.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(PairTimeline t, RelationTimeline(*store, "Iran", "North Korea"));
//   for (const store::StoredEvent& e : t.events) ... t.names.at(e.event.actor[0]) ...
//
// Errors: kNotFound (with suggestions) when a name resolves to no entity;
// kInvalidArgument for malformed filters; store errors pass through.
// Thread-safety: as the Store passed in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "query/resolve.h"
#include "store/store.h"

namespace dossier::query {

struct ProfileOptions {
  size_t max_events = 50;
  size_t max_relations = 50;
  size_t max_documents = 10;
};

struct EntityProfile {
  store::StoredEntity entity;
  std::vector<store::StoredRelation> relations;
  std::vector<store::StoredEvent> events;  // newest first, at most max_events
  store::MentionSummary mentions;
  NameBook names;  // every entity id the profile refers to
};

base::Result<EntityProfile> ProfileEntity(store::Store& store, const std::string& name,
                                          const ProfileOptions& options = {});

// Folds the same event told by several documents (same type, mode,
// participants and a date the texts give) into its first telling; the others
// become `also` evidence. Keeps the order of first tellings.
void FoldRetellings(std::vector<store::StoredEvent>* events);

struct PairTimeline {
  store::StoredEntity a;
  store::StoredEntity b;
  std::vector<store::StoredEvent> events;  // oldest first
  std::vector<store::StoredRelation> relations;
  NameBook names;
};

// Events with one side (actors or recipients) matching `a` and the other `b`,
// by entity id or, for a country, by the participants' country.
base::Result<PairTimeline> RelationTimeline(store::Store& store, const std::string& a,
                                            const std::string& b, size_t limit = 0);

struct EventFilter {
  std::string entity;  // name, alias or id; empty = any
  std::string type;    // PLOVER event type; empty = any
  std::string from;    // YYYY, YYYY-MM or YYYY-MM-DD; empty = open
  std::string to;
  size_t limit = 100;  // 0 = no limit
};

struct EventList {
  std::optional<store::StoredEntity> entity;  // the resolved --entity
  std::vector<store::StoredEvent> events;     // oldest first
  NameBook names;
};

base::Result<EventList> ListEvents(store::Store& store, const EventFilter& filter);

// Ranked full-text hits with snippets.
base::Result<std::vector<store::SearchHit>> SearchDocuments(store::Store& store,
                                                            const std::string& text,
                                                            size_t limit = 20);

// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD".
bool IsIsoDatePrefix(const std::string& s);

}  // namespace dossier::query
