// How the linker's scan (see scan.h) types and links a capitalised run: its
// keywords (KeywordFrom, LastKeyword, RunKeyword), LinkRun, "<leader> regime"
// (TryRegime), legal forms and acronyms after a name, surnames and partial
// names of people named before, states' formal names, currency prefixes and
// one-word cities in context.
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "link/family_name.h"
#include "link/list_lines.h"
#include "link/scan.h"

namespace dossier::link::detail {

namespace {

bool IsCamelCase(std::string_view w) {
  // WikiLeaks, eBay: an upper-case letter after a lower-case one.
  for (size_t i = 1; i < w.size(); ++i) {
    if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z') return true;
  }
  return false;
}

// A word of lower-case ASCII letters ("bulk", "carrier").
bool IsLowerWord(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool HasDigit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

// "Bill Cosby", "Park Chan-dae": a keyword opening a run that the tagger reads
// as one person's name types nothing, unless it is written in capitals (a
// ship's prefix: "USS Harry S. Truman") or names an event, which is often
// named after a person ("Cyclone Phailin", "Hurricane Katrina").
uint32_t Scan::KeywordFrom(Range r) const {
  if (r.end - r.begin < 2 || !TaggerSpanIs(r, {"PERSON"})) return r.begin;
  const std::string_view first = Word(text_, seg_.tokens[r.begin]);
  const std::string* misc = cues_.Find(CueKind::kMiscKeyword, first);
  if (base::IsAllCaps(first) || (misc != nullptr && *misc == "EVENT")) return r.begin;
  return r.begin + 1;
}

int Scan::LastKeyword(Range r, CueKind kind) const {
  const uint32_t from = KeywordFrom(r);
  for (uint32_t k = r.end; k > from; --k) {
    if (cues_.Has(kind, Word(text_, seg_.tokens[k - 1]))) return static_cast<int>(k - 1);
  }
  return -1;
}

uint32_t Scan::NounBeforeAlias(uint32_t begin) const {
  const auto word = [&](uint32_t back) { return begin >= back ? Word(text_, seg_.tokens[begin - back]) : ""; };
  const std::string_view last = word(1), second = word(2);
  if (begin >= 3 && last == "itself" && (second == "calling" || second == "calls")) return begin - 3;
  if (begin >= 3 && last == "as" && second == "known") return begin - 3;
  if (begin >= 2 && (last == "called" || last == "named" || last == "dubbed")) return begin - 2;
  return begin - 1;
}

const std::string* Scan::RunKeyword(Range r, CueKind kind) const {
  const std::string* found = nullptr;
  for (uint32_t k = KeywordFrom(r); k < r.end; ++k) {
    // ("Ministry of Energy", "Bank of Industry": a keyword before "of" heads
    // the name; the one after names its field.)
    if (found != nullptr && Word(text_, seg_.tokens[k]) == "of") break;
    if (const std::string* v = cues_.Find(kind, Word(text_, seg_.tokens[k]))) found = v;
  }
  return found;
}

uint32_t Scan::CapitalsEntryLine(uint32_t s) {
  const text::Sentence& sent = seg_.sentences[s];
  const auto& toks = seg_.tokens;
  const auto word = [&](uint32_t k) { return Word(text_, toks[k]); };
  const uint32_t b = sent.token_begin;
  // A list marker and nothing else before it on its line ("2. ").
  bool marker = false;
  if (!OnlyMarkerBefore(text_, toks[b].begin, &marker) || !marker) return b;
  // Words in capitals to the line's end (its full stop aside), two or more,
  // none a verb, an auxiliary or a pronoun ("3. WHAT YOU MUST DO").
  uint32_t e = b;
  int words = 0;
  while (e < sent.token_end &&
         (e == b || text_.substr(toks[e - 1].end, toks[e].begin - toks[e - 1].end).find('\n') == std::string_view::npos)) {
    const std::string_view w = word(e);
    if (w == "." && (e + 1 == sent.token_end)) break;
    const bool caps = w.size() >= 2 && base::IsAllCaps(w);
    if (!caps && w != "&" && w != "-" && w != ",") return b;
    if (pos_ && (pos_(e) == "VERB" || pos_(e) == "AUX" || pos_(e) == "PRON")) return b;
    words += caps;
    ++e;
  }
  if (words < 2 || word(e - 1) == "," || word(e - 1) == "-") return b;
  const std::string_view name = text_.substr(toks[b].begin, toks[e - 1].end - toks[b].begin);
  int idx = -1;
  if (const kb::GazetteerMatch g = gaz_.LongestAt(text_, toks, b, e); !g.entries.empty() && g.token_begin == b &&
                                                                       g.token_end == e) {
    idx = AddKbEntity(BestEntry(g.entries)->entity);
  } else {
    idx = AddLocal("org:", "Organization", name);
  }
  pending_title_token_ = -1;
  AddMention(s, b, e, "ORG", idx);
  return e;
}

uint32_t Scan::InvertedNameLine(uint32_t s) {
  const text::Sentence& sent = seg_.sentences[s];
  const auto& toks = seg_.tokens;
  const auto word = [&](uint32_t k) { return Word(text_, toks[k]); };
  const uint32_t b = sent.token_begin;
  if (b + 3 > sent.token_end) return b;
  // The line holds nothing before the name but a list marker ("1. ").
  if (!OnlyMarkerBefore(text_, toks[b].begin)) return b;
  const std::string_view surname = word(b);
  if (surname.size() < 2 || !base::IsAllCaps(surname) || word(b + 1) != "," ||
      cues_.Has(CueKind::kLegalForm, surname)) {
    return b;
  }
  // Given names to the line's end: capitalised, not in capitals.
  uint32_t e = b + 2;
  while (e < sent.token_end && Capitalised(word(e)) && !base::IsAllCaps(word(e)) &&
         text_.substr(toks[e - 1].end, toks[e].begin - toks[e - 1].end).find('\n') == std::string_view::npos) {
    ++e;
  }
  const bool line_ends = e == sent.token_end || (e + 1 == sent.token_end && word(e) == ".") ||
                         text_.substr(toks[e - 1].end, toks[e].begin - toks[e - 1].end).find('\n') !=
                             std::string_view::npos;
  if (e == b + 2 || e > b + 5 || !line_ends) return b;
  // ("KYIV, Ukraine": a dateline's city and state.)
  if (const kb::GazetteerMatch g = gaz_.LongestAt(text_, toks, b + 2, e); !g.entries.empty() && g.token_end == e &&
                                                                           NamesPlace(*BestEntry(g.entries))) {
    return b;
  }
  const std::string given(text_.substr(toks[b + 2].begin, toks[e - 1].end - toks[b + 2].begin));
  std::string name = given + " " + std::string(surname);
  int idx = CorefPartialName(name);
  if (idx < 0) idx = AddLocal("person:", "Person", name);
  AddAlias(&out_.entities[idx], std::string(surname));
  pending_title_token_ = -1;
  AddMention(s, b, e, "PERSON", idx);
  return e;
}

uint32_t Scan::BracketedLawEnd(uint32_t i, uint32_t end) const {
  const auto& toks = seg_.tokens;
  const auto word = [&](uint32_t k) { return Word(text_, toks[k]); };
  const auto law = [&](uint32_t k) {
    const std::string* kind = cues_.Find(CueKind::kMiscKeyword, word(k));
    return kind != nullptr && *kind == "LAW";
  };
  if (!Capitalised(word(i)) || cues_.Has(CueKind::kFunctionWord, word(i))) return i;
  // (Most runs hold no bracket: none within the next words, no law.)
  constexpr uint32_t kBracketWithin = 6;
  bool bracket = false;
  for (uint32_t j = i + 1; j < end && j <= i + kBracketWithin && !bracket; ++j) bracket = word(j) == "(";
  if (!bracket) return i;
  // ("Under the Cyber (Sanctions) …": not from a preposition.)
  if (pos_ && (pos_(i) == "ADP" || pos_(i) == "DET" || pos_(i) == "SCONJ")) return i;
  bool bracketed = false;
  uint32_t j = i;
  while (j < end) {
    if (Capitalised(word(j)) && !(j > i && cues_.Has(CueKind::kFunctionWord, word(j)))) {
      if (law(j)) {
        ++j;
        if (!bracketed) return i;
        // (Its year: "Regulations 2019".)
        if (j < end && word(j).size() == 4 &&
            std::all_of(word(j).begin(), word(j).end(), [](char c) { return c >= '0' && c <= '9'; })) {
          ++j;
        }
        return j;
      }
      ++j;
      continue;
    }
    // ("(Sanctions)", "(EU Exit)": capitalised words in brackets.)
    if (word(j) == "(" && j > i) {
      uint32_t close = j + 1;
      while (close < end && close < j + 5 && Capitalised(word(close))) ++close;
      if (close == j + 1 || close >= end || word(close) != ")") return i;
      bracketed = true;
      j = close + 1;
      continue;
    }
    if (j > i && j + 1 < end && (word(j) == "and" || word(j) == "of" || word(j) == "on") && Capitalised(word(j + 1))) {
      ++j;
      continue;
    }
    break;
  }
  return i;
}

uint32_t Scan::NameField(uint32_t s) {
  const text::Sentence& sent = seg_.sentences[s];
  const auto& toks = seg_.tokens;
  const auto word = [&](uint32_t k) { return Word(text_, toks[k]); };
  uint32_t k = sent.token_begin;
  if (const uint32_t end = InvertedNameLine(s); end > k) return end;
  if (const uint32_t end = CapitalsEntryLine(s); end > k) return end;
  if (k + 2 >= sent.token_end || word(k) != "Name") return sent.token_begin;
  ++k;
  // ("Name 6:", the sixth part of a name in the UK list's order.)
  if (!word(k).empty() && std::all_of(word(k).begin(), word(k).end(), [](char c) { return c >= '0' && c <= '9'; })) {
    ++k;
  }
  if (k >= sent.token_end || word(k) != ":") return sent.token_begin;
  const uint32_t from = k + 1;
  // The rest of the line.
  uint32_t to = from;
  while (to < sent.token_end &&
         (to == from || text_.substr(toks[to - 1].end, toks[to].begin - toks[to - 1].end).find('\n') ==
                            std::string_view::npos)) {
    ++to;
  }
  if (to > from + 1 && word(to - 1) == ".") --to;
  if (to <= from) return sent.token_begin;
  int words = 0;
  for (uint32_t j = from; j < to; ++j) {
    const std::string_view w = word(j);
    if (Capitalised(w)) {
      ++words;
    } else if (w != "-" && w != "," && w != "'" && w != "&" && w != "." && !IsConnector(w)) {
      return sent.token_begin;
    }
  }
  if (words == 0) return sent.token_begin;
  // A person: the tagger reads one there, or a surname in capitals ends
  // words that are not ("Bawar Kamaran RASUL"; not "BLUE LINE TRAVEL AGENCY
  // LLC").
  bool person = false;
  if (ner_ != nullptr) {
    for (const NerSpan& n : *ner_) person = person || (n.type == "PERSON" && n.token_begin < to && from < n.token_end);
  }
  const std::string_view last = word(to - 1);
  bool mixed = false;
  for (uint32_t j = from; j + 1 < to; ++j) mixed = mixed || (Capitalised(word(j)) && !base::IsAllCaps(word(j)));
  if (mixed && last.size() > 1 && base::IsAllCaps(last) && !cues_.Has(CueKind::kLegalForm, last)) person = true;
  if (person && (RunKeyword({from, to}, CueKind::kOrgKeyword) || cues_.Has(CueKind::kLegalForm, last))) {
    person = false;
  }
  const std::string_view name = text_.substr(toks[from].begin, toks[to - 1].end - toks[from].begin);
  int idx = -1;
  if (const kb::GazetteerMatch g = gaz_.LongestAt(text_, toks, from, to); !g.entries.empty() && g.token_end == to &&
                                                                           g.token_begin == from) {
    idx = AddKbEntity(BestEntry(g.entries)->entity);
  } else if (const int seen = CorefPartialName(name); seen >= 0) {
    idx = seen;
  } else {
    idx = person ? AddLocal("person:", "Person", name) : AddLocal("org:", "Organization", name);
  }
  pending_title_token_ = -1;
  AddMention(s, from, to, person ? "PERSON" : "ORG", idx);
  return to;
}

uint32_t Scan::LegalFormAfter(Range r, uint32_t limit) const {
  const auto& toks = seg_.tokens;
  if (r.end <= r.begin || r.end + 1 >= limit || Word(text_, toks[r.end]) != ",") return r.end;
  // Not after a run that is itself no more than a legal form.
  if (cues_.Has(CueKind::kLegalForm, Word(text_, toks[r.end - 1])) && r.end - r.begin == 1) return r.end;
  uint32_t k = r.end + 1;
  while (k < limit && cues_.Has(CueKind::kLegalForm, Word(text_, toks[k]))) ++k;
  // Not before another name ("Apple, AG Ken Paxton said", "Dublin, Co. Donegal"),
  // unless the tagger ends the company's name with the legal form ("...
  // Broadband Services, Inc. Phone (713) ...").
  if (k < limit && Capitalised(Word(text_, toks[k]))) {
    bool tagged = false;
    if (ner_ != nullptr) {
      for (const NerSpan& n : *ner_) tagged = tagged || (n.token_begin < r.end && n.token_end == k);
    }
    if (!tagged) return r.end;
  }
  return k > r.end + 1 ? k : r.end;
}

// Whether one of the entity's names, its words in capitals and function words
// aside, has two or more words and all of them are words of `name` ("IRGC
// Aerospace Force" of "Islamic Revolutionary Guard Corps Aerospace Force";
// "Iraqi Security Forces" is not "International Stabilization Force" for all
// the acronym they share).
bool Scan::SharesAName(const kb::Entity& e, std::string_view name) const {
  std::vector<std::string> words;
  for (const auto& t : text::Tokenize(name)) words.push_back(base::AsciiLower(name.substr(t.begin, t.end - t.begin)));
  std::vector<std::string> names = e.aliases;
  names.push_back(e.name);
  for (const std::string& n : names) {
    int content = 0;
    bool all = true;
    for (const auto& t : text::Tokenize(n)) {
      const std::string_view w = std::string_view(n).substr(t.begin, t.end - t.begin);
      if (base::IsAllCaps(w) || cues_.Has(CueKind::kFunctionWord, w) || !base::HasLetter(w)) continue;
      ++content;
      all = all && std::find(words.begin(), words.end(), base::AsciiLower(w)) != words.end();
    }
    if (content >= 2 && all) return true;
  }
  return false;
}

// "Korea Mining Development Trading Corp (KOMID)": the acronym names the same
// entity. "Islamic Revolutionary Guard Corps Aerospace Force (IRGC-ASF)": an
// acronym the knowledge base knows gives a name it does not list its entity.
uint32_t Scan::AddAcronymAfter(uint32_t s, uint32_t end, int entity) {
  const auto& toks = seg_.tokens;
  const text::Sentence& sent = seg_.sentences[s];
  if (end + 2 >= sent.token_end || Word(text_, toks[end]) != "(") return end;
  // One word in capitals, or two, maybe joined by a hyphen ("IRGC ASF", "IRGC-ASF").
  uint32_t close = end + 2;
  while (close < sent.token_end && close < end + 5 && Word(text_, toks[close]) != ")") {
    const std::string_view w = Word(text_, toks[close]);
    if (w != "-" && !base::IsAllCaps(w)) return end;
    ++close;
  }
  if (close >= sent.token_end || Word(text_, toks[close]) != ")") return end;
  std::string_view acr = Word(text_, toks[end + 1]);
  if (!base::IsAllCaps(acr) || acr.size() < 2) return end;
  std::string_view name = out_.entities[entity].name;
  if (name.empty()) return end;
  // ("State Committee for National Security (GKNB)": an acronym of the name in
  // its own language, which no known name has, still names the body.)
  if (acr[0] != name[0]) {
    const std::string& type = out_.entities[entity].type;
    if (type == "Person" || type == "Location" || type == "Country" || text::Tokenize(name).size() < 3 ||
        !gaz_.LongestAt(text_, toks, end + 1, close).entries.empty()) {
      return end;
    }
  }
  if (out_.entities[entity].kb == nullptr) {
    const kb::GazetteerMatch known = gaz_.LongestAt(text_, toks, end + 1, close);
    if (known.token_end == close && known.entries.size() == 1 &&
        known.entries.front()->entity->type == out_.entities[entity].type &&
        SharesAName(*known.entries.front()->entity, name)) {
      const int idx = AddKbEntity(known.entries.front()->entity);
      Mention& named = out_.mentions.back();
      named.entity = idx;
      by_alias_[out_.entities[entity].name] = idx;
      out_.entities[idx].aliases.push_back(std::string(named.span.Of(text_)));
      relinked_ = true;
      entity = idx;
    }
  }
  // ("Armed forces repel ELN drone attack … the National Liberation Army
  // (ELN)": the acronym a headline named before, unknown to the knowledge
  // base, was this entity all along.)
  const std::string acronym(text_.substr(toks[end + 1].begin, toks[close - 1].end - toks[end + 1].begin));
  if (const auto it = by_alias_.find(acronym); it != by_alias_.end() && it->second != entity &&
                                               out_.entities[it->second].kb == nullptr &&
                                               out_.entities[it->second].type != "Person") {
    const int before = it->second;
    for (Mention& m : out_.mentions) {
      if (m.entity == before) m.entity = entity;
    }
    it->second = entity;
    relinked_ = true;
  }
  AddMention(s, end + 1, close, out_.mentions.back().type, entity);
  return close + 1;
}

namespace {

// The words of a name, as the tokenizer splits them.
std::vector<std::string_view> NameWords(std::string_view name) {
  std::vector<std::string_view> words;
  for (const auto& t : text::Tokenize(name)) words.push_back(name.substr(t.begin, t.end - t.begin));
  return words;
}

// Whether `word` opens or ends the name of `parts`.
bool OpensOrEnds(const std::vector<std::string_view>& parts, std::string_view word) {
  return !parts.empty() && (parts.back() == word || parts.front() == word);
}

bool KeepsGivenName(std::string_view name, const kb::Entity& e) {
  // "Lee Sung-jun" is not "Lee Jun": a given name of syllables joined by a
  // hyphen ("Sung-jun", "Jae-in") is one name, which a known name must hold
  // whole (its syllables' letters in a row, whatever the hyphen or case).
  const auto letters = [](std::string_view s) {
    std::string out;
    for (char c : s) {
      const auto u = static_cast<unsigned char>(c);
      if (std::isalpha(u)) out.push_back(static_cast<char>(std::tolower(u)));
    }
    return out;
  };
  for (size_t dash = name.find('-'); dash != std::string_view::npos; dash = name.find('-', dash + 1)) {
    if (dash == 0 || dash + 1 >= name.size() || !std::islower(static_cast<unsigned char>(name[dash + 1]))) continue;
    const size_t begin = name.rfind(' ', dash) == std::string_view::npos ? 0 : name.rfind(' ', dash) + 1;
    const size_t end = std::min(name.find(' ', dash), name.size());
    const std::string given = letters(name.substr(begin, end - begin));
    bool held = letters(e.name).find(given) != std::string::npos;
    for (const std::string& alias : e.aliases) held = held || letters(alias).find(given) != std::string::npos;
    if (!held) return false;
  }
  // "Ali Mohamed Omar" is not "Mullah Mohammed Omar": a person's name
  // written must open with a word that opens like a word of a known name
  // (spellings differ, as "Hasan Rowhani" for "Hassan Rouhani"; a given name
  // nobody knew him by does not).
  if (e.type != "Person") return true;
  // ("Kyrgyz national Timur A.": a family name cut to its initial, as the
  // privacy rules of a prosecution write it, hides who is meant.)
  const size_t space = name.rfind(' ');
  if (space != std::string_view::npos && letters(name.substr(space + 1)).size() == 1) return false;
  std::vector<std::string> known;
  const auto add_words = [&](std::string_view form) {
    for (const std::string_view w : base::Split(form, ' ')) known.push_back(letters(w));
  };
  add_words(e.name);
  for (const std::string& alias : e.aliases) add_words(alias);
  for (const std::string_view w : base::Split(name, ' ')) {
    const std::string word = letters(w);
    if (word.size() < 2) continue;
    return std::any_of(known.begin(), known.end(), [&](const std::string& k) { return k.compare(0, 2, word, 0, 2) == 0; });
  }
  return true;
}

}  // namespace

int Scan::SurnameOf(std::string_view word) const {
  auto it = surnames_.find(std::string(word));
  return it == surnames_.end() ? -1 : it->second;
}

void Scan::NoteSurname(int entity) {
  const DocEntity& d = out_.entities[entity];
  if (d.type != "Person") return;
  if (const std::string_view family = FamilyName(d.name, cues_); !family.empty()) surnames_[std::string(family)] = entity;
}

// "Musavi" after "Sayyed Javad Musavi": a single name word that ends or starts
// a person already named in this document.
int Scan::CorefPartialName(std::string_view name, uint32_t before) const {
  if (auto it = by_alias_.find(std::string(name)); it != by_alias_.end()) return it->second;
  // Entities first named at or after `before` (the tagger's mentions are
  // added after the whole document was scanned) are not "named before".
  std::vector<uint8_t> earlier;
  if (before != UINT32_MAX) {
    earlier.assign(out_.entities.size(), 0);
    for (const Mention& m : out_.mentions) {
      if (m.entity >= 0 && m.token_begin < before) earlier[m.entity] = 1;
    }
  }
  auto named_before = [&](int i) { return earlier.empty() || earlier[i] != 0; };
  // "Hatefi Ardakani" after "Hossein Hatefi Ardakani": the last words of a
  // longer name.
  std::vector<std::string_view> words;
  for (const auto& t : text::Tokenize(name)) words.push_back(name.substr(t.begin, t.end - t.begin));
  // ("Brightway's director" after "Brightway Components Ltd", "Sable
  // Horizon's managing director" after "Sable Horizon Shipmanagement FZE":
  // a company's first word or two, unless a person of that name was named
  // too: "Ferlini's lawyer" after "Renato Ferlini, managing director of
  // Ferlini Valvole S.r.l.".)
  int company = -1;
  for (int i = static_cast<int>(out_.entities.size()) - 1; i >= 0; --i) {
    const DocEntity& d = out_.entities[i];
    if (d.type == "Company" && named_before(i) && words.size() <= 2 && name.size() >= 4 && d.kb == nullptr &&
        d.name.size() > name.size() + 1 && d.name.starts_with(name) && d.name[name.size()] == ' ') {
      if (company < 0) company = i;
      continue;
    }
    if (d.type != "Person" || !named_before(i)) continue;
    const std::vector<std::string_view> parts = NameWords(d.name);
    // ("Marcos" after "Ferdinand Marcos Jr.": or its family name.)
    if (OpensOrEnds(parts, name) || (words.size() == 1 && FamilyName(d.name, cues_) == name)) {
      return SubjectNamesake(i, name, before);
    }
    // "Múcio" after "José Múcio Monteiro": an Iberian first surname.
    if (words.size() == 1 && parts.size() >= 3 && parts[parts.size() - 2] == name) return i;
    // ("Van Doorn" after "Pieter van Doorn": a particle opening a sentence.)
    if (words.size() >= 2 && parts.size() > words.size() &&
        std::equal(words.begin(), words.end(), parts.end() - static_cast<std::ptrdiff_t>(words.size()),
                   [](std::string_view a, std::string_view b) { return base::AsciiLower(a) == base::AsciiLower(b); })) {
      return i;
    }
  }
  return company;
}

// ("Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un,
// warned …. “…,” Kim said": of two persons a single name word fits, the one
// a sentence opens with rather than the one named last in passing.) Returns
// `last` (the person named last that the word fits) unless another person it
// fits opens a sentence before `before` and `last` opens none.
int Scan::SubjectNamesake(int last, std::string_view name, uint32_t before) const {
  const auto opens_sentence = [&](int entity) {
    for (const Mention& m : out_.mentions) {
      if (m.entity != entity || m.token_begin >= before) continue;
      const uint32_t begin = seg_.sentences[m.sentence].token_begin;
      if (m.token_begin == begin) return true;
      // (After a dateline's dash: "SEOUL, July 10 (Reuters) - Kim Yo Jong".)
      const std::string_view w = Word(text_, seg_.tokens[m.token_begin - 1]);
      if (m.token_begin > begin && base::IsDashWord(w)) return true;
    }
    return false;
  };
  if (opens_sentence(last)) return last;
  for (int i = 0; i < static_cast<int>(out_.entities.size()); ++i) {
    const DocEntity& d = out_.entities[i];
    if (i == last || d.type != "Person") continue;
    const bool fits = OpensOrEnds(NameWords(d.name), name) || FamilyName(d.name, cues_) == name;
    if (fits && opens_sentence(i)) return i;
  }
  return last;
}

void Scan::JoinBareSurnames() {
  // (Runs after the scan: by_alias_ and surnames_ are not read again, so
  // their entity numbers may go stale.)
  std::vector<DocEntity>& entities = out_.entities;
  // Whether a person's name of the document reads as a full name: two to
  // four capitalised words (a lower-case particle inside), no hyphen between
  // them, no abbreviation but an initial, no title ("Messrs. Acheson",
  // "Eisenhower-Khrushchev" and "member States" are misread names no
  // surname should join).
  static constexpr std::string_view kMoreParticles[] = {"dela", "dos", "das", "di", "el", "ben"};
  auto full_name = [&](const DocEntity& d, const std::vector<text::Token>& tokens) {
    if (d.kb != nullptr) return true;
    // (A transcript's label, "MS BRUCE", names a full name given before.)
    if (cues_.IsFormOfAddress(tokens.front().span().Of(d.name)) && base::IsAllCaps(tokens.back().span().Of(d.name))) {
      return false;
    }
    // "Moon Jae-in", "Kim Jong Un": the family-name-first reading checked the
    // given name's shape.
    if (FamilyNameFirst(d.name, cues_)) return true;
    if (tokens.size() > 4) return false;
    for (const auto& t : tokens) {
      const std::string_view w = t.span().Of(d.name);
      // "Ronald dela Rosa", "Charles de Gaulle".
      const bool particle = &t != &tokens.front() && &t != &tokens.back() &&
                            (IsNameParticle(w) || std::find(std::begin(kMoreParticles), std::end(kMoreParticles), w) !=
                                                      std::end(kMoreParticles));
      if ((!Capitalised(w) && !particle) || base::IsDashWord(w) || cues_.Has(CueKind::kTitle, w) ||
          (w.back() == '.' && w.size() > 2)) {
        return false;
      }
    }
    return true;
  };
  // The family name (accents aside; link/family_name.h) of each person named
  // in two or more words; -1 where two persons share it.
  std::unordered_map<std::string, int> full;
  for (int i = 0; i < static_cast<int>(entities.size()); ++i) {
    if (entities[i].type != "Person") continue;
    const auto tokens = text::Tokenize(entities[i].name);
    if (tokens.size() < 2 || !full_name(entities[i], tokens)) continue;
    auto [it, added] = full.emplace(base::FoldAccents(FamilyName(entities[i].name, cues_)), i);
    if (!added && it->second != i) it->second = -1;
  }
  // ("Iranian Foreign Minister Abbas Araqchi … Araqchi told reporters": a
  // known person's name as this text spells it, "Abbas Araghchi" in the
  // knowledge base.)
  for (const Mention& m : out_.mentions) {
    if (m.entity < 0 || m.token_end < m.token_begin + 2 || entities[m.entity].kb == nullptr ||
        entities[m.entity].type != "Person") {
      continue;
    }
    const std::string_view surface =
        text_.substr(seg_.tokens[m.token_begin].begin, seg_.tokens[m.token_end - 1].end - seg_.tokens[m.token_begin].begin);
    const std::string_view family = FamilyName(surface, cues_);
    if (family.empty()) continue;
    auto [it, added] = full.emplace(base::FoldAccents(family), m.entity);
    if (!added && it->second != m.entity) it->second = -1;
  }
  // "Ramón Quintero Beltrán ... sanctioned Quintero": of a given name and
  // two surnames (Spanish, Portuguese), news calls the bearer by the first.
  std::unordered_map<std::string, int> first_surname;
  for (int i = 0; i < static_cast<int>(entities.size()); ++i) {
    if (entities[i].type != "Person" || entities[i].kb != nullptr) continue;
    const auto tokens = text::Tokenize(entities[i].name);
    if (tokens.size() != 3 || !full_name(entities[i], tokens) || FamilyNameFirst(entities[i].name, cues_)) continue;
    auto [it, added] = first_surname.emplace(base::FoldAccents(tokens[1].span().Of(entities[i].name)), i);
    if (!added && it->second != i) it->second = -1;
  }
  std::vector<int> target(entities.size(), -1);
  bool any = false;
  // ("MS BRUCE:", a transcript's speaker after "Spokesperson Tammy Bruce":
  // a form of address, in capitals or not, and a family name in capitals.)
  for (int i = 0; i < static_cast<int>(entities.size()); ++i) {
    const DocEntity& d = entities[i];
    const auto tokens = text::Tokenize(d.name);
    if (d.type != "Person" || d.kb != nullptr || tokens.size() != 2) continue;
    const std::string_view address = tokens[0].span().Of(d.name), family = tokens[1].span().Of(d.name);
    if (!cues_.IsFormOfAddress(address) || family.size() < 2 || !base::IsAllCaps(family)) continue;
    auto it = full.find(base::FoldAccents(family));
    if (it == full.end() || it->second < 0 || it->second == i) continue;
    target[i] = it->second;
    any = true;
  }
  for (int i = 0; i < static_cast<int>(entities.size()); ++i) {
    const DocEntity& d = entities[i];
    if (text::Tokenize(d.name).size() != 1) continue;
    if (d.type == "Person" && d.kb == nullptr) {
      auto it = full.find(base::FoldAccents(d.name));
      if (it == full.end() || it->second < 0 || it->second == i) continue;
      target[i] = it->second;
      any = true;
    } else if (d.kb != nullptr ? IsTown(*d.kb) : d.type == "Location") {
      // A town of the gazetteer (or a place the tagger read) spelt like the
      // surname of a person named before it, never where something is ("in",
      // "from" it): the person.
      const std::string key = base::FoldAccents(d.name);
      int person = -1;
      if (auto it = full.find(key); it != full.end()) person = it->second;
      if (auto it = first_surname.find(key); person < 0 && it != first_surname.end()) person = it->second;
      if (person < 0 || !OnlyNamedAfter(i, person)) continue;
      target[i] = person;
      any = true;
    }
  }
  if (!any) return;
  for (Mention& m : out_.mentions) {
    if (m.entity >= 0 && target[m.entity] >= 0) m.type = "PERSON";
  }
  // Drop the joined entities and renumber the rest.
  std::vector<int> index(entities.size(), -1);
  std::vector<DocEntity> kept;
  for (size_t i = 0; i < entities.size(); ++i) {
    if (target[i] >= 0) continue;
    index[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(entities[i]));
  }
  for (Mention& m : out_.mentions) {
    if (m.entity < 0) continue;
    m.entity = index[target[m.entity] >= 0 ? target[m.entity] : m.entity];
  }
  entities = std::move(kept);
}

uint32_t Scan::SpacedDashIn(uint32_t from, uint32_t to) const {
  const auto& toks = seg_.tokens;
  for (uint32_t k = std::max(from, 1u); k < to && k + 1 < toks.size(); ++k) {
    if (base::IsDashWord(Word(text_, toks[k])) && toks[k].begin > toks[k - 1].end && toks[k + 1].begin > toks[k].end) {
      return k;
    }
  }
  return to;
}

// Whether a preposition of place ("in", "from", "near", …) stands right before
// token k.
bool Scan::AfterPlacePreposition(uint32_t k) const {
  if (k == 0) return false;
  const std::string prev = base::AsciiLower(Word(text_, seg_.tokens[k - 1]));
  // ("escorted to anchorage off Fredericia", "flights into Amdjarras", "via
  // Bishkek".)
  return prev == "in" || prev == "at" || prev == "from" || prev == "to" || prev == "near" || prev == "outside" ||
         prev == "of" || prev == "off" || prev == "into" || prev == "via";
}

// Whether every mention of entity `town` is one word after the first mention
// of entity `person`, not after a preposition of place.
bool Scan::OnlyNamedAfter(int town, int person) const {
  uint32_t first = UINT32_MAX;
  for (const Mention& m : out_.mentions) {
    if (m.entity == person) first = std::min(first, m.token_begin);
  }
  for (const Mention& m : out_.mentions) {
    if (m.entity != town) continue;
    if (m.token_begin < first || m.token_end != m.token_begin + 1) return false;
    if (AfterPlacePreposition(m.token_begin)) return false;
  }
  return true;
}

// "the Kim regime": a surname of a leader of exactly one state.
bool Scan::TryRegime(Range r, uint32_t end, uint32_t s) {
  uint32_t noun = r.end;
  std::string_view last = Word(text_, seg_.tokens[r.end - 1]);
  if (cues_.Has(CueKind::kGovernmentNoun, last) && r.end - r.begin >= 2) {
    noun = r.end - 1;
  } else if (!(r.end < end && cues_.Has(CueKind::kGovernmentNoun, Word(text_, seg_.tokens[r.end])))) {
    return false;
  }
  std::string surname(text_.substr(seg_.tokens[r.begin].begin,
                                   seg_.tokens[noun - 1].end - seg_.tokens[r.begin].begin));
  std::unordered_map<std::string, int> votes;  // state id -> leaders with this name
  for (const kb::Role& role : linker_.kb().roles()) {
    if (role.relation != "leader_of" || !role.object.starts_with("country:")) continue;
    if (!date_.empty() && !role.ActiveAt(date_)) continue;
    const kb::Entity* p = linker_.kb().Find(role.person);
    if (p == nullptr) continue;
    bool has = false;
    for (const auto& t : text::Tokenize(p->name)) {
      if (std::string_view(p->name).substr(t.begin, t.end - t.begin) == surname) has = true;
    }
    if (has) ++votes[role.object];
  }
  // The state most of the leaders with this name led, by a clear margin.
  std::string country;
  int best = 0, total = 0;
  for (const auto& [state, n] : votes) {
    total += n;
    if (n > best) {
      best = n;
      country = state;
    }
  }
  if (best == 0 || best * 2 <= total) return false;
  const kb::Entity* state = linker_.kb().Find(country);
  if (state == nullptr) return false;
  uint32_t stop = noun == r.end ? r.end + 1 : r.end;
  AddMention(s, r.begin, stop, "GPE", AddKbEntity(state));
  return true;
}

void Scan::AcronymsAfterSeatedNames() {
  std::unordered_map<int, int> moved;  // the acronym's own entity -> the body it names
  const auto& ms = out_.mentions;
  for (size_t i = 2; i < ms.size(); ++i) {
    const Mention& acr = ms[i];
    const Mention& place = ms[i - 1];
    const Mention& body = ms[i - 2];
    if (acr.type != "ORG" || acr.entity < 0 || out_.entities[acr.entity].kb != nullptr || body.entity < 0 ||
        body.type != "ORG" || acr.entity == body.entity || acr.token_begin < 1 ||
        Word(text_, seg_.tokens[acr.token_begin - 1]) != "(" || place.token_end + 1 != acr.token_begin ||
        body.token_end + 1 != place.token_begin || Word(text_, seg_.tokens[body.token_end]) != "in" ||
        !base::IsAllCaps(acr.span.Of(text_))) {
      continue;
    }
    // (The body's name holds the place: "… Stabilisation Mission in Somalia".)
    const std::string& name = out_.entities[body.entity].name;
    const std::string_view where = place.span.Of(text_);
    if (name.size() <= where.size() || !name.ends_with(" in " + std::string(where))) continue;
    moved[acr.entity] = body.entity;
  }
  MoveMentions(moved);
}

int Scan::NamedBeforeAlias(uint32_t begin) const {
  const auto word = [&](uint32_t k) { return Word(text_, seg_.tokens[k]); };
  uint32_t k = begin;
  if (k > 0 && (word(k - 1) == "\"" || word(k - 1) == "\u201C")) --k;
  if (k >= 2 && word(k - 2) == "known" && word(k - 1) == "as") {
    k -= 2;
    if (k > 0 && word(k - 1) == "also") --k;
  } else if (k >= 1 && (word(k - 1) == "alias" || word(k - 1) == "aka" || word(k - 1) == "a.k.a.")) {
    --k;
  } else {
    return -1;
  }
  if (k < 2 || word(k - 1) != ",") return -1;
  --k;
  // (Past an age: "Li Wenhao, 52, also known as".)
  if (k >= 3 && word(k - 2) == "," && !word(k - 1).empty() && word(k - 1)[0] >= '0' && word(k - 1)[0] <= '9') k -= 2;
  const int m = out_.MentionAt(k - 1);
  if (m < 0 || out_.mentions[m].token_end != k || out_.mentions[m].entity < 0) return -1;
  const std::string& type = out_.mentions[m].type;
  return type == "PERSON" || type == "ORG" ? out_.mentions[m].entity : -1;
}

int Scan::LinkRun(Range r, uint32_t s, bool initial) {
  r.end = EndOfTaggersName(r);
  std::string_view name = text_.substr(seg_.tokens[r.begin].begin,
                                       seg_.tokens[r.end - 1].end - seg_.tokens[r.begin].begin);
  // ("Li Wenhao, 52, also known as \"Kevin Li,\"": another name of the one
  // just named.)
  if (const int named = NamedBeforeAlias(r.begin); named >= 0) {
    AddAlias(&out_.entities[named], std::string(name));
    const Mention& before = *std::find_if(out_.mentions.begin(), out_.mentions.end(),
                                          [&](const Mention& m) { return m.entity == named; });
    AddMention(s, r.begin, r.end, before.type, named);
    return named;
  }
  const std::string* org = RunKeyword(r, CueKind::kOrgKeyword);
  const std::string* loc = RunKeyword(r, CueKind::kLocKeyword);
  // Both kinds of keyword: in a name with "of", a keyword before it heads the
  // name ("Bank of the Philippine Islands" is a bank, "Ministry of Islands
  // Affairs" a body); otherwise the later one does ("Dubai International
  // Airport" is a place, "Port Authority" a body).
  if (org && loc) {
    Range head = r;
    for (uint32_t k = r.begin + 1; k < r.end; ++k) {
      if (Word(text_, seg_.tokens[k]) == "of") {
        head.end = k;
        break;
      }
    }
    const int head_loc = LastKeyword(head, CueKind::kLocKeyword), head_org = LastKeyword(head, CueKind::kOrgKeyword);
    if (head.end < r.end && (head_loc >= 0 || head_org >= 0)) {
      if (head_loc > head_org) org = nullptr;
      else loc = nullptr;
    } else if (LastKeyword(r, CueKind::kLocKeyword) > LastKeyword(r, CueKind::kOrgKeyword)) {
      org = nullptr;
    } else {
      loc = nullptr;
    }
  }
  // "the Iranian port of Bandar Anzali", "the town of Kupiansk": a name
  // after a place's common noun and "of" is a place.
  if (!org && !loc && r.begin >= 2 && Word(text_, seg_.tokens[r.begin - 1]) == "of") {
    const std::string_view noun = Word(text_, seg_.tokens[r.begin - 2]);
    if (!noun.empty() && noun[0] >= 'a' && noun[0] <= 'z') {
      std::string capitalised(noun);
      capitalised[0] = static_cast<char>(capitalised[0] - 'a' + 'A');
      loc = cues_.Find(CueKind::kLocKeyword, capitalised);
    }
  }
  // "the Lyon-based industrial company Arvelle Systèmes", "the militia
  // Kataib Sayyid al-Shuhada": a name right after a common noun of a body's
  // kind is that kind of body, whatever the tagger read.
  // (So is one the body goes by: "a little-known militia calling itself
  // Saraya Awliya al-Dam", "a group known as X", "a company called X".)
  static const std::string kCompany = "Company", kOrganization = "Organization";
  if (!org && !loc && r.begin > 0) {
    const std::string_view before = Word(text_, seg_.tokens[NounBeforeAlias(r.begin)]);
    if (!before.empty() && before[0] >= 'a' && before[0] <= 'z') {
      if (const std::string* kind = cues_.Find(CueKind::kOrgNoun, before)) {
        org = *kind == "Company" ? &kCompany : &kOrganization;
      }
    }
    // ("a leader of the Free Gyumri movement": so is a name between "the"
    // and a noun of a body's kind that is no company's; "group" names
    // localities too, "the Ufamandu group" of Masisi.)
    const std::string_view after = r.end < seg_.tokens.size() ? Word(text_, seg_.tokens[r.end]) : "";
    if (!org && !after.empty() && after[0] >= 'a' && after[0] <= 'z' &&
        base::AsciiLower(Word(text_, seg_.tokens[r.begin - 1])) == "the") {
      if (const std::string* kind = cues_.Find(CueKind::kOrgNoun, after);
          kind != nullptr && *kind != "Company" && after != "group") {
        org = &kOrganization;
      }
    }
  }
  // ("Rubikon Avia, a cargo airline registered in Belarus": so is a name a
  // description in apposition calls a company, opening the sentence too.)
  if (!org && !loc && CompanyApposedAfter(r.end)) org = &kCompany;
  bool single = r.end - r.begin == 1;
  // "Robert F. Kennedy Jr.": no near miss of the father's name.
  const bool suffixed = !single && cues_.Has(CueKind::kNameSuffix, Word(text_, seg_.tokens[r.end - 1]));
  // "Laken Riley Act", "Russo-Ukrainian War": laws and events are named, not linked.
  // A law's keyword heads the name when it is the last keyword ("Central
  // Intelligence Agency Charter") or opens it before a connector ("Charter of
  // the United Nations"); an organisation's keyword after it heads it otherwise
  // ("Election Commission", "North Atlantic Treaty Organization").
  const std::string* misc = RunKeyword(r, CueKind::kMiscKeyword);
  if (misc && org) {
    const int last_misc = LastKeyword(r, CueKind::kMiscKeyword), last_org = LastKeyword(r, CueKind::kOrgKeyword);
    const bool opens = cues_.Has(CueKind::kMiscKeyword, Word(text_, seg_.tokens[r.begin])) &&
                       r.begin + 1 < r.end && IsConnector(Word(text_, seg_.tokens[r.begin + 1]));
    if (last_misc > last_org || opens) org = nullptr;
  }
  if (misc && !org && !single) {
    pending_title_token_ = -1;
    AddMention(s, r.begin, r.end, *misc, -1);
    return -1;
  }
  if (!org && !loc) {
    if (int c = CorefPartialName(name); c >= 0) {
      AddMention(s, r.begin, r.end, MentionTypeOf(out_.entities[c]), c);
      return c;
    }
    // ("the Moon": a surname the tagger reads as another kind of name is that name.)
    const std::string read_as = single ? NerTypeOf(r.begin, r.end) : "";
    if (single && (read_as.empty() || read_as == "PERSON")) {
      if (const kb::Entity* p = linker_.PersonBySurname(name, date_)) {
        int idx = AddKbEntity(p);
        AddMention(s, r.begin, r.end, "PERSON", idx);
        return idx;
      }
    }
    // A near miss of a known name ("Venezuala") is taken unless the tagger
    // reads the run as another kind of name ("Alexandre" of a person's name
    // is no misspelt "Alexandra", a town).
    auto fuzzy = suffixed ? std::vector<const NameEntry*>() : gaz_.LookupFuzzy(name);
    const NameEntry* e = BestEntry(fuzzy);
    const std::string tagged = e ? NerTypeOf(r.begin, r.end) : "";
    if (e && !tagged.empty() && (tagged == "PERSON") != (MentionTypeOf(*e) == "PERSON")) e = nullptr;
    if (e) {
      int idx = AddKbEntity(e->entity);
      // "Latin American": a place's name with "n" added is its adjective, no
      // misspelling of it.
      const bool adjective = NamesPlace(*e) && name.size() == e->surface.size() + 1 &&
                             name.starts_with(e->surface) && name.back() == 'n';
      AddMention(s, r.begin, r.end, adjective ? "NORP" : MentionTypeOf(*e), idx);
      return idx;
    }
  }
  if (cues_.Has(CueKind::kGovernmentNoun, Word(text_, seg_.tokens[r.end - 1]))) return -1;
  // "Philippine House of Representatives": a run opened by a state's name or
  // demonym belongs to that state.
  std::string run_country;
  if (!single) {
    kb::GazetteerMatch lead = gaz_.LongestAt(text_, seg_.tokens, r.begin, r.end);
    if (const NameEntry* e = BestEntry(lead.entries); e != nullptr && lead.token_end < r.end &&
                                                    e->entity->type == "Country") {
      run_country = e->entity->country;
      // "the American House of Representatives": the state's own body, named.
      kb::GazetteerMatch tail = gaz_.LongestAt(text_, seg_.tokens, lead.token_end, r.end);
      const NameEntry* body = BestEntry(tail.entries);
      if (body != nullptr && tail.token_end == r.end && body->entity->country == run_country) {
        AddMention(s, lead.token_begin, lead.token_end, MentionTypeOf(*e), AddKbEntity(e->entity));
        const int idx = AddKbEntity(body->entity);
        AddMention(s, tail.token_begin, tail.token_end, MentionTypeOf(*body), idx);
        return idx;
      }
    }
  }
  // A known person or organisation written another way ("Hasan Rowhani"),
  // unless the run names another state's body.
  if (!single && !loc && !suffixed && linker_.matcher() != nullptr) {
    const char* schema = org ? "Organization" : "Person";
    if (const kb::Entity* e = linker_.matcher()->Find(name, schema);
        e != nullptr && (run_country.empty() || e->country.empty() || e->country == run_country) &&
        KeepsGivenName(name, *e)) {
      int idx = AddKbEntity(e);
      AddMention(s, r.begin, r.end, e->type == "Person" ? "PERSON" : "ORG", idx);
      return idx;
    }
  }
  // A run the tagger reads differently is left to the tagger's spans when no
  // cue word types it: a shorter name at the run's start ("Mina Cho" of the
  // e-mail signature "Mina Cho Risk Analytics") or a name across its edge. A
  // name at the run's end or inside it keeps the run ("Southern California",
  // "KwaZulu-Natal", "Anne Le Gall").
  if (!org && !loc && pending_title_token_ < 0 && TaggerReadsOtherwise(r)) return -1;
  if (PlatformLetter(r.begin, r.end)) return -1;
  std::string type;
  std::string ner_type = NerTypeOf(r.begin, r.end);
  if (org) type = *org;
  else if (loc) type = "Location";
  else if (pending_title_token_ >= 0 || NameWithInitial(r.begin, r.end)) type = "Person";
  // ("operated by Istanbul-registered Kervan Denizcilik": nobody is
  // registered at a place; a company is.)
  else if (CompanyParticipleBefore(r.begin)) type = "Company";
  else if (ner_type == "PERSON") type = "Person";
  else if (ner_type == "ORG") type = "Organization";
  else if (ner_type == "LOC" || ner_type == "GPE") type = "Location";
  // ("Minsk-based Optron Precision": a name the tagger leaves, right after a
  // place's participle, is a company's.)
  else if (ner_type.empty() && !single && CompanyParticipleBefore(r.begin, /*any=*/true)) type = "Company";
  // Without the tagger, an unknown acronym or camel-case word is an
  // organisation ("CJNG", "StubHub"), unless it holds a digit (a designation:
  // "H5N1", "MK82"), the sentence is written in capitals or the POS tagger
  // reads an ordinary word ("Of THESE three"); common abbreviations ("ASAP",
  // "USB") are function words in data/link/cues.tsv. With the tagger, one it
  // does not read as a name is none ("the PSE swap", "a GARCH model", "the
  // power VAR meeting"; camel-case words too: "iPhone", "BrahMos" missiles).
  else if (ner_ == nullptr && single &&
           ((base::IsAllCaps(name) && name.size() > 2 && name.size() <= 5) || IsCamelCase(name)) && !initial &&
           !HasDigit(name) && !Shouting(s) && !CommonWord(r.begin)) {
    type = "Organization";
  }
  else if (!single && r.end - r.begin <= 4 && ner_ == nullptr) type = "Person";
  // ("Levant Policy Forum — Policy Brief … The Forum urges", "the Panel of
  // Experts … The Panel recommends": a body's keyword alone after "the" is the
  // last body named before whose name has that word.)
  if (single && org && r.begin > 0 && base::AsciiLower(Word(text_, seg_.tokens[r.begin - 1])) == "the") {
    const std::string word(name);
    for (size_t i = out_.mentions.size(); i-- > 0;) {
      const int e = out_.mentions[i].entity;
      if (e < 0 || out_.mentions[i].type != "ORG") continue;
      // (A word of the name: at its start, its end or between spaces.)
      const std::string_view full = out_.entities[e].name;
      const bool has = full.size() > word.size() &&
                       (full.starts_with(word + " ") || full.ends_with(" " + word) ||
                        full.find(" " + word + " ") != std::string_view::npos);
      if (!has) continue;
      AddMention(s, r.begin, r.end, "ORG", e);
      return e;
    }
  }
  // A lone sentence opener is a name only when a keyword types it, and a lone
  // keyword opening the sentence ("Police arrest ...", "Oil prices rise") only
  // when the tagger reads it as a name too.
  // Elsewhere a keyword alone ("the University said", "Inc.") names nothing
  // the tagger does not read as a name.
  if (type.empty() || (single && initial && (!org || ner_type.empty()))) return -1;
  // A legal form alone ("Inc.") names no company.
  if (single && cues_.Has(CueKind::kLegalForm, name)) return -1;
  if (single && (org || loc) && ner_type.empty() && ner_ != nullptr) return -1;
  std::string prefix = type == "Person" ? "person:" : type == "Location" ? "loc:" : "org:";
  std::string owner_state;
  std::string qualified;  // a state's public body: "Serbian Ministry of Defence"
  std::string possessive;  // "Serbia's Ministry of Defence"
  if (type != "Person" && r.begin >= 2 && base::IsPossessiveClitic(Word(text_, seg_.tokens[r.begin - 1]))) {
    const int m = out_.MentionAt(r.begin - 2);
    if (m >= 0 && out_.mentions[m].entity >= 0 && out_.entities[out_.mentions[m].entity].type == "Country") {
      const DocEntity& state = out_.entities[out_.mentions[m].entity];
      owner_state = state.country;
      // ("Serbia's Ministry of Defence", "China's Ministry of Commerce": a
      // body's common name, which every state's body shares, is named with
      // its state, so that two states' bodies stay two entities across
      // documents.)
      const std::string demonym = DemonymOf(state);
      // (Only a name opened or closed by a body's common noun, "Ministry of
      // Defence", "Defence Ministry"; "National Anti-Corruption Bureau" is
      // the state's own, and its acronym spells it.)
      const std::string_view first = Word(text_, seg_.tokens[r.begin]);
      const std::string_view last = Word(text_, seg_.tokens[r.end - 1]);
      const bool common = cues_.Has(CueKind::kBodyHead, base::AsciiLower(first)) ||
                          cues_.Has(CueKind::kBodyHead, base::AsciiLower(last));
      if (type == "PublicBody" && common && name.find(state.name) == std::string_view::npos &&
          (demonym.empty() || name.find(demonym) == std::string_view::npos)) {
        qualified = StateQualifiedName(state, name);
        possessive = std::string(text_.substr(seg_.tokens[out_.mentions[m].token_begin].begin,
                                              seg_.tokens[r.end - 1].end - seg_.tokens[out_.mentions[m].token_begin].begin));
      }
    }
  }
  int idx = qualified.empty() ? AddLocal(prefix, type, name, owner_state) : AddLocal(prefix, type, qualified, owner_state);
  if (!qualified.empty()) {
    std::vector<std::string>& aliases = out_.entities[idx].aliases;
    if (std::find(aliases.begin(), aliases.end(), possessive) == aliases.end()) aliases.push_back(possessive);
  }
  if (type != "Person" && out_.entities[idx].country.empty()) out_.entities[idx].country = run_country;
  if (out_.entities[idx].type == "Company") type = "Company";  // a company's shorter name
  AddMention(s, r.begin, r.end, type == "Person" ? "PERSON" : type == "Location" ? "LOC" : "ORG", idx);
  return idx;
}

bool Scan::SeatOfOrganisation(uint32_t begin, uint32_t end) const {
  const auto& toks = seg_.tokens;
  if (begin >= end || end > toks.size()) return false;
  // "a Moscow-based supplier", "a Tehran-registered firm".
  if (end + 1 < toks.size() && base::IsDashWord(Word(text_, toks[end])) && toks[end].begin == toks[end - 1].end &&
      toks[end + 1].begin == toks[end].end) {
    const std::string participle = base::AsciiLower(Word(text_, toks[end + 1]));
    return participle != "flagged" && cues_.Has(CueKind::kPlaceParticiple, participle);
  }
  // "based in Oslo", "headquartered in Nairobi", "registered in London".
  if (begin < 2 || base::AsciiLower(Word(text_, toks[begin - 1])) != "in") return false;
  const std::string participle = base::AsciiLower(Word(text_, toks[begin - 2]));
  return participle != "flagged" && cues_.Has(CueKind::kPlaceParticiple, participle);
}

bool Scan::PlatformLetter(uint32_t b, uint32_t e) const {
  if (e != b + 1 || b == 0 || seg_.tokens[b].end - seg_.tokens[b].begin != 1) return false;
  const std::string_view before = Word(text_, seg_.tokens[b - 1]);
  return before == "on" || before == "via";
}

bool Scan::NameWithInitial(uint32_t b, uint32_t e) const {
  if (e != b + 2 || b == 0) return false;
  const std::string_view given = Word(text_, seg_.tokens[b]);
  const std::string_view initial = Word(text_, seg_.tokens[b + 1]);
  if (initial.size() != 2 || initial[0] < 'A' || initial[0] > 'Z' || initial[1] != '.') return false;
  if (given.size() < 3 || base::IsAllCaps(given) || !std::all_of(given.begin(), given.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c)) || c == '-';
      })) {
    return false;
  }
  const std::string_view before = Word(text_, seg_.tokens[b - 1]);
  const std::string_view after = e < seg_.tokens.size() ? Word(text_, seg_.tokens[e]) : "";
  return before == "as" || (before == "," && after == ",");
}

