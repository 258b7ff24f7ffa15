// AddMeetingPartners (context.h): "Prime Minister X met President Y in
// Beijing on Thursday and signed agreements to expand police training": an
// agreement, a cooperation or a request the meeting's side goes on to make,
// naming nobody it reached, reached the one it met (or summoned: "summoned
// Bolivia's chargé d'affaires and demanded an explanation"); "signed a
// contract to buy 27 vehicles from the United States": an agreement reaches
// the partner of the act it is for; a mediation naming no parties reaches
// those who acted in what it mediated; a meeting with the other state's side
// in its own place is a visit to that state.
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {
namespace {

bool Follows(const std::string& event) {
  return event == "AGREE" || event == "COOPERATE" || event == "REQUEST";
}

// "summoned Bolivia's chargé d'affaires … and demanded a full explanation":
// an envoy (envoy_noun cues) within four words after the trigger is met, as
// one summoned or called in is.
bool MeetsEnvoy(const DocumentView& v, const Event& e) {
  constexpr uint32_t kWindow = 4;
  const uint32_t end = v.Sentence(e.sentence).token_end;
  for (uint32_t k = TriggerEnd(v, e); k < end && k < TriggerEnd(v, e) + kWindow; ++k) {
    if (v.lexicon().HasCue(v.Lower(k), "envoy_noun")) return true;
  }
  return false;
}

// Whether the meeting's and the act's actors share someone.
bool SameSide(const Event& a, const Event& b) {
  return std::any_of(a.actor.begin(), a.actor.end(),
                     [&](int x) { return std::find(b.actor.begin(), b.actor.end(), x) != b.actor.end(); });
}

// How many words after an agreement's trigger the act it is for may stand
// ("signed a contract on Thursday to buy").
constexpr uint32_t kDealWindow = 8;

// "Argentina signed a contract to buy 27 armoured vehicles from the United
// States": the partner of the act an agreement is for (an infinitive after
// its trigger, by the same side), or empty.
std::vector<int> DealPartner(const DocumentView& v, const Event& deal, const std::vector<Event>& events) {
  const uint32_t from = TriggerEnd(v, deal);
  for (const Event& act : events) {
    if (&act == &deal || act.sentence != deal.sentence || act.recipient.empty() || !SameSide(deal, act)) continue;
    const uint32_t k = v.TokenAt(act.trigger.begin);
    if (k <= from || k > from + kDealWindow || v.Lower(k - 1) != "to") continue;
    bool clause = false;
    for (uint32_t j = from; j + 1 < k; ++j) clause |= v.Word(j) == "," || v.IsClauseBreak(j);
    if (!clause) return act.recipient;
  }
  return {};
}

// The state of entity e (its own for a state; for a person the table's, or
// that of the state or demonym before his title: "Brazilian Foreign
// Minister Mauro Vieira", "Angola's Foreign Minister Tete Antonio", else the
// dateline's), or empty.
std::string CountryOf(const DocumentView& v, int e) {
  const auto& linking = v.linking();
  if (!linking.entities[e].country.empty() || linking.entities[e].type != "Person") return linking.entities[e].country;
  bool titled = false;
  for (const link::Mention& m : linking.mentions) {
    titled = titled || (m.entity == e && m.title_token >= 0);
    if (m.entity != e || m.title_token <= 0) continue;
    uint32_t before = static_cast<uint32_t>(m.title_token);
    if (before >= 2 && v.IsPossessiveMark(before - 1)) --before;
    const int s = linking.MentionAt(before - 1);
    if (s >= 0 && linking.mentions[s].token_end == before && linking.mentions[s].entity >= 0 &&
        linking.entities[linking.mentions[s].entity].type == "Country") {
      return linking.entities[linking.mentions[s].entity].country;
    }
  }
  // (A bare office in a datelined story is the dateline state's: "MAPUTO …
  // President Daniel Chapo".)
  const int dateline = titled ? v.DatelineState() : -1;
  return dateline >= 0 ? linking.entities[dateline].country : std::string();
}

// "Brazilian Foreign Minister Mauro Vieira met Angolan President Joao
// Lourenco in Luanda": a meeting of one state's side with the other state's
// in a place of the other's is a visit to that state (CONSULT visit, CAMEO
// 042), the state added to whom it reached.
void AddVisitsAbroad(const DocumentView& v, std::vector<Event>* events) {
  const auto& linking = v.linking();
  for (Event& e : *events) {
    if (e.event != "CONSULT" || e.mode != "meet" || e.actor.empty() || e.recipient.empty() ||
        (e.modality != "asserted" && e.modality != "reported")) {
      continue;
    }
    const std::string home = CountryOf(v, e.actor.front());
    if (home.empty() || std::any_of(e.actor.begin(), e.actor.end(), [&](int a) { return CountryOf(v, a) != home; })) {
      continue;
    }
    // The place after "in" in the trigger's clause (a capital may stand for
    // its state: "in Luanda").
    const text::Sentence& s = v.Sentence(e.sentence);
    int place = -1;
    for (uint32_t k = v.TokenAt(e.trigger.end - 1) + 1; k + 1 < s.token_end && place < 0; ++k) {
      if (v.Word(k) == ";" || v.SaysOrClaims(k) || v.IsClauseBreak(k)) break;
      if (v.Lower(k) != "in") continue;
      const int m = linking.MentionAt(k + 1);
      if (m >= 0 && linking.mentions[m].token_begin == k + 1 && linking.mentions[m].entity >= 0 &&
          (linking.entities[linking.mentions[m].entity].type == "Location" ||
           linking.entities[linking.mentions[m].entity].type == "Country")) {
        place = linking.mentions[m].entity;
      }
    }
    if (place < 0) continue;
    const std::string host = CountryOf(v, place);
    if (host.empty() || host == home) continue;
    // (Whom he met is of the host state.)
    if (std::any_of(e.recipient.begin(), e.recipient.end(), [&](int r) { return CountryOf(v, r) != host; })) continue;
    int state = -1;
    for (int c = 0; c < static_cast<int>(linking.entities.size()) && state < 0; ++c) {
      if (linking.entities[c].type == "Country" && linking.entities[c].country == host) state = c;
    }
    if (state < 0) continue;
    e.mode = "visit";
    e.cameo = "042";
    if (std::find(e.recipient.begin(), e.recipient.end(), state) == e.recipient.end()) e.recipient.push_back(state);
  }
}

}  // namespace

void AddMeetingPartners(const DocumentView& v, std::vector<Event>* events) {
  // ("Russia and Ukraine each freed 150 prisoners of war in an exchange
  // mediated by the United Arab Emirates": a mediation naming no parties
  // reaches those who acted in what it mediated, the sentence's act before it.)
  for (Event& e : *events) {
    if (e.event != "CONSULT" || e.mode != "mediate" || e.actor.empty() || !e.recipient.empty()) continue;
    const Event* mediated = nullptr;
    for (const Event& a : *events) {
      if (a.sentence != e.sentence || a.trigger.begin >= e.trigger.begin || a.actor.empty() || a.actor == e.actor) {
        continue;
      }
      if (mediated == nullptr || a.trigger.begin > mediated->trigger.begin) mediated = &a;
    }
    if (mediated == nullptr) continue;
    for (int x : mediated->actor) {
      if (std::find(e.actor.begin(), e.actor.end(), x) == e.actor.end()) e.recipient.push_back(x);
    }
  }
  for (Event& deal : *events) {
    if (deal.event != "AGREE" || !deal.recipient.empty() || deal.actor.empty() || deal.modality == "negated") continue;
    std::vector<int> partner = DealPartner(v, deal, *events);
    std::erase_if(partner,
                  [&](int x) { return std::find(deal.actor.begin(), deal.actor.end(), x) != deal.actor.end(); });
    if (!partner.empty()) deal.recipient = std::move(partner);
  }
  for (Event& act : *events) {
    if (!Follows(act.event) || !act.recipient.empty() || act.actor.empty() || act.modality == "negated") continue;
    const uint32_t to = v.TokenAt(act.trigger.begin);
    for (const Event& meeting : *events) {
      const bool met = meeting.event == "CONSULT" || (meeting.event == "ACCUSE" && MeetsEnvoy(v, meeting));
      if (!met || meeting.sentence != act.sentence || meeting.recipient.empty() ||
          meeting.modality == "negated" || meeting.trigger.begin >= act.trigger.begin || !SameSide(meeting, act)) {
        continue;
      }
      // The act's verb joined to the meeting's by "and", in one clause.
      bool joined = false;
      for (uint32_t k = v.TokenAt(meeting.trigger.begin) + 1; k < to; ++k) {
        if (v.Word(k) == ";" || v.SaysOrClaims(k)) {
          joined = false;
          break;
        }
        joined |= v.Lower(k) == "and";
      }
      if (!joined) continue;
      act.recipient = meeting.recipient;
      std::erase_if(act.recipient,
                    [&](int x) { return std::find(act.actor.begin(), act.actor.end(), x) != act.actor.end(); });
      break;
    }
  }
  AddVisitsAbroad(v, events);
}

}  // namespace dossier::extract
