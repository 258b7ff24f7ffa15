#include "base/strings.h"

#include "base/utf8.h"

namespace dossier::base {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return s.substr(b, e - b);
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out.append(sep);
    out.append(parts[i]);
  }
  return out;
}

std::string Slugify(std::string_view s) {
  std::string folded = FoldAccents(s);
  std::string out;
  bool dash = false;
  for (size_t i = 0; i < folded.size();) {
    int len;
    char32_t cp = DecodeUtf8(folded, i, &len);
    if (IsLetter(cp) || IsDigit(cp)) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.append(folded, i, len);
    } else if (!IsApostrophe(cp) && cp != '.') {
      dash = true;
    }
    i += len;
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string CapitaliseWords(std::string_view phrase) {
  std::string written(phrase);
  for (size_t i = 0; i < written.size(); ++i) {
    const bool opens = i == 0 || written[i - 1] == ' ' || written[i - 1] == '-';
    if (!opens || written[i] < 'a' || written[i] > 'z') continue;
    const std::string_view rest = std::string_view(written).substr(i);
    const auto small_word = [&](std::string_view w) {
      return rest.starts_with(w) && (rest.size() == w.size() || rest[w.size()] == ' ' || rest[w.size()] == '-');
    };
    const bool small = i > 0 && (small_word("in") || small_word("of") || small_word("the") || small_word("for") ||
                                 small_word("and"));
    if (!small) written[i] = static_cast<char>(written[i] - ('a' - 'A'));
  }
  return written;
}

bool IsNumeralOrdinal(std::string_view w) {
  const size_t digits = w.find_first_not_of("0123456789");
  if (digits == 0 || digits == std::string_view::npos || w.size() != digits + 2) return false;
  const std::string_view suffix = w.substr(digits);
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

bool IsAllCaps(std::string_view s) {
  bool upper = false;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') upper = true;
    else if (!(c >= '0' && c <= '9')) return false;
  }
  return upper;
}

}  // namespace dossier::base
