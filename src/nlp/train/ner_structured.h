// The structured averaged perceptron behind TrainNer: Viterbi over the current
// weights (BilouViterbi), then gold minus predicted features at every word and
// transition that differ, scaled by the sentence's weight.
//
// Thread-safety: pure functions. Deterministic for a fixed seed and input order.
#pragma once

#include <cstdint>
#include <ostream>
#include <span>
#include <vector>

#include "nlp/bilou_viterbi.h"
#include "nlp/linear_model.h"

namespace dossier::nlp::train {

// One training sentence with its word features extracted once.
struct NerInstance {
  std::vector<uint64_t> feats;     // all words' features, concatenated
  std::vector<uint32_t> offsets;   // word i: feats[offsets[i], offsets[i + 1])
  std::vector<int> gold;           // BILOU labels
  float weight = 1.0f;             // update scale (0 = skipped)
  int size() const { return static_cast<int>(offsets.size()) - 1; }
  std::span<const uint64_t> word(int i) const {
    return {feats.data() + offsets[i], offsets[i + 1] - offsets[i]};
  }
};

// With runs > 1, trains that many models on differently shuffled orders
// (seeds seed, seed + 1, ...) and returns the mean of their averaged weights.
// margin > 0: cost-augmented decoding in training (each wrong label scores
// `margin` more), a large-margin variant of the perceptron update. `threads`:
// runs trained side by side (TrainRuns; the same model for any count).
LinearModel TrainStructured(const std::vector<const NerInstance*>& data, int num_types,
                            int epochs, uint64_t seed, std::ostream& log, int runs = 1,
                            float margin = 0, int threads = 1);

// Best valid labels of `x` under `model` into labels[0..x.size()).
void DecodeInstance(const LinearModel& model, const BilouViterbi& viterbi, const NerInstance& x,
                    int* labels);

}  // namespace dossier::nlp::train
