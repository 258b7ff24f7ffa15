#include "time/document_date.h"

#include "base/strings.h"

namespace dossier::time {
namespace {

struct Line {
  size_t begin, end;
};

std::vector<Line> LeadLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size() && pos < kLeadBytes && static_cast<int>(lines.size()) < kLeadLines) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (!base::Trim(text.substr(pos, nl - pos)).empty()) lines.push_back({pos, nl});
    pos = nl + 1;
  }
  return lines;
}

bool HasMarker(std::string_view before) {
  static constexpr std::string_view kMarkers[] = {"published", "updated", "posted", "dated",
                                                  "date:", "released"};
  const std::string lower = base::AsciiLower(before);
  for (std::string_view m : kMarkers) {
    if (lower.find(m) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::optional<Date> InferDocumentDate(const TimeTagger& tagger, std::string_view text,
                                      const std::vector<text::Token>& tokens) {
  const std::vector<Line> lines = LeadLines(text);
  if (lines.empty()) return std::nullopt;
  std::vector<text::Token> lead;
  for (const text::Token& t : tokens) {
    if (t.begin >= lines.back().end) break;
    lead.push_back(t);
  }
  // Tagging without a DCT leaves every relative value with X placeholders, so a
  // parseable full date must have been written out in full.
  for (const Timex& t : tagger.Tag(text, lead, std::nullopt)) {
    if (t.type != TimexType::kDate && t.type != TimexType::kTime) continue;
    auto d = Date::Parse(t.value.substr(0, 10));
    if (!d.ok() || d->year < 1900) continue;
    for (const Line& line : lines) {
      if (t.span.begin < line.begin || t.span.begin >= line.end) continue;
      const std::string_view trimmed = base::Trim(text.substr(line.begin, line.end - line.begin));
      if (trimmed.size() <= kShortLine || t.span.begin - line.begin <= kDatelineOffset ||
          HasMarker(text.substr(line.begin, t.span.begin - line.begin))) {
        return *d;
      }
    }
  }
  return std::nullopt;
}

}  // namespace dossier::time
