#include "nlp/ner_tagger.h"

#include <algorithm>

#include "base/file.h"
#include "nlp/model_file.h"
#include "nlp/pos_tagger.h"

namespace dossier::nlp {
namespace {
constexpr uint64_t kStart = 0x51a7, kEnd = 0xe7d;
constexpr int kB = 0, kI = 1, kL = 2, kU = 3;
}  // namespace

bool BilouLabels::Valid(int prev, int label, bool last) {
  int pp = prev <= 0 ? -1 : Prefix(prev);
  int p = Prefix(label);
  bool open = pp == kB || pp == kI;  // an entity is open and must continue
  if (open) return (p == kI || p == kL) && Type(label) == Type(prev) && !(last && p == kI);
  if (p == kI || p == kL) return false;
  if (last && p == kB) return false;
  return true;
}

std::string BilouLabels::Name(int label) const {
  if (label == 0) return "O";
  static const char* kPrefix[] = {"B-", "I-", "L-", "U-"};
  return kPrefix[Prefix(label)] + types_[Type(label)];
}

uint64_t NerTransitionFeature(int prev) { return Feat(111, static_cast<uint64_t>(prev + 2)); }

int NerFeatures(const WordInfo* w, const uint8_t* pos, int n, int i, uint64_t* out) {
  auto at = [&](int j, uint64_t WordInfo::*field) {
    return j < 0 ? kStart : j >= n ? kEnd : w[j].*field;
  };
  auto tag = [&](int j) -> uint64_t { return j < 0 ? kStart : j >= n ? kEnd : pos[j] + 7u; };
  auto flags = [&](int j) -> uint64_t { return j < 0 ? kStart : j >= n ? kEnd : w[j].flags; };
  const WordInfo& x = w[i];
  int k = 0;
  out[k++] = Feat(101, 0);
  out[k++] = Feat(102, x.lower);
  out[k++] = Feat(103, x.form);
  out[k++] = Feat(104, x.suf2);
  out[k++] = Feat(105, x.suf3);
  out[k++] = Feat(106, x.suf4);
  out[k++] = Feat(107, x.pre2);
  out[k++] = Feat(108, x.pre3);
  out[k++] = Feat(109, x.shape);
  out[k++] = Feat(110, x.flags, i == 0);
  out[k++] = Feat(115, at(i - 1, &WordInfo::lower));
  out[k++] = Feat(116, at(i - 2, &WordInfo::lower));
  out[k++] = Feat(117, at(i + 1, &WordInfo::lower));
  out[k++] = Feat(118, at(i + 2, &WordInfo::lower));
  out[k++] = Feat(119, at(i - 1, &WordInfo::lower), x.lower);
  out[k++] = Feat(120, x.lower, at(i + 1, &WordInfo::lower));
  out[k++] = Feat(121, at(i - 1, &WordInfo::short_shape), x.short_shape);
  out[k++] = Feat(122, x.short_shape, at(i + 1, &WordInfo::short_shape));
  out[k++] = Feat(123, tag(i));
  out[k++] = Feat(124, tag(i - 1), tag(i));
  out[k++] = Feat(125, tag(i), tag(i + 1));
  out[k++] = Feat(126, tag(i - 1), tag(i), tag(i + 1));
  out[k++] = Feat(127, tag(i), x.flags);
  out[k++] = Feat(129, flags(i - 1), x.flags, flags(i + 1));
  out[k++] = Feat(130, at(i - 1, &WordInfo::suf3));
  out[k++] = Feat(131, at(i + 1, &WordInfo::suf3));
  out[k++] = Feat(132, at(i - 1, &WordInfo::form));
  out[k++] = Feat(133, at(i + 1, &WordInfo::form));
  out[k++] = Feat(134, x.amb);
  out[k++] = Feat(135, tag(i - 2));
  out[k++] = Feat(136, tag(i + 2));
  if (x.cluster != 0) {
    out[k++] = Feat(140, x.cluster);
  }
  const uint32_t gaz = x.gaz & Gazetteer::kCuratedBits;
  if (gaz != 0) {
    out[k++] = Feat(150, gaz);
    out[k++] = Feat(151, gaz, x.flags & (kFlagTitle | kFlagAllCaps | kFlagFirstUpper));
  }
  auto gaz_at = [&](int j) -> uint64_t {
    return j < 0 ? kStart : j >= n ? kEnd : w[j].gaz & Gazetteer::kCuratedBits;
  };
  out[k++] = Feat(152, gaz_at(i - 1), gaz);
  out[k++] = Feat(153, gaz, gaz_at(i + 1));
  const uint32_t names = x.gaz >> Gazetteer::kNameShift;
  if (names != 0) {
    out[k++] = Feat(155, names);
    out[k++] = Feat(156, names, x.flags & (kFlagTitle | kFlagAllCaps | kFlagFirstUpper));
  }
  if (x.coarse != 0) {
    out[k++] = Feat(144, x.coarse);
    out[k++] = Feat(145, x.coarse, x.flags & (kFlagTitle | kFlagAllCaps | kFlagFirstUpper));
  }
  if (x.casing != 0) {
    out[k++] = Feat(160, x.casing);
    out[k++] = Feat(161, x.casing, x.flags & (kFlagTitle | kFlagAllCaps | kFlagFirstUpper), i == 0);
  }
  uint64_t cl = at(i - 1, &WordInfo::cluster), cr = at(i + 1, &WordInfo::cluster);
  if (cl != 0) out[k++] = Feat(142, cl);
  if (cr != 0) out[k++] = Feat(143, cr);
  return k;
}

void DecodeBilou(const int* labels, int n, std::vector<NerSpan>* spans) {
  int start = -1;
  for (int i = 0; i < n; ++i) {
    int p = BilouLabels::Prefix(labels[i]);
    int t = BilouLabels::Type(labels[i]);
    if (p == kU) {
      spans->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1),
                        static_cast<uint8_t>(t)});
      start = -1;
    } else if (p == kB) {
      start = i;
    } else if (p == kL && start >= 0) {
      spans->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i + 1),
                        static_cast<uint8_t>(t)});
      start = -1;
    } else if (p != kI) {
      start = -1;
    }
  }
}

