// Lemmas from a lookup table learnt from treebank training data, with suffix
// rewrite rules for unseen words ("studies"/NOUN -> strip 3, add "y").
//
// Lookup order: exact form + UPOS, lowercased form + UPOS, the longest known
// suffix rule for the UPOS, then a default (PROPN keeps its form, others are
// lowercased).
//
// Example:
//   std::string lemma = lemmatizer.Lemmatize("went", upos_id);  // "go"
//
// Thread-safety: immutable after construction; Lemmatize is const.
// Errors: Deserialize returns kCorruption for malformed bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/status.h"

namespace dossier::nlp {

class Lemmatizer {
 public:
  struct Rule {
    uint8_t strip = 0;
    std::string append;
  };
  static constexpr int kMaxSuffix = 5;

  // Keys (see below) to values; filled by the trainer or Deserialize.
  static uint64_t FormKey(int upos, std::string_view form);
  static uint64_t LowerKey(int upos, std::string_view lower);
  static uint64_t SuffixKey(int upos, std::string_view suffix);
  void AddLemma(uint64_t key, std::string lemma) { lemmas_[key] = std::move(lemma); }
  void AddRule(uint64_t key, Rule rule) { rules_[key] = std::move(rule); }
  // `propn` is the UPOS id of PROPN (keeps its form by default).
  void set_propn(int propn) { propn_ = propn; }

  std::string Lemmatize(std::string_view form, int upos) const;
  // The default lemma (no table): form for PROPN, else ASCII-lowercased form.
  std::string Default(std::string_view form, int upos) const;

  size_t size() const { return lemmas_.size() + rules_.size(); }
  std::string Serialize() const;
  static base::Result<Lemmatizer> Deserialize(std::string_view bytes);

 private:
  std::unordered_map<uint64_t, std::string> lemmas_;
  std::unordered_map<uint64_t, Rule> rules_;
  int propn_ = -1;
};

std::string AsciiLower(std::string_view s);

}  // namespace dossier::nlp
