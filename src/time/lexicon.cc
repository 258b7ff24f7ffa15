#include "time/lexicon.h"

#include "base/file.h"
#include "base/strings.h"

namespace dossier::time {
namespace {

constexpr std::array<std::string_view, static_cast<size_t>(WordKind::kCount)> kKindNames = {
    "month",    "weekday",  "number",    "ordinal",        "quantity", "unit",
    "season",   "partofday", "shift",    "direction",      "deictic",  "set",
    "set_quantifier", "modifier", "clock", "meridian",     "timezone", "year_prefix",
    "holiday", "past_cue", "future_cue"};

static_assert(static_cast<size_t>(WordKind::kCount) <= 32, "Lexicon::Kinds is a 32-bit set");

int KindIndex(std::string_view name) {
  for (size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

std::string Lexicon::DefaultPath() { return base::ProjectHome() + "/data/time/lexicon.tsv"; }

base::Result<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::string bytes, base::ReadFile(path));
  return Parse(bytes, path);
}

base::Result<std::unique_ptr<Lexicon>> Lexicon::Parse(std::string_view text,
                                                      const std::string& origin) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  int line_no = 0;
  for (std::string_view raw : base::Split(text, '\n')) {
    ++line_no;
    std::string_view line = base::Trim(raw);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> cols = base::Split(line, '\t');
    const std::string where = origin + ":" + std::to_string(line_no) + ": ";
    if (cols.size() != 3 || base::Trim(cols[1]).empty() || base::Trim(cols[2]).empty()) {
      return base::Status::InvalidArgument(where + "expected kind<TAB>word<TAB>value");
    }
    const int kind = KindIndex(base::Trim(cols[0]));
    if (kind < 0) {
      return base::Status::InvalidArgument(where + "unknown kind '" + std::string(cols[0]) + "'");
    }
    std::string word = base::AsciiLower(base::Trim(cols[1]));
    lex->kinds_[word] |= uint32_t{1} << kind;
    for (size_t space = word.find(' '); space != std::string::npos; space = word.find(' ', space + 1)) {
      lex->opening_kinds_[word.substr(0, space)] |= uint32_t{1} << kind;
    }
    lex->opening_kinds_[word] |= uint32_t{1} << kind;
    lex->tables_[kind][std::move(word)] = std::string(base::Trim(cols[2]));
  }
  return lex;
}

const std::string* Lexicon::Find(WordKind kind, std::string_view word) const {
  const auto& table = tables_[static_cast<size_t>(kind)];
  auto it = table.find(word);
  return it == table.end() ? nullptr : &it->second;
}

uint32_t Lexicon::Kinds(std::string_view word) const {
  auto it = kinds_.find(word);
  return it == kinds_.end() ? 0 : it->second;
}

uint32_t Lexicon::OpeningKinds(std::string_view word) const {
  auto it = opening_kinds_.find(word);
  return it == opening_kinds_.end() ? 0 : it->second;
}

size_t Lexicon::size() const {
  size_t n = 0;
  for (const auto& t : tables_) n += t.size();
  return n;
}

}  // namespace dossier::time
