// Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with UD labels,
// scored by a LinearModel; trained with a dynamic oracle (Goldberg & Nivre 2013)
// so non-projective gold trees need no preprocessing.
//
// Transitions over a stack and a buffer whose last item is an artificial ROOT:
//   SHIFT        push the buffer front
//   LEFT-label   pop s0, head = buffer front (ROOT only when s0 is alone)
//   RIGHT-label  pop s0, head = s1
// so every parse is a single-rooted tree.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto parser, Parser::Load("models/parse.model"));
//   std::vector<int32_t> heads(n); std::vector<uint8_t> labels(n);
//   parser->Parse(infos, pos_tags, n, heads.data(), labels.data());
//   // heads[i] = word index of the head, -1 for the root; parser->label_name(labels[i])
//
// Thread-safety: immutable after Load; Parse is const and allocation-free.
// Errors: Load returns kNotFound / kCorruption.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "nlp/features.h"
#include "nlp/linear_model.h"

namespace dossier::nlp {

inline constexpr int kMaxParseFeatures = 96;

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

int ParseFeatures(const WordInfo* w, const uint8_t* pos, const ParseState& s, uint64_t* out);

class Parser {
 public:
  static base::Result<std::unique_ptr<Parser>> Load(const std::string& path);
  static std::string Serialize(const std::vector<std::string>& labels, const LinearModel& model);

  // heads[i]: head word index or -1 (root); labels[i]: index into label_name.
  // Inputs longer than kMaxSentenceWords are parsed in chunks.
  void Parse(const WordInfo* words, const uint8_t* pos, int n, int32_t* heads,
             uint8_t* labels) const;
  const std::string& label_name(int l) const { return labels_[l]; }
  int num_labels() const { return static_cast<int>(labels_.size()); }
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  Parser() = default;
  std::vector<std::string> labels_;
  Transitions transitions_;
  int root_label_ = -1;  // "root": used exactly for arcs from ROOT
  LinearModel model_;
  std::string fingerprint_;
};

}  // namespace dossier::nlp
