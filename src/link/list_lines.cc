#include "link/list_lines.h"

#include <algorithm>

#include "base/utf8.h"

namespace dossier::link {
namespace {

// The length of a company's name from `from`: the line's words up to its
// first sentence's end, capitalised and ending in a legal form; 0 when the
// line holds none.
size_t CompanyNameAt(const Cues& cues, std::string_view text, size_t from) {
  size_t end = text.find('\n', from);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(from, end - from);
  if (const size_t stop = line.find(". "); stop != std::string_view::npos) line = line.substr(0, stop + 1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  std::string_view last;
  int words = 0;
  for (size_t k = 0; k < line.size();) {
    const size_t space = std::min(line.find(' ', k), line.size());
    const std::string_view w = line.substr(k, space - k);
    int len = 0;
    if (!w.empty() && !base::IsUpper(base::DecodeUtf8(w, 0, &len))) return 0;
    if (!w.empty()) ++words;
    last = w;
    k = space + 1;
  }
  if (words < 2) return 0;
  if (cues.Has(CueKind::kLegalForm, last)) return line.size();
  if (last.ends_with('.') && cues.Has(CueKind::kLegalForm, last.substr(0, last.size() - 1))) return line.size() - 1;
  return 0;
}

}  // namespace

size_t LineStart(std::string_view text, size_t at) {
  return at == 0 ? 0 : text.rfind('\n', at - 1) + 1;  // (npos + 1 is 0)
}

size_t AfterListMarker(std::string_view text, size_t line) {
  size_t k = line;
  while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k;
  if (k > line && k < text.size() && (text[k] == '.' || text[k] == ')')) {
    ++k;
  } else if (k == line && k < text.size() && (text[k] == '-' || text[k] == '*')) {
    ++k;
  } else if (k == line && text.substr(k).starts_with("\u2022")) {
    k += std::string_view("\u2022").size();
  } else {
    return line;
  }
  return k < text.size() && text[k] == ' ' ? k + 1 : line;
}

bool OnlyMarkerBefore(std::string_view text, size_t at, bool* marker) {
  bool seen = false;
  for (size_t c = LineStart(text, at); c < at; ++c) {
    if (std::string_view("0123456789.) -\t").find(text[c]) == std::string_view::npos) return false;
    seen = seen || (text[c] >= '0' && text[c] <= '9') || text[c] == '-';
  }
  if (marker != nullptr) *marker = seen;
  return true;
}

uint32_t CompanyLineEnd(const Cues& cues, std::string_view text, const text::Segmentation& seg, uint32_t token,
                        uint32_t limit) {
  const size_t at = seg.tokens[token].begin;
  const size_t line = LineStart(text, at);
  const size_t name_from = AfterListMarker(text, line);
  if (name_from != at) return token;
  const size_t length = CompanyNameAt(cues, text, at);
  if (length == 0) return token;
  bool listed = name_from != line;
  if (!listed && line >= 2) {
    // The line before, past blank ones.
    size_t end = line - 1;
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
    const size_t before = LineStart(text, end);
    listed = (end > before && text[end - 1] == ':') || CompanyNameAt(cues, text, AfterListMarker(text, before)) > 0;
  }
  if (!listed) return token;
  uint32_t end = token;
  while (end < limit && seg.tokens[end].end <= at + length) ++end;
  return end > token + 1 ? end : token;
}

}  // namespace dossier::link
