#include "time/timeml.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "time/document_date.h"
#include "time/timex_eval.h"

namespace dossier::time {
namespace {

constexpr char kTml[] = R"(<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Prices <EVENT eid="e1">fell</EVENT> for a <TIMEX3 tid="t1" type="DURATION" value="P1W">week</TIMEX3> &amp; rose <TIMEX3 tid="t2" type="DATE" value="1998-01-07">yesterday</TIMEX3>.
</TEXT>
</TimeML>)";

TEST(TimemlTest, ExtractsTextDctAndGoldSpans) {
  auto doc = ParseTimeml(kTml, "dir/X1.tml");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->id, "X1");
  ASSERT_TRUE(doc->dct.has_value());
  EXPECT_EQ(doc->dct->ToString(), "1998-01-08");
  EXPECT_EQ(doc->text, "\nPrices fell for a week & rose yesterday.\n");
  ASSERT_EQ(doc->timexes.size(), 2u);
  EXPECT_EQ(doc->timexes[0].span.Of(doc->text), "week");
  EXPECT_EQ(doc->timexes[0].type, "DURATION");
  EXPECT_EQ(doc->timexes[1].span.Of(doc->text), "yesterday");
  EXPECT_EQ(doc->timexes[1].value, "1998-01-07");
}

TEST(TimemlTest, RejectsBadInput) {
  EXPECT_FALSE(ParseTimeml("<TimeML><TEXT>unclosed", "a.tml").ok());
  EXPECT_FALSE(ParseTimeml("<TimeML><DOCID>x</DOCID></TimeML>", "b.tml").ok());
  auto bad_type = ParseTimeml("<TimeML><TEXT><TIMEX3 type=\"DAY\">x</TIMEX3></TEXT></TimeML>", "c.tml");
  ASSERT_FALSE(bad_type.ok());
  EXPECT_NE(bad_type.status().message().find("c.tml"), std::string::npos);
}

TEST(TimexScoreTest, CountsStrictRelaxedTypeAndValueMatches) {
  auto t = [](uint32_t b, uint32_t e, const char* type, const char* v) {
    return Timex{{b, e}, type, v, ""};
  };
  const std::vector<Timex> gold = {t(0, 10, "DATE", "2017"),
                                   t(20, 30, "DURATION", "P1Y"),
                                   t(40, 50, "DATE", "PRESENT_REF")};
  const std::vector<Timex> sys = {t(0, 10, "DATE", "2017"),      // exact
                                  t(25, 35, "DATE", "P1Y"),      // overlap, wrong type
                                  t(60, 70, "SET", "P1D")};      // spurious
  TimexScore score;
  int missed = 0, spurious = 0;
  score.Add(gold, sys, [&](const Timex* g, const Timex* s) {
    missed += s == nullptr;
    spurious += g == nullptr;
  });
  EXPECT_EQ(score.gold, 3);
  EXPECT_EQ(score.system, 3);
  EXPECT_EQ(score.strict, 1);
  EXPECT_EQ(score.relaxed, 2);
  EXPECT_EQ(score.type_correct, 1);
  EXPECT_EQ(score.value_correct, 2);
  EXPECT_EQ(missed, 1);
  EXPECT_EQ(spurious, 1);
  EXPECT_NEAR(score.Relaxed().f1, 2.0 / 3.0, 1e-9);
  TimexScore total;
  total.Merge(score);
  total.Merge(score);
  EXPECT_EQ(total.relaxed, 4);
  EXPECT_EQ(total.gold_by_type[static_cast<int>(TimexType::kDuration)], 2);
}

