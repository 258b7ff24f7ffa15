// Linker: finds the names in a document and links each to an entity — a
// knowledge-base entity when the KB knows it (countries through their names,
// demonyms, capitals and metonyms; organisations; people), else a document
// entity with a stable id built from its longest name ("org:shahid-hemmat-
// industrial-group"), so the same name in two documents is one entity.
//
// First pass, to be refined by the trained NER behind the same interface:
// gazetteer longest match; capitalised runs typed by cues (titles, organisation
// and place keywords); typo tolerance for long names; "<leader> regime" through
// dated roles; in-document coreference of partial names and parenthesised
// acronyms. Optional NER spans add mentions the rules miss.
//
// Resolve() answers what a pronoun ("he", "its", "their"), a relative pronoun
// ("who", "which") or a group description ("the two rogue nations") at a token
// refers to; extraction uses it for arguments and quote speakers.
//
// Thread-safety: a Linker is immutable; Link() and Resolve() are const and
// reentrant. The KB, gazetteer and cues must outlive it.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/span.h"
#include "kb/gazetteer.h"
#include "kb/knowledge_base.h"
#include "kb/name_matcher.h"
#include "link/cues.h"
#include "text/segmenter.h"

namespace dossier::link {

struct Mention {
  uint32_t sentence = 0;
  uint32_t token_begin = 0;  // half-open token range
  uint32_t token_end = 0;
  base::Span span;
  std::string type;        // PERSON, ORG, GPE, LOC, NORP
  int entity = -1;         // index into Linking::entities; -1 = unlinked
  std::string title;       // title cue right before a person ("President", "reporter")
  int32_t title_token = -1;
};

struct DocEntity {
  std::string id;
  std::string name;
  std::string type;     // Country, Person, Organization, Company, PublicBody, Location
  std::string country;  // ISO alpha-3 or empty
  std::vector<std::string> aliases;
  const kb::Entity* kb = nullptr;
};

// Two or more entities named together ("Iran and North Korea").
struct Group {
  std::vector<int> entities;
  uint32_t token_end = 0;  // token after the last member
};

struct Linking {
  std::vector<Mention> mentions;  // in text order, non-overlapping
  std::vector<DocEntity> entities;
  std::vector<Group> groups;
  // States named together by their demonyms ("both Mozambican and Rwandan
  // troops"): they modify a noun, so no pronoun stands for them, but "the
  // two governments" may (SalientGroup in resolver.cc).
  std::vector<Group> demonym_groups;

  // Index of the mention covering `token`, or -1.
  int MentionAt(uint32_t token) const;
};

// The entity of the last organisation mentioned before `token` whose name
// has `noun` (lower case) as a capitalised word ("council" in "U.N. Security
// Council") and that `accept` takes (any, when empty), or -1. A body named
// only by the noun ("the Organization") is none.
int LastBodyNamedWith(const Linking& l, uint32_t token, std::string_view noun,
                      const std::function<bool(const DocEntity&)>& accept = {});

// A span proposed by a statistical tagger (token range and type).
struct NerSpan {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  std::string type;
};

class Linker {
 public:
  // `matcher` (optional) links names written differently from the KB's.
  Linker(const kb::KnowledgeBase& kb, const kb::Gazetteer& gazetteer, const Cues& cues,
         const kb::NameMatcher* matcher = nullptr);

  // `date` (ISO, any precision, may be empty) selects dated roles. `ner` holds
  // the statistical tagger's spans, or is null when no tagger ran: then an
  // untyped run of two to four capitalised words is taken for a person; with a
  // tagger, only when the tagger agrees.
  // `pos` (optional) gives the POS tagger's UPOS tag of a token ("" when
  // unknown). A word it reads as neither a noun nor a name is no name: written
  // in capitals it is emphasis ("FIRST", "AND"), not an unknown acronym, and a
  // capitalised sentence opener is no part of the name after it ("Welcome
  // Darin"). Asked only for those words.
  using TokenPos = std::function<std::string_view(uint32_t token)>;
  Linking Link(std::string_view text, const text::Segmentation& seg, std::string_view date,
               const std::vector<NerSpan>* ner = nullptr, const TokenPos& pos = {}) const;

  // Entities that the word at `token` refers to (see the header comment), most
  // likely first; empty when it is not a referring word or nothing fits.
  std::vector<int> Resolve(const Linking& linking, std::string_view text,
                           const text::Segmentation& seg, uint32_t token) const;

  const Cues& cues() const { return cues_; }
  const kb::KnowledgeBase& kb() const { return kb_; }
  const kb::NameMatcher* matcher() const { return matcher_; }

  // The one known person whose surname is `word` (case and Latin accents
  // aside) and who holds a role at `date` (any time when empty), or nullptr
  // when none or several.
  const kb::Entity* PersonBySurname(std::string_view word, std::string_view date) const;

 private:
  // "The minister rejected": the last person named with that office (see
  // resolver.cc).
  std::vector<int> PersonByOffice(const Linking& l, std::string_view text, const text::Segmentation& seg,
                                  uint32_t token, uint32_t sentence) const;
  const kb::KnowledgeBase& kb_;
  const kb::Gazetteer& gazetteer_;
  const Cues& cues_;
  const kb::NameMatcher* matcher_;
  std::unordered_map<std::string, std::vector<const kb::Entity*>> by_surname_;
};

}  // namespace dossier::link
