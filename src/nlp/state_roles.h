// State metonymy: whether a tagged name of a state ("Peru", "U.S.",
// "Washington") stands for the state acting or for the place. UNER's
// guidelines type the first ORG ("Peru said", "talks between Russia and
// Ukraine") and the second LOC ("in Peru", "strikes on Chile"); the tagger is
// trained to call every state LOC (its EWT data mostly does), and this small
// classifier, trained on our gold as written, turns the acting ones into ORG
// after the tagger and the document pass.
//
// The model is a two-class linear model over hashed features of the words and
// POS tags around the name (subject position, a following verb or possessive,
// a preceding preposition, coordination with another state). The state names
// (names, aliases and capitals of data/kb/countries.tsv when trained) travel
// with it in the NER model file, so the runtime reads no table.
//
// Example:
//   const StateRoles& roles = ner.state_roles();
//   if (roles.IsState(words, b, e) && roles.Acting(words, pos, n, b, e)) type = ORG;
//
// Thread-safety: immutable after construction. Errors: Deserialize returns
// kCorruption for malformed bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "nlp/features.h"
#include "nlp/linear_model.h"

namespace dossier::nlp {

inline constexpr int kMaxStateRoleFeatures = 32;

class StateRoles {
 public:
  static constexpr int kPlace = 0, kActing = 1;

  StateRoles() = default;
  // `names` as written ("United States"); `model` has two classes (may be
  // empty while training: IsState works, Acting is false).
  StateRoles(std::vector<std::string> names, LinearModel model);

  bool empty() const { return keys_.empty(); }
  size_t num_names() const { return names_.size(); }
  // Whether words [b, e) spell one of the names (case-insensitively).
  bool IsState(const WordInfo* w, int b, int e) const;
  // Features of the name [b, e) in a sentence of n words with POS tags `pos`.
  static int Features(const WordInfo* w, const uint8_t* pos, int n, int b, int e, uint64_t* out);
  // Whether the name [b, e) stands for the state acting.
  bool Acting(const WordInfo* w, const uint8_t* pos, int n, int b, int e) const;

  // The names, one per line, and the model, for the NER model file.
  std::string SerializeNames() const;
  const LinearModel& model() const { return model_; }
  static base::Result<StateRoles> Deserialize(std::string_view names, std::string_view model);

 private:
  static uint64_t Key(const WordInfo* w, int b, int e);

  std::vector<std::string> names_;
  std::unordered_set<uint64_t> keys_;
  size_t max_words_ = 0;
  LinearModel model_;
};

}  // namespace dossier::nlp
