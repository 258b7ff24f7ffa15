// Noun phrase coding: actors found in the phrase's words, combined with
// agents ("Gondor's government" -> GONGOV, "MSF Arnor" -> NGOARN),
// coordinations split into several codes, and heads without an actor
// completed from appositions, prepositional phrases and reduced relatives.
#include "extract/petrarch/coder.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "extract/petrarch/coder_internal.h"

namespace dossier::extract::petrarch {

using internal::Append;
using internal::IsAgentOnly;

namespace {

std::vector<std::string> Chunks(const std::string& code) {
  std::vector<std::string> out;
  for (size_t i = 0; i < code.size(); i += 3) out.push_back(code.substr(i, 3));
  return out;
}

// Adds agent `agent` to actor code `code`: suffix agents append the 3-letter
// chunks `code` lacks ("USAGOV" + "GOV" stays "USAGOV"); prefix agents go first.
std::string WithAgent(const std::string& code, const AgentEntry& agent) {
  if (agent.prefix) {
    if (code.rfind(agent.code, 0) == 0) return code;
    return agent.code + code;
  }
  std::string out = code;
  auto have = Chunks(code.substr(std::min<size_t>(3, code.size())));
  for (const std::string& c : Chunks(agent.code))
    if (std::find(have.begin(), have.end(), c) == have.end()) {
      out += c;
      have.push_back(c);
    }
  return out;
}

}  // namespace

std::vector<std::string> Coder::FlatCodes(const std::vector<std::string>& words, int date) const {
  std::vector<std::string> actor_codes;
  bool have_actor = false;
  std::vector<const AgentEntry*> agents;
  for (size_t i = 0; i < words.size();) {
    size_t alen = 0, glen = 0;
    const ActorEntry* a = actors_->MatchAt(words, i, &alen);
    const AgentEntry* g = agents_->MatchAt(words, i, &glen);
    if (a && alen >= glen) {
      if (!have_actor) {
        actor_codes = ActorDictionary::CodesOn(*a, date);
        have_actor = true;
      }
      i += alen;
    } else if (g) {
      agents.push_back(g);
      i += glen;
    } else {
      ++i;
    }
  }
  if (!have_actor && agents.empty()) return {};
  if (!have_actor) actor_codes = {"---"};
  if (actor_codes.empty()) return {};  // a null-coded actor
  std::vector<std::string> out;
  for (std::string code : actor_codes) {
    for (const AgentEntry* g : agents) code = WithAgent(code, *g);
    out.push_back(code);
  }
  return out;
}

std::vector<std::string> Coder::CodeGroup(const Tree& tree, const std::vector<int>& children, int date) const {
  if (children.size() == 1 && IsNounPhrase(tree.node(children[0]))) return CodeNounPhrase(tree, children[0], date);
  std::vector<std::string> words;
  for (int c : children) Leaves(tree, c, true, &words);
  return FlatCodes(words, date);
}

namespace {

bool HasActor(const std::vector<std::string>& codes) {
  return std::any_of(codes.begin(), codes.end(), [](const std::string& c) { return !IsAgentOnly(c); });
}

// Each actor of `actors` with the agents of `agents` ("GON" + "---LEG" =
// "GONLEG"); agent-only actors keep the agent codes as they are.
std::vector<std::string> Combine(const std::vector<std::string>& actors, const std::vector<std::string>& agents) {
  std::vector<std::string> out;
  for (const std::string& a : actors)
    for (const std::string& g : agents) Append(&out, {IsAgentOnly(a) ? g : a + g.substr(3)});
  return out;
}

}  // namespace

std::vector<std::string> Coder::CodeNounPhrase(const Tree& tree, int node, int date) const {
  const TreeNode& n = tree.node(node);
  if (n.IsPreterminal()) return FlatCodes({n.word}, date);
  std::vector<std::string> out;
  if (CodeCoordination(tree, node, date, &out)) return out;
  if (CodeHeadAndModifiers(tree, node, date, &out)) return out;
  if (CodeCoordinatedHead(tree, node, date, &out)) return out;
  std::vector<std::string> words;
  Leaves(tree, node, true, &words);
  return FlatCodes(words, date);
}

bool Coder::CodeCoordination(const Tree& tree, int node, int date, std::vector<std::string>* out) const {
  const TreeNode& n = tree.node(node);
  if (std::none_of(n.children.begin(), n.children.end(), [&](int c) { return tree.node(c).label == "CC"; }))
    return false;
  // Conjuncts are separated by CC and commas: "Mordor, Rohan, Fornost and Bree".
  std::vector<std::vector<int>> groups(1);
  for (int c : n.children) {
    const std::string& l = tree.node(c).label;
    if (l == "CC" || l == ",") {
      if (!groups.back().empty()) groups.emplace_back();
    } else if (!IsNounModifierClause(l) && l != "DT" && l != ":") {
      groups.back().push_back(c);
    }
  }
  std::vector<std::vector<std::string>> coded;
  for (const auto& g : groups)
    if (!g.empty()) {
      auto codes = CodeGroup(tree, g, date);
      if (!codes.empty()) coded.push_back(std::move(codes));
    }
  if (coded.empty()) return false;
  // Agent-only conjuncts ("media and government") take the nearest actor.
  out->clear();
  for (size_t i = 0; i < coded.size(); ++i) {
    for (const std::string& code : coded[i]) {
      if (!IsAgentOnly(code)) {
        Append(out, {code});
        continue;
      }
      std::string actor;
      for (size_t d = 1; d < coded.size() && actor.empty(); ++d)
        for (size_t j : {i + d, i - d}) {
          if (j >= coded.size() || !actor.empty()) continue;
          for (const std::string& c2 : coded[j])
            if (!IsAgentOnly(c2)) {
              actor = c2.substr(0, 3);
              break;
            }
        }
      Append(out, {actor.empty() ? code : actor + code.substr(3)});
    }
  }
  // Modifiers after the coordination ("Lawmakers and officials in Fornost").
  if (HasActor(*out)) return true;
  for (int c : n.children) {
    if (tree.node(c).label != "PP") continue;
    for (int pc : tree.node(c).children) {
      if (!IsNounPhrase(tree.node(pc))) continue;
      std::vector<std::string> actors;
      for (const std::string& a : CodeNounPhrase(tree, pc, date))
        if (!IsAgentOnly(a)) actors.push_back(a);
      if (actors.empty()) continue;
      *out = Combine(actors, *out);
      return true;
    }
  }
  return true;
}

bool Coder::CodeHeadAndModifiers(const Tree& tree, int node, int date, std::vector<std::string>* out) const {
  // "NP PP" / "NP , NP ,": code the head, then fall back on its modifiers.
  // "(NP (NP Gondor 's) government)" has head words after the NP: not here.
  const TreeNode& n = tree.node(node);
  if (n.children.size() < 2 || !IsNounPhrase(tree.node(n.children[0]))) return false;
  for (size_t i = 1; i < n.children.size(); ++i) {
    const TreeNode& cn = tree.node(n.children[i]);
    if (cn.IsPreterminal() && cn.label != "," && cn.label != ":" && cn.label != "-LRB-" && cn.label != "-RRB-")
      return false;
  }
  // An actor or agent name running past the head ("the Prince of Dol Amroth").
  std::vector<std::string> all;
  Leaves(tree, node, false, &all);
  int head_len = tree.node(n.children[0]).end - tree.node(n.children[0]).begin;
  for (int i = 0; i < head_len && i < static_cast<int>(all.size()); ++i) {
    size_t len = 0, glen = 0;
    if (!actors_->MatchAt(all, static_cast<size_t>(i), &len)) len = 0;
    if (agents_->MatchAt(all, static_cast<size_t>(i), &glen)) len = std::max(len, glen);
    if (len > 0 && i + static_cast<int>(len) > head_len) {
      all.resize(static_cast<size_t>(i) + len);
      *out = FlatCodes(all, date);
      return true;
    }
  }
  auto head = CodeNounPhrase(tree, n.children[0], date);
  if (HasActor(head)) return *out = head, true;
  // An apposition names the head: "Old foes Gondor and Osgiliath".
  for (size_t i = 1; i < n.children.size(); ++i) {
    if (!IsNounPhrase(tree.node(n.children[i]))) continue;
    auto appos = CodeNounPhrase(tree, n.children[i], date);
    if (HasActor(appos)) return *out = head.empty() ? appos : Combine(appos, head), true;
  }
  // A prepositional phrase: "Soldiers from Gondor", "ties with Gondor".
  for (size_t i = 1; i < n.children.size(); ++i) {
    const TreeNode& cn = tree.node(n.children[i]);
    if (cn.label != "PP") continue;
    for (int pc : cn.children) {
      if (!IsNounPhrase(tree.node(pc))) continue;
      auto inner = CodeNounPhrase(tree, pc, date);
      if (inner.empty()) continue;
      return *out = head.empty() ? inner : Combine(inner, head), true;
    }
  }
  // A reduced relative: "the roads leading into Mordor", "memos sent by Bree".
  if (head.empty())
    for (size_t i = 1; i < n.children.size(); ++i) {
      const TreeNode& cn = tree.node(n.children[i]);
      if (cn.label != "VP") continue;
      std::vector<std::string> object, agent;
      FindObject(tree, n.children[i], cn.begin, false, date, &object, &agent, 1);
      if (!object.empty()) return *out = object, true;
    }
  if (head.empty()) return false;
  *out = head;
  return true;
}

bool Coder::CodeCoordinatedHead(const Tree& tree, int node, int date, std::vector<std::string>* out) const {
  // "(NP (NP Eriadori and Calenardhon) leaders)": the words after a
  // coordination apply to each conjunct.
  const TreeNode& n = tree.node(node);
  if (n.children.empty()) return false;
  int first = n.children[0];
  const TreeNode& fn = tree.node(first);
  if (!IsNounPhrase(fn) ||
      std::none_of(fn.children.begin(), fn.children.end(), [&](int c) { return tree.node(c).label == "CC"; }))
    return false;
  auto conj = CodeNounPhrase(tree, first, date);
  if (conj.size() < 2) return false;
  std::vector<std::string> rest;
  for (size_t i = 1; i < n.children.size(); ++i) Leaves(tree, n.children[i], true, &rest);
  auto rest_codes = FlatCodes(rest, date);
  if (rest_codes.empty()) return *out = conj, true;
  if (rest_codes.size() != 1 || !IsAgentOnly(rest_codes[0])) return false;
  out->clear();
  for (const std::string& a : conj) Append(out, {a + rest_codes[0].substr(3)});
  return true;
}

}  // namespace dossier::extract::petrarch
