#include "match/normalizer.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include "base/utf8.h"
#include "match/similarity.h"

namespace dossier::match {
namespace {

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

bool IsAsciiUnicode(const icu::UnicodeString& u) {
  for (int32_t i = 0; i < u.length(); ++i) {
    if (u.charAt(i) >= 0x80) return false;
  }
  return true;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "musavi, sayyed javad" -> "sayyed javad musavi" (one comma only; people only).
std::string ReorderLastFirst(const std::string& s, NameSchema schema) {
  if (schema != NameSchema::kPerson && schema != NameSchema::kUnknown) return s;
  const size_t comma = s.find(',');
  if (comma == std::string::npos || s.find(',', comma + 1) != std::string::npos) return s;
  return s.substr(comma + 1) + " " + s.substr(0, comma);
}

// Lower-case words: letters and digits; apostrophes and '?' vanish inside a word.
std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : s) {
    if (IsAsciiAlnum(c)) {
      cur += c;
    } else if (c == '\'' || c == '`' || c == '?' || c == '^') {
      continue;
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

bool AllDigits(const std::string& w) {
  for (char c : w) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Joins runs of three or more single letters ("k o m i d" from K.O.M.I.D.).
void JoinSpelledAcronyms(std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size();) {
    size_t j = i;
    while (j < words.size() && words[j].size() == 1 && !AllDigits(words[j])) ++j;
    if (j - i >= 3) {
      std::string joined;
      for (size_t k = i; k < j; ++k) joined += words[k];
      out.push_back(std::move(joined));
      i = j;
    } else {
      out.push_back(std::move(words[i]));
      ++i;
    }
  }
  words = std::move(out);
}

}  // namespace

NameSchema SchemaFromString(std::string_view s) {
  if (s == "Person") return NameSchema::kPerson;
  if (s == "Organization" || s == "Company" || s == "PublicBody") return NameSchema::kOrganization;
  if (s == "Vessel" || s == "Airplane") return NameSchema::kVessel;
  return NameSchema::kUnknown;
}

std::string NormalizedName::Text() const {
  std::string out;
  for (const NameToken& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.text;
  }
  return out;
}

base::Result<std::unique_ptr<Normalizer>> Normalizer::Load(const std::string& tables_dir) {
  std::unique_ptr<Normalizer> n(new Normalizer());
  DOSSIER_ASSIGN_OR_RETURN(n->tables_, NameTables::Load(tables_dir));
  for (const auto& [variant, canonical] : n->tables_.legal_forms) {
    if (variant.size() >= 8 && variant.find(' ') == std::string::npos) {
      n->long_legal_forms_.emplace_back(variant, canonical);
    }
  }
  std::sort(n->long_legal_forms_.begin(), n->long_legal_forms_.end());
  UErrorCode status = U_ZERO_ERROR;
  n->latin_.reset(icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) return base::Status::Internal("ICU Latin-ASCII: " + std::string(u_errorName(status)));
  n->any_.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) return base::Status::Internal("ICU Any-Latin: " + std::string(u_errorName(status)));
  n->cyrillic_.reset(icu::Transliterator::createInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII",
                                                         UTRANS_FORWARD, status));
  if (U_FAILURE(status)) return base::Status::Internal("ICU Russian-Latin/BGN: " + std::string(u_errorName(status)));
  return n;
}

Normalizer::~Normalizer() = default;

std::string Normalizer::ToAscii(std::string_view name) const {
  if (IsAscii(name)) return LowerAscii(name);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_SUCCESS(status)) u = nfkc->normalize(u, status);
  bool latin_only = true, cyrillic = false;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UErrorCode e = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(u.char32At(i), &e);
    if (sc != USCRIPT_LATIN && sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED) latin_only = false;
    cyrillic |= sc == USCRIPT_CYRILLIC;
  }
  icu::UnicodeString original = u;
  {
    std::lock_guard<std::mutex> lock(icu_mu_);
    (latin_only ? latin_ : cyrillic ? cyrillic_ : any_)->transliterate(u);
    if (cyrillic && !IsAsciiUnicode(u)) {  // letters BGN (Russian) does not cover: ү, ө
      u = original;
      any_->transliterate(u);
    }
  }
  std::string utf8;
  u.toUTF8String(utf8);
  std::string out;
  for (unsigned char c : utf8) {
    if (c < 0x80) out += static_cast<char>(c);
    else out += ' ';  // a mark or symbol ICU left behind separates words
  }
  return LowerAscii(out);
}

NormalizedName Normalizer::Normalize(std::string_view name, NameSchema schema) const {
  NormalizedName out;
  std::vector<std::string> words = Words(ReorderLastFirst(ToAscii(name), schema));
  if (schema != NameSchema::kPerson) JoinSpelledAcronyms(words);
  Classify(words, schema, &out);
  return out;
}

void Normalizer::Classify(std::vector<std::string>& words, NameSchema schema,
                          NormalizedName* out) const {
  const bool legal = schema != NameSchema::kPerson;
  for (size_t i = 0; i < words.size();) {
    // Longest phrase first: legal forms (not for people), then honorifics
    // (people and names of unknown kind only).
    size_t matched = 0;
    for (size_t len = std::min(tables_.max_phrase_words, words.size() - i); len >= 1 && !matched; --len) {
      std::string phrase = words[i];
      for (size_t k = 1; k < len; ++k) phrase += " " + words[i + k];
      if (legal) {
        if (auto it = tables_.legal_forms.find(phrase); it != tables_.legal_forms.end()) {
          out->tokens.push_back({it->second, "", TokenKind::kLegalForm});
          matched = len;
          break;
        }
      }
      const bool title_ok = schema == NameSchema::kPerson || schema == NameSchema::kUnknown;
      if (title_ok && words.size() - len > 0) {
        if (auto it = tables_.honorifics.find(phrase); it != tables_.honorifics.end()) {
          out->dropped.push_back(it->second);
          matched = len;
          break;
        }
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    std::string& w = words[i++];
    NameToken t;
    if (auto it = tables_.variants.find(w); it != tables_.variants.end()) w = it->second;
    if (legal && w.size() >= 8) {
      // "aktiengeselschaft": a long legal form with one or two letters wrong.
      const std::string* form = nullptr;
      for (const auto& [variant, canonical] : long_legal_forms_) {
        if (Levenshtein(w, variant, w.size() >= 12 ? 2 : 1) <= (w.size() >= 12 ? 2 : 1)) form = &canonical;
      }
      if (form) {
        out->tokens.push_back({*form, "", TokenKind::kLegalForm});
        continue;
      }
    }
    if (AllDigits(w)) {
      t.kind = TokenKind::kNumber;
    } else if (tables_.particles.count(w)) {
      t.kind = TokenKind::kParticle;
      t.patronymic = tables_.patronymics.count(w) > 0;
    } else if (w.size() == 1) {
      t.kind = TokenKind::kInitial;
    }
    if (t.kind != TokenKind::kNumber) t.key = PhoneticKey(w);
    t.text = std::move(w);
    out->tokens.push_back(std::move(t));
  }
}

}  // namespace dossier::match
