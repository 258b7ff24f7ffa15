#include "time/time_tagger.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

#include "base/file.h"

namespace dossier::time {
namespace {

std::unique_ptr<TimeTagger> LoadTagger() {
  auto tagger = TimeTagger::Load(DOSSIER_SOURCE_DIR);
  EXPECT_TRUE(tagger.ok()) << tagger.status().ToString();
  return tagger.ok() ? std::move(tagger).value() : nullptr;
}

struct Case {
  const char* text;
  const char* expr;  // the expected timex text
  const char* type;
  const char* value;
};

// DCT 2017-11-29 (a Wednesday) throughout.
const Case kCases[] = {
    {"He arrived on Tuesday, November 28 in Tehran.", "Tuesday, November 28", "DATE", "2017-11-28"},
    {"It happened on Nov. 28, 2017.", "Nov. 28, 2017", "DATE", "2017-11-28"},
    {"It happened on 28 November 2016.", "28 November 2016", "DATE", "2016-11-28"},
    {"He visited in August.", "August", "DATE", "2017-08"},
    {"Talks began in late November.", "late November", "DATE", "2017-11"},
    {"Sales rose in January 2015.", "January 2015", "DATE", "2015-01"},
    {"The file is dated 2017-11-28.", "2017-11-28", "DATE", "2017-11-28"},
    {"The file is dated 11/02/89.", "11/02/89", "DATE", "1989-11-02"},
    {"The ministers met Friday.", "Friday", "DATE", "2017-11-24"},
    {"The ministers will meet Friday.", "Friday", "DATE", "2017-12-01"},
    {"The talks ended last Friday.", "last Friday", "DATE", "2017-11-24"},
    {"The strike came Wednesday night.", "Wednesday night", "DATE", "2017-11-29TNI"},
    {"He spoke yesterday.", "yesterday", "DATE", "2017-11-28"},
    {"He will speak tomorrow.", "tomorrow", "DATE", "2017-11-30"},
    {"Prices are high now.", "now", "DATE", "PRESENT_REF"},
    {"It rained last week.", "last week", "DATE", "2017-W47"},
    {"Profits fell this year.", "this year", "DATE", "2017"},
    {"Profits fell last month.", "last month", "DATE", "2017-10"},
    {"Elections are due next year.", "next year", "DATE", "2018"},
    {"It grew earlier this year.", "earlier this year", "DATE", "2017"},
    {"It happened two years ago.", "two years ago", "DATE", "2015"},
    {"Sales fell from a year earlier.", "a year earlier", "DATE", "2016"},
    {"They will meet on Christmas Eve.", "Christmas Eve", "DATE", "2017-12-24"},
    {"They meet on Thanksgiving.", "Thanksgiving", "DATE", "2017-11-23"},
    {"Memorial Day 2016 was quiet.", "Memorial Day 2016", "DATE", "2016-05-30"},
    {"Crowds gathered on New Year's Day 2017.", "New Year's Day 2017", "DATE", "2017-01-01"},
    {"It closed in 1990.", "1990", "DATE", "1990"},
    {"Revenue for fiscal 1989 rose.", "fiscal 1989", "DATE", "1989"},
    {"It was popular in the late 1990s.", "the late 1990s", "DATE", "199"},
    {"Prices peaked in early 1990.", "early 1990", "DATE", "1990"},
    {"The plant closes at the end of next year.", "the end of next year", "DATE", "2018"},
    {"It was popular in the 1990s.", "1990s", "DATE", "199"},
    {"Profit rose in the third quarter.", "the third quarter", "DATE", "2017-Q3"},
    {"The third-quarter loss widened.", "third-quarter", "DATE", "2017-Q3"},
    {"Profit rose in the first quarter of 2016.", "the first quarter of 2016", "DATE", "2016-Q1"},
    {"They met this past spring.", "this past spring", "DATE", "2017-SP"},
    {"Output fell in the past nine months.", "the past nine months", "DURATION", "P9M"},
    {"He served a five-year term.", "five-year", "DURATION", "P5Y"},
    {"He waited twenty four hours.", "twenty four hours", "DURATION", "PT24H"},
    {"The talks lasted several weeks.", "several weeks", "DURATION", "PXW"},
    {"They met for years.", "years", "DURATION", "PXY"},
    {"The paper appears daily.", "daily", "SET", "P1D"},
    {"They meet every Friday.", "every Friday", "SET", "XXXX-WXX-5"},
    {"They meet twice a year.", "twice a year", "SET", "P1Y"},
    {"The blast came at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "TIME", "2017-11-06T17:00"},
    {"The blast came at 10:30 yesterday.", "10:30 yesterday", "TIME", "2017-11-28T10:30"},
    {"They met this morning.", "this morning", "TIME", "2017-11-29TMO"},
};

TEST(TimeTaggerTest, TagsAndNormalisesAgainstTheDocumentDate) {
  auto tagger = LoadTagger();
  ASSERT_NE(tagger, nullptr);
  const Date dct{2017, 11, 29};
  for (const Case& c : kCases) {
    const std::string text = c.text;
    std::vector<Timex> found = tagger->Tag(text, dct);
    EXPECT_EQ(found.size(), 1u) << c.text;
    if (found.size() != 1) continue;
    EXPECT_EQ(found[0].span.Of(text), c.expr) << c.text;
    EXPECT_EQ(found[0].type, c.type) << c.text;
    EXPECT_EQ(found[0].value, c.value) << c.text;
  }
}

TEST(TimeTaggerTest, LeavesNonTemporalNumbersAndWordsAlone) {
  auto tagger = LoadTagger();
  ASSERT_NE(tagger, nullptr);
  for (const char* text : {"He paid $1990 for it.", "Turnout was 1995 percent.",
                           "She may go.", "The sun rose.", "He scored 12 points.",
                           "It costs a day's pay.", "He won a second term.", "Sales rose by 1500 units.",
                           "They sold a quarter of the shares.", "Mr. Smith, 52 years old, left.",
                           "The ``Spring of Life'' campaign began.",
                           "Redemptions were strong that day.", "It cost twelve hundred dollars.",
                           "A winter storm hit the coast.", "Prices may fall further.",
                           "He was named Player of the Year.", "A total of two thousand people came.",
                           "It was sold in two thousand homes."}) {
    EXPECT_TRUE(tagger->Tag(text, Date{2017, 11, 29}).empty()) << text;
  }
}

TEST(TimeTaggerTest, YearEarlierInAQuarterSentenceMeansThatQuarter) {
  auto tagger = LoadTagger();
  ASSERT_NE(tagger, nullptr);
  const std::string text = "Profit rose in the third quarter from $5 a share a year earlier.";
  std::vector<Timex> found = tagger->Tag(text, Date{2017, 11, 29});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].span.Of(text), "a year earlier");
  EXPECT_EQ(found[1].value, "2016-Q3");
}

TEST(TimeTaggerTest, WithoutADocumentDateRelativeValuesUsePlaceholders) {
  auto tagger = LoadTagger();
  ASSERT_NE(tagger, nullptr);
  const std::string text = "He spoke yesterday about Friday and Nov. 28, 2017.";
  std::vector<Timex> found = tagger->Tag(text, std::nullopt);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].value, "XXXX-XX-XX");
  EXPECT_EQ(found[1].value, "XXXX-WXX-5");
  EXPECT_EQ(found[2].value, "2017-11-28");
}

