// Averaged perceptron over hashed features, for training; Average() exports
// the averaged weights as an immutable LinearModel (pruned and quantised).
//
// Example:
//   Perceptron p(num_tags);
//   p.Score(feats, scores);  guess = argmax;
//   p.Update(feats, gold, guess);  p.Tick();   // once per training instance
//   LinearModel m = p.Average();
//
// Thread-safety: not thread-safe; one trainer per thread.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "nlp/linear_model.h"

namespace dossier::nlp::train {

class Perceptron {
 public:
  explicit Perceptron(int num_classes) : num_classes_(num_classes) {}

  int num_classes() const { return num_classes_; }
  void Score(std::span<const uint64_t> features, float* scores) const;
  // Moves weight towards `truth` and away from `guess` (no-op when equal).
  void Update(std::span<const uint64_t> features, int truth, int guess, float step = 1.0f);
  // Adds `delta` to the weight of class `cls` for every feature (structured updates).
  void AddTo(std::span<const uint64_t> features, int cls, float delta);
  void Tick() { ++now_; }
  // Averaged weights; weights with |w| <= min_abs are dropped. When the model
  // would take more than `max_bytes` on disk, the threshold is raised until it fits.
  LinearModel Average(float min_abs = 0.0f, size_t max_bytes = 0) const;

  // Averaged weights as rows (keys()[i] -> row i), for merging several runs.
  using Rows = std::vector<std::vector<std::pair<uint16_t, float>>>;
  Rows AveragedRows() const;
  const std::vector<uint64_t>& keys() const { return keys_; }
  // The mean of several runs' averaged weights, pruned at `min_abs`, as a model.
  static LinearModel Mean(const std::vector<const Perceptron*>& runs, float min_abs);

 private:
  struct Weight {
    uint16_t cls;
    float w;
    double total;   // sum of w over ticks up to `stamp`
    int64_t stamp;
  };
  void Add(std::vector<Weight>& row, int cls, float delta);

  int num_classes_;
  int64_t now_ = 1;
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<std::vector<Weight>> rows_;
  std::vector<uint64_t> keys_;
};

}  // namespace dossier::nlp::train
