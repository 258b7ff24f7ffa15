// A PETRARCH-2 style event coder over Penn Treebank parses: finds verb
// phrases, matches the verb dictionary's patterns, codes subjects and objects
// with the actor and agent dictionaries, and returns (source, target, CAMEO)
// triples.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto coder, Coder::Load({.verbs = "v.txt", .actors = "a.txt",
//                                                     .agents = "g.txt", .discards = "d.txt"}));
//   DOSSIER_ASSIGN_OR_RETURN(auto coded, coder->CodeParse("(ROOT (S ...))", 19950101));
//   for (const Event& e : coded.events) ...  // {"ARN", "GON", "064"}
//
// Thread-safety: a loaded Coder is immutable; Code* may run concurrently.
// Errors: Load returns the dictionaries' "FILE:LINE: message" Statuses;
// CodeParse returns InvalidArgument for unbalanced parses.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/petrarch/dictionaries.h"
#include "extract/petrarch/tree.h"

namespace dossier::extract::petrarch {

using base::Result;
using base::Status;

struct Event {
  std::string source;
  std::string target;
  std::string code;
  bool operator==(const Event&) const = default;
};

// For test messages: "(SRC,TGT,CODE)".
inline void PrintTo(const Event& e, std::ostream* os) { *os << '(' << e.source << ',' << e.target << ',' << e.code << ')'; }

struct CodedSentence {
  std::vector<Event> events;
  bool discarded = false;        // a discard phrase matched
  bool story_discard = false;    // ... at story level ('+' phrase)
};

struct DictionaryPaths {
  std::string verbs;
  std::vector<std::string> actors;    // at least one
  std::vector<std::string> agents;    // optional
  std::vector<std::string> discards;  // optional

  // Finds the dictionaries of a folder by their names (case-insensitive):
  // one verb file ("CAMEO*.txt" or "*verbs*.txt"), every "*actors*.txt",
  // "*agents*.txt" and "*discards*.txt". Errors: NotFound when the folder
  // has no verb or actor file, InvalidArgument when it has several verb files.
  static Result<DictionaryPaths> FromFolder(const std::string& dir);
};

class Coder {
 public:
  // With `warnings`, malformed dictionary lines are skipped and reported there.
  static Result<std::unique_ptr<Coder>> Load(const DictionaryPaths& paths, Warnings* warnings = nullptr);
  Coder(std::unique_ptr<VerbDictionary> verbs, std::unique_ptr<ActorDictionary> actors,
        std::unique_ptr<AgentDictionary> agents, std::unique_ptr<DiscardList> discards);

  // Codes one parsed sentence dated `date` (YYYYMMDD).
  CodedSentence CodeTree(const Tree& tree, int date) const;
  Result<CodedSentence> CodeParse(std::string_view penn, int date) const;

  // The actor codes of the noun phrase rooted at `node` (agents combined:
  // "Gondor's government" -> GONGOV; coordinations give several codes).
  std::vector<std::string> CodeNounPhrase(const Tree& tree, int node, int date) const;

 private:
  struct VerbMatch {
    std::string code;
    int score = -1;
    std::vector<std::string> source, target;
    bool has_source = false, has_target = false, compound = false;
    bool target_before_verb = false;
  };

  std::vector<std::string> FlatCodes(const std::vector<std::string>& words, int date) const;
  // The parts of CodeNounPhrase; each returns false when its shape does not apply.
  bool CodeCoordination(const Tree& tree, int node, int date, std::vector<std::string>* out) const;
  bool CodeHeadAndModifiers(const Tree& tree, int node, int date, std::vector<std::string>* out) const;
  bool CodeCoordinatedHead(const Tree& tree, int node, int date, std::vector<std::string>* out) const;
  std::vector<std::string> CodeGroup(const Tree& tree, const std::vector<int>& children, int date) const;
  // The subject above `start` (a clause subject, or the noun a clause
  // modifies); -1 when none. Pronoun subjects defer to the clause above.
  int FindSubject(const Tree& tree, int start, int date, std::vector<std::string>* codes) const;
  // The first coded object of `vp` after word `from_word`, looking into
  // prepositional phrases and complement clauses; "by" agents of passives.
  void FindObject(const Tree& tree, int vp, int from_word, bool passive, int date, std::vector<std::string>* object,
                  std::vector<std::string>* agent, int depth) const;
  // One pass of FindObject; with `need_actor`, agent-only codes ("---MIL") are passed over.
  void FindObjectPass(const Tree& tree, int vp, int from_word, bool passive, int date, bool need_actor,
                      std::vector<std::string>* object, std::vector<std::string>* agent, int depth) const;
  // The longest verb forms whose companion words surround the verb at `verb_pt`.
  std::vector<const VerbForm*> MatchingForms(const Tree& tree, int verb_pt) const;
  // A past participle under a form of "be".
  static bool IsPassive(const Tree& tree, int vp, int verb_pt);
  // The most specific matching pattern of the forms' blocks (score -1: none).
  VerbMatch BestPattern(const Tree& tree, const std::vector<const VerbForm*>& forms, int verb_begin, int verb_end,
                        int region_end, size_t subject_count, int date) const;
  void CodeVerbPhrase(const Tree& tree, int vp, int date, std::vector<Event>* out) const;
  bool MatchPattern(const Tree& tree, const VerbPattern& p, int verb_begin, int verb_end, int region_end,
                    int date, VerbMatch* m) const;
  bool MatchElementAt(const Tree& tree, const PatternElement& e, int pos, bool forward, int limit, int date,
                      int* next, std::vector<std::string>* codes) const;

  std::unique_ptr<VerbDictionary> verbs_;
  std::unique_ptr<ActorDictionary> actors_;
  std::unique_ptr<AgentDictionary> agents_;
  std::unique_ptr<DiscardList> discards_;
};

}  // namespace dossier::extract::petrarch