TEST(TimeTaggerTest, SpansAreByteOffsetsAndDoNotOverlap) {
  auto tagger = LoadTagger();
  ASSERT_NE(tagger, nullptr);
  const std::string text = "“Now,” he said — on Tuesday, November 28 — “the past two years…”";
  std::vector<Timex> found = tagger->Tag(text, Date{2017, 11, 29});
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].span.Of(text), "Now");
  EXPECT_EQ(found[1].span.Of(text), "Tuesday, November 28");
  EXPECT_EQ(found[2].span.Of(text), "the past two years");
  for (size_t k = 1; k < found.size(); ++k) EXPECT_LE(found[k - 1].span.end, found[k].span.begin);
}

TEST(LexiconTest, ReportsFileAndLineOfBadEntries) {
  auto bad = Lexicon::Parse("# header\nmonth\tjanuary\t1\nmonht\tfeb\t2\n", "lex.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("lex.tsv:3:"), std::string::npos);
  auto short_line = Lexicon::Parse("month\tjanuary\n", "lex.tsv");
  ASSERT_FALSE(short_line.ok());
  EXPECT_NE(short_line.status().message().find("lex.tsv:1:"), std::string::npos);
  EXPECT_FALSE(Lexicon::Load("/nonexistent/lexicon.tsv").ok());
}

TEST(LexiconTest, KindsAgreeWithTheTables) {
  auto lex = Lexicon::Parse("ordinal\tsecond\t2\nunit\tsecond\tS\nmonth\tMay\t05\n", "lex.tsv");
  ASSERT_TRUE(lex.ok());
  const Lexicon& l = **lex;
  for (std::string_view word : {"second", "may", "june", ""}) {
    uint32_t kinds = l.Kinds(word);
    for (int k = 0; k < static_cast<int>(WordKind::kCount); ++k) {
      EXPECT_EQ((kinds >> k & 1) != 0, l.Has(static_cast<WordKind>(k), word)) << word << " kind " << k;
    }
  }
  EXPECT_EQ(l.Kinds("second"), (1u << static_cast<int>(WordKind::kOrdinal)) |
                                   (1u << static_cast<int>(WordKind::kUnit)));
}

TEST(LexiconTest, OpeningKindsMarkTheWordsAnEntryStartsWith) {
  auto lex = Lexicon::Parse("deictic\tthe near future\tFUTURE_REF\ndeictic\tnow\tPRESENT_REF\n", "lex.tsv");
  ASSERT_TRUE(lex.ok());
  const Lexicon& l = **lex;
  const uint32_t deictic = 1u << static_cast<int>(WordKind::kDeictic);
  EXPECT_EQ(l.OpeningKinds("the"), deictic);
  EXPECT_EQ(l.OpeningKinds("the near"), deictic);
  EXPECT_EQ(l.OpeningKinds("the near future"), deictic);
  EXPECT_EQ(l.OpeningKinds("now"), deictic);
  EXPECT_EQ(l.OpeningKinds("near"), 0u);
  EXPECT_EQ(l.Kinds("the"), 0u);
}

}  // namespace
}  // namespace dossier::time

