#include "query/resolve.h"

#include <algorithm>
#include <tuple>

#include "base/strings.h"

namespace dossier::query {
namespace {

constexpr size_t kSuggestions = 8;

bool SameText(const std::string& a, const std::string& b) {
  return base::AsciiLower(a) == base::AsciiLower(b);
}

// Points at the documents whose text has the name, when some do.
base::Result<std::string> TextHint(store::Store& store, const std::string& name) {
  auto hits = store.Search(name, kSuggestions);
  if (!hits.ok() || hits->empty()) return std::string();
  std::vector<std::string> ids;
  for (size_t i = 0; i < hits->size() && i < 3; ++i) ids.push_back((*hits)[i].document.id);
  if (hits->size() > ids.size()) ids.push_back("...");
  return "\nthe text of " + std::string(hits->size() == kSuggestions ? "at least " : "") +
         std::to_string(hits->size()) + " stored document(s) has it (" + base::Join(ids, ", ") +
         "): try `dossier search " + name + "`";
}

base::Status NotFound(store::Store& store, const std::string& name) {
  std::string message = "no entity named \"" + name + "\" in the store";
  DOSSIER_ASSIGN_OR_RETURN(std::string hint, TextHint(store, name));
  DOSSIER_ASSIGN_OR_RETURN(auto similar, store.SimilarEntities(name, kSuggestions));
  if (similar.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(store::StoreStats stats, store.Stats());
    if (stats.documents == 0) {
      message += " (it holds no documents yet: run `dossier ingest FILE...` first)";
    } else if (stats.entities == 0) {
      message += " (its " + std::to_string(stats.documents) +
                 " documents yielded no entities: the annotator found none)";
    }
    return base::Status::NotFound(message + hint);
  }
  message += "; did you mean:";
  for (const auto& e : similar) {
    message += "\n  " + e.name + " (" + e.id + (e.type.empty() ? "" : ", " + e.type) + ")";
  }
  return base::Status::NotFound(message + hint);
}

}  // namespace

base::Result<store::StoredEntity> ResolveEntity(store::Store& store, const std::string& name) {
  std::string wanted(base::Trim(name));
  if (wanted.empty()) return base::Status::InvalidArgument("empty entity name");
  DOSSIER_ASSIGN_OR_RETURN(auto found, store.FindEntities(wanted));
  if (found.empty()) return NotFound(store, wanted);
  using Rank = std::tuple<bool, bool, bool, int64_t>;
  std::vector<Rank> ranks;
  for (const auto& e : found) {
    DOSSIER_ASSIGN_OR_RETURN(store::MentionSummary m, store.Mentions(e.id, 0));
    ranks.emplace_back(SameText(e.id, wanted), SameText(e.name, wanted), e.type == "Country",
                       m.mentions);
  }
  size_t best = std::max_element(ranks.begin(), ranks.end()) - ranks.begin();
  return found[best];
}

store::EntitySelector SelectorFor(const store::StoredEntity& entity) {
  store::EntitySelector s;
  s.ids.push_back(entity.id);
  if (entity.type == "Country" && !entity.country.empty()) s.countries.push_back(entity.country);
  return s;
}

base::Status AddNames(store::Store& store, const std::vector<std::string>& ids, NameBook* names) {
  for (const auto& id : ids) {
    if (names->count(id)) continue;
    DOSSIER_ASSIGN_OR_RETURN(auto e, store.GetEntity(id));
    (*names)[id] = (e && !e->name.empty()) ? e->name : id;
  }
  return base::Status::Ok();
}

base::Status AddNames(store::Store& store, const std::vector<store::StoredEvent>& events,
                      NameBook* names) {
  for (const auto& e : events) {
    DOSSIER_RETURN_IF_ERROR(AddNames(store, e.event.actor, names));
    DOSSIER_RETURN_IF_ERROR(AddNames(store, e.event.recipient, names));
    DOSSIER_RETURN_IF_ERROR(AddNames(store, e.event.attributed_to, names));
  }
  return base::Status::Ok();
}

base::Status AddNames(store::Store& store, const std::vector<store::StoredRelation>& relations,
                      NameBook* names) {
  for (const auto& r : relations) {
    DOSSIER_RETURN_IF_ERROR(AddNames(store, {r.relation.subject, r.relation.object}, names));
  }
  return base::Status::Ok();
}

}  // namespace dossier::query
