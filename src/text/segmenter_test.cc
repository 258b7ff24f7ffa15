#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::text {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : Segment(text).sentences) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

struct TokenCase {
  const char* text;
  V tokens;
};

class TokenizeTable : public ::testing::TestWithParam<TokenCase> {};

TEST_P(TokenizeTable, SplitsLikeUd) { EXPECT_EQ(Words(GetParam().text), GetParam().tokens); }

INSTANTIATE_TEST_SUITE_P(
    Cases, TokenizeTable,
    ::testing::Values(
        TokenCase{"Iran\xE2\x80\x99s missiles", {"Iran", "\xE2\x80\x99s", "missiles"}},
        TokenCase{"North Korea's test", {"North", "Korea", "'s", "test"}},
        TokenCase{"we\xE2\x80\x99re doing", {"we", "\xE2\x80\x99re", "doing"}},
        TokenCase{"don't go", {"do", "n't", "go"}},
        TokenCase{"O'Brien said", {"O'Brien", "said"}},
        TokenCase{"the U.S. and U.N. Corp.", {"the", "U.S.", "and", "U.N.", "Corp."}},
        TokenCase{"John O. Brennan", {"John", "O.", "Brennan"}},
        TokenCase{"posted on Telegram and X. \n", {"posted", "on", "Telegram", "and", "X", "."}},
        TokenCase{"Kim Yong-Nam", {"Kim", "Yong", "-", "Nam"}},
        TokenCase{"an 80-ton booster", {"an", "80", "-", "ton", "booster"}},
        TokenCase{"Then-CIA Director", {"Then", "-", "CIA", "Director"}},
        TokenCase{"2,000 troops and 3.5%", {"2,000", "troops", "and", "3.5", "%"}},
        TokenCase{"anything\xE2\x80\xA6 We", {"anything", "\xE2\x80\xA6", "We"}},
        TokenCase{"[weapons of mass destruction]", {"[", "weapons", "of", "mass", "destruction", "]"}},
        TokenCase{"Source \xC2\xBB ncr-iran", {"Source", "\xC2\xBB", "ncr", "-", "iran"}},
        TokenCase{"see https://example.org/a.html.", {"see", "https://example.org/a.html", "."}},
        TokenCase{"AT&T and 1990s", {"AT&T", "and", "1990s"}},
        TokenCase{"Wait... what?!", {"Wait", "...", "what", "?!"}},
        TokenCase{"\xE2\x80\x9CThere are\xE2\x80\x9D", {"\xE2\x80\x9C", "There", "are", "\xE2\x80\x9D"}}));

TEST(Tokenize, OffsetsAreBytesIntoTheOriginal) {
  std::string text = "Iran\xE2\x80\x99s   test";
  auto toks = Tokenize(text);
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[1].begin, 4u);
  EXPECT_EQ(toks[1].end, 8u);
  EXPECT_EQ(toks[2].begin, 11u);
}

TEST(Tokenize, NeverLosesNonSpaceBytes) {
  std::string text = "«Hi» — 3½ km/h; e-mail: a@b.c (x) ¿Qué? 朝鮮 Ким";
  std::string joined;
  for (const Token& t : Tokenize(text)) joined += text.substr(t.begin, t.end - t.begin);
  std::string expected;
  for (char c : text) if (c != ' ') expected += c;
  EXPECT_EQ(joined, expected);
}

TEST(SplitSentences, HandlesNewsText) {
  EXPECT_EQ(Sentences("He met the U.S. envoy. Then he left."),
            (V{"He met the U.S. envoy.", "Then he left."}));
  EXPECT_EQ(Sentences("Then-CIA Director John O. Brennan promised it."),
            (V{"Then-CIA Director John O. Brennan promised it."}));
  EXPECT_EQ(Sentences("He said: \xE2\x80\x9CWe go. You stay.\xE2\x80\x9D Then he left."),
            (V{"He said: \xE2\x80\x9CWe go.", "You stay.\xE2\x80\x9D", "Then he left."}));
  EXPECT_EQ(Sentences("Gen. Smith arrived. It rained."), (V{"Gen. Smith arrived.", "It rained."}));
  EXPECT_EQ(Sentences("Talks ended in the U.S. The next day, nothing."),
            (V{"Talks ended in the U.S.", "The next day, nothing."}));
}

TEST(SplitSentences, HeadingsAndTrailersStandAlone) {
  EXPECT_EQ(Sentences("First paragraph ends.\n\nSharing information\n\nMuch analysis shows it.\n\n"
                      "Source \xC2\xBB ncr-iran"),
            (V{"First paragraph ends.", "Sharing information", "Much analysis shows it.",
               "Source \xC2\xBB ncr-iran"}));
  EXPECT_EQ(Sentences("a wrapped\nline continues here."), (V{"a wrapped\nline continues here."}));
}

