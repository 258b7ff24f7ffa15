#include "match/similarity.h"

#include <gtest/gtest.h>

namespace dossier::match {
namespace {

TEST(JaroWinklerTest, KnownValues) {
  struct Case { const char* a; const char* b; double lo, hi; };
  const Case cases[] = {
      {"martha", "marhta", 0.96, 0.962},
      {"dixon", "dicksonx", 0.81, 0.82},
      {"abc", "abc", 1.0, 1.0},
      {"abc", "xyz", 0.0, 0.0},
      {"", "", 1.0, 1.0},
      {"a", "", 0.0, 0.0},
  };
  for (const Case& c : cases) {
    const double s = JaroWinkler(c.a, c.b);
    EXPECT_GE(s, c.lo) << c.a << " " << c.b;
    EXPECT_LE(s, c.hi) << c.a << " " << c.b;
    EXPECT_DOUBLE_EQ(s, JaroWinkler(c.b, c.a));
  }
}

TEST(LevenshteinTest, DistancesAndCutOff) {
  EXPECT_EQ(Levenshtein("musavi", "mousavi"), 1);
  EXPECT_EQ(Levenshtein("kitten", "sitting"), 3);
  EXPECT_EQ(Levenshtein("ab", "ba"), 1);  // transposition
  EXPECT_EQ(Levenshtein("", "abc"), 3);
  EXPECT_EQ(Levenshtein("kitten", "sitting", 1), 2);  // limit + 1
  EXPECT_EQ(Levenshtein("a", "abcdef", 2), 3);
}

}  // namespace
}  // namespace dossier::match
