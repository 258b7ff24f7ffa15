#include "extract/petrarch/dictionaries.h"

#include <algorithm>
#include <cctype>
#include <functional>

#include "base/file.h"
#include "base/strings.h"
#include "extract/petrarch/dict_text.h"

namespace dossier::extract::petrarch {

using base::ReadFile;
using base::Split;
using base::Trim;
using internal::Upper;
using internal::Where;
namespace {

// Iterates the meaningful lines of a dictionary: "<!-- ... -->" blocks and
// '#' comments are removed; `fn(line_number, text)` gets trimmed text. Stops
// at the first error, or records it in `warnings` and goes on.
Status ForEachLine(std::string_view text, Warnings* warnings,
                   const std::function<Status(int, std::string_view)>& fn) {
  bool in_comment = false;
  int number = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view t = Trim(line);
    if (in_comment) {
      if (t.find("-->") != std::string_view::npos) in_comment = false;
      continue;
    }
    if (t.substr(0, 2) == "<!") {
      if (t.find("-->") == std::string_view::npos) in_comment = true;
      continue;
    }
    t = StripComment(t);
    Status st = fn(number, t);
    if (!st.ok()) {
      if (!warnings) return st;
      warnings->push_back(st.message());
    }
    if (nl == text.size()) break;
  }
  return Status::Ok();
}

// Splits "TEXT [CODE] rest" into TEXT and CODE. `has_code` false when no '['.
Status SplitCode(std::string_view line, std::string_view* phrase, std::string* code, bool* has_code,
                 const std::string& where) {
  size_t open = line.find('[');
  *has_code = open != std::string_view::npos;
  if (!*has_code) {
    *phrase = Trim(line);
    return Status::Ok();
  }
  size_t close = line.find(']', open);
  if (close == std::string_view::npos) return Status::InvalidArgument(where + "missing ']' in code");
  *phrase = Trim(line.substr(0, open));
  *code = std::string(Trim(line.substr(open + 1, close - open - 1)));
  return Status::Ok();
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

Result<ActorRole> ParseRole(std::string_view inside, const std::string& where) {
  ActorRole role;
  size_t i = 0;
  while (i < inside.size() && inside[i] != ' ' && inside[i] != '\t' && inside[i] != '<' && inside[i] != '>') ++i;
  role.code = Upper(inside.substr(0, i));
  if (role.code.empty() || std::isdigit(static_cast<unsigned char>(role.code[0])))
    return Status::InvalidArgument(where + "role without a code: [" + std::string(inside) + "]");
  std::string_view rest = Trim(inside.substr(i));
  if (rest.empty()) return role;
  role.restricted = true;
  if (rest[0] == '<' || rest[0] == '>') {
    std::string_view d = Trim(rest.substr(1));
    if (!AllDigits(d) || (d.size() != 6 && d.size() != 8))
      return Status::InvalidArgument(where + "bad date '" + std::string(d) + "'");
    int date = ParseDictDate(d);
    if (rest[0] == '<') role.to = date - 1; else role.from = date + 1;
    return role;
  }
  size_t dash = rest.find('-');
  if (dash == std::string_view::npos) return Status::InvalidArgument(where + "bad date range '" + std::string(rest) + "'");
  std::string_view a = Trim(rest.substr(0, dash)), b = Trim(rest.substr(dash + 1));
  if (!AllDigits(a) || !AllDigits(b) || (a.size() != 6 && a.size() != 8) || (b.size() != 6 && b.size() != 8))
    return Status::InvalidArgument(where + "bad date range '" + std::string(rest) + "'");
  role.from = ParseDictDate(a);
  role.to = ParseDictDate(b);
  return role;
}

template <typename Entry>
const Entry* LongestMatch(const std::map<std::string, std::vector<const Entry*>, std::less<>>& index,
                          const std::vector<std::string>& words, size_t pos, size_t* length) {
  if (pos >= words.size()) return nullptr;
  const Entry* best = nullptr;
  size_t best_len = 0;
  const std::string& w = words[pos];
  auto try_key = [&](std::string_view key) {
    auto it = index.find(key);
    if (it == index.end()) return;
    for (const Entry* e : it->second) {
      size_t n = e->words.size();
      if (n <= best_len || pos + n > words.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < n && ok; ++k) ok = WordMatches(e->words[k], words[pos + k]);
      if (ok) {
        best = e;
        best_len = n;
      }
    }
  };
  try_key(w);
  for (size_t n = 4; n < w.size(); ++n) try_key(std::string_view(w).substr(0, n));
  if (length) *length = best_len;
  return best;
}

}  // namespace

std::string_view StripComment(std::string_view line) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[') ++depth;
    if (line[i] == ']' && depth > 0) --depth;
    if (line[i] == '#' && depth == 0) return Trim(line.substr(0, i));
  }
  return Trim(line);
}

