// Calendar dates written out: "2017-11-28", "11/28/17", "Nov. 28, 2017",
// "28 November", "late November", "Tuesday, November 28", "last Friday",
// "1990", "fiscal 1989", "the 1990s", "the third quarter", "the first half".
#include <cctype>
#include <string>
#include <vector>

#include "time/rules.h"

namespace dossier::time::rules {
namespace {

bool IsDayNumber(const Word* w) {
  return w && w->digits >= 1 && w->digits <= 31 && w->digit_count <= 2;
}

bool IsYearNumber(const Word* w) {
  return w && w->digit_count == 4 && w->digits >= 1000 && w->digits <= 2999;
}

// "28", "28th": the day of month at i, or 0.
int DayAt(const Context& c, size_t i) {
  const Word* w = c.at(i);
  if (IsDayNumber(w)) return w->digits;
  if (!w || w->lower.size() < 3 || w->lower.size() > 4) return 0;
  const std::string suffix = w->lower.substr(w->lower.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  const std::string num = w->lower.substr(0, w->lower.size() - 2);
  if (num.find_first_not_of("0123456789") != std::string::npos) return 0;
  const int d = std::stoi(num);
  return d >= 1 && d <= 31 ? d : 0;
}

// A month name usable on its own: capitalised, and a full name or an
// abbreviation with its period; never the modal "May".
bool StandaloneMonth(const Context& c, size_t i) {
  const Word& w = c.words[i];
  if (!w.capitalised) return false;
  if (w.lower == "may") {  // the modal, unless a preposition says it is the month: "in May"
    static constexpr std::string_view kBefore[] = {"in", "since", "until", "by", "of", "during",
                                                   "from", "through", "before", "after", "last",
                                                   "next", "early", "late", "mid", "-"};
    for (std::string_view p : kBefore) {
      if (i > 0 && c.Is(i - 1, p)) return true;
    }
    return false;
  }
  return w.has_period || w.lower.size() > 4 || w.lower == "june" || w.lower == "july";
}

// Characters that make a number part of something larger: $1990, 1990%, 1989-90.
bool IsJoiner(const std::string& s) {
  return s == "$" || s == "#" || s == "%" || s == "-" || s == "/" || s == ":";
}

bool IsSep(const Context& c, size_t i, std::string_view sep) {
  return c.Is(i, sep) && c.words[i - 1].glued && c.words[i].glued;
}

std::string DateValue(const Context& c, size_t i, int year, int month, int day) {
  if (year == 0 && c.dct) year = GuessYear(c, i, *c.dct, month, day);
  std::string y = year ? Pad(year, 4) : "XXXX";
  std::string v = y + "-" + Pad(month, 2);
  return day ? v + "-" + Pad(day, 2) : v;
}

// Month-first or day-first date at i; *end set past it.
std::optional<std::string> MonthDayYear(const Context& c, size_t i, size_t* end, bool* year_guessed = nullptr) {
  size_t j = i;
  int day = 0;
  if (int d = DayAt(c, j); d && c.Find(WordKind::kMonth, j + 1)) {  // "28 November"
    day = d;
    ++j;
  }
  const std::string* month = c.Find(WordKind::kMonth, j);
  if (!month) return std::nullopt;
  const size_t month_at = j++;
  if (!day) {
    // "Nov. 6 10:30" is a day, "Nov. 10:30" no day; "April 25:" a day still.
    const bool clock = c.at(j) && c.at(j)->glued && c.Is(j + 1, ":") && c.at(j + 2) &&
                       c.words[j + 2].digits >= 0 && c.words[j + 1].glued;
    if (int d = DayAt(c, j); d && !clock) {
      day = d;
      ++j;
    }
  }
  int year = 0;
  size_t k = c.Is(j, ",") ? j + 1 : j;
  if (c.Is(k, "of") && IsYearNumber(c.at(k + 1)) && !day) ++k;
  size_t spelled_end = 0;
  if (IsYearNumber(c.at(k)) && (day || k == j || c.Is(j, "of"))) {
    year = c.words[k].digits;
    j = k + 1;
  } else if (std::optional<int> y = SpelledYear(c, k, &spelled_end)) {  // "January nineteen ninety-seven"
    year = *y;
    j = spelled_end;
  }
  // "June last year", "January this year": the year told relative to the DCT.
  const std::string* shift = year ? nullptr : c.Find(WordKind::kShift, j);
  if (shift && c.Is(j + 1, "year") && c.dct && (day || StandaloneMonth(c, month_at))) {
    year = c.dct->year + std::stoi(*shift);
    j += 2;
  }
  if (!day && !year && !StandaloneMonth(c, month_at)) return std::nullopt;
  const int m = std::stoi(*month);
  if (day && !Date::IsValid(year ? year : 2000, m, day)) return std::nullopt;
  *end = j;
  if (year_guessed != nullptr) *year_guessed = year == 0 && day != 0 && c.dct.has_value();
  return DateValue(c, i, year, m, day);
}

}  // namespace

std::optional<Match> NumericDate(const Context& c, size_t i) {
  const Word* a = c.at(i);
  if (!a || a->digits < 0 || !c.at(i + 4)) return std::nullopt;
  const Word& b = c.words[i + 2];
  const Word& d = c.words[i + 4];
  int year = 0, month = 0, day = 0;
  if (IsSep(c, i + 1, "-") && IsSep(c, i + 3, "-") && a->digit_count == 4) {
    year = a->digits, month = b.digits, day = d.digits;  // 2017-11-28
  } else if (IsSep(c, i + 1, "/") && IsSep(c, i + 3, "/") && a->digit_count <= 2 &&
             b.digit_count >= 1 && b.digit_count <= 2 && (d.digit_count == 2 || d.digit_count == 4)) {
    month = a->digits, day = b.digits, year = d.digits;  // 11/28/2017, 11/28/89
    if (d.digit_count == 2) year += year >= 50 ? 1900 : 2000;
  }
  if (!Date::IsValid(year, month, day) || b.digits < 0 || d.digits < 0) return std::nullopt;
  Match m{i + 5, TimexType::kDate, Date{year, month, day}.ToString()};
  m.written_year = true;
  // A clock time right after ("02/27/1998 07:56:00") makes it a TIME.
  if (std::optional<Match> t = ClockTime(c, i + 5); t && t->value.size() > 10) {
    m.end = t->end;
    m.type = TimexType::kTime;
    m.value += t->value.substr(t->value.find('T'));
  }
  return m;
}

std::optional<Match> MonthDate(const Context& c, size_t i) {
  size_t j = i;
  const std::string* mod = c.Find(WordKind::kModifier, j);
  if (mod) {  // "late November", "mid-November"
    ++j;
    if (IsSep(c, j, "-")) ++j;
  }
  size_t end = 0;
  bool guessed = false;
  std::optional<std::string> v = MonthDayYear(c, j, &end, &guessed);
  if (!v) return std::nullopt;
  Match m{end, TimexType::kDate, *v, mod ? *mod : ""};
  m.year_guessed = guessed;
  m.written_year = !guessed && m.value.size() == 10;
  return m;
}

std::optional<Match> WeekdayDate(const Context& c, size_t i) {
  size_t j = i;
  const std::string* shift = c.Find(WordKind::kShift, j);
  if (shift) ++j;
  const std::string* wd = c.Find(WordKind::kWeekday, j);
  if (!wd) return std::nullopt;
  const Word& w = c.words[j];
  if (!w.capitalised || (w.lower.size() <= 4 && !w.has_period && !c.Find(WordKind::kMonth, j + 1)))
    return std::nullopt;
  ++j;
  Match m{j, TimexType::kDate, ""};
  size_t k = c.Is(j, ",") ? j + 1 : j;
  size_t end = 0;
  if (std::optional<std::string> v = MonthDayYear(c, k, &end); v && v->size() == 10) {
    m.end = end;
    m.value = *v;
  } else if (c.dct) {
    const int weekday = std::stoi(*wd);
    Date d = ResolveWeekday(c, i, *c.dct, weekday);
    const int n = shift ? std::stoi(*shift) : 0;
    const int delta = weekday - c.dct->Weekday();
    // "last Thursday" is always the one before the DCT, "next Thursday" after.
    if (n < 0) d = c.dct->AddDays(delta >= 0 ? delta - 7 : delta);
    if (n > 0) d = c.dct->AddDays(delta <= 0 ? delta + 7 : delta);
    m.value = d.ToString();
  } else {
    m.value = "XXXX-WXX-" + *wd;
  }
  if (const std::string* part = c.Find(WordKind::kPartOfDay, m.end)) {  // "Wednesday night"
    m.value += "T" + *part;
    ++m.end;
  }
  return m;
}

std::optional<Match> YearDate(const Context& c, size_t i) {
  size_t j = i;
  // "early 1990", "the late 1990s", "mid-1990s"
  const bool the = c.Is(j, "the") && c.Find(WordKind::kModifier, j + 1);
  if (the) ++j;
  const std::string* mod = c.Find(WordKind::kModifier, j);
  bool prefixed = mod != nullptr;
  if (prefixed) {
    ++j;
    if (IsSep(c, j, "-")) ++j;
  }
  if (c.Find(WordKind::kYearPrefix, j)) {
    prefixed = true;
    ++j;
  } else if (!the && !mod && c.Is(j, "the") && c.Is(j + 1, "year")) {  // "the year 2000"
    prefixed = true;
    j += 2;
  }
  const Word* w = c.at(j);
  if (!w) return std::nullopt;
  if (size_t end = 0; std::optional<int> y = SpelledYear(c, j, &end)) {
    return Match{end, TimexType::kDate, Pad(*y, 4), mod ? *mod : ""};
  }
  // Decades: "1990s", "'90s".
  if (w->lower.size() == 5 && w->lower[4] == 's' && w->lower[3] == '0' &&
      w->lower.find_first_not_of("0123456789") == 4) {
    return Match{j + 1, TimexType::kDate, w->lower.substr(0, 3), mod ? *mod : ""};
  }
  if ((w->lower == "'" || w->lower == "’") && w->glued && c.at(j + 1) &&
      c.words[j + 1].lower.size() == 3 && c.words[j + 1].lower[1] == '0' &&
      c.words[j + 1].lower[2] == 's' && std::isdigit(static_cast<unsigned char>(c.words[j + 1].lower[0]))) {
    return Match{j + 2, TimexType::kDate, "19" + c.words[j + 1].lower.substr(0, 1)};
  }
  if (!IsYearNumber(w) || w->digits > 2099) return std::nullopt;
  // Before 1900 a bare number is a year only after a preposition: "built in 1875".
  if (w->digits < 1900 && !prefixed) {
    static constexpr std::string_view kBefore[] = {"in", "since", "until", "during", "before",
                                                   "after"};  // not "by", "of": counts
    bool after_preposition = false;
    for (std::string_view p : kBefore) after_preposition |= j > 0 && c.Is(j - 1, p);
    if (!after_preposition || w->digits < 1000) return std::nullopt;
  }
  if (!prefixed) {
    const Word* prev = j > 0 ? c.at(j - 1) : nullptr;
    const Word* next = c.at(j + 1);
    if (prev && (prev->lower == "no" || (prev->glued && IsJoiner(prev->lower)))) return std::nullopt;
    if (next && (next->lower == "percent" || (w->glued && IsJoiner(next->lower))))
      return std::nullopt;
  }
  return Match{j + 1, TimexType::kDate, Pad(w->digits, 4), mod ? *mod : ""};
}

namespace {

// The day of a holiday rule ("12-25", "11-4-4", "05-L-1") in `year`, or 0.
int HolidayDay(const std::string& rule, int year, int* month) {
  std::vector<std::string> parts;
  for (size_t b = 0, e; b <= rule.size(); b = e + 1) {
    e = rule.find('-', b);
    if (e == std::string::npos) e = rule.size();
    parts.push_back(rule.substr(b, e - b));
  }
  if (parts.size() < 2 || parts[0].empty() || parts[0].find_first_not_of("0123456789") != std::string::npos)
    return 0;
  *month = std::stoi(parts[0]);
  if (*month < 1 || *month > 12) return 0;
  if (parts.size() == 2) {
    const int day = parts[1].find_first_not_of("0123456789") == std::string::npos && !parts[1].empty()
                        ? std::stoi(parts[1]) : 0;
    return Date::IsValid(year, *month, day) ? day : 0;
  }
  if (parts.size() != 3 || parts[2].size() != 1 || parts[2][0] < '1' || parts[2][0] > '7') return 0;
  const int weekday = parts[2][0] - '0';
  const int first = (weekday - Date{year, *month, 1}.Weekday() + 7) % 7 + 1;  // first such day
  if (parts[1] == "L") {
    const int last_day = Date::DaysInMonth(year, *month);
    return first + (last_day - first) / 7 * 7;
  }
  if (parts[1].size() != 1 || parts[1][0] < '1' || parts[1][0] > '5') return 0;
  const int day = first + 7 * (parts[1][0] - '1');
  return day <= Date::DaysInMonth(year, *month) ? day : 0;
}

}  // namespace

std::optional<Match> HolidayDate(const Context& c, size_t i) {
  size_t end = i;
  const std::string* rule = c.LongestEntry(WordKind::kHoliday, i, &end);
  if (!rule || !c.words[i].capitalised) return std::nullopt;
  int year = 0;
  if (IsYearNumber(c.at(end))) year = c.words[end++].digits;
  int month = 0;
  if (!year && c.dct) {
    const int approx = HolidayDay(*rule, c.dct->year, &month);
    if (!approx) return std::nullopt;
    year = GuessYear(c, i, *c.dct, month, approx);
  }
  if (!year) {
    if (!HolidayDay(*rule, 2000, &month)) return std::nullopt;
    return Match{end, TimexType::kDate, "XXXX-" + Pad(month, 2)};
  }
  const int day = HolidayDay(*rule, year, &month);
  if (!day) return std::nullopt;
  return Match{end, TimexType::kDate, Date{year, month, day}.ToString()};
}

std::optional<Match> CenturyDate(const Context& c, size_t i) {
  // "the 20th century", "the nineteenth century" -> "19"
  size_t j = c.Is(i, "the") ? i + 1 : i;
  int n = DayAt(c, j);
  if (c.at(j) && c.words[j].digits >= 0) n = 0;  // "20 century" is not an ordinal
  if (!n) {
    const std::string* ord = c.Find(WordKind::kOrdinal, j);
    if (!ord) return std::nullopt;
    n = std::stoi(*ord);
  }
  if (!c.Is(j + 1, "century") || n < 1 || n > 30) return std::nullopt;
  return Match{j + 2, TimexType::kDate, Pad(n - 1, 2)};
}

std::optional<Match> PartOfDate(const Context& c, size_t i) {
  // "the end of 1989", "the middle of October", "the beginning of next year"
  if (!c.Is(i, "the") || !c.Find(WordKind::kModifier, i + 1) || !c.Is(i + 2, "of")) {
    return std::nullopt;
  }
  for (auto rule : {MonthDate, YearDate, QuarterDate, ShiftedDate, TheYear}) {
    if (std::optional<Match> m = rule(c, i + 3); m && m->end > i + 3) {
      m->mod = *c.Find(WordKind::kModifier, i + 1);
      return m;
    }
  }
  return std::nullopt;
}

std::optional<Match> QuarterDate(const Context& c, size_t i) {
  size_t j = c.Is(i, "the") ? i + 1 : i;
  // "the 1988 third quarter", "this year's first quarter", "last year's quarter"
  int given_year = 0;
  if (IsYearNumber(c.at(j)) && (c.Find(WordKind::kOrdinal, j + 1) || c.Is(j + 1, "quarter"))) {
    given_year = c.words[j++].digits;
  } else if (const std::string* shift = c.Find(WordKind::kShift, j);
             shift && c.Is(j + 1, "year") && (c.Is(j + 2, "'s") || c.Is(j + 2, "’s")) && c.dct) {
    given_year = c.dct->year + std::stoi(*shift);
    j += 3;
  }
  if (given_year && c.Is(j, "quarter")) {
    const std::string q = ShiftValue(c.dct, "Q", -1);
    return Match{j + 1, TimexType::kDate, Pad(given_year, 4) + (c.dct ? q.substr(4) : "-QX")};
  }
  const std::string* ord = c.Find(WordKind::kOrdinal, j);
  int n = 0;
  bool half = false;
  if (ord) {
    n = std::stoi(*ord);
    ++j;
    if (c.Is(j, "-")) {
      if (j > i + 1) return std::nullopt;  // "the third-quarter loss": the adjective only
      ++j;
    }
    half = c.Is(j, "half");
    if ((!c.Is(j, "quarter") && !half) || n > (half ? 2 : 4)) return std::nullopt;
  } else if (c.Is(i, "the") && (c.Is(j, "latest") || c.Is(j, "current") || c.Is(j, "quarter"))) {
    if (!c.Is(j, "quarter")) ++j;
    // "the latest period" in a results report is the latest quarter.
    if (!c.Is(j, "quarter") && !(c.Is(j - 1, "latest") && c.Is(j, "period"))) return std::nullopt;
    const int back = c.Is(j - 1, "current") ? 0 : -1;
    return Match{j + 1, TimexType::kDate, ShiftValue(c.dct, "Q", back)};
  } else {
    return std::nullopt;
  }
  ++j;
  int year = 0;
  size_t k = (c.Is(j, "of") || c.Is(j, "in")) ? j + 1 : j;
  if (c.Find(WordKind::kYearPrefix, k)) ++k;
  if (given_year) {
    year = given_year;
  } else if (k > j && IsYearNumber(c.at(k))) {
    year = c.words[k].digits;
    j = k + 1;
  } else if (c.dct) {
    const int current = half ? (c.dct->month + 5) / 6 : (c.dct->month + 2) / 3;
    year = n <= current ? c.dct->year : c.dct->year - 1;
  }
  const std::string y = year ? Pad(year, 4) : "XXXX";
  return Match{j, TimexType::kDate, y + (half ? "-H" : "-Q") + std::to_string(n)};
}

}  // namespace dossier::time::rules
