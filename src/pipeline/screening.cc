#include "pipeline/screening.h"

#include <algorithm>

namespace dossier::pipeline {
namespace {

// Schema of an entity for screening, or empty for what lists do not hold
// (countries, places, identity groups).
std::string ScreeningSchema(const std::string& type) {
  if (type == "Person") return "Person";
  if (type == "Company") return "Company";
  if (type == "Organization" || type == "PublicBody") return "Organization";
  return "";
}

// Attaches the list entries each person or organisation matches, best first.
void ScreenEntities(const kb::Screener& screener, Annotation* a) {
  for (EntityRecord& e : a->entities) {
    std::string schema = ScreeningSchema(e.type);
    if (schema.empty()) continue;
    kb::ScreenQuery q{e.name, schema, "", e.country};
    for (const kb::ScreenMatch& m : screener.Screen(q, screener.default_threshold(), 5)) {
      e.sanctions.push_back({m.list, m.ref, m.name, m.programs, m.score, m.explanation});
    }
  }
}

// The sentence where both entities are named, else where the first is.
int SentenceNaming(const Annotation& a, const std::string& x, const std::string& y) {
  std::unordered_map<uint32_t, int> seen;  // sentence -> bit 1 = x, bit 2 = y
  int first_x = -1;
  for (const MentionRecord& m : a.mentions) {
    if (m.entity != x && m.entity != y) continue;
    auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), m.span.begin,
                               [](uint32_t b, const base::Span& s) { return b < s.end; });
    if (it == a.sentences.end()) continue;
    int s = static_cast<int>(it - a.sentences.begin());
    if (m.entity == x && first_x < 0) first_x = s;
    if ((seen[s] |= (m.entity == x ? 1 : 2)) == 3) return s;
  }
  return first_x;
}

// "Linked To:" ties between two listed parties that this document names
// become linked_to relations, shown in the sentence that names both.
void AddListTies(const std::unordered_multimap<std::string, std::string>& ties, Annotation* a) {
  std::unordered_map<std::string, const EntityRecord*> by_ref;
  for (const EntityRecord& e : a->entities) {
    for (const SanctionsHit& h : e.sanctions) by_ref.emplace(h.list + " " + h.ref, &e);
  }
  for (const auto& [ref, entity] : by_ref) {
    auto [b, e] = ties.equal_range(ref);
    for (auto it = b; it != e; ++it) {
      auto other = by_ref.find(it->second);
      if (other == by_ref.end() || other->second == entity) continue;
      int s = SentenceNaming(*a, entity->id, other->second->id);
      if (s < 0) continue;
      RelationRecord r{entity->id, "linked_to", other->second->id, static_cast<uint32_t>(s), a->sentences[s]};
      bool dup = false;
      for (const RelationRecord& x : a->relations) {
        dup = dup || (x.subject == r.subject && x.predicate == r.predicate && x.object == r.object);
      }
      if (!dup) a->relations.push_back(std::move(r));
    }
  }
}

}  // namespace

base::Result<std::unique_ptr<EntityScreening>> EntityScreening::Load(const std::vector<std::string>& paths) {
  std::unique_ptr<EntityScreening> s(new EntityScreening());
  DOSSIER_ASSIGN_OR_RETURN(s->screener_, kb::Screener::Load(paths));
  for (const kb::ListTie& t : s->screener_->ties()) {
    if (!t.object_ref.empty()) s->ties_.emplace(t.list + " " + t.subject_ref, t.list + " " + t.object_ref);
  }
  return s;
}

void EntityScreening::Apply(Annotation* a) const {
  ScreenEntities(*screener_, a);
  AddListTies(ties_, a);
}

}  // namespace dossier::pipeline
