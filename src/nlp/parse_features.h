// Feature templates of the dependency parser: hashed conjunctions of the words,
// UPOS tags, labels, distances and valencies around the stack top s0, s1, s2,
// the buffer front b0, b1, b2 and their leftmost / rightmost children
// (Zhang & Nivre 2011, adapted to arc-hybrid): feature set 2. Feature set 3
// adds the word clusters of the main positions alone, with each other and with
// tags (Koo et al. 2008); its clusters come from the parser model's own table,
// never from WordInfo::cluster, so the parser sees the features it was trained
// with whatever else marked the words.
//
// Per-word hashes are computed once per sentence (ParseContext::Init); each
// state then only mixes them, so extraction costs no string hashing.
//
// Example:
//   ParseContext ctx; ctx.Init(words, tags, n, clusters);  // nullptr: feature set 2
//   uint64_t feats[kMaxParseFeatures];
//   int k = ParseFeatures(ctx, state, feats);
//
// Thread-safety: pure functions over caller-owned scratch.
#pragma once

#include <cstdint>

#include "nlp/features.h"
#include "nlp/parse_state.h"
#include "nlp/word_clusters.h"

namespace dossier::nlp {

inline constexpr int kMaxParseFeatures = 128;
// Bumped whenever a template changes; models record the version they were
// trained with and a parser refuses any other. Set 3 is set 2 plus the word
// cluster templates (`dossier train parse --clusters`).
inline constexpr int kParseFeaturesVersion = 2;
inline constexpr int kParseFeaturesClusters = 3;
// Set 4: set 2 plus ten non-local templates for beam models (`train parse
// --beam-features`): s1's valency and label sets, s1-s0 distance with words,
// b2's word, s2-s1-s0 tags, label-tag triples.
inline constexpr int kParseFeaturesBeam = 4;

// Per-sentence word and tag hashes, slot i + 1 for word i, slot 0 for "no
// word" and slot n + 1 for ROOT.
struct ParseContext {
  int n = 0;
  uint64_t word[kMaxSentenceWords + 2];
  uint64_t tag[kMaxSentenceWords + 2];
  uint64_t word_tag[kMaxSentenceWords + 2];  // Mix(word, tag)
  bool clusters = false;                     // feature set 3: cluster / coarse filled
  bool beam = false;                         // feature set 4: the extra templates
  uint64_t cluster[kMaxSentenceWords + 2];   // fine word cluster (0 = none)
  uint64_t coarse[kMaxSentenceWords + 2];    // coarse word cluster (0 = none)

  // `table` nullptr: feature set 2 (no cluster templates); `beam`: set 4.
  void Init(const WordInfo* w, const uint8_t* pos, int words, const WordClusters* table,
            bool beam = false);
};

int ParseFeatures(const ParseContext& c, const ParseState& s, uint64_t* out);

}  // namespace dossier::nlp
