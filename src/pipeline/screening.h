// EntityScreening: screens every person and organisation of an annotation
// against the loaded sanctions lists, and adds what the lists state about the
// parties a document names:
//  - the lists' "Linked To:" ties between two of them become linked_to
//    relations;
//  - the one state a company or organisation matched near-exactly is listed
//    in (its addresses) becomes the entity's `country` when the text gave
//    none, and a located_in relation when the document names that state
//    (people and public bodies are left alone: their names are no identity).
// Each such relation points to the sentence that names both parties, else to
// the first that names the listed one. Internal to src/pipeline.
//
// Thread-safety: immutable after Load(); Apply() is const and reentrant.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "kb/knowledge_base.h"
#include "kb/screener.h"
#include "pipeline/annotation.h"

namespace dossier::pipeline {

class EntityScreening {
 public:
  // `kb` resolves the lists' country names ("Democratic People's Republic of
  // Korea", "Korea, North"); it is read only while loading.
  static base::Result<std::unique_ptr<EntityScreening>> Load(const std::vector<std::string>& paths,
                                                             const kb::KnowledgeBase& kb);
  static std::unique_ptr<EntityScreening> FromScreener(std::unique_ptr<kb::Screener> screener,
                                                       const kb::KnowledgeBase& kb);

  // Adds sanctions hits and listed countries to a->entities and the lists'
  // relations to a->relations.
  void Apply(Annotation* a) const;

  // A near-exact match (at least this score) is taken to be the listed party
  // itself, so what the list says of its country holds for the entity.
  static constexpr double kSamePartyScore = 0.95;

 private:
  EntityScreening() = default;

  std::unique_ptr<kb::Screener> screener_;
  // "list ref" of a listed party -> "list ref" of the parties the list ties it to.
  std::unordered_multimap<std::string, std::string> ties_;
  // "list ref" of a listed party -> the one state it is listed in (ISO alpha-3);
  // parties listed in several states, or in places we cannot name, are absent.
  std::unordered_map<std::string, std::string> listed_country_;
};

}  // namespace dossier::pipeline
