#include "time/date.h"

#include <algorithm>
#include <charconv>

namespace dossier::time {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int FloorDiv(int64_t a, int64_t b) { return static_cast<int>((a - (a < 0 ? b - 1 : 0)) / b); }

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

bool Date::IsValid(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

int Date::DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

base::Result<Date> Date::Parse(std::string_view iso) {
  std::string_view s = iso.substr(0, 10);
  Date d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !ParseInt(s.substr(0, 4), &d.year) ||
      !ParseInt(s.substr(5, 2), &d.month) || !ParseInt(s.substr(8, 2), &d.day) ||
      !IsValid(d.year, d.month, d.day) || (iso.size() > 10 && iso[10] != 'T')) {
    return base::Status::InvalidArgument("not a YYYY-MM-DD date: '" + std::string(iso) + "'");
  }
  return d;
}

// Howard Hinnant's days_from_civil / civil_from_days (public-domain algorithms).
int64_t Date::ToDays() const {
  const int y = month <= 2 ? year - 1 : year;
  const int era = FloorDiv(y, 400);
  const int yoe = y - era * 400;
  const int mp = (month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return int64_t{era} * 146097 + doe - 719468;
}

Date Date::FromDays(int64_t z) {
  z += 719468;
  const int era = FloorDiv(z, 146097);
  const int doe = static_cast<int>(z - int64_t{era} * 146097);
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  Date d;
  d.day = doy - (153 * mp + 2) / 5 + 1;
  d.month = mp < 10 ? mp + 3 : mp - 9;
  d.year = yoe + era * 400 + (d.month <= 2 ? 1 : 0);
  return d;
}

Date Date::AddMonths(int n) const {
  const int total = year * 12 + (month - 1) + n;
  Date d;
  d.year = FloorDiv(total, 12);
  d.month = total - d.year * 12 + 1;
  d.day = std::min(day, DaysInMonth(d.year, d.month));
  return d;
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (4).
  const int64_t w = (ToDays() + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w) + 1;
}

std::string Pad(int value, int width) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  if (static_cast<int>(digits.size()) < width) digits.insert(0, width - digits.size(), '0');
  return value < 0 ? "-" + digits : digits;
}

std::string Date::YearValue() const { return Pad(year, 4); }
std::string Date::MonthValue() const { return YearValue() + "-" + Pad(month, 2); }
std::string Date::ToString() const { return MonthValue() + "-" + Pad(day, 2); }
std::string Date::QuarterValue() const { return YearValue() + "-Q" + std::to_string((month + 2) / 3); }

std::string Date::IsoWeekValue() const {
  // The ISO week belongs to the year that holds its Thursday.
  const Date thursday = AddDays(4 - Weekday());
  const Date jan1{thursday.year, 1, 1};
  const int64_t week = (thursday.ToDays() - jan1.ToDays()) / 7 + 1;
  return thursday.YearValue() + "-W" + Pad(static_cast<int>(week), 2);
}

}  // namespace dossier::time
