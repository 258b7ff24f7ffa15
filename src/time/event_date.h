// Event dating: which date an event mentioned in a sentence took place on,
// from the timexes around it, at the precision the text supports.
//
// The rule (without a parse, which this module cannot use), over the timexes
// inside the event's sentence whose value is a calendar date or time
// ("2017-08", "2017-11-28", "2016-Q3", "2017-W47", "2017-11-28T17:00"): the
// first one after the trigger within kAfterWindow bytes, since English puts
// the temporal adjunct after its verb ("met Tuesday and signed a deal in
// 2016"); else the one nearest the trigger ("In August, Kim visited Iran"). Durations, sets and the *_REF values never date
// an event. With no such timex the event takes the document date, marked
// "document"; with none of either the date is empty. Precision is kept:
// "August" gives "2017-08", never "2017-08-01".
//
// Example:
//   time::EventDate d = time::DateEvent(dt, sentence.span(), trigger_span);
//   event.date = d.value;   // "2017-08"
//
// Thread-safety: pure function.
#pragma once

#include <cstdint>
#include <string>

#include "base/span.h"
#include "time/time_tagger.h"

namespace dossier::time {

inline constexpr int64_t kAfterWindow = 60;

struct EventDate {
  std::string value;   // TimeML date value, or the document date, or empty
  std::string source;  // "timex" | "document" | "none"
  int timex = -1;      // index into DocumentTime::timexes when source is "timex"
};

// True for values that name a point or period on the calendar ("2017",
// "2017-08", "2016-Q3", "2017-W47-WE", "2017-11-28TMO"), not "P1Y",
// "PRESENT_REF" or "XXXX-XX-XX".
bool IsCalendarValue(const std::string& value);

EventDate DateEvent(const DocumentTime& doc, base::Span sentence, base::Span trigger);

}  // namespace dossier::time
