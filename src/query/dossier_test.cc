#include "query/dossier.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "base/hash.h"

namespace dossier::query {
namespace {

using pipeline::Annotation;
using pipeline::EntityRecord;
using pipeline::EventRecord;

EntityRecord Country(const std::string& code, const std::string& name,
                     std::vector<std::string> aliases = {}) {
  return {"country:" + code, name, "Country", code, std::move(aliases), {}};
}

EventRecord Event(const std::string& type, std::vector<std::string> actor,
                  std::vector<std::string> recipient, const std::string& date) {
  EventRecord e;
  e.id = type + date;
  e.event = type;
  e.actor = std::move(actor);
  e.recipient = std::move(recipient);
  e.date = date;
  e.modality = "asserted";
  e.span = {0, 5};
  return e;
}

// Three documents: a PRK official visits Iran (2017-08), Iran and North Korea
// cooperate (2016), and an unrelated Japanese event.
class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = store::OpenStore(":memory:");
    ASSERT_TRUE(s.ok());
    store_ = std::move(*s);
    EntityRecord kim{"person:kim-yong-nam", "Kim Yong-Nam", "Person", "PRK", {}, {}};
    EntityRecord komid{"org:komid", "Korea Mining Development Trading Corporation", "Company",
                       "PRK", {"KOMID"}, {{"us-ofac-sdn", "9345", "KOMID", {"NPWMD"}, 1, ""}}};
    EntityRecord iran_org{"org:iran-air", "Iran", "Company", "IRN", {}, {}};
    Add("visit", "2017-11-29",
        {kim, Country("IRN", "Iran", {"Islamic Republic of Iran"}), komid, iran_org},
        {Event("CONSULT", {"person:kim-yong-nam"}, {"country:IRN"}, "2017-08")});
    Add("coop", "2016-05-01", {Country("IRN", "Iran"), Country("PRK", "North Korea", {"DPRK"})},
        {Event("COOPERATE", {"country:IRN"}, {"country:PRK"}, "2016")});
    Add("japan", "2017-11-28", {Country("JPN", "Japan"), Country("PRK", "North Korea")},
        {Event("ASSAULT", {"country:PRK"}, {"country:JPN"}, "2017-11-28")});
  }
  void Add(const std::string& id, const std::string& date, std::vector<EntityRecord> entities,
           std::vector<EventRecord> events) {
    Annotation a;
    a.id = id;
    a.date = date;
    a.text = "Text of " + id + ".";
    a.entities = std::move(entities);
    a.events = std::move(events);
    for (const auto& e : a.entities) a.mentions.push_back({{0, 4}, e.name, "X", e.id});
    ASSERT_TRUE(store_->PutDocument(a, base::ContentHash(a.text)).ok());
  }
  std::unique_ptr<store::Store> store_;
};

TEST_F(QueryTest, ResolvesNamesPreferringExactIdThenNameThenCountries) {
  struct Case {
    const char* name;
    const char* id;
  } cases[] = {{"iran", "country:IRN"},          // a country and a company are both "Iran"
               {"org:iran-air", "org:iran-air"},  // an exact id is never second
               {"dprk", "country:PRK"},
               {"komid", "org:komid"},
               {"  Kim Yong-Nam ", "person:kim-yong-nam"},
               {"KIM YONG NAM", "person:kim-yong-nam"},  // case, hyphen and spacing folded
               {"north-korea", "country:PRK"}};
  for (const Case& c : cases) {
    auto e = ResolveEntity(*store_, c.name);
    ASSERT_TRUE(e.ok()) << c.name << ": " << e.status().ToString();
    EXPECT_EQ(e->id, c.id) << c.name;
  }
}

TEST_F(QueryTest, UnknownNameSuggestsCandidates) {
  auto e = ResolveEntity(*store_, "Korea Mining");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), base::StatusCode::kNotFound);
  EXPECT_NE(e.status().message().find("did you mean"), std::string::npos);
  EXPECT_NE(e.status().message().find("org:komid"), std::string::npos) << e.status().message();
  EXPECT_EQ(ResolveEntity(*store_, "").status().code(), base::StatusCode::kInvalidArgument);
}

TEST_F(QueryTest, PairTimelineCountsNationalsOfACountryOldestFirst) {
  auto t = RelationTimeline(*store_, "Iran", "North Korea");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_EQ(t->events.size(), 2u);
  EXPECT_EQ(t->events[0].event.event, "COOPERATE");
  EXPECT_EQ(t->events[1].event.event, "CONSULT");  // Kim Yong-Nam (PRK) -> Iran
  EXPECT_EQ(t->names.at("person:kim-yong-nam"), "Kim Yong-Nam");
  auto reversed = RelationTimeline(*store_, "North Korea", "Iran");
  ASSERT_TRUE(reversed.ok());
  EXPECT_EQ(reversed->events.size(), 2u);
  auto person = RelationTimeline(*store_, "Kim Yong-Nam", "Japan");
  ASSERT_TRUE(person.ok());
  EXPECT_TRUE(person->events.empty());  // a person does not stand for his country
}

