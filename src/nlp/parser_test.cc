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

// Every word has one head in range, none is its own, the heads form no cycle,
// and there is one root per kMaxSentenceWords-word chunk.
void ExpectTree(const std::vector<int32_t>& heads, int n) {
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

// A POS tagger trained on `data` (the taggers the parser tests train on).
std::unique_ptr<PosTagger> TinyPos(const std::vector<TreebankSentence>& data) {
  std::ostringstream log;
  auto pos = PosTagger::FromBytes(train::TrainPos(data, {}, log), "tiny pos");
  EXPECT_TRUE(pos.ok()) << pos.status().ToString();
  return pos.ok() ? std::move(*pos) : nullptr;
}

TEST(ParserTest, LearnsTinyTreebank) {
  auto data = Treebank();
  std::ostringstream log;
  std::string dir = ::testing::TempDir();
  std::unique_ptr<PosTagger> pos = TinyPos(data);
  train::ParseTrainOptions o;
  o.epochs = 6;
  ASSERT_TRUE(base::WriteFileAtomic(dir + "/parse_p.model", train::TrainParser(data, *pos, nullptr, o, log)).ok());
  auto parser = Parser::Load(dir + "/parse_p.model");
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  auto score = train::EvaluateParser(*pos, **parser, data);
  EXPECT_EQ(score.Uas(), 1.0);
  EXPECT_EQ(score.Las(), 1.0);

  // Any input, including one longer than kMaxSentenceWords, yields trees.
  for (int n : {1, 2, 7, kMaxSentenceWords + 30}) {
    std::vector<WordInfo> w;
    std::vector<uint8_t> tags(n), labels(n);
    std::vector<int32_t> heads(n);
    for (int i = 0; i < n; ++i) w.push_back(DescribeWord(i % 3 ? "dog" : "sees"));
    pos->Tag(w.data(), n, tags.data());
    (*parser)->Parse(w.data(), tags.data(), n, heads.data(), labels.data());
    ExpectTree(heads, n);
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
  std::unique_ptr<PosTagger> pos = TinyPos(data);
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
                                      train::TrainParser(data, *pos, table, o, log)).ok());
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
      pos->Tag(w.data(), n, tags.data());
      for (int i = 0; i < n; ++i) {
        if (rng() % 4 == 0) tags[i] = static_cast<uint8_t>(rng() % pos->num_tags());
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

// Trains the POS tagger and a parser (feature set 2) on `data` into `dir`.
std::pair<std::unique_ptr<PosTagger>, std::unique_ptr<Parser>> TrainPair(
    const std::vector<TreebankSentence>& data, const train::ParseTrainOptions& o,
    const std::string& name) {
  std::ostringstream log;
  std::string dir = ::testing::TempDir();
  std::unique_ptr<PosTagger> pos = TinyPos(data);
  EXPECT_TRUE(
      base::WriteFileAtomic(dir + "/parse_" + name, train::TrainParser(data, *pos, nullptr, o, log)).ok());
  auto parser = Parser::Load(dir + "/parse_" + name);
  EXPECT_TRUE(parser.ok()) << parser.status().ToString();
  return {std::move(pos), std::move(*parser)};
}

// Random word sequences over the treebank's vocabulary, tags partly wrong.
struct RandomInput {
  std::vector<WordInfo> words;
  std::vector<uint8_t> tags;
};
std::vector<RandomInput> RandomInputs(const PosTagger& pos, int count, int max_len, uint64_t seed) {
  const char* vocab[] = {"the", "a", "dog", "cat", "sees", "likes", "big", ".", "fox", "runs"};
  std::mt19937_64 rng(seed);
  std::vector<RandomInput> out(count);
  for (auto& in : out) {
    int n = 1 + static_cast<int>(rng() % max_len);
    for (int i = 0; i < n; ++i) in.words.push_back(DescribeWord(vocab[rng() % 10]));
    in.tags.resize(n);
    pos.Tag(in.words.data(), n, in.tags.data());
    for (int i = 0; i < n; ++i) {
      if (rng() % 4 == 0) in.tags[i] = static_cast<uint8_t>(rng() % pos.num_tags());
    }
  }
  return out;
}

// A beam of width 1 is the greedy decoder, on an imperfect greedy model.
TEST(ParserBeamTest, WidthOneIsGreedy) {
  train::ParseTrainOptions o;
  o.epochs = 3;
  auto [pos, parser] = TrainPair(Treebank(), o, "b1.model");
  ASSERT_TRUE(parser);
  EXPECT_EQ(parser->beam(), 1);
  for (const auto& in : RandomInputs(*pos, 300, 30, 9)) {
    int n = static_cast<int>(in.words.size());
    std::vector<int32_t> h1(n), h2(n);
    std::vector<uint8_t> l1(n), l2(n);
    parser->Parse(in.words.data(), in.tags.data(), n, h1.data(), l1.data());
    parser->ParseBeam(in.words.data(), in.tags.data(), n, h2.data(), l2.data(), 1);
    ASSERT_EQ(h1, h2);
    ASSERT_EQ(l1, l2);
  }
}

// The treebank plus a non-projective sentence (arcs 1-3 and 2-4 cross), which
// beam training must cope with (its gold tree is unreachable).
std::vector<TreebankSentence> TreebankWithCrossing() {
  auto data = Treebank();
  for (int i = 0; i < 3; ++i) {
    TreebankSentence s;
    s.words = {"dog", "sees", "cat", "."};
    s.upos = {"NOUN", "VERB", "NOUN", "PUNCT"};
    s.lemmas = s.words;
    s.heads = {3, 0, 2, 2};
    s.deprels = {"nsubj", "root", "obj", "punct"};
    data.push_back(s);
  }
  return data;
}

// Beam training learns the tiny treebank; the model records its width, Parse
// uses it, and every beam parse is a tree, long inputs included.
TEST(ParserBeamTest, BeamModelLearnsAndRecordsWidth) {
  auto data = TreebankWithCrossing();
  const char* configs[] = {"max-violation", "early update", "max-violation, 1 label",
                           "max-violation, feature set 4"};
  for (int config = 0; config < 4; ++config) {
    SCOPED_TRACE(configs[config]);
    train::ParseTrainOptions o;
    o.epochs = 8;
    o.beam = 4;
    o.early_update = config == 1;
    o.beam_labels = config == 2 ? 1 : 0;
    o.beam_features = config == 3;
    std::string name = "b";
    name += std::to_string(config);
    name += ".model";
    auto [pos, parser] = TrainPair(data, o, name);
    ASSERT_TRUE(parser);
    EXPECT_EQ(parser->beam(), 4);
    EXPECT_EQ(parser->beam_labels(), o.beam_labels);
    EXPECT_EQ(parser->beam_features(), o.beam_features);
    data.resize(48);  // the projective sentences are learnt exactly
    auto score = train::EvaluateParser(*pos, *parser, data);
    EXPECT_EQ(score.Uas(), 1.0);
    EXPECT_EQ(score.Las(), 1.0);
    data = TreebankWithCrossing();
    for (const auto& in : RandomInputs(*pos, 200, 40, 4)) {
      int n = static_cast<int>(in.words.size());
      std::vector<int32_t> heads(n), h2(n);
      std::vector<uint8_t> labels(n), l2(n);
      parser->Parse(in.words.data(), in.tags.data(), n, heads.data(), labels.data());
      ExpectTree(heads, n);
      parser->ParseBeam(in.words.data(), in.tags.data(), n, h2.data(), l2.data(), 4);
      ASSERT_EQ(heads, h2);  // Parse decodes with the recorded width
      ASSERT_EQ(labels, l2);
      for (int width : {1, 2, 16}) {
        parser->ParseBeam(in.words.data(), in.tags.data(), n, h2.data(), l2.data(), width);
        ExpectTree(h2, n);
      }
    }
    for (int n : {1, 2, kMaxSentenceWords + 30, 2 * kMaxSentenceWords}) {
      std::vector<WordInfo> w;
      std::vector<uint8_t> tags(n), labels(n);
      std::vector<int32_t> heads(n);
      for (int i = 0; i < n; ++i) w.push_back(DescribeWord(i % 3 ? "dog" : "sees"));
      pos->Tag(w.data(), n, tags.data());
      parser->Parse(w.data(), tags.data(), n, heads.data(), labels.data());
      ExpectTree(heads, n);
    }
  }
}

// The width round-trips through the file: a beam model carries section
// "beam", a greedy one none (its bytes are what they were before beams), and
// a bad width is refused.
TEST(ParserBeamTest, WidthRoundTripsThroughTheModelFile) {
  auto data = Treebank();
  std::ostringstream log;
  std::string dir = ::testing::TempDir();
  std::unique_ptr<PosTagger> pos = TinyPos(data);
  train::ParseTrainOptions o;
  o.epochs = 2;
  auto greedy = ModelFile::Parse(train::TrainParser(data, *pos, nullptr, o, log), "greedy");
  ASSERT_TRUE(greedy.ok());
  EXPECT_FALSE(greedy->Section("beam").ok());
  o.beam = 8;
  std::string bytes = train::TrainParser(data, *pos, nullptr, o, log);
  auto beam = ModelFile::Parse(bytes, "beam");
  ASSERT_TRUE(beam.ok());
  ASSERT_TRUE(beam->Section("beam").ok());
  EXPECT_EQ(*beam->Section("beam"), "8");
  ASSERT_TRUE(base::WriteFileAtomic(dir + "/parse_w8.model", bytes).ok());
  auto loaded = Parser::Load(dir + "/parse_w8.model");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->beam(), 8);
  // Written again from the loaded parser, the file still says 8.
  std::vector<std::string> labels;
  for (int l = 0; l < (*loaded)->num_labels(); ++l) labels.push_back((*loaded)->label_name(l));
  auto again = ModelFile::Parse(Parser::Serialize(labels, nullptr, (*loaded)->model(), 8), "again");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again->Section("beam"), "8");
  EXPECT_FALSE(beam->Section("beam-labels").ok());
  EXPECT_EQ((*loaded)->beam_labels(), 0);
  o.beam_labels = 2;
  auto pruned = ModelFile::Parse(train::TrainParser(data, *pos, nullptr, o, log), "pruned");
  ASSERT_TRUE(pruned.ok());
  EXPECT_EQ(*pruned->Section("beam-labels"), "2");
  for (const char* section : {"beam", "beam-labels"}) {
    for (const char* bad : {"65", "x", "", "4 ", "-1"}) {
      ModelFileWriter w;
      for (const char* name : {"kind", "features", "labels", "weights", "beam"}) {
        w.Add(name, std::string(*beam->Section(name)));
      }
      w.Add(section, bad);
      ASSERT_TRUE(base::WriteFileAtomic(dir + "/parse_wb.model", w.Finish()).ok());
      auto refused = Parser::Load(dir + "/parse_wb.model");
      ASSERT_FALSE(refused.ok()) << section << " '" << bad << "'";
      EXPECT_NE(refused.status().ToString().find(section), std::string::npos);
    }
  }
  {  // a width of 0 is refused too
    ModelFileWriter w;
    for (const char* name : {"kind", "features", "labels", "weights"}) {
      w.Add(name, std::string(*beam->Section(name)));
    }
    w.Add("beam", "0");
    ASSERT_TRUE(base::WriteFileAtomic(dir + "/parse_wb.model", w.Finish()).ok());
    EXPECT_FALSE(Parser::Load(dir + "/parse_wb.model").ok());
  }
}

