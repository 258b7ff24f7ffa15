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
  // Copies `o` (words 0..o.n and the stack only: cheap for short sentences;
  // beam search copies a state per kept hypothesis and step).
  void CopyFrom(const ParseState& o);
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
  // Valid, and the parser's label rule when the labels have a root label
  // (`root_label` >= 0): "root" labels exactly the arcs from ROOT (LEFT with
  // ROOT as the buffer front).
  bool Allowed(const ParseState& s, int t, int root_label) const {
    if (!Valid(s, t)) return false;
    if (t == 0 || root_label < 0) return true;
    bool root_arc = IsLeft(t) && s.buffer == s.n;
    return root_arc == (Label(t) == root_label);
  }
  // The only allowed move when there is exactly one the parser does not score
  // (SHIFT onto an empty stack; the root arc when `root_label` >= 0), else -1.
  static int Forced(const ParseState& s, int root_label) {
    if (!CanLeft(s) && !CanRight(s)) return 0;
    if (s.buffer == s.n && s.depth == 1 && root_label >= 0) return 1 + root_label;
    return -1;
  }
  void Apply(ParseState& s, int t) const;
};

// Keeps the `width` (>= 1) best items in top[0..*k), best first: an item
// enters only when strictly better than those it passes (`better(a, b)`: a
// ranks above b), so ties go to the one offered first. The decoder, the
// trainer and VisitBeamMoves rank with it, so their beams agree.
template <typename Item, typename Better>
void KeepBest(Item* top, int* k, int width, const Item& item, Better better) {
  if (*k == width && !better(item, top[*k - 1])) return;
  int j = *k < width ? (*k)++ : *k - 1;
  while (j > 0 && better(item, top[j - 1])) {
    top[j] = top[j - 1];
    --j;
  }
  top[j] = item;
}

// The moves a beam hypothesis in `s` may take: visit(t, kept) for every
// allowed move (Transitions::Allowed) in transition id order, where `kept`
// says whether the beam considers it: always for SHIFT, and for LEFT / RIGHT
// every label when `per_kind` is 0, else only the `per_kind` best-scoring
// labels of each (`scores[t]`; ties to the lower id). Decoder and trainer
// share this, so both search the same space.
template <typename Score, typename Visit>
void VisitBeamMoves(const Transitions& tr, const ParseState& s, int root_label, int per_kind,
                    const Score* scores, Visit visit) {
  constexpr int kMaxKept = 8;
  const int nl = tr.num_labels;
  const bool left = Transitions::CanLeft(s), right = Transitions::CanRight(s);
  const bool root_arc = s.buffer == s.n;
  auto left_ok = [&](int l) { return root_label < 0 || root_arc == (l == root_label); };
  auto right_ok = [&](int l) { return l != root_label; };
  // The kept labels of one kind: ids of the best `per_kind`, best first.
  int kept[2][kMaxKept];
  int num_kept[2] = {0, 0};
  const int keep = per_kind < kMaxKept ? per_kind : kMaxKept;
  if (per_kind > 0) {
    for (int kind = 0; kind < 2; ++kind) {
      if (!(kind == 0 ? left : right)) continue;
      int base = kind == 0 ? 1 : 1 + nl;
      for (int l = 0; l < nl; ++l) {
        if (!(kind == 0 ? left_ok(l) : right_ok(l))) continue;
        KeepBest(kept[kind], &num_kept[kind], keep, base + l,
                 [&](int a, int b) { return scores[a] > scores[b]; });
      }
    }
  }
  auto is_kept = [&](int kind, int t) {
    if (per_kind <= 0) return true;
    for (int j = 0; j < num_kept[kind]; ++j) {
      if (kept[kind][j] == t) return true;
    }
    return false;
  };
  if (Transitions::CanShift(s)) visit(0, true);
  if (left) {
    for (int l = 0; l < nl; ++l) {
      if (left_ok(l)) visit(1 + l, is_kept(0, 1 + l));
    }
  }
  if (right) {
    for (int l = 0; l < nl; ++l) {
      if (right_ok(l)) visit(1 + nl + l, is_kept(1, 1 + nl + l));
    }
  }
}

}  // namespace dossier::nlp
