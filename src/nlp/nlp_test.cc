#include <gtest/gtest.h>

#include "nlp/model_file.h"

namespace dossier::nlp {
namespace {

TEST(ModelFileTest, RoundTripAndCorruption) {
  ModelFileWriter w;
  w.Add("kind", "pos");
  w.Add("data", std::string(100, 'x'));
  std::string bytes = w.Finish();
  auto f = ModelFile::Parse(bytes, "mem");
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(*f->Section("kind"), "pos");
  EXPECT_FALSE(f->Section("none").ok());
  std::string bad = bytes;
  bad[20] ^= 1;
  EXPECT_EQ(ModelFile::Parse(bad, "mem").status().code(), base::StatusCode::kCorruption);
  EXPECT_FALSE(ModelFile::Parse(bytes.substr(0, 30), "mem").ok());
  EXPECT_FALSE(ModelFile::Parse("", "mem").ok());
}

}  // namespace
}  // namespace dossier::nlp
