#include "link/linker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>

#include "base/file.h"

namespace dossier::link {
namespace {

const char* kCountries =
    "PRK\tNorth Korea\tDPRK\tNorth Korean\tPyongyang|The Orvel Hague\t\n"
    "IRN\tIran\tIslamic Republic of Iran\tIranian\tTehran\t\n"
    "USA\tUnited States\tUS|U.S.\tAmerican\tWashington\tWhite House\n"
    "XZB\tZemblavia\t\t\t\t\n";
const char* kOrgs =
    "org:cia\tPublicBody\tCentral Intelligence Agency\tCIA\tUSA\t\tintelligence\n"
    "org:orvel-times\tCompany\tThe Orvel Times\t\tUSA\t\tmedia\n"
    "org:premier-cup\tOrganization\tPremier Cup\t\tUSA\t\tsports\n";
const char* kPeople =
    "person:kim-jong-un\tKim Jong-un\tKim Jong Un\tPRK\tleader\n"
    "person:hassan-rouhani\tHassan Rouhani\tHasan Rouhani|Hassan Rowhani\tIRN\tpresident\n"
    "person:orvel-bell\tOrvel Bell\t\tUSA\tinventor\n"
    "person:recep-tayyip-erdogan\tRecep Tayyip Erdoğan\t\tTUR\tpresident\n";
const char* kRoles =
    "person:kim-jong-un\tleader_of\tcountry:PRK\tSupreme Leader\t2011-12-17\t\n"
    "person:hassan-rouhani\tleader_of\tcountry:IRN\tPresident\t2013-08-03\t2021-08-03\n"
    "person:recep-tayyip-erdogan\tleader_of\tcountry:TUR\tPresident\t2014-08-28\t\n";

// "surface=TYPE" for each mention `linker` finds in `text`, given the
// tagger's spans `ner` (nullptr: no tagger) and the POS tag `tag` gives each
// word (none: no POS tagger).
std::vector<std::string> TypedMentions(const Linker& linker, const std::string& text, const std::vector<NerSpan>* ner,
                                       const std::function<std::string_view(std::string_view)>& tag = {}) {
  const text::Segmentation seg = text::Segment(text);
  std::vector<std::string_view> words;
  for (const auto& t : seg.tokens) words.push_back(std::string_view(text).substr(t.begin, t.end - t.begin));
  Linker::TokenPos pos;
  if (tag) pos = [&](uint32_t k) { return tag(words[k]); };
  const Linking l = linker.Link(text, seg, "2017-11-29", ner, pos);
  std::vector<std::string> out;
  for (const Mention& m : l.mentions) out.push_back(std::string(m.span.Of(text)) + "=" + m.type);
  return out;
}

class LinkerTest : public ::testing::Test {
 protected:
  void SetUp() override { Build(kb::KnowledgeBase::FromTables(kCountries, kOrgs, kPeople, kRoles)); }

  // The gazetteer, the project's cues and the linker over `kb`.
  void Build(base::Result<std::unique_ptr<kb::KnowledgeBase>> kb) {
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = std::move(*kb);
    gaz_ = kb::Gazetteer::Build(*kb_);
    auto cues = Cues::Load(DOSSIER_SOURCE_DIR);
    ASSERT_TRUE(cues.ok()) << cues.status().ToString();
    cues_ = std::move(*cues);
    linker_ = std::make_unique<Linker>(*kb_, *gaz_, *cues_);
  }

  // "surface=TYPE:entity-id" for each mention; with `tagged`, the tagger's
  // spans as {"words", "TYPE"} pairs (each the first occurrence of its words).
  std::vector<std::string> Mentions(const std::string& text, const std::string& date = "2017-11-29",
                                    const std::vector<std::pair<std::string, std::string>>* tagged = nullptr) {
    seg_ = text::Segment(text);
    std::vector<NerSpan> ner;
    if (tagged != nullptr) {
      for (const auto& [spec, type] : *tagged) {
        // ("^Arman 114": the last place the words occur, not the first.)
        const bool last = spec.starts_with("^");
        const std::string words = last ? spec.substr(1) : spec;
        const size_t at = last ? text.rfind(words) : text.find(words);
        NerSpan n{0, 0, type};
        for (uint32_t k = 0; k < seg_.tokens.size(); ++k) {
          if (seg_.tokens[k].begin == at) n.token_begin = k;
          if (seg_.tokens[k].end == at + words.size()) n.token_end = k + 1;
        }
        ner.push_back(n);
      }
    }
    linking_ = linker_->Link(text, seg_, date, tagged != nullptr ? &ner : nullptr);
    std::vector<std::string> out;
    for (const Mention& m : linking_.mentions) {
      out.push_back(std::string(m.span.Of(text)) + "=" + m.type + ":" +
                    (m.entity >= 0 ? linking_.entities[m.entity].id : "null"));
    }
    return out;
  }

  // Links `text` with the tagger's spans `ner` (token ranges) and expects two
  // mentions, the second written `second` and naming the first's entity.
  void ExpectSecondNamesTheFirst(const std::string& text, const std::vector<NerSpan>& ner, std::string_view second) {
    text_ = text;
    seg_ = text::Segment(text_);
    linking_ = linker_->Link(text_, seg_, "2017-11-29", &ner);
    ASSERT_EQ(linking_.mentions.size(), 2u);
    EXPECT_EQ(linking_.mentions[1].span.Of(text_), second);
    EXPECT_EQ(linking_.mentions[1].entity, linking_.mentions[0].entity);
  }

  // The tokens of the last text linked that read `word`.
  std::vector<uint32_t> TokensOf(const std::string& text, std::string_view word) const {
    std::vector<uint32_t> at;
    for (uint32_t k = 0; k < seg_.tokens.size(); ++k) {
      if (seg_.tokens[k].span().Of(text) == word) at.push_back(k);
    }
    return at;
  }

  // The ids of what the referring word at token k of the last text linked stands for.
  std::vector<std::string> ResolvedIds(const std::string& text, uint32_t k) const {
    std::vector<std::string> ids;
    for (int e : linker_->Resolve(linking_, text, seg_, k)) ids.push_back(linking_.entities[e].id);
    return ids;
  }

