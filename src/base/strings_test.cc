#include "base/strings.h"

#include <gtest/gtest.h>

namespace dossier::base {
namespace {

TEST(Split, KeepsEmptyFields) {
  auto parts = Split("a||b", '|');
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1], "");
  EXPECT_EQ(Split("", '|').size(), 1u);
}

TEST(CapitaliseWords, CapitalisesWordsButTheSmallOnesAfterTheFirst) {
  EXPECT_EQ(CapitaliseWords("foreign ministry"), "Foreign Ministry");
  EXPECT_EQ(CapitaliseWords("commander-in-chief"), "Commander-in-Chief");
  EXPECT_EQ(CapitaliseWords("minister of state for the interior"), "Minister of State for the Interior");
  EXPECT_EQ(CapitaliseWords("the ministry"), "The Ministry");
  EXPECT_EQ(CapitaliseWords("ministry of the other"), "Ministry of the Other");
}

TEST(Slugify, MakesStableIds) {
  EXPECT_EQ(Slugify("Kim Yong-Nam"), "kim-yong-nam");
  EXPECT_EQ(Slugify("Korea Mining Development Trading Corp."), "korea-mining-development-trading-corp");
  EXPECT_EQ(Slugify("Democratic People's Republic"), "democratic-peoples-republic");
  EXPECT_EQ(Slugify("  U.S.  "), "us");
  EXPECT_EQ(Slugify("Żaneta Kowalska"), Slugify("Zaneta Kowalska"));
  EXPECT_EQ(Slugify("Ekrem İmamoğlu"), "ekrem-imamoglu");
}

TEST(Trim, StripsWhitespace) { EXPECT_EQ(Trim("  a b \n"), "a b"); }

TEST(IsAllCaps, DetectsAcronyms) {
  EXPECT_TRUE(IsAllCaps("KOMID"));
  EXPECT_TRUE(IsAllCaps("G20"));
  EXPECT_FALSE(IsAllCaps("Iran"));
  EXPECT_FALSE(IsAllCaps("2015"));
}

TEST(IsNumeralOrdinal, DigitsAndASuffix) {
  EXPECT_TRUE(IsNumeralOrdinal("3rd"));
  EXPECT_TRUE(IsNumeralOrdinal("82nd"));
  EXPECT_TRUE(IsNumeralOrdinal("21st"));
  EXPECT_TRUE(IsNumeralOrdinal("444th"));
  EXPECT_FALSE(IsNumeralOrdinal("444"));
  EXPECT_FALSE(IsNumeralOrdinal("third"));
  EXPECT_FALSE(IsNumeralOrdinal("3rds"));
  EXPECT_FALSE(IsNumeralOrdinal(""));
}

}  // namespace
}  // namespace dossier::base
