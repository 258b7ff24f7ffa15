#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/petrarch/tree.h"

namespace dossier::extract::petrarch {
namespace {

TEST(TreeTest, ParsesWordsAndSpans) {
  auto tree = ParseTree("(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))");
  ASSERT_TRUE(tree.ok()) << tree.status().message();
  EXPECT_EQ(tree.value().words(), (std::vector<std::string>{"ARNOR", "MET", "GONDOR", "."}));
  const TreeNode& s = tree.value().node(tree.value().node(0).children[0]);
  EXPECT_EQ(s.label, "S");
  EXPECT_EQ(s.begin, 0);
  EXPECT_EQ(s.end, 4);
}

TEST(TreeTest, RejectsBadParses) {
  for (const char* bad : {"", "(ROOT (S (NP (NNP Arnor))", "(ROOT (S (NP (NNP Arnor)))))", "word"}) {
    EXPECT_FALSE(ParseTree(bad).ok()) << bad;
  }
  std::string deep(kMaxTreeDepth + 1, '(');
  deep += "X" + std::string(kMaxTreeDepth + 1, ')');
  EXPECT_FALSE(ParseTree(deep).ok());
}

}  // namespace
}  // namespace dossier::extract::petrarch
