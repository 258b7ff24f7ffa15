// Word clusters learnt from unlabelled text (see train/clusters.h): a fine
// cluster and a coarse cluster per lowercased word, used as NER features so
// unseen names inherit what similar words taught the model, and as parser
// features (the parser keeps its own table, see parse_features.h).
//
// Example:
//   clusters.Mark(infos.data(), n);  // sets WordInfo::cluster and ::coarse (0 = unknown)
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

class WordClusters {
 public:
  // `word` is WordInfo::lower; ids start at 0.
  void Set(uint64_t word, uint16_t fine, uint16_t coarse) { table_[word] = {fine, coarse}; }
  void Mark(WordInfo* words, int n) const;
  // The hashes Mark stores for one word (both 0 when the word has no cluster).
  void Lookup(uint64_t lower, uint64_t* fine, uint64_t* coarse) const {
    auto it = table_.find(lower);
    if (it == table_.end()) {
      *fine = *coarse = 0;
    } else {
      *fine = Mix(0xc1, it->second.fine);
      *coarse = Mix(0xc2, it->second.coarse);
    }
  }
  size_t size() const { return table_.size(); }

  std::string Serialize() const;
  static base::Result<WordClusters> Deserialize(std::string_view bytes);

 private:
  struct Ids {
    uint16_t fine, coarse;
  };
  std::unordered_map<uint64_t, Ids> table_;
};

}  // namespace dossier::nlp
