// PredicateRepair on the committed models: headline verbs the tagger reads as
// nouns get a second reading, a main verb the parser hung inside a relative
// clause becomes the root, a progressive read as a passive gets active
// labels; sentences with a predicate and fragments keep their first one.
// Also PosTagger::Retag and ScoreLoss, which it builds on.
#include "nlp/predicate_repair.h"

#include <gtest/gtest.h>

#include <memory>
#include <utility>
#include <string>
#include <vector>

#include "text/segmenter.h"

namespace dossier::nlp {
namespace {

const std::string kModels = std::string(DOSSIER_SOURCE_DIR) + "/models";

struct Reading {
  std::vector<std::string> words, tags, labels;
  std::vector<int32_t> heads;
  int root = -1;
};

class PredicateRepairTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pos = PosTagger::Load(kModels + "/pos.model");
    auto parser = Parser::Load(kModels + "/parse.model");
    if (!pos.ok() || !parser.ok()) GTEST_SKIP() << "committed models missing";
    pos_ = std::move(pos).value();
    parser_ = std::move(parser).value();
    repair_ = std::make_unique<PredicateRepair>(*pos_, *parser_);
  }

  // The words of `text` as the pipeline describes them.
  std::vector<WordInfo> Describe(const std::string& text, std::vector<std::string>* words) const {
    const text::Segmentation seg = text::Segment(text);
    std::vector<WordInfo> info;
    for (size_t i = 0; i < seg.tokens.size(); ++i) {
      const auto& t = seg.tokens[i];
      words->emplace_back(text.substr(t.begin, t.end - t.begin));
      info.push_back(DescribeWord(words->back()));
      info.back().glued = i > 0 && seg.tokens[i - 1].end == t.begin;
    }
    pos_->AddLexicon(info.data(), static_cast<int>(info.size()));
    return info;
  }

  Reading Read(const std::string& text, bool repair) const {
    Reading r;
    std::vector<WordInfo> info = Describe(text, &r.words);
    const int n = static_cast<int>(info.size());
    std::vector<uint8_t> tags(n), labels(n);
    r.heads.resize(n);
    repair_->TagAndParse(info.data(), n, tags.data(), r.heads.data(), labels.data(), repair);
    for (int i = 0; i < n; ++i) {
      r.tags.push_back(pos_->tag_name(tags[i]));
      r.labels.push_back(parser_->label_name(labels[i]));
      if (r.heads[i] < 0) r.root = i;
    }
    return r;
  }

  // The index of the first `w` in r, or -1.
  static int Index(const Reading& r, std::string_view w) {
    for (int i = 0; i < static_cast<int>(r.words.size()); ++i) {
      if (r.words[i] == w) return i;
    }
    return -1;
  }

  std::unique_ptr<PosTagger> pos_;
  std::unique_ptr<Parser> parser_;
  std::unique_ptr<PredicateRepair> repair_;
};

TEST_F(PredicateRepairTest, HeadlineVerbReadAsNounBecomesThePredicate) {
  const std::string text = "Israeli strikes kill at least 85 Palestinians in Gaza.";
  const Reading first = Read(text, /*repair=*/false);
  ASSERT_EQ(first.words[2], "kill");
  ASSERT_NE(first.tags[first.root], "VERB") << "the tagger reads this verb right now; pick another";
  const Reading second = Read(text, /*repair=*/true);
  EXPECT_EQ(second.root, 2);
  EXPECT_EQ(second.tags[2], "VERB");
  EXPECT_EQ(second.heads[1], 2);
  EXPECT_EQ(second.labels[1], "nsubj");
  EXPECT_EQ(second.heads[6], 2);
  EXPECT_EQ(second.labels[6], "obj");
  // The words before the verb keep their tags.
  EXPECT_EQ(second.tags[0], first.tags[0]);
  EXPECT_EQ(second.tags[1], first.tags[1]);
}

// "The IRGC plans to test a new missile": a name in capitals the tagger read
// as an adjective before the verb, an infinitive complement after it.
TEST_F(PredicateRepairTest, AVerbAfterANameReadAsAdjectiveTakesAnInfinitive) {
  const std::string text = "The IRGC plans to test a new missile later this year.";
  const Reading first = Read(text, /*repair=*/false);
  ASSERT_EQ(first.words[2], "plans");
  ASSERT_NE(first.tags[first.root], "VERB") << "the tagger reads this verb right now; pick another";
  const Reading second = Read(text, /*repair=*/true);
  EXPECT_EQ(second.root, 2);
  EXPECT_EQ(second.tags[2], "VERB");
  EXPECT_EQ(second.heads[1], 2);
  EXPECT_EQ(second.labels[1], "nsubj");
  EXPECT_EQ(second.heads[4], 2);
  EXPECT_EQ(second.labels[4], "xcomp");
}

