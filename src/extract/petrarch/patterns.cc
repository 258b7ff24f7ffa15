// Verb pattern matching: the elements after '*' match left to right from the
// verb to the end of its verb phrase, those before '*' right to left from the
// verb to the start of the sentence. Elements written with '_' must be
// adjacent; others may have words between them. '+' and '$' match coded noun
// phrases, '^' skips the next noun phrase, '%' a compound.
#include "extract/petrarch/coder.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "extract/petrarch/coder_internal.h"

namespace dossier::extract::petrarch {

bool Coder::MatchElementAt(const Tree& tree, const PatternElement& e, int pos, bool forward, int limit, int date,
                           int* next, std::vector<std::string>* codes) const {
  const auto& words = tree.words();
  auto word_at = [&](int i) -> const std::string* {
    if (i < 0 || i >= static_cast<int>(words.size())) return nullptr;
    return &words[static_cast<size_t>(i)];
  };
  switch (e.kind) {
    case PatternKind::kWord: {
      const std::string* w = word_at(pos);
      if (!w || e.word.text != *w) return false;  // pattern words match exactly
      *next = forward ? pos + 1 : pos - 1;
      return true;
    }
    case PatternKind::kSynset: {
      const auto* members = verbs_->Synset(e.synset);
      if (!members) return false;
      int best = -1;
      for (const auto& m : *members) {
        int len = static_cast<int>(m.size());
        int start = forward ? pos : pos - len + 1;
        if (start < 0 || start + len > static_cast<int>(words.size())) continue;
        if (forward && start + len > limit) continue;
        if (!forward && start < limit) continue;
        bool ok = true;
        for (int k = 0; k < len && ok; ++k) ok = m[static_cast<size_t>(k)].text == words[static_cast<size_t>(start + k)];
        if (ok && len > best) best = len;
      }
      if (best < 0) return false;
      *next = forward ? pos + best : pos - best;
      return true;
    }
    case PatternKind::kTarget:
    case PatternKind::kCompound:
    case PatternKind::kSource:
    case PatternKind::kSkip: {
      // Noun phrases anchored at `pos`; '^' also skips the rest of a noun
      // phrase already entered ("THEIR ^").
      std::vector<int> anchored;
      for (int i = 0; i < static_cast<int>(tree.nodes().size()); ++i) {
        const TreeNode& n = tree.node(i);
        if (!IsNounPhrase(n)) continue;
        bool at = forward ? (n.begin == pos && n.end <= limit) : (n.end - 1 == pos && n.begin >= limit);
        if (e.kind == PatternKind::kSkip && forward && n.begin < pos && pos < n.end && n.end <= limit) at = true;
        if (at) anchored.push_back(i);
      }
      if (anchored.empty()) return false;
      auto size = [&](int i) { return tree.node(i).end - tree.node(i).begin; };
      std::stable_sort(anchored.begin(), anchored.end(), [&](int x, int y) { return size(x) > size(y); });
      int chosen = -1;
      if (e.kind == PatternKind::kSkip) {
        chosen = anchored.back();  // the smallest: "AT ^ +" skips "the Gondor", not "the Gondor of ..."
      } else {
        for (int i : anchored) {  // the largest that names an actor
          auto c = CodeNounPhrase(tree, i, date);
          if (c.empty()) continue;
          *codes = std::move(c);
          chosen = i;
          break;
        }
        if (chosen < 0) return false;
      }
      *next = forward ? tree.node(chosen).end : tree.node(chosen).begin - 1;
      return true;
    }
    default:
      *next = pos;
      return true;
  }
}

bool Coder::MatchPattern(const Tree& tree, const VerbPattern& p, int verb_begin, int verb_end, int region_end,
                         int date, VerbMatch* m) const {
  VerbMatch local;
  int score = 0;
  // Finds element e from *cur on (forward up to region_end, else back to the
  // start); a '^' skip and an element joined to its neighbour look only at
  // the next position. On a match moves *cur past it and fills `codes`.
  auto find = [&](const PatternElement& e, bool forward, bool adjacent, int* cur,
                  std::vector<std::string>* codes) {
    for (int q = *cur; forward ? q < region_end : q >= 0; q += forward ? 1 : -1) {
      int next = q;
      codes->clear();
      if (MatchElementAt(tree, e, q, forward, forward ? region_end : 0, date, &next, codes)) {
        // A compound target names at least two actors; a lone one is passed over.
        if (e.kind != PatternKind::kCompound || codes->size() >= 2) {
          *cur = next;
          return true;
        }
        if (adjacent) return false;
        continue;
      }
      if (adjacent || e.kind == PatternKind::kSkip) return false;  // '^' skips only what is next
    }
    return false;
  };
  // After the verb, left to right.
  int cur = verb_end;
  for (size_t i = 0; i < p.after.size(); ++i) {
    const PatternElement& e = p.after[i];
    bool adjacent = i == 0 ? p.verb_joined_to_next : p.after[i - 1].joined_to_next;
    std::vector<std::string> codes;
    if (!find(e, true, adjacent, &cur, &codes)) {
      if (e.kind == PatternKind::kSkip) continue;
      return false;
    }
    if (e.kind == PatternKind::kTarget || e.kind == PatternKind::kCompound) local.target = codes, local.has_target = true;
    if (e.kind == PatternKind::kSource) local.source = codes, local.has_source = true;
    score += e.kind == PatternKind::kSkip ? 0 : 1;
  }
  // Before the verb, right to left (compound targets follow the verb).
  cur = verb_begin - 1;
  for (size_t k = p.before.size(); k-- > 0;) {
    const PatternElement& e = p.before[k];
    if (e.kind == PatternKind::kCompound) continue;
    std::vector<std::string> codes;
    if (!find(e, false, e.joined_to_next, &cur, &codes)) {
      if (e.kind == PatternKind::kSkip) continue;
      return false;
    }
    if (e.kind == PatternKind::kTarget) {
      local.target = codes;
      local.has_target = true;
      local.target_before_verb = true;
    }
    if (e.kind == PatternKind::kSource) local.source = codes, local.has_source = true;
    score += e.kind == PatternKind::kSkip ? 0 : 1;
  }
  local.score = score;
  local.code = p.code;
  local.compound = p.compound;
  *m = std::move(local);
  return true;
}

}  // namespace dossier::extract::petrarch
