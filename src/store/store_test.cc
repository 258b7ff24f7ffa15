// One behavioural suite for the Store interface, run against every backend
// (today: SQLite on a file and SQLite in memory).
#include "store/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <functional>

#include "base/hash.h"
#include "pipeline/annotation_json.h"

namespace dossier::store {
namespace {

namespace fs = std::filesystem;
using pipeline::Annotation;

struct Backend {
  std::string name;
  bool persistent;  // reopening the same location sees the same data
  std::function<std::string(const fs::path& dir)> location;
};

std::vector<Backend> Backends() {
  return {
      {"sqlite_file", true, [](const fs::path& dir) { return (dir / "test.db").string(); }},
      {"sqlite_memory", false, [](const fs::path&) { return std::string(":memory:"); }},
  };
}

// A small article: a North Korean official visits Iran; a relation; a quote.
Annotation Article(const std::string& id, const std::string& date) {
  Annotation a;
  a.id = id;
  a.date = date;
  a.date_source = "metadata";
  a.title = "Visit " + id;
  a.url = "https://example.org/" + id;
  a.source = "example";
  a.text = "Officials met. Kim Yong-Nam visited Iran\xE2\x80\x99s capital in August. "
           "He said: \xE2\x80\x9CWe are friends.\xE2\x80\x9D";
  a.sentences = {{0, 14}, {15, 63}, {64, 94}};
  a.mentions = {{{15, 27}, "Kim Yong-Nam", "PERSON", "person:kim-yong-nam"},
                {{36, 40}, "Iran", "GPE", "country:IRN"}};
  a.timexes = {{{53, 62}, "in August", "DATE", "2017-08"}};
  a.entities = {
      {"person:kim-yong-nam", "Kim Yong-Nam", "Person", "PRK", {"Kim Yong Nam"}, {}},
      {"country:IRN", "Iran", "Country", "IRN", {"Islamic Republic of Iran"}, {}},
      {"country:PRK", "North Korea", "Country", "PRK", {"DPRK"}, {}},
      {"org:komid", "Korea Mining Development Trading Corporation", "Company", "PRK", {"KOMID"},
       {{"us-ofac-sdn", "9345", "KOREA MINING DEVELOPMENT TRADING CORPORATION",
         {"NPWMD", "DPRK2"}, 0.97, "acronym"}}}};
  pipeline::EventRecord visit;
  visit.id = id + ":e1";
  visit.event = "CONSULT";
  visit.mode = "visit";
  visit.cameo = "042";
  visit.actor = {"person:kim-yong-nam"};
  visit.recipient = {"country:IRN"};
  visit.date = "2017-08";
  visit.modality = "asserted";
  visit.attributed_to = {"org:komid"};
  visit.sentence = 1;
  visit.span = {15, 63};
  visit.trigger = {28, 35};
  a.events = {visit};
  a.relations = {{"person:kim-yong-nam", "citizen_of", "country:PRK", 1, {15, 63}}};
  a.quotes = {{"person:kim-yong-nam", {64, 94}, 2}};
  return a;
}

void PrintTo(const Backend& b, std::ostream* os) { *os << b.name; }

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dossier_store_" + std::to_string(::getpid()) + "_" + GetParam().name);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Reopen();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  void Reopen() {
    store_.reset();
    auto s = OpenStore(GetParam().location(dir_));
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
  }
  bool Put(const Annotation& a) {
    auto r = store_->PutDocument(a, base::ContentHash(a.text));
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() && *r;
  }

  fs::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, RoundTripsTheRecord) {
  Annotation a = Article("doc1", "2017-11-29");
  ASSERT_TRUE(Put(a));
  auto back = store_->GetAnnotation(base::ContentHash(a.text));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ASSERT_TRUE(back->has_value());
  pipeline::JsonOptions full;
  full.with_text = true;
  EXPECT_EQ(pipeline::ToJsonLine(**back, full), pipeline::ToJsonLine(a, full));
  EXPECT_TRUE(store_->CheckIntegrity().ok());
}

TEST_P(StoreTest, SameContentIsStoredOnce) {
  Annotation a = Article("doc1", "2017-11-29");
  EXPECT_TRUE(Put(a));
  a.id = "renamed";  // same bytes under another id: still the same content
  EXPECT_FALSE(Put(a));
  EXPECT_EQ(*store_->CountDocuments(), 1);
  EXPECT_TRUE(*store_->HasDocument(base::ContentHash(a.text)));
  EXPECT_FALSE(*store_->HasDocument(base::ContentHash("other")));
  auto events = store_->FindEvents({});
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(events->size(), 1u);
}

