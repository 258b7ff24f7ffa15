#include "time/document_date.h"

namespace dossier::time {

std::optional<Date> InferDocumentDate(const TimeTagger& tagger, std::string_view text,
                                      const std::vector<text::Token>& tokens) {
  std::vector<text::Token> lead;
  for (const text::Token& t : tokens) {
    if (t.begin >= kLeadBytes) break;
    lead.push_back(t);
  }
  // Tagging without a DCT leaves every relative value with X placeholders, so a
  // parseable full date must have been written out in full.
  for (const Timex& t : tagger.Tag(text, lead, std::nullopt)) {
    if (t.type != TimexType::kDate && t.type != TimexType::kTime) continue;
    if (auto d = Date::Parse(t.value.substr(0, 10)); d.ok() && d->year >= 1900) return *d;
  }
  return std::nullopt;
}

}  // namespace dossier::time
