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
#include "nlp/train/corpus.h"

namespace dossier::nlp::train {

struct NerTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  size_t max_sentences = 0;  // 0 = all; else a deterministic subsample
  // When > 1: jackknife the silver sentences over this many folds and give
  // those the held-out model contradicts `silver_disagree_weight` (0 = drop).
  int runs = 4;  // > 1: mean of this many runs over differently shuffled orders
  int silver_folds = 0;
  int silver_epochs = 5;
  float silver_disagree_weight = 0.5f;
};

struct NerCorpusOptions {
  // Defaults chosen on UNER EWT dev: GUM's mention conventions and WikiANN's
  // title fragments both lowered F1 on UNER EWT and PUD test.
  bool uner = true;       // UNER EWT silver train
  bool uner_dev = true;   // UNER EWT gold dev (the only gold NER training data)
  bool gum = false;       // GUM train, named person/organization/place mentions
  bool wikiann = false;   // WikiANN train (silver)
};

inline const std::vector<std::string>& NerTypes() {
  static const std::vector<std::string> kTypes = {"PERSON", "ORG", "LOC"};
  return kTypes;
}

base::Result<std::vector<NerSentence>> LoadNerTrain(const std::string& shared_dir,
                                                    const NerCorpusOptions& options);

// Returns the serialised model file; `pos` supplies the POS features.
std::string TrainNer(const std::vector<NerSentence>& data, const PosTagger& pos,
                     const Gazetteer& gazetteer, const WordClusters& clusters,
                     const WordCasing& casing, const NerTrainOptions& options,
                     std::ostream& log);

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
NerScore EvaluateNer(const PosTagger& pos, const NerTagger& ner,
                     const std::vector<NerSentence>& data, std::ostream* errors = nullptr);

// Spans of an IOB2 sequence (types as written).
std::vector<std::tuple<int, int, std::string>> IobSpans(const std::vector<std::string>& tags);

}  // namespace dossier::nlp::train
