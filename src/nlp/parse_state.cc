#include "nlp/parse_state.h"

#include <algorithm>

namespace dossier::nlp {

void ParseState::Init(int words) {
  n = words;
  depth = 0;
  buffer = 0;
  for (int i = 0; i <= n; ++i) {
    heads[i] = -1;
    labels[i] = 0;
    lc1[i] = lc2[i] = rc1[i] = rc2[i] = -1;
    nl[i] = nr[i] = 0;
    lset[i] = rset[i] = 0;
  }
}

void ParseState::CopyFrom(const ParseState& o) {
  n = o.n;
  depth = o.depth;
  buffer = o.buffer;
  const size_t m = static_cast<size_t>(n) + 1;
  std::copy_n(o.stack, depth, stack);
  std::copy_n(o.heads, m, heads);
  std::copy_n(o.labels, m, labels);
  std::copy_n(o.lc1, m, lc1);
  std::copy_n(o.lc2, m, lc2);
  std::copy_n(o.rc1, m, rc1);
  std::copy_n(o.rc2, m, rc2);
  std::copy_n(o.nl, m, nl);
  std::copy_n(o.nr, m, nr);
  std::copy_n(o.lset, m, lset);
  std::copy_n(o.rset, m, rset);
}

void ParseState::AddArc(int head, int dep, int label) {
  heads[dep] = static_cast<int16_t>(head);
  labels[dep] = static_cast<uint8_t>(label);
  uint64_t bit = uint64_t{1} << (label & 63);
  if (dep < head) {
    if (lc1[head] < 0 || dep < lc1[head]) {
      lc2[head] = lc1[head];
      lc1[head] = static_cast<int16_t>(dep);
    } else if (lc2[head] < 0 || dep < lc2[head]) {
      lc2[head] = static_cast<int16_t>(dep);
    }
    if (nl[head] < 255) ++nl[head];
    lset[head] |= bit;
  } else {
    if (rc1[head] < 0 || dep > rc1[head]) {
      rc2[head] = rc1[head];
      rc1[head] = static_cast<int16_t>(dep);
    } else if (rc2[head] < 0 || dep > rc2[head]) {
      rc2[head] = static_cast<int16_t>(dep);
    }
    if (nr[head] < 255) ++nr[head];
    rset[head] |= bit;
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

}  // namespace dossier::nlp
