// ScoreNames: how likely two names denote the same party, in [0,1], with a
// human-readable explanation of every factor that moved the score.
//
// The tokens of both names are aligned regardless of order (greedy best-pair
// assignment over a similarity matrix: equal, variant, phonetic key,
// Jaro-Winkler/edit distance, initials, joined words such as "yongnam" =
// "yong nam"). The score is the weight-averaged similarity of the aligned
// tokens (weights from TokenStats: rare tokens count more), lowered when each
// side has a name token the other lacks ("conflict") and when numbers differ.
// A name wholly inside the other scores mostly by its coverage: a person's
// (middle names left out), or a body's of at least three words when the other
// adds only words commoner than all the shared ones ("Alabuga Special Economic
// Zone" of "JSC Special Economic Zone of Industrial Production Alabuga").
// A one-word name may instead match as an acronym of the other ("KOMID").
//
// Example:
//   NameScore s = ScoreNames(n.Normalize("Kim Yong-Nam", kPerson),
//                            n.Normalize("KIM, Nam Ung", kPerson), &stats);
//   // s.score 0.45, s.explanation "tokens kim, nam aligned; unmatched yong | ung; ..."
//
// Thread-safety: pure function of its arguments.
#pragma once

#include <string>

#include "match/normalizer.h"
#include "match/token_stats.h"

namespace dossier::match {

struct NameScore {
  double score = 0;
  std::string explanation;
};

struct ScoreOptions {
  // Either side names a person: a name wholly contained in the other (middle
  // names left out) scores by its coverage, and acronyms are not considered.
  bool person = false;
  // Build the explanation string (screening skips it for candidates below threshold).
  bool explain = true;
};

// `stats` may be null (uniform weights). The score is symmetric up to the
// explanation's wording.
NameScore ScoreNames(const NormalizedName& a, const NormalizedName& b, const TokenStats* stats,
                     const ScoreOptions& options = {});

// Similarity of two tokens in [0,1] (0 when they should not be aligned);
// `why` receives a short reason ("=", "variant", "~0.93", "initial").
// `by_sound` (optional) is set when only the phonetic key or the consonant
// skeleton made the tokens alike.
double TokenSimilarity(const NameToken& a, const NameToken& b, std::string* why, bool* by_sound = nullptr);

// True when `acronym` (one normalised word) can be spelt by prefixes of the
// name tokens in order, skipping particles, legal forms and at most one other
// token ("komid" ~ korea mining development trading corporation).
bool IsAcronymOf(const std::string& acronym, const NormalizedName& name);

}  // namespace dossier::match
