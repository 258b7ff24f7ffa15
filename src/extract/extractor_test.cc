#include "extract/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <tuple>

#include <unistd.h>

namespace dossier::extract {
namespace {

const char* kCountries =
    "PRK\tNorth Korea\tDPRK\tNorth Korean\tPyongyang\t\n"
    "IRN\tIran\t\tIranian\tTehran\t\n"
    "USA\tUnited States\tUS|U.S.\tAmerican\tWashington\t\n"
    "RUS\tRussia\t\tRussian\tMoscow\t\n";
const char* kOrgs =
    "org:cia\tPublicBody\tCentral Intelligence Agency\tCIA\tUSA\t\tintelligence\n"
    "org:un\tPublicBody\tUnited Nations\tUN\t\t\tigo\n";
const char* kPeople = "person:donald-trump\tDonald Trump\t\tUSA\tpresident\n";
const char* kRoles = "person:donald-trump\tleader_of\tcountry:USA\tPresident\t2017-01-20\t2021-01-20\n";

class ExtractorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto kb = kb::KnowledgeBase::FromTables(kCountries, kOrgs, kPeople, kRoles);
    ASSERT_TRUE(kb.ok());
    kb_ = std::move(*kb);
    gaz_ = kb::Gazetteer::Build(*kb_);
    auto cues = link::Cues::Load(DOSSIER_SOURCE_DIR);
    ASSERT_TRUE(cues.ok());
    cues_ = std::move(*cues);
    linker_ = std::make_unique<link::Linker>(*kb_, *gaz_, *cues_);
    // The rules alone: the trained type model has its own test below.
    auto ex = Extractor::Load(DOSSIER_SOURCE_DIR, *linker_, /*rules_only=*/true);
    ASSERT_TRUE(ex.ok()) << ex.status().ToString();
    extractor_ = std::move(*ex);
  }

  Extraction Run(const std::string& text, std::vector<TimeAnchor> anchors = {}) {
    text_ = text;
    seg_ = text::Segment(text_);
    linking_ = linker_->Link(text_, seg_, "2017-11-29");
    Extraction x = extractor_->Extract(text_, seg_, linking_, anchors, "2017-11-29");
    groups_ = x.groups;
    return x;
  }

  // Runs with a hand-made analysis: one (UPOS, head, relation) per token,
  // heads as sentence-local indexes (-1 = root).
  Extraction RunParsed(const std::string& text,
                       const std::vector<std::tuple<const char*, int, const char*>>& parse,
                       const std::vector<std::pair<size_t, const char*>>& lemmas = {},
                       std::vector<TimeAnchor> anchors = {}) {
    text_ = text;
    seg_ = text::Segment(text_);
    linking_ = linker_->Link(text_, seg_, "2017-11-29");
    analysis_ = {};
    analysis_.tokens.resize(seg_.tokens.size());
    EXPECT_EQ(parse.size(), seg_.tokens.size());
    for (size_t k = 0; k < parse.size() && k < seg_.tokens.size(); ++k) {
      const auto& [pos, head, dep] = parse[k];
      analysis_.tokens[k].pos = pos;
      analysis_.tokens[k].head = head;
      analysis_.tokens[k].dep = dep;
    }
    for (const auto& [k, lemma] : lemmas) analysis_.tokens.at(k).lemma = lemma;
    Extraction x = extractor_->Extract(text_, seg_, linking_, anchors, "2017-11-29", &analysis_);
    groups_ = x.groups;
    return x;
  }

  // The first event of `type` (told in sentence `sentence`, when given), or
  // nullptr.
  static const Event* FirstEvent(const Extraction& x, std::string_view type, int sentence = -1) {
    const auto it = std::find_if(x.events.begin(), x.events.end(), [&](const Event& e) {
      return e.event == type && (sentence < 0 || e.sentence == static_cast<uint32_t>(sentence));
    });
    return it == x.events.end() ? nullptr : &*it;
  }

  // How many events of `type` an extraction holds.
  static long Count(const Extraction& x, std::string_view type) {
    return std::count_if(x.events.begin(), x.events.end(),
                         [&](const Event& e) { return e.event == type; });
  }

  // Whether `x` relates the entities with these ids.
  bool HasRelation(const Extraction& x, const std::string& s, const std::string& p, const std::string& o) const {
    return std::any_of(x.relations.begin(), x.relations.end(), [&](const Relation& r) {
      return linking_.entities[r.subject].id == s && r.predicate == p && linking_.entities[r.object].id == o;
    });
  }

  std::vector<std::string> Ids(const std::vector<int>& es) {
    std::vector<std::string> out;
    const int named = static_cast<int>(linking_.entities.size());
    for (int e : es) out.push_back(e < named ? linking_.entities[e].id : groups_.at(e - named).id);
    return out;
  }

  std::vector<link::DocEntity> groups_;  // of the last run (Extraction::groups)
  std::unique_ptr<kb::KnowledgeBase> kb_;
  std::unique_ptr<kb::Gazetteer> gaz_;
  std::unique_ptr<link::Cues> cues_;
  std::unique_ptr<link::Linker> linker_;
  std::unique_ptr<Extractor> extractor_;
  std::string text_;
  text::Segmentation seg_;
  link::Linking linking_;
  nlp::Analysis analysis_;
};

using V = std::vector<std::string>;

TEST_F(ExtractorTest, CodesVerbEventsWithArguments) {
  Extraction x = Run("North Korea supplied Iran with missiles.");
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(x.events[0].event, "AID");
  EXPECT_EQ(x.events[0].cameo, "072");
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:PRK"});
  EXPECT_EQ(Ids(x.events[0].recipient), V{"country:IRN"});
  EXPECT_EQ(x.events[0].modality, "asserted");
  EXPECT_EQ(x.events[0].date, "2017-11-29");  // undated: the document date
  EXPECT_EQ(x.events[0].date_source, "document");
}

TEST_F(ExtractorTest, ModalityAttributionAndDates) {
  std::string text = "According to US officials, Iran may have visited Pyongyang in August.";
  size_t at = text.find("August");
  Extraction x = Run(text, {{{static_cast<uint32_t>(at), static_cast<uint32_t>(at + 6)}, "2017-08"}});
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(x.events[0].modality, "hedged");
  EXPECT_EQ(Ids(x.events[0].attributed_to), V{"country:USA"});
  EXPECT_EQ(x.events[0].date, "2017-08");
  EXPECT_EQ(x.events[0].date_source, "timex");
  EXPECT_EQ(Run("Russia did not attack Iran.").events.at(0).modality, "negated");
  EXPECT_EQ(Run("Russia would attack Iran.").events.at(0).modality, "hypothetical");
}

TEST_F(ExtractorTest, NounTriggersTakePossessorsAndBetween) {
  Extraction x = Run("North Korea's missile test worried Russia. Talks between Iran and Russia began.");
  ASSERT_EQ(x.events.size(), 2u);
  EXPECT_EQ(x.events[0].event, "MOBILIZE");
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:PRK"});
  EXPECT_EQ(x.events[1].event, "CONSULT");
  EXPECT_EQ(Ids(x.events[1].actor), (V{"country:IRN", "country:RUS"}));
  EXPECT_EQ(Ids(x.events[1].recipient), (V{"country:IRN", "country:RUS"}));
}

TEST_F(ExtractorTest, OneEventToldTwiceIsOneEventWithEvidence) {
  std::string text = "Russia attacked Iran in August. In August, Russia attacked Iran again. Russia attacked Iran.";
  std::vector<TimeAnchor> anchors;
  for (size_t at = text.find("August"); at != std::string::npos; at = text.find("August", at + 1)) {
    anchors.push_back({{static_cast<uint32_t>(at), static_cast<uint32_t>(at + 6)}, "2017-08"});
  }
  Extraction x = Run(text, anchors);
  ASSERT_EQ(x.events.size(), 2u);  // the undated third telling stays apart
  ASSERT_EQ(x.events[0].evidence.size(), 1u);
  EXPECT_EQ(x.events[0].evidence[0].sentence, 1u);
  EXPECT_TRUE(x.events[1].evidence.empty());
}

TEST_F(ExtractorTest, AClauseADayAfterIsDatedADayBefore) {
  const std::string text =
      "Iran attacked Russia on Tuesday, a day after Russia attacked Iran. Two days after the talks, Iran attacked "
      "Russia.";
  // (The time tagger's anchors: the date and the durations "a day", "Two days".)
  const auto span = [&](const std::string& words) {
    const size_t at = text.find(words);
    return base::Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())};
  };
  Extraction x = Run(text, {{span("Tuesday"), "2017-11-28"}, {span("a day"), "P1D"}, {span("Two days"), "P2D"}});
  std::vector<std::pair<std::string, std::string>> dated;  // (actor, date)
  for (const Event& e : x.events) {
    if (e.event == "ASSAULT") dated.emplace_back(Ids(e.actor).front(), e.date);
  }
  // The main clause keeps its date; the clause "a day after" is a day before
  // it; a main clause after a comma-set "two days after" phrase is the
  // document's day.
  EXPECT_EQ(dated, (std::vector<std::pair<std::string, std::string>>{
                       {"country:IRN", "2017-11-28"}, {"country:RUS", "2017-11-27"}, {"country:IRN", "2017-11-29"}}));
}

// "later signed" is later that day; the same act of the same actor told
// again right after with no date of its own is of the first telling's day;
// "until 2027" dates no act.
TEST_F(ExtractorTest, ActsToldLaterOrAgainTakeTheDayBefore) {
  const std::string text =
      "Iran met Russia on Tuesday. Iran and Russia later signed an agreement lasting until 2027. "
      "North Korea sanctioned Iran on Monday. North Korea sanctioned Russia too.";
  const auto span = [&](const std::string& words) {
    const size_t at = text.find(words);
    return base::Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())};
  };
  Extraction x = Run(text, {{span("Tuesday"), "2017-11-28"}, {span("2027"), "2027"}, {span("Monday"), "2017-11-27"}});
  const Event* agree = FirstEvent(x, "AGREE");
  ASSERT_NE(agree, nullptr);
  EXPECT_EQ(agree->date, "2017-11-28");
  const Event* again = FirstEvent(x, "SANCTION", 3);
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->date, "2017-11-27");
}

TEST_F(ExtractorTest, TriggersNeedTheirContextWords) {
  EXPECT_TRUE(Run("Iran tested the patience of Russia.").events.empty());
  EXPECT_TRUE(Run("The test of wills continued.").events.empty());
}

TEST_F(ExtractorTest, AMeetingsPlaceIsNotItsOtherSide) {
  // "in Pyongyang" is where Iran met, not whom.
  auto x = RunParsed("Iran met in Pyongyang.", {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"ADP", 3, "case"},
                                                {"PROPN", 1, "obl"}, {"PUNCT", 1, "punct"}});
  ASSERT_EQ(Count(x, "CONSULT"), 1);
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:IRN"});
  EXPECT_TRUE(x.events[0].recipient.empty());
  // "with" still names the other side.
  x = RunParsed("Iran met with Pyongyang.", {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"ADP", 3, "case"},
                                             {"PROPN", 1, "obl"}, {"PUNCT", 1, "punct"}});
  ASSERT_EQ(Count(x, "CONSULT"), 1);
  EXPECT_EQ(Ids(x.events[0].recipient), V{"country:PRK"});
}

TEST_F(ExtractorTest, UnnamedGroupsFillEmptyParties) {
  auto x = RunParsed("Gunmen killed 12 villagers.", {{"NOUN", 1, "nsubj"}, {"VERB", -1, "root"},
                                                     {"NUM", 3, "nummod"}, {"NOUN", 1, "obj"},
                                                     {"PUNCT", 1, "punct"}});
  ASSERT_EQ(Count(x, "ASSAULT"), 1);
  EXPECT_EQ(Ids(x.events[0].actor), V{"group:gunmen"});
  EXPECT_EQ(Ids(x.events[0].recipient), V{"group:villagers"});
  ASSERT_EQ(x.groups.size(), 2u);
  EXPECT_EQ(x.groups[1].name, "12 villagers");
  EXPECT_EQ(x.groups[1].type, "Thing");
  EXPECT_EQ(x.groups[1].aliases, V{"villagers"});
  // A named party keeps its place; a headline's participle has no actor.
  x = RunParsed("Iran arrested protesters.", {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"},
                                              {"NOUN", 1, "obj"}, {"PUNCT", 1, "punct"}});
  ASSERT_EQ(Count(x, "COERCE"), 1);
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:IRN"});
  EXPECT_EQ(Ids(x.events[0].recipient), V{"group:protesters"});
  x = RunParsed("Three soldiers killed in Iran.", {{"NUM", 1, "nummod"}, {"NOUN", 2, "nsubj"},
                                                   {"VERB", -1, "root"}, {"ADP", 4, "case"},
                                                   {"PROPN", 2, "obl"}, {"PUNCT", 2, "punct"}});
  for (const Event& e : x.events) EXPECT_TRUE(e.actor.empty()) << e.event;
}

TEST_F(ExtractorTest, ANameJoinedToAnOriginParticipleIsNoParty) {
  // "Iranian-made drones" are no Iranian target.
  auto x = RunParsed("North Korea shot down Iranian-made drones.",
                     {{"PROPN", 1, "compound"}, {"PROPN", 2, "nsubj"}, {"VERB", -1, "root"},
                      {"ADP", 2, "compound:prt"}, {"ADJ", 6, "compound"}, {"PUNCT", 6, "punct"},
                      {"VERB", 7, "amod"}, {"NOUN", 2, "obj"}, {"PUNCT", 2, "punct"}});
  ASSERT_EQ(Count(x, "ASSAULT"), 1);
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:PRK"});
  EXPECT_TRUE(x.events[0].recipient.empty());
}

TEST_F(ExtractorTest, VerbArgumentsComeFromTheParse) {
  // The parse decides who acts: the same words with subject and object swapped
  // swap actor and recipient.
  const std::string text = "Russia supplied Iran with drones.";
  auto x = RunParsed(text, {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"PROPN", 1, "obj"},
                            {"ADP", 4, "case"}, {"NOUN", 1, "obl"}, {"PUNCT", 1, "punct"}});
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:RUS"});
  EXPECT_EQ(Ids(x.events[0].recipient), V{"country:IRN"});
  x = RunParsed(text, {{"PROPN", 1, "obj"}, {"VERB", -1, "root"}, {"PROPN", 1, "nsubj"},
                       {"ADP", 4, "case"}, {"NOUN", 1, "obl"}, {"PUNCT", 1, "punct"}});
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:IRN"});
  EXPECT_EQ(Ids(x.events[0].recipient), V{"country:RUS"});
}

TEST_F(ExtractorTest, AWeaponFiredInAnAttackIsNoShowOfForce) {
  auto types = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const Event& e : Run(text).events) out.push_back(e.event);
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(types("North Korea launched a ballistic missile."), V{"MOBILIZE"});
  const std::vector<std::string> attack = types("North Korea launched a ballistic missile, killing five people in Iran.");
  EXPECT_NE(std::find(attack.begin(), attack.end(), "ASSAULT"), attack.end());
  EXPECT_EQ(std::find(attack.begin(), attack.end(), "MOBILIZE"), attack.end());
}

TEST_F(ExtractorTest, ClaimedTriggersAreTheSpeakersAccusation) {
  // "Iran says Russia violated the ceasefire": the speaker accuses the
  // violator; the same clause told by the news itself is no event.
  auto x = RunParsed("Iran says Russia violated the ceasefire.",
                     {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"PROPN", 3, "nsubj"},
                      {"VERB", 1, "ccomp"}, {"DET", 5, "det"}, {"NOUN", 3, "obj"},
                      {"PUNCT", 1, "punct"}});
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(x.events[0].event, "ACCUSE");
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:IRN"});
  EXPECT_EQ(Ids(x.events[0].recipient), V{"country:RUS"});
  x = RunParsed("Russia violated the ceasefire.",
                {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"DET", 3, "det"},
                 {"NOUN", 1, "obj"}, {"PUNCT", 1, "punct"}});
  EXPECT_TRUE(x.events.empty());
}

