// Scoring timexes against gold annotations, TempEval-3 style.
//
// Spans are compared two ways: strict (identical byte span) and relaxed (the
// spans overlap; each gold and each system timex is used at most once, in text
// order). On relaxed matches the type and the value are compared too, and the
// value score counts a timex as correct only when its span overlaps and its
// value is identical.
//
// Example:
//   time::TimexScore score;
//   for (...) score.Add(doc.timexes, tagger->Tag(doc.text, doc.dct));
//   printf("%.3f", score.Relaxed().f1);
//
// Thread-safety: TimexScore is a plain accumulator; use one per thread and
// Merge them.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "time/time_tagger.h"

namespace dossier::time {

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};

// Precision/recall/F1 from counts (0 when a denominator is 0).
Prf ComputePrf(int64_t correct, int64_t system, int64_t gold);

struct TimexScore {
  int64_t gold = 0;
  int64_t system = 0;
  int64_t strict = 0;         // identical spans
  int64_t relaxed = 0;        // overlapping spans
  int64_t type_correct = 0;   // relaxed matches with the same type
  int64_t value_correct = 0;  // relaxed matches with the same value
  int64_t gold_by_type[4] = {};  // indexed by TimexType
  int64_t found_by_type[4] = {};  // gold timexes of that type with a relaxed match

  // Scores one document. `on_pair` (optional) sees every gold timex with its
  // relaxed system match (nullptr when missed) and every unmatched system
  // timex (with gold == nullptr), for error listings.
  void Add(const std::vector<Timex>& gold_timexes, const std::vector<Timex>& system_timexes,
           const std::function<void(const Timex* gold, const Timex* sys)>& on_pair = nullptr);
  void Merge(const TimexScore& other);

  Prf Strict() const { return ComputePrf(strict, system, gold); }
  Prf Relaxed() const { return ComputePrf(relaxed, system, gold); }
  Prf Type() const { return ComputePrf(type_correct, system, gold); }
  Prf Value() const { return ComputePrf(value_correct, system, gold); }
};

}  // namespace dossier::time
