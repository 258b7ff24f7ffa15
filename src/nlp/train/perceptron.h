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
  // would take more than `max_bytes` on disk, the threshold is raised until it
  // fits: with `exact_fit`, to the least such value (found by bisection);
  // otherwise in steps of x1.5 from 1e-3, which can cut far more than needed
  // (kept for the greedy parser, whose committed model was pruned that way).
  LinearModel Average(float min_abs = 0.0f, size_t max_bytes = 0, bool exact_fit = false) const;

  // Averaged weights as rows (keys()[i] -> row i), for merging several runs.
  using Rows = std::vector<std::vector<std::pair<uint16_t, float>>>;
  Rows AveragedRows() const;
  const std::vector<uint64_t>& keys() const { return keys_; }
  // The mean of several runs' averaged weights, pruned at `min_abs`, as a model.
  static LinearModel Mean(const std::vector<const Perceptron*>& runs, float min_abs);
  // `rows` (keys[i] -> row i) as a model, pruned as Average prunes its own rows.
  static LinearModel Prune(int num_classes, const std::vector<uint64_t>& keys, Rows rows,
                           float min_abs, size_t max_bytes, bool exact_fit);

 private:
  // A feature's weights: the current values, read by Score, apart from the
  // averaging sums, which only updates touch (Score reads 8 bytes a weight).
  struct Cell {
    float w;
    uint16_t cls;
  };
  struct Sum {
    double total;   // sum of w over ticks up to `stamp`
    int64_t stamp;
  };
  struct Slot {
    uint64_t key;  // 0 = empty (the row of key 0 is zero_row_)
    uint32_t row;
  };
  void Add(uint32_t row, int cls, float delta);
  // The row of `key`, or -1; the row of `key`, created when absent.
  int64_t Find(uint64_t key) const;
  uint32_t FindOrAdd(uint64_t key);
  uint64_t Home(uint64_t key) const { return (key * 0x9e3779b97f4a7c15ULL) >> shift_; }
  void Grow();

  int num_classes_;
  int64_t now_ = 1;
  // Open addressing with linear probing over a power-of-two table.
  std::vector<Slot> slots_;
  int shift_ = 64;
  int64_t zero_row_ = -1;
  std::vector<std::vector<Cell>> cells_;
  std::vector<std::vector<Sum>> sums_;
  std::vector<uint64_t> keys_;
};

}  // namespace dossier::nlp::train