TEST_F(ExtractorTest, ParsedPassivesAndSharedSubjects) {
  // "Iran was sanctioned by Russia on Tuesday": the agent acts on the subject.
  auto x = RunParsed("Iran was sanctioned by Russia on Tuesday.",
                     {{"PROPN", 2, "nsubj:pass"}, {"AUX", 2, "aux:pass"}, {"VERB", -1, "root"},
                      {"ADP", 4, "case"}, {"PROPN", 2, "obl:agent"}, {"ADP", 6, "case"},
                      {"PROPN", 2, "obl"}, {"PUNCT", 2, "punct"}});
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(x.events[0].event, "SANCTION");
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:RUS"});
  EXPECT_EQ(Ids(x.events[0].recipient), V{"country:IRN"});
  // "Russia agreed to supply Iran": the open complement shares the subject.
  x = RunParsed("Russia agreed to supply Iran with drones.",
                {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"PART", 3, "mark"},
                 {"VERB", 1, "xcomp"}, {"PROPN", 3, "obj"}, {"ADP", 6, "case"}, {"NOUN", 3, "obl"},
                 {"PUNCT", 1, "punct"}});
  const auto aid = std::find_if(x.events.begin(), x.events.end(),
                                [](const Event& e) { return e.event == "AID"; });
  ASSERT_NE(aid, x.events.end());
  EXPECT_EQ(Ids(aid->actor), V{"country:RUS"});
  EXPECT_EQ(Ids(aid->recipient), V{"country:IRN"});
}

TEST_F(ExtractorTest, OnlySentencesWithAVerbTriggerAreParsed) {
  text_ = "Russia supplied Iran with drones. The weather was fine in Moscow. Iran's attack failed.";
  seg_ = text::Segment(text_);
  linking_ = linker_->Link(text_, seg_, "2017-11-29");
  EXPECT_EQ(extractor_->SentencesToParse(text_, seg_, linking_, nullptr),
            (std::vector<uint8_t>{1, 0, 0}));  // a noun trigger needs no parse
}

// A verb trigger the tagger read as a noun after its subject's noun, in a
// sentence left without a verb, is parsed: the parser may read it again.
TEST_F(ExtractorTest, HeadlineVerbsReadAsNounsAreParsed) {
  text_ = "Unidentified gunmen kill at least twelve guards in Russia.";
  seg_ = text::Segment(text_);
  linking_ = linker_->Link(text_, seg_, "2017-11-29");
  nlp::Analysis a;
  a.tokens.resize(seg_.tokens.size());
  const std::vector<const char*> tags = {"ADJ", "NOUN", "NOUN", "ADP", "ADJ", "NUM",
                                         "NOUN", "ADP", "PROPN", "PUNCT"};
  ASSERT_EQ(tags.size(), seg_.tokens.size());
  for (size_t k = 0; k < tags.size(); ++k) a.tokens[k].pos = tags[k];
  EXPECT_EQ(extractor_->SentencesToParse(text_, seg_, linking_, &a), (std::vector<uint8_t>{1}));
}

TEST_F(ExtractorTest, AnnouncedCooperationIsTheAnnouncedAct) {
  auto x = Run("Russia will supply Iran with drones.");
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(x.events[0].event, "AID");
  // The announced decision: still to come, the act as the guide codes it.
  EXPECT_EQ(x.events[0].modality, "hypothetical");
  EXPECT_TRUE(x.events[0].announced);
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:RUS"});
  EXPECT_EQ(Ids(x.events[0].recipient), V{"country:IRN"});
  // A forecast by others is no decision of the actor's.
  x = Run("Analysts expected that Russia would supply Iran with drones.");
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(x.events[0].modality, "hypothetical");
  EXPECT_FALSE(x.events[0].announced);
}

// "Russia praised Trump, who was arrested by Iran": a "who" clause is a
// relative clause (backdrop) even where the parser joined it to the main
// clause as a conjunct.
TEST_F(ExtractorTest, WhoClauseParsedAsConjunctIsStillRelative) {
  const std::string text = "Russia praised Trump, who was arrested by Iran.";
  auto as_conjunct = RunParsed(
      text, {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"PROPN", 1, "obj"}, {"PUNCT", 6, "punct"},
             {"PRON", 6, "nsubj:pass"}, {"AUX", 6, "aux:pass"}, {"VERB", 1, "conj"}, {"ADP", 8, "case"},
             {"PROPN", 6, "obl:agent"}, {"PUNCT", 1, "punct"}});
  for (const Event& e : as_conjunct.events) EXPECT_NE(e.event, "COERCE") << "backdrop arrest coded";
  auto as_relative = RunParsed(
      text, {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"PROPN", 1, "obj"}, {"PUNCT", 6, "punct"},
             {"PRON", 6, "nsubj:pass"}, {"AUX", 6, "aux:pass"}, {"VERB", 2, "acl:relcl"},
             {"ADP", 8, "case"}, {"PROPN", 6, "obl:agent"}, {"PUNCT", 1, "punct"}});
  for (const Event& e : as_relative.events) EXPECT_NE(e.event, "COERCE");
  // The same clause without the pronoun is the main clause's second act.
  auto coordinated = RunParsed(
      "Russia praised Trump and arrested Iran's envoy.",
      {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"PROPN", 1, "obj"}, {"CCONJ", 4, "cc"},
       {"VERB", 1, "conj"}, {"PROPN", 7, "nmod:poss"}, {"PART", 5, "case"}, {"NOUN", 4, "obj"},
       {"PUNCT", 1, "punct"}});
  EXPECT_TRUE(std::any_of(coordinated.events.begin(), coordinated.events.end(),
                          [](const Event& e) { return e.event == "COERCE"; }));
}

// "…, which Kabul denies": a denial in a relative clause on what the main
// clause claims is news, an arrest in one is backdrop.
TEST_F(ExtractorTest, ADenialInARelativeClauseIsTheDeniersAnswer) {
  auto x = RunParsed(
      "Russia accused Iran of spying, which Iran denies.",
      {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"PROPN", 1, "obj"}, {"SCONJ", 4, "mark"},
       {"VERB", 1, "advcl"}, {"PUNCT", 8, "punct"}, {"PRON", 8, "obj"}, {"PROPN", 8, "nsubj"},
       {"VERB", 4, "acl:relcl"}, {"PUNCT", 1, "punct"}});
  const auto denial = std::find_if(x.events.begin(), x.events.end(),
                                   [](const Event& e) { return e.event == "REJECT"; });
  ASSERT_NE(denial, x.events.end());
  EXPECT_EQ(Ids(denial->actor), V{"country:IRN"});
  auto arrest = RunParsed(
      "Russia praised Trump, whom Iran arrested.",
      {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"PROPN", 1, "obj"}, {"PUNCT", 6, "punct"},
       {"PRON", 6, "obj"}, {"PROPN", 6, "nsubj"}, {"VERB", 2, "acl:relcl"}, {"PUNCT", 1, "punct"}});
  for (const Event& e : arrest.events) EXPECT_NE(e.event, "COERCE") << "backdrop arrest coded";
}

// "places a US$5 million bounty on": the light verb's subject acts, past the
// amount before the noun (a currency sign, not a name).
TEST_F(ExtractorTest, AnAmountBeforeANounTriggerKeepsItsActor) {
  for (const std::string text : {"Iran places a US$5 million bounty on Donald Trump.",
                                 "Iran places a $5 million bounty on Donald Trump."}) {
    auto x = Run(text);
    const auto bounty = std::find_if(x.events.begin(), x.events.end(),
                                     [](const Event& e) { return e.event == "ACCUSE"; });
    ASSERT_NE(bounty, x.events.end()) << text;
    EXPECT_EQ(Ids(bounty->actor), V{"country:IRN"}) << text;
  }
}

// "releases a video showing a hostage" frees nobody; "releases a hostage" does.
TEST_F(ExtractorTest, ARecordReleasedIsNoRelease) {
  EXPECT_EQ(Count(Run("Russia released a video showing an Iranian hostage."), "RETREAT"), 0);
  EXPECT_EQ(Count(Run("Russia released an Iranian hostage."), "RETREAT"), 1);
  EXPECT_EQ(Count(RunParsed("Russia releases a video of a hostage.",
                            {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"DET", 3, "det"},
                             {"NOUN", 1, "obj"}, {"ADP", 6, "case"}, {"DET", 6, "det"},
                             {"NOUN", 3, "nmod"}, {"PUNCT", 1, "punct"}}), "RETREAT"),
            0);
}

// PLOVER's resign mode is for government office: leaving the BBC is no RETREAT.
TEST_F(ExtractorTest, ResigningFromAnOrganisationIsNoRetreat) {
  EXPECT_EQ(Count(Run("The Iranian foreign minister resigned from the BBC."), "RETREAT"), 0);
  EXPECT_EQ(Count(Run("The Iranian foreign minister resigned from the government of Iran."), "RETREAT"), 1);
}

// The modality cues of a relative clause on the subject ("who allegedly
// planned") belong to that clause, not to the main verb.
TEST_F(ExtractorTest, ARelativeClausesCuesDoNotHedgeTheMainVerb) {
  auto x = RunParsed("Four members of Hamas who allegedly planned the attack were arrested by Israel.",
                     {{"NUM", 1, "nummod"}, {"NOUN", 10, "nsubj:pass"}, {"ADP", 3, "case"},
                      {"PROPN", 1, "nmod"}, {"PRON", 6, "nsubj"}, {"ADV", 6, "advmod"},
                      {"VERB", 1, "acl:relcl"}, {"DET", 8, "det"}, {"NOUN", 6, "obj"},
                      {"AUX", 10, "aux:pass"}, {"VERB", -1, "root"}, {"ADP", 12, "case"},
                      {"PROPN", 10, "obl:agent"}, {"PUNCT", 10, "punct"}});
  const auto arrest = std::find_if(x.events.begin(), x.events.end(),
                                   [](const Event& e) { return e.event == "COERCE"; });
  ASSERT_NE(arrest, x.events.end());
  EXPECT_EQ(arrest->modality, "asserted");
}

// A court's order to pay damages is its verdict; an amount between the verb and
// the word the trigger needs ("14.3 billion kr (1.5 billion dollars)") is no
// distance: numbers, signs and brackets are not counted.
TEST_F(ExtractorTest, AnOrderToPayDamagesIsAVerdict) {
  auto x = RunParsed("A court in Iran ordered Russia to pay 14.3 billion kr (1.5 billion dollars) to them in damages.",
                     {{"DET", 1, "det"}, {"NOUN", 4, "nsubj"}, {"ADP", 3, "case"}, {"PROPN", 1, "nmod"},
                      {"VERB", -1, "root"}, {"PROPN", 4, "obj"}, {"PART", 7, "mark"}, {"VERB", 4, "xcomp"},
                      {"NUM", 9, "compound"}, {"NUM", 10, "nummod"}, {"NOUN", 7, "obj"},
                      {"PUNCT", 14, "punct"}, {"NUM", 13, "compound"}, {"NUM", 14, "nummod"},
                      {"NOUN", 10, "appos"}, {"PUNCT", 14, "punct"}, {"ADP", 17, "case"},
                      {"PRON", 7, "obl"}, {"ADP", 19, "case"}, {"NOUN", 7, "obl"}, {"PUNCT", 4, "punct"}});
  const auto verdict = std::find_if(x.events.begin(), x.events.end(),
                                    [](const Event& e) { return e.event == "SANCTION"; });
  ASSERT_NE(verdict, x.events.end());
  EXPECT_EQ(Ids(verdict->recipient), V{"country:RUS"});
}

// An attack another party helps carry out is also their cooperation.
TEST_F(ExtractorTest, AnAssistedAttackIsAlsoCooperation) {
  const auto joint_actors = [&](const Extraction& x) {
    const auto joint = std::find_if(x.events.begin(), x.events.end(),
                                    [](const Event& e) { return e.event == "COOPERATE"; });
    return joint == x.events.end() ? V{} : Ids(joint->actor);
  };
  EXPECT_EQ(joint_actors(RunParsed("Iran attacked the US with the military assistance of Russia.",
                                   {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"DET", 3, "det"},
                                    {"PROPN", 1, "obj"}, {"ADP", 7, "case"}, {"DET", 7, "det"},
                                    {"ADJ", 7, "amod"}, {"NOUN", 1, "obl"}, {"ADP", 9, "case"},
                                    {"PROPN", 7, "nmod"}, {"PUNCT", 1, "punct"}})),
            (V{"country:IRN", "country:RUS"}));
  EXPECT_EQ(joint_actors(RunParsed("Iran, backed by Russia, attacked the US.",
                                   {{"PROPN", 6, "nsubj"}, {"PUNCT", 2, "punct"}, {"VERB", 0, "acl"},
                                    {"ADP", 4, "case"}, {"PROPN", 2, "obl:agent"}, {"PUNCT", 2, "punct"},
                                    {"VERB", -1, "root"}, {"DET", 8, "det"}, {"PROPN", 6, "obj"},
                                    {"PUNCT", 6, "punct"}})),
            (V{"country:IRN", "country:RUS"}));
  EXPECT_TRUE(joint_actors(Run("Iran attacked the US with drones.")).empty());
}

// "…, killing five people and arresting 19": the participle joined to one
// after a comma belongs to the main clause too (its subject's act, or an
// accident's outcome).
TEST_F(ExtractorTest, AParticipleJoinedToAParticipleClauseIsItsToo) {
  auto x = Run("Russian forces attacked Iran, killing five people and arresting 19 people.");
  EXPECT_EQ(Count(x, "COERCE"), 1);
  auto crash = Run("A bus crashed into a truck in Russia, killing 12 people and injuring ten more.");
  EXPECT_EQ(Count(crash, "ASSAULT"), 0);
}

// A deportation to a named state is also legal cooperation with it.
TEST_F(ExtractorTest, ADeportationToAStateIsAlsoCooperation) {
  const auto cooperation = [&](const Extraction& x) {
    const auto c = std::find_if(x.events.begin(), x.events.end(),
                                [](const Event& e) { return e.event == "COOPERATE"; });
    return c == x.events.end() ? V{} : Ids(c->recipient);
  };
  EXPECT_EQ(cooperation(Run("The United States deported forty men to Russia.")), V{"country:RUS"});
  EXPECT_TRUE(cooperation(Run("The United States deported forty men.")).empty());
  EXPECT_TRUE(cooperation(Run("The United States expelled forty Russian diplomats.")).empty());
}

// A deportation to a state named past a description in apposition is also
// legal cooperation with that state, which is no one deported; an
// extradition is cooperation alone (the labelling guide).
TEST_F(ExtractorTest, ADeportationPastAnAppositionReachesTheReceivingState) {
  auto x = Run("Russia deported Ivan Petrov, a senior commander of the gang, to the United States.");
  const Event* coerce = FirstEvent(x, "COERCE");
  ASSERT_NE(coerce, nullptr);
  EXPECT_EQ(coerce->mode, "deport");
  EXPECT_TRUE(std::none_of(coerce->recipient.begin(), coerce->recipient.end(),
                           [&](int r) { return linking_.entities[r].id == "country:USA"; }));
  const Event* legal = FirstEvent(x, "COOPERATE");
  ASSERT_NE(legal, nullptr);
  EXPECT_EQ(Ids(legal->recipient), V{"country:USA"});
  auto extradition = Run("Russia extradited two men to the United States.");
  EXPECT_EQ(Count(extradition, "COERCE"), 0);
  EXPECT_EQ(Count(extradition, "COOPERATE"), 1);
}

