#include "kb/gazetteer.h"

#include <algorithm>
#include <bit>

#include "base/hash.h"
#include "base/strings.h"
#include "base/utf8.h"

namespace dossier::kb {
namespace {

uint64_t EdgeKey(uint32_t node, std::string_view token_key) {
  return base::Hash64(token_key, node * 0x9E3779B97F4A7C15ull + 1);
}

// Names that match only as written: capitals only ("US", "U.S.", "CIA"), or a
// short word with a capital after a small letter ("LeT", "JeM": not "Let").
bool IsAcronymLike(std::string_view s) {
  bool upper = false, lower = false, inner_capital = false, space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    space = space || c == ' ';
    if (c >= 'a' && c <= 'z') lower = true;
    if (c >= 'A' && c <= 'Z') {
      upper = true;
      inner_capital = inner_capital || (i > 0 && s[i - 1] >= 'a' && s[i - 1] <= 'z');
    }
  }
  return upper && (lower ? inner_capital && !space && s.size() <= 5 : s.size() <= 8);
}

// Plural of a demonym: Iranian -> Iranians; Chinese, Swiss, French stay.
std::string Plural(const std::string& d) {
  if (d.ends_with("ese") || d.ends_with("ss") || d.ends_with("sh") || d.ends_with("ch") ||
      d.ends_with("s") || d.ends_with("x") || d.ends_with("z")) {
    return "";
  }
  return d + "s";
}

uint32_t FuzzyBucket(char first, size_t length) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(first)) << 16) | static_cast<uint32_t>(length);
}

// The bytes `s` holds as a set of 64 classes (a byte's low six bits). One edit
// changes at most two classes of the set (a substitution: one gone, one new),
// so names whose sets differ in more than 2 × d classes are more than d edits
// apart.
uint64_t ByteClasses(std::string_view s) {
  uint64_t set = 0;
  for (const char c : s) set |= uint64_t{1} << (static_cast<unsigned char>(c) & 63);
  return set;
}

}  // namespace

std::string Gazetteer::TokenKey(std::string_view token, bool without_accents) {
  if (token.empty()) return "";
  int len;
  char32_t first = base::DecodeUtf8(token, 0, &len);
  if (static_cast<size_t>(len) == token.size() && base::IsDash(first)) return "";
  std::string folded = without_accents ? base::FoldAccents(token) : base::FoldCase(token);
  // Unify apostrophes: ’ (E2 80 99) -> '.
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(folded[i]);
    }
  }
  return out;
}

std::string Gazetteer::NameKey(std::string_view name, bool without_accents) {
  std::string key;
  for (const text::Token& t : text::Tokenize(name)) {
    std::string k = TokenKey(name.substr(t.begin, t.end - t.begin), without_accents);
    if (k.empty()) continue;
    if (!key.empty()) key.push_back(' ');
    key += k;
  }
  return key;
}

void Gazetteer::Add(const Entity* e, const std::string& surface, NameKind kind) {
  if (surface.empty()) return;
  std::vector<std::string> keys;
  for (const text::Token& t : text::Tokenize(surface)) {
    std::string k = TokenKey(std::string_view(surface).substr(t.begin, t.end - t.begin));
    if (!k.empty()) keys.push_back(std::move(k));
  }
  if (keys.empty()) return;
  uint32_t node = 0;
  for (const std::string& k : keys) {
    uint64_t edge = EdgeKey(node, k);
    auto it = edges_.find(edge);
    if (it == edges_.end()) {
      nodes_.push_back(Node{});
      it = edges_.emplace(edge, static_cast<uint32_t>(nodes_.size() - 1)).first;
    }
    node = it->second;
  }
  for (size_t idx : nodes_[node].entries) {
    if (entries_[idx].entity == e) return;  // same entity, same key
  }
  entries_.push_back({e, kind, IsAcronymLike(surface), surface});
  nodes_[node].entries.push_back(entries_.size() - 1);
  by_key_[base::Join(keys, " ")].push_back(entries_.size() - 1);
}

