#include "extract/parse_arguments.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace dossier::extract {

std::string_view CaseOf(const DocumentView& v, uint32_t nominal) {
  for (uint32_t c : v.Children(nominal)) {
    if (v.Dep(c) == "case") return v.Lower(c);
  }
  return {};
}

namespace {

// Prepositions whose object takes part in the event (not where or when).
bool ParticipantCase(std::string_view p) {
  return p == "to" || p == "with" || p == "against" || p == "on" || p == "at" || p == "toward" ||
         p == "towards" || p == "into" || p == "upon";
}

// Dependents that belong to a nominal's own phrase ("the North Korean leader
// Kim Jong-un", "Iran and North Korea"), not the clauses or prepositional
// phrases hanging from it.
bool InPhrase(std::string_view dep) {
  return dep == "compound" || dep == "flat" || dep == "amod" || dep == "det" || dep == "nmod:poss" ||
         dep == "nmod:desc" || dep == "nummod" || dep == "conj" || dep == "cc" || dep == "appos" ||
         dep == "punct" || dep == "case";
}

void PhraseSpan(const DocumentView& v, uint32_t head, int depth, uint32_t* lo, uint32_t* hi) {
  *lo = std::min(*lo, head);
  *hi = std::max(*hi, head);
  if (depth > 6) return;
  for (uint32_t c : v.Children(head)) {
    if (InPhrase(v.Dep(c))) PhraseSpan(v, c, depth + 1, lo, hi);
  }
}

// The "in" phrase of a plural common noun that names places ("11 companies
// in the United Arab Emirates"), or -1.
int32_t PlaceOfPlural(const DocumentView& v, uint32_t head) {
  if (v.Upos(head) != "NOUN" || !v.StartsLower(head) || v.Lemma(head) == v.Lower(head) ||
      !v.Lower(head).ends_with("s")) {
    return -1;
  }
  for (uint32_t c : v.Children(head)) {
    if (v.Dep(c) != "nmod" || CaseOf(v, c) != "in") continue;
    const int m = v.linking().MentionAt(c);
    if (m >= 0 && v.IsPlace(m)) return static_cast<int32_t>(c);
  }
  return -1;
}

// The token of the first name below `head` through any dependents ("the
// leader of North Korea"), when its own phrase names nobody; -1 for none.
int32_t FirstNameBelow(const DocumentView& v, uint32_t head, int depth) {
  if (depth > 4) return -1;
  for (uint32_t c : v.Children(head)) {
    const std::string_view dep = v.Dep(c);
    if (dep == "acl" || DocumentView::IsRelativeClause(dep) || dep == "punct") continue;
    // ("released 14 prisoners … on Tuesday after President X met": a day
    // the parser hung on the noun, and what hangs on it, tell no one it is.)
    if (v.lexicon().HasCue(v.Lower(c), "date_word")) continue;
    // ("weapons bound for Libya": where they were going is not who they are.)
    uint32_t lo = c, hi = c;
    PhraseSpan(v, c, 0, &lo, &hi);
    if (lo > 0 && v.OpensDestination(lo - 1)) continue;
    const int m = v.linking().MentionAt(c);
    if (m >= 0 && v.linking().mentions[m].entity >= 0 && !v.DescribesNoun(m)) return static_cast<int32_t>(c);
    const int32_t below = FirstNameBelow(v, c, depth + 1);
    if (below >= 0) return below;
  }
  return -1;
}

// The last token of `head`'s subtree (clauses hanging from it left out).
uint32_t SubtreeEnd(const DocumentView& v, uint32_t head, int depth) {
  uint32_t end = head;
  if (depth > 6) return end;
  for (uint32_t c : v.Children(head)) {
    const std::string_view dep = v.Dep(c);
    if (c < head || dep == "acl" || DocumentView::IsRelativeClause(dep) || dep == "punct") continue;
    end = std::max(end, SubtreeEnd(v, c, depth + 1));
  }
  return end;
}

// "sanctions on a Dubai-based shipping company, Meridian Crest Marine LLC,
// and ...": a name set off by a comma right after a phrase that names nobody
// is its apposition, wherever the parser hung it (not a source: "…, Iran said");
// the name's mention, or -1.
int AppositionMentionAfter(const DocumentView& v, uint32_t head) {
  const uint32_t end = SubtreeEnd(v, head, 0);
  const text::Sentence& s = v.Sentence(v.SentenceOf(head));
  if (end + 2 >= s.token_end || v.Word(end + 1) != ",") return -1;
  // ("accused the executive, Swiss national Pascal Ducret, of": past a
  // demonym describing the name.)
  const int m = v.AppositionName(end + 2);
  if (m < 0) return -1;
  const uint32_t after = v.linking().mentions[m].token_end;
  if (after < s.token_end && (v.Word(after) == ")" || v.Word(after) == ";")) return -1;
  return m;
}

// "two companies, Tehran-based Pardis Kavosh Engineering Co and Nour Gulf
// General Trading LLC of the United Arab Emirates": the organisations a
// plural noun at `noun` lists after a comma (a place joined to an origin
// participle only describes one), read on the words whatever the parse.
std::vector<int> ListedAfter(const DocumentView& v, uint32_t noun) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(noun));
  std::vector<int> out;
  if (v.Upos(noun) != "NOUN" || v.Lemma(noun) == v.Lower(noun) || noun + 2 >= s.token_end || v.Word(noun + 1) != ",") {
    return out;
  }
  for (uint32_t k = noun + 2; k < s.token_end;) {
    const int m = v.linking().MentionAt(k);
    if (m >= 0 && v.DescribesNoun(m)) {
      k = v.linking().mentions[m].token_end + 2;  // past "-based"
      continue;
    }
    if (m < 0 || v.linking().mentions[m].token_begin != k || v.linking().mentions[m].entity < 0) break;
    const int e = v.linking().mentions[m].entity;
    const std::string& type = v.linking().entities[e].type;
    if (type != "Company" && type != "Organization") break;
    out.push_back(e);
    k = v.linking().mentions[m].token_end;
    if (k < s.token_end && v.Word(k) == ",") ++k;
    if (k >= s.token_end || v.Lower(k) != "and") {
      if (k < s.token_end && v.linking().MentionAt(k) >= 0) continue;
      break;
    }
    ++k;
  }
  return out.size() >= 2 ? out : std::vector<int>{};
}

// The entity of one of `types` that a dependent of `head` in apposition names
// ("trader" → Yugoimport-SDPR in "Serbia's state arms trader
// Yugoimport-SDPR"), or -1.
int AppositionNamed(const DocumentView& v, uint32_t head, std::initializer_list<std::string_view> types) {
  for (uint32_t c : v.Children(head)) {
    const int m = v.Dep(c) == "appos" ? v.linking().MentionAt(c) : -1;
    if (m < 0 || v.linking().mentions[m].entity < 0) continue;
    // ("Iran attacked North Korea, the Central Intelligence Agency (CIA)
    // said": a name before a verb of saying is the source, whatever the
    // parser hung it on.)
    const text::Sentence& s = v.Sentence(v.SentenceOf(c));
    uint32_t after = v.linking().mentions[m].token_end;
    if (after + 2 < s.token_end && v.Word(after) == "(" && v.Word(after + 2) == ")") after += 3;
    if (after < s.token_end && v.Word(after) == ",") ++after;
    // (Not when the noun it stands beside is that verb's subject: "The
    // tanker's manager, Oryx Gulf Shipmanagement, said".)
    const bool subject = v.Dep(head) == "nsubj" && v.Head(head) == static_cast<int32_t>(after);
    if (after < s.token_end && v.lexicon().HasCue(v.Lower(after), "speech_verb") && !subject) continue;
    const int e = v.linking().mentions[m].entity;
    if (std::find(types.begin(), types.end(), v.linking().entities[e].type) != types.end()) return e;
  }
  return -1;
}