TEST_F(PredicateRepairTest, AMainVerbSwallowedByARelativeClauseBecomesThePredicate) {
  const std::string text =
      "The Economic Community of West African States (ECOWAS), which suspended Guinea-Bissau from its "
      "decision-making bodies after the coup, demanded the immediate release of all political detainees.";
  const Reading first = Read(text, /*repair=*/false);
  ASSERT_EQ(first.words[26], "demanded");
  ASSERT_NE(first.root, 26) << "the parser reads this sentence right now; pick another";
  const Reading second = Read(text, /*repair=*/true);
  EXPECT_EQ(second.root, 26);
  EXPECT_EQ(second.heads[2], 26);  // "Community"
  EXPECT_EQ(second.labels[2], "nsubj");
  EXPECT_EQ(second.labels[12], "acl:relcl");  // "suspended" still describes it
  EXPECT_EQ(second.heads[34], 26);            // the full stop
  EXPECT_EQ(second.tags, first.tags);
}

// "OFAC said X, which manages …, had falsified …": read as a parataxis of the
// verb after the relative clause, the reporting verb heads the sentence again
// and the object it took is the subject of what it reports.
TEST_F(PredicateRepairTest, AReportingVerbReadAsAParataxisHeadsWhatItReports) {
  const std::string text =
      "OFAC said Zarafshan Marine Services FZE, which manages a fleet of ageing tankers, had falsified "
      "cargo documents.";
  const Reading first = Read(text, /*repair=*/false);
  const int said = Index(first, "said"), falsified = Index(first, "falsified");
  ASSERT_GE(said, 0);
  ASSERT_GE(falsified, 0);
  ASSERT_EQ(first.root, falsified) << "the parser reads this sentence right now; pick another";
  ASSERT_EQ(first.labels[said], "parataxis");
  const Reading second = Read(text, /*repair=*/true);
  EXPECT_EQ(second.root, said);
  EXPECT_EQ(second.heads[falsified], said);
  EXPECT_EQ(second.labels[falsified], "ccomp");
  int subject = -1;  // the name's head word, whichever the parser chose
  for (int i = said + 1; i < falsified; ++i) {
    if (second.heads[i] == falsified && second.labels[i] == "nsubj") subject = i;
  }
  ASSERT_GE(subject, 0);
  EXPECT_EQ(first.heads[subject], said);  // it was the reporting verb's object
  EXPECT_EQ(first.labels[subject], "obj");
  EXPECT_EQ(second.heads[Index(second, "documents")], falsified);
  EXPECT_EQ(second.tags, first.tags);
}

TEST_F(PredicateRepairTest, SentencesWithAPredicateKeepTheirReading) {
  for (const std::string text : {"Russia launched missiles at Kyiv on Tuesday.",
                                 "The talks were inconclusive.", "Great food and friendly staff.",
                                 "Best meat pies in Canada"}) {
    const Reading first = Read(text, false), second = Read(text, true);
    EXPECT_EQ(second.tags, first.tags) << text;
    EXPECT_EQ(second.heads, first.heads) << text;
    EXPECT_EQ(second.labels, first.labels) << text;
  }
}

TEST_F(PredicateRepairTest, AProgressiveReadAsAPassiveGetsActiveLabels) {
  const std::string text = "Today, the Department of State is designating four entities under an executive order.";
  const Reading r = Read(text, true);
  int verb = -1;
  for (int i = 0; i < static_cast<int>(r.words.size()); ++i) {
    if (r.words[i] == "designating") verb = i;
  }
  ASSERT_GE(verb, 0);
  for (int i = 0; i < static_cast<int>(r.words.size()); ++i) {
    if (r.heads[i] != verb) continue;
    EXPECT_NE(r.labels[i], "aux:pass") << r.words[i];
    EXPECT_NE(r.labels[i], "nsubj:pass") << r.words[i];
    if (r.words[i] == "is") {
      EXPECT_EQ(r.labels[i], "aux");
    }
  }
  // A real passive keeps its labels ("is being designated" hangs "being" on
  // the participle).
  const Reading passive = Read("The company is being designated by the Treasury.", true);
  bool aux_pass = false;
  for (const std::string& label : passive.labels) aux_pass |= label == "aux:pass";
  EXPECT_TRUE(aux_pass);
}

// "… have failed to take measures to stop the launches and demanded that …":
// the past form is joined to the past form above, not to the infinitive; a
// conjunct of the same form keeps its head ("was arrested and charged").
TEST_F(PredicateRepairTest, APastFormJoinedToAnInfinitiveJoinsThePastFormAbove) {
  const Reading r = Read("The Ministry stated that the authorities have failed to take any measures to stop the "
                         "launches and demanded that Minsk put an end to the flights.", true);
  const int demanded = Index(r, "demanded");
  ASSERT_GE(demanded, 0);
  EXPECT_EQ(r.heads[demanded], Index(r, "stated"));
  const Reading same = Read("The driver was arrested and charged with smuggling.", true);
  const int charged = Index(same, "charged");
  ASSERT_GE(charged, 0);
  EXPECT_EQ(same.heads[charged], Index(same, "arrested"));
}