// "In March, Iran filed a case against Russia": a month is no protest march,
// and filing a case against a party accuses it.
TEST_F(ExtractorTest, AMonthsNameIsNoTrigger) {
  auto x = Run("In March, Iran filed a case against Russia at the court.");
  EXPECT_EQ(Count(x, "PROTEST"), 0);
  const Event* accuse = FirstEvent(x, "ACCUSE");
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(Ids(accuse->actor), V{"country:IRN"});
  EXPECT_EQ(Ids(accuse->recipient), V{"country:RUS"});
}

// "approved his arrest": the possessor of a noun of what is done to someone
// is reached by the act, not its actor.
TEST_F(ExtractorTest, HisArrestReachesHim) {
  auto x = Run("Donald Trump said a court in Moscow had approved his arrest.");
  const Event* arrest = FirstEvent(x, "COERCE");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(Ids(arrest->recipient), V{"person:donald-trump"});
  EXPECT_TRUE(std::none_of(arrest->actor.begin(), arrest->actor.end(),
                           [&](int a) { return linking_.entities[a].id == "person:donald-trump"; }));
}

// "President X met his Russian counterpart Y": the counterpart of a head of
// state leads his own; a minister's counterpart holds an office in it.
TEST_F(ExtractorTest, AHeadOfStatesCounterpartLeadsHisState) {
  auto x = Run("President Donald Trump met his Russian counterpart Vladimir Putin on Monday.");
  const auto putin = std::find_if(linking_.entities.begin(), linking_.entities.end(),
                                  [](const link::DocEntity& d) { return d.name == "Vladimir Putin"; });
  ASSERT_NE(putin, linking_.entities.end());
  const std::string id = putin->id;
  EXPECT_TRUE(HasRelation(x, id, "leader_of", "country:RUS"));
  EXPECT_FALSE(HasRelation(x, id, "role_in", "country:RUS"));
  auto minister = Run("Foreign Minister Donald Trump met his Russian counterpart Vladimir Putin on Monday.");
  EXPECT_TRUE(HasRelation(minister, id, "role_in", "country:RUS"));
  EXPECT_FALSE(HasRelation(minister, id, "leader_of", "country:RUS"));
}

// A meeting with the other state's side in its own place is a visit there.
TEST_F(ExtractorTest, AMeetingInTheOtherStatesPlaceIsAVisit) {
  auto x = Run("Donald Trump met Russian officials and Russia in Moscow.");
  const Event* visit = FirstEvent(x, "CONSULT");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->mode, "visit");
  auto home = Run("Donald Trump met Russian officials and Russia in Washington.");
  ASSERT_NE(FirstEvent(home, "CONSULT"), nullptr);
  EXPECT_NE(FirstEvent(home, "CONSULT")->mode, "visit");
}

// "five alleged Iranian spies": an attributive allegation accuses nobody.
TEST_F(ExtractorTest, AnAttributiveAllegationIsNoAccusation) {
  EXPECT_EQ(Count(RunParsed("Russia arrested five alleged Iranian spies.",
                            {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"NUM", 5, "nummod"},
                             {"VERB", 5, "amod"}, {"ADJ", 5, "amod"}, {"NOUN", 1, "obj"},
                             {"PUNCT", 1, "punct"}}), "ACCUSE"),
            0);
  EXPECT_EQ(Count(RunParsed("Russia alleged Iranian spying.",
                            {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"ADJ", 3, "amod"},
                             {"NOUN", 1, "obj"}, {"PUNCT", 1, "punct"}}), "ACCUSE"),
            1);
}

// What two parties agree on between themselves is their agreement, not yet
// the act; one party's agreement to act, or two parties' to act on a third,
// is the announced act.
TEST_F(ExtractorTest, AMutualAgreementKeepsItsActHypothetical) {
  // (The modality, and "announced" for the act a party decided on.)
  const auto modality = [](const Extraction& x, const char* type) {
    for (const Event& e : x.events) {
      if (e.event == type) return e.modality + (e.announced ? " announced" : "");
    }
    return std::string("none");
  };
  EXPECT_EQ(modality(Run("Russia and Iran agree to a pause in hostilities."), "RETREAT"), "hypothetical");
  EXPECT_EQ(modality(Run("Russia agrees to a pause in hostilities."), "RETREAT"), "hypothetical announced");
  EXPECT_EQ(modality(Run("The United States and Russia agree to send aid to Iran."), "AID"), "hypothetical announced");
}

// "in Tabriz, East Azerbaijan province, Iran": the state ending a place's
// address is named as a place, not as an agent of the deaths told there.
TEST_F(ExtractorTest, AStateEndingAnAddressIsAPlace) {
  auto x = Run("The toll from the earthquake in Tabriz, East Azerbaijan province, Iran, rises to 100 people "
               "killed and 300 others injured.");
  for (const Event& e : x.events) EXPECT_NE(e.event, "ASSAULT") << e.event;
}

// A visit is a meeting only with someone visited.
TEST_F(ExtractorTest, AVisitNeedsSomeoneVisited) {
  EXPECT_EQ(Count(Run("Russia prepares for Donald Trump's visit to the region."), "CONSULT"), 0);
  EXPECT_EQ(Count(Run("Russia prepares for Donald Trump's visit to Iran."), "CONSULT"), 1);
}

// An international organisation's warning threatens no one; a state's may.
TEST_F(ExtractorTest, AWarningByAnInternationalBodyIsNoThreat) {
  EXPECT_EQ(Count(Run("The United Nations warns Russia of famine."), "THREATEN"), 0);
  EXPECT_EQ(Count(Run("Iran warns Russia of consequences."), "THREATEN"), 1);
}

// A fine that hangs on a court's sentence is part of that sentence.
TEST_F(ExtractorTest, FineInASentenceIsTheSentence) {
  auto x = RunParsed("A court sentenced Trump to ten years in prison and fined him 5 million euros.",
                     {{"DET", 1, "det"}, {"NOUN", 2, "nsubj"}, {"VERB", -1, "root"}, {"PROPN", 2, "obj"},
                      {"ADP", 6, "case"}, {"NUM", 6, "nummod"}, {"NOUN", 2, "obl"}, {"ADP", 8, "case"},
                      {"NOUN", 6, "nmod"}, {"CCONJ", 10, "cc"}, {"VERB", 2, "conj"}, {"PRON", 10, "iobj"},
                      {"NUM", 13, "nummod"}, {"NUM", 14, "nummod"}, {"NOUN", 10, "obj"},
                      {"PUNCT", 2, "punct"}});
  std::vector<std::string> types;
  for (const Event& e : x.events) types.push_back(e.event);
  EXPECT_NE(std::find(types.begin(), types.end(), "SANCTION"), types.end());
  EXPECT_EQ(std::find(types.begin(), types.end(), "COERCE"), types.end());
}

// "Prosecutors announce that they will charge Trump": the pronoun stands for
// the announcing party, so the charge is the announced decision.
TEST_F(ExtractorTest, PronounAnnouncerMakesTheDecision) {
  auto x = RunParsed("Prosecutors announce that they will charge Donald Trump with fraud.",
                     {{"NOUN", 1, "nsubj"}, {"VERB", -1, "root"}, {"SCONJ", 5, "mark"}, {"PRON", 5, "nsubj"},
                      {"AUX", 5, "aux"}, {"VERB", 1, "ccomp"}, {"PROPN", 5, "obj"}, {"PROPN", 6, "flat"},
                      {"ADP", 9, "case"}, {"NOUN", 5, "obl"}, {"PUNCT", 1, "punct"}});
  const auto accuse = std::find_if(x.events.begin(), x.events.end(),
                                   [](const Event& e) { return e.event == "ACCUSE"; });
  ASSERT_NE(accuse, x.events.end());
  EXPECT_EQ(accuse->modality, "hypothetical");
  EXPECT_TRUE(accuse->announced);
}

// A party's claim that another attacked it is an accusation; a claim about
// an attack on a third party, or by one's own side, is not.
TEST_F(ExtractorTest, ClaimsAccuseOnlyForTheSpeakersSide) {
  const std::vector<std::tuple<const char*, int, const char*>> parse = {
      {"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"PROPN", 3, "nsubj"},
      {"VERB", 1, "ccomp"},  {"PROPN", 3, "obj"},  {"PUNCT", 1, "punct"}};
  auto accusations = [this](const Extraction& x) {
    std::vector<std::pair<V, V>> out;
    for (const Event& e : x.events) {
      if (e.event == "ACCUSE") out.emplace_back(Ids(e.actor), Ids(e.recipient));
    }
    return out;
  };
  auto x = RunParsed("Iran claims US attacked Iran.", parse);
  ASSERT_EQ(accusations(x).size(), 1u);
  EXPECT_EQ(accusations(x)[0].first, V{"country:IRN"});
  EXPECT_EQ(accusations(x)[0].second, V{"country:USA"});
  EXPECT_TRUE(accusations(RunParsed("Iran claims US attacked Russia.", parse)).empty());
  EXPECT_TRUE(accusations(RunParsed("Russia claims Russia attacked Iran.", parse)).empty());
}

TEST_F(ExtractorTest, OneTriggerMayCodeTwoTypes) {
  // events.tsv: an ultimatum row flagged "also" lets the REQUEST row fire too.
  auto x = Run("The United States issued an ultimatum to Iran.");
  std::vector<std::string> types;
  for (const Event& e : x.events) types.push_back(e.event);
  EXPECT_EQ(types, (V{"THREATEN", "REQUEST"}));
}

TEST_F(ExtractorTest, ARankedInfinitiveTellsWhatWasDone) {
  // An infinitive after a noun tells a purpose ("a delegation to sign"),
  // after a ranked noun what was done ("the first country to sign").
  auto x = RunParsed("Iran became the first country to sign the treaty.",
                     {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"DET", 4, "det"}, {"ADJ", 4, "amod"},
                      {"NOUN", 1, "xcomp"}, {"PART", 6, "mark"}, {"VERB", 4, "acl"}, {"DET", 8, "det"},
                      {"NOUN", 6, "obj"}, {"PUNCT", 1, "punct"}});
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(x.events[0].event, "AGREE");
  EXPECT_EQ(x.events[0].modality, "asserted");
  x = RunParsed("Iran sent a delegation to sign the treaty.",
                {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"DET", 3, "det"}, {"NOUN", 1, "obj"},
                 {"PART", 5, "mark"}, {"VERB", 3, "acl"}, {"DET", 7, "det"}, {"NOUN", 5, "obj"},
                 {"PUNCT", 1, "punct"}});
  EXPECT_TRUE(x.events.empty());
}

TEST_F(ExtractorTest, ANeededNounBeforeAVerbIsItsObject) {
  // "Sanctions ... are lifted": one CONCEDE, no SANCTION of its own.
  auto x = Run("Sanctions on Iran were lifted by the United States.");
  std::vector<std::string> types;
  for (const Event& e : x.events) types.push_back(e.event);
  EXPECT_EQ(types, V{"CONCEDE"});
}

TEST_F(ExtractorTest, AConditionalOfferIsAnOfferAndADemand) {
  auto x = Run("Iran will release the prisoners if the United States lifts sanctions.");
  std::vector<std::string> asserted;
  for (const Event& e : x.events) {
    if (e.modality == "asserted" && Ids(e.actor) == V{"country:IRN"}) asserted.push_back(e.event);
  }
  EXPECT_EQ(asserted, (V{"AGREE", "REQUEST"}));
  // Without the condition, the announced release is a concession.
  x = Run("Iran will release the prisoners.");
  ASSERT_FALSE(x.events.empty());
  EXPECT_EQ(x.events.back().event, "CONCEDE");
}

TEST_F(ExtractorTest, AnAttackByTwoStatesIsAlsoTheirCooperation) {
  auto x = Run("The United States and North Korea attacked Iran.");
  std::vector<std::string> types;
  for (const Event& e : x.events) types.push_back(e.event);
  EXPECT_EQ(types, (V{"ASSAULT", "COOPERATE"}));
  // "X–Y strikes", also with the pair opening the document.
  x = Run("US-Iranian airstrikes killed ten people in North Korea.");
  EXPECT_TRUE(std::any_of(x.events.begin(), x.events.end(),
                          [](const Event& e) { return e.event == "COOPERATE"; }));
  x = Run("Airstrikes killed ten people in Iran.");
  EXPECT_TRUE(std::none_of(x.events.begin(), x.events.end(),
                           [](const Event& e) { return e.event == "COOPERATE"; }));
  // Two sides fighting each other do not cooperate.
  x = Run("Iran and North Korea clashed.");
  EXPECT_TRUE(std::none_of(x.events.begin(), x.events.end(),
                           [](const Event& e) { return e.event == "COOPERATE"; }));
}

TEST_F(ExtractorTest, ATriggerWordOpeningTheDocumentIsSafe) {
  // "Finance" (a verb trigger's form) opens the text, tagged as a noun.
  auto x = RunParsed("Finance Minister Choi resigns.",
                     {{"PROPN", 1, "compound"}, {"PROPN", 3, "nsubj"}, {"PROPN", 1, "flat"},
                      {"VERB", -1, "root"}, {"PUNCT", 3, "punct"}});
  EXPECT_TRUE(std::none_of(x.events.begin(), x.events.end(),
                           [](const Event& e) { return e.event == "AID"; }));
  x = Run("Killing of the envoy shocks Iran.");  // an -ing form first, with no tagger
  (void)x;
}

TEST_F(ExtractorTest, TheOneNamedSideOfTalksIsTheirActor) {
  Extraction x = Run("During the negotiations for the Russian gas accord, sceptics spoke.");
  ASSERT_EQ(Count(x, "CONSULT"), 1);
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:RUS"});
  EXPECT_TRUE(x.events[0].recipient.empty());
  // Named before the trigger, a side stays the actor and the other the recipient.
  x = Run("Russia held talks with Iran.");
  ASSERT_EQ(Count(x, "CONSULT"), 1);
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:RUS"});
  EXPECT_EQ(Ids(x.events[0].recipient), V{"country:IRN"});
}

TEST_F(ExtractorTest, QuotesFindTheirSpeakers) {
  Extraction x = Run("Donald Trump spoke. He said: \xE2\x80\x9CWe will act soon against them.\xE2\x80\x9D");
  ASSERT_EQ(x.quotes.size(), 1u);
  EXPECT_EQ(linking_.entities[x.quotes[0].speaker].id, "person:donald-trump");
}

