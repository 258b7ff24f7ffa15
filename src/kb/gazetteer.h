// Gazetteer: every name the KnowledgeBase knows, indexed by token sequence for
// longest-match lookup over tokenised text, plus a typo-tolerant lookup for
// long names ("Noth Korea" -> North Korea).
//
// Keys are case-folded tokens with hyphens skipped and apostrophes unified, so
// "Kim Yong-nam", "Kim Yong Nam" and "KIM YONG NAM" share a key. Names written
// in capitals in the tables (US, UN, CIA, U.S.), and short words with a capital
// after a small letter (LeT), only match with the same case, so the pronoun
// "us" never becomes the United States nor "Let" an armed group; other names
// must start with a capital letter in the text.
//
// Thread-safety: immutable after Build(); share freely.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kb/knowledge_base.h"
#include "text/segmenter.h"

namespace dossier::kb {

enum class NameKind { kName, kAlias, kDemonym, kCapital, kMetonym };

struct NameEntry {
  const Entity* entity = nullptr;
  NameKind kind = NameKind::kName;
  bool exact_case = false;   // acronym-like: the text must match case exactly
  std::string surface;       // the name as written in the table
};

struct GazetteerMatch {
  uint32_t token_begin = 0;  // half-open token range
  uint32_t token_end = 0;
  std::vector<const NameEntry*> entries;  // all entities with this name (ambiguity)
};

class Gazetteer {
 public:
  static std::unique_ptr<Gazetteer> Build(const KnowledgeBase& kb);

  // Longest name starting at token `i` and ending at or before `limit`, or a
  // match with no entries when none starts there. With `any_case`, a name
  // need not start or end with a capital (for text written all in lower
  // case); acronym-like names still match only with their own case.
  GazetteerMatch LongestAt(std::string_view text, const std::vector<text::Token>& tokens,
                           uint32_t i, uint32_t limit, bool any_case = false) const;

  // Entries whose key equals the key of `name` (any case rules ignored). A
  // name written with Latin accents also finds a name the table writes
  // without them ("İstanbul", "Đà Nẵng"), as LongestAt does; a name written
  // without accents never finds one written with them ("Duma" is no "Dūmā"
  // unless the table lists that spelling).
  std::vector<const NameEntry*> Lookup(std::string_view name) const;

  // The entries of the single closest name within a small edit distance
  // (1 for names of 8-11 letters, 2 from 12), or empty when none or a tie.
  std::vector<const NameEntry*> LookupFuzzy(std::string_view name) const;

  // Normalised key of one token ("" for tokens that are skipped, e.g. hyphens);
  // `without_accents` folds Latin accents too (base::FoldAccents).
  static std::string TokenKey(std::string_view token, bool without_accents = false);

 private:
  Gazetteer() = default;
  void Add(const Entity* e, const std::string& surface, NameKind kind);
  static std::string NameKey(std::string_view name, bool without_accents = false);

  struct Node {
    std::vector<size_t> entries;  // indexes into entries_
  };
  std::vector<NameEntry> entries_;
  std::vector<Node> nodes_{Node{}};
  std::unordered_map<uint64_t, uint32_t> edges_;  // (node, token hash) -> child
  std::unordered_map<std::string, std::vector<size_t>> by_key_;
  // Keys of 8+ letters by (first byte, length), for the typo-tolerant lookup.
  struct FuzzyKey {
    const std::string* key;
    uint64_t byte_classes;  // the classes of the bytes it holds (ByteClasses in gazetteer.cc)
  };
  std::unordered_map<uint32_t, std::vector<FuzzyKey>> fuzzy_buckets_;
};

// Damerau-Levenshtein (optimal string alignment) distance between `a` and `b`
// over bytes, giving up early: returns max_distance + 1 when it is larger.
int BoundedEditDistance(std::string_view a, std::string_view b, int max_distance);

}  // namespace dossier::kb
