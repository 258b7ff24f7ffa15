// A sparse multi-class linear model over hashed features: the scoring half of
// the averaged perceptron shared by the POS tagger, the NER tagger and the parser.
//
// Each feature is a 64-bit hash (see features.h). The model maps a feature to a
// short list of (class, weight) pairs; weights are int16 with one global scale,
// and features whose weights all round to zero were pruned at export. Lookup is
// an open-addressing table, so scoring allocates nothing.
//
// Example:
//   float scores[kMaxClasses];
//   model.Score(features, scores);   // scores[c] for c < model.num_classes()
//
// Thread-safety: immutable after construction; Score is const and reentrant.
// Errors: Deserialize returns kCorruption for malformed bytes.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dossier::nlp {

inline constexpr int kMaxClasses = 256;

class LinearModel {
 public:
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };

  LinearModel() = default;
  // `rows[i]` holds the nonzero float weights of feature `keys[i]`.
  static LinearModel Build(int num_classes, const std::vector<uint64_t>& keys,
                           const std::vector<std::vector<std::pair<uint16_t, float>>>& rows);

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return entries_.size(); }

  // Adds the weights of `features` to scores[0..num_classes) (zeroed first).
  void Score(std::span<const uint64_t> features, float* scores) const;

  std::string Serialize() const;
  static base::Result<LinearModel> Deserialize(std::string_view bytes);

 private:
  int num_classes_ = 0;
  float scale_ = 1.0f;
  size_t num_features_ = 0;
  uint64_t mask_ = 0;
  struct Slot {
    uint64_t key = 0;  // 0 = empty (feature hashes are never 0)
    uint32_t begin = 0, end = 0;  // row in entries_
  };
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
};

}  // namespace dossier::nlp
