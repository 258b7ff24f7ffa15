// Normalizer: turns a name as written into scored tokens.
//
// Steps, in order: transliteration of any script to ASCII (ICU "Any-Latin;
// Latin-ASCII" after NFKC, with BGN/PCGN romanisation for Cyrillic so that
// Джавад becomes "dzhavad" as English-language lists write it; pure-ASCII
// input skips ICU), lower case, apostrophes
// and lost letters ('?') removed, "LAST, FIRST" reordered for people, other
// punctuation and hyphens split words, honorifics dropped ("Sayyed"), legal forms
// folded to one canonical token ("Co., Ltd." -> "co ltd"), particles marked
// ("al", "bin"), romanisation variants folded ("mousavi" -> the table's
// canonical form), and a phonetic key computed for each token.
//
// Example:
//   auto n = Normalizer::Load(NameTables::DefaultDir());
//   NormalizedName x = (*n)->Normalize("MUSAVI, Sayyed Javad", NameSchema::kPerson);
//   // x.tokens: javad, mousavi; x.dropped: sayyid
//
// Errors: Load fails when the tables are missing or malformed, or ICU lacks
// the transliterators. Normalize never fails; empty input gives no tokens.
// Thread-safety: Normalize is const and safe to call from many threads (the
// ICU transliterators are guarded by a mutex; ASCII input never takes it).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "match/name_tables.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace dossier::match {

enum class NameSchema { kUnknown, kPerson, kOrganization, kVessel };

// "Person" -> kPerson; "Organization", "Company", "PublicBody" -> kOrganization;
// "Vessel", "Airplane" -> kVessel; anything else (incl. "LegalEntity") -> kUnknown.
NameSchema SchemaFromString(std::string_view schema);

enum class TokenKind : uint8_t { kName, kParticle, kLegalForm, kInitial, kNumber };

struct NameToken {
  std::string text;  // normalised (canonical variant)
  std::string key;   // phonetic key; empty for legal forms and numbers
  TokenKind kind = TokenKind::kName;
  bool patronymic = false;  // a particle linking given name and father's name (bin)
  // Cached TokenStats weight (negative: not yet known). NameIndex fills it for
  // indexed names and for queries (NameIndex::AssignWeights).
  float weight = -1;
};

struct NormalizedName {
  std::vector<NameToken> tokens;     // in reading order (after LAST, FIRST reordering)
  std::vector<std::string> dropped;  // canonical honorifics that were removed
  std::string Text() const;          // tokens joined by spaces, for messages
};

// A coarse sound key: digraphs folded (kh->k, ph->f, ou->u), c/q->k, z->s, w->v,
// vowels after the first letter dropped, doubles collapsed ("mousavi" -> "msv").
std::string PhoneticKey(std::string_view token);

class Normalizer {
 public:
  static base::Result<std::unique_ptr<Normalizer>> Load(const std::string& tables_dir);
  ~Normalizer();

  NormalizedName Normalize(std::string_view name, NameSchema schema) const;

  // Any script -> lower-case ASCII (the first step of Normalize).
  std::string ToAscii(std::string_view name) const;

  const NameTables& tables() const { return tables_; }

 private:
  Normalizer() = default;
  void Classify(std::vector<std::string>& words, NameSchema schema, NormalizedName* out) const;

  NameTables tables_;
  // Long one-word legal forms ("aktiengesellschaft"), for misspelt variants.
  std::vector<std::pair<std::string, std::string>> long_legal_forms_;
  std::unique_ptr<icu::Transliterator> latin_;  // Latin-ASCII
  std::unique_ptr<icu::Transliterator> any_;    // Any-Latin; Latin-ASCII
  std::unique_ptr<icu::Transliterator> cyrillic_;  // BGN/PCGN romanisation first
  mutable std::mutex icu_mu_;
};

}  // namespace dossier::match
