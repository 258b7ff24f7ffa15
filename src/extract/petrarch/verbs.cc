// VerbDictionary: "&SYNSET" lists, "--- NAME [code] ---" blocks, verb form
// lines ("BREAK {BROKE BROKEN}", "+CORDON_OFF {...}", "WIRE_+TAP") and
// "- pattern [code]" lines.
#include <cctype>
#include <functional>
#include <set>

#include "base/file.h"
#include "base/strings.h"
#include "extract/petrarch/dict_text.h"
#include "extract/petrarch/dictionaries.h"

namespace dossier::extract::petrarch {

using base::ReadFile;
using base::Split;
using base::Trim;
using internal::Upper;
using internal::Where;
namespace {

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

// Splits a form phrase "WIRE_+TAP" into words; `verb_index` gets the word
// written with '+', or 0.
std::vector<std::string> FormWords(std::string_view phrase, size_t* verb_index) {
  std::vector<std::string> words;
  *verb_index = 0;
  bool marked = false;
  std::string cur;
  bool plus = false;
  auto flush = [&] {
    if (!cur.empty()) {
      if (plus && !marked) {
        *verb_index = words.size();
        marked = true;
      }
      words.push_back(Upper(cur));
    }
    cur.clear();
    plus = false;
  };
  for (char c : phrase) {
    if (c == '_' || c == ' ' || c == '\t') {
      flush();
    } else if (c == '+') {
      plus = true;
    } else {
      cur += c;
    }
  }
  flush();
  return words;
}

Result<VerbPattern> ParsePattern(std::string_view body, const std::string& where) {
  VerbPattern p;
  size_t open = body.find('[');
  if (open == std::string_view::npos) return Status::InvalidArgument(where + "pattern without a [code]");
  size_t close = body.find(']', open);
  if (close == std::string_view::npos) return Status::InvalidArgument(where + "missing ']' in pattern code");
  p.code = Upper(Trim(body.substr(open + 1, close - open - 1)));
  // "*SCEPTICAL" is written for "* SCEPTICAL": a '*' glued to a word stands alone.
  std::string text;
  for (size_t i = 0; i < open; ++i) {
    char c = body[i];
    if (c == '*' && i > 0 && body[i - 1] != '_' && body[i - 1] != ' ') text += ' ';
    text += c;
    if (c == '*' && i + 1 < open && body[i + 1] != '_' && body[i + 1] != ' ') text += ' ';
  }
  bool seen_verb = false;
  for (std::string_view chunk : Split(text, ' ')) {
    chunk = Trim(chunk);
    if (chunk.empty()) continue;
    std::vector<PatternElement> elems;
    std::string piece;
    auto flush = [&](bool trailing_underscore) {
      std::string clean;
      for (char c : piece)
        if (c != '(' && c != ')' && c != '{' && c != '}') clean += c;
      piece.clear();
      if (clean.empty()) {
        if (trailing_underscore && !elems.empty()) elems.back().word.exact = true;
        return;
      }
      PatternElement e;
      if (clean == "*") {
        e.kind = PatternKind::kVerb;
      } else if (clean == "+") {
        e.kind = PatternKind::kTarget;
      } else if (clean == "$") {
        e.kind = PatternKind::kSource;
      } else if (clean == "^") {
        e.kind = PatternKind::kSkip;
      } else if (clean == "%") {
        e.kind = PatternKind::kCompound;
      } else if (clean[0] == '&') {
        e.kind = PatternKind::kSynset;
        e.synset = Upper(clean.substr(1));
      } else {
        e.word.text = Upper(clean);
      }
      elems.push_back(std::move(e));
    };
    for (char c : chunk) {
      if (c == '_') {
        bool had = !piece.empty();
        flush(!had);
        if (had && !elems.empty()) elems.back().joined_to_next = true;
      } else {
        piece += c;
      }
    }
    flush(false);
    if (!elems.empty() && !chunk.empty() && chunk.back() == '_') {
      elems.back().joined_to_next = false;
      elems.back().word.exact = true;
    }
    for (auto& e : elems) {
      if (e.kind == PatternKind::kVerb) {
        if (seen_verb) return Status::InvalidArgument(where + "pattern with two '*'");
        seen_verb = true;
        p.verb_joined_to_next = e.joined_to_next;
        continue;
      }
      if (e.kind == PatternKind::kCompound && !seen_verb) p.compound = true;  // '%' subject; after '*' a compound object
      (seen_verb ? p.after : p.before).push_back(e);
    }
  }
  if (!seen_verb) return Status::InvalidArgument(where + "pattern without '*'");
  return p;
}

}  // namespace

std::vector<std::string> Inflections(std::string_view base_view) {
  std::string b(base_view);
  std::set<std::string> out = {b};
  if (b.empty()) return {};
  char last = b.back();
  bool cons_y = last == 'Y' && b.size() > 1 && !IsVowel(b[b.size() - 2]);
  std::string stem = cons_y ? b.substr(0, b.size() - 1) + "I" : b;
  if (cons_y) {
    out.insert(stem + "ES");
    out.insert(stem + "ED");
  } else if (last == 'S' || last == 'X' || last == 'Z' || last == 'O' ||
             (b.size() > 1 && (b.substr(b.size() - 2) == "CH" || b.substr(b.size() - 2) == "SH"))) {
    out.insert(b + "ES");
    out.insert(b + "ED");
  } else {
    out.insert(b + "S");
    out.insert(last == 'E' ? b + "D" : b + "ED");
  }
  out.insert(b + "ING");
  if (last == 'E' && b.size() > 2 && b[b.size() - 2] != 'E') out.insert(b.substr(0, b.size() - 1) + "ING");
  if (!IsVowel(last) && last != 'Y' && last != 'W' && last != 'X' && b.size() > 1 && IsVowel(b[b.size() - 2])) {
    out.insert(b + last + "ED");
    out.insert(b + last + "ING");
  }
  return {out.begin(), out.end()};
}

Result<std::unique_ptr<VerbDictionary>> VerbDictionary::Load(const std::string& path, Warnings* warnings) {
  DOSSIER_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return Parse(text, path, warnings);
}

Status VerbDictionary::AddForms(std::string_view line, int block, const std::string& where) {
  std::string code;
  size_t open = line.find('[');
  if (open != std::string_view::npos) {
    size_t close = line.find(']', open);
    if (close == std::string_view::npos) return Status::InvalidArgument(where + "missing ']'");
    code = Upper(Trim(line.substr(open + 1, close - open - 1)));
    line = Trim(line.substr(0, open));
  }
  std::vector<std::string> irregular;
  size_t ob = line.find('{');
  if (ob != std::string_view::npos) {
    size_t cb = line.find('}', ob);
    if (cb == std::string_view::npos) return Status::InvalidArgument(where + "missing '}'");
    for (std::string_view f : Split(line.substr(ob + 1, cb - ob - 1), ' '))
      if (!Trim(f).empty()) irregular.emplace_back(Trim(f));
    line = Trim(line.substr(0, ob));
  }
  if (!line.empty() && line[0] == '+') line = line.substr(1);
  size_t vi = 0;
  auto words = FormWords(line, &vi);
  if (words.empty()) return Status::InvalidArgument(where + "verb line without a verb");
  auto add = [&](const std::vector<std::string>& ws, size_t v) {
    auto f = std::make_unique<VerbForm>();
    f->verb = ws[v];
    f->before.assign(ws.begin(), ws.begin() + static_cast<long>(v));
    f->after.assign(ws.begin() + static_cast<long>(v) + 1, ws.end());
    f->code = code;
    f->block = block;
    by_word_[f->verb].push_back(f.get());
    forms_.push_back(std::move(f));
  };
  for (const std::string& infl : Inflections(words[vi])) {
    auto ws = words;
    ws[vi] = infl;
    add(ws, vi);
  }
  for (const std::string& irr : irregular) {
    std::string_view s = irr;
    if (!s.empty() && s[0] == '+') s = s.substr(1);
    size_t ivi = 0;
    auto iws = FormWords(s, &ivi);
    if (iws.empty()) continue;
    add(iws, ivi);
  }
  return Status::Ok();
}

Result<std::unique_ptr<VerbDictionary>> VerbDictionary::Parse(std::string_view text, const std::string& name,
                                                              Warnings* warnings) {
  auto dict = std::unique_ptr<VerbDictionary>(new VerbDictionary());
  enum class State { kNone, kSynset, kBlock } state = State::kNone;
  std::string synset;
  std::map<std::string, std::vector<std::string>> raw_synsets;
  // ForEachLine is file-local to dictionaries.cc; re-implement the little we need.
  bool in_comment = false;
  int number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view t = Trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++number;
    std::string where = Where(name, number);
    if (in_comment) {
      if (t.find("-->") != std::string_view::npos) in_comment = false;
      continue;
    }
    if (t.substr(0, 2) == "<!") {
      if (t.find("-->") == std::string_view::npos) in_comment = true;
      continue;
    }
    bool blank = t.empty();
    t = StripComment(t);
    if (t.empty()) {
      if (blank && state == State::kSynset) state = State::kNone;  // a comment line does not end a synset
      continue;
    }
    auto handle = [&]() -> Status {
      if (t[0] == '&') {
        std::string n = Upper(Trim(t.substr(1)));
        size_t sp = n.find_first_of(" \t");
        if (sp != std::string::npos) n = n.substr(0, sp);
        while (!n.empty() && n.back() == '_') n.pop_back();
        if (n.empty()) return Status::InvalidArgument(where + "synset without a name");
        synset = n;
        raw_synsets[synset];
        state = State::kSynset;
        return Status::Ok();
      }
      if (t[0] == '+' && state == State::kSynset) {
        std::string_view m = Trim(t.substr(1));
        if (m.empty()) return Status::InvalidArgument(where + "empty synset member");
        raw_synsets[synset].emplace_back(m);
        return Status::Ok();
      }
      if (t.substr(0, 3) == "---") {
        std::string_view inner = Trim(t.substr(3));
        if (inner.size() >= 3 && inner.substr(inner.size() - 3) == "---") inner = Trim(inner.substr(0, inner.size() - 3));
        VerbBlock b;
        b.line = number;
        size_t open = inner.find('[');
        if (open == std::string_view::npos) return Status::InvalidArgument(where + "verb block without a [code]");
        size_t close = inner.find(']', open);
        if (close == std::string_view::npos) return Status::InvalidArgument(where + "missing ']' in block code");
        b.name = Upper(Trim(inner.substr(0, open)));
        b.code = Upper(Trim(inner.substr(open + 1, close - open - 1)));
        dict->blocks_.push_back(std::move(b));
        state = State::kBlock;
        return Status::Ok();
      }
      if (t[0] == '-') {
        if (state != State::kBlock || dict->blocks_.empty())
          return Status::InvalidArgument(where + "pattern outside a verb block");
        DOSSIER_ASSIGN_OR_RETURN(VerbPattern p, ParsePattern(t.substr(1), where));
        p.line = number;
        dict->blocks_.back().patterns.push_back(std::move(p));
        return Status::Ok();
      }
      if (state != State::kBlock) return Status::InvalidArgument(where + "text outside a verb block or synset");
      return dict->AddForms(t, static_cast<int>(dict->blocks_.size()) - 1, where);
    };
    Status st = handle();
    if (!st.ok()) {
      if (!warnings) return st;
      warnings->push_back(st.message());
    }
  }
  // Expand synsets (members may name other synsets).
  std::function<void(const std::string&, std::vector<std::vector<DictWord>>*, int)> expand =
      [&](const std::string& s, std::vector<std::vector<DictWord>>* out, int depth) {
        auto it = raw_synsets.find(s);
        if (it == raw_synsets.end() || depth > 8) return;
        for (const std::string& m : it->second) {
          if (m[0] == '&') {
            std::string n = Upper(m.substr(1));
            while (!n.empty() && n.back() == '_') n.pop_back();
            expand(n, out, depth + 1);
          } else {
            auto ws = SplitPhrase(m);
            if (!ws.empty()) out->push_back(std::move(ws));
          }
        }
      };
  for (const auto& [n, members] : raw_synsets) {
    std::vector<std::vector<DictWord>> out;
    expand(n, &out, 0);
    dict->synsets_[n] = std::move(out);
  }
  return dict;
}

std::vector<const VerbForm*> VerbDictionary::FormsOf(std::string_view word) const {
  auto it = by_word_.find(word);
  if (it == by_word_.end()) return {};
  return it->second;
}

const std::vector<std::vector<DictWord>>* VerbDictionary::Synset(std::string_view name) const {
  auto it = synsets_.find(name);
  return it == synsets_.end() ? nullptr : &it->second;
}

}  // namespace dossier::extract::petrarch
