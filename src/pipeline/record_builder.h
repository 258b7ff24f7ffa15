// RecordBuilder: turns the stages' outputs (segmentation, linking, extraction)
// into the Annotation record — entity ids instead of indexes, and only the
// entities the record references. Internal to src/pipeline.
#pragma once

#include <string_view>

#include "extract/extractor.h"
#include "extract/petrarch/parse_coder.h"
#include "kb/knowledge_base.h"
#include "nlp/nlp_models.h"
#include "link/linker.h"
#include "pipeline/annotation.h"
#include "text/segmenter.h"

namespace dossier::pipeline {

class RecordBuilder {
 public:
  RecordBuilder(std::string_view text, const text::Segmentation& seg, const link::Linking& linking)
      : text_(text), seg_(seg), linking_(linking) {}

  void AddSegmentation(Annotation* a, bool with_tokens) const;
  void AddMentionsAndEntities(Annotation* a) const;
  void AddExtraction(const extract::Extraction& x, Annotation* a) const;
  // Gives entities without a country the country of what they belong to
  // (member_of / part_of / employee_of / leader_of / role_in / citizen_of).
  void PropagateCountries(Annotation* a) const;

 private:
  // Entity ids of linker indexes and, past them, of x.groups (extractor.h).
  std::vector<std::string> Ids(const std::vector<int>& indexes, const extract::Extraction& x) const;

  std::string_view text_;
  const text::Segmentation& seg_;
  const link::Linking& linking_;
};

// Copies POS, lemma, head and dependency of each token into a->tokens.
void AddTokenAnalysis(const nlp::Analysis& analysis, Annotation* a);

// Events coded with the user's PETRARCH dictionaries: actors are CAMEO actor
// codes ("cameo:USAGOV"), with the country their first three letters name.
void AddCodedEvents(const std::vector<extract::petrarch::ParseEvent>& coded, const kb::KnowledgeBase& kb,
                    Annotation* a);

}  // namespace dossier::pipeline
