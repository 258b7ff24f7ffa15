// Whether a trigger that fired tells news: deaths in accidents and disasters,
// backdrops (relative clauses, "following ...", "after weeks of protests",
// while-clauses), the grounds of a sentence, things wanted ended, measures
// against disasters, and what is only requested, threatened or agreed. Part of
// EventCoder (event_coder.h); whether a trigger fires at all is
// trigger_context.cc.
#include <algorithm>

#include "extract/event_coder.h"
#include "extract/event_types.h"

namespace dossier::extract {

// Whether a trigger that fired at [k, end) with its arguments in `e` tells
// no news: an accident's deaths, a backdrop, something wanted ended.
bool EventCoder::NotNews(const EventPattern& p, uint32_t k, uint32_t end, const Event& e,
                         bool agent_implicit, const std::vector<Event>& coded) const {
  // Who did it may be unknown ("three soldiers are killed in an ambush");
  // an event needs a participant unless its trigger stands alone.
  if (e.actor.empty() && e.recipient.empty() && !p.open && !UnnamedParticipant(k, p)) return true;
  // "killed in floods caused by heavy rain in Bahía Blanca": a town or a
  // region the position search took for the actor is no agent.
  const bool agentless = e.actor.empty() || agent_implicit ||
                         std::all_of(e.actor.begin(), e.actor.end(), [&](int x) {
                           return v_.linking().entities[x].type == "Location";
                         });
  if (p.event == "ASSAULT" && ((agentless && Accidental(k, end)) || (!p.noun && AccidentSubject(k)))) {
    return true;
  }
  // "Typhoon Dolphin makes landfall, evacuating 1 million people", "two are
  // rescued after their boat capsized": in a disaster, aid is news when
  // someone is said to carry it out.
  if (p.event == "AID" && ((agentless && Accidental(k, end)) || (!p.noun && AccidentSubject(k)))) {
    return true;
  }
  // "attendees are evacuated unharmed": aid is an event between actors when
  // someone is said to give it.
  if (p.event == "AID" && !p.noun && agent_implicit && !ByLater(end)) return true;
  // "following clashes last night", "marches against the airstrikes": a
  // hostile backdrop is not the news even when its actor is named; "following
  // talks with", "following his extradition" tell the same process.
  // "Police investigate the attack", "it is being investigated as terrorism":
  // an investigation is an accusation only against someone.
  if (p.mode == "investigate" && e.recipient.empty()) return true;
  const bool hostile = IsHostile(p.event) || p.event == "PROTEST";
  const bool outbreak = OutbreakTrigger(k, coded);
  // "seize the town following the withdrawal of Burundian forces": a
  // retreat that let the news happen belongs to it.
  const bool backdrop_kind = hostile || (e.actor.empty() && p.event != "RETREAT");
  if (p.noun && backdrop_kind && Background(k, "background") && !outbreak) return true;
  // "a state of emergency as firefighters fight wildfires", "a national energy
  // emergency": a measure against a disaster or a shortage targets nobody.
  // (An arrest after a crash is still one.)
  const bool measure = p.event == "COERCE" && p.mode != "arrest" && p.mode != "detain";
  if (measure && p.noun && (Accidental(k, end) || CivilDomain(k))) return true;
  // "700 firefighters have been deployed to battle the fires": a deployment
  // against a disaster mobilises no force against anyone.
  if (p.event == "MOBILIZE" && Accidental(k, end) && AccidentWithin(end, 8)) return true;
  const bool violent = p.event == "ASSAULT" || p.event == "PROTEST";
  if (p.noun && violent && Background(k, "violent_background") && !outbreak) return true;
  // "Swiss voters reject a referendum": a vote's outcome, an election result.
  if (!p.noun && Electorate(k)) return true;
  // "ahead of a visit from Abiy Ahmed": still to come.
  if (p.noun && Background(k, "prospect")) return true;
  return p.noun && EndedEvent(k);
}

// "A drone attack on a factory kills three ... A state of emergency is later
// declared": a state of emergency over an attack's damage is disaster
// management, not a measure against anyone. The attack is an ASSAULT coded in
// the sentence or the one before, or a word with an ASSAULT reading later in
// the sentence ("following the strikes").
bool EventCoder::EmergencyAfterAttack(const EventPattern& p, uint32_t k,
                                      const std::vector<Event>& coded) const {
  if (p.event != "COERCE" || !p.noun || v_.Lower(k) != "emergency") return false;
  const uint32_t sentence = v_.SentenceOf(k);
  for (const Event& e : coded) {
    if (e.event == "ASSAULT" && e.sentence + 1 >= sentence) return true;
  }
  for (uint32_t j = k + 1; j < v_.Sentence(sentence).token_end; ++j) {
    const std::vector<EventPattern>* patterns = v_.lexicon().EventsFor(v_.Lower(j));
    if (patterns == nullptr) continue;
    for (const EventPattern& q : *patterns) {
      if (q.event == "ASSAULT" && q.rest.empty()) return true;
    }
  }
  return false;
}

// "Protests erupt in Istanbul following the arrest of İmamoğlu": the undated
// arrest, assassination or attack that set off the protests told in the same
// sentence is news with them (a dated one, "after last week's arrest", stays
// the backdrop; date_word cues or a year).
bool EventCoder::OutbreakTrigger(uint32_t k, const std::vector<Event>& coded) const {
  const uint32_t sentence = v_.SentenceOf(k);
  const bool protest = std::any_of(coded.begin(), coded.end(), [&](const Event& e) {
    return e.sentence == sentence && e.event == "PROTEST";
  });
  if (!protest) return false;
  const text::Sentence& s = v_.Sentence(sentence);
  uint32_t cue = k;
  while (cue > s.token_begin && k - cue < 5) {
    --cue;
    const std::string& w = v_.Lower(cue);
    if (w == "after" || w == "following") break;
    if (v_.Word(cue) == "," || v_.IsClauseBreak(cue)) return false;
  }
  if (v_.Lower(cue) != "after" && v_.Lower(cue) != "following") return false;
  for (uint32_t j = cue + 1; j < s.token_end && j < cue + 16; ++j) {
    if (v_.Word(j) == "," || (j > k && v_.IsClauseBreak(j))) break;
    const std::string& w = v_.Lower(j);
    const bool year = w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
                      std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (year || v_.lexicon().HasCue(w, "date_word")) return false;
  }
  return true;
}

// Whether the verb at k has the electorate as its subject ("voters reject"),
// by the parse or as the word right before it.
bool EventCoder::Electorate(uint32_t k) const {
  if (k > v_.Sentence(v_.SentenceOf(k)).token_begin && v_.lexicon().HasCue(v_.Lower(k - 1), "electorate")) {
    return true;
  }
  for (uint32_t c : v_.Children(k)) {
    if (v_.Dep(c) == "nsubj" && v_.lexicon().HasCue(v_.Lower(c), "electorate")) return true;
  }
  return false;
}

// Whether the words before a noun in its phrase name the means of an attack
// ("roadside bomb explosions") or the force it came from ("Israeli fire").
bool EventCoder::AttackMeansIn(uint32_t noun) const {
  for (uint32_t c : v_.Children(noun)) {
    const std::string_view dep = v_.Dep(c);
    if ((dep == "compound" || dep == "amod") && v_.lexicon().HasCue(v_.Lower(c), "attack_means")) {
      return true;
    }
    // "Israeli fire has killed four": a force's fire, not a blaze.
    const int m = v_.linking().MentionAt(c);
    if ((dep == "amod" || dep == "nmod:poss" || dep == "compound") && m >= 0 &&
        v_.linking().mentions[m].type == "NORP") {
      return true;
    }
  }
  return false;
}

// "Severe storms in Greece kill two", "a pipeline explodes in Oaxaca, killing
// three": the trigger's subject (or the verb whose subject it shares) is the
// accident itself, whatever place the parse found named near it.
bool EventCoder::AccidentSubject(uint32_t k) const {
  for (int depth = 0; depth < 4 && v_.Parsed(k); ++depth) {
    for (uint32_t c : v_.Children(k)) {
      if (v_.Dep(c) == "nsubj" && v_.lexicon().HasCue(v_.Lower(c), "accident") &&
          !AttackMeansIn(c)) {
        return true;
      }
    }
    const std::string_view dep = v_.Dep(k);
    const int32_t head = v_.Head(k);
    if (head < 0 || !(dep == "conj" || dep == "xcomp" || (dep == "advcl" && v_.Lower(k).ends_with("ing")))) {
      return false;
    }
    k = static_cast<uint32_t>(head);
    if (v_.lexicon().HasCue(v_.Lower(k), "accident")) return true;
  }
  return false;
}

// Whether "by" follows in the sentence ("are rescued and ... arrested by the
// army": coordinated passives share their agent).
bool EventCoder::ByLater(uint32_t from) const {
  if (from >= v_.seg().tokens.size()) return false;
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(from));
  for (uint32_t j = from; j < s.token_end; ++j) {
    if (v_.Lower(j) == "by") return true;
  }
  return false;
}