bool WordMatches(const DictWord& w, std::string_view word) {
  if (w.text == word) return true;
  if (w.exact || w.text.size() < 4) return false;
  return word.size() > w.text.size() && word.substr(0, w.text.size()) == w.text;
}

std::vector<DictWord> SplitPhrase(std::string_view phrase) {
  std::vector<DictWord> out;
  std::string cur;
  auto flush = [&](bool underscore) {
    if (!cur.empty()) {
      out.push_back({Upper(cur), false});
      cur.clear();
    } else if (underscore && !out.empty()) {
      out.back().exact = true;  // "ARNOR_" or "A__B"
    }
  };
  for (size_t i = 0; i < phrase.size(); ++i) {
    char c = phrase[i];
    if (c == '_') {
      bool trailing = i + 1 == phrase.size() || phrase[i + 1] == ' ' || phrase[i + 1] == '\t';
      flush(false);
      if (trailing && !out.empty()) out.back().exact = true;
    } else if (c == ' ' || c == '\t') {
      flush(false);
    } else {
      cur += c;
    }
  }
  flush(false);
  return out;
}

int ParseDictDate(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  if (digits.size() == 6) {
    int yy = v / 10000;
    v += (yy >= 30 ? 19000000 : 20000000);
  }
  return v;
}

// ---------------------------------------------------------------- actors

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(const std::string& path, Warnings* warnings) {
  DOSSIER_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return Parse(text, path, warnings);
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::LoadAll(const std::vector<std::string>& paths,
                                                                  Warnings* warnings) {
  return internal::LoadAndMerge<ActorDictionary>(paths, warnings);
}

void ActorDictionary::Merge(ActorDictionary&& other) {
  for (auto& [key, list] : other.by_first_) by_first_[key].insert(by_first_[key].end(), list.begin(), list.end());
  for (auto& e : other.entries_) entries_.push_back(std::move(e));
  other.by_first_.clear();
  other.entries_.clear();
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Parse(std::string_view text, const std::string& name,
                                                      Warnings* warnings) {
  struct Group {
    std::vector<std::pair<std::vector<DictWord>, int>> phrases;
    std::vector<ActorRole> roles;
  };
  std::vector<Group> groups;
  Status st = ForEachLine(text, warnings, [&](int number, std::string_view t) -> Status {
    if (t.empty()) return Status::Ok();
    std::string where = Where(name, number);
    if (t[0] == '+') {
      if (groups.empty()) return Status::InvalidArgument(where + "synonym before any actor");
      std::string_view phrase;
      std::string code;
      bool has_code = false;
      DOSSIER_RETURN_IF_ERROR(SplitCode(t.substr(1), &phrase, &code, &has_code, where));
      auto words = SplitPhrase(phrase);
      if (words.empty()) return Status::InvalidArgument(where + "empty synonym");
      groups.back().phrases.push_back({std::move(words), number});
      return Status::Ok();
    }
    if (t[0] == '[') {
      if (groups.empty()) return Status::InvalidArgument(where + "role code before any actor");
      std::string_view phrase;
      std::string code;
      bool has_code = false;
      DOSSIER_RETURN_IF_ERROR(SplitCode(t, &phrase, &code, &has_code, where));
      DOSSIER_ASSIGN_OR_RETURN(ActorRole role, ParseRole(code, where));
      groups.back().roles.push_back(std::move(role));
      return Status::Ok();
    }
    std::string_view phrase;
    std::string code;
    bool has_code = false;
    DOSSIER_RETURN_IF_ERROR(SplitCode(t, &phrase, &code, &has_code, where));
    auto words = SplitPhrase(phrase);
    if (words.empty()) return Status::InvalidArgument(where + "actor line without a name");
    Group g;
    g.phrases.push_back({std::move(words), number});
    if (has_code) {
      DOSSIER_ASSIGN_OR_RETURN(ActorRole role, ParseRole(code, where));
      g.roles.push_back(std::move(role));
    }
    groups.push_back(std::move(g));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  auto dict = std::unique_ptr<ActorDictionary>(new ActorDictionary());
  for (auto& g : groups) {
    for (auto& [words, line] : g.phrases) {
      auto e = std::make_unique<ActorEntry>();
      e->words = words;
      e->roles = g.roles;
      e->line = line;
      dict->by_first_[e->words[0].text].push_back(e.get());
      dict->entries_.push_back(std::move(e));
    }
  }
  return dict;
}

const ActorEntry* ActorDictionary::MatchAt(const std::vector<std::string>& words, size_t pos, size_t* length) const {
  return LongestMatch(by_first_, words, pos, length);
}

std::vector<std::string> ActorDictionary::CodesOn(const ActorEntry& entry, int date) {
  std::vector<std::string> raw;
  for (const ActorRole& r : entry.roles) {
    if (r.restricted && date >= r.from && date <= r.to) {
      raw.push_back(r.code);
      break;
    }
  }
  if (raw.empty())
    for (const ActorRole& r : entry.roles)
      if (!r.restricted) raw.push_back(r.code);
  std::vector<std::string> out;
  for (const std::string& c : raw)
    for (std::string_view part : Split(c, '/')) {
      std::string p(Trim(part));
      if (p.empty() || p == "---" || p.find_first_not_of("+#") == std::string::npos) continue;
      out.push_back(p);
    }
  return out;
}

// ---------------------------------------------------------------- agents

namespace {

std::string Plural(const std::string& w) {
  if (w.empty()) return w;
  char last = w.back();
  auto vowel = [](char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; };
  if (last == 'Y' && w.size() > 1 && !vowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "IES";
  if (last == 'S' || last == 'X' || last == 'Z' || (w.size() > 1 && (w.substr(w.size() - 2) == "CH" || w.substr(w.size() - 2) == "SH")))
    return w + "ES";
  return w + "S";
}

}  // namespace

Result<std::unique_ptr<AgentDictionary>> AgentDictionary::Load(const std::string& path, Warnings* warnings) {
  DOSSIER_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return Parse(text, path, warnings);
}

void AgentDictionary::Add(std::vector<DictWord> words, const std::string& code, bool prefix) {
  if (words.empty()) return;
  for (auto& w : words) w.exact = true;
  auto e = std::make_unique<AgentEntry>();
  e->words = std::move(words);
  e->code = code;
  e->prefix = prefix;
  by_first_[e->words[0].text].push_back(e.get());
  entries_.push_back(std::move(e));
}

Result<std::unique_ptr<AgentDictionary>> AgentDictionary::LoadAll(const std::vector<std::string>& paths,
                                                                  Warnings* warnings) {
  return internal::LoadAndMerge<AgentDictionary>(paths, warnings);
}

void AgentDictionary::Merge(AgentDictionary&& other) {
  for (auto& [key, list] : other.by_first_) by_first_[key].insert(by_first_[key].end(), list.begin(), list.end());
  for (auto& e : other.entries_) entries_.push_back(std::move(e));
  other.by_first_.clear();
  other.entries_.clear();
}

Result<std::unique_ptr<AgentDictionary>> AgentDictionary::Parse(std::string_view text, const std::string& name,
                                                      Warnings* warnings) {
  auto dict = std::unique_ptr<AgentDictionary>(new AgentDictionary());
  std::map<std::string, std::vector<std::string>> subst;
  Status st = ForEachLine(text, warnings, [&](int number, std::string_view t) -> Status {
    if (t.empty()) return Status::Ok();
    std::string where = Where(name, number);
    if (t[0] == '!' && t.find('[') == std::string_view::npos) {
      size_t close = t.find('!', 1);
      size_t eq = t.find('=');
      if (close == std::string_view::npos || eq == std::string_view::npos || eq < close)
        return Status::InvalidArgument(where + "bad substitution line (want !NAME! = A, B)");
      std::string key = Upper(t.substr(0, close + 1));
      for (std::string_view v : Split(t.substr(eq + 1), ',')) {
        std::string_view tv = Trim(v);
        if (!tv.empty()) subst[key].push_back(Upper(tv));
      }
      return Status::Ok();
    }
    std::string_view phrase;
    std::string code;
    bool has_code = false;
    DOSSIER_RETURN_IF_ERROR(SplitCode(t, &phrase, &code, &has_code, where));
    if (!has_code) return Status::InvalidArgument(where + "agent without a [~CODE]");
    size_t tilde = code.find('~');
    if (tilde == std::string::npos) return Status::InvalidArgument(where + "agent code without '~': " + code);
    bool prefix = tilde > 0;
    std::string c = Upper(Trim(prefix ? std::string_view(code).substr(0, tilde) : std::string_view(code).substr(1)));
    if (c.empty()) return Status::InvalidArgument(where + "empty agent code");
    // Plural forms.
    bool plural_given = false;
    std::vector<std::string> plurals;
    size_t ob = phrase.find('{');
    std::string_view base = phrase;
    if (ob != std::string_view::npos) {
      size_t cb = phrase.find('}', ob);
      if (cb == std::string_view::npos) return Status::InvalidArgument(where + "missing '}'");
      plural_given = true;
      std::string inside(phrase.substr(ob + 1, cb - ob - 1));
      for (std::string_view p : Split(inside, ' '))
        if (!Trim(p).empty()) plurals.emplace_back(Trim(p));
      base = Trim(phrase.substr(0, ob));
    }
    // Substitutions: every "!X!" expands to each of its values.
    std::vector<std::string> forms = {Upper(base)};
    for (const auto& [key, values] : subst) {
      std::vector<std::string> next;
      for (const std::string& f : forms) {
        size_t at = f.find(key);
        if (at == std::string::npos) {
          next.push_back(f);
          continue;
        }
        for (const std::string& v : values) next.push_back(f.substr(0, at) + v + f.substr(at + key.size()));
      }
      forms = std::move(next);
    }
    for (const std::string& f : forms) {
      if (f.find('!') != std::string::npos) return Status::InvalidArgument(where + "unknown substitution in " + f);
      auto words = SplitPhrase(f);
      if (words.empty()) return Status::InvalidArgument(where + "agent without a phrase");
      dict->Add(words, c, prefix);
      if (!plural_given) {
        words.back().text = Plural(words.back().text);
        dict->Add(words, c, prefix);
      }
    }
    for (const std::string& p : plurals) dict->Add(SplitPhrase(p), c, prefix);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return dict;
}

const AgentEntry* AgentDictionary::MatchAt(const std::vector<std::string>& words, size_t pos, size_t* length) const {
  return LongestMatch(by_first_, words, pos, length);
}

// ---------------------------------------------------------------- discards

Result<std::unique_ptr<DiscardList>> DiscardList::Load(const std::string& path, Warnings* warnings) {
  DOSSIER_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return Parse(text, path, warnings);
}

Result<std::unique_ptr<DiscardList>> DiscardList::LoadAll(const std::vector<std::string>& paths, Warnings* warnings) {
  return internal::LoadAndMerge<DiscardList>(paths, warnings);
}

void DiscardList::Merge(DiscardList&& other) {
  for (auto& p : other.phrases_) phrases_.push_back(std::move(p));
  other.phrases_.clear();
}

Result<std::unique_ptr<DiscardList>> DiscardList::Parse(std::string_view text, const std::string& name,
                                                      Warnings* warnings) {
  auto list = std::unique_ptr<DiscardList>(new DiscardList());
  Status st = ForEachLine(text, warnings, [&](int number, std::string_view t) -> Status {
    if (t.empty()) return Status::Ok();
    bool story = t[0] == '+';
    if (story) t = Trim(t.substr(1));
    auto words = SplitPhrase(t);
    if (words.empty()) return Status::InvalidArgument(Where(name, number) + "empty discard phrase");
    for (auto& w : words) w.exact = true;
    list->phrases_.push_back({std::move(words), story});
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return list;
}

const std::vector<DictWord>* DiscardList::Find(const std::vector<std::string>& words, bool* story) const {
  for (const auto& [phrase, is_story] : phrases_) {
    for (size_t i = 0; i + phrase.size() <= words.size(); ++i) {
      bool ok = true;
      for (size_t k = 0; k < phrase.size() && ok; ++k) ok = WordMatches(phrase[k], words[i + k]);
      if (ok) {
        if (story) *story = is_story;
        return &phrase;
      }
    }
  }
  return nullptr;
}

}  // namespace dossier::extract::petrarch
