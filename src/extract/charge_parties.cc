// AddChargeParties (context.h): "Russian police arrested a journalist on
// treason charges", "indicted a Texas businessman on charges of exporting":
// the charge a verb's act rests on is brought by the one who acts on whom it
// reaches (PLOVER codes an arrest on charges as COERCE plus ACCUSE, between
// the same sides).
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {
namespace {

// How far before "on" the act the charge rests on may be told.
constexpr uint32_t kMaxWordsBack = 20;

bool RestsOn(const std::string& event) { return event == "COERCE" || event == "ACCUSE" || event == "SANCTION"; }

// The "on" before the charge noun at k ("on charges", "on espionage
// charges", "on new criminal charges"), or -1.
int32_t OnBefore(const DocumentView& v, uint32_t k) {
  const uint32_t begin = v.Sentence(v.SentenceOf(k)).token_begin;
  for (uint32_t j = k; j > begin && k - j <= 3;) {
    --j;
    if (v.Lower(j) == "on") return static_cast<int32_t>(j);
    if (!v.StartsLower(j) || (v.Upos(j) != "ADJ" && v.Upos(j) != "NOUN")) break;
  }
  return -1;
}

}  // namespace

void AddChargeParties(const DocumentView& v, std::vector<Event>* events) {
  for (Event& charge : *events) {
    if (charge.event != "ACCUSE") continue;
    const uint32_t k = v.TokenAt(charge.trigger.begin);
    if (v.Upos(k) != "NOUN") continue;
    const int32_t on = OnBefore(v, k);
    if (on < 0) continue;
    // The latest act before "on" in the clause.
    const Event* act = nullptr;
    for (const Event& e : *events) {
      if (&e == &charge || e.sentence != charge.sentence || !RestsOn(e.event) || e.actor.empty() ||
          e.recipient.empty()) {
        continue;
      }
      const uint32_t t = v.TokenAt(e.trigger.begin);
      if (t >= static_cast<uint32_t>(on) || static_cast<uint32_t>(on) - t > kMaxWordsBack) continue;
      if (act == nullptr || e.trigger.begin > act->trigger.begin) act = &e;
    }
    if (act == nullptr) continue;
    charge.actor = act->actor;
    charge.recipient = act->recipient;
  }
}

}  // namespace dossier::extract