// Whether an accident cue stands in the `window` words from `from` in its
// sentence ("deployed to battle the fires").
bool EventCoder::AccidentWithin(uint32_t from, uint32_t window) const {
  if (from >= v_.seg().tokens.size()) return false;
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(from));
  for (uint32_t j = from; j < s.token_end && j < from + window; ++j) {
    if (v_.lexicon().HasCue(v_.Lower(j), "accident")) return true;
  }
  return false;
}

// Deaths in a sentence about a crash, a fire or a flood are an accident, not
// an attack, unless someone is named as the attacker or the sentence names
// the means of an attack.
bool EventCoder::Accidental(uint32_t k, uint32_t end) const {
  // The sentence and the one before it ("A plane crashes into a bay ... At
  // least five people are killed").
  const uint32_t sentence = v_.SentenceOf(k);
  const uint32_t from = v_.Sentence(sentence > 0 ? sentence - 1 : sentence).token_begin;
  bool accident = false;
  for (uint32_t j = from; j < v_.Sentence(sentence).token_end; ++j) {
    if (j >= k && j < end) continue;  // "opens fire" is no fire
    const std::string& w = v_.Lower(j);
    // "roadside bomb explosions", "gunmen set fire to": the sentence names
    // the means of an attack.
    if (v_.lexicon().HasCue(w, "attack_means")) return false;
    if (v_.lexicon().HasCue(w, "accident")) accident = true;
  }
  // "... The incident is being probed as an act of terrorism.": the sentence
  // after may name it an attack.
  if (accident && sentence + 1 < v_.seg().sentences.size()) {
    const text::Sentence& next = v_.Sentence(sentence + 1);
    for (uint32_t j = next.token_begin; j < next.token_end; ++j) {
      if (v_.lexicon().HasCue(v_.Lower(j), "attack_means")) return false;
    }
  }
  return accident;
}