TEST_F(ExtractorTest, AQuoteInsideReportedSpeechIsTheReportersWords) {
  // "Donald Trump said the talks were “very productive indeed”."
  Extraction x = RunParsed(
      "Donald Trump said the talks were \xE2\x80\x9Cvery productive indeed\xE2\x80\x9D.",
      {{"PROPN", 2, "nsubj"}, {"PROPN", 0, "flat"}, {"VERB", -1, "root"}, {"DET", 4, "det"},
       {"NOUN", 8, "nsubj"}, {"AUX", 8, "cop"}, {"PUNCT", 8, "punct"}, {"ADV", 8, "advmod"},
       {"ADJ", 2, "ccomp"}, {"ADV", 8, "advmod"}, {"PUNCT", 8, "punct"}, {"PUNCT", 2, "punct"}});
  ASSERT_EQ(x.quotes.size(), 1u);
  ASSERT_GE(x.quotes[0].speaker, 0);
  EXPECT_EQ(linking_.entities[x.quotes[0].speaker].id, "person:donald-trump");
  // A participle without a subject speaks for the subject of the verb it hangs from.
  x = RunParsed("Iran rejected the report, saying it was \xE2\x80\x9Cpolitically motivated and false\xE2\x80\x9D.",
                {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"DET", 3, "det"}, {"NOUN", 1, "obj"},
                 {"PUNCT", 5, "punct"}, {"VERB", 1, "advcl"}, {"PRON", 10, "nsubj"}, {"AUX", 10, "cop"},
                 {"PUNCT", 10, "punct"}, {"ADV", 10, "advmod"}, {"ADJ", 5, "ccomp"}, {"CCONJ", 12, "cc"},
                 {"ADJ", 10, "conj"}, {"PUNCT", 10, "punct"}, {"PUNCT", 1, "punct"}},
                {{5, "say"}});
  ASSERT_EQ(x.quotes.size(), 1u);
  ASSERT_GE(x.quotes[0].speaker, 0);
  EXPECT_EQ(linking_.entities[x.quotes[0].speaker].id, "country:IRN");
  // A quote that only modifies a noun is not carried up the parse, but the
  // verb of saying shortly before it in its sentence still reports it
  // (SaidBefore): the fragment is Iran's words.
  x = RunParsed("Iran said it cut ties with the firms \xE2\x80\x9Cwith immediate effect now\xE2\x80\x9D.",
                {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"PRON", 3, "nsubj"}, {"VERB", 1, "ccomp"},
                 {"NOUN", 3, "obj"}, {"ADP", 7, "case"}, {"DET", 7, "det"}, {"NOUN", 3, "obl"},
                 {"PUNCT", 11, "punct"}, {"ADP", 11, "case"}, {"ADJ", 11, "amod"}, {"NOUN", 7, "nmod"},
                 {"ADV", 11, "advmod"}, {"PUNCT", 11, "punct"}, {"PUNCT", 1, "punct"}});
  ASSERT_EQ(x.quotes.size(), 1u);
  ASSERT_GE(x.quotes[0].speaker, 0);
  EXPECT_EQ(linking_.entities[x.quotes[0].speaker].id, "country:IRN");
  // Not when the verb of saying is passive: the one told does not speak.
  x = RunParsed("Iran was told it must cut ties \xE2\x80\x9Cwith immediate effect now\xE2\x80\x9D.",
                {{"PROPN", 2, "nsubj:pass"}, {"AUX", 2, "aux:pass"}, {"VERB", -1, "root"}, {"PRON", 5, "nsubj"},
                 {"AUX", 5, "aux"}, {"VERB", 2, "ccomp"}, {"NOUN", 5, "obj"}, {"PUNCT", 10, "punct"},
                 {"ADP", 10, "case"}, {"ADJ", 10, "amod"}, {"NOUN", 5, "obl"}, {"ADV", 10, "advmod"},
                 {"PUNCT", 10, "punct"}, {"PUNCT", 2, "punct"}});
  ASSERT_EQ(x.quotes.size(), 1u);
  EXPECT_LT(x.quotes[0].speaker, 0);
}

TEST_F(ExtractorTest, ANameDeepInAClauseOnTheObjectIsNoParticipant) {
  // "arrests three men suspected of spying for Russia": no arrest of Russia.
  Extraction x = RunParsed("Iran arrests three men suspected of spying for Russia.",
                           {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"NUM", 3, "nummod"},
                            {"NOUN", 1, "obj"}, {"VERB", 3, "acl"}, {"SCONJ", 6, "mark"},
                            {"VERB", 4, "advcl"}, {"ADP", 8, "case"}, {"PROPN", 6, "obl"},
                            {"PUNCT", 1, "punct"}});
  ASSERT_EQ(Count(x, "COERCE"), 1);
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:IRN"});
  EXPECT_EQ(Ids(x.events[0].recipient), V{"group:men"});  // the men, unnamed (AddUnnamedGroups)
  // A participle right on the object keeps its name: "lifts the sanctions imposed on Syria".
  x = RunParsed("Iran arrests three men sent from Russia.",
                {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"NUM", 3, "nummod"}, {"NOUN", 1, "obj"},
                 {"VERB", 3, "acl"}, {"ADP", 6, "case"}, {"PROPN", 4, "obl"}, {"PUNCT", 1, "punct"}});
  ASSERT_EQ(Count(x, "COERCE"), 1);
  EXPECT_EQ(Ids(x.events[0].recipient), (V{"country:RUS", "group:men"}));
}

TEST_F(ExtractorTest, RelationsFromTitlesAndSanctionPhrases) {
  Extraction x = Run("CIA Director Jane Roe spoke. Acme Trading Corp, a firm under sanctions from the US and the UN, denied it.");
  auto has = [&](const std::string& s, const std::string& p, const std::string& o) {
    return HasRelation(x, s, p, o);
  };
  EXPECT_TRUE(has("person:jane-roe", "leader_of", "org:cia"));
  EXPECT_TRUE(has("org:acme-trading-corp", "sanctioned_by", "country:USA"));
  EXPECT_TRUE(has("org:acme-trading-corp", "sanctioned_by", "org:un"));
}

TEST_F(ExtractorTest, RelationsOfCompaniesTheirPlacesAndOfficesNamedWithoutABody) {
  Extraction x = Run(
      "The CIA named the Tehran-based firm Pars Kavir Shipping. Acme Trading Ltd, which is owned by Halcyon "
      "Holdings, denied it. Chairman John Smith said so. Pars Kavir Shipping, a subsidiary of Halcyon Holdings, "
      "declined to comment.");
  auto has = [&](const std::string& s, const std::string& p, const std::string& o) {
    return HasRelation(x, s, p, o);
  };
  EXPECT_TRUE(has("org:pars-kavir-shipping", "located_in", "country:IRN"));
  EXPECT_TRUE(has("org:acme-trading-ltd", "owned_by", "org:halcyon-holdings"));
  EXPECT_TRUE(has("org:pars-kavir-shipping", "owned_by", "org:halcyon-holdings"));
  // Two companies were named before the chairman: which one he leads is unsaid.
  EXPECT_FALSE(std::any_of(x.relations.begin(), x.relations.end(), [&](const Relation& r) {
    return linking_.entities[r.subject].id == "person:john-smith";
  }));
  x = Run("Acme Trading Ltd denied the report. Chairman John Smith said so.");
  EXPECT_TRUE(HasRelation(x, "person:john-smith", "leader_of", "org:acme-trading-ltd"));
}

TEST_F(ExtractorTest, RelationsFromPlacesCitizenshipAppointmentsListingsAndOrigins) {
  Extraction x = Run(
      "Police seized the cargo in the Iranian port of Bandar Anzali. Rustam Abdullaev, a Russian citizen, was "
      "arrested. Iranian national Reza Varami denied it. Halcyon Holdings was added to the U.S. sanctions list. "
      "Sahand Marine Services, a shipping agent based in Iran, declined to comment.");
  EXPECT_TRUE(HasRelation(x, "loc:bandar-anzali", "located_in", "country:IRN"));
  EXPECT_TRUE(HasRelation(x, "person:rustam-abdullaev", "citizen_of", "country:RUS"));
  EXPECT_TRUE(HasRelation(x, "person:reza-varami", "citizen_of", "country:IRN"));
  EXPECT_TRUE(HasRelation(x, "org:halcyon-holdings", "sanctioned_by", "country:USA"));
  EXPECT_TRUE(HasRelation(x, "org:sahand-marine-services", "located_in", "country:IRN"));
  // "named X, <description>, as the head of Y": X leads Y.
  x = Run("Russia named Ivan Petrov, a veteran diplomat, as the head of the Central Intelligence Agency.");
  EXPECT_TRUE(HasRelation(x, "person:ivan-petrov", "leader_of", "org:cia"));
  x = Run("Ivan Petrov was named acting director of the Central Intelligence Agency on Monday.");
  EXPECT_TRUE(HasRelation(x, "person:ivan-petrov", "leader_of", "org:cia"));
  // A person named in some other sense holds no office.
  x = Run("Russia named Ivan Petrov in a complaint to the Central Intelligence Agency.");
  EXPECT_FALSE(HasRelation(x, "person:ivan-petrov", "leader_of", "org:cia"));
}

TEST_F(ExtractorTest, NationalityFromACopulaAndFromDemonymsBeforeNames) {
  Extraction x = Run("The third suspect, Rustam Abdullaev, is a Russian national.");
  EXPECT_TRUE(HasRelation(x, "person:rustam-abdullaev", "citizen_of", "country:RUS"));
  x = Run("The defendant, Reza Varami, is a citizen of Iran.");
  EXPECT_TRUE(HasRelation(x, "person:reza-varami", "citizen_of", "country:IRN"));
  // A demonym right before a name; a plural one before the names it lists.
  x = Run("The crew, Russian Rustam Abdullaev, 34, and Iranians Reza Varami, 27, and Hossein Tabrizi, 41, were held.");
  EXPECT_TRUE(HasRelation(x, "person:rustam-abdullaev", "citizen_of", "country:RUS"));
  EXPECT_TRUE(HasRelation(x, "person:reza-varami", "citizen_of", "country:IRN"));
  EXPECT_TRUE(HasRelation(x, "person:hossein-tabrizi", "citizen_of", "country:IRN"));
  EXPECT_FALSE(HasRelation(x, "person:hossein-tabrizi", "citizen_of", "country:RUS"));
}

TEST_F(ExtractorTest, AStateBeforeATitleOfEmploymentIsNationality) {
  // A state before a title of employment is the person's nationality.
  Extraction x = Run("Police detained American journalist Evan Blake in Moscow.");
  EXPECT_TRUE(HasRelation(x, "person:evan-blake", "citizen_of", "country:USA"));
  EXPECT_FALSE(HasRelation(x, "person:evan-blake", "employee_of", "country:USA"));
  // (The rules on titles, kind nouns and described bodies read POS tags:
  // tests/golden/events.jsonl "role-phrases-1" and "described-body-1".)
}

TEST_F(ExtractorTest, AResponseReachesTheActorOfTheActItAnswers) {
  // "the attack": the latest assault told before, whatever follows the noun.
  Extraction x = Run("North Korea attacked Iran on Monday. The United States condemned the attack as a violation of UN "
                     "resolutions.");
  auto condemn = std::find_if(x.events.begin(), x.events.end(), [](const Event& e) { return e.event == "ACCUSE"; });
  ASSERT_NE(condemn, x.events.end());
  EXPECT_EQ(Ids(condemn->actor), std::vector<std::string>{"country:USA"});
  EXPECT_EQ(Ids(condemn->recipient), std::vector<std::string>{"country:PRK"});
  // No act of that kind told before: the response keeps what the words gave.
  x = Run("The United States condemned the attack as a violation of UN resolutions.");
  condemn = std::find_if(x.events.begin(), x.events.end(), [](const Event& e) { return e.event == "ACCUSE"; });
  ASSERT_NE(condemn, x.events.end());
  const std::vector<std::string> to = Ids(condemn->recipient);
  EXPECT_EQ(std::count(to.begin(), to.end(), "country:PRK"), 0);
}

TEST_F(ExtractorTest, ATestFiredMissileIsATestAndReachingItsOwnTargetNoAttack) {
  // "test-fired": the trigger and the verb joined by a hyphen are one verb.
  Extraction x = Run("North Korea on Tuesday test-fired a ballistic missile.");
  EXPECT_EQ(Count(x, "MOBILIZE"), 1);
  EXPECT_EQ(Count(x, "ASSAULT"), 0);
  // A weapon reaching "its" target, nobody named as the attacker.
  x = Run("The missile struck its target in the sea.");
  EXPECT_EQ(Count(x, "ASSAULT"), 0);
  x = Run("North Korea struck targets in Iran.");
  EXPECT_EQ(Count(x, "ASSAULT"), 1);
}

TEST_F(ExtractorTest, AListOpenedByAmongThoseNamesWhomTheActReached) {
  Extraction x = Run("The United States imposed sanctions on Iran on Monday. Among those sanctioned were Hossein "
                     "Tabrizi, a businessman, and the Central Intelligence Agency.");
  auto listed = std::find_if(x.events.begin(), x.events.end(),
                             [](const Event& e) { return e.event == "SANCTION" && e.sentence == 1; });
  ASSERT_NE(listed, x.events.end());
  EXPECT_EQ(Ids(listed->actor), V{"country:USA"});
  const V to = Ids(listed->recipient);
  EXPECT_EQ(std::count(to.begin(), to.end(), "org:cia"), 1);
  EXPECT_EQ(to.size(), 2u);
  // No act of the participle's kind told before: no event.
  x = Run("Iran met North Korea. Among those sanctioned were Hossein Tabrizi and the Central Intelligence Agency.");
  EXPECT_EQ(Count(x, "SANCTION"), 0);
}

TEST_F(ExtractorTest, ADocumentCitedAsTheSourceIsNoEvent) {
  Extraction x = Run("According to the indictment, Iran supplied North Korea with missiles.");
  EXPECT_EQ(Count(x, "ACCUSE"), 0);
  EXPECT_EQ(Count(x, "AID"), 1);
}

TEST_F(ExtractorTest, PoliceInADatelinedStoryActForTheDatelinesState) {
  Extraction x = Run("MOSCOW, Nov 29 (Reuters) - Police arrested two men near the Kremlin. Russia denied it.");
  auto arrest = std::find_if(x.events.begin(), x.events.end(), [](const Event& e) { return e.event == "COERCE"; });
  ASSERT_NE(arrest, x.events.end());
  EXPECT_EQ(Ids(arrest->actor), V{"country:RUS"});
  // The agent of a passive too.
  x = Run("MOSCOW, Nov 29 (Reuters) - Two men were detained by police near the Kremlin. Russia denied it.");
  arrest = std::find_if(x.events.begin(), x.events.end(), [](const Event& e) { return e.event == "COERCE"; });
  ASSERT_NE(arrest, x.events.end());
  EXPECT_EQ(Ids(arrest->actor), V{"country:RUS"});
  // A dateline's place in no known state: nobody.
  x = Run("SEOUL, Nov 29 (Reuters) - Police arrested two men near the palace.");
  arrest = std::find_if(x.events.begin(), x.events.end(), [](const Event& e) { return e.event == "COERCE"; });
  ASSERT_NE(arrest, x.events.end());
  EXPECT_TRUE(arrest->actor.empty());
}

TEST_F(ExtractorTest, AnAgreementOfTwoNamedTogetherIsBetweenThem) {
  Extraction x = Run("Iran and North Korea agreed to build a railway.");
  auto agree = std::find_if(x.events.begin(), x.events.end(), [](const Event& e) { return e.event == "AGREE"; });
  ASSERT_NE(agree, x.events.end());
  EXPECT_EQ(Ids(agree->recipient), (V{"country:IRN", "country:PRK"}));
}

TEST_F(ExtractorTest, SourcesAfterADescriptionOrALongName) {
  // The name after its description, set off by commas before "said".
  Extraction x = Run("Iran attacked North Korea, the military's media wing, the Central Intelligence Agency (CIA), "
                     "said in a statement.");
  ASSERT_EQ(Count(x, "ASSAULT"), 1);
  EXPECT_EQ(Ids(x.events[0].attributed_to), V{"org:cia"});
  EXPECT_EQ(x.events[0].modality, "reported");
  // A passive names no source.
  x = Run("Fighting in North Korea, Iran, is reported between the Central Intelligence Agency and Russia.");
  for (const Event& e : x.events) EXPECT_TRUE(e.attributed_to.empty());
}