TEST_P(StoreTest, MergesEntitiesAcrossDocuments) {
  Annotation a = Article("doc1", "2017-11-29");
  Annotation b = Article("doc2", "2018-01-02");
  b.text += " More.";
  b.entities[3].aliases = {"KOMID", "Korea Mining Development Trading Corp"};
  b.entities[3].sanctions = {{"un-sc-consolidated", "KPe.001", "KOREA MINING DEVELOPMENT "
                              "TRADING CORPORATION", {"DPRK"}, 0.95, ""}};
  b.entities[3].name = "KOMID (second spelling)";
  ASSERT_TRUE(Put(a));
  ASSERT_TRUE(Put(b));
  auto e = store_->GetEntity("org:komid");
  ASSERT_TRUE(e.ok() && e->has_value());
  EXPECT_EQ((*e)->name, "Korea Mining Development Trading Corporation");
  EXPECT_EQ((*e)->country, "PRK");
  EXPECT_EQ((*e)->aliases,
            (std::vector<std::string>{"KOMID", "Korea Mining Development Trading Corp"}));
  ASSERT_EQ((*e)->sanctions.size(), 2u);
  EXPECT_EQ((*e)->sanctions[0].list, "un-sc-consolidated");
  EXPECT_EQ((*e)->sanctions[1].ref, "9345");
  EXPECT_EQ((*e)->sanctions[1].programs, (std::vector<std::string>{"NPWMD", "DPRK2"}));
}

TEST_P(StoreTest, FindsEntitiesByIdNameOrAliasIgnoringCase) {
  ASSERT_TRUE(Put(Article("doc1", "2017-11-29")));
  struct Case {
    std::string query;
    std::string id;
  } cases[] = {{"komid", "org:komid"},
               {"ORG:KOMID", "org:komid"},
               {"korea mining development trading corporation", "org:komid"},
               {"iran", "country:IRN"},
               {"islamic republic of iran", "country:IRN"},
               {"dprk", "country:PRK"}};
  for (const Case& c : cases) {
    auto found = store_->FindEntities(c.query);
    ASSERT_TRUE(found.ok()) << c.query;
    ASSERT_EQ(found->size(), 1u) << c.query;
    EXPECT_EQ((*found)[0].id, c.id) << c.query;
  }
  EXPECT_TRUE(store_->FindEntities("Atlantis")->empty());
  auto similar = store_->SimilarEntities("Korea Mining", 5);
  ASSERT_TRUE(similar.ok());
  ASSERT_FALSE(similar->empty());
  EXPECT_EQ((*similar)[0].id, "org:komid");
  EXPECT_TRUE(store_->SimilarEntities("100%_\\", 5).ok());
}

TEST_P(StoreTest, FindsEventsBetweenTwoSidesByIdOrCountry) {
  ASSERT_TRUE(Put(Article("doc1", "2017-11-29")));
  EntitySelector iran{{"country:IRN"}, {"IRN"}};
  EntitySelector korea{{"country:PRK"}, {"PRK"}};
  EntitySelector kim{{"person:kim-yong-nam"}, {}};
  EntitySelector japan{{"country:JPN"}, {"JPN"}};
  struct Case {
    const char* name;
    EventQuery query;
    size_t expected;
  } cases[] = {
      {"country side matches a PRK person", {iran, korea}, 1},
      {"either order", {korea, iran}, 1},
      {"by id", {kim, {{"country:IRN"}, {}}}, 1},
      {"id side and country side", {kim, iran}, 1},
      {"country side and id side", {iran, kim}, 1},
      {"one side only", {iran, {}}, 1},
      {"no such pair", {iran, japan}, 0},
      {"same side twice is not a pair", {kim, korea}, 0},
      {"type filter", {iran, korea, "consult"}, 1},
      {"other type", {iran, korea, "ASSAULT"}, 0},
      {"from before", {iran, korea, "", "2017-01-01"}, 1},
      {"from after", {iran, korea, "", "2017-09"}, 0},
      {"to at coarser precision", {iran, korea, "", "", "2017"}, 1},
      {"to before", {iran, korea, "", "", "2017-07-31"}, 0},
      {"source is not a side", {{{"org:komid"}, {}}, {}}, 0},
  };
  for (const Case& c : cases) {
    auto events = store_->FindEvents(c.query);
    ASSERT_TRUE(events.ok()) << c.name << ": " << events.status().ToString();
    EXPECT_EQ(events->size(), c.expected) << c.name;
  }
  auto events = store_->FindEvents({iran, korea});
  ASSERT_EQ(events->size(), 1u);
  const StoredEvent& e = (*events)[0];
  EXPECT_EQ(e.event.actor, std::vector<std::string>{"person:kim-yong-nam"});
  EXPECT_EQ(e.event.recipient, std::vector<std::string>{"country:IRN"});
  EXPECT_EQ(e.event.attributed_to, std::vector<std::string>{"org:komid"});
  EXPECT_EQ(e.sort_date, "2017-08");
  EXPECT_EQ(e.evidence.doc_id, "doc1");
  EXPECT_EQ(e.evidence.sentence_text, "Kim Yong-Nam visited Iran\xE2\x80\x99s capital in August.");
}

