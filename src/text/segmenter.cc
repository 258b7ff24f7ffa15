#include "text/segmenter.h"

#include <algorithm>
#include <array>
#include <string>

#include "base/strings.h"
#include "base/utf8.h"

namespace dossier::text {
namespace {

using base::DecodeUtf8;

// Words that are followed by a name, never by a sentence end.
// ("Colonel (ret.) Ousmane Traoré": a retired officer's rank too.)
constexpr std::array<std::string_view, 42> kTitles = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "cmdr", "sen", "rep", "gov", "pres", "amb", "rev", "hon", "st", "mt", "ft", "messrs", "gens",
    "brig", "cdr", "pvt", "cpl", "supt", "insp", "det", "fr", "sr", "jr", "no", "nos", "vs", "v",
    "ret", "retd"};

// Other abbreviations that keep their period but may end a sentence. ("LLC"
// and "PLC" are written without periods: a period after them ends the sentence.)
constexpr std::array<std::string_view, 47> kAbbreviations = {
    "corp", "inc", "ltd", "pte", "co", "bros", "dept", "univ", "assn", "intl", "govt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "etc", "approx", "est", "fig", "al", "cf", "ca", "vol", "pp", "ed", "eds", "min", "max",
    "art", "sec"};

// Capitalised words that commonly open a sentence after an abbreviation.
constexpr std::array<std::string_view, 30> kSentenceStarters = {
    "the", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "there",
    "in", "on", "at", "but", "and", "a", "an", "his", "her", "its", "their", "our", "if",
    "when", "while", "as", "after", "however"};

template <size_t N>
bool InList(const std::array<std::string_view, N>& list, std::string_view lower) {
  return std::find(list.begin(), list.end(), lower) != list.end();
}

bool IsTitle(std::string_view word) { return InList(kTitles, base::AsciiLower(word)); }

char32_t At(std::string_view t, size_t i, int* len) {
  if (i >= t.size()) {
    *len = 0;
    return 0;
  }
  return DecodeUtf8(t, i, len);
}

bool IsWordChar(char32_t cp) {
  return base::IsLetter(cp) || base::IsDigit(cp) || (cp >= 0x300 && cp <= 0x36F);
}

// Length in bytes of an English clitic starting at the apostrophe at `i`
// ('s 're 've 'll 'd 'm), or 0.
size_t CliticLength(std::string_view t, size_t i) {
  int alen;
  At(t, i, &alen);
  size_t j = i + alen;
  size_t k = j;
  while (k < t.size() && k - j < 3 && base::IsLetter(static_cast<unsigned char>(t[k]))) ++k;
  if (k < t.size()) {
    int l;
    if (IsWordChar(At(t, k, &l))) return 0;
  }
  std::string rest = base::AsciiLower(t.substr(j, k - j));
  if (rest == "s" || rest == "re" || rest == "ve" || rest == "ll" || rest == "d" || rest == "m") {
    return k - i;
  }
  return 0;
}

// End of a word starting at `i` (letters, digits, marks, internal periods of
// dotted abbreviations, digit separators, O'Brien apostrophes, AT&T).
size_t ScanWord(std::string_view t, size_t i, bool* dotted) {
  size_t j = i;
  *dotted = false;
  while (j < t.size()) {
    int len;
    char32_t cp = At(t, j, &len);
    if (IsWordChar(cp)) {
      j += len;
      continue;
    }
    int nlen;
    char32_t next = At(t, j + len, &nlen);
    int plen;
    char32_t prev = j > i ? At(t, base::PrevCodePointStart(t, j), &plen) : 0;
    if (cp == '.' && base::IsLetter(prev) && base::IsLetter(next)) {
      // U.S / e.g / a.m: single letters between periods.
      size_t seg_start = base::PrevCodePointStart(t, j);
      bool single_prev = seg_start == i || t[seg_start - 1] == '.';
      size_t after = j + len + nlen;
      int alen;
      char32_t after_cp = At(t, after, &alen);
      if (single_prev && !base::IsLetter(after_cp)) {
        *dotted = true;
        j += len;
        continue;
      }
    }
    if ((cp == '.' || cp == ',') && base::IsDigit(prev) && base::IsDigit(next)) {
      j += len;
      continue;
    }
    if (base::IsApostrophe(cp) && base::IsLetter(prev) && base::IsLetter(next)) {
      if (CliticLength(t, j) > 0) break;
      if ((next == 't' || next == 'T') && j > i && (t[j - 1] == 'n' || t[j - 1] == 'N')) break;
      j += len;
      continue;
    }
    if (cp == '&' && base::IsUpper(prev) && base::IsUpper(next)) {
      j += len;
      continue;
    }
    break;
  }
  return j;
}

bool StartsUrl(std::string_view t, size_t i) {
  auto rest = t.substr(i, 8);
  return rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.");
}

}  // namespace

