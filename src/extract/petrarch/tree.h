// Penn Treebank constituency trees, as given in PETRARCH validation records.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto tree, ParseTree("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))"));
//   tree.words();  // {"ARNOR", "LEFT"} (upper-cased)
//
// Thread-safety: a Tree is an immutable value once parsed.
// Errors: unbalanced brackets, empty input or nesting deeper than
// kMaxTreeDepth give InvalidArgument.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dossier::extract::petrarch {

using base::Result;
using base::Status;

// Deeper trees are rejected: coding recurses over the tree.
inline constexpr size_t kMaxTreeDepth = 400;

struct TreeNode {
  std::string label;           // "NP", "VBD", ...; empty never
  std::string word;            // upper-cased word for preterminals, else empty
  int parent = -1;             // index into Tree::nodes(), -1 for the root
  std::vector<int> children;   // in order
  int begin = 0;               // first word index covered
  int end = 0;                 // one past the last word index covered

  bool IsPreterminal() const { return !word.empty() || children.empty(); }
};

class Tree {
 public:
  const std::vector<TreeNode>& nodes() const { return nodes_; }
  const TreeNode& node(int i) const { return nodes_[static_cast<size_t>(i)]; }
  const std::vector<std::string>& words() const { return words_; }
  // Index of the preterminal covering word `w`.
  int PreterminalOf(int w) const { return preterminals_[static_cast<size_t>(w)]; }
  int root() const { return 0; }

  // Words [begin, end) joined by single spaces.
  std::string Span(int begin, int end) const;

 private:
  friend Result<Tree> ParseTree(std::string_view text);
  std::vector<TreeNode> nodes_;
  std::vector<std::string> words_;
  std::vector<int> preterminals_;
};

// Parses one bracketed tree; the outermost bracket becomes node 0.
Result<Tree> ParseTree(std::string_view text);

// True for Penn verb tags (VB, VBD, VBG, VBN, VBP, VBZ).
bool IsVerbTag(std::string_view label);

// NP, NP-TMP or WHNP.
bool IsNounPhrase(const TreeNode& n);
// S, SINV or SQ.
bool IsClause(const TreeNode& n);
// Children that do not belong to the words of a noun phrase's head (PP,
// SBAR, VP, S, PRN, RRC).
bool IsNounModifierClause(const std::string& label);
// Appends the words under `node`; with `skip_clauses`, not those under
// IsNounModifierClause children.
void Leaves(const Tree& tree, int node, bool skip_clauses, std::vector<std::string>* out);

}  // namespace dossier::extract::petrarch
