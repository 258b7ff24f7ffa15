// The parser learns a tiny treebank and always returns a single-rooted tree.
#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <sstream>

#include "base/file.h"
#include "nlp/model_file.h"
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
  ASSERT_TRUE(base::WriteFileAtomic(dir + "/parse_p.model", train::TrainParser(data, **pos, nullptr, o, log)).ok());
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

// The parser's decoder (forced moves skipped, prefetching scorer) against a
// plain one: every feature's row summed from LinearModel::Row, then the best
// valid transition by a scan over all transition ids.
void ReferenceParse(const Parser& p, const WordInfo* w, const uint8_t* tags, int n,
                    std::vector<int>* heads, std::vector<int>* labels) {
  auto s = std::make_unique<ParseState>();
  auto ctx = std::make_unique<ParseContext>();
  s->Init(n);
  ctx->Init(w, tags, n, p.clusters());
  Transitions tr{p.num_labels()};
  uint64_t feats[kMaxParseFeatures];
  while (!s->Terminal()) {
    int k = ParseFeatures(*ctx, *s, feats);
    std::vector<int64_t> sum(tr.size(), 0);
    for (int i = 0; i < k; ++i) {
      for (const auto& e : p.model().Row(feats[i])) sum[e.cls] += e.weight;
    }
    int best = -1;
    float best_score = 0;
    for (int t = 0; t < tr.size(); ++t) {
      if (!tr.Valid(*s, t)) continue;
      if (t != 0 && p.root_label() >= 0) {
        bool root_arc = tr.IsLeft(t) && s->buffer == s->n;
        if (root_arc != (tr.Label(t) == p.root_label())) continue;
      }
      float score = static_cast<float>(static_cast<int32_t>(sum[t])) * p.model().scale();
      if (best < 0 || score > best_score) best = t, best_score = score;
    }
    tr.Apply(*s, best);
  }
  heads->assign(n, 0);
  labels->assign(n, 0);
  for (int i = 0; i < n; ++i) {
    (*heads)[i] = s->heads[i] == n ? -1 : s->heads[i];
    (*labels)[i] = s->labels[i];
  }
}

TEST(ParserTest, DecoderAgreesWithReferenceOnRandomInput) {
  auto data = Treebank();
  std::ostringstream log;
  std::string dir = ::testing::TempDir();
  ASSERT_TRUE(base::WriteFileAtomic(dir + "/pos_r.model", train::TrainPos(data, {}, log)).ok());
  auto pos = PosTagger::Load(dir + "/pos_r.model");
  ASSERT_TRUE(pos.ok());
  train::ParseTrainOptions o;
  o.epochs = 3;  // an imperfect model: more ties and close calls
  WordClusters clusters;  // nouns, verbs and determiners; other words unknown
  for (const char* w : {"dog", "cat", "bird", "fox"}) clusters.Set(DescribeWord(w).lower, 1, 0);
  for (const char* w : {"sees", "likes", "chases", "runs"}) clusters.Set(DescribeWord(w).lower, 2, 1);
  for (const char* w : {"the", "a"}) clusters.Set(DescribeWord(w).lower, 3, 1);
  // Feature set 2 (no clusters) and feature set 3 (clusters stored in the model).
  const WordClusters* tables[] = {nullptr, &clusters};
  for (const WordClusters* table : tables) {
    SCOPED_TRACE(table ? "feature set 3" : "feature set 2");
    ASSERT_TRUE(base::WriteFileAtomic(dir + "/parse_r.model",
                                      train::TrainParser(data, **pos, table, o, log)).ok());
    auto parser = Parser::Load(dir + "/parse_r.model");
    ASSERT_TRUE(parser.ok()) << parser.status().ToString();
    if (table == nullptr) {
      ASSERT_EQ((*parser)->clusters(), nullptr);
    } else {
      ASSERT_NE((*parser)->clusters(), nullptr);
      ASSERT_EQ((*parser)->clusters()->size(), clusters.size());
    }
    const char* vocab[] = {"the", "a", "dog", "cat", "sees", "likes", "big", ".", "fox", "runs"};
    std::mt19937_64 rng(5);
    for (int trial = 0; trial < 300; ++trial) {
      int n = 1 + static_cast<int>(rng() % 30);
      std::vector<WordInfo> w;
      std::vector<uint8_t> tags(n), labels(n);
      std::vector<int32_t> heads(n);
      for (int i = 0; i < n; ++i) w.push_back(DescribeWord(vocab[rng() % 10]));
      (*pos)->Tag(w.data(), n, tags.data());
      for (int i = 0; i < n; ++i) {
        if (rng() % 4 == 0) tags[i] = static_cast<uint8_t>(rng() % (*pos)->num_tags());
      }
      (*parser)->Parse(w.data(), tags.data(), n, heads.data(), labels.data());
      std::vector<int> ref_heads, ref_labels;
      ReferenceParse(**parser, w.data(), tags.data(), n, &ref_heads, &ref_labels);
      for (int i = 0; i < n; ++i) {
        ASSERT_EQ(heads[i], ref_heads[i]) << "trial " << trial << " word " << i;
        ASSERT_EQ(labels[i], ref_labels[i]) << "trial " << trial << " word " << i;
      }
    }
  }
}

// A model of an older feature set is refused with a message that names it.
TEST(ParserTest, RefusesOtherFeatureSet) {
  auto data = Treebank();
  std::ostringstream log;
  std::string dir = ::testing::TempDir();
  ASSERT_TRUE(base::WriteFileAtomic(dir + "/pos_v.model", train::TrainPos(data, {}, log)).ok());
  auto pos = PosTagger::Load(dir + "/pos_v.model");
  ASSERT_TRUE(pos.ok());
  train::ParseTrainOptions o;
  o.epochs = 1;
  auto good = ModelFile::Parse(train::TrainParser(data, **pos, nullptr, o, log), "good");
  ASSERT_TRUE(good.ok());
  ModelFileWriter w;
  for (const char* name : {"kind", "labels", "weights"}) w.Add(name, std::string(*good->Section(name)));
  w.Add("features", "1");
  ASSERT_TRUE(base::WriteFileAtomic(dir + "/parse_v2.model", w.Finish()).ok());
  auto old = Parser::Load(dir + "/parse_v2.model");
  ASSERT_FALSE(old.ok());
  EXPECT_NE(old.status().ToString().find("feature set 1"), std::string::npos) << old.status().ToString();
  EXPECT_NE(old.status().ToString().find("retrain"), std::string::npos);
}

TEST(ParserTest, JackknifeTagsEverySentence) {
  auto data = Treebank();
  std::ostringstream log;
  auto upos = train::JackknifeUpos(data, 3, log);
  ASSERT_TRUE(upos.ok());
  ASSERT_EQ(upos->size(), data.size());
  for (size_t i = 0; i < data.size(); ++i) EXPECT_EQ((*upos)[i].size(), data[i].words.size());
  // The text cache reads back the same tags, and refuses other data.
  auto back = train::ParseTagCache(train::FormatTagCache(*upos), data);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, *upos);
  auto fewer = data;
  fewer.pop_back();
  EXPECT_FALSE(train::ParseTagCache(train::FormatTagCache(*upos), fewer).ok());
  auto longer = data;
  longer[3].words.push_back("extra");
  EXPECT_FALSE(train::ParseTagCache(train::FormatTagCache(*upos), longer).ok());
}

}  // namespace
}  // namespace dossier::nlp
