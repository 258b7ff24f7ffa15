#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/petrarch/coder.h"
#include "extract/petrarch/suite.h"
#include "extract/petrarch/test_dictionaries.h"

namespace dossier::extract::petrarch {
namespace {

using testdata::kActors;
using testdata::kVerbs;
using testdata::SmallCoder;

// ------------------------------------------------------------------ suite

TEST(SuiteTest, MalformedXmlGivesLine) {
  auto suite = ParseSuite("<Validation>\n<Environment>\n</Validation>\n", "s.xml");
  ASSERT_FALSE(suite.ok());
  EXPECT_NE(suite.status().message().find("s.xml:"), std::string::npos);
}

TEST(SuiteTest, ScoresASmallSuite) {
  constexpr char kSuite[] = R"(<Validation>
<Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile><Agentfile>g.txt</Agentfile></Environment>
<Sentences>
<Sentence date="19950101" id="T-1" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="064"></EventCoding>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNP Gondor)))))</Parse>
</Sentence>
<Sentence date="19950101" id="T-2" category="DEMO">
<EventCoding noevents = "True"></EventCoding>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD arrived) (PP (IN in) (NP (NNP Gondor))))))</Parse>
</Sentence>
<Sentence date="19950101" id="E-1" category="ERROR">
<EventCoding error="bad_input_parse"></EventCoding>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNP Gondor)))</Parse>
</Sentence>
</Sentences></Validation>)";
  auto suite = ParseSuite(kSuite, "s.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().message();
  EXPECT_EQ(suite.value().environment.PathsIn("d").verbs, "d/v.txt");
  EXPECT_TRUE(suite.value().environment.PathsIn("d/").discards.empty());
  ASSERT_EQ(suite.value().records.size(), 3u);
  EXPECT_EQ(suite.value().records[0].line, 4);
  auto coder = SmallCoder();
  std::vector<std::string> details;
  SuiteScore score = ScoreSuite(*coder, suite.value(), &details);
  EXPECT_EQ(score.total.expected, 2);
  EXPECT_EQ(score.total.correct, 1);
  EXPECT_EQ(score.total.extra, 2);  // T-2 expects no event but gets two
  EXPECT_EQ(score.total.error_records, 1);
  EXPECT_EQ(score.total.error_records_clean, 1);
  EXPECT_EQ(score.by_category["DEMO"].records, 2);
  EXPECT_EQ(details.size(), 2u);  // T-1 misses one, T-2 has extras
  EXPECT_FALSE(ParseSuite("<Validation><Environment/></Validation>", "s.xml").ok());
  EXPECT_FALSE(ParseSuite(R"(<Validation><Environment><Verbfile>v</Verbfile><Actorfile>a</Actorfile></Environment>
<Sentences><Sentence date="1995" id="X"/></Sentences></Validation>)", "s.xml").ok());
}

TEST(SuiteTest, SummaryLineFormat) {
  SuiteCounts c;
  c.expected = 359;
  c.correct = 271;
  c.extra = 39;
  EXPECT_EQ(SummaryLine(c), "PETRARCH suite: correct 271/359 (75.5%), extra 39 (10.9%)");
}

// End to end: the PETRARCH unit-test suite with its own dictionaries (runs
// in well under a second). The floors are below the measured figures.
TEST(SuiteTest, UnitTestSuiteStaysAboveFloor) {
  const std::string dir = std::string(DOSSIER_SHARED_DIR) + "/data/events/petrarch_unittest";
  auto suite = LoadSuite(dir + "/PETR.UnitTest.records.xml");
  if (!suite.ok()) GTEST_SKIP() << suite.status().message();
  auto coder = Coder::Load(suite.value().environment.PathsIn(dir));
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  SuiteScore score = ScoreSuite(*coder.value(), suite.value(), nullptr);
  EXPECT_EQ(score.total.expected, 359);
  // Measured 320/359 (89.1%) correct, 21 (5.8%) extra; the issue's target is
  // >= 75% correct and <= 20% extra.
  EXPECT_GE(score.total.correct * 100, 87 * score.total.expected) << SummaryLine(score.total);
  EXPECT_LE(score.total.extra * 100, 8 * score.total.expected) << SummaryLine(score.total);
  EXPECT_EQ(score.total.error_records_clean, score.total.error_records);
}

}  // namespace
}  // namespace dossier::extract::petrarch
