#include "match/scorer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace dossier::match {
namespace {

class ScorerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto n = Normalizer::Load(std::string(DOSSIER_SOURCE_DIR) + "/data/match");
    ASSERT_TRUE(n.ok()) << n.status().ToString();
    normalizer_ = std::move(n).value().release();
  }
  static double Score(const char* a, const char* b, NameSchema s = NameSchema::kPerson) {
    return ScoreNames(normalizer_->Normalize(a, s), normalizer_->Normalize(b, s), nullptr).score;
  }
  static Normalizer* normalizer_;
};
Normalizer* ScorerTest::normalizer_ = nullptr;

TEST_F(ScorerTest, MatchesAndMisses) {
  struct Case { const char* a; const char* b; NameSchema s; bool match; };
  const Case cases[] = {
      {"Sayyed Javad Musavi", "MUSAVI, Sayyed Javad", NameSchema::kPerson, true},
      {"Seyed Javad Mousavi", "MUSAVI, Sayyed Javad", NameSchema::kPerson, true},
      {"Sayyed Javad Musavi", "MUSAVI, Sayyed Kamal", NameSchema::kPerson, false},
      {"Kim Yong-Nam", "KIM, Nam Ung", NameSchema::kPerson, false},
      {"Kim Yong-Nam", "Yongnam Kim", NameSchema::kPerson, true},
      {"Kim Yong Nam", "Kim Yong-nam", NameSchema::kPerson, true},
      {"Olaf Scholze", "Olaf Scholz", NameSchema::kPerson, true},
      {"Korea Mining Development Trading Corp", "KOREA MINING DEVELOPMENT TRADING CORPORATION",
       NameSchema::kOrganization, true},
      {"KOMID", "KOREA MINING DEVELOPMENT TRADING CORPORATION", NameSchema::kOrganization, true},
      {"Siemens AG", "Siemens Aktiengesellschaft", NameSchema::kOrganization, true},
      {"Volkswagen AG", "Siemens Aktiengesellschaft", NameSchema::kOrganization, false},
      {"Donald Trump", "Donald Tusk", NameSchema::kPerson, false},
  };
  for (const Case& c : cases) {
    const double s = Score(c.a, c.b, c.s);
    if (c.match) {
      EXPECT_GE(s, 0.8) << c.a << " | " << c.b;
    } else {
      EXPECT_LT(s, 0.7) << c.a << " | " << c.b;
    }
  }
}

TEST_F(ScorerTest, ABodysNameInsideALongerOneThatAddsOnlyCommonWords) {
  // A list of 1,200 names where the descriptive words are common and the
  // distinctive ones rare.
  TokenStats stats;
  const NameSchema org = NameSchema::kOrganization;
  for (int i = 0; i < 1000; ++i) stats.Add(normalizer_->Normalize("Filler Number " + std::to_string(i), org));
  for (int i = 0; i < 150; ++i) stats.Add(normalizer_->Normalize("Industrial Production Plant " + std::to_string(i), org));
  for (int i = 0; i < 40; ++i) stats.Add(normalizer_->Normalize("Special Economic Zone " + std::to_string(i), org));
  stats.Add(normalizer_->Normalize("Alabuga Trading", org));
  stats.Add(normalizer_->Normalize("Technopolis Moscow", org));
  const auto score = [&](const char* a, const char* b) {
    return ScoreNames(normalizer_->Normalize(a, org), normalizer_->Normalize(b, org), &stats).score;
  };
  EXPECT_GE(score("Alabuga Special Economic Zone", "JSC Special Economic Zone of Industrial Production Alabuga"), 0.9);
  // The longer name adds a rarer word: another zone.
  EXPECT_LT(score("Special Economic Zone", "JSC Special Economic Zone Technopolis Moscow"), 0.8);
  // Two words are too few to judge by coverage.
  EXPECT_LT(score("Economic Zone", "Economic Zone of Industrial Production"), 0.8);
}

TEST_F(ScorerTest, ExplanationNamesTheFactors) {
  auto a = normalizer_->Normalize("KOMID", NameSchema::kOrganization);
  auto b = normalizer_->Normalize("Korea Mining Development Trading Corporation", NameSchema::kOrganization);
  EXPECT_NE(ScoreNames(a, b, nullptr).explanation.find("acronym"), std::string::npos);
  auto c = normalizer_->Normalize("Musavi, Kamal", NameSchema::kPerson);
  auto d = normalizer_->Normalize("Javad Musavi", NameSchema::kPerson);
  EXPECT_NE(ScoreNames(c, d, nullptr).explanation.find("unmatched"), std::string::npos);
}

// Property: a name matches itself after case, diacritics, hyphen and order changes.
TEST_F(ScorerTest, NormalisationPreservingChangesStillMatch) {
  const char* names[] = {"Sayyed Javad Musavi", "Kim Yong Nam", "Hassan Rouhani", "Angela Merkel",
                         "Shahid Hemmat Industrial Group", "Jose Maria Aznar Lopez",
                         "Abu Bakr al Baghdadi", "Korea Mining Development Trading Corporation"};
  std::mt19937 rng(42);
  for (const char* name : names) {
    std::string s = name;
    for (int round = 0; round < 20; ++round) {
      std::string v = s;
      for (char& c : v) {
        if (rng() % 2) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
      std::vector<std::string> words;
      size_t start = 0;
      while (start <= v.size()) {
        size_t sp = v.find(' ', start);
        if (sp == std::string::npos) sp = v.size();
        words.push_back(v.substr(start, sp - start));
        start = sp + 1;
      }
      std::shuffle(words.begin(), words.end(), rng);
      std::string out;
      for (size_t i = 0; i < words.size(); ++i) {
        if (i) out += (rng() % 3 == 0) ? "-" : " ";
        out += words[i];
      }
      if (out[0] == 'a' || out[0] == 'A') out.replace(0, 1, "\u00c1");  // a diacritic
      EXPECT_GE(Score(name, out.c_str(), NameSchema::kUnknown), 0.85) << name << " | " << out;
    }
  }
}

TEST(AcronymTest, Spelling) {
  auto n = Normalizer::Load(std::string(DOSSIER_SOURCE_DIR) + "/data/match");
  ASSERT_TRUE(n.ok());
  auto komid = (*n)->Normalize("Korea Mining Development Trading Corporation", NameSchema::kOrganization);
  EXPECT_TRUE(IsAcronymOf("komid", komid));
  EXPECT_TRUE(IsAcronymOf("kmdt", komid));
  EXPECT_FALSE(IsAcronymOf("mdt", komid));
  EXPECT_FALSE(IsAcronymOf("kx", komid));
}

}  // namespace
}  // namespace dossier::match
