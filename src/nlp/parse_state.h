// The arc-hybrid transition system (Kuhlmann et al. 2011) used by the parser:
// a fixed-size configuration (stack, buffer, partial tree) and its moves.
//
// Transitions over a stack and a buffer whose last item is an artificial ROOT:
//   SHIFT        push the buffer front
//   LEFT-label   pop s0, head = buffer front (ROOT only when s0 is alone)
//   RIGHT-label  pop s0, head = s1
// so every complete sequence yields a single-rooted tree.
//
// Example:
//   ParseState s; s.Init(n);
//   Transitions tr{num_labels};
//   while (!s.Terminal()) tr.Apply(s, /*some valid move*/ 0);
//
// Thread-safety: plain values; no shared state.
#pragma once

#include <cstdint>

#include "nlp/features.h"

namespace dossier::nlp {

// A parser configuration over words 0..n-1 plus ROOT = n. Fixed-size scratch.
struct ParseState {
  int n = 0;
  int stack[kMaxSentenceWords + 1];
  int depth = 0;
  int buffer = 0;  // index of the buffer front; n = ROOT
  int16_t heads[kMaxSentenceWords + 1];
  uint8_t labels[kMaxSentenceWords + 1];
  int16_t lc1[kMaxSentenceWords + 1], lc2[kMaxSentenceWords + 1];  // leftmost children
  int16_t rc1[kMaxSentenceWords + 1], rc2[kMaxSentenceWords + 1];  // rightmost children
  uint8_t nl[kMaxSentenceWords + 1], nr[kMaxSentenceWords + 1];    // valencies
  // Label sets of the left / right dependents (bit label % 64).
  uint64_t lset[kMaxSentenceWords + 1], rset[kMaxSentenceWords + 1];

  void Init(int words);
  bool Terminal() const { return buffer == n && depth == 0; }
  int S(int k) const { return depth > k ? stack[depth - 1 - k] : -1; }
  int B(int k) const { return buffer + k <= n ? buffer + k : -1; }
  void AddArc(int head, int dep, int label);
};

// Transition ids: 0 SHIFT, 1 + l LEFT-l, 1 + L + l RIGHT-l.
struct Transitions {
  int num_labels = 0;
  int size() const { return 1 + 2 * num_labels; }
  static bool IsShift(int t) { return t == 0; }
  bool IsLeft(int t) const { return t >= 1 && t <= num_labels; }
  // 0 shift, 1 left, 2 right.
  int Kind(int t) const { return t == 0 ? 0 : IsLeft(t) ? 1 : 2; }
  int Label(int t) const { return t == 0 ? -1 : (t - 1) % num_labels; }
  // Whether the SHIFT / LEFT / RIGHT move is allowed in `s`.
  static bool CanShift(const ParseState& s) { return s.buffer < s.n; }
  static bool CanLeft(const ParseState& s) {
    return s.depth > 0 && (s.buffer < s.n || s.depth == 1);
  }
  static bool CanRight(const ParseState& s) { return s.depth > 1; }
  bool Valid(const ParseState& s, int t) const {
    return t == 0 ? CanShift(s) : IsLeft(t) ? CanLeft(s) : CanRight(s);
  }
  void Apply(ParseState& s, int t) const;
};

}  // namespace dossier::nlp
