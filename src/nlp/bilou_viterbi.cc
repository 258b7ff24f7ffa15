#include "nlp/bilou_viterbi.h"

#include <limits>

#include "nlp/features.h"
#include "nlp/ner_tagger.h"

namespace dossier::nlp {

BilouViterbi::BilouViterbi(int num_types)
    : num_labels_(1 + 4 * num_types), prev_(num_labels_), can_start_(num_labels_),
      can_end_(num_labels_) {
  for (int c = 0; c < num_labels_; ++c) {
    for (int p = 0; p < num_labels_; ++p) {
      if (BilouLabels::Valid(p, c, false)) prev_[c].push_back(static_cast<uint8_t>(p));
    }
    can_start_[c] = BilouLabels::Valid(-1, c, false);
    // Valid(p, c, true) == Valid(p, c, false) && c is neither B nor I.
    int prefix = BilouLabels::Prefix(c);
    can_end_[c] = prefix != 0 && prefix != 1;
  }
}

float BilouViterbi::Decode(const float* emission, const float* transition, int n,
                           int* labels) const {
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  const int L = num_labels_;
  float delta[2][kMaxBilouLabels] = {};
  uint8_t back[kMaxSentenceWords][kMaxBilouLabels];
  const float* start = transition + L * L;
  for (int c = 0; c < L; ++c) delta[0][c] = can_start_[c] ? start[c] + emission[c] : kNone;
  for (int i = 1; i < n; ++i) {
    const float* prev = delta[(i - 1) & 1];
    float* cur = delta[i & 1];
    const float* em = emission + i * L;
    for (int c = 0; c < L; ++c) {
      float best = kNone;
      uint8_t arg = prev_[c].empty() ? 0 : prev_[c][0];
      for (uint8_t p : prev_[c]) {
        float s = prev[p] + transition[p * L + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[c] = best + em[c];
      back[i][c] = arg;
    }
  }
  const float* last = delta[(n - 1) & 1];
  int best = 0;  // O may always end a sentence
  for (int c = 1; c < L; ++c) {
    if (can_end_[c] && last[c] > last[best]) best = c;
  }
  float score = last[best];
  for (int i = n - 1; i >= 0; --i) {
    labels[i] = best;
    if (i > 0) best = back[i][best];
  }
  return score;
}

}  // namespace dossier::nlp
