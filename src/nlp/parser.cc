#include "nlp/parser.h"

#include <algorithm>
#include <memory>
#include <string>
#include <tuple>

#include "nlp/model_file.h"
#include "nlp/pos_tagger.h"

namespace dossier::nlp {
base::Result<std::unique_ptr<Parser>> Parser::Load(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(ModelFile f, ModelFile::Read(path));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view kind, f.Section("kind"));
  if (kind != "parse") return base::Status::Corruption(path + ": not a parser model");
  auto features = f.Section("features");
  if (!features.ok() || (*features != std::to_string(kParseFeaturesVersion) &&
                         *features != std::to_string(kParseFeaturesClusters) &&
                         *features != std::to_string(kParseFeaturesBeam))) {
    return base::Status::Corruption(
        path + ": parser model for feature set " +
        (features.ok() ? std::string(*features) : std::string("?")) + ", this build reads sets " +
        std::to_string(kParseFeaturesVersion) + ", " + std::to_string(kParseFeaturesClusters) +
        " and " + std::to_string(kParseFeaturesBeam) + " (retrain: dossier train parse)");
  }
  DOSSIER_ASSIGN_OR_RETURN(std::string_view labels, f.Section("labels"));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view weights, f.Section("weights"));
  std::unique_ptr<Parser> p(new Parser());
  p->beam_features_ = *features == std::to_string(kParseFeaturesBeam);
  p->labels_ = SplitNames(labels);
  p->transitions_.num_labels = static_cast<int>(p->labels_.size());
  DOSSIER_ASSIGN_OR_RETURN(p->model_, LinearModel::Deserialize(weights));
  // "beam": the width; "beam-labels": labels kept per LEFT / RIGHT (0 = all).
  for (auto [name, out, lo] : {std::tuple{"beam", &p->beam_, 1}, {"beam-labels", &p->beam_labels_, 0}}) {
    auto section = f.Section(name);
    if (!section.ok()) continue;
    int v = section->empty() ? -1 : 0;
    for (char c : *section) {
      if (c < '0' || c > '9' || v > kMaxBeam) {
        v = -1;
        break;
      }
      v = v * 10 + (c - '0');
    }
    if (v < lo || v > kMaxBeam) {
      return base::Status::Corruption(path + ": bad " + name + " '" + std::string(*section) + "'");
    }
    *out = v;
  }
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
                              const WordClusters* clusters, const LinearModel& model,
                              int beam, int beam_labels, bool beam_features) {
  ModelFileWriter w;
  w.Add("kind", "parse");
  if (beam > 1) w.Add("beam", std::to_string(beam));
  if (beam > 1 && beam_labels > 0) w.Add("beam-labels", std::to_string(beam_labels));
  w.Add("features", std::to_string(clusters        ? kParseFeaturesClusters
                                   : beam_features ? kParseFeaturesBeam
                                                   : kParseFeaturesVersion));
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
  if (beam_ > 1) {
    ParseBeam(words, pos, n, heads, labels, beam_);
    return;
  }
  ParseState s;
  ParseContext ctx;
  uint64_t feats[kMaxParseFeatures];
  float scores[kMaxClasses];
  for (int i0 = 0; i0 < n; i0 += kMaxSentenceWords) {
    int m = std::min(n - i0, kMaxSentenceWords);
    s.Init(m);
    ctx.Init(words + i0, pos + i0, m, clusters(), beam_features_);
    while (!s.Terminal()) {
      transitions_.Apply(s, Choose(ctx, s, feats, scores));
    }
    for (int i = 0; i < m; ++i) {
      heads[i0 + i] = s.heads[i] == m ? -1 : s.heads[i] + i0;
      labels[i0 + i] = s.labels[i];
    }
  }
}

