#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/petrarch/coder.h"
#include "extract/petrarch/dictionaries.h"
#include "extract/petrarch/test_dictionaries.h"

namespace dossier::extract::petrarch {
namespace {

using testdata::kActors;
using testdata::kVerbs;
using testdata::SmallCoder;

// ------------------------------------------------------------------ actors


TEST(ActorDictionaryTest, ParsesEntriesSynonymsAndCodes) {
  auto dict = ActorDictionary::Parse(kActors, "actors.txt");
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  struct Case {
    std::vector<std::string> words;
    size_t length;
    std::vector<std::string> codes;
  };
  const Case cases[] = {
      {{"ARNOR", "LEFT"}, 1, {"ARN"}},
      {{"ARNORIAN"}, 0, {}},                   // trailing '_': exact only
      {{"MINAS", "TIRITH"}, 2, {"GON"}},       // synonym
      {{"ARGENTINIAN"}, 1, {"ARG"}},           // stem match
      {{"THE", "SHIRE"}, 2, {"FRO", "BIL", "SAM"}},
      {{"BOROMIR"}, 1, {}},                    // null actor
      {{"SMEAGOL"}, 1, {"HOBGOV"}},            // synonym takes the later roles
  };
  for (const Case& c : cases) {
    size_t len = 0;
    const ActorEntry* e = dict.value()->MatchAt(c.words, 0, &len);
    if (c.length == 0) {
      EXPECT_EQ(e, nullptr) << c.words[0];
      continue;
    }
    ASSERT_NE(e, nullptr) << c.words[0];
    EXPECT_EQ(len, c.length) << c.words[0];
    EXPECT_EQ(ActorDictionary::CodesOn(*e, 19970101), c.codes) << c.words[0];
  }
}

TEST(ActorDictionaryTest, DateRestrictedRoles) {
  auto dict = ActorDictionary::Parse(kActors, "actors.txt");
  ASSERT_TRUE(dict.ok());
  struct Case {
    std::vector<std::string> words;
    int date;
    std::string code;
  };
  const Case cases[] = {
      {{"GOLLUM"}, 19950101, "HOB"},     {{"GOLLUM"}, 19950601, "HOBGOV"}, {{"GOLLUM"}, 19990815, "HOBGOV"},
      {{"GOLLUM"}, 20010101, "HOBREB"},  {{"SAM", "GAMGEE"}, 20080119, "HOBCIV"},
      {{"SAM", "GAMGEE"}, 20100109, "ORCHOB"},  // the first matching range wins
      {{"SAM", "GAMGEE"}, 20100113, "HOBMIL"},  {{"SAM", "GAMGEE"}, 20140101, "HOB"},  // the default
  };
  for (const Case& c : cases) {
    size_t len = 0;
    const ActorEntry* e = dict.value()->MatchAt(c.words, 0, &len);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(ActorDictionary::CodesOn(*e, c.date), std::vector<std::string>{c.code}) << c.date;
  }
  EXPECT_EQ(ParseDictDate("950601"), 19950601);
  EXPECT_EQ(ParseDictDate("081231"), 20081231);
  EXPECT_EQ(ParseDictDate("20080120"), 20080120);
}

TEST(ActorDictionaryTest, MalformedLinesGiveFileAndLine) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"ARNOR [ARN\n", "a.txt:1: missing ']'"},
      {"\n\t[ARN]\n", "a.txt:2: role code before any actor"},
      {"+GONDOR\n", "a.txt:1: synonym before any actor"},
      {"GOLLUM\n\t[HOB 9506-990815]\n", "a.txt:2: bad date range"},
      {"GOLLUM\n\t[950601-990815]\n", "a.txt:2: role without a code"},
  };
  for (const Case& c : cases) {
    auto dict = ActorDictionary::Parse(c.text, "a.txt");
    ASSERT_FALSE(dict.ok()) << c.text;
    EXPECT_NE(dict.status().message().find(c.message), std::string::npos) << dict.status().message();
  }
}

// ------------------------------------------------------------------ agents

