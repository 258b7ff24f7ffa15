// Loaders for PETRARCH-2 dictionaries: verbs (CAMEO.2.0 style), actors, agents
// and discards. The formats are documented in the dictionaries' own headers
// (see ../shared/data/README.md, gazetteers/phoenix and events/petrarch_unittest).
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto actors, ActorDictionary::Load("PETR.Validate.actors.txt"));
//   auto hits = actors->MatchAt({"NORTH", "KOREA", "FIRED"}, 0);  // NORTH_KOREA [PRK]
//
// Thread-safety: loaded dictionaries are immutable; concurrent reads are safe.
// Errors: unreadable files and malformed lines give Statuses "FILE:LINE: message".
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dossier::extract::petrarch {

using base::Result;
using base::Status;

// Malformed lines are errors ("FILE:LINE: message") unless the loader gets a
// Warnings list: then each such line is skipped and its message recorded
// (operational dictionaries carry a few typos, e.g. 7-digit dates).
using Warnings = std::vector<std::string>;

namespace internal {
template <typename Dict, typename W>
base::Result<std::unique_ptr<Dict>> LoadAndMerge(const std::vector<std::string>& paths, W* warnings);
}  // namespace internal

// One word of a dictionary phrase. Words are upper-case. Unless `exact` (the
// dictionary wrote a trailing '_'), a word of four letters or more also
// matches longer words it begins ("ARGENTIN" matches "ARGENTINIAN").
struct DictWord {
  std::string text;
  bool exact = false;
};

// True when the sentence word `word` matches dictionary word `w`.
bool WordMatches(const DictWord& w, std::string_view word);

// Removes a '#' comment (a '#' inside "[...]" is part of a code: "[###]").
std::string_view StripComment(std::string_view line);

// Splits "NORTH_KOREA" or "HAMAS WING" into words; a trailing '_' marks exact.
std::vector<DictWord> SplitPhrase(std::string_view phrase);

// Dates are integers YYYYMMDD. Six-digit YYMMDD dates are read as 19YY when
// YY >= 30, else 20YY.
int ParseDictDate(std::string_view digits);

// A role code valid on [from, to] (inclusive).
struct ActorRole {
  std::string code;
  int from = 0;
  int to = 99999999;
  bool restricted = false;
};

struct ActorEntry {
  std::vector<DictWord> words;
  std::vector<ActorRole> roles;  // in file order; restricted roles are tried first
  int line = 0;
};

class ActorDictionary {
 public:
  static Result<std::unique_ptr<ActorDictionary>> Load(const std::string& path, Warnings* warnings = nullptr);
  // Several files as one dictionary (Phoenix splits its actors in three).
  static Result<std::unique_ptr<ActorDictionary>> LoadAll(const std::vector<std::string>& paths,
                                                   Warnings* warnings = nullptr);
  static Result<std::unique_ptr<ActorDictionary>> Parse(std::string_view text, const std::string& name,
                                                 Warnings* warnings = nullptr);

  // Longest entry matching words[pos...]; nullptr when none. `*length` gets
  // the number of words matched.
  const ActorEntry* MatchAt(const std::vector<std::string>& words, size_t pos, size_t* length) const;

  // The codes of `entry` on `date` (YYYYMMDD): the first restricted role
  // whose range holds the date, else every unrestricted role. A code
  // "A/B/C" yields three codes; "---" yields none (a null actor).
  static std::vector<std::string> CodesOn(const ActorEntry& entry, int date);

  size_t size() const { return entries_.size(); }

 private:
  void Merge(ActorDictionary&& other);
  template <typename Dict, typename W>
  friend base::Result<std::unique_ptr<Dict>> internal::LoadAndMerge(const std::vector<std::string>&, W*);
  std::vector<std::unique_ptr<ActorEntry>> entries_;
  std::map<std::string, std::vector<const ActorEntry*>, std::less<>> by_first_;
};

// An agent: "PRESIDENT [~GOV]" is a suffix code, "MSF [NGO~]" a prefix code.
struct AgentEntry {
  std::vector<DictWord> words;
  std::string code;
  bool prefix = false;
};

class AgentDictionary {
 public:
  static Result<std::unique_ptr<AgentDictionary>> Load(const std::string& path, Warnings* warnings = nullptr);
  // Several files as one dictionary (Phoenix splits its actors in three).
  static Result<std::unique_ptr<AgentDictionary>> LoadAll(const std::vector<std::string>& paths,
                                                   Warnings* warnings = nullptr);
  static Result<std::unique_ptr<AgentDictionary>> Parse(std::string_view text, const std::string& name,
                                                 Warnings* warnings = nullptr);

  const AgentEntry* MatchAt(const std::vector<std::string>& words, size_t pos, size_t* length) const;
  size_t size() const { return entries_.size(); }

 private:
  void Add(std::vector<DictWord> words, const std::string& code, bool prefix);
  void Merge(AgentDictionary&& other);
  template <typename Dict, typename W>
  friend base::Result<std::unique_ptr<Dict>> internal::LoadAndMerge(const std::vector<std::string>&, W*);
  std::vector<std::unique_ptr<AgentEntry>> entries_;
  std::map<std::string, std::vector<const AgentEntry*>, std::less<>> by_first_;
};

// Phrases that discard a sentence ("BASEBALL") or, with '+', a whole story.
class DiscardList {
 public:
  static Result<std::unique_ptr<DiscardList>> Load(const std::string& path, Warnings* warnings = nullptr);
  // Several files as one dictionary (Phoenix splits its actors in three).
  static Result<std::unique_ptr<DiscardList>> LoadAll(const std::vector<std::string>& paths,
                                                   Warnings* warnings = nullptr);
  static Result<std::unique_ptr<DiscardList>> Parse(std::string_view text, const std::string& name,
                                                 Warnings* warnings = nullptr);

  // The discard phrase found in `words`, or nullptr. `*story` tells its level.
  const std::vector<DictWord>* Find(const std::vector<std::string>& words, bool* story) const;
  size_t size() const { return phrases_.size(); }

 private:
  void Merge(DiscardList&& other);
  template <typename Dict, typename W>
  friend base::Result<std::unique_ptr<Dict>> internal::LoadAndMerge(const std::vector<std::string>&, W*);
  std::vector<std::pair<std::vector<DictWord>, bool>> phrases_;
};

// One element of a verb pattern: a word, "&SYNSET", the verb "*", the target
// "+", the source "$", "^" (skip a noun phrase) or "%" (a compound actor).
enum class PatternKind { kWord, kSynset, kVerb, kTarget, kSource, kSkip, kCompound };

struct PatternElement {
  PatternKind kind = PatternKind::kWord;
  DictWord word;               // kWord
  std::string synset;          // kSynset: name without '&'
  bool joined_to_next = false; // written with '_' before the next element
};

struct VerbPattern {
  std::vector<PatternElement> before;  // elements before '*', in order
  std::vector<PatternElement> after;   // elements after '*', in order
  std::string code;                    // "064", "032:033", "---"
  bool compound = false;               // '%' before '*': a compound subject
  bool verb_joined_to_next = false;    // "*_OUT": the next element follows the verb at once
  int line = 0;
};

// A verb form of a block: the verb word and the words written around it
// ("CORDON_OFF" -> verb CORDONED + after {OFF}).
struct VerbForm {
  std::string verb;
  std::vector<std::string> before;  // words immediately before the verb
  std::vector<std::string> after;   // words immediately after the verb
  std::string code;                 // own code, or empty for the block's
  int block = 0;
};

struct VerbBlock {
  std::string name;
  std::string code;
  std::vector<VerbPattern> patterns;
  int line = 0;
};

// The verb dictionary: verb forms (by word), their blocks' codes and
// patterns, and the synsets the patterns name.
class VerbDictionary {
 public:
  static Result<std::unique_ptr<VerbDictionary>> Load(const std::string& path, Warnings* warnings = nullptr);
  static Result<std::unique_ptr<VerbDictionary>> Parse(std::string_view text, const std::string& name,
                                                 Warnings* warnings = nullptr);

  // Forms whose verb word is `word` (regular inflections are generated from
  // the base form; irregular ones come from "{...}" lists).
  std::vector<const VerbForm*> FormsOf(std::string_view word) const;
  const VerbBlock& block(int i) const { return blocks_[static_cast<size_t>(i)]; }
  size_t block_count() const { return blocks_.size(); }
  // Synset members as word sequences, or nullptr. Embedded synsets are expanded.
  const std::vector<std::vector<DictWord>>* Synset(std::string_view name) const;

 private:
  Status AddForms(std::string_view line, int block, const std::string& where);
  std::vector<VerbBlock> blocks_;
  std::vector<std::unique_ptr<VerbForm>> forms_;
  std::map<std::string, std::vector<const VerbForm*>, std::less<>> by_word_;
  std::map<std::string, std::vector<std::vector<DictWord>>, std::less<>> synsets_;
};

// Regular inflections of a base verb: base, -s/-es/-ies, -ed/-d/-ied and
// -ing, with and without a doubled final consonant.
std::vector<std::string> Inflections(std::string_view base);

}  // namespace dossier::extract::petrarch