namespace {

// Per-thread scratch of the beam decoder: two generations of states.
struct BeamScratch {
  int width = 0;
  std::unique_ptr<ParseState[]> states;  // [0, width): current, [width, 2 width): next
  std::unique_ptr<uint64_t[]> feats;     // kMaxParseFeatures per current hypothesis
  std::unique_ptr<int32_t[]> accs;       // kMaxClasses per current hypothesis
  ParseContext ctx;
};

struct Candidate {
  int64_t score;
  int item;  // index of the parent hypothesis
  int move;
};

// A 64-bit digest of a feature list (order-sensitive), to find lists that
// are the same before comparing them.
inline uint64_t Digest(std::span<const uint64_t> features) {
  uint64_t h = features.size();
  for (uint64_t f : features) h = (h ^ f) * 0x9E3779B97F4A7C15ULL;
  return h;
}

// Keeps the `width` best candidates in top[0..*k), best first (KeepBest).
inline void Offer(Candidate* top, int* k, int width, const Candidate& c) {
  KeepBest(top, k, width, c, [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
}

}  // namespace

void Parser::ParseBeam(const WordInfo* words, const uint8_t* pos, int n, int32_t* heads,
                       uint8_t* labels, int width) const {
  width = std::clamp(width, 1, kMaxBeam);
  thread_local std::unique_ptr<BeamScratch> scratch;
  if (!scratch || scratch->width < width) {
    scratch = std::make_unique<BeamScratch>();
    scratch->width = width;
    scratch->states.reset(new ParseState[2 * static_cast<size_t>(width)]);
    scratch->feats.reset(new uint64_t[static_cast<size_t>(width) * kMaxParseFeatures]);
    scratch->accs.reset(new int32_t[static_cast<size_t>(width) * kMaxClasses]);
  }
  ParseState* cur = scratch->states.get();
  ParseState* next = cur + scratch->width;
  ParseContext& ctx = scratch->ctx;
  uint64_t* feats = scratch->feats.get();  // kMaxParseFeatures per hypothesis
  int32_t* accs = scratch->accs.get();     // kMaxClasses per hypothesis
  std::span<const uint64_t> lists[kMaxBeam];
  int64_t cur_score[kMaxBeam], next_score[kMaxBeam];
  Candidate top[kMaxBeam];
  for (int i0 = 0; i0 < n; i0 += kMaxSentenceWords) {
    int m = std::min(n - i0, kMaxSentenceWords);
    ctx.Init(words + i0, pos + i0, m, clusters(), beam_features_);
    cur[0].Init(m);
    cur_score[0] = 0;
    int size = 1;
    // Every complete sequence has 2m moves, so all hypotheses end together.
    while (!cur[0].Terminal()) {
      int k = 0;
      // The features of every hypothesis first, their table slots requested
      // together, then each scored (forced moves get an empty list).
      for (int i = 0; i < size; ++i) {
        uint64_t* f = feats + size_t(i) * kMaxParseFeatures;
        int count = Transitions::Forced(cur[i], root_label_) >= 0 ? 0 : ParseFeatures(ctx, cur[i], f);
        lists[i] = std::span<const uint64_t>(f, count);
      }
      // Hypotheses that differ only outside the feature window (about a
      // fifth of them on UN speeches) have the same features: they are
      // scored once.
      int same_as[kMaxBeam];
      uint64_t digest[kMaxBeam];
      for (int i = 0; i < size; ++i) {
        digest[i] = Digest(lists[i]);
        same_as[i] = -1;
        for (int j = 0; j < i && same_as[i] < 0; ++j) {
          if (digest[j] == digest[i] && same_as[j] < 0 && lists[j].size() == lists[i].size() &&
              std::equal(lists[i].begin(), lists[i].end(), lists[j].begin())) {
            same_as[i] = j;
          }
        }
        if (same_as[i] < 0) model_.Prefetch(lists[i]);
      }
      for (int i = 0; i < size; ++i) {
        int32_t* acc = accs + size_t(i) * kMaxClasses;
        if (same_as[i] < 0) {
          model_.ScoreRaw(lists[i], acc);
        } else {
          std::copy_n(accs + size_t(same_as[i]) * kMaxClasses, model_.num_classes(), acc);
        }
      }
      for (int i = 0; i < size; ++i) {
        const ParseState& s = cur[i];
        int forced = Transitions::Forced(s, root_label_);
        if (forced >= 0) {
          Offer(top, &k, width, {cur_score[i], i, forced});
          continue;
        }
        const int32_t* acc = accs + size_t(i) * kMaxClasses;
        // In transition id order, as the greedy decoder considers them.
        VisitBeamMoves(transitions_, s, root_label_, beam_labels_, acc, [&](int t, bool kept) {
          if (kept) Offer(top, &k, width, {cur_score[i] + acc[t], i, t});
        });
      }
      for (int j = 0; j < k; ++j) {
        next[j].CopyFrom(cur[top[j].item]);
        transitions_.Apply(next[j], top[j].move);
        next_score[j] = top[j].score;
      }
      std::swap(cur, next);
      std::copy_n(next_score, k, cur_score);
      size = k;
    }
    const ParseState& best = cur[0];
    for (int i = 0; i < m; ++i) {
      heads[i0 + i] = best.heads[i] == m ? -1 : best.heads[i] + i0;
      labels[i0 + i] = best.labels[i];
    }
  }
}

}  // namespace dossier::nlp