// "a citizen who was arrested last June", "the fire at his hotel, which killed
// 78 people", "citizens detained at Evin Prison": a relative clause (or a
// participle reduced from one) describes its noun, and what it tells, with
// everything inside it, is the backdrop of the news. Infinitives ("efforts to
// end the war"), gerunds ("a statement calling on") and present-tense headline
// verbs the parser hung on a noun are not relatives.
// The role ("nsubj", "nsubj:pass", "obj", or "advmod" for "where" and "when")
// of the relative word that opens the relative clause headed at k ("who was
// arrested", "whom she stabbed"), or empty. "To which
// Israel agrees" tells news through its own subject; and a headline verb the
// parser mistook for a relative clause has no relative pronoun at all.
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

bool EventCoder::HasAgent(uint32_t k) const {
  for (uint32_t c : v_.Children(k)) {
    if (v_.Dep(c) == "obl:agent") return true;
  }
  return false;
}

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

// "citizens detained at Evin Prison": a participle hung on a noun with no
// subject or object of its own. "Kim, head of its legislature, visited Iran" has one: a
// verb in the past tense that the parser hung on the apposition.
bool EventCoder::ReducedRelative(uint32_t k) const {
  if (!v_.lexicon().LooksLikeParticiple(v_.Lower(k)) || (k > 0 && v_.Lower(k - 1) == "to")) {
    return false;
  }
  // "Iran-backed", "State-affiliated": a participle joined by a hyphen to the
  // word before it makes a compound adjective.
  const auto& tokens = v_.seg().tokens;
  if (k >= 2 && v_.Word(k - 1) == "-" && tokens[k - 2].end == tokens[k - 1].begin &&
      tokens[k - 1].end == tokens[k].begin) {
    return false;
  }
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

bool EventCoder::InRelativeClause(uint32_t k, const EventPattern& p) const {
  for (int depth = 0; depth < 64 && v_.Parsed(k); ++depth) {
    const std::string_view dep = v_.Dep(k);
    const int32_t head = v_.Head(k);
    if (head < 0) return false;
    const uint32_t antecedent = static_cast<uint32_t>(head);
    // "The government announces that Indonesia has joined": a headline verb
    // the tagger took for a plural noun (complement_verb cues) takes a
    // complement clause, not a relative one.
    const bool complement = dep == "acl:relcl" && RelativePronounRole(k) != "nsubj" && ThatAfterComplementVerb(k);
    if (dep == "acl:relcl" && !complement && !(NewsAntecedent(antecedent) && !PersonRelative(k))) {
      // "the Foundation ..., which called on the US to", "the envoy, who met
      // his Chinese counterpart last week": what an actor said, or the
      // cooperation it took part in, told in a relative clause about it, is
      // still its act.
      // "a ceasefire proposal, which is rejected by Israel": the agent of a
      // passive relative acts in it as a subject would.
      const std::string_view role = RelativePronounRole(k);
      const bool acting = role == "nsubj" || (role == "nsubj:pass" && HasAgent(k));
      const bool own_act = depth == 0 && acting && (IsVerbal(p.event) || IsCooperative(p.event));
      if (!role.empty() && !own_act) return true;
    }
    // "a diplomat accused of espionage": an accusation stays one, however told;
    // "3,020 people killed": a toll counts the news.
    if (dep == "acl" && ReducedRelative(k) && !(depth == 0 && p.event == "ACCUSE") &&
        !(depth == 0 && p.event == "ASSAULT" && Counted(antecedent))) {
      return true;
    }
    k = static_cast<uint32_t>(head);
  }
  return false;
}

// "sentences them to prison for attempted murder and bomb attacks", "summons
// the chargé d'affaires over an attack on a ship": a phrase introduced by
// "for" or "over" (or "on" under a sentence) under a sanction, coercion,
// accusation, rejection or protest
// gives its grounds, which the news does not assert anew. `fired` holds the
// triggers coded so far in the sentence.
bool EventCoder::Grounds(uint32_t k, const std::vector<Fired>& fired) const {
  // The grounds-taking trigger at t, if one was coded there.
  const auto grounds_taker = [&](uint32_t t) -> const EventPattern* {
    for (const Fired& f : fired) {
      if (f.token == t && TakesGrounds(f.pattern->event)) return f.pattern;
    }
    return nullptr;
  };
  bool marked = false, marked_on = false, marked_into = false;
  for (int depth = 0; depth < 8 && v_.Parsed(k); ++depth) {
    for (uint32_t c : v_.Children(k)) {
      const std::string_view dep = v_.Dep(c);
      if (dep != "case" && dep != "mark") continue;
      const std::string& w = v_.Lower(c);
      marked = marked || w == "for" || w == "over";
      marked_on = marked_on || w == "on";
      marked_into = marked_into || w == "into";
    }
    const int32_t head = v_.Head(k);
    if (head < 0) return false;
    k = static_cast<uint32_t>(head);
    // "sentences him to 14 years on charges of ...": a sentence's charges are
    // its grounds; an arrest "on terrorism charges" is also an accusation.
    // "an investigation into sectarian violence": what is investigated is
    // the matter, not news.
    if (const EventPattern* taker = grounds_taker(k);
        taker != nullptr && (marked || (marked_on && taker->event == "SANCTION") ||
                             (marked_into && taker->event == "ACCUSE"))) {
      return true;
    }
  }
  return false;
}

// "calls for Erdogan to resign", "urges Israel to withdraw", "threatens to
// strike": a verb in the complement of a request, a threat, an agreement or a
// refusal is what is asked, threatened, agreed or refused, not done: the
// coder marks it hypothetical.
bool EventCoder::RequestedContent(uint32_t k, const EventPattern& p,
                                  const std::vector<Fired>& fired) const {
  if (p.noun) return false;
  const std::string_view dep = v_.Dep(k);
  const int32_t head = v_.Head(k);
  // The parse's complement, or by position an infinitive a few words after
  // the request ("call for President Erdogan to resign").
  const bool complement = dep == "xcomp" || dep == "ccomp";
  const bool infinitive = k > 0 && v_.Lower(k - 1) == "to";
  return std::any_of(fired.begin(), fired.end(), [&](const Fired& f) {
    const std::string& event = f.pattern->event;
    if (event != "REQUEST" && event != "THREATEN" && event != "AGREE" && event != "REJECT") {
      return false;
    }
    return (complement && static_cast<int32_t>(f.token) == head) ||
           (infinitive && f.token < k && k - f.token <= 10);
  });
}

// "calls for an immediate ceasefire", "rejects a ceasefire": a noun event
// right after a request or a refusal is what is asked for or refused.
bool EventCoder::RequestedNoun(uint32_t k, const EventPattern& p,
                               const std::vector<Fired>& fired) const {
  if (!p.noun || fired.empty()) return false;
  const Fired& f = fired.back();
  const std::string& event = f.pattern->event;
  return (event == "REQUEST" || event == "REJECT" || event == "THREATEN" || event == "AGREE") &&
         f.end <= k && k < f.end + 5;
}

// "The proposal includes ... the release of all hostages", "a deal providing
// for the withdrawal of troops": a noun event that a plan, a proposal or a deal
// (plan_noun cues) contains (content_verb cues) is what it sets out, not news.
// Read on the parse: up from the noun through objects, conjuncts and
// modifiers to the first verb; in a sentence left unparsed (only verb triggers
// get a parse), a content verb earlier in the clause with a plan noun in the
// three words before it.
bool EventCoder::PlanContent(uint32_t k, const EventPattern& p) const {
  if (!p.noun) return false;
  // "an agreement for a prisoner exchange", "a deal on the release of":
  // the noun a plan is for.
  const uint32_t begin = v_.Sentence(v_.SentenceOf(k)).token_begin;
  for (uint32_t j = k; j > begin + 1 && k - j < 5;) {
    --j;
    if (v_.Word(j) == "," || v_.IsClauseBreak(j)) break;
    const std::string& w = v_.Lower(j);
    if ((w == "for" || w == "on") && v_.lexicon().HasCue(v_.Lower(j - 1), "plan_noun")) return true;
  }
  if (!v_.Parsed(k)) {
    const uint32_t begin = v_.Sentence(v_.SentenceOf(k)).token_begin;
    for (uint32_t c = k; c > begin;) {
      --c;
      if (v_.IsClauseBreak(c)) return false;
      if (!v_.lexicon().HasCue(v_.Lower(c), "content_verb")) continue;
      for (uint32_t n = c; n > begin && c - n < 3;) {
        if (v_.lexicon().HasCue(v_.Lower(--n), "plan_noun")) return true;
      }
      return false;
    }
    return false;
  }
  uint32_t j = k;
  for (int step = 0; step < 6; ++step) {
    const int32_t h = v_.Head(j);
    const std::string_view dep = v_.Dep(j);
    if (h < 0 || !(dep == "obj" || dep == "conj" || dep == "nmod" || dep == "obl" || dep == "appos")) {
      return false;
    }
    j = static_cast<uint32_t>(h);
    if (v_.Upos(j) != "VERB") continue;
    if (!v_.lexicon().HasCue(v_.Lower(j), "content_verb")) return false;
    // "a deal providing for": the participle modifies the plan itself.
    if (v_.Dep(j) == "acl" && v_.Head(j) >= 0 &&
        v_.lexicon().HasCue(v_.Lower(static_cast<uint32_t>(v_.Head(j))), "plan_noun")) {
      return true;
    }
    for (uint32_t c : v_.Children(j)) {
      if (v_.Dep(c).starts_with("nsubj") && v_.lexicon().HasCue(v_.Lower(c), "plan_noun")) return true;
    }
    return false;
  }
  return false;
}

// "... following the assassination of": the noun phrase after a background
// preposition (within four words, in the same clause) sets the scene.
// "... while Polish prosecutors investigate him": an investigation told in a
// while- or as-clause is the standing situation around the news. (A PLOVER
// labelling rule: the main clause's investigation is news.)
//
// "freed after being detained by the Taliban for 8 months": what lasted a
// stretch of time before the news ("for" and a duration_unit cue) is the
// standing situation it ends.
bool EventCoder::SubordinateBackdrop(uint32_t k, const EventPattern& p) const {
  if (p.noun || v_.Dep(k) != "advcl") return false;
  bool after = false;
  for (uint32_t c : v_.Children(k)) {
    if (v_.Dep(c) != "mark") continue;
    const std::string& w = v_.Lower(c);
    if ((w == "while" || w == "as") && p.event == "ACCUSE") return true;
    after = after || w == "after";
  }
  if (!after) return false;
  for (uint32_t c : v_.Children(k)) {
    if (v_.Dep(c) != "obl" || !v_.lexicon().HasCue(v_.Lower(c), "duration_unit")) continue;
    for (uint32_t g : v_.Children(c)) {
      if (v_.Dep(g) == "case" && v_.Lower(g) == "for") return true;
    }
  }
  return false;
}

// Whether one of the two words before the noun at k names a civil domain
// ("energy emergency", "public health emergency").
bool EventCoder::CivilDomain(uint32_t k) const {
  const uint32_t begin = v_.Sentence(v_.SentenceOf(k)).token_begin;
  for (uint32_t j = k; j > begin && k - j < 3;) {
    --j;
    if (v_.lexicon().HasCue(v_.Lower(j), "civil_domain")) return true;
  }
  return false;
}

// "calls on Iran to cease attacks", "urges a halt in strikes": a noun event
// right after a word of stopping (ends_event cues) is what someone wants
// ended, not news of it.
bool EventCoder::EndedEvent(uint32_t k) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  for (uint32_t j = k; j > s.token_begin && k - j < 4;) {
    --j;
    if (v_.Word(j) == "," || v_.IsClauseBreak(j)) return false;
    if (v_.lexicon().HasCue(v_.Lower(j), "ends_event")) return true;
  }
  return false;
}

bool EventCoder::Background(uint32_t k, std::string_view category) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  for (uint32_t j = k; j > s.token_begin && k - j < 5;) {
    --j;
    if (v_.lexicon().HasCue(v_.Lower(j), category)) return true;
    if (v_.Word(j) == "," || v_.IsClauseBreak(j)) return false;
  }
  return false;
}

}  // namespace dossier::extract
