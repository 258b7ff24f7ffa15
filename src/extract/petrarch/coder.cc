#include "extract/petrarch/coder.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "extract/petrarch/coder_internal.h"

namespace dossier::extract::petrarch {

using internal::IsCode;

namespace {

// FindObject depth that ignores complement clauses.
constexpr int kNoComplements = -1;

const std::set<std::string>& BeWords() {
  static const std::set<std::string> k = {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "'S", "GET", "GOT", "GETS"};
  return k;
}

int VerbChild(const Tree& tree, int vp) {
  for (int c : tree.node(vp).children)
    if (IsVerbTag(tree.node(c).label) && tree.node(c).IsPreterminal()) return c;
  return -1;
}

}  // namespace

Result<DictionaryPaths> DictionaryPaths::FromFolder(const std::string& dir) {
  std::error_code ec;
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  if (ec) return Status::NotFound(dir + ": " + ec.message());
  std::sort(names.begin(), names.end());
  DictionaryPaths paths;
  std::vector<std::string> verbs;
  const std::string base = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  for (const std::string& name : names) {
    std::string lower;
    for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.size() < 4 || lower.substr(lower.size() - 4) != ".txt") continue;
    auto has = [&](const char* part) { return lower.find(part) != std::string::npos; };
    if (lower.rfind("cameo", 0) == 0 && !has("codefile") && !has("plover")) {
      verbs.push_back(base + name);
    } else if (has("verbs")) {
      verbs.push_back(base + name);
    } else if (has("actors")) {
      paths.actors.push_back(base + name);
    } else if (has("agents")) {
      paths.agents.push_back(base + name);
    } else if (has("discards")) {
      paths.discards.push_back(base + name);
    }
  }
  if (verbs.empty()) return Status::NotFound(dir + ": no verb dictionary (CAMEO*.txt or *verbs*.txt)");
  if (verbs.size() > 1) {
    std::string list;
    for (const std::string& v : verbs) list += " " + v;
    return Status::InvalidArgument(dir + ": several verb dictionaries:" + list);
  }
  if (paths.actors.empty()) return Status::NotFound(dir + ": no actor dictionary (*actors*.txt)");
  paths.verbs = verbs[0];
  return paths;
}

Result<std::unique_ptr<Coder>> Coder::Load(const DictionaryPaths& paths, Warnings* warnings) {
  DOSSIER_ASSIGN_OR_RETURN(auto verbs, VerbDictionary::Load(paths.verbs, warnings));
  DOSSIER_ASSIGN_OR_RETURN(auto actors, ActorDictionary::LoadAll(paths.actors, warnings));
  std::unique_ptr<AgentDictionary> agents;
  if (!paths.agents.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(agents, AgentDictionary::LoadAll(paths.agents, warnings));
  } else {
    DOSSIER_ASSIGN_OR_RETURN(agents, AgentDictionary::Parse("", "<none>"));
  }
  std::unique_ptr<DiscardList> discards;
  if (!paths.discards.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(discards, DiscardList::LoadAll(paths.discards, warnings));
  } else {
    DOSSIER_ASSIGN_OR_RETURN(discards, DiscardList::Parse("", "<none>"));
  }
  return std::make_unique<Coder>(std::move(verbs), std::move(actors), std::move(agents), std::move(discards));
}

Coder::Coder(std::unique_ptr<VerbDictionary> verbs, std::unique_ptr<ActorDictionary> actors,
             std::unique_ptr<AgentDictionary> agents, std::unique_ptr<DiscardList> discards)
    : verbs_(std::move(verbs)), actors_(std::move(actors)), agents_(std::move(agents)), discards_(std::move(discards)) {}

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

void Coder::FindObjectPass(const Tree& tree, int vp, int from_word, bool passive, int date, bool need_actor,
                           std::vector<std::string>* object, std::vector<std::string>* agent, int depth) const {
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
            FindObjectPass(tree, sc, tree.node(sc).begin, false, date, need_actor, object, agent, depth + 1);
    } else if (cn.label == "VP" && depth > 0 && object->empty()) {
      FindObjectPass(tree, c, cn.begin, false, date, need_actor, object, agent, depth + 1);
    }
    for (int cand : candidates) {
      if (!object->empty()) break;
      auto codes = CodeNounPhrase(tree, cand, date);
      if (need_actor && std::all_of(codes.begin(), codes.end(), internal::IsAgentOnly)) continue;
      *object = std::move(codes);
    }
  }
}

void Coder::FindObject(const Tree& tree, int vp, int from_word, bool passive, int date, std::vector<std::string>* object,
                       std::vector<std::string>* agent, int depth) const {
  // An object naming an actor wins over an earlier agent-only one ("fired
  // artillery shells at Seoul").
  FindObjectPass(tree, vp, from_word, passive, date, true, object, agent, depth);
  if (object->empty()) FindObjectPass(tree, vp, from_word, passive, date, false, object, agent, depth);
}

std::vector<const VerbForm*> Coder::MatchingForms(const Tree& tree, int verb_pt) const {
  const auto& words = tree.words();
  int vi = tree.node(verb_pt).begin;
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
  return forms;
}

bool Coder::IsPassive(const Tree& tree, int vp, int verb_pt) {
  if (tree.node(verb_pt).label != "VBN") return false;
  for (int p = tree.node(vp).parent; p >= 0 && tree.node(p).label == "VP"; p = tree.node(p).parent) {
    int aux = VerbChild(tree, p);
    if (aux >= 0 && BeWords().count(tree.node(aux).word)) return true;
  }
  return false;
}

Coder::VerbMatch Coder::BestPattern(const Tree& tree, const std::vector<const VerbForm*>& forms, int verb_begin,
                                    int verb_end, int region_end, size_t subject_count, int date) const {
  VerbMatch best;
  std::set<int> seen_blocks;
  for (const VerbForm* f : forms) {
    if (!seen_blocks.insert(f->block).second) continue;
    for (const VerbPattern& p : verbs_->block(f->block).patterns) {
      if (p.code != "---" && !IsCode(p.code.substr(0, p.code.find(':')))) continue;  // "[+++]": inactive
      VerbMatch m;
      if (!MatchPattern(tree, p, verb_begin, verb_end, region_end, date, &m)) continue;
      if (p.compound) {  // '%' needs a compound subject, and counts as matched
        if (subject_count < 2) continue;
        ++m.score;
      }
      if (m.score > best.score) best = std::move(m);
    }
  }
  return best;
}

void Coder::CodeVerbPhrase(const Tree& tree, int vp, int date, std::vector<Event>* out) const {
  const TreeNode& v = tree.node(vp);
  int verb_pt = VerbChild(tree, vp);
  if (verb_pt < 0) return;
  for (int c : v.children)
    if (tree.node(c).label == "VP") return;  // an auxiliary: the inner VP is coded
  // A verb listed in several blocks keeps them all; the last gives the default.
  std::vector<const VerbForm*> forms = MatchingForms(tree, verb_pt);
  if (forms.empty()) return;
  const VerbForm* form = forms.back();
  int vi = tree.node(verb_pt).begin;
  int verb_begin = vi - static_cast<int>(form->before.size());
  int verb_end = vi + 1 + static_cast<int>(form->after.size());

  bool passive = IsPassive(tree, vp, verb_pt);
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
  VerbMatch best = BestPattern(tree, forms, verb_begin, verb_end, v.end, subject_codes.size(), date);
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
  if (best.compound && subject_codes.size() > 1 && !best.has_target) {  // "% * [030:030]": members code each other
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
