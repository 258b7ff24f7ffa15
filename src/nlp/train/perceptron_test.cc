// The perceptron's scores and averaged weights against a plain reference
// (maps of current weights, summed at every tick).
#include "nlp/train/perceptron.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <sstream>
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

// A run of random updates from `seed` (one per run in the tests below).
void RandomRun(int seed, Perceptron* p, std::ostream& log) {
  std::mt19937_64 rng(seed);
  for (int round = 0; round < 500; ++round) {
    std::vector<uint64_t> feats(1 + rng() % 4);
    for (auto& f : feats) f = 1 + rng() % 400;  // a model has no key 0
    p->Update(feats, static_cast<int>(rng() % 5), static_cast<int>(rng() % 5));
    p->Tick();
  }
  log << "run " << seed << " done\n";
}

// Runs trained side by side give the same perceptrons, mean and log as one
// after another.
TEST(PerceptronTest, TrainRunsIndependentOfThreads) {
  std::ostringstream log1, log4;
  auto one = TrainRuns(5, 5, 1, RandomRun, log1);
  auto four = TrainRuns(5, 5, 4, RandomRun, log4);
  EXPECT_EQ(log1.str(), "run 0 done\nrun 1 done\nrun 2 done\nrun 3 done\nrun 4 done\n");
  EXPECT_EQ(log4.str(), log1.str());
  std::vector<const Perceptron*> a, b;
  for (int r = 0; r < 5; ++r) {
    EXPECT_EQ(one[r].AveragedRows(), four[r].AveragedRows()) << "run " << r;
    a.push_back(&one[r]);
    b.push_back(&four[r]);
  }
  EXPECT_EQ(Perceptron::Mean(a, 1e-3f).Serialize(), Perceptron::Mean(b, 1e-3f).Serialize());
}

// The mean of runs against a dense reference: every weight is the mean of the
// runs' averaged weights, those at or under the threshold left out.
TEST(PerceptronTest, MeanMatchesDenseReference) {
  std::ostringstream log;
  auto runs = TrainRuns(3, 5, 2, RandomRun, log);
  std::map<uint64_t, std::map<int, double>> expect;
  for (const Perceptron& p : runs) {
    auto rows = p.AveragedRows();
    for (size_t i = 0; i < rows.size(); ++i) {
      for (const auto& [c, w] : rows[i]) expect[p.keys()[i]][c] += w / 3.0;
    }
  }
  std::vector<const Perceptron*> ptrs;
  for (const Perceptron& p : runs) ptrs.push_back(&p);
  LinearModel m = Perceptron::Mean(ptrs, 0.05f);
  float scores[5];
  for (const auto& [f, row] : expect) {
    uint64_t key = f;
    m.Score(std::span<const uint64_t>(&key, 1), scores);
    for (int c = 0; c < 5; ++c) {
      double w = row.count(c) ? row.at(c) : 0.0;
      double want = std::fabs(w) > 0.05 ? w : 0.0;
      ASSERT_NEAR(scores[c], want, 1e-3) << "feature " << f << " class " << c;
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
