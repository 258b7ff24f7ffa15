// AddClaimedAttackers (context.h): "Islamist militants killed at least 15
// Beninese soldiers in an attack on an army post on Monday … JNIM claimed
// responsibility for the attack in a statement on Tuesday": the attack told
// before with nobody named as its actor is the claimant's, and the attack
// the claim names is the one told before (its target and its date). And
// AddBlamedAttackers: "Drones struck a power substation … The army blamed
// the RSF, saying the attack was carried out with long-range drones".
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {
namespace {

// How far back the attacks a claim names may be told; further back (a
// story's lead, then its details), the last one only.
constexpr uint32_t kSentencesBack = 2, kLeadSentencesBack = 5;
// Most words between "for" and the attack's noun ("the", "Monday's").
constexpr uint32_t kMaxBetween = 4;

// Whether the trigger of `e` is the noun a claim of responsibility names
// ("claimed responsibility for the attack", "for Monday's attack", "claimed
// the attack on Monday evening"; not "claimed the attack was staged").
bool ClaimedNoun(const DocumentView& v, const Event& e) {
  const uint32_t k = v.TokenAt(e.trigger.begin);
  const text::Sentence& s = v.Sentence(e.sentence);
  const uint32_t begin = s.token_begin;
  const bool object = k + 1 >= s.token_end || (v.Upos(k + 1) != "AUX" && v.Upos(k + 1) != "VERB");
  for (uint32_t j = k; j > begin && k - j <= kMaxBetween; --j) {
    if (v.ResponsibilityFor(j) >= 0) return true;
    const std::string& w = v.Lower(j - 1);
    if (object && j < k && v.Upos(k) == "NOUN" && (w == "claimed" || w == "claims")) return true;
    if (v.IsClauseBreak(j - 1) || w == "," || v.Upos(j - 1) == "VERB") return false;
  }
  return false;
}

}  // namespace

void AddClaimedAttackers(const DocumentView& v, std::vector<Event>* events) {
  for (size_t i = 0; i < events->size(); ++i) {
    if ((*events)[i].event != "ASSAULT" || (*events)[i].actor.empty() || !ClaimedNoun(v, (*events)[i])) continue;
    const std::vector<int> claimant = (*events)[i].actor;
    // (A place before the noun names where, not who: "the Diapaga attack".)
    if (std::any_of(claimant.begin(), claimant.end(),
                    [&](int x) { return v.linking().entities[x].type == "Location"; })) {
      continue;
    }
    const uint32_t sentence = (*events)[i].sentence;
    const Event* first = nullptr;  // the first attack told before with no actor
    Event* lead = nullptr;         // the last one further back
    for (Event& before : *events) {
      if (before.event != "ASSAULT" || !before.actor.empty() || before.modality == "negated" ||
          before.sentence >= sentence || before.sentence + kLeadSentencesBack < sentence) {
        continue;
      }
      if (before.sentence + kSentencesBack < sentence) {
        lead = &before;
        continue;
      }
      before.actor = claimant;
      if (first == nullptr) first = &before;
    }
    if (first == nullptr && lead != nullptr) {
      lead->actor = claimant;
      first = lead;
    }
    Event& claimed = (*events)[i];
    if (first != nullptr && claimed.recipient.empty()) {
      claimed.recipient = first->recipient;
      claimed.date = first->date;
      claimed.date_source = first->date_source;
    }
  }
}

void AddBlamedAttackers(const DocumentView& v, std::vector<Event>* events) {
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& blame = (*events)[i];
    if (blame.event != "ACCUSE" || blame.actor.empty() || blame.recipient.empty() || blame.modality == "negated" ||
        blame.modality == "hypothetical" || !v.Lower(v.TokenAt(blame.trigger.begin)).starts_with("blam")) {
      continue;
    }
    // (The blamed are a state or a group, not a place.)
    if (std::any_of(blame.recipient.begin(), blame.recipient.end(), [&](int x) {
          const std::string& type = v.linking().entities[x].type;
          return type != "Country" && type != "Organization";
        })) {
      continue;
    }
    // (Nor "Russia and Ukraine blamed each other".)
    if (SharesAny(blame.actor, blame.recipient)) continue;
    const std::vector<int> blamed = blame.recipient, accuser = blame.actor;
    const uint32_t sentence = blame.sentence;
    for (Event& attack : *events) {
      if (attack.event != "ASSAULT" || !attack.actor.empty() || attack.modality == "negated" ||
          attack.modality == "hypothetical" || attack.sentence > sentence ||
          attack.sentence + kSentencesBack < sentence) {
        continue;
      }
      attack.actor = blamed;
      attack.modality = "reported";
      AddUnique(&attack.attributed_to, accuser);
    }
  }
}

}  // namespace dossier::extract