TEST_F(ExtractorTest, AParticipleClausesPronounReachesWhomTheMainActReached) {
  Extraction x = Run("The United States imposed sanctions on two officers of the Central Intelligence Agency, "
                     "accusing them of fraud.");
  auto accuse = std::find_if(x.events.begin(), x.events.end(), [](const Event& e) { return e.event == "ACCUSE"; });
  ASSERT_NE(accuse, x.events.end());
  EXPECT_EQ(Ids(accuse->recipient), V{"org:cia"});
}

TEST_F(ExtractorTest, QuotesOfAnAppealAndOfAPersonAfterAPossessiveTitle) {
  // "urged … “…”": the subject of the appeal speaks.
  Extraction x = RunParsed("Donald Trump urged Iran to restore cooperation \"without further delay\".",
                           {{"PROPN", 2, "nsubj"},
                            {"PROPN", 0, "flat"},
                            {"VERB", -1, "root"},
                            {"PROPN", 2, "obj"},
                            {"PART", 5, "mark"},
                            {"VERB", 2, "xcomp"},
                            {"NOUN", 5, "obj"},
                            {"PUNCT", 10, "punct"},
                            {"ADP", 10, "case"},
                            {"ADJ", 10, "amod"},
                            {"NOUN", 5, "obl"},
                            {"PUNCT", 10, "punct"},
                            {"PUNCT", 2, "punct"}},
                           {{2, "urge"}});
  ASSERT_EQ(x.quotes.size(), 1u);
  ASSERT_GE(x.quotes[0].speaker, 0);
  EXPECT_EQ(linking_.entities[x.quotes[0].speaker].id, "person:donald-trump");
  // "said the ministry's secretary-general, X": the person, not the ministry.
  x = Run("\"Iran is a threat,\" said the ministry's secretary-general, Hossein Tabrizi.");
  ASSERT_EQ(x.quotes.size(), 1u);
  ASSERT_GE(x.quotes[0].speaker, 0);
  EXPECT_EQ(linking_.entities[x.quotes[0].speaker].type, "Person");
}

TEST_F(ExtractorTest, AnAmbassadorToABodyHoldsARoleInHisState) {
  Extraction x = Run("Iran's ambassador to the United Nations, Hossein Tabrizi, met Donald Trump.");
  EXPECT_TRUE(std::any_of(x.relations.begin(), x.relations.end(), [&](const Relation& r) {
    return linking_.entities[r.subject].type == "Person" && r.predicate == "role_in" &&
           linking_.entities[r.object].id == "country:IRN";
  }));
}

TEST_F(ExtractorTest, AThreatIsAddressedToTheSubjectOfItsCondition) {
  Extraction x = Run("Donald Trump threatened to expand operations in Russia if Iran did not stop.");
  auto threat = std::find_if(x.events.begin(), x.events.end(), [](const Event& e) { return e.event == "THREATEN"; });
  ASSERT_NE(threat, x.events.end());
  EXPECT_EQ(Ids(threat->recipient), V{"country:IRN"});
}

TEST_F(ExtractorTest, APassiveCoercionIsByTheStateThatCoercedJustBefore) {
  Extraction x = Run("Iran seized a tanker in the Gulf. The crew was questioned. The captain, Hossein Tabrizi, "
                     "was detained.");
  auto detained = std::find_if(x.events.begin(), x.events.end(),
                               [](const Event& e) { return e.event == "COERCE" && e.sentence == 2; });
  ASSERT_NE(detained, x.events.end());
  EXPECT_EQ(Ids(detained->actor), V{"country:IRN"});
}

TEST_F(ExtractorTest, ALightVerbsSubjectInAReportedClauseFollowsTheVerbOfSaying) {
  // Tagged, not parsed: the subject after "said", not the speaker.
  Extraction x = RunParsed("Iran said North Korea could conduct a nuclear test.",
                           {{"PROPN", -1, ""},
                            {"VERB", -1, ""},
                            {"PROPN", -1, ""},
                            {"PROPN", -1, ""},
                            {"AUX", -1, ""},
                            {"VERB", -1, ""},
                            {"DET", -1, ""},
                            {"ADJ", -1, ""},
                            {"NOUN", -1, ""},
                            {"PUNCT", -1, ""}});
  auto test = std::find_if(x.events.begin(), x.events.end(), [](const Event& e) { return e.event == "MOBILIZE"; });
  ASSERT_NE(test, x.events.end());
  EXPECT_EQ(Ids(test->actor), V{"country:PRK"});
}

TEST_F(ExtractorTest, AnExpressionNoOneIsNamedAsMakingIsItsSourcesOwn) {
  Extraction x = RunParsed("Iran did not sign a joint statement by United Nations officials on Monday that condemned "
                           "Russia.",
                           {{"PROPN", 3, "nsubj"},
                            {"AUX", 3, "aux"},
                            {"PART", 3, "advmod"},
                            {"VERB", -1, "root"},
                            {"DET", 6, "det"},
                            {"ADJ", 6, "amod"},
                            {"NOUN", 3, "obj"},
                            {"ADP", 10, "case"},
                            {"PROPN", 9, "compound"},
                            {"PROPN", 10, "compound"},
                            {"NOUN", 6, "nmod"},
                            {"ADP", 12, "case"},
                            {"PROPN", 6, "nmod"},
                            {"PRON", 14, "nsubj"},
                            {"VERB", 6, "acl:relcl"},
                            {"PROPN", 14, "obj"},
                            {"PUNCT", 3, "punct"}},
                           {{3, "sign"}, {14, "condemn"}});
  auto condemn = std::find_if(x.events.begin(), x.events.end(), [](const Event& e) { return e.event == "ACCUSE"; });
  ASSERT_NE(condemn, x.events.end());
  EXPECT_EQ(Ids(condemn->actor), V{"org:un"});
  EXPECT_EQ(Ids(condemn->recipient), V{"country:RUS"});
  EXPECT_TRUE(condemn->attributed_to.empty());
}

TEST_F(ExtractorTest, OwnersNamedByParticipleAndNoun) {
  Extraction x = Run("Zagros Crest Energy, a consortium partly owned by Halvorsen Resources Ltd, runs the plant. "
                     "Cantieri Ligure Navale, which is controlled by the Bellandi Group, said it would appeal. "
                     "Areas controlled by the Bellandi Group were hit. "
                     "The sanctions target Blue Kestrel Shipping Inc, its Iranian owner Hossein Tabrizi, and two "
                     "tankers.");
  EXPECT_TRUE(HasRelation(x, "org:zagros-crest-energy", "owned_by", "org:halvorsen-resources-ltd"));
  EXPECT_TRUE(HasRelation(x, "org:cantieri-ligure-navale", "owned_by", "org:bellandi-group"));
  EXPECT_TRUE(HasRelation(x, "org:blue-kestrel-shipping-inc", "owned_by", "person:hossein-tabrizi"));
  // Only a company is owned by whoever controls it.
  EXPECT_EQ(std::count_if(x.relations.begin(), x.relations.end(),
                          [](const Relation& r) { return r.predicate == "owned_by"; }),
            3);
}

TEST_F(ExtractorTest, TheOwnerOfACompanyNamedBeforeTheNoun) {
  Extraction x = Run("Prosecutors charged Viktor Anastasiou, the owner of Aegean Star Logistics Ltd, in 2023.");
  EXPECT_TRUE(HasRelation(x, "org:aegean-star-logistics-ltd", "owned_by", "person:viktor-anastasiou"));
}

TEST_F(ExtractorTest, WhoClaimsAnAttackCarriedItOut) {
  Extraction x = Run("A militia calling itself Saraya Awliya Haqq claimed the attack on Monday. "
                     "Iran claimed the attack was staged.");
  std::vector<V> actors;
  for (const Event& e : x.events) {
    if (e.event == "ASSAULT") actors.push_back(Ids(e.actor));
  }
  ASSERT_EQ(actors.size(), 2u);
  EXPECT_EQ(actors[0], V{"org:saraya-awliya-haqq"});
  EXPECT_TRUE(actors[1].empty());
}

TEST_F(ExtractorTest, AConjunctClauseWithItsOwnSubjectIsNotDeniedWithTheFirst) {
  Extraction x = Run("Iran denied attacking the tanker, and Russia condemned the strike.");
  const Event* condemned = FirstEvent(x, "ACCUSE");
  ASSERT_NE(condemned, nullptr);
  EXPECT_EQ(condemned->modality, "asserted");
}

TEST_F(ExtractorTest, TheSanctionsTargetWhomTheirImposerNamed) {
  Extraction x = Run("The United States sanctioned Acme Trading Ltd on Monday. "
                     "The sanctions target Pars Kavir Shipping Co.");
  const Event* target = FirstEvent(x, "SANCTION", 1);
  ASSERT_NE(target, nullptr);
  EXPECT_EQ(Ids(target->actor), V{"country:USA"});
}

TEST_F(ExtractorTest, AnArrestWithNoAgentIsByTheStateWhereItWasMade) {
  Extraction x = Run("The broker fled in March. Hossein Tabrizi was arrested in Russia on Monday.");
  const Event* arrest = FirstEvent(x, "COERCE");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(Ids(arrest->actor), V{"country:RUS"});
}

TEST_F(ExtractorTest, SidesWhoExchangedFireDoNotActTogether) {
  Extraction x = Run("Russian troops and Iranian guards exchanged fire on Monday, killing one guard.");
  EXPECT_EQ(Count(x, "COOPERATE"), 0);
  EXPECT_GE(Count(x, "ASSAULT"), 1);
}

TEST_F(ExtractorTest, ThoseListedAfterASanctionAreItsRecipients) {
  Extraction x = Run("The United States sanctioned Acme Trading Ltd on Monday. Among those listed were Pars Kavir "
                     "Shipping Co and Hossein Tabrizi, the CIA said.");
  const Event* listed = FirstEvent(x, "SANCTION", 1);
  ASSERT_NE(listed, nullptr);
  EXPECT_EQ(Ids(listed->actor), V{"country:USA"});
  // The source ends the list.
  EXPECT_EQ(Ids(listed->recipient), (V{"org:pars-kavir-shipping-co", "person:hossein-tabrizi"}));
}

TEST_F(ExtractorTest, CriticisingATrialReachesTheStateThatConvicted) {
  Extraction x = Run("Iran sentenced Hossein Tabrizi to four years in prison on Monday. "
                     "The United States criticised the trial.");
  const Event* criticised = FirstEvent(x, "ACCUSE");
  ASSERT_NE(criticised, nullptr);
  EXPECT_EQ(Ids(criticised->recipient), V{"country:IRN"});
}

TEST_F(ExtractorTest, ABodyNamedBeforeOrAfterTheRoleHoldsThePerson) {
  Extraction x = Run("Hossein Tabrizi, a CIA commander who led the raid, was killed. "
                     "The head of the CIA, Viktor Anastasiou, said so.");
  EXPECT_TRUE(HasRelation(x, "person:hossein-tabrizi", "member_of", "org:cia"));
  EXPECT_TRUE(HasRelation(x, "person:viktor-anastasiou", "leader_of", "org:cia"));
}

// A name that ends the document ends its object phrase (no word after it to read).
TEST_F(ExtractorTest, AnObjectNameEndingTheDocumentIsRead) {
  Extraction x = RunParsed("Iran sanctioned Acme Trading Ltd",
                           {{"PROPN", 1, "nsubj"},
                            {"VERB", -1, "root"},
                            {"PROPN", 4, "compound"},
                            {"PROPN", 4, "compound"},
                            {"PROPN", 1, "obj"}},
                           {{1, "sanction"}});
  const Event* sanction = FirstEvent(x, "SANCTION");
  ASSERT_NE(sanction, nullptr);
  EXPECT_EQ(Ids(sanction->recipient), V{"org:acme-trading-ltd"});
}

// "prompting X to scramble jets" where the parser hung the "to" clause on
// the causing verb as an adverbial: X scrambles.
TEST_F(ExtractorTest, TheObjectOfACausingVerbActsInItsToClause) {
  Extraction x = RunParsed("Russia flew bombers, prompting Iran to scramble jets.",
                           {{"PROPN", 1, "nsubj"},
                            {"VERB", -1, "root"},
                            {"NOUN", 1, "obj"},
                            {"PUNCT", 4, "punct"},
                            {"VERB", 1, "advcl"},
                            {"PROPN", 4, "obj"},
                            {"PART", 7, "mark"},
                            {"VERB", 4, "advcl"},
                            {"NOUN", 7, "obj"},
                            {"PUNCT", 1, "punct"}},
                           {{1, "fly"}, {4, "prompt"}, {7, "scramble"}});
  auto scramble = std::find_if(x.events.begin(), x.events.end(), [&](const Event& e) {
    return text_.substr(e.trigger.begin, e.trigger.end - e.trigger.begin) == "scramble";
  });
  ASSERT_NE(scramble, x.events.end());
  EXPECT_EQ(Ids(scramble->actor), V{"country:IRN"});
}

TEST_F(ExtractorTest, ADemandForAReleaseIsMadeOfTheStateHoldingThem) {
  Extraction x = Run("Iran detained Hossein Tabrizi on Monday. "
                     "The United States demanded the immediate release of all detainees.");
  const Event* demand = FirstEvent(x, "REQUEST");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(Ids(demand->recipient), V{"country:IRN"});
}

TEST_F(ExtractorTest, AThreatWithNoConditionSubjectReachesWhomTheActThreatenedReaches) {
  Extraction x = Run("The United States threatened to impose sanctions on Iran if no timetable was published.");
  const Event* threat = FirstEvent(x, "THREATEN");
  ASSERT_NE(threat, nullptr);
  EXPECT_EQ(Ids(threat->recipient), V{"country:IRN"});
}

TEST_F(ExtractorTest, ExtendingAnEmbargoIsASanctionAndAnOwnerMayHaveAnAge) {
  Extraction x = Run("The United Nations extended an arms embargo on Iran on Thursday. "
                     "Prosecutors say Viktor Anastasiou, 52, the owner of Aegean Star Logistics Ltd, shipped goods.");
  const Event* embargo = FirstEvent(x, "SANCTION");
  ASSERT_NE(embargo, nullptr);
  EXPECT_EQ(Ids(embargo->actor), V{"org:un"});
  EXPECT_EQ(Ids(embargo->recipient), V{"country:IRN"});
  EXPECT_TRUE(HasRelation(x, "org:aegean-star-logistics-ltd", "owned_by", "person:viktor-anastasiou"));
}

// A name ending in "-ing" is no participle that makes the verb after it a noun.
TEST_F(ExtractorTest, AVerbAfterANameEndingInIngIsAVerb) {
  Extraction x = Run("Xi Jinping accused Iran of lying. Iran was sanctioned by Xi Jinping on Monday.");
  const Event* accused = FirstEvent(x, "ACCUSE");
  ASSERT_NE(accused, nullptr);
  EXPECT_EQ(Ids(accused->recipient), V{"country:IRN"});
  const Event* sanctioned = FirstEvent(x, "SANCTION");
  ASSERT_NE(sanctioned, nullptr);
  EXPECT_FALSE(sanctioned->actor.empty());
}

TEST_F(ExtractorTest, AThreatMadeInQuotedWordsIsTheSpeakers) {
  Extraction x = Run("\u201CAny ship that deals with Iran will be a legitimate target,\u201D Donald Trump said.");
  const Event* threat = FirstEvent(x, "THREATEN");
  ASSERT_NE(threat, nullptr);
  EXPECT_EQ(Ids(threat->actor), V{"person:donald-trump"});
  EXPECT_EQ(threat->modality, "asserted");
}

