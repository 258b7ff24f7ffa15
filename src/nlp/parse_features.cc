#include "nlp/parse_features.h"

#include <algorithm>

namespace dossier::nlp {
namespace {
constexpr uint64_t kNone = 0xa0e, kRoot = 0x2007;
}  // namespace

void ParseContext::Init(const WordInfo* w, const uint8_t* pos, int words,
                        const WordClusters* table, bool beam_set) {
  n = words;
  clusters = table != nullptr;
  beam = beam_set;
  word[0] = tag[0] = cluster[0] = coarse[0] = kNone;
  for (int i = 0; i < n; ++i) {
    word[i + 1] = w[i].lower;
    tag[i + 1] = pos[i] + 3u;
    if (clusters) table->Lookup(w[i].lower, &cluster[i + 1], &coarse[i + 1]);
  }
  word[n + 1] = tag[n + 1] = cluster[n + 1] = coarse[n + 1] = kRoot;
  for (int i = 0; i <= n + 1; ++i) word_tag[i] = Mix(word[i], tag[i]);
}

int ParseFeatures(const ParseContext& c, const ParseState& s, uint64_t* out) {
  auto word = [&](int i) { return c.word[i + 1]; };
  auto tag = [&](int i) { return c.tag[i + 1]; };
  auto wt = [&](int i) { return c.word_tag[i + 1]; };
  auto lab = [&](int i) -> uint64_t { return i < 0 ? kNone : s.labels[i] + 3u; };
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
  out[k++] = Feat(216, wt(s0), wt(b0));
  out[k++] = Feat(217, wt(s0), b0w);
  out[k++] = Feat(218, s0w, wt(b0));
  out[k++] = Feat(219, wt(s0), b0t);
  out[k++] = Feat(220, s0t, wt(b0));
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
  out[k++] = Feat(234, wt(s1), wt(s0));
  out[k++] = Feat(235, s1w, s0w);
  out[k++] = Feat(236, s1t, s0t);
  out[k++] = Feat(237, wt(s1), s0t);
  out[k++] = Feat(238, s1t, wt(s0));
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
  // Label sets (Zhang & Nivre 2011) and the second children's words.
  uint64_t s0ls = s0 < 0 ? kNone : s.lset[s0], s0rs = s0 < 0 ? kNone : s.rset[s0];
  uint64_t b0ls = b0 < 0 ? kNone : s.lset[b0];
  out[k++] = Feat(283, s0w, s0ls);
  out[k++] = Feat(284, s0t, s0ls);
  out[k++] = Feat(285, s0w, s0rs);
  out[k++] = Feat(286, s0t, s0rs);
  out[k++] = Feat(287, b0w, b0ls);
  out[k++] = Feat(288, b0t, b0ls);
  out[k++] = Feat(289, word(s0l2), tag(s0l2));
  out[k++] = Feat(290, word(s0r2), tag(s0r2));
  out[k++] = Feat(291, word(b0l2), tag(b0l2));
  out[k++] = Feat(292, s0w, b0w, dist);
  out[k++] = Feat(293, word(s1r), tag(s1r));
  if (c.beam) {
    // Feature set 4: non-local context a beam can use (Zhang & Nivre 2011).
    uint64_t s1ls = s1 < 0 ? kNone : s.lset[s1], s1rs = s1 < 0 ? kNone : s.rset[s1];
    out[k++] = Feat(320, tag(s2), s1t, s0t);
    out[k++] = Feat(321, s1w, s1nr);
    out[k++] = Feat(322, s1t, s1ls);
    out[k++] = Feat(323, s1t, s1rs);
    out[k++] = Feat(324, word(b2), b2t);
    out[k++] = Feat(325, s0t, lab(s0l), b0t);
    out[k++] = Feat(326, s1t, lab(s1r), s0t);
    out[k++] = Feat(327, s1w, s0w, dist1);
    out[k++] = Feat(328, s0w, dist1);
    out[k++] = Feat(329, s1w, dist1);
  }
  if (!c.clusters) return k;
  // Feature set 3, word clusters (Koo et al. 2008): fine ids alone and in the
  // arc pairs s0-b0 and s1-s0, mixed with tags; coarse ids in pairs and triples.
  auto cl = [&](int i) { return c.cluster[i + 1]; };
  auto cq = [&](int i) { return c.coarse[i + 1]; };
  uint64_t s0c = cl(s0), b0c = cl(b0), s1c = cl(s1), b1c = cl(b1);
  uint64_t s0q = cq(s0), b0q = cq(b0), s1q = cq(s1), b1q = cq(b1);
  out[k++] = Feat(300, s0c);
  out[k++] = Feat(301, b0c);
  out[k++] = Feat(302, b1c);
  out[k++] = Feat(303, s1c);
  out[k++] = Feat(304, s0c, b0c);
  out[k++] = Feat(305, s0c, b0t);
  out[k++] = Feat(306, s0t, b0c);
  out[k++] = Feat(307, s1c, s0c);
  out[k++] = Feat(308, s1c, s0t);
  out[k++] = Feat(309, s1t, s0c);
  out[k++] = Feat(310, s0q, b0q, b1q);
  out[k++] = Feat(311, s1q, s0q, b0q);
  out[k++] = Feat(312, Mix(s0q, b0q), dist);
  out[k++] = Feat(313, s0t, cq(s0l), b0q);
  return k;
}

}  // namespace dossier::nlp
