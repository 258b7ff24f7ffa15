// AddMeetingPartners (context.h): "Prime Minister X met President Y in
// Beijing on Thursday and signed agreements to expand police training": an
// agreement, a cooperation or a request the meeting's side goes on to make,
// naming nobody it reached, reached the one it met (or summoned: "summoned
// Bolivia's chargé d'affaires and demanded an explanation"); "signed a
// contract to buy 27 vehicles from the United States": an agreement reaches
// the partner of the act it is for; a mediation naming no parties reaches
// those who acted in what it mediated.
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
}

}  // namespace dossier::extract
