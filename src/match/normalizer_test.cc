#include "match/normalizer.h"

#include <gtest/gtest.h>

namespace dossier::match {
namespace {

std::unique_ptr<Normalizer> Make() {
  auto n = Normalizer::Load(std::string(DOSSIER_SOURCE_DIR) + "/data/match");
  EXPECT_TRUE(n.ok()) << n.status().ToString();
  return std::move(n).value();
}

TEST(NormalizerTest, Table) {
  auto n = Make();
  struct Case { const char* in; NameSchema schema; const char* want; };
  const Case cases[] = {
      {"MUSAVI, Sayyed Javad", NameSchema::kPerson, "javad mousavi"},
      {"Seyed Javad Mousavi", NameSchema::kPerson, "javad mousavi"},
      {"Korea Mining Development Trading Corp.", NameSchema::kOrganization,
       "korea mining development trading corporation"},
      {"ANGLO-CARIBBEAN CO., LTD.", NameSchema::kOrganization, "anglo caribbean co ltd"},
      {"YO'N, Cho'ng-Nam", NameSchema::kPerson, "jong nam yon"},
      {"Müller\u00a0Straße", NameSchema::kUnknown, "muller strasse"},
      {"Ким Ён Нам", NameSchema::kPerson, "kim yen nam"},
      {"Мусави Сайед Джавад", NameSchema::kPerson, "mousavi dzhavad"},
      {"K.O.M.I.D.", NameSchema::kOrganization, "komid"},
      {"", NameSchema::kPerson, ""},
      {"???", NameSchema::kPerson, ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(n->Normalize(c.in, c.schema).Text(), c.want) << c.in;
  }
}

TEST(NormalizerTest, KindsAndDropped) {
  auto n = Make();
  NormalizedName x = n->Normalize("Shaikh Isa Bin Tarif Al Bin Ali", NameSchema::kPerson);
  ASSERT_EQ(x.dropped.size(), 1u);
  EXPECT_EQ(x.dropped[0], "sheikh");
  EXPECT_EQ(x.tokens[1].kind, TokenKind::kParticle);  // bin
  NormalizedName y = n->Normalize("Siemens AG", NameSchema::kOrganization);
  EXPECT_EQ(y.tokens[1].kind, TokenKind::kLegalForm);
}

TEST(NormalizerTest, NonLatinScriptsBecomeAscii) {
  auto n = Make();
  for (const char* s : {"김용남", "金永南", "محمد", "Владимир Путин"}) {
    const std::string a = n->ToAscii(s);
    EXPECT_FALSE(a.empty()) << s;
    for (unsigned char c : a) EXPECT_LT(c, 0x80) << s;
  }
}

TEST(PhoneticKeyTest, VariantsShareKeys) {
  EXPECT_EQ(PhoneticKey("mousavi"), PhoneticKey("musavi"));
  EXPECT_EQ(PhoneticKey("mosavi"), PhoneticKey("musavi"));
  EXPECT_EQ(PhoneticKey("khalid"), PhoneticKey("kalid"));
  EXPECT_EQ(PhoneticKey("dzhavad"), PhoneticKey("javad"));
  EXPECT_NE(PhoneticKey("yong"), PhoneticKey("ung"));
}

}  // namespace
}  // namespace dossier::match
