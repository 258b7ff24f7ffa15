// Lexicon: the word tables behind temporal tagging (month and weekday names,
// number words, units, deictic words such as "yesterday"), read from
// data/time/lexicon.tsv so analysts can extend them without recompiling.
//
// File format: one entry per line, `kind<TAB>word<TAB>value`; '#' starts a
// comment line; blank lines are ignored. Words are lower case. A word may have
// several kinds ("second": ordinal 2 and unit S). See the file's header for the
// kinds and their values.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto lex, time::Lexicon::Load(path));
//   const std::string* m = lex->Find(time::WordKind::kMonth, "nov");  // "11"
//
// Thread-safety: immutable after Load; share one instance across threads.
// Errors: Load returns IoError when the file cannot be read and InvalidArgument
// ("FILE:LINE: ...") for a malformed line or an unknown kind.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/hash.h"
#include "base/status.h"

namespace dossier::time {

enum class WordKind {
  kMonth, kWeekday, kNumber, kOrdinal, kQuantity, kUnit, kSeason, kPartOfDay, kShift,
  kDirection, kDeictic, kSet, kSetQuantifier, kModifier, kClock, kMeridian, kTimezone,
  kYearPrefix, kHoliday, kPastCue, kFutureCue,
  kCount  // number of kinds; not a kind
};

class Lexicon {
 public:
  // Reads a lexicon file (see the format above).
  static base::Result<std::unique_ptr<Lexicon>> Load(const std::string& path);
  // Parses lexicon text; `origin` names it in error messages.
  static base::Result<std::unique_ptr<Lexicon>> Parse(std::string_view text,
                                                      const std::string& origin);
  // The default table: $DOSSIER_HOME (or the project root)/data/time/lexicon.tsv.
  static std::string DefaultPath();

  // The value of `word` (lower case) as `kind`, or nullptr.
  const std::string* Find(WordKind kind, std::string_view word) const;
  bool Has(WordKind kind, std::string_view word) const { return Find(kind, word) != nullptr; }
  // The kinds `word` (lower case) has, as a bit set (bit k = WordKind k): one
  // lookup per word lets the rules skip the tables a word is not in.
  uint32_t Kinds(std::string_view word) const;
  // The kinds with an entry that `word` is or opens (the words before one of
  // the entry's spaces: "the" and "the near" open "the near future"), as a bit
  // set like Kinds: the rules try a phrase only where an entry can start.
  uint32_t OpeningKinds(std::string_view word) const;
  size_t size() const;

 private:
  // Looks words up by string_view without allocating.
  using Table = std::unordered_map<std::string, std::string, base::StringHash, std::equal_to<>>;

  Lexicon() = default;
  std::array<Table, static_cast<size_t>(WordKind::kCount)> tables_;
  std::unordered_map<std::string, uint32_t, base::StringHash, std::equal_to<>> kinds_;
  std::unordered_map<std::string, uint32_t, base::StringHash, std::equal_to<>> opening_kinds_;
};

}  // namespace dossier::time
