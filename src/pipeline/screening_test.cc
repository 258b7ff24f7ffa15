#include "pipeline/screening.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace dossier::pipeline {
namespace {

const std::string kTables = std::string(DOSSIER_SOURCE_DIR) + "/data/match";

std::unique_ptr<kb::KnowledgeBase> Kb() {
  auto kb = kb::KnowledgeBase::FromTables(
      "PRK\tNorth Korea\tDemocratic People's Republic of Korea\tNorth Korean\tPyongyang\t\n"
      "IRN\tIran\tIslamic Republic of Iran\tIranian\tTehran\t\n"
      "CHN\tChina\t\tChinese\tBeijing\t\n",
      "", "", "");
  EXPECT_TRUE(kb.ok()) << kb.status().ToString();
  return std::move(*kb);
}

std::unique_ptr<EntityScreening> Screening(const kb::KnowledgeBase& kb) {
  auto screener = kb::Screener::FromEntries(
      {
          {"l", "1", "Organization", "Korea Mining Development Trading Corporation", {}, {"DPRK"}, {}, {"Korea, North"}, {}},
          {"l", "2", "Organization", "Tangshan Kaiyuan Sealing Materials", {}, {"NPWMD"}, {}, {"China", "Iran"}, {}},
          {"l", "3", "Person", "Kim Song Chol", {}, {"DPRK"}, {}, {"Democratic People's Republic of Korea"}, {}},
          {"l", "4", "Organization", "Rocket Works Atlantis", {}, {"NPWMD"}, {}, {"Atlantis"}, {}},
          {"l", "5", "Vessel", "Sea Lark", {}, {"IRAN"}, {}, {}, {}},
      },
      kTables);
  EXPECT_TRUE(screener.ok()) << screener.status().ToString();
  return EntityScreening::FromScreener(std::move(*screener), kb);
}

// Two sentences: the first names `name`, the second names it and `state_word`.
Annotation Document(const std::string& name, const std::string& type, const std::string& state_word) {
  Annotation a;
  const std::string first = name + " was named.";
  const std::string second = " Officials linked " + name + " to " + state_word + ".";
  a.text = first + second;
  a.sentences = {{0, static_cast<uint32_t>(first.size())},
                 {static_cast<uint32_t>(first.size()), static_cast<uint32_t>(a.text.size())}};
  const uint32_t in_second = static_cast<uint32_t>(first.size() + std::string(" Officials linked ").size());
  const uint32_t state_at = static_cast<uint32_t>(a.text.size() - 1 - state_word.size());
  const std::string id = "org:test";
  a.mentions = {{{0, static_cast<uint32_t>(name.size())}, name, "ORG", id},
                {{in_second, static_cast<uint32_t>(in_second + name.size())}, name, "ORG", id},
                {{state_at, static_cast<uint32_t>(state_at + state_word.size())}, state_word, "GPE", "country:PRK"}};
  a.entities = {{id, name, type, "", {}, {}}, {"country:PRK", "North Korea", "Country", "PRK", {}, {}}};
  return a;
}

class EntityScreeningTest : public ::testing::Test {
 protected:
  EntityScreeningTest() : kb_(Kb()), screening_(Screening(*kb_)) {}

  // Screens Document(name, type, "North Korea") after `edit` changed it.
  Annotation Screened(const std::string& name, const std::string& type,
                      const std::function<void(Annotation*)>& edit = nullptr) {
    Annotation a = Document(name, type, "North Korea");
    if (edit) edit(&a);
    screening_->Apply(&a);
    return a;
  }

  std::unique_ptr<kb::KnowledgeBase> kb_;
  std::unique_ptr<EntityScreening> screening_;
};

const RelationRecord* Find(const Annotation& a, const std::string& predicate) {
  auto it = std::find_if(a.relations.begin(), a.relations.end(),
                         [&](const RelationRecord& r) { return r.predicate == predicate; });
  return it == a.relations.end() ? nullptr : &*it;
}

TEST_F(EntityScreeningTest, ListedStateGivesCountryAndLocationInTheSentenceNamingBoth) {
  Annotation a = Screened("Korea Mining Development Trading Corporation", "Company");
  ASSERT_FALSE(a.entities[0].sanctions.empty());
  EXPECT_EQ(a.entities[0].sanctions[0].ref, "1");
  EXPECT_EQ(a.entities[0].country, "PRK");  // "Korea, North" read as North Korea
  const RelationRecord* r = Find(a, "located_in");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->subject, "org:test");
  EXPECT_EQ(r->object, "country:PRK");
  EXPECT_EQ(r->sentence, 1u);
  EXPECT_EQ(r->span.begin, a.sentences[1].begin);
  // Applied twice, the relation is not written twice.
  a.entities[0].sanctions.clear();
  screening_->Apply(&a);
  EXPECT_EQ(std::count_if(a.relations.begin(), a.relations.end(),
                          [](const RelationRecord& x) { return x.predicate == "located_in"; }),
            1);
}

TEST_F(EntityScreeningTest, NoRelationToAStateTheDocumentDoesNotName) {
  // The state is not named.
  Annotation a = Screened("Korea Mining Development Trading Corporation", "Company",
                          [](Annotation* d) { d->mentions.pop_back(); });
  EXPECT_EQ(a.entities[0].country, "PRK");
  EXPECT_EQ(Find(a, "located_in"), nullptr);
}

TEST_F(EntityScreeningTest, TheTextsCountryStandsAndNoRelationContradictsIt) {
  Annotation a = Screened("Korea Mining Development Trading Corporation", "Company",
                          [](Annotation* d) { d->entities[0].country = "IRN"; });
  EXPECT_EQ(a.entities[0].country, "IRN");
  EXPECT_EQ(Find(a, "located_in"), nullptr);
}

TEST_F(EntityScreeningTest, PartiesListedInSeveralOrUnknownStatesGetNone) {
  for (const std::string name : {"Tangshan Kaiyuan Sealing Materials", "Rocket Works Atlantis"}) {
    Annotation a = Screened(name, "Company");
    ASSERT_FALSE(a.entities[0].sanctions.empty()) << name;
    EXPECT_EQ(a.entities[0].country, "") << name;
    EXPECT_EQ(Find(a, "located_in"), nullptr) << name;
  }
}

TEST_F(EntityScreeningTest, PeopleAndPublicBodiesKeepTheirCountry) {
  Annotation person = Screened("Kim Song Chol", "Person");
  ASSERT_FALSE(person.entities[0].sanctions.empty());
  EXPECT_EQ(person.entities[0].country, "");
  Annotation body = Screened("Korea Mining Development Trading Corporation", "PublicBody");
  ASSERT_FALSE(body.entities[0].sanctions.empty());
  EXPECT_EQ(body.entities[0].country, "");
  EXPECT_TRUE(body.relations.empty());
}

// A ship the linker named (a "vessel:" id of type Thing) is screened as a
// vessel; another Thing (an identity group) is not screened.
TEST_F(EntityScreeningTest, ShipsAreScreenedAsVessels) {
  Annotation ship = Screened("Sea Lark", "Thing", [](Annotation* a) {
    a->entities[0].id = "vessel:sea-lark";
    for (MentionRecord& m : a->mentions) {
      if (m.entity == "org:test") m.entity = "vessel:sea-lark";
    }
  });
  ASSERT_FALSE(ship.entities[0].sanctions.empty());
  EXPECT_EQ(ship.entities[0].sanctions[0].name, "Sea Lark");
  EXPECT_TRUE(Screened("Sea Lark", "Thing").entities[0].sanctions.empty());
}

}  // namespace
}  // namespace dossier::pipeline
