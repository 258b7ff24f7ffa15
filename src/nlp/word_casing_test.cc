// WordCasing: classes, lookup and a serialisation round trip.
#include "nlp/word_casing.h"

#include <gtest/gtest.h>

namespace dossier::nlp {
namespace {

TEST(WordCasingTest, ClassesSeparateNamesFromCommonWords) {
  EXPECT_NE(WordCasing::Class(100, 100), WordCasing::Class(100, 0));
  EXPECT_NE(WordCasing::Class(100, 100), WordCasing::Class(2, 2));  // frequency matters
  EXPECT_EQ(WordCasing::Class(100, 99), WordCasing::Class(1000, 999));
  for (uint32_t total : {1u, 5u, 500u}) {
    for (uint32_t cap = 0; cap <= total; cap += total / 5 + 1) {
      EXPECT_GT(WordCasing::Class(total, cap), 0);
    }
  }
}

TEST(WordCasingTest, MarksAndRoundTrips) {
  WordCasing c;
  WordInfo vernon = DescribeWord("vernon"), visit = DescribeWord("Visit"), other = DescribeWord("zzq");
  for (int i = 0; i < 3000; ++i) {  // distinct letter words ("baa", "bab", ...): the table grows
    std::string w = {'b', static_cast<char>('a' + i / 676), static_cast<char>('a' + i / 26 % 26),
                     static_cast<char>('a' + i % 26)};
    c.Set(DescribeWord(w).lower, 3);
  }
  c.Set(vernon.lower, WordCasing::Class(50, 50));
  c.Set(visit.lower, WordCasing::Class(50, 1));
  EXPECT_EQ(c.size(), 3002u);
  auto r = WordCasing::Deserialize(c.Serialize());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  WordInfo words[] = {DescribeWord("Vernon"), visit, other};
  r->Mark(words, 3);
  EXPECT_EQ(words[0].casing, WordCasing::Class(50, 50));
  EXPECT_EQ(words[1].casing, WordCasing::Class(50, 1));
  EXPECT_EQ(words[2].casing, 0);
  EXPECT_FALSE(WordCasing::Deserialize("xx").ok());
}

TEST(WordCasingTest, NamePairsAreOrderedAndRoundTrip) {
  WordCasing c;
  const uint64_t supreme = DescribeWord("Supreme").lower, court = DescribeWord("court").lower;
  EXPECT_FALSE(c.NamePair(supreme, court));
  c.AddNamePair(supreme, court);
  EXPECT_TRUE(c.NamePair(supreme, court));
  EXPECT_FALSE(c.NamePair(court, supreme));  // "Court Supreme" is no pair
  WordCasing d;
  ASSERT_TRUE(d.DeserializeNamePairs(c.SerializeNamePairs()).ok());
  EXPECT_EQ(d.name_pairs(), 1u);
  EXPECT_TRUE(d.NamePair(supreme, court));
  EXPECT_EQ(c.SerializeNamePairs(), d.SerializeNamePairs());
  EXPECT_FALSE(d.DeserializeNamePairs("xx").ok());
}

}  // namespace
}  // namespace dossier::nlp
