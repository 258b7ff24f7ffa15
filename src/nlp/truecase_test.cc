// Truecase with the committed NER model's casing table and gazetteer.
#include "nlp/truecase.h"

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
std::string Restored(std::string_view text, const KnownNameAt& known = {}) {
  const text::Segmentation seg = text::Segment(text);
  std::string out = Truecase(text, seg, CommittedModels()->ner(), known);
  if (!out.empty()) {
    EXPECT_EQ(out.size(), text.size());
  }
  return out.empty() ? std::string(text) : out;
}

class TruecaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (CommittedModels() == nullptr) GTEST_SKIP() << "no committed models";
  }
};

TEST_F(TruecaseTest, LowersTheCommonWordsOfATitleCaseHeadline) {
  EXPECT_EQ(Restored("Putin Meets Erdogan In Sochi To Discuss Syria Ceasefire\n\nThe two leaders met on Monday."),
            "Putin meets Erdogan in Sochi to discuss Syria ceasefire\n\nThe two leaders met on Monday.");
  EXPECT_EQ(Restored("North Korea Fires Missile Over Japan, Seoul Says"),
            "North Korea fires missile over Japan, Seoul says");
}

TEST_F(TruecaseTest, KeepsThePairsNewsWritesAsNames) {
  // "international" and "supreme" are mostly lower-case words; beside
  // "Airport" and "Court" news capitalises them (WordCasing::NamePair).
  EXPECT_EQ(Restored("Sudan Accuses Neighbours Over Drone Attack On Khartoum International Airport"),
            "Sudan accuses neighbours over drone attack on Khartoum International Airport");
  EXPECT_EQ(Restored("Supreme Court Blocks Deportations Under Wartime Law"),
            "Supreme Court blocks deportations under wartime law");
}

TEST_F(TruecaseTest, LeavesRunningTextAndListsOfNamesAlone) {
  const std::string body = "Iran tested a new missile on Tuesday, officials in Washington said.";
  const text::Segmentation seg = text::Segment(body);
  EXPECT_EQ(Truecase(body, seg, CommittedModels()->ner()), "");  // nothing to restore
  EXPECT_EQ(Restored("Iran, North Korea, Syria And Russia"), "Iran, North Korea, Syria And Russia");
}

TEST_F(TruecaseTest, LeavesTheLinesOfAHardWrappedParagraphAlone) {
  // Each line is a "sentence" to the segmenter; none is a headline.
  const std::string text =
      "Such institutions as the Shanghai Cooperation Organization, the\n"
      "Eurasian Economic Community, the Organization of\n"
      "Central Asian Cooperation and the Economic\n"
      "Cooperation Organization play an ever-increasing role.";
  EXPECT_EQ(Restored(text), text);
}

// A caller that knows "Green Hill Farm" and the acronym "GHF".
KnownName GreenHillFarm(std::string_view text, const text::Segmentation& seg, uint32_t token, uint32_t limit) {
  const std::string_view w = seg.tokens[token].span().Of(text);
  if ((w == "Green" || w == "GREEN") && token + 3 <= limit) return {token + 3, "Green Hill Farm", false};
  if (w == "GHF") return {token + 1, "GHF", true};
  return {token, {}, false};
}

TEST_F(TruecaseTest, WritesKnownNamesAsTheCallerDoes) {
  const std::string headline = "Rebels Seize Green Hill Farm After Long Night Raid";
  // Without the caller's names "Green", "Hill" and "Farm" are common words.
  EXPECT_EQ(Restored(headline), "Rebels seize green hill farm after long night raid");
  const text::Segmentation seg = text::Segment(headline);
  const KnownNameAt known = [&](uint32_t t, uint32_t limit) { return GreenHillFarm(headline, seg, t, limit); };
  EXPECT_EQ(Restored(headline, known), "Rebels seize Green Hill Farm after long night raid");
  const std::string caps = "GHF REBELS SEIZE GREEN HILL FARM AFTER LONG NIGHT RAID";
  const text::Segmentation caps_seg = text::Segment(caps);
  const KnownNameAt caps_known = [&](uint32_t t, uint32_t limit) { return GreenHillFarm(caps, caps_seg, t, limit); };
  EXPECT_EQ(Restored(caps, caps_known), "GHF rebels seize Green Hill Farm after long night raid");
}

TEST_F(TruecaseTest, ReadsATextInLowerCase) {
  EXPECT_EQ(Restored("the kremlin said russia and china would meet in moscow on monday."),
            "The Kremlin said Russia and China would meet in Moscow on Monday.");
  // A one-word name the caller knows and news does not write in lower case.
  const std::string typed = "officials met in zorvath on friday to talk about trade.";
  const text::Segmentation seg = text::Segment(typed);
  const KnownNameAt zorvath = [&](uint32_t t, uint32_t) {
    return seg.tokens[t].span().Of(typed) == "zorvath" ? KnownName{t + 1, "Zorvath", false} : KnownName{t, {}, false};
  };
  EXPECT_EQ(Restored(typed), "Officials met in zorvath on Friday to talk about trade.");
  EXPECT_EQ(Restored(typed, zorvath), "Officials met in Zorvath on Friday to talk about trade.");
  // A sentence without a capital in a text that writes names with them has no name.
  const std::string cased = "Officials met in Geneva.\n\nthen they talked about oranges and china plates for hours.";
  EXPECT_EQ(Restored(cased), cased);
}

TEST_F(TruecaseTest, ReadsAHeadlineInCapitals) {
  EXPECT_EQ(Restored("PUTIN MEETS ERDOGAN IN SOCHI TO DISCUSS SYRIA CEASEFIRE\n\nThe two leaders met."),
            "Putin meets Erdogan in Sochi to discuss Syria ceasefire\n\nThe two leaders met.");
  // An unknown long word is read as a name, a short one as an acronym.
  EXPECT_EQ(Restored("ZORVATH ELECTED HEAD OF QXZ AFTER LONG VOTE"), "Zorvath elected head of QXZ after long vote");
  // A paragraph in capitals is read on after its first sentence.
  EXPECT_EQ(Restored("IRAN TESTED A MISSILE ON TUESDAY. OFFICIALS IN WASHINGTON CONDEMNED THE LAUNCH."),
            "Iran tested a missile on Tuesday. Officials in Washington condemned the launch.");
  // A line in capitals inside a paragraph is no headline.
  const std::string wrapped = "The delegates adopted the\nDECLARATION ON THE RIGHTS OF PEOPLES TO PEACE\nwithout a vote.";
  EXPECT_EQ(Restored(wrapped), wrapped);
}

}  // namespace
}  // namespace dossier::nlp
