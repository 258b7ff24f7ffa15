// Models::Load on the committed models (when present) and on bad folders.
#include <gtest/gtest.h>

#include <thread>

#include "base/file.h"
#include "nlp/nlp_models.h"

namespace dossier::nlp {
namespace {

const std::string kModels = std::string(DOSSIER_SOURCE_DIR) + "/models";

TEST(ModelsTest, MissingFolderIsNotFound) {
  auto m = Models::Load(::testing::TempDir() + "/no-such-models");
  EXPECT_EQ(m.status().code(), base::StatusCode::kNotFound);
}

TEST(ModelsTest, AnalyzesTextWithCommittedModels) {
  auto m = Models::Load(kModels);
  if (!m.ok()) GTEST_SKIP() << m.status().ToString();
  std::string text = "Angela Merkel met the board of Siemens in Berlin on Monday. It went well.";
  auto seg = text::Segment(text);
  Analysis a = (*m)->Analyze(text, seg);
  ASSERT_EQ(a.tokens.size(), seg.tokens.size());
  int roots = 0;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    EXPECT_FALSE(a.tokens[i].pos.empty());
    EXPECT_FALSE(a.tokens[i].dep.empty());
    EXPECT_LT(a.tokens[i].head, static_cast<int32_t>(a.tokens.size()));
    roots += a.tokens[i].head < 0;
  }
  EXPECT_EQ(roots, static_cast<int>(seg.sentences.size()));
  EXPECT_EQ(a.tokens[0].pos, "PROPN");
  EXPECT_EQ(a.tokens[1].lemma, "Merkel");
  EXPECT_EQ(a.tokens[2].lemma, "meet");
  bool person = false;
  for (const auto& e : a.entities) {
    EXPECT_LT(e.token_begin, e.token_end);
    person = person || (e.type == "PERSON" && e.token_begin == 0 && e.token_end == 2);
  }
  EXPECT_TRUE(person);
  // Same input, same output (models are immutable).
  Analysis b = (*m)->Analyze(text, seg);
  ASSERT_EQ(b.entities.size(), a.entities.size());
  for (size_t i = 0; i < a.tokens.size(); ++i) EXPECT_EQ(a.tokens[i].head, b.tokens[i].head);
}

TEST(ModelsTest, ACapitalisedWordGluedToANameByAHyphenIsANamePart) {
  auto m = Models::Load(kModels);
  if (!m.ok()) GTEST_SKIP() << m.status().ToString();
  // "Far" alone is an adverb; glued to a name it is the name's part. Spaced,
  // the dash is punctuation and the word after it keeps its own reading.
  std::string text = "Treasury designated businessman Hamid Rostami-Far on Tuesday. Rostami - far from home.";
  auto seg = text::Segment(text);
  Analysis a = (*m)->Analyze(text, seg);
  for (size_t i = 0; i < seg.tokens.size(); ++i) {
    const std::string_view w = seg.tokens[i].span().Of(text);
    if (w == "Far") {
      EXPECT_EQ(a.tokens[i].pos, "PROPN");
    } else if (w == "far") {
      EXPECT_NE(a.tokens[i].pos, "PROPN");
    }
  }
}

TEST(ModelsTest, ConcurrentAnalyzeMatchesSequential) {
  auto m = Models::Load(kModels);
  if (!m.ok()) GTEST_SKIP() << m.status().ToString();
  std::string text =
      "The United Nations said on Tuesday that Iran had enriched uranium. "
      "Officials in Vienna declined to comment, according to Reuters.";
  auto seg = text::Segment(text);
  Analysis expected = (*m)->Analyze(text, seg);
  std::vector<Analysis> got(2);
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < 20; ++r) got[t] = (*m)->Analyze(text, seg);
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& a : got) {
    ASSERT_EQ(a.tokens.size(), expected.tokens.size());
    ASSERT_EQ(a.entities.size(), expected.entities.size());
    for (size_t i = 0; i < a.tokens.size(); ++i) {
      EXPECT_EQ(a.tokens[i].pos, expected.tokens[i].pos);
      EXPECT_EQ(a.tokens[i].head, expected.tokens[i].head);
      EXPECT_EQ(a.tokens[i].dep, expected.tokens[i].dep);
    }
  }
}

}  // namespace
}  // namespace dossier::nlp
