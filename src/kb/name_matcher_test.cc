#include "kb/name_matcher.h"

#include <gtest/gtest.h>

namespace dossier::kb {
namespace {

class NameMatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto kb = KnowledgeBase::FromTables(
        "IRN\tIran\t\tIranian\tTehran\t\n",
        "org:irgc\tPublicBody\tIslamic Revolutionary Guard Corps\tIRGC\tIRN\t\tmilitary\n",
        "person:hassan-rouhani\tHassan Rouhani\tHasan Rouhani\tIRN\tpresident\n"
        "person:kim-yong-nam\tKim Yong Nam\tKim Yong-nam\tPRK\tofficial\n",
        "");
    ASSERT_TRUE(kb.ok());
    kb_ = std::move(*kb);
    auto m = NameMatcher::Build(*kb_, std::string(DOSSIER_SOURCE_DIR) + "/data/match");
    ASSERT_TRUE(m.ok()) << m.status().ToString();
    matcher_ = std::move(*m);
  }

  std::string Id(std::string_view name, std::string_view schema) {
    const Entity* e = matcher_->Find(name, schema);
    return e ? e->id : "none";
  }

  std::unique_ptr<KnowledgeBase> kb_;
  std::unique_ptr<NameMatcher> matcher_;
};

TEST_F(NameMatcherTest, FindsVariantSpellings) {
  EXPECT_EQ(Id("Hasan Rowhani", "Person"), "person:hassan-rouhani");
  EXPECT_EQ(Id("Kim Yongnam", "Person"), "person:kim-yong-nam");
  EXPECT_EQ(Id("Islamic Revolutionary Guards Corps", "Organization"), "org:irgc");
}

TEST_F(NameMatcherTest, KeepsNearMissesApart) {
  EXPECT_EQ(Id("Kim Nam Ung", "Person"), "none");
  EXPECT_EQ(Id("Hassan Nasrallah", "Person"), "none");
  EXPECT_EQ(Id("Rouhani", "Person"), "none");                   // one word is too little
  EXPECT_EQ(Id("Hassan Rouhani", "Organization"), "none");      // schema must agree
}

}  // namespace
}  // namespace dossier::kb
