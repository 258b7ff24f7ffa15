// Value helpers: turning "unit shifted by n from the DCT" into TimeML values,
// the tense heuristic for bare weekdays, and the lexicon's phrases.
#include <cctype>
#include <cstdlib>

#include "time/rules.h"

namespace dossier::time::rules {
namespace {

int FloorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

bool IsSeason(const std::string& unit) {
  return unit == "SP" || unit == "SU" || unit == "FA" || unit == "WI";
}

}  // namespace

const std::string* Context::LongestEntry(WordKind kind, size_t i, size_t* end) const {
  if (i >= words.size() || !(words[i].opening_kinds >> static_cast<unsigned>(kind) & 1)) return nullptr;
  const std::string* value = nullptr;
  std::string phrase;
  for (size_t k = i; k < words.size() && k < i + 4; ++k) {
    if (k > i) phrase += ' ';
    phrase += words[k].lower;
    if (const std::string* v = lex.Find(kind, phrase)) {
      value = v;
      *end = k + 1;
    }
  }
  return value;
}

std::string ShiftValue(const std::optional<Date>& dct, const std::string& unit, int n) {
  if (!dct) {
    if (unit == "D") return "XXXX-XX-XX";
    if (unit == "W" || unit == "WE") return "XXXX-WXX";
    if (unit == "M") return "XXXX-XX";
    if (unit == "Q") return "XXXX-QX";
    if (unit == "DE") return "XXX";
    if (unit == "CE") return "XX";
    if (IsSeason(unit)) return "XXXX-" + unit;
    return "XXXX";
  }
  const Date& d = *dct;
  if (unit == "D") return d.AddDays(n).ToString();
  if (unit == "W") return d.AddDays(7 * n).IsoWeekValue();
  if (unit == "WE") return d.AddDays(7 * n).IsoWeekValue() + "-WE";
  if (unit == "M") return d.AddMonths(n).MonthValue();
  if (unit == "Q") return d.AddMonths(3 * n).QuarterValue();
  if (unit == "DE") return Pad(FloorDiv(d.year, 10) + n, 3);
  if (unit == "CE") return Pad(FloorDiv(d.year, 100) + n, 2);
  if (IsSeason(unit)) return Pad(d.year + n, 4) + "-" + unit;
  return Pad(d.year + n, 4);  // Y and anything coarser we do not model
}

int GuessYear(const Context& c, size_t i, const Date& dct, int month, int day) {
  // "by February", "until January": a deadline, ahead unless the past is cued.
  // ("through" is not: "this year through August" reports a past span.)
  const bool deadline = i > 0 && (c.Is(i - 1, "by") || c.Is(i - 1, "until") ||
                                  c.Is(i - 1, "till"));
  const bool future = FutureContext(c, i) || (deadline && Tense(c, i) == 0);
  // Past cues do not tighten the margin: they often govern a clause that
  // holds a future date ("said the dividend is payable Jan. 2").
  const int64_t margin = kFutureMarginDays;
  const int64_t now = dct.ToDays();
  for (int k = 0; k < 3; ++k) {
    const int y = future ? dct.year - 1 + k : dct.year + 1 - k;
    // A month counts from its first day (past) or to its last (future).
    const int d = day ? day : (future ? Date::DaysInMonth(y, month) : 1);
    if (!Date::IsValid(y, month, d)) continue;
    const int64_t when = Date{y, month, d}.ToDays();
    if (future ? when >= now - 7 : when <= now + margin) return y;
  }
  return dct.year;
}

namespace {

// +1 for a future cue, -1 for a past one, 0 for neither.
int Cue(const Context& c, size_t k) {
  if (c.Is(k, "next") && c.Is(k + 1, "to")) return 0;  // "next to the embassy"
  if (c.Find(WordKind::kFutureCue, k)) return 1;
  // A participle after "be" ("will be held", "to be announced") has no tense
  // of its own: the auxiliary before it decides.
  if (k > 0 && (c.Is(k - 1, "be") || c.Is(k - 1, "been") || c.Is(k - 1, "being"))) return 0;
  if (c.Find(WordKind::kPastCue, k)) return -1;
  const std::string& w = c.words[k].lower;
  // Past forms: "announced", "ratified"; not "succeed", "proceed", "need".
  // A capitalised word is a name ("United States", "Reed"), not a verb, and
  // "hundred" a number.
  if (w.size() >= 5 && w.ends_with("ed") && !w.ends_with("eed") && !c.Find(WordKind::kNumber, k) &&
      std::islower(static_cast<unsigned char>(c.words[k].raw[0]))) {
    return -1;
  }
  return 0;
}

bool Boundary(const Word& w) {
  return w.lower == "." || w.lower == ";" || w.lower == "?" || w.lower == "!";
}

}  // namespace

int Tense(const Context& c, size_t i) {
  for (size_t k = i, steps = 0; k > 0 && steps < 8; --k, ++steps) {
    if (Boundary(c.words[k - 1])) break;
    if (int cue = Cue(c, k - 1)) return cue;
  }
  // (Not past "to": "rallied … on Sunday to protest against government
  // plans to deploy missiles" tells a purpose, whose words have no say; nor
  // past "and" or "but": "had discussed it with X on Monday and would raise
  // it with Y" joins a clause of its own tense.)
  for (size_t k = i + 1, steps = 0; k < c.size() && steps < 6; ++k, ++steps) {
    if (Boundary(c.words[k]) || c.Is(k, "to") || c.Is(k, "and") || c.Is(k, "but")) break;
    if (int cue = Cue(c, k)) return cue;
  }
  // Failing both, the whole clause before: "will be named commander of the
  // shuttle for a mission in December".
  for (size_t k = i, steps = 0; k > 0 && steps < 24; --k, ++steps) {
    if (Boundary(c.words[k - 1])) break;
    if (int cue = Cue(c, k - 1)) return cue;
  }
  return 0;
}

Date ResolveWeekday(const Context& c, size_t i, const Date& dct, int weekday) {
  int delta = weekday - dct.Weekday();  // -6..6
  const int tense = Tense(c, i);
  if (tense > 0 || (tense == 0 && (delta == 1 || delta == -6))) {
    if (delta < 0) delta += 7;
  } else if (delta > 0) {
    delta -= 7;
  }
  return dct.AddDays(delta);
}

}  // namespace dossier::time::rules
