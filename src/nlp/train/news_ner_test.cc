#include "nlp/train/news_ner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

#include "base/file.h"
#include "nlp/train/gazetteer_sources.h"
#include "nlp/train/train_ner.h"

namespace dossier::nlp::train {
namespace {

struct Files {
  std::string labels, items;
};

Files Write(const std::string& name, const std::string& labels) {
  const std::string dir = ::testing::TempDir();
  Files f{dir + "/" + name + ".tsv", dir + "/" + name + ".jsonl"};
  EXPECT_TRUE(base::WriteFileAtomic(f.items,
                                    R"({"id": "a", "text": "Norway fined Acme Corp. in Oslo. Acme said Oslo erred."})"
                                    "\n"
                                    R"({"id": "b", "text": "Nothing happened to Aga Khan V. Then it rained."})"
                                    "\n"
                                    R"({"id": "c", "text": "Ana Lima met anti-Lima protesters in Lima."})"
                                    "\n"
                                    R"({"id": "d", "text": "See https://example.org/Oslo.html now."})"
                                    "\n"
                                    R"({"id": "e", "text": "Nothing happened."})"
                                    "\n")
                  .ok());
  EXPECT_TRUE(base::WriteFileAtomic(f.labels, labels).ok());
  return f;
}

std::vector<std::string> Tags(const NerSentence& s) { return s.tags; }

TEST(NewsNerTest, WholeWordOccurrencesSkipWordInnerMatches) {
  EXPECT_EQ(WholeWordOccurrences("Oman, Romania and Oman's port", "Oman"), (std::vector<size_t>{0, 18}));
  EXPECT_EQ(WholeWordOccurrences("anti-Lima, Lima2, _Lima", "Lima"), (std::vector<size_t>{5}));
  // A letter outside ASCII counts as a word character: "éOman" holds no "Oman".
  EXPECT_TRUE(WholeWordOccurrences("\xc3\xa9Oman", "Oman").empty());
  EXPECT_TRUE(WholeWordOccurrences("Oman", "").empty());
}

TEST(NewsNerTest, LabelsEveryOccurrenceLongestFirstPerSentence) {
  Files f = Write("news_ok",
                  "# comment\n"
                  "a\ttrain\tORG\tNorway\n"
                  "a\ttrain\tORG\tAcme Corp.\n"
                  "a\ttrain\tORG\tAcme\n"
                  "a\ttrain\tLOC\tOslo\n"
                  "b\ttest\tPER\tAga Khan V\n"
                  "e\ttest\tNONE\t\n"
                  "c\ttrain\tPER\tAna Lima\n"
                  "c\ttrain\tLOC\tLima\t3\n");
  auto train = ReadNewsNer(f.labels, f.items, "train");
  ASSERT_TRUE(train.ok()) << train.status().ToString();
  ASSERT_EQ(train->size(), 3u);  // item a: two sentences; item c: one
  const NerSentence& first = (*train)[0];
  ASSERT_EQ(first.words, (std::vector<std::string>{"Norway", "fined", "Acme", "Corp.", "in", "Oslo", "."}));
  EXPECT_EQ(Tags(first), (std::vector<std::string>{"B-ORG", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"}));
  EXPECT_EQ(Tags((*train)[1]), (std::vector<std::string>{"B-ORG", "O", "B-LOC", "O", "O"}));
  EXPECT_EQ((*train)[0].doc, (*train)[1].doc);
  EXPECT_NE((*train)[1].doc, (*train)[2].doc);
  // "Lima" 3: the third whole-word occurrence only ("Ana Lima" holds the first, "anti-Lima"
  // the second: a hyphen is no word character).
  const NerSentence& c = (*train)[2];
  ASSERT_EQ(c.words.size(), 10u);
  EXPECT_EQ(Tags(c), (std::vector<std::string>{"B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O",
                                               "B-LOC", "O"}));
  auto test = ReadNewsNer(f.labels, f.items, "test");
  ASSERT_TRUE(test.ok());
  // The initial's token "V." took the full stop; the name ends with it.
  EXPECT_EQ(Tags((*test)[0]), (std::vector<std::string>{"O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O",
                                                         "O", "O", "O"}));
  ASSERT_EQ(test->size(), 2u);
  EXPECT_EQ(Tags((*test)[1]), (std::vector<std::string>{"O", "O", "O"}));
  auto all = ReadNewsNer(f.labels, f.items, "all");
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 5u);
}

TEST(NewsNerTest, StatesTypedOrgCanBeReadAsLocations) {
  Files f = Write("news_states", "a\ttrain\tORG\tNorway\na\ttrain\tORG\tAcme Corp.\n");
  const std::unordered_set<std::string> states = {"Norway", "Oslo"};
  auto train = ReadNewsNer(f.labels, f.items, "train", &states);
  ASSERT_TRUE(train.ok()) << train.status().ToString();
  EXPECT_EQ(Tags((*train)[0]), (std::vector<std::string>{"B-LOC", "O", "B-ORG", "I-ORG", "O", "O", "O"}));
}

TEST(NewsNerTest, StateNamesOfTheKbTables) {
  auto names = StateNames(std::string(DOSSIER_SOURCE_DIR) + "/data/kb");
  ASSERT_TRUE(names.ok()) << names.status().ToString();
  EXPECT_TRUE(names->contains("Iran"));        // short name
  EXPECT_TRUE(names->contains("U.S."));        // alias
  EXPECT_TRUE(names->contains("Tehran"));      // capital
  EXPECT_FALSE(names->contains("Iranian"));    // demonyms are not states
  EXPECT_FALSE(StateNames("/nonexistent").ok());
}

TEST(NewsNerTest, NameTitlesOfTheCueAndHonorificTables) {
  const std::string dir = ::testing::TempDir() + "/titles";
  std::filesystem::create_directories(dir);
  ASSERT_TRUE(base::WriteFileAtomic(dir + "/cues.tsv", "# word\tcategory\tvalue\nPrime Minister\ttitle\tleader_of\n"
                                                       "Gen.\ttitle\tmember_of\nDr.\ttitle\t\nGroup\torg_keyword\tORG\n").ok());
  ASSERT_TRUE(base::WriteFileAtomic(dir + "/honorifics.txt", "# canonical: variants\nmrs: mrs, ms, madame\n").ok());
  auto titles = LoadNameTitles(dir + "/cues.tsv", dir + "/honorifics.txt");
  ASSERT_TRUE(titles.ok()) << titles.status().ToString();
  EXPECT_EQ(titles->titles(), (std::vector<std::string>{"Dr", "Dr.", "Gen", "Gen.", "Prime Minister", "madame",
                                                        "madame.", "mrs", "mrs.", "ms", "ms."}));
  EXPECT_EQ(titles->address_forms(), (std::vector<std::string>{"Dr", "Dr."}));  // the rows without a relation
  EXPECT_FALSE(LoadNameTitles(dir + "/missing.tsv", dir + "/honorifics.txt").ok());
  // The project's own tables.
  auto ours = LoadNameTitles(std::string(DOSSIER_SOURCE_DIR) + "/data/link/cues.tsv",
                             std::string(DOSSIER_SOURCE_DIR) + "/data/match/honorifics.txt");
  ASSERT_TRUE(ours.ok()) << ours.status().ToString();
  for (const char* t : {"President", "Mrs", "Mrs.", "lord", "reverend"}) {
    EXPECT_TRUE(std::find(ours->titles().begin(), ours->titles().end(), t) != ours->titles().end()) << t;
  }
  for (const char* t : {"Mr", "Mrs.", "Dr."}) {
    const auto& forms = ours->address_forms();
    EXPECT_TRUE(std::find(forms.begin(), forms.end(), t) != forms.end()) << t;
  }
  EXPECT_EQ(std::find(ours->address_forms().begin(), ours->address_forms().end(), "President"),
            ours->address_forms().end());
}

TEST(NewsNerTest, GumSentencesOfOneFileAreOneDocument) {
  const std::string dir = ::testing::TempDir() + "/gum_gold";
  std::filesystem::create_directories(dir);
  ASSERT_TRUE(base::WriteFileAtomic(dir + "/GUM_news_x.conllu",
                                    "# newdoc id = GUM_news_x\n# sent_id = GUM_news_x-1\n# text = Ana Lima left Oslo.\n"
                                    "1\tAna\t_\t_\t_\t_\t0\troot\t_\t_\n\n"
                                    "# sent_id = GUM_news_x-2\n# text = She came back.\n"
                                    "1\tShe\t_\t_\t_\t_\t0\troot\t_\t_\n\n")
                  .ok());
  const std::string labels = dir + "/labels.tsv";
  ASSERT_TRUE(base::WriteFileAtomic(labels,
                                    "GUM_news_x-1\ttrain\tPER\tAna Lima\nGUM_news_x-1\ttrain\tLOC\tOslo\n"
                                    "GUM_news_x-2\ttrain\tNONE\t\n")
                  .ok());
  auto gum = ReadGumNer(labels, dir, "train");
  ASSERT_TRUE(gum.ok()) << gum.status().ToString();
  ASSERT_EQ(gum->size(), 2u);
  EXPECT_EQ(Tags((*gum)[0]), (std::vector<std::string>{"B-PERSON", "I-PERSON", "O", "B-LOC", "O"}));
  EXPECT_EQ(Tags((*gum)[1]), (std::vector<std::string>{"O", "O", "O", "O"}));
  EXPECT_EQ((*gum)[0].doc, (*gum)[1].doc);
  auto none = ReadGumNer(labels, dir, "test");
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  ASSERT_TRUE(base::WriteFileAtomic(labels, "GUM_news_y-1\ttrain\tPER\tAna\n").ok());
  EXPECT_FALSE(ReadGumNer(labels, dir, "train").ok());  // no such file
}

TEST(NewsNerTest, ByteRangesOfAStatementAreItsSentences) {
  const std::string dir = ::testing::TempDir();
  // "Norway supports the United Nations. Oslo agrees." and another statement.
  ASSERT_TRUE(base::WriteFileAtomic(dir + "/statements.jsonl",
                                    R"({"id": "s-NOR", "text": "Norway supports the United Nations. Oslo agrees."})"
                                    "\n"
                                    R"({"id": "s-SWE", "text": "Sweden agrees."})"
                                    "\n")
                  .ok());
  const std::string labels = dir + "/slices.tsv";
  ASSERT_TRUE(base::WriteFileAtomic(labels,
                                    "s-NOR@0-35\ttrain\tORG\tNorway\ns-NOR@0-35\ttrain\tORG\tUnited Nations\n"
                                    "s-NOR@36-48\ttrain\tLOC\tOslo\ns-SWE@0-14\ttest\tORG\tSweden\n")
                  .ok());
  const std::unordered_set<std::string> states = {"Norway", "Sweden"};
  auto train = ReadSliceNer(labels, dir + "/statements.jsonl", "train", &states);
  ASSERT_TRUE(train.ok()) << train.status().ToString();
  ASSERT_EQ(train->size(), 2u);
  EXPECT_EQ(Tags((*train)[0]), (std::vector<std::string>{"B-LOC", "O", "O", "B-ORG", "I-ORG", "O"}));
  EXPECT_EQ(Tags((*train)[1]), (std::vector<std::string>{"B-LOC", "O", "O"}));
  EXPECT_EQ((*train)[0].doc, (*train)[1].doc);
  auto test = ReadSliceNer(labels, dir + "/statements.jsonl", "test");
  ASSERT_TRUE(test.ok());
  ASSERT_EQ(test->size(), 1u);
  EXPECT_EQ(Tags((*test)[0]), (std::vector<std::string>{"B-ORG", "O", "O"}));
  ASSERT_TRUE(base::WriteFileAtomic(labels, "s-NOR@40-99\ttrain\tLOC\tOslo\n").ok());
  EXPECT_FALSE(ReadSliceNer(labels, dir + "/statements.jsonl", "train").ok());  // past the end
  ASSERT_TRUE(base::WriteFileAtomic(labels, "s-NOR\ttrain\tLOC\tOslo\n").ok());
  EXPECT_FALSE(ReadSliceNer(labels, dir + "/statements.jsonl", "train").ok());  // no range
}

TEST(NewsNerTest, SilverSentencesOurCorrectionsChangedTrainAtTheirOwnWeight) {
  const std::string shared = ::testing::TempDir() + "/shared_silver";
  const std::string uner = shared + "/data/corpora/uner_english_ewt";
  std::filesystem::create_directories(uner);
  // s1: the silver names stand; s2: the correction adds "Lima".
  ASSERT_TRUE(base::WriteFileAtomic(uner + "/en_ewt-ud-train.SILVER-prerelease-0c7ce0d.iob2",
                                    "# sent_id = s1\n# text = Ana left Oslo.\n1\tAna\tB-PER\t-\t-\n2\tleft\tO\t-\t-\n"
                                    "3\tOslo\tB-LOC\t-\t-\n4\t.\tO\t-\t-\n\n"
                                    "# sent_id = s2\n# text = Lima waits.\n1\tLima\tO\t-\t-\n2\twaits\tO\t-\t-\n"
                                    "3\t.\tO\t-\t-\n\n")
                  .ok());
  const std::string labels = shared + "/ewt.tsv";
  ASSERT_TRUE(base::WriteFileAtomic(labels, "s1\ttrain\tPER\tAna\ns1\ttrain\tLOC\tOslo\ns2\ttrain\tLOC\tLima\n").ok());
  NerCorpusOptions o;
  o.uner_dev = false;
  o.ewt_labels = labels;
  auto weights = [&](float w) {
    o.ewt_silver_disagree_weight = w;
    auto data = LoadNerTrain(shared, o);
    EXPECT_TRUE(data.ok()) << data.status().ToString();
    std::vector<std::pair<bool, float>> out;  // (silver, weight) in order
    for (const auto& s : *data) out.emplace_back(s.silver, s.weight);
    return out;
  };
  using W = std::vector<std::pair<bool, float>>;
  EXPECT_EQ(weights(1.0f), (W{{true, 1.0f}, {true, 1.0f}, {false, 1.0f}, {false, 1.0f}}));
  EXPECT_EQ(weights(0.5f), (W{{true, 1.0f}, {true, 0.5f}, {false, 1.0f}, {false, 1.0f}}));
  EXPECT_EQ(weights(0.0f), (W{{true, 1.0f}, {false, 1.0f}, {false, 1.0f}}));  // the changed silver dropped
}

TEST(NewsNerTest, BadRowsNameFileAndLine) {
  struct Case {
    const char* labels;
    const char* message;
  };
  const Case cases[] = {
      {"a\ttrain\tORG\n", "news_bad.tsv:1: expected"},
      {"a\tvalid\tORG\tNorway\n", "news_bad.tsv:1: split must be train, dev or test"},
      {"a\ttrain\tGPE\tNorway\n", "news_bad.tsv:1: type"},
      {"a\ttrain\tORG\tSweden\n", "news_bad.tsv:1: \"Sweden\" is not in the text of a"},
      {"a\ttrain\tLOC\tOslo\t3\n", "news_bad.tsv:1: occurrence 3"},
      {"d\ttrain\tLOC\tOslo\n", "\"Oslo\" at byte 24 of d does not begin and end on token edges"},
      {"a\ttrain\tORG\tNorway\na\ttest\tLOC\tOslo\n", "news_bad.tsv:2: item listed in two splits"},
      {"z\ttrain\tORG\tNorway\n", "item z is not in"},
  };
  for (const Case& c : cases) {
    Files f = Write("news_bad", c.labels);
    auto r = ReadNewsNer(f.labels, f.items, "train");
    ASSERT_FALSE(r.ok()) << c.labels;
    EXPECT_NE(r.status().message().find(c.message), std::string::npos) << r.status().ToString();
  }
  Files f = Write("news_split", "a\ttrain\tORG\tNorway\n");
  EXPECT_FALSE(ReadNewsNer(f.labels, f.items, "valid").ok());
  EXPECT_FALSE(ReadNewsNer(f.labels + ".missing", f.items, "train").ok());
}

}  // namespace
}  // namespace dossier::nlp::train
