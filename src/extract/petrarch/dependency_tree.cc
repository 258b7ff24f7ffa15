// DependencyToPenn builds phrases from each head's dependents, in word order:
// nouns give NP (PP when they carry a `case` word), verbs and nominal
// predicates with a `cop` give S / VP / SBAR. The coordinating words and
// commas in front of a conjunct or an apposition are lifted out of it, so
// coordinations look like Penn's "(NP (NP A) (, ,) (NP B) (CC and) (NP C))".
#include "extract/petrarch/dependency_tree.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace dossier::extract::petrarch {
namespace {

bool RelIs(const std::string& rel, const char* r) {
  std::string_view v(rel), p(r);
  return v == p || (v.size() > p.size() && v.substr(0, p.size()) == p && v[p.size()] == ':');
}

bool IsSubject(const std::string& r) { return RelIs(r, "nsubj") || RelIs(r, "csubj") || RelIs(r, "expl"); }

// Relations whose childless dependents stay bare words inside a phrase.
bool IsModifier(const std::string& r) {
  for (const char* m : {"det", "amod", "advmod", "compound", "nummod", "aux", "cop", "punct", "cc", "case", "mark",
                        "flat", "fixed", "discourse", "goeswith", "nmod:poss", "neg", "dep"})
    if (RelIs(r, m) || r == m) return true;
  return false;
}

std::string Clean(const std::string& s) {
  if (s == "(") return "-LRB-";
  if (s == ")") return "-RRB-";
  std::string out;
  for (char c : s) out += (c == '(' || c == ')' || std::isspace(static_cast<unsigned char>(c))) ? '_' : c;
  return out.empty() ? "_" : out;
}

class Builder {
 public:
  explicit Builder(const std::vector<DepToken>& t) : t_(t), kids_(t.size()) {
    for (size_t i = 0; i < t.size(); ++i)
      if (t[i].head >= 0) kids_[static_cast<size_t>(t[i].head)].push_back(static_cast<int>(i));
  }

  std::string Phrase(int h) {
    if (IsVerb(h)) return Clause(h, h);
    for (int k : Kids(h))
      if (RelIs(Rel(k), "cop")) return Clause(h, k);
    return Noun(h);
  }

 private:
  struct ClauseParts {
    std::string comp;  // complementiser or WH word, before the clause
    std::string pre;   // subjects and modifiers before the verb group
    std::string vp;    // the verb group
    bool subject = false;
  };

  const std::string& Rel(int i) const { return t_[static_cast<size_t>(i)].rel; }
  const std::string& Tag(int i) const { return t_[static_cast<size_t>(i)].tag; }
  const std::vector<int>& Kids(int i) const { return kids_[static_cast<size_t>(i)]; }
  bool IsVerb(int i) const { return Tag(i).rfind("VB", 0) == 0 || Tag(i) == "MD"; }
  std::string Leaf(int i) const { return "(" + Clean(Tag(i)) + " " + Clean(t_[static_cast<size_t>(i)].word) + ")"; }
  bool Done(int i) const { return lifted_.count(i) > 0 || skip_.count(i) > 0; }

  // Function words keep their own dependents as bare words ("because of").
  std::string Flat(int k) const {
    std::vector<int> sub = {k};
    for (size_t i = 0; i < sub.size(); ++i)
      for (int g : Kids(sub[i])) sub.push_back(g);
    std::sort(sub.begin(), sub.end());
    std::string out;
    for (int i : sub) out += (out.empty() ? "" : " ") + Leaf(i);
    return out;
  }

  // The cc / punct words in front of conjunct or apposition `d`.
  std::string Lift(int d) {
    std::string out;
    for (int k : Kids(d)) {
      if (k > d || !(RelIs(Rel(k), "cc") || RelIs(Rel(k), "punct"))) break;
      lifted_.insert(k);
      out += " " + Flat(k);
    }
    return out;
  }

  // A dependent inside a phrase: a bare word for childless modifiers.
  std::string Part(int k) {
    bool has_kids = false;
    for (int g : Kids(k))
      if (!Done(g)) has_kids = true;
    if (!has_kids && IsModifier(Rel(k))) return Leaf(k);
    return Phrase(k);
  }

  std::string Noun(int h) {
    std::string prep, core, post_before, coord, post_after;
    bool head_done = false, in_post = false;
    for (int k : Kids(h)) {
      if (Done(k)) continue;
      const std::string& r = Rel(k);
      if (k > h && !head_done) {
        core += " " + Leaf(h);
        head_done = true;
      }
      if (k < h && (RelIs(r, "case") || RelIs(r, "mark")) && Tag(k) != "POS") {
        prep += " " + Flat(k);
      } else if (RelIs(r, "conj")) {
        std::string lifted = Lift(k);
        coord += lifted + " " + Phrase(k);
      } else if (k > h && (in_post || !IsModifier(r) || IsVerb(k))) {
        in_post = true;
        std::string lifted = RelIs(r, "appos") ? Lift(k) : "";
        std::string part = Part(k);
        (coord.empty() ? post_before : post_after) += lifted + " " + part;
      } else {
        core += " " + Part(k);
      }
    }
    if (!head_done) core += " " + Leaf(h);
    std::string np = post_before.empty() ? "(NP" + core + ")" : "(NP (NP" + core + ")" + post_before + ")";
    if (!coord.empty()) np = "(NP " + np + coord + ")";
    if (!post_after.empty()) np = "(NP " + np + post_after + ")";
    return prep.empty() ? np : "(PP" + prep + " " + np + ")";
  }