// Training is deterministic, and the snapshot after epoch N is the model a
// run of N epochs returns.
TEST(ParserBeamTest, SnapshotsEqualShorterRuns) {
  auto data = TreebankWithCrossing();
  std::ostringstream log;
  std::string dir = ::testing::TempDir();
  std::unique_ptr<PosTagger> pos = TinyPos(data);
  for (int width : {1, 4}) {
    SCOPED_TRACE(width);
    train::ParseTrainOptions o;
    o.beam = width;
    o.epochs = 3;
    std::vector<std::string> snapshots;
    o.on_epoch = [&](int epoch, const std::string& bytes) {
      EXPECT_EQ(epoch, static_cast<int>(snapshots.size()) + 1);
      snapshots.push_back(bytes);
    };
    std::string three = train::TrainParser(data, *pos, nullptr, o, log);
    ASSERT_EQ(snapshots.size(), 3u);
    EXPECT_EQ(snapshots[2], three);
    o.on_epoch = nullptr;
    o.epochs = 2;
    EXPECT_EQ(train::TrainParser(data, *pos, nullptr, o, log), snapshots[1]);
  }
}

// The mean of several beam runs learns the treebank and is deterministic.
TEST(ParserBeamTest, MeanOfRuns) {
  auto data = TreebankWithCrossing();
  train::ParseTrainOptions o;
  o.epochs = 6;
  o.beam = 4;
  o.runs = 3;
  auto [pos, parser] = TrainPair(data, o, "runs.model");
  ASSERT_TRUE(parser);
  EXPECT_EQ(parser->beam(), 4);
  data.resize(48);
  EXPECT_EQ(train::EvaluateParser(*pos, *parser, data).Uas(), 1.0);
  std::ostringstream log;
  EXPECT_EQ(train::TrainParser(data, *pos, nullptr, o, log), train::TrainParser(data, *pos, nullptr, o, log));
  EXPECT_NE(log.str().find("mean of 3 runs"), std::string::npos);
}

// A model of an older feature set is refused with a message that names it.
TEST(ParserTest, RefusesOtherFeatureSet) {
  auto data = Treebank();
  std::ostringstream log;
  std::string dir = ::testing::TempDir();
  std::unique_ptr<PosTagger> pos = TinyPos(data);
  train::ParseTrainOptions o;
  o.epochs = 1;
  auto good = ModelFile::Parse(train::TrainParser(data, *pos, nullptr, o, log), "good");
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