// Each sentence below is one the parser misreads without the repair (checked
// first, so the test fails if the parser changes and the case goes untested).
TEST_F(PredicateRepairTest, AHyphenedParticipleBeforeANounDescribesIt) {
  // The participle the parser made a conjunct clause: the noun takes its
  // place, the phrase after the noun goes to the verb.
  const std::string fire =
      "Thai army spokesman Major General Winthai Suvaree said Cambodian troops had opened fire first with rifles "
      "and rocket-propelled grenades on a Thai patrol.";
  const Reading raw = Read(fire, false);
  ASSERT_NE(raw.labels[Index(raw, "propelled")], "amod");
  const Reading r = Read(fire, true);
  const int propelled = Index(r, "propelled"), grenades = Index(r, "grenades");
  EXPECT_EQ(r.heads[propelled], grenades);
  EXPECT_EQ(r.labels[propelled], "amod");
  EXPECT_EQ(r.heads[Index(r, "patrol")], Index(r, "opened"));
  EXPECT_EQ(r.heads[Index(r, "rocket")], propelled);
  // A gerund the parser hung inside the phrase takes the participle's place
  // and the phrase as its object.
  const std::string tools =
      "TAIPEI, Oct 2 - Taiwanese prosecutors on Thursday indicted three businessmen on charges of illegally "
      "exporting computer-controlled machine tools to Russia through a shell company in Kazakhstan.";
  const Reading raw_tools = Read(tools, false);
  ASSERT_NE(raw_tools.labels[Index(raw_tools, "exporting")], "acl");
  const Reading t = Read(tools, true);
  const int exporting = Index(t, "exporting");
  EXPECT_NE(t.labels[exporting], "amod");
  EXPECT_EQ(t.heads[Index(t, "tools")], exporting);
  EXPECT_EQ(t.labels[Index(t, "tools")], "obj");
  EXPECT_EQ(t.heads[Index(t, "controlled")], Index(t, "tools"));
  // The word before the hyphen, hung beside the phrase, describes the
  // participle; its "of" introduces the phrase.
  const std::string delivery =
      "The two sides may also have discussed the delivery of Russian-made air-defence systems to the LNA.";
  const Reading raw_delivery = Read(delivery, false);
  ASSERT_NE(raw_delivery.labels[Index(raw_delivery, "made")], "amod");
  const Reading d = Read(delivery, true);
  const int made = Index(d, "made"), systems = Index(d, "systems");
  EXPECT_EQ(d.heads[made], systems);
  EXPECT_EQ(d.heads[Index(d, "Russian")], made);
  EXPECT_EQ(d.heads[Index(d, "of")], systems);
  EXPECT_EQ(d.heads[systems], Index(d, "delivery"));
  // A participle with a subject of its own is a clause the repair leaves.
  const Reading same = Read("Police arrested Hideki Moriyama, president of Yokohama-based Kanto Seiki Trading Co.", true);
  const Reading same_raw = Read("Police arrested Hideki Moriyama, president of Yokohama-based Kanto Seiki Trading Co.", false);
  EXPECT_EQ(same.heads, same_raw.heads);
}

// "a condition that Yerevan has so far refused to meet": "has" read as a
// main verb with the participle as its clause is the participle's auxiliary;
// "The UK has today sanctioned": so is one before a day word the parser made
// the participle's subject, which then modifies the participle.
TEST_F(PredicateRepairTest, HaveBeforeAParticipleItGovernsIsItsAuxiliary) {
  // Each sentence is one the parser misreads without the repair (checked
  // first): "has" a verb.
  const auto auxiliary_of = [&](const std::string& text, const std::string& participle) {
    const Reading raw = Read(text, false);
    EXPECT_EQ(raw.tags[Index(raw, "has")], "VERB");
    const Reading r = Read(text, true);
    const int has = Index(r, "has"), verb = Index(r, participle);
    EXPECT_EQ(r.tags[has], "AUX");
    EXPECT_EQ(r.heads[has], verb);
    EXPECT_EQ(r.labels[has], "aux");
    return std::pair{raw, r};
  };
  const std::string refused =
      "Bayramov said Baku still insisted that Armenia amend its constitution to remove what Azerbaijan considers "
      "territorial claims, a condition that Yerevan has so far refused to meet, saying a referendum could not take "
      "place before 2027.";
  const auto [raw, r] = auxiliary_of(refused, "refused");
  ASSERT_EQ(raw.heads[Index(raw, "refused")], Index(raw, "has"));
  EXPECT_EQ(r.heads[Index(r, "Yerevan")], Index(r, "refused"));
  EXPECT_EQ(r.labels[Index(r, "refused")], raw.labels[Index(raw, "has")]);
  const std::string sanctioned =
      "The UK has today sanctioned five senior Georgian officials, including the Interior Minister, over the "
      "brutal treatment of protesters.";
  const auto [raw_day, d] = auxiliary_of(sanctioned, "sanctioned");
  ASSERT_EQ(raw_day.labels[Index(raw_day, "today")], "nsubj");
  EXPECT_EQ(d.heads[Index(d, "UK")], Index(d, "sanctioned"));
  EXPECT_EQ(d.labels[Index(d, "UK")], "nsubj");
  EXPECT_EQ(d.heads[Index(d, "today")], Index(d, "sanctioned"));
  EXPECT_EQ(d.labels[Index(d, "today")], "advmod");
  EXPECT_EQ(d.labels[Index(d, "sanctioned")], "root");
}

