// Years written in words ("nineteen ninety-six", "the year two thousand", as
// broadcast transcripts write them) and seasons ("the summer", "the early
// summer", "the winter of 1994", "summer 1989").
#include <cctype>
#include <string>

#include "time/rules.h"

namespace dossier::time::rules {
namespace {

// The month a season starts in (winter starts in December of its year).
int SeasonStartMonth(const std::string& code) {
  if (code == "SP") return 3;
  if (code == "SU") return 6;
  if (code == "FA") return 9;
  return 12;
}

// A unit word after a number makes it a count: "two thousand years".
bool CountFollows(const Context& c, size_t i) { return c.Find(WordKind::kUnit, i) != nullptr; }

}  // namespace

std::optional<int> SpelledYear(const Context& c, size_t i, size_t* end) {
  const std::string* century = c.Find(WordKind::kNumber, i);
  if (!century) return std::nullopt;
  const int first = std::stoi(*century);
  size_t j = i + 1;
  if (first == 2 && c.Is(j, "thousand")) {  // "two thousand", "two thousand and one"
    ++j;
    int year = 2000;
    size_t k = c.Is(j, "and") ? j + 1 : j;
    size_t after = k;
    if (const std::string* n = c.Find(WordKind::kNumber, k); n && std::stoi(*n) < 20) {
      year += std::stoi(*n);
      after = k + 1;
    }
    if (after > j) j = after;
    // "two thousand" is a year where a year is expected: after "the year" or a
    // month, or after "in"/"since"/"until" when no noun follows ("in two
    // thousand homes" counts homes).
    const bool named = i > 0 && (c.Is(i - 1, "year") || c.Find(WordKind::kMonth, i - 1));
    const bool preposition =
        i > 0 && (c.Is(i - 1, "in") || c.Is(i - 1, "since") || c.Is(i - 1, "until"));
    const Word* next = c.at(j);
    const bool noun_follows = next && std::islower(static_cast<unsigned char>(next->raw[0])) &&
                              next->lower != "and" && next->lower != "when";
    if (!(named || (preposition && !noun_follows)) || CountFollows(c, j)) return std::nullopt;
    *end = j;
    return year;
  }
  // "nineteen ninety-six": a century number 18..20, then a tens number
  // ("ten fifteen" is a clock time, "twelve hundred" a count).
  if (first < 18 || first > 20 || c.words[i].digits >= 0) return std::nullopt;
  const std::string* tens = c.Find(WordKind::kNumber, j);
  if (!tens || std::stoi(*tens) < 10 || std::stoi(*tens) > 99) return std::nullopt;
  int rest = std::stoi(*tens);
  ++j;
  if (rest >= 20 && rest % 10 == 0) {  // "ninety-six", "ninety six"
    const size_t k = c.Is(j, "-") ? j + 1 : j;
    if (const std::string* unit = c.Find(WordKind::kNumber, k); unit && std::stoi(*unit) < 10) {
      rest += std::stoi(*unit);
      j = k + 1;
    }
  }
  if (CountFollows(c, j)) return std::nullopt;
  *end = j;
  return first * 100 + rest;
}

std::optional<Match> SeasonDate(const Context& c, size_t i) {
  size_t j = c.Is(i, "the") ? i + 1 : i;
  const std::string* mod = c.Find(WordKind::kModifier, j);
  if (mod) ++j;
  const std::string* season = c.Find(WordKind::kSeason, j);
  if (!season) return std::nullopt;
  // "fall" is mostly the verb: only "the fall" or "fall 1989" name the season.
  const bool bare = j == i || (mod && j == i + 1);
  size_t end = j + 1;
  int year = 0;
  size_t k = c.Is(end, "of") ? end + 1 : end;
  size_t after = 0;
  if (const Word* w = c.at(k); w && w->digit_count == 4 && w->digits >= 1000) {
    year = w->digits;
    end = k + 1;
  } else if (std::optional<int> y = SpelledYear(c, k, &after)) {
    year = *y;
    end = after;
  }
  if (*season == "FA" && bare && !year && !c.words[j].capitalised) return std::nullopt;
  // A bare season names a time after a preposition ("in summer"), not as a
  // modifier ("a winter storm").
  static constexpr std::string_view kBefore[] = {"in", "during", "over", "since", "until",
                                                 "by", "through", "throughout", "before",
                                                 "after", "from", "till"};
  if (j == i && !year) {
    bool after_preposition = false;
    for (std::string_view p : kBefore) after_preposition |= i > 0 && c.Is(i - 1, p);
    if (!after_preposition) return std::nullopt;
  }
  // A capitalised season inside a sentence is a name ("``Spring of Life''").
  const bool sentence_start = j == 0 || c.Is(j - 1, ".") || c.Is(j - 1, "?") || c.Is(j - 1, "!");
  if (c.words[j].capitalised && !sentence_start && !year) return std::nullopt;
  if (!year && c.dct) {
    // The season as it last began before the DCT, or the next one in a future context.
    const bool begun = c.dct->month >= SeasonStartMonth(*season) || (*season == "WI" && c.dct->month <= 2);
    year = c.dct->year;
    if (*season == "WI" && c.dct->month <= 2) year = c.dct->year - 1;
    if (!begun && !FutureContext(c, i)) year = c.dct->year - 1;
  }
  const std::string y = year ? Pad(year, 4) : "XXXX";
  return Match{end, TimexType::kDate, y + "-" + *season, mod ? *mod : ""};
}

}  // namespace dossier::time::rules
