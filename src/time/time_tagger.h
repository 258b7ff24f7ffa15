// TimeTagger: finds temporal expressions (TimeML TIMEX3) in text, normalises
// them against a reference date, and settles the document's own date.
//
//   "Tuesday, November 28"  DATE      2017-11-28   (reference 2017-11-29)
//   "last week"             DATE      2017-W47
//   "two years ago"         DATE      2015
//   "mid-October"           DATE      2017-10      mod MID
//   "the past nine months"  DURATION  P9M
//   "5 p.m. Friday"         TIME      2017-11-24T17:00
//   "daily"                 SET       P1D
//   "now"                   DATE      PRESENT_REF
//
// Values follow the TimeML / TempEval-3 conventions: "recent years" is
// PAST_REF and "the near future" FUTURE_REF; in "three days later" only "three
// days" is the timex (a DURATION; "later", "before", "after" are signals),
// while "two years ago" and "a year earlier" are DATEs; "the year" in a report
// is the DCT's year, "the year ended Sept. 30" a P1Y duration; anaphors ("that
// year", "the following month", "later that day") and bare clock times resolve
// against the latest date the text gave; halves go to the next unit
// ("2 1/2 years" P2Y6M); years may be spelled ("nineteen ninety-six").
//
// Rules are code (a longest-match grammar over tokens, rules.h); words are data
// (data/time/lexicon.tsv: names, numbers, units, holidays, modifiers, tense
// cues; see lexicon.h). The reference date is the metadata date when given,
// else a dateline in the lead ("TEHRAN, Nov. 29, 2017 (Reuters) -"), else one
// inferred from the text (document_date.h). Without any, relative expressions
// still get a type and span, and TimeML's X placeholders ("XXXX-WXX-5").
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto tagger, time::TimeTagger::Load(base::ProjectHome()));
//   text::Segmentation seg = text::Segment(doc.text);
//   time::DocumentTime dt = tagger->Analyze(doc.text, seg, doc.date);
//   record.date = dt.date; record.date_source = dt.date_source;
//   for (const time::Timex& t : dt.timexes) { ... t.span.Of(doc.text), t.type, t.value ... }
//
// Spans are half-open byte ranges into the text, on token boundaries; they
// never overlap and come in text order.
// Thread-safety: a loaded tagger is immutable; Analyze and Tag may be called
// from many threads at once.
// Errors: Load fails (IoError / InvalidArgument with FILE:LINE) when the tables
// cannot be read or are malformed. Analyze and Tag never fail: text they do not
// understand yields fewer timexes; a malformed metadata date is ignored.
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

struct Timex {
  base::Span span;    // byte offsets into the text, on token boundaries
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;  // TimeML value: 2017-11-28, 2017-08, 2016, 2017-W48, P1Y, PRESENT_REF, XXXX-10
  std::string mod;    // TimeML mod (START, MID, END, APPROX, ...) or empty
};

struct DocumentTime {
  std::string date;         // YYYY-MM-DD reference date used, or empty
  std::string date_source;  // "metadata" | "dateline" | "inferred" | "none"
  // Without a date: 31 December of the latest year the text writes out, or
  // empty. Good enough to tell who held an office then ("President Bush" in a
  // text about 1965 is no Bush), never a reference for relative dates.
  std::string era;
  std::vector<Timex> timexes;
};

enum class TimexType { kDate, kTime, kDuration, kSet };
// "DATE", "TIME", "DURATION", "SET" and back (nullopt for anything else).
const char* TimexTypeName(TimexType type);
std::optional<TimexType> ParseTimexType(std::string_view name);

class TimeTagger {
 public:
  // Loads the tables from `home`/data/time (home: the project root).
  static base::Result<std::unique_ptr<TimeTagger>> Load(const std::string& home);
  // Takes an already-loaded lexicon.
  static std::unique_ptr<TimeTagger> Create(std::unique_ptr<const Lexicon> lexicon);

  // Finds and normalises every temporal expression. `metadata_date` is the
  // document date from metadata (YYYY-MM-DD) or empty; without one the date is
  // taken from a dateline or inferred from the text.
  DocumentTime Analyze(std::string_view text, const text::Segmentation& seg,
                       const std::string& metadata_date) const;

  // The lower level: tags `text` (tokens from text::Tokenize) against `reference`.
  std::vector<Timex> Tag(std::string_view text, const std::vector<text::Token>& tokens,
                         std::optional<Date> reference) const;
  // Tokenises `text` first.
  std::vector<Timex> Tag(std::string_view text, std::optional<Date> reference) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  explicit TimeTagger(std::unique_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
  std::unique_ptr<const Lexicon> lexicon_;
};

}  // namespace dossier::time
