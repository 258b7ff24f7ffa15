#include "pipeline/screening.h"

#include <algorithm>

#include "base/strings.h"

namespace dossier::pipeline {
namespace {

// Schema of an entity for screening, or empty for what lists do not hold
// (countries, places, identity groups). A ship the linker named ("vessel:"
// ids, type Thing) is screened as a vessel.
std::string ScreeningSchema(const std::string& type, const std::string& id) {
  if (type == "Thing" && id.starts_with("vessel:")) return "Vessel";
  if (type == "Person") return "Person";
  if (type == "Company") return "Company";
  if (type == "Organization" || type == "PublicBody") return "Organization";
  return "";
}

// Attaches the list entries each person or organisation matches, best first.
void ScreenEntities(const kb::Screener& screener, Annotation* a) {
  for (EntityRecord& e : a->entities) {
    std::string schema = ScreeningSchema(e.type, e.id);
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

bool Named(const Annotation& a, const std::string& id) {
  return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const MentionRecord& m) { return m.entity == id; });
}

// Companies and organisations matched near-exactly to a party listed in one
// state take that state as their country when they have none, and are located
// in it when the document names the state. People and public bodies are left
// alone: a name is no identity for them ("Pedro Sanchez", "Ministry of
// Defence" match listed parties of other states).
void AddListedCountries(const std::unordered_map<std::string, std::string>& listed, Annotation* a) {
  for (EntityRecord& e : a->entities) {
    if (e.type != "Organization" && e.type != "Company") continue;
    std::string code;
    bool agree = true;
    for (const SanctionsHit& h : e.sanctions) {
      if (h.score < EntityScreening::kSamePartyScore) continue;
      auto it = listed.find(h.list + " " + h.ref);
      if (it == listed.end()) continue;
      agree = agree && (code.empty() || code == it->second);
      code = it->second;
    }
    if (!agree || code.empty()) continue;
    if (e.country.empty()) e.country = code;
    const std::string state = "country:" + code;
    if (e.country != code || !Named(*a, state)) continue;
    const int s = SentenceNaming(*a, e.id, state);
    if (s < 0) continue;
    const bool known = std::any_of(a->relations.begin(), a->relations.end(), [&](const RelationRecord& r) {
      return r.subject == e.id && r.object == state &&
             (r.predicate == "located_in" || r.predicate == "part_of" || r.predicate == "owned_by");
    });
    if (!known) a->relations.push_back({e.id, "located_in", state, static_cast<uint32_t>(s), a->sentences[s]});
  }
}

// Lower-case names of every state -> its ISO alpha-3 code.
std::unordered_map<std::string, std::string> StateNames(const kb::KnowledgeBase& kb) {
  std::unordered_map<std::string, std::string> names;
  for (const kb::Entity& e : kb.entities()) {
    if (e.type != "Country" || e.id.size() != 11) continue;
    const std::string code = e.id.substr(8);
    names.emplace(base::AsciiLower(e.name), code);
    for (const std::string& alias : e.aliases) names.emplace(base::AsciiLower(alias), code);
  }
  return names;
}

// The state a list's country field names: as written, with an inverted
// name turned round ("Korea, North"), or without a parenthesis ("Iran
// (Islamic Republic of)"); empty when it names none.
std::string StateCode(const std::unordered_map<std::string, std::string>& names, std::string_view listed) {
  const std::string name = base::AsciiLower(base::Trim(listed));
  std::vector<std::string> forms = {name};
  if (size_t comma = name.find(", "); comma != std::string::npos && name.find(", ", comma + 2) == std::string::npos) {
    forms.push_back(name.substr(comma + 2) + " " + name.substr(0, comma));
  }
  if (size_t paren = name.find(" ("); paren != std::string::npos) forms.push_back(name.substr(0, paren));
  for (const std::string& f : forms) {
    if (auto it = names.find(f); it != names.end()) return it->second;
  }
  return "";
}

}  // namespace

base::Result<std::unique_ptr<EntityScreening>> EntityScreening::Load(const std::vector<std::string>& paths,
                                                                    const kb::KnowledgeBase& kb) {
  DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<kb::Screener> screener, kb::Screener::Load(paths));
  return FromScreener(std::move(screener), kb);
}

std::unique_ptr<EntityScreening> EntityScreening::FromScreener(std::unique_ptr<kb::Screener> screener,
                                                               const kb::KnowledgeBase& kb) {
  std::unique_ptr<EntityScreening> s(new EntityScreening());
  s->screener_ = std::move(screener);
  for (const kb::ListTie& t : s->screener_->ties()) {
    if (!t.object_ref.empty()) s->ties_.emplace(t.list + " " + t.subject_ref, t.list + " " + t.object_ref);
  }
  const auto names = StateNames(kb);
  for (const kb::SanctionsEntry& entry : s->screener_->entries()) {
    std::string code;
    bool one = !entry.countries.empty();
    for (const std::string& listed : entry.countries) {
      const std::string c = StateCode(names, listed);
      one = one && !c.empty() && (code.empty() || c == code);
      code = c;
    }
    if (one) s->listed_country_.emplace(entry.list + " " + entry.ref, code);
  }
  return s;
}

void EntityScreening::Apply(Annotation* a) const {
  ScreenEntities(*screener_, a);
  AddListTies(ties_, a);
  AddListedCountries(listed_country_, a);
}

}  // namespace dossier::pipeline
