#include "base/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace dossier::base {

namespace {

// True when the eight bytes at p are all ASCII.
bool EightAscii(const unsigned char* p) {
  uint64_t bytes;
  std::memcpy(&bytes, p, sizeof bytes);
  return (bytes & 0x8080808080808080ull) == 0;
}

}  // namespace

std::optional<size_t> FindInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && EightAscii(p + i)) {  // most text is ASCII: skip it eight bytes at a time
      i += 8;
      continue;
    }
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    char32_t min;
    char32_t cp;
    if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; cp = c & 0x07; }
    else return i;
    if (i + len > n) return i;
    for (int k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

size_t LineOfOffset(std::string_view s, size_t offset) {
  offset = std::min(offset, s.size());
  return 1 + static_cast<size_t>(std::count(s.begin(), s.begin() + offset, '\n'));
}

char32_t DecodeUtf8(std::string_view s, size_t i, int* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char c = p[i];
  if (c < 0x80) { *len = 1; return c; }
  int n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (n == 0 || i + n > s.size()) { *len = 1; return 0xFFFD; }
  char32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) { *len = 1; return 0xFFFD; }
    cp = (cp << 6) | (p[i + k] & 0x3F);
  }
  *len = n;
  return cp;
}

size_t PrevCodePointStart(std::string_view s, size_t i) {
  if (i == 0) return 0;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return j;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(cp));
}
bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}
bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp));
}
bool IsDigit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return u_isdigit(static_cast<UChar32>(cp));
}
bool IsSpace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0x00A0 || cp == 0x202F || cp == 0xFEFF;
}
bool IsPunct(char32_t cp) {
  if (cp < 0x80) return cp > ' ' && cp < 0x7F && !IsLetter(cp) && !IsDigit(cp);
  auto t = u_charType(static_cast<UChar32>(cp));
  return u_ispunct(static_cast<UChar32>(cp)) || t == U_MATH_SYMBOL || t == U_CURRENCY_SYMBOL ||
         t == U_MODIFIER_SYMBOL || t == U_OTHER_SYMBOL;
}
bool IsDash(char32_t cp) { return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

bool IsDashWord(std::string_view w) {
  int len;
  return !w.empty() && IsDash(DecodeUtf8(w, 0, &len)) && static_cast<size_t>(len) == w.size();
}
bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
bool IsQuote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x00AB ||
         cp == 0x00BB || cp == 0x2018 || cp == 0x2019;
}

bool IsCurrency(char32_t cp) {
  return u_charType(static_cast<UChar32>(cp)) == U_CURRENCY_SYMBOL;
}

bool HasLetter(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    int len = 1;
    if (IsLetter(DecodeUtf8(s, i, &len))) return true;
    i += len > 0 ? static_cast<size_t>(len) : 1;
  }
  return false;
}

bool IsCurrencySign(std::string_view s) {
  if (s.empty()) return false;
  int len = 0;
  const char32_t cp = DecodeUtf8(s, 0, &len);
  return len > 0 && static_cast<size_t>(len) == s.size() && IsCurrency(cp);
}

bool IsPossessiveClitic(std::string_view s) {
  if (s.size() < 2 || s.back() != 's') return false;
  int len = 0;
  const char32_t cp = DecodeUtf8(s, 0, &len);
  return len > 0 && static_cast<size_t>(len) + 1 == s.size() && IsApostrophe(cp);
}

std::string FoldCase(std::string_view s) {
  if (IsAscii(s)) {
    std::string out(s);
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string StripAccents(std::string_view s) {
  if (IsAscii(s)) return std::string(s);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  const icu::UnicodeString decomposed = nfd->normalize(u, status);
  if (U_FAILURE(status)) return std::string(s);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 cp = decomposed.char32At(i);
    i += U16_LENGTH(cp);
    if (u_charType(cp) == U_NON_SPACING_MARK) continue;
    switch (cp) {
      case 0x00F8: kept.append(static_cast<UChar32>('o')); break;   // ø
      case 0x00D8: kept.append(static_cast<UChar32>('O')); break;   // Ø
      case 0x0142: kept.append(static_cast<UChar32>('l')); break;   // ł
      case 0x0141: kept.append(static_cast<UChar32>('L')); break;   // Ł
      case 0x0111: case 0x00F0: kept.append(static_cast<UChar32>('d')); break;  // đ ð
      case 0x0110: case 0x00D0: kept.append(static_cast<UChar32>('D')); break;  // Đ Ð
      case 0x0131: kept.append(static_cast<UChar32>('i')); break;   // ı
      case 0x00DF: kept.append(u"ss", 2); break;                    // ß
      case 0x00E6: kept.append(u"ae", 2); break;                    // æ
      case 0x00C6: kept.append(u"AE", 2); break;                    // Æ
      case 0x0153: kept.append(u"oe", 2); break;                    // œ
      case 0x0152: kept.append(u"OE", 2); break;                    // Œ
      case 0x00FE: kept.append(u"th", 2); break;                    // þ
      case 0x00DE: kept.append(u"TH", 2); break;                    // Þ
      default: kept.append(cp);
    }
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

std::string FoldAccents(std::string_view s) { return FoldCase(StripAccents(s)); }

}  // namespace dossier::base
