// The parser learns a tiny treebank and always returns a single-rooted tree.
#include <gtest/gtest.h>

#include <sstream>

#include "base/file.h"
#include "nlp/parser.h"
#include "nlp/train/train_parse.h"
#include "nlp/train/train_pos.h"

namespace dossier::nlp {
namespace {

using train::TreebankSentence;

std::vector<TreebankSentence> Treebank() {
  const char* dets[] = {"the", "a"};
  const char* nouns[] = {"dog", "cat", "bird", "fox"};
  const char* verbs[] = {"sees", "likes", "chases"};
  std::vector<TreebankSentence> out;
  for (int i = 0; i < 48; ++i) {
    TreebankSentence s;
    s.words = {dets[i % 2], nouns[i % 4], verbs[i % 3], dets[(i / 2) % 2], nouns[(i / 4) % 4], "."};
    s.upos = {"DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"};
    s.lemmas = s.words;
    s.heads = {2, 3, 0, 5, 3, 3};
    s.deprels = {"det", "nsubj", "root", "det", "obj", "punct"};
    if (i % 3 == 0) {  // a longer variant with an adjective
      s.words.insert(s.words.begin() + 4, "big");
      s.upos.insert(s.upos.begin() + 4, "ADJ");
      s.lemmas = s.words;
      s.heads = {2, 3, 0, 6, 6, 3, 3};
      s.deprels = {"det", "nsubj", "root", "det", "amod", "obj", "punct"};
    }
    out.push_back(s);
  }
  return out;
}

TEST(ParserTest, LearnsTinyTreebank) {
  auto data = Treebank();
  std::ostringstream log;
  std::string dir = ::testing::TempDir();
  ASSERT_TRUE(base::WriteFileAtomic(dir + "/pos_p.model", train::TrainPos(data, {}, log)).ok());
  auto pos = PosTagger::Load(dir + "/pos_p.model");
  ASSERT_TRUE(pos.ok());
  train::ParseTrainOptions o;
  o.epochs = 6;
  ASSERT_TRUE(base::WriteFileAtomic(dir + "/parse_p.model", train::TrainParser(data, **pos, o, log)).ok());
  auto parser = Parser::Load(dir + "/parse_p.model");
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  auto score = train::EvaluateParser(**pos, **parser, data);
  EXPECT_EQ(score.Uas(), 1.0);
  EXPECT_EQ(score.Las(), 1.0);

  // Any input, including one longer than kMaxSentenceWords, yields trees.
  for (int n : {1, 2, 7, kMaxSentenceWords + 30}) {
    std::vector<WordInfo> w;
    std::vector<uint8_t> tags(n), labels(n);
    std::vector<int32_t> heads(n);
    for (int i = 0; i < n; ++i) w.push_back(DescribeWord(i % 3 ? "dog" : "sees"));
    (*pos)->Tag(w.data(), n, tags.data());
    (*parser)->Parse(w.data(), tags.data(), n, heads.data(), labels.data());
    int roots = 0;
    for (int i = 0; i < n; ++i) {
      ASSERT_GE(heads[i], -1);
      ASSERT_LT(heads[i], n);
      ASSERT_NE(heads[i], i);
      roots += heads[i] < 0;
      int steps = 0;  // no cycles: following heads reaches the root
      for (int h = i; h >= 0 && steps <= n; h = heads[h]) ++steps;
      ASSERT_LE(steps, n);
    }
    EXPECT_EQ(roots, (n + kMaxSentenceWords - 1) / kMaxSentenceWords);
  }
}

TEST(ParserTest, JackknifeTagsEverySentence) {
  auto data = Treebank();
  std::ostringstream log;
  auto upos = train::JackknifeUpos(data, 3, log);
  ASSERT_TRUE(upos.ok());
  ASSERT_EQ(upos->size(), data.size());
  for (size_t i = 0; i < data.size(); ++i) EXPECT_EQ((*upos)[i].size(), data[i].words.size());
}

}  // namespace
}  // namespace dossier::nlp
