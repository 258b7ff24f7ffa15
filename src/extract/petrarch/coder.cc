#include "extract/petrarch/coder.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace dossier::extract::petrarch {
namespace {

// FindObject depth that ignores complement clauses.
constexpr int kNoComplements = -1;

bool IsNounPhrase(const TreeNode& n) { return n.label == "NP" || n.label == "NP-TMP" || n.label == "WHNP"; }

bool IsClause(const TreeNode& n) { return n.label == "S" || n.label == "SINV" || n.label == "SQ"; }

// Children that do not belong to the words of a noun phrase's head.
bool IsNounModifierClause(const std::string& label) {
  return label == "PP" || label == "SBAR" || label == "VP" || label == "S" || label == "PRN" || label == "RRC";
}

bool IsCode(const std::string& code) {
  if (code.empty() || code == "---") return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

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

const std::set<std::string>& BeWords() {
  static const std::set<std::string> k = {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "'S", "GET", "GOT", "GETS"};
  return k;
}

int VerbChild(const Tree& tree, int vp) {
  for (int c : tree.node(vp).children)
    if (IsVerbTag(tree.node(c).label) && tree.node(c).IsPreterminal()) return c;
  return -1;
}

void Append(std::vector<std::string>* out, const std::vector<std::string>& more) {
  for (const std::string& c : more)
    if (std::find(out->begin(), out->end(), c) == out->end()) out->push_back(c);
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

}  // namespace

struct Coder::VerbMatch {
  std::string code;
  int score = -1;
  std::vector<std::string> source, target;
  bool has_source = false, has_target = false, compound = false;
  bool target_before_verb = false;
};

Result<std::unique_ptr<Coder>> Coder::Load(const DictionaryPaths& paths, Warnings* warnings) {
  DOSSIER_ASSIGN_OR_RETURN(auto verbs, VerbDictionary::Load(paths.verbs, warnings));
  DOSSIER_ASSIGN_OR_RETURN(auto actors, ActorDictionary::Load(paths.actors, warnings));
  std::unique_ptr<AgentDictionary> agents;
  if (!paths.agents.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(agents, AgentDictionary::Load(paths.agents, warnings));
  } else {
    DOSSIER_ASSIGN_OR_RETURN(agents, AgentDictionary::Parse("", "<none>"));
  }
  std::unique_ptr<DiscardList> discards;
  if (!paths.discards.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(discards, DiscardList::Load(paths.discards, warnings));
  } else {
    DOSSIER_ASSIGN_OR_RETURN(discards, DiscardList::Parse("", "<none>"));
  }
  return std::make_unique<Coder>(std::move(verbs), std::move(actors), std::move(agents), std::move(discards));
}

Coder::Coder(std::unique_ptr<VerbDictionary> verbs, std::unique_ptr<ActorDictionary> actors,
             std::unique_ptr<AgentDictionary> agents, std::unique_ptr<DiscardList> discards)
    : verbs_(std::move(verbs)), actors_(std::move(actors)), agents_(std::move(agents)), discards_(std::move(discards)) {}

// ------------------------------------------------------------ noun phrases

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

std::vector<std::string> Coder::CodeNounPhrase(const Tree& tree, int node, int date) const {
  const TreeNode& n = tree.node(node);
  if (n.IsPreterminal()) return FlatCodes({n.word}, date);
  // Coordination: "Gondor and Osgiliath", "Mordor, Rohan, Fornost and Bree".
  bool has_cc = false;
  for (int c : n.children)
    if (tree.node(c).label == "CC") has_cc = true;
  if (has_cc) {
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
    if (!coded.empty()) {
      // Agent-only conjuncts ("media and government") take the nearest actor.
      std::vector<std::string> out;
      for (size_t i = 0; i < coded.size(); ++i) {
        for (const std::string& code : coded[i]) {
          if (code.rfind("---", 0) != 0) {
            Append(&out, {code});
            continue;
          }
          std::string actor;
          for (size_t d = 1; d < coded.size() && actor.empty(); ++d) {
            for (size_t j : {i + d, i - d}) {
              if (j >= coded.size()) continue;
              for (const std::string& c2 : coded[j])
                if (c2.rfind("---", 0) != 0) {
                  actor = c2.substr(0, 3);
                  break;
                }
              if (!actor.empty()) break;
            }
          }
          Append(&out, {actor.empty() ? code : actor + code.substr(3)});
        }
      }
      // Modifiers after the coordination ("Lawmakers and officials in Fornost").
      bool agents_only = std::all_of(out.begin(), out.end(), [](const std::string& c) { return c.rfind("---", 0) == 0; });
      if (agents_only) {
        for (int c : n.children)
          if (tree.node(c).label == "PP") {
            for (int pc : tree.node(c).children)
              if (IsNounPhrase(tree.node(pc))) {
                auto inner = CodeNounPhrase(tree, pc, date);
                if (inner.empty()) continue;
                std::vector<std::string> combined;
                for (const std::string& a : inner)
                  for (const std::string& g : out)
                    if (a.rfind("---", 0) != 0) Append(&combined, {a + g.substr(3)});
                if (!combined.empty()) return combined;
              }
          }
      }
      return out;
    }
  }
  // "NP PP" / "NP , NP ,": code the head, then fall back on its modifiers.
  // "(NP (NP Gondor 's) government)" has head words after the NP: flat.
  bool head_then_modifiers = n.children.size() > 1 && IsNounPhrase(tree.node(n.children[0]));
  for (size_t i = 1; i < n.children.size() && head_then_modifiers; ++i) {
    const TreeNode& cn = tree.node(n.children[i]);
    if (cn.IsPreterminal() && cn.label != "," && cn.label != ":" && cn.label != "-LRB-" && cn.label != "-RRB-")
      head_then_modifiers = false;
  }
  if (head_then_modifiers) {
    // An actor name running past the head ("the Prince of Dol Amroth").
    std::vector<std::string> all;
    Leaves(tree, node, false, &all);
    int head_len = tree.node(n.children[0]).end - tree.node(n.children[0]).begin;
    for (int i = 0; i < head_len && i < static_cast<int>(all.size()); ++i) {
      size_t len = 0;
      size_t glen = 0;
      if (!actors_->MatchAt(all, static_cast<size_t>(i), &len)) len = 0;
      if (agents_->MatchAt(all, static_cast<size_t>(i), &glen)) len = std::max(len, glen);
      if (len > 0 && i + static_cast<int>(len) > head_len) {
        all.resize(static_cast<size_t>(i) + len);
        return FlatCodes(all, date);
      }
    }
    auto head = CodeNounPhrase(tree, n.children[0], date);
    bool head_actor = std::any_of(head.begin(), head.end(), [](const std::string& c) { return c.rfind("---", 0) != 0; });
    if (head_actor) return head;
    // An apposition names the head: "Old foes Gondor and Osgiliath".
    for (size_t i = 1; i < n.children.size(); ++i) {
      const TreeNode& cn = tree.node(n.children[i]);
      if (!IsNounPhrase(cn)) continue;
      auto appos = CodeNounPhrase(tree, n.children[i], date);
      if (std::any_of(appos.begin(), appos.end(), [](const std::string& c) { return c.rfind("---", 0) != 0; })) {
        if (head.empty()) return appos;
        std::vector<std::string> combined;
        for (const std::string& a : appos)
          for (const std::string& g : head) Append(&combined, {a.rfind("---", 0) == 0 ? g : a + g.substr(3)});
        return combined;
      }
    }
    for (size_t i = 1; i < n.children.size(); ++i) {
      const TreeNode& cn = tree.node(n.children[i]);
      if (cn.label != "PP") continue;
      for (int pc : cn.children) {
        if (!IsNounPhrase(tree.node(pc))) continue;
        auto inner = CodeNounPhrase(tree, pc, date);
        if (inner.empty()) continue;
        if (head.empty()) return inner;
        std::vector<std::string> combined;
        for (const std::string& a : inner)
          for (const std::string& g : head) Append(&combined, {a.rfind("---", 0) == 0 ? g : a + g.substr(3)});
        return combined;
      }
    }
    // A reduced relative: "the roads leading into Mordor", "memos sent by Bree".
    if (head.empty())
      for (size_t i = 1; i < n.children.size(); ++i) {
        const TreeNode& cn = tree.node(n.children[i]);
        if (cn.label != "VP") continue;
        std::vector<std::string> object, agent;
        FindObject(tree, n.children[i], cn.begin, false, date, &object, &agent, 1);
        if (!object.empty()) return object;
      }
    if (!head.empty()) return head;
  }
  // "(NP (NP Eriadori and Calenardhon) leaders)": the words after a
  // coordination apply to each conjunct.
  for (int c : n.children) {
    const TreeNode& cn = tree.node(c);
    if (!IsNounPhrase(cn) || c != n.children[0]) continue;
    bool coordinated = std::any_of(cn.children.begin(), cn.children.end(),
                                   [&](int cc) { return tree.node(cc).label == "CC"; });
    if (!coordinated) break;
    auto conj = CodeNounPhrase(tree, c, date);
    if (conj.size() < 2) break;
    std::vector<std::string> rest;
    for (size_t i = 1; i < n.children.size(); ++i) Leaves(tree, n.children[i], true, &rest);
    auto rest_codes = FlatCodes(rest, date);
    if (rest_codes.empty()) return conj;
    if (rest_codes.size() == 1 && rest_codes[0].rfind("---", 0) == 0) {
      std::vector<std::string> out;
      for (const std::string& a : conj) Append(&out, {a + rest_codes[0].substr(3)});
      return out;
    }
    break;
  }
  std::vector<std::string> words;
  Leaves(tree, node, true, &words);
  return FlatCodes(words, date);
}

// ------------------------------------------------------------ patterns

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
      int best = -1, best_len = 0;
      for (int i = 0; i < static_cast<int>(tree.nodes().size()); ++i) {
        const TreeNode& n = tree.node(i);
        if (!IsNounPhrase(n)) continue;
        bool anchored = forward ? (n.begin == pos && n.end <= limit) : (n.end - 1 == pos && n.begin >= limit);
        // '^' also skips the rest of a noun phrase already entered ("THEIR ^").
        if (e.kind == PatternKind::kSkip && forward && n.begin < pos && pos < n.end && n.end <= limit)
          anchored = true;
        if (!anchored || n.end - n.begin <= best_len) continue;
        if (e.kind == PatternKind::kSkip && n.begin < pos && best >= 0) continue;
        best = i;
        best_len = n.end - n.begin;
      }
      if (best < 0) return false;
      if (e.kind != PatternKind::kSkip) {
        auto c = CodeNounPhrase(tree, best, date);
        if (c.empty()) return false;
        *codes = std::move(c);
      }
      *next = forward ? tree.node(best).end : tree.node(best).begin - 1;
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
  // After the verb, left to right.
  int cur = verb_end;
  for (size_t i = 0; i < p.after.size(); ++i) {
    const PatternElement& e = p.after[i];
    bool adjacent = i == 0 ? p.verb_joined_to_next : p.after[i - 1].joined_to_next;
    bool found = false;
    for (int q = cur; q < region_end; ++q) {
      int next = q;
      std::vector<std::string> codes;
      if (MatchElementAt(tree, e, q, true, region_end, date, &next, &codes)) {
        if (e.kind == PatternKind::kCompound && codes.size() < 2) {
          if (adjacent) break;
          continue;
        }
        if (e.kind == PatternKind::kTarget || e.kind == PatternKind::kCompound) local.target = codes, local.has_target = true;
        if (e.kind == PatternKind::kSource) local.source = codes, local.has_source = true;
        cur = next;
        found = true;
        break;
      }
      if (adjacent || e.kind == PatternKind::kSkip) break;  // '^' skips only what is next
    }
    if (!found) {
      if (e.kind == PatternKind::kSkip) continue;
      return false;
    }
    score += e.kind == PatternKind::kSkip ? 0 : 1;
  }
  // Before the verb, right to left.
  cur = verb_begin - 1;
  for (size_t k = p.before.size(); k-- > 0;) {
    const PatternElement& e = p.before[k];
    if (e.kind == PatternKind::kCompound) continue;
    bool adjacent = e.joined_to_next;
    bool found = false;
    for (int q = cur; q >= 0; --q) {
      int next = q;
      std::vector<std::string> codes;
      if (MatchElementAt(tree, e, q, false, 0, date, &next, &codes)) {
        if (e.kind == PatternKind::kTarget) {
          local.target = codes;
          local.has_target = true;
          local.target_before_verb = true;
        }
        if (e.kind == PatternKind::kSource) local.source = codes, local.has_source = true;
        cur = next;
        found = true;
        break;
      }
      if (adjacent || e.kind == PatternKind::kSkip) break;  // '^' skips only what is next
    }
    if (!found) {
      if (e.kind == PatternKind::kSkip) continue;
      return false;
    }
    score += e.kind == PatternKind::kSkip ? 0 : 1;
  }
  local.score = score;
  local.code = p.code;
  local.compound = p.compound;
  *m = std::move(local);
  return true;
}

// ------------------------------------------------------------ verbs

namespace {

bool IsPronoun(const Tree& tree, int np) {
  const TreeNode& n = tree.node(np);
  return n.children.size() == 1 && (tree.node(n.children[0]).label == "PRP" || tree.node(n.children[0]).label == "EX");
}

}  // namespace

int Coder::FindSubject(const Tree& tree, int start, int date, std::vector<std::string>* codes) const {
  int cur = start;
  for (int p = tree.node(start).parent; p >= 0; cur = p, p = tree.node(p).parent) {
    const TreeNode& pn = tree.node(p);
    if (IsNounPhrase(pn)) {
      *codes = CodeNounPhrase(tree, p, date);
      return p;
    }
    if (!IsClause(pn)) continue;
    int subject = -1;
    for (int c : pn.children) {
      if (c == cur) break;
      if (IsNounPhrase(tree.node(c))) subject = c;
    }
    if (subject < 0) continue;
    // Pronouns ("it would act") stand for the subject of the clause above.
    if (IsPronoun(tree, subject)) continue;
    *codes = CodeNounPhrase(tree, subject, date);
    return subject;
  }
  codes->clear();
  return -1;
}

void Coder::FindObject(const Tree& tree, int vp, int from_word, bool passive, int date, std::vector<std::string>* object,
                       std::vector<std::string>* agent, int depth) const {
  for (int c : tree.node(vp).children) {
    const TreeNode& cn = tree.node(c);
    if (cn.begin < from_word) continue;
    std::vector<int> candidates;
    if (passive && cn.label == "ADVP" && agent->empty()) {
      for (int ac : cn.children)
        if (tree.node(ac).label == "PP" && !tree.node(ac).children.empty() &&
            tree.node(tree.node(ac).children[0]).word == "BY")
          for (int pc : tree.node(ac).children)
            if (IsNounPhrase(tree.node(pc)) && agent->empty()) *agent = CodeNounPhrase(tree, pc, date);
    }
    if (IsNounPhrase(cn)) {
      candidates.push_back(c);
    } else if (cn.label == "PP") {
      bool by = !cn.children.empty() && tree.node(cn.children[0]).word == "BY";
      for (int pc : cn.children)
        if (IsNounPhrase(tree.node(pc))) {
          if (passive && by) {
            if (agent->empty()) *agent = CodeNounPhrase(tree, pc, date);
          } else {
            candidates.push_back(pc);
          }
        }
    } else if ((IsClause(cn) || cn.label == "SBAR") && depth != kNoComplements) {
      int s = c;
      if (cn.label == "SBAR")
        for (int sc : cn.children)
          if (IsClause(tree.node(sc))) s = sc;
      bool has_subject = false;
      for (int sc : tree.node(s).children)
        if (IsNounPhrase(tree.node(sc))) {
          candidates.push_back(sc);
          has_subject = true;
          break;
        }
      // "signed an accord to supply Gondor": the object of the infinitive.
      if (!has_subject && IsClause(tree.node(s)) && depth < 4)
        for (int sc : tree.node(s).children)
          if (tree.node(sc).label == "VP" && object->empty())
            FindObject(tree, sc, tree.node(sc).begin, false, date, object, agent, depth + 1);
    } else if (cn.label == "VP" && depth > 0 && object->empty()) {
      FindObject(tree, c, cn.begin, false, date, object, agent, depth + 1);
    }
    for (int cand : candidates) {
      if (!object->empty()) break;
      *object = CodeNounPhrase(tree, cand, date);
    }
  }
}

void Coder::CodeVerbPhrase(const Tree& tree, int vp, int date, std::vector<Event>* out) const {
  const TreeNode& v = tree.node(vp);
  int verb_pt = VerbChild(tree, vp);
  if (verb_pt < 0) return;
  for (int c : v.children)
    if (tree.node(c).label == "VP") return;  // an auxiliary: the inner VP is coded
  const auto& words = tree.words();
  int vi = tree.node(verb_pt).begin;
  // The longest verb forms whose companion words surround the verb (a verb
  // listed in several blocks keeps them all; the last block gives the default).
  std::vector<const VerbForm*> forms;
  size_t form_len = 0;
  for (const VerbForm* f : verbs_->FormsOf(words[static_cast<size_t>(vi)])) {
    size_t len = 1 + f->before.size() + f->after.size();
    if (len < form_len) continue;
    int b = vi - static_cast<int>(f->before.size());
    int e = vi + 1 + static_cast<int>(f->after.size());
    if (b < 0 || e > static_cast<int>(words.size())) continue;
    bool ok = true;
    for (size_t k = 0; k < f->before.size() && ok; ++k) ok = words[static_cast<size_t>(b) + k] == f->before[k];
    for (size_t k = 0; k < f->after.size() && ok; ++k) ok = words[static_cast<size_t>(vi + 1) + k] == f->after[k];
    if (!ok) continue;
    if (len > form_len) forms.clear();
    form_len = len;
    if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(f);
  }
  if (forms.empty()) return;
  const VerbForm* form = forms.back();
  int verb_begin = vi - static_cast<int>(form->before.size());
  int verb_end = vi + 1 + static_cast<int>(form->after.size());

  // Passive: a past participle under a form of "be".
  bool passive = false;
  if (tree.node(verb_pt).label == "VBN") {
    for (int p = v.parent; p >= 0 && tree.node(p).label == "VP"; p = tree.node(p).parent) {
      int aux = VerbChild(tree, p);
      if (aux >= 0 && BeWords().count(tree.node(aux).word)) {
        passive = true;
        break;
      }
    }
  }
  std::vector<std::string> subject_codes;
  int subject = FindSubject(tree, vp, date, &subject_codes);
  std::vector<std::string> object_codes, agent_codes;
  FindObject(tree, vp, verb_end, passive, date, &object_codes, &agent_codes, 0);
  // A passive without a "by" agent codes like an active verb: "The
  // Philippines was criticized over its dispute with Eriador" -> PHL, ERI.
  // (Its complement clauses are not objects: "was allowed to leave Lorien".)
  if (passive && agent_codes.empty()) {
    passive = false;
    object_codes.clear();
    FindObject(tree, vp, verb_end, false, date, &object_codes, &agent_codes, kNoComplements);
  }
  // Patterns of every block holding the verb; the most specific wins.
  VerbMatch best;
  std::set<int> seen_blocks;
  for (const VerbForm* f : forms) {
    if (!seen_blocks.insert(f->block).second) continue;
    for (const VerbPattern& p : verbs_->block(f->block).patterns) {
      if (p.code != "---" && !IsCode(p.code.substr(0, p.code.find(':')))) continue;  // "[+++]": inactive
      VerbMatch m;
      if (!MatchPattern(tree, p, verb_begin, verb_end, v.end, date, &m)) continue;
      if (p.compound) {  // '%' needs a compound subject, and counts as matched
        if (subject_codes.size() < 2) continue;
        ++m.score;
      }
      if (m.score > best.score) best = std::move(m);
    }
  }
  std::string code = best.score >= 0 ? best.code : (form->code.empty() ? verbs_->block(form->block).code : form->code);
  std::string code1 = code, code2;
  size_t colon = code.find(':');
  if (colon != std::string::npos) {
    code1 = code.substr(0, colon);
    code2 = code.substr(colon + 1);
  }
  if (!IsCode(code1)) return;

  std::vector<std::string> sources = passive ? agent_codes : subject_codes;
  std::vector<std::string> targets = passive ? subject_codes : object_codes;
  if (best.has_target) {
    targets = best.target;
    if (best.target_before_verb && !best.has_source) {
      // "X noted + Y regretted": the source is the subject above the clause.
      std::vector<std::string> above;
      if (subject >= 0 && !passive) FindSubject(tree, subject, date, &above);
      sources = passive ? agent_codes : above;
    }
  }
  if (best.has_source) sources = best.source;
  if (best.compound && subject_codes.size() > 1 && !best.has_target) {
    for (const std::string& s : subject_codes)
      for (const std::string& t : subject_codes)
        if (s != t) out->push_back({s, t, code1});
    return;
  }
  for (const std::string& s : sources)
    for (const std::string& t : targets) {
      if (s == t) continue;
      out->push_back({s, t, code1});
      if (IsCode(code2)) out->push_back({t, s, code2});
    }
}

CodedSentence Coder::CodeTree(const Tree& tree, int date) const {
  CodedSentence result;
  bool story = false;
  if (discards_->Find(tree.words(), &story)) {
    result.discarded = true;
    result.story_discard = story;
    return result;
  }
  for (int i = 0; i < static_cast<int>(tree.nodes().size()); ++i)
    if (tree.node(i).label == "VP") CodeVerbPhrase(tree, i, date, &result.events);
  std::vector<Event> unique;
  for (const Event& e : result.events)
    if (std::find(unique.begin(), unique.end(), e) == unique.end()) unique.push_back(e);
  result.events = std::move(unique);
  return result;
}

Result<CodedSentence> Coder::CodeParse(std::string_view penn, int date) const {
  DOSSIER_ASSIGN_OR_RETURN(Tree tree, ParseTree(penn));
  return CodeTree(tree, date);
}

}  // namespace dossier::extract::petrarch