bool IsAbbreviation(std::string_view word) {
  std::string lower = base::AsciiLower(word);
  return InList(kTitles, lower) || InList(kAbbreviations, lower);
}

std::vector<Token> Tokenize(std::string_view t) {
  std::vector<Token> out;
  out.reserve(t.size() / 5 + 1);
  auto emit = [&](size_t b, size_t e) {
    out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  };
  size_t i = 0;
  while (i < t.size()) {
    int len;
    char32_t cp = At(t, i, &len);
    if (base::IsSpace(cp) || cp == 0xFEFF || cp == 0x200B) {
      i += len;
      continue;
    }
    if (StartsUrl(t, i)) {
      size_t j = i;
      while (j < t.size() && !base::IsSpace(static_cast<unsigned char>(t[j])) &&
             static_cast<unsigned char>(t[j]) >= 0x21)
        ++j;
      while (j > i && std::string_view(".,;:!?)\"'").find(t[j - 1]) != std::string_view::npos) --j;
      emit(i, j);
      i = j;
      continue;
    }
    if (IsWordChar(cp)) {
      bool dotted = false;
      size_t j = ScanWord(t, i, &dotted);
      // n't: "don't" -> "do" + "n't".
      int alen;
      if (j < t.size() && base::IsApostrophe(At(t, j, &alen)) && j > i + 1 &&
          (t[j - 1] == 'n' || t[j - 1] == 'N') && j + alen < t.size() &&
          (t[j + alen] == 't' || t[j + alen] == 'T')) {
        emit(i, j - 1);
        emit(j - 1, j + alen + 1);
        i = j + alen + 1;
        continue;
      }
      // Keep the period of abbreviations, initials and dotted acronyms.
      if (j < t.size() && t[j] == '.' && !(j + 1 < t.size() && t[j + 1] == '.')) {
        std::string_view word = t.substr(i, j - i);
        int first_len;
        // A capital letter with a period is an initial ("John O. Brennan")
        // unless the period ends the text ("... on their website and X.")
        // or the letter is a platform a preposition names ("wrote on X.
        // Pakistan's Foreign Office said").
        const bool text_ends = t.find_first_not_of(" \t\r\n", j + 1) == std::string_view::npos;
        const bool platform = !out.empty() && (out.back().span().Of(t) == "on" || out.back().span().Of(t) == "via");
        bool initial = j - i == static_cast<size_t>(len) && base::IsUpper(At(t, i, &first_len)) && !text_ends &&
                       !platform;
        if (dotted || initial || IsAbbreviation(word)) ++j;
      }
      emit(i, j);
      i = j;
      if (i < t.size() && base::IsApostrophe(At(t, i, &alen))) {
        size_t c = CliticLength(t, i);
        if (c > 0) {
          emit(i, i + c);
          i += c;
        }
      }
      continue;
    }
    // Punctuation: runs of . - ! ? form one token ("...", "--", "?!").
    size_t j = i + len;
    if (cp == '.' || cp == '-' || cp == '!' || cp == '?') {
      while (j < t.size() && (t[j] == '.' || (cp != '.' && (t[j] == '!' || t[j] == '?')) ||
                              (cp == '-' && t[j] == '-')))
        ++j;
    }
    emit(i, j);
    i = j;
  }
  return out;
}

