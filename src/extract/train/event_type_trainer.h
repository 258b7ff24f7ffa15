// Trains the EventTypeModel (extract/event_type_model.h): one L2-regularised
// logistic regression per PLOVER type over the feature bags of labelled news
// items, by stochastic gradient descent in a fixed shuffled order (the same
// examples and options always give the same bytes). Linked by the CLI and the
// tests, never by the runtime library.
//
// Example:
//   EventTypeExample x{bag, GoldMask({"ASSAULT"}), {{"ASSAULT", "190"}}};
//   std::string bytes = TrainEventTypeModel({x, ...}, EventTypeTrainOptions{});
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "extract/event_type_model.h"

namespace dossier::extract::train {

struct EventTypeExample {
  std::vector<uint64_t> bag;  // the item's features: the union of its sentences' bags
  uint16_t gold = 0;          // bit t: the item reports type EventTypeNames()[t]
  std::vector<std::pair<std::string, std::string>> rule_cameos;  // (type, CAMEO) the rules coded
};

struct EventTypeTrainOptions {
  int epochs = 6;
  double learning_rate = 0.2;
  double l2 = 0.0005;          // applied to the weights of the features an example has
  int min_count = 2;           // a feature must occur in this many examples
  float threshold = 0.6f;      // probability from which the coder adds an event
  uint32_t seed = 1;
};

// The bit mask of a set of type names (unknown names are ignored).
uint16_t GoldMask(const std::vector<std::string>& types);

// The serialised model. Each type's CAMEO code is the one the rules coded most
// often for it in `examples` (ties: the smaller code).
std::string TrainEventTypeModel(const std::vector<EventTypeExample>& examples,
                                const EventTypeTrainOptions& options);

}  // namespace dossier::extract::train
