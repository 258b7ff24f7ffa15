#include "nlp/truecase.h"

#include <algorithm>
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

// A word of ASCII capitals only ("IRAN", "A").
bool InCapitals(std::string_view w) {
  if (w.empty()) return false;
  for (unsigned char c : w) {
    if (!IsUpper(c)) return false;
  }
  return true;
}

enum class Style { kNone, kTitle, kCapitals, kLower };

// Cheap test on the bytes: in lower case when no letter is a capital and
// three words are long; else, when the long words after the first (three at
// least) are all capitalised, in capitals when four in five are written in
// capitals (the first word counted), in title case when fewer than half are.
Style SentenceStyle(std::string_view text, const text::Segmentation& seg, const text::Sentence& sent) {
  // In lower case: not one capital letter, and three long words.
  bool capital = false;
  int long_words = 0;
  for (uint32_t k = sent.token_begin; k < sent.token_end && !capital; ++k) {
    const std::string_view w = seg.tokens[k].span().Of(text);
    capital = std::any_of(w.begin(), w.end(), [](char c) { return IsUpper(static_cast<unsigned char>(c)); });
    long_words += LongWord(w);
  }
  if (!capital) return long_words >= 3 ? Style::kLower : Style::kNone;
  long_words = 0;
  int all_caps = 0;
  bool first_in_caps = false;
  for (uint32_t k = sent.token_begin; k < sent.token_end; ++k) {
    const std::string_view w = seg.tokens[k].span().Of(text);
    if (!LongWord(w)) continue;
    if (k == sent.token_begin) {
      first_in_caps = IsUpper(static_cast<unsigned char>(w[0])) && IsUpper(static_cast<unsigned char>(w[1]));
      continue;
    }
    if (!IsUpper(static_cast<unsigned char>(w[0]))) return Style::kNone;
    ++long_words;
    if (IsUpper(static_cast<unsigned char>(w[1]))) ++all_caps;
  }
  if (long_words < 3) return Style::kNone;
  if (5 * (all_caps + first_in_caps) >= 4 * (long_words + first_in_caps)) return Style::kCapitals;
  return 2 * all_caps < long_words ? Style::kTitle : Style::kNone;
}

// Writes the ASCII letters of out[begin, end) in lower case, the first in
// upper case when `capital`.
void WriteCase(std::string* out, uint32_t begin, uint32_t end, bool capital) {
  for (uint32_t k = begin; k < end; ++k) {
    if (IsUpper(static_cast<unsigned char>((*out)[k]))) (*out)[k] = static_cast<char>((*out)[k] - 'A' + 'a');
  }
  if (capital && begin < end && IsLower(static_cast<unsigned char>((*out)[begin]))) {
    (*out)[begin] = static_cast<char>((*out)[begin] - 'a' + 'A');
  }
}

// Whether `a` and `b` are the same ASCII text but for case.
bool SameLetters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    char x = a[k], y = b[k];
    if (IsUpper(static_cast<unsigned char>(x))) x = static_cast<char>(x - 'A' + 'a');
    if (IsUpper(static_cast<unsigned char>(y))) y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
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

