#include "time/time_tagger.h"

#include <algorithm>
#include <cctype>

#include "base/strings.h"
#include "time/document_date.h"
#include "time/rules.h"

namespace dossier::time {
namespace {

using rules::Match;
using rules::Word;

std::vector<Word> MakeWords(std::string_view text, const std::vector<text::Token>& tokens,
                            const Lexicon& lexicon) {
  std::vector<Word> words;
  words.reserve(tokens.size());
  for (size_t k = 0; k < tokens.size(); ++k) {
    const text::Token& t = tokens[k];
    Word w;
    w.begin = t.begin;
    w.end = t.end;
    w.raw = text.substr(t.begin, t.end - t.begin);
    w.lower = base::AsciiLower(w.raw);
    // "Nov." -> "nov", but "a.m." and "U.S." keep their periods.
    if (w.lower.size() > 1 && w.lower.back() == '.' &&
        w.lower.find('.') == w.lower.size() - 1) {
      w.lower.pop_back();
      w.has_period = true;
    }
    w.kinds = lexicon.Kinds(w.lower);
    w.opening_kinds = lexicon.OpeningKinds(w.lower);
    w.capitalised = !w.raw.empty() && std::isupper(static_cast<unsigned char>(w.raw[0]));
    w.glued = k + 1 < tokens.size() && tokens[k + 1].begin == t.end;
    if (!w.raw.empty() && w.raw.size() <= 9 &&
        w.raw.find_first_not_of("0123456789") == std::string_view::npos) {
      w.digits = std::stoi(std::string(w.raw));
      w.digit_count = static_cast<int>(w.raw.size());
    }
    words.push_back(std::move(w));
  }
  return words;
}

// What the text has named so far, for expressions that point back at it:
// "a year ago" after a quarter, "the following day", "that year".
class Antecedents {
 public:
  explicit Antecedents(std::optional<Date> dct) : dct_(dct) {}

  void Resolve(Match* m) const {
    if (m->year_before_quarter && !quarter_.empty()) {
      m->value = Pad(std::stoi(quarter_.substr(0, 4)) - 1, 4) + quarter_.substr(4);
      m->year_shifted = true;
    }
    const int n = m->anaphor_shift;
    if (m->anaphor == "D" && !coarse_.empty() && (!dct_ || !dct_->ToString().starts_with(coarse_))) {
      // "In 2019 … the following day": the day is unknown, the year is not
      // (a year or month holding the document date leaves the day told
      // from the document date).
      m->value = coarse_;
    } else if (m->anaphor == "D" && date_) {
      m->value = date_->AddDays(n).ToString();
    }
    if (m->anaphor == "T" && date_ && m->value.size() > 10) {
      m->value = date_->ToString() + m->value.substr(10);
    }
    if (m->anaphor == "M" && month_) m->value = month_->AddMonths(n).MonthValue();
    if (m->anaphor == "Y" && !year_.empty()) m->value = Pad(std::stoi(year_) + n, 4);
    if (m->anaphor == "Q" && !any_quarter_.empty()) m->value = any_quarter_;
    // ("The unrest began on 2 January 2022 … on the night of 5 January,
    // asking the CSTO for help", in a story of 2025: a day and month told
    // without a year, within a season after the last full date the text
    // wrote out in an earlier year, are of that year.)
    constexpr int kNarrativeDays = 92;
    if (m->year_guessed && written_ && m->value.size() == 10 && written_->year < std::stoi(m->value.substr(0, 4))) {
      if (auto d = Date::Parse(Pad(written_->year, 4) + m->value.substr(4)); d.ok()) {
        const int64_t after = d->ToDays() - written_->ToDays();
        if (after >= 0 && after <= kNarrativeDays) m->value = d->ToString();
      }
    }
  }

  // `boundary`: the expression bounds a stretch of time ("since 2023"); it
  // names no period the story goes on telling of, so "the same day" after it
  // still points at the last day named.
  void Remember(const Match& m, bool boundary) {
    const std::string& v = m.value;
    if (m.type != TimexType::kDate && m.type != TimexType::kTime) return;
    if (v.size() < 4 || !std::all_of(v.begin(), v.begin() + 4, ::isdigit)) return;
    if (v.size() == 4 || v[4] == '-') year_ = v.substr(0, 4);
    if (auto d = Date::Parse(v.substr(0, std::min<size_t>(10, v.size())));
        d.ok() && (v.size() == 10 || v[10] == 'T')) {
      date_ = *d;
      if (m.written_year) written_ = *d;
      coarse_.clear();
    } else if (!boundary && (v.size() == 4 || (v.size() == 7 && v[4] == '-' && std::isdigit(v[5])))) {
      coarse_ = v;
    }
    if (v.size() >= 7 && (v.size() == 7 || v[7] == '-' || v[7] == 'T')) {
      if (auto d = Date::Parse(v.substr(0, 7) + "-01"); d.ok()) month_ = *d;
    }
    if (v.size() == 7 && v[5] == 'Q' && std::isdigit(v[6])) {
      any_quarter_ = v;
      if (!m.year_shifted) quarter_ = v;
    }
  }

