#include "nlp/train/augment.h"

#include <gtest/gtest.h>

namespace dossier::nlp::train {
namespace {

// A sentence from its words, lemmas, UPOS, 1-based heads and relations.
TreebankSentence Sentence(std::vector<std::string> words, std::vector<std::string> lemmas,
                          std::vector<std::string> upos, std::vector<int> heads,
                          std::vector<std::string> deprels) {
  TreebankSentence s;
  s.words = std::move(words);
  s.lemmas = std::move(lemmas);
  s.upos = std::move(upos);
  s.heads = std::move(heads);
  s.deprels = std::move(deprels);
  return s;
}

TEST(HeadlineTense, ThirdPersonSingular) {
  EXPECT_EQ(ThirdPersonSingular("launch"), "launches");
  EXPECT_EQ(ThirdPersonSingular("deny"), "denies");
  EXPECT_EQ(ThirdPersonSingular("say"), "says");
  EXPECT_EQ(ThirdPersonSingular("go"), "goes");
  EXPECT_EQ(ThirdPersonSingular("strike"), "strikes");
  EXPECT_EQ(ThirdPersonSingular("have"), "has");
}

TEST(HeadlineTense, SimplePastBecomesPresent) {
  const auto s = Sentence({"Russia", "launched", "missiles", "and", "struck", "Kyiv", "."},
                          {"Russia", "launch", "missile", "and", "strike", "Kyiv", "."},
                          {"PROPN", "VERB", "NOUN", "CCONJ", "VERB", "PROPN", "PUNCT"},
                          {2, 0, 2, 5, 2, 5, 2},
                          {"nsubj", "root", "obj", "cc", "conj", "obj", "punct"});
  TreebankSentence out;
  ASSERT_TRUE(HeadlineTense(s, &out));
  EXPECT_EQ(out.words, (std::vector<std::string>{"Russia", "launches", "missiles", "and", "strikes",
                                                 "Kyiv", "."}));
  EXPECT_EQ(out.upos, s.upos);
  EXPECT_EQ(out.heads, s.heads);
  EXPECT_EQ(out.lemmas, s.lemmas);
}

TEST(HeadlineTense, PluralSubjectsAndPassives) {
  const auto plural = Sentence({"Protesters", "blocked", "roads"}, {"protester", "block", "road"},
                               {"NOUN", "VERB", "NOUN"}, {2, 0, 2}, {"nsubj", "root", "obj"});
  TreebankSentence out;
  ASSERT_TRUE(HeadlineTense(plural, &out));
  EXPECT_EQ(out.words[1], "block");
  const auto passive = Sentence({"Tan", "was", "sentenced"}, {"Tan", "be", "sentence"},
                                {"PROPN", "AUX", "VERB"}, {3, 3, 0}, {"nsubj:pass", "aux:pass", "root"});
  ASSERT_TRUE(HeadlineTense(passive, &out));
  EXPECT_EQ(out.words, (std::vector<std::string>{"Tan", "is", "sentenced"}));
}

TEST(HeadlineTense, LeavesOtherTensesAlone) {
  TreebankSentence out;
  // Perfect: "Iran has launched".
  EXPECT_FALSE(HeadlineTense(Sentence({"Iran", "has", "launched", "drones"},
                                      {"Iran", "have", "launch", "drone"},
                                      {"PROPN", "AUX", "VERB", "NOUN"}, {3, 3, 0, 3},
                                      {"nsubj", "aux", "root", "obj"}),
                             &out));
  // Already present, and no subject.
  EXPECT_FALSE(HeadlineTense(Sentence({"Iran", "launches", "drones"}, {"Iran", "launch", "drone"},
                                      {"PROPN", "VERB", "NOUN"}, {2, 0, 2}, {"nsubj", "root", "obj"}),
                             &out));
  EXPECT_FALSE(HeadlineTense(Sentence({"Stop", "them"}, {"stop", "they"}, {"VERB", "PRON"}, {0, 1},
                                      {"root", "obj"}),
                             &out));
  std::vector<TreebankSentence> data{
      Sentence({"Russia", "launched", "missiles"}, {"Russia", "launch", "missile"},
               {"PROPN", "VERB", "NOUN"}, {2, 0, 2}, {"nsubj", "root", "obj"}),
      Sentence({"Stop", "them"}, {"stop", "they"}, {"VERB", "PRON"}, {0, 1}, {"root", "obj"})};
  EXPECT_EQ(AddHeadlineTense(&data), 1u);
  ASSERT_EQ(data.size(), 3u);
  EXPECT_EQ(data[2].words[1], "launches");
}

}  // namespace
}  // namespace dossier::nlp::train
