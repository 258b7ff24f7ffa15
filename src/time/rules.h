// Internal to the time module: the token view and the grammar rules behind
// TimeTagger. Each rule looks at the words from position `i` and, when it
// recognises an expression there, returns how far it reaches and its value.
// The tagger keeps the longest match at each position.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "time/date.h"
#include "time/lexicon.h"
#include "time/time_tagger.h"

namespace dossier::time::rules {

// One token as the rules see it.
struct Word {
  std::string_view raw;  // the token's bytes
  std::string lower;     // lower case; one trailing period dropped ("nov." -> "nov")
  bool has_period = false;  // the token ended in a period that was dropped
  bool capitalised = false;
  bool glued = false;       // no space between this token and the next
  int digits = -1;          // value of an all-digit token (up to 9 digits), else -1
  int digit_count = 0;
  uint32_t kinds = 0;       // Lexicon::Kinds(lower): the tables the word is in
  uint32_t opening_kinds = 0;  // Lexicon::OpeningKinds(lower): the tables with an entry it opens
  uint32_t begin = 0, end = 0;
};

struct Context {
  const Lexicon& lex;
  const std::vector<Word>& words;
  std::optional<Date> dct;

  size_t size() const { return words.size(); }
  const Word* at(size_t i) const { return i < words.size() ? &words[i] : nullptr; }
  // The lexicon value of word i as `kind`, or nullptr (also past the end).
  const std::string* Find(WordKind kind, size_t i) const {
    if (i >= words.size() || !(words[i].kinds >> static_cast<unsigned>(kind) & 1)) return nullptr;
    return lex.Find(kind, words[i].lower);
  }
  bool Is(size_t i, std::string_view lower) const {
    return i < words.size() && words[i].lower == lower;
  }
  // The value of the longest `kind` entry made of the words from i on (up to
  // four: "the near future", "new year 's day"), or nullptr; sets *end past it.
  const std::string* LongestEntry(WordKind kind, size_t i, size_t* end) const;
};

struct Match {
  size_t end = 0;  // one past the last word
  TimexType type = TimexType::kDate;
  std::string value;
  std::string mod;  // TimeML mod, or empty
  // "a year ago" with no quarter in its sentence: in a report about a quarter
  // named earlier it means that quarter a year before (the tagger decides).
  bool year_before_quarter = false;
  // The value is a period shifted by years from another ("a year ago" as
  // 1988-Q3): it never anchors a later "a year ago" itself.
  bool year_shifted = false;
  // "that year", "that same day", "that quarter": the unit (Y, M, D, Q) of the
  // latest such date the text gave, shifted by anaphor_shift units ("the
  // following year": Y, +1). The tagger decides; the value is the DCT's.
  // "T": a clock time with no date of its own, on the day the text last named.
  std::string anaphor;
  int anaphor_shift = 0;
  // "5 January" with no year: the year was guessed from the DCT (the tagger
  // may take the year of the full date the text gave just before).
  bool year_guessed = false;
  // A full date whose year the text writes ("2 January 2022", "11/28/2017").
  bool written_year = false;
};

// Numbers: digits, number words ("twenty four", "twenty-four"), quantities
// ("a", "several" -> -1 meaning X). Returns the value and sets *end.
std::optional<int> ParseNumber(const Context& c, size_t i, size_t* end, bool allow_quantity);

// Calendar dates (rules_date.cc).
std::optional<Match> NumericDate(const Context& c, size_t i);
std::optional<Match> MonthDate(const Context& c, size_t i);
std::optional<Match> WeekdayDate(const Context& c, size_t i);
std::optional<Match> YearDate(const Context& c, size_t i);
std::optional<Match> QuarterDate(const Context& c, size_t i);
std::optional<Match> PartOfDate(const Context& c, size_t i);
std::optional<Match> HolidayDate(const Context& c, size_t i);
std::optional<Match> CenturyDate(const Context& c, size_t i);

// Years in words and seasons (rules_season.cc).
// "nineteen ninety-six" -> 1996 (centuries eighteen to twenty); "two thousand"
// (after "the year", a month, or "in"/"since"/"until" with no noun after) ->
// 2000; never when a unit follows ("two thousand years"). Sets *end.
std::optional<int> SpelledYear(const Context& c, size_t i, size_t* end);
std::optional<Match> SeasonDate(const Context& c, size_t i);

// Dates relative to the DCT (rules_relative.cc).
std::optional<Match> DeicticDate(const Context& c, size_t i);
std::optional<Match> ShiftedDate(const Context& c, size_t i);
std::optional<Match> WeekendDate(const Context& c, size_t i);
std::optional<Match> AgoDate(const Context& c, size_t i);
std::optional<Match> YearAgoDate(const Context& c, size_t i);
std::optional<Match> TheYear(const Context& c, size_t i);
std::optional<Match> AnaphoricDate(const Context& c, size_t i);

// Clock times, durations and sets (rules_other.cc).
std::optional<Match> ClockTime(const Context& c, size_t i);
std::optional<Match> Duration(const Context& c, size_t i);
std::optional<Match> SetExpression(const Context& c, size_t i);

// Value helpers shared by the rules (rules_resolve.cc).
// The value of a date shifted by `n` units (Y, M, W, D, Q, DE, CE, WE, a season
// code) from the DCT, at the unit's granularity; X placeholders without a DCT.
std::string ShiftValue(const std::optional<Date>& dct, const std::string& unit, int n);
// The year to give a month (day 0) or month-day written without one, read at
// word i: in a future context (a future cue, or a deadline such as "by
// February" or "until May" with no past cue) the first year that puts it no more than a week
// before the DCT; otherwise (news mostly reports the past) the latest year that
// puts it no more than kFutureMarginDays after the DCT.
inline constexpr int kFutureMarginDays = 60;
int GuessYear(const Context& c, size_t i, const Date& dct, int month, int day);
// The tense around word i from the lexicon's cues: the nearest cue before it in
// its sentence (up to 8 words), else the nearest after (up to 6), else the
// nearest before it in its clause (up to 24): +1 future, -1 past, 0 unknown.
int Tense(const Context& c, size_t i);
inline bool FutureContext(const Context& c, size_t i) { return Tense(c, i) > 0; }
// The weekday `weekday` (1 = Monday) nearest the DCT in the direction the
// context suggests: future after a future cue, past after a past cue; with no
// cue, past, except the day after the DCT, which news names for tomorrow.
Date ResolveWeekday(const Context& c, size_t i, const Date& dct, int weekday);

}  // namespace dossier::time::rules