// "…, Meridian Crest Marine LLC, and its director, Indian national Rakesh
// Varma": the one a possessive description joined by "and" right after the
// name ending before `after` names (-1 for none).
int DescribedConjunctAfter(const DocumentView& v, uint32_t after) {
  if (after >= v.seg().tokens.size()) return -1;
  const text::Sentence& s = v.Sentence(v.SentenceOf(after));
  uint32_t k = after;
  if (k < s.token_end && v.Word(k) == ",") ++k;
  if (k + 4 >= s.token_end || v.Lower(k) != "and" || !DocumentView::IsPossessivePronoun(v.Lower(k + 1))) return -1;
  k += 2;
  const uint32_t words = k;
  while (k < s.token_end && k < words + 3 && v.StartsLower(k) && v.linking().MentionAt(k) < 0) ++k;
  if (k == words || k + 1 >= s.token_end || v.Word(k) != ",") return -1;
  ++k;
  // (A demonym and a common noun may describe the person: "Indian national".)
  if (const int d = v.linking().MentionAt(k); d >= 0 && v.linking().mentions[d].type == "NORP") {
    k = v.linking().mentions[d].token_end;
    if (k < s.token_end && v.StartsLower(k)) ++k;
  }
  const int m = k < s.token_end ? v.linking().MentionAt(k) : -1;
  if (m < 0 || v.linking().mentions[m].token_begin != k || v.linking().mentions[m].type != "PERSON") return -1;
  return v.linking().mentions[m].entity;
}

// The verb whose subject the conjunct verb at `conjunct` shares: its head,
// or the verb of saying above a reported clause in the past perfect when the
// conjunct is a verb of saying or denying in the simple past ("said the coast
// guard had expelled the boat, and denied that …": said).
uint32_t SharedSubjectVerb(const DocumentView& v, uint32_t conjunct) {
  const auto head = static_cast<uint32_t>(v.Head(conjunct));
  if (const int32_t main = MainVerbPastRelative(v, conjunct, head); main >= 0) return static_cast<uint32_t>(main);
  // "China's foreign ministry said the coast guard had expelled the boat …,
  // and denied that any fisherman had been beaten": a verb of saying or
  // denying in the simple past, joined to a reported clause in the past
  // perfect, is not told in it (that would be "had denied") but by the one
  // who said it.
  // (Or denying: "The army denied that civilians had been hit and accused
  // the rebels of spreading propaganda".)
  const int32_t says = v.Head(head);
  if (says < 0 || v.Dep(head) != "ccomp" ||
      !(v.SaysOrClaims(static_cast<uint32_t>(says)) ||
        v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(says)), "denial_verb")) ||
      !(v.SaysOrClaims(conjunct) || v.lexicon().HasCue(v.Lower(conjunct), "denial_verb")) ||
      v.Lower(conjunct) == v.Lemma(conjunct) || v.Lower(conjunct).ends_with("s")) {
    return head;
  }
  bool pluperfect = false;
  for (uint32_t c : v.Children(head)) pluperfect |= v.Dep(c) == "aux" && v.Lower(c) == "had";
  for (uint32_t c : v.Children(conjunct)) {
    if (v.Dep(c) == "aux" || v.Dep(c) == "nsubj") return head;
  }
  // ("Mujahid said Pakistani forces fired first and accused Islamabad of
  // violating Afghan territory": no side accuses itself; an accusation of
  // the reported clause's own side is the speaker's.)
  if (v.Lemma(conjunct) == "accuse") {
    std::vector<uint32_t> subjects, objects;
    for (uint32_t c : v.Children(head)) {
      if (v.Dep(c) == "nsubj") subjects.push_back(c);
    }
    for (uint32_t c : v.Children(conjunct)) {
      if (v.Dep(c) == "obj") objects.push_back(c);
    }
    const auto& entities = v.linking().entities;
    const std::vector<int> accused = NominalEntities(v, objects);
    for (int a : subjects.empty() ? std::vector<int>{} : NominalEntities(v, subjects)) {
      for (int b : accused) {
        if (a == b || (!entities[a].country.empty() && entities[a].country == entities[b].country)) {
          return static_cast<uint32_t>(says);
        }
      }
    }
  }
  // ("said … made Germany \"a party to the conflict\" and warned of
  // consequences": so is one after a quotation that closes the clause.)
  const bool after_quote = conjunct >= 2 && v.Lower(conjunct - 1) == "and" &&
                           (v.Word(conjunct - 2) == "\"" || v.Word(conjunct - 2) == "\xE2\x80\x9D");
  return pluperfect || after_quote ? static_cast<uint32_t>(says) : head;
}

// The subject of `verb`, or the one it shares: a conjunct, an open complement
// ("agreed to send": the one who agreed sends) or an adverbial participle
// ("..., killing five") takes its head verb's subject.
std::vector<int> SubjectOf(const DocumentView& v, uint32_t verb, int depth) {
  std::vector<uint32_t> subjects;
  for (uint32_t c : v.Children(verb)) {
    if (v.Dep(c) == "nsubj") subjects.push_back(c);
  }
  if (!subjects.empty()) return NominalEntities(v, subjects);
  if (depth > 3) return {};
  const std::string_view dep = v.Dep(verb);
  const int32_t head = v.Head(verb);
  if (head < 0) return {};
  // "would never allow Iran to acquire", "urged China to use": an open
  // complement of a verb with an object has that object as its subject.
  // (Only an infinitive: "protesters waving flags attacked the embassy" is
  // no "waving flags to attack".)
  const bool infinitive = (verb > 0 && v.Lower(verb - 1) == "to") || v.Lower(verb) == v.Lemma(verb);
  // ("prompting Japan's Air Self-Defense Force to scramble fighter jets":
  // so has a "to" clause the parser hung on a causing verb as an adverbial,
  // causative_verb cues.)
  const bool caused = dep == "advcl" && verb > 0 && v.Lower(verb - 1) == "to" &&
                      v.lexicon().HasCue(v.Lemma(static_cast<uint32_t>(head)), "causative_verb");
  if ((dep == "xcomp" && infinitive) || caused) {
    std::vector<uint32_t> objects;
    for (uint32_t c : v.Children(static_cast<uint32_t>(head))) {
      if (v.Dep(c) == "obj" || v.Dep(c) == "iobj") objects.push_back(c);
      // ("called on Israel to withdraw its forces": the one called on.)
      if (v.Dep(c) == "obl" && CaseOf(v, c) == "on" && v.Lemma(static_cast<uint32_t>(head)) == "call") {
        objects.push_back(c);
      }
    }
    if (!objects.empty()) {
      std::vector<int> ordered = NominalEntities(v, objects);
      // ("the Uganda Communications Commission ordered telecoms operators to
      // suspend internet access": whom an order reaches, named by no name,
      // acts for the one who ordered it, directive_verb cues.)
      if (!ordered.empty() || !v.lexicon().HasCue(v.Lemma(static_cast<uint32_t>(head)), "directive_verb")) {
        return ordered;
      }
      return SubjectOf(v, static_cast<uint32_t>(head), depth + 1);
    }
  }
  if (dep == "conj" || dep == "xcomp" || (dep == "advcl" && v.Lower(verb).ends_with("ing"))) {
    // ("Russia demanded that Sweden release the tanker, calling its detention
    // “an act of state piracy”": a participle of saying or naming after a
    // comma closing a reported clause is said by the one who reports it.)
    const uint32_t up = static_cast<uint32_t>(head);
    const bool says = v.lexicon().HasCue(v.Lower(verb), "speech_verb") ||
                      v.lexicon().HasCue(v.Lemma(verb), "naming_verb") ||
                      v.lexicon().HasCue(v.Lower(verb), "naming_verb");
    if (dep == "advcl" && says && verb > 0 && v.Word(verb - 1) == "," && v.Dep(up) == "ccomp" && v.Head(up) >= 0) {
      return SubjectOf(v, static_cast<uint32_t>(v.Head(up)), depth + 1);
    }
    return SubjectOf(v, dep == "conj" ? SharedSubjectVerb(v, verb) : up, depth + 1);
  }
  // ("expelled three Russian diplomats, accusing Moscow's military
  // intelligence of …": a participle after a comma that the parser hung on
  // the main verb's object tells what that verb's subject did.)
  if (dep == "acl" && v.Lower(verb).ends_with("ing") && verb > 0 && v.Word(verb - 1) == "," &&
      (v.Dep(static_cast<uint32_t>(head)) == "obj" || v.Dep(static_cast<uint32_t>(head)) == "iobj") &&
      v.Head(static_cast<uint32_t>(head)) >= 0) {
    return SubjectOf(v, static_cast<uint32_t>(v.Head(static_cast<uint32_t>(head))), depth + 1);
  }
  return {};
}

