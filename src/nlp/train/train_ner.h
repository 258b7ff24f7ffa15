// Training and evaluation of the NER tagger.
//
// Thread-safety: pure functions. Errors: unreadable corpora.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "nlp/ner_tagger.h"
#include "nlp/pos_tagger.h"
#include "nlp/state_roles.h"
#include "nlp/train/corpus.h"

namespace dossier::nlp::train {

struct NerTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  size_t max_sentences = 0;  // 0 = all; else a deterministic subsample
  // When > 1: jackknife the silver sentences over this many folds and give
  // those the held-out model contradicts `silver_disagree_weight` (0 = drop).
  int runs = 4;  // > 1: mean of this many runs over differently shuffled orders
  int threads = 1;  // runs trained side by side (same model for any count)
  int silver_folds = 0;
  int silver_epochs = 5;
  float silver_disagree_weight = 0.5f;
  float margin = 0;  // cost-augmented training (TrainStructured)
  // Case augmentation: this share of the sentences (every k-th, deterministic)
  // is added again in lower case with the same labels, at `lower_weight`.
  float lower_share = 0;
  float lower_weight = 1.0f;
};

struct NerCorpusOptions {
  // Defaults chosen on UNER EWT dev: GUM's mention conventions and WikiANN's
  // title fragments both lowered F1 on UNER EWT and PUD test.
  bool uner = true;       // UNER EWT silver train
  bool uner_dev = true;   // UNER EWT gold dev (the only gold NER training data)
  bool gum = false;       // GUM train, named person/organization/place mentions
  bool wikiann = false;   // WikiANN sentences (silver)
  // WikiANN split whose sentences are used ("train", "dev" or "train+dev"):
  // the gazetteer's WikiANN names come from train, so dev sentences do not
  // see their own entities as name-list hits.
  std::string wikiann_split = "train";
  size_t wikiann_sentences = 0;  // deterministic subsample (0 = all)
  float wikiann_weight = 1.0f;   // update scale of WikiANN sentences
  // Keep only WikiANN sentences with at least this many lower-case words
  // outside entities (0 = all; most WikiANN items are title fragments).
  int wikiann_min_lower = 0;
  // Our news-register gold (nlp/train/news_ner.h): the labels file's train
  // split over the WCEP items in <shared>/data/news/wcep (empty = none).
  std::string news_labels;
  float news_weight = 1.0f;  // update scale of the news sentences
  // A folder of Dossier's kb tables: states named there that the news gold
  // types ORG (acting) are trained as LOC ("" keeps the gold's ORG).
  std::string news_states_kb;
  // Our labels of GUM's sentences (nlp/train/news_ner.h): their train split
  // over <shared>/data/corpora/gum (empty = none); states as for the news.
  std::string gum_labels;
  // Our corrected labels of the UNER EWT silver train sentences
  // (data/eval/ner_ewt_train.tsv), added beside the silver ones: each
  // sentence is read twice (alone they lowered EWT dev precision; see
  // models/README.md, "Our NER gold").
  std::string ewt_labels;
  // With ewt_labels: update weight of the silver sentences whose names our
  // corrections changed (their corrected twin keeps weight 1; 0 drops them).
  // 0.5 chosen on the EWT dev halves and our GUM dev (models/README.md).
  float ewt_silver_disagree_weight = 0.5f;
  // Our labels of UN General Debate sentences (data/eval/ner_ungdc.tsv): their
  // train split over <shared>/data/news/ungdc (empty = none).
  std::string ungdc_labels;
};

inline const std::vector<std::string>& NerTypes() {
  static const std::vector<std::string> kTypes = {"PERSON", "ORG", "LOC"};
  return kTypes;
}

// `log`, when given, hears what was left out of the corpora.
base::Result<std::vector<NerSentence>> LoadNerTrain(const std::string& shared_dir,
                                                    const NerCorpusOptions& options,
                                                    std::ostream* log = nullptr);

// Returns the serialised model file; `pos` supplies the POS features.
// `state_roles` and `titles`, when given, are stored with the model
// (state_roles.h, name_titles.h).
std::string TrainNer(const std::vector<NerSentence>& data, const PosTagger& pos,
                     const Gazetteer& gazetteer, const WordClusters& clusters,
                     const WordCasing& casing, const NerTrainOptions& options,
                     std::ostream& log, const StateRoles* state_roles = nullptr,
                     const NameTitles* titles = nullptr);

// Our gold as written, where a state acting is ORG (UNER's convention): the
// train splits of the sets in `options` (news, GUM, UN, corrected EWT) and,
// with options.uner_dev, the UNER EWT gold dev; for TrainStateRoles.
base::Result<std::vector<NerSentence>> LoadStateRoleData(const std::string& shared_dir,
                                                         const NerCorpusOptions& options);

// The state-role model: every ORG or LOC span of `data` that spells one of
// `names` is an example (ORG = acting); averaged perceptron, `epochs` passes in
// an order shuffled with `seed`.
StateRoles TrainStateRoles(const std::vector<NerSentence>& data, const PosTagger& pos,
                           std::vector<std::string> names, int epochs, uint64_t seed, std::ostream& log);

struct NerScore {
  size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? double(correct) / predicted : 0; }
  double recall() const { return gold ? double(correct) / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};
// When `errors` is set, every sentence with a missed or spurious span is
// written to it (words, then "- gold" / "+ predicted" spans) for error analysis.
// When `predictions` is set, every word is written to it as "word TAB gold TAB
// predicted" (IOB2), a blank line after each sentence. With `document_pass` the
// spans of each document (consecutive sentences with the same `doc`) are
// harmonised as the pipeline does (nlp/document_names.h).
NerScore EvaluateNer(const PosTagger& pos, const NerTagger& ner,
                     const std::vector<NerSentence>& data, bool document_pass = true,
                     std::ostream* errors = nullptr, std::ostream* predictions = nullptr);

// Spans of an IOB2 sequence (types as written).
std::vector<std::tuple<int, int, std::string>> IobSpans(const std::vector<std::string>& tags);

}  // namespace dossier::nlp::train
