// Learns the WordCasing table from unlabelled news in ../shared/data/news:
// WCEP event sentences and the first UN General Debate statements. Words seen
// fewer than `min_count` times outside sentence starts are left out; name
// pairs (word_casing.h) need `min_pair_count` occurrences.
// Deterministic (fixed documents, fixed order).
//
// Thread-safety: pure function. Errors: unreadable corpora.
#pragma once

#include <ostream>
#include <string>

#include "base/status.h"
#include "nlp/word_casing.h"

namespace dossier::nlp::train {

struct CasingOptions {
  size_t ungdc_docs = 2500;
  uint32_t min_count = 2;
  uint32_t min_pair_count = 3;
};

base::Result<WordCasing> LearnCasing(const std::string& shared_dir, const CasingOptions& options,
                                     std::ostream& log);

}  // namespace dossier::nlp::train
