#include "extract/plover_gold.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dossier::extract {
namespace {

std::string WriteTemp(const std::string& name, const std::string& body) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << body;
  return path.string();
}

TEST(PloverGold, ReadsItemsSkippingCommentsAndHeader) {
  const std::string path = WriteTemp("plover_gold_ok.tsv",
                                     "# comment\n"
                                     "id\tsplit\tevents\tnote\n"
                                     "a\tdev\tASSAULT,COERCE\tx->y\n"
                                     "b\ttest\tNONE\t\n");
  auto gold = ReadPloverGold(path);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->size(), 2u);
  EXPECT_EQ((*gold)[0].events, (std::set<std::string>{"ASSAULT", "COERCE"}));
  EXPECT_EQ((*gold)[0].split, "dev");
  EXPECT_TRUE((*gold)[1].events.empty());
  EXPECT_EQ((*gold)[1].line, 4);
}

TEST(PloverGold, RejectsUnknownTypesSplitsAndRepeatedIds) {
  auto bad_type = ReadPloverGold(WriteTemp("plover_gold_t.tsv", "a\tdev\tATTACK\n"));
  ASSERT_FALSE(bad_type.ok());
  EXPECT_NE(bad_type.status().message().find(":1:"), std::string::npos);
  EXPECT_NE(bad_type.status().message().find("ATTACK"), std::string::npos);
  EXPECT_FALSE(ReadPloverGold(WriteTemp("plover_gold_s.tsv", "a\ttrain\tNONE\n")).ok());
  EXPECT_FALSE(ReadPloverGold(WriteTemp("plover_gold_d.tsv", "a\tdev\tNONE\na\tdev\tAID\n")).ok());
  EXPECT_FALSE(ReadPloverGold(WriteTemp("plover_gold_c.tsv", "a dev NONE\n")).ok());
  EXPECT_FALSE(ReadPloverGold(WriteTemp("plover_gold_e.tsv", "# only comments\n")).ok());
}

TEST(PloverScore, CountsSetsPerItemAndPerType) {
  PloverScore score;
  score.Add({"ASSAULT"}, {"ASSAULT", "ACCUSE"});  // tp ASSAULT, fp ACCUSE
  score.Add({"CONSULT", "AGREE"}, {"AGREE"});     // tp AGREE, fn CONSULT
  score.Add({}, {});                              // exact, nothing counted
  EXPECT_EQ(score.total.tp, 2);
  EXPECT_EQ(score.total.fp, 1);
  EXPECT_EQ(score.total.fn, 1);
  EXPECT_EQ(score.items, 3);
  EXPECT_EQ(score.items_exact, 1);
  EXPECT_DOUBLE_EQ(score.total.Precision(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(score.total.Recall(), 2.0 / 3.0);
  EXPECT_EQ(score.by_type["ACCUSE"].fp, 1);
  EXPECT_EQ(score.by_type["CONSULT"].fn, 1);
  EXPECT_DOUBLE_EQ(PloverCounts{}.F1(), 0.0);
}

}  // namespace
}  // namespace dossier::extract
