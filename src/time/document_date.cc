#include "time/document_date.h"

#include <algorithm>
#include <chrono>

#include "base/strings.h"

namespace dossier::time {
namespace {

struct Line {
  size_t begin, end;
};

std::vector<Line> LeadLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size() && pos < kLeadBytes && static_cast<int>(lines.size()) < kLeadLines) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (!base::Trim(text.substr(pos, nl - pos)).empty()) lines.push_back({pos, nl});
    pos = nl + 1;
  }
  return lines;
}

bool HasMarker(std::string_view before) {
  static constexpr std::string_view kMarkers[] = {"published", "updated", "posted", "dated",
                                                  "date:", "released"};
  const std::string lower = base::AsciiLower(before);
  for (std::string_view m : kMarkers) {
    if (lower.find(m) != std::string::npos) return true;
  }
  return false;
}

bool AtDateline(std::string_view text, const std::vector<Line>& lines, const Timex& t) {
  for (const Line& line : lines) {
    if (t.span.begin < line.begin || t.span.begin >= line.end) continue;
    const std::string_view trimmed = base::Trim(text.substr(line.begin, line.end - line.begin));
    return trimmed.size() <= kShortLine || t.span.begin - line.begin <= kDatelineOffset ||
           HasMarker(text.substr(line.begin, t.span.begin - line.begin));
  }
  return false;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// "XXXX-11-28" -> month 11, day 28.
bool YearlessDay(const std::string& value, int* month, int* day) {
  if (value.size() != 10 || !value.starts_with("XXXX-") || !AllDigits(value.substr(5, 2)) ||
      value[7] != '-' || !AllDigits(value.substr(8, 2))) {
    return false;
  }
  *month = std::stoi(value.substr(5, 2));
  *day = std::stoi(value.substr(8, 2));
  return Date::IsValid(2000, *month, *day);  // 2000 is a leap year: Feb 29 passes
}

// The year in which month-day falls on `weekday`: the first from `from`
// onwards; 0 when none within 28.
int AgreeingYear(int month, int day, int weekday, int from) {
  for (int k = 0; k < 28; ++k) {
    const int y = from + k;
    if (Date::IsValid(y, month, day) && Date{y, month, day}.Weekday() == weekday) return y;
  }
  return 0;
}

// The weekday named by the first word of a timex, or 0.
int LeadingWeekday(const TimeTagger& tagger, std::string_view expr) {
  const size_t end = expr.find_first_of(" ,.");
  const std::string* wd = tagger.lexicon().Find(
      WordKind::kWeekday, base::AsciiLower(expr.substr(0, end)));
  return wd ? std::stoi(*wd) : 0;
}

}  // namespace

std::optional<InferredDate> InferDocumentDate(const TimeTagger& tagger, std::string_view text,
                                              const std::vector<text::Token>& tokens, int* latest_year_out) {
  // Tagging without a reference date leaves every relative value with X
  // placeholders, so only what is written out yields a date or a year.
  const std::vector<Timex> timexes = tagger.Tag(text, tokens, std::nullopt);
  int latest_year = 0;
  for (const Timex& t : timexes) {
    if (t.type != "DATE" && t.type != "TIME") continue;
    if (t.value.size() >= 4 && AllDigits(t.value.substr(0, 4))) {
      const int y = std::stoi(t.value.substr(0, 4));
      if (y >= 1900 && y <= 2100) latest_year = std::max(latest_year, y);
    }
  }
  if (latest_year_out != nullptr) *latest_year_out = latest_year;
  // 1. A dateline.
  const std::vector<Line> lines = LeadLines(text);
  for (const Timex& t : timexes) {
    if (lines.empty() || t.span.begin >= lines.back().end) break;
    if ((t.type != "DATE" && t.type != "TIME") || !AtDateline(text, lines, t)) continue;
    if (auto d = Date::Parse(t.value.substr(0, 10)); d.ok() && d->year >= 1900) {
      return InferredDate{*d, "dateline"};
    }
  }
  // 2. Weekday-date agreement, from the latest year the text mentions on.
  if (!latest_year) return std::nullopt;
  std::optional<Date> agreed;
  for (const Timex& t : timexes) {
    int month = 0, day = 0;
    if (!YearlessDay(t.value, &month, &day)) continue;
    const int weekday = LeadingWeekday(tagger, t.span.Of(text));
    if (!weekday) continue;
    if (const int y = AgreeingYear(month, day, weekday, latest_year)) {
      const Date d{y, month, day};
      if (!agreed || agreed->ToDays() < d.ToDays()) agreed = d;
    }
  }
  if (agreed) return InferredDate{*agreed, "inferred"};
  return std::nullopt;
}

}  // namespace dossier::time
