#include "base/status.h"

#include <gtest/gtest.h>

namespace dossier::base {
namespace {

Result<int> Half(int x) {
  if (x % 2) return Status::InvalidArgument("odd: " + std::to_string(x));
  return x / 2;
}

Result<int> Quarter(int x) {
  DOSSIER_ASSIGN_OR_RETURN(int h, Half(x));
  return Half(h);
}

TEST(Result, CarriesValueOrStatus) {
  EXPECT_EQ(*Quarter(8), 2);
  auto bad = Quarter(6);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(bad.status().message(), "odd: 3");
}

TEST(Status, PrefixesMessages) {
  Status s = Status::IoError("read failed").WithPrefix("a.txt");
  EXPECT_EQ(s.ToString(), "I/O error: a.txt: read failed");
  EXPECT_TRUE(Status::Ok().WithPrefix("x").ok());
}

}  // namespace
}  // namespace dossier::base
