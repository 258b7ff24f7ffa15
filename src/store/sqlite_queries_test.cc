// The events and relations queries must start from an index, never scan a
// table: checked on their query plans (behaviour, not timing).
#include "store/sqlite_queries.h"

#include <gtest/gtest.h>

#include "store/sqlite_db.h"
#include "store/sqlite_schema.h"

namespace dossier::store {
namespace {

// The plan's lines, e.g. "SEARCH pa USING COVERING INDEX event_participants_entity (...)".
std::vector<std::string> Plan(SqliteDb& db, const SqlQuery& q) {
  auto st = db.Prepare("EXPLAIN QUERY PLAN " + q.text);
  EXPECT_TRUE(st.ok()) << st.status().ToString() << "\n" << q.text;
  std::vector<std::string> lines;
  if (!st.ok()) return lines;
  for (size_t i = 0; i < q.params.size(); ++i) st->Bind(static_cast<int>(i + 1), q.params[i]);
  while (*st->Step()) lines.push_back(st->Text(3));
  return lines;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += l + "\n";
  return s;
}

class QueryPlanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = SqliteDb::Open(":memory:");
    ASSERT_TRUE(db.ok());
    db_ = std::move(*db);
    ASSERT_TRUE(Migrate(*db_).ok());
  }
  void ExpectNoTableScan(const SqlQuery& q) {
    std::vector<std::string> plan = Plan(*db_, q);
    ASSERT_FALSE(plan.empty());
    for (const auto& line : plan) {
      if (line == "SCAN CONSTANT ROW") continue;  // a bound id: SELECT ?
      EXPECT_NE(line.rfind("SCAN ", 0), 0u) << "table scan in:\n" << Joined(plan);
    }
  }
  std::unique_ptr<SqliteDb> db_;
};

const EntitySelector kIran{{"country:IRN"}, {"IRN"}};
const EntitySelector kKorea{{"country:PRK"}, {"PRK"}};
const EntitySelector kPerson{{"person:x"}, {}};

TEST_F(QueryPlanTest, EventQueriesWithAnEntityUseTheParticipantIndex) {
  EventQuery typed{kIran, {}, "CONSULT", "2010", "2012"};
  EventQuery newest{kPerson};
  newest.newest_first = true;
  newest.limit = 50;
  for (const EventQuery& q : {EventQuery{kIran, kKorea}, EventQuery{kPerson, kIran},
                              EventQuery{kIran}, typed, newest}) {
    ExpectNoTableScan(EventsSql(q));
  }
}

TEST_F(QueryPlanTest, EventQueriesByTypeUseTheTypeIndex) {
  ExpectNoTableScan(EventsSql({{}, {}, "ASSAULT", "2017-01"}));
}

TEST_F(QueryPlanTest, RelationQueriesUseSubjectAndObjectIndexes) {
  for (const RelationQuery& q : {RelationQuery{kIran, kKorea}, RelationQuery{kPerson},
                                 RelationQuery{kIran, {}, 50}}) {
    ExpectNoTableScan(RelationsSql(q));
  }
}

TEST_F(QueryPlanTest, UnfilteredEventListReadsTheDateIndexInOrder) {
  EventQuery all;
  all.limit = 100;
  std::string plan = Joined(Plan(*db_, EventsSql(all)));
  EXPECT_NE(plan.find("events_date"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
}

}  // namespace
}  // namespace dossier::store
