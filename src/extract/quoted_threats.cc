// AddQuotedThreats (context.h): '"Any aggression against Afghanistan's
// territory will receive a firm response," he told a news conference': a
// threat inside a quotation is its speaker's, whatever its clause's subject,
// and is made by saying it; it is addressed to the other side whose hostile
// act the story told just before.
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {
namespace {

// How far back the act a quoted threat answers may be told.
constexpr uint32_t kSentencesBack = 3;

// The bodies the speaker is known to hold an office in or belong to (the
// knowledge base's roles), and the ones named in the phrase right before his
// name ("the EU's foreign policy chief Kaja Kallas"): his own side.
std::vector<int> SpeakerBodies(const DocumentView& v, int speaker) {
  constexpr uint32_t kPhrase = 6;  // words before the name that may describe him
  std::vector<int> out;
  const link::DocEntity& person = v.linking().entities[speaker];
  if (person.kb != nullptr) {
    for (const kb::Role* r : v.kb().RolesAt(person.kb->id, "")) {
      if (const int body = v.EntityIndex(r->object); body >= 0) out.push_back(body);
    }
  }
  const auto& ms = v.linking().mentions;
  for (size_t i = 0; i < ms.size(); ++i) {
    if (ms[i].entity != speaker) continue;
    for (size_t j = i; j-- > 0 && ms[j].sentence == ms[i].sentence && ms[j].token_end + kPhrase >= ms[i].token_begin;) {
      bool verb = false;
      for (uint32_t t = ms[j].token_end; t < ms[i].token_begin; ++t) {
        verb = verb || v.Upos(t) == "VERB" || v.Upos(t) == "AUX" || v.Word(t) == ",";
      }
      if (verb) break;
      if (ms[j].entity >= 0 && ms[j].type != "PERSON") out.push_back(ms[j].entity);
    }
  }
  return out;
}

bool Hostile(const std::string& type) {
  return type == "ASSAULT" || type == "COERCE" || type == "MOBILIZE" || type == "SANCTION";
}

}  // namespace

void AddQuotedThreats(const DocumentView& v, const std::vector<Quote>& quotes, std::vector<Event>* events) {
  const auto& entities = v.linking().entities;
  for (Event& e : *events) {
    if (e.event != "THREATEN") continue;
    const Quote* q = QuoteAt(quotes, e.trigger.begin);
    if (q == nullptr || q->speaker < 0) continue;
    const int speaker = q->speaker;
    const std::vector<int> bodies = SpeakerBodies(v, speaker);
    // ("every such act will have consequences": no party acts in the clause.)
    const bool party = std::any_of(e.actor.begin(), e.actor.end(), [&](int a) {
      const std::string& type = entities[a].type;
      return type == "Person" || type == "Country" || type == "PublicBody" || type == "Organization";
    });
    if (!party) e.actor = {speaker};
    const auto own_side = [&](int x) {
      if (std::find(bodies.begin(), bodies.end(), x) != bodies.end()) return true;
      return x == speaker || std::any_of(e.actor.begin(), e.actor.end(), [&](int a) {
               return a == x || SameSide(entities, a, x) || SameSide(entities, speaker, x);
             });
    };
    // (Told by the speaker, the threat is made, not reported or planned.)
    if (std::all_of(e.actor.begin(), e.actor.end(), own_side)) {
      e.modality = "asserted";
      std::erase(e.attributed_to, speaker);
    }
    if (!e.recipient.empty()) continue;
    // The other side's hostile act, or one the threatener's side told of or
    // did to another ("said Pakistani aircraft had violated Afghan airspace",
    // "Israeli jets struck Damascus").
    const auto others = [&](const Event& a) {
      return !a.actor.empty() && std::none_of(a.actor.begin(), a.actor.end(), own_side);
    };
    const auto against_others = [&](const Event& a) {
      return (Hostile(a.event) || a.event == "ACCUSE") && !a.actor.empty() &&
             std::all_of(a.actor.begin(), a.actor.end(), own_side) && !a.recipient.empty() &&
             std::none_of(a.recipient.begin(), a.recipient.end(), own_side);
    };
    const Event* act = LatestActBefore(*events, e, kSentencesBack, [&](const Event& a) {
      return (Hostile(a.event) && others(a)) || against_others(a);
    });
    if (act == nullptr) continue;
    for (int x : others(*act) ? act->actor : act->recipient) {
      if (entities[x].type != "Location") e.recipient.push_back(x);
    }
  }
}

}  // namespace dossier::extract
