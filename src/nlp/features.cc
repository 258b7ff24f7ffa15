#include "nlp/features.h"

#include <algorithm>

#include "base/hash.h"
#include "base/utf8.h"
#include "text/segmenter.h"

namespace dossier::nlp {

uint64_t HashString(std::string_view s) { return base::Hash64(s, 0x5eed) | 1; }

WordInfo DescribeWord(std::string_view word) {
  WordInfo w;
  constexpr size_t kMax = 64;
  char lower[kMax];
  char shape[kMax];
  char short_shape[kMax];
  size_t n = std::min(word.size(), kMax);
  size_t sn = 0, ssn = 0;
  char last = 0;
  int run = 0;
  int letters = 0, uppers = 0, digits = 0;
  bool other_upper_after_first = false;
  bool ascii = true;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    char s;
    if (c >= 'A' && c <= 'Z') {
      lower[i] = static_cast<char>(c + 32);
      s = 'X';
      ++letters;
      ++uppers;
      if (i > 0) other_upper_after_first = true;
    } else if (c >= 'a' && c <= 'z') {
      lower[i] = static_cast<char>(c);
      s = 'x';
      ++letters;
    } else if (c >= '0' && c <= '9') {
      lower[i] = '0';
      s = 'd';
      ++digits;
    } else if (c >= 0x80) {
      ascii = false;
      lower[i] = static_cast<char>(c);
      s = (c >= 0xC0) ? 'u' : 0;  // one 'u' per non-ASCII character
      if (c >= 0xC0) ++letters;
    } else {
      lower[i] = static_cast<char>(c);
      s = static_cast<char>(c);
      if (c == '-') w.flags |= kFlagHasHyphen;
      if (c == '.') w.flags |= kFlagHasPeriod;
    }
    if (s == 0) continue;
    run = (s == last) ? run + 1 : 1;
    if (run <= 4) shape[sn++] = s;
    if (run == 1) short_shape[ssn++] = s;
    last = s;
  }
  std::string_view lw(lower, n);
  w.form = HashString(word);
  w.lower = HashString(lw);
  w.folded = w.lower;
  if (!ascii) {
    // Accents and case outside ASCII folded; digits mapped as in `lower`.
    std::string f = base::FoldAccents(word);
    for (char& c : f) {
      if (c >= '0' && c <= '9') c = '0';
    }
    w.folded = HashString(f);
  }
  w.length = static_cast<uint32_t>(word.size());
  auto pre = [&](size_t k) { return n >= k ? HashString(lw.substr(0, k)) : 0; };
  auto suf = [&](size_t k) { return n > k ? HashString(lw.substr(n - k)) : 0; };
  w.pre1 = pre(1);
  w.pre2 = pre(2);
  w.pre3 = pre(3);
  w.suf1 = suf(1);
  w.suf2 = suf(2);
  w.suf3 = suf(3);
  w.suf4 = suf(4);
  w.shape = HashString(std::string_view(shape, sn));
  w.short_shape = HashString(std::string_view(short_shape, ssn));
  if (digits > 0) w.flags |= kFlagHasDigit;
  if (digits > 0 && digits == static_cast<int>(n)) w.flags |= kFlagAllDigits;
  if (letters == 0 && digits == 0) w.flags |= kFlagPunct;
  if (n > 0 && word[0] >= 'A' && word[0] <= 'Z') {
    w.flags |= kFlagFirstUpper;
    if (!other_upper_after_first) w.flags |= kFlagTitle;
  }
  if (uppers >= 2 && uppers == letters) w.flags |= kFlagAllCaps;
  return w;
}

std::vector<WordInfo> DescribePhrase(std::string_view phrase) {
  std::vector<WordInfo> words;
  for (const text::Token& t : text::Tokenize(phrase)) {
    words.push_back(DescribeWord(phrase.substr(t.begin, t.end - t.begin)));
  }
  return words;
}

}  // namespace dossier::nlp
