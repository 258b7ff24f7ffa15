// Civil (proleptic Gregorian) calendar dates and the arithmetic temporal
// normalisation needs: day/month/year shifts, weekdays, ISO weeks and quarters,
// and formatting as TimeML/ISO 8601 values.
//
// Example:
//   auto d = time::Date::Parse("2017-11-29");          // Result<Date>
//   time::Date y = d->AddDays(-1);                      // 2017-11-28
//   y.Weekday();                                        // 2 (Tuesday; Monday = 1)
//   y.IsoWeekValue();                                   // "2017-W48"
//
// Thread-safety: Date is a plain value.
// Errors: Parse returns InvalidArgument for anything but a valid YYYY-MM-DD
// (a longer ISO timestamp such as "1998-02-27T07:56:00" is accepted and its
// time part ignored).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dossier::time {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..DaysInMonth

  static base::Result<Date> Parse(std::string_view iso);
  static bool IsValid(int year, int month, int day);
  static int DaysInMonth(int year, int month);

  // Days since 1970-01-01 (negative before) and back.
  int64_t ToDays() const;
  static Date FromDays(int64_t days);

  Date AddDays(int64_t n) const { return FromDays(ToDays() + n); }
  // Adds months, clamping the day to the target month's length.
  Date AddMonths(int n) const;
  int Weekday() const;  // ISO: Monday = 1 .. Sunday = 7

  std::string ToString() const;       // "2017-11-28"
  std::string MonthValue() const;     // "2017-11"
  std::string YearValue() const;      // "2017"
  std::string IsoWeekValue() const;   // "2017-W48" (ISO 8601 week-numbering year)
  std::string QuarterValue() const;   // "2017-Q4"

  friend bool operator==(const Date&, const Date&) = default;
};

// Zero-padded decimal: Pad(7, 2) == "07"; negative years keep their sign.
std::string Pad(int value, int width);

}  // namespace dossier::time