TEST_P(StoreTest, OrdersEventsOldestFirstWithTheDocumentDateAsFallback) {
  Annotation a = Article("late", "2019-05-05");
  a.events[0].date = "";  // sorts by the document date
  Annotation b = Article("early", "2020-01-01");
  b.text += " Again.";
  b.events[0].date = "2018-03";
  ASSERT_TRUE(Put(a));
  ASSERT_TRUE(Put(b));
  auto events = store_->FindEvents({{{"country:IRN"}, {}}});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].sort_date, "2018-03");
  EXPECT_EQ((*events)[1].sort_date, "2019-05-05");
  EventQuery newest{{{"country:IRN"}, {}}};
  newest.newest_first = true;
  newest.limit = 1;
  EXPECT_EQ((*store_->FindEvents(newest))[0].evidence.doc_id, "late");
}

TEST_P(StoreTest, FindsRelationsAndMentions) {
  ASSERT_TRUE(Put(Article("doc1", "2017-11-29")));
  auto rels = store_->FindRelations({{{"person:kim-yong-nam"}, {}}, {{"country:PRK"}, {}}});
  ASSERT_TRUE(rels.ok());
  ASSERT_EQ(rels->size(), 1u);
  EXPECT_EQ((*rels)[0].relation.predicate, "citizen_of");
  EXPECT_EQ((*store_->FindRelations({{{"country:PRK"}, {}}}))[0].evidence.doc_id, "doc1");
  // Selectors of different shapes, either way round.
  EntitySelector kim{{"person:kim-yong-nam"}, {}};
  EntitySelector korea{{"country:PRK"}, {"PRK"}};
  EXPECT_EQ(store_->FindRelations({kim, korea})->size(), 1u);
  EXPECT_EQ(store_->FindRelations({korea, kim})->size(), 1u);
  EXPECT_EQ(store_->FindRelations({korea})->size(), 1u);
  EXPECT_TRUE(store_->FindRelations({{{"country:IRN"}, {}}, {{"country:PRK"}, {}}})->empty());
  auto m = store_->Mentions("country:IRN", 10);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->mentions, 1);
  EXPECT_EQ(m->documents, 1);
  ASSERT_EQ(m->top_documents.size(), 1u);
  EXPECT_EQ(m->top_documents[0].id, "doc1");
}

TEST_P(StoreTest, SearchesFullTextWithSnippets) {
  ASSERT_TRUE(Put(Article("doc1", "2017-11-29")));
  auto hits = store_->Search("visited iran", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].document.id, "doc1");
  EXPECT_NE((*hits)[0].snippet.find("[visited]"), std::string::npos) << (*hits)[0].snippet;
  EXPECT_TRUE(store_->Search("tokyo", 10)->empty());
  // FTS syntax in user text is searched for, never parsed.
  for (const char* odd : {"\"", "AND OR NOT", "(iran", "iran*", "NEAR(", "col:iran"}) {
    EXPECT_TRUE(store_->Search(odd, 10).ok()) << odd;
  }
  EXPECT_FALSE(store_->Search("   ", 10).ok());
}

TEST_P(StoreTest, UncommittedBatchIsLostCommittedOneKept) {
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(Put(Article("kept", "2017-11-29")));
  ASSERT_TRUE(store_->Commit().ok());
  Annotation lost = Article("lost", "2017-11-30");
  lost.text += " Lost.";
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(Put(lost));
  EXPECT_TRUE(*store_->HasDocument(base::ContentHash(lost.text)));  // visible inside
  if (!GetParam().persistent) return;
  Reopen();  // closing without Commit() abandons the open batch
  EXPECT_EQ(*store_->CountDocuments(), 1);
  EXPECT_FALSE(*store_->HasDocument(base::ContentHash(lost.text)));
  EXPECT_TRUE(store_->CheckIntegrity().ok());
}

INSTANTIATE_TEST_SUITE_P(AllBackends, StoreTest, ::testing::ValuesIn(Backends()),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace dossier::store
