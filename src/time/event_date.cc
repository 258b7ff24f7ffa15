#include "time/event_date.h"

#include <cctype>
#include <cstdint>

namespace dossier::time {

bool IsCalendarValue(const std::string& value) {
  if (value.size() < 2) return false;
  for (size_t k = 0; k < 2; ++k) {
    if (!std::isdigit(static_cast<unsigned char>(value[k]))) return false;
  }
  return true;  // "19" (a century) and longer; X placeholders start with X
}

EventDate DateEvent(const DocumentTime& doc, base::Span sentence, base::Span trigger) {
  int after = -1, nearest = -1;
  int64_t nearest_distance = 0;
  for (size_t k = 0; k < doc.timexes.size(); ++k) {
    const Timex& t = doc.timexes[k];
    if (!sentence.Contains(t.span) || (t.type != "DATE" && t.type != "TIME") ||
        !IsCalendarValue(t.value)) {
      continue;
    }
    const int64_t distance = t.span.begin >= trigger.end ? int64_t{t.span.begin} - trigger.end
                             : t.span.end <= trigger.begin ? int64_t{trigger.begin} - t.span.end
                                                           : 0;  // overlapping the trigger
    if (t.span.begin >= trigger.end && distance <= kAfterWindow && after < 0) {
      after = static_cast<int>(k);
    }
    if (nearest < 0 || distance < nearest_distance) {
      nearest = static_cast<int>(k);
      nearest_distance = distance;
    }
  }
  const int pick = after >= 0 ? after : nearest;
  if (pick >= 0) return {doc.timexes[pick].value, "timex", pick};
  if (!doc.date.empty()) return {doc.date, "document", -1};
  return {"", "none", -1};
}

}  // namespace dossier::time
