// Greedy BILOU named-entity tagger over hashed features (word, shape, affixes,
// context words, POS tags, word clusters and the two previous labels), with
// transitions restricted to valid BILOU sequences.
//
// Types: PERSON, ORG, LOC (GPE and LOC together; the knowledge base may split
// them after tagging).
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto ner, NerTagger::Load("models/ner.model"));
//   std::vector<NerSpan> spans;
//   ner->Tag(infos, pos_tags, n, &spans);   // spans in word indices
//
// Thread-safety: immutable after Load; Tag is const (it appends to `spans`).
// Errors: Load returns kNotFound / kCorruption.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "nlp/features.h"
#include "nlp/gazetteer.h"
#include "nlp/word_clusters.h"
#include "nlp/linear_model.h"

namespace dossier::nlp {

inline constexpr int kMaxNerFeatures = 64;

struct NerSpan {
  uint32_t begin = 0, end = 0;  // word indices, half-open
  uint8_t type = 0;             // index into NerTagger::type_name
};

// BILOU label set over `types`: label 0 is O; then B, I, L, U per type.
class BilouLabels {
 public:
  explicit BilouLabels(std::vector<std::string> types) : types_(std::move(types)) {}
  int size() const { return 1 + 4 * static_cast<int>(types_.size()); }
  static int Label(int prefix, int type) { return 1 + 4 * type + prefix; }  // prefix 0..3 = B I L U
  static int Prefix(int label) { return label == 0 ? -1 : (label - 1) % 4; }
  static int Type(int label) { return label == 0 ? -1 : (label - 1) / 4; }
  // Whether `label` may follow `prev` (-1 = sentence start); `last` = final word.
  static bool Valid(int prev, int label, bool last);
  const std::vector<std::string>& types() const { return types_; }
  std::string Name(int label) const;

 private:
  std::vector<std::string> types_;
};

// Features of word i given POS tags and the two previous labels.
int NerFeatures(const WordInfo* w, const uint8_t* pos, int n, int i, int prev1, int prev2,
                uint64_t* out);

// Spans from a BILOU label sequence.
void DecodeBilou(const int* labels, int n, std::vector<NerSpan>* spans);

class NerTagger {
 public:
  static base::Result<std::unique_ptr<NerTagger>> Load(const std::string& path);
  static std::string Serialize(const std::vector<std::string>& types, const LinearModel& model,
                               const Gazetteer& gazetteer, const WordClusters& clusters);

  // Fills WordInfo::gaz, ::cluster and ::coarse from the model's gazetteer and
  // word clusters; call before Tag (after the parser, which expects no clusters).
  void AddLexicon(WordInfo* words, int n) const {
    gazetteer_.Mark(words, n);
    clusters_.Mark(words, n);
  }

  // Appends the entity spans of one sentence to `spans`.
  void Tag(const WordInfo* words, const uint8_t* pos, int n, std::vector<NerSpan>* spans) const;
  const std::string& type_name(int t) const { return labels_.types()[t]; }
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  NerTagger() : labels_({}) {}
  BilouLabels labels_;
  LinearModel model_;
  Gazetteer gazetteer_;
  WordClusters clusters_;
  std::string fingerprint_;
};

}  // namespace dossier::nlp
