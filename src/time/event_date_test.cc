#include "time/event_date.h"

#include <gtest/gtest.h>

namespace dossier::time {
namespace {

TEST(EventDateTest, CalendarValues) {
  for (const char* v : {"2017", "2017-08", "2017-11-28", "2016-Q3", "2017-W47", "2017-W47-WE",
                        "2017-11-28TMO", "199", "19"}) {
    EXPECT_TRUE(IsCalendarValue(v)) << v;
  }
  for (const char* v : {"P1Y", "PT5H", "PRESENT_REF", "PAST_REF", "XXXX-XX-XX", "XXXX-WXX-5", ""}) {
    EXPECT_FALSE(IsCalendarValue(v)) << v;
  }
}

TEST(EventDateTest, NearestCalendarTimexInTheSentenceElseTheDocumentDate) {
  auto tagger = TimeTagger::Load(DOSSIER_SOURCE_DIR);
  ASSERT_TRUE(tagger.ok());
  const std::string text =
      "In August, Kim visited Iran for two weeks. Talks continue now. "
      "Officials met Tuesday and signed a deal in 2016.";
  const DocumentTime dt = (*tagger)->Analyze(text, text::Segment(text), "2017-11-29");
  auto span_of = [&](const char* word) {
    const uint32_t b = static_cast<uint32_t>(text.find(word));
    return base::Span{b, b + static_cast<uint32_t>(std::string(word).size())};
  };
  const base::Span s1{0, static_cast<uint32_t>(text.find("Talks"))};
  const base::Span s2{s1.end, static_cast<uint32_t>(text.find("Officials"))};
  const base::Span s3{s2.end, static_cast<uint32_t>(text.size())};
  EventDate visit = DateEvent(dt, s1, span_of("visited"));  // "two weeks" is a duration
  EXPECT_EQ(visit.value, "2017-08");
  EXPECT_EQ(visit.source, "timex");
  EventDate talks = DateEvent(dt, s2, span_of("continue"));  // "now" is PRESENT_REF
  EXPECT_EQ(talks.value, "2017-11-29");
  EXPECT_EQ(talks.source, "document");
  EXPECT_EQ(DateEvent(dt, s3, span_of("met")).value, "2017-11-28");
  EXPECT_EQ(DateEvent(dt, s3, span_of("signed")).value, "2016");
  DocumentTime undated;
  EXPECT_EQ(DateEvent(undated, s2, span_of("continue")).source, "none");
}

}  // namespace
}  // namespace dossier::time
