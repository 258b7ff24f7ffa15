// Document-date inference: the creation date of an undated document, read from
// its text (datelines such as "TEHRAN, Nov. 29, 2017 —", "Published
// 2017-11-29", "Tuesday, November 28, 2017").
//
// The rule: the first timex in the document's lead (the first kLeadBytes bytes)
// whose value is a complete calendar date written with its year. Relative
// expressions ("yesterday") cannot date a document and are ignored.
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

std::optional<Date> InferDocumentDate(const TimeTagger& tagger, std::string_view text,
                                      const std::vector<text::Token>& tokens);

}  // namespace dossier::time