std::unique_ptr<Gazetteer> Gazetteer::Build(const KnowledgeBase& kb) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  // entries_ indexes stay valid: NameEntry pointers are taken only after Build.
  for (const Entity& e : kb.entities()) {
    g->Add(&e, e.name, NameKind::kName);
    for (const auto& a : e.aliases) g->Add(&e, a, NameKind::kAlias);
    for (const auto& d : e.demonyms) {
      g->Add(&e, d, NameKind::kDemonym);
      g->Add(&e, Plural(d), NameKind::kDemonym);
    }
    for (const auto& c : e.capitals) g->Add(&e, c, NameKind::kCapital);
    for (const auto& m : e.metonyms) g->Add(&e, m, NameKind::kMetonym);
  }
  for (const auto& [key, idxs] : g->by_key_) {
    if (key.size() >= 7) g->fuzzy_buckets_[FuzzyBucket(key[0], key.size())].push_back({&key, ByteClasses(key)});
  }
  return g;
}

GazetteerMatch Gazetteer::LongestAt(std::string_view text, const std::vector<text::Token>& tokens,
                                    uint32_t i, uint32_t limit, bool any_case) const {
  GazetteerMatch best{i, i, {}};
  std::string_view first = tokens[i].span().Of(text);
  int len;
  // Names start with a capital, a digit, or an Arabic article joined by a
  // hyphen ("al-Qaeda", "el-Sisi").
  bool article = (first == "al" || first == "el" || first == "ad" || first == "ash" || first == "an") &&
                 i + 1 < limit && TokenKey(tokens[i + 1].span().Of(text)).empty();
  if (!article && !any_case && !base::IsUpper(base::DecodeUtf8(first, 0, &len)) &&
      !base::IsDigit(base::DecodeUtf8(first, 0, &len))) {
    return best;
  }
  // Two walks: the words as written, then (when a word has non-ASCII letters)
  // with Latin accents folded, so "Phú Quốc" finds "Phu Quoc"; the longer wins.
  bool accents = false;
  auto walk = [&](bool without_accents) {
    GazetteerMatch found{i, i, {}};
    uint32_t node = 0;
    for (uint32_t j = i; j < limit; ++j) {
      const std::string_view word = tokens[j].span().Of(text);
      const bool ascii = base::IsAscii(word);
      accents = accents || !ascii;
      std::string key = TokenKey(word, without_accents && !ascii);
      if (key.empty()) {
        if (j == i) return found;
        continue;  // hyphen inside a name
      }
      auto it = edges_.find(EdgeKey(node, key));
      if (it == edges_.end()) break;
      node = it->second;
      if (nodes_[node].entries.empty()) continue;
      // Names end in a capitalised word ("South Korean military" is a description)
      // or in the second half of a hyphenated name ("Kim Jong-un").
      bool after_hyphen = j > i && TokenKey(tokens[j - 1].span().Of(text)).empty();
      if (!after_hyphen && !any_case && !base::IsUpper(base::DecodeUtf8(word, 0, &len)) &&
          !base::IsDigit(base::DecodeUtf8(word, 0, &len))) {
        // A place the tables name with a lower-case word after a name
        // ("Kursk region", "New York state") is that place, named by the
        // capitalised words before it: the region, not the city of Kursk.
        // The words before must be a name themselves, no demonym ("occupied
        // Palestinian territories") or adjective ("the African continent",
        // "the Nordic countries").
        const bool name_before = found.token_end == j && j > i &&
                                 std::any_of(found.entries.begin(), found.entries.end(),
                                             [](const NameEntry* e) { return e->kind != NameKind::kDemonym; });
        if (!name_before) continue;
        std::vector<const NameEntry*> places;
        for (size_t idx : nodes_[node].entries) {
          const NameEntry& e = entries_[idx];
          const std::string_view surface = e.surface;
          if ((e.entity->type == "Location" || e.entity->type == "Country") && surface.size() > word.size() &&
              surface.ends_with(word) && surface[surface.size() - word.size() - 1] == ' ') {
            places.push_back(&e);
          }
        }
        if (!places.empty()) found = {i, j, std::move(places)};
        continue;
      }
      std::string_view surface = text.substr(tokens[i].begin, tokens[j].end - tokens[i].begin);
      std::vector<const NameEntry*> ok;
      for (size_t idx : nodes_[node].entries) {
        const NameEntry& e = entries_[idx];
        if (e.exact_case) {
          // Compare ignoring spaces/hyphens only: "U.S." must be "U.S.", "US" must be "US".
          std::string a, b;
          for (char c : surface) if (c != ' ' && c != '-') a.push_back(c);
          for (char c : e.surface) if (c != ' ' && c != '-') b.push_back(c);
          if (a != b) continue;
        }
        ok.push_back(&e);
      }
      if (!ok.empty()) found = {i, j + 1, std::move(ok)};
    }
    return found;
  };
  best = walk(false);
  if (accents) {
    GazetteerMatch folded = walk(true);
    if (folded.token_end > best.token_end) best = std::move(folded);
  }
  return best;
}