// An order to someone named by no name is the act of the one who orders.
TEST_F(ExtractorTest, AnOrderToUnnamedOperatorsIsTheOrderersAct) {
  Extraction x = RunParsed("Iran ordered operators to suspend internet access.",
                           {{"PROPN", 1, "nsubj"},
                            {"VERB", -1, "root"},
                            {"NOUN", 1, "obj"},
                            {"PART", 4, "mark"},
                            {"VERB", 1, "xcomp"},
                            {"NOUN", 6, "compound"},
                            {"NOUN", 4, "obj"},
                            {"PUNCT", 1, "punct"}},
                           {{1, "order"}, {4, "suspend"}});
  const Event* suspend = FirstEvent(x, "COERCE");
  ASSERT_NE(suspend, nullptr);
  EXPECT_EQ(Ids(suspend->actor), V{"country:IRN"});
}

// A denial in the simple past joined to a reported clause in the past
// perfect is the speaker's.
TEST_F(ExtractorTest, ADenialJoinedToAReportedClauseIsTheSpeakers) {
  Extraction x = RunParsed("Russia said Iran had seized the boat, and denied that anyone was beaten.",
                           {{"PROPN", 1, "nsubj"},
                            {"VERB", -1, "root"},
                            {"PROPN", 4, "nsubj"},
                            {"AUX", 4, "aux"},
                            {"VERB", 1, "ccomp"},
                            {"DET", 6, "det"},
                            {"NOUN", 4, "obj"},
                            {"PUNCT", 9, "punct"},
                            {"CCONJ", 9, "cc"},
                            {"VERB", 4, "conj"},
                            {"SCONJ", 13, "mark"},
                            {"PRON", 13, "nsubj:pass"},
                            {"AUX", 13, "aux:pass"},
                            {"VERB", 9, "ccomp"},
                            {"PUNCT", 1, "punct"}},
                           {{1, "say"}, {4, "seize"}, {9, "deny"}, {13, "beat"}});
  const Event* denied = FirstEvent(x, "REJECT");
  ASSERT_NE(denied, nullptr);
  EXPECT_EQ(Ids(denied->actor), V{"country:RUS"});
}

// Whom a sanction told as fact lists is sanctioned by its imposer; a
// negated sanction lists nobody.
TEST_F(ExtractorTest, ASanctionListsItsTargetsAsSanctionedByItsImposer) {
  Extraction x = Run("The CIA designated Orion Shipping Ltd and Vela Marine Ltd. The UN did not sanction Kestrel Trade Ltd.");
  EXPECT_TRUE(HasRelation(x, "org:orion-shipping-ltd", "sanctioned_by", "org:cia"));
  EXPECT_TRUE(HasRelation(x, "org:vela-marine-ltd", "sanctioned_by", "org:cia"));
  EXPECT_FALSE(HasRelation(x, "org:kestrel-trade-ltd", "sanctioned_by", "org:un"));
}

// "carried out a launch": the light verb's subject, past the particle.
TEST_F(ExtractorTest, ALightVerbWithAParticleGivesItsSubject) {
  Extraction x = Run("Iran on Monday carried out a training launch of a ballistic missile.");
  const Event* launch = FirstEvent(x, "MOBILIZE");
  ASSERT_NE(launch, nullptr);
  EXPECT_EQ(Ids(launch->actor), V{"country:IRN"});
}

// An act a relative clause dates to a day of the week is news; one it dates
// to a year is backdrop.
TEST_F(ExtractorTest, AnActARelativeClauseDatesToAWeekdayIsNews) {
  const std::vector<std::tuple<const char*, int, const char*>> parse = {
      {"DET", 1, "det"},    {"NOUN", 3, "nsubj:pass"}, {"AUX", 3, "aux:pass"}, {"VERB", -1, "root"},
      {"ADP", 5, "case"},   {"PROPN", 3, "obl"},       {"PUNCT", 8, "punct"},  {"PRON", 8, "nsubj"},
      {"VERB", 5, "acl:relcl"}, {"PROPN", 8, "obj"},   {"PROPN", 9, "flat"},   {"PROPN", 9, "flat"},
      {"ADP", 13, "case"},  {"PROPN", 8, "obl"},       {"PUNCT", 3, "punct"}};
  Extraction x = RunParsed("The move was coordinated with Russia, which sanctioned Orion Shipping Ltd on Thursday.",
                           parse, {{8, "sanction"}});
  const Event* sanction = FirstEvent(x, "SANCTION");
  ASSERT_NE(sanction, nullptr);
  EXPECT_EQ(Ids(sanction->actor), V{"country:RUS"});
  x = RunParsed("The move was coordinated with Russia, which sanctioned Orion Shipping Ltd in 2020.", parse,
                {{8, "sanction"}});
  EXPECT_EQ(FirstEvent(x, "SANCTION"), nullptr);
}

// "called on Iran to stop these hostile actions" asks; it condemns nothing.
TEST_F(ExtractorTest, CallingOnSomeoneIsARequestWhateverWordsFollow) {
  Extraction x = Run("Donald Trump called on Iran to stop these hostile actions.");
  const Event* request = FirstEvent(x, "REQUEST");
  ASSERT_NE(request, nullptr);
  EXPECT_EQ(Ids(request->recipient), V{"country:IRN"});
  EXPECT_EQ(Count(x, "ACCUSE"), 0);
}

// A threat with "unless" is also a demand on the condition's subject.
TEST_F(ExtractorTest, AThreatWithUnlessIsAlsoADemand) {
  Extraction x = Run("Iran threatened to resume attacks unless Russia allows food into the port.");
  const Event* demand = FirstEvent(x, "REQUEST");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(Ids(demand->actor), V{"country:IRN"});
  EXPECT_EQ(Ids(demand->recipient), V{"country:RUS"});
}

// "The indictment names X and Y": the charge told before reached them.
TEST_F(ExtractorTest, AnIndictmentNamesWhomTheChargeReached) {
  Extraction x = Run("Russia on Tuesday charged two Iranian men with fraud. "
                     "The indictment names Orion Shipping Ltd and Vela Marine Ltd.");
  // (The indictment itself is an accusation by nobody named.)
  const auto it = std::find_if(x.events.begin(), x.events.end(),
                               [](const Event& e) { return e.event == "ACCUSE" && e.sentence == 1 && !e.actor.empty(); });
  ASSERT_NE(it, x.events.end());
  const Event* named = &*it;
  EXPECT_EQ(Ids(named->actor), V{"country:RUS"});
  EXPECT_EQ(Ids(named->recipient), (V{"org:orion-shipping-ltd", "org:vela-marine-ltd"}));
}

// A threat of retaliation is addressed to whoever's act reached the threatener.
TEST_F(ExtractorTest, AThreatOfRetaliationAddressesWhoeverActed) {
  Extraction x = Run("Russia expelled Iran's ambassador on Monday. Iran said it would respond in a mirror manner.");
  const Event* threat = FirstEvent(x, "THREATEN");
  ASSERT_NE(threat, nullptr);
  EXPECT_EQ(Ids(threat->actor), V{"country:IRN"});
  EXPECT_EQ(Ids(threat->recipient), V{"country:RUS"});
}

// "any attack": an act of any kind is no act yet.
TEST_F(ExtractorTest, AnActOfAnyKindIsHypothetical) {
  Extraction x = Run("Iran said any attack on Russia would be met with force.");
  const Event* attack = FirstEvent(x, "ASSAULT");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->modality, "hypothetical");
}

// "X, a maker that has been under U.S. sanctions since 2008": sanctioned by
// the state whose sanctions it is under.
TEST_F(ExtractorTest, ANameUnderAStatesSanctionsIsSanctionedByIt) {
  Extraction x = Run("The parts went to Orion Shipping Ltd, a maker that has been under U.S. sanctions since 2008.");
  EXPECT_TRUE(HasRelation(x, "org:orion-shipping-ltd", "sanctioned_by", "country:USA"));
}

// "A Russian national has been charged … Donald Trump, 46, …": the person
// the next sentence opens with is the one described.
TEST_F(ExtractorTest, APersonDescribedByNationalityIsTheOneNamedNext) {
  Extraction x = Run("The CIA on Monday accused a Russian national of spying. Donald Trump, 46, denied it.");
  const Event* accused = FirstEvent(x, "ACCUSE");
  ASSERT_NE(accused, nullptr);
  EXPECT_EQ(Ids(accused->recipient), V{"person:donald-trump"});
  // An office described without a state: the object the description is.
  x = RunParsed("Russia convicted a former defence minister . Donald Trump , 63 , denied it .",
                {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"DET", 5, "det"}, {"ADJ", 5, "amod"},
                 {"NOUN", 5, "compound"}, {"NOUN", 1, "obj"}, {"PUNCT", 1, "punct"},
                 {"PROPN", 5, "nsubj"}, {"PROPN", 0, "flat"}, {"PUNCT", 0, "punct"}, {"NUM", 0, "appos"},
                 {"PUNCT", 0, "punct"}, {"VERB", -1, "root"}, {"PRON", 5, "obj"}, {"PUNCT", 5, "punct"}},
                {{1, "convict"}});
  const Event* convicted = FirstEvent(x, "SANCTION");
  ASSERT_NE(convicted, nullptr);
  EXPECT_EQ(Ids(convicted->recipient), V{"person:donald-trump"});
  // Not where the sentence names the state itself.
  x = Run("Russia asked the CIA to free a Russian national. Donald Trump, 46, denied it.");
  const Event* asked = FirstEvent(x, "REQUEST");
  ASSERT_NE(asked, nullptr);
  EXPECT_EQ(Ids(asked->actor), V{"country:RUS"});
}

// "Both sides accused each other": the actors' act on one another.
TEST_F(ExtractorTest, ActorsAccusingEachOtherAreEachOthersRecipients) {
  Extraction x = Run("Iran and Russia clashed on Monday. Both sides accused each other of lying.");
  const Event* accused = FirstEvent(x, "ACCUSE");
  ASSERT_NE(accused, nullptr);
  EXPECT_EQ(accused->recipient.size(), 2u);
  EXPECT_EQ(accused->recipient, accused->actor);
}

// A home with the project's tables and a hand-made type model whose evidence
// is the lemma alone: "call" speaks for CONSULT (its row needs "phone" near
// it), "visit" for CONSULT (coded by the rules already) and AID (no row of
// "visit" codes AID).
// A sanction's list: every person, company and ship after its first target,
// each with its own description; a state after "for" is no target.
TEST_F(ExtractorTest, ASanctionReachesEveryPartyItsListNames) {
  Extraction x = Run("The United States imposed sanctions on Acme Trading LLC, its Iranian-born director John "
                     "Smith and the tanker Sea Star for shipping oil to Iran.");
  const Event* e = FirstEvent(x, "SANCTION");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Ids(e->recipient), (V{"org:acme-trading-llc", "person:john-smith", "vessel:sea-star"}));
  EXPECT_TRUE(HasRelation(x, "person:john-smith", "sanctioned_by", "country:USA"));
  // "its Iranian-born director John Smith": the role is in the company.
  EXPECT_TRUE(HasRelation(x, "person:john-smith", "leader_of", "org:acme-trading-llc"));
}

// "X met Y … and signed an agreement": the agreement reaches the one met.
TEST_F(ExtractorTest, AnAgreementAfterAMeetingReachesTheOneMet) {
  Extraction x = Run("Donald Trump met Kim Jong Nam in Moscow and signed an agreement on trade.");
  const Event* agree = FirstEvent(x, "AGREE");
  ASSERT_NE(agree, nullptr);
  EXPECT_EQ(Ids(agree->actor), V{"person:donald-trump"});
  EXPECT_EQ(Ids(agree->recipient), V{"person:kim-jong-nam"});
}

// "according to two people familiar with the matter": a source the text does
// not name still makes the event reported.
TEST_F(ExtractorTest, AnUnnamedSourceMakesAnEventReported) {
  Extraction x = Run("Iran held talks with Russia, according to two people familiar with the matter.");
  const Event* e = FirstEvent(x, "CONSULT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, "reported");
  EXPECT_TRUE(e->attributed_to.empty());
  Extraction y = Run("Iran held talks with Russia, according to the agreement.");
  ASSERT_NE(FirstEvent(y, "CONSULT"), nullptr);
  EXPECT_EQ(FirstEvent(y, "CONSULT")->modality, "asserted");
}

// An office named with no state: the state of the group it is listed in, or
// of an earlier mention of the same office.
TEST_F(ExtractorTest, AnOfficeWithNoStateTakesTheStateTheTextTiesItTo) {
  Extraction x = Run("Russia imposed sanctions on five North Korean officials, including Deputy Foreign Minister "
                     "Kim Song Il, over the missile tests.");
  EXPECT_TRUE(HasRelation(x, "person:kim-song-il", "role_in", "country:PRK"));
  EXPECT_FALSE(HasRelation(x, "person:kim-song-il", "role_in", "country:RUS"));
  Extraction y = Run("North Korea accused Iran of lying, in what its foreign minister called a betrayal. "
                     "\"We will not forget,\" Foreign Minister Ri Yong Ho said.");
  EXPECT_TRUE(HasRelation(y, "person:ri-yong-ho", "role_in", "country:PRK"));
}

// "Russian and Iranian warships": demonyms joined before one noun name the
// states acting together.
TEST_F(ExtractorTest, DemonymsJoinedBeforeANounActTogether) {
  Extraction x = Run("Russian and Iranian warships began a joint naval exercise on Monday.");
  const Event* e = FirstEvent(x, "COOPERATE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Ids(e->actor), (V{"country:RUS", "country:IRN"}));
}

// ", and banned exports": a past-tense conjunct the parser hung inside a
// relative clause under a verb of saying belongs to the main clause (its
// subject acts; the relative clause's speaker is no source of it).
TEST_F(ExtractorTest, AConjunctAfterARelativeClauseBelongsToTheMainClause) {
  Extraction x = RunParsed("Russia froze the assets of firms that Iran says helped Syria , and banned exports to "
                           "North Korea .",
                           {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"DET", 3, "det"}, {"NOUN", 1, "obj"},
                            {"ADP", 5, "case"}, {"NOUN", 3, "nmod"}, {"SCONJ", 8, "mark"}, {"PROPN", 8, "nsubj"},
                            {"VERB", 1, "advcl"}, {"VERB", 8, "ccomp"}, {"PROPN", 9, "obj"}, {"PUNCT", 13, "punct"},
                            {"CCONJ", 13, "cc"}, {"VERB", 9, "conj"}, {"NOUN", 13, "obj"}, {"ADP", 17, "case"},
                            {"PROPN", 17, "compound"}, {"PROPN", 13, "obl"}, {"PUNCT", 1, "punct"}},
                           {{1, "freeze"}, {8, "say"}, {9, "help"}, {13, "ban"}});
  const Event* banned = nullptr;
  for (const Event& e : x.events) {
    if (e.event == "SANCTION" && text_.substr(e.trigger.begin, e.trigger.end - e.trigger.begin) == "banned") banned = &e;
  }
  ASSERT_NE(banned, nullptr);
  EXPECT_EQ(Ids(banned->actor), V{"country:RUS"});
  EXPECT_TRUE(banned->attributed_to.empty());
}

// "arrested two Russian citizens on espionage charges": the charge is
// between the arrest's sides.
TEST_F(ExtractorTest, AChargeAnArrestRestsOnIsBetweenItsSides) {
  Extraction x = RunParsed("Iran arrested two Russian citizens on espionage charges .",
                           {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"NUM", 4, "nummod"}, {"ADJ", 4, "amod"},
                            {"NOUN", 1, "obj"}, {"ADP", 7, "case"}, {"NOUN", 7, "compound"}, {"NOUN", 1, "obl"},
                            {"PUNCT", 1, "punct"}},
                           {{1, "arrest"}, {7, "charge"}});
  const Event* charge = FirstEvent(x, "ACCUSE");
  ASSERT_NE(charge, nullptr);
  EXPECT_EQ(Ids(charge->actor), V{"country:IRN"});
  EXPECT_EQ(Ids(charge->recipient), V{"country:RUS"});
}

