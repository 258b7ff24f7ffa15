#include "match/token_stats.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace dossier::match {

void TokenStats::Add(const NormalizedName& name) {
  ++names_;
  std::unordered_set<std::string_view> seen;
  for (const NameToken& t : name.tokens) {
    if (seen.insert(t.text).second) ++df_[t.text];
  }
}

uint32_t TokenStats::DocumentFrequency(const std::string& text) const {
  auto it = df_.find(text);
  return it == df_.end() ? 0 : it->second;
}

double TokenStats::Weight(const NameToken& t) const {
  switch (t.kind) {
    case TokenKind::kParticle: return 0.25;
    case TokenKind::kLegalForm: return 0.3;
    case TokenKind::kInitial: return 0.4;
    case TokenKind::kNumber: return 1.0;
    case TokenKind::kName: break;
  }
  if (names_ < 1000) return 1.0;
  // Smoothed IDF scaled so that a token in one name of 40,000 weighs ~1.6 and
  // one in every 20th name weighs ~0.5; unseen tokens count as rare.
  const double df = DocumentFrequency(t.text);
  const double idf = std::log((names_ + 1.0) / (df + 1.0));
  return std::clamp(idf / 6.5, 0.45, 1.6);
}

}  // namespace dossier::match
