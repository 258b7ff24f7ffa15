// Span: a half-open byte range [begin, end) into a document's original bytes.
// Every offset Dossier reports — tokens, sentences, mentions, events — is one.
#pragma once

#include <cstdint>
#include <string_view>

namespace dossier::base {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace dossier::base
