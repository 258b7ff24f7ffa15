#include "kb/knowledge_base.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "kb/gazetteer.h"
#include "text/segmenter.h"

namespace dossier::kb {
namespace {

const char* kCountries =
    "# iso3\tshort\taliases\tdemonyms\tcapitals\tmetonyms\n"
    "PRK\tNorth Korea\tDPRK|Democratic People's Republic of Korea\tNorth Korean\tPyongyang\t\n"
    "USA\tUnited States\tUS|U.S.|America\tAmerican\tWashington\tWhite House\n"
    "TUR\tTurkey\tTürkiye\tTurkish|Turk\tAnkara\t\n"
    "XZB\tZemblavia\tZembla region\t\t\t\n"
    "XZC\tZembla\t\t\t\t\n";
const char* kOrgs =
    "# id\ttype\tname\taliases\tcountry\tparent\tsector\n"
    "org:cia\tPublicBody\tCentral Intelligence Agency\tCIA\tUSA\t\tintelligence\n"
    "org:jem\tOrganization\tJaish-e-Mohammed\tJeM\tPAK\t\t\n";
const char* kPeople = "# id\tname\taliases\tcountry\tdescription\n"
                      "person:kim-yong-nam\tKim Yong-nam\tKim Yong Nam\tPRK\tofficial\n"
                      "person:recep-tayyip-erdogan\tRecep Tayyip Erdoğan\t\tTUR\tpresident\n";
const char* kRoles = "# person\trelation\tobject\ttitle\tstart\tend\n"
                     "person:kim-yong-nam\tleader_of\tcountry:PRK\tPresident of the Presidium\t1998-09-05\t2019-04-11\n";

class GazetteerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto kb = KnowledgeBase::FromTables(kCountries, kOrgs, kPeople, kRoles);
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = std::move(*kb);
    gaz_ = Gazetteer::Build(*kb_);
  }

  // Ids of the longest match at each token, as "text=id".
  std::vector<std::string> Scan(const std::string& text) {
    auto toks = text::Tokenize(text);
    std::vector<std::string> out;
    for (uint32_t i = 0; i < toks.size();) {
      auto m = gaz_->LongestAt(text, toks, i, static_cast<uint32_t>(toks.size()));
      if (m.entries.empty()) {
        ++i;
        continue;
      }
      out.push_back(text.substr(toks[i].begin, toks[m.token_end - 1].end - toks[i].begin) + "=" +
                    m.entries[0]->entity->id);
      i = m.token_end;
    }
    return out;
  }

  std::unique_ptr<KnowledgeBase> kb_;
  std::unique_ptr<Gazetteer> gaz_;
};

TEST_F(GazetteerTest, FindsLongestNamesWithCaseRules) {
  EXPECT_EQ(Scan("North Korea and the US met; let us see Pyongyang."),
            (std::vector<std::string>{"North Korea=country:PRK", "US=country:USA",
                                      "Pyongyang=country:PRK"}));
  EXPECT_EQ(Scan("Kim Yong-Nam and Kim Yong Nam"),
            (std::vector<std::string>{"Kim Yong-Nam=person:kim-yong-nam",
                                      "Kim Yong Nam=person:kim-yong-nam"}));
  EXPECT_EQ(Scan("North Koreans and Americans in the White House"),
            (std::vector<std::string>{"North Koreans=country:PRK", "Americans=country:USA",
                                      "White House=country:USA"}));
  EXPECT_TRUE(Scan("we ate turkey in the cia canteen").empty());
  // A short name with a capital inside is written that way or not at all.
  EXPECT_EQ(Scan("Jem said JeM struck. JEM and Jaish-e-Mohammed"),
            (std::vector<std::string>{"JeM=org:jem", "Jaish-e-Mohammed=org:jem"}));
}

TEST_F(GazetteerTest, APlaceNamedWithALowerCaseWordIsReadByItsCapitalisedWords) {
  // The tables write "Zembla region": the region, not the place called
  // "Zembla", named by "Zembla" (the description stays out of the span, as
  // news gold marks it).
  EXPECT_EQ(Scan("Drones struck the Zembla region."), (std::vector<std::string>{"Zembla=country:XZB"}));
  EXPECT_EQ(Scan("Drones struck the Zembla Region."), (std::vector<std::string>{"Zembla Region=country:XZB"}));
  EXPECT_EQ(Scan("Drones struck the Zembla province."), (std::vector<std::string>{"Zembla=country:XZC"}));
}