 private:
  std::string quarter_;       // the latest "YYYY-Qn" named outright
  std::string any_quarter_;   // the latest "YYYY-Qn", "a year ago" ones too
  std::string year_;          // the year of the latest dated expression
  std::optional<Date> date_;   // the latest full calendar date
  std::optional<Date> written_;  // the latest full calendar date whose year the text wrote out
  std::optional<Date> month_;  // the first day of the latest month named
  std::string coarse_;  // the latest date named, when it was a year or month ("2019", "2019-03")
  std::optional<Date> dct_;  // the document date
};

using Rule = std::optional<Match> (*)(const rules::Context&, size_t);

constexpr Rule kRules[] = {
    rules::ClockTime,   rules::NumericDate, rules::MonthDate,     rules::WeekdayDate,
    rules::QuarterDate, rules::ShiftedDate, rules::AgoDate,       rules::YearAgoDate,
    rules::DeicticDate, rules::Duration,    rules::SetExpression, rules::YearDate,
    rules::PartOfDate,  rules::HolidayDate, rules::CenturyDate,   rules::WeekendDate,
    rules::SeasonDate,  rules::TheYear,     rules::AnaphoricDate,
};

}  // namespace

std::optional<TimexType> ParseTimexType(std::string_view name) {
  if (name == "DATE") return TimexType::kDate;
  if (name == "TIME") return TimexType::kTime;
  if (name == "DURATION") return TimexType::kDuration;
  if (name == "SET") return TimexType::kSet;
  return std::nullopt;
}

const char* TimexTypeName(TimexType type) {
  switch (type) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

base::Result<std::unique_ptr<TimeTagger>> TimeTagger::Load(const std::string& home) {
  DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lex,
                           Lexicon::Load(home + "/data/time/lexicon.tsv"));
  return Create(std::move(lex));
}

std::unique_ptr<TimeTagger> TimeTagger::Create(std::unique_ptr<const Lexicon> lexicon) {
  return std::unique_ptr<TimeTagger>(new TimeTagger(std::move(lexicon)));
}

std::vector<Timex> TimeTagger::Tag(std::string_view text, std::optional<Date> reference) const {
  return Tag(text, text::Tokenize(text), reference);
}

std::vector<Timex> TimeTagger::Tag(std::string_view text, const std::vector<text::Token>& tokens,
                                   std::optional<Date> reference) const {
  const std::vector<Word> words = MakeWords(text, tokens, *lexicon_);
  const rules::Context ctx{*lexicon_, words, reference};
  std::vector<Timex> out;
  Antecedents antecedents(reference);
  for (size_t i = 0; i < words.size();) {
    std::optional<Match> best;
    for (Rule rule : kRules) {
      std::optional<Match> m = rule(ctx, i);
      if (m && m->end > i && m->end <= words.size() && (!best || m->end > best->end)) {
        best = std::move(m);
      }
    }
    if (!best) {
      ++i;
      continue;
    }
    antecedents.Resolve(&*best);
    // ("between 2018 and 2022": both ends of a stretch.)
    const bool between = (i > 0 && words[i - 1].lower == "between") ||
                         (i > 2 && words[i - 1].lower == "and" && words[i - 3].lower == "between");
    const bool boundary = between || (i > 0 && (words[i - 1].lower == "since" || words[i - 1].lower == "until"));
    antecedents.Remember(*best, boundary);
    out.push_back({{words[i].begin, words[best->end - 1].end}, TimexTypeName(best->type),
                   std::move(best->value), std::move(best->mod)});
    i = best->end;
  }
  return out;
}

DocumentTime TimeTagger::Analyze(std::string_view text, const text::Segmentation& seg,
                                 const std::string& metadata_date) const {
  DocumentTime out;
  std::optional<Date> reference;
  if (auto d = Date::Parse(metadata_date); !metadata_date.empty() && d.ok()) {
    reference = *d;
    out.date_source = "metadata";
  } else {
    int latest_year = 0;
    if (std::optional<InferredDate> inferred = InferDocumentDate(*this, text, seg.tokens, &latest_year)) {
      reference = inferred->date;
      out.date_source = inferred->source;
    } else {
      out.date_source = "none";
      if (latest_year > 0) out.era = Date{latest_year, 12, 31}.ToString();
    }
  }
  if (reference) out.date = reference->ToString();
  out.timexes = Tag(text, seg.tokens, reference);
  return out;
}

}  // namespace dossier::time
