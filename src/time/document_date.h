// Document-date inference: the creation date of an undated document, from its
// text. Two sources, tried in order:
//
// 1. "dateline": a date standing where a dateline stands, in the first
//    kLeadLines non-empty lines (and kLeadBytes bytes) — on a short line (at
//    most kShortLine bytes), within kDatelineOffset bytes of its line start, or
//    after a marker word ("published", "updated", "dated", ...). "TEHRAN,
//    Nov. 29, 2017 (Reuters) -", "Published 2017-11-29 09:00". A dateline
//    without its year ("TEHRAN, Nov. 30 (Reuters) -") takes the year the rest
//    of the text implies (as in 2).
// 2. "inferred": from the whole text.
//    a. Weekday–date agreement: "Tuesday, November 28" without a year fixes the
//       year to one where November 28 is a Tuesday — the first such year not
//       before the latest year the text mentions (or, with none, the latest
//       such year not after the current year). The latest of these dates is
//       the document date: news reports what happened, rarely what will.
//    b. Otherwise the latest complete date written with its year.
//    c. Otherwise the latest year the text mentions, as its 31 December.
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

std::optional<InferredDate> InferDocumentDate(const TimeTagger& tagger, std::string_view text,
                                              const std::vector<text::Token>& tokens);

}  // namespace dossier::time
