#include <gtest/gtest.h>

#include "nlp/model_file.h"

namespace dossier::nlp {
namespace {

TEST(ModelFileTest, RoundTripAndCorruption) {
  ModelFileWriter w;
  w.Add("kind", "pos");
  w.Add("data", std::string(100, 'x'));
  std::string bytes = w.Finish();
  auto f = ModelFile::Parse(bytes, "mem");
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(*f->Section("kind"), "pos");
  EXPECT_FALSE(f->Section("none").ok());
  std::string bad = bytes;
  bad[20] ^= 1;
  EXPECT_EQ(ModelFile::Parse(bad, "mem").status().code(), base::StatusCode::kCorruption);
  EXPECT_FALSE(ModelFile::Parse(bytes.substr(0, 30), "mem").ok());
  EXPECT_FALSE(ModelFile::Parse("", "mem").ok());
}

}  // namespace
}  // namespace dossier::nlp

#include "nlp/features.h"
#include "nlp/gazetteer.h"
#include "nlp/linear_model.h"
#include "nlp/state_roles.h"

namespace dossier::nlp {
namespace {

TEST(LinearModelTest, SerializeRoundTripScoresIdentically) {
  std::vector<uint64_t> keys = {Feat(1, 2), Feat(3, 4), Feat(5, 6)};
  std::vector<std::vector<std::pair<uint16_t, float>>> rows = {
      {{0, 1.5f}, {2, -0.25f}}, {{1, 3.0f}}, {{0, 0.0f}}};
  LinearModel m = LinearModel::Build(3, keys, rows);
  EXPECT_EQ(m.num_features(), 2u);  // the all-zero row is pruned
  auto back = LinearModel::Deserialize(m.Serialize());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  uint64_t feats[] = {keys[0], keys[1], Feat(9, 9)};
  float a[kMaxClasses], b[kMaxClasses];
  m.Score(feats, a);
  back->Score(feats, b);
  for (int c = 0; c < 3; ++c) EXPECT_FLOAT_EQ(a[c], b[c]);
  EXPECT_NEAR(a[0], 1.5f, 1e-3);
  EXPECT_NEAR(a[1], 3.0f, 1e-3);
  EXPECT_NEAR(a[2], -0.25f, 1e-3);
  std::string bytes = m.Serialize();
  EXPECT_FALSE(LinearModel::Deserialize(bytes.substr(0, bytes.size() - 1)).ok());
  EXPECT_FALSE(LinearModel::Deserialize("").ok());
}

TEST(FeaturesTest, DescribeWordShapesAndFlags) {
  WordInfo a = DescribeWord("Tehran"), b = DescribeWord("TEHRAN"), c = DescribeWord("2,000");
  EXPECT_EQ(a.lower, b.lower);
  EXPECT_NE(a.form, b.form);
  EXPECT_TRUE(a.flags & kFlagTitle);
  EXPECT_TRUE(b.flags & kFlagAllCaps);
  EXPECT_TRUE(c.flags & kFlagHasDigit);
  EXPECT_EQ(DescribeWord("London").shape, DescribeWord("Berlin").shape);
  EXPECT_NE(Feat(1, 2), 0u);
}

TEST(GazetteerTest, MarksPhrasesCaseInsensitively) {
  Gazetteer g;
  g.Add("New York", Gazetteer::kLoc);
  g.Add("Smith", Gazetteer::kPerson);
  std::vector<WordInfo> w;
  for (const char* s : {"in", "new", "York", "with", "SMITH"}) w.push_back(DescribeWord(s));
  g.Mark(w.data(), static_cast<int>(w.size()));
  EXPECT_EQ(w[0].gaz, 0u);
  EXPECT_NE(w[1].gaz, 0u);
  EXPECT_NE(w[2].gaz, 0u);
  EXPECT_NE(w[1].gaz, w[2].gaz);  // B vs L position
  EXPECT_NE(w[4].gaz, 0u);
  auto back = Gazetteer::Deserialize(g.Serialize());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->size(), g.size());
}

}  // namespace
}  // namespace dossier::nlp

namespace dossier::nlp {
namespace {

TEST(StateRolesTest, FindsNamesAndLearnsActingFromContext) {
  auto words = [](std::initializer_list<std::string_view> ws) {
    std::vector<WordInfo> out;
    for (auto w : ws) out.push_back(DescribeWord(w));
    return out;
  };
  const StateRoles finder({"Norway", "United States", "Oslo"}, LinearModel());
  auto s = words({"Talks", "in", "the", "united", "states", "ended"});
  EXPECT_TRUE(finder.IsState(s.data(), 3, 5));   // case-insensitive
  EXPECT_FALSE(finder.IsState(s.data(), 3, 4));  // "united" alone is no name
  EXPECT_FALSE(finder.IsState(s.data(), 2, 5));
  const uint8_t tags[6] = {1, 2, 3, 4, 4, 5};
  EXPECT_FALSE(finder.Acting(s.data(), tags, 6, 3, 5));  // no model: never acting

  // A model whose only weight says "a state before 'said' acts".
  auto said = words({"Norway", "said", "so"});
  uint64_t feats[kMaxStateRoleFeatures];
  const uint8_t said_tags[3] = {4, 5, 6};
  const int k = StateRoles::Features(said.data(), said_tags, 3, 0, 1, feats);
  ASSERT_GT(k, 4);
  ASSERT_LE(k, kMaxStateRoleFeatures);
  const uint64_t next_word = feats[4];  // template 405: the word after the name
  LinearModel m = LinearModel::Build(2, {next_word}, {{{StateRoles::kActing, 1.0f}}});
  const StateRoles roles({"Norway", "Oslo"}, std::move(m));
  EXPECT_TRUE(roles.Acting(said.data(), said_tags, 3, 0, 1));
  auto in = words({"Rain", "in", "Norway"});
  EXPECT_FALSE(roles.Acting(in.data(), said_tags, 3, 2, 3));
  auto round = StateRoles::Deserialize(roles.SerializeNames(), roles.model().Serialize());
  ASSERT_TRUE(round.ok()) << round.status().ToString();
  EXPECT_EQ(round->num_names(), 2u);
  EXPECT_TRUE(round->Acting(said.data(), said_tags, 3, 0, 1));
  EXPECT_FALSE(StateRoles::Deserialize("Norway\n", "garbage").ok());
}

}  // namespace
}  // namespace dossier::nlp