// "if convicted", "once approved", "unless stopped": a past participle opened
// by a subordinator.
bool ReducedPassive(const DocumentView& v, uint32_t verb) {
  if (v.Upos(verb) != "VERB" || v.Lemma(verb).empty() || v.Lower(verb) == v.Lemma(verb) ||
      v.Lower(verb).ends_with("ing")) {
    return false;
  }
  for (uint32_t c : v.Children(verb)) {
    const std::string_view dep = v.Dep(c);
    if (dep == "aux" || dep == "aux:pass" || dep == "cop") return false;
  }
  for (uint32_t c : v.Children(verb)) {
    if (v.Dep(c) == "mark" && c + 1 == verb && v.Lower(c) != "to") return true;
  }
  return false;
}

}  // namespace

// (The relative clause is opened by "that", "which" or "who" after a noun;
// both verbs are in the past tense.)
int32_t MainVerbPastRelative(const DocumentView& v, uint32_t conjunct, uint32_t head) {
  if (conjunct < 2 || v.Lower(conjunct - 1) != "and" || v.Word(conjunct - 2) != ",") return -1;
  const auto past = [&](uint32_t k) {
    return v.Upos(k) == "VERB" && v.lexicon().LooksLikePast(v.Lower(k));
  };
  if (!past(conjunct)) return -1;
  uint32_t top = head;
  for (int step = 0; step < 4 && v.Head(top) >= 0; ++step) top = static_cast<uint32_t>(v.Head(top));
  if (v.Head(top) >= 0 || top >= head || !past(top)) return -1;
  for (uint32_t r = top + 2; r < head; ++r) {
    const std::string_view w = v.Lower(r);
    if ((w == "that" || w == "which" || w == "who") && (v.Upos(r - 1) == "NOUN" || v.Upos(r - 1) == "PROPN")) {
      return static_cast<int32_t>(top);
    }
  }
  return -1;
}


std::vector<int> NominalEntities(const DocumentView& v, uint32_t head) {
  return NominalEntities(v, std::vector<uint32_t>{head});
}

// "A ministry spokesman, identified by the state-run news agency as Ri
// Kwang Su,": the person a description's apposed participle of naming
// ("identified", "named"; or the body "known" as a name) calls it "as", or -1.
int IdentifiedAs(const DocumentView& v, uint32_t head) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(head));
  // ("The U.N. peacekeeping mission in South Sudan, known as UNMISS,": past
  // the place after "in".)
  if (head + 3 < s.token_end && v.Lower(head + 1) == "in") {
    const int place = v.linking().MentionAt(head + 2);
    if (place >= 0 && v.linking().mentions[place].token_begin == head + 2) {
      head = v.linking().mentions[place].token_end - 1;
    }
  }
  if (head + 3 >= s.token_end || v.Word(head + 1) != ",") return -1;
  // ("Its captain, a Chinese national identified by prosecutors as Liu
  // Zhenhai,": past a description in apposition.)
  uint32_t verb = head + 2;
  if (v.Lower(verb) == "a" || v.Lower(verb) == "an") {
    for (++verb; verb < s.token_end && verb < head + 8 && v.Word(verb) != "identified" && v.Word(verb) != "named";
         ++verb) {
      const int m = v.linking().MentionAt(verb);
      if (!v.StartsLower(verb) && (m < 0 || v.linking().mentions[m].type != "NORP")) return -1;
    }
  }
  // ("The U.N. peacekeeping mission, known as MONUSCO,": a body so known.)
  const bool known = verb < s.token_end && v.Word(verb) == "known";
  if (verb >= s.token_end || (v.Word(verb) != "identified" && v.Word(verb) != "named" && !known)) return -1;
  for (uint32_t k = verb + 1; k + 1 < s.token_end && k < verb + 14; ++k) {
    if (v.Word(k) == ",") return -1;
    if (v.Lower(k) != "as") continue;
    const int m = v.linking().MentionAt(k + 1);
    if (m < 0 || v.linking().mentions[m].token_begin != k + 1) return -1;
    const std::string& type = v.linking().mentions[m].type;
    if (type != "PERSON" && !(known && type == "ORG")) return -1;
    return v.linking().mentions[m].entity;
  }
  return -1;
}

namespace {

// "Naval forces loyal to eastern Libyan commander Khalifa Haftar", "fighters
// allied to the RSF": the one a noun phrase at `head` is loyal or allied to,
// past a description of him (the group the tables say he leads, when the
// text names it); -1.
int LoyalTo(const DocumentView& v, uint32_t head) {
  const uint32_t end = v.Sentence(v.SentenceOf(head)).token_end;
  uint32_t k = head + 1;
  if (k + 2 >= end || (v.Lower(k) != "loyal" && v.Lower(k) != "allied") || v.Lower(k + 1) != "to") return -1;
  for (k += 2; k < end && k < head + 10; ++k) {
    const int m = v.linking().MentionAt(k);
    if (m < 0) {
      if (!v.StartsLower(k)) return -1;
      continue;
    }
    const link::Mention& mention = v.linking().mentions[m];
    if (mention.type == "NORP") {
      k = mention.token_end - 1;
      continue;
    }
    if (mention.entity < 0 || (mention.type != "PERSON" && mention.type != "ORG")) return -1;
    if (const kb::Entity* known = v.linking().entities[mention.entity].kb; known != nullptr) {
      for (const kb::Role* r : v.kb().RolesAt(known->id, "")) {
        const int group = r->relation == "leader_of" ? v.EntityIndex(r->object) : -1;
        if (group >= 0 && v.linking().entities[group].type == "Organization") return group;
      }
    }
    return mention.entity;
  }
  return -1;
}

// The one state named in the three sentences up to token k ("Myanmar's
// military government … Junta aircraft bombed"), or -1 when none or several are.
int OnlyStateNamedBefore(const DocumentView& v, uint32_t k) {
  constexpr uint32_t kSentencesBack = 3;
  const uint32_t sentence = v.SentenceOf(k);
  int state = -1;
  for (const link::Mention& m : v.linking().mentions) {
    if (m.token_begin >= k) break;
    if (m.sentence + kSentencesBack < sentence || m.entity < 0) continue;
    if (v.linking().entities[m.entity].type != "Country") continue;
    if (state >= 0 && state != m.entity) return -1;
    state = m.entity;
  }
  return state;
}

}  // namespace

