// NameMatcher: finds the knowledge-base person or organisation a name in a
// text most likely denotes when it is written differently from every listed
// name ("Hasan Rowhani", "Mohammad Javad Zarif" for "Mohammad-Javad Zarif"),
// with the same normaliser, candidate index and scorer that screen names
// against sanctions lists (src/match).
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto matcher, NameMatcher::Build(kb, tables_dir));
//   if (const Entity* e = matcher->Find("Hasan Rowhani", "Person")) ...
//
// Thread-safety: immutable after Build(); Find() is const and reentrant.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "kb/knowledge_base.h"
#include "match/name_index.h"
#include "match/normalizer.h"

namespace dossier::kb {

class NameMatcher {
 public:
  // Indexes the names and aliases of every Person, Organization, Company and
  // PublicBody of `kb` (which must outlive the matcher). `tables_dir` is the
  // folder of the name tables (data/match under the project home).
  static base::Result<std::unique_ptr<NameMatcher>> Build(const KnowledgeBase& kb,
                                                          const std::string& tables_dir);

  // The entity of schema `schema` ("Person" or "Organization") whose name
  // scores at least `threshold` against `name`, when exactly one entity does
  // best; nullptr otherwise.
  const Entity* Find(std::string_view name, std::string_view schema, double threshold = 0.92) const;
  // Whether `word` is an honorific of the name tables ("Sayyed", "Sheikh"),
  // which names carry but matching drops.
  bool IsHonorific(std::string_view word) const;

 private:
  NameMatcher() = default;

  std::unique_ptr<match::Normalizer> normalizer_;
  std::unique_ptr<match::NameIndex> index_;
  std::vector<const Entity*> owner_;  // name id -> entity
};

}  // namespace dossier::kb
