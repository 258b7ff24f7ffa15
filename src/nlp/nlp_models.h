// The trained NLP core as the pipeline sees it: UPOS tags, lemmas, dependency
// heads and labels, and named-entity spans for a segmented document.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto models, nlp::Models::Load(base::ProjectHome() + "/models"));
//   text::Segmentation seg = text::Segment(text);
//   nlp::Analysis a = models->Analyze(text, seg);
//   // a.tokens[i] describes seg.tokens[i]; a.entities index seg.tokens.
//
// Files: <dir>/pos.model, <dir>/ner.model, <dir>/parse.model (rebuilt by
// scripts/train_models). Entities are the tagger's spans after the document
// pass (one reading per name, document_names.h). Entity types: PERSON, ORG,
// LOC (GPE and LOC are not told apart by the model; the knowledge base may
// refine LOC to GPE).
//
// Thread-safety: Models is immutable after Load; Analyze is const and may be
// called from many threads at once (scratch memory is per thread).
// Errors: Load returns kNotFound for a missing file and kCorruption for a bad
// one (wrong format version, fingerprint mismatch, truncation).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "nlp/ner_tagger.h"
#include "nlp/parser.h"
#include "nlp/pos_tagger.h"
#include "nlp/predicate_repair.h"
#include "text/segmenter.h"

namespace dossier::nlp {

struct TokenAnalysis {
  std::string pos, lemma;
  int32_t head = -1;  // index within the document token list, -1 = root
  std::string dep;
};

struct EntitySpan {
  uint32_t token_begin = 0, token_end = 0;  // document token indices, half-open
  std::string type;                         // PERSON, ORG, LOC
};

struct Analysis {
  std::vector<TokenAnalysis> tokens;
  std::vector<EntitySpan> entities;
};

class Models {
 public:
  static base::Result<std::unique_ptr<Models>> Load(const std::string& models_dir);

  // `parse` = false skips the dependency parser (heads -1, no labels), which
  // costs most of the time; tags, lemmas and entities are the same.
  Analysis Analyze(std::string_view text, const text::Segmentation& seg, bool parse = true) const;
  // Parses the sentences s of an analysis made with parse = false for which
  // which[s] != 0, filling their heads and labels (the others keep head -1).
  // Where the parse needs a second reading of a headline verb
  // (predicate_repair.h) the sentence's tags and lemmas change with it; its
  // entities stay as Analyze found them.
  void ParseSentences(std::string_view text, const text::Segmentation& seg,
                      const std::vector<uint8_t>& which, Analysis* analysis) const;

  // Model fingerprints "pos=… ner=… parse=…" for provenance records.
  std::string Fingerprints() const;

  const PosTagger& pos() const { return *pos_; }
  const NerTagger& ner() const { return *ner_; }
  const Parser& parser() const { return *parser_; }

 private:
  Models() = default;
  void Describe(std::string_view text, const text::Segmentation& seg, const text::Sentence& sent,
                std::vector<WordInfo>* info) const;
  std::unique_ptr<PosTagger> pos_;
  std::unique_ptr<NerTagger> ner_;
  std::unique_ptr<Parser> parser_;
  std::unique_ptr<PredicateRepair> repair_;
};

}  // namespace dossier::nlp
