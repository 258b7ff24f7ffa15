// NameIndex: candidate generation over many normalised names.
//
// Built once from every name and alias of the loaded lists; then, for a query
// name, Candidates() returns the few names worth scoring in full, best first.
// A name becomes a candidate through any query token that equals one of its
// tokens, shares its phonetic key, is one edit away (symmetric-deletion
// postings), or joins/splits into its tokens ("yongnam" / "yong nam"); or when
// a one-word query is the initials of the name ("shig"). Very common tokens
// ("company", "al") only contribute when the query has nothing rarer.
//
// Example:
//   auto index = NameIndex::Build(std::move(names));
//   for (uint32_t id : index->Candidates(query, 64))
//     ScoreNames(query, index->name(id), &index->stats());
//
// Thread-safety: immutable after Build; Candidates is const and thread-safe
// (its scratch space is thread-local).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/normalizer.h"
#include "match/token_stats.h"

namespace dossier::match {

class NameIndex {
 public:
  static std::unique_ptr<NameIndex> Build(std::vector<NormalizedName> names);

  size_t size() const { return names_.size(); }
  const NormalizedName& name(uint32_t id) const { return names_[id]; }
  const TokenStats& stats() const { return stats_; }

  // Caches each token's weight from stats() in `name` (scoring then needs no lookups).
  void AssignWeights(NormalizedName* name) const;

  // At most `max` name ids, ranked by an estimate of their score.
  std::vector<uint32_t> Candidates(const NormalizedName& query, size_t max) const;

  // Approximate heap bytes held by the index (for the benchmark report).
  size_t MemoryBytes() const;

 private:
  NameIndex() = default;
  void AddToken(const NameToken& t, uint32_t name_id);
  void ExpandToken(const NameToken& t, std::vector<std::pair<uint32_t, float>>* tids) const;

  std::vector<NormalizedName> names_;
  std::vector<float> name_weight_;
  TokenStats stats_;
  std::unordered_map<std::string, uint32_t> vocab_;
  std::vector<std::vector<uint32_t>> postings_;  // token id -> name ids (ascending)
  std::vector<float> token_weight_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_key_;     // phonetic key -> token ids
  std::unordered_map<std::string, std::vector<uint32_t>> by_delete_;  // one deletion -> token ids
  std::unordered_map<std::string, std::vector<uint32_t>> by_initials_;  // initials -> name ids
};

}  // namespace dossier::match