std::vector<int> NominalEntities(const DocumentView& v, const std::vector<uint32_t>& heads) {
  if (heads.empty()) return {};
  // ("Marco Rubio said his country had provided aid", "The representative of
  // the United Arab Emirates said her country had"): the state of the one a
  // pronoun before "country" refers to.
  if (const std::string& noun = v.Lower(heads.front());
      heads.size() == 1 && (noun == "country" || noun == "nation")) {
    for (uint32_t c : v.Children(heads.front())) {
      if (v.Dep(c) != "nmod:poss" || !DocumentView::IsPossessivePronoun(v.Lower(c))) continue;
      std::vector<int> states, referents = v.Referents(c);
      // (A speaker the pronoun stands for whom no name gives: the subject of
      // the verb of saying above the clause.)
      if (const int32_t verb = v.Head(heads.front()); referents.empty() && verb >= 0 &&
                                                     v.Dep(static_cast<uint32_t>(verb)) == "ccomp") {
        if (const int32_t says = v.Head(static_cast<uint32_t>(verb)); says >= 0) {
          referents = SubjectEntities(v, static_cast<uint32_t>(says));
        }
      }
      for (int r : referents) {
        int own = v.StateOf(r);
        if (const std::string& code = v.linking().entities[r].country; own < 0 && !code.empty()) {
          own = v.EntityIndex("country:" + code);
        }
        if (own >= 0 && std::find(states.begin(), states.end(), own) == states.end()) states.push_back(own);
      }
      if (!states.empty()) return states;
    }
  }
  if (heads.size() == 1 && v.StartsLower(heads.front())) {
    if (const int named = IdentifiedAs(v, heads.front()); named >= 0) return {named};
    // ("Sharaa's government has repeatedly called on Israel": as a subject,
    // the state; "accused Kobakhidze's government of" stays his.)
    if (const int state = v.Dep(heads.front()) == "nsubj" ? v.StateOfLeadersGovernment(heads.front()) : -1;
        state >= 0) {
      return {state};
    }
    if (const int loyal = LoyalTo(v, heads.front()); loyal >= 0) return {loyal};
    // ("by the patrol ship KN Pulau Marore": the name right after the noun,
    // not the one "the ship" would refer back to.)
    const uint32_t after = heads.front() + 1;
    for (uint32_t c : v.Children(heads.front())) {
      const int m = c == after && v.Dep(c) == "appos" ? v.linking().MentionAt(c) : -1;
      if (m >= 0 && v.linking().mentions[m].token_begin == after && v.linking().mentions[m].entity >= 0 &&
          v.linking().mentions[m].type != "NORP") {
        return {v.linking().mentions[m].entity};
      }
    }
    // ("The head of the U.N. nuclear watchdog, Rafael Grossi, met": the
    // person an office's noun stands in apposition to, past its phrase.)
    // (Not one of several named together: "Whitfield and Papua New Guinea's
    // minister for internal security, Samuel Wapi, signed".)
    const auto joined = [&](uint32_t h) {
      if (v.Dep(h) == "conj") return true;
      // (Or read as "[Whitfield and Papua New Guinea]'s minister".)
      const auto conj_below = [&](uint32_t n) {
        const std::vector<uint32_t>& children = v.Children(n);
        return std::any_of(children.begin(), children.end(), [&](uint32_t c) { return v.Dep(c) == "conj"; });
      };
      const std::vector<uint32_t>& children = v.Children(h);
      return conj_below(h) || std::any_of(children.begin(), children.end(), [&](uint32_t c) {
               return v.Dep(c) == "nmod:poss" && conj_below(c);
             });
    };
    // ("with his Finnish counterpart, Petteri Orpo": so does a noun a
    // possessive pronoun qualifies.)
    const auto pronoun_owned = [&](uint32_t h) {
      const std::vector<uint32_t>& children = v.Children(h);
      return std::any_of(children.begin(), children.end(), [&](uint32_t c) {
        return c < h && v.Dep(c) == "nmod:poss" && DocumentView::IsPossessivePronoun(v.Lower(c));
      });
    };
    if ((v.cues().FindCapitalisedTitle(v.Lower(heads.front())) != nullptr || pronoun_owned(heads.front())) &&
        !joined(heads.front())) {
      for (uint32_t c : v.Children(heads.front())) {
        const int m = v.Dep(c) == "appos" && c > heads.front() ? v.linking().MentionAt(c) : -1;
        if (m >= 0 && v.linking().mentions[m].type == "PERSON" && v.linking().mentions[m].entity >= 0 &&
            c >= 1 && v.Word(v.linking().mentions[m].token_begin - 1) == ",") {
          return {v.linking().mentions[m].entity};
        }
      }
      // (Wherever the parser hung the name after the comma.)
      const uint32_t after = heads.front() + 2;
      const int m = after < v.seg().tokens.size() && v.Word(after - 1) == "," &&
                            v.SentenceOf(after) == v.SentenceOf(heads.front())
                        ? v.linking().MentionAt(after)
                        : -1;
      if (pronoun_owned(heads.front()) && m >= 0 && v.linking().mentions[m].token_begin == after &&
          v.linking().mentions[m].type == "PERSON" && v.linking().mentions[m].entity >= 0) {
        return {v.linking().mentions[m].entity};
      }
    }
  }
  // "recalled its ambassador to South Africa": an envoy stands for the state
  // he is sent to (envoy_noun cues), not the one that sent him.
  // (As an object only: "Cambodia's ambassador to the UN calls for" speaks
  // for Cambodia.) Likewise "froze the UK assets of Viktor Brailovsky":
  // holdings stand for their owner (holding_noun cues), not where they lie.
  const bool envoy = v.lexicon().HasCue(v.Lower(heads.front()), "envoy_noun");
  if (heads.size() == 1 && v.Dep(heads.front()) == "obj" &&
      (envoy || v.lexicon().HasCue(v.Lower(heads.front()), "holding_noun"))) {
    // (Or "to" the verb, where the parser hung the phrase: "recalled its
    // ambassador to South Africa for consultations".)
    std::vector<uint32_t> phrases;
    for (uint32_t c : v.Children(heads.front())) {
      if (v.Dep(c) == "nmod" && CaseOf(v, c) == (envoy ? "to" : "of")) phrases.push_back(c);
    }
    if (envoy && phrases.empty() && v.Head(heads.front()) >= 0) {
      for (uint32_t c : v.Children(static_cast<uint32_t>(v.Head(heads.front())))) {
        if (v.Dep(c) == "obl" && c > heads.front() && CaseOf(v, c) == "to") phrases.push_back(c);
      }
    }
    for (uint32_t c : phrases) {
      if (std::vector<int> to = v.FirstItemIn(c, c + 1); !to.empty()) return to;
      // ("employees of Russian state news agency Sputnik": the name the
      // phrase's noun stands in apposition to.)
      if (const int named = AppositionNamed(v, c, {"Organization", "Company", "PublicBody", "Person"}); named >= 0) {
        return {named};
      }
      if (const int m = v.linking().MentionAt(c); m >= 0 && v.linking().mentions[m].entity >= 0) {
        return {v.linking().mentions[m].entity};
      }
    }
  }
  uint32_t lo = heads.front(), hi = heads.front();
  for (uint32_t h : heads) PhraseSpan(v, h, 0, &lo, &hi);
  std::vector<int> out = v.FirstItemIn(lo, hi + 1);
  // ("Thai army spokesman Major General Winthai Suvaree said": the person the
  // phrase's head names, not the state or body describing him.)
  if (heads.size() == 1 && out.size() == 1) {
    // ("spokesman Lieutenant General Chhum Sovann": or a title the name
    // flattens into the head.)
    int m = v.linking().MentionAt(heads.front());
    for (uint32_t c : v.Children(heads.front())) {
      if (m < 0 && v.Dep(c) == "flat") m = v.linking().MentionAt(c);
    }
    const int person = m >= 0 && v.linking().mentions[m].type == "PERSON" ? v.linking().mentions[m].entity : -1;
    if (person >= 0 && person != out.front() && v.linking().entities[out.front()].type != "Person") out = {person};
  }
  // ("three GRU officers - Colonel Dmitry Ivanovich Belyaev, Major Artem
  // Sokolov and Captain Viktor Lyashenko": the persons a plural stands in
  // apposition to, not the body that qualifies it.)
  if (const uint32_t h = heads.front(); heads.size() == 1 && h > 0 && v.StartsLower(h) && v.Upos(h) == "NOUN" &&
                                        v.Lemma(h) != v.Lower(h)) {
    const int q = v.linking().MentionAt(h - 1);
    if (q >= 0 && v.linking().mentions[q].token_end == h && v.linking().mentions[q].type == "ORG") {
      std::vector<int> named;
      const auto person_at = [&](uint32_t c) {
        for (uint32_t t = c; t <= c + 1 && t < v.seg().tokens.size(); ++t) {  // (past a rank: "Colonel")
          const int m = v.linking().MentionAt(t);
          if (m >= 0 && v.linking().mentions[m].type == "PERSON" && v.linking().mentions[m].entity >= 0) {
            if (std::find(named.begin(), named.end(), v.linking().mentions[m].entity) == named.end()) {
              named.push_back(v.linking().mentions[m].entity);
            }
            return;
          }
        }
      };
      for (uint32_t c : v.Children(h)) {
        if (v.Dep(c) != "appos" || c < h) continue;
        person_at(c);
        for (uint32_t n : v.Children(c)) {
          if (v.Dep(n) == "conj") person_at(n);
        }
      }
      if (!named.empty()) out = named;
    }
  }
  // "sanctions on 11 companies in the United Arab Emirates, Turkey and
  // Kyrgyzstan and on their organiser, X": where the ones a plural noun
  // counts are is not who they are; the first name past that phrase is.
  if (const int32_t where = PlaceOfPlural(v, heads.front()); where >= 0 && !out.empty()) {
    uint32_t where_lo = static_cast<uint32_t>(where), where_hi = where_lo;
    PhraseSpan(v, static_cast<uint32_t>(where), 0, &where_lo, &where_hi);
    std::vector<int> before = v.FirstItemIn(lo, where_lo);
    out = !before.empty() ? before : v.FirstItemIn(where_hi + 1, hi + 1);
  }
  // "target Marshall Islands-registered Blue Kestrel Shipping Inc": a place
  // the parser took for the head describes the name after its participle.
  if (const int m = v.linking().MentionAt(hi);
      out.empty() && m >= 0 && v.linking().mentions[m].token_end == hi + 1 && v.DescribesNoun(m)) {
    out = v.ObjectAfter(hi + 3, 5);
  }
  // "Serbia's state arms trader Yugoimport-SDPR": the body the noun stands
  // in apposition to, not the state that owns it. (Likewise "the Azalea
  // Grace's registered owner, Tiber Crest Navigation Inc.": the owner, not
  // the ship or company the possessive names.)
  const auto possessor = [&](int e) {
    for (uint32_t c : v.Children(heads.front())) {
      if (v.Dep(c) != "nmod:poss") continue;
      const int m = v.linking().MentionAt(c);
      if (m >= 0 && v.linking().mentions[m].entity == e) return true;
      // ("The tanker's manager, Oryx Gulf Shipmanagement": or a noun that
      // refers back to it.)
      if (m < 0 && v.Referents(c) == std::vector<int>{e}) return true;
    }
    return false;
  };
  if (heads.size() == 1 && out.size() == 1 &&
      (v.linking().entities[out.front()].type == "Country" ||
       (v.linking().entities[out.front()].type != "Person" && v.Upos(heads.front()) == "NOUN" &&
        possessor(out.front())))) {
    if (const int body = AppositionNamed(v, heads.front(), {"Company", "Organization", "PublicBody", "Thing"});
        body >= 0) {
      out = {body};
    }
  }
  // ("The People's Liberation Army's Eastern Theater Command said": the
  // body a body's possessive names, not the one that owns it.)
  if (heads.size() == 1 && out.size() == 1) {
    const int m = v.linking().MentionAt(heads.front());
    const link::Mention* named = m >= 0 ? &v.linking().mentions[m] : nullptr;
    if (named != nullptr && named->type == "ORG" && named->entity >= 0 && named->entity != out.front() &&
        named->token_begin > lo && base::IsPossessiveClitic(v.Lower(named->token_begin - 1)) &&
        v.linking().entities[out.front()].type != "Person") {
      out = {named->entity};
    }
  }
  // "Iranian President Ebrahim Raisi and Venezuelan President Nicolás
  // Maduro": each conjunct's first item, when all are persons (states named
  // together are a group the linker joined, read whole above; "M23 rebels and
  // Rwandan troops", "a Russian and a Ukrainian citizen" stay the first named).
  if (!out.empty()) {
    std::vector<int> all = out;
    // (Also the conjuncts the parser hung on an apposition: "X, a senior
    // engineer at Y, and Z".)
    std::vector<uint32_t> holders = heads;
    // ("X, 58, the director of Marais Composites, and Reza Kamali, 44,": a
    // person after ", and" the parser hung on a name inside the apposition.)
    std::vector<uint32_t> inside;
    for (uint32_t h : heads) {
      for (uint32_t c : v.Children(h)) {
        if (v.Dep(c) == "nmod") inside.push_back(c);
        if (v.Dep(c) != "appos") continue;
        holders.push_back(c);
        for (uint32_t n : v.Children(c)) {
          if (v.Dep(n) == "nmod") inside.push_back(n);
        }
      }
    }
    holders.insert(holders.end(), inside.begin(), inside.end());
    for (uint32_t h : holders) {
      const bool in_apposition = std::find(inside.begin(), inside.end(), h) != inside.end();
      for (uint32_t c : v.Children(h)) {
        if (v.Dep(c) != "conj") continue;
        uint32_t clo = c, chi = c;
        PhraseSpan(v, c, 0, &clo, &chi);
        if (in_apposition) {
          const int m = v.linking().MentionAt(c);
          const link::Mention* named = m >= 0 ? &v.linking().mentions[m] : nullptr;
          const bool closes = named != nullptr && named->type == "PERSON" && named->token_begin >= 2 &&
                              v.Lower(named->token_begin - 1) == "and" && v.Word(named->token_begin - 2) == ",";
          // ("Democratic Republic of Congo's government and the M23 rebel
          // group signed": a state's possessed body the parser hung inside
          // the name, and the group joined to it.)
          const auto possessed = [&] {
            const std::vector<uint32_t>& kids = v.Children(h);
            return v.StartsLower(h) && std::any_of(kids.begin(), kids.end(), [&](uint32_t x) {
                     return v.Dep(x) == "nmod:poss";
                   });
          };
          if (!closes && !possessed()) continue;
        }
        // ("X and his Kazakh counterpart Murat Nurtleu": not X again.)
        const auto skipped = [&](uint32_t t) {
          const std::string& w = v.Lower(t);
          return v.Dep(t) == "cc" || DocumentView::IsPossessivePronoun(w);
        };
        while (clo < chi && skipped(clo)) ++clo;
        std::vector<int> listed = ListedAfter(v, c);
        // ("Malian soldiers and fighters of Russia's Africa Corps": an "of"
        // phrase the parser hung on the first conjunct belongs to the last.)
        if (listed.empty() && v.FirstItemIn(clo, chi + 1).empty()) {
          for (uint32_t n : v.Children(h)) {
            if (n <= chi + 1 || v.Dep(n) != "nmod" || v.Lower(chi + 1) != "of" || CaseOf(v, n) != "of") continue;
            uint32_t nlo = n, nhi = n;
            PhraseSpan(v, n, 0, &nlo, &nhi);
            if (nlo == chi + 1 || nlo == chi + 2) listed = v.FirstItemIn(chi + 2, nhi + 1);
          }
        }
        for (int e : listed.empty() ? v.FirstItemIn(clo, chi + 1) : listed) {
          if (std::find(all.begin(), all.end(), e) == all.end()) all.push_back(e);
        }
      }
    }
    // ("Iranian businessman X and two companies, Y and Z": persons and
    // companies named together are listed one by one too.)
    // ("Sudan's army and the paramilitary Rapid Support Forces": a state's
    // forces and a group too; "Malian soldiers and fighters of Russia's
    // Africa Corps": and another state's body.)
    const auto party = [&](int e) {
      const std::string& type = v.linking().entities[e].type;
      return type == "Person" || type == "Company" || type == "Organization" || type == "Country" ||
             type == "PublicBody";
    };
    if (std::all_of(all.begin(), all.end(), party)) {
      // ("Malian president and military leader Assimi Goïta": the person, not
      // his state beside him.)
      const auto state_of_person = [&](int e) {
        const link::DocEntity& d = v.linking().entities[e];
        return d.type == "Country" && std::any_of(all.begin(), all.end(), [&](int p) {
                 const link::DocEntity& person = v.linking().entities[p];
                 return person.type == "Person" && !d.country.empty() && person.country == d.country;
               });
      };
      all.erase(std::remove_if(all.begin(), all.end(), state_of_person), all.end());
      out = std::move(all);
    }
  }
  // "Ethiopian and Eritrean officials", "US and South Korean officials":
  // states named together before the noun all stand behind it.
  if (out.size() == 1 && heads.size() == 1) {
    std::vector<int> states;
    uint32_t last_end = 0;
    for (uint32_t t = lo; t < heads.front();) {
      const int m = v.linking().MentionAt(t);
      if (m < 0) {
        const std::string_view w = v.Word(t);
        if (!states.empty() && w != "and" && w != ",") break;
        ++t;
        continue;
      }
      const link::Mention& mention = v.linking().mentions[m];
      if (mention.entity < 0 || v.linking().entities[mention.entity].type != "Country" ||
          (!states.empty() && mention.token_begin > last_end + 2)) {
        break;
      }
      if (std::find(states.begin(), states.end(), mention.entity) == states.end()) states.push_back(mention.entity);
      last_end = mention.token_end;
      t = mention.token_end;
    }
    if (states.size() >= 2 && states.front() == out.front()) out = std::move(states);
  }
  if (out.empty()) out = v.Referents(heads.front());
  bool located_in = false;  // the one name is where the nominal is ("a court in Stuttgart")
  if (out.empty()) {
    // The whole phrase of that name: "officials from Japan and South Korea"
    // are both states' officials.
    // ("clashes between X and Y" are no act of either side).
    if (const int32_t name = FirstNameBelow(v, heads.front(), 0); name >= 0) {
      const uint32_t at = static_cast<uint32_t>(name);
      const std::string_view p = CaseOf(v, at);
      if (p == "from" || p == "of") {
        uint32_t name_lo = at, name_hi = at;
        PhraseSpan(v, at, 0, &name_lo, &name_hi);
        out = v.FirstItemIn(name_lo, name_hi + 1);
        // Only states: "troops from the 205th Brigade and Yahalom" are one
        // army's, not two parties acting together.
        const bool states = std::all_of(out.begin(), out.end(), [&](int e) {
          return v.linking().entities[e].type == "Country";
        });
        if (out.size() > 1 && !states) out.clear();
      }
      // ("security personnel at the Allenby Bridge": a place they are at is
      // not who they are.)
      // ("an indictment in New York charging Gorin": nor where a document
      // was filed, charge_document cues.)
      const int place = v.linking().mentions[v.linking().MentionAt(at)].entity;
      const bool filed_in = p == "in" && v.lexicon().HasCue(v.Lower(heads.front()), "charge_document");
      if (out.empty() && !((p == "at" || p == "near" || filed_in) && v.linking().entities[place].type == "Location")) {
        out.push_back(place);
        located_in = p == "in";
      }
    }
  }
  // "A federal grand jury in Boston", "prosecutors in Brooklyn": a body of
  // the state (state_body_noun cues) the text names only by the town it sits
  // in acts for that town's state (when the text names the state; "a man in
  // Mannheim" is no state).
  if (out.size() == 1 && !located_in && v.linking().MentionAt(heads.front()) < 0) {
    // The name within the nominal's own phrase ("a court in Stuttgart").
    for (const link::Mention& m : v.linking().mentions) {
      located_in |= m.entity == out.front() && m.token_begin > lo && m.token_begin <= hi &&
                    v.Lower(m.token_begin - 1) == "in";
    }
  }
  // "sanctions on the Tehran-based Caspian Orient Shipping Company and its
  // chief executive, Hamid Rezaei-Nejad" where the parser hung the
  // description elsewhere: the person it names is named with the body.
  if (out.size() == 1 && heads.size() == 1) {
    const int m = v.linking().MentionAt(heads.front());
    if (m >= 0 && v.linking().mentions[m].entity == out.front()) {
      const int also = DescribedConjunctAfter(v, v.linking().mentions[m].token_end);
      if (also >= 0 && also != out.front()) out.push_back(also);
    }
  }
  if (out.empty() && heads.size() == 1) out = ListedAfter(v, heads.front());
  // ("Junta aircraft bombed a village", "regime forces shelled": a regime's
  // noun before the force's stands for the state it rules.)
  if (out.empty() && heads.size() == 1 && v.StartsLower(heads.front()) && v.Upos(heads.front()) == "NOUN") {
    for (uint32_t c : v.Children(heads.front())) {
      if (c + 1 != heads.front() || (v.Dep(c) != "compound" && v.Dep(c) != "amod")) continue;
      // (A regime's word before any noun; "government" only before a force's
      // or a group's: "government forces", not "government plans".)
      const std::string* kind = v.cues().Find(link::CueKind::kStateNoun, v.Lower(c));
      const std::string& head = v.Lower(heads.front());
      const bool force = v.lexicon().HasCue(head, "domestic_force") || v.lexicon().HasCue(head, "people_group");
      if (kind == nullptr || (*kind != "other" && !(v.Lower(c) == "government" && force))) continue;
      if (const int state = OnlyStateNamedBefore(v, c); state >= 0) out = {state};
    }
  }
  // ("accused the executive, …": also a noun the tagger took for an
  // adjective.)
  if (out.empty() && heads.size() == 1 && v.NounLike(heads.front())) {
    if (const int m = AppositionMentionAfter(v, heads.front()); m >= 0) {
      const int named = v.linking().mentions[m].entity;
      out.push_back(named);
      if (const int also = DescribedConjunctAfter(v, v.linking().mentions[m].token_end); also >= 0 && also != named) {
        out.push_back(also);
      }
    }
  }
  if (located_in && v.linking().entities[out.front()].type == "Location") {
    if (v.lexicon().HasCue(v.Lower(heads.front()), "state_body_noun")) {
      if (const int state = v.StateOf(out.front()); state >= 0) out = {state};
    } else if (v.lexicon().HasCue(v.Lower(heads.front()), "unnamed_source")) {
      // ("Diplomats in New York said": where unnamed sources are is not who
      // they are.)
      out.clear();
    }
  }
  return out;
}