TEST_F(GazetteerTest, WordsWithAccentsFindNamesWithout) {
  // Accents the table does not write are read past, in one word or several.
  EXPECT_EQ(Scan("Kím Yông-Nam met Recep Tayyip Erdoğan"),
            (std::vector<std::string>{"Kím Yông-Nam=person:kim-yong-nam",
                                      "Recep Tayyip Erdoğan=person:recep-tayyip-erdogan"}));
  // A word without accents never finds a name the table writes with them.
  EXPECT_TRUE(Scan("Recep Tayyip Erdogan").empty());
  ASSERT_EQ(gaz_->Lookup("Kím Yong-nam").size(), 1u);
  EXPECT_TRUE(gaz_->Lookup("Recep Tayyip Erdogan").empty());
}

TEST_F(GazetteerTest, FuzzyLookupToleratesSmallTypos) {
  auto hits = gaz_->LookupFuzzy("Noth Korea");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->entity->id, "country:PRK");
  EXPECT_TRUE(gaz_->LookupFuzzy("Nauru").empty());        // too short to guess
  EXPECT_TRUE(gaz_->LookupFuzzy("South Korea").empty());  // two letters off
  // A word that starts with another letter is another word ("National
  // Unity" is no misspelt "National City").
  EXPECT_TRUE(gaz_->LookupFuzzy("North Forea").empty());
}

TEST(KnowledgeBase, DatedRoles) {
  auto kb = KnowledgeBase::FromTables(kCountries, kOrgs, kPeople, kRoles);
  ASSERT_TRUE(kb.ok());
  EXPECT_EQ((*kb)->RolesAt("person:kim-yong-nam", "2017-08").size(), 1u);
  EXPECT_EQ((*kb)->RolesAt("person:kim-yong-nam", "2020").size(), 0u);
  EXPECT_EQ((*kb)->HoldersAt("country:PRK", "2019-04").size(), 1u);
  EXPECT_EQ((*kb)->HoldersAt("country:PRK", "1998-08").size(), 0u);
}

// Of two GeoNames cities with one name the larger comes first, so the
// gazetteer reads the name as the larger ("San Francisco" in California,
// not the Argentine town).
// The project's knowledge base with GeoNames' cities, when ../shared holds them.
class KnowledgeBaseWithCities : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string cities =
        std::string(DOSSIER_SOURCE_DIR) + "/../shared/data/gazetteers/geonames/cities15000.txt";
    if (!std::filesystem::exists(cities)) GTEST_SKIP() << "no GeoNames cities beside the project";
    auto kb = KnowledgeBase::Load(DOSSIER_SOURCE_DIR);
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = std::move(*kb);
  }
  std::unique_ptr<KnowledgeBase> kb_;
};

TEST_F(KnowledgeBaseWithCities, TheLargerOfTwoCitiesComesFirst) {
  std::vector<std::string> countries;
  for (const Entity& e : kb_->entities()) {
    if (e.type == "Location" && e.name == "San Francisco") countries.push_back(e.country);
  }
  ASSERT_GE(countries.size(), 2u);
  EXPECT_EQ(countries[0], "USA");
}

// A GeoNames city written with accents also answers to its name without
// them when GeoNames' own ASCII name spells it otherwise ("Zürich": "Zuerich").
TEST_F(KnowledgeBaseWithCities, CitiesAnswerToTheirNamesWithoutAccents) {
  const Entity* zurich = nullptr;
  for (const Entity& e : kb_->entities()) {
    if (e.type == "Location" && e.name == "Zürich" && e.country == "CHE") zurich = &e;
  }
  ASSERT_NE(zurich, nullptr);
  EXPECT_NE(std::find(zurich->aliases.begin(), zurich->aliases.end(), "Zurich"), zurich->aliases.end());
  EXPECT_NE(std::find(zurich->aliases.begin(), zurich->aliases.end(), "Zuerich"), zurich->aliases.end());
}

TEST(KnowledgeBase, ReportsMalformedRowsWithLine) {
  auto kb = KnowledgeBase::FromTables("# c\nIRN\tIran\n", "", "", "");
  ASSERT_FALSE(kb.ok());
  EXPECT_NE(kb.status().message().find("countries.tsv:2: expected 6"), std::string::npos)
      << kb.status().message();
}

TEST(BoundedEditDistance, MatchesFullDistanceWhenSmall) {
  EXPECT_EQ(BoundedEditDistance("noth korea", "north korea", 2), 1);
  EXPECT_EQ(BoundedEditDistance("abcd", "abdc", 2), 1);
  EXPECT_EQ(BoundedEditDistance("kitten", "sitting", 2), 3);
  EXPECT_EQ(BoundedEditDistance("same", "same", 0), 0);
  EXPECT_EQ(BoundedEditDistance("venezuala", "venezuela", 1), 1);
  EXPECT_EQ(BoundedEditDistance("abcdefgh", "badcfehg", 2), 3);  // four transpositions
  EXPECT_EQ(BoundedEditDistance("abcdefgh", "abcdefghij", 2), 2);
  EXPECT_EQ(BoundedEditDistance("", "ab", 2), 2);
}

}  // namespace
}  // namespace dossier::kb
