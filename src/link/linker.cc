// Linker::Link: the first-pass mention finder. One left-to-right scan per
// sentence; at each capitalised token the longer of the gazetteer match and
// the capitalised run wins (a run wins only when a keyword types it, so
// "Washington Institute for Near East Policy" beats the capital "Washington"
// but "North Korea" stays the country).
#include <algorithm>
#include <unordered_map>

#include "base/strings.h"
#include "base/utf8.h"
#include "link/linker.h"

namespace dossier::link {
namespace {

using kb::NameEntry;
using kb::NameKind;

std::string_view Word(std::string_view text, const text::Token& t) { return t.span().Of(text); }

bool Capitalised(std::string_view w) {
  if (w.empty()) return false;
  int len;
  return base::IsUpper(base::DecodeUtf8(w, 0, &len));
}

bool IsPossessive(std::string_view w) { return w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019"; }

bool IsDashToken(std::string_view w) {
  int len;
  return !w.empty() && base::IsDash(base::DecodeUtf8(w, 0, &len)) &&
         static_cast<size_t>(len) == w.size();
}

bool IsCamelCase(std::string_view w) {
  // WikiLeaks, eBay: an upper-case letter after a lower-case one.
  for (size_t i = 1; i < w.size(); ++i) {
    if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z') return true;
  }
  return false;
}

bool HasDigit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A lower-case particle inside a name ("Maguindanao del Sur", "Lula da Silva").
bool IsNameParticle(std::string_view w) {
  static const std::string_view kParticles[] = {"de", "du", "del", "da", "al", "bin", "ibn",
                                                "von", "van", "der", "la", "le"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// A word that joins the parts of a name: a particle, or "of", "for", "the", "on", "&".
bool IsConnector(std::string_view w) {
  return w == "of" || w == "for" || w == "the" || w == "on" || w == "&" || IsNameParticle(w);
}

// The mention type of a knowledge-base entity: a city in a known country is a GPE.
std::string MentionTypeOf(const kb::Entity& e) {
  if (e.type == "Country") return "GPE";
  if (e.type == "Location") return e.id.starts_with("loc:") && !e.country.empty() ? "GPE" : "LOC";
  if (e.type == "Person") return "PERSON";
  return "ORG";
}

std::string MentionTypeOf(const NameEntry& e) {
  if (e.kind == NameKind::kDemonym || e.entity->type == "Thing") return "NORP";
  return MentionTypeOf(*e.entity);
}

// Whether the entry names a place itself (not its people, as a demonym does).
bool NamesPlace(const NameEntry& e) {
  return e.kind != NameKind::kDemonym && (e.entity->type == "Country" || e.entity->type == "Location");
}

// A GeoNames town: a Location with no place kind (states, regions and seas
// have one). A town's name may also be a word or a person's name.
bool IsTown(const kb::Entity& e) { return e.type == "Location" && e.sector.empty(); }

// A name of a place or body, not a person's, that may be read in any case:
// its own name or an alias, not an acronym-like name that must keep its case.
bool LowerCaseReadable(const NameEntry& e) {
  return !e.exact_case && e.entity->type != "Person" &&
         (e.kind == NameKind::kName || e.kind == NameKind::kAlias);
}

// The mention type of a later name of an entity already in the document.
std::string MentionTypeOf(const DocEntity& d) {
  if (d.kb != nullptr) return MentionTypeOf(*d.kb);
  if (d.type == "Person") return "PERSON";
  if (d.type == "Location") return "LOC";
  return "ORG";
}

int KindRank(NameKind k) {
  switch (k) {
    case NameKind::kName: return 0;
    case NameKind::kAlias: return 1;
    case NameKind::kDemonym: return 2;
    case NameKind::kCapital: return 3;
    case NameKind::kMetonym: return 4;
  }
  return 5;
}

// A capital stands for its state ("Tehran said") rather than the city of the
// same name; otherwise names beat aliases beat demonyms, and countries win ties.
const NameEntry* BestEntry(const std::vector<const NameEntry*>& entries) {
  for (const NameEntry* e : entries) {
    if (e->kind == NameKind::kCapital && e->entity->type == "Country") return e;
  }
  const NameEntry* best = nullptr;
  for (const NameEntry* e : entries) {
    if (best == nullptr || KindRank(e->kind) < KindRank(best->kind) ||
        (KindRank(e->kind) == KindRank(best->kind) && e->entity->type == "Country" &&
         best->entity->type != "Country")) {
      best = e;
    }
  }
  return best;
}

// The per-document state of one Link() call.
class Scan {
 public:
  Scan(const Linker& linker, const kb::Gazetteer& gaz, std::string_view text,
       const text::Segmentation& seg, std::string_view date)
      : linker_(linker), cues_(linker.cues()), gaz_(gaz), text_(text), seg_(seg), date_(date) {}

  Linking Run(const std::vector<NerSpan>* ner, const Linker::TokenPos& pos);

 private:
  struct Range {
    uint32_t begin, end;
  };

  void ScanSentence(uint32_t s);
  // Length (in tokens) of a title starting at i, and its value.
  uint32_t TitleAt(uint32_t i, uint32_t end, std::string* title, std::string* value) const;
  Range RunAt(uint32_t i, uint32_t end) const;
  bool AndJoinsBody(uint32_t i, uint32_t and_at, uint32_t end) const;
  // The first word of a tagger person span of two or more words that ends run
  // r and starts inside it after words no tagger span covers; r.begin when none.
  uint32_t PersonAtRunEnd(Range r) const;
  // Whether the POS tagger reads token k as neither a noun nor a name (false
  // without POS tags).
  bool CommonWord(uint32_t k) const;
  // Whether one tagger span covers the words [b, e).
  bool TaggerSpanCovers(uint32_t b, uint32_t e) const;
  // In a sentence written all in lower case ("i will travel from maryland"),
  // adds a known place or body written in lower case at word i that the POS
  // tagger reads as a proper noun or that follows a place's preposition, and
  // returns the word after it; i when none.
  uint32_t LowerCaseKnownName(uint32_t s, uint32_t i);
  // The entity of the state that run r names formally (a state's form, "of"
  // and the state's known name ending the run), or -1.
  int StateByFormalName(Range r);
  // Whether the tagger has a span of `min_words` or more words starting at word b.
  bool TaggerSpanStartsAt(uint32_t b, uint32_t min_words) const;
  // Whether the tagger has a span exactly over `r` of one of `types`.
  bool TaggerSpanIs(Range r, std::initializer_list<std::string_view> types) const;
  // The value of the last cue of `kind` among the words of r from KeywordFrom(r).
  const std::string* RunKeyword(Range r, CueKind kind) const;
  // The first word of r whose keywords count: r.begin + 1 when r is two or
  // more words the tagger reads as one person ("Bill Cosby") and its first
  // word is no ship's prefix or event keyword, else r.begin.
  uint32_t KeywordFrom(Range r) const;
  // Index of the last word of `r` from KeywordFrom(r) that is a cue of `kind`, or -1.
  int LastKeyword(Range r, CueKind kind) const;
  bool TryRegime(Range r, uint32_t end, uint32_t s);
  int LinkRun(Range r, uint32_t s, bool initial);
  int AddKbEntity(const kb::Entity* e);
  int AddLocal(const std::string& prefix, const std::string& type, std::string_view name);
  void AddMention(uint32_t s, uint32_t b, uint32_t e, const std::string& type, int entity);
  // The end of run r with a company's legal form after a comma ("Lunar
  // Transportation Systems, Inc."), or r.end when none follows.
  uint32_t LegalFormAfter(Range r, uint32_t limit) const;
  // Returns the token after the acronym's closing parenthesis, or `end`.
  uint32_t AddAcronymAfter(uint32_t s, uint32_t end, int entity);
  int CorefPartialName(std::string_view name) const;
  // The person named before in the document whose name of two or more words
  // ends with `word`, the latest first; -1 when none.
  int SurnameOf(std::string_view word) const;
  // Records the surname of entity `entity` when it is a person (for SurnameOf).
  void NoteSurname(int entity);
  void FindGroups();
  void AddNerMentions(const std::vector<NerSpan>& ner);
  bool LowerCaseSpan(const NerSpan& n) const;
  // Most words of sentence s are written in capitals ("PLEASE CALL ME").
  bool Shouting(uint32_t s) const;
  // Whether the tagger has a span that starts the run but is shorter, or one
  // that crosses the run's edge (not through words already named before it),
  // and not the run itself; never for a hyphenated run (see LinkRun).
  bool TaggerReadsOtherwise(Range r) const;
  // Where a run typed by a keyword ends when the tagger reads a shorter name
  // from its start that holds the keyword, and the rest of the run holds no
  // keyword and does not go on in lower case ("Azerbaijan Airlines E190",
  // "South Korean Navy Lockheed P3-C Orion"): the tagger's end; else r.end.
  uint32_t EndOfTaggersName(Range r) const;
  // The end of run r, or the first word after an organisation or place
  // keyword in it where the tagger starts a person inside the run.
  uint32_t PersonAfterKeyword(Range r) const;
  bool CaseInformative(uint32_t s) const;
  // Whether the token at i is written against a currency sign after it
  // ("US$1.7 billion", "A$2.5 billion", "HK$200,000"): a currency, no name.
  bool CurrencyPrefix(uint32_t i) const;
  // A one-word city name ("Most", "Martin", "Mishima") is a place only where
  // the text treats it as one: after "in"/"at"/"from"/"to"/"near", before
  // ", <country>", or when the tagger calls it a place.
  bool CityInContext(const kb::GazetteerMatch& g, bool function_word) const;
  // Type the statistical tagger gives tokens [b, e), or "" when it gives none.
  std::string NerTypeOf(uint32_t b, uint32_t e) const;

  const Linker& linker_;
  const Cues& cues_;
  const kb::Gazetteer& gaz_;
  std::string_view text_;
  const text::Segmentation& seg_;
  std::string_view date_;
  Linking out_;
  std::unordered_map<std::string, int> by_id_;
  std::unordered_map<std::string, int> by_alias_;  // acronyms and names seen in this document
  std::unordered_map<std::string, int> surnames_;  // last word of a person's name -> the latest such person
  mutable int64_t case_sentence_ = -1;  // the sentence CaseInformative last answered for, and its answer
  mutable bool case_informative_ = false;
  const std::vector<NerSpan>* ner_ = nullptr;
  Linker::TokenPos pos_;  // the POS tagger's reading of a token (Link)
  std::string pending_title_;
  int32_t pending_title_token_ = -1;
};

Linking Scan::Run(const std::vector<NerSpan>* ner, const Linker::TokenPos& pos) {
  ner_ = ner;
  pos_ = pos;
  for (uint32_t s = 0; s < seg_.sentences.size(); ++s) ScanSentence(s);
  if (ner != nullptr) AddNerMentions(*ner);
  std::sort(out_.mentions.begin(), out_.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.token_begin < b.token_begin; });
  FindGroups();
  return std::move(out_);
}

uint32_t Scan::TitleAt(uint32_t i, uint32_t end, std::string* title, std::string* value) const {
  uint32_t best = 0;
  std::string phrase;
  for (uint32_t k = 0; k < cues_.MaxTitleWords() && i + k < end; ++k) {
    if (k) phrase.push_back(' ');
    phrase += Word(text_, seg_.tokens[i + k]);
    if (const std::string* v = cues_.Find(CueKind::kTitle, phrase)) {
      best = k + 1;
      *title = phrase;
      *value = *v;
    }
  }
  return best;
}

Scan::Range Scan::RunAt(uint32_t i, uint32_t end) const {
  uint32_t j = i, last = i;
  const auto& toks = seg_.tokens;
  while (j < end) {
    std::string_view w = Word(text_, toks[j]);
    if (Capitalised(w)) {
      if (j > i && cues_.Has(CueKind::kFunctionWord, w)) break;
      std::string t, v;
      // A title inside a run ends it ("... Minister Ana Lima"), but not after
      // a connector ("Department of Justice" names a body, not a judge), nor
      // after an organisation keyword when a connector follows ("Directorate
      // General of Health Services"; but "Army General Asim Munir").
      if (j > i && !IsConnector(Word(text_, toks[j - 1])) && TitleAt(j, end, &t, &v) > 0 &&
          !cues_.Has(CueKind::kOrgKeyword, w) &&
          !(j + 1 < end && IsConnector(Word(text_, toks[j + 1])) &&
            cues_.Has(CueKind::kOrgKeyword, Word(text_, toks[j - 1])))) {
        break;
      }
      // After a connector, a title before a name ends the run at the
      // connector ("the Democratic Union of Builders of President Brice
      // Oligui Nguema"; "Office of the President" stays whole).
      if (j > i + 1 && IsConnector(Word(text_, toks[j - 1])) && !cues_.Has(CueKind::kOrgKeyword, w)) {
        if (const uint32_t n = TitleAt(j, end, &t, &v); n > 0 && j + n < end && Capitalised(Word(text_, toks[j + n])) &&
                                                         !cues_.Has(CueKind::kFunctionWord, Word(text_, toks[j + n]))) {
          break;
        }
      }
      last = j++;
      continue;
    }
    bool next_cap = j + 1 < end && Capitalised(Word(text_, toks[j + 1]));
    const bool attached_dash = IsDashToken(w) && j > i && j + 1 < end && toks[j].begin == toks[j - 1].end &&
                               toks[j + 1].begin == toks[j].end;
    if (attached_dash && next_cap) {
      ++j;
      continue;
    }
    // "Jung Chung-rae", "Lee Sang-min": a lower-case part after a hyphen inside
    // a name the tagger reads whole ("Iran-backed" stays apart).
    if (attached_dash && TaggerSpanCovers(i, j + 2)) {
      last = j + 1;
      j += 2;
      continue;
    }
    if (IsConnector(w) && next_cap && j > i &&
        !cues_.Has(CueKind::kFunctionWord, Word(text_, toks[j + 1]))) {
      ++j;
      continue;
    }
    // "Department of the Interior", "Charter of the United Nations", "Treaty
    // on the Non-Proliferation ...": a keyword, a connector and "the" before
    // a name ("Ilie Bolojan of the National Liberal Party" is two names; a
    // place is not named "on the" anything).
    if ((w == "of" || w == "for" || w == "on") && j > i && j + 2 < end && Word(text_, toks[j + 1]) == "the" &&
        Capitalised(Word(text_, toks[j + 2])) && !cues_.Has(CueKind::kFunctionWord, Word(text_, toks[j + 2]))) {
      const std::string_view before = Word(text_, toks[j - 1]);
      const bool body = cues_.Has(CueKind::kOrgKeyword, before) || cues_.Has(CueKind::kMiscKeyword, before);
      if (body) {
        j += 2;
        continue;
      }
    }
    // "Maaten al-Sarra Air Base": a particle joined by a hyphen to the next name word.
    if (IsNameParticle(w) && j > i && j + 2 < end && IsDashToken(Word(text_, toks[j + 1])) &&
        toks[j + 1].begin == toks[j].end && toks[j + 2].begin == toks[j + 1].end &&
        Capitalised(Word(text_, toks[j + 2]))) {
      j += 2;
      continue;
    }
    // "Lao People's Revolutionary Party": a possessive inside a name the
    // tagger reads whole.
    if (IsPossessive(w) && next_cap && j > i && TaggerSpanCovers(i, j + 2)) {
      ++j;
      continue;
    }
    if (w == "and" && next_cap && j > i && AndJoinsBody(i, j, end)) {
      ++j;
      continue;
    }
    break;
  }
  return {i, last + 1};
}

// "Food and Drug Administration", "Department of Health and Human Services":
// "and" continues a run when the capitalised words after it end in an
// organisation keyword, the words before it do not, they are no known name
// ("Peru and Chile", "Google and Microsoft Corp" stay apart), and the tagger
// does not read a name ending at "and" or starting after it.
bool Scan::AndJoinsBody(uint32_t i, uint32_t and_at, uint32_t end) const {
  const auto& toks = seg_.tokens;
  // The tagger reads one name across "and" ("United Nations Department of
  // Economic and Social Affairs", "Ministry of Industry and Trade").
  if (TaggerSpanCovers(i, and_at + 2)) return true;
  if (cues_.Has(CueKind::kOrgKeyword, Word(text_, toks[and_at - 1]))) return false;
  if (!gaz_.LongestAt(text_, toks, i, and_at).entries.empty()) return false;
  // The tagger reads two names ("Cártel del Noreste and Jalisco New Generation
  // Cartel"): one ends at "and" or one starts after it.
  if (ner_ != nullptr) {
    for (const NerSpan& n : *ner_) {
      if (n.token_end == and_at || n.token_begin == and_at + 1) return false;
    }
  }
  uint32_t last = and_at;
  for (uint32_t k = and_at + 1; k < end; ++k) {
    std::string_view w = Word(text_, toks[k]);
    if (Capitalised(w) && !cues_.Has(CueKind::kFunctionWord, w)) {
      last = k;
    } else if (!(IsConnector(w) && k + 1 < end && Capitalised(Word(text_, toks[k + 1])))) {
      break;
    }
  }
  return last > and_at && cues_.Has(CueKind::kOrgKeyword, Word(text_, toks[last]));
}

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

const std::string* Scan::RunKeyword(Range r, CueKind kind) const {
  const std::string* found = nullptr;
  for (uint32_t k = KeywordFrom(r); k < r.end; ++k) {
    if (const std::string* v = cues_.Find(kind, Word(text_, seg_.tokens[k]))) found = v;
  }
  return found;
}

int Scan::AddKbEntity(const kb::Entity* e) {
  auto it = by_id_.find(e->id);
  if (it != by_id_.end()) return it->second;
  DocEntity d{e->id, e->name, e->type, e->country, e->aliases, e};
  if (e->type == "Person" && d.country.empty()) {
    for (const kb::Role* r : linker_.kb().RolesAt(e->id, date_)) {
      if (r->object.starts_with("country:")) d.country = r->object.substr(8);
    }
  }
  for (const auto& c : e->capitals) d.aliases.push_back(c);
  out_.entities.push_back(std::move(d));
  const int idx = static_cast<int>(out_.entities.size() - 1);
  by_id_[e->id] = idx;
  NoteSurname(idx);
  return idx;
}

int Scan::AddLocal(const std::string& prefix, const std::string& type, std::string_view name) {
  std::string id = prefix + base::Slugify(name);
  auto it = by_id_.find(id);
  if (it != by_id_.end()) return it->second;
  out_.entities.push_back({id, std::string(name), type, "", {}, nullptr});
  int idx = static_cast<int>(out_.entities.size() - 1);
  by_id_[id] = idx;
  by_alias_[std::string(name)] = idx;
  NoteSurname(idx);
  return idx;
}

void Scan::AddMention(uint32_t s, uint32_t b, uint32_t e, const std::string& type, int entity) {
  // A leading article is no part of the name ("The New York Times", "the
  // Netherlands" name "New York Times", "Netherlands"), unless it is part of a
  // known place's name that is no name without it ("The Hague").
  if (e - b >= 2 && type != "NORP" && base::AsciiLower(Word(text_, seg_.tokens[b])) == "the") {
    const bool place = entity >= 0 && out_.entities[entity].kb != nullptr && (type == "GPE" || type == "LOC");
    if (!place || gaz_.LongestAt(text_, seg_.tokens, b + 1, e).token_end == e) ++b;
  }
  // "bin Laden", "van Gogh": a lower-case particle before a person's name is
  // part of it where the person's full name holds it there ("Osama bin
  // Laden") or the tagger reads it so.
  if (type == "PERSON" && b > seg_.sentences[s].token_begin) {
    const std::string_view particle = Word(text_, seg_.tokens[b - 1]);
    if (IsNameParticle(particle) && seg_.tokens[b - 1].end < seg_.tokens[b].begin) {
      const std::string joined = std::string(particle) + " " + std::string(Word(text_, seg_.tokens[b]));
      const bool in_name = entity >= 0 && out_.entities[entity].name.find(joined) != std::string::npos;
      if (in_name || TaggerSpanCovers(b - 1, e)) --b;
    }
  }
  Mention m;
  m.sentence = s;
  m.token_begin = b;
  m.token_end = e;
  m.span = {seg_.tokens[b].begin, seg_.tokens[e - 1].end};
  m.type = type;
  m.entity = entity;
  if (type == "PERSON" && pending_title_token_ >= 0) {
    m.title = pending_title_;
    m.title_token = pending_title_token_;
  }
  pending_title_token_ = -1;
  if (entity >= 0) {
    std::string surface(m.span.Of(text_));
    DocEntity& d = out_.entities[entity];
    if (surface != d.name && std::find(d.aliases.begin(), d.aliases.end(), surface) == d.aliases.end() &&
        type != "NORP") {
      d.aliases.push_back(surface);
    }
    by_alias_.emplace(surface, entity);
  }
  out_.mentions.push_back(std::move(m));
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

// "Korea Mining Development Trading Corp (KOMID)": the acronym names the same entity.
uint32_t Scan::AddAcronymAfter(uint32_t s, uint32_t end, int entity) {
  const auto& toks = seg_.tokens;
  const text::Sentence& sent = seg_.sentences[s];
  if (end + 2 >= sent.token_end) return end;
  if (Word(text_, toks[end]) != "(" || Word(text_, toks[end + 2]) != ")") return end;
  std::string_view acr = Word(text_, toks[end + 1]);
  if (!base::IsAllCaps(acr) || acr.size() < 2) return end;
  std::string_view name = out_.entities[entity].name;
  if (name.empty() || acr[0] != name[0]) return end;
  AddMention(s, end + 1, end + 2, out_.mentions.back().type, entity);
  return end + 3;
}

// Whether `word` is one of the words of `name`.
bool NamePart(std::string_view name, std::string_view word) {
  for (const auto& t : text::Tokenize(name)) {
    if (name.substr(t.begin, t.end - t.begin) == word) return true;
  }
  return false;
}

int Scan::SurnameOf(std::string_view word) const {
  auto it = surnames_.find(std::string(word));
  return it == surnames_.end() ? -1 : it->second;
}

void Scan::NoteSurname(int entity) {
  const DocEntity& d = out_.entities[entity];
  if (d.type != "Person") return;
  const auto tokens = text::Tokenize(d.name);
  if (tokens.size() >= 2) surnames_[std::string(tokens.back().span().Of(d.name))] = entity;
}

// "Musavi" after "Sayyed Javad Musavi": a single name word that ends or starts
// a person already named in this document.
int Scan::CorefPartialName(std::string_view name) const {
  if (auto it = by_alias_.find(std::string(name)); it != by_alias_.end()) return it->second;
  for (int i = static_cast<int>(out_.entities.size()) - 1; i >= 0; --i) {
    const DocEntity& d = out_.entities[i];
    if (d.type != "Person") continue;
    std::vector<std::string_view> parts;
    for (const auto& t : text::Tokenize(d.name)) parts.push_back(std::string_view(d.name).substr(t.begin, t.end - t.begin));
    if (!parts.empty() && (parts.back() == name || parts.front() == name)) return i;
  }
  return -1;
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

int Scan::LinkRun(Range r, uint32_t s, bool initial) {
  r.end = EndOfTaggersName(r);
  std::string_view name = text_.substr(seg_.tokens[r.begin].begin,
                                       seg_.tokens[r.end - 1].end - seg_.tokens[r.begin].begin);
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
    if (single) {
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
        e != nullptr && (run_country.empty() || e->country.empty() || e->country == run_country)) {
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
  std::string type;
  std::string ner_type = NerTypeOf(r.begin, r.end);
  if (org) type = *org;
  else if (loc) type = "Location";
  else if (pending_title_token_ >= 0) type = "Person";
  else if (ner_type == "PERSON") type = "Person";
  else if (ner_type == "ORG") type = "Organization";
  else if (ner_type == "LOC" || ner_type == "GPE") type = "Location";
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
  int idx = AddLocal(prefix, type, name);
  if (type != "Person" && out_.entities[idx].country.empty()) out_.entities[idx].country = run_country;
  AddMention(s, r.begin, r.end, type == "Person" ? "PERSON" : type == "Location" ? "LOC" : "ORG", idx);
  return idx;
}

void Scan::ScanSentence(uint32_t s) {
  const text::Sentence& sent = seg_.sentences[s];
  const auto& toks = seg_.tokens;
  pending_title_token_ = -1;
  for (uint32_t i = sent.token_begin; i < sent.token_end;) {
    std::string_view w = Word(text_, toks[i]);
    bool initial = i == sent.token_begin;
    if (!initial) {
      std::string_view prev = Word(text_, toks[i - 1]);
      int len;
      char32_t p = base::DecodeUtf8(prev, 0, &len);
      initial = base::IsQuote(p) || prev == ":" || prev == "(";
    }
    if (CurrencyPrefix(i)) {
      ++i;
      continue;
    }
    std::string title, value;
    if (uint32_t n = TitleAt(i, sent.token_end, &title, &value); n > 0) {
      // "Deputy Prime Minister", "Governor General": titles in a row are one
      // title, named by the first ("Deputy" holds no office of its own).
      for (std::string t, v; i + n < sent.token_end;) {
        const uint32_t more = TitleAt(i + n, sent.token_end, &t, &v);
        if (more == 0) break;
        n += more;
      }
      bool name_follows = i + n < sent.token_end && Capitalised(Word(text_, toks[i + n]));
      // A title of two or more words that no name follows names an office,
      // nobody and nothing ("the Minister of Foreign Affairs of Costa Rica").
      if (!name_follows && n >= 2) {
        i += n;
        continue;
      }
      // So does a title before "of": "the Governor of Al-Hudaydah Governorate"
      // names the governorate, not a place called "Governor of ...".
      if (!name_follows && i + n + 1 < sent.token_end && Word(text_, toks[i + n]) == "of") {
        i += n + 1;
        continue;
      }
      // A known body or place whose name opens with the title word is that
      // name ("Premier League", "Prince Edward Island"); a known person's
      // ("King Fahd") keeps the title.
      if (name_follows) {
        const kb::GazetteerMatch known = gaz_.LongestAt(text_, toks, i, sent.token_end);
        const NameEntry* e = BestEntry(known.entries);
        if (e != nullptr && known.token_end > i + n && e->entity->type != "Person") name_follows = false;
        // So is a name the tagger reads from the title word on as no person's
        // ("King Fahd International Airport", "General Staff"), unless it is
        // the title and one proper name ("Justice Scalia" is a judge,
        // whatever the tagger says).
        if (name_follows && ner_ != nullptr) {
          for (const NerSpan& t : *ner_) {
            if (t.token_begin != i || t.token_end <= i + n || t.type == "PERSON") continue;
            const Range tagged{i, t.token_end};
            const bool title_and_name = t.token_end == i + n + 1 && pos_ && pos_(i + n) == "PROPN" &&
                                        !RunKeyword(tagged, CueKind::kOrgKeyword) &&
                                        !RunKeyword(tagged, CueKind::kLocKeyword) &&
                                        !RunKeyword(tagged, CueKind::kMiscKeyword);
            if (!title_and_name) name_follows = false;
          }
        }
      }
      if (name_follows) {
        pending_title_ = title;
        pending_title_token_ = static_cast<int32_t>(i);
        i += n;
        continue;
      }
    }
    if (!Capitalised(w)) {
      // "al-Qaeda": a lower-case article joined to a name.
      kb::GazetteerMatch g = gaz_.LongestAt(text_, toks, i, sent.token_end);
      if (!g.entries.empty()) {
        const NameEntry* e = BestEntry(g.entries);
        // "the al-Mahrah Governorate": a place keyword after the name is part of it.
        uint32_t end = g.token_end;
        if (end < sent.token_end && NamesPlace(*e) && cues_.Has(CueKind::kLocKeyword, Word(text_, toks[end])) &&
            !(end + 1 < sent.token_end && Capitalised(Word(text_, toks[end + 1])))) {
          ++end;
        }
        AddMention(s, g.token_begin, end, MentionTypeOf(*e), AddKbEntity(e->entity));
        i = end;
      } else if (const uint32_t end = LowerCaseKnownName(s, i); end > i) {
        i = end;
      } else {
        ++i;
      }
      continue;
    }
    kb::GazetteerMatch g = gaz_.LongestAt(text_, toks, i, sent.token_end);
    bool function_word = cues_.Has(CueKind::kFunctionWord, w);
    // "Just Stop Oil", "Early Rain Covenant Church": a function word opening
    // a name the tagger reads whole from it (an article never: "The").
    if (g.entries.empty() && function_word &&
        !(w != "The" && w != "A" && w != "An" && TaggerSpanStartsAt(i, 2))) {
      ++i;
      continue;
    }
    Range r = RunAt(i, sent.token_end);
    if (function_word && r.end - r.begin == 1) r = {i, i};
    r.end = LegalFormAfter(r, sent.token_end);
    // "the Sudanese Armed Forces Halima Yusuf said": a person the tagger found
    // after a keyword ends the run.
    r.end = PersonAfterKeyword(r);
    // "on"/"for" join a body's name after its keyword ("Council on Foreign
    // Relations", "Commission for Human Rights"), never a place's ("Gulf of
    // America on Google Maps for US users").
    for (uint32_t k = r.begin + 1; k + 1 < r.end; ++k) {
      const std::string_view c = Word(text_, toks[k]);
      if (c != "on" && c != "for") continue;
      if (IsDashToken(Word(text_, toks[k - 1])) && toks[k].begin == toks[k - 1].end) continue;
      if (!RunKeyword({r.begin, k}, CueKind::kOrgKeyword) && !RunKeyword({r.begin, k}, CueKind::kMiscKeyword)) {
        r.end = k;
        break;
      }
    }
    bool run_typed = r.end > r.begin && (RunKeyword(r, CueKind::kOrgKeyword) || RunKeyword(r, CueKind::kLocKeyword) ||
                                         RunKeyword(r, CueKind::kMiscKeyword));
    // "Democratic Republic of Viet-Nam", "Federal Republic of Germany": a
    // state's form, "of" and a known state's name are that state.
    // (A name the knowledge base knows whole is its own: "Republic of China".)
    if (const int state = g.token_end >= r.end && !g.entries.empty() ? -1 : StateByFormalName(r); state >= 0) {
      AddMention(s, r.begin, r.end, "GPE", state);
      i = r.end;
      continue;
    }
    // Without a keyword a run does not cross "of"/"for" ("Thousands of Peruvians"),
    // nor a name particle unless the tagger reads the run as one name
    // ("Maguindanao del Sur").
    bool particle_joined = false;
    for (uint32_t k = r.begin + 1; !run_typed && k < r.end; ++k) {
      const std::string_view c = Word(text_, toks[k]);
      if (!IsConnector(c)) continue;
      // "Rostov-on-Don": a connector inside a hyphenated word.
      if (IsDashToken(Word(text_, toks[k - 1])) && toks[k].begin == toks[k - 1].end) continue;
      if (IsNameParticle(c) && TaggerSpanIs(r, {"LOC", "GPE", "ORG", "PERSON"})) {
        particle_joined = true;
        continue;
      }
      r.end = k;
      particle_joined = false;
    }
    if (!g.entries.empty() && !CityInContext(g, function_word)) g.entries.clear();
    // "Robert F. Kennedy Jr." is not the known Robert F. Kennedy: the son's name
    // is the whole run.
    if (!g.entries.empty() && g.token_end < r.end && BestEntry(g.entries)->entity->type == "Person" &&
        cues_.Has(CueKind::kNameSuffix, Word(text_, toks[g.token_end]))) {
      g.entries.clear();
    }
    // A known place opening a longer name the tagger reads whole as an
    // organisation or a place ("Palestine Action", "Negros Occidental"; a
    // person's reading is not trusted after a place's name: "Chile Adaeze
    // Okonkwo" of "envoy to Chile Adaeze Okonkwo"), or as a person after a
    // demonym or a body's name ("Christian Schmidt", "German Galushchenko",
    // "Rafael López Aliaga").
    const bool tagger_whole = !run_typed && r.end > g.token_end &&
                              (particle_joined || TaggerSpanIs(r, {"ORG", "LOC", "GPE"}) ||
                               (!g.entries.empty() && !NamesPlace(*BestEntry(g.entries)) &&
                                TaggerSpanIs(r, {"PERSON"})));
    // "Péter Magyar ... whom Magyar accuses": the surname of a person named
    // before in the document is that person, not the known name it spells.
    if (!g.entries.empty() && g.token_end == i + 1 && r.end <= g.token_end) {
      if (const int person = SurnameOf(w); person >= 0) {
        AddMention(s, i, i + 1, "PERSON", person);
        ++i;
        continue;
      }
    }
    if (!g.entries.empty() && (r.end <= g.token_end || (!run_typed && !tagger_whole))) {
      const NameEntry* e = BestEntry(g.entries);
      int idx = AddKbEntity(e->entity);
      AddMention(s, g.token_begin, g.token_end, MentionTypeOf(*e), idx);
      i = AddAcronymAfter(s, g.token_end, idx);
      continue;
    }
    if (r.end <= r.begin) {
      ++i;
      continue;
    }
    if (TryRegime(r, sent.token_end, s)) {
      i = out_.mentions.back().token_end;
      continue;
    }
    // A sentence opener the POS tagger reads as no noun or name and the NER as
    // no part of a name ("Welcome Darin", "Try Varkala").
    if (initial && r.end - r.begin >= 2 && CommonWord(r.begin) &&
        !TaggerSpanCovers(r.begin, r.begin + 1) &&
        gaz_.LongestAt(text_, toks, r.begin, r.begin + 1).entries.empty()) {
      ++i;
      continue;
    }
    // A capitalised sentence opener before a known name: "Later Musavi said".
    // ("Australian House of Representatives member ...": not a state's demonym.)
    // But "Adaeze Okonkwo" again at a sentence start is the whole name.
    // ("Péter Magyar", which the tagger reads as one person, is no opener before
    // a demonym.)
    if (initial && r.end - r.begin >= 2 && gaz_.LongestAt(text_, toks, r.begin, r.begin + 1).entries.empty() &&
        !TaggerSpanIs(r, {"PERSON"})) {
      std::string_view tail = text_.substr(toks[r.begin + 1].begin, toks[r.end - 1].end - toks[r.begin + 1].begin);
      const int person = CorefPartialName(tail);
      if ((person >= 0 && !NamePart(out_.entities[person].name, w)) ||
          (person < 0 && !gaz_.LongestAt(text_, toks, r.begin + 1, r.end).entries.empty())) {
        ++i;
        continue;
      }
    }
    // "Astronauts Sunita Williams", "Camerlengo Kevin Farrell": a word before
    // a full name the tagger reads as a person, with no keyword in the run, no
    // name of its own and no honorific ("Sheikh Tamim bin Hamad" is the name
    // as written), describes the person and is no part of the name.
    if (const uint32_t p = PersonAtRunEnd(r); p > r.begin && !run_typed &&
        gaz_.LongestAt(text_, toks, r.begin, r.begin + 1).entries.empty() &&
        !(linker_.matcher() != nullptr && linker_.matcher()->IsHonorific(w))) {
      i = p;
      continue;
    }
    int idx = LinkRun(r, s, initial);
    i = idx >= 0 ? AddAcronymAfter(s, r.end, idx) : r.end;
  }
}

bool Scan::CurrencyPrefix(uint32_t i) const {
  const auto& toks = seg_.tokens;
  if (i + 1 >= toks.size() || toks[i + 1].begin != toks[i].end) return false;
  return base::IsCurrencySign(Word(text_, toks[i + 1]));
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
  if (g.token_begin > 0) {
    std::string prev = base::AsciiLower(Word(text_, seg_.tokens[g.token_begin - 1]));
    if (prev == "in" || prev == "at" || prev == "from" || prev == "to" || prev == "near" ||
        prev == "outside" || prev == "of") {
      return true;
    }
  }
  return g.token_end + 1 < seg_.tokens.size() && Word(text_, seg_.tokens[g.token_end]) == "," &&
         !gaz_.LongestAt(text_, seg_.tokens, g.token_end + 1, static_cast<uint32_t>(seg_.tokens.size()))
              .entries.empty();
}

uint32_t Scan::PersonAfterKeyword(Range r) const {
  if (ner_ == nullptr) return r.end;
  // The first word after `from` where a tagged person inside the run starts.
  auto person_after = [&](uint32_t from) {
    uint32_t first = r.end;
    for (const NerSpan& n : *ner_) {
      if (n.type == "PERSON" && n.token_begin > from && n.token_end <= r.end) first = std::min(first, n.token_begin);
    }
    return first;
  };
  if (person_after(r.begin) == r.end) return r.end;  // most runs: no word looked up
  uint32_t keyword = r.begin;
  while (keyword < r.end && !cues_.Has(CueKind::kOrgKeyword, Word(text_, seg_.tokens[keyword])) &&
         !cues_.Has(CueKind::kLocKeyword, Word(text_, seg_.tokens[keyword]))) {
    ++keyword;
  }
  return keyword < r.end ? person_after(keyword) : r.end;
}

bool Scan::TaggerReadsOtherwise(Range r) const {
  if (ner_ == nullptr) return false;
  for (uint32_t k = r.begin + 1; k < r.end; ++k) {
    if (IsDashToken(Word(text_, seg_.tokens[k]))) return false;  // the tagger splits hyphenated names
  }
  // Words the rules already named before the run ("Ghana" of the tagger's
  // "Ghana Adaeze Okonkwo") do not count as the tagger's other reading.
  auto named = [&](uint32_t k) {
    for (auto m = out_.mentions.rbegin(); m != out_.mentions.rend() && m->token_end > k; ++m) {
      if (m->token_begin <= k) return true;
    }
    return false;
  };
  bool other = false;
  for (const NerSpan& n : *ner_) {
    if (n.token_end <= r.begin || n.token_begin >= r.end) continue;
    if (n.token_begin == r.begin && n.token_end == r.end) return false;
    const bool crosses_start = n.token_begin < r.begin && !named(r.begin - 1);
    other = other || n.token_begin == r.begin || crosses_start || n.token_end > r.end;
  }
  return other;
}

uint32_t Scan::EndOfTaggersName(Range r) const {
  if (ner_ == nullptr || r.end - r.begin < 2) return r.end;
  for (const NerSpan& n : *ner_) {
    if (n.token_begin != r.begin || n.token_end >= r.end || n.token_end <= r.begin) continue;
    const Range name{n.token_begin, n.token_end}, rest{n.token_end, r.end};
    const bool keyword = RunKeyword(name, CueKind::kOrgKeyword) || RunKeyword(name, CueKind::kLocKeyword);
    const bool keyword_after = RunKeyword(rest, CueKind::kOrgKeyword) || RunKeyword(rest, CueKind::kLocKeyword) ||
                               RunKeyword(rest, CueKind::kMiscKeyword);
    // "Acme Holdings, S.A.": a legal form after the tagger's name is part of it.
    if (!keyword || keyword_after || LegalFormAfter(name, r.end) == r.end) return r.end;
    // Not where the rest goes on with a lower-case word: the tail of one long
    // name the tagger cut short ("Motion Picture Association of America").
    const unsigned char c = static_cast<unsigned char>(Word(text_, seg_.tokens[rest.begin])[0]);
    return (c >= 'a' && c <= 'z') ? r.end : n.token_end;
  }
  return r.end;
}

uint32_t Scan::PersonAtRunEnd(Range r) const {
  if (ner_ == nullptr) return r.begin;
  for (const NerSpan& n : *ner_) {
    if (n.token_end != r.end || n.token_begin <= r.begin || n.token_begin >= r.end ||
        n.token_end - n.token_begin < 2 || n.type != "PERSON") {
      continue;
    }
    for (uint32_t k = r.begin; k < n.token_begin; ++k) {
      if (TaggerSpanCovers(k, k + 1)) return r.begin;
    }
    return n.token_begin;
  }
  return r.begin;
}

bool Scan::CommonWord(uint32_t k) const {
  if (!pos_) return false;
  const std::string_view p = pos_(k);
  return !p.empty() && p != "NOUN" && p != "PROPN" && p != "X" && p != "SYM";
}

uint32_t Scan::LowerCaseKnownName(uint32_t s, uint32_t i) {
  const text::Sentence& sent = seg_.sentences[s];
  const auto& toks = seg_.tokens;
  if (!pos_ || Word(text_, toks[i]).size() < 3) return i;
  // Most words are no proper noun and follow no place's preposition: no lookup.
  const std::string_view first_pos = pos_(i);
  std::string_view prev = i > sent.token_begin ? Word(text_, toks[i - 1]) : std::string_view();
  // (Fewer words than CityInContext's: in lower-case text "of man" is no town.)
  const bool after_place_word = prev == "in" || prev == "from" || prev == "to" || prev == "at" || prev == "near";
  if (first_pos != "PROPN" && !(first_pos == "NOUN" && after_place_word)) return i;
  if (CaseInformative(s)) return i;
  const kb::GazetteerMatch g = gaz_.LongestAt(text_, toks, i, sent.token_end, /*any_case=*/true);
  const NameEntry* e = nullptr;
  for (const NameEntry* c : g.entries) {
    if (LowerCaseReadable(*c)) {  // no person's: "bush", "rice", "may"
      e = c;
      break;
    }
  }
  if (e == nullptr || TaggerSpanCovers(g.token_begin, g.token_begin + 1)) return i;
  const std::string_view last_pos = pos_(g.token_end - 1);
  // A town's name may be a word ("... have been in denial to date"): after a
  // preposition a town counts only in a sentence that does not even start
  // with a capital ("does teacher's camp in baguio accommodate ...").
  const bool town = IsTown(*e->entity);
  const std::string_view opener = Word(text_, toks[sent.token_begin]);
  const bool all_lower = !opener.empty() && !(opener[0] >= 'A' && opener[0] <= 'Z');
  if (last_pos != "PROPN" && !(after_place_word && NamesPlace(*e) && (!town || all_lower) && last_pos == "NOUN")) {
    return i;
  }
  AddMention(s, g.token_begin, g.token_end, MentionTypeOf(*e), AddKbEntity(e->entity));
  return g.token_end;
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

bool Scan::TaggerSpanStartsAt(uint32_t b, uint32_t min_words) const {
  if (ner_ == nullptr) return false;
  for (const NerSpan& n : *ner_) {
    if (n.token_begin == b && n.token_end >= b + min_words) return true;
  }
  return false;
}

bool Scan::TaggerSpanCovers(uint32_t b, uint32_t e) const {
  if (ner_ == nullptr) return false;
  for (const NerSpan& n : *ner_) {
    if (n.token_begin <= b && e <= n.token_end) return true;
  }
  return false;
}

bool Scan::TaggerSpanIs(Range r, std::initializer_list<std::string_view> types) const {
  if (ner_ == nullptr) return false;
  for (const NerSpan& n : *ner_) {
    if (n.token_begin == r.begin && n.token_end == r.end) {
      return std::find(types.begin(), types.end(), n.type) != types.end();
    }
  }
  return false;
}

std::string Scan::NerTypeOf(uint32_t b, uint32_t e) const {
  if (ner_ == nullptr) return "";
  for (const NerSpan& n : *ner_) {
    if (n.token_begin < e && b < n.token_end) return n.type;
  }
  return "";
}

// Whether no word of the span starts with a capital (or a digit, or a
// non-ASCII letter, whose case this check does not read).
bool Scan::LowerCaseSpan(const NerSpan& n) const {
  for (uint32_t k = n.token_begin; k < n.token_end; ++k) {
    const std::string_view w = Word(text_, seg_.tokens[k]);
    if (w.empty()) continue;
    const unsigned char c = static_cast<unsigned char>(w[0]);
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80) return false;
  }
  return true;
}

bool Scan::Shouting(uint32_t s) const {
  const text::Sentence& sent = seg_.sentences[s];
  int words = 0, capitals = 0;
  for (uint32_t k = sent.token_begin; k < sent.token_end; ++k) {
    const std::string_view w = Word(text_, seg_.tokens[k]);
    if (w.size() < 2 || !((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'))) continue;
    ++words;
    capitals += base::IsAllCaps(w);
  }
  return 2 * capitals > words;
}

// Whether capitals in sentence s tell names apart: some word after the first
// starts with one (an all-lower-case text gives no such signal).
bool Scan::CaseInformative(uint32_t s) const {
  if (static_cast<int64_t>(s) == case_sentence_) return case_informative_;
  const text::Sentence& sent = seg_.sentences[s];
  bool informative = false;
  for (uint32_t k = sent.token_begin + 1; k < sent.token_end && !informative; ++k) {
    const std::string_view w = Word(text_, seg_.tokens[k]);
    informative = !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && w != "I";
  }
  case_sentence_ = s;  // asked for every lower-case word of the sentence: remember it
  case_informative_ = informative;
  return informative;
}

void Scan::AddNerMentions(const std::vector<NerSpan>& ner) {
  for (const NerSpan& tagged : ner) {
    NerSpan n = tagged;
    // "The National Weather Service": an article opening the tagger's span is
    // no part of the name (names the knowledge base writes with one, such as
    // "The Hague", are found by the rules before the tagger's spans).
    if (n.token_end - n.token_begin > 1) {
      const std::string_view first = Word(text_, seg_.tokens[n.token_begin]);
      if (first == "The" || first == "the" || first == "A" || first == "An") ++n.token_begin;
    }
    bool overlaps = false;
    for (const Mention& m : out_.mentions) {
      if (m.token_begin < n.token_end && n.token_begin < m.token_end) overlaps = true;
    }
    if (overlaps || n.token_end <= n.token_begin) continue;
    uint32_t s = 0;
    while (s + 1 < seg_.sentences.size() && seg_.sentences[s].token_end <= n.token_begin) ++s;
    std::string_view name = text_.substr(seg_.tokens[n.token_begin].begin,
                                         seg_.tokens[n.token_end - 1].end - seg_.tokens[n.token_begin].begin);
    if (cues_.Has(CueKind::kFunctionWord, name) || cues_.Has(CueKind::kLegalForm, name)) continue;
    // A lower-case span in a sentence that writes names with capitals is no
    // name ("to sue the BBC"), unless it spells a state, region or body of the
    // knowledge base ("living in malaysia"; a town's name may be a word: "man",
    // "date").
    if (LowerCaseSpan(n) && CaseInformative(s)) {
      bool known = false;
      for (const NameEntry* k : gaz_.Lookup(name)) known = known || (LowerCaseReadable(*k) && !IsTown(*k->entity));
      if (!known) continue;
    }
    // "Baz, L.L.C.": the legal form after the tagger's name makes it a company's.
    if (const uint32_t end = LegalFormAfter({n.token_begin, n.token_end}, seg_.sentences[s].token_end);
        end > n.token_end) {
      bool free = true;
      for (const Mention& m : out_.mentions) free = free && (m.token_end <= n.token_begin || m.token_begin >= end);
      if (free) {
        n.token_end = end;
        n.type = "ORG";
        name = text_.substr(seg_.tokens[n.token_begin].begin,
                            seg_.tokens[n.token_end - 1].end - seg_.tokens[n.token_begin].begin);
      }
    }
    if (CurrencyPrefix(n.token_end - 1)) continue;
    int idx = -1;
    std::string type = n.type;
    // A known name of the kind the tagger reads (the tagger's person "Norton"
    // is no town Norton).
    const NameEntry* e = BestEntry(gaz_.Lookup(name));
    if (e != nullptr && (e->entity->type == "Person") != (n.type == "PERSON")) e = nullptr;
    if (e != nullptr) {
      idx = AddKbEntity(e->entity);
      // A known state is a GPE whatever place type the tagger gives it.
      const std::string known = MentionTypeOf(*e);
      if ((type == "LOC" || type == "GPE") && (known == "LOC" || known == "GPE")) type = known;
    } else if (int c = CorefPartialName(name); c >= 0) {
      // A name seen before in the document is typed as its entity ("in
      // Fallujah" ... "found in Fallujah", whatever the tagger said the second time).
      idx = c;
      type = MentionTypeOf(out_.entities[c]);
    } else if (n.type == "PERSON") {
      idx = AddLocal("person:", "Person", name);
    } else if (n.type == "ORG") {
      idx = AddLocal("org:", "Organization", name);
    } else if (n.type == "LOC" || n.type == "GPE") {
      idx = AddLocal("loc:", "Location", name);
    }
    if (type != "PERSON" && type != "ORG" && type != "LOC" && type != "GPE" && type != "NORP") continue;
    pending_title_token_ = -1;
    AddMention(s, n.token_begin, n.token_end, type, idx);
  }
}

// "Iran and North Korea", "the US and the UN": mentions joined by "and" / ",".
void Scan::FindGroups() {
  const auto& ms = out_.mentions;
  // Demonyms modify ("US and South Korean officials"): only names form groups.
  auto member = [&](size_t i) { return ms[i].entity >= 0 && ms[i].type != "NORP"; };
  for (size_t a = 0; a < ms.size(); ++a) {
    if (!member(a)) continue;
    Group g{{ms[a].entity}, ms[a].token_end};
    size_t b = a;
    bool has_and = false;
    while (b + 1 < ms.size() && ms[b + 1].sentence == ms[a].sentence && member(b + 1)) {
      bool joined = false;
      for (uint32_t k = ms[b].token_end; k < ms[b + 1].token_begin; ++k) {
        std::string_view w = Word(text_, seg_.tokens[k]);
        if (w == "and" || w == "," || w == "the" || w == "&") {
          joined = true;
          has_and = has_and || w == "and" || w == "&";
        } else {
          joined = false;
          break;
        }
      }
      if (!joined || ms[b + 1].token_begin - ms[b].token_end > 3) break;
      ++b;
      if (std::find(g.entities.begin(), g.entities.end(), ms[b].entity) == g.entities.end()) {
        g.entities.push_back(ms[b].entity);
      }
      g.token_end = ms[b].token_end;
    }
    if (g.entities.size() >= 2 && has_and) {
      out_.groups.push_back(g);
      a = b;
    }
  }
}

}  // namespace

int Linking::MentionAt(uint32_t token) const {
  auto it = std::upper_bound(mentions.begin(), mentions.end(), token,
                             [](uint32_t t, const Mention& m) { return t < m.token_begin; });
  if (it == mentions.begin()) return -1;
  --it;
  return token < it->token_end ? static_cast<int>(it - mentions.begin()) : -1;
}

Linker::Linker(const kb::KnowledgeBase& kb, const kb::Gazetteer& gazetteer, const Cues& cues,
               const kb::NameMatcher* matcher)
    : kb_(kb), gazetteer_(gazetteer), cues_(cues), matcher_(matcher) {
  for (const kb::Entity& e : kb.entities()) {
    if (e.type != "Person") continue;
    std::vector<text::Token> toks = text::Tokenize(e.name);
    // Surnames come last in "Donald Trump"; hyphenated given names ("Kim Jong-un")
    // end in a syllable, not a surname, and are left out.
    if (toks.size() < 2 || IsDashToken(Word(e.name, toks[toks.size() - 2]))) continue;
    by_surname_[std::string(Word(e.name, toks.back()))].push_back(&e);
  }
}

const kb::Entity* Linker::PersonBySurname(std::string_view word, std::string_view date) const {
  auto it = by_surname_.find(std::string(word));
  if (it == by_surname_.end()) return nullptr;
  const kb::Entity* found = nullptr;
  for (const kb::Entity* e : it->second) {
    // Only a person holding an office or membership (roles.tsv), at `date`
    // when there is one: "Bell" is no bare surname of Alexander Graham Bell.
    if (kb_.RolesAt(e->id, date).empty()) continue;
    if (found != nullptr) return nullptr;
    found = e;
  }
  return found;
}

Linking Linker::Link(std::string_view text, const text::Segmentation& seg, std::string_view date,
                     const std::vector<NerSpan>* ner, const TokenPos& pos) const {
  Scan scan(*this, gazetteer_, text, seg, date);
  return scan.Run(ner, pos);
}

}  // namespace dossier::link