TEST(SplitSentences, WireDatelinesStandAlone) {
  EXPECT_EQ(Sentences("SEOUL, Nov 29 (Reuters) - North Korea fired a missile."),
            (V{"SEOUL, Nov 29 (Reuters) -", "North Korea fired a missile."}));
  const Segmentation wire = Segment("SEOUL, Nov 29 (Reuters) - North Korea fired a missile.");
  ASSERT_EQ(wire.sentences.size(), 2u);
  EXPECT_TRUE(wire.sentences[0].dateline);
  EXPECT_FALSE(wire.sentences[1].dateline);
  EXPECT_EQ(Sentences("By JAY SOLOMON\n\nTEHRAN, Iran (AP) \xE2\x80\x94 Officials met."),
            (V{"By JAY SOLOMON", "TEHRAN, Iran (AP) \xE2\x80\x94", "Officials met."}));
  // A city whose name joins words in capitals with hyphens.
  EXPECT_EQ(Sentences("PORT-AU-PRINCE, Haiti (AP) \xE2\x80\x94 Gangs attacked."),
            (V{"PORT-AU-PRINCE, Haiti (AP) \xE2\x80\x94", "Gangs attacked."}));
  EXPECT_EQ(Sentences("US-IRAN TALKS RESUME"), (V{"US-IRAN TALKS RESUME"}));
  // A state's name with "of" after the city.
  EXPECT_EQ(Sentences("BUNIA, Democratic Republic of Congo, March 4 (Reuters) - Fighters attacked a base."),
            (V{"BUNIA, Democratic Republic of Congo, March 4 (Reuters) -", "Fighters attacked a base."}));
  EXPECT_EQ(Sentences("NATO, the alliance of states - again - met."), (V{"NATO, the alliance of states - again - met."}));
  // An agency's closing parenthesis with no dash after it.
  EXPECT_EQ(Sentences("BHUBANESWAR, Nov 26 (PTI) India tested a missile."),
            (V{"BHUBANESWAR, Nov 26 (PTI)", "India tested a missile."}));
  EXPECT_EQ(Sentences("UN (United Nations) Secretary-General Guterres spoke."),
            (V{"UN (United Nations) Secretary-General Guterres spoke."}));
  EXPECT_EQ(Sentences("UN (UNHCR) Staff left."), (V{"UN (UNHCR) Staff left."}));
  // A city in title case before a comma, closed by an agency in capitals.
  EXPECT_EQ(Sentences("Chennai, Jan 22 (PTI) The navy arrested 34 fishermen."),
            (V{"Chennai, Jan 22 (PTI)", "The navy arrested 34 fishermen."}));
  EXPECT_EQ(Sentences("Mali, Niger and Chad (Sahel) Officials met."), (V{"Mali, Niger and Chad (Sahel) Officials met."}));
  EXPECT_EQ(Sentences("Paris, France - officials met."), (V{"Paris, France - officials met."}));
  // No dateline: a word joined by a hyphen, a lower-case word, a line inside a sentence.
  EXPECT_EQ(Sentences("US-Iranian airstrikes killed ten people."), (V{"US-Iranian airstrikes killed ten people."}));
  EXPECT_EQ(Sentences("NATO said on Monday - again - that it would stay."),
            (V{"NATO said on Monday - again - that it would stay."}));
  EXPECT_EQ(Sentences("They met.\nUN officials - and others - left."), (V{"They met.", "UN officials - and others - left."}));
}

TEST(SplitSentences, CutsRunawaySentences) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  auto seg = Segment(text);
  ASSERT_GE(seg.sentences.size(), 4u);
  for (const auto& s : seg.sentences) EXPECT_LE(s.token_end - s.token_begin, kMaxSentenceTokens);
}

// "wrote on X." ends the sentence: a letter after "on" is a platform, not an
// initial ("John O. Brennan" keeps his).
TEST(SplitSentences, ALetterAfterOnIsAPlatformNotAnInitial) {
  auto seg = Segment("Petro wrote on X. The group freed six soldiers. John O. Brennan spoke.");
  ASSERT_EQ(seg.sentences.size(), 3u);
  EXPECT_EQ(seg.tokens[seg.sentences[1].token_begin].span().Of("Petro wrote on X. The group freed six soldiers. John O. Brennan spoke."), "The");
}

TEST(SplitSentences, ARetiredOfficersRankKeepsTheSentence) {
  auto seg = Segment("\"We lost,\" said Colonel (ret.) Ousmane Traore. He left.");
  EXPECT_EQ(seg.sentences.size(), 2u);
}

TEST(SplitSentences, SentencesCoverAllTokensInOrder) {
  std::string text = "A. B? C! \xE2\x80\x9C" "D.\xE2\x80\x9D" " E\n\nF";
  auto seg = Segment(text);
  uint32_t next = 0;
  for (const auto& s : seg.sentences) {
    EXPECT_EQ(s.token_begin, next);
    EXPECT_LT(s.token_begin, s.token_end);
    next = s.token_end;
  }
  EXPECT_EQ(next, seg.tokens.size());
}

}  // namespace
}  // namespace dossier::text
