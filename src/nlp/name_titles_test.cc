// Titles that open a person's name: longest match, repeated titles, the last
// word always left as the name, case-insensitive matching, and the list's
// round trip through the model file's section.
#include "nlp/name_titles.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace dossier::nlp {
namespace {

std::vector<WordInfo> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<WordInfo> out;
  for (std::string w; in >> w;) out.push_back(DescribeWord(w));
  return out;
}

int Leading(const NameTitles& titles, const std::string& span) {
  auto w = Words(span);
  return titles.LeadingTitles(w.data(), 0, static_cast<int>(w.size()));
}

TEST(NameTitles, TakesTheLongestTitleAndRepeats) {
  NameTitles titles({"Prime", "Prime Minister", "Lord", "Mrs", "Mrs."});
  EXPECT_EQ(Leading(titles, "Mrs Smith"), 1);
  EXPECT_EQ(Leading(titles, "Mrs. Smith"), 1);
  EXPECT_EQ(Leading(titles, "Prime Minister Lord Grey"), 3);
  EXPECT_EQ(Leading(titles, "MRS SMITH"), 1);
  EXPECT_EQ(Leading(titles, "Anna Smith"), 0);
  EXPECT_EQ(Leading(titles, "Smith Lord"), 0);  // only at the start
}

TEST(NameTitles, LeavesTheLastWordAsTheName) {
  NameTitles titles({"Lord", "Prime Minister"});
  EXPECT_EQ(Leading(titles, "Lord"), 0);
  EXPECT_EQ(Leading(titles, "Lord Lord"), 1);
  EXPECT_EQ(Leading(titles, "Prime Minister"), 0);  // the title may not take the whole span
  auto w = Words("Prime Minister");
  EXPECT_EQ(titles.TitleAt(w.data(), 0, 2), 2);
  EXPECT_EQ(titles.TitleAt(w.data(), 0, 1), 0);
}

TEST(NameTitles, FormsOfAddressOpenTheCapitalisedRunAfterThem) {
  NameTitles titles({"Dr.", "Mrs", "MS", "President", "Judge"}, {"Dr.", "Mrs", "Ms"});
  auto name = [&](const std::string& text, int i) {
    auto w = Words(text);
    return titles.NameAfterAddress(w.data(), i, static_cast<int>(w.size()));
  };
  EXPECT_EQ(name("I gave Dr. Rohatgi two stars", 3), 1);
  EXPECT_EQ(name("says Mrs Anna Lee Smith .", 2), 3);
  EXPECT_EQ(name("Dr. Judge Smith", 1), 0);        // a title is not a name
  EXPECT_EQ(name("Dr. President", 1), 0);
  EXPECT_EQ(name("the Dr. said", 2), 0);           // not capitalised
  EXPECT_EQ(name("on the MS Iona", 3), 0);         // all capitals: an abbreviation
  EXPECT_EQ(name("President Smith", 1), 0);        // a title, not a form of address
  EXPECT_EQ(name("Dr. Rohatgi", 0), 0);
  auto w = Words("Mrs Anna Lee");
  EXPECT_EQ(titles.NameAfterAddress(w.data(), 1, 2), 1);  // stops at the limit
}

TEST(NameTitles, RoundTripsThroughItsSection) {
  NameTitles titles({"Dame", "Vice President"}, {"Dame"});
  NameTitles back = NameTitles::Deserialize(titles.Serialize());
  EXPECT_EQ(back.size(), 2u);
  EXPECT_EQ(back.address_forms(), std::vector<std::string>{"Dame"});
  EXPECT_EQ(Leading(back, "Vice President Harris"), 2);
  EXPECT_TRUE(NameTitles().empty());
  EXPECT_TRUE(NameTitles::Deserialize("").empty());
}

}  // namespace
}  // namespace dossier::nlp
