// How a word is usually written in running text: for each lowercased word seen
// in unlabelled news, a class combining the share of its non-initial
// occurrences that start with a capital letter (bucketed) and its frequency
// (bucketed). An NER feature: "Vernon" or "Iguazu" written in lower case, or
// at the start of a sentence, still looks like a name; "Visit" does not.
//
// Example:
//   casing.Mark(infos.data(), n);   // sets WordInfo::casing (0 = unseen)
//
// Thread-safety: immutable after building; Mark is const.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/status.h"
#include "nlp/features.h"

namespace dossier::nlp {

class WordCasing {
 public:
  // Class of a word seen `total` times outside sentence starts, `capitalised` of them with an upper-case first letter.
  static uint8_t Class(uint32_t total, uint32_t capitalised);
  // `word` is WordInfo::lower; `cls` from Class (nonzero).
  void Set(uint64_t word, uint8_t cls) { table_[word] = cls; }
  void Mark(WordInfo* words, int n) const;
  size_t size() const { return table_.size(); }

  std::string Serialize() const;
  static base::Result<WordCasing> Deserialize(std::string_view bytes);

 private:
  std::unordered_map<uint64_t, uint8_t> table_;
};

}  // namespace dossier::nlp
