#include "time/timex_eval.h"

namespace dossier::time {

Prf ComputePrf(int64_t correct, int64_t system, int64_t gold) {
  Prf r;
  if (system > 0) r.precision = static_cast<double>(correct) / system;
  if (gold > 0) r.recall = static_cast<double>(correct) / gold;
  if (r.precision + r.recall > 0) r.f1 = 2 * r.precision * r.recall / (r.precision + r.recall);
  return r;
}

void TimexScore::Add(const std::vector<Timex>& gold_timexes,
                     const std::vector<Timex>& system_timexes,
                     const std::function<void(const Timex*, const Timex*)>& on_pair) {
  gold += static_cast<int64_t>(gold_timexes.size());
  system += static_cast<int64_t>(system_timexes.size());
  std::vector<bool> used(system_timexes.size(), false);
  for (const Timex& g : gold_timexes) {
    const int t = static_cast<int>(ParseTimexType(g.type).value_or(TimexType::kDate));
    ++gold_by_type[t];
    const Timex* match = nullptr;
    // Prefer an identical span, then the first unused overlapping one.
    for (int pass = 0; pass < 2 && !match; ++pass) {
      for (size_t k = 0; k < system_timexes.size(); ++k) {
        const Timex& s = system_timexes[k];
        if (used[k]) continue;
        if (pass == 0 ? s.span == g.span : s.span.Overlaps(g.span)) {
          used[k] = true;
          match = &s;
          break;
        }
      }
    }
    if (match) {
      ++relaxed;
      ++found_by_type[t];
      if (match->span == g.span) ++strict;
      if (match->type == g.type) ++type_correct;
      if (match->value == g.value) ++value_correct;
    }
    if (on_pair) on_pair(&g, match);
  }
  if (!on_pair) return;
  for (size_t k = 0; k < system_timexes.size(); ++k) {
    if (!used[k]) on_pair(nullptr, &system_timexes[k]);
  }
}

void TimexScore::Merge(const TimexScore& o) {
  gold += o.gold;
  system += o.system;
  strict += o.strict;
  relaxed += o.relaxed;
  type_correct += o.type_correct;
  value_correct += o.value_correct;
  for (int t = 0; t < 4; ++t) {
    gold_by_type[t] += o.gold_by_type[t];
    found_by_type[t] += o.found_by_type[t];
  }
}

}  // namespace dossier::time
