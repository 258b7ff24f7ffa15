#include "nlp/headline_case.h"

#include <vector>

#include "nlp/features.h"
#include "nlp/word_casing.h"

namespace dossier::nlp {
namespace {

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }

// A word of four or more ASCII letters: the words whose capital says
// something about the sentence ("of", "in", "a" keep or drop theirs by style).
bool LongWord(std::string_view w) {
  if (w.size() < 4) return false;
  for (unsigned char c : w) {
    if (!IsUpper(c) && !IsLower(c)) return false;
  }
  return true;
}

// The share bucket (0: < 2 %, 1: < 20 %, 2: < 50 %, 3: < 80 % …) and the
// frequency bucket (0: rare, 1: seen, 2: common) of a WordCasing class.
int ShareBucket(uint8_t cls) { return (cls - 1) / 3; }
int FrequencyBucket(uint8_t cls) { return (cls - 1) % 3; }

// Whether news writes the word in lower case more often than not (`most`:
// more than four times in five), having seen it at least three times.
bool UsuallyLower(uint8_t cls, bool most) {
  return cls != 0 && FrequencyBucket(cls) >= 1 && ShareBucket(cls) <= (most ? 1 : 2);
}

// Cheap test on the bytes: every long word after the first is capitalised,
// there are at least three, and most are not written in capitals.
bool LooksTitleCase(std::string_view text, const text::Segmentation& seg, const text::Sentence& sent) {
  int long_words = 0, all_caps = 0;
  for (uint32_t k = sent.token_begin + 1; k < sent.token_end; ++k) {
    const std::string_view w = seg.tokens[k].span().Of(text);
    if (!LongWord(w)) continue;
    if (!IsUpper(static_cast<unsigned char>(w[0]))) return false;
    ++long_words;
    if (IsUpper(static_cast<unsigned char>(w[1]))) ++all_caps;
  }
  return long_words >= 3 && 2 * all_caps < long_words;
}

// Whether the sentence starting at byte `begin` opens a line that follows the
// start of the text, a blank line or a line ended by a sentence's final
// punctuation: a headline, not a line of a hard-wrapped paragraph ("the
// Organization of / Central Asian Cooperation and the Economic / ...").
bool StandsAlone(std::string_view text, uint32_t begin) {
  size_t k = begin;
  while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\r')) --k;
  if (k == 0) return true;
  if (text[k - 1] != '\n') return false;  // the sentence starts inside a line
  int newlines = 0;
  while (k > 0 && (text[k - 1] == '\n' || text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\r')) {
    newlines += text[k - 1] == '\n';
    --k;
  }
  if (k == 0 || newlines >= 2) return true;
  const unsigned char last = static_cast<unsigned char>(text[k - 1]);
  // Final punctuation, closing quotes and brackets ("\u201d" ends in 0x9D, "\u2019" in 0x99).
  return std::string_view(".!?:;\"')]").find(static_cast<char>(last)) != std::string_view::npos ||
         last == 0x9D || last == 0x99;
}

}  // namespace

std::string RestoreHeadlineCase(std::string_view text, const text::Segmentation& seg, const NerTagger& ner,
                                const KnownNameEnd& known_name_end) {
  std::string out;
  std::vector<WordInfo> words;
  std::vector<uint8_t> known;  // per word: inside a known name of two or more words
  for (const text::Sentence& sent : seg.sentences) {
    if (sent.token_end - sent.token_begin < 4 || !LooksTitleCase(text, seg, sent) ||
        !StandsAlone(text, sent.begin)) {
      continue;
    }
    const int n = static_cast<int>(sent.token_end - sent.token_begin);
    words.resize(n);
    for (int i = 0; i < n; ++i) words[i] = DescribeWord(seg.tokens[sent.token_begin + i].span().Of(text));
    ner.AddLexicon(words.data(), n);
    // Title case, not a list of names: two long words news writes in lower case.
    int common = 0;
    for (int i = 1; i < n; ++i) {
      const std::string_view w = seg.tokens[sent.token_begin + i].span().Of(text);
      if (LongWord(w) && UsuallyLower(words[i].casing, /*most=*/true)) ++common;
    }
    if (common < 2) continue;
    known.assign(n, 0);
    for (int i = 0; known_name_end && i < n;) {
      const uint32_t end = known_name_end(sent.token_begin + i, sent.token_end);
      if (end < sent.token_begin + i + 2) {
        ++i;
        continue;
      }
      for (; sent.token_begin + i < end; ++i) known[i] = 1;
    }
    const WordCasing& casing = ner.casing();
    for (int i = 1; i < n; ++i) {
      if (!(words[i].flags & kFlagTitle) || !UsuallyLower(words[i].casing, /*most=*/false) ||
          known[i]) {
        continue;
      }
      // "Supreme Court", "Khartoum International Airport": a pair news writes as a name.
      if ((i > 1 && casing.NamePair(words[i - 1].lower, words[i].lower)) ||
          (i + 1 < n && casing.NamePair(words[i].lower, words[i + 1].lower))) {
        continue;
      }
      if (out.empty()) out.assign(text);
      const uint32_t at = seg.tokens[sent.token_begin + i].begin;
      out[at] = static_cast<char>(out[at] - 'A' + 'a');
    }
  }
  return out;
}

}  // namespace dossier::nlp