std::vector<int> SubjectEntities(const DocumentView& v, uint32_t verb) {
  std::vector<uint32_t> subjects;
  for (uint32_t c : v.Children(verb)) {
    if (v.Dep(c) == "nsubj") subjects.push_back(c);
  }
  return NominalEntities(v, subjects);
}

int32_t ComplementTaker(const DocumentView& v, uint32_t k, bool through_objects) {
  for (int depth = 0; depth < 6 && v.Parsed(k); ++depth) {
    const std::string_view dep = v.Dep(k);
    const int32_t head = v.Head(k);
    if (head < 0) return -1;
    if (dep == "ccomp") return head;
    // ("said that hackers were behind a cyberattack": a copula's clause is
    // its predicate's.)
    if (dep == "cop") {
      k = static_cast<uint32_t>(head);
      continue;
    }
    // "officials said the launch came a day after India tested a missile": a
    // clause of time or cause inside what was said is said too.
    if (dep != "conj" && dep != "advcl" && !(through_objects && (dep == "xcomp" || dep == "obj"))) return -1;
    k = static_cast<uint32_t>(head);
  }
  return -1;
}

namespace {

// Whether the nominal headed at `head` stands between a comma and a verb of
// speech (", the Justice Department announced").
bool TrailingSpeaker(const DocumentView& v, uint32_t head) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(head));
  if (head + 1 >= s.token_end || !v.lexicon().HasCue(v.Lower(head + 1), "speech_verb")) return false;
  const uint32_t begin = s.token_begin;
  uint32_t k = head;
  while (k > begin && head - k < 5 && v.Word(k - 1) != ",") {
    const std::string_view tag = v.Upos(k - 1);
    if (tag != "DET" && tag != "PROPN" && tag != "NOUN" && tag != "ADJ") return false;
    --k;
  }
  return k > begin && v.Word(k - 1) == ",";
}

}  // namespace

