// Training and evaluation of the POS tagger and its lemmatiser.
//
// Thread-safety: pure functions. Errors: unreadable corpora.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "nlp/pos_tagger.h"
#include "nlp/train/corpus.h"

namespace dossier::nlp::train {

struct PosTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  size_t max_sentences = 0;  // 0 = all; else a deterministic subsample
};

// Returns the serialised model file.
std::string TrainPos(const std::vector<TreebankSentence>& data, const PosTrainOptions& options,
                     std::ostream& log);

Lemmatizer LearnLemmatizer(const std::vector<TreebankSentence>& data,
                           const std::vector<std::string>& tags);

struct PosScore {
  size_t tokens = 0, upos_correct = 0, lemma_correct = 0;
  double upos() const { return tokens ? double(upos_correct) / tokens : 0; }
  double lemma() const { return tokens ? double(lemma_correct) / tokens : 0; }
};
PosScore EvaluatePos(const PosTagger& tagger, const std::vector<TreebankSentence>& data);

// Loads EWT train plus GUM train (the default training set) from `shared_dir`
// (the ../shared folder).
base::Result<std::vector<TreebankSentence>> LoadTreebankTrain(const std::string& shared_dir,
                                                              bool gum_entities = false);

// Deterministic subsample of at most `max` items (every k-th).
template <typename T>
std::vector<T> Subsample(std::vector<T> v, size_t max) {
  if (max == 0 || v.size() <= max) return v;
  std::vector<T> out;
  double step = double(v.size()) / double(max);
  for (size_t i = 0; i < max; ++i) out.push_back(std::move(v[size_t(i * step)]));
  return out;
}

}  // namespace dossier::nlp::train
