#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/petrarch/coder.h"
#include "extract/petrarch/dependency_tree.h"
#include "extract/petrarch/dictionaries.h"
#include "extract/petrarch/test_dictionaries.h"

namespace dossier::extract::petrarch {
namespace {

using testdata::kActors;
using testdata::kVerbs;
using testdata::SmallCoder;

// ------------------------------------------------------------------ coder


TEST(CoderTest, CodesHandBuiltTrees) {
  auto coder = SmallCoder();
  struct Case {
    const char* name;
    const char* parse;
    int date;
    std::vector<Event> expected;
  };
  const Case cases[] = {
      {"default verb code", "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor))))))",
       19950101, {{"ARN", "GON", "064"}}},
      {"synset pattern",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ military) (NNS ties)) (PP (IN with) (NP (NNP Gondor))))))",
       19950101, {{"ARN", "GON", "902"}}},
      {"word before the verb", "(ROOT (S (NP (NNP Arnor)) (VP (MD did) (RB not) (VP (VB restore) (NP (NNS relations)) (PP (IN with) (NP (NNP Gondor)))))))",
       19950101, {{"ARN", "GON", "112"}}},
      {"agents combine with actors",
       "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN government)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Arnor) (NN police))))))",
       19950101, {{"GONGOV", "ARNCOP", "064"}}},
      {"prefix agent", "(ROOT (S (NP (NNP MSF) (NNP Arnor)) (VP (VBD restored) (NP (NNP Gondor)))))", 19950101,
       {{"NGOARN", "GON", "064"}}},
      {"compound subject",
       "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Argentina))))))",
       19950101, {{"ARN", "ARG", "064"}, {"GON", "ARG", "064"}}},
      {"two-way code", "(ROOT (S (NP (NNP Arnor)) (VP (VBD arrived) (PP (IN in) (NP (NNP Gondor))))))", 19950101,
       {{"ARN", "GON", "032"}, {"GON", "ARN", "033"}}},
      {"target before the verb, source after",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD arrived) (PP (IN from) (NP (NNP Gondor))))))", 19950101,
       {{"GON", "ARN", "066"}}},
      {"multi-word verb", "(ROOT (S (NP (NNP Arnor)) (VP (VBD broke) (PRT (RP down)) (NP (NNP Gondor)))))", 19950101,
       {{"ARN", "GON", "1711"}}},
      {"date-restricted actor", "(ROOT (S (NP (NNP Gollum)) (VP (VBD restored) (NP (NNP Gondor)))))", 19960101,
       {{"HOBGOV", "GON", "064"}}},
      {"null code pattern", "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (ADVP (RB halfheartedly)) (NP (NNP Gondor)))))",
       19950101, {}},
      {"patterns with a non-code are inactive",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ diplxmatic) (NNP Gondor)))))", 19950101,
       {{"ARN", "GON", "064"}}},
      {"pronoun subjects defer to the clause above",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD would) (VP (VB restore) (NP (NNP Gondor)))))))))",
       19950101, {{"ARN", "GON", "064"}}},
      {"object of an infinitive complement",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD arrived) (S (VP (TO to) (VP (VB see) (NP (NNP Gondor))))))))", 19950101,
       {{"ARN", "GON", "032"}, {"GON", "ARN", "033"}}},
      {"discard", "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN baseball)) (PP (IN with) (NP (NNP Gondor))))))",
       19950101, {}},
      {"no target, no event", "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)))))", 19950101, {}},
      {"an object naming an actor wins over an agent-only one",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN police)) (PP (IN in) (NP (NNP Gondor))))))", 19950101,
       {{"ARN", "GON", "064"}}},
      {"an agent-only object when nothing else",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN police)))))", 19950101, {{"ARN", "---COP", "064"}}},
      {"auxiliary chain keeps the subject",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB restore) (NP (NNP Gondor)))))))))",
       19950101, {{"ARN", "GON", "064"}}},
  };
  for (const Case& c : cases) {
    auto coded = coder->CodeParse(c.parse, c.date);
    ASSERT_TRUE(coded.ok()) << c.name << ": " << coded.status().message();
    EXPECT_EQ(coded.value().events, c.expected) << c.name;
  }
}

TEST(CoderTest, PatternWordsMatchExactly) {
  auto coder = SmallCoder();
  // "* &TIETYPES TIES" does not take "TIESS"; the block default applies.
  auto coded = coder->CodeParse(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ military) (NNS tiess)) (PP (IN with) (NP (NNP Gondor))))))",
      19950101);
  ASSERT_TRUE(coded.ok());
  EXPECT_EQ(coded.value().events, (std::vector<Event>{{"ARN", "GON", "064"}}));
}

