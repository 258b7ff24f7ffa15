// The perceptron's scores and averaged weights against a plain reference
// (maps of current weights, summed at every tick).
#include "nlp/train/perceptron.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <vector>

namespace dossier::nlp::train {
namespace {

TEST(PerceptronTest, MatchesPlainReference) {
  const int classes = 7;
  Perceptron p(classes);
  std::map<uint64_t, std::map<int, double>> w, sum;  // current weights, sums over ticks
  std::mt19937_64 rng(17);
  // Enough keys to grow the index several times; key 0 is a feature too.
  auto key = [&] { return rng() % 3 == 0 ? rng() % 8 : rng() % 3000; };
  for (int round = 0; round < 2000; ++round) {
    std::vector<uint64_t> feats(1 + rng() % 6);
    for (auto& f : feats) f = key();
    int truth = static_cast<int>(rng() % classes), guess = static_cast<int>(rng() % classes);
    if (rng() % 2) {
      p.Update(feats, truth, guess);
      if (truth != guess) {
        for (uint64_t f : feats) w[f][truth] += 1, w[f][guess] -= 1;
      }
    } else {
      p.AddTo(feats, truth, 0.5f);
      for (uint64_t f : feats) w[f][truth] += 0.5;
    }
    std::vector<uint64_t> probe(1 + rng() % 8);
    for (auto& f : probe) f = key();
    float scores[classes];
    p.Score(probe, scores);
    std::vector<double> expect(classes, 0.0);
    for (uint64_t f : probe) {
      auto it = w.find(f);
      if (it == w.end()) continue;
      for (const auto& [c, v] : it->second) expect[c] += v;
    }
    for (int c = 0; c < classes; ++c) ASSERT_NEAR(scores[c], expect[c], 1e-3) << "round " << round;
    p.Tick();
    for (const auto& [f, row] : w) {
      for (const auto& [c, v] : row) sum[f][c] += v;
    }
  }
  // Averaged weights: the sums over ticks divided by the ticks + 1.
  auto rows = p.AveragedRows();
  ASSERT_EQ(rows.size(), p.keys().size());
  ASSERT_EQ(p.keys().size(), w.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    uint64_t f = p.keys()[i];
    ASSERT_EQ(rows[i].size(), w[f].size());
    for (const auto& [c, v] : rows[i]) {
      ASSERT_NEAR(v, sum[f][c] / 2001.0, 1e-5) << "feature " << f << " class " << c;
    }
  }
}

// Over the size limit, exact_fit keeps the most weights that fit; the old
// x1.5 steps fit too but may keep fewer.
TEST(PerceptronTest, PrunesToFit) {
  Perceptron p(5);
  std::mt19937_64 rng(3);
  for (int i = 0; i < 3000; ++i) {
    std::vector<uint64_t> feats = {1 + rng() % 20000};
    p.AddTo(feats, static_cast<int>(rng() % 5), static_cast<float>(rng() % 1000) * 1e-4f);
    p.Tick();
  }
  auto bytes = [](const LinearModel& m) { return 12 * m.num_features() + 3 * m.num_weights(); };
  const size_t all = bytes(p.Average(0.0f));
  for (size_t limit : {all / 2, all / 5, all / 20}) {
    LinearModel exact = p.Average(0.0f, limit, true), steps = p.Average(0.0f, limit, false);
    EXPECT_LE(bytes(exact), limit);
    EXPECT_LE(bytes(steps), limit);
    EXPECT_GE(bytes(exact), bytes(steps));
    EXPECT_GT(bytes(exact), limit * 9 / 10) << "limit " << limit;  // weights are spread finely
  }
}

}  // namespace
}  // namespace dossier::nlp::train
