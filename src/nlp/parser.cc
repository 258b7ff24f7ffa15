#include "nlp/parser.h"

#include <algorithm>
#include <string>

#include "nlp/model_file.h"
#include "nlp/pos_tagger.h"

namespace dossier::nlp {
base::Result<std::unique_ptr<Parser>> Parser::Load(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(ModelFile f, ModelFile::Read(path));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view kind, f.Section("kind"));
  if (kind != "parse") return base::Status::Corruption(path + ": not a parser model");
  auto features = f.Section("features");
  if (!features.ok() || (*features != std::to_string(kParseFeaturesVersion) &&
                         *features != std::to_string(kParseFeaturesClusters))) {
    return base::Status::Corruption(
        path + ": parser model for feature set " +
        (features.ok() ? std::string(*features) : std::string("?")) + ", this build reads sets " +
        std::to_string(kParseFeaturesVersion) + " and " + std::to_string(kParseFeaturesClusters) +
        " (retrain: dossier train parse)");
  }
  DOSSIER_ASSIGN_OR_RETURN(std::string_view labels, f.Section("labels"));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view weights, f.Section("weights"));
  std::unique_ptr<Parser> p(new Parser());
  p->labels_ = SplitNames(labels);
  p->transitions_.num_labels = static_cast<int>(p->labels_.size());
  DOSSIER_ASSIGN_OR_RETURN(p->model_, LinearModel::Deserialize(weights));
  if (*features == std::to_string(kParseFeaturesClusters)) {
    DOSSIER_ASSIGN_OR_RETURN(std::string_view clusters, f.Section("clusters"));
    DOSSIER_ASSIGN_OR_RETURN(p->clusters_, WordClusters::Deserialize(clusters));
    p->has_clusters_ = true;
  }
  if (p->labels_.empty() || p->labels_.size() > 127 ||
      p->model_.num_classes() != p->transitions_.size()) {
    return base::Status::Corruption(path + ": label list does not match the weights");
  }
  for (size_t i = 0; i < p->labels_.size(); ++i) {
    if (p->labels_[i] == "root") p->root_label_ = static_cast<int>(i);
  }
  p->fingerprint_ = f.fingerprint();
  return p;
}

std::string Parser::Serialize(const std::vector<std::string>& labels,
                              const WordClusters* clusters, const LinearModel& model) {
  ModelFileWriter w;
  w.Add("kind", "parse");
  w.Add("features", std::to_string(clusters ? kParseFeaturesClusters : kParseFeaturesVersion));
  w.Add("labels", JoinNames(labels));
  if (clusters) w.Add("clusters", clusters->Serialize());
  w.Add("weights", model.Serialize());
  return w.Finish();
}

int Parser::Choose(const ParseContext& ctx, const ParseState& s, uint64_t* feats,
                   float* scores) const {
  const bool left = Transitions::CanLeft(s), right = Transitions::CanRight(s);
  const int nl = transitions_.num_labels;
  // Forced moves need no scores: SHIFT onto an empty stack, and the root arc.
  if (!left && !right) return 0;
  if (s.buffer == s.n && s.depth == 1 && root_label_ >= 0) return 1 + root_label_;
  int k = ParseFeatures(ctx, s, feats);
  model_.Score(std::span<const uint64_t>(feats, k), scores);
  // The best valid move, the lowest id on ties; "root" labels exactly the arcs
  // from ROOT (LEFT with ROOT as the buffer front).
  int best = Transitions::CanShift(s) ? 0 : -1;
  auto consider = [&](int t) {
    if (best < 0 || scores[t] > scores[best]) best = t;
  };
  if (left) {
    bool root_arc = s.buffer == s.n;
    for (int l = 0; l < nl; ++l) {
      if (root_label_ < 0 || root_arc == (l == root_label_)) consider(1 + l);
    }
  }
  if (right) {
    for (int l = 0; l < nl; ++l) {
      if (l != root_label_) consider(1 + nl + l);
    }
  }
  return best;
}

void Parser::Parse(const WordInfo* words, const uint8_t* pos, int n, int32_t* heads,
                   uint8_t* labels) const {
  ParseState s;
  ParseContext ctx;
  uint64_t feats[kMaxParseFeatures];
  float scores[kMaxClasses];
  for (int i0 = 0; i0 < n; i0 += kMaxSentenceWords) {
    int m = std::min(n - i0, kMaxSentenceWords);
    s.Init(m);
    ctx.Init(words + i0, pos + i0, m, clusters());
    while (!s.Terminal()) {
      transitions_.Apply(s, Choose(ctx, s, feats, scores));
    }
    for (int i = 0; i < m; ++i) {
      heads[i0 + i] = s.heads[i] == m ? -1 : s.heads[i] + i0;
      labels[i0 + i] = s.labels[i];
    }
  }
}

}  // namespace dossier::nlp
