#include "extract/event_type_model.h"

#include <algorithm>
#include <cmath>

#include "base/file.h"
#include "base/hash.h"
#include "extract/document_view.h"
#include "extract/extractor.h"
#include "nlp/model_file.h"

namespace dossier::extract {
namespace {

constexpr std::array<std::string_view, kEventTypeCount> kTypes = {
    "AGREE",   "CONSULT",  "SUPPORT", "CONCEDE",  "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE",  "REJECT",   "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};

bool Content(std::string_view upos) { return upos == "VERB" || upos == "NOUN" || upos == "ADJ"; }

void AppendLower(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
}

// Appends a neighbour as a feature sees it: a named one by its kind
// ("Country", "Person", or the tagger's type when unlinked), any other by its
// lemma in lower case.
void AppendKey(const DocumentView& v, uint32_t j, std::string* out) {
  const link::Linking& l = v.linking();
  if (const int m = l.MentionAt(j); m >= 0) {
    const link::Mention& mention = l.mentions[m];
    out->append(mention.entity >= 0 ? l.entities[mention.entity].type : mention.type);
    return;
  }
  AppendLower(v.Lemma(j), out);
}

// Appends the hashes of token k's features to *out (unsorted). The keys are
// built in reused buffers: this runs on every content word of every document.
void AppendTokenFeatures(const DocumentView& v, uint32_t k, std::vector<uint64_t>* out) {
  const std::string_view upos = v.Upos(k);
  if (!Content(upos)) return;
  thread_local std::string lemma, key;
  lemma.clear();
  AppendLower(v.Lemma(k), &lemma);
  const text::Sentence& s = v.Sentence(v.SentenceOf(k));
  const auto start = [&](std::string_view kind) {
    key.assign(kind);
    key.push_back('\x1f');
  };
  start("l");
  key.append(lemma);
  out->push_back(base::Hash64(key));
  start("lp");
  key.append(lemma).append(1, '\x1f').append(upos);
  out->push_back(base::Hash64(key));
  if (k > s.token_begin) {
    start("pw");
    AppendKey(v, k - 1, &key);
    key.append(1, '\x1f').append(lemma);
    out->push_back(base::Hash64(key));
  }
  if (k + 1 < s.token_end) {
    start("nw");
    key.append(lemma).append(1, '\x1f');
    AppendKey(v, k + 1, &key);
    out->push_back(base::Hash64(key));
  }
  if (k + 2 < s.token_end) {
    start("n2");
    key.append(lemma).append(1, '\x1f');
    AppendKey(v, k + 2, &key);
    out->push_back(base::Hash64(key));
  }
}

void SortUnique(std::vector<uint64_t>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

uint64_t TypeFeature(std::string_view kind, std::string_view a, std::string_view b) {
  std::string key(kind);
  key.push_back('\x1f');
  key.append(a);
  if (!b.empty()) {
    key.push_back('\x1f');
    key.append(b);
  }
  return base::Hash64(key);
}

const std::array<std::string_view, kEventTypeCount>& EventTypeNames() { return kTypes; }

int EventTypeIndex(std::string_view type) {
  for (size_t t = 0; t < kTypes.size(); ++t) {
    if (kTypes[t] == type) return static_cast<int>(t);
  }
  return -1;
}

std::vector<uint64_t> TokenTypeFeatures(const DocumentView& v, uint32_t k) {
  std::vector<uint64_t> f;
  AppendTokenFeatures(v, k, &f);
  SortUnique(&f);
  return f;
}

std::vector<uint64_t> SentenceTypeFeatures(const DocumentView& v, uint32_t s,
                                           const std::vector<Event>& rule_events) {
  std::vector<uint64_t> bag;
  const text::Sentence& sentence = v.Sentence(s);
  for (uint32_t k = sentence.token_begin; k < sentence.token_end; ++k) AppendTokenFeatures(v, k, &bag);
  for (const Event& e : rule_events) {
    if (e.sentence == s) bag.push_back(TypeFeature("rule", e.event));
  }
  SortUnique(&bag);
  return bag;
}

std::vector<uint64_t> DocumentTypeFeatures(const DocumentView& v,
                                           const std::vector<Event>& rule_events) {
  std::vector<uint64_t> bag;
  for (uint32_t s = 0; s < v.seg().sentences.size(); ++s) {
    const std::vector<uint64_t> sentence = SentenceTypeFeatures(v, s, rule_events);
    bag.insert(bag.end(), sentence.begin(), sentence.end());
  }
  SortUnique(&bag);
  return bag;
}

base::Result<std::unique_ptr<EventTypeModel>> EventTypeModel::Load(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::string bytes, base::ReadFile(path));
  return Parse(std::move(bytes), path);
}

std::string EventTypeModel::Serialize(float threshold, const TypeWeights& bias,
                                      const std::array<std::string, kEventTypeCount>& cameo,
                                      const std::vector<std::pair<uint64_t, TypeWeights>>& weights) {
  nlp::ByteWriter meta;
  meta.Put<uint32_t>(kEventTypeModelVersion);
  meta.Put<float>(threshold);
  meta.Put<uint32_t>(kEventTypeCount);
  for (size_t t = 0; t < kEventTypeCount; ++t) {
    meta.PutString(kTypes[t]);
    meta.Put<float>(bias[t]);
    meta.PutString(cameo[t]);
  }
  nlp::ModelFileWriter w;
  w.Add("meta", std::move(meta.str()));
  w.Add("weights", nlp::SerializeRows(weights));
  return w.Finish();
}

base::Result<std::unique_ptr<EventTypeModel>> EventTypeModel::Parse(std::string bytes,
                                                                    const std::string& origin) {
  DOSSIER_ASSIGN_OR_RETURN(nlp::ModelFile file, nlp::ModelFile::Parse(std::move(bytes), origin));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view meta_bytes, file.Section("meta"));
  auto model = std::unique_ptr<EventTypeModel>(new EventTypeModel());
  nlp::ByteReader meta(meta_bytes);
  uint32_t version = 0, types = 0;
  if (!meta.Get(&version) || version != kEventTypeModelVersion) {
    return base::Status::Corruption(origin + ": event type model version " + std::to_string(version) +
                                    ", this build reads " + std::to_string(kEventTypeModelVersion));
  }
  if (!meta.Get(&model->threshold_) || !meta.Get(&types) || types != kEventTypeCount ||
      !std::isfinite(model->threshold_)) {
    return base::Status::Corruption(origin + ": bad event type model header");
  }
  for (size_t t = 0; t < kEventTypeCount; ++t) {
    std::string name;
    if (!meta.GetString(&name) || name != kTypes[t] || !meta.Get(&model->bias_[t]) ||
        !meta.GetString(&model->cameo_[t])) {
      return base::Status::Corruption(origin + ": bad event type entry " + std::to_string(t));
    }
  }
  if (!meta.done()) return base::Status::Corruption(origin + ": trailing bytes in meta");
  DOSSIER_ASSIGN_OR_RETURN(std::string_view rows, file.Section("weights"));
  DOSSIER_RETURN_IF_ERROR(nlp::DeserializeRows<TypeWeights>(
      rows, "event type weights", [&](uint64_t key, const TypeWeights& w) {
        return model->weights_.emplace(key, w).second;
      }));
  return model;
}

std::array<float, kEventTypeCount> EventTypeModel::Probabilities(
    const std::vector<uint64_t>& bag) const {
  std::array<float, kEventTypeCount> z = bias_;
  for (uint64_t f : bag) {
    auto it = weights_.find(f);
    if (it == weights_.end()) continue;
    for (size_t t = 0; t < kEventTypeCount; ++t) z[t] += it->second[t];
  }
  for (float& x : z) x = 1.0f / (1.0f + std::exp(-std::clamp(x, -30.0f, 30.0f)));
  return z;
}

float EventTypeModel::Score(size_t t, const std::vector<uint64_t>& features) const {
  float sum = 0;
  for (uint64_t f : features) {
    if (auto it = weights_.find(f); it != weights_.end()) sum += it->second[t];
  }
  return sum;
}

}  // namespace dossier::extract