std::string Truecase(std::string_view text, const text::Segmentation& seg, const NerTagger& ner,
                     const KnownNameAt& known_name_at) {
  std::string out;
  std::vector<WordInfo> words;
  std::vector<uint8_t> known;  // per word: written as a known name says
  const WordCasing& casing = ner.casing();
  // Sentences in lower case are read so only in a text written mostly in
  // lower case: elsewhere a sentence without a capital is one without a name.
  std::vector<Style> styles;
  styles.reserve(seg.sentences.size());
  int lower = 0, sentences = 0;
  for (const text::Sentence& sent : seg.sentences) {
    styles.push_back(SentenceStyle(text, seg, sent));
    lower += styles.back() == Style::kLower;
    sentences += styles.back() == Style::kLower || sent.token_end - sent.token_begin >= 4;
  }
  const bool read_lower = 2 * lower > sentences;
  bool after_capitals = false;  // the sentence before was restored from capitals
  for (size_t si = 0; si < seg.sentences.size(); ++si) {
    const text::Sentence& sent = seg.sentences[si];
    const bool follows_capitals = after_capitals;
    after_capitals = false;
    if (sent.token_end - sent.token_begin < 4) continue;
    const Style style = styles[si];
    // A headline stands alone on its line, a paragraph in capitals is read on
    // after its first sentence, text in lower case wherever it stands.
    const bool read = style == Style::kLower ? read_lower
                                             : StandsAlone(text, sent.begin) ||
                                                   (style == Style::kCapitals && follows_capitals);
    if (style == Style::kNone || !read) continue;
    after_capitals = style == Style::kCapitals;
    const int n = static_cast<int>(sent.token_end - sent.token_begin);
    auto token = [&](int i) { return seg.tokens[sent.token_begin + i]; };
    words.resize(n);
    for (int i = 0; i < n; ++i) words[i] = DescribeWord(token(i).span().Of(text));
    ner.AddLexicon(words.data(), n);
    if (style == Style::kTitle) {
      // Title case, not a list of names: two long words news writes in lower case.
      int common = 0;
      for (int i = 1; i < n; ++i) {
        if (LongWord(token(i).span().Of(text)) && UsuallyLower(words[i].casing, /*most=*/true)) ++common;
      }
      if (common < 2) continue;
    }
    if (out.empty()) out.assign(text);
    // Names the caller knows, written as it writes them where the letters agree.
    known.assign(n, 0);
    for (int i = 0; known_name_at && i < n;) {
      const KnownName name = known_name_at(sent.token_begin + i, sent.token_end);
      const int end = static_cast<int>(name.end - sent.token_begin);
      // An acronym alone: in capitals always ("US"); in lower case when it
      // is three or more letters and news does not write it in lower case
      // ("nato", not "who" or "us").
      // News does not write the word in lower case (unseen, or seen once or twice).
      const bool rare = words[i].casing == 0 || FrequencyBucket(words[i].casing) == 0;
      const bool acronym = name.acronym && end == i + 1 &&
                           (style == Style::kCapitals ||
                            (style == Style::kLower && token(i).end - token(i).begin >= 3 && rare));
      // In lower case, a one-word name the caller knows that news does not
      // write in lower case ("sochi", "erdogan").
      const bool one_word = style == Style::kLower && !name.acronym && end == i + 1 && rare;
      if (end < i + 2 && !acronym && !one_word) {
        ++i;
        continue;
      }
      const uint32_t b = token(i).begin, e = token(end - 1).end;
      if (SameLetters(name.surface, text.substr(b, e - b))) {
        out.replace(b, e - b, name.surface);
      } else if (style == Style::kCapitals || one_word) {
        for (int k = i; k < end; ++k) WriteCase(&out, token(k).begin, token(k).end, true);
      }
      for (; i < end; ++i) known[i] = 1;
    }
    for (int i = 0; i < n; ++i) {
      if (known[i]) continue;
      // "Supreme Court", "Khartoum International Airport": a pair news writes as a name.
      const bool pair = (i > 0 && casing.NamePair(words[i - 1].lower, words[i].lower)) ||
                        (i + 1 < n && casing.NamePair(words[i].lower, words[i + 1].lower));
      const std::string_view w = token(i).span().Of(text);
      if (style == Style::kTitle) {
        if (i == 0 || pair || !(words[i].flags & kFlagTitle) || !UsuallyLower(words[i].casing, /*most=*/false)) {
          continue;
        }
        WriteCase(&out, token(i).begin, token(i).end, false);
        continue;
      }
      if (style == Style::kLower) {
        // In lower case: a word news writes capitalised four times in five,
        // or in a name pair, takes its capital, and so does the first word
        // unless it is a single letter ("u").
        const bool name = words[i].casing != 0 && FrequencyBucket(words[i].casing) >= 1 &&
                          ShareBucket(words[i].casing) >= 4;
        if (name || pair || (i == 0 && w.size() >= 2)) WriteCase(&out, token(i).begin, token(i).end, true);
        continue;
      }
      // In capitals: a word news writes in lower case is lowered, a name keeps
      // its capital, an unknown word of four or more letters is read as a name
      // and a shorter one as an acronym; the first word starts with a capital.
      if (w == "'S" || w == "\u2019S") {
        WriteCase(&out, token(i).begin, token(i).end, false);
        continue;
      }
      if (!InCapitals(w)) continue;
      bool lower;
      if (words[i].casing != 0 && FrequencyBucket(words[i].casing) >= 1) {
        lower = !pair && ShareBucket(words[i].casing) <= 2;
      } else if (w.size() >= 4) {
        lower = false;
      } else {
        continue;
      }
      WriteCase(&out, token(i).begin, token(i).end, !lower || i == 0);
    }
  }
  return out;
}

}  // namespace dossier::nlp
