// Document-date inference: the creation date of an undated document, from its
// text. Two sources, tried in order:
//
// 1. "dateline": a date with its year standing where a dateline stands, in
//    the first kLeadLines non-empty lines (and kLeadBytes bytes) — on a short
//    line (at most kShortLine bytes), within kDatelineOffset bytes of its line
//    start, or after a marker word ("published", "updated", "dated", ...).
//    "TEHRAN, Nov. 29, 2017 (Reuters) -", "Published 2017-11-29 09:00".
// 2. "inferred": weekday–date agreement. "Tuesday, November 28" without a
//    year fixes the year to the first one where November 28 is a Tuesday, not
//    before the latest year the text mentions. The latest of these dates is
//    the document date: news reports what happened, rarely what will.
//
// Nothing else dates a document. A yearless dateline ("TEHRAN, Nov. 30
// (Reuters) -") without a weekday, the latest date or year the prose names,
// or a weekday in a text that names no year would be guesses: on the TimeBank
// and AQUAINT documents (dossier eval time) such guesses had the right year
// in 8 of 100 documents and the right day in none. The expressions stay
// unanchored ("XXXX-11-30") instead.
//
// Dates in running prose never make a dateline, and relative expressions
// ("yesterday") never date a document.
//
// Example:
//   if (auto d = time::InferDocumentDate(*tagger, text, seg.tokens)) use(d->date, d->source);
//
// Thread-safety: pure function over an immutable tagger.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/segmenter.h"
#include "time/date.h"
#include "time/time_tagger.h"

namespace dossier::time {

inline constexpr size_t kLeadBytes = 600;
inline constexpr int kLeadLines = 5;
inline constexpr size_t kShortLine = 100;
inline constexpr size_t kDatelineOffset = 40;

struct InferredDate {
  Date date;
  std::string source;  // "dateline" or "inferred"
};

// With `latest_year`, also sets the latest year from 1900 to 2100 the text
// writes out (0 when none): no document date, but a hint of the era the text
// is from (DocumentTime::era).
std::optional<InferredDate> InferDocumentDate(const TimeTagger& tagger, std::string_view text,
                                              const std::vector<text::Token>& tokens, int* latest_year = nullptr);

}  // namespace dossier::time
