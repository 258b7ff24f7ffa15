// Lexicon: the extraction tables of data/extract/ — event triggers
// (events.tsv), relation patterns (relations.tsv), modality / attribution /
// quote / clause cues (cues.tsv) — with every trigger expanded to its
// inflected forms (irregular_verbs.tsv plus English spelling rules), so
// matching is a hash lookup on surface words.
//
// Thread-safety: immutable after Load().
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/hash.h"
#include "base/status.h"

namespace dossier::extract {

struct EventPattern {
  std::vector<std::string> rest;  // words after the first ("on" in "call on"), lower case
  bool noun = false;
  std::string event, mode, cameo;
  bool reciprocal = false;
  bool topic = false;       // its object is what is talked about, no side ("discussed the war in Ukraine")
  bool subject_fallback = false;  // a noun trigger without its own actor takes the clause subject
  bool open = false;  // the event stands even when the text names none of its participants
  bool also = false;  // when this row fires, the next row of the trigger is tried too
                      // ("an ultimatum to X to end": THREATEN and REQUEST)
  // The trigger is an event only as another party's statement ("Norway
  // reports that Russia violated its airspace"): the speaker acts on the
  // trigger's subject; told by the news itself it is no event.
  bool claimed = false;
  // The trigger is an act only in the active voice: "Police attribute the
  // bombing to X" accuses X, "a bombing attributed to X" names no accuser.
  bool active = false;
  // The trigger is an event only as what its subject does, not as an -ing
  // form that describes someone ("Palestinians seeking aid are killed",
  // "killed while seeking aid", "who were seeking aid", "a lawsuit seeking
  // compensation"): "Iran is not seeking a ceasefire" still counts.
  bool predicate = false;
  // The trigger is an event only when a state, a public body or an
  // organisation acts in it: "the Council listed X" lists X for sanctions,
  // "the report listed X among the witnesses" does not.
  bool authority = false;
  // Context the trigger needs near it: every group must be met by one of its
  // alternatives — a lower-case word, or "@place" for a named place or country.
  // Empty = none needed.
  std::vector<std::vector<std::string>> needs;
};

struct RelationPattern {
  std::vector<std::string> rest;
  std::string kind;       // verb, verb_reverse, by, author
  std::string predicate;
};

class Lexicon {
 public:
  static base::Result<std::unique_ptr<Lexicon>> Load(const std::string& home);

  // Patterns whose first word has the surface form `word` (lower case).
  const std::vector<EventPattern>* EventsFor(std::string_view word) const;
  const std::vector<RelationPattern>* RelationsFor(std::string_view word) const;
  // Category of a cue phrase ("according to" -> "attribution_right"), or nullptr.
  // A phrase may hold several categories ("unless" opens a clause and makes it
  // hypothetical); Cue gives the one listed last, HasCue asks for any.
  const std::string* Cue(std::string_view phrase) const;
  bool HasCue(std::string_view phrase, std::string_view category) const;
  size_t max_cue_words() const { return max_cue_words_; }
  // The number a lower-case word counts ("4", "four", count_word cues), or 0.
  int Count(std::string_view word) const;

  // Whether a lower-case word has the shape of a past participle: a regular
  // "-ed" / "-en" form or an irregular one from irregular_verbs.tsv ("held").
  bool LooksLikeParticiple(std::string_view word) const;
  // Whether a lower-case word has the shape of a past tense ("-ed", "withdrew").
  bool LooksLikePast(std::string_view word) const;

  // Inflected forms of a verb or noun lemma (exposed for tests).
  std::vector<std::string> VerbForms(const std::string& lemma) const;
  static std::vector<std::string> NounForms(const std::string& lemma);

 private:
  Lexicon() = default;
  base::Status LoadIrregulars(const std::string& tsv, const std::string& origin);
  base::Status LoadEvents(const std::string& tsv, const std::string& origin);
  base::Status LoadRelations(const std::string& tsv, const std::string& origin);
  base::Status LoadCues(const std::string& tsv, const std::string& origin);

  // Keyed by std::string, looked up by std::string_view without allocating.
  template <typename V>
  using Map = std::unordered_map<std::string, V, base::StringHash, std::equal_to<>>;
  using Set = std::unordered_set<std::string, base::StringHash, std::equal_to<>>;

  std::unordered_map<std::string, std::vector<std::string>> irregular_;  // lemma -> forms
  Set participles_;  // irregular past participles
  Set pasts_;        // irregular past tenses
  Map<std::vector<EventPattern>> events_;
  Map<std::vector<RelationPattern>> relations_;
  Map<std::vector<std::string>> cues_;  // phrase -> categories
  Map<int> counts_;                     // count_word cues: word -> number
  size_t max_cue_words_ = 1;
};

}  // namespace dossier::extract