bool Scan::CurrencyPrefix(uint32_t i) const {
  const auto& toks = seg_.tokens;
  if (i + 1 >= toks.size() || toks[i + 1].begin != toks[i].end) return false;
  return base::IsCurrencySign(Word(text_, toks[i + 1]));
}

uint32_t Scan::ModelNumberEnd(uint32_t i, uint32_t end) const {
  const auto& toks = seg_.tokens;
  if (i + 2 >= end || toks[i + 1].begin != toks[i].end || toks[i + 2].begin != toks[i + 1].end ||
      !base::IsDashWord(Word(text_, toks[i + 1]))) {
    return i;
  }
  const std::string_view n = Word(text_, toks[i + 2]);
  const bool digits = !n.empty() && n.size() <= 5 && n[0] >= '0' && n[0] <= '9' &&
                      std::all_of(n.begin(), n.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); });
  const bool roman = !n.empty() && n.size() <= 4 &&
                     std::all_of(n.begin(), n.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
  // ("Fatah-II-class": the number must end the word.)
  if (!(digits || roman) || (i + 3 < toks.size() && toks[i + 3].begin == toks[i + 2].end &&
                              base::IsDashWord(Word(text_, toks[i + 3])))) {
    return i;
  }
  return i + 3;
}

bool Scan::VesselNounBefore(uint32_t i) const {
  uint32_t s = 0;
  while (s + 1 < seg_.sentences.size() && seg_.sentences[s].token_end <= i) ++s;
  const uint32_t from = seg_.sentences[s >= 2 ? s - 2 : 0].token_begin;
  for (uint32_t k = from; k < i; ++k) {
    const std::string_view w = Word(text_, seg_.tokens[k]);
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z' && cues_.Has(CueKind::kVesselNoun, w)) return true;
  }
  return false;
}

