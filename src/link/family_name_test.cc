#include "link/family_name.h"

#include <gtest/gtest.h>

namespace dossier::link {
namespace {

class FamilyNameTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto cues = Cues::Load(DOSSIER_SOURCE_DIR);
    ASSERT_TRUE(cues.ok()) << cues.status().ToString();
    cues_ = std::move(*cues);
  }
  std::string Family(std::string_view name) const { return std::string(FamilyName(name, *cues_)); }
  std::unique_ptr<Cues> cues_;
};

TEST_F(FamilyNameTest, WesternNamesEndInTheFamilyName) {
  EXPECT_EQ(Family("Donald Trump"), "Trump");
  EXPECT_EQ(Family("Recep Tayyip Erdoğan"), "Erdoğan");
  EXPECT_EQ(Family("Andy Kim"), "Kim");
  EXPECT_EQ(Family("Trump"), "");
  // A hyphenated surname is one word.
  EXPECT_EQ(Family("Hossein Amir-Abdollahian"), "Amir-Abdollahian");
  EXPECT_EQ(NameWords("Hossein Amir-Abdollahian").size(), 2u);
  EXPECT_EQ(NameWords("Hossein Amir - Abdollahian").size(), 4u);
  // A generational suffix is no family name.
  EXPECT_EQ(Family("Ferdinand Marcos Jr."), "Marcos");
  EXPECT_EQ(Family("Lloyd J. Austin III"), "Austin");
  EXPECT_EQ(Family("Marcos Jr."), "");
}

TEST_F(FamilyNameTest, ChineseAndKoreanNamesStartWithIt) {
  EXPECT_EQ(Family("Kim Jong Un"), "Kim");
  EXPECT_EQ(Family("Kim Jong-un"), "Kim");
  EXPECT_EQ(Family("Moon Jae-in"), "Moon");
  EXPECT_EQ(Family("Xi Jinping"), "Xi");
  EXPECT_EQ(Family("Li Keqiang"), "Li");
  EXPECT_EQ(Family("Wang Yi"), "Wang");
  EXPECT_EQ(Family("Lee Hsien Loong"), "Lee");
  EXPECT_EQ(Family("Tsai Ing-wen"), "Tsai");
  EXPECT_TRUE(FamilyNameFirst("Kim Jong Un", *cues_));
  EXPECT_FALSE(FamilyNameFirst("Kim", *cues_));
}

TEST_F(FamilyNameTest, AnEnglishGivenNameMayStandBeforeTheFamilyName) {
  EXPECT_EQ(Family("Daniel Koh Wei Jie"), "Koh");
  EXPECT_EQ(Family("Rebecca Tan Mei Ling"), "Tan");
  EXPECT_EQ(Family("Daniel Koh Anderson"), "Anderson");
}

TEST_F(FamilyNameTest, AFamilyWordFirstNeedsARomanisedGivenName) {
  EXPECT_EQ(Family("Kim Darroch"), "Darroch");
  EXPECT_EQ(Family("Lee Anderson"), "Anderson");
  EXPECT_EQ(Family("Kim Kardashian"), "Kardashian");
  EXPECT_EQ(Family("Lee Harvey Oswald"), "Oswald");
  EXPECT_FALSE(FamilyNameFirst("Kim Darroch", *cues_));
}

TEST_F(FamilyNameTest, SyllableSplits) {
  EXPECT_TRUE(SplitsIntoSyllables("Jinping", *cues_, 3));
  EXPECT_TRUE(SplitsIntoSyllables("keqiang", *cues_, 3));
  EXPECT_TRUE(SplitsIntoSyllables("Yi", *cues_, 1));
  EXPECT_FALSE(SplitsIntoSyllables("Jinping", *cues_, 1));
  EXPECT_FALSE(SplitsIntoSyllables("Darroch", *cues_, 3));
  EXPECT_FALSE(SplitsIntoSyllables("", *cues_, 3));
  EXPECT_FALSE(SplitsIntoSyllables("Zoë", *cues_, 3));
}

}  // namespace
}  // namespace dossier::link
