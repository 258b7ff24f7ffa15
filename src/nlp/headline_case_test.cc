// RestoreHeadlineCase with the committed NER model's casing table and gazetteer.
#include "nlp/headline_case.h"

#include <gtest/gtest.h>

#include "nlp/nlp_models.h"

namespace dossier::nlp {
namespace {

const Models* CommittedModels() {
  static const auto* models = [] {
    auto m = Models::Load(std::string(DOSSIER_SOURCE_DIR) + "/models");
    return m.ok() ? m->release() : nullptr;
  }();
  return models;
}

// The restored text, or the text itself when nothing changed.
std::string Restored(std::string_view text, const KnownNameEnd& known = {}) {
  const text::Segmentation seg = text::Segment(text);
  std::string out = RestoreHeadlineCase(text, seg, CommittedModels()->ner(), known);
  if (!out.empty()) {
    EXPECT_EQ(out.size(), text.size());
  }
  return out.empty() ? std::string(text) : out;
}

class HeadlineCaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (CommittedModels() == nullptr) GTEST_SKIP() << "no committed models";
  }
};

TEST_F(HeadlineCaseTest, LowersTheCommonWordsOfATitleCaseHeadline) {
  EXPECT_EQ(Restored("Putin Meets Erdogan In Sochi To Discuss Syria Ceasefire\n\nThe two leaders met on Monday."),
            "Putin meets Erdogan in Sochi to discuss Syria ceasefire\n\nThe two leaders met on Monday.");
  EXPECT_EQ(Restored("North Korea Fires Missile Over Japan, Seoul Says"),
            "North Korea fires missile over Japan, Seoul says");
}

TEST_F(HeadlineCaseTest, KeepsThePairsNewsWritesAsNames) {
  // "international" and "supreme" are mostly lower-case words; beside
  // "Airport" and "Court" news capitalises them (WordCasing::NamePair).
  EXPECT_EQ(Restored("Sudan Accuses Neighbours Over Drone Attack On Khartoum International Airport"),
            "Sudan accuses neighbours over drone attack on Khartoum International Airport");
  EXPECT_EQ(Restored("Supreme Court Blocks Deportations Under Wartime Law"),
            "Supreme Court blocks deportations under wartime law");
}

TEST_F(HeadlineCaseTest, LeavesRunningTextAndListsOfNamesAlone) {
  const std::string body = "Iran tested a new missile on Tuesday, officials in Washington said.";
  const text::Segmentation seg = text::Segment(body);
  EXPECT_EQ(RestoreHeadlineCase(body, seg, CommittedModels()->ner()), "");  // nothing to restore
  EXPECT_EQ(Restored("Iran, North Korea, Syria And Russia"), "Iran, North Korea, Syria And Russia");
  EXPECT_EQ(Restored("IRAN TESTS NEW MISSILE DESPITE WARNINGS"), "IRAN TESTS NEW MISSILE DESPITE WARNINGS");
}

TEST_F(HeadlineCaseTest, LeavesTheLinesOfAHardWrappedParagraphAlone) {
  // Each line is a "sentence" to the segmenter; none is a headline.
  const std::string text =
      "Such institutions as the Shanghai Cooperation Organization, the\n"
      "Eurasian Economic Community, the Organization of\n"
      "Central Asian Cooperation and the Economic\n"
      "Cooperation Organization play an ever-increasing role.";
  EXPECT_EQ(Restored(text), text);
}

TEST_F(HeadlineCaseTest, KeepsTheWordsOfKnownNames) {
  const std::string headline = "Rebels Seize Green Hill Farm After Long Night Raid";
  // Without the caller's names "Green", "Hill" and "Farm" are common words.
  EXPECT_EQ(Restored(headline), "Rebels seize green hill farm after long night raid");
  const text::Segmentation seg = text::Segment(headline);
  const KnownNameEnd green_hill_farm = [&](uint32_t token, uint32_t limit) {
    return seg.tokens[token].span().Of(headline) == "Green" && token + 3 <= limit ? token + 3 : token;
  };
  EXPECT_EQ(Restored(headline, green_hill_farm), "Rebels seize Green Hill Farm after long night raid");
}

}  // namespace
}  // namespace dossier::nlp
