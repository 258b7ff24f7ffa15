#include "extract/petrarch/parse_coder.h"

#include <gtest/gtest.h>

namespace dossier::extract::petrarch {
namespace {

TEST(PennTag, MapsUniversalTagsWithVerbForms) {
  EXPECT_EQ(PennTag("VERB", "visited"), "VBD");
  EXPECT_EQ(PennTag("VERB", "visiting"), "VBG");
  EXPECT_EQ(PennTag("VERB", "visits"), "VBZ");
  EXPECT_EQ(PennTag("VERB", "visit"), "VB");
  EXPECT_EQ(PennTag("NOUN", "missiles"), "NNS");
  EXPECT_EQ(PennTag("PROPN", "Gondor"), "NNP");
  EXPECT_EQ(PennTag("PART", "to"), "TO");
  EXPECT_EQ(PennTag("PUNCT", ","), ",");
}

TEST(ParseCoder, ReportsAMissingDictionaryFolder) {
  Warnings warnings;
  auto coder = ParseCoder::Load("/nonexistent/dicts", DOSSIER_SOURCE_DIR, &warnings);
  EXPECT_FALSE(coder.ok());
}

TEST(ParseCoder, CodesTheValidationDictionariesOverAParse) {
  Warnings warnings;
  auto coder = ParseCoder::Load(std::string(DOSSIER_SHARED_DIR) + "/data/events/petrarch_unittest",
                                DOSSIER_SOURCE_DIR, &warnings);
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  // Parsed by the committed models, as annotate does.
  auto models = nlp::Models::Load(std::string(DOSSIER_SOURCE_DIR) + "/models");
  ASSERT_TRUE(models.ok()) << models.status().ToString();
  std::string text = "Arnor rejected the proposal by Gondor on Monday.";
  text::Segmentation seg = text::Segment(text);
  nlp::Analysis analysis = (*models)->Analyze(text, seg, /*parse=*/true);
  auto events = (*coder)->Code(text, seg, analysis, "1995-01-01");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].source, "ARN");
  EXPECT_EQ(events[0].target, "GON");
  EXPECT_FALSE(events[0].event.empty());
  EXPECT_FALSE(events[0].code.empty());
}

}  // namespace
}  // namespace dossier::extract::petrarch