ParseArguments VerbArguments(const DocumentView& v, uint32_t verb) {
  ParseArguments a;
  if (!v.Parsed(verb)) return a;
  const std::string_view dep_of_verb = v.Dep(verb);
  std::vector<uint32_t> subjects, passive_subjects, objects, agents, oblique;
  for (uint32_t c : v.Children(verb)) {
    const std::string_view dep = v.Dep(c);
    if (dep == "nsubj") subjects.push_back(c);
    if (dep == "nsubj:pass") passive_subjects.push_back(c);
    if (dep == "obj" || dep == "iobj") objects.push_back(c);
    // "killed, including Humboldt University students": an agent the parser
    // found without "by" is a misreading.
    if (dep == "obl:agent" && CaseOf(v, c) == "by") agents.push_back(c);
    if (dep == "obl") oblique.push_back(c);
  }
  // ("… charging an Iranian national and a Turkish company with conspiring
  // to export parts to Iran, the Justice Department announced": a name after
  // a comma that a verb of speech follows is the source, whatever the parser
  // hung it on.)
  std::erase_if(objects, [&](uint32_t c) { return c > verb && TrailingSpeaker(v, c); });
  // ("The diplomat was declared persona non grata": a subject the parser
  // took for an active one, of a participle after a form of "be", is passive;
  // "Pakistan and India were agreed that" is the old active.)
  const bool agreed_that = v.Lower(verb) == "agreed" && verb + 1 < v.seg().tokens.size() && v.Lower(verb + 1) == "that";
  if (passive_subjects.empty() && !subjects.empty() && !agreed_that && v.lexicon().LooksLikeParticiple(v.Lower(verb))) {
    for (uint32_t c : v.Children(verb)) {
      const std::string& w = v.Lower(c);
      if (c < verb && v.Dep(c) == "aux" && v.lexicon().HasCue(w, "be_aux")) {
        passive_subjects.swap(subjects);
        break;
      }
    }
  }
  // ("a deal mediated by Kazakhstan": a participle with an agent is passive
  // without a subject of its own.)
  // ("… supplies the army and was placed under EU sanctions": so is a
  // conjunct with a passive auxiliary and no subject of its own.)
  // ("… was released from prison in 2013 and recaptured by Mexican marines":
  // or a participle with an agent and no object joined to a passive, sharing
  // its auxiliary; not "had not been informed and called on Amman to …".)
  const auto has_child = [&](uint32_t k, std::string_view dep) {
    return std::any_of(v.Children(k).begin(), v.Children(k).end(), [&](uint32_t c) { return v.Dep(c) == dep; });
  };
  // (The parser may label that auxiliary "aux": "X, a boat owner, was freed
  // on bail and recaptured by …".)
  const auto passive_verb = [&](uint32_t k) {
    if (has_child(k, "aux:pass")) return true;
    if (!v.lexicon().LooksLikeParticiple(v.Lower(k))) return false;
    return std::any_of(v.Children(k).begin(), v.Children(k).end(), [&](uint32_t c) {
      return c < k && v.Dep(c) == "aux" && v.lexicon().HasCue(v.Lower(c), "be_aux");
    });
  };
  const bool shares_passive = dep_of_verb == "conj" && v.Head(verb) >= 0 && objects.empty() && !agents.empty() &&
                              v.lexicon().LooksLikeParticiple(v.Lower(verb)) &&
                              passive_verb(static_cast<uint32_t>(v.Head(verb)));
  const bool passive_conjunct = dep_of_verb == "conj" && subjects.empty() && passive_subjects.empty() &&
                                (has_child(verb, "aux:pass") || shares_passive);
  a.passive = !passive_subjects.empty() || passive_conjunct ||
              (subjects.empty() && !agents.empty() && dep_of_verb == "acl");
  a.actor = NominalEntities(v, a.passive ? agents : subjects);
  a.unnamed_subject = !a.passive && !subjects.empty() && a.actor.empty();
  a.recipient = NominalEntities(v, a.passive ? passive_subjects : objects);
  // (Done to the subject of the verb it is joined to.)
  if (passive_conjunct && v.Head(verb) >= 0) {
    std::vector<uint32_t> shared;
    for (uint32_t c : v.Children(static_cast<uint32_t>(v.Head(verb)))) {
      if (v.Dep(c) == "nsubj:pass" || (shares_passive && v.Dep(c) == "nsubj")) shared.push_back(c);
    }
    a.recipient = shared.empty() ? SubjectOf(v, static_cast<uint32_t>(v.Head(verb)), 1) : NominalEntities(v, shared);
  }
  a.recipient_from_object = !a.passive && !a.recipient.empty();
  // ("discussed the delivery of air-defence systems to the LNA": a name
  // below an object that names nobody, after "to", is where it went.)
  if (!a.passive && objects.size() == 1 && v.linking().MentionAt(objects.front()) < 0 && !a.recipient.empty()) {
    a.recipient_below_object = std::all_of(a.recipient.begin(), a.recipient.end(), [&](int r) {
      for (const link::Mention& m : v.linking().mentions) {
        if (m.entity != r || m.sentence != v.SentenceOf(verb) || m.token_begin <= objects.front()) continue;
        uint32_t b = m.token_begin;
        if (b > 0 && v.Lower(b - 1) == "the") --b;
        if (b > 0 && v.Lower(b - 1) == "to") return true;
      }
      return false;
    });
  }
  for (uint32_t c : oblique) {
    const std::string_view p = CaseOf(v, c);
    if (p == "with" && a.with_side.empty()) a.with_side = NominalEntities(v, c);
    if (p == "by" && a.passive && a.actor.empty()) {
      a.actor = NominalEntities(v, c);
    } else if (a.recipient.empty() && ParticipantCase(p) && !v.lexicon().HasCue(v.Lower(c), "date_word")) {
      // "on Friday" says when ("fired a missile on Friday, the Joint Chiefs
      // of Staff said": a source the parser hung on the day is no target).
      a.recipient = NominalEntities(v, c);
    }
  }
  // "shipped about 12,000 containers of artillery shells to Russia": a "to"
  // phrase the parser hung on the object (or on the object of "of" in it, or
  // on a conjunct: "four air defence systems and 200 million euros' worth
  // of artillery ammunition to Ukraine") is where the thing went.
  if (a.recipient.empty() && !a.passive) {
    std::vector<uint32_t> nouns(objects.begin(), objects.end());
    nouns.insert(nouns.end(), oblique.begin(), oblique.end());
    for (size_t i = 0; i < nouns.size() && a.recipient.empty() && i < 8; ++i) {
      for (uint32_t c : v.Children(nouns[i])) {
        if (v.Dep(c) != "nmod") continue;
        if (CaseOf(v, c) == "to") {
          // (Its own name only: the parser may hang a source on it.)
          const int m = v.linking().MentionAt(c);
          if (m >= 0 && v.linking().mentions[m].entity >= 0) {
            a.recipient = {v.linking().mentions[m].entity};
            a.recipient_below_object = true;
            a.recipient_from_object = true;
            break;
          }
        } else if (CaseOf(v, c) == "of") {
          nouns.push_back(c);
        }
      }
      for (uint32_t c : v.Children(nouns[i])) {
        if (v.Dep(c) == "conj" && v.Upos(c) == "NOUN") nouns.push_back(c);
      }
    }
  }
  // "detained four of the company's employees, including its country
  // manager, Jean-Marc Ouellet": those named among a group the object counts
  // (a number or a plural noun; not "killed X, who abducted …, including Y")
  // are recipients too.
  const auto group = [&](uint32_t o) {
    return v.Upos(o) == "NUM" || (v.Upos(o) == "NOUN" && v.Lemma(o) != v.Lower(o));
  };
  // ("sanctioned X Ltd, along with Lucent Harbor's director, Chinese
  // national Zhou Wenbin": whoever the phrase adds, the person its noun
  // stands in apposition to.)
  const auto added = [&](uint32_t c) {
    const int person = AppositionNamed(v, c, {"Person"});
    return person >= 0 ? std::vector<int>{person} : NominalEntities(v, c);
  };
  // ("designated two vessels used by the network, including the cargo ship
  // Sea Falcon": or the phrase the parser hung on the object.)
  if (objects.size() == 1 && group(objects.front())) {
    for (uint32_t c : v.Children(objects.front())) {
      if (v.Dep(c) == "nmod" && CaseOf(v, c) == "including") oblique.push_back(c);
    }
  }
  for (uint32_t c : oblique) {
    const std::string_view p = CaseOf(v, c);
    // (Not beside a place visited: "visits Canada along with Queen Camilla"
    // tells who travelled.)
    const bool along = p == "along" && !objects.empty() && std::none_of(a.recipient.begin(), a.recipient.end(), [&](int r) {
      const std::string& type = v.linking().entities[r].type;
      return type == "Country" || type == "Location";
    });
    if (a.passive || !(along || (p == "including" && objects.size() == 1 && group(objects.front())))) continue;
    for (int e : added(c)) {
      if (std::find(a.recipient.begin(), a.recipient.end(), e) == a.recipient.end()) a.recipient.push_back(e);
    }
  }
  // ("imposed sanctions on three individuals and one entity …, among them
  // Pishgam Sanat Parvaz Company and its managing director, Reza Naderi":
  // those named after ", among them" are reached too, however parsed.)
  // ("is designating eight entities as Foreign Terrorist Organizations: Tren
  // de Aragua, Mara Salvatrucha (MS-13), …": or after a colon that follows a
  // counted object.)
  const bool counted = objects.size() == 1 && group(objects.front());
  if (!a.passive) {
    const text::Sentence& s = v.Sentence(v.SentenceOf(verb));
    for (uint32_t t = verb + 1; t + 3 < s.token_end; ++t) {
      const bool among = v.Word(t) == "," && v.Lower(t + 1) == "among" && v.Lower(t + 2) == "them";
      const bool colon = counted && v.Word(t) == ":" && t > objects.front();
      if (!among && !colon) continue;
      for (uint32_t k = among ? t + 3 : t + 1; k < s.token_end;) {
        const std::string_view clause_dep = v.Dep(k);
        const bool clause = v.Upos(k) == "VERB" && clause_dep != "amod" && clause_dep != "compound" &&
                            !(k > 0 && DocumentView::IsPossessivePronoun(v.Lower(k - 1)));
        if (v.Word(k) == ";" || v.Word(k) == "." || clause || v.cues().Has(link::CueKind::kRelative, v.Word(k))) {
          break;
        }
        uint32_t next = k + 1;
        for (int e : v.ItemAt(k, &next)) {
          if (std::find(a.recipient.begin(), a.recipient.end(), e) == a.recipient.end()) a.recipient.push_back(e);
        }
        k = std::max(next, k + 1);
      }
      break;
    }
  }
  const int32_t head = v.Head(verb);
  const std::string_view dep = v.Dep(verb);
  if (a.actor.empty() && !a.passive) a.actor = SubjectOf(v, verb, 0);
  // "militants killed by the army" / "a report alleging ...": a participle
  // modifying a noun has that noun as its recipient (passive) or its actor.
  if (head >= 0 && dep == "acl") {
    std::vector<int> noun = NominalEntities(v, static_cast<uint32_t>(head));
    // ("Former President Evo Morales, once Arce's mentor and now his rival,
    // called on supporters": a past verb after the comma that closes the
    // apposition of a sentence's named subject, which the parser made the
    // root, is the sentence's main verb.)
    if (const std::vector<int> named = NamedRootBeforeApposition(v, verb); !named.empty() && a.actor.empty()) {
      a.actor = named;
      a.passive = false;
      noun.clear();
    }
    if (!noun.empty() && v.Lower(verb).ends_with("ing")) {
      if (a.actor.empty()) a.actor = std::move(noun);
    } else if (!noun.empty() && a.recipient.empty()) {
      a.passive = true;
      a.recipient = std::move(noun);
    }
  }
  // "He faces ten years in prison if convicted": a past participle after a
  // subordinator, with no subject of its own, tells what would be done to the
  // subject of the clause it belongs to.
  if (subjects.empty() && passive_subjects.empty() && head >= 0 && ReducedPassive(v, verb)) {
    int32_t main = head;
    for (int depth = 0; depth < 4 && main >= 0 && v.Upos(static_cast<uint32_t>(main)) != "VERB"; ++depth) {
      main = v.Head(static_cast<uint32_t>(main));
    }
    a.passive = true;
    a.actor.clear();
    if (main >= 0 && a.recipient.empty()) a.recipient = SubjectEntities(v, static_cast<uint32_t>(main));
  }
  std::erase_if(a.recipient, [&](int r) {
    return std::find(a.actor.begin(), a.actor.end(), r) != a.actor.end();
  });
  return a;
}

