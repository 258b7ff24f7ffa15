// Viterbi over BILOU: always a valid sequence, and the same best score as a
// brute-force search over all valid sequences on small random score tables.
#include "nlp/bilou_viterbi.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "nlp/ner_tagger.h"

namespace dossier::nlp {
namespace {

bool ValidSequence(const std::vector<int>& labels) {
  int n = static_cast<int>(labels.size());
  for (int i = 0; i < n; ++i) {
    if (!BilouLabels::Valid(i == 0 ? -1 : labels[i - 1], labels[i], i == n - 1)) return false;
  }
  return true;
}

float SequenceScore(const std::vector<int>& labels, const std::vector<float>& em,
                    const std::vector<float>& tr, int L) {
  float s = 0;
  for (size_t i = 0; i < labels.size(); ++i) {
    int p = i == 0 ? L : labels[i - 1];
    s += tr[p * L + labels[i]] + em[i * L + labels[i]];
  }
  return s;
}

// Best score over every valid sequence of length n (L^n candidates).
float BruteForce(const std::vector<float>& em, const std::vector<float>& tr, int L, int n) {
  std::vector<int> seq(n, 0);
  float best = -1e30f;
  while (true) {
    if (ValidSequence(seq)) best = std::max(best, SequenceScore(seq, em, tr, L));
    int i = 0;
    while (i < n && ++seq[i] == L) seq[i++] = 0;
    if (i == n) return best;
  }
}

TEST(BilouViterbiTest, AgreesWithBruteForceAndIsValid) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> u(-3.0f, 3.0f);
  for (int types : {1, 2, 3}) {
    BilouViterbi v(types);
    const int L = v.num_labels();
    int max_n = types == 3 ? 4 : 5;
    for (int n = 1; n <= max_n; ++n) {
      for (int trial = 0; trial < 20; ++trial) {
        std::vector<float> em(n * L), tr((L + 1) * L);
        for (float& x : em) x = u(rng);
        for (float& x : tr) x = u(rng);
        std::vector<int> labels(n, -1);
        float score = v.Decode(em.data(), tr.data(), n, labels.data());
        ASSERT_TRUE(ValidSequence(labels)) << "types " << types << " n " << n;
        EXPECT_NEAR(score, SequenceScore(labels, em, tr, L), 1e-4f);
        EXPECT_NEAR(score, BruteForce(em, tr, L, n), 1e-4f) << "types " << types << " n " << n;
      }
    }
  }
}

TEST(BilouViterbiTest, StrongInvalidPreferencesStillGiveValidSequences) {
  // Emissions that favour I- everywhere (never valid at the start) and B- at the end.
  BilouViterbi v(3);
  const int L = v.num_labels();
  for (int n : {1, 2, 7, 256}) {
    std::vector<float> em(n * L, 0.0f), tr((L + 1) * L, 0.0f);
    for (int i = 0; i < n; ++i) em[i * L + BilouLabels::Label(1, 0)] = 10.0f;
    em[(n - 1) * L + BilouLabels::Label(0, 2)] = 50.0f;
    std::vector<int> labels(n, -1);
    v.Decode(em.data(), tr.data(), n, labels.data());
    EXPECT_TRUE(ValidSequence(labels)) << n;
  }
}

}  // namespace
}  // namespace dossier::nlp
