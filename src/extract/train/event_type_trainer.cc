#include "extract/train/event_type_trainer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <unordered_map>

namespace dossier::extract::train {

uint16_t GoldMask(const std::vector<std::string>& types) {
  uint16_t mask = 0;
  for (const std::string& t : types) {
    if (const int i = EventTypeIndex(t); i >= 0) mask |= static_cast<uint16_t>(1u << i);
  }
  return mask;
}

namespace {

// Features kept (those in at least min_count examples, each counted once per
// example), numbered in hash order.
std::unordered_map<uint64_t, uint32_t> Vocabulary(const std::vector<EventTypeExample>& examples,
                                                  int min_count) {
  std::unordered_map<uint64_t, int> count;
  for (const EventTypeExample& x : examples) {
    for (uint64_t f : x.bag) ++count[f];
  }
  std::vector<uint64_t> kept;
  for (const auto& [f, n] : count) {
    if (n >= min_count) kept.push_back(f);
  }
  std::sort(kept.begin(), kept.end());
  std::unordered_map<uint64_t, uint32_t> index;
  for (uint32_t i = 0; i < kept.size(); ++i) index.emplace(kept[i], i);
  return index;
}

std::array<std::string, kEventTypeCount> RuleCameos(const std::vector<EventTypeExample>& examples) {
  std::array<std::map<std::string, int>, kEventTypeCount> counts;
  for (const EventTypeExample& x : examples) {
    for (const auto& [type, cameo] : x.rule_cameos) {
      if (const int t = EventTypeIndex(type); t >= 0 && !cameo.empty()) ++counts[t][cameo];
    }
  }
  std::array<std::string, kEventTypeCount> best;
  for (size_t t = 0; t < kEventTypeCount; ++t) {
    int most = 0;
    for (const auto& [cameo, n] : counts[t]) {  // in code order: ties keep the smaller
      if (n > most) best[t] = cameo, most = n;
    }
  }
  return best;
}

}  // namespace

std::string TrainEventTypeModel(const std::vector<EventTypeExample>& examples,
                                const EventTypeTrainOptions& o) {
  const std::unordered_map<uint64_t, uint32_t> vocab = Vocabulary(examples, o.min_count);
  // Each example as the vocabulary indexes of its features.
  std::vector<std::vector<uint32_t>> rows(examples.size());
  for (size_t i = 0; i < examples.size(); ++i) {
    for (uint64_t f : examples[i].bag) {
      if (auto it = vocab.find(f); it != vocab.end()) rows[i].push_back(it->second);
    }
  }
  std::vector<std::array<double, kEventTypeCount>> w(vocab.size());
  for (auto& row : w) row.fill(0.0);
  std::array<double, kEventTypeCount> bias{};
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(o.seed);
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    // Fisher-Yates with the raw generator: the same order on every platform.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (size_t i : order) {
      for (size_t t = 0; t < kEventTypeCount; ++t) {
        double z = bias[t];
        for (uint32_t f : rows[i]) z += w[f][t];
        const double p = 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0)));
        const double g = p - ((examples[i].gold >> t) & 1u ? 1.0 : 0.0);
        for (uint32_t f : rows[i]) w[f][t] -= o.learning_rate * (g + o.l2 * w[f][t]);
        bias[t] -= o.learning_rate * g;
      }
    }
  }
  std::vector<std::pair<uint64_t, TypeWeights>> weights;
  weights.reserve(vocab.size());
  for (const auto& [f, i] : vocab) {
    TypeWeights row;
    for (size_t t = 0; t < kEventTypeCount; ++t) row[t] = static_cast<float>(w[i][t]);
    weights.emplace_back(f, row);
  }
  TypeWeights fbias;
  for (size_t t = 0; t < kEventTypeCount; ++t) fbias[t] = static_cast<float>(bias[t]);
  return EventTypeModel::Serialize(o.threshold, fbias, RuleCameos(examples), weights);
}

}  // namespace dossier::extract::train
