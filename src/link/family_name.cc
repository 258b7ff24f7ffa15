#include "link/family_name.h"

#include <string>
#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "text/segmenter.h"

namespace dossier::link {
namespace {

// The byte offset of the first dash in `w` and its length, or npos.
size_t DashIn(std::string_view w, int* len) {
  for (size_t i = 0; i < w.size(); i += *len) {
    if (base::IsDash(base::DecodeUtf8(w, i, len))) return i;
  }
  return std::string_view::npos;
}

bool AsciiLetters(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

}  // namespace

std::vector<std::string_view> NameWords(std::string_view name) {
  std::vector<std::string_view> words;
  std::vector<size_t> word_begin;
  const std::vector<text::Token> tokens = text::Tokenize(name);
  for (size_t k = 0; k < tokens.size(); ++k) {
    const std::string_view w = tokens[k].span().Of(name);
    const bool joins = !words.empty() && k + 1 < tokens.size() && base::IsDashWord(w) && tokens[k - 1].end == tokens[k].begin &&
                       tokens[k].end == tokens[k + 1].begin;
    if (joins) {
      const size_t end = tokens[k + 1].end;
      words.back() = name.substr(word_begin.back(), end - word_begin.back());
      ++k;
      continue;
    }
    word_begin.push_back(tokens[k].begin);
    words.push_back(w);
  }
  return words;
}

namespace {

bool Hyphenated(std::string_view w) {
  int len;
  return DashIn(w, &len) != std::string_view::npos;
}

// Whether `rest` (the words after a family name) reads as a romanised Chinese
// or Korean given name.
bool RomanisedGivenName(const std::vector<std::string_view>& rest, const Cues& cues) {
  if (rest.size() == 1) {
    const std::string_view w = rest[0];
    if (Hyphenated(w)) {
      // "Jae-in", "Ing-wen", "Ying-jeou": two short syllables.
      int len;
      const size_t dash = DashIn(w, &len);
      const std::string_view a = w.substr(0, dash), b = w.substr(dash + len);
      return AsciiLetters(a) && AsciiLetters(b) && a.size() <= 6 && b.size() <= 6;
    }
    return SplitsIntoSyllables(w, cues, 3);
  }
  if (rest.size() > 3) return false;
  // "Jong Un", "Hsien Loong", "Song Thaek": short capitalised words.
  for (std::string_view w : rest) {
    if (!AsciiLetters(w) || w.size() > 5 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  }
  return true;
}

}  // namespace

bool SplitsIntoSyllables(std::string_view word, const Cues& cues, int max_syllables) {
  if (!AsciiLetters(word)) return false;
  const std::string w = base::AsciiLower(word);
  const int n = static_cast<int>(w.size());
  // fewest[i]: the fewest syllables that spell w[0, i); -1 when none do.
  std::vector<int> fewest(n + 1, -1);
  fewest[0] = 0;
  constexpr int kLongestInitial = 3, kLongestFinal = 5;
  for (int i = 0; i < n; ++i) {
    if (fewest[i] < 0) continue;
    for (int a = 0; a <= kLongestInitial && i + a <= n; ++a) {
      if (a > 0 && !cues.Has(CueKind::kSyllableInitial, std::string_view(w).substr(i, a))) continue;
      for (int b = 1; b <= kLongestFinal && i + a + b <= n; ++b) {
        if (!cues.Has(CueKind::kSyllableFinal, std::string_view(w).substr(i + a, b))) continue;
        const int j = i + a + b;
        if (fewest[j] < 0 || fewest[i] + 1 < fewest[j]) fewest[j] = fewest[i] + 1;
      }
    }
  }
  return fewest[n] >= 0 && fewest[n] <= max_syllables;
}

namespace {

bool FamilyFirst(const std::vector<std::string_view>& words, const Cues& cues) {
  return words.size() >= 2 && cues.Has(CueKind::kFamilyFirst, words.front()) &&
         RomanisedGivenName(std::vector<std::string_view>(words.begin() + 1, words.end()), cues);
}

}  // namespace

bool FamilyNameFirst(std::string_view name, const Cues& cues) { return FamilyFirst(NameWords(name), cues); }

std::string_view FamilyName(std::string_view name, const Cues& cues) {
  std::vector<std::string_view> words = NameWords(name);
  // "Ferdinand Marcos Jr." is called Marcos ("Jr" and its full stop may be
  // two tokens).
  if (!words.empty() && words.back() == ".") words.pop_back();
  if (words.size() >= 2 && (cues.Has(CueKind::kNameSuffix, words.back()) ||
                           cues.Has(CueKind::kNameSuffix, std::string(words.back()) + "."))) {
    words.pop_back();
  }
  if (words.size() < 2) return {};
  if (FamilyFirst(words, cues)) return words.front();
  // ("Daniel Koh Wei Jie", "Rebecca Tan Mei Ling": an English given name
  // before a family name written first and its romanised given name.)
  if (words.size() >= 3 && FamilyFirst(std::vector<std::string_view>(words.begin() + 1, words.end()), cues)) {
    return words[1];
  }
  return words.back();
}

}  // namespace dossier::link