std::vector<int> NamedRootBeforeApposition(const DocumentView& v, uint32_t verb) {
  // (How far up the verb may hang below the name.)
  constexpr int kMaxDepth = 4;
  if (verb == 0 || v.Word(verb - 1) != "," || !v.Lower(verb).ends_with("ed")) return {};
  for (uint32_t c : v.Children(verb)) {
    if (v.Dep(c) == "obl:agent" || v.Lower(c) == "by") return {};
  }
  int32_t root = v.Head(verb);
  for (int depth = 0; depth < kMaxDepth && root >= 0 && v.Head(static_cast<uint32_t>(root)) >= 0; ++depth) {
    root = v.Head(static_cast<uint32_t>(root));
  }
  if (root < 0 || v.Head(static_cast<uint32_t>(root)) >= 0 || v.Upos(static_cast<uint32_t>(root)) != "PROPN") return {};
  const uint32_t name = static_cast<uint32_t>(root);
  // (The apposition opens right after the name.)
  const int m = v.linking().MentionAt(name);
  if (m < 0 || v.linking().mentions[m].entity < 0) return {};
  const uint32_t end = v.linking().mentions[m].token_end;
  if (end >= verb || v.Word(end) != ",") return {};
  const std::string& type = v.linking().entities[v.linking().mentions[m].entity].type;
  if (type != "Person" && type != "Organization" && type != "PublicBody" && type != "Country") return {};
  return {v.linking().mentions[m].entity};
}

}  // namespace dossier::extract