TEST(DocumentDateTest, DatelinesThenWeekdayAgreementAndNoGuesses) {
  auto tagger = TimeTagger::Load(DOSSIER_SOURCE_DIR);
  ASSERT_TRUE(tagger.ok());
  struct Case {
    const char* text;
    const char* date;    // "" = none
    const char* source;
  } cases[] = {
      {"TEHRAN, Nov. 29, 2017 (Reuters) - Iran said yesterday ...", "2017-11-29", "dateline"},
      {"Published 2017-11-28 09:00\nThe minister spoke on Friday.", "2017-11-28", "dateline"},
      {"Tuesday, November 28, 2017\nKim Yong-nam arrived.", "2017-11-28", "dateline"},
      {"A long first line of running prose that goes on and on about markets. Updated on"
       " March 3, 2018 at noon by the desk editors of the paper, who like long lines.",
       "2018-03-03", "dateline"},
      // Weekday-date agreement: November 28 was a Tuesday in 2017 (the first such
      // year from 2016, the latest year mentioned).
      {"The missile test on Tuesday, November 28, which followed a 2016 report and the 2015"
       " deal, worried officials in the region for many reasons that we list here.",
       "2017-11-28", "inferred"},
      // Guesses are no dates: a yearless dateline takes no year from the prose
      // (the talks were held before the news), nor is a date the prose names
      // (here one still to come) or its latest year the document's, nor does a
      // weekday fix a year in a text that names none.
      {"TEHRAN, Nov. 30 (Reuters) - Talks held in 2017 and 2016 went on.", "", ""},
      {"Sun Microsystems Inc. announced the sale of its debentures due Oct. 15, 1999, and more"
       " to come in the long run of the market.",
       "", ""},
      {"The minister spoke yesterday and on Friday, as he did in 2016 and in the year 2014 when"
       " the talks began in earnest among all of the parties to the long dispute.",
       "", ""},
      {"The missile test on Tuesday, November 28 worried officials.", "", ""},
      {"The minister spoke yesterday and on Friday.", "", ""},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    std::optional<InferredDate> d = InferDocumentDate(**tagger, text, text::Tokenize(text));
    EXPECT_EQ(d ? d->date.ToString() : "", c.date) << c.text;
    EXPECT_EQ(d ? d->source : "", c.source) << c.text;
  }
}

TEST(DocumentDateTest, AnalyzePrefersMetadataAndReportsTheSource) {
  auto tagger = TimeTagger::Load(DOSSIER_SOURCE_DIR);
  ASSERT_TRUE(tagger.ok());
  const std::string text = "TEHRAN, Nov. 29, 2017 (Reuters) - Iran said yesterday it would talk.";
  const text::Segmentation seg = text::Segment(text);
  DocumentTime meta = (*tagger)->Analyze(text, seg, "2017-12-01");
  EXPECT_EQ(meta.date, "2017-12-01");
  EXPECT_EQ(meta.date_source, "metadata");
  ASSERT_EQ(meta.timexes.size(), 2u);
  EXPECT_EQ(meta.timexes[1].value, "2017-11-30");
  DocumentTime undated = (*tagger)->Analyze(text, seg, "");
  EXPECT_EQ(undated.date, "2017-11-29");
  EXPECT_EQ(undated.date_source, "dateline");
  EXPECT_EQ(undated.timexes[1].value, "2017-11-28");
  // Undated and no date to infer: no reference date, but the era the text names.
  const std::string prose = "Talks held in 1964 and 1965 went on. The minister spoke on Friday.";
  DocumentTime era = (*tagger)->Analyze(prose, text::Segment(prose), "");
  EXPECT_EQ(era.date, "");
  EXPECT_EQ(era.date_source, "none");
  EXPECT_EQ(era.era, "1965-12-31");
  DocumentTime bad = (*tagger)->Analyze("Nothing to see.", text::Segment("Nothing to see."), "29/11/2017");
  EXPECT_EQ(bad.date, "");
  EXPECT_EQ(bad.date_source, "none");
}

// Every TimeBank/AQUAINT file in the shared corpus parses, and the gold spans
// cover exactly the expression text.
TEST(TimemlTest, ParsesTheSharedTbaqCorpus) {
  const std::filesystem::path root = std::string(DOSSIER_SHARED_DIR) + "/data/corpora/tbaq_timeml";
  if (!std::filesystem::exists(root)) GTEST_SKIP() << "no shared corpus at " << root;
  int files = 0, timexes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".tml") continue;
    auto doc = ReadTimeml(entry.path().string());
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_TRUE(doc->dct.has_value()) << entry.path();
    ++files;
    timexes += static_cast<int>(doc->timexes.size());
  }
  EXPECT_EQ(files, 256);
  EXPECT_GT(timexes, 1700);
}

}  // namespace
}  // namespace dossier::time