namespace dossier::time {
namespace {

// Random word salad from temporal words, numbers and punctuation: the tagger
// never crashes, and its spans are in order, inside the text, on token
// boundaries, non-empty and non-overlapping; values are never empty.
TEST(TimeTaggerTest, RandomInputKeepsSpanInvariants) {
  auto tagger = LoadTagger();
  ASSERT_NE(tagger, nullptr);
  const std::vector<std::string> vocab = {
      "the", "last", "next", "this", "past", "a", "few", "two", "twenty", "-", "four", "year",
      "years", "week", "quarter", "third", "ago", "earlier", "May", "Nov.", "28", "31", "1989",
      "2017", "/", ":", "11", "02", "89", ",", ".", "p.m.", "noon", "Friday", "night", "every",
      "daily", "now", "today", "yesterday", "fiscal", "'", "90s", "1990s", "$", "%", "of", "in",
      "mid", "late", "twice", "per", "for", "recent", "EST", "Tuesday", "—", "“", "0", "99999"};
  std::mt19937 rng(42);
  std::uniform_int_distribution<size_t> pick(0, vocab.size() - 1);
  std::uniform_int_distribution<int> space(0, 3);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 20);
    for (int k = 0; k < n; ++k) {
      text += vocab[pick(rng)];
      if (space(rng) > 0) text += ' ';
    }
    const std::vector<text::Token> tokens = text::Tokenize(text);
    for (const auto& dct : {std::optional<Date>(Date{1989, 11, 2}), std::optional<Date>()}) {
      const std::vector<Timex> found = tagger->Tag(text, tokens, dct);
      uint32_t last_end = 0;
      for (const Timex& t : found) {
        ASSERT_LT(t.span.begin, t.span.end) << text;
        ASSERT_LE(t.span.end, text.size()) << text;
        ASSERT_LE(last_end, t.span.begin) << text;
        ASSERT_FALSE(t.value.empty()) << text;
        bool starts = false, ends = false;
        for (const text::Token& tok : tokens) {
          starts |= tok.begin == t.span.begin;
          ends |= tok.end == t.span.end;
        }
        ASSERT_TRUE(starts && ends) << text;
        last_end = t.span.end;
      }
    }
  }
}

}  // namespace
}  // namespace dossier::time

namespace dossier::time {
namespace {

// The seed article (read from ../shared at run time, never copied), with no
// date given: the document date is inferred and every gold timex comes out.
TEST(TimeTaggerTest, SeedArticleWithoutADate) {
  const std::string path = std::string(DOSSIER_SHARED_DIR) + "/seed/article.txt";
  auto text = base::ReadFile(path);
  if (!text.ok()) GTEST_SKIP() << "no seed article at " << path;
  auto tagger = LoadTagger();
  ASSERT_NE(tagger, nullptr);
  const DocumentTime dt = tagger->Analyze(*text, text::Segment(*text), "");
  EXPECT_EQ(dt.date_source, "inferred");
  EXPECT_GE(dt.date, "2017-11-28");
  EXPECT_LE(dt.date, "2017-12-15");
  std::map<std::string, std::string> values;
  for (const Timex& t : dt.timexes) values[std::string(t.span.Of(*text))] = t.value;
  EXPECT_EQ(values["Tuesday, November 28"], "2017-11-28");
  EXPECT_EQ(values["August"], "2017-08");
  EXPECT_TRUE(values["mid-October"].starts_with("2017-10")) << values["mid-October"];
  EXPECT_EQ(values["last year"], "2016");
  for (const char* year : {"2010", "2015", "2016"}) EXPECT_EQ(values[year], year);
}

}  // namespace
}  // namespace dossier::time
