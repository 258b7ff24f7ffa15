#include "nlp/parser.h"

#include <algorithm>

#include "nlp/model_file.h"
#include "nlp/pos_tagger.h"

namespace dossier::nlp {
base::Result<std::unique_ptr<Parser>> Parser::Load(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(ModelFile f, ModelFile::Read(path));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view kind, f.Section("kind"));
  if (kind != "parse") return base::Status::Corruption(path + ": not a parser model");
  DOSSIER_ASSIGN_OR_RETURN(std::string_view labels, f.Section("labels"));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view weights, f.Section("weights"));
  std::unique_ptr<Parser> p(new Parser());
  p->labels_ = SplitNames(labels);
  p->transitions_.num_labels = static_cast<int>(p->labels_.size());
  DOSSIER_ASSIGN_OR_RETURN(p->model_, LinearModel::Deserialize(weights));
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

std::string Parser::Serialize(const std::vector<std::string>& labels, const LinearModel& model) {
  ModelFileWriter w;
  w.Add("kind", "parse");
  w.Add("labels", JoinNames(labels));
  w.Add("weights", model.Serialize());
  return w.Finish();
}

void Parser::Parse(const WordInfo* words, const uint8_t* pos, int n, int32_t* heads,
                   uint8_t* labels) const {
  ParseState s;
  ParseContext ctx;
  uint64_t feats[kMaxParseFeatures];
  float scores[kMaxClasses];
  const int nt = transitions_.size();
  for (int i0 = 0; i0 < n; i0 += kMaxSentenceWords) {
    int m = std::min(n - i0, kMaxSentenceWords);
    s.Init(m);
    ctx.Init(words + i0, pos + i0, m);
    while (!s.Terminal()) {
      int k = ParseFeatures(ctx, s, feats);
      model_.Score(std::span<const uint64_t>(feats, k), scores);
      bool can[3] = {Transitions::CanShift(s), Transitions::CanLeft(s), Transitions::CanRight(s)};
      int best = -1;
      for (int t = 0; t < nt; ++t) {
        int kind = t == 0 ? 0 : transitions_.IsLeft(t) ? 1 : 2;
        if (!can[kind]) continue;
        if (root_label_ >= 0 && t != 0) {
          bool root_arc = kind == 1 && s.buffer == s.n;
          if (root_arc != (transitions_.Label(t) == root_label_)) continue;
        }
        if (best < 0 || scores[t] > scores[best]) best = t;
      }
      transitions_.Apply(s, best);
    }
    for (int i = 0; i < m; ++i) {
      heads[i0 + i] = s.heads[i] == m ? -1 : s.heads[i] + i0;
      labels[i0 + i] = s.labels[i];
    }
  }
}

}  // namespace dossier::nlp
