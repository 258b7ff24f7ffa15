// LinearModel::Score (prefetching, rows inline in the table or in the side
// array) agrees exactly with a plain map-based reference scorer.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <unordered_map>
#include <vector>

#include "nlp/features.h"
#include "nlp/linear_model.h"

namespace dossier::nlp {
namespace {

TEST(LinearModelTest, ScoreMatchesReferenceOnRandomModels) {
  std::mt19937_64 rng(3);
  for (int trial = 0; trial < 20; ++trial) {
    int classes = 1 + static_cast<int>(rng() % 120);
    size_t features = 1 + rng() % 5000;
    std::vector<uint64_t> keys;
    std::vector<std::vector<std::pair<uint16_t, float>>> rows;
    std::normal_distribution<float> weight(0.0f, 2.0f);
    for (size_t i = 0; i < features; ++i) {
      keys.push_back(Feat(trial, i));
      int len = rng() % 4 == 0 ? static_cast<int>(rng() % (classes + 1)) : static_cast<int>(rng() % 3);
      std::vector<std::pair<uint16_t, float>> row;
      for (int c = 0; c < classes && static_cast<int>(row.size()) < len; ++c) {
        if (rng() % 2 == 0) row.emplace_back(static_cast<uint16_t>(c), weight(rng));
      }
      rows.push_back(row);
    }
    LinearModel m = LinearModel::Build(classes, keys, rows);
    auto loaded = LinearModel::Deserialize(m.Serialize());
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    // Reference: the same quantisation, summed per class in a map lookup.
    std::unordered_map<uint64_t, std::vector<std::pair<int, long>>> ref;
    for (size_t i = 0; i < features; ++i) {
      for (const auto& [c, w] : rows[i]) {
        long q = std::lround(w / m.scale());
        if (q != 0) ref[keys[i]].emplace_back(c, q);
      }
    }
    for (int q = 0; q < 50; ++q) {
      std::vector<uint64_t> f;
      int k = static_cast<int>(rng() % 200);
      for (int j = 0; j < k; ++j) {
        f.push_back(rng() % 3 == 0 ? Feat(999, rng()) : keys[rng() % features]);  // some absent
      }
      std::vector<long> sum(classes, 0);
      for (uint64_t x : f) {
        auto it = ref.find(x);
        if (it == ref.end()) continue;
        for (const auto& [c, w] : it->second) sum[c] += w;
      }
      float a[kMaxClasses], b[kMaxClasses];
      m.Score(f, a);
      loaded->Score(f, b);
      for (int c = 0; c < classes; ++c) {
        ASSERT_EQ(a[c], static_cast<float>(static_cast<int32_t>(sum[c])) * m.scale());
        ASSERT_EQ(a[c], b[c]);
      }
    }
  }
}

}  // namespace
}  // namespace dossier::nlp
