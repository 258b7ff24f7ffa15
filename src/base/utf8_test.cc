#include "base/utf8.h"

#include <gtest/gtest.h>

#include <random>

namespace dossier::base {
namespace {

TEST(FindInvalidUtf8, AcceptsValidText) {
  EXPECT_EQ(FindInvalidUtf8("Iran\xE2\x80\x99s missiles"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8(""), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("\xF0\x9F\x87\xAE"), std::nullopt);
}

TEST(FindInvalidUtf8, ReportsFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("ab\xFF" "cd"), 2u);
  EXPECT_EQ(FindInvalidUtf8("abc\xE2\x80"), 3u);       // truncated
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);          // overlong
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);     // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);  // > U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("eight by\xFFtes"), 8u);  // after a run of ASCII
  EXPECT_EQ(FindInvalidUtf8("seven b\xE2\x80\x99 and then \xE2\x80"), 20u);  // truncated
}

TEST(DecodeUtf8, RoundTripsAgainstEncoder) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<uint32_t> dist(0, 0x10FFFF);
  for (int i = 0; i < 20000; ++i) {
    char32_t cp = dist(rng);
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string s;
    AppendUtf8(cp, &s);
    ASSERT_EQ(FindInvalidUtf8(s), std::nullopt);
    int len = 0;
    EXPECT_EQ(DecodeUtf8(s, 0, &len), cp);
    EXPECT_EQ(static_cast<size_t>(len), s.size());
    EXPECT_EQ(PrevCodePointStart(s, s.size()), 0u);
  }
}

TEST(CharClasses, CoverQuotesDashesAndScripts) {
  EXPECT_TRUE(IsApostrophe(0x2019));
  EXPECT_TRUE(IsQuote(0x201C));
  EXPECT_TRUE(IsDash(0x2013));
  EXPECT_TRUE(IsUpper(U'Ш'));
  EXPECT_TRUE(IsLetter(U'한'));
  EXPECT_TRUE(IsSpace(0x00A0));
  EXPECT_FALSE(IsLetter('-'));
}

TEST(CharClasses, LettersAndCurrencySigns) {
  EXPECT_TRUE(HasLetter("kr"));
  EXPECT_TRUE(HasLetter("\xC3\xA9"));  // é
  EXPECT_FALSE(HasLetter("14.3"));
  EXPECT_FALSE(HasLetter("("));
  EXPECT_FALSE(HasLetter(""));
  EXPECT_TRUE(IsCurrencySign("$"));
  EXPECT_TRUE(IsCurrencySign("\xE2\x82\xAC"));  // €
  EXPECT_TRUE(IsCurrencySign("\xC2\xA3"));      // £
  EXPECT_FALSE(IsCurrencySign("$$"));
  EXPECT_FALSE(IsCurrencySign("US"));
  EXPECT_FALSE(IsCurrencySign(""));
}

TEST(CharClasses, PossessiveClitic) {
  EXPECT_TRUE(IsPossessiveClitic("'s"));
  EXPECT_TRUE(IsPossessiveClitic("\xE2\x80\x99s"));  // ’s
  EXPECT_FALSE(IsPossessiveClitic("'"));
  EXPECT_FALSE(IsPossessiveClitic("s"));
  EXPECT_FALSE(IsPossessiveClitic("'S"));
  EXPECT_FALSE(IsPossessiveClitic("'ss"));
  EXPECT_FALSE(IsPossessiveClitic("\xE2\x80\x9Cs"));  // “s
  EXPECT_FALSE(IsPossessiveClitic(""));
}

TEST(FoldCase, FoldsUnicode) {
  EXPECT_EQ(FoldCase("KOMID"), "komid");
  EXPECT_EQ(FoldCase("ÉLYSÉE"), "élysée");
}

TEST(FoldAccents, FoldsLatinAccentsOnly) {
  EXPECT_EQ(FoldAccents("KOMID"), "komid");
  EXPECT_EQ(FoldAccents("İstanbul"), "istanbul");
  EXPECT_EQ(FoldAccents("Hà Nội"), "ha noi");
  EXPECT_EQ(FoldAccents("Łódź, Tromsø, Straße, Æsir, Œuvre, Þór, Đà Nẵng"),
            "lodz, tromso, strasse, aesir, oeuvre, thor, da nang");
  EXPECT_EQ(FoldAccents("Джавад"), FoldCase("Джавад"));  // other scripts: case only
  EXPECT_EQ(StripAccents("Zürich, Łódź, Ærø, Þórshöfn"), "Zurich, Lodz, AEro, THorshofn");
  EXPECT_EQ(StripAccents("Geneva"), "Geneva");
}

TEST(LineOfOffset, CountsNewlines) {
  EXPECT_EQ(LineOfOffset("a\nb\nc", 0), 1u);
  EXPECT_EQ(LineOfOffset("a\nb\nc", 4), 3u);
}

}  // namespace
}  // namespace dossier::base
