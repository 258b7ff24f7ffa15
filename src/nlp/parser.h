// Arc-hybrid dependency parser (Kuhlmann et al. 2011) with UD labels, scored
// by a LinearModel. A greedy model is trained with a dynamic oracle (Goldberg
// & Nivre 2013) so non-projective gold trees need no preprocessing; a beam
// model (`train parse --beam K`, section "beam" in the file) is trained with
// a structured perceptron over the same features (Zhang & Clark 2008, Huang
// et al. 2012) and decoded with a beam of the width it was trained with.
//
// The transition system is in parse_state.h, the features in parse_features.h.
// A model of feature set 3 (`train parse --clusters`) carries the word clusters
// its features were trained with (section "clusters"); Parse looks them up itself.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto parser, Parser::Load("models/parse.model"));
//   std::vector<int32_t> heads(n); std::vector<uint8_t> labels(n);
//   parser->Parse(infos, pos_tags, n, heads.data(), labels.data());
//   // heads[i] = word index of the head, -1 for the root; parser->label_name(labels[i])
//
// Thread-safety: immutable after Load; Parse is const. The greedy decoder is
// allocation-free; the beam decoder keeps its states in per-thread scratch
// (allocated on a thread's first beam parse, then reused).
// Errors: Load returns kNotFound / kCorruption (also for a model trained with
// a feature set other than kParseFeaturesVersion or kParseFeaturesClusters:
// the file records its set, and the message names it).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "nlp/features.h"
#include "nlp/linear_model.h"
#include "nlp/parse_features.h"
#include "nlp/parse_state.h"
#include "nlp/word_clusters.h"

namespace dossier::nlp {

class Parser {
 public:
  static base::Result<std::unique_ptr<Parser>> Load(const std::string& path);
  // `clusters` nullptr: feature set 2 (set 4 with `beam_features`); otherwise
  // set 3 with the clusters stored.
  // `beam` > 1 records the beam width (section "beam") and `beam_labels` > 0
  // the labels a hypothesis may extend with per LEFT / RIGHT (section
  // "beam-labels", see VisitBeamMoves); beam 1 writes neither, so greedy
  // models are the files they were before beam search existed.
  static std::string Serialize(const std::vector<std::string>& labels,
                               const WordClusters* clusters, const LinearModel& model,
                               int beam = 1, int beam_labels = 0, bool beam_features = false);
  static constexpr int kMaxBeam = 64;

  // heads[i]: head word index or -1 (root); labels[i]: index into label_name.
  // Inputs longer than kMaxSentenceWords are parsed in chunks. Uses the beam
  // width the model was trained with (greedy decoding for width 1).
  void Parse(const WordInfo* words, const uint8_t* pos, int n, int32_t* heads,
             uint8_t* labels) const;
  // Beam search with an explicit width (1..kMaxBeam): the highest-scoring
  // complete transition sequence kept by the beam (scores are exact integer
  // sums of the quantised weights; ties go to the hypothesis found first).
  // Width 1 gives the greedy parse.
  void ParseBeam(const WordInfo* words, const uint8_t* pos, int n, int32_t* heads,
                 uint8_t* labels, int width) const;
  int beam() const { return beam_; }  // the width Parse uses
  int beam_labels() const { return beam_labels_; }  // 0: every label
  const std::string& label_name(int l) const { return labels_[l]; }
  int num_labels() const { return static_cast<int>(labels_.size()); }
  const std::string& fingerprint() const { return fingerprint_; }
  const LinearModel& model() const { return model_; }
  bool beam_features() const { return beam_features_; }  // feature set 4
  // The cluster table of a feature set 3 model, nullptr for sets 2 and 4.
  const WordClusters* clusters() const { return has_clusters_ ? &clusters_ : nullptr; }
  int root_label() const { return root_label_; }  // -1 when the labels have no "root"

 private:
  Parser() = default;
  // The highest-scoring valid transition in `s` (feats, scores: scratch).
  int Choose(const ParseContext& ctx, const ParseState& s, uint64_t* feats, float* scores) const;
  std::vector<std::string> labels_;
  Transitions transitions_;
  int root_label_ = -1;  // "root": used exactly for arcs from ROOT
  int beam_ = 1;
  int beam_labels_ = 0;
  bool beam_features_ = false;  // feature set 4
  LinearModel model_;
  bool has_clusters_ = false;
  WordClusters clusters_;
  std::string fingerprint_;
};

}  // namespace dossier::nlp