TEST(AgentDictionaryTest, ParsesCodesPluralsAndSubstitutions) {
  constexpr char kAgents[] = R"(!PERSON! = MAN, MEN
!MINST! = MINISTER, MINISTRY
PRESIDENT [~GOV] # comment
MEDIA {} [~MED]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
MSF {}  [NGO~]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_SILLY_WALKS [~GOV]
POLICE {} [ ~COP]
)";
  auto dict = AgentDictionary::Parse(kAgents, "agents.txt");
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  struct Case {
    std::vector<std::string> words;
    std::string code;  // empty: no match
    bool prefix;
  };
  const Case cases[] = {
      {{"PRESIDENT"}, "GOV", false},   {{"PRESIDENTS"}, "GOV", false},  // generated plural
      {{"MEDIAS"}, "", false},                                          // {}: no plural
      {{"GOLDEN", "GEESE"}, "GGS", false}, {{"MSF"}, "NGO", true},
      {{"CONGRESSMEN"}, "LEG", false}, {{"MINISTRY", "OF", "SILLY", "WALKS"}, "GOV", false},
      {{"POLICE"}, "COP", false},
  };
  for (const Case& c : cases) {
    size_t len = 0;
    const AgentEntry* e = dict.value()->MatchAt(c.words, 0, &len);
    if (c.code.empty()) {
      EXPECT_EQ(e, nullptr) << c.words[0];
      continue;
    }
    ASSERT_NE(e, nullptr) << c.words[0];
    EXPECT_EQ(e->code, c.code);
    EXPECT_EQ(e->prefix, c.prefix);
    EXPECT_EQ(len, c.words.size());
  }
  EXPECT_FALSE(AgentDictionary::Parse("PRESIDENT\n", "g.txt").ok());
  auto bad = AgentDictionary::Parse("\nPRESIDENT [GOV]\n", "g.txt");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("g.txt:2:"), std::string::npos);
}

TEST(DiscardListTest, SentenceAndStoryDiscards) {
  auto list = DiscardList::Parse("# comment\nBASEBALL\n+World Golf Championships   # x\n", "d.txt");
  ASSERT_TRUE(list.ok());
  bool story = true;
  EXPECT_NE(list.value()->Find({"THE", "BASEBALL", "TEAM"}, &story), nullptr);
  EXPECT_FALSE(story);
  EXPECT_NE(list.value()->Find({"AT", "WORLD", "GOLF", "CHAMPIONSHIPS"}, &story), nullptr);
  EXPECT_TRUE(story);
  EXPECT_EQ(list.value()->Find({"WORLD", "GOLF"}, &story), nullptr);
}

// ------------------------------------------------------------------ verbs


TEST(VerbDictionaryTest, ParsesBlocksFormsSynsetsAndPatterns) {
  auto dict = VerbDictionary::Parse(kVerbs, "verbs.txt");
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  ASSERT_EQ(dict.value()->block_count(), 3u);
  EXPECT_EQ(dict.value()->block(0).code, "064");
  EXPECT_EQ(dict.value()->block(2).code, "032:033");
  // Regular and irregular forms.
  for (const char* w : {"RESTORE", "RESTORES", "RESTORED", "RESTORING", "BROKE", "BREAKS", "ARRIVED"})
    EXPECT_FALSE(dict.value()->FormsOf(w).empty()) << w;
  // Multi-word forms: "+" marks the verb.
  bool broke_down = false, wire_tapped = false;
  for (const VerbForm* f : dict.value()->FormsOf("BROKE"))
    if (f->after == std::vector<std::string>{"DOWN"} && f->code == "1711") broke_down = true;
  for (const VerbForm* f : dict.value()->FormsOf("TAPPED"))
    if (f->before == std::vector<std::string>{"WIRE"}) wire_tapped = true;
  EXPECT_TRUE(broke_down);
  EXPECT_TRUE(wire_tapped);
  // Synsets, with embedded synsets expanded.
  const auto* accord = dict.value()->Synset("ACCORDSYN");
  ASSERT_NE(accord, nullptr);
  EXPECT_EQ(accord->size(), 3u);
  // Patterns.
  const VerbBlock& restore = dict.value()->block(0);
  ASSERT_EQ(restore.patterns.size(), 4u);
  EXPECT_EQ(restore.patterns[0].after[0].kind, PatternKind::kSynset);
  EXPECT_EQ(restore.patterns[1].before[0].word.text, "NOT");
  EXPECT_EQ(restore.patterns[2].code, "###");  // '#' inside a code is no comment
  const VerbBlock& arrive = dict.value()->block(2);
  EXPECT_EQ(arrive.patterns[0].before[0].kind, PatternKind::kTarget);
  EXPECT_EQ(arrive.patterns[0].after[1].kind, PatternKind::kSource);
  EXPECT_TRUE(arrive.patterns[1].before[0].joined_to_next);  // "IN_*"
}

