// Tokenisation and sentence splitting with byte offsets into the original text.
//
// Tokens follow Universal Dependencies (English EWT) conventions, so models
// trained on UD corpora see the same units at run time:
//   - clitics split off: Iran’s -> Iran ’s; don't -> do n't; we’re -> we ’re
//   - hyphens between words are tokens of their own: Kim Yong-Nam -> Kim Yong - Nam,
//     80-ton -> 80 - ton, Then-CIA -> Then - CIA
//   - abbreviations keep their period: U.S., Corp., Gen.; initials too: John O. Brennan
//   - numbers keep separators: 2,000 and 3.5; URLs stay whole
// Sentences end at . ! ? … (plus closing quotes and brackets) before a capital,
// digit or opening quote; at blank lines; at line breaks before a capital (so
// headings and trailer lines such as "Source » ncr-iran" stand alone); after
// a wire dateline that opens a line ("SEOUL, Nov 29 (Reuters) -"); never
// after a title (Mr., Gen.) or an initial. Very long runs are cut at
// kMaxSentenceTokens so later stages stay linear.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace dossier::text {

struct Token {
  uint32_t begin = 0;  // byte offsets, half-open
  uint32_t end = 0;
  base::Span span() const { return {begin, end}; }
};

struct Sentence {
  uint32_t begin = 0;        // byte offsets, half-open
  uint32_t end = 0;
  uint32_t token_begin = 0;  // index range into Segmentation::tokens, half-open
  uint32_t token_end = 0;
  bool dateline = false;     // a wire dateline ("SEOUL, Nov 29 (Reuters) -")
  base::Span span() const { return {begin, end}; }
};

struct Segmentation {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

inline constexpr uint32_t kMaxSentenceTokens = 256;

std::vector<Token> Tokenize(std::string_view text);
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens);
Segmentation Segment(std::string_view text);

// True for abbreviations that keep their period ("Corp", "Gen", "Jan"); the
// argument is the word without the period. Exposed for tests.
bool IsAbbreviation(std::string_view word);

}  // namespace dossier::text
