// AddLaterDates (context.h): "Iraq summoned Turkey's envoy on Thursday after
// a Turkish drone strike killed three people … The strike on Wednesday
// evening hit a vehicle": an event the text dates only by the story's day, or
// told after "after" and dated by its main clause, takes the date the next
// sentences give it, where they take it up with "the" and its noun; an
// event told "at the same time", or "later" with no date of its own, takes
// the day of the last one dated before, and so does the same act of the same
// actor told again right after.
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {

void AddLaterDates(const DocumentView& v, const std::vector<TimeAnchor>& timexes, std::vector<Event>* events) {
  // ("The Justice Department on Tuesday unsealed an indictment … At the same
  // time, the Treasury sanctioned Li": an event in a sentence opening with
  // "at the same time" or "simultaneously", which the text dates only by the
  // story's day, is the day of the last event dated to the day before it.)
  for (Event& e : *events) {
    const uint32_t begin = v.Sentence(e.sentence).token_begin;
    const bool same_time = (begin + 4 < v.Sentence(e.sentence).token_end && v.Lower(begin) == "at" &&
                            v.Lower(begin + 1) == "the" && v.Lower(begin + 2) == "same" && v.Lower(begin + 3) == "time") ||
                           v.Lower(begin) == "simultaneously";
    // ("Vieira met Lourenco on Tuesday … Vieira and Antonio later signed":
    // "later" right before the trigger is later that day, after the last
    // event dated in the two sentences before.)
    const uint32_t t = v.TokenAt(e.trigger.begin);
    const bool later_that_day = t > begin && v.Lower(t - 1) == "later";
    if (e.date_source != "document" || !(same_time || later_that_day)) continue;
    const Event* dated = nullptr;
    for (const Event& d : *events) {
      if (d.sentence < e.sentence && d.date_source == "timex" && d.date.size() == 10 &&
          (!later_that_day || d.sentence + 2 >= e.sentence) && (dated == nullptr || d.sentence >= dated->sentence)) {
        dated = &d;
      }
    }
    if (dated != nullptr) {
      e.date = dated->date;
      e.date_source = "timex";
    }
  }
  // ("The U.N. … sanctions committee on Wednesday added a militia commander
  // and two tankers to its blacklist … The committee imposed a travel ban
  // on X": the same act of the same actor told again in the next two
  // sentences, with no date of its own, is of that day.)
  for (Event& e : *events) {
    const auto told_done = [](const Event& x) { return x.modality == "asserted" || x.modality == "reported"; };
    // (Not one its sentence times some other way: "Two days after the
    // talks, Iran attacked Russia". A time in a relative clause well after
    // the trigger times that clause: "also designated X …, which
    // investigators suspect of damaging a cable in December".)
    const uint32_t trigger = v.TokenAt(e.trigger.begin);
    const bool timed = std::any_of(timexes.begin(), timexes.end(), [&](const TimeAnchor& t) {
      if (!e.span.Contains(t.span)) return false;
      const uint32_t at = v.TokenAt(t.span.begin);
      if (at <= trigger + 8) return true;
      for (uint32_t j = trigger + 1; j < at; ++j) {
        if (v.Lower(j) == "which" || v.Lower(j) == "who" || v.Lower(j) == "whom") return false;
      }
      return true;
    });
    if (e.date_source != "document" || e.actor.empty() || !told_done(e) || timed) continue;
    const Event* told = nullptr;
    for (const Event& d : *events) {
      if (d.sentence < e.sentence && d.sentence + 2 >= e.sentence && d.event == e.event && d.actor == e.actor &&
          told_done(d) &&
          d.date_source == "timex" && d.date.size() == 10 && (told == nullptr || d.sentence >= told->sentence)) {
        told = &d;
      }
    }
    if (told != nullptr) {
      e.date = told->date;
      e.date_source = told->date_source;
    }
  }
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
      // ("The strike on Wednesday evening hit a vehicle": a definite noun of
      // the type taking it up, its date right after it and to the day, no
      // other actor named.)
      if (later.date.size() < 10 || (!later.actor.empty() && later.actor != e.actor)) continue;
      const text::Sentence& s = v.Sentence(later.sentence);
      bool taken_up = false;
      for (uint32_t j = s.token_begin + 1; j + 1 < s.token_end && !taken_up; ++j) {
        if (v.Lower(j - 1) != "the") continue;
        const std::vector<EventPattern>* rows = v.lexicon().EventsFor(v.Lower(j));
        const bool noun = rows != nullptr && std::any_of(rows->begin(), rows->end(), [&](const EventPattern& p) {
                            return p.noun && p.event == e.event;
                          });
        const std::string& w = v.Lower(j + 1);
        taken_up = noun && (w == "on" || w == "late" || w == "early" || w == "last" || w == "overnight");
      }
      if (!taken_up) continue;
      e.date = later.date;
      e.date_source = later.date_source;
      break;
    }
  }
}

}  // namespace dossier::extract
