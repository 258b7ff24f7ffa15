// Resolving what an analyst types ("Iran", "komid", "org:komid") to a stored
// entity, and the entity's display names.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(store::StoredEntity e, ResolveEntity(*store, "KOMID"));
//   store::EntitySelector side = SelectorFor(e);  // a country also stands for its nationals
//
// Errors: kNotFound with a message that lists close candidates ("did you
// mean ...") when nothing matches; store errors pass through.
// Thread-safety: as the Store passed in.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/store.h"

namespace dossier::query {

// Looks `name` up by id, canonical name or alias, ignoring case. When several
// entities match, the one whose id, then name, matches exactly wins, then
// countries, then the most mentioned.
base::Result<store::StoredEntity> ResolveEntity(store::Store& store, const std::string& name);

// The participants that count as `entity` in events and relations: the entity
// itself and, for a country, every entity of that country.
store::EntitySelector SelectorFor(const store::StoredEntity& entity);

// Entity id -> display name (the canonical name, or the id when unknown).
using NameBook = std::map<std::string, std::string>;

// Adds the names of `ids` that `names` lacks.
base::Status AddNames(store::Store& store, const std::vector<std::string>& ids, NameBook* names);
// Adds the names of every entity an event or relation refers to.
base::Status AddNames(store::Store& store, const std::vector<store::StoredEvent>& events,
                      NameBook* names);
base::Status AddNames(store::Store& store, const std::vector<store::StoredRelation>& relations,
                      NameBook* names);

}  // namespace dossier::query
