// How a word is usually written in running text: for each lowercased word seen
// in unlabelled news, a class combining the share of its non-initial
// occurrences that start with a capital letter (bucketed) and its frequency
// (bucketed). An NER feature: "Vernon" or "Iguazu" written in lower case, or
// at the start of a sentence, still looks like a name; "Visit" does not.
//
// Beside it, the name pairs: two words that news writes capitalised together
// although one of them is mostly written in lower case ("Supreme Court",
// "International Airport", "Gaza City"); truecase.h keeps such pairs.
//
// Example:
//   casing.Mark(infos.data(), n);   // sets WordInfo::casing (0 = unseen)
//   casing.NamePair(infos[i].lower, infos[i + 1].lower);
//
// Thread-safety: immutable after building; Mark is const.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
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

  // Name pairs of two words (WordInfo::lower of each, in text order).
  void AddNamePair(uint64_t first, uint64_t second) { name_pairs_.insert(PairKey(first, second)); }
  bool NamePair(uint64_t first, uint64_t second) const {
    return !name_pairs_.empty() && name_pairs_.count(PairKey(first, second)) != 0;
  }
  size_t name_pairs() const { return name_pairs_.size(); }

  std::string Serialize() const;
  static base::Result<WordCasing> Deserialize(std::string_view bytes);
  // The name pairs as a section of their own (a model without it has none).
  std::string SerializeNamePairs() const;
  base::Status DeserializeNamePairs(std::string_view bytes);

 private:
  // Open addressing, linear probing, at most half full; key 0 = empty
  // (WordInfo::lower is never 0).
  struct Slot {
    uint64_t key = 0;
    uint8_t cls = 0;
  };
  void Grow();
  static uint64_t PairKey(uint64_t first, uint64_t second) { return Mix(Mix(0x9a1, first), second); }
  std::vector<Slot> slots_;
  size_t size_ = 0;
  std::unordered_set<uint64_t> name_pairs_;
};

}  // namespace dossier::nlp
