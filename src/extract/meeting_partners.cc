// AddMeetingPartners (context.h): "Prime Minister X met President Y in
// Beijing on Thursday and signed agreements to expand police training": an
// agreement, a cooperation or a request the meeting's side goes on to make,
// naming nobody it reached, reached the one it met (or summoned: "summoned
// Bolivia's chargé d'affaires and demanded an explanation").
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

}  // namespace

void AddMeetingPartners(const DocumentView& v, std::vector<Event>* events) {
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
