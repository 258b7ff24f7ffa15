// PLOVER gold labels for real news and their scoring.
//
// A gold file (data/eval/plover_wcep.tsv) names news items by id and lists
// the set of PLOVER event types each one reports (NONE for none), with a
// dev/test split. Items are scored as sets: for each item, every event type we
// code that the gold lists is a true positive, every other type we code is a
// false positive, every gold type we miss a false negative. Micro P/R/F1 over
// all items, and the same per type.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto gold, ReadPloverGold("data/eval/plover_wcep.tsv"));
//   PloverScore score;
//   for (const PloverGoldItem& item : gold) score.Add(item.events, TypesWeCoded(item.id));
//   printf("P %.4f R %.4f\n", score.Total().precision, score.Total().recall);
//
// Errors: ReadPloverGold names the file and line of a malformed row, an
// unknown event type or a repeated id.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/status.h"

namespace dossier::extract {

struct PloverGoldItem {
  std::string id;
  std::string split;             // "dev" or "test"
  std::set<std::string> events;  // PLOVER types; empty = NONE
  int line = 0;
};

// Whether `type` is one of the 16 PLOVER event types the gold uses.
bool IsPloverEventType(const std::string& type);

base::Result<std::vector<PloverGoldItem>> ReadPloverGold(const std::string& path);

struct PloverCounts {
  int64_t tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double Recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct PloverScore {
  PloverCounts total;
  std::map<std::string, PloverCounts> by_type;
  int64_t items = 0, items_exact = 0;  // items whose coded set equals the gold set

  void Add(const std::set<std::string>& gold, const std::set<std::string>& coded);
};

}  // namespace dossier::extract
