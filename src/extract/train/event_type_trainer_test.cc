#include "extract/train/event_type_trainer.h"

#include <gtest/gtest.h>

#include "extract/event_type_model.h"

namespace dossier::extract::train {
namespace {

// Items whose bag holds feature 1 report an attack; those with feature 2 none.
// Feature 3 occurs once and falls under the count threshold.
std::vector<EventTypeExample> Separable() {
  std::vector<EventTypeExample> xs;
  for (int i = 0; i < 20; ++i) {
    xs.push_back({{1, 10 + static_cast<uint64_t>(i % 3)}, GoldMask({"ASSAULT"}), {{"ASSAULT", "190"}}});
    xs.push_back({{2, 10 + static_cast<uint64_t>(i % 3)}, 0, {}});
  }
  xs.push_back({{3}, GoldMask({"AID"}), {{"ASSAULT", "183"}, {"ASSAULT", "183"}}});
  return xs;
}

TEST(EventTypeTrainer, GoldMaskSetsTheTypesBits) {
  EXPECT_EQ(GoldMask({}), 0);
  EXPECT_EQ(GoldMask({"AGREE"}), 1);
  EXPECT_EQ(GoldMask({"ASSAULT", "AGREE", "NOT-A-TYPE"}), (1 << 15) | 1);
}

TEST(EventTypeTrainer, LearnsSeparableTypes) {
  auto model = EventTypeModel::Parse(TrainEventTypeModel(Separable(), {}), "test");
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  const size_t assault = EventTypeIndex("ASSAULT");
  EXPECT_GT((*model)->Probabilities({1, 10})[assault], 0.8f);
  EXPECT_LT((*model)->Probabilities({2, 10})[assault], 0.2f);
  EXPECT_LT((*model)->Probabilities({1, 10})[EventTypeIndex("CONSULT")], 0.2f);
  EXPECT_GT((*model)->Score(assault, {1}), 0.0f);
  EXPECT_EQ((*model)->Score(assault, {3}), 0.0f);  // seen once: not in the model
  EXPECT_EQ((*model)->feature_count(), 5u);        // 1, 2, 10, 11, 12
  EXPECT_FLOAT_EQ((*model)->threshold(), EventTypeTrainOptions{}.threshold);
}

TEST(EventTypeTrainer, TheSameExamplesGiveTheSameBytes) {
  EXPECT_EQ(TrainEventTypeModel(Separable(), {}), TrainEventTypeModel(Separable(), {}));
  EventTypeTrainOptions other;
  other.seed = 2;
  EXPECT_NE(TrainEventTypeModel(Separable(), {}), TrainEventTypeModel(Separable(), other));
}

TEST(EventTypeTrainer, EachTypeTakesTheRulesMostFrequentCameo) {
  auto model = EventTypeModel::Parse(TrainEventTypeModel(Separable(), {}), "test");
  ASSERT_TRUE(model.ok());
  EXPECT_EQ((*model)->cameo(EventTypeIndex("ASSAULT")), "190");  // 20 times against 2
  EXPECT_EQ((*model)->cameo(EventTypeIndex("AID")), "");         // the rules never coded it
}

TEST(EventTypeModel, RejectsDamagedFiles) {
  std::string bytes = TrainEventTypeModel(Separable(), {});
  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x20;
  auto damaged = EventTypeModel::Parse(flipped, "events.model");
  ASSERT_FALSE(damaged.ok());
  EXPECT_NE(damaged.status().message().find("events.model"), std::string::npos);
  EXPECT_FALSE(EventTypeModel::Parse(bytes.substr(0, bytes.size() - 7), "events.model").ok());
  EXPECT_FALSE(EventTypeModel::Parse("", "events.model").ok());
  EXPECT_EQ(EventTypeModel::Load("/nonexistent/events.model").status().code(),
            base::StatusCode::kNotFound);
}

}  // namespace
}  // namespace dossier::extract::train
