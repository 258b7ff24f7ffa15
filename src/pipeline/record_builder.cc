#include "pipeline/record_builder.h"

#include <algorithm>
#include <unordered_map>

namespace dossier::pipeline {

void RecordBuilder::AddSegmentation(Annotation* a, bool with_tokens) const {
  for (const auto& s : seg_.sentences) a->sentences.push_back(s.span());
  if (!with_tokens) return;
  for (uint32_t si = 0; si < seg_.sentences.size(); ++si) {
    for (uint32_t k = seg_.sentences[si].token_begin; k < seg_.sentences[si].token_end; ++k) {
      a->tokens.push_back({seg_.tokens[k].span(), si, "", "", -1, ""});
    }
  }
}

void RecordBuilder::AddMentionsAndEntities(Annotation* a) const {
  for (const link::Mention& m : linking_.mentions) {
    a->mentions.push_back({m.span, std::string(m.span.Of(text_)), m.type,
                           m.entity >= 0 ? linking_.entities[m.entity].id : ""});
  }
  // Every linked entity is referenced by at least one mention.
  for (const link::DocEntity& e : linking_.entities) {
    EntityRecord r{e.id, e.name, e.type, e.country, e.aliases, {}};
    std::erase(r.aliases, r.name);
    a->entities.push_back(std::move(r));
  }
}

std::vector<std::string> RecordBuilder::Ids(const std::vector<int>& indexes, const extract::Extraction& x) const {
  std::vector<std::string> out;
  const int named = static_cast<int>(linking_.entities.size());
  for (int i : indexes) {
    if (i >= 0) out.push_back(i < named ? linking_.entities[i].id : x.groups[i - named].id);
  }
  return out;
}

void RecordBuilder::AddExtraction(const extract::Extraction& x, Annotation* a) const {
  int n = 0;
  for (const extract::Event& e : x.events) {
    EventRecord r;
    r.id = a->id + ":e" + std::to_string(++n);
    r.event = e.event;
    r.mode = e.mode;
    r.cameo = e.cameo;
    r.actor = Ids(e.actor, x);
    r.recipient = Ids(e.recipient, x);
    r.date = e.date;
    r.date_source = e.date_source;
    r.modality = e.modality;
    r.announced = e.announced;
    r.attributed_to = Ids(e.attributed_to, x);
    r.sentence = e.sentence;
    r.span = e.span;
    r.trigger = e.trigger;
    for (const extract::Evidence& x : e.evidence) r.evidence.push_back({x.sentence, x.span, x.trigger});
    a->events.push_back(std::move(r));
  }
  // The unnamed groups the events hold, after the linker's entities.
  for (const link::DocEntity& g : x.groups) {
    if (std::none_of(a->entities.begin(), a->entities.end(), [&](const EntityRecord& r) { return r.id == g.id; })) {
      a->entities.push_back({g.id, g.name, g.type, g.country, g.aliases, {}});
    }
  }
  for (const extract::Relation& r : x.relations) {
    a->relations.push_back({linking_.entities[r.subject].id, r.predicate,
                            linking_.entities[r.object].id, r.sentence, r.span});
  }
  for (const extract::Quote& q : x.quotes) {
    const std::vector<std::string> speaker = Ids({q.speaker}, x);
    a->quotes.push_back({speaker.empty() ? "" : speaker.front(), q.span, q.sentence});
  }
}

void RecordBuilder::PropagateCountries(Annotation* a) const {
  std::unordered_map<std::string, EntityRecord*> by_id;
  for (auto& e : a->entities) by_id[e.id] = &e;
  static const char* kCarries[] = {"member_of", "part_of",  "employee_of", "leader_of",
                                   "role_in",   "citizen_of", "located_in", "owned_by"};
  for (int round = 0; round < 3; ++round) {
    for (const RelationRecord& r : a->relations) {
      if (std::find(std::begin(kCarries), std::end(kCarries), r.predicate) == std::end(kCarries)) continue;
      auto s = by_id.find(r.subject);
      auto o = by_id.find(r.object);
      if (s == by_id.end() || o == by_id.end()) continue;
      // (A company held through a holding company or by a foreign owner is
      // not where its owner is: "Its shares are held by Orchid Bay Holdings
      // Limited, a company registered in the Seychelles". A state's or its
      // body's company is that state's.)
      const bool state_owner = o->second->type == "Country" || o->second->type == "PublicBody";
      if (r.predicate == "owned_by" && !state_owner) continue;
      if (s->second->country.empty() && !o->second->country.empty()) {
        s->second->country = o->second->country;
      }
    }
  }
}

void AddTokenAnalysis(const nlp::Analysis& analysis, Annotation* a) {
  for (size_t i = 0; i < a->tokens.size() && i < analysis.tokens.size(); ++i) {
    const nlp::TokenAnalysis& t = analysis.tokens[i];
    a->tokens[i].pos = t.pos;
    a->tokens[i].lemma = t.lemma;
    a->tokens[i].head = t.head;
    a->tokens[i].dep = t.dep;
  }
}

void AddCodedEvents(const std::vector<extract::petrarch::ParseEvent>& coded, const kb::KnowledgeBase& kb,
                    Annotation* a) {
  auto actor = [&](const std::string& code) -> std::vector<std::string> {
    if (code.empty() || code == "---") return {};
    std::string id = "cameo:" + code;
    bool known = false;
    for (const EntityRecord& e : a->entities) known = known || e.id == id;
    if (!known) {
      const kb::Entity* country = code.size() >= 3 ? kb.Find("country:" + code.substr(0, 3)) : nullptr;
      a->entities.push_back({id, code, "Thing", country ? country->country : "", {}, {}});
    }
    return {id};
  };
  int n = 0;
  for (const auto& e : coded) {
    EventRecord r;
    r.id = a->id + ":p" + std::to_string(++n);
    r.event = e.event;
    r.mode = e.mode;
    r.cameo = e.code;
    r.actor = actor(e.source);
    r.recipient = actor(e.target);
    r.date = a->date;
    r.date_source = a->date.empty() ? "" : "document";
    r.modality = "asserted";
    r.sentence = e.sentence;
    r.span = a->sentences[e.sentence];
    r.trigger = r.span;
    if (!r.actor.empty()) a->events.push_back(std::move(r));
  }
}

}  // namespace dossier::pipeline
