// EntityScreening: screens every person and organisation of an annotation
// against the loaded sanctions lists, and turns the lists' "Linked To:" ties
// between two parties a document names into linked_to relations. Internal to
// src/pipeline.
//
// Thread-safety: immutable after Load(); Apply() is const and reentrant.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "kb/screener.h"
#include "pipeline/annotation.h"

namespace dossier::pipeline {

class EntityScreening {
 public:
  static base::Result<std::unique_ptr<EntityScreening>> Load(const std::vector<std::string>& paths);

  // Adds sanctions hits to a->entities and linked_to relations to a->relations.
  void Apply(Annotation* a) const;

 private:
  EntityScreening() = default;

  std::unique_ptr<kb::Screener> screener_;
  // "list ref" of a listed party -> "list ref" of the parties the list ties it to.
  std::unordered_multimap<std::string, std::string> ties_;
};

}  // namespace dossier::pipeline
