// Phrase gazetteer for NER features: lowercased token n-grams (up to
// kMaxPhraseWords words) mapped to a bit set of kinds (LOC, PERSON, ORG,
// first name, last name). Mark() sets, for every word, which kinds cover it
// and at which position (B, I, L, U), as WordInfo::gaz.
//
// The NER trainer compiles the table from GeoNames and the Phoenix actor
// dictionaries and stores it in the NER model file.
//
// Example:
//   Gazetteer g;  g.Add("New York", Gazetteer::kLoc);
//   g.Mark(infos.data(), n);   // infos[i].gaz
//
// Thread-safety: immutable after building; Mark is const.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "base/status.h"
#include "nlp/features.h"

namespace dossier::nlp {

class Gazetteer {
 public:
  // The first five kinds come from curated dictionaries; the kName* kinds are
  // names harvested from annotated corpora (noisier, so the tagger gets them
  // as separate features).
  enum Kind : uint32_t {
    kLoc = 1, kPerson = 2, kOrg = 4, kFirstName = 8, kLastName = 16,
    kNamePerson = 32, kNameOrg = 64, kNameLoc = 128,
  };
  static constexpr int kNumKinds = 8;
  // WordInfo::gaz bits of the curated kinds; bits above them are the kName* kinds.
  static constexpr uint32_t kCuratedBits = (1u << 20) - 1;
  static constexpr int kNameShift = 20;
  static constexpr int kMaxPhraseWords = 4;
  static constexpr uint32_t kPrefixBit = 1u << 31;  // table flag: longer phrases continue

  // Adds a phrase (tokenised like running text, matched case-insensitively,
  // and also without Latin accents: "Héctor" finds "Hector", "Sao Paulo"
  // finds "São Paulo").
  void Add(std::string_view phrase, uint32_t kinds);
  void Mark(WordInfo* words, int n) const;
  // Whether Mark found words [b, e) to be one curated person phrase (from the
  // words' gaz bits, so call after Mark). Harvested names are not asked:
  // WikiANN's page titles keep titles inside ("Emperor Meiji").
  static bool IsPerson(const WordInfo* words, int b, int e);
  size_t size() const { return table_.size(); }

  std::string Serialize() const;
  static base::Result<Gazetteer> Deserialize(std::string_view bytes);

 private:
  // key: Mix chain of WordInfo::lower (and of WordInfo::folded, for phrases
  // with accents) over the phrase words.
  std::unordered_map<uint64_t, uint32_t> table_;
};

}  // namespace dossier::nlp
