// PhoneticKey: a deliberately coarse key for candidate generation. It lets
// transliteration variants (Mousavi / Musavi / Mosavi, Khalid / Halid) share
// a posting list; the scorer decides afterwards how close they really are.
#include <string>
#include <string_view>

#include "match/normalizer.h"

namespace dossier::match {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

}  // namespace

std::string PhoneticKey(std::string_view t) {
  std::string folded;
  folded.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    const char n = i + 1 < t.size() ? t[i + 1] : '\0';
    if (c == 'd' && n == 'z' && i + 2 < t.size() && t[i + 2] == 'h') {
      folded += 'j';  // dzh (Cyrillic romanisation) = j
      i += 2;
    } else if (c == 'd' && n == 'j') {
      folded += 'j';
      ++i;
    } else if (n == 'h' && (c == 'k' || c == 'g' || c == 't' || c == 'd' || c == 's' || c == 'z')) {
      folded += c == 'z' ? 's' : c;  // kh, gh, th, dh, sh, zh
      ++i;
    } else if (c == 'p' && n == 'h') {
      folded += 'f';
      ++i;
    } else if (c == 'c' && n == 'h') {
      folded += 'c';
      ++i;
    } else if (c == 'c' && n == 'k') {
      folded += 'k';
      ++i;
    } else if (c == 'q' || c == 'c') {
      folded += 'k';
    } else if (c == 'z') {
      folded += 's';
    } else if (c == 'w') {
      folded += 'v';
    } else if (c == 'h' && i > 0) {
      // silent h inside a word (Mohammed / Mohamed)
    } else {
      folded += c;
    }
  }
  std::string key;
  for (size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    if (i == 0) {
      key += IsVowel(c) && c != 'y' ? 'a' : c;
      continue;
    }
    if (IsVowel(c)) continue;
    if (key.back() != c) key += c;
  }
  return key;
}

}  // namespace dossier::match