TEST_F(QueryTest, ListsEventsByEntityTypeAndDates) {
  struct Case {
    EventFilter filter;
    size_t expected;
  } cases[] = {{{}, 3},
               {{"North Korea"}, 3},
               {{"Japan"}, 1},
               {{"", "assault"}, 1},
               {{"", "", "2017"}, 2},
               {{"", "", "", "2016-12-31"}, 1},
               {{"Iran", "", "2017-01", "2017-12"}, 1},
               {{"", "", "", "", 1}, 1}};
  for (const Case& c : cases) {
    auto list = ListEvents(*store_, c.filter);
    ASSERT_TRUE(list.ok()) << list.status().ToString();
    EXPECT_EQ(list->events.size(), c.expected) << c.filter.entity << c.filter.type << c.filter.from;
  }
  // The same text-dated event told by a second document is one entry with two tellings.
  Add("retold", "2017-12-02", {Country("IRN", "Iran"), Country("PRK", "North Korea")},
      {Event("COOPERATE", {"country:IRN"}, {"country:PRK"}, "2016")});
  auto folded = ListEvents(*store_, {"Iran"});
  ASSERT_TRUE(folded.ok());
  ASSERT_EQ(folded->events.size(), 2u);
  const auto coop = std::find_if(folded->events.begin(), folded->events.end(),
                                 [](const store::StoredEvent& e) { return e.event.event == "COOPERATE"; });
  ASSERT_NE(coop, folded->events.end());
  EXPECT_EQ(coop->also.size(), 1u);
  auto profile = ProfileEntity(*store_, "Iran");
  ASSERT_TRUE(profile.ok());
  EXPECT_EQ(profile->events.size(), 2u);
  EXPECT_EQ(ListEvents(*store_, {"", "", "last week"}).status().code(),
            base::StatusCode::kInvalidArgument);
  EXPECT_EQ(ListEvents(*store_, {"Atlantis"}).status().code(), base::StatusCode::kNotFound);
}

TEST_F(QueryTest, ProfileHasSanctionsEventsAndMentions) {
  auto p = ProfileEntity(*store_, "KOMID");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->entity.name, "Korea Mining Development Trading Corporation");
  ASSERT_EQ(p->entity.sanctions.size(), 1u);
  EXPECT_EQ(p->entity.sanctions[0].ref, "9345");
  EXPECT_EQ(p->mentions.mentions, 1);
  auto korea = ProfileEntity(*store_, "North Korea");
  ASSERT_TRUE(korea.ok());
  EXPECT_EQ(korea->events.size(), 2u);  // its own events, newest first
  EXPECT_EQ(korea->events[0].event.event, "ASSAULT");
  EXPECT_EQ(korea->mentions.documents, 2);
}

TEST(IsoDatePrefixTest, AcceptsYearMonthDay) {
  for (const char* ok : {"2017", "2017-08", "2017-08-01"}) EXPECT_TRUE(IsIsoDatePrefix(ok)) << ok;
  for (const char* bad : {"", "17", "2017-8", "2017/08/01", "2017-08-01T10", "abcd"}) {
    EXPECT_FALSE(IsIsoDatePrefix(bad)) << bad;
  }
}

}  // namespace
}  // namespace dossier::query

namespace dossier::query {
namespace {

store::StoredEvent Told(const std::string& doc, const std::string& doc_date, const std::string& date) {
  store::StoredEvent e;
  e.event = Event("AID", {"country:PRK"}, {"country:IRN"}, date);
  e.sort_date = date;
  e.evidence.doc_id = doc;
  e.evidence.doc_date = doc_date;
  return e;
}

TEST(FoldRetellings, OneEventFromSeveralDocumentsKeepsEveryTelling) {
  std::vector<store::StoredEvent> events = {Told("a", "2017-11-29", "2010"), Told("b", "2018-01-02", "2010"),
                                            Told("c", "2017-11-29", "2017-11-29"),
                                            Told("d", "2017-11-30", "2017-11-30")};
  FoldRetellings(&events);
  ASSERT_EQ(events.size(), 3u);  // undated tellings (dated by their documents) stay apart
  ASSERT_EQ(events[0].also.size(), 1u);
  EXPECT_EQ(events[0].also[0].doc_id, "b");
  EXPECT_TRUE(events[1].also.empty());
}

}  // namespace
}  // namespace dossier::query
