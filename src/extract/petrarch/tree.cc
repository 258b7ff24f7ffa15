#include "extract/petrarch/tree.h"

#include <cctype>

namespace dossier::extract::petrarch {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string Tree::Span(int begin, int end) const {
  std::string out;
  for (int i = begin; i < end && i < static_cast<int>(words_.size()); ++i) {
    if (!out.empty()) out += ' ';
    out += words_[static_cast<size_t>(i)];
  }
  return out;
}

bool IsVerbTag(std::string_view label) { return label.size() >= 2 && label.substr(0, 2) == "VB"; }

bool IsNounPhrase(const TreeNode& n) { return n.label == "NP" || n.label == "NP-TMP" || n.label == "WHNP"; }

bool IsClause(const TreeNode& n) { return n.label == "S" || n.label == "SINV" || n.label == "SQ"; }

bool IsNounModifierClause(const std::string& label) {
  return label == "PP" || label == "SBAR" || label == "VP" || label == "S" || label == "PRN" || label == "RRC";
}

void Leaves(const Tree& tree, int node, bool skip_clauses, std::vector<std::string>* out) {
  const TreeNode& n = tree.node(node);
  if (n.IsPreterminal()) {
    if (!n.word.empty()) out->push_back(n.word);
    return;
  }
  for (int c : n.children) {
    if (skip_clauses && IsNounModifierClause(tree.node(c).label)) continue;
    Leaves(tree, c, skip_clauses, out);
  }
}

Result<Tree> ParseTree(std::string_view text) {
  // Tokens: "(", ")", and atoms.
  std::vector<std::string_view> toks;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '(' || c == ')') {
      toks.push_back(text.substr(i, 1));
      ++i;
    } else {
      size_t j = i;
      while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j])) && text[j] != '(' &&
             text[j] != ')')
        ++j;
      toks.push_back(text.substr(i, j - i));
      i = j;
    }
  }
  if (toks.empty()) return Status::InvalidArgument("empty parse");
  Tree tree;
  std::vector<int> stack;
  size_t k = 0;
  while (k < toks.size()) {
    std::string_view t = toks[k];
    if (t == "(") {
      if (stack.size() >= kMaxTreeDepth) return Status::InvalidArgument("parse: nested deeper than " + std::to_string(kMaxTreeDepth));
      if (!stack.empty() || tree.nodes_.empty()) {
        TreeNode n;
        n.parent = stack.empty() ? -1 : stack.back();
        ++k;
        if (k < toks.size() && toks[k] != "(" && toks[k] != ")") {
          n.label = std::string(toks[k]);
          ++k;
        } else {
          n.label = "ROOT";
        }
        n.begin = static_cast<int>(tree.words_.size());
        int idx = static_cast<int>(tree.nodes_.size());
        if (n.parent >= 0) tree.nodes_[static_cast<size_t>(n.parent)].children.push_back(idx);
        tree.nodes_.push_back(std::move(n));
        stack.push_back(idx);
        continue;
      }
      return Status::InvalidArgument("parse: text after the end of the tree");
    }
    if (t == ")") {
      if (stack.empty()) return Status::InvalidArgument("parse: unbalanced ')'");
      TreeNode& n = tree.nodes_[static_cast<size_t>(stack.back())];
      n.end = static_cast<int>(tree.words_.size());
      stack.pop_back();
      ++k;
      continue;
    }
    // An atom: a word under the current node.
    if (stack.empty()) return Status::InvalidArgument("parse: word outside brackets");
    TreeNode& n = tree.nodes_[static_cast<size_t>(stack.back())];
    if (!n.children.empty() || !n.word.empty())
      return Status::InvalidArgument("parse: word beside constituents under " + n.label);
    n.word = Upper(t);
    tree.preterminals_.push_back(stack.back());
    tree.words_.push_back(n.word);
    ++k;
  }
  if (!stack.empty()) return Status::InvalidArgument("parse: unbalanced '(' (missing ')')");
  return tree;
}

}  // namespace dossier::extract::petrarch
