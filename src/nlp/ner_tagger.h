// BILOU named-entity tagger: a linear model over hashed features of each word
// (word, shape, affixes, context words, POS tags, gazetteer and name-list
// matches, word clusters) plus label-transition weights, decoded exactly with
// Viterbi over valid BILOU sequences (bilou_viterbi.h); trained as a
// structured averaged perceptron (train/train_ner.cc).
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
#include "nlp/bilou_viterbi.h"
#include "nlp/features.h"
#include "nlp/gazetteer.h"
#include "nlp/word_casing.h"
#include "nlp/word_clusters.h"
#include "nlp/linear_model.h"
#include "nlp/name_titles.h"
#include "nlp/state_roles.h"

namespace dossier::nlp {

inline constexpr int kMaxNerFeatures = 64;

// Version of the NER model's feature set and decoder, stored in the model's
// "ner_version" section; Load rejects other versions (retrain the model).
// 1: greedy decoding with previous-label features (no section).
// 2: Viterbi decoding, label-independent word features + transition weights.
inline constexpr int kNerModelVersion = 2;

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

// Features of word i given the sentence's POS tags (independent of labels).
int NerFeatures(const WordInfo* w, const uint8_t* pos, int n, int i, uint64_t* out);

// The one feature whose weights are the transition scores from label `prev`
// (-1 = sentence start) to each label.
uint64_t NerTransitionFeature(int prev);

// Spans from a BILOU label sequence.
void DecodeBilou(const int* labels, int n, std::vector<NerSpan>* spans);

class NerTagger {
 public:
  static base::Result<std::unique_ptr<NerTagger>> Load(const std::string& path);
  static std::string Serialize(const std::vector<std::string>& types, const LinearModel& model,
                               const Gazetteer& gazetteer, const WordClusters& clusters,
                               const WordCasing& casing, const StateRoles* state_roles = nullptr,
                               const NameTitles* titles = nullptr);

  // Fills WordInfo::gaz, ::cluster, ::coarse and ::casing from the model's
  // gazetteer, word clusters and casing table; call before Tag. The parser
  // reads none of these fields (it looks up the clusters stored in its own
  // model), so calling this before or after parsing changes no parse.
  void AddLexicon(WordInfo* words, int n) const {
    gazetteer_.Mark(words, n);
    clusters_.Mark(words, n);
    casing_.Mark(words, n);
  }

  // Appends the entity spans of one sentence to `spans`, each person span
  // without the titles that open it, and a person span for the capitalised
  // words after a form of address the tagger left untagged (name_titles.h; a
  // model without the "titles" section does neither).
  void Tag(const WordInfo* words, const uint8_t* pos, int n, std::vector<NerSpan>* spans) const;
  // Turns the LOC spans among spans[0, count) of one sentence that name a state
  // acting into ORG, as UNER's guidelines type them (state_roles.h); no-op for
  // a model without the state-role section.
  void ResolveStates(const WordInfo* words, const uint8_t* pos, int n, NerSpan* spans, size_t count) const;
  const StateRoles& state_roles() const { return state_roles_; }
  // How news usually writes a word, and its name pairs (word_casing.h).
  const WordCasing& casing() const { return casing_; }
  const std::string& type_name(int t) const { return labels_.types()[t]; }
  // The index of the PERSON type (-1 when the model has none).
  int person_type() const {
    return person_type_ < static_cast<int>(labels_.types().size()) ? person_type_ : -1;
  }
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  NerTagger() : labels_({}), viterbi_(0) {}
  // The names after a form of address among the n words of one chunk whose
  // spans are spans[first, end) (word indices of the chunk); keeps them sorted.
  void AddNamesAfterAddress(const WordInfo* words, int n, size_t first, std::vector<NerSpan>* spans) const;
  BilouLabels labels_;
  BilouViterbi viterbi_;
  std::vector<float> transition_;  // (labels + 1) x labels; last row = start
  LinearModel model_;
  Gazetteer gazetteer_;
  WordClusters clusters_;
  WordCasing casing_;
  StateRoles state_roles_;
  NameTitles titles_;
  int loc_type_ = 0, org_type_ = 0, person_type_ = 0;
  std::string fingerprint_;
};

}  // namespace dossier::nlp
