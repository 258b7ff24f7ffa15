// TimeTagger: finds temporal expressions (TIMEX3) in text and normalises them to
// TimeML values against the document creation date (DCT).
//
//   "Tuesday, November 28"  DATE      2017-11-28   (DCT 2017-11-29)
//   "last week"             DATE      2017-W47
//   "two years ago"         DATE      2015
//   "the past nine months"  DURATION  P9M
//   "5 p.m. Friday"         TIME      2017-11-24T17:00
//   "daily"                 SET       P1D
//   "now"                   DATE      PRESENT_REF
//
// Rules are code (a longest-match grammar over tokens, rules.h); words are data
// (data/time/lexicon.tsv, see lexicon.h). Without a DCT, relative expressions
// still get a type and span and their value uses TimeML's X placeholders
// ("XXXX-XX-XX", "XXXX-WXX-5"); explicit dates are unaffected.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto tagger, time::TimeTagger::Load());
//   auto dct = time::Date::Parse("2017-11-29");
//   for (const time::Timex& t : tagger->Tag(text, tokens, *dct)) { ... t.span.Of(text) ... }
//
// Spans are half-open byte ranges into `text`, on token boundaries, and never
// overlap; results are in text order.
// Thread-safety: a loaded tagger is immutable; Tag may be called from many
// threads at once.
// Errors: Load fails (IoError / InvalidArgument with FILE:LINE) when the lexicon
// cannot be read or is malformed. Tag never fails: unparseable text yields
// fewer timexes.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "base/status.h"
#include "text/segmenter.h"
#include "time/date.h"
#include "time/lexicon.h"

namespace dossier::time {

enum class TimexType { kDate, kTime, kDuration, kSet };

// "DATE", "TIME", "DURATION", "SET".
const char* TimexTypeName(TimexType type);

struct Timex {
  base::Span span;
  TimexType type = TimexType::kDate;
  std::string value;  // TimeML value
};

class TimeTagger {
 public:
  // Loads the lexicon at `lexicon_path` (default: Lexicon::DefaultPath()).
  static base::Result<std::unique_ptr<TimeTagger>> Load(
      const std::string& lexicon_path = Lexicon::DefaultPath());
  // Takes an already-loaded lexicon.
  static std::unique_ptr<TimeTagger> Create(std::unique_ptr<const Lexicon> lexicon);

  // Tags `text`, whose tokens (text::Tokenize) are given.
  std::vector<Timex> Tag(std::string_view text, const std::vector<text::Token>& tokens,
                         std::optional<Date> dct) const;
  // Tokenises `text` first.
  std::vector<Timex> Tag(std::string_view text, std::optional<Date> dct) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  explicit TimeTagger(std::unique_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
  std::unique_ptr<const Lexicon> lexicon_;
};

}  // namespace dossier::time