  ClauseParts Parts(int h, int verb) {
    ClauseParts c;
    std::vector<int> chain;                  // auxiliaries before the verb, in order
    std::vector<std::string> mods;           // words after each auxiliary
    std::string post, coord_vp;
    for (int k : Kids(h)) {
      if (Done(k) || k == verb) continue;
      const std::string& r = Rel(k);
      if (k < verb) {
        if (IsSubject(r) && !Tag(k).empty() && Tag(k)[0] == 'W') {
          c.comp += " (WHNP " + Flat(k) + ")";
        } else if (IsSubject(r)) {
          c.subject = true;
          std::string part = IsVerb(k) ? Phrase(k) : Noun(k);
          (chain.empty() ? c.pre : mods.back()) += " " + part;
        } else if (RelIs(r, "aux") || (RelIs(r, "mark") && Tag(k) == "TO")) {
          chain.push_back(k);
          mods.emplace_back();
        } else if (RelIs(r, "mark")) {
          c.comp += " " + Flat(k);
        } else {
          std::string part = IsModifier(r) ? Part(k) : Phrase(k);
          (chain.empty() ? c.pre : mods.back()) += " " + part;
        }
      } else if (RelIs(r, "conj") && verb == h) {
        std::string lifted = Lift(k);
        std::string conj = Phrase(k);
        coord_vp += lifted + " " + conj;
      } else if (verb != h) {
        continue;  // the predicate noun's own dependents
      } else {
        std::string part = IsModifier(r) ? Part(k) : (IsVerb(k) || RelIs(r, "xcomp") || RelIs(r, "ccomp") ? Phrase(k) : Noun(k));
        post += " " + part;
      }
    }
    if (verb != h) {  // "X is a friend of Y": the predicate is an NP after the copula
      for (int k : Kids(h))
        if (k < verb || k == verb) skip_.insert(k);
      post = " " + Noun(h);
    }
    std::string inner = "(VP " + Leaf(verb) + post + ")";
    for (size_t i = chain.size(); i-- > 0;) inner = "(VP " + Flat(chain[i]) + mods[i] + " " + inner + ")";
    if (!coord_vp.empty()) inner = "(VP " + inner + coord_vp + ")";
    c.vp = inner;
    return c;
  }

  std::string Clause(int h, int verb) {
    ClauseParts c = Parts(h, verb);
    std::string s;
    if (!c.subject && c.pre.empty() && RelIs(Rel(h), "acl") && c.comp.empty()) return c.vp;
    if (!c.subject && RelIs(Rel(h), "conj")) return c.pre.empty() ? c.vp : "(VP" + c.pre + " " + c.vp + ")";
    s = "(S" + c.pre + " " + c.vp + ")";
    return c.comp.empty() ? s : "(SBAR" + c.comp + " " + s + ")";
  }

  const std::vector<DepToken>& t_;
  std::vector<std::vector<int>> kids_;
  std::set<int> lifted_;
  std::set<int> skip_;
};

}  // namespace

Result<std::string> DependencyToPenn(const std::vector<DepToken>& sentence) {
  const int n = static_cast<int>(sentence.size());
  if (n == 0) return Status::InvalidArgument("dependency parse: empty sentence");
  std::vector<int> roots;
  for (int i = 0; i < n; ++i) {
    int h = sentence[static_cast<size_t>(i)].head;
    if (h < -1 || h >= n || h == i)
      return Status::InvalidArgument("dependency parse: token " + std::to_string(i) + " has head " + std::to_string(h));
    if (h == -1) roots.push_back(i);
  }
  for (int i = 0; i < n; ++i) {  // every head is in range now: walk up
    int steps = 0;
    for (int cur = i; cur != -1 && steps <= n; ++steps) cur = sentence[static_cast<size_t>(cur)].head;
    if (steps > n) return Status::InvalidArgument("dependency parse: cycle through token " + std::to_string(i));
  }
  Builder b(sentence);
  std::string out = "(ROOT";
  for (int r : roots) out += " " + b.Phrase(r);
  return out + ")";
}

Result<Tree> DependencyToTree(const std::vector<DepToken>& sentence) {
  DOSSIER_ASSIGN_OR_RETURN(std::string penn, DependencyToPenn(sentence));
  DOSSIER_ASSIGN_OR_RETURN(Tree tree, ParseTree(penn));
  if (tree.words().size() != sentence.size())
    return Status::Internal("dependency parse: the tree lost words: " + penn);
  for (size_t i = 0; i < sentence.size(); ++i) {
    std::string w = Clean(sentence[i].word);
    for (char& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (tree.words()[i] != w) return Status::Internal("dependency parse: the tree reorders words: " + penn);
  }
  return tree;
}

}  // namespace dossier::extract::petrarch
