// Learns word clusters from unlabelled text: each frequent word is described by
// its left and right neighbours (a random projection of context counts
// weighted by 1/sqrt(context frequency), or with `exact` the square roots of
// the counts themselves, kept sparse), then grouped by spherical k-means into
// fine clusters, whose centroids are grouped again into coarse clusters.
// Deterministic (fixed seed, fixed document order).
//
// Thread-safety: pure function. Errors: unreadable corpora.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "base/status.h"
#include "nlp/word_clusters.h"

namespace dossier::nlp::train {

struct ClusterOptions {
  size_t ungdc_docs = 2500;  // UN General Debate statements read (from the start)
  size_t vocab = 60000;      // most frequent words clustered
  size_t contexts = 800;     // most frequent words used as contexts
  int dims = 96;
  int fine = 256, coarse = 32;
  int iterations = 10;
  uint64_t seed = 7;
  // Sparse sqrt(count) context vectors instead of the random projection
  // (slower, but the clusters keep syntactic classes apart; the parser's choice).
  bool exact = false;
};

base::Result<WordClusters> LearnClusters(const std::string& shared_dir,
                                         const ClusterOptions& options, std::ostream& log);

}  // namespace dossier::nlp::train
