#include "nlp/parser.h"

#include <algorithm>

#include "nlp/model_file.h"
#include "nlp/pos_tagger.h"

namespace dossier::nlp {
namespace {
constexpr uint64_t kNone = 0xa0e, kRoot = 0x2007;
}  // namespace

void ParseState::Init(int words) {
  n = words;
  depth = 0;
  buffer = 0;
  for (int i = 0; i <= n; ++i) {
    heads[i] = -1;
    labels[i] = 0;
    lc1[i] = lc2[i] = rc1[i] = rc2[i] = -1;
    nl[i] = nr[i] = 0;
  }
}

void ParseState::AddArc(int head, int dep, int label) {
  heads[dep] = static_cast<int16_t>(head);
  labels[dep] = static_cast<uint8_t>(label);
  if (dep < head) {
    if (lc1[head] < 0 || dep < lc1[head]) {
      lc2[head] = lc1[head];
      lc1[head] = static_cast<int16_t>(dep);
    } else if (lc2[head] < 0 || dep < lc2[head]) {
      lc2[head] = static_cast<int16_t>(dep);
    }
    if (nl[head] < 255) ++nl[head];
  } else {
    if (rc1[head] < 0 || dep > rc1[head]) {
      rc2[head] = rc1[head];
      rc1[head] = static_cast<int16_t>(dep);
    } else if (rc2[head] < 0 || dep > rc2[head]) {
      rc2[head] = static_cast<int16_t>(dep);
    }
    if (nr[head] < 255) ++nr[head];
  }
}

void Transitions::Apply(ParseState& s, int t) const {
  if (t == 0) {
    s.stack[s.depth++] = s.buffer++;
  } else if (IsLeft(t)) {
    s.AddArc(s.buffer, s.stack[--s.depth], Label(t));
  } else {
    int dep = s.stack[--s.depth];
    s.AddArc(s.stack[s.depth - 1], dep, Label(t));
  }
}

int ParseFeatures(const WordInfo* w, const uint8_t* pos, const ParseState& s, uint64_t* out) {
  auto word = [&](int i) -> uint64_t { return i < 0 ? kNone : i == s.n ? kRoot : w[i].lower; };
  auto tag = [&](int i) -> uint64_t { return i < 0 ? kNone : i == s.n ? kRoot : pos[i] + 3u; };
  auto lab = [&](int i) -> uint64_t { return i < 0 ? kNone : s.labels[i] + 3u; };
  auto cl = [&](int i) -> uint64_t { return i < 0 || i == s.n ? kNone : w[i].cluster; };
  int s0 = s.S(0), s1 = s.S(1), s2 = s.S(2), b0 = s.B(0), b1 = s.B(1), b2 = s.B(2);
  auto ch = [](const int16_t* a, int i) { return i < 0 ? -1 : static_cast<int>(a[i]); };
  int s0l = ch(s.lc1, s0), s0r = ch(s.rc1, s0), s0l2 = ch(s.lc2, s0), s0r2 = ch(s.rc2, s0);
  int s1l = ch(s.lc1, s1), s1r = ch(s.rc1, s1), b0l = ch(s.lc1, b0), b0l2 = ch(s.lc2, b0);
  uint64_t s0w = word(s0), s0t = tag(s0), s1w = word(s1), s1t = tag(s1);
  uint64_t b0w = word(b0), b0t = tag(b0), b1w = word(b1), b1t = tag(b1), b2t = tag(b2);
  uint64_t dist = s0 < 0 || b0 < 0 ? 0 : std::min(b0 - s0, 6);
  uint64_t dist1 = s0 < 0 || s1 < 0 ? 0 : std::min(s0 - s1, 6);
  uint64_t s0nl = s0 < 0 ? 0 : s.nl[s0], s0nr = s0 < 0 ? 0 : s.nr[s0];
  uint64_t b0nl = b0 < 0 ? 0 : s.nl[b0], s1nr = s1 < 0 ? 0 : s.nr[s1];
  int k = 0;
  out[k++] = Feat(201, 0);
  out[k++] = Feat(202, s0w);
  out[k++] = Feat(203, s0t);
  out[k++] = Feat(204, s0w, s0t);
  out[k++] = Feat(205, b0w);
  out[k++] = Feat(206, b0t);
  out[k++] = Feat(207, b0w, b0t);
  out[k++] = Feat(208, b1w);
  out[k++] = Feat(209, b1t);
  out[k++] = Feat(210, b1w, b1t);
  out[k++] = Feat(211, b2t);
  out[k++] = Feat(212, s1w);
  out[k++] = Feat(213, s1t);
  out[k++] = Feat(214, s1w, s1t);
  out[k++] = Feat(215, tag(s2));
  out[k++] = Feat(216, Mix(s0w, s0t), Mix(b0w, b0t));
  out[k++] = Feat(217, Mix(s0w, s0t), b0w);
  out[k++] = Feat(218, s0w, Mix(b0w, b0t));
  out[k++] = Feat(219, Mix(s0w, s0t), b0t);
  out[k++] = Feat(220, s0t, Mix(b0w, b0t));
  out[k++] = Feat(221, s0w, b0w);
  out[k++] = Feat(222, s0t, b0t);
  out[k++] = Feat(223, b0t, b1t);
  out[k++] = Feat(224, b0t, b1t, b2t);
  out[k++] = Feat(225, s0t, b0t, b1t);
  out[k++] = Feat(226, s1t, s0t, b0t);
  out[k++] = Feat(227, s0t, tag(s0l), b0t);
  out[k++] = Feat(228, s0t, tag(s0r), b0t);
  out[k++] = Feat(229, s0t, b0t, tag(b0l));
  out[k++] = Feat(230, s1t, s0t, tag(s0l));
  out[k++] = Feat(231, s1t, s0t, tag(s0r));
  out[k++] = Feat(232, s1t, tag(s1r), s0t);
  out[k++] = Feat(233, s1t, tag(s1l), s0t);
  out[k++] = Feat(234, Mix(s1w, s1t), Mix(s0w, s0t));
  out[k++] = Feat(235, s1w, s0w);
  out[k++] = Feat(236, s1t, s0t);
  out[k++] = Feat(237, Mix(s1w, s1t), s0t);
  out[k++] = Feat(238, s1t, Mix(s0w, s0t));
  out[k++] = Feat(239, s0w, dist);
  out[k++] = Feat(240, s0t, dist);
  out[k++] = Feat(241, b0w, dist);
  out[k++] = Feat(242, b0t, dist);
  out[k++] = Feat(243, Mix(s0t, b0t), dist);
  out[k++] = Feat(244, Mix(s1t, s0t), dist1);
  out[k++] = Feat(245, s0w, s0nr);
  out[k++] = Feat(246, s0t, s0nr);
  out[k++] = Feat(247, s0w, s0nl);
  out[k++] = Feat(248, s0t, s0nl);
  out[k++] = Feat(249, b0w, b0nl);
  out[k++] = Feat(250, b0t, b0nl);
  out[k++] = Feat(251, s1t, s1nr);
  out[k++] = Feat(252, word(s0l), tag(s0l));
  out[k++] = Feat(253, word(s0r), tag(s0r));
  out[k++] = Feat(254, lab(s0l));
  out[k++] = Feat(255, lab(s0r));
  out[k++] = Feat(256, word(b0l), tag(b0l));
  out[k++] = Feat(257, lab(b0l));
  out[k++] = Feat(258, s0t, lab(s0l), lab(s0l2));
  out[k++] = Feat(259, s0t, lab(s0r), lab(s0r2));
  out[k++] = Feat(260, b0t, lab(b0l), lab(b0l2));
  out[k++] = Feat(261, s0t, tag(s0l), tag(s0l2));
  out[k++] = Feat(262, s0t, tag(s0r), tag(s0r2));
  out[k++] = Feat(263, b0t, tag(b0l), tag(b0l2));
  out[k++] = Feat(264, s0w, b0t, b1t);
  out[k++] = Feat(265, s0t, b0w, b1t);
  out[k++] = Feat(266, s0t, b0t, b1w);
  out[k++] = Feat(267, lab(s1r), s1t);
  out[k++] = Feat(268, tag(s0 - 1 >= 0 ? s0 - 1 : -1), s0t, b0t);
  out[k++] = Feat(269, s0t, tag(s0 >= 0 && s0 + 1 < s.n ? s0 + 1 : -1), b0t);
  out[k++] = Feat(270, s0t, tag(b0 > 0 && b0 <= s.n ? b0 - 1 : -1), b0t);
  out[k++] = Feat(271, cl(s0), b0t);
  out[k++] = Feat(272, s0t, cl(b0));
  out[k++] = Feat(273, s1t, lab(s1l));
  out[k++] = Feat(274, s1w, s0w, b0w);
  out[k++] = Feat(275, s0w, b0w, b1w);
  out[k++] = Feat(276, word(s2), tag(s2));
  out[k++] = Feat(277, s0w, word(s0l), word(s0r));
  out[k++] = Feat(278, b0w, word(b0l));
  out[k++] = Feat(279, s0t, lab(s0r), b0t);
  out[k++] = Feat(280, s0w, tag(s0r), b0t);
  out[k++] = Feat(281, b0w, b1w);
  out[k++] = Feat(282, Mix(s1t, s0t), b0t, b1t);
  return k;
}

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
  uint64_t feats[kMaxParseFeatures];
  float scores[kMaxClasses];
  const int nt = transitions_.size();
  for (int i0 = 0; i0 < n; i0 += kMaxSentenceWords) {
    int m = std::min(n - i0, kMaxSentenceWords);
    s.Init(m);
    while (!s.Terminal()) {
      int k = ParseFeatures(words + i0, pos + i0, s, feats);
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