bool Scan::CompanyApposedAfter(uint32_t end) const {
  const auto& toks = seg_.tokens;
  // ("Aerotecnica Bolivariana (AEROBOL), a Venezuelan state-owned company":
  // past the acronym in brackets.)
  if (end + 3 < toks.size() && Word(text_, toks[end]) == "(" && Word(text_, toks[end + 2]) == ")") end += 3;
  if (end + 3 >= toks.size() || Word(text_, toks[end]) != ",") return false;
  const std::string_view article = Word(text_, toks[end + 1]);
  if (article != "a" && article != "an") return false;
  for (uint32_t k = end + 2; k < toks.size() && k < end + 7; ++k) {
    const std::string_view w = Word(text_, toks[k]);
    if (base::IsDashWord(w) && toks[k].begin == toks[k - 1].end) continue;  // ("state-owned")
    // (The description's head comes before its phrase: "a spokeswoman for
    // the airline" describes a person.)
    if (w == "for" || w == "of" || w == "at" || w == "with" || w == "to" || w == "in" || w == "from") return false;
    // ("an Iranian company": a demonym may describe it.)
    const auto demonym = [&] {
      const auto entries = gaz_.Lookup(w);
      return std::any_of(entries.begin(), entries.end(),
                         [](const kb::NameEntry* e) { return e->kind == kb::NameKind::kDemonym; });
    };
    // ("an Eindhoven-based maker": a place joined to its participle.)
    if (SeatOfOrganisation(k, k + 1)) {
      k += 2;
      continue;
    }
    if (w.empty() || ((w[0] < 'a' || w[0] > 'z') && !demonym())) return false;
    const std::string* kind = cues_.Find(CueKind::kOrgNoun, w);
    if (kind == nullptr || *kind != "Company") continue;
    // (The description's head: "a company director" describes a person.)
    const std::string_view next = k + 1 < toks.size() ? Word(text_, toks[k + 1]) : std::string_view();
    return next.empty() || next == "," || next == "." || next == "in" || next == "that" || next == "which" ||
           next == "whose" || next == "with" || next == "of" || next == "from" || next.ends_with("ed");
  }
  return false;
}

