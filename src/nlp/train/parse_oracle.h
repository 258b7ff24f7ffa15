// The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): the
// cost of a move is the number of gold arcs it makes unreachable, so a
// zero-cost move keeps the best reachable tree reachable from any state,
// including states off the gold path and non-projective gold trees.
//
// Example:
//   int costs[3];
//   ParseOracleCosts(state, gold_heads, costs);  // costs[0] shift, [1] left, [2] right
//
// Thread-safety: pure function.
#pragma once

#include <vector>

#include "nlp/parse_state.h"

namespace dossier::nlp::train {

// `gold[i]` is the gold head of word i (ROOT = n). Invalid moves cost 1 << 20.
void ParseOracleCosts(const ParseState& s, const std::vector<int>& gold, int costs[3]);

}  // namespace dossier::nlp::train
