#include "link/list_lines.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier::link {
namespace {

TEST(ListLinesTest, AMarkerOpensALineOnlyBeforeASpace) {
  const std::string text = "Entities:\n2. Asia Sun Group\n- Cavalry Co\n3.5 million\nNo marker";
  EXPECT_EQ(AfterListMarker(text, text.find("2.")), text.find("Asia"));
  EXPECT_EQ(AfterListMarker(text, text.find("- Cav")), text.find("Cavalry"));
  EXPECT_EQ(AfterListMarker(text, text.find("3.5")), text.find("3.5"));
  EXPECT_EQ(AfterListMarker(text, text.find("No marker")), text.find("No marker"));
  EXPECT_EQ(LineStart(text, text.find("Sun")), text.find("2."));
  EXPECT_EQ(LineStart(text, 3), 0u);
}

TEST(ListLinesTest, OnlyAMarkerMayStandBeforeAnEntrysName) {
  const std::string text = "1. AVERYANOV, Andrei\nBy AVERYANOV";
  bool marker = false;
  EXPECT_TRUE(OnlyMarkerBefore(text, text.find("AVERYANOV"), &marker));
  EXPECT_TRUE(marker);
  EXPECT_FALSE(OnlyMarkerBefore(text, text.rfind("AVERYANOV")));
  EXPECT_TRUE(OnlyMarkerBefore(text, 0, &marker));
  EXPECT_FALSE(marker);
}

// A company's name alone on a list's line ends in its legal form; a headline
// that ends in one lists nothing.
TEST(ListLinesTest, ACompanysLineIsOneNameOnlyInAList) {
  auto cues = Cues::FromTsv("Limited\tlegal_form\t\nLLC\tlegal_form\t\n", "cues.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  const auto end_of = [&](const std::string& text, const std::string& first) {
    const text::Segmentation seg = text::Segment(text);
    const size_t at = text.find(first);
    uint32_t token = 0;
    while (seg.tokens[token].begin < at) ++token;
    uint32_t limit = token;
    for (const text::Sentence& s : seg.sentences) {
      if (s.token_begin <= token && token < s.token_end) limit = s.token_end;
    }
    const uint32_t end = CompanyLineEnd(**cues, text, seg, token, limit);
    return end == token ? std::string() : text.substr(at, seg.tokens[end - 1].end - at);
  };
  EXPECT_EQ(end_of("Entities:\n- Asia Sun Group Company Limited\n", "Asia"), "Asia Sun Group Company Limited");
  EXPECT_EQ(end_of("Entities:\nKivu Sun Trading LLC. Address: Goma.\n", "Kivu"), "Kivu Sun Trading LLC");
  EXPECT_EQ(end_of("Treasury Sanctions Kivu Mineral Trading LLC\n\nText.", "Treasury"), "");
  EXPECT_EQ(end_of("Entities:\n- Asia Sun Group sold fuel Limited\n", "Asia"), "");
}

}  // namespace
}  // namespace dossier::link
