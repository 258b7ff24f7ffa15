// Document-date inference: the creation date of an undated document, read from
// a dateline in its text ("TEHRAN, Nov. 29, 2017 (Reuters) -", "Published
// 2017-11-29 09:00", a line "Tuesday, November 28, 2017").
//
// The rule favours precision, because a wrong date shifts every relative
// expression in the document: within the first kLeadLines non-empty lines (and
// the first kLeadBytes bytes), the first complete calendar date written with
// its year that stands where a dateline stands — on a short line (at most
// kShortLine bytes), within the first kDatelineOffset bytes of its line, or
// after a marker word such as "published", "updated" or "dated" on the same
// line. Dates in running prose ("debentures due March 1, 2011") and relative
// expressions ("yesterday") never date a document.
//
// Example:
//   std::optional<time::Date> dct = time::InferDocumentDate(*tagger, doc.text, seg.tokens);
//   annotation.date_source = dct ? "inferred" : "none";
//
// Thread-safety: pure function over an immutable tagger.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "text/segmenter.h"
#include "time/date.h"
#include "time/tagger.h"

namespace dossier::time {

inline constexpr size_t kLeadBytes = 600;
inline constexpr int kLeadLines = 5;
inline constexpr size_t kShortLine = 100;
inline constexpr size_t kDatelineOffset = 40;

std::optional<Date> InferDocumentDate(const TimeTagger& tagger, std::string_view text,
                                      const std::vector<text::Token>& tokens);

}  // namespace dossier::time