TEST(CoderTest, PassiveWithoutAgentCodesLikeActive) {
  auto coder = SmallCoder();
  auto coded = coder->CodeParse(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD was) (VP (VBN restored) (PP (IN with) (NP (NNP Gondor)))))))", 19950101);
  ASSERT_TRUE(coded.ok());
  EXPECT_EQ(coded.value().events, (std::vector<Event>{{"ARN", "GON", "064"}}));
}

TEST(CoderTest, PassiveSwapsSubjectAndAgent) {
  auto coder = SmallCoder();
  auto coded = coder->CodeParse(
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN restored) (PP (IN by) (NP (NNP Arnor)))))))", 19950101);
  ASSERT_TRUE(coded.ok());
  EXPECT_EQ(coded.value().events, (std::vector<Event>{{"ARN", "GON", "064"}}));
}


// ------------------------------------------------------------------ dependency adapter

std::unique_ptr<Coder> AdapterCoder() {
  auto verbs = VerbDictionary::Parse(
      "--- RESTORE [064] ---\nRESTORE\n--- ARRIVE [032:033] ---\nARRIVE\n", "v");
  auto actors = ActorDictionary::Parse("ARNOR [ARN]\nGONDOR [GON]\nARGENTINA [ARG]\n", "a");
  auto agents = AgentDictionary::Parse("GOVERNMENT [~GOV]\n", "g");
  auto discards = DiscardList::Parse("", "d");
  EXPECT_TRUE(verbs.ok() && actors.ok() && agents.ok() && discards.ok());
  return std::make_unique<Coder>(std::move(verbs).value(), std::move(actors).value(), std::move(agents).value(),
                                 std::move(discards).value());
}

TEST(DependencyTreeTest, CodesDependencyParses) {
  auto coder = AdapterCoder();
  struct Case {
    const char* name;
    std::vector<DepToken> tokens;
    std::vector<Event> expected;
  };
  const Case cases[] = {
      {"active",
       {{"Arnor", "NNP", 1, "nsubj"}, {"restored", "VBD", -1, "root"}, {"ties", "NNS", 1, "obj"},
        {"with", "IN", 4, "case"}, {"Gondor", "NNP", 1, "obl"}, {".", ".", 1, "punct"}},
       {{"ARN", "GON", "064"}}},
      {"passive with agent",
       {{"Gondor", "NNP", 2, "nsubj:pass"}, {"was", "VBD", 2, "aux:pass"}, {"restored", "VBN", -1, "root"},
        {"by", "IN", 4, "case"}, {"Arnor", "NNP", 2, "obl:agent"}},
       {{"ARN", "GON", "064"}}},
      {"coordinated subject",
       {{"Arnor", "NNP", 3, "nsubj"}, {"and", "CC", 2, "cc"}, {"Gondor", "NNP", 0, "conj"},
        {"restored", "VBD", -1, "root"}, {"ties", "NNS", 3, "obj"}, {"with", "IN", 6, "case"},
        {"Argentina", "NNP", 3, "obl"}},
       {{"ARN", "ARG", "064"}, {"GON", "ARG", "064"}}},
      {"infinitive complement",
       {{"Arnor", "NNP", 1, "nsubj"}, {"wants", "VBZ", -1, "root"}, {"to", "TO", 3, "mark"},
        {"restore", "VB", 1, "xcomp"}, {"ties", "NNS", 3, "obj"}, {"with", "IN", 6, "case"},
        {"Gondor", "NNP", 3, "obl"}},
       {{"ARN", "GON", "064"}}},
      {"possessive agent",
       {{"Gondor", "NNP", 2, "nmod:poss"}, {"'s", "POS", 0, "case"}, {"government", "NN", 3, "nsubj"},
        {"arrived", "VBD", -1, "root"}, {"in", "IN", 5, "case"}, {"Arnor", "NNP", 3, "obl"}},
       {{"GONGOV", "ARN", "032"}, {"ARN", "GONGOV", "033"}}},
      {"auxiliary and negation keep the order",
       {{"Arnor", "NNP", 3, "nsubj"}, {"will", "MD", 3, "aux"}, {"not", "RB", 3, "advmod"},
        {"restore", "VB", -1, "root"}, {"(", "-LRB-", 3, "punct"}, {"Gondor", "NNP", 3, "obj"},
        {")", "-RRB-", 3, "punct"}},
       {{"ARN", "GON", "064"}}},
  };
  for (const Case& c : cases) {
    auto tree = DependencyToTree(c.tokens);
    ASSERT_TRUE(tree.ok()) << c.name << ": " << tree.status().message();
    EXPECT_EQ(coder->CodeTree(tree.value(), 19950101).events, c.expected)
        << c.name << ": " << DependencyToPenn(c.tokens).value();
  }
}

