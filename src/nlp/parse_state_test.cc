// The transition system always yields single-rooted trees, and the dynamic
// oracle's cost is zero along the gold sequence of a projective tree.
#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <vector>

#include "nlp/parse_state.h"
#include "nlp/train/parse_oracle.h"

namespace dossier::nlp {
namespace {

// Heads (ROOT = n) of a random projective tree over n words: each span
// [lo, hi) picks a head, whose left and right parts are split recursively.
void RandomProjective(std::mt19937_64& rng, int lo, int hi, int head, std::vector<int>* heads) {
  if (lo >= hi) return;
  int h = std::uniform_int_distribution<int>(lo, hi - 1)(rng);
  (*heads)[h] = head;
  // Children of h: split [lo, h) and (h, hi) into consecutive subtrees.
  for (auto [a, b] : {std::pair{lo, h}, std::pair{h + 1, hi}}) {
    while (a < b) {
      int cut = std::uniform_int_distribution<int>(a + 1, b)(rng);
      RandomProjective(rng, a, cut, h, heads);
      a = cut;
    }
  }
}

void ExpectSingleRootedTree(const ParseState& s) {
  int roots = 0;
  for (int i = 0; i < s.n; ++i) {
    ASSERT_GE(s.heads[i], 0);
    ASSERT_LE(s.heads[i], s.n);
    ASSERT_NE(s.heads[i], i);
    roots += s.heads[i] == s.n;
    int steps = 0;  // following heads reaches ROOT without a cycle
    for (int h = i; h != s.n && steps <= s.n; h = s.heads[h]) ++steps;
    ASSERT_LE(steps, s.n);
  }
  EXPECT_EQ(roots, 1);
}

TEST(ParseStateTest, EveryValidSequenceYieldsSingleRootedTree) {
  std::mt19937_64 rng(7);
  Transitions tr{5};
  auto s = std::make_unique<ParseState>();
  for (int trial = 0; trial < 2000; ++trial) {
    int n = 1 + static_cast<int>(rng() % 40);
    s->Init(n);
    int moves = 0;
    while (!s->Terminal()) {
      std::vector<int> valid;
      for (int t = 0; t < tr.size(); ++t) {
        if (tr.Valid(*s, t)) valid.push_back(t);
      }
      ASSERT_FALSE(valid.empty());
      tr.Apply(*s, valid[rng() % valid.size()]);
      ++moves;
    }
    EXPECT_EQ(moves, 2 * n);
    ExpectSingleRootedTree(*s);
  }
}

TEST(ParseOracleTest, ZeroCostAlongGoldForProjectiveTrees) {
  std::mt19937_64 rng(11);
  Transitions tr{1};
  auto s = std::make_unique<ParseState>();
  for (int trial = 0; trial < 2000; ++trial) {
    int n = 1 + static_cast<int>(rng() % 30);
    std::vector<int> gold(n, -1);
    RandomProjective(rng, 0, n, n, &gold);
    s->Init(n);
    while (!s->Terminal()) {
      int costs[3];
      train::ParseOracleCosts(*s, gold, costs);
      // Some move keeps every gold arc reachable; take a random zero-cost one.
      std::vector<int> zero;
      for (int kind = 0; kind < 3; ++kind) {
        if (costs[kind] == 0) zero.push_back(kind);
      }
      ASSERT_FALSE(zero.empty()) << "trial " << trial;
      int kind = zero[rng() % zero.size()];
      ASSERT_TRUE(tr.Valid(*s, kind));  // with one label, move id = kind
      tr.Apply(*s, kind);
    }
    for (int i = 0; i < n; ++i) ASSERT_EQ(s->heads[i], gold[i]) << "trial " << trial;
  }
}

TEST(ParseOracleTest, CostCountsArcsLostByTheMove) {
  // Gold: 0 <- 1 -> 2, 1 is the root. After SHIFT SHIFT (0's arc is already
  // lost), SHIFT keeps 1 -> 2 and 1's root arc; LEFT or RIGHT pops 1 and loses
  // both.
  std::vector<int> gold = {1, 3, 1};
  auto s = std::make_unique<ParseState>();
  s->Init(3);
  Transitions tr{1};
  tr.Apply(*s, 0);
  tr.Apply(*s, 0);
  int costs[3];
  train::ParseOracleCosts(*s, gold, costs);
  EXPECT_EQ(costs[0], 0);
  EXPECT_EQ(costs[1], 2);
  EXPECT_EQ(costs[2], 2);
}

}  // namespace
}  // namespace dossier::nlp
