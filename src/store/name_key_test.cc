#include "store/name_key.h"

#include <gtest/gtest.h>

namespace dossier::store {
namespace {

TEST(NameKeyTest, FoldsCasePunctuationAndSpacing) {
  struct Case {
    const char* in;
    const char* key;
  } cases[] = {
      {"Kim Yong-Nam", "kim yong nam"},
      {"KIM YONG NAM", "kim yong nam"},
      {"Democratic People\xE2\x80\x99s Republic of Korea", "democratic peoples republic of korea"},
      {"Democratic People's Republic of Korea", "democratic peoples republic of korea"},
      {"\xC3\x89" "COLE  Normale", "\xC3\xA9" "cole normale"},
      {"org:komid", "org komid"},
      {"  U.S.  ", "u s"},
      {"Korea Mining Development Trading Corp (KOMID)",
       "korea mining development trading corp komid"},
      {"", ""},
      {"--", ""},
      {"100%_done", "100 done"},
  };
  for (const Case& c : cases) EXPECT_EQ(NameKey(c.in), c.key) << c.in;
}

}  // namespace
}  // namespace dossier::store
