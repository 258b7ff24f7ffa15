// The transition system always yields single-rooted trees, and the dynamic
// oracle's cost is zero along the gold sequence of a projective tree.
#include <gtest/gtest.h>

#include <memory>
#include <algorithm>
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

// A random allowed move.
int RandomAllowed(const Transitions& tr, const ParseState& s, int root, std::mt19937_64& rng) {
  std::vector<int> allowed;
  for (int t = 0; t < tr.size(); ++t) {
    if (tr.Allowed(s, t, root)) allowed.push_back(t);
  }
  return allowed[rng() % allowed.size()];
}

// A copy continues exactly as the original (beam search copies states).
TEST(ParseStateTest, CopyFromContinuesLikeTheOriginal) {
  std::mt19937_64 rng(3);
  Transitions tr{4};
  auto a = std::make_unique<ParseState>();
  auto b = std::make_unique<ParseState>();
  for (int trial = 0; trial < 500; ++trial) {
    int n = 1 + static_cast<int>(rng() % 30);
    a->Init(n);
    b->Init(kMaxSentenceWords);  // stale contents beyond n must not matter
    for (int t = 0; t < kMaxSentenceWords; ++t) tr.Apply(*b, 0);
    size_t copy_at = rng() % (2 * n);
    std::vector<int> moves;
    for (size_t step = 0; !a->Terminal(); ++step) {
      if (step == copy_at) b->CopyFrom(*a);
      std::vector<int> valid;
      for (int t = 0; t < tr.size(); ++t) {
        if (tr.Valid(*a, t)) valid.push_back(t);
      }
      int t = valid[rng() % valid.size()];
      tr.Apply(*a, t);
      if (step >= copy_at) moves.push_back(t);
    }
    for (int t : moves) tr.Apply(*b, t);
    ASSERT_TRUE(b->Terminal());
    for (int i = 0; i <= n; ++i) {
      ASSERT_EQ(a->heads[i], b->heads[i]);
      ASSERT_EQ(a->labels[i], b->labels[i]);
      ASSERT_EQ(a->lc1[i], b->lc1[i]);
      ASSERT_EQ(a->rc2[i], b->rc2[i]);
      ASSERT_EQ(a->nl[i], b->nl[i]);
      ASSERT_EQ(a->rset[i], b->rset[i]);
    }
  }
}

// Allowed / Forced follow the parser's label rule: "root" exactly on ROOT's arc.
TEST(ParseStateTest, ForcedMovesAndRootLabel) {
  Transitions tr{3};
  const int root = 1;
  auto s = std::make_unique<ParseState>();
  s->Init(2);
  EXPECT_EQ(Transitions::Forced(*s, root), 0);  // empty stack: SHIFT
  tr.Apply(*s, 0);
  EXPECT_EQ(Transitions::Forced(*s, root), -1);
  EXPECT_FALSE(tr.Allowed(*s, 1 + root, root));  // LEFT-root onto a word
  EXPECT_TRUE(tr.Allowed(*s, 1 + 0, root));
  tr.Apply(*s, 0);
  tr.Apply(*s, 1 + 3 + 2);  // RIGHT-2: word 1 under word 0
  EXPECT_EQ(s->buffer, s->n);
  EXPECT_EQ(Transitions::Forced(*s, root), 1 + root);  // the root arc
  EXPECT_EQ(Transitions::Forced(*s, -1), -1);          // no root label: any label
  EXPECT_TRUE(tr.Allowed(*s, 1 + 0, -1));
  EXPECT_FALSE(tr.Allowed(*s, 1 + 0, root));
}

// VisitBeamMoves visits exactly the allowed moves, in id order, and keeps
// SHIFT plus the best `per_kind` labels of LEFT and of RIGHT (all with 0).
TEST(ParseStateTest, BeamMovesKeepTheBestLabels) {
  std::mt19937_64 rng(5);
  Transitions tr{6};
  const int root = 2;
  auto s = std::make_unique<ParseState>();
  for (int trial = 0; trial < 300; ++trial) {
    int n = 1 + static_cast<int>(rng() % 12);
    s->Init(n);
    while (!s->Terminal()) {
      std::vector<int> scores(tr.size());
      for (auto& v : scores) v = static_cast<int>(rng() % 5);  // many ties
      for (int per_kind : {0, 1, 2, 3}) {
        std::vector<int> visited, kept;
        VisitBeamMoves(tr, *s, root, per_kind, scores.data(), [&](int t, bool keep) {
          visited.push_back(t);
          if (keep) kept.push_back(t);
        });
        std::vector<int> allowed;
        for (int t = 0; t < tr.size(); ++t) {
          if (tr.Allowed(*s, t, root)) allowed.push_back(t);
        }
        ASSERT_EQ(visited, allowed);
        // Expected: per kind, allowed labels sorted by score (desc), then id.
        std::vector<int> expect;
        if (tr.Allowed(*s, 0, root)) expect.push_back(0);
        for (int kind = 1; kind <= 2; ++kind) {
          std::vector<int> ids;
          for (int t : allowed) {
            if (t != 0 && tr.Kind(t) == kind) ids.push_back(t);
          }
          std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) { return scores[a] > scores[b]; });
          if (per_kind > 0 && static_cast<int>(ids.size()) > per_kind) ids.resize(per_kind);
          std::sort(ids.begin(), ids.end());
          expect.insert(expect.end(), ids.begin(), ids.end());
        }
        ASSERT_EQ(kept, expect) << "per_kind " << per_kind;
      }
      tr.Apply(*s, RandomAllowed(tr, *s, root, rng));
    }
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
