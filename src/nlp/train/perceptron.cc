#include "nlp/train/perceptron.h"

#include <algorithm>
#include <bit>
#include <unordered_map>
#include <cmath>

namespace dossier::nlp::train {

int64_t Perceptron::Find(uint64_t key) const {
  if (key == 0) return zero_row_;
  if (slots_.empty()) return -1;
  const uint64_t mask = slots_.size() - 1;
  for (uint64_t s = Home(key);; s = (s + 1) & mask) {
    if (slots_[s].key == key) return slots_[s].row;
    if (slots_[s].key == 0) return -1;
  }
}

void Perceptron::Grow() {
  std::vector<Slot> old = std::move(slots_);
  size_t cap = old.empty() ? 1024 : old.size() * 2;
  slots_.assign(cap, Slot{0, 0});
  shift_ = 64 - std::countr_zero(cap);
  const uint64_t mask = cap - 1;
  for (const Slot& o : old) {
    if (o.key == 0) continue;
    uint64_t s = Home(o.key);
    while (slots_[s].key != 0) s = (s + 1) & mask;
    slots_[s] = o;
  }
}

uint32_t Perceptron::FindOrAdd(uint64_t key) {
  auto add = [&] {
    cells_.emplace_back();
    sums_.emplace_back();
    keys_.push_back(key);
    return static_cast<uint32_t>(cells_.size() - 1);
  };
  if (key == 0) {
    if (zero_row_ < 0) zero_row_ = add();
    return static_cast<uint32_t>(zero_row_);
  }
  if ((keys_.size() + 1) * 2 > slots_.size()) Grow();  // load factor <= 1/2
  const uint64_t mask = slots_.size() - 1;
  uint64_t s = Home(key);
  for (; slots_[s].key != 0; s = (s + 1) & mask) {
    if (slots_[s].key == key) return slots_[s].row;
  }
  uint32_t row = add();
  slots_[s] = {key, row};
  return row;
}

void Perceptron::Score(std::span<const uint64_t> features, float* scores) const {
  for (int c = 0; c < num_classes_; ++c) scores[c] = 0;
  // Prefetch the slots of a chunk of features, then their rows, then add the
  // rows in feature order (the sums are those of a plain loop).
  constexpr size_t kChunk = 64;
  const std::vector<Cell>* rows[kChunk];
  for (size_t base = 0; base < features.size(); base += kChunk) {
    size_t m = std::min(kChunk, features.size() - base);
    if (!slots_.empty()) {
      for (size_t i = 0; i < m; ++i) __builtin_prefetch(&slots_[Home(features[base + i])]);
    }
    for (size_t i = 0; i < m; ++i) {
      int64_t r = Find(features[base + i]);
      rows[i] = r < 0 ? nullptr : &cells_[r];
      if (r >= 0 && !rows[i]->empty()) __builtin_prefetch(rows[i]->data());
    }
    for (size_t i = 0; i < m; ++i) {
      if (rows[i] == nullptr) continue;
      for (const Cell& c : *rows[i]) scores[c.cls] += c.w;
    }
  }
}

void Perceptron::Add(uint32_t row, int cls, float delta) {
  std::vector<Cell>& cells = cells_[row];
  for (size_t j = 0; j < cells.size(); ++j) {
    if (cells[j].cls == cls) {
      Sum& sum = sums_[row][j];
      sum.total += static_cast<double>(now_ - sum.stamp) * cells[j].w;
      sum.stamp = now_;
      cells[j].w += delta;
      return;
    }
  }
  cells.push_back({delta, static_cast<uint16_t>(cls)});
  sums_[row].push_back({0.0, now_});
}

void Perceptron::Update(std::span<const uint64_t> features, int truth, int guess, float step) {
  if (truth == guess) return;
  for (uint64_t f : features) {
    uint32_t row = FindOrAdd(f);
    Add(row, truth, step);
    if (guess >= 0) Add(row, guess, -step);
  }
}

void Perceptron::AddTo(std::span<const uint64_t> features, int cls, float delta) {
  for (uint64_t f : features) Add(FindOrAdd(f), cls, delta);
}

Perceptron::Rows Perceptron::AveragedRows() const {
  Rows avg(cells_.size());
  for (size_t i = 0; i < cells_.size(); ++i) {
    for (size_t j = 0; j < cells_[i].size(); ++j) {
      const Cell& c = cells_[i][j];
      const Sum& s = sums_[i][j];
      double total = s.total + static_cast<double>(now_ - s.stamp) * c.w;
      avg[i].emplace_back(c.cls, static_cast<float>(total / static_cast<double>(now_)));
    }
  }
  return avg;
}

LinearModel Perceptron::Mean(const std::vector<const Perceptron*>& runs, float min_abs) {
  if (runs.empty()) return LinearModel();
  std::unordered_map<uint64_t, uint32_t> index;
  std::vector<uint64_t> keys;
  std::vector<std::vector<float>> dense;  // per key, one weight per class
  const int nc = runs[0]->num_classes();
  const float share = 1.0f / static_cast<float>(runs.size());
  for (const Perceptron* run : runs) {
    Rows rows = run->AveragedRows();
    for (size_t i = 0; i < rows.size(); ++i) {
      auto [it, inserted] = index.try_emplace(run->keys()[i], static_cast<uint32_t>(keys.size()));
      if (inserted) {
        keys.push_back(run->keys()[i]);
        dense.emplace_back(nc, 0.0f);
      }
      for (const auto& [c, w] : rows[i]) dense[it->second][c] += share * w;
    }
  }
  Rows out(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    for (int c = 0; c < nc; ++c) {
      if (std::fabs(dense[i][c]) > min_abs) out[i].emplace_back(static_cast<uint16_t>(c), dense[i][c]);
    }
  }
  return LinearModel::Build(nc, keys, out);
}

LinearModel Perceptron::Average(float min_abs, size_t max_bytes, bool exact_fit) const {
  return Prune(num_classes_, keys_, AveragedRows(), min_abs, max_bytes, exact_fit);
}

LinearModel Perceptron::Prune(int num_classes, const std::vector<uint64_t>& keys, Rows avg,
                              float min_abs, size_t max_bytes, bool exact_fit) {
  // On disk: 12 bytes per feature (key, row length) and 3 per weight.
  auto size_at = [&](float t) {
    size_t bytes = 0;
    for (const auto& row : avg) {
      size_t kept = 0;
      for (const auto& [c, w] : row) kept += std::fabs(w) > t;
      if (kept > 0) bytes += 12 + 3 * kept;
    }
    return bytes;
  };
  float t = min_abs;
  if (!exact_fit) {
    while (max_bytes > 0 && size_at(t) > max_bytes) t = t < 1e-3f ? 1e-3f : t * 1.5f;
  } else if (max_bytes > 0 && size_at(t) > max_bytes) {
    // The least threshold (to 0.1 %) at which the model fits: a geometric
    // bisection between `min_abs` and the largest weight (nothing left there).
    float hi = 0;
    for (const auto& row : avg) {
      for (const auto& [c, w] : row) hi = std::max(hi, std::fabs(w));
    }
    float lo = std::max(t, 1e-7f);
    while (hi > lo * 1.001f) {
      float mid = std::sqrt(lo * hi);
      (size_at(mid) > max_bytes ? lo : hi) = mid;
    }
    t = hi;
  }
  for (auto& row : avg) {
    row.erase(std::remove_if(row.begin(), row.end(), [&](auto& e) { return std::fabs(e.second) <= t; }),
              row.end());
  }
  return LinearModel::Build(num_classes, keys, avg);
}

}  // namespace dossier::nlp::train