TEST(DependencyTreeTest, KeepsEveryWordInOrder) {
  // Coordination with a modifier after the conjunct, a temporal noun, a
  // relative clause whose comma hangs on the relative pronoun, a copula.
  const std::vector<std::vector<DepToken>> sentences = {
      {{"Lawmakers", "NNS", 6, "nsubj"}, {"and", "CC", 2, "cc"}, {"officials", "NNS", 0, "conj"},
       {"in", "IN", 4, "case"}, {"Fornost", "NNP", 0, "nmod"}, {"today", "NN", 6, "obl:tmod"},
       {"welcomed", "VBD", -1, "root"}, {"Eriador", "NNP", 6, "obj"}, {",", ",", 9, "punct"},
       {"who", "WP", 10, "nsubj"}, {"arrived", "VBD", 7, "acl:relcl"}},
      {{"Arnor", "NNP", 3, "nsubj"}, {"is", "VBZ", 3, "cop"}, {"a", "DT", 3, "det"}, {"friend", "NN", -1, "root"},
       {"because", "IN", 7, "case"}, {"of", "IN", 4, "fixed"}, {"the", "DT", 7, "det"}, {"war", "NN", 3, "nmod"}},
  };
  for (const auto& s : sentences) {
    auto tree = DependencyToTree(s);
    ASSERT_TRUE(tree.ok()) << tree.status().message();
    EXPECT_EQ(tree.value().words().size(), s.size());
  }
  auto coded = AdapterCoder()->CodeTree(DependencyToTree(sentences[0]).value(), 19950101);
  EXPECT_TRUE(coded.events.empty());  // WELCOME is not in this small dictionary
}

TEST(DependencyTreeTest, RejectsMalformedParses) {
  EXPECT_FALSE(DependencyToTree({}).ok());
  EXPECT_FALSE(DependencyToTree({{"a", "NN", 5, "nsubj"}}).ok());                       // head out of range
  EXPECT_FALSE(DependencyToTree({{"a", "NN", 1, "dep"}, {"b", "NN", 0, "dep"}}).ok());  // cycle
  EXPECT_FALSE(DependencyToTree({{"a", "NN", 0, "dep"}}).ok());                         // own head
}


// Damaged input never crashes: parses, dictionaries and dependency trees with
// characters dropped, doubled or replaced give results or Statuses.
TEST(RobustnessTest, DamagedInputs) {
  auto coder = SmallCoder();
  const std::string parse =
      "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN government)) (VP (VBD was) (VP (VBN restored) (PP (IN by) "
      "(NP (NNP Arnor) (CC and) (NNP Argentina))) (SBAR (IN after) (S (NP (PRP it)) (VP (VBD arrived)))))))))";
  const std::string dicts[] = {kActors, kVerbs, "!PERSON! = MAN, MEN\nCONGRESS!PERSON! {} [~LEG]\nMSF [NGO~]\n"};
  const std::string noise = "()[]{}<>_+*$^%&!#~-:/ \n\tX0";
  uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u, (seed >> 8) & 0xffffff; };
  for (int round = 0; round < 300; ++round) {
    auto damage = [&](std::string s) {
      for (int k = 0; k < 3 && !s.empty(); ++k) {
        size_t at = next() % s.size();
        switch (next() % 3) {
          case 0: s.erase(at, 1); break;
          case 1: s.insert(at, 1, s[at]); break;
          default: s[at] = noise[next() % noise.size()];
        }
      }
      return s;
    };
    auto coded = coder->CodeParse(damage(parse), 19950101);
    if (coded.ok()) {
      EXPECT_LE(coded.value().events.size(), 20u);
    }
    std::string dict = damage(dicts[round % 3]);
    (void)ActorDictionary::Parse(dict, "a.txt");
    (void)VerbDictionary::Parse(dict, "v.txt");
    (void)AgentDictionary::Parse(dict, "g.txt");
    std::vector<DepToken> tokens = {{"Arnor", "NNP", 1, "nsubj"}, {"restored", "VBD", -1, "root"},
                                    {"ties", "NNS", 1, "obj"}, {"with", "IN", 4, "case"}, {"Gondor", "NNP", 1, "obl"}};
    tokens[next() % tokens.size()].head = static_cast<int>(next() % 7) - 1;
    tokens[next() % tokens.size()].rel = round % 2 ? "conj" : "cop";
    auto tree = DependencyToTree(tokens);
    if (tree.ok()) (void)coder->CodeTree(tree.value(), 19950101);
  }
}

}  // namespace
}  // namespace dossier::extract::petrarch
