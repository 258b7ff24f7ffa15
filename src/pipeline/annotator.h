// Annotator: composes the stages (segmentation, tagging, time, linking,
// extraction, screening) into one call per document.
//
// Example:
//   AnnotatorOptions opts;
//   opts.sanctions_paths = {"../shared/data/sanctions/ofac_sdn_2024-05-03/sdn.csv"};
//   DOSSIER_ASSIGN_OR_RETURN(auto annotator, Annotator::Create(opts));
//   Annotation a = annotator->Annotate(doc);
//
// Thread-safety: after Create() the Annotator is immutable; Annotate() may be
// called from many threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/extractor.h"
#include "pipeline/annotation.h"
#include "text/document.h"

namespace dossier::pipeline {

struct AnnotatorOptions {
  std::string home;                          // project home (data/, models/); empty = ProjectHome()
  std::vector<std::string> sanctions_paths;  // files or folders
  bool with_tokens = false;                  // fill Annotation::tokens
  std::string default_date;                  // DCT for documents without one ("" = infer)
  std::string petrarch_dicts;                // folder of PETRARCH dictionaries ("" = none)
  bool rules_only = false;                   // code events without models/events.model
};

class Annotator {
 public:
  static base::Result<std::unique_ptr<Annotator>> Create(const AnnotatorOptions& options);
  ~Annotator();

  Annotation Annotate(const text::Document& doc) const;
  // What the event type model's trainer reads of a document: the rule coder's
  // events and the feature bags, after the same stages as Annotate (create the
  // annotator with rules_only). Empty without the NLP models.
  extract::TypeTrainingData TypeTraining(const text::Document& doc) const;

 private:
  struct Impl;
  // Segments, tags, links and parses a document as Annotate does.
  struct Understood;
  Understood Understand(const text::Document& doc, Annotation* a) const;
  explicit Annotator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier::pipeline