// "Taliban forces clashed": a plural noun read as a verb whose complement is
// the past verb after it is the subject of that verb.
TEST_F(PredicateRepairTest, APluralNounReadAsAVerbBeforeAPastVerbIsItsSubject) {
  const std::string text = "Taliban forces clashed with Pakistani border guards near Chaman on Sunday, officials said.";
  const Reading raw = Read(text, false);
  ASSERT_EQ(raw.tags[1], "VERB") << "the tagger reads this noun right now; pick another";
  ASSERT_EQ(raw.labels[2], "xcomp");
  const Reading r = Read(text, true);
  EXPECT_EQ(r.tags[1], "NOUN");
  EXPECT_EQ(r.heads[1], 2);
  EXPECT_EQ(r.labels[1], "nsubj");
  EXPECT_EQ(r.tags[2], "VERB");
  // "He gets paid": no noun before the verb, no second reading.
  const Reading pronoun = Read("He gets paid on Fridays.", true);
  EXPECT_EQ(pronoun.tags, Read("He gets paid on Fridays.", false).tags);
}

// "Speaking after the vote, Iran's representative, Amir Saeid Iravani,
// accused …": the subject the parser hung inside the opening participle
// clause becomes the finite verb's, and that verb the root.
TEST_F(PredicateRepairTest, ASubjectHungInsideAnOpeningParticipleClauseIsTheVerbs) {
  const std::string text =
      "Speaking after the vote, Iran's representative, Amir Saeid Iravani, accused the three European "
      "countries of abusing the mechanism.";
  const Reading raw = Read(text, false);
  const int representative = Index(raw, "representative"), accused = Index(raw, "accused");
  ASSERT_NE(raw.heads[representative], accused) << "the parser reads this subject right now; pick another";
  const Reading r = Read(text, true);
  EXPECT_EQ(r.root, accused);
  EXPECT_EQ(r.heads[representative], accused);
  EXPECT_EQ(r.labels[representative], "nsubj");
  EXPECT_EQ(r.heads[0], accused);
  EXPECT_EQ(r.labels[0], "advcl");
  EXPECT_NE(r.labels[Index(r, "Iravani")], "conj");
  // A subject the parser found keeps its reading.
  const std::string plain = "Speaking to reporters, the minister said the talks had failed.";
  EXPECT_EQ(Read(plain, true).heads, Read(plain, false).heads);
}

TEST_F(PredicateRepairTest, RetagKeepsThePrefixAndScoreLossIsZeroForTheChosenTag) {
  std::vector<std::string> words;
  std::vector<WordInfo> info = Describe("Italian police arrest around 150 people.", &words);
  const int n = static_cast<int>(info.size());
  std::vector<uint8_t> tags(n);
  pos_->Tag(info.data(), n, tags.data());
  const int verb = pos_->TagId("VERB");
  for (int i = 0; i < n; ++i) {
    EXPECT_EQ(pos_->ScoreLoss(info.data(), n, tags.data(), i, tags[i]), 0.0f);
  }
  std::vector<uint8_t> retagged = tags;
  pos_->Retag(info.data(), n, 2, static_cast<uint8_t>(verb), retagged.data());
  EXPECT_EQ(retagged[0], tags[0]);
  EXPECT_EQ(retagged[1], tags[1]);
  EXPECT_EQ(retagged[2], verb);
  // Retagging a word with the tag it has reproduces the tagger's reading.
  std::vector<uint8_t> same = tags;
  pos_->Retag(info.data(), n, 2, tags[2], same.data());
  EXPECT_EQ(same, tags);
  if (tags[2] != verb) {
    EXPECT_GT(pos_->ScoreLoss(info.data(), n, tags.data(), 2, verb), 0.0f);
  }
}

}  // namespace
}  // namespace dossier::nlp