TEST(VerbDictionaryTest, MalformedLinesGiveFileAndLine) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"- * TIES [064]\n", "v.txt:1: pattern outside a verb block"},
      {"--- RESTORE ---\n", "v.txt:1: verb block without a [code]"},
      {"--- RESTORE [064] ---\nRESTORE\n- * TIES [064\n", "v.txt:3: missing ']'"},
      {"--- RESTORE [064] ---\nRESTORE\n- TIES [064]\n", "v.txt:3: pattern without '*'"},
      {"RESTORE\n", "v.txt:1: text outside a verb block"},
  };
  for (const Case& c : cases) {
    auto dict = VerbDictionary::Parse(c.text, "v.txt");
    ASSERT_FALSE(dict.ok()) << c.text;
    EXPECT_NE(dict.status().message().find(c.message), std::string::npos) << dict.status().message();
  }
}

TEST(VerbDictionaryTest, Inflections) {
  auto has = [](const std::string& base, const std::string& form) {
    auto v = Inflections(base);
    return std::find(v.begin(), v.end(), form) != v.end();
  };
  EXPECT_TRUE(has("RESTORE", "RESTORED"));
  EXPECT_TRUE(has("RESTORE", "RESTORING"));
  EXPECT_TRUE(has("CARRY", "CARRIES"));
  EXPECT_TRUE(has("CARRY", "CARRIED"));
  EXPECT_TRUE(has("STOP", "STOPPED"));
  EXPECT_TRUE(has("TOUCH", "TOUCHES"));
}


// The operational Phoenix dictionaries load; their few typos (e.g. a
// 7-digit date) are skipped with warnings.
TEST(DictionaryPathsTest, FromFolder) {
  auto unittest = DictionaryPaths::FromFolder(std::string(DOSSIER_SHARED_DIR) + "/data/events/petrarch_unittest");
  if (!unittest.ok()) GTEST_SKIP() << unittest.status().message();
  EXPECT_NE(unittest.value().verbs.find("PETR.Validate.verbs.txt"), std::string::npos);
  EXPECT_EQ(unittest.value().actors.size(), 1u);
  EXPECT_EQ(unittest.value().agents.size(), 1u);
  EXPECT_EQ(unittest.value().discards.size(), 1u);
  auto phoenix = DictionaryPaths::FromFolder(std::string(DOSSIER_SHARED_DIR) + "/data/gazetteers/phoenix");
  ASSERT_TRUE(phoenix.ok()) << phoenix.status().message();
  EXPECT_NE(phoenix.value().verbs.find("CAMEO.2.0.txt"), std::string::npos);
  EXPECT_EQ(phoenix.value().actors.size(), 3u);
  Warnings warnings;
  auto coder = Coder::Load(phoenix.value(), &warnings);
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  auto coded = coder.value()->CodeParse(
      "(ROOT (S (NP (NNP North) (NNP Korea)) (VP (VBD fired) (NP (NNS missiles)) (PP (IN at) (NP (NNP Japan))))))",
      20100101);
  ASSERT_TRUE(coded.ok());
  ASSERT_FALSE(coded.value().events.empty());
  EXPECT_EQ(coded.value().events[0].source, "PRK");
  EXPECT_EQ(coded.value().events[0].target, "JPN");
  EXPECT_FALSE(DictionaryPaths::FromFolder("/nonexistent-folder").ok());
}

TEST(PhoenixDictionariesTest, Load) {
  const std::string dir = std::string(DOSSIER_SHARED_DIR) + "/data/gazetteers/phoenix/";
  Warnings warnings;
  auto verbs = VerbDictionary::Load(dir + "CAMEO.2.0.txt", &warnings);
  if (!verbs.ok() && verbs.status().message().find("no such file") != std::string::npos)
    GTEST_SKIP() << verbs.status().message();
  ASSERT_TRUE(verbs.ok()) << verbs.status().message();
  EXPECT_GT(verbs.value()->block_count(), 300u);
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}) {
    auto actors = ActorDictionary::Load(dir + f, &warnings);
    ASSERT_TRUE(actors.ok()) << actors.status().message();
    EXPECT_GT(actors.value()->size(), 500u) << f;
  }
  auto agents = AgentDictionary::Load(dir + "Phoenix.agents.txt", &warnings);
  ASSERT_TRUE(agents.ok()) << agents.status().message();
  auto discards = DiscardList::Load(dir + "Phoenix.discards.txt", &warnings);
  ASSERT_TRUE(discards.ok()) << discards.status().message();
  std::string all;
  for (const std::string& w : warnings) all += w + "\n";
  EXPECT_LT(warnings.size(), 40u) << all;
  // Strict loading reports the first malformed line with its place.
  auto strict = ActorDictionary::Load(dir + "Phoenix.Countries.actors.txt");
  if (!strict.ok()) {
    EXPECT_NE(strict.status().message().find("actors.txt:"), std::string::npos);
  }
}

}  // namespace
}  // namespace dossier::extract::petrarch
