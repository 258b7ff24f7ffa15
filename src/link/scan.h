// Internal to the linker: include it only from src/link's own .cc files; it is
// no part of the linker's interface (link/linker.h).
//
// Scan is the per-document state of one Linker::Link() call: the left-to-right
// scan over a document's sentences that finds its mentions and entities (the
// algorithm is outlined at the top of linker.cc). Its methods are split by what
// they do:
//   scan.cc         the scan itself: sentences, titles, capitalised runs, the
//                   entities and mentions it adds, and groups of names;
//   scan_names.cc   typing and linking a run: keywords, legal forms, acronyms,
//                   surnames and partial names, "<leader> regime", states'
//                   formal names, currency prefixes and one-word cities;
//   scan_places.cc  which place a name is where the text tells ("Tripoli,
//                   Lebanon"), and "the North" after "North Korea";
//   scan_tagger.cc  what the statistical tagger, the POS tagger and the case of
//                   the text say, and the tagger's own mentions;
//   scan_bodies.cc  a state's bodies named by common nouns ("Belarus's foreign
//                   ministry").
// The small word and knowledge-base helpers below are shared by those files
// and linker.cc.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/utf8.h"
#include "link/linker.h"

namespace dossier::link::detail {

using kb::NameEntry;
using kb::NameKind;

inline std::string_view Word(std::string_view text, const text::Token& t) { return t.span().Of(text); }

inline bool Capitalised(std::string_view w) {
  if (w.empty()) return false;
  int len;
  return base::IsUpper(base::DecodeUtf8(w, 0, &len));
}

// "d'Exploitation", "l'Ouest", "dell'Energia": a name word after an elided
// particle (French, Italian), which the segmenter keeps as one token.
inline bool ElidedNameWord(std::string_view w) {
  for (std::string_view p : {"d'", "l'", "dell'", "d\u2019", "l\u2019", "dell\u2019"}) {
    if (w.size() > p.size() && w.starts_with(p)) return Capitalised(w.substr(p.size()));
  }
  return false;
}

// A lower-case particle inside a name ("Maguindanao del Sur", "Lula da Silva").
inline bool IsNameParticle(std::string_view w) {
  // ("Sindicato dos Trabalhadores Portuários do Sul", "José Eduardo dos
  // Santos", "Banca della Svizzera".)
  static const std::string_view kParticles[] = {"de",  "du",  "del", "da",  "al",  "bin", "ibn", "von", "van",
                                                "der", "la",  "le",  "dos", "das", "do",  "des", "di",  "della"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// A word that joins the parts of a name: a particle, or "of", "for", "the", "on", "&"
// (or French "pour": "Union pour la Renaissance du Nord"; German "am":
// "Higher Regional Court of Frankfurt am Main").
inline bool IsConnector(std::string_view w) {
  return w == "of" || w == "for" || w == "the" || w == "on" || w == "&" || w == "pour" || w == "am" ||
         IsNameParticle(w);
}

// The mention type of a knowledge-base entity: a city in a known country is a GPE.
inline std::string MentionTypeOf(const kb::Entity& e) {
  if (e.type == "Country") return "GPE";
  if (e.type == "Location") return e.id.starts_with("loc:") && !e.country.empty() ? "GPE" : "LOC";
  if (e.type == "Person") return "PERSON";
  return "ORG";
}

inline std::string MentionTypeOf(const NameEntry& e) {
  if (e.kind == NameKind::kDemonym || e.entity->type == "Thing") return "NORP";
  return MentionTypeOf(*e.entity);
}

// Whether the entry names a place itself (not its people, as a demonym does).
inline bool NamesPlace(const NameEntry& e) {
  return e.kind != NameKind::kDemonym && (e.entity->type == "Country" || e.entity->type == "Location");
}

// A GeoNames town: a Location with no place kind (states, regions and seas
// have one). A town's name may also be a word or a person's name.
inline bool IsTown(const kb::Entity& e) { return e.type == "Location" && e.sector.empty(); }

// The mention type of a later name of an entity already in the document.
inline std::string MentionTypeOf(const DocEntity& d) {
  if (d.kb != nullptr) return MentionTypeOf(*d.kb);
  if (d.type == "Person") return "PERSON";
  if (d.type == "Location") return "LOC";
  return "ORG";
}

inline int KindRank(NameKind k) {
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
inline const NameEntry* BestEntry(const std::vector<const NameEntry*>& entries) {
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

// A state's first demonym ("Belarusian"), or "" when the tables give none.
inline std::string DemonymOf(const DocEntity& state) {
  return state.kb != nullptr && !state.kb->demonyms.empty() ? state.kb->demonyms[0] : "";
}

// A body's name with its state: "Belarusian Foreign Ministry", or "Navy of
// Zemblavia" for a state no demonym is known for.
inline std::string StateQualifiedName(const DocEntity& state, std::string_view body) {
  const std::string demonym = DemonymOf(state);
  return demonym.empty() ? std::string(body) + " of " + state.name : demonym + " " + std::string(body);
}

// Adds `surface` to d's aliases unless it is d's name or one of them already.
inline void AddAlias(DocEntity* d, std::string surface) {
  if (surface != d->name && std::find(d->aliases.begin(), d->aliases.end(), surface) == d->aliases.end()) {
    d->aliases.push_back(std::move(surface));
  }
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
  // The state named so far in the document whose name "the North" or "the
  // South" at token i opens ("the North" after "North Korea"), or -1 (none,
  // or two such: "North Korea" and "North Macedonia").
  int StateByHalf(uint32_t i, uint32_t end) const;
  // The entry of a place name that the text places, among entries for places
  // in different states: "Tripoli, Lebanon" (a state named right after a
  // comma, up to `limit`); else, for a town, the one other state the document
  // has named (before it, or anywhere in its sentence) when it has not named
  // the town's usual state ("Pakistani troops near Hyderabad"). BestEntry
  // otherwise; capitals, provinces and states keep
  // their reading without the comma ("Paris" in a story about the United
  // States is still Paris).
  const NameEntry* PlaceEntry(const std::vector<const NameEntry*>& entries, uint32_t end, uint32_t limit) const;
  // Length (in tokens) of a title starting at i, and its value.
  uint32_t TitleAt(uint32_t i, uint32_t end, std::string* title, std::string* value) const;
  // Words of a portfolio after the n-word title at i ("for Foreign Affairs"),
  // appended to *title (value from the office it names); 0 when none.
  uint32_t PortfolioAfter(uint32_t i, uint32_t n, uint32_t end, std::string* title, std::string* value) const;
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
  // The value of the last cue of `kind` among the words of r from KeywordFrom(r),
  // up to an "of" after one ("Ministry of Energy" is a public body).
  const std::string* RunKeyword(Range r, CueKind kind) const;
  // The first word of r whose keywords count: r.begin + 1 when r is two or
  // more words the tagger reads as one person ("Bill Cosby") and its first
  // word is no ship's prefix or event keyword, else r.begin.
  uint32_t KeywordFrom(Range r) const;
  // Index of the last word of `r` from KeywordFrom(r) that is a cue of `kind`, or -1.
  int LastKeyword(Range r, CueKind kind) const;
  // The word before a name at `begin`, or before the words that give a
  // body's name ("militia calling itself", "group known as", "company
  // called"): the common noun that may say what kind of body it is.
  uint32_t NounBeforeAlias(uint32_t begin) const;
  bool TryRegime(Range r, uint32_t end, uint32_t s);
  int LinkRun(Range r, uint32_t s, bool initial);
  // The person or body named just before ", [also] known as", ", alias" or
  // ", aka" that ends right before word `begin` (past an age: "Li Wenhao,
  // 52, also known as \"Kevin Li\""), or -1.
  int NamedBeforeAlias(uint32_t begin) const;
  // "The African Union Support and Stabilisation Mission in Somalia
  // (AUSSOM)": an acronym in brackets after a body named with " in " and a
  // place (a mention of its own) names that body.
  void AcronymsAfterSeatedNames();
  int AddKbEntity(const kb::Entity* e);
  // The body the tables know by one of `names` in the state `country` (no
  // state, place or person), or nullptr: "South Korean Joint Chiefs of Staff".
  const kb::Entity* KnownStateBody(std::initializer_list<std::string> names, const std::string& country) const;
  // (`owner_state`: the state a possessive before the name names, whose
  // bodies are not another state's of the same name.)
  int AddLocal(const std::string& prefix, const std::string& type, std::string_view name,
               const std::string& owner_state = "");
  void AddMention(uint32_t s, uint32_t b, uint32_t e, const std::string& type, int entity);
  // "1. Name: Rekawt Jalal HAMA AMIN", "Name: KAMARAN SMUGGLING NETWORK": a
  // list entry's name field opening sentence s names one party with the rest
  // of its line, a person when the tagger reads a person there or the name
  // ends in a surname in capitals ("Given SURNAME"), else an organisation.
  // Adds the mention; returns the token after the name, or the sentence's
  // first token when it opens no such field.
  uint32_t NameField(uint32_t s);
  // "the Russia (Sanctions) (EU Exit) Regulations 2019": a law's name with
  // bracketed words, capitalised words ending in a law's keyword
  // (misc_keyword LAW) and its year; the end of the name from token i, or i.
  // (A state or body named inside it acts in nothing.)
  uint32_t BracketedLawEnd(uint32_t i, uint32_t end) const;
  // "AVERYANOV, Andrei Vladimirovich": a list entry's line that opens with a
  // surname in capitals, a comma and given names names the person Andrei
  // Vladimirovich AVERYANOV (the surname an alias). Adds the mention; returns
  // the token after it, or the sentence's first token when there is none.
  uint32_t InvertedNameLine(uint32_t s);
  // "2. ZAKHO EXCHANGE AND TRANSFER COMPANY": a list entry's line after its
  // marker, two or more words in capitals and no verb, auxiliary or pronoun,
  // names one organisation. Adds the mention; returns the token after it, or
  // the sentence's first token.
  uint32_t CapitalsEntryLine(uint32_t s);
  // The end of run r with a company's legal form after a comma ("Lunar
  // Transportation Systems, Inc."), or r.end when none follows.
  uint32_t LegalFormAfter(Range r, uint32_t limit) const;
  // Returns the token after the acronym's closing parenthesis, or `end`.
  uint32_t AddAcronymAfter(uint32_t s, uint32_t end, int entity);
  bool SharesAName(const kb::Entity& e, std::string_view name) const;
  // The entity of a person named before in the document (an alias, or a
  // name of two or more words that starts or ends with `name`), the latest
  // first; only entities first named before token `before` count. -1 when none.
  int SubjectNamesake(int last, std::string_view name, uint32_t before) const;
  int CorefPartialName(std::string_view name, uint32_t before = UINT32_MAX) const;
  // The person named before in the document whose name of two or more words
  // ends with `word`, the latest first; -1 when none.
  int SurnameOf(std::string_view word) const;
  // Whether every mention of entity `town` is one word after the first
  // mention of entity `person`, not after a preposition of place.
  bool OnlyNamedAfter(int town, int person) const;
  // Whether a preposition of place ("in", "from", "near", …) stands right
  // before token k.
  bool AfterPlacePreposition(uint32_t k) const;
  // The first dash with spaces on both sides among tokens [from, to)
  // ("Spokesperson Tammy Bruce - Washington, DC"), or `to`.
  uint32_t SpacedDashIn(uint32_t from, uint32_t to) const;
  // Records the surname of entity `entity` when it is a person (for SurnameOf).
  void NoteSurname(int entity);
  // Records the shorter names a company named with a legal form or a company
  // keyword goes by later in the document ("Golden Crown").
  void NoteShortNames(int entity);
  void NoteDepartmentName(int entity);
  void FindGroups();
  // The groups of mentions i for which `member` holds, joined by "and".
  void FindGroups(const std::function<bool(size_t)>& member, std::vector<Group>* groups);
  // "Brussels imposed sanctions" in a text that names the European Union:
  // a capital that is the body's seat (seat cues), acting, is the body.
  void SeatsAsBodies();
  void OwnStateBodies();
  // "Belarus's foreign ministry", "the Estonian navy", "Russia's embassy in
  // Tallinn": a state's body named by common nouns (body_head cues, after
  // body_modifier words) right after the state's possessive or its demonym is
  // a body of that state, as CAMEO's agent codes tell a state's government from
  // its military and police: the body the knowledge base knows by that name
  // ("Russia's defence ministry" is the Russian Ministry of Defence), else an
  // entity of its own with the state's country. The body's words are a
  // mention of their own after the state's, which the state keeps.
  void StatesCommonNounBodies();
  // "the Chinese Embassy in Colombo": a body no table knows, first named by a
  // name ending in a seated body_head cue, is named with where it sits (so
  // that one state's embassies stay apart across documents).
  void SeatedBodies();
  // " in Tallinn", " to the United Nations": "in" or "to" at token k and the
  // name right after it (before `end`; *seat_end gets the token after the
  // name); "" when none.
  std::string SeatAfter(uint32_t k, uint32_t end, uint32_t* seat_end) const;
  // The end of the body's common nouns starting at token j (before `end`), or
  // j when they name none; *head_value gets the head's cue value.
  uint32_t BodyPhraseEnd(uint32_t j, uint32_t end, std::string* head_value) const;
  // An ORG mention of `entity` over words [b, e) of sentence s, and the
  // mentions added after the scan put into the sorted list (MentionAt reads it
  // sorted).
  Mention BodyMention(uint32_t s, uint32_t b, uint32_t e, int entity) const;
  void MergeMentions(std::vector<Mention> added);
  void DatelineStateBodies();
  // "the Sudanese army … The army, led by X": a state's force named only by
  // "the" and its noun (dateline_force cues) is the force last named with
  // that noun; with none named before, in a story filed from a state that
  // names no other state before it ("BAMAKO (AFP) — The army said it had
  // killed"), the dateline state's force (the body the tables know, else one
  // of the state's own).
  void DatelineForces();
  void UnnamedStatesBodies();
  void AuthoritiesOfPlaces();
  // Gives the mentions of each entity in `moved` to the entity it maps to and
  // drops the entities no mention names any more.
  void MoveMentions(const std::unordered_map<int, int>& moved);
  // Removes the entities no mention names any more (after SeatsAsBodies
  // gave a capital's mentions to a body), renumbering the mentions'.
  void DropUnnamedEntities();
  // "Kowalska Wins Election" ... "Żaneta Kowalska won": a person the document
  // names by one word, with no entity of the knowledge base, is the one person
  // it names in full with that last word, wherever the full name comes.
  void JoinBareSurnames();
  // "Foreign Ministry Spokesperson Guo Jiakun … Guo Jiakun: …": a name of two
  // words or more the tables do not know, read as a place but written once
  // right after an office's title, is a person's, every mention of it.
  void TitledPlacesAsPersons();
  // "The Secretary-General strongly condemns …": the office alone, with no
  // name or body after it, in a text that names the United Nations, is the
  // United Nations' (its entity index, *office_end the token after the
  // office; -1 otherwise).
  int UnSecretaryGeneralAt(uint32_t i, uint32_t end, uint32_t* office_end);
  int un_named_ = -1;  // whether the text names the United Nations; -1 not looked up
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
  // "wrote on X", "via X": one letter after "on" or "via" names a platform,
  // no party (tokens [b, e)).
  // Whether the place named by tokens [begin, end) is where an organisation
  // sits: joined to a place participle ("a Moscow-based supplier") or after
  // one and "in" ("headquartered in Oslo"): a capital there is the city.
  bool SeatOfOrganisation(uint32_t begin, uint32_t end) const;
  bool PlatformLetter(uint32_t b, uint32_t e) const;
  // "identified only as Sergej K.", "The suspect, Dieter S., …": a given
  // name and a surname's initial (privacy rules in German and Dutch reports),
  // named "as" or set off by commas; [b, e) is the run.
  bool NameWithInitial(uint32_t b, uint32_t e) const;
  bool CurrencyPrefix(uint32_t i) const;
  // "the Fatah-II missile", "Shahed-136 drones": the end of a one-word name
  // at i joined by a hyphen to a model number (digits or a Roman numeral),
  // which names a weapon or a model, not the body or place the word spells;
  // i when there is none.
  uint32_t ModelNumberEnd(uint32_t i, uint32_t end) const;
  // "the Comoros-flagged Sea Lark", "the tanker Kapitan Sorokin": the end of
  // a ship's name (capitalised words) at i, right after "<place>-flagged" or
  // a ship's noun (vessel_noun cues); i when there is none. A name the
  // knowledge base knows is not taken.
  // Whether a ship's common noun (vessel_noun cues, lower case) stands before
  // token i in its sentence or the two before.
  bool VesselNounBefore(uint32_t i) const;
  // Whether the place before the dash at `dash` ("Istanbul" in "operated by
  // Istanbul-registered X") follows "by" after an operator_participle cue: the
  // name registered there runs a ship rather than being one.
  bool OperatorBefore(uint32_t dash) const;
  // Whether "<place>-<participle>" right before token i has a participle only
  // companies take ("Dubai-registered"; place_participle cues of value ORG),
  // or, with `any`, any place participle ("Minsk-based").
  bool CompanyParticipleBefore(uint32_t i, bool any = false) const;
  // Whether ", a|an [words] <company's noun>" follows the name ending before
  // `end` ("Rubikon Avia, a cargo airline registered in Belarus"; org_noun
  // cues of value Company, heading the description).
  bool CompanyApposedAfter(uint32_t end) const;
  // "the Lunar Tide, a 2003-built tanker": a name after "the" that a
  // description with a ship's noun follows in apposition.
  bool VesselDescribedAfter(uint32_t i, uint32_t end) const;
  uint32_t VesselNameEnd(uint32_t i, uint32_t end) const;
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
  bool relinked_ = false;  // a name's entity was replaced (see AddAcronymAfter)
  std::unordered_map<std::string, int> by_alias_;  // acronyms and names seen in this document
  std::unordered_map<std::string, int> surnames_;  // last word of a person's name -> the latest such person
  mutable int64_t case_sentence_ = -1;  // the sentence CaseInformative last answered for, and its answer
  mutable bool case_informative_ = false;
  const std::vector<NerSpan>* ner_ = nullptr;
  Linker::TokenPos pos_;  // the POS tagger's reading of a token (Link)
  std::string pending_title_;
  int32_t pending_title_token_ = -1;
};

}  // namespace dossier::link::detail
