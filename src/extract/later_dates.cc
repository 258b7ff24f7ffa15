// AddLaterDates (context.h): "Iraq summoned Turkey's envoy on Thursday after
// a Turkish drone strike killed three people … The strike on Wednesday
// evening hit a vehicle": an event the text dates only by the story's day, or
// told after "after" and dated by its main clause, takes the date the next
// sentences give it, where they take it up with "the" and its noun.
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {

void AddLaterDates(const DocumentView& v, std::vector<Event>* events) {
  for (Event& e : *events) {
    // (Or dated by its sentence's main clause: "summoned the envoy on
    // Thursday after a Turkish drone strike killed three people".)
    const uint32_t t = v.TokenAt(e.trigger.begin);
    bool backdrop = false;
    for (uint32_t j = t; j > v.Sentence(e.sentence).token_begin && t - j < 5 && !backdrop;) {
      --j;
      backdrop = v.Lower(j) == "after" || v.Lower(j) == "following";
    }
    if (e.date_source != "document" && !backdrop) continue;
    for (const Event& later : *events) {
      if (later.sentence <= e.sentence || later.sentence > e.sentence + 2 || later.event != e.event ||
          later.date_source != "timex") {
        continue;
      }
      // ("The strike on Wednesday evening": a definite noun taking it up,
      // naming no other actor.)
      const uint32_t k = v.TokenAt(later.trigger.begin);
      if (k == 0 || v.Lower(k - 1) != "the" || v.Upos(k) != "NOUN") continue;
      // (Its date right after the noun, to the day: "on Wednesday evening",
      // "late on Monday".)
      const uint32_t after = v.TokenAt(later.trigger.end - 1) + 1;
      if (after >= v.seg().tokens.size() || later.date.size() < 10) continue;
      const std::string& w = v.Lower(after);
      if (w != "on" && w != "late" && w != "early" && w != "last" && w != "overnight") continue;
      if (!later.actor.empty() && later.actor != e.actor) continue;
      e.date = later.date;
      e.date_source = later.date_source;
      break;
    }
  }
}

}  // namespace dossier::extract
