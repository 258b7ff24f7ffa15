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
#include <vector>

#include "base/status.h"
#include "nlp/features.h"

namespace dossier::nlp {

class WordCasing {
 public:
  // Class of a word seen `total` times outside sentence starts, `capitalised` of them with an upper-case first letter.
  static uint8_t Class(uint32_t total, uint32_t capitalised);
  // `word` is WordInfo::lower; `cls` from Class (nonzero).
  void Set(uint64_t word, uint8_t cls);
  void Mark(WordInfo* words, int n) const;
  size_t size() const { return size_; }

  std::string Serialize() const;
  static base::Result<WordCasing> Deserialize(std::string_view bytes);

 private:
  // Open addressing, linear probing, at most half full; key 0 = empty
  // (WordInfo::lower is never 0).
  struct Slot {
    uint64_t key = 0;
    uint8_t cls = 0;
  };
  void Grow();
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace dossier::nlp