base::Result<std::unique_ptr<NerTagger>> NerTagger::Load(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(ModelFile f, ModelFile::Read(path));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view kind, f.Section("kind"));
  if (kind != "ner") return base::Status::Corruption(path + ": not an NER model");
  auto version = f.Section("ner_version");
  std::string want = std::to_string(kNerModelVersion);
  if (!version.ok() || *version != want) {
    return base::Status::Corruption(path + ": NER model version " +
                                    (version.ok() ? std::string(*version) : std::string("1")) +
                                    ", expected " + want + " (retrain it)");
  }
  DOSSIER_ASSIGN_OR_RETURN(std::string_view types, f.Section("types"));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view weights, f.Section("weights"));
  std::unique_ptr<NerTagger> t(new NerTagger());
  t->labels_ = BilouLabels(SplitNames(types));
  DOSSIER_ASSIGN_OR_RETURN(t->model_, LinearModel::Deserialize(weights));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view gaz, f.Section("gazetteer"));
  DOSSIER_ASSIGN_OR_RETURN(t->gazetteer_, Gazetteer::Deserialize(gaz));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view clusters, f.Section("clusters"));
  DOSSIER_ASSIGN_OR_RETURN(t->clusters_, WordClusters::Deserialize(clusters));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view casing, f.Section("casing"));
  DOSSIER_ASSIGN_OR_RETURN(t->casing_, WordCasing::Deserialize(casing));
  if (auto pairs = f.Section("casing_pairs"); pairs.ok()) {  // optional (truecase.h)
    if (auto st = t->casing_.DeserializeNamePairs(*pairs); !st.ok()) return st.WithPrefix(path);
  }
  if (t->labels_.types().empty() || t->labels_.size() > kMaxBilouLabels ||
      t->model_.num_classes() != t->labels_.size()) {
    return base::Status::Corruption(path + ": type list does not match the weights");
  }
  const int nl = t->labels_.size();
  t->viterbi_ = BilouViterbi(static_cast<int>(t->labels_.types().size()));
  t->transition_.assign(static_cast<size_t>(nl + 1) * nl, 0.0f);
  float scores[kMaxClasses];
  for (int p = -1; p < nl; ++p) {
    uint64_t feat = NerTransitionFeature(p);
    t->model_.Score(std::span<const uint64_t>(&feat, 1), scores);
    std::copy(scores, scores + nl, t->transition_.begin() + (p < 0 ? nl : p) * nl);
  }
  // Optional: the state-role model (state_roles.h); a model without it
  // leaves every state as the tagger typed it.
  auto role_names = f.Section("state_names");
  auto role_weights = f.Section("state_roles");
  if (role_names.ok() && role_weights.ok()) {
    auto roles = StateRoles::Deserialize(*role_names, *role_weights);
    if (!roles.ok()) return roles.status().WithPrefix(path);
    t->state_roles_ = std::move(*roles);
  }
  if (auto titles = f.Section("titles"); titles.ok()) t->titles_ = NameTitles::Deserialize(*titles);
  const auto& names = t->labels_.types();
  t->loc_type_ = static_cast<int>(std::find(names.begin(), names.end(), "LOC") - names.begin());
  t->org_type_ = static_cast<int>(std::find(names.begin(), names.end(), "ORG") - names.begin());
  t->person_type_ = static_cast<int>(std::find(names.begin(), names.end(), "PERSON") - names.begin());
  t->fingerprint_ = f.fingerprint();
  return t;
}

