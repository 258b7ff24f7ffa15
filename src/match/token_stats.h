// TokenStats: how common each name token is in a collection of names, turned
// into a weight (rare tokens weigh more than common ones, IDF-style).
//
// Example:
//   TokenStats stats;
//   for (const NormalizedName& n : names) stats.Add(n);
//   double w = stats.Weight(token);  // "kim" < "musavi"
//
// Without data (no names added) every name token weighs 1. Particles, legal
// forms and initials always weigh little.
// Thread-safety: Add is not thread-safe; Weight is const and safe once built.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "match/normalizer.h"

namespace dossier::match {

class TokenStats {
 public:
  void Add(const NormalizedName& name);
  double Weight(const NameToken& token) const;
  // Number of names holding `text` (0 when unseen).
  uint32_t DocumentFrequency(const std::string& text) const;
  size_t names() const { return names_; }

 private:
  std::unordered_map<std::string, uint32_t> df_;
  size_t names_ = 0;
};

}  // namespace dossier::match
