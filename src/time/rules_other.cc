// Numbers, clock times ("5 p.m. EST, Nov. 6", "10:30", "noon Thursday"),
// durations ("the past nine months", "five-year", "several weeks") and sets
// ("daily", "every Friday", "twice a year").
#include <string>

#include "time/rules.h"

namespace dossier::time::rules {
namespace {

bool IsSmallUnit(const std::string& u) { return u == "H" || u == "MIN" || u == "S"; }

std::string DurationValue(int n, std::string unit) {
  if (n > 0 && (unit == "DE" || unit == "CE")) {  // TimeML writes decades as years: P20Y
    n *= unit == "DE" ? 10 : 100;
    unit = "Y";
  }
  if (n > 0 && unit == "Q") {  // and quarters as months: P9M
    n *= 3;
    unit = "M";
  }
  const std::string count = n < 0 ? "X" : std::to_string(n);
  if (IsSmallUnit(unit)) return "PT" + count + (unit == "MIN" ? "M" : unit);
  return "P" + count + unit;
}

// "9", "nine", "twenty four", "twenty-four"; *end past the number.
std::optional<int> NumberWords(const Context& c, size_t i, size_t* end) {
  const Word* w = c.at(i);
  if (!w) return std::nullopt;
  if (w->digits >= 0 && w->digit_count <= 4) {
    if (w->glued && c.at(i + 1) && (c.Is(i + 1, ":") || c.Is(i + 1, "/") || c.Is(i + 1, ",")))
      return std::nullopt;
    *end = i + 1;
    return w->digits;
  }
  const std::string* v = c.Find(WordKind::kNumber, i);
  if (!v) return std::nullopt;
  int n = std::stoi(*v);
  *end = i + 1;
  if (n >= 20 && n % 10 == 0) {  // "twenty four", "twenty-four"
    size_t k = c.Is(i + 1, "-") ? i + 2 : i + 1;
    if (const std::string* units = c.Find(WordKind::kNumber, k); units && std::stoi(*units) < 10) {
      n += std::stoi(*units);
      *end = k + 1;
    }
  }
  return n;
}

// "1/2" or "and a half" at i: how many words it takes, or 0.
size_t HalfAt(const Context& c, size_t i) {
  if (c.at(i + 2) && c.words[i].digits == 1 && c.words[i].glued && c.Is(i + 1, "/") &&
      c.words[i + 1].glued && c.words[i + 2].digits == 2) {
    return 3;
  }
  return c.Is(i, "and") && c.Is(i + 1, "a") && c.Is(i + 2, "half") ? 3 : 0;
}

// TimeML writes a half in the next smaller unit: "2 1/2 years" P2Y6M,
// "5 1/2 hours" PT5H30M, "a minute and a half" PT1M30S. Empty for units
// without a whole half (weeks, months, quarters, decades).
std::string HalfDurationValue(int n, const std::string& unit) {
  const std::string count = std::to_string(n);
  if (unit == "Y") return "P" + count + "Y6M";
  if (unit == "D") return "P" + count + "DT12H";
  if (unit == "H") return "PT" + count + "H30M";
  if (unit == "MIN") return "PT" + count + "M30S";
  return "";
}

}  // namespace

std::optional<int> ParseNumber(const Context& c, size_t i, size_t* end, bool allow_quantity) {
  if (std::optional<int> n = NumberWords(c, i, end)) return n;
  if (!allow_quantity) return std::nullopt;
  const std::string* q = c.Find(WordKind::kQuantity, i);
  if (!q) return std::nullopt;
  size_t j = i + 1;
  int value = *q == "X" ? -1 : std::stoi(*q);
  if (value == 1 && c.Find(WordKind::kQuantity, j)) {  // "a few", "a couple"
    value = std::stoi(*c.Find(WordKind::kQuantity, j) == "X" ? "-1" : *c.Find(WordKind::kQuantity, j));
    ++j;
    if (c.Is(j, "of")) ++j;
  }
  *end = j;
  return value;
}

std::optional<Match> ClockTime(const Context& c, size_t i) {
  int hour = -1, minute = 0, second = -1;
  size_t j = i;
  if (const std::string* h = c.Find(WordKind::kClock, i)) {  // "noon", "midnight"
    hour = std::stoi(*h);
    j = i + 1;
  } else {
    const Word* w = c.at(i);
    if (!w || w->digits < 0 || w->digit_count > 2 || w->digits > 23) return std::nullopt;
    hour = w->digits;
    j = i + 1;
    bool has_minutes = false;
    if (w->glued && c.Is(j, ":") && c.at(j + 1) && c.words[j + 1].digit_count == 2 &&
        c.words[j + 1].digits < 60 && c.words[j].glued) {
      minute = c.words[j + 1].digits;
      has_minutes = true;
      j += 2;
      if (c.words[j - 1].glued && c.Is(j, ":") && c.at(j + 1) && c.words[j + 1].digit_count == 2) {
        second = c.words[j + 1].digits;
        j += 2;
      }
    }
    const std::string* meridian = c.Find(WordKind::kMeridian, j);
    if (meridian && hour >= 1 && hour <= 12) {
      hour = hour % 12 + std::stoi(*meridian);
      ++j;
    } else if (c.Is(j, "o'clock")) {
      ++j;
    } else if (!has_minutes) {
      return std::nullopt;
    }
  }
  if (c.Find(WordKind::kTimezone, j)) ++j;
  std::string date = ShiftValue(c.dct, "D", 0);
  bool dated = false;
  size_t k = c.Is(j, ",") || c.Is(j, "on") ? j + 1 : j;
  for (auto rule : {WeekdayDate, MonthDate, DeicticDate}) {
    if (std::optional<Match> d = rule(c, k); d && d->value.size() == 10 && d->value[4] == '-') {
      date = d->value;
      j = d->end;
      dated = true;
      break;
    }
  }
  std::string value = date + "T" + Pad(hour, 2) + ":" + Pad(minute, 2);
  if (second >= 0) value += ":" + Pad(second, 2);
  Match m{j, TimexType::kTime, value};
  if (!dated) m.anaphor = "T";  // on the day the story last named
  return m;
}

std::optional<Match> Duration(const Context& c, size_t i) {
  size_t j = i;
  if (c.Is(j, "the")) ++j;
  const bool shifted = c.Find(WordKind::kShift, j) || c.Is(j, "first") || c.Is(j, "recent");
  if (shifted) ++j;
  size_t end = j;
  std::optional<int> n = ParseNumber(c, j, &end, /*allow_quantity=*/true);
  if (!n) {
    const std::string* u = c.Find(WordKind::kUnit, j);
    if (!u || c.words[j].lower.back() != 's') return std::nullopt;
    // "the coming weeks", "recent years"; "for years": a bare plural unit.
    if (shifted) return Match{j + 1, TimexType::kDuration, DurationValue(-1, *u)};
    if (j == i && i > 0 && c.Is(i - 1, "for")) {
      return Match{i + 1, TimexType::kDuration, DurationValue(-1, *u)};
    }
    return std::nullopt;
  }
  if (c.words[j].digit_count == 4) return std::nullopt;  // "the 1988 second quarter"
  j = end;
  size_t half = HalfAt(c, j);  // "2 1/2 years", "two and a half years"
  j += half;
  const bool hyphen = !half && c.Is(j, "-");
  if (hyphen) ++j;  // "five-year"
  const std::string* unit = c.Find(WordKind::kUnit, j);
  if (!unit) return std::nullopt;
  // "a 52-year-old man" and "52 years old" are ages; "three-quarters" a fraction.
  if (hyphen && (c.Is(j + 1, "-") || c.words[j].lower.back() == 's')) return std::nullopt;
  if (c.Is(j + 1, "old")) return std::nullopt;
  // "a week ago" is a date (AgoDate); "a week later" a duration and its signal.
  if (c.Find(WordKind::kDirection, j + 1)) return std::nullopt;
  const Word& first = c.words[i];
  if (*n == 1 && first.digits < 0 && c.Find(WordKind::kQuantity, i) && i + 1 == j) {
    if (c.Is(j + 1, "'s") || c.Is(j + 1, "’s")) return std::nullopt;  // "a day's pay"
    // "a second term", "a quarter of the shares"
    if (*unit == "S" || c.Is(j + 1, "of") || c.Is(j + 1, "-")) return std::nullopt;
    // "$5 a year", "10 percent a year": a rate.
    if (i > 0 && (c.words[i - 1].digits >= 0 || c.Is(i - 1, "percent") || c.Is(i - 1, "%") ||
                  c.words[i - 1].lower.find_first_of("0123456789") != std::string::npos)) {
      return Match{j + 1, TimexType::kSet, DurationValue(1, *unit)};
    }
  }
  size_t after = j + 1;
  if (!half && (half = HalfAt(c, after))) after += half;  // "a minute and a half"
  if (half && *n >= 0) {
    if (std::string v = HalfDurationValue(*n, *unit); !v.empty()) {
      return Match{after, TimexType::kDuration, v};
    }
  }
  return Match{j + 1, TimexType::kDuration, DurationValue(*n, *unit)};
}

std::optional<Match> SetExpression(const Context& c, size_t i) {
  if (const std::string* v = c.Find(WordKind::kSet, i)) return Match{i + 1, TimexType::kSet, *v};
  size_t j = i;
  if (c.Is(i, "twice") || c.Is(i, "once")) {  // "twice a year"
    if (!c.Is(i + 1, "a") && !c.Is(i + 1, "per")) return std::nullopt;
    const std::string* unit = c.Find(WordKind::kUnit, i + 2);
    if (!unit) return std::nullopt;
    return Match{i + 3, TimexType::kSet, DurationValue(1, *unit)};
  }
  if (!c.Find(WordKind::kSetQuantifier, j)) return std::nullopt;
  ++j;
  if (c.Is(j, "other")) ++j;
  size_t end = j;
  std::optional<int> n = ParseNumber(c, j, &end, /*allow_quantity=*/false);
  if (n) j = end;
  if (const std::string* wd = c.Find(WordKind::kWeekday, j); wd && c.words[j].capitalised) {
    return Match{j + 1, TimexType::kSet, "XXXX-WXX-" + *wd};
  }
  if (const std::string* month = c.Find(WordKind::kMonth, j); month && c.words[j].capitalised) {
    return Match{j + 1, TimexType::kSet, "XXXX-" + Pad(std::stoi(*month), 2)};  // "each July"
  }
  const std::string* unit = c.Find(WordKind::kUnit, j);
  if (!unit) return std::nullopt;
  return Match{j + 1, TimexType::kSet, DurationValue(n ? *n : 1, *unit)};
}

}  // namespace dossier::time::rules