void NerTagger::ResolveStates(const WordInfo* words, const uint8_t* pos, int n, NerSpan* spans,
                              size_t count) const {
  if (state_roles_.empty() || loc_type_ >= static_cast<int>(labels_.types().size()) ||
      org_type_ >= static_cast<int>(labels_.types().size())) {
    return;
  }
  for (size_t i = 0; i < count; ++i) {
    NerSpan& s = spans[i];
    const int b = static_cast<int>(s.begin), e = static_cast<int>(s.end);
    if (s.type != loc_type_ || e > n || !state_roles_.IsState(words, b, e)) continue;
    if (state_roles_.Acting(words, pos, n, b, e)) s.type = static_cast<uint8_t>(org_type_);
  }
}

std::string NerTagger::Serialize(const std::vector<std::string>& types, const LinearModel& model,
                                 const Gazetteer& gazetteer, const WordClusters& clusters,
                                 const WordCasing& casing, const StateRoles* state_roles,
                                 const NameTitles* titles) {
  ModelFileWriter w;
  if (state_roles != nullptr && !state_roles->empty() && state_roles->model().num_classes() == 2) {
    w.Add("state_names", state_roles->SerializeNames());
    w.Add("state_roles", state_roles->model().Serialize());
  }
  w.Add("kind", "ner");
  w.Add("ner_version", std::to_string(kNerModelVersion));
  w.Add("types", JoinNames(types));
  w.Add("weights", model.Serialize());
  w.Add("gazetteer", gazetteer.Serialize());
  w.Add("clusters", clusters.Serialize());
  w.Add("casing", casing.Serialize());
  if (casing.name_pairs() > 0) w.Add("casing_pairs", casing.SerializeNamePairs());
  if (titles != nullptr && !titles->empty()) w.Add("titles", titles->Serialize());
  return w.Finish();
}

void NerTagger::AddNamesAfterAddress(const WordInfo* words, int n, size_t first,
                                     std::vector<NerSpan>* spans) const {
  bool covered[kMaxSentenceWords + 1] = {};
  for (size_t s = first; s < spans->size(); ++s) {
    std::fill(covered + (*spans)[s].begin, covered + (*spans)[s].end, true);
  }
  const size_t tagged = spans->size();
  for (int i = 1; i < n; ++i) {
    if (covered[i] || covered[i - 1]) continue;
    int limit = i;
    while (limit < n && !covered[limit]) ++limit;
    const int len = titles_.NameAfterAddress(words, i, limit);
    if (len == 0) continue;
    spans->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), static_cast<uint8_t>(person_type_)});
    i += len;
  }
  if (spans->size() > tagged) {
    std::sort(spans->begin() + static_cast<std::ptrdiff_t>(first), spans->end(),
              [](const NerSpan& a, const NerSpan& b) { return a.begin < b.begin; });
  }
}

void NerTagger::Tag(const WordInfo* words, const uint8_t* pos, int n,
                    std::vector<NerSpan>* spans) const {
  uint64_t feats[kMaxNerFeatures];
  static thread_local std::vector<float> emission;
  int labels[kMaxSentenceWords];
  const int nc = labels_.size();
  // Score writes num_classes() == nc floats per word.
  emission.resize(static_cast<size_t>(kMaxSentenceWords) * nc);
  // Long inputs are tagged in chunks of kMaxSentenceWords.
  for (int i0 = 0; i0 < n; i0 += kMaxSentenceWords) {
    int m = std::min(n - i0, kMaxSentenceWords);
    for (int i = 0; i < m; ++i) {
      int k = NerFeatures(words + i0, pos + i0, m, i, feats);
      model_.Score(std::span<const uint64_t>(feats, k), emission.data() + i * nc);
    }
    viterbi_.Decode(emission.data(), transition_.data(), m, labels);
    size_t first = spans->size();
    DecodeBilou(labels, m, spans);
    const bool titles = !titles_.empty() && person_type_ < static_cast<int>(labels_.types().size());
    if (titles) AddNamesAfterAddress(words + i0, m, first, spans);
    for (size_t s = first; s < spans->size(); ++s) {
      NerSpan& span = (*spans)[s];
      // A known person's name that opens with a title word stays whole
      // ("Sheikh Hasina", where the word is part of the name).
      if (titles && span.type == person_type_ &&
          !gazetteer_.IsPerson(words + i0, static_cast<int>(span.begin), static_cast<int>(span.end))) {
        span.begin += static_cast<uint32_t>(titles_.LeadingTitles(
            words + i0, static_cast<int>(span.begin), static_cast<int>(span.end)));
      }
      span.begin += static_cast<uint32_t>(i0);
      span.end += static_cast<uint32_t>(i0);
    }
  }
}

}  // namespace dossier::nlp
