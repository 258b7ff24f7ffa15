// Dates relative to the document date: "today", "yesterday morning", "now",
// "the future", "last week", "this past spring", "earlier this year",
// "next November", "two years ago", "a year earlier".
#include <string>

#include "time/rules.h"

namespace dossier::time::rules {
namespace {

// Season codes and the month each one ends in (winter ends in February).
int SeasonEndMonth(const std::string& code) {
  if (code == "SP") return 5;
  if (code == "SU") return 8;
  if (code == "FA") return 11;
  return 2;
}

// Singular units only: "last week", not "last weeks".
const std::string* SingularUnit(const Context& c, size_t i) {
  const std::string* u = c.Find(WordKind::kUnit, i);
  if (!u || c.words[i].lower.back() == 's') return nullptr;
  return u;
}

std::string DayValue(const Context& c, int offset) { return ShiftValue(c.dct, "D", offset); }

bool SentenceEnd(const Word& w) { return w.lower == "." || w.lower == "?" || w.lower == "!"; }

// The quarter ("2017-Q3") named in the sentence around word i, if any:
// "profit fell in the third quarter from a year earlier" compares quarters.
std::optional<std::string> SentenceQuarter(const Context& c, size_t i) {
  size_t begin = i;
  while (begin > 0 && i - begin < 40 && !SentenceEnd(c.words[begin - 1])) --begin;
  for (size_t k = begin; k < c.size() && k < i + 40; ++k) {
    if (k >= i && SentenceEnd(c.words[k])) break;
    if (!c.Is(k, "quarter")) continue;
    for (size_t from = k >= 3 ? k - 3 : 0; from < k; ++from) {
      std::optional<Match> q = QuarterDate(c, from);
      if (q && q->value.size() == 7 && q->value[5] == 'Q' && q->value[0] != 'X') return q->value;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> DeicticDate(const Context& c, size_t i) {
  // "the past", "the future" (but "the past two years" is a duration).
  if (c.Is(i, "the") && (c.Is(i + 1, "past") || c.Is(i + 1, "future"))) {
    const bool numbered = c.Find(WordKind::kUnit, i + 2) || c.Find(WordKind::kNumber, i + 2) ||
                          c.Find(WordKind::kQuantity, i + 2) ||
                          (c.at(i + 2) && c.words[i + 2].digits >= 0);
    if (numbered) return std::nullopt;
    return Match{i + 2, TimexType::kDate, c.Is(i + 1, "past") ? "PAST_REF" : "FUTURE_REF"};
  }
  // The longest deictic phrase at i: "now", "these days", "the near future".
  size_t end = i;
  const std::string* v = c.LongestEntry(WordKind::kDeictic, i, &end);
  if (!v) return std::nullopt;
  Match m{end, TimexType::kDate, *v};
  if (v->size() >= 3 && v->starts_with("D")) {  // D+0, D-1, D+1
    m.value = DayValue(c, std::stoi(v->substr(1)));
    if (const std::string* part = c.Find(WordKind::kPartOfDay, i + 1)) {  // "yesterday morning"
      m.value += "T" + *part;
      m.type = TimexType::kTime;
      ++m.end;
    }
  } else if (v->starts_with("NI")) {  // "tonight"
    m.value = DayValue(c, 0) + "TNI";
    m.type = TimexType::kTime;
  }
  return m;
}

std::optional<Match> WeekendDate(const Context& c, size_t i) {
  // "the weekend": the one just past, or the coming one in a future context.
  if (!c.Is(i, "the") || !c.Is(i + 1, "weekend")) return std::nullopt;
  if (!c.dct) return Match{i + 2, TimexType::kDate, "XXXX-WXX-WE"};
  const int weekday = c.dct->Weekday();
  int shift = 0;  // weeks from the DCT's ISO week
  if (weekday < 6 && !FutureContext(c, i)) shift = -1;
  return Match{i + 2, TimexType::kDate, c.dct->AddDays(7 * shift).IsoWeekValue() + "-WE"};
}

std::optional<Match> ShiftedDate(const Context& c, size_t i) {
  size_t j = i;
  // "earlier this year", "late next month", "early last week"
  std::string mod;
  if (c.Is(j, "earlier") || c.Is(j, "later")) {
    mod = c.Is(j, "earlier") ? "START" : "END";
    ++j;
  } else if (const std::string* m = c.Find(WordKind::kModifier, j)) {
    mod = *m;
    ++j;
  }
  const bool the = c.Is(j, "the");
  if (the) ++j;
  const std::string* shift = c.Find(WordKind::kShift, j);
  if (!shift) return std::nullopt;
  int n = std::stoi(*shift);
  ++j;
  if (n == 0 && c.Is(j, "past")) {  // "this past spring"
    n = -1;
    ++j;
  }
  if (const std::string* unit = SingularUnit(c, j)) {
    // "the following day", "the previous day", "the next day": a date, told
    // from the last date the story gave.
    if (the && *unit == "D" && n != 0 && mod.empty()) {
      Match m{j + 1, TimexType::kDate, ShiftValue(c.dct, "D", n)};
      m.anaphor = "D";
      m.anaphor_shift = n;
      return m;
    }
    // "the following year", "the previous month": told from the story's
    // latest year or month.
    if (the && (c.Is(j - 1, "following") || c.Is(j - 1, "previous")) && n != 0) {
      Match m{j + 1, TimexType::kDate, ShiftValue(c.dct, *unit, n), mod};
      if (*unit == "Y" || *unit == "M") {
        m.anaphor = *unit;
        m.anaphor_shift = n;
      }
      return m;
    }
    if (the && n != 0) {
      const std::string v = *unit == "DE" ? "P10Y" : *unit == "CE" ? "P100Y" : "P1" + *unit;
      return Match{j + 1, TimexType::kDuration, v};
    }
    if (the) return std::nullopt;
    if (*unit == "H" || *unit == "MIN" || *unit == "S") return std::nullopt;
    if (*unit == "Y" && n < 0 && c.dct && mod.empty()) {  // "up from last year" in a quarter report
      if (std::optional<std::string> q = SentenceQuarter(c, i); q && !c.Is(j + 1, "'s")) {
        Match m{j + 1, TimexType::kDate, Pad(std::stoi(q->substr(0, 4)) + n, 4) + q->substr(4)};
        m.year_shifted = true;
        return m;
      }
    }
    return Match{j + 1, TimexType::kDate, ShiftValue(c.dct, *unit, n), mod};
  }
  if (the) return std::nullopt;
  if (const std::string* season = c.Find(WordKind::kSeason, j)) {
    int shift_years = 0;
    if (c.dct) {
      const bool passed = *season != "WI" && c.dct->month > SeasonEndMonth(*season);
      if (n < 0) shift_years = passed ? 0 : -1;
      if (n > 0) shift_years = passed ? 1 : 0;
    }
    return Match{j + 1, TimexType::kDate, ShiftValue(c.dct, *season, shift_years), mod};
  }
  if (const std::string* month = c.Find(WordKind::kMonth, j); month && c.words[j].capitalised) {
    const int m = std::stoi(*month);
    if (!c.dct) return Match{j + 1, TimexType::kDate, "XXXX-" + Pad(m, 2)};
    int year = c.dct->year;
    if (n < 0 && m >= c.dct->month) --year;
    if (n > 0 && m <= c.dct->month) ++year;
    return Match{j + 1, TimexType::kDate, Pad(year, 4) + "-" + Pad(m, 2), mod};
  }
  if (const std::string* part = c.Find(WordKind::kPartOfDay, j)) {
    // "this morning"; "last night" is yesterday's.
    if (n == 0 || (n < 0 && *part == "NI")) {
      return Match{j + 1, TimexType::kTime, DayValue(c, n) + "T" + *part};
    }
  }
  return std::nullopt;
}

std::optional<Match> AgoDate(const Context& c, size_t i) {
  size_t j = i;
  std::optional<int> n = ParseNumber(c, i, &j, /*allow_quantity=*/true);
  if (!n) j = i;
  const std::string* unit = c.Find(WordKind::kUnit, j);
  if (!unit) return std::nullopt;
  const std::string* dir = c.Find(WordKind::kDirection, j + 1);
  if (!dir) return std::nullopt;
  const int sign = std::stoi(*dir);
  if (!n && !c.Is(j + 1, "ago")) return std::nullopt;  // "weeks before the vote"
  if (!n || *n < 0) return Match{j + 2, TimexType::kDate, sign < 0 ? "PAST_REF" : "FUTURE_REF"};
  if (*unit == "H" || *unit == "MIN" || *unit == "S") {
    return Match{j + 2, TimexType::kTime, sign < 0 ? "PAST_REF" : "FUTURE_REF"};
  }
  Match m{j + 2, TimexType::kDate, ShiftValue(c.dct, *unit, sign * *n)};
  if (*unit == "Y" && c.dct) {
    if (std::optional<std::string> q = SentenceQuarter(c, i)) {  // the same quarter, n years off
      const int year = std::stoi(q->substr(0, 4)) + sign * *n;
      m.value = Pad(year, 4) + q->substr(4);
      m.year_shifted = true;
    } else {
      m.year_before_quarter = sign < 0 && *n == 1;
    }
  }
  return m;
}

std::optional<Match> YearAgoDate(const Context& c, size_t i) {
  // "year-earlier", "the year-ago quarter", "the year-earlier period"
  size_t j = c.Is(i, "the") ? i + 1 : i;
  if (!c.Is(j, "year") || !c.Is(j + 1, "-") || !(c.Is(j + 2, "earlier") || c.Is(j + 2, "ago")))
    return std::nullopt;
  j += 3;
  if (c.Is(j, "quarter") || c.Is(j, "period")) {
    Match m{j + 1, TimexType::kDate, ShiftValue(c.dct, "Q", -5)};
    m.year_shifted = true;
    return m;
  }
  if (j == i + 4) return std::nullopt;  // "the year-earlier" without a noun
  Match m{j, TimexType::kDate, ShiftValue(c.dct, "Y", -1)};
  m.year_before_quarter = c.dct.has_value();
  return m;
}

std::optional<Match> TheYear(const Context& c, size_t i) {
  // "the year", "the fiscal year", "the full year": in a report, the current
  // year (TimeML: DATE, the DCT's year); "the year ended Sept. 30" is a
  // twelve-month period given by its end, a DURATION.
  if (!c.Is(i, "the")) return std::nullopt;
  size_t j = i + 1;
  while (c.Is(j, "fiscal") || c.Is(j, "full") || c.Is(j, "current") || c.Is(j, "calendar")) ++j;
  if (!c.Is(j, "year") || c.words[j].capitalised) return std::nullopt;  // "Player of the Year"
  ++j;
  if (c.Is(j, "ended") || c.Is(j, "ending") || c.Is(j, "to")) {
    return Match{j, TimexType::kDuration, "P1Y"};
  }
  // "the year before", "the year-ago quarter", "the year 2000", "the year's
  // first half" are something else.
  const Word* next = c.at(j);
  if (next && (next->lower == "before" || next->lower == "after" || next->lower == "earlier" ||
               next->lower == "later" || next->lower == "-" || next->lower == "'s" ||
               next->lower == "’s" || next->digits >= 0 || c.Find(WordKind::kNumber, j))) {
    return std::nullopt;
  }
  return Match{j, TimexType::kDate, ShiftValue(c.dct, "Y", 0)};
}

std::optional<Match> AnaphoricDate(const Context& c, size_t i) {
  // "that year", "later that year", "earlier that day", "that same day",
  // "the same day", "the same month": the period the story last named
  // (TimeML resolves an anaphoric timex to its antecedent).
  size_t j = i;
  std::string mod;
  if (c.Is(j, "earlier") || c.Is(j, "later")) {
    mod = c.Is(j, "earlier") ? "START" : "END";
    ++j;
  }
  const bool that = c.Is(j, "that");
  if (!that && !c.Is(j, "the")) return std::nullopt;
  ++j;
  const bool same = c.Is(j, "same");
  if (same) ++j;
  if (!that && !same) return std::nullopt;
  std::string unit;
  if (c.Is(j, "year")) unit = "Y";
  if (c.Is(j, "day")) unit = "D";
  if (c.Is(j, "month")) unit = "M";
  if (c.Is(j, "quarter")) unit = "Q";
  if (unit.empty()) return std::nullopt;
  // A bare "that day" is mostly generic ("redemptions that day").
  // (So is a bare "that month": "pay that month".)
  if ((unit == "D" || unit == "M") && !same && mod.empty()) return std::nullopt;
  Match m{j + 1, TimexType::kDate, ShiftValue(c.dct, unit, 0), mod};
  m.anaphor = unit;
  return m;
}

}  // namespace dossier::time::rules
