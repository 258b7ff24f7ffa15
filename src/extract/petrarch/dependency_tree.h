// Adapter from a dependency parse (Universal Dependencies relations, Penn
// part-of-speech tags) to the Penn Treebank constituency tree the PETRARCH
// coder reads, so that PETRARCH dictionaries can code sentences parsed by
// our own dependency parser.
//
// Example:
//   std::vector<DepToken> s = {{"Arnor", "NNP", 1, "nsubj"}, {"restored", "VBD", -1, "root"},
//                              {"ties", "NNS", 1, "obj"}, {"with", "IN", 4, "case"},
//                              {"Gondor", "NNP", 1, "obl"}};
//   DOSSIER_ASSIGN_OR_RETURN(Tree tree, DependencyToTree(s));
//   coder.CodeTree(tree, 19950101);  // ARN -> GON 064
//
// Shapes built: a noun head with its modifiers is an NP ("(NP (NP Gondor 's)
// government)"), a dependent with a `case` word a PP, coordinations
// "(NP (NP A) (CC and) (NP B))"; a verb head is "(S (NP subject) (VP ...))"
// with auxiliaries nesting VPs ("(VP (VBD was) (VP (VBN shot) ...))", so that
// passives are seen), `mark` complementisers giving SBAR and "to" nesting
// like an auxiliary. Word order is kept: the result's words are the input's.
//
// Thread-safety: a pure function.
// Errors: InvalidArgument for heads out of range, cycles, or (a bug) a tree
// whose words would not be the input's in order.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "extract/petrarch/tree.h"

namespace dossier::extract::petrarch {

struct DepToken {
  std::string word;
  std::string tag;   // Penn tag (xpos): NNP, VBD, ...
  int head = -1;     // index of the head token in the sentence, -1 for the root
  std::string rel;   // UD relation: nsubj, obj, obl, case, conj, ...
};

// The bracketed Penn string for `sentence`.
Result<std::string> DependencyToPenn(const std::vector<DepToken>& sentence);

// DependencyToPenn, parsed.
Result<Tree> DependencyToTree(const std::vector<DepToken>& sentence);

}  // namespace dossier::extract::petrarch