bool Scan::CompanyParticipleBefore(uint32_t i, bool any) const {
  if (i < 3) return false;
  const auto& toks = seg_.tokens;
  const std::string participle = base::AsciiLower(Word(text_, toks[i - 1]));
  const std::string* value = cues_.Find(CueKind::kPlaceParticiple, participle);
  return value != nullptr && (*value == "ORG" || (any && participle != "flagged")) &&
         base::IsDashWord(Word(text_, toks[i - 2])) && toks[i - 2].end == toks[i - 1].begin &&
         toks[i - 3].end == toks[i - 2].begin;
}

bool Scan::OperatorBefore(uint32_t dash) const {
  uint32_t k = dash;
  while (k > 0 && Capitalised(Word(text_, seg_.tokens[k - 1]))) --k;
  if (k < 2 || k == dash || Word(text_, seg_.tokens[k - 1]) != "by") return false;
  return cues_.Has(CueKind::kOperatorParticiple, Word(text_, seg_.tokens[k - 2]));
}

uint32_t Scan::VesselNameEnd(uint32_t i, uint32_t end) const {
  const auto& toks = seg_.tokens;
  // ("intercepted the MT Arman 114": a merchant ship's prefix in capitals, a
  // vessel_noun row, opens the name.)
  const std::string_view first = Word(text_, toks[i]);
  const bool prefixed = i + 1 < end && first.size() >= 2 && cues_.Has(CueKind::kVesselNoun, first) &&
                        std::all_of(first.begin(), first.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                        Capitalised(Word(text_, toks[i + 1]));
  if (i < 2 && !prefixed) return i;
  const std::string_view before = i > 0 ? Word(text_, toks[i - 1]) : std::string_view();
  const bool hyphened = i >= 2 && base::IsDashWord(Word(text_, toks[i - 2])) && toks[i - 2].end == toks[i - 1].begin;
  bool flagged = before == "flagged" && hyphened;
  // ("the Liberia-flagged bulk carrier Kalliopi Star": a ship's description
  // of lower-case words after the flag.)
  for (uint32_t k = i - 1; !flagged && i >= 3 && k >= 2 && i - k <= 3 && IsLowerWord(Word(text_, toks[k])); --k) {
    flagged = Word(text_, toks[k - 1]) == "flagged" && k >= 3 && base::IsDashWord(Word(text_, toks[k - 2])) &&
              toks[k - 2].end == toks[k - 1].begin;
  }
  // ("A Russian fishing trawler … The Murmansk-registered Kapitan Sorokin":
  // registered where, in a story about a ship named by its noun just before.)
  // ("The vessel, operated by Istanbul-registered Kervan Denizcilik": who
  // runs it, a company.)
  const bool registered = before == "registered" && hyphened && VesselNounBefore(i) && !OperatorBefore(i - 2);
  // ("The vessel, Marigold Star, was sailing": the name in apposition to a
  // ship's noun after "the", or after a possessive: "the company's tanker,
  // Ocean Grace", "its tanker, Ocean Grace".)
  const auto determiner = [&](std::string_view w) {
    const std::string lower = base::AsciiLower(w);
    return lower == "the" || lower == "its" || lower == "their" || lower == "his" || lower == "her" ||
           base::IsPossessiveClitic(w);
  };
  // ("the tanker, the Marsa Pride": "the" before the name too.)
  const uint32_t comma = before == "the" && i >= 4 ? i - 2 : i - 1;
  const bool apposed = i >= 3 && Word(text_, toks[comma]) == "," &&
                       cues_.Has(CueKind::kVesselNoun, Word(text_, toks[comma - 1])) &&
                       determiner(Word(text_, toks[comma - 2]));
  if (!prefixed && !flagged && !registered && !apposed && !cues_.Has(CueKind::kVesselNoun, before) &&
      !VesselDescribedAfter(i, end)) {
    return i;
  }
  // A known name is that name ("the Liberia-flagged Pacific"), unless the
  // capitalised run goes on past it ("the Marshall Islands-flagged Aegean
  // Horizon" is no Aegean Sea).
  if (const kb::GazetteerMatch known = gaz_.LongestAt(text_, toks, i, end);
      !known.entries.empty() &&
      (known.token_end >= end || !Capitalised(Word(text_, toks[known.token_end])) ||
       cues_.Has(CueKind::kFunctionWord, Word(text_, toks[known.token_end])))) {
    return i;
  }
  uint32_t k = i;
  while (k < end && k < i + (prefixed ? 5 : 4)) {
    const std::string_view w = Word(text_, toks[k]);
    const bool number = !w.empty() && w[0] >= '0' && w[0] <= '9' && k > i;
    if (!(Capitalised(w) || number) || cues_.Has(CueKind::kFunctionWord, w)) break;
    // (A company's name, not a ship's: "Marshall Islands-registered Blue
    // Kestrel Shipping Inc".)
    if (cues_.Has(CueKind::kLegalForm, w) || cues_.Has(CueKind::kOrgKeyword, w)) return registered ? i : k;
    ++k;
  }
  return k;
}

bool Scan::VesselDescribedAfter(uint32_t i, uint32_t end) const {
  const auto& toks = seg_.tokens;
  if (i == 0 || base::AsciiLower(Word(text_, toks[i - 1])) != "the") return false;
  uint32_t k = i;
  while (k < end && k < i + 4 && Capitalised(Word(text_, toks[k])) &&
         !cues_.Has(CueKind::kFunctionWord, Word(text_, toks[k]))) {
    ++k;
  }
  if (k == i || k + 2 >= end || Word(text_, toks[k]) != "," ||
      (Word(text_, toks[k + 1]) != "a" && Word(text_, toks[k + 1]) != "an")) {
    return false;
  }
  // ("the Lunar Tide, a 2003-built tanker": the description's noun within
  // six words.)
  for (uint32_t j = k + 2; j < end && j < k + 8; ++j) {
    const std::string_view w = Word(text_, toks[j]);
    if (w == "," || w == ";") return false;
    if (cues_.Has(CueKind::kVesselNoun, base::AsciiLower(w))) return true;
  }
  return false;
}

bool Scan::CityInContext(const kb::GazetteerMatch& g, bool function_word) const {
  bool city = true;
  for (const NameEntry* e : g.entries) {
    if (!IsTown(*e->entity)) city = false;
  }
  if (!city || g.token_end - g.token_begin > 1) return true;
  if (function_word) return false;
  const std::string ner = NerTypeOf(g.token_begin, g.token_end);
  if (ner == "LOC" || ner == "GPE") return true;
  // A town's name the tagger reads as a person's, or as part of one, is the
  // person ("to Elizabeth", "from Mary Jo Foley", "a result of Bush's
  // invasion"), whatever the preposition before it.
  if (ner == "PERSON") return false;
  const auto& toks = seg_.tokens;
  if (g.token_end + 1 < toks.size() && base::IsDashWord(Word(text_, toks[g.token_end])) &&
      toks[g.token_end].begin == toks[g.token_end - 1].end && toks[g.token_end + 1].begin == toks[g.token_end].end &&
      cues_.Has(CueKind::kPlaceParticiple, base::AsciiLower(Word(text_, toks[g.token_end + 1])))) {
    return true;
  }
  if (AfterPlacePreposition(g.token_begin)) return true;
  return g.token_end + 1 < seg_.tokens.size() && Word(text_, seg_.tokens[g.token_end]) == "," &&
         !gaz_.LongestAt(text_, seg_.tokens, g.token_end + 1, static_cast<uint32_t>(seg_.tokens.size()))
              .entries.empty();
}

int Scan::StateByFormalName(Range r) {
  const auto& toks = seg_.tokens;
  for (uint32_t k = r.begin + 1; k + 1 < r.end; ++k) {
    if (Word(text_, toks[k]) != "of") continue;
    // "Grand Duchy of Luxembourg": the form may be two words.
    const bool form = cues_.Has(CueKind::kStateForm, Word(text_, toks[k - 1])) ||
                      (k >= r.begin + 2 && cues_.Has(CueKind::kStateForm,
                                                     text_.substr(toks[k - 2].begin, toks[k - 1].end - toks[k - 2].begin)));
    if (!form) return -1;
    uint32_t from = k + 1;
    if (Word(text_, toks[from]) == "the") ++from;
    const kb::GazetteerMatch g = gaz_.LongestAt(text_, toks, from, r.end);
    const NameEntry* e = BestEntry(g.entries);
    if (e == nullptr || g.token_end != r.end || e->entity->type != "Country" ||
        (e->kind != NameKind::kName && e->kind != NameKind::kAlias)) {
      return -1;
    }
    return AddKbEntity(e->entity);
  }
  return -1;
}

}  // namespace dossier::link::detail