std::vector<const NameEntry*> Gazetteer::Lookup(std::string_view name) const {
  std::vector<const NameEntry*> out;
  auto it = by_key_.find(NameKey(name));
  // A name written with accents the table writes without (as LongestAt reads it).
  if (it == by_key_.end() && !base::IsAscii(name)) {
    it = by_key_.find(NameKey(name, /*without_accents=*/true));
  }
  if (it != by_key_.end()) {
    for (size_t idx : it->second) out.push_back(&entries_[idx]);
  }
  return out;
}

namespace {

// Whether two keys of as many words start each word with the same letter
// ("noth korea" and "north korea" do; "national unity" and "national city"
// do not: a typo rarely hits a word's first letter). Keys of different word
// counts pass.
bool WordInitialsAgree(std::string_view a, std::string_view b) {
  if (std::count(a.begin(), a.end(), ' ') != std::count(b.begin(), b.end(), ' ')) return true;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] != b[j]) return false;
    i = a.find(' ', i);
    j = b.find(' ', j);
    if (i == std::string_view::npos || j == std::string_view::npos) break;
    ++i;
    ++j;
  }
  return true;
}

}  // namespace

std::vector<const NameEntry*> Gazetteer::LookupFuzzy(std::string_view name) const {
  std::string key = NameKey(name);
  int letters = static_cast<int>(std::count_if(key.begin(), key.end(), [](char c) { return c != ' '; }));
  if (letters < 8) return {};
  int max_d = letters >= 12 ? 2 : 1;
  int best_d = max_d + 1;
  const std::vector<size_t>* best = nullptr;
  bool tie = false;
  const uint64_t byte_classes = ByteClasses(key);
  // Names must agree on their first letter: typos rarely hit the first one.
  for (size_t len = key.size() > static_cast<size_t>(max_d) ? key.size() - max_d : 1;
       len <= key.size() + max_d; ++len) {
    auto bucket = fuzzy_buckets_.find(FuzzyBucket(key[0], len));
    if (bucket == fuzzy_buckets_.end()) continue;
    for (const auto& [k, classes] : bucket->second) {
      if (std::popcount(classes ^ byte_classes) > 2 * max_d || *k == key) continue;
      int d = BoundedEditDistance(*k, key, max_d);
      if (d > best_d || d > max_d || !WordInitialsAgree(*k, key)) continue;
      const std::vector<size_t>* idxs = &by_key_.find(*k)->second;
      if (d < best_d) {
        best_d = d;
        best = idxs;
        tie = false;
      } else if (d == best_d && best != nullptr && best != idxs) {
        tie = true;
      }
    }
  }
  std::vector<const NameEntry*> out;
  if (best == nullptr || tie) return out;
  for (size_t idx : *best) out.push_back(&entries_[idx]);
  return out;
}

int BoundedEditDistance(std::string_view a, std::string_view b, int max_distance) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  const int beyond = max_distance + 1;
  if (std::abs(n - m) > max_distance) return beyond;
  // Only the cells within max_distance of the diagonal can hold a distance of
  // max_distance or less, so each row fills just that band and the cells beside
  // it count as `beyond`. Rows reused across calls (the linker asks for many
  // candidates per name).
  thread_local std::vector<int> prev2, prev, cur;
  prev2.assign(m + 1, beyond);
  prev.resize(m + 1);
  cur.assign(m + 1, beyond);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    const int from = std::max(1, i - max_distance), to = std::min(m, i + max_distance);
    cur[from - 1] = from == 1 ? i : beyond;
    int row_min = cur[from - 1];
    for (int j = from; j <= to; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      }
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > max_distance) return beyond;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[m], beyond);
}

}  // namespace dossier::kb
