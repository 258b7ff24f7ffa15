// UTF-8 validation, decoding and character classes over byte offsets.
//
// Dossier keeps every text as the original UTF-8 bytes and every span as a
// half-open byte range [begin, end) into them. These helpers walk those bytes
// code point by code point without copying; character classes come from ICU.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dossier::base {

// Byte offset of the first byte that is not part of a well-formed UTF-8
// sequence (overlongs, surrogates and values above U+10FFFF are ill-formed),
// or nullopt when `s` is valid UTF-8.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// 1-based line number of byte `offset` in `s` (counts '\n' before it).
size_t LineOfOffset(std::string_view s, size_t offset);

// Decodes the code point starting at s[i] and sets *len to its byte length.
// Precondition: s is valid UTF-8 and i < s.size(). Returns U+FFFD on garbage
// (with *len = 1) so callers never loop forever.
char32_t DecodeUtf8(std::string_view s, size_t i, int* len);

// Byte offset of the start of the code point that ends just before `i`.
size_t PrevCodePointStart(std::string_view s, size_t i);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// Character classes (ICU properties).
bool IsLetter(char32_t cp);
bool IsUpper(char32_t cp);        // uppercase or titlecase letter
bool IsLower(char32_t cp);
bool IsDigit(char32_t cp);        // decimal digit in any script
bool IsSpace(char32_t cp);        // white space incl. no-break spaces
bool IsPunct(char32_t cp);        // punctuation or symbol
bool IsDash(char32_t cp);         // - ‐ ‑ ‒ – — ―
// Whether the word is one dash character and nothing else.
bool IsDashWord(std::string_view w);
bool IsApostrophe(char32_t cp);   // ' ’ ʼ
bool IsQuote(char32_t cp);        // " “ ” „ « » ‘ ’ '
bool IsCurrency(char32_t cp);     // $ € £ ¥ ₹ … (ICU currency symbols)

// Whether `s` holds a letter ("kr", "US"; not "14.3", "$" or "(").
bool HasLetter(std::string_view s);
// Whether the token `s` is a single currency symbol ("$", "€").
bool IsCurrencySign(std::string_view s);
// Whether the token `s` is the possessive clitic: "'s" with any apostrophe ("’s").
bool IsPossessiveClitic(std::string_view s);

// Whether every byte of `s` is ASCII.
inline bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (c & 0x80) return false;
  }
  return true;
}

// Lowercases `s` with full Unicode case folding (ICU), for lookup keys.
std::string FoldCase(std::string_view s);
// The accents of Latin letters removed (ICU canonical decomposition without
// its non-spacing marks) and the Latin letters that do not decompose written
// in ASCII (ø, ł, đ, ð, ß, æ, œ, þ, ı), case kept: "Zürich", "Łódź" ->
// "Zurich", "Lodz". Other scripts pass through.
std::string StripAccents(std::string_view s);
// FoldCase of StripAccents: "İstanbul", "Hà Nội", "Łódź" -> "istanbul",
// "ha noi", "lodz". For keys that should match a name however its accents
// are written.
std::string FoldAccents(std::string_view s);

}  // namespace dossier::base
