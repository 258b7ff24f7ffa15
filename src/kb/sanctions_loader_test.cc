#include "kb/sanctions_entry.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dossier::kb {
namespace {

namespace fs = std::filesystem;

class LoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kb_loader_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& body) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << body;
    return p.string();
  }
  fs::path dir_;
};

TEST_F(LoaderTest, OfacCsvRemarksAliasesAndSidecars) {
  const std::string sdn = Write("sdn.csv",
      "9345,\"KOREA MINING DEVELOPMENT TRADING CORPORATION\",-0- ,\"NPWMD] [DPRK2\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'KOMID'.\"\n"
      "19237,\"MUSAVI, Sayyed Javad\",\"individual\",\"NPWMD] [IFSR\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 23 Aug 1972; nationality Iran; Linked To: SHAHID HEMMAT INDUSTRIAL GROUP.\"\n"
      "77,\"M\xdcLLER\",-0- ,\"X\"\n"
      "\x1a");
  Write("alt.csv", "9345,1,aka,KOMID TRADING,-0- \n999,2,aka,NOBODY,-0- \n");
  std::vector<SanctionsEntry> out;
  Warnings w;
  ASSERT_TRUE(LoadOfacCsv(sdn, &out, &w).ok());
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].list, "us-ofac-sdn");
  EXPECT_EQ(out[0].schema, "Organization");
  EXPECT_EQ(out[0].programs, (std::vector<std::string>{"NPWMD", "DPRK2"}));
  EXPECT_EQ(out[0].aliases, (std::vector<std::string>{"KOMID", "KOMID TRADING"}));
  EXPECT_EQ(out[1].schema, "Person");
  EXPECT_EQ(out[1].birth_dates, (std::vector<std::string>{"1972-08-23"}));
  EXPECT_EQ(out[1].countries, (std::vector<std::string>{"Iran"}));
  EXPECT_EQ(out[1].linked_to, (std::vector<std::string>{"SHAHID HEMMAT INDUSTRIAL GROUP"}));
  ASSERT_EQ(w.size(), 2u);  // the short row and the unknown alt.csv entry
  EXPECT_NE(w[0].find("sdn.csv:3:"), std::string::npos) << w[0];
}

TEST_F(LoaderTest, XmlFtmAndSimpleCsvThroughAFolder) {
  Write("consolidated.xml",
        "<?xml version=\"1.0\"?><sdnList xmlns=\"https://x\"><sdnEntry><uid>1</uid><firstName>Ismail</firstName>"
        "<lastName>HANIYA</lastName><sdnType>Individual</sdnType><programList><program>NS-PLC</program></programList>"
        "<akaList><aka><firstName>Ismaeel</firstName><lastName>HANIYYA</lastName></aka></akaList>"
        "<dateOfBirthList><dateOfBirthItem><dateOfBirth>1962</dateOfBirth></dateOfBirthItem></dateOfBirthList>"
        "</sdnEntry></sdnList>");
  Write("un.xml",
        "<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES><ENTITY><FIRST_NAME>KOREA MINING DEVELOPMENT TRADING CORPORATION"
        "</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPe.001</REFERENCE_NUMBER><ENTITY_ALIAS>"
        "<ALIAS_NAME>KOMID</ALIAS_NAME></ENTITY_ALIAS></ENTITY><ENTITY><FIRST_NAME>NO REF</FIRST_NAME></ENTITY>"
        "</ENTITIES></CONSOLIDATED_LIST>");
  Write("x.jsonl",
        "{\"id\":\"ofac-1\",\"schema\":\"Person\",\"caption\":\"A B\",\"properties\":{\"name\":[\"A B\"],"
        "\"alias\":[\"C D\"],\"birthDate\":[\"1970\"]},\"datasets\":[\"us_ofac_sdn\"]}\n"
        "not json\n{\"id\":\"addr\",\"schema\":\"Address\"}\n");
  Write("mine.csv", "name,schema,country,birth_date,aliases\nAcme Corp,Company,PRK,,ACME;Acme Trading\n,Person,,,\n");
  Write("notes.md", "ignored");
  std::vector<SanctionsEntry> out;
  Warnings w;
  ASSERT_TRUE(LoadSanctionsPath(dir_.string(), &out, &w).ok());
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].list, "us-ofac-consolidated");
  EXPECT_EQ(out[0].name, "HANIYA, Ismail");
  EXPECT_EQ(out[0].aliases[0], "HANIYYA, Ismaeel");
  EXPECT_EQ(out[0].birth_dates[0], "1962");
  EXPECT_EQ(out[1].list, "mine");
  EXPECT_EQ(out[1].aliases.size(), 2u);
  EXPECT_EQ(out[2].list, "un-sc-consolidated");
  EXPECT_EQ(out[2].ref, "KPe.001");
  EXPECT_EQ(out[3].list, "us_ofac_sdn");
  EXPECT_EQ(w.size(), 3u);  // un.xml entity without ref, bad JSON line, CSV row without name
}

TEST_F(LoaderTest, ErrorsAreValues) {
  std::vector<SanctionsEntry> out;
  Warnings w;
  EXPECT_EQ(LoadSanctionsPath((dir_ / "missing").string(), &out, &w).code(), base::StatusCode::kNotFound);
  EXPECT_FALSE(LoadSanctionsPath(Write("bad.xml", "<sdnList><sdnEntry>"), &out, &w).ok());
  EXPECT_FALSE(LoadSanctionsPath(Write("what.txt", "hello"), &out, &w).ok());
}

TEST(ParseListDateTest, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"23 Aug 1972", "1972-08-23"}, {"Aug 1972", "1972-08"}, {"circa 1947", "1947"},
      {"1964-07-17", "1964-07-17"}, {"01 Jan 1960 to 31 Dec 1962", "1960-01-01"}, {"unknown", ""},
      {"", ""}};
  for (const auto& [in, want] : cases) EXPECT_EQ(ParseListDate(in), want) << in;
}

TEST(RealListsTest, CountsMatchTheDataReadme) {
  const std::string data = std::string(DOSSIER_SHARED_DIR) + "/data/sanctions/";
  if (!std::filesystem::exists(data)) GTEST_SKIP() << "no shared data";
  struct Case { const char* path; size_t entries; };
  const Case cases[] = {{"ofac_sdn_2024-05-03/sdn.csv", 14965},
                        {"ofac_consolidated_2025-03-28/consolidated.xml", 443},
                        {"un_consolidated_2025-08-02", 684 + 195}};
  for (const Case& c : cases) {
    std::vector<SanctionsEntry> out;
    Warnings w;
    ASSERT_TRUE(LoadSanctionsPath(data + c.path, &out, &w).ok()) << c.path;
    EXPECT_EQ(out.size(), c.entries) << c.path;
    EXPECT_TRUE(w.empty()) << c.path << ": " << w[0];
  }
}

}  // namespace
}  // namespace dossier::kb
