// The taggers learn tiny synthetic corpora, and save/load keeps predictions.
#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>

#include "base/file.h"
#include "nlp/ner_tagger.h"
#include "nlp/pos_tagger.h"
#include "nlp/train/train_ner.h"
#include "nlp/train/train_pos.h"

namespace dossier::nlp {
namespace {

using train::NerSentence;
using train::TreebankSentence;

std::vector<TreebankSentence> PosCorpus() {
  // DET NOUN VERB DET NOUN with a lemma pattern (plural -s).
  const char* dets[] = {"the", "a", "every"};
  const char* nouns[] = {"dog", "cat", "bird", "dogs", "cats", "birds"};
  const char* verbs[] = {"sees", "likes", "chases"};
  std::vector<TreebankSentence> out;
  for (int i = 0; i < 60; ++i) {
    TreebankSentence s;
    std::string n1 = nouns[i % 6], n2 = nouns[(i / 6) % 6];
    s.words = {dets[i % 3], n1, verbs[i % 3], dets[(i + 1) % 3], n2};
    s.upos = {"DET", "NOUN", "VERB", "DET", "NOUN"};
    auto lemma = [](std::string w) { return w.back() == 's' ? w.substr(0, w.size() - 1) : w; };
    s.lemmas = {s.words[0], lemma(n1), lemma(s.words[2]), s.words[3], lemma(n2)};
    out.push_back(s);
  }
  return out;
}

std::vector<WordInfo> Describe(std::vector<std::string> words) {
  std::vector<WordInfo> out;
  for (const auto& w : words) out.push_back(DescribeWord(w));
  return out;
}

TEST(PosTaggerTest, LearnsSyntheticCorpusAndRoundTrips) {
  auto data = PosCorpus();
  std::ostringstream log;
  train::PosTrainOptions o;
  o.epochs = 5;
  std::string bytes = train::TrainPos(data, o, log);
  std::string path = ::testing::TempDir() + "/pos_test.model";
  ASSERT_TRUE(base::WriteFileAtomic(path, bytes).ok());
  auto tagger = PosTagger::Load(path);
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  auto score = train::EvaluatePos(**tagger, data);
  EXPECT_EQ(score.upos(), 1.0);
  auto w = Describe({"every", "cat", "likes", "a", "bird"});
  (*tagger)->AddLexicon(w.data(), 5);
  uint8_t tags[5];
  (*tagger)->Tag(w.data(), 5, tags);
  EXPECT_EQ((*tagger)->tag_name(tags[2]), "VERB");
  EXPECT_EQ((*tagger)->lemmatizer().Lemmatize("cats", tags[1]), "cat");
  // Loading the same bytes again gives the same predictions.
  auto again = PosTagger::Load(path);
  ASSERT_TRUE(again.ok());
  uint8_t tags2[5];
  (*again)->Tag(w.data(), 5, tags2);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(tags[i], tags2[i]);
  EXPECT_EQ((*tagger)->fingerprint(), (*again)->fingerprint());
}

TEST(PosTaggerTest, DamagedFileIsAnError) {
  std::string path = ::testing::TempDir() + "/bad.model";
  ASSERT_TRUE(base::WriteFileAtomic(path, "DOSSNLP\0garbage-garbage-garbage-garbage-garbage").ok());
  EXPECT_EQ(PosTagger::Load(path).status().code(), base::StatusCode::kCorruption);
  EXPECT_EQ(PosTagger::Load(path + ".missing").status().code(), base::StatusCode::kNotFound);
}

TEST(BilouTest, ValidityAndDecoding) {
  BilouLabels l({"PERSON", "ORG"});
  int b_per = BilouLabels::Label(0, 0), i_per = BilouLabels::Label(1, 0);
  int l_per = BilouLabels::Label(2, 0), u_org = BilouLabels::Label(3, 1);
  EXPECT_TRUE(BilouLabels::Valid(-1, b_per, false));
  EXPECT_FALSE(BilouLabels::Valid(-1, i_per, false));
  EXPECT_FALSE(BilouLabels::Valid(b_per, u_org, false));
  EXPECT_TRUE(BilouLabels::Valid(b_per, l_per, true));
  EXPECT_FALSE(BilouLabels::Valid(-1, b_per, true));
  EXPECT_EQ(l.Name(u_org), "U-ORG");
  int seq[] = {0, b_per, i_per, l_per, u_org};
  std::vector<NerSpan> spans;
  DecodeBilou(seq, 5, &spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 1u);
  EXPECT_EQ(spans[0].end, 4u);
  EXPECT_EQ(spans[1].type, 1);
}

TEST(NerTaggerTest, LearnsSyntheticCorpus) {
  auto pos_data = PosCorpus();
  std::ostringstream log;
  std::string pos_path = ::testing::TempDir() + "/pos_ner_test.model";
  ASSERT_TRUE(base::WriteFileAtomic(pos_path, train::TrainPos(pos_data, {}, log)).ok());
  auto pos = PosTagger::Load(pos_path);
  ASSERT_TRUE(pos.ok());
  const char* people[] = {"Anna Berg", "Carl Dahl", "Eva Frost"};
  const char* orgs[] = {"Acme Corp", "Globex Inc"};
  const char* places[] = {"Oslo", "Lima", "Kyiv"};
  std::vector<NerSentence> data;
  for (int i = 0; i < 90; ++i) {
    NerSentence s;
    std::string p = people[i % 3];
    size_t sp = p.find(' ');
    s.words = {p.substr(0, sp), p.substr(sp + 1), "works", "for"};
    s.tags = {"B-PERSON", "I-PERSON", "O", "O"};
    std::string o = orgs[i % 2];
    sp = o.find(' ');
    s.words.push_back(o.substr(0, sp));
    s.words.push_back(o.substr(sp + 1));
    s.tags.push_back("B-ORG");
    s.tags.push_back("I-ORG");
    s.words.push_back("in");
    s.words.push_back(places[i % 3]);
    s.tags.push_back("O");
    s.tags.push_back("B-LOC");
    data.push_back(s);
  }
  Gazetteer gaz;
  gaz.Add("Oslo", Gazetteer::kLoc);
  train::NerTrainOptions o;
  o.epochs = 5;
  std::string ner_path = ::testing::TempDir() + "/ner_test.model";
  ASSERT_TRUE(base::WriteFileAtomic(ner_path, train::TrainNer(data, **pos, gaz, WordClusters(), WordCasing(), o, log)).ok());
  auto ner = NerTagger::Load(ner_path);
  ASSERT_TRUE(ner.ok()) << ner.status().ToString();
  auto score = train::EvaluateNer(**pos, **ner, data);
  EXPECT_EQ(score.f1(), 1.0);

  // Inputs longer than kMaxSentenceWords are tagged in chunks; spans stay in range.
  std::vector<std::string> words;
  while (words.size() < 3 * kMaxSentenceWords + 7) {
    for (const auto& w : data[words.size() % 7].words) words.push_back(w);
  }
  std::vector<WordInfo> info;
  for (const auto& w : words) info.push_back(DescribeWord(w));
  const int n = static_cast<int>(info.size());
  (*pos)->AddLexicon(info.data(), n);
  std::vector<uint8_t> tags(n);
  (*pos)->Tag(info.data(), n, tags.data());
  (*ner)->AddLexicon(info.data(), n);
  std::vector<NerSpan> spans;
  (*ner)->Tag(info.data(), tags.data(), n, &spans);
  EXPECT_GT(spans.size(), static_cast<size_t>(n / 8));
  for (const auto& sp : spans) {
    EXPECT_LT(sp.begin, sp.end);
    EXPECT_LE(sp.end, static_cast<uint32_t>(n));
  }

  // With a state-role model in the file, a place that leads its sentence
  // ("Lima said ...") acts: ORG; in "... in Lima" it stays LOC.
  std::vector<NerSentence> roles_gold;
  for (int i = 0; i < 30; ++i) {
    roles_gold.push_back({{places[i % 3], "said", "no"}, {"B-ORG", "O", "O"}});
    roles_gold.push_back({{"Rain", "fell", "in", places[i % 3]}, {"O", "O", "O", "B-LOC"}});
  }
  const StateRoles roles = train::TrainStateRoles(roles_gold, **pos, {"Lima", "Oslo", "Kyiv"}, 5, 1, log);
  ASSERT_TRUE(base::WriteFileAtomic(ner_path, train::TrainNer(data, **pos, gaz, WordClusters(), WordCasing(), o,
                                                              log, &roles))
                  .ok());
  auto with_roles = NerTagger::Load(ner_path);
  ASSERT_TRUE(with_roles.ok()) << with_roles.status().ToString();
  EXPECT_EQ((*with_roles)->state_roles().num_names(), 3u);
  auto resolve = [&](const NerTagger& tagger, std::vector<std::string> ws, uint32_t b) {
    std::vector<WordInfo> wi;
    for (const auto& w : ws) wi.push_back(DescribeWord(w));
    const int len = static_cast<int>(wi.size());
    (*pos)->AddLexicon(wi.data(), len);
    std::vector<uint8_t> t(len);
    (*pos)->Tag(wi.data(), len, t.data());
    NerSpan span{b, b + 1, 2};  // LOC
    tagger.ResolveStates(wi.data(), t.data(), len, &span, 1);
    return tagger.type_name(span.type);
  };
  EXPECT_EQ(resolve(**with_roles, {"Lima", "said", "no"}, 0), "ORG");
  EXPECT_EQ(resolve(**with_roles, {"Rain", "fell", "in", "Oslo"}, 3), "LOC");
  EXPECT_EQ(resolve(**with_roles, {"Anna", "said", "no"}, 0), "LOC");  // not a state name
  EXPECT_EQ(resolve(**ner, {"Lima", "said", "no"}, 0), "LOC");         // no state-role model
}

TEST(CorpusTest, IobRepair) {
  std::vector<std::string> tags = {"B-O", "I-PER", "I-PER", "B-OTH", "I-GPE", "O"};
  train::RepairIob(&tags);
  EXPECT_EQ(tags, (std::vector<std::string>{"O", "B-PERSON", "I-PERSON", "O", "B-LOC", "O"}));
  auto spans = train::IobSpans(tags);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(std::get<0>(spans[0]), 1);
  EXPECT_EQ(std::get<1>(spans[0]), 3);
}

}  // namespace
}  // namespace dossier::nlp
