#include "nlp/train/perceptron.h"

#include <algorithm>
#include <cmath>

namespace dossier::nlp::train {

void Perceptron::Score(std::span<const uint64_t> features, float* scores) const {
  for (int c = 0; c < num_classes_; ++c) scores[c] = 0;
  for (uint64_t f : features) {
    auto it = index_.find(f);
    if (it == index_.end()) continue;
    for (const Weight& w : rows_[it->second]) scores[w.cls] += w.w;
  }
}

void Perceptron::Add(std::vector<Weight>& row, int cls, float delta) {
  for (Weight& w : row) {
    if (w.cls == cls) {
      w.total += static_cast<double>(now_ - w.stamp) * w.w;
      w.stamp = now_;
      w.w += delta;
      return;
    }
  }
  row.push_back({static_cast<uint16_t>(cls), delta, 0.0, now_});
}

void Perceptron::Update(std::span<const uint64_t> features, int truth, int guess, float step) {
  if (truth == guess) return;
  for (uint64_t f : features) {
    auto [it, inserted] = index_.try_emplace(f, static_cast<uint32_t>(rows_.size()));
    if (inserted) {
      rows_.emplace_back();
      keys_.push_back(f);
    }
    auto& row = rows_[it->second];
    Add(row, truth, step);
    if (guess >= 0) Add(row, guess, -step);
  }
}

void Perceptron::AddTo(std::span<const uint64_t> features, int cls, float delta) {
  for (uint64_t f : features) {
    auto [it, inserted] = index_.try_emplace(f, static_cast<uint32_t>(rows_.size()));
    if (inserted) {
      rows_.emplace_back();
      keys_.push_back(f);
    }
    Add(rows_[it->second], cls, delta);
  }
}

Perceptron::Rows Perceptron::AveragedRows() const {
  Rows avg(rows_.size());
  for (size_t i = 0; i < rows_.size(); ++i) {
    for (const Weight& w : rows_[i]) {
      double total = w.total + static_cast<double>(now_ - w.stamp) * w.w;
      avg[i].emplace_back(w.cls, static_cast<float>(total / static_cast<double>(now_)));
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

LinearModel Perceptron::Average(float min_abs, size_t max_bytes) const {
  Rows avg = AveragedRows();
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
  while (max_bytes > 0 && size_at(t) > max_bytes) t = t < 1e-3f ? 1e-3f : t * 1.5f;
  for (auto& row : avg) {
    row.erase(std::remove_if(row.begin(), row.end(), [&](auto& e) { return std::fabs(e.second) <= t; }),
              row.end());
  }
  return LinearModel::Build(num_classes_, keys_, avg);
}

}  // namespace dossier::nlp::train