// "charged a Moscow businessman with smuggling. Ivan Sokolov, 51, …": the
// one described by his town and named next.
TEST_F(ExtractorTest, SomeoneDescribedByHisTownIsTheOneNamedNext) {
  Extraction x = Run("Iran on Tuesday charged a Moscow businessman with smuggling drones. "
                     "Ivan Sokolov, 51, is accused of shipping parts.");
  const Event* charge = FirstEvent(x, "ACCUSE", 0);
  ASSERT_NE(charge, nullptr);
  EXPECT_EQ(Ids(charge->recipient), V{"person:ivan-sokolov"});
}

// "Iran said that Russia was behind the attack": the speaker accuses the
// one it names behind the act (the act itself is only claimed).
TEST_F(ExtractorTest, SayingAnotherWasBehindAnAttackAccusesIt) {
  Extraction x = RunParsed("Iran said that Russia was behind the attack .",
                           {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"SCONJ", 7, "mark"}, {"PROPN", 7, "nsubj"},
                            {"AUX", 7, "cop"}, {"ADP", 7, "case"}, {"DET", 7, "det"}, {"NOUN", 1, "ccomp"},
                            {"PUNCT", 1, "punct"}},
                           {{1, "say"}, {4, "be"}, {7, "attack"}});
  const Event* accuse = FirstEvent(x, "ACCUSE");
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(Ids(accuse->actor), V{"country:IRN"});
  EXPECT_EQ(Ids(accuse->recipient), V{"country:RUS"});
  EXPECT_EQ(Count(x, "ASSAULT"), 0);
}

// "condemned the measures": a response to a sanction's noun reaches the one
// who imposed it.
TEST_F(ExtractorTest, CondemningTheMeasuresReachesTheSanctioner) {
  Extraction x = Run("The United States sanctioned Acme Trading Ltd on Monday. Russia condemned the measures.");
  const Event* condemned = FirstEvent(x, "ACCUSE", 1);
  ASSERT_NE(condemned, nullptr);
  EXPECT_EQ(Ids(condemned->actor), V{"country:RUS"});
  EXPECT_EQ(Ids(condemned->recipient), V{"country:USA"});
}

// "Iran said Russia's drills were a provocation": the speaker accuses the
// noun predicate's subject.
TEST_F(ExtractorTest, CallingAnotherSActAProvocationAccusesIt) {
  Extraction x = RunParsed("Iran said Russia's drills were a provocation .",
                           {{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"PROPN", 4, "nmod:poss"}, {"PART", 2, "case"},
                            {"NOUN", 7, "nsubj"}, {"AUX", 7, "cop"}, {"DET", 7, "det"}, {"NOUN", 1, "ccomp"},
                            {"PUNCT", 1, "punct"}},
                           {{1, "say"}, {4, "drill"}, {5, "be"}, {7, "provocation"}});
  const Event* accuse = FirstEvent(x, "ACCUSE");
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(Ids(accuse->actor), V{"country:IRN"});
  EXPECT_EQ(Ids(accuse->recipient), V{"country:RUS"});
}

// "summoned Russia's ambassador to protest against the arrests": a state
// protests by complaining officially, not by demonstrating.
TEST_F(ExtractorTest, AStateSummoningToProtestComplainsOfficially) {
  Extraction x = Run("Iran summoned Russia's ambassador on Monday to protest against the arrests.");
  EXPECT_EQ(Count(x, "PROTEST"), 0);
  EXPECT_GE(Count(x, "ACCUSE"), 1);
}

// "Iran's government spokesman X": a state's possessive before the title,
// over a body's noun.
TEST_F(ExtractorTest, AStatesPossessiveBeforeABodysNounAndTitleIsTheOfficesState) {
  Extraction x = Run("North Korea accused Iran of lying. Iran's government spokesman Ali Rabiei rejected the claims.");
  EXPECT_TRUE(HasRelation(x, "person:ali-rabiei", "role_in", "country:IRN"));
  EXPECT_FALSE(HasRelation(x, "person:ali-rabiei", "role_in", "country:PRK"));
}

