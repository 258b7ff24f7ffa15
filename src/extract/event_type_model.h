// EventTypeModel: a trained complement to the rule coder. Per sentence it
// reads a bag of lexical features (lemmas, lemma + part of speech, each lemma
// with its neighbours, a named neighbour standing as its kind: "Country",
// "PERSON", ...) together with the PLOVER types the rules coded there, and
// gives, for each of the 16 PLOVER types, the probability that the sentence
// reports an event of that type (one logistic regression per type, trained by
// `dossier train events` on the labelled news items of data/eval/plover_wcep.tsv,
// development split only). The coder adds an event of a type the rules missed
// when the probability reaches the model's threshold, on the word of the
// sentence whose own features speak most for the type (its trigger).
//
// File: a Dossier model file (nlp/model_file.h) with sections `meta` (format
// version, threshold, per type its name, bias and CAMEO code) and `weights`
// (64-bit feature hash -> 16 weights).
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto model, EventTypeModel::Load("models/events.model"));
//   std::vector<uint64_t> bag = SentenceTypeFeatures(view, sentence, rule_events);
//   std::array<float, kEventTypeCount> p = model->Probabilities(bag);
//
// Thread-safety: immutable after Load.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace dossier::extract {

class DocumentView;
struct Event;

inline constexpr size_t kEventTypeCount = 16;
inline constexpr uint32_t kEventTypeModelVersion = 1;
// The PLOVER event types in model order.
const std::array<std::string_view, kEventTypeCount>& EventTypeNames();
// Index of a type in EventTypeNames(), or -1.
int EventTypeIndex(std::string_view type);

using TypeWeights = std::array<float, kEventTypeCount>;

// The hash of one feature: its kind and one or two values (an empty `b` is
// none). Kinds: "l" lemma,
// "lp" lemma + UPOS, "pw" previous word + lemma, "nw" lemma + next word, "n2"
// lemma + the word after next (a named word as its kind), "rule" a PLOVER type
// the rules coded in the sentence.
uint64_t TypeFeature(std::string_view kind, std::string_view a, std::string_view b = {});

// The features of token k: none unless the tagger reads it as a verb, noun or
// adjective. Sorted, unique.
std::vector<uint64_t> TokenTypeFeatures(const DocumentView& view, uint32_t k);
// The bag of sentence s: every token's features and one feature per type that
// `rule_events` code in the sentence. Sorted, unique.
std::vector<uint64_t> SentenceTypeFeatures(const DocumentView& view, uint32_t s,
                                           const std::vector<Event>& rule_events);

// The bag of a whole document: the union of its sentences' bags (what the
// trainer reads of a labelled item). Sorted, unique.
std::vector<uint64_t> DocumentTypeFeatures(const DocumentView& view,
                                           const std::vector<Event>& rule_events);

class EventTypeModel {
 public:
  static base::Result<std::unique_ptr<EventTypeModel>> Load(const std::string& path);
  // Parses the bytes of a model file; `origin` names it in errors.
  static base::Result<std::unique_ptr<EventTypeModel>> Parse(std::string bytes,
                                                             const std::string& origin);

  // The model file of the given parameters (what the trainer writes).
  static std::string Serialize(float threshold, const TypeWeights& bias,
                               const std::array<std::string, kEventTypeCount>& cameo,
                               const std::vector<std::pair<uint64_t, TypeWeights>>& weights);

  std::array<float, kEventTypeCount> Probabilities(const std::vector<uint64_t>& bag) const;
  // The sum of type t's weights over `features` (a token's evidence for t).
  float Score(size_t t, const std::vector<uint64_t>& features) const;
  float threshold() const { return threshold_; }
  const std::string& cameo(size_t t) const { return cameo_[t]; }
  size_t feature_count() const { return weights_.size(); }

 private:
  EventTypeModel() = default;
  float threshold_ = 0.5f;
  TypeWeights bias_{};
  std::array<std::string, kEventTypeCount> cameo_;
  std::unordered_map<uint64_t, TypeWeights> weights_;
};

}  // namespace dossier::extract
