#include "match/similarity.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace dossier::match {

double JaroWinkler(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty() ? 1.0 : 0.0;
  if (a == b) return 1.0;
  const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  const int window = std::max(0, std::max(la, lb) / 2 - 1);
  // Names are short; 64 covers every real token, longer ones fall back to heap.
  bool ma_small[64] = {}, mb_small[64] = {};
  std::vector<bool> ma_big, mb_big;
  auto ma = [&](int i) -> bool { return la <= 64 ? ma_small[i] : static_cast<bool>(ma_big[i]); };
  auto mb = [&](int i) -> bool { return lb <= 64 ? mb_small[i] : static_cast<bool>(mb_big[i]); };
  auto set_a = [&](int i) { if (la <= 64) ma_small[i] = true; else ma_big[i] = true; };
  auto set_b = [&](int i) { if (lb <= 64) mb_small[i] = true; else mb_big[i] = true; };
  if (la > 64) ma_big.assign(la, false);
  if (lb > 64) mb_big.assign(lb, false);
  int matches = 0;
  for (int i = 0; i < la; ++i) {
    const int lo = std::max(0, i - window), hi = std::min(lb - 1, i + window);
    for (int j = lo; j <= hi; ++j) {
      if (!mb(j) && a[i] == b[j]) {
        set_a(i);
        set_b(j);
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;
  int transpositions = 0;
  for (int i = 0, j = 0; i < la; ++i) {
    if (!ma(i)) continue;
    while (!mb(j)) ++j;
    if (a[i] != b[j]) ++transpositions;
    ++j;
  }
  const double m = matches;
  const double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
  int prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix]) ++prefix;
  return jaro + prefix * 0.1 * (1.0 - jaro);
}

int Levenshtein(std::string_view a, std::string_view b, int limit) {
  const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  if (std::abs(la - lb) > limit) return limit + 1;
  // Optimal string alignment distance with three rolling rows (on the stack
  // for the short strings names are made of).
  int small[3][65];
  std::vector<int> big;
  int* prev2 = small[0];
  int* prev = small[1];
  int* cur = small[2];
  if (lb > 64) {
    big.assign(3 * (lb + 1), 0);
    prev2 = big.data();
    prev = prev2 + lb + 1;
    cur = prev + lb + 1;
  }
  for (int j = 0; j <= lb; ++j) prev[j] = j;
  for (int i = 1; i <= la; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= lb; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      }
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    int* old = prev2;
    prev2 = prev;
    prev = cur;
    cur = old;
  }
  return std::min(prev[lb], limit + 1);
}

}  // namespace dossier::match
