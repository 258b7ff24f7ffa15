// Hashed features for the linear models: per-word attributes hashed once per
// token (WordInfo), and cheap mixing of template ids with those hashes.
//
// Example:
//   WordInfo w = DescribeWord("Tehran");
//   uint64_t f = Feat(kTmplSuffix3, w.suf3);  // never 0
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dossier::nlp {

// Taggers work on at most this many words at once (longer inputs are chunked).
inline constexpr int kMaxSentenceWords = 256;

// A 64-bit mix (splitmix64 finaliser); the result is never 0 (0 marks empty
// slots in LinearModel).
inline uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t x = a * 0x9e3779b97f4a7c15ULL ^ (b + 0x632be59bd9b4e019ULL);
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ULL;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dULL;
  x ^= x >> 33;
  return x | 1;
}
inline uint64_t Feat(uint64_t tmpl, uint64_t a) { return Mix(tmpl, a); }
inline uint64_t Feat(uint64_t tmpl, uint64_t a, uint64_t b) { return Mix(Mix(tmpl, a), b); }
inline uint64_t Feat(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
  return Mix(Mix(Mix(tmpl, a), b), c);
}

// Hash of a string, for words and affixes.
uint64_t HashString(std::string_view s);

enum WordFlag : uint32_t {
  kFlagTitle = 1,       // first letter upper, rest lower: "Tehran"
  kFlagAllCaps = 2,     // letters all upper, at least 2: "NATO"
  kFlagHasDigit = 4,
  kFlagHasHyphen = 8,
  kFlagHasPeriod = 16,
  kFlagAllDigits = 32,
  kFlagFirstUpper = 64,
  kFlagPunct = 128,     // no letter or digit at all
};

// Attributes of one word, each hashed (0 where absent).
struct WordInfo {
  uint64_t form = 0;    // exact bytes
  uint64_t lower = 0;   // ASCII-lowercased; digits mapped to 0
  uint64_t folded = 0;  // `lower` of the word without Latin accents, in any case ("Héctor",
                        // "HÉCTOR" -> "hector"); equal to `lower` for ASCII words
  uint64_t pre1 = 0, pre2 = 0, pre3 = 0;
  uint64_t suf1 = 0, suf2 = 0, suf3 = 0, suf4 = 0;
  uint64_t shape = 0;   // Xxxx / dd.dd, runs cut at 4
  uint64_t short_shape = 0;  // Xx / d.d, runs collapsed
  uint64_t cluster = 0; // word cluster id hash (0 when unknown)
  uint64_t coarse = 0;  // coarse cluster id hash (0 when unknown)
  uint32_t gaz = 0;     // gazetteer position bits (see gazetteer.h)
  uint8_t casing = 0;   // usual capitalisation class (see word_casing.h; 0 = unknown)
  uint64_t amb = 0;     // ambiguity class: hash of the tags seen with the word (0 = unseen)
  uint32_t flags = 0;
  uint32_t length = 0;  // bytes
  bool glued = false;   // no space before the word (set where the text is known)
};

WordInfo DescribeWord(std::string_view word);
// The words of a phrase ("Vice President"), tokenised as running text is.
std::vector<WordInfo> DescribePhrase(std::string_view phrase);

}  // namespace dossier::nlp