// "summoned Russia's acting high commissioner": a high commissioner is an
// envoy; the summons reaches the envoy's state.
TEST_F(ExtractorTest, SummoningAHighCommissionerReachesHisState) {
  Extraction x = Run("Iran summoned Russia's acting high commissioner on Wednesday.");
  const Event* e = FirstEvent(x, "ACCUSE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Ids(e->actor), V{"country:IRN"});
  EXPECT_EQ(Ids(e->recipient), V{"country:RUS"});
}

// "stood firmly behind": a verb's adverb before its particle.
TEST_F(ExtractorTest, AnAdverbBeforeAVerbsParticleKeepsTheTrigger) {
  Extraction x = Run("Russia said it stood firmly behind Iran.");
  const Event* e = FirstEvent(x, "SUPPORT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Ids(e->recipient), V{"country:IRN"});
  // (Not before a negation: "would probably not" refuses nothing.)
  EXPECT_EQ(Count(Run("Iran said war would probably not spread to Russia."), "REJECT"), 0);
}

// "declared X persona non grata on Thursday": a phrase with no verb that the
// parser hung as a relative clause does not keep its date from the act.
TEST_F(ExtractorTest, AVerblessRelativeClauseDoesNotHideADate) {
  const std::string text = "Iran declared a Russian diplomat persona non grata on Thursday.";
  const auto thursday = static_cast<uint32_t>(text.find("Thursday"));
  // Iran declared a Russian diplomat persona non grata on Thursday .
  Extraction x = RunParsed(text, {{"PROPN", 1, "nsubj"},
                                  {"VERB", -1, "root"},
                                  {"DET", 4, "det"},
                                  {"ADJ", 4, "amod"},
                                  {"NOUN", 1, "obj"},
                                  {"NOUN", 1, "obl:unmarked"},
                                  {"ADV", 7, "advmod"},
                                  {"NOUN", 5, "acl:relcl"},
                                  {"ADP", 9, "case"},
                                  {"PROPN", 7, "obl"},
                                  {"PUNCT", 1, "punct"}},
                           {{1, "declare"}}, {{{thursday, thursday + 8}, "2017-11-23"}});
  const Event* e = FirstEvent(x, "COERCE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date, "2017-11-23");
}

// "MOSCOW … The Foreign Ministry summoned …": a body named only after "the"
// and tied to no state is the dateline state's.
TEST_F(ExtractorTest, ABareMinistryInADatelinedStoryIsTheDatelineStates) {
  Extraction x = Run("MOSCOW, Nov 29 (Reuters) - Russia expelled an Iranian diplomat. The Foreign Ministry said "
                     "he had spied.");
  EXPECT_TRUE(HasRelation(x, "org:foreign-ministry", "part_of", "country:RUS"));
  // Not a body named with another word before it.
  Extraction y = Run("MOSCOW, Nov 29 (Reuters) - Russia expelled an Iranian diplomat. Iran's Foreign Ministry said "
                     "it would respond.");
  EXPECT_FALSE(HasRelation(y, "org:foreign-ministry", "part_of", "country:RUS"));
}

// "The military government rejected the findings": a state noun after a
// word of the regime's kind; when the sentences before name no state, the
// one state the story named.
TEST_F(ExtractorTest, TheMilitaryGovernmentIsTheOneStateTheStoryNamed) {
  Extraction x = Run("Iran's army killed 31 civilians, a rights group said. The group urged the UN to investigate. "
                     "The military government rejected the findings.");
  const Event* e = FirstEvent(x, "REJECT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Ids(e->actor), V{"country:IRN"});
}

// "accused Iran of opening fire on its guards, killing one soldier": what
// the accusation alleges goes on; the accuser attacks nobody.
TEST_F(ExtractorTest, AParticipleAfterAnAllegationIsPartOfIt) {
  Extraction x = Run("Russia accused Iran of opening fire on its border guards, killing one soldier.");
  EXPECT_EQ(Count(x, "ACCUSE"), 1);
  EXPECT_EQ(Count(x, "ASSAULT"), 0);
}

// What a verb of giving hands over goes to the state after "to", past a
// long object; approving a sale is the approver's arms sale; troops sent to
// help a partner are military aid.
TEST_F(ExtractorTest, GivingReachesTheStateAfterTo) {
  Extraction x = Run("Russia will deliver four more air defence systems and 200 million euros' worth of artillery "
                     "ammunition to Iran this year.");
  const Event* aid = FirstEvent(x, "AID");
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(Ids(aid->recipient), V{"country:IRN"});
  Extraction y = Run("The United States approved the sale of 12 helicopters to Iran.");
  const Event* sale = FirstEvent(y, "COOPERATE");
  ASSERT_NE(sale, nullptr);
  EXPECT_EQ(Ids(sale->actor), V{"country:USA"});
  EXPECT_EQ(Ids(sale->recipient), V{"country:IRN"});
  Extraction z = Run("Russia has sent 2,000 troops to Iran to help the Iranian army fight rebels.");
  const Event* troops = FirstEvent(z, "AID");
  ASSERT_NE(troops, nullptr);
  EXPECT_EQ(troops->mode, "military");
  EXPECT_EQ(Count(z, "MOBILIZE"), 0);
}

// "live-fire drills": a word joined by a hyphen is no fire (an accident).
TEST_F(ExtractorTest, LiveFireDrillsAreAShowOfForce) {
  EXPECT_EQ(Count(Run("Russia conducted live-fire drills near Iran on Tuesday."), "MOBILIZE"), 1);
  EXPECT_EQ(Count(Run("Russia conducted fire drills near Iran on Tuesday."), "MOBILIZE"), 0);
}

// A charging document no one is named as bringing is the dateline state's.
TEST_F(ExtractorTest, AnIndictmentIsTheDatelineStates) {
  Extraction x = Run("MOSCOW, Nov 29 (Reuters) - Russia arrested John Smith last week. An indictment unsealed on "
                     "Friday charges Smith with smuggling.");
  const Event* e = FirstEvent(x, "ACCUSE", 2);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Ids(e->actor), V{"country:RUS"});
  EXPECT_EQ(Ids(e->recipient), V{"person:john-smith"});
}

// "Soldiers arrested X at his home in Moscow": the state of the place.
TEST_F(ExtractorTest, SoldiersArrestForTheStateOfThePlace) {
  Extraction x = Run("Soldiers arrested former minister John Smith at his home in Moscow on Sunday night.");
  const Event* e = FirstEvent(x, "COERCE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Ids(e->actor), V{"country:RUS"});
}

// ", his lawyer said": a source the text does not name, not "his" referent.
TEST_F(ExtractorTest, HisLawyerIsAnUnnamedSource) {
  Extraction x = Run("Russia arrested John Smith on Sunday, his lawyer said.");
  const Event* e = FirstEvent(x, "COERCE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, "reported");
  EXPECT_TRUE(e->attributed_to.empty());
}

// "Acme Trading LLC, which is run by John Smith": he leads it.
TEST_F(ExtractorTest, ACompanyRunByAPersonIsLedByHim) {
  Extraction x = Run("Acme Trading LLC, which is run by Russian national John Smith, operates seven tankers.");
  EXPECT_TRUE(HasRelation(x, "person:john-smith", "leader_of", "org:acme-trading-llc"));
}

// "A Taliban border commander in X province, NAME, told": the role before
// the name in apposition relates the person to the body.
TEST_F(ExtractorTest, ARoleOpeningTheSentenceBeforeTheName) {
  Extraction x = Run("A CIA officer in Moscow, John Smith, told reporters that Iran had lied.");
  EXPECT_TRUE(HasRelation(x, "person:john-smith", "employee_of", "org:cia"));
}

// "would be met with overwhelming force": a threat.
TEST_F(ExtractorTest, MetWithForceIsAThreat) {
  Extraction x = Run("Russia said any attack launched from Iran would be met with overwhelming force.");
  EXPECT_EQ(Count(x, "THREATEN"), 1);
  EXPECT_EQ(Count(x, "CONSULT"), 0);
}

// "called on the authorities to release him": addressed to the dateline's
// state.
TEST_F(ExtractorTest, ARequestToTheAuthoritiesReachesTheDatelinesState) {
  Extraction x = Run("MOSCOW, Nov 29 (Reuters) - Russia jailed John Smith. The CIA called on the authorities to "
                     "release him immediately.");
  const Event* e = FirstEvent(x, "REQUEST");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Ids(e->recipient), V{"country:RUS"});
}

// "… after a strike killed three people. The strike on Wednesday hit a car":
// the date the definite noun gives.
TEST_F(ExtractorTest, AnEventTakesTheDateOfTheNounTakingItUp) {
  const std::string text = "Iran summoned Russia's envoy on Thursday after a Russian drone strike killed three people. "
                           "The strike on Wednesday hit a car.";
  const auto thursday = static_cast<uint32_t>(text.find("Thursday"));
  const auto wednesday = static_cast<uint32_t>(text.find("Wednesday"));
  Extraction x = Run(text, {{{thursday, thursday + 8}, "2017-11-23"}, {{wednesday, wednesday + 9}, "2017-11-22"}});
  const Event* e = FirstEvent(x, "ASSAULT", 0);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date, "2017-11-22");
}

TEST_F(ExtractorTest, TheTypeModelAddsALikelyTypeTheRulesMissed) {
  const std::filesystem::path home =
      std::filesystem::temp_directory_path() / ("dossier_learned_" + std::to_string(::getpid()));
  std::filesystem::create_directories(home / "models");
  std::filesystem::create_symlink(std::filesystem::path(DOSSIER_SOURCE_DIR) / "data", home / "data");
  TypeWeights bias;
  bias.fill(-3.0f);
  TypeWeights call{}, visit{};
  call[EventTypeIndex("CONSULT")] = 6.0f;
  visit[EventTypeIndex("CONSULT")] = 6.0f;
  visit[EventTypeIndex("AID")] = 6.0f;
  std::array<std::string, kEventTypeCount> cameo;
  cameo[EventTypeIndex("CONSULT")] = "040";
  {
    std::ofstream out(home / "models/events.model", std::ios::binary);
    out << EventTypeModel::Serialize(0.6f, bias, cameo,
                                     {{TypeFeature("l", "call"), call}, {TypeFeature("l", "visit"), visit}});
  }
  auto learned = Extractor::Load(home.string(), *linker_);
  std::filesystem::remove_all(home);
  ASSERT_TRUE(learned.ok()) << learned.status().ToString();

  // Subject, verb (with its lemma), object, full stop.
  auto code = [&](const std::string& text, const char* lemma) {
    text_ = text;
    seg_ = text::Segment(text_);
    linking_ = linker_->Link(text_, seg_, "2017-11-29");
    analysis_ = {};
    analysis_.tokens = {{"PROPN", "", 1, "nsubj"}, {"VERB", lemma, -1, "root"},
                        {"PROPN", "", 1, "obj"}, {"PUNCT", ".", 1, "punct"}};
    EXPECT_EQ(seg_.tokens.size(), analysis_.tokens.size());
    return (*learned)->Extract(text_, seg_, linking_, {}, "2017-11-29", &analysis_);
  };
  Extraction x = code("Russia called Iran.", "call");
  ASSERT_EQ(Count(x, "CONSULT"), 1);
  // (The code the trigger table gives the word for the type, not the
  // model's code for the type.)
  EXPECT_EQ(x.events[0].cameo, "041");
  EXPECT_EQ(x.events[0].trigger.Of(text_), "called");
  EXPECT_EQ(Ids(x.events[0].actor), V{"country:RUS"});
  EXPECT_EQ(Ids(x.events[0].recipient), V{"country:IRN"});
  EXPECT_EQ(x.events[0].modality, "asserted");

  x = code("Russia visited Iran.", "visit");
  EXPECT_EQ(Count(x, "CONSULT"), 1);  // the rules' own, not a second one
  EXPECT_EQ(Count(x, "AID"), 0);      // likely, but "visit" is no AID trigger
  // Without the evidence the model stays below its threshold.
  EXPECT_EQ(Count(code("Russia criticised Iran.", "criticise"), "CONSULT"), 0);
  // Without a tagger the rules code alone.
  const std::string plain = "Russia called Iran.";
  const text::Segmentation plain_seg = text::Segment(plain);
  const link::Linking plain_links = linker_->Link(plain, plain_seg, "2017-11-29");
  EXPECT_EQ(Count((*learned)->Extract(plain, plain_seg, plain_links, {}, "2017-11-29"), "CONSULT"), 0);
}

TEST(Lexicon, InflectsTriggers) {
  auto lex = Lexicon::Load(DOSSIER_SOURCE_DIR);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto forms = (*lex)->VerbForms("travel");
  for (const char* f : {"travels", "traveled", "travelled", "travelling"}) {
    EXPECT_NE(std::find(forms.begin(), forms.end(), f), forms.end()) << f;
  }
  forms = (*lex)->VerbForms("supply");
  EXPECT_NE(std::find(forms.begin(), forms.end(), "supplied"), forms.end());
  forms = (*lex)->VerbForms("meet");
  EXPECT_NE(std::find(forms.begin(), forms.end(), "met"), forms.end());
  EXPECT_EQ(Lexicon::NounForms("inquiry"), (V{"inquiry", "inquiries"}));
  EXPECT_NE((*lex)->EventsFor("called"), nullptr);
}

TEST(Lexicon, CuesMayHoldSeveralCategories) {
  auto lex = Lexicon::Load(DOSSIER_SOURCE_DIR);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  // "unless" opens a clause and makes it hypothetical.
  EXPECT_TRUE((*lex)->HasCue("unless", "clause_break"));
  EXPECT_TRUE((*lex)->HasCue("unless", "hypothetical"));
  EXPECT_FALSE((*lex)->HasCue("unless", "negation"));
  EXPECT_FALSE((*lex)->HasCue("no such cue", "hedge"));
}

TEST(Lexicon, CountsWordsAndSmallNumbers) {
  auto lex = Lexicon::Load(DOSSIER_SOURCE_DIR);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ((*lex)->Count("four"), 4);
  EXPECT_EQ((*lex)->Count("31"), 31);
  EXPECT_EQ((*lex)->Count("2024"), 0);  // a year
  EXPECT_EQ((*lex)->Count("entities"), 0);
  EXPECT_EQ((*lex)->Count(""), 0);
}

TEST(Lexicon, RejectsARowThatCouldNeverFire) {
  // A copy of the tables with one trigger row repeated under another type.
  namespace fs = std::filesystem;
  const fs::path home = fs::temp_directory_path() / "dossier_lexicon_duplicate_test";
  fs::create_directories(home / "data" / "extract");
  for (const char* table : {"irregular_verbs.tsv", "events.tsv", "relations.tsv", "cues.tsv"}) {
    fs::copy_file(fs::path(DOSSIER_SOURCE_DIR) / "data" / "extract" / table,
                  home / "data" / "extract" / table, fs::copy_options::overwrite_existing);
  }
  {
    std::ofstream events(home / "data" / "extract" / "events.tsv", std::ios::app);
    events << "meet\tV\tAGREE\t\t030\treciprocal\n";
  }
  auto lex = Lexicon::Load(home.string());
  ASSERT_FALSE(lex.ok());
  // ... unless the earlier row asks for the next one too (flag "also").
  {
    std::ofstream events(home / "data" / "extract" / "events.tsv");
    events << "meet\tV\tCONSULT\tmeet\t043\treciprocal,also\nmeet\tV\tAGREE\t\t030\treciprocal\n";
  }
  EXPECT_TRUE(Lexicon::Load(home.string()).ok());
  {
    std::ofstream events(home / "data" / "extract" / "events.tsv", std::ios::app);
    events << "meet\tV\tAGREE\t\t030\treciprocal\n";
  }
  lex = Lexicon::Load(home.string());
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().ToString().find("duplicate trigger 'meet'"), std::string::npos)
      << lex.status().ToString();
  // A row with needs after one of the same reading that needs nothing.
  {
    std::ofstream events(home / "data" / "extract" / "events.tsv");
    events << "vow\tV\tAGREE\t\t030\t\nvow\tV\tTHREATEN\t\t138\t\tretaliation\n";
  }
  lex = Lexicon::Load(home.string());
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().ToString().find("duplicate trigger 'vow'"), std::string::npos)
      << lex.status().ToString();
  fs::remove_all(home);
}

// "designated three entities and one individual in Turkey. Acme Trading LLC
// and its director, John Smith, …": the sentence after a counted sanction
// names its targets, and the places after the count are where they are.
TEST_F(ExtractorTest, ACountedSanctionReachesThoseTheNextSentenceIntroduces) {
  Extraction x = Run("The United States designated three entities and one individual in Turkey. "
                     "Acme Trading LLC and its director, John Smith, arranged the shipments.");
  const Event* act = FirstEvent(x, "SANCTION", 0);
  ASSERT_NE(act, nullptr);
  EXPECT_TRUE(act->recipient.empty());
  const Event* named = FirstEvent(x, "SANCTION", 1);
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(Ids(named->actor), V{"country:USA"});
  EXPECT_EQ(Ids(named->recipient), (V{"org:acme-trading-llc", "person:john-smith"}));
  ASSERT_EQ(named->evidence.size(), 1u);
  EXPECT_EQ(named->evidence[0].sentence, 0u);
  // (Its trigger, the first name listed, lies in its own sentence.)
  EXPECT_EQ(text_.substr(named->trigger.begin, named->trigger.end - named->trigger.begin), "Acme Trading LLC");
}

// The count bounds the targets, and a new paragraph tells something else.
TEST_F(ExtractorTest, ACountedSanctionReachesNoMoreThanItCountsNorPastItsParagraph) {
  Extraction x = Run("The United States designated two entities. "
                     "Acme Trading LLC, Beta Shipping Ltd and Gamma Oil Corp arranged the shipments.");
  const Event* named = FirstEvent(x, "SANCTION", 1);
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(Ids(named->recipient), (V{"org:acme-trading-llc", "org:beta-shipping-ltd"}));
  x = Run("The United States designated two entities.\n\nAcme Trading LLC arranged the shipments.");
  EXPECT_EQ(FirstEvent(x, "SANCTION", 1), nullptr);
  // (A wire story's lead, alone in its paragraph after the dateline: the
  // next paragraph names them.)
  x = Run("WASHINGTON, Nov 29 (Reuters) - The United States designated two entities.\n\n"
          "Acme Trading LLC arranged the shipments.");
  const Event* lead = FirstEvent(x, "SANCTION", 2);
  ASSERT_NE(lead, nullptr);
  EXPECT_EQ(Ids(lead->recipient), V{"org:acme-trading-llc"});
}

// A press release, under its issuer's heading, names them in the paragraphs
// after the act's.
// Where a cargo was going, who hosted talks and where a seizure was made
// are no parties to the act.
TEST_F(ExtractorTest, ADestinationAHostAndAPlaceAreNoRecipients) {
  Extraction x = Run("Russia seized weapons bound for Iran.");
  const Event* seized = FirstEvent(x, "COERCE");
  ASSERT_NE(seized, nullptr);
  EXPECT_TRUE(seized->recipient.empty());
  x = Run("Iran and North Korea held talks hosted by Russia.");
  const Event* talks = FirstEvent(x, "CONSULT");
  ASSERT_NE(talks, nullptr);
  for (const std::string& id : Ids(talks->recipient)) EXPECT_NE(id, "country:RUS");
}

// "The rebels are to withdraw": what a subject is to do is still to come;
// "The smugglers did not open fire": what nobody named did not do to nobody
// named is no event.
TEST_F(ExtractorTest, WhatIsToBeDoneIsHypotheticalAndANamelessDenialIsNothing) {
  Extraction x = Run("Under the deal, Russia is to withdraw its troops.");
  const Event* retreat = FirstEvent(x, "RETREAT");
  ASSERT_NE(retreat, nullptr);
  EXPECT_EQ(retreat->modality, "hypothetical");
  x = Run("The smugglers did not open fire.");
  EXPECT_EQ(Count(x, "ASSAULT"), 0);
}

TEST_F(ExtractorTest, AReleaseNamesItsCountedTargetsInTheParagraphsAfter) {
  Extraction x = Run("Office of Foreign Assets Control \u2014 Press release\n\n"
                     "The Office of Foreign Assets Control designated two entities.\n\n"
                     "Acme Trading LLC arranged the shipments.");
  const Event* named = FirstEvent(x, "SANCTION", 2);
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(Ids(named->recipient), (V{"org:acme-trading-llc"}));
}

// "announced 95 million dollars ($108 million) in aid": a bracketed amount
// and a day between the light verb and the noun do not hide its actor.
TEST_F(ExtractorTest, ANounsActorIsFoundPastABracketedAmountAndADay) {
  for (const char* text : {"The United States announced 95 million dollars ($108 million) in humanitarian aid for Iran.",
                           "The United States announced on Tuesday 95 million dollars in humanitarian aid for Iran."}) {
    Extraction x = Run(text);
    const Event* aid = FirstEvent(x, "AID");
    ASSERT_NE(aid, nullptr) << text;
    EXPECT_EQ(Ids(aid->actor), V{"country:USA"}) << text;
  }
}

// What a group noun after a name tells ("the Northern Unity Front coalition,
// led by X") is the organisation; "a CIA delegation led by X" is none.
TEST_F(ExtractorTest, AGroupNounAfterANameLedBySomeoneIsLedByHim) {
  Extraction x = Run("The Central Intelligence Agency network, led by Wilson Pierre, bribed officials.");
  ASSERT_FALSE(x.relations.empty());
  const std::string pierre = Ids({x.relations.front().subject}).front();
  EXPECT_TRUE(HasRelation(x, pierre, "leader_of", "org:cia"));
  x = Run("A Central Intelligence Agency delegation led by Wilson Pierre visited Moscow.");
  for (const Relation& r : x.relations) EXPECT_NE(r.predicate, "leader_of");
}

// "Iran's U.N. Ambassador X": he serves Iran; the United Nations is no
// part of Iran.
TEST_F(ExtractorTest, AnEnvoyToAnOrganisationOfStatesServesTheStateBeforeIt) {
  Extraction x = Run("Iran's UN Ambassador Amir Saeid Iravani said Tehran would respond.");
  EXPECT_FALSE(HasRelation(x, "org:un", "part_of", "country:IRN"));
  EXPECT_TRUE(HasRelation(x, "person:amir-saeid-iravani", "role_in", "country:IRN"));
  EXPECT_FALSE(HasRelation(x, "person:amir-saeid-iravani", "role_in", "org:un"));
}

// "reimpose United Nations sanctions on Iran": the body whose sanctions they
// are is no target.
TEST_F(ExtractorTest, TheBodyNamingTheSanctionsIsNoTarget) {
  Extraction x = Run("Russia moved to reimpose UN sanctions on Iran over its nuclear programme.");
  const Event* sanction = FirstEvent(x, "SANCTION");
  ASSERT_NE(sanction, nullptr);
  EXPECT_EQ(Ids(sanction->recipient), V{"country:IRN"});
}

// "designated Chinese national X" after the story spoke of sanctions is a
// sanction of X, who is "a longtime associate" of the one named after "of".
TEST_F(ExtractorTest, APersonDesignatedAfterSanctionsIsSanctionedAndAnAssociateOfWhomTheyServe) {
  Extraction x = Run("The United States imposed sanctions on Iranian businessman Reza Kazemipour on Wednesday. "
                     "The United States also designated Chinese national Liu Guanghua, a longtime "
                     "associate of Reza Kazemipour.");
  bool designated = false;
  for (const Event& e : x.events) {
    if (e.event == "SANCTION" && Ids(e.recipient) == V{"person:liu-guanghua"}) designated = true;
  }
  EXPECT_TRUE(designated);
  EXPECT_TRUE(HasRelation(x, "person:liu-guanghua", "associate_of", "person:reza-kazemipour"));
  // With no sanctions spoken of, a designation is no sanction.
  x = Run("The party designated Chinese national Liu Guanghua as its candidate.");
  EXPECT_EQ(FirstEvent(x, "SANCTION"), nullptr);
}

// "imposed sanctions on … two Iranian nationals it accused of …": "it" is
// the one imposing them.
TEST_F(ExtractorTest, APronounInARelativeClauseWithNoRelativeWordIsTheVerbsSubject) {
  Extraction x = Run("The United States imposed sanctions on two Iranian nationals it accused of procuring engines.");
  const Event* accusation = FirstEvent(x, "ACCUSE");
  ASSERT_NE(accusation, nullptr);
  EXPECT_EQ(Ids(accusation->actor), V{"country:USA"});
}

// "…; Moscow denies" ending a headline: the dateline's city after it is no
// object of the denial.
TEST_F(ExtractorTest, AHeadlinesLastWordReachesNoNameInTheDateline) {
  Extraction x = Run("Rebels raid army post near border; Moscow denies\n\nTEHRAN, March 5 (AFP) - Rebels on "
                     "Wednesday attacked an army post.");
  const Event* denial = FirstEvent(x, "REJECT");
  ASSERT_NE(denial, nullptr);
  EXPECT_EQ(Ids(denial->actor), V{"country:RUS"});
  EXPECT_TRUE(denial->recipient.empty()) << ::testing::PrintToString(Ids(denial->recipient));
}

TEST_F(ExtractorTest, ADescriptionWithAndAfterAQuotesSpeakerStillEndsAtTheVerb) {
  Extraction x = Run("\"Iran continues to rely on front companies across Asia to arm its partners,\" Michael Faulkner, "
                     "Treasury's acting under secretary for terrorism and financial intelligence, said in a statement.");
  ASSERT_EQ(x.quotes.size(), 1u);
  ASSERT_GE(x.quotes[0].speaker, 0);
  EXPECT_EQ(linking_.entities[x.quotes[0].speaker].id, "person:michael-faulkner");
}


// A sanctions notice announces its list ("designated the following
// persons") and gives each target a line: "1. Name: X", "SURNAME, Given",
// "- X LLC". Each entry's name is a target; a name in the prose after the
// list is none.
TEST_F(ExtractorTest, ANoticesListedEntriesAreTheDesignationsTargets) {
  Extraction x = Run("The Foreign Office has today designated the following persons.\n\n"
                     "1. Name: Bawar Kamaran RASUL\nDOB: 14/03/1986.\n"
                     "2. PETROV, Igor Sergeyevich\nDOB: 11/03/1984.\n"
                     "- Cavalry Myanmar Company Limited\n\n"
                     "What you must do\n"
                     "You must check whether you hold any funds of Zenith Harbour Trading LLC.");
  std::vector<std::string> targets;
  for (const Event& e : x.events) {
    if (e.event != "SANCTION") continue;
    for (const std::string& id : Ids(e.recipient)) targets.push_back(id);
  }
  std::sort(targets.begin(), targets.end());
  EXPECT_EQ(targets, (V{"org:cavalry-myanmar-company-limited", "person:bawar-kamaran-rasul",
                        "person:igor-sergeyevich-petrov"}));
}

}  // namespace
}  // namespace dossier::extract
