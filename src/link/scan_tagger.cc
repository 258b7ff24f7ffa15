// What the linker's scan (see scan.h) reads from the statistical tagger's spans
// (TaggerSpan*, NerTypeOf, TaggerReadsOtherwise, EndOfTaggersName,
// PersonAtRunEnd, PersonAfterKeyword), the POS tags (CommonWord) and the case
// of the text (LowerCaseKnownName, LowerCaseSpan, Shouting, CaseInformative),
// and the tagger's own mentions the rules missed (AddNerMentions).
#include <algorithm>
#include <string>

#include "base/strings.h"
#include "link/scan.h"

namespace dossier::link::detail {

namespace {

// A name of a place or body, not a person's, that may be read in any case:
// its own name or an alias, not an acronym-like name that must keep its case.
bool LowerCaseReadable(const NameEntry& e) {
  return !e.exact_case && e.entity->type != "Person" &&
         (e.kind == NameKind::kName || e.kind == NameKind::kAlias);
}

}  // namespace

uint32_t Scan::PersonAfterKeyword(Range r) const {
  if (ner_ == nullptr) return r.end;
  // The first word after `from` where a tagged person inside the run starts.
  auto person_after = [&](uint32_t from) {
    uint32_t first = r.end;
    for (const NerSpan& n : *ner_) {
      // ("Golden Lotus Energy Pte Ltd": no person starts at a legal form; nor
      // after a connector: "Sindicato dos Trabalhadores Portuários do Sul".)
      if (n.type == "PERSON" && n.token_begin > from && n.token_end <= r.end &&
          !cues_.Has(CueKind::kLegalForm, Word(text_, seg_.tokens[n.token_begin])) &&
          !IsNameParticle(Word(text_, seg_.tokens[n.token_begin - 1]))) {
        first = std::min(first, n.token_begin);
      }
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
    if (base::IsDashWord(Word(text_, seg_.tokens[k]))) return false;  // the tagger splits hyphenated names
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
    // ("Sindicato dos | Trabalhadores Portuários do Sul": no name ends in a
    // connector.)
    if (IsConnector(Word(text_, seg_.tokens[n.token_end - 1]))) return r.end;
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
    // ("Spokesperson Tammy Bruce - Washington, DC": a dash with spaces on
    // both sides ends the name.)
    if (const uint32_t dash = SpacedDashIn(n.token_begin + 1, n.token_end - 1); dash + 1 < n.token_end) {
      n.token_end = dash;
    }
    bool overlaps = false;
    for (const Mention& m : out_.mentions) {
      if (m.token_begin < n.token_end && n.token_begin < m.token_end) overlaps = true;
      // ("Minister for Pacific Island Affairs Claire Hennessy": the tagger's
      // name that is a person's whole title is the title.)
      overlaps = overlaps || (m.title_token == static_cast<int32_t>(n.token_begin) && n.token_end == m.token_begin);
    }
    if (overlaps || n.token_end <= n.token_begin) continue;
    uint32_t s = 0;
    while (s + 1 < seg_.sentences.size() && seg_.sentences[s].token_end <= n.token_begin) ++s;
    std::string_view name = text_.substr(seg_.tokens[n.token_begin].begin,
                                         seg_.tokens[n.token_end - 1].end - seg_.tokens[n.token_begin].begin);
    if (cues_.Has(CueKind::kFunctionWord, name) || cues_.Has(CueKind::kLegalForm, name)) continue;
    if (PlatformLetter(n.token_begin, n.token_end)) continue;
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
    const NameEntry* e = PlaceEntry(gaz_.Lookup(name), n.token_end, seg_.sentences[s].token_end);
    if (e != nullptr && (e->entity->type == "Person") != (n.type == "PERSON")) e = nullptr;
    if (e != nullptr) {
      idx = AddKbEntity(e->entity);
      // A known state is a GPE whatever place type the tagger gives it.
      const std::string known = MentionTypeOf(*e);
      if ((type == "LOC" || type == "GPE") && (known == "LOC" || known == "GPE")) type = known;
    } else if (int c = CorefPartialName(name, n.token_begin); c >= 0) {
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

}  // namespace dossier::link::detail
