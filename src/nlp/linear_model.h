// A sparse multi-class linear model over hashed features: the scoring half of
// the averaged perceptron shared by the POS tagger, the NER tagger and the parser.
//
// Each feature is a 64-bit hash (see features.h). The model maps a feature to a
// short list of (class, weight) pairs; weights are int16 with one global scale,
// and features whose weights all round to zero were pruned at export. Lookup is
// an open-addressing table, so scoring allocates nothing.
//
// Memory layout (built at load time; the file layout is unchanged): a table at
// load factor 0.35 (short probe sequences measured faster than a small table)
// of 16-byte slots, each holding the full key and, for rows of at most two
// weights (most rows), the weights themselves, so most lookups touch one line.
// Longer rows live in a side array; rows covering at least a quarter of the
// classes (the frequent features: tags, bias) are stored dense and added
// with vector instructions. The slot table sits on transparent huge
// pages where the kernel allows it (fewer TLB misses on random lookups).
//
// Example:
//   float scores[kMaxClasses];
//   model.Score(features, scores);   // scores[c] for c < model.num_classes()
//
// Thread-safety: immutable after construction; Score is const and reentrant.
// Errors: Deserialize returns kCorruption for malformed bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
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
  LinearModel(LinearModel&&) noexcept = default;
  LinearModel& operator=(LinearModel&&) noexcept = default;

  // `rows[i]` holds the nonzero float weights of feature `keys[i]`.
  static LinearModel Build(int num_classes, const std::vector<uint64_t>& keys,
                           const std::vector<std::vector<std::pair<uint16_t, float>>>& rows);

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return num_weights_; }

  // Adds the weights of `features` to scores[0..num_classes) (zeroed first).
  void Score(std::span<const uint64_t> features, float* scores) const;
  // The same sums unscaled: acc[c] is the sum of the quantised weights, so
  // Score's scores[c] = acc[c] * scale(). `acc` holds kMaxClasses values (the
  // entries from num_classes() on are scratch). Integer sums add up exactly
  // along a transition sequence (beam search compares such totals).
  void ScoreRaw(std::span<const uint64_t> features, int32_t* acc) const;
  // Starts loading the table slots of `features` into the cache: beam search
  // requests the slots of all its hypotheses before scoring them one by one
  // (measured ~5 % faster than three-pass scoring of all lists together).
  void Prefetch(std::span<const uint64_t> features) const {
    if (!slots_) return;
    for (uint64_t f : features) __builtin_prefetch(&slots_[Home(f)]);
  }
  // The quantised row of one feature (empty when absent), for tests and tools.
  std::vector<Entry> Row(uint64_t feature) const;
  float scale() const { return scale_; }

  std::string Serialize() const;
  static base::Result<LinearModel> Deserialize(std::string_view bytes);

 private:
  static constexpr uint16_t kInline = 2;  // rows this short live in the slot
  static constexpr uint16_t kDense = 0x8000;  // flag on Slot::len
  struct Slot {
    uint64_t key;  // 0 = empty (feature hashes are never 0)
    uint16_t len;  // row length, | kDense for a dense row
    uint8_t cls[kInline];
    union {
      int16_t weight[kInline];  // len <= kInline
      uint32_t begin;           // longer: row start in overflow_ or dense_
    };
  };
  static_assert(sizeof(Slot) == 16);
  struct FreeSlots {
    void operator()(Slot* p) const;
  };

  // Allocates an empty table for `features` keys.
  void Reserve(size_t features);
  // Inserts a row; false if the key is 0 or already present.
  bool Insert(uint64_t key, const Entry* row, uint32_t len);
  const Slot* Find(uint64_t key) const;

  int num_classes_ = 0;
  float scale_ = 1.0f;
  size_t num_features_ = 0;
  size_t num_weights_ = 0;
  uint64_t cap_ = 0;  // slots in the table
  // A feature's first slot (multiply-shift: any table size works), and the
  // slot after `s` (linear probing).
  uint64_t Home(uint64_t key) const {
    return static_cast<uint64_t>((static_cast<unsigned __int128>(key) * cap_) >> 64);
  }
  uint64_t Next(uint64_t s) const { return s + 1 == cap_ ? 0 : s + 1; }
  std::unique_ptr<Slot[], FreeSlots> slots_;
  int dense_width_ = 8;  // num_classes_ rounded up to a multiple of 8
  std::vector<Entry> overflow_;
  std::vector<int16_t> dense_;
};

}  // namespace dossier::nlp
