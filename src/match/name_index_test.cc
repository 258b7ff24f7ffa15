#include "match/name_index.h"

#include <gtest/gtest.h>

#include <random>

#include "match/scorer.h"

namespace dossier::match {
namespace {

std::unique_ptr<Normalizer> Make() {
  auto n = Normalizer::Load(std::string(DOSSIER_SOURCE_DIR) + "/data/match");
  EXPECT_TRUE(n.ok()) << n.status().ToString();
  return std::move(n).value();
}

// Random pronounceable names, with some shared common tokens.
std::string RandomName(std::mt19937& rng) {
  static const char* kSyll[] = {"ka", "mo", "ri", "sa", "na", "el", "vi", "to", "ha", "ja", "lu", "be", "do"};
  std::string s;
  const int words = 2 + static_cast<int>(rng() % 2);
  for (int w = 0; w < words; ++w) {
    if (w) s += ' ';
    const int syl = 2 + static_cast<int>(rng() % 3);
    for (int i = 0; i < syl; ++i) s += kSyll[rng() % 13];
  }
  return s;
}

std::string Perturb(std::string s, std::mt19937& rng) {
  switch (rng() % 4) {
    case 0: if (s.size() > 3) s.erase(1 + rng() % (s.size() - 2), 1); break;   // typo: drop
    case 1: s[rng() % s.size()] = static_cast<char>('a' + rng() % 26); break;  // typo: replace
    case 2: { size_t sp = s.find(' '); if (sp != std::string::npos) s = s.substr(sp + 1) + " " + s.substr(0, sp); break; }
    default: break;
  }
  return s;
}

// The fast index must find the name the brute-force scorer ranks best.
TEST(NameIndexTest, AgreesWithBruteForce) {
  auto n = Make();
  std::mt19937 rng(7);
  std::vector<NormalizedName> names;
  std::vector<std::string> raw;
  for (int i = 0; i < 3000; ++i) {
    raw.push_back(RandomName(rng));
    names.push_back(n->Normalize(raw.back(), NameSchema::kPerson));
  }
  auto index = NameIndex::Build(names);
  int checked = 0, found = 0;
  for (int q = 0; q < 300; ++q) {
    NormalizedName query = n->Normalize(Perturb(raw[rng() % raw.size()], rng), NameSchema::kPerson);
    double best = 0;
    uint32_t best_id = 0;
    for (uint32_t id = 0; id < index->size(); ++id) {
      const double s = ScoreNames(query, index->name(id), &index->stats()).score;
      if (s > best) best = s, best_id = id;
    }
    if (best < 0.8) continue;
    ++checked;
    auto cands = index->Candidates(query, 64);
    bool hit = false;
    for (uint32_t id : cands) {
      hit |= id == best_id ||
             ScoreNames(query, index->name(id), &index->stats()).score >= best - 1e-9;
    }
    found += hit;
    EXPECT_TRUE(hit) << query.Text() << " best " << index->name(best_id).Text() << " " << best;
  }
  EXPECT_GT(checked, 100);
  EXPECT_EQ(found, checked);
}

TEST(NameIndexTest, InitialsAndJoins) {
  auto n = Make();
  std::vector<NormalizedName> names = {
      n->Normalize("Shahid Hemmat Industrial Group", NameSchema::kOrganization),
      n->Normalize("Kim Yong Nam", NameSchema::kPerson),
      n->Normalize("Something Else", NameSchema::kOrganization)};
  auto index = NameIndex::Build(names);
  auto c = index->Candidates(n->Normalize("SHIG", NameSchema::kOrganization), 5);
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0], 0u);
  c = index->Candidates(n->Normalize("Yongnam", NameSchema::kPerson), 5);
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0], 1u);
}

}  // namespace
}  // namespace dossier::match