  std::unique_ptr<kb::KnowledgeBase> kb_;
  std::unique_ptr<kb::Gazetteer> gaz_;
  std::unique_ptr<Cues> cues_;
  std::unique_ptr<Linker> linker_;
  std::string text_;
  text::Segmentation seg_;
  Linking linking_;
};

using V = std::vector<std::string>;

TEST_F(LinkerTest, LinksKbNamesDemonymsCapitalsAndTypos) {
  EXPECT_EQ(Mentions("Pyongyang and Tehran met. An Iranian envoy flew to Noth Korea."),
            (V{"Pyongyang=GPE:country:PRK", "Tehran=GPE:country:IRN", "Iranian=NORP:country:IRN",
               "Noth Korea=GPE:country:PRK"}));
}

TEST_F(LinkerTest, APlacesNameWithNAddedIsItsAdjective) {
  // No demonym is known for Zemblavia: "Zemblavian" is a near miss of its name but
  // an adjective, not a misspelt place.
  EXPECT_EQ(Mentions("Officials said Zemblavian troops left Zemblavia."),
            (V{"Zemblavian=NORP:country:XZB", "Zemblavia=GPE:country:XZB"}));
}

TEST_F(LinkerTest, ADepartmentGoesByTheWordBeforeDepartment) {
  Build(kb::KnowledgeBase::FromTables(
      kCountries,
      std::string(kOrgs) + "org:commerce-department\tPublicBody\tCommerce Department\tZemblavian Commerce Department\tXZB\t\tgovernment\n",
      kPeople, kRoles));
  // The tagger's spans: "Commerce Department" and the later "Commerce".
  ExpectSecondNamesTheFirst("The Commerce Department acted. Commerce said it would go on.",
                            {{1, 3, "ORG"}, {5, 6, "ORG"}}, "Commerce");
  if (HasFatalFailure()) return;
  EXPECT_EQ(linking_.entities[linking_.mentions[1].entity].id, "org:commerce-department");
}

TEST_F(LinkerTest, ThePersonsLastTwoNamesAreThePerson) {
  // The tagger's spans: the full name (tokens 5-7) and the later two words (9-10).
  ExpectSecondNamesTheFirst("The network was led by Hossein Hatefi Ardakani. Hatefi Ardakani bought engines.",
                            {{5, 8, "PERSON"}, {9, 11, "PERSON"}}, "Hatefi Ardakani");
}

TEST_F(LinkerTest, AKnownAcronymGivesAnUnlistedLongNameItsEntity) {
  Build(kb::KnowledgeBase::FromTables(
      kCountries,
      std::string(kOrgs) +
          "org:irgc-aerospace-force\tPublicBody\tIRGC Aerospace Force\tIRGC-ASF\tIRN\t\tmilitary\n"
          "org:iraqi-security-forces\tPublicBody\tIraqi Security Forces\tISF\t\t\tmilitary\n",
      kPeople, kRoles));
  EXPECT_EQ(Mentions("The Islamic Revolutionary Guard Corps Aerospace Force (IRGC-ASF) fired missiles."),
            (V{"Islamic Revolutionary Guard Corps Aerospace Force=ORG:org:irgc-aerospace-force",
               "IRGC-ASF=ORG:org:irgc-aerospace-force"}));
  // An acronym shared by a body whose name has other words names no known body.
  EXPECT_EQ(Mentions("They set up the International Stabilization Force (ISF) today."),
            (V{"International Stabilization Force=ORG:org:international-stabilization-force",
               "ISF=ORG:org:international-stabilization-force"}));
}

TEST_F(LinkerTest, ABodysSeatActingIsTheBody) {
  Build(kb::KnowledgeBase::FromTables(
      std::string(kCountries) + "BEL\tBelgium\t\tBelgian\tBrussels\t\n",
      std::string(kOrgs) + "org:european-union\tPublicBody\tEuropean Union\tEU\t\t\tigo\n", kPeople, kRoles));
  EXPECT_EQ(Mentions("The European Union met. Brussels imposed sanctions. Talks were held in Brussels."),
            (V{"European Union=ORG:org:european-union", "Brussels=ORG:org:european-union",
               "Brussels=GPE:country:BEL"}));
  // Without the body in the text, the capital is its state.
  EXPECT_EQ(Mentions("Brussels imposed sanctions."), (V{"Brussels=GPE:country:BEL"}));
}

TEST_F(LinkerTest, AnotherStatesKnownBodyAfterAStatesPossessiveIsThatStatesOwn) {
  Build(kb::KnowledgeBase::FromTables(
      kCountries, std::string(kOrgs) + "org:us-congress\tPublicBody\tUnited States Congress\tCongress\tUSA\t\tgovernment\n",
      kPeople, kRoles));
  EXPECT_EQ(Mentions("Iran's Central Intelligence Agency said so. The Central Intelligence Agency denied it."),
            (V{"Iran=GPE:country:IRN", "Central Intelligence Agency=ORG:org:irn-central-intelligence-agency",
               "Central Intelligence Agency=ORG:org:irn-central-intelligence-agency"}));
  // The state's own known body, and a known body named without a state, stay themselves.
  EXPECT_EQ(Mentions("The United States's Congress met. Congress voted."),
            (V{"United States=GPE:country:USA", "Congress=ORG:org:us-congress", "Congress=ORG:org:us-congress"}));
}

TEST_F(LinkerTest, AKnownBodysShortNameInAStoryNotNamingItsStateIsAnotherStatesBody) {
  Build(kb::KnowledgeBase::FromTables(
      kCountries,
      std::string(kOrgs) +
          "org:us-foreign-office\tPublicBody\tOffice of Foreign Relations\tForeign Office\tUSA\t\tgovernment\n",
      kPeople, kRoles));
  // Iran named, the United States never: Iran's own Foreign Office, of no known state.
  EXPECT_EQ(Mentions("Iran rejected the claim. The Foreign Office said so."),
            (V{"Iran=GPE:country:IRN", "Foreign Office=ORG:org:foreign-office"}));
  // The body's state named: the known body.
  EXPECT_EQ(Mentions("The United States rejected the claim. The Foreign Office said so."),
            (V{"United States=GPE:country:USA", "Foreign Office=ORG:org:us-foreign-office"}));
}

TEST_F(LinkerTest, TheCountryIsTheOneStateNamedBefore) {
  Build(kb::KnowledgeBase::FromTables(kCountries, kOrgs, kPeople, kRoles));
  const auto country = [&](const std::string& text) -> std::string {
    Mentions(text);
    for (uint32_t k = 1; k < seg_.tokens.size(); ++k) {
      if (seg_.tokens[k].span().Of(text) != "country") continue;
      const std::vector<int> r = linker_->Resolve(linking_, text, seg_, k);
      return r.empty() ? "none" : linking_.entities[r.front()].id;
    }
    return "no country";
  };
  EXPECT_EQ(country("Iran's mission said the country had never supplied missiles."), "country:IRN");
  EXPECT_EQ(country("Iran was named. The officials said the country had never supplied missiles."), "country:IRN");
  // Two states named: the text does not say which.
  EXPECT_EQ(country("Iran said North Korea had never supplied the country with missiles."), "none");
  // Only right after "the".
  EXPECT_EQ(country("Iran said no country had supplied missiles."), "none");
}

TEST_F(LinkerTest, ABodyOpenedByAStatesNameGoesByTheRest) {
  const V m = Mentions("The United States Space Command Agency met. Space Command Agency said so.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].substr(m[0].find('=')), m[1].substr(m[1].find('=')));
}

TEST_F(LinkerTest, CurrencyPrefixesAreNoNames) {
  EXPECT_EQ(Mentions("Iran pays A$2.5 billion (US$1.7 billion) to North Korea. The US agreed."),
            (V{"Iran=GPE:country:IRN", "North Korea=GPE:country:PRK", "US=GPE:country:USA"}));
}

TEST_F(LinkerTest, TypesUnknownNamesByCues) {
  EXPECT_EQ(Mentions("He met Jay Solomon of the Shahid Hemmat Industrial Group and the Acme Institute for Peace Studies."),
            (V{"Jay Solomon=PERSON:person:jay-solomon",
               "Shahid Hemmat Industrial Group=ORG:org:shahid-hemmat-industrial-group",
               "Acme Institute for Peace Studies=ORG:org:acme-institute-for-peace-studies"}));
}

TEST_F(LinkerTest, TitlesAreCuesNotNames) {
  auto m = Mentions("Then-CIA Director John O. Brennan spoke. President Hassan Rouhani listened.");
  EXPECT_EQ(m, (V{"CIA=ORG:org:cia", "John O. Brennan=PERSON:person:john-o-brennan",
                  "Hassan Rouhani=PERSON:person:hassan-rouhani"}));
  EXPECT_EQ(linking_.mentions[1].title, "Director");
  EXPECT_EQ(linking_.mentions[2].title, "President");
}

TEST_F(LinkerTest, AcronymsAndPartialNamesCorefer) {
  auto m = Mentions("Sayyed Javad Musavi worked with Korea Mining Development Trading Corp (KOMID). "
                    "Later Musavi visited KOMID.");
  ASSERT_EQ(m.size(), 5u) << ::testing::PrintToString(m);
  EXPECT_EQ(m[2], "KOMID=ORG:org:korea-mining-development-trading-corp");
  EXPECT_EQ(m[3], "Musavi=PERSON:person:sayyed-javad-musavi");
  EXPECT_EQ(m[4], "KOMID=ORG:org:korea-mining-development-trading-corp");
}

TEST_F(LinkerTest, AKnownNameAtASentenceStartKeepsItsFirstWord) {
  // The opener rule drops "Later" before a known surname, not the given name.
  auto m = Mentions("The memo came from Adaeze Okonkwo. Adaeze Okonkwo signed it. Later Okonkwo left.");
  EXPECT_EQ(m, (V{"Adaeze Okonkwo=PERSON:person:adaeze-okonkwo",
                  "Adaeze Okonkwo=PERSON:person:adaeze-okonkwo",
                  "Okonkwo=PERSON:person:adaeze-okonkwo"}));
}

TEST_F(LinkerTest, WithATaggerItsSpansDecideUnknownRuns) {
  using Tagged = std::vector<std::pair<std::string, std::string>>;
  // A shorter name at the start of a run: the tagger's reading.
  const std::string text = "Regards, Mina Cho Risk Desk. Send it to Chinedu Obi.";
  const Tagged tagged = {{"Mina Cho", "PERSON"}, {"Chinedu Obi", "PERSON"}};
  EXPECT_EQ(Mentions(text, "2017-11-29", &tagged),
            (V{"Mina Cho=PERSON:person:mina-cho", "Chinedu Obi=PERSON:person:chinedu-obi"}));
  EXPECT_EQ(Mentions(text), (V{"Mina Cho Risk Desk=PERSON:person:mina-cho-risk-desk",
                               "Chinedu Obi=PERSON:person:chinedu-obi"}));
  // A name at the end of the run or inside it keeps the run, typed by the tagger.
  const Tagged inside = {{"Kivara", "LOC"}, {"Natal", "LOC"}};
  EXPECT_EQ(Mentions("Floods hit Southern Kivara and KwaZulu-Natal.", "2017-11-29", &inside),
            (V{"Southern Kivara=LOC:loc:southern-kivara", "KwaZulu-Natal=LOC:loc:kwazulu-natal"}));
  // A name across the run's start that begins with a name the rules found
  // already is no other reading ("Iran" is the KB's).
  const Tagged across = {{"Iran Adaeze Okonkwo", "PERSON"}};
  EXPECT_EQ(Mentions("Envoy to Iran Adaeze Okonkwo spoke.", "2017-11-29", &across),
            (V{"Iran=GPE:country:IRN", "Adaeze Okonkwo=PERSON:person:adaeze-okonkwo"}));
}

TEST_F(LinkerTest, TheTaggersPersonEndsAKeywordRunAndArticlesAreNoPartOfNames) {
  using Tagged = std::vector<std::pair<std::string, std::string>>;
  const Tagged tagged = {{"Halima Yusuf", "PERSON"}, {"The Orbis Ledger", "ORG"}};
  EXPECT_EQ(Mentions("Spokeswoman of the Kivaran Armed Forces Halima Yusuf said so. "
                     "The Orbis Ledger warned.", "2017-11-29", &tagged),
            (V{"Kivaran Armed Forces=ORG:org:kivaran-armed-forces", "Halima Yusuf=PERSON:person:halima-yusuf",
               "Orbis Ledger=ORG:org:orbis-ledger"}));
}

TEST_F(LinkerTest, UnknownAcronymsAreOrganisationsButNotAbbreviationsOrDesignations) {
  EXPECT_EQ(Mentions("They say the CJNG sent it ASAP, and that H5N1 spread."), (V{"CJNG=ORG:org:cjng"}));
}

TEST_F(LinkerTest, AWordInCapitalsTheTaggerReadsAsNoNounIsEmphasisNotAnAcronym) {
  const std::string text = "Of THESE three, the CJNG is worst.";
  auto tag = [](std::string_view w) -> std::string_view { return w == "CJNG" ? "PROPN" : w == "three" ? "NUM" : "DET"; };
  EXPECT_EQ(TypedMentions(*linker_, text, nullptr, tag), (V{"CJNG=ORG"}));  // no NER tagger
  EXPECT_EQ(TypedMentions(*linker_, text, nullptr), (V{"THESE=ORG", "CJNG=ORG"}));  // without POS tags, as before
}

TEST_F(LinkerTest, WithTheTaggerAnUnknownAcronymItReadsAsNoNameIsNone) {
  const std::string text = "We still work on the PSE swap with the CJNG.";
  const std::vector<NerSpan> none, org = {{9, 10, "ORG"}};
  EXPECT_EQ(TypedMentions(*linker_, text, &none), (V{}));
  EXPECT_EQ(TypedMentions(*linker_, text, &org), (V{"CJNG=ORG"}));
}

TEST_F(LinkerTest, ALowerCaseParticleTheTaggerReadsInAPersonsNameIsPartOfIt) {
  const std::vector<std::pair<std::string, std::string>> person = {{"bin Laden", "PERSON"}};
  EXPECT_EQ(Mentions("They turned to bin Laden for help.", "2017-11-29", &person),
            (V{"bin Laden=PERSON:person:bin-laden"}));
  const std::vector<std::pair<std::string, std::string>> surname = {{"Laden", "PERSON"}};
  EXPECT_EQ(Mentions("They turned to bin Laden for help.", "2017-11-29", &surname),
            (V{"Laden=PERSON:person:laden"}));
}

TEST_F(LinkerTest, ATitleBeforeOfNamesAnOfficeNotAPlace) {
  EXPECT_EQ(Mentions("The Governor of Orvel Province survived an attack."),
            (V{"Orvel Province=LOC:loc:orvel-province"}));
}

TEST_F(LinkerTest, ADocumentsNameIsALawNotTheBodyItNames) {
  EXPECT_EQ(Mentions("They cited the Charter of the Central Intelligence Agency."),
            (V{"Charter of the Central Intelligence Agency=LAW:null"}));
  EXPECT_EQ(Mentions("They cited the Central Intelligence Agency Charter."),
            (V{"Central Intelligence Agency Charter=LAW:null"}));
  EXPECT_EQ(Mentions("They cited the Treaty on the Orvel Mining Ban."), (V{"Treaty on the Orvel Mining Ban=LAW:null"}));
  // An organisation's keyword after the law's heads the name.
  EXPECT_EQ(Mentions("They met the Election Commission today."),
            (V{"Election Commission=ORG:org:election-commission"}));
}

TEST_F(LinkerTest, AKeywordOfTheNameJoinsItAndHeadsIt) {
  EXPECT_EQ(Mentions("It met the Department of the Interior and the Bank of the Orvel Islands."),
            (V{"Department of the Interior=ORG:org:department-of-the-interior",
               "Bank of the Orvel Islands=ORG:org:bank-of-the-orvel-islands"}));
  // Not after a person's name, nor a place "on the" anything.
  const std::vector<std::pair<std::string, std::string>> tagged = {{"Ilie Bolojan", "PERSON"},
                                                                   {"National Liberal Party", "ORG"}};
  EXPECT_EQ(Mentions("It backed Ilie Bolojan of the National Liberal Party.", "2017-11-29", &tagged),
            (V{"Ilie Bolojan=PERSON:person:ilie-bolojan", "National Liberal Party=ORG:org:national-liberal-party"}));
  EXPECT_EQ(Mentions("The boat sank in the Orvel River on the Zemblavia border."),
            (V{"Orvel River=LOC:loc:orvel-river", "Zemblavia=GPE:country:XZB"}));
}

TEST_F(LinkerTest, ATitleAndOneProperNameAreAPersonWhateverTheTaggerSays) {
  auto tag = [](std::string_view w) -> std::string_view {
    return w == "Staff" ? "NOUN" : std::isupper(static_cast<unsigned char>(w[0])) ? "PROPN" : "ADP";
  };
  const std::vector<NerSpan> org = {{4, 6, "ORG"}};
  EXPECT_EQ(TypedMentions(*linker_, "It was written by Justice Orvel in June.", &org, tag), (V{"Orvel=PERSON"}));
  EXPECT_EQ(TypedMentions(*linker_, "It was written by General Staff in June.", &org, tag), (V{"General Staff=ORG"}));
}

TEST_F(LinkerTest, AFunctionWordOpensANameTheTaggerReadsFromIt) {
  const std::vector<std::pair<std::string, std::string>> tagged = {{"Just Stop Orvel", "ORG"}};
  EXPECT_EQ(Mentions("The group Just Stop Orvel will disband.", "2017-11-29", &tagged),
            (V{"Just Stop Orvel=ORG:org:just-stop-orvel"}));
  // Without the tagger the function word is skipped, as before.
  EXPECT_EQ(Mentions("The group Just Stop Orvel will disband."), (V{"Stop Orvel=PERSON:person:stop-orvel"}));
}

TEST_F(LinkerTest, ATitleBeforeANameEndsABodysNameAtTheConnector) {
  EXPECT_EQ(Mentions("The Orvel Party of President Ana Lima won."),
            (V{"Orvel Party=ORG:org:orvel-party", "Ana Lima=PERSON:person:ana-lima"}));
  EXPECT_EQ(Mentions("He spoke at the Office of the President today."),
            (V{"Office of the President=ORG:org:office-of-the-president"}));
}

TEST_F(LinkerTest, AKnownNameInLowerCaseCountsWhereCaseSaysNothing) {
  auto mentions = [&](const std::string& text, std::string_view name_pos) {
    const std::vector<NerSpan> none;
    return TypedMentions(*linker_, text, &none, [&](std::string_view w) -> std::string_view {
      return w == "zemblavia" ? name_pos : w == "from" ? "ADP" : "VERB";
    });
  };
  EXPECT_EQ(mentions("i will travel from zemblavia soon", "NOUN"), (V{"zemblavia=GPE"}));
  EXPECT_EQ(mentions("i will visit zemblavia soon", "PROPN"), (V{"zemblavia=GPE"}));
  // A common noun not after a place's preposition, and any sentence with a
  // capital after its first word, keep lower case as no name.
  EXPECT_EQ(mentions("i will visit zemblavia soon", "NOUN"), (V{}));
  EXPECT_EQ(mentions("i will travel from zemblavia with Ana", "NOUN"), (V{}));
}

TEST_F(LinkerTest, ALowerCaseTaggerSpanInCasedTextCountsOnlyWhenKnown) {
  const std::vector<std::pair<std::string, std::string>> tagged = {{"zemblavia", "LOC"}, {"orvel", "ORG"}};
  EXPECT_EQ(Mentions("Good day, I live in zemblavia and we sued the orvel people, Ana said.", "2017-11-29", &tagged),
            (V{"zemblavia=GPE:country:XZB"}));
}

TEST_F(LinkerTest, AStatesFormalNameIsTheState) {
  EXPECT_EQ(Mentions("The Federal Republic of Zemblavia and the Grand Duchy of Zemblavia spoke."),
            (V{"Federal Republic of Zemblavia=GPE:country:XZB", "Grand Duchy of Zemblavia=GPE:country:XZB"}));
  // Not a word that is no state's form.
  EXPECT_EQ(Mentions("The Free People of Zemblavia spoke."),
            (V{"Free People=PERSON:person:free-people", "Zemblavia=GPE:country:XZB"}));  // no tagger here
}

TEST_F(LinkerTest, OnAndForJoinABodysNameButNotAPlaces) {
  EXPECT_EQ(Mentions("He joined the Council on Orvel Relations."),
            (V{"Council on Orvel Relations=ORG:org:council-on-orvel-relations"}));
  EXPECT_EQ(Mentions("It renamed the Gulf of Orvel on Zemblavia Maps for US users."),
            (V{"Gulf of Orvel=LOC:loc:gulf-of-orvel", "Zemblavia=GPE:country:XZB", "US=GPE:country:USA"}));
}

TEST_F(LinkerTest, ALegalFormAfterACommaEndsTheCompanysName) {
  auto mentions = [&](const std::string& text, const std::vector<NerSpan>& ner) {
    return TypedMentions(*linker_, text, &ner);
  };
  // A run the rules type, and a name only the tagger reads.
  EXPECT_EQ(mentions("It hired Lunar Transportation Systems, Inc. last year.", {}),
            (V{"Lunar Transportation Systems, Inc.=ORG"}));
  EXPECT_EQ(mentions("It hired Baz, L.L.C. last year.", {{2, 3, "LOC"}}), (V{"Baz, L.L.C.=ORG"}));
  // A legal form alone names nothing, and one before another name is no
  // part of the name before it.
  EXPECT_EQ(mentions("Inc. is a suffix.", {{0, 1, "ORG"}}), (V{}));
  EXPECT_EQ(mentions("It sued Baz, AG Ken Paxton said.", {{2, 3, "ORG"}, {5, 7, "PERSON"}}),
            (V{"Baz=ORG", "Ken Paxton=PERSON"}));
  // Unless the tagger ends the name with it (a signature: "... Inc. Phone 555").
  EXPECT_EQ(mentions("It is Baz, Inc. Phone 555.", {{2, 5, "ORG"}}), (V{"Baz, Inc.=ORG"}));
}

// The project's own knowledge base with GeoNames' cities (skipped when the
// shared data is not beside the project).
class LinkerWithGeoNames : public LinkerTest {
 protected:
  void SetUp() override {
    const std::string cities =
        std::string(DOSSIER_SOURCE_DIR) + "/../shared/data/gazetteers/geonames/cities15000.txt";
    if (!std::filesystem::exists(cities)) GTEST_SKIP() << "no GeoNames cities beside the project";
    Build(kb::KnowledgeBase::Load(DOSSIER_SOURCE_DIR));
  }
};

TEST_F(LinkerWithGeoNames, ATownTheTaggerReadsAsAPersonIsThePerson) {
  const Linker& linker = *linker_;
  // Elizabeth (New Jersey) and Mary (Turkmenistan) are towns of GeoNames.
  const std::string text = "Please pass this to Elizabeth from Mary Jo Foley.";
  const std::vector<NerSpan> none, people = {{4, 5, "PERSON"}, {6, 9, "PERSON"}};
  EXPECT_EQ(TypedMentions(linker, text, &none), (V{"Elizabeth=GPE", "Mary=GPE"}));
  EXPECT_EQ(TypedMentions(linker, text, &people), (V{"Elizabeth=PERSON", "Mary Jo Foley=PERSON"}));
}

TEST_F(LinkerWithGeoNames, ATownIsPlacedByTheStatesTheTextNames) {
  const Linker& linker = *linker_;
  // The tagger reads "Hyderabad" as a place (a one-word town is the tagger's to find).
  auto ids = [&](const std::string& text) {
    const text::Segmentation seg = text::Segment(text);
    std::vector<NerSpan> ner;
    for (uint32_t k = 0; k < seg.tokens.size(); ++k) {
      if (seg.tokens[k].span().Of(text) == "Hyderabad") ner.push_back({k, k + 1, "LOC"});
    }
    const Linking l = linker.Link(text, seg, "2025-01-01", &ner);
    std::vector<std::string> out;
    for (const Mention& m : l.mentions) out.push_back(std::string(m.span.Of(text)) + "=" + l.entities[m.entity].id);
    return out;
  };
  // The state after a comma places a capital's namesake too.
  EXPECT_EQ(ids("Clashes erupted in Tripoli, Lebanon."), (V{"Tripoli=loc:tripoli-lbn", "Lebanon=country:LBN"}));
  EXPECT_EQ(ids("Clashes erupted in Tripoli."), (V{"Tripoli=country:LBY"}));
  // A town: the one state the text names, before it or later in its sentence.
  EXPECT_EQ(ids("Pakistan said a blast hit Hyderabad."), (V{"Pakistan=country:PAK", "Hyderabad=loc:hyderabad-pak"}));
  EXPECT_EQ(ids("A blast hit Hyderabad, killing nine in Pakistan's south."),
            (V{"Hyderabad=loc:hyderabad-pak", "Pakistan=country:PAK"}));
  EXPECT_EQ(ids("A blast hit Hyderabad."), (V{"Hyderabad=loc:hyderabad-ind"}));
  // A capital keeps its reading without the comma.
  EXPECT_EQ(ids("The U.S. envoy arrived in Paris."), (V{"U.S.=country:USA", "Paris=country:FRA"}));
}

TEST_F(LinkerWithGeoNames, ATownJoinedToAPlaceParticipleIsAPlace) {
  const Linker& linker = *linker_;
  // The tagger read no name here: "Karachi-based" still makes the town a place.
  auto ids = [&](const std::string& text) {
    const text::Segmentation seg = text::Segment(text);
    const std::vector<NerSpan> ner;
    const Linking l = linker.Link(text, seg, "2025-01-01", &ner);
    std::vector<std::string> out;
    for (const Mention& m : l.mentions) out.push_back(std::string(m.span.Of(text)) + "=" + l.entities[m.entity].id);
    return out;
  };
  EXPECT_EQ(ids("The Karachi-based firm denied it."), (V{"Karachi=loc:karachi-pak"}));
  EXPECT_EQ(ids("The Karachi-registered firm denied it."), (V{"Karachi=loc:karachi-pak"}));
  // Not a word the table does not list, nor a town spaced apart from the hyphen.
  EXPECT_EQ(ids("The Karachi-style firm denied it."), (V{}));
  EXPECT_EQ(ids("The Karachi - based firm denied it."), (V{}));
}

TEST_F(LinkerTest, ASentenceOpenerTheTaggersReadAsNoNameIsNoPartOfOne) {
  const std::string text = "Welcome Darin to the team.";
  const std::vector<NerSpan> person = {{1, 2, "PERSON"}};
  auto tag = [](std::string_view w) -> std::string_view { return w == "Darin" ? "PROPN" : "VERB"; };
  EXPECT_EQ(TypedMentions(*linker_, text, &person, tag), (V{"Darin=PERSON"}));
  EXPECT_EQ(TypedMentions(*linker_, text, &person), (V{"Welcome Darin=PERSON"}));  // without POS tags, as before
}

TEST_F(LinkerTest, TheNorthIsTheStateNamedWhoseNameItOpens) {
  EXPECT_EQ(Mentions("North Korea fired a missile. The North said so."),
            (V{"North Korea=GPE:country:PRK", "North=GPE:country:PRK"}));
  // Not before the state is named, nor before another capitalised word.
  EXPECT_TRUE(Mentions("The North said so.").empty());
  const V pacific = Mentions("North Korea fired into the North Pacific.");
  EXPECT_EQ(std::count(pacific.begin(), pacific.end(), "North=GPE:country:PRK"), 0);
}

TEST_F(LinkerTest, LeaderSurnameRegimeIsTheState) {
  EXPECT_EQ(Mentions("They helped the Kim regime build it."), (V{"Kim regime=GPE:country:PRK"}));
  EXPECT_EQ(Mentions("They helped the Kim Regime build it."), (V{"Kim Regime=GPE:country:PRK"}));
}

TEST_F(LinkerTest, ABareSurnameBeforeTheFullNameIsThatPerson) {
  // The tagger reads the headline's surname; the full name comes later.
  const std::string text = "Kowalska Wins Vote\n\nŻaneta Kowalska won on Sunday.";
  const std::vector<std::pair<std::string, std::string>> tagged = {{"Kowalska", "PERSON"},
                                                                   {"Żaneta Kowalska", "PERSON"}};
  EXPECT_EQ(Mentions(text, "2017-11-29", &tagged),
            (V{"Kowalska=PERSON:person:zaneta-kowalska", "Żaneta Kowalska=PERSON:person:zaneta-kowalska"}));
  // Two persons share the surname: the bare one stays apart.
  const std::string two = "Smith resigned.\n\nJohn Smith and Mary Smith left.";
  const std::vector<std::pair<std::string, std::string>> tagged_two = {
      {"Smith", "PERSON"}, {"John Smith", "PERSON"}, {"Mary Smith", "PERSON"}};
  EXPECT_EQ(Mentions(two, "2017-11-29", &tagged_two),
            (V{"Smith=PERSON:person:smith", "John Smith=PERSON:person:john-smith",
               "Mary Smith=PERSON:person:mary-smith"}));
}

TEST_F(LinkerTest, ABareSurnameSpeltAsTheTextSpeltTheFullName) {
  // The knowledge base's name is "Hassan Rouhani"; the story spells him
  // "Hassan Rowhani" (an alias) and calls him "Rowhani".
  const std::string text = "Rowhani Arrives\n\nHassan Rowhani arrived in Ankara.";
  const std::vector<std::pair<std::string, std::string>> tagged = {{"Rowhani", "PERSON"},
                                                                   {"Hassan Rowhani", "PERSON"}};
  EXPECT_EQ(Mentions(text, "2017-11-29", &tagged),
            (V{"Rowhani=PERSON:person:hassan-rouhani", "Hassan Rowhani=PERSON:person:hassan-rouhani"}));
}

TEST_F(LinkerTest, AChineseOrKoreanFamilyNameComesFirst) {
  // A known office holder: "Kim" is Kim Jong-un, not a person "Kim".
  EXPECT_EQ(Mentions("Kim said so."), (V{"Kim=PERSON:person:kim-jong-un"}));
  // Persons the knowledge base does not know, named in full after the headline.
  const std::string text = "Moon Wins Vote\n\nMoon Jae-in won.\n\nDarroch Quits\n\nKim Darroch resigned.";
  const std::vector<std::pair<std::string, std::string>> tagged = {
      {"Moon", "PERSON"}, {"Moon Jae-in", "PERSON"}, {"Darroch", "PERSON"}, {"Kim Darroch", "PERSON"}};
  EXPECT_EQ(Mentions(text, "2017-11-29", &tagged),
            (V{"Moon=PERSON:person:moon-jae-in", "Moon Jae-in=PERSON:person:moon-jae-in",
               "Darroch=PERSON:person:kim-darroch", "Kim Darroch=PERSON:person:kim-darroch"}));
}

TEST_F(LinkerTest, SurnamesOfKnownOfficeHoldersLink) {
  EXPECT_EQ(Mentions("Rouhani said so. Later, Rouhani left."),
            (V{"Rouhani=PERSON:person:hassan-rouhani", "Rouhani=PERSON:person:hassan-rouhani"}));
  EXPECT_TRUE(Mentions("Rouhani said so.", "1990").empty());  // not in office then
  // A surname written without the accents of the known name.
  EXPECT_EQ(Mentions("Erdogan said so."), (V{"Erdogan=PERSON:person:recep-tayyip-erdogan"}));
  // A known person without an office in roles.tsv is no bare surname, dated or not.
  EXPECT_TRUE(Mentions("The report by Bell arrived.").empty());
  EXPECT_TRUE(Mentions("The report by Bell arrived.", "").empty());
  EXPECT_EQ(Mentions("The report by Orvel Bell arrived."), (V{"Orvel Bell=PERSON:person:orvel-bell"}));
}

TEST_F(LinkerTest, HeadingsAndSentenceStartsAreNotNames) {
  EXPECT_TRUE(Mentions("Sharing information\n\nSource \xC2\xBB ncr-iran").empty());
  EXPECT_TRUE(Mentions("However, it said so. In August it rained.").empty());
}

TEST_F(LinkerTest, ALoneKeywordIsNoNameUnlessTheTaggerReadsOne) {
  EXPECT_EQ(Mentions("Police arrest two men in Tehran."), (V{"Tehran=GPE:country:IRN"}));
  const std::vector<std::pair<std::string, std::string>> tagged = {{"Police", "ORG"}};
  EXPECT_EQ(Mentions("Police arrest two men.", "2017-11-29", &tagged), (V{"Police=ORG:org:police"}));
  // Nor is a lone keyword elsewhere when a tagger ran and reads no name there.
  const std::vector<std::pair<std::string, std::string>> none;
  EXPECT_EQ(Mentions("A spokesman for the University said so.", "2017-11-29", &none), (V{}));
  const std::vector<std::pair<std::string, std::string>> university = {{"University", "ORG"}};
  EXPECT_EQ(Mentions("A spokesman for the University said so.", "2017-11-29", &university),
            (V{"University=ORG:org:university"}));
}

TEST_F(LinkerTest, BodiesNamedWithATitleWordAfterOfStayWhole) {
  EXPECT_EQ(Mentions("Officials at the Department of Justice said so."),
            (V{"Department of Justice=ORG:org:department-of-justice"}));
  EXPECT_EQ(Mentions("Gunmen from the New Dawn Cartel attacked."), (V{"New Dawn Cartel=ORG:org:new-dawn-cartel"}));
}

TEST_F(LinkerTest, AKeywordRunEndsWhereTheTaggersNameEndsBeforeADesignation) {
  const std::vector<std::pair<std::string, std::string>> airline = {{"Orvel Airlines", "ORG"}};
  EXPECT_EQ(Mentions("An Orvel Airlines E190 plane crashed.", "2025-01-01", &airline),
            (V{"Orvel Airlines=ORG:org:orvel-airlines"}));
  // Without the tagger's reading, or where the run goes on in lower case, the run stays whole.
  EXPECT_EQ(Mentions("An Orvel Airlines E190 plane crashed."), (V{"Orvel Airlines E190=ORG:org:orvel-airlines-e190"}));
  const std::vector<std::pair<std::string, std::string>> body = {{"Orvel Film Association", "ORG"}};
  EXPECT_EQ(Mentions("He met the Orvel Film Association of Peru.", "2025-01-01", &body),
            (V{"Orvel Film Association of Peru=ORG:org:orvel-film-association-of-peru"}));
}

TEST_F(LinkerTest, ALeadingArticleIsNoPartOfTheName) {
  EXPECT_EQ(Mentions("He reads The Orvel Times daily."), (V{"Orvel Times=ORG:org:orvel-times"}));
  EXPECT_EQ(Mentions("He joined the Orvel Port Authority."), (V{"Orvel Port Authority=ORG:org:orvel-port-authority"}));
  // Unless a known place's name is no name without it.
  EXPECT_EQ(Mentions("They met in The Orvel Hague."), (V{"The Orvel Hague=GPE:country:PRK"}));
}

TEST_F(LinkerTest, AGenerationalSuffixNamesAnotherPerson) {
  EXPECT_EQ(Mentions("Hassan Rouhani Jr. spoke."), (V{"Hassan Rouhani Jr.=PERSON:person:hassan-rouhani-jr"}));
  EXPECT_EQ(Mentions("Hasan Rouhani Jr. spoke."), (V{"Hasan Rouhani Jr.=PERSON:person:hasan-rouhani-jr"}));  // no near miss
  EXPECT_EQ(Mentions("Hassan Rouhani spoke."), (V{"Hassan Rouhani=PERSON:person:hassan-rouhani"}));
}

TEST_F(LinkerTest, ATitleWordOpeningAKnownBodyOrABodysNameIsPartOfIt) {
  EXPECT_EQ(Mentions("They won the Premier Cup."), (V{"Premier Cup=ORG:org:premier-cup"}));
  EXPECT_EQ(Mentions("The Orvel Directorate General of Health said so."),
            (V{"Orvel Directorate General of Health=ORG:org:orvel-directorate-general-of-health"}));
  // A title after a keyword still opens a person's name when no connector follows.
  EXPECT_EQ(Mentions("The Orvel Army General Anna Lima said so."),
            (V{"Orvel Army=ORG:org:orvel-army", "Anna Lima=PERSON:person:anna-lima"}));
}

TEST_F(LinkerTest, ANameParticleJoinsARunTheTaggerReadsWhole) {
  const std::vector<std::pair<std::string, std::string>> whole = {{"Pyongyang del Sur", "LOC"}};
  EXPECT_EQ(Mentions("They drove to Pyongyang del Sur today.", "2017-11-29", &whole),
            (V{"Pyongyang del Sur=LOC:loc:pyongyang-del-sur"}));
  const std::vector<std::pair<std::string, std::string>> city = {{"Pyongyang", "LOC"}};
  EXPECT_EQ(Mentions("They drove to Pyongyang del Sur today.", "2017-11-29", &city),
            (V{"Pyongyang=GPE:country:PRK"}));
}

TEST_F(LinkerTest, TheLastKeywordHeadsTheName) {
  EXPECT_EQ(Mentions("Flights left the Orvel International Airport."),
            (V{"Orvel International Airport=LOC:loc:orvel-international-airport"}));
  EXPECT_EQ(Mentions("Officials of the Orvel Port Authority met."),
            (V{"Orvel Port Authority=ORG:org:orvel-port-authority"}));
}

TEST_F(LinkerTest, AndJoinsABodysNameButNotTwoNames) {
  EXPECT_EQ(Mentions("The Department of Health and Human Services said so."),
            (V{"Department of Health and Human Services=ORG:org:department-of-health-and-human-services"}));
  EXPECT_EQ(Mentions("Iran and North Korea Armed Forces met."),  // a known name before "and"
            (V{"Iran=GPE:country:IRN", "North Korea Armed Forces=ORG:org:north-korea-armed-forces"}));
  // The tagger reads two names: the run stops at "and".
  const std::vector<std::pair<std::string, std::string>> tagged = {{"Orvel Cartel", "ORG"},
                                                                    {"Dawn Liberation Front", "ORG"}};
  EXPECT_EQ(Mentions("Fighting between Orvel Cartel and Dawn Liberation Front went on.", "2017-11-29", &tagged),
            (V{"Orvel Cartel=ORG:org:orvel-cartel", "Dawn Liberation Front=ORG:org:dawn-liberation-front"}));
}

TEST_F(LinkerTest, AKnownPlaceOpeningANameTheTaggerReadsWholeOrADesignatorEndsIsPartOfIt) {
  EXPECT_EQ(Mentions("Members of Iran Solidarity were arrested."), (V{"Iran=GPE:country:IRN"}));
  const std::vector<std::pair<std::string, std::string>> tagged = {{"Iran Solidarity", "ORG"}};
  EXPECT_EQ(Mentions("Members of Iran Solidarity were arrested.", "2017-11-29", &tagged),
            (V{"Iran Solidarity=ORG:org:iran-solidarity"}));
  // A place the tagger reads whole ("Negros Occidental") is one too.
  const std::vector<std::pair<std::string, std::string>> place = {{"Pyongyang Occidental", "LOC"}};
  EXPECT_EQ(Mentions("Floods hit Pyongyang Occidental.", "2017-11-29", &place),
            (V{"Pyongyang Occidental=LOC:loc:pyongyang-occidental"}));
  // A place designator after a known place names the larger place.
  EXPECT_EQ(Mentions("Floods hit Pyongyang Township."), (V{"Pyongyang Township=LOC:loc:pyongyang-township"}));
  const std::vector<std::pair<std::string, std::string>> person = {{"Iran Solidarity", "PERSON"}};
  EXPECT_EQ(Mentions("Members of Iran Solidarity were arrested.", "2017-11-29", &person)[0], "Iran=GPE:country:IRN");
}

TEST_F(LinkerTest, TheTaggersPersonDecidesKeywordOpenersHyphensAndDescriptions) {
  using Tagged = std::vector<std::pair<std::string, std::string>>;
  // A keyword opening a person's name types nothing ("Bill" names laws, "Park" places).
  const Tagged bill = {{"Bill Sorvino", "PERSON"}};
  EXPECT_EQ(Mentions("A court finds entertainer Bill Sorvino liable.", "2017-11-29", &bill),
            (V{"Bill Sorvino=PERSON:person:bill-sorvino"}));
  // Not an event's keyword: events are named after people.
  const Tagged storm = {{"Hurricane Mira", "PERSON"}};
  EXPECT_EQ(Mentions("Officials said Hurricane Mira hit the coast.", "2017-11-29", &storm),
            (V{"Hurricane Mira=EVENT:null"}));
  // A lower-case part after a hyphen belongs to a name the tagger reads whole.
  const Tagged park = {{"Park Chan-dae", "PERSON"}};
  EXPECT_EQ(Mentions("He defeated his rival Park Chan-dae in the vote.", "2017-11-29", &park),
            (V{"Park Chan-dae=PERSON:person:park-chan-dae"}));
  const Tagged iran = {{"Iran", "LOC"}};
  EXPECT_EQ(Mentions("Iran-backed militias fired.", "2017-11-29", &iran), (V{"Iran=GPE:country:IRN"}));
  // A sentence opener before a demonym is part of the person the tagger reads.
  EXPECT_EQ(Mentions("Dario Iranian spoke."), (V{"Iranian=NORP:country:IRN"}));
  const Tagged dario = {{"Dario Iranian", "PERSON"}};
  EXPECT_EQ(Mentions("Dario Iranian spoke.", "2017-11-29", &dario), (V{"Dario Iranian=PERSON:person:dario-iranian"}));
  // A word describing the person the tagger reads after it is no part of the name.
  const Tagged mira = {{"Mira Osei", "PERSON"}};
  EXPECT_EQ(Mentions("Astronauts Mira Osei and others returned.", "2017-11-29", &mira),
            (V{"Mira Osei=PERSON:person:mira-osei"}));
  EXPECT_EQ(Mentions("A rite led by Camerlengo Mira Osei ended.", "2017-11-29", &mira),
            (V{"Mira Osei=PERSON:person:mira-osei"}));
}

TEST_F(LinkerTest, TheTaggersWholeNameJoinsAndTitlesAndHyphenedParticles) {
  using Tagged = std::vector<std::pair<std::string, std::string>>;
  // "and" inside a name the tagger reads whole, even after a known name.
  const Tagged body = {{"Central Intelligence Agency Office of Science and Weapons Research", "ORG"}};
  EXPECT_EQ(Mentions("The Central Intelligence Agency Office of Science and Weapons Research said so.", "2017-11-29",
                     &body),
            (V{"Central Intelligence Agency Office of Science and Weapons Research=ORG:"
               "org:central-intelligence-agency-office-of-science-and-weapons-research"}));
  // A title word opening a name the tagger reads as no person's is part of it.
  const Tagged airport = {{"King Orvel International Airport", "LOC"}};
  EXPECT_EQ(Mentions("Flights left King Orvel International Airport today.", "2017-11-29", &airport),
            (V{"King Orvel International Airport=LOC:loc:king-orvel-international-airport"}));
  // A particle joined by a hyphen to a name word inside a run.
  EXPECT_EQ(Mentions("A helicopter crashed at Maaten al-Sarra Air Base today."),
            (V{"Maaten al-Sarra Air Base=LOC:loc:maaten-al-sarra-air-base"}));
  // Words before a person the tagger reads at a run's end describe the person.
  const Tagged arbour = {{"Mira Osei", "PERSON"}};
  EXPECT_EQ(Mentions("The Orvel Human Rights Mira Osei spoke.", "2017-11-29", &arbour),
            (V{"Mira Osei=PERSON:person:mira-osei"}));
}

TEST_F(LinkerTest, HyphenatedPlacesAndPeopleNamedLikeADemonym) {
  using Tagged = std::vector<std::pair<std::string, std::string>>;
  // A connector inside a hyphenated word does not end the run.
  const Tagged place = {{"Orvel-on-Don", "LOC"}};
  EXPECT_EQ(Mentions("Seven people in Orvel-on-Don were killed.", "2017-11-29", &place),
            (V{"Orvel-on-Don=LOC:loc:orvel-on-don"}));
  // A demonym opening a name the tagger reads as a person's is part of it, and
  // the surname alone is that person later in the document.
  EXPECT_EQ(Mentions("Dario Iranian spoke. Officials met Iranian again."),
            (V{"Iranian=NORP:country:IRN", "Iranian=NORP:country:IRN"}));
  const Tagged person = {{"Dario Iranian", "PERSON"}};
  EXPECT_EQ(Mentions("Dario Iranian spoke. Officials met Iranian again.", "2017-11-29", &person),
            (V{"Dario Iranian=PERSON:person:dario-iranian", "Iranian=PERSON:person:dario-iranian"}));
  const Tagged lenz = {{"American Dario Lenz", "PERSON"}};
  EXPECT_EQ(Mentions("Officials met American Dario Lenz today.", "2017-11-29", &lenz),
            (V{"American Dario Lenz=PERSON:person:american-dario-lenz"}));
}

TEST_F(LinkerTest, APluralPossessiveInsideABodysNameBeforeItsKeyword) {
  EXPECT_EQ(Mentions("He leads the opposition Citizens' Democratic Alliance."),
            (V{"Citizens' Democratic Alliance=ORG:org:citizens-democratic-alliance"}));
  // Not before a common noun, nor after a known name.
  EXPECT_EQ(Mentions("The Citizens' group said so."), (V{}));
  EXPECT_EQ(Mentions("The Iran' Democratic Alliance said so."),
            (V{"Iran=GPE:country:IRN", "Democratic Alliance=ORG:org:democratic-alliance"}));
}

TEST_F(LinkerTest, TitlesInARowAreOneTitleAndShipPrefixesNameWarships) {
  // "Deputy Prime Minister of Orvel": no person "Prime".
  EXPECT_EQ(Mentions("She was named Deputy Prime Minister of Iran."), (V{"Iran=GPE:country:IRN"}));
  // A title of several words that no name follows names nobody.
  EXPECT_EQ(Mentions("The then Minister of Foreign Affairs of Iran signed it."), (V{"Iran=GPE:country:IRN"}));
  // A ship's prefix in capitals types the run, even where the tagger reads a person.
  const std::vector<std::pair<std::string, std::string>> tagged = {{"USS Kim Jong-un", "PERSON"}};
  EXPECT_EQ(Mentions("A jet crashed on USS Kim Jong-un today.", "2017-11-29", &tagged),
            (V{"USS Kim Jong-un=WEAPON:null"}));
}

TEST_F(LinkerTest, APossessiveInsideANameTheTaggerReadsWholeJoinsIt) {
  const std::vector<std::pair<std::string, std::string>> tagged = {{"Orvel People's Party", "ORG"}};
  EXPECT_EQ(Mentions("Leaders of the Orvel People's Party met.", "2017-11-29", &tagged),
            (V{"Orvel People's Party=ORG:org:orvel-peoples-party"}));
  // Without the tagger's reading the possessive ends the run.
  const std::vector<std::pair<std::string, std::string>> apart = {{"Orvel Nation", "ORG"}, {"Party", "ORG"}};
  const V m = Mentions("Leaders of the Orvel Nation's Party met.", "2017-11-29", &apart);
  EXPECT_TRUE(std::find(m.begin(), m.end(), "Orvel Nation's Party=ORG:org:orvel-nations-party") == m.end());
  // But "People's" before words ending in an organisation's keyword is inside
  // the name ("All People's Congress", "Sudan People's Liberation Movement").
  const std::vector<std::pair<std::string, std::string>> people = {{"Orvel", "ORG"}, {"Party", "ORG"}};
  const V joined = Mentions("Leaders of the Orvel People's Party met.", "2017-11-29", &people);
  EXPECT_TRUE(std::find(joined.begin(), joined.end(), "Orvel People's Party=ORG:org:orvel-peoples-party") !=
              joined.end());
}

TEST_F(LinkerTest, ANearMissOfAKnownNameYieldsToTheTaggersPerson) {
  // "Pyongyeng" is one letter from the capital "Pyongyang": a misspelt place
  // unless the tagger reads a person there.
  EXPECT_EQ(Mentions("Officials met Pyongyeng officials."), (V{"Pyongyeng=GPE:country:PRK"}));
  const std::vector<std::pair<std::string, std::string>> tagged = {{"Pyongyeng", "PERSON"}};
  EXPECT_EQ(Mentions("Officials met Pyongyeng today.", "2017-11-29", &tagged),
            (V{"Pyongyeng=PERSON:person:pyongyeng"}));
}

TEST_F(LinkerTest, TheTwoCountriesAreThePairTheStoryIsAbout) {
  auto resolve_last = [&](const std::string& text, std::string_view word) {
    Mentions(text);
    uint32_t at = 0;
    for (uint32_t k = 0; k < seg_.tokens.size(); ++k) {
      if (seg_.tokens[k].span().Of(text) == word) at = k;
    }
    V out;
    for (int e : linker_->Resolve(linking_, text, seg_, at)) out.push_back(linking_.entities[e].id);
    return out;
  };
  // A pair named in passing ("officials in ...") does not displace the pair
  // the story keeps naming.
  EXPECT_EQ(resolve_last("Iran and North Korea built missiles. Iran sold them and North Korea bought more. "
                         "Officials in the United States and Zemblavia were worried. "
                         "Experts say the two countries share technology.",
                         "countries"),
            (V{"country:IRN", "country:PRK"}));
  // A pair acting in the sentence before is the one meant.
  EXPECT_EQ(resolve_last("Iran and North Korea built missiles. Iran sold them and North Korea bought more. "
                         "The United States and Zemblavia held talks. The two countries agreed.",
                         "countries"),
            (V{"country:USA", "country:XZB"}));
}

TEST_F(LinkerTest, TheTwoMenAreTheLastTwoPersonsNamed) {
  const std::string text =
      "Kim Jong-un met Hassan Rouhani in Tehran, and the two men signed a deal. Both leaders left. "
      "Recep Tayyip Erdoğan arrived. The two leaders spoke.";
  Mentions(text);
  std::vector<uint32_t> at;  // "men", "leaders" (after "Both"), "leaders"
  for (uint32_t k = 0; k < seg_.tokens.size(); ++k) {
    const std::string_view w = seg_.tokens[k].span().Of(text);
    if (w == "men" || w == "leaders") at.push_back(k);
  }
  ASSERT_EQ(at.size(), 3u);
  auto ids = [&](std::vector<int> es) {
    V out;
    for (int e : es) out.push_back(linking_.entities[e].id);
    return out;
  };
  EXPECT_EQ(ids(linker_->Resolve(linking_, text, seg_, at[0])), (V{"person:kim-jong-un", "person:hassan-rouhani"}));
  EXPECT_EQ(ids(linker_->Resolve(linking_, text, seg_, at[1])), (V{"person:kim-jong-un", "person:hassan-rouhani"}));
  // Only one person named in this sentence and the one before: nobody.
  EXPECT_TRUE(linker_->Resolve(linking_, text, seg_, at[2]).empty());
}

// "The minister rejected the proposal": an office after "the" is the last
// person named with it, in a title before the name or in apposition; a
// word of the office in another person's sentence is not his.
TEST_F(LinkerTest, TheMinisterIsTheLastPersonNamedWithThatOffice) {
  const std::string text =
      "Foreign Minister Bilal Haddad met reporters. The minister rejected the plan. "
      "Judge Omar Kassem said that Farid Nassar lied. The judge rejected the appeal. "
      "They heard the Minister for Trade Policy, Sarah Pennington. The Minister rejected it.";
  Mentions(text);
  const std::vector<uint32_t> minister = TokensOf(text, "minister"), judge = TokensOf(text, "judge");
  const std::vector<uint32_t> capitalised = TokensOf(text, "Minister");
  ASSERT_EQ(minister.size(), 1u);
  ASSERT_EQ(judge.size(), 1u);
  ASSERT_EQ(capitalised.size(), 3u);
  EXPECT_EQ(ResolvedIds(text, minister[0]), V{"person:bilal-haddad"});
  EXPECT_EQ(ResolvedIds(text, judge[0]), V{"person:omar-kassem"});
  EXPECT_EQ(ResolvedIds(text, capitalised[2]), V{"person:sarah-pennington"});
}

TEST_F(LinkerTest, TheGovernmentIsTheOneStateNamedBefore) {
  const std::string text =
      "Iran's negotiator said the talks failed. He accused the government of lying. "
      "He praised the government of North Korea.";
  Mentions(text);
  const std::vector<uint32_t> at = TokensOf(text, "government");
  ASSERT_EQ(at.size(), 2u);
  EXPECT_EQ(ResolvedIds(text, at[0]), V{"country:IRN"});
  // "the government of North Korea" names its own state.
  EXPECT_TRUE(ResolvedIds(text, at[1]).empty());
}

// "The military government rejected the findings": a word of the regime's
// kind between "the" and the noun; when the sentences before name no state,
// the one state the story named. "accusing the junta of …" in a sentence
// opened by another state is the other state.
TEST_F(LinkerTest, TheMilitaryGovernmentAndTheJunta) {
  const std::string text =
      "Iran's army killed 31 civilians, a rights group said. The group urged the UN to act. "
      "The military government rejected the findings.";
  Mentions(text);
  const std::vector<uint32_t> at = TokensOf(text, "government");
  ASSERT_EQ(at.size(), 1u);
  EXPECT_EQ(ResolvedIds(text, at[0]), V{"country:IRN"});
  const std::string junta = "North Korea imposed sanctions on Iran's military, accusing the junta of lying.";
  Mentions(junta);
  const std::vector<uint32_t> j = TokensOf(junta, "junta");
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(ResolvedIds(junta, j[0]), V{"country:IRN"});
  // ("the government" may be the sentence's own state: two states, no one.)
  const std::string own = "North Korea imposed sanctions on Iran's military, the government said.";
  Mentions(own);
  EXPECT_TRUE(ResolvedIds(own, TokensOf(own, "government")[0]).empty());
}

TEST_F(LinkerTest, TheTwoCountriesAreTheOnlyTwoStatesAStoryNames) {
  const std::string text =
      "A guard from North Korea was killed by troops from Iran. Officials from the two countries met.";
  Mentions(text);
  const std::vector<uint32_t> at = TokensOf(text, "countries");
  ASSERT_EQ(at.size(), 1u);
  EXPECT_EQ(ResolvedIds(text, at[0]), (V{"country:PRK", "country:IRN"}));
}

// "accused both Iranian and North Korean troops …, allegations the two
// governments have rejected": states named by their demonyms are the pair,
// though other states are named in the story.
TEST_F(LinkerTest, TheTwoGovernmentsAreTheStatesOfADemonymPair) {
  const std::string text =
      "The United States backed Zemblavia. Officials accused both Iranian and North Korean troops of abuses, "
      "allegations the two governments have rejected.";
  Mentions(text);
  const std::vector<uint32_t> at = TokensOf(text, "governments");
  ASSERT_EQ(at.size(), 1u);
  EXPECT_EQ(ResolvedIds(text, at[0]), (V{"country:IRN", "country:PRK"}));
}

// "The EU naval mission … Turkey, which backs X, has accused the mission":
// the body whose name opened the same noun before.
TEST_F(LinkerTest, TheMissionIsTheBodyNamedBeforeTheSameNoun) {
  const std::string text =
      "The Zemblavian Navy naval mission boarded a ship on Monday. Iran, which backs the Kurdish Workers Party, "
      "accused the mission of piracy.";
  Mentions(text);
  const std::vector<uint32_t> at = TokensOf(text, "mission");
  ASSERT_EQ(at.size(), 2u);
  const std::vector<int> r = linker_->Resolve(linking_, text, seg_, at[1]);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(linking_.entities[r.front()].name, "Zemblavian Navy");
}

TEST_F(LinkerTest, TheCouncilIsTheLastBodyNamedCouncil) {
  const std::string text =
      "The Supreme National Security Council met on Monday. Officials spoke. Iran voted. The council also "
      "imposed a ban. The achievements in council were many.";
  Mentions(text);
  const std::vector<uint32_t> at = TokensOf(text, "council");
  ASSERT_EQ(at.size(), 2u);
  const std::vector<int> first = linker_->Resolve(linking_, text, seg_, at[0]);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(linking_.entities[first.front()].name, "Supreme National Security Council");
  // Not without "the" right before the noun.
  EXPECT_TRUE(ResolvedIds(text, at[1]).empty());
}

TEST_F(LinkerTest, ANameABodyGoesByIsThatKindOfBody) {
  EXPECT_EQ(Mentions("A militia calling itself Saraya Awliya Haqq claimed the attack."),
            (V{"Saraya Awliya Haqq=ORG:org:saraya-awliya-haqq"}));
  EXPECT_EQ(Mentions("A company called Orion Star sold it."), (V{"Orion Star=ORG:org:orion-star"}));
  // A name between "the" and a noun of a body's kind ("group" names places too).
  EXPECT_EQ(Mentions("He leads the Free Gyumri movement."), (V{"Free Gyumri=ORG:org:free-gyumri"}));
  // A Turkish legal form ends a company's name.
  EXPECT_EQ(Mentions("Ege Lojistik A.S. denied it."), (V{"Ege Lojistik A.S.=ORG:org:ege-lojistik-as"}));
}

// "the Fatah-II missile": a one-word name joined by a hyphen to a model
// number names a model, not the body or place it spells ("G-20" when known
// whole stays itself).
TEST_F(LinkerTest, ANameWithAModelNumberNamesAModel) {
  EXPECT_EQ(Mentions("Iran tested the Hwasong-II missile."), (V{"Iran=GPE:country:IRN", "Hwasong-II=WEAPON:null"}));
  EXPECT_EQ(Mentions("North Korea fired a Pyongyang-15 rocket."),
            (V{"North Korea=GPE:country:PRK", "Pyongyang-15=WEAPON:null"}));
}

// "The United States, a treaty ally of Iran, condemned what it called …":
// a name in an apposition closed before the pronoun only describes.
TEST_F(LinkerTest, ItSkipsANameInsideAClosedApposition) {
  const std::string text = "The United States, a close ally of Iran, condemned what it called an attack.";
  Mentions(text);
  EXPECT_EQ(ResolvedIds(text, TokensOf(text, "it").front()), V{"country:USA"});
}

// A pronoun opening a sentence continues the first person the sentence
// before names, not the last.
TEST_F(LinkerTest, ASentenceOpeningPronounContinuesTheFirstPerson) {
  const std::string text = "Hassan Rouhani met his counterpart, Kim Jong-un. He said it went well.";
  Mentions(text);
  EXPECT_EQ(ResolvedIds(text, TokensOf(text, "He").front()), V{"person:hassan-rouhani"});
}

// "Each side", "either side": the last two named together.
TEST_F(LinkerTest, EachSideIsTheLastPairNamedTogether) {
  const std::string text = "Iran and North Korea clashed. Each side blamed the other.";
  Mentions(text);
  EXPECT_EQ(ResolvedIds(text, TokensOf(text, "side").front()), (V{"country:IRN", "country:PRK"}));
}

// "the Zemblavia-flagged Sea Lark", "the tanker Kapitan Sorokin": ships'
// names, entities of type Thing.
TEST_F(LinkerTest, AShipsNameAfterAFlagOrAShipsNounIsAVessel) {
  EXPECT_EQ(Mentions("Iran seized the Zemblavia-flagged Sea Lark."),
            (V{"Iran=GPE:country:IRN", "Zemblavia=GPE:country:XZB", "Sea Lark=FAC:vessel:sea-lark"}));
  EXPECT_EQ(Mentions("Iran detained the trawler Kapitan Sorokin."),
            (V{"Iran=GPE:country:IRN", "Kapitan Sorokin=FAC:vessel:kapitan-sorokin"}));
  EXPECT_EQ(linking_.entities[linking_.mentions[1].entity].type, "Thing");
  // A merchant ship's prefix in capitals opens the name, numbers included.
  EXPECT_EQ(Mentions("Iran intercepted the MT Arman 114 on Sunday."),
            (V{"Iran=GPE:country:IRN", "MT Arman 114=FAC:vessel:mt-arman-114"}));
  // (Also as the text's first words.)
  EXPECT_EQ(Mentions("MV Hondius docked in Iran."), (V{"MV Hondius=FAC:vessel:mv-hondius", "Iran=GPE:country:IRN"}));
  // and the ship goes by its name without the prefix.
  const std::vector<std::pair<std::string, std::string>> place = {{"^Arman 114", "LOC"}};
  const V again = Mentions("Iran intercepted the MT Arman 114. The Arman 114 carried oil.", "2017-11-29", &place);
  EXPECT_EQ(again.back(), "Arman 114=FAC:vessel:mt-arman-114");
}

// "the Central Intelligence Agency of Iran's X": "of" and the possessive's
// owner open the next phrase after a known name.
TEST_F(LinkerTest, AKnownNameBeforeOfAndAPossessiveEndsThere) {
  const V m = Mentions("It was linked to the Central Intelligence Agency of Iran's Supreme Council.");
  EXPECT_EQ(m.front(), "Central Intelligence Agency=ORG:org:cia");
  EXPECT_NE(std::find(m.begin(), m.end(), "Iran=GPE:country:IRN"), m.end());
}

// "The company" further back is the one company the story named (not a
// news agency it cites).
TEST_F(LinkerTest, TheCompanyFurtherBackIsTheStorysOnlyCompany) {
  const std::string text =
      "Acme Trading LLC denied the charges. Iran said nothing. \"We never did it,\" Mr. Roe said. "
      "The company is owned by a bank.";
  linking_ = linker_->Link(text, text::Segment(text), "2017-11-29");
  const auto seg = text::Segment(text);
  uint32_t company = 0;
  for (uint32_t k = 0; k < seg.tokens.size(); ++k) {
    if (seg.tokens[k].span().Of(text) == "company") company = k;
  }
  const std::vector<int> found = linker_->Resolve(linking_, text, seg, company);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(linking_.entities[found.front()].id, "org:acme-trading-llc");
}

// "Brightway's director" after "Brightway Components Ltd": a company's first
// word is the company.
TEST_F(LinkerTest, ACompanysFirstWordIsTheCompany) {
  const V got = Mentions("Iran sanctioned Brightway Components Ltd on Monday. Officials said Brightway denied it.");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[2], "Brightway=ORG:org:brightway-components-ltd");
  // Its first two words too ("Sable Horizon's managing director").
  const V two = Mentions("Iran sanctioned Sable Horizon Shipmanagement FZE on Monday. Officials said Sable Horizon "
                         "denied it.");
  ASSERT_EQ(two.size(), 3u);
  EXPECT_EQ(two[2], "Sable Horizon=ORG:org:sable-horizon-shipmanagement-fze");
  // A place's name before a company's keyword is the company's first word
  // ("Anatolia Aero Supply"), not the place.
  const V supply = Mentions("Officials charged Moscow Aero Supply with fraud.");
  ASSERT_EQ(supply.size(), 1u);
  EXPECT_EQ(supply[0].substr(0, supply[0].find('=')), "Moscow Aero Supply");
}

// "wrote on X": one letter after "on" names a platform, no party.
TEST_F(LinkerTest, ALetterAfterOnIsNoParty) {
  EXPECT_EQ(Mentions("Iran said on X that it had freed the sailors."), (V{"Iran=GPE:country:IRN"}));
}

// "A fishing trawler … The Zemblavia-registered Kapitan Sorokin": registered
// where, after a ship's noun, names a ship; a company's name stays a company's.
TEST_F(LinkerTest, ARegisteredNameAfterAShipsNounIsAVessel) {
  const V ship = Mentions("Iran detained a fishing trawler. The Zemblavia-registered Kapitan Sorokin was boarded.");
  EXPECT_NE(std::find(ship.begin(), ship.end(), "Kapitan Sorokin=FAC:vessel:kapitan-sorokin"), ship.end());
  const V firm = Mentions("Iran detained a fishing trawler. The Zemblavia-registered Acme Shipping Ltd denied it.");
  EXPECT_EQ(std::count_if(firm.begin(), firm.end(), [](const std::string& m) { return m.find("vessel:") != std::string::npos; }), 0);
}

// A name two states share is the one the document named before.
TEST_F(LinkerTest, ANameTwoStatesShareIsTheOneNamedBefore) {
  Build(kb::KnowledgeBase::FromTables("COD\tDemocratic Republic of the Congo\tCongo|DR Congo\tCongolese\tKinshasa\t\n"
                                      "COG\tRepublic of the Congo\tCongo|Congo Republic\tCongolese\tBrazzaville\t\n",
                                      "", "", ""));
  EXPECT_EQ(Mentions("Congo Republic said Congo would sign."),
            (V{"Congo Republic=GPE:country:COG", "Congo=GPE:country:COG"}));
  EXPECT_EQ(Mentions("DR Congo said Congo would sign."), (V{"DR Congo=GPE:country:COD", "Congo=GPE:country:COD"}));
}

TEST_F(LinkerTest, ResolvesPronounsRelativesAndGroups) {
  std::string text =
      "Officials from Iran and North Korea met. The two rogue nations deny it. "
      "Hassan Rouhani, who spoke, said his country would not.";
  Mentions(text);
  auto token_of = [&](std::string_view word, size_t nth = 0) {
    for (uint32_t k = 0; k < seg_.tokens.size(); ++k) {
      if (seg_.tokens[k].span().Of(text) == word && nth-- == 0) return k;
    }
    return uint32_t{0};
  };
  auto ids = [&](std::vector<int> es) {
    V out;
    for (int e : es) out.push_back(linking_.entities[e].id);
    return out;
  };
  EXPECT_EQ(ids(linker_->Resolve(linking_, text, seg_, token_of("nations"))),
            (V{"country:IRN", "country:PRK"}));
  EXPECT_EQ(ids(linker_->Resolve(linking_, text, seg_, token_of("who"))), (V{"person:hassan-rouhani"}));
  EXPECT_EQ(ids(linker_->Resolve(linking_, text, seg_, token_of("his"))), (V{"person:hassan-rouhani"}));
  // "the organisation": the last organisation named; "an organisation" is no one in particular.
  text = "Iran accused the CIA of lying, a claim the organisation denied. An organisation said so.";
  Mentions(text);
  EXPECT_EQ(ids(linker_->Resolve(linking_, text, seg_, token_of("organisation"))), (V{"org:cia"}));
  EXPECT_TRUE(linker_->Resolve(linking_, text, seg_, token_of("organisation", 1)).empty());
  // "its": an organisation or state of its own sentence before an
  // organisation of the sentence before; else that organisation.
  text = "The CIA published a report. Iran would outsource its work. It denied that.";
  Mentions(text);
  EXPECT_EQ(ids(linker_->Resolve(linking_, text, seg_, token_of("its"))), (V{"country:IRN"}));
  EXPECT_EQ(ids(linker_->Resolve(linking_, text, seg_, token_of("It"))), (V{"country:IRN"}));
  text = "The CIA published a report. Officials said it was true.";
  Mentions(text);
  EXPECT_EQ(ids(linker_->Resolve(linking_, text, seg_, token_of("it"))), (V{"org:cia"}));
  // "which" after a common noun stands for that noun; after a name, a
  // preposition or a referring noun, for the name before it.
  text = "Iran condemned the attack, which killed ten. Iran named the CIA, which denied it.";
  Mentions(text);
  EXPECT_TRUE(linker_->Resolve(linking_, text, seg_, token_of("which")).empty());
  EXPECT_EQ(ids(linker_->Resolve(linking_, text, seg_, token_of("which", 1))), (V{"org:cia"}));
  text = "The CIA named the organisation, which denied it. Iran held talks in which it agreed.";
  Mentions(text);
  EXPECT_EQ(ids(linker_->Resolve(linking_, text, seg_, token_of("which"))), (V{"org:cia"}));
  EXPECT_EQ(ids(linker_->Resolve(linking_, text, seg_, token_of("which", 1))), (V{"country:IRN"}));
}

// A linker with the fuzzy name matcher over the test countries and the
// given organisation and people rows (`ok` tells whether all loaded).
struct MatcherLinker {
  MatcherLinker(const char* orgs, const char* people) {
    auto loaded = kb::KnowledgeBase::FromTables(kCountries, orgs, people, "");
    auto loaded_cues = Cues::Load(DOSSIER_SOURCE_DIR);
    if (!loaded.ok() || !loaded_cues.ok()) return;
    kb = std::move(*loaded);
    cues = std::move(*loaded_cues);
    gaz = kb::Gazetteer::Build(*kb);
    auto built = kb::NameMatcher::Build(*kb, std::string(DOSSIER_SOURCE_DIR) + "/data/match");
    if (!built.ok()) return;
    matcher = std::move(*built);
    linker = std::make_unique<Linker>(*kb, *gaz, *cues, matcher.get());
    ok = true;
  }
  std::unique_ptr<kb::KnowledgeBase> kb;
  std::unique_ptr<kb::Gazetteer> gaz;
  std::unique_ptr<Cues> cues;
  std::unique_ptr<kb::NameMatcher> matcher;
  std::unique_ptr<Linker> linker;
  bool ok = false;
};

// "the Philippine House of Representatives" is not the KB's US House: a body
// named after another state is that state's, with or without the fuzzy
// name matcher, and a demonym opening a sentence still names it.
TEST(LinkerStates, AnotherStatesBodyIsNotTheKbOne) {
  const char* orgs =
      "org:us-house\tPublicBody\tUnited States House of Representatives\t"
      "House of Representatives|U.S. House\tUSA\t\tlegislature\n";
  MatcherLinker with(orgs, "");
  ASSERT_TRUE(with.ok);
  const Linker& linker = *with.linker;
  auto mentions = [&](const std::string& text) {
    text::Segmentation seg = text::Segment(text);
    Linking l = linker.Link(text, seg, "2025-01-01");
    V out;
    for (const Mention& m : l.mentions) {
      const std::string id = m.entity >= 0 ? l.entities[m.entity].id : "null";
      const std::string country = m.entity >= 0 ? l.entities[m.entity].country : "";
      out.push_back(std::string(m.span.Of(text)) + "=" + id + "@" + country);
    }
    return out;
  };
  EXPECT_EQ(mentions("The Iranian House of Representatives met."),
            (V{"Iranian House of Representatives=org:iranian-house-of-representatives@IRN"}));
  EXPECT_EQ(mentions("Iranian House of Representatives members met."),
            (V{"Iranian House of Representatives=org:iranian-house-of-representatives@IRN"}));
  EXPECT_EQ(mentions("The American House of Representatives met."),
            (V{"American=country:USA@USA", "House of Representatives=org:us-house@USA"}));
  EXPECT_EQ(mentions("The House of Representatives met."), (V{"House of Representatives=org:us-house@USA"}));
}

TEST(CuesTest, TitlesOpenWithTheirBeginningsInAnyCase) {
  auto cues = Cues::FromTsv("Foreign Minister\ttitle\tminister\nSecretary-General\ttitle\tleader_of\n", "cues.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  for (std::string_view opening : {"F", "Foreign", "foreign min", "Foreign Minister", "secretary-", "SECRETARY"}) {
    EXPECT_TRUE((*cues)->OpensTitle(opening)) << opening;
  }
  for (std::string_view other : {"Minister", "Foreign Ministers", "Secretary General"}) {
    EXPECT_FALSE((*cues)->OpensTitle(other)) << other;
  }
  EXPECT_NE((*cues)->Find(CueKind::kTitle, std::string_view("Foreign Minister")), nullptr);
}

TEST_F(LinkerTest, AStatesBodyNamedByCommonNounsIsTheStatesBody) {
  using Tagged = std::vector<std::pair<std::string, std::string>>;
  // After a possessive: the body, of the state's country, named with the
  // state's demonym; the state keeps its own mention.
  EXPECT_EQ(Mentions("Iran's foreign ministry denied it."),
            (V{"Iran=GPE:country:IRN", "foreign ministry=ORG:org:iranian-foreign-ministry"}));
  EXPECT_EQ(linking_.entities[linking_.mentions[1].entity].country, "IRN");
  EXPECT_EQ(linking_.entities[linking_.mentions[1].entity].aliases, V{"Iran's foreign ministry"});
  // After a demonym; a modifier only some heads need ("air force", "central bank").
  EXPECT_EQ(Mentions("The North Korean air force flew."),
            (V{"North Korean=NORP:country:PRK", "air force=ORG:org:north-korean-air-force"}));
  EXPECT_EQ(Mentions("The North Korean force flew."), (V{"North Korean=NORP:country:PRK"}));
  // An embassy is named with where it sits.
  EXPECT_EQ(Mentions("Iran's embassy in Pyongyang said so."),
            (V{"Iran=GPE:country:IRN", "embassy=ORG:org:iranian-embassy-in-pyongyang", "Pyongyang=GPE:country:PRK"}));
  // The body the knowledge base knows by that name.
  EXPECT_EQ(Mentions("The American central intelligence agency said."),
            (V{"American=NORP:country:USA", "central intelligence agency=ORG:org:cia"}));
  // A state without a demonym names the body after "of".
  EXPECT_EQ(Mentions("Zemblavia's navy sailed."),
            (V{"Zemblavia=GPE:country:XZB", "navy=ORG:org:navy-of-zemblavia"}));
  // A body's common name after a state's possessive is named with the state
  // (two states' ministries stay apart across documents).
  const Tagged ministry = {{"Ministry of Defence", "ORG"}};
  EXPECT_EQ(Mentions("Iran's Ministry of Defence said so.", "2017-11-29", &ministry),
            (V{"Iran=GPE:country:IRN", "Ministry of Defence=ORG:org:iranian-ministry-of-defence"}));
  EXPECT_EQ(linking_.entities[linking_.mentions[1].entity].aliases,
            (V{"Iran's Ministry of Defence", "Ministry of Defence"}));
  // An embassy the tables do not know is named with where it sits.
  const Tagged embassy = {{"Zemblavian Embassy", "ORG"}, {"Tehran", "GPE"}};
  Mentions("The Zemblavian Embassy in Tehran said so.", "2017-11-29", &embassy);
  ASSERT_FALSE(linking_.mentions.empty());
  EXPECT_EQ(linking_.entities[linking_.mentions[0].entity].name, "Zemblavian Embassy in Tehran");
  // A state's name after "the", lower-case nouns after it.
  EXPECT_EQ(Mentions("the US military said."),
            (V{"US=GPE:country:USA", "military=ORG:org:american-military"}));
  EXPECT_EQ(Mentions("US military officials said."), (V{"US=GPE:country:USA"}));
  // A noun after the head makes the words a compound's first part: no body.
  const auto tag = [](std::string_view w) { return w == "chief" || w == "army" ? "NOUN" : "X"; };
  EXPECT_EQ(TypedMentions(*linker_, "Iran's army chief resigned.", nullptr, tag), V{"Iran=GPE"});
  EXPECT_EQ(TypedMentions(*linker_, "Iran's army resigned.", nullptr, tag), (V{"Iran=GPE", "army=ORG"}));
}

TEST_F(LinkerTest, AnotherNameOfTheOneJustNamedIsTheSameEntity) {
  using Tagged = std::vector<std::pair<std::string, std::string>>;
  const Tagged tagged = {{"Li Wenhao", "PERSON"}, {"Kevin Li", "PERSON"}};
  EXPECT_EQ(Mentions("Li Wenhao, 52, also known as \"Kevin Li,\" shipped the parts.", "2017-11-29", &tagged),
            (V{"Li Wenhao=PERSON:person:li-wenhao", "Kevin Li=PERSON:person:li-wenhao"}));
  const std::vector<std::string>& aliases = linking_.entities[linking_.mentions[0].entity].aliases;
  EXPECT_NE(std::find(aliases.begin(), aliases.end(), "Kevin Li"), aliases.end());
  // Not a name after "known as" that follows no name.
  const Tagged plain = {{"Kevin Li", "PERSON"}};
  EXPECT_EQ(Mentions("The broker, known as Kevin Li, shipped the parts.", "2017-11-29", &plain),
            (V{"Kevin Li=PERSON:person:kevin-li"}));
}

TEST_F(LinkerTest, ANicknameQuotedInsideANameIsAnAlias) {
  using Tagged = std::vector<std::pair<std::string, std::string>>;
  const Tagged tagged = {{"Hector \"El Contador\" Arredondo Ruiz", "PERSON"}};
  Mentions("Among them was Hector \"El Contador\" Arredondo Ruiz, a financier.", "2017-11-29", &tagged);
  ASSERT_EQ(linking_.mentions.size(), 1u);
  const DocEntity& e = linking_.entities[linking_.mentions[0].entity];
  EXPECT_EQ(e.id, "person:hector-arredondo-ruiz");
  EXPECT_EQ(e.name, "Hector Arredondo Ruiz");
  EXPECT_NE(std::find(e.aliases.begin(), e.aliases.end(), "El Contador"), e.aliases.end());
}

TEST_F(LinkerTest, TheArmyIsTheForceNamedBeforeElseTheDatelineStates) {
  // Filed from a state's capital that names no other state: its army.
  EXPECT_EQ(Mentions("TEHRAN, July 10 (Reuters) - The army said it had fired a missile."),
            (V{"TEHRAN=GPE:country:IRN", "army=ORG:org:iranian-army"}));
  // Another state named first: nobody's.
  EXPECT_EQ(Mentions("TEHRAN, July 10 - Zemblavia protested. The army said it had fired a missile."),
            (V{"TEHRAN=GPE:country:IRN", "Zemblavia=GPE:country:XZB"}));
  // A ministry named by its portfolio in lower case: the dateline state's.
  EXPECT_EQ(Mentions("TEHRAN, July 10 (Reuters) - The interior ministry said it had arrested him."),
            (V{"TEHRAN=GPE:country:IRN", "interior ministry=ORG:org:iranian-interior-ministry"}));
  EXPECT_EQ(Mentions("TEHRAN, July 10 - Zemblavia protested. The foreign ministry said so."),
            (V{"TEHRAN=GPE:country:IRN", "Zemblavia=GPE:country:XZB"}));
  // The force named before with that noun, whoever else is named.
  EXPECT_EQ(Mentions("The Iranian army met Zemblavia's envoy. The army said so."),
            (V{"Iranian=NORP:country:IRN", "army=ORG:org:iranian-army", "Zemblavia=GPE:country:XZB",
               "army=ORG:org:iranian-army"}));
}

TEST_F(LinkerTest, AnOpeningGerundBeforeAnArticleIsNoPartOfTheName) {
  EXPECT_EQ(Mentions("Briefing the Central Intelligence Agency today, Donald Trump said so."),
            (V{"Central Intelligence Agency=ORG:org:cia", "Donald Trump=PERSON:person:donald-trump"}));
}

TEST_F(LinkerTest, AnOfficesPossessiveBeforeAKeywordNamesABody) {
  EXPECT_EQ(Mentions("Iran's Prosecutor General's Office said so."),
            (V{"Iran=GPE:country:IRN", "Prosecutor General's Office=ORG:org:iranian-prosecutor-generals-office"}));
  EXPECT_EQ(Mentions("The Attorney General's Office declined to comment."),
            (V{"Attorney General's Office=ORG:org:attorney-generals-office"}));
}

TEST_F(LinkerTest, AShipNamedAgainAndTheFirstWordsOfAFullNameAreTheSameEntity) {
  // The tagger reads the ship's name as a place the second time.
  const std::string text = "Police boarded the Iran-flagged Ocean Pearl. Data showed the Ocean Pearl had sailed.";
  seg_ = text::Segment(text);
  std::vector<NerSpan> ner;
  for (uint32_t k = 0; k + 1 < seg_.tokens.size(); ++k) {
    if (seg_.tokens[k].span().Of(text) == "Ocean" && seg_.tokens[k].begin > 40) ner.push_back({k, k + 2, "LOC"});
  }
  linking_ = linker_->Link(text, seg_, "2017-11-29", &ner);
  std::vector<std::string> ships;
  for (const Mention& m : linking_.mentions) {
    if (m.span.Of(text) == "Ocean Pearl") ships.push_back(m.type + ":" + linking_.entities[m.entity].id);
  }
  EXPECT_EQ(ships, (V{"FAC:vessel:ocean-pearl", "FAC:vessel:ocean-pearl"}));
  // "Nurul Hizam" after "Nurul Hizam Zakaria": the first words of one
  // person's full name.
  const std::string said = "Director Nurul Hizam Zakaria spoke. Later Nurul Hizam said more.";
  seg_ = text::Segment(said);
  ner.clear();
  for (uint32_t k = 0; k + 2 < seg_.tokens.size(); ++k) {
    if (seg_.tokens[k].span().Of(said) != "Nurul") continue;
    const bool full = seg_.tokens[k + 2].span().Of(said) == "Zakaria";
    ner.push_back({k, k + (full ? 3u : 2u), "PERSON"});
  }
  linking_ = linker_->Link(said, seg_, "2017-11-29", &ner);
  ASSERT_EQ(linking_.mentions.size(), 2u);
  EXPECT_EQ(linking_.mentions[0].entity, linking_.mentions[1].entity);
}

TEST_F(LinkerTest, ABareFamilyNameIsThePersonASentenceOpensWith) {
  using Tagged = std::vector<std::pair<std::string, std::string>>;
  const Tagged tagged = {{"Kim Yo Jong", "PERSON"}};
  Mentions("Kim Yo Jong, the sister of North Korean leader Kim Jong Un, warned the South. \"Enough,\" Kim said.",
           "2017-11-29", &tagged);
  ASSERT_FALSE(linking_.mentions.empty());
  const Mention& last = linking_.mentions.back();
  ASSERT_GE(last.entity, 0);
  EXPECT_EQ(linking_.entities[last.entity].id, "person:kim-yo-jong");
}

TEST_F(LinkerTest, TheRegimeIsTheStateTheSentenceBeforeDoesNotOpenWith) {
  // Two states named the sentence before: not the one it opens with.
  const std::string text = "The United States sanctioned an airline in Iran. The regime condemned it.";
  Mentions(text);
  EXPECT_EQ(ResolvedIds(text, TokensOf(text, "regime").at(0)), V{"country:IRN"});
  // The state a regime's word was said of, whatever was named since.
  const std::string since =
      "The Iranian military regime bombed villages. Zemblavia and the United States protested. "
      "The regime's spokesman denied it.";
  Mentions(since);
  EXPECT_EQ(ResolvedIds(since, TokensOf(since, "regime").back()), V{"country:IRN"});
}

// "Ali Mohamed Omar" is not the Taliban's "Mullah Mohammed Omar": the fuzzy
// name matcher links a name written another way only when it opens with a
// word of the known names.
TEST(LinkerNames, AKnownPersonsNameOpensWithAWordOfHisNames) {
  const char* people = "person:mullah-mohammed-omar\tMullah Mohammed Omar\tMullah Omar|Mohammad Omar\tAFG\tleader\n";
  MatcherLinker with("", people);
  ASSERT_TRUE(with.ok);
  const Linker& linker = *with.linker;
  auto person = [&](const std::string& text, const std::string& name) {
    const text::Segmentation seg = text::Segment(text);
    const size_t at = text.find(name);
    NerSpan span{0, 0, "PERSON"};
    for (uint32_t k = 0; k < seg.tokens.size(); ++k) {
      if (seg.tokens[k].begin == at) span.token_begin = k;
      if (seg.tokens[k].end == at + name.size()) span.token_end = k + 1;
    }
    const std::vector<NerSpan> ner = {span};
    const Linking l = linker.Link(text, seg, "2025-01-01", &ner);
    for (const Mention& m : l.mentions) {
      if (m.span.Of(text) == name && m.entity >= 0) return l.entities[m.entity].id;
    }
    return std::string("none");
  };
  EXPECT_EQ(person("State Minister Ali Mohamed Omar spoke.", "Ali Mohamed Omar"), "person:ali-mohamed-omar");
  EXPECT_EQ(person("The cleric Mohamad Omar spoke.", "Mohamad Omar"), "person:mullah-mohammed-omar");
}

}  // namespace
}  // namespace dossier::link
