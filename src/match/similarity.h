// String similarity for name tokens: Jaro-Winkler and bounded Levenshtein.
//
// Both work on bytes; callers pass normalised ASCII tokens (see normalizer.h).
// Example:
//   JaroWinkler("scholz", "scholze")  // 0.97
//   Levenshtein("musavi", "mousavi")  // 1
// Thread-safety: pure functions.
#pragma once

#include <string_view>

namespace dossier::match {

// Jaro-Winkler similarity in [0,1] (prefix scale 0.1, up to 4 prefix chars).
double JaroWinkler(std::string_view a, std::string_view b);

// Edit distance (insert, delete, substitute, adjacent transposition), or
// `limit` + 1 as soon as the distance is known to exceed `limit`.
int Levenshtein(std::string_view a, std::string_view b, int limit = 1000);

}  // namespace dossier::match
