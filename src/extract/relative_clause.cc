// Relative clauses and reduced relatives. "a citizen who was arrested last
// June", "the fire at his hotel, which killed 78 people", "citizens detained
// at Evin Prison": a relative clause (or a participle reduced from one)
// describes its noun, and what it tells, with everything inside it, is the
// backdrop of the news. Infinitives ("efforts to end the war"), gerunds ("a
// statement calling on") and present-tense headline verbs the parser hung on
// a noun are not relatives.
// Part of EventCoder (event_coder.h); what else is not news is
// news_context.cc.
#include <algorithm>

#include "extract/event_coder.h"
#include "extract/event_types.h"
#include "extract/parse_arguments.h"

namespace dossier::extract {

// The role ("nsubj", "nsubj:pass", "obj", or "advmod" for "where" and "when")
// of the relative word that opens the relative clause headed at k ("who was
// arrested", "whom she stabbed"), or empty. "To which
// Israel agrees" tells news through its own subject; and a headline verb the
// parser mistook for a relative clause has no relative pronoun at all.
std::string_view EventCoder::RelativePronounRole(uint32_t k) const {
  for (uint32_t c : v_.Children(k)) {
    const std::string& w = v_.Lower(c);
    const std::string_view dep = v_.Dep(c);
    // "the hotel where Macron stayed during his visit": a relative adverb.
    if ((w == "where" || w == "when") && dep == "advmod") return dep;
    if (w != "who" && w != "which" && w != "that" && w != "whom") continue;
    if (dep == "nsubj" || dep == "nsubj:pass" || dep == "obj") return dep;
  }
  return {};
}

// Whether the clause headed at k opens with "that" right after a
// complement_verb cue ("... Force confirms that Puntland has acquired"),
// wherever the parser attached the clause.
bool EventCoder::ThatAfterComplementVerb(uint32_t k) const {
  for (uint32_t c : v_.Children(k)) {
    if (c > 0 && c < k && v_.Lower(c) == "that" && v_.lexicon().HasCue(v_.Lower(c - 1), "complement_verb")) {
      return true;
    }
  }
  return false;
}

// Whether the verb at k has a "by X" agent.
bool EventCoder::HasAgent(uint32_t k) const {
  for (uint32_t c : v_.Children(k)) {
    if (v_.Dep(c) == "obl:agent") return true;
  }
  return false;
}

// "citizens detained at Evin Prison": a participle hung on a noun with no
// subject or object of its own. "Kim, head of its legislature, visited Iran" has one: a
// verb in the past tense that the parser hung on the apposition.
bool EventCoder::ReducedRelative(uint32_t k) const {
  if (!v_.lexicon().LooksLikeParticiple(v_.Lower(k)) || (k > 0 && v_.Lower(k - 1) == "to")) {
    return false;
  }
  // "Russia-backed", "State-affiliated": a participle joined by a hyphen to the
  // word before it makes a compound adjective.
  if (v_.HyphenJoined(k)) return false;
  for (uint32_t c : v_.Children(k)) {
    const std::string_view dep = v_.Dep(c);
    // A reduced relative has no subject, object, auxiliary or complementiser
    // of its own: "medics report that 12 were killed" is a clause.
    if (dep == "obj" || dep == "iobj" || dep == "nsubj" || dep == "nsubj:pass" || dep == "aux" ||
        dep == "aux:pass" || dep == "mark") {
      return false;
    }
  }
  return true;
}

// "completed an operation that killed 40 militants": a relative clause (with
// "that" or "which") on an event noun that is the main clause's subject or
// object tells the outcome of the news itself.
bool EventCoder::NewsAntecedent(uint32_t noun) const {
  const std::string_view dep = v_.Dep(noun);
  if (dep != "obj" && dep != "nsubj" && dep != "nsubj:pass") return false;
  const int32_t verb = v_.Head(noun);
  const std::string& word = v_.Lower(noun);
  return verb >= 0 && v_.Dep(static_cast<uint32_t>(verb)) == "root" &&
         (v_.lexicon().EventsFor(word) != nullptr || v_.lexicon().HasCue(word, "event_noun"));
}

// Whether the clause headed at k is in a simple tense (no "has", "had",
// "have" before its verb) and names its own day of the week, "yesterday" or
// "today" ("on Thursday"): news of the week, not a backdrop ("earlier this
// year", "in July 2004").
bool EventCoder::DatedPastClause(uint32_t k) const {
  bool dated = false;
  for (uint32_t c : v_.Children(k)) {
    const std::string_view dep = v_.Dep(c);
    const std::string& w = v_.Lower(c);
    if (dep == "aux" && (w == "has" || w == "had" || w == "have")) return false;
    if (!dep.starts_with("obl") && dep != "advmod" && dep != "nmod:tmod") continue;
    const auto dates = [&](uint32_t t) {
      const std::string& x = v_.Lower(t);
      return x == "yesterday" || x == "today" || (x.ends_with("day") && v_.lexicon().HasCue(x, "date_word"));
    };
    if (dates(c)) dated = true;
    for (uint32_t g : v_.Children(c)) dated |= dates(g);
  }
  return dated;
}

// Whether the relative clause headed at k opens with "who" or "whom".
bool EventCoder::PersonRelative(uint32_t k) const {
  for (uint32_t c : v_.Children(k)) {
    if (v_.Lower(c) == "who" || v_.Lower(c) == "whom") return true;
  }
  return false;
}

// Whether a noun carries a number ("3,020 people", "five soldiers").
bool EventCoder::Counted(uint32_t noun) const {
  if (v_.Upos(noun) == "NUM") return true;
  for (uint32_t c : v_.Children(noun)) {
    if (v_.Dep(c) == "nummod") return true;
  }
  return false;
}

// The noun a clause's "who" / "whom" / "which" (its subject or object, right
// after a noun or a comma) refers to, or -1: "Sergeant X, who was captured
// and killed" is a relative clause even where the parser joined it to the
// main clause as a conjunct.
int EventCoder::WhAntecedent(uint32_t k) const {
  for (uint32_t c : v_.Children(k)) {
    if (c >= k || c == 0) continue;
    const std::string& w = v_.Lower(c);
    if (w != "who" && w != "whom" && w != "which") continue;
    const std::string_view dep = v_.Dep(c);
    if (dep != "nsubj" && dep != "nsubj:pass" && dep != "obj") continue;
    uint32_t before = c - 1;
    if (v_.Lower(before) == "," && before > 0) --before;
    if (v_.SentenceOf(before) != v_.SentenceOf(c)) return -1;
    const std::string_view upos = v_.Upos(before);
    if (upos == "NOUN" || upos == "PROPN" || upos == "NUM") return static_cast<int>(before);
  }
  return -1;
}

int EventCoder::PassiveRelativeAntecedent(uint32_t k) const {
  if (!v_.Parsed(k) || v_.Head(k) < 0) return -1;
  bool passive = false;
  for (uint32_t c : v_.Children(k)) passive = passive || v_.Dep(c) == "aux:pass" || v_.Dep(c) == "nsubj:pass";
  if (!passive) return -1;
  // (A passive conjunct shares the clause's subject: "a maker that supplies
  // the defence industry and was placed under EU sanctions".)
  const uint32_t clause = v_.Dep(k) == "conj" ? static_cast<uint32_t>(v_.Head(k)) : k;
  if (!DocumentView::IsRelativeClause(v_.Dep(clause)) || v_.Head(clause) < 0) return -1;
  const std::string_view role = RelativePronounRole(clause);
  if (role != "nsubj" && role != "nsubj:pass") return -1;
  return NamedAntecedent(static_cast<uint32_t>(v_.Head(clause)));
}

int EventCoder::ObjectRelativeAntecedent(uint32_t k) const {
  if (!v_.Parsed(k) || v_.Head(k) < 0) return -1;
  // "which" or "that" as the clause's object, or a "that" the parser made the
  // mark of a clause on a noun that has no object of its own ("a company
  // that the European Union added to its sanctions list").
  bool object_relative = DocumentView::IsRelativeClause(v_.Dep(k)) && RelativePronounRole(k) == "obj";
  // ("a company registered in Murmansk that the United States designated":
  // or a complement the parser gave the participle describing the noun.)
  const uint32_t head = static_cast<uint32_t>(v_.Head(k));
  const bool on_participle = v_.Dep(k) == "ccomp" && v_.Dep(head) == "acl" && v_.Upos(head) == "VERB" &&
                             v_.Head(head) >= 0 && !v_.SaysOrClaims(head);
  if (!object_relative && (v_.Dep(k) == "acl" || on_participle)) {
    bool that = false, object = false;
    for (uint32_t c : v_.Children(k)) {
      that = that || (c < k && v_.Lower(c) == "that" && v_.Dep(c) == "mark");
      object = object || v_.Dep(c) == "obj" || v_.Dep(c) == "ccomp";
    }
    object_relative = that && !object;
  }
  if (!object_relative) return -1;
  // ("the shipments to Elektrosnab-M, a Moscow-based procurement firm that
  // the Commerce Department added": the noun right before the pronoun, where
  // the parser hung the clause higher.)
  for (uint32_t c : v_.Children(k)) {
    if (c >= k || c == 0 || (v_.Lower(c) != "that" && v_.Lower(c) != "which")) continue;
    if (v_.Upos(c - 1) != "NOUN" || c - 1 == head) break;
    if (const int named = NamedAntecedent(c - 1); named >= 0) return named;
    break;
  }
  return NamedAntecedent(on_participle ? static_cast<uint32_t>(v_.Head(head)) : head);
}

int EventCoder::NamedAntecedent(uint32_t noun) const {
  for (int step = 0; step < 4; ++step) {
    const int m = v_.linking().MentionAt(noun);
    const link::Mention* named = m >= 0 ? &v_.linking().mentions[m] : nullptr;
    // ("a company registered in Saint Petersburg that": not the place of
    // the participle's phrase, but the noun the participle describes.)
    const int32_t up = v_.Head(noun);
    if (named != nullptr && (named->type == "LOC" || named->type == "GPE") && v_.Dep(noun) == "obl" && up >= 0 &&
        v_.Dep(static_cast<uint32_t>(up)) == "acl" && v_.Head(static_cast<uint32_t>(up)) >= 0) {
      noun = static_cast<uint32_t>(v_.Head(static_cast<uint32_t>(up)));
      continue;
    }
    if (named != nullptr) return named->type == "NORP" ? -1 : named->entity;
    // ("X, a company … that": the name the noun stands in apposition to,
    // wherever the parser hung the noun.)
    // ("the Ocean Lily, a 20-year-old supertanker that": past hyphened words.)
    constexpr uint32_t kMaxDescription = 7;
    uint32_t first = noun;
    const uint32_t begin = v_.Sentence(v_.SentenceOf(noun)).token_begin;
    while (first > begin && noun - first < kMaxDescription && v_.Lower(first) != "a" && v_.Lower(first) != "an") {
      --first;
    }
    if ((v_.Lower(first) == "a" || v_.Lower(first) == "an") && first >= begin + 2 && v_.Word(first - 1) == ",") {
      const int before = v_.linking().MentionAt(first - 2);
      if (before >= 0 && v_.linking().mentions[before].token_end == first - 1) {
        const link::Mention& apposed = v_.linking().mentions[before];
        return apposed.type == "NORP" ? -1 : apposed.entity;
      }
    }
    if (v_.Dep(noun) != "appos" || up < 0) return -1;
    noun = static_cast<uint32_t>(up);
  }
  return -1;
}

bool EventCoder::InRelativeClause(uint32_t k, const EventPattern& p) const {
  // ("Baltic Arc Logistics LLC, a company registered in Saint Petersburg that
  // the United States designated in May 2023", "a maker that … was placed
  // under EU sanctions in 2024": a listing told about its target is a
  // standing fact an analyst screens for, however deep the clause.)
  if (p.event == "SANCTION" && (ObjectRelativeAntecedent(k) >= 0 || PassiveRelativeAntecedent(k) >= 0)) return false;
  for (int depth = 0; depth < 64 && v_.Parsed(k); ++depth) {
    const std::string_view dep = v_.Dep(k);
    const int32_t head = v_.Head(k);
    if (head < 0) return false;
    // "arrest four people associated with IS, accusing them of ...": a
    // participle after a comma tells what the main clause's subject did,
    // wherever the parser attached it.
    if (dep == "advcl" && k > 0 && v_.Lower(k).ends_with("ing") && v_.Lower(k - 1) == ",") return false;
    // ("The ELN, which broke off peace talks …, separately denied that": a
    // verb the parser joined to the relative clause with no "and" after the
    // comma closing it is the main clause's.)
    if (v_.MainVerbJoinedToRelative(k)) return false;
    // ("Evo Morales, once Arce's mentor and now his rival, called on": the
    // main verb the parser hung on the apposition.)
    if (dep == "acl" && !NamedRootBeforeApposition(v_, k).empty()) return false;
    const int wh = DocumentView::IsRelativeClause(dep) ? -1 : WhAntecedent(k);
    const uint32_t antecedent = wh >= 0 ? static_cast<uint32_t>(wh) : static_cast<uint32_t>(head);
    // "The government announces that Indonesia has joined": a headline verb
    // the tagger took for a plural noun (complement_verb cues) takes a
    // complement clause, not a relative one.
    const bool relative = DocumentView::IsRelativeClause(dep) || wh >= 0;
    const bool complement = relative && RelativePronounRole(k) != "nsubj" && ThatAfterComplementVerb(k);
    if (relative && !complement && !(NewsAntecedent(antecedent) && !PersonRelative(k))) {
      // "the Foundation ..., which called on the US to", "the envoy, who met
      // his Chinese counterpart last week": what an actor said, or the
      // cooperation it took part in, told in a relative clause about it, is
      // still its act.
      // "a ceasefire proposal, which is rejected by Israel": the agent of a
      // passive relative acts in it as a subject would.
      const std::string_view role = RelativePronounRole(k);
      const bool acting = role == "nsubj" || (role == "nsubj:pass" && HasAgent(k));
      // "accuses the Taliban of sheltering militants, which Kabul denies": a
      // denial of what the main clause claims is the denier's own answer.
      const bool denial = p.event == "REJECT" && role == "obj";
      // "Kish Cargo Airlines, which the US Treasury designated in 2023", "the
      // Volga Trader, which was sanctioned by the EU in May": a listing told
      // about its target is a standing fact an analyst screens for.
      const bool listing = p.event == "SANCTION" && (role == "obj" || (role == "nsubj:pass" && HasAgent(k)));
      // ("Also designated was X of Nicaragua's National Police, whom Treasury
      // accused of overseeing …": so is the charge its accuser lays on a
      // person it names.)
      const bool charge = p.event == "ACCUSE" && role == "obj" && PersonRelative(k);
      // "Canada, which sanctioned the same two firms on Thursday": an act the
      // relative clause dates to a day of its own is news told in passing.
      const bool own_act =
          depth == 0 && ((acting && (IsVerbal(p.event) || IsCooperative(p.event) || DatedPastClause(k))) || denial ||
                         listing || charge);
      if (!role.empty() && !own_act) return true;
    }
    // "expels a diplomat accused of espionage": the accusation an act names
    // its object for is the actor's own ("a man accused of killing eleven is
    // fit to stand trial" is backdrop).
    // "3,020 people killed": a toll counts the news.
    // "an agreement mediated by Egypt": the mediation is news with it.
    const bool grounds_of_act = p.event == "ACCUSE" && v_.Dep(antecedent) == "obj" &&
                                v_.Head(antecedent) >= 0 &&
                                v_.Upos(static_cast<uint32_t>(v_.Head(antecedent))) == "VERB";
    if (dep == "acl" && ReducedRelative(k) && !(depth == 0 && (p.mode == "mediate" || grounds_of_act)) &&
        !(depth == 0 && p.event == "ASSAULT" && Counted(antecedent))) {
      return true;
    }
    k = static_cast<uint32_t>(head);
  }
  return false;
}

}  // namespace dossier::extract
