#include "nlp/train/parse_oracle.h"

namespace dossier::nlp::train {

void ParseOracleCosts(const ParseState& s, const std::vector<int>& g, int costs[3]) {
  int n = s.n, b = s.buffer, s0 = s.S(0), s1 = s.S(1);
  auto in_buffer = [&](int i) { return i >= b && i <= n; };
  costs[0] = costs[1] = costs[2] = 1 << 20;
  if (Transitions::CanShift(s)) {
    int c = 0;
    for (int d = 0; d < s.depth; ++d) {
      int x = s.stack[d];
      if (g[x] == b) ++c;
      if (g[b] == x && x != s0) ++c;
    }
    costs[0] = c;
  }
  if (s0 >= 0) {
    int deps = 0;
    for (int d = b; d < n; ++d) deps += g[d] == s0;
    if (Transitions::CanLeft(s)) {
      costs[1] = deps + ((g[s0] != b && (g[s0] == s1 || in_buffer(g[s0]))) ? 1 : 0);
    }
    if (Transitions::CanRight(s)) costs[2] = deps + ((g[s0] != s1 && in_buffer(g[s0])) ? 1 : 0);
  }
}

}  // namespace dossier::nlp::train
