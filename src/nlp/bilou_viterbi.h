// Exact first-order Viterbi decoding over BILOU labels (see BilouLabels) with
// hard transition constraints: the result is always a valid BILOU sequence
// (no I/L without an open B of the same type, no entity left open at the end).
//
// Scores are emission[i * L + c] (label c at word i, L = labels) plus
// transition[p * L + c] for label p followed by c, where row p = L is the
// sentence start. Only valid transitions are visited, so decoding costs about
// 7 additions per label and word.
//
// Example:
//   BilouViterbi v(3);                       // PERSON, ORG, LOC -> 13 labels
//   v.Decode(emission, transition, n, labels);
//
// Thread-safety: immutable after construction; Decode is const and reentrant
// (scratch lives on the stack; n <= kMaxSentenceWords).
#pragma once

#include <cstdint>
#include <vector>

namespace dossier::nlp {

// At most this many labels (15 entity types).
inline constexpr int kMaxBilouLabels = 61;

class BilouViterbi {
 public:
  // num_types <= (kMaxBilouLabels - 1) / 4.
  explicit BilouViterbi(int num_types);
  int num_labels() const { return num_labels_; }
  // Writes the best valid label sequence to labels[0..n) and returns its
  // score. Requires 0 < n <= kMaxSentenceWords.
  float Decode(const float* emission, const float* transition, int n, int* labels) const;

 private:
  int num_labels_;
  // For label c: the labels that may precede it inside a sentence.
  std::vector<std::vector<uint8_t>> prev_;
  std::vector<uint8_t> can_start_, can_end_;  // per label
};

}  // namespace dossier::nlp