namespace {

bool IsTerminal(std::string_view tok) {
  if (tok.empty()) return false;
  if (tok == "\xE2\x80\xA6") return true;  // …
  char last = tok.back();
  return last == '.' || last == '!' || last == '?';
}

bool IsCloser(std::string_view tok) {
  return tok == "\"" || tok == "'" || tok == ")" || tok == "]" || tok == "\xE2\x80\x9D" ||
         tok == "\xE2\x80\x99" || tok == "\xC2\xBB";
}

// A single capital letter: the "O" of "John O. Brennan".
bool IsInitial(std::string_view word) {
  if (word.empty()) return false;
  int len;
  char32_t cp = DecodeUtf8(word, 0, &len);
  return static_cast<size_t>(len) == word.size() && base::IsUpper(cp);
}

bool StartsSentenceLike(std::string_view tok) {
  int len;
  char32_t cp = DecodeUtf8(tok, 0, &len);
  return base::IsUpper(cp) || base::IsDigit(cp) || base::IsQuote(cp) || cp == '(' || cp == '[' ||
         cp == 0x2014 || cp == '-' || cp == 0x2022;
}

// Number of '\n' in the gap between two tokens (2 or more = paragraph break).
int NewlinesBetween(std::string_view t, uint32_t from, uint32_t to) {
  return static_cast<int>(std::count(t.begin() + from, t.begin() + to, '\n'));
}

bool IsDash(std::string_view tok) {
  return tok == "-" || tok == "--" || tok == "\xE2\x80\x94" || tok == "\xE2\x80\x93";  // - -- — –
}

// A word in capitals of two or more letters ("SEOUL", "TEHRAN").
bool InCapitals(std::string_view word) {
  int letters = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 2;
}

// The token after a wire dateline opening a line at `first` ("SEOUL, Nov 29
// (Reuters) -", "TEHRAN, Iran (AP) —", "WASHINGTON —", "BUNIA, Democratic
// Republic of Congo, March 4 (Reuters) -"): a place in capitals, then words
// that start with a capital, a digit or punctuation (or "of" inside a
// state's name), and a dash with a space before or after it, or an agency's
// closing parenthesis before a capitalised word, within kMaxDateline tokens;
// `first` when none.
uint32_t DatelineEnd(std::string_view t, const std::vector<Token>& tokens, uint32_t first) {
  constexpr uint32_t kMaxDateline = 16;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  // ("Chennai, Jan 22 (PTI) The Sri Lankan Navy …": a place in title case
  // before a comma, when an agency's name in capitals closes the dateline.)
  const std::string_view place = tokens[first].span().Of(t);
  const bool caps = InCapitals(place);
  const bool titled = !caps && place.size() >= 4 && place[0] >= 'A' && place[0] <= 'Z' && first + 1 < n &&
                      tokens[first + 1].span().Of(t) == ",";
  if (!caps && !titled) return first;
  for (uint32_t k = first + 1; k < n && k <= first + kMaxDateline; ++k) {
    if (NewlinesBetween(t, tokens[k - 1].end, tokens[k].begin) > 0) return first;
    const std::string_view tok = tokens[k].span().Of(t);
    // A dash with a space on one side at least ("US-Iranian airstrikes" is a word).
    if (IsDash(tok)) {
      const bool spaced = tokens[k - 1].end < tokens[k].begin || (k + 1 < n && tokens[k].end < tokens[k + 1].begin);
      // ("PORT-AU-PRINCE, Haiti (AP) —": a hyphen inside a place in capitals.)
      if (!spaced && caps && k + 1 < n && InCapitals(tokens[k - 1].span().Of(t)) &&
          InCapitals(tokens[k + 1].span().Of(t))) {
        continue;
      }
      return spaced && caps && k + 1 < n ? k + 1 : first;
    }
    if (IsTerminal(tok) && tok.size() == 1) return first;
    // ("BHUBANESWAR, Nov 26 (PTI) India on Wednesday …": or the agency's
    // closing parenthesis before a capitalised word, no dash.)
    // (One word in the parentheses, after a comma or a place of four letters
    // or more: not "UN (United Nations) Secretary-General".)
    if (tok == ")" && k + 1 < n && k >= first + 3 && tokens[k - 2].span().Of(t) == "(" &&
        NewlinesBetween(t, tokens[k].end, tokens[k + 1].begin) == 0) {
      const std::string_view next = tokens[k + 1].span().Of(t);
      const bool comma = tokens[first + 1].span().Of(t) == ",";
      const bool agency = caps || InCapitals(tokens[k - 1].span().Of(t));
      if (agency && next[0] >= 'A' && next[0] <= 'Z' && (comma || tokens[first].end - tokens[first].begin >= 4)) {
        return k + 1;
      }
    }
    const char c = tok[0];
    if (tok == "of" && k + 1 < n && tokens[k + 1].span().Of(t)[0] >= 'A' && tokens[k + 1].span().Of(t)[0] <= 'Z') {
      continue;
    }
    if (c >= 'a' && c <= 'z') return first;
  }
  return first;
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view t, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  uint32_t start = 0;
  auto close = [&](uint32_t end_tok) {
    if (end_tok <= start) return;
    out.push_back({tokens[start].begin, tokens[end_tok - 1].end, start, end_tok});
    start = end_tok;
  };
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  for (uint32_t k = 0; k < n; ++k) {
    // A wire dateline opening a line is a sentence of its own: the place it
    // names is where the story was filed, no actor of the first sentence.
    if (k == start && (k == 0 || NewlinesBetween(t, tokens[k - 1].end, tokens[k].begin) > 0)) {
      if (const uint32_t end = DatelineEnd(t, tokens, k); end > k) {
        close(end);
        out.back().dateline = true;
        k = end - 1;
        continue;
      }
    }
    if (k + 1 == n) {
      close(n);
      break;
    }
    std::string_view tok = tokens[k].span().Of(t);
    std::string_view next = tokens[k + 1].span().Of(t);
    int gap_lines = NewlinesBetween(t, tokens[k].end, tokens[k + 1].begin);
    if (gap_lines >= 2) {
      close(k + 1);
      continue;
    }
    if (k + 1 - start >= kMaxSentenceTokens) {
      close(k + 1);
      continue;
    }
    if (IsTerminal(tok)) {
      std::string_view word = tok.substr(0, tok.size() - 1);
      bool abbrev = tok.size() > 1 && tok.back() == '.' && tok != "...";
      if (abbrev) {
        bool initial = IsInitial(word);
        if (initial || IsTitle(word)) continue;
        if (gap_lines == 0 && !InList(kSentenceStarters, base::AsciiLower(next))) continue;
      }
      // Absorb closing quotes and brackets into this sentence.
      uint32_t end = k + 1;
      while (end < n && IsCloser(tokens[end].span().Of(t)) &&
             NewlinesBetween(t, tokens[end - 1].end, tokens[end].begin) == 0)
        ++end;
      if (end == n) {
        close(n);
        break;
      }
      std::string_view after = tokens[end].span().Of(t);
      if (StartsSentenceLike(after) || NewlinesBetween(t, tokens[end - 1].end, tokens[end].begin)) {
        close(end);
        k = end - 1;
      }
      continue;
    }
    if (gap_lines == 1 && StartsSentenceLike(next)) close(k + 1);
  }
  return out;
}

Segmentation Segment(std::string_view text) {
  Segmentation s;
  s.tokens = Tokenize(text);
  s.sentences = SplitSentences(text, s.tokens);
  return s;
}

}  // namespace dossier::text
