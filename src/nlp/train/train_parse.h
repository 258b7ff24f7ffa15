// Training and evaluation of the parser: greedy with a dynamic oracle and
// exploration, or beam search with a structured perceptron (ParseTrainOptions::beam).
//
// Beam training (Zhang & Clark 2008; Huang et al. 2012) needs a gold
// transition sequence, which a non-projective tree or an oracle with several
// zero-cost moves does not give uniquely. The gold side is therefore latent
// (as in Goldberg & Nivre's dynamic oracle): a hypothesis is oracle-consistent
// when every move it made had the least dynamic-oracle cost among the moves
// allowed (label included), and the gold prefix of each length is the highest-
// scoring oracle-consistent one the search reaches. A sentence is updated
// (+ gold prefix features, − predicted prefix features) only when the final
// prediction is not oracle-consistent.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "nlp/parser.h"
#include "nlp/pos_tagger.h"
#include "nlp/predicate_repair.h"
#include "nlp/train/corpus.h"

namespace dossier::nlp::train {

struct ParseTrainOptions {
  int epochs = 16;
  uint64_t seed = 1;
  size_t max_sentences = 0;
  double explore = 0.9;  // from epoch 2, follow a wrong prediction with this probability
  size_t max_model_bytes = size_t{26} << 20;  // prune to fit (models stay < 30 MB)
  // Beam width. 1: greedy training (dynamic oracle, exploration). > 1: beam
  // search with a structured averaged perceptron (one update per sentence, at
  // the prefix of maximum violation, or the first prefix the best oracle-
  // consistent hypothesis falls off the beam with `early_update`); the model
  // records the width and Parse decodes with it.
  int beam = 1;
  int beam_labels = 0;  // > 0: a hypothesis extends with this many best labels per LEFT / RIGHT
  bool early_update = false;
  bool beam_features = false;  // feature set 4 (set 2 + non-local templates); not with clusters
  int runs = 1;  // beam: the mean of this many runs (shuffle seeds seed .. seed + runs - 1)
  int threads = 1;  // runs trained side by side (same model for any count; see TrainRuns)
  // Called after each epoch with the model file of the weights averaged so far
  // (the same bytes a run of that many epochs returns; not with runs > 1); may be empty.
  std::function<void(int epoch, const std::string& model)> on_epoch;
};

// `pos` supplies predicted tags (the parser sees predicted tags at run time).
// `clusters`, when given, feed the cluster templates (feature set 3) and are
// stored in the model; nullptr trains feature set 2.
// `predicted_upos`, when given, holds jackknifed UPOS tags per sentence (from
// JackknifeUpos) used instead of `pos`'s tags on the training data.
std::string TrainParser(const std::vector<TreebankSentence>& data, const PosTagger& pos,
                        const WordClusters* clusters, const ParseTrainOptions& options, std::ostream& log,
                        const std::vector<std::vector<std::string>>* predicted_upos = nullptr);

// UPOS tags for every sentence from taggers trained on the other `folds` - 1
// folds (sentence i is in fold i % folds), so training sees realistic tag errors.
base::Result<std::vector<std::vector<std::string>>> JackknifeUpos(
    const std::vector<TreebankSentence>& data, int folds, std::ostream& log);

// A text form of JackknifeUpos output (one sentence per line, tags separated
// by spaces) and its reader, which checks it against `data` (kInvalidArgument
// when the sentence count or a length differs).
std::string FormatTagCache(const std::vector<std::vector<std::string>>& tags);
base::Result<std::vector<std::vector<std::string>>> ParseTagCache(
    std::string_view text, const std::vector<TreebankSentence>& data);

struct ParseScore {
  size_t tokens = 0, uas = 0, las = 0, upos = 0;  // upos: words tagged right
  double Uas() const { return tokens ? double(uas) / tokens : 0; }
  double Las() const { return tokens ? double(las) / tokens : 0; }
  double Upos() const { return tokens ? double(upos) / tokens : 0; }
};
// Scores every word (punctuation included) with predicted POS tags; `beam` > 0
// decodes with that beam width instead of the model's own; with `repair` the
// sentences are tagged and parsed as the pipeline does (predicate_repair.h).
ParseScore EvaluateParser(const PosTagger& pos, const Parser& parser,
                          const std::vector<TreebankSentence>& data, int beam = 0,
                          const PredicateRepair* repair = nullptr);

}  // namespace dossier::nlp::train
