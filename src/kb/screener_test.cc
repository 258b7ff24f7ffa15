#include "kb/screener.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

namespace dossier::kb {
namespace {

const std::string kTables = std::string(DOSSIER_SOURCE_DIR) + "/data/match";

bool Hits(const std::vector<ScreenMatch>& ms, const std::string& ref) {
  for (const ScreenMatch& m : ms) {
    if (m.ref == ref) return true;
  }
  return false;
}

// The seed article's names against OFAC SDN 2024-05-03 and UN 2025-08-02.
class SeedTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string data = std::string(DOSSIER_SHARED_DIR) + "/data/sanctions/";
    if (!std::filesystem::exists(data)) return;
    auto s = Screener::Load({data + "ofac_sdn_2024-05-03/sdn.csv", data + "un_consolidated_2025-08-02"}, kTables);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    screener_ = std::move(s).value().release();
  }
  void SetUp() override {
    if (!screener_) GTEST_SKIP() << "no shared data";
  }
  static std::vector<ScreenMatch> Screen(const std::string& name, const std::string& schema = "") {
    return screener_->Screen({name, schema, "", ""}, screener_->default_threshold(), 10);
  }
  static Screener* screener_;
};
Screener* SeedTest::screener_ = nullptr;

TEST_F(SeedTest, ListedPartiesHit) {
  struct Case { const char* name; const char* schema; std::vector<std::string> refs; };
  const Case cases[] = {
      {"Korea Mining Development Trading Corp", "Organization", {"9345", "KPe.001"}},
      {"Korea Mining Development Trading Corp", "", {"9345", "KPe.001"}},
      {"KOMID", "", {"9345", "KPe.001"}},
      {"Shahid Hemmat Industrial Group", "Organization", {"9349"}},
      {"Sayyed Javad Musavi", "Person", {"19237"}},
      {"Seyed Javad Mousavi", "", {"19237"}},
  };
  for (const Case& c : cases) {
    auto ms = Screen(c.name, c.schema);
    for (const std::string& ref : c.refs) EXPECT_TRUE(Hits(ms, ref)) << c.name << " should hit " << ref;
  }
  EXPECT_FALSE(Hits(Screen("Sayyed Javad Musavi", "Person"), "16542"));
}

TEST_F(SeedTest, UnlistedPeopleMiss) {
  for (const char* name : {"Kim Yong-Nam", "Hassan Rouhani", "Donald Trump", "Jay Solomon", "John O. Brennan"}) {
    for (const char* schema : {"", "Person"}) {
      auto ms = Screen(name, schema);
      EXPECT_TRUE(ms.empty()) << name << " hit " << ms[0].ref << " " << ms[0].name << " " << ms[0].score
                              << " " << ms[0].explanation;
    }
  }
}

TEST_F(SeedTest, ExplanationsAndProgrammes) {
  auto ms = Screen("Korea Mining Development Trading Corp", "Organization");
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].programs.empty(), false);
  EXPECT_NE(ms[0].explanation.find("korea"), std::string::npos) << ms[0].explanation;
  for (size_t i = 1; i < ms.size(); ++i) EXPECT_LE(ms[i].score, ms[i - 1].score);
}

TEST_F(SeedTest, LinkedToBecomesATie) {
  bool found = false;
  for (const ListTie& t : screener_->ties()) {
    found |= t.subject_ref == "19237" && t.object_ref == "9349" && t.predicate == "linked_to";
  }
  EXPECT_TRUE(found);
}

// Screen() from several threads gives the same answers as from one.
TEST_F(SeedTest, ConcurrentScreeningAgrees) {
  const std::vector<std::string> names = {"KOMID", "Sayyed Javad Musavi", "Kim Yong-Nam", "Мусави Сайед Джавад",
                                          "Shahid Hemmat Industrial Group", "Hassan Rouhani", "Kim Nam Ung"};
  std::vector<std::vector<ScreenMatch>> want;
  for (const std::string& n : names) want.push_back(Screen(n));
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        const size_t i = (round + t) % names.size();
        const auto got = Screen(names[i]);
        bool same = got.size() == want[i].size();
        for (size_t k = 0; same && k < got.size(); ++k) same = got[k].ref == want[i][k].ref && got[k].score == want[i][k].score;
        mismatches[t] += !same;
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(ScreenerTest, BadQueriesNeverCrash) {
  auto s = Screener::FromEntries({{"l", "1", "Person", "Ann Smith", {}, {"P"}, {"1970"}, {}, {}}}, kTables);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE((*s)->Screen({"", "", "", ""}, 0.5, 5).empty());
  EXPECT_TRUE((*s)->Screen({"\xff\xfe", "", "", ""}, 0.5, 5).empty());
  EXPECT_FALSE((*s)->Screen({"Ann Smith", "Person", "19x0-99", ""}, 0.5, 5).empty());
  auto ms = (*s)->Screen({"Ann Smith", "Person", "1990", ""}, 0.1, 5);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_NE(ms[0].explanation.find("birth year"), std::string::npos);
  EXPECT_TRUE((*s)->Screen({"Ann Smith", "", "", ""}, 0.5, 0).empty());
}

}  // namespace
}  // namespace dossier::kb
