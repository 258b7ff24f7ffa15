#include "time/date.h"

#include <gtest/gtest.h>

#include <random>

namespace dossier::time {
namespace {

TEST(DateTest, ParseAcceptsIsoDatesAndTimestamps) {
  auto d = Date::Parse("2017-11-29");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->ToString(), "2017-11-29");
  EXPECT_TRUE(Date::Parse("1998-02-27T07:56:00").ok());
}

TEST(DateTest, ParseRejectsMalformedInput) {
  for (const char* bad : {"", "2017", "2017-13-01", "2017-02-30", "17-11-29", "2017/11/29",
                          "2017-11-29x", "abcd-ef-gh"}) {
    EXPECT_FALSE(Date::Parse(bad).ok()) << bad;
  }
}

TEST(DateTest, WeekdaysAndIsoWeeks) {
  struct Case {
    Date date;
    int weekday;
    const char* week;
    const char* quarter;
  } cases[] = {
      {{2017, 11, 28}, 2, "2017-W48", "2017-Q4"},
      {{1970, 1, 1}, 4, "1970-W01", "1970-Q1"},
      {{2021, 1, 3}, 7, "2020-W53", "2021-Q1"},  // belongs to the previous ISO year
      {{2018, 12, 31}, 1, "2019-W01", "2018-Q4"},
      {{1989, 11, 2}, 4, "1989-W44", "1989-Q4"},
      {{2000, 2, 29}, 2, "2000-W09", "2000-Q1"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.date.Weekday(), c.weekday) << c.date.ToString();
    EXPECT_EQ(c.date.IsoWeekValue(), c.week) << c.date.ToString();
    EXPECT_EQ(c.date.QuarterValue(), c.quarter) << c.date.ToString();
  }
}

TEST(DateTest, AddMonthsClampsTheDay) {
  EXPECT_EQ((Date{2017, 1, 31}.AddMonths(1)), (Date{2017, 2, 28}));
  EXPECT_EQ((Date{2016, 3, 31}.AddMonths(-1)), (Date{2016, 2, 29}));
  EXPECT_EQ((Date{2017, 11, 29}.AddMonths(-12)), (Date{2016, 11, 29}));
  EXPECT_EQ((Date{2017, 1, 15}.AddMonths(-1)), (Date{2016, 12, 15}));
}

// The closed-form day count against a day-by-day walk from 1970-01-01.
TEST(DateTest, DayCountMatchesSlowReference) {
  Date walk{1970, 1, 1};
  for (int64_t n = 0; n < 30000; ++n) {
    ASSERT_EQ(walk.ToDays(), n) << walk.ToString();
    ASSERT_EQ(Date::FromDays(n), walk) << n;
    walk.day++;
    if (walk.day > Date::DaysInMonth(walk.year, walk.month)) {
      walk.day = 1;
      if (++walk.month > 12) walk.month = 1, walk.year++;
    }
  }
  std::mt19937 rng(7);
  std::uniform_int_distribution<int64_t> days(-800000, 800000);
  for (int k = 0; k < 20000; ++k) {
    const int64_t n = days(rng);
    const Date d = Date::FromDays(n);
    ASSERT_TRUE(Date::IsValid(d.year, d.month, d.day)) << n;
    ASSERT_EQ(d.ToDays(), n);
    ASSERT_EQ(d.AddDays(1).ToDays(), n + 1);
  }
}

}  // namespace
}  // namespace dossier::time
