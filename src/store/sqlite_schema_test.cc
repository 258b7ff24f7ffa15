#include "store/sqlite_schema.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "store/store.h"

namespace dossier::store {
namespace {

namespace fs = std::filesystem;

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dossier_schema_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    path_ = (dir_ / "s.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  std::string path_;
};

TEST_F(SchemaTest, NewDatabaseIsAtTheCurrentVersionInWalMode) {
  ASSERT_TRUE(OpenStore(path_).ok());
  auto db = SqliteDb::Open(path_);
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(*(*db)->QueryInt("PRAGMA user_version"), SchemaVersion());
  auto st = (*db)->Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(st.ok() && *st->Step());
  EXPECT_EQ(st->Text(0), "wal");
}

TEST_F(SchemaTest, MigratingTwiceChangesNothing) {
  auto db = SqliteDb::Open(path_);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(Migrate(**db).ok());
  ASSERT_TRUE(Migrate(**db).ok());
  EXPECT_EQ(*(*db)->QueryInt("PRAGMA user_version"), SchemaVersion());
}

TEST_F(SchemaTest, MigrationTwoBackfillsLookupKeysOfStoredEntities) {
  {
    auto store = OpenStore(path_);
    ASSERT_TRUE(store.ok());
    pipeline::Annotation a;
    a.id = "d";
    a.text = "Kim Yong-Nam spoke.";
    a.entities = {{"person:kim-yong-nam", "Kim Yong-Nam", "Person", "PRK", {"Kim Yongnam"}, {}}};
    ASSERT_TRUE((*store)->PutDocument(a, "hash").ok());
  }
  {
    // Turn the file back into a version-1 database.
    auto db = SqliteDb::Open(path_);
    ASSERT_TRUE((*db)->Exec("DROP TABLE entity_keys; PRAGMA user_version = 1").ok());
  }
  auto store = OpenStore(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  for (const char* name : {"KIM YONG NAM", "kim yongnam", "person:kim-yong-nam"}) {
    auto found = (*store)->FindEntities(name);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->size(), 1u) << name;
  }
}

TEST_F(SchemaTest, RefusesANewerSchema) {
  {
    auto db = SqliteDb::Open(path_);
    ASSERT_TRUE((*db)->Exec("PRAGMA user_version = 999").ok());
  }
  auto s = OpenStore(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), base::StatusCode::kCorruption);
  EXPECT_NE(s.status().message().find("newer"), std::string::npos);
}

TEST_F(SchemaTest, RefusesAFileThatIsNotADatabase) {
  std::ofstream(path_) << "this is plain text, not SQLite, and long enough to have a header....."
                       << std::string(200, 'x');
  auto s = OpenStore(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find(path_), std::string::npos) << s.status().message();
}

TEST_F(SchemaTest, ReportsAnUnopenablePath) {
  auto s = OpenStore((dir_ / "no" / "such" / "dir" / "x.db").string());
  ASSERT_FALSE(s.ok());
}

}  // namespace
}  // namespace dossier::store
