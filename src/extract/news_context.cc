// Whether a trigger that fired tells news: backdrops ("following ...", "after
// weeks of protests", while-clauses), the grounds of a sentence, things wanted
// ended or still to come, measures against disasters, election results, and
// what is only requested, threatened, planned or agreed. Part of EventCoder
// (event_coder.h); whether a trigger fires at all is trigger_context.cc,
// relative clauses relative_clause.cc, accidents accident_context.cc.
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
  // ("Peskov said when asked about the seizure": a question put to the
  // speaker, no request.)
  if (p.event == "REQUEST" && !p.noun && k > 0 && v_.Lower(k).ends_with("ed")) {
    const std::string& before = v_.Lower(k - 1);
    if (before == "when" || before == "if" || before == "once" || before == "unless" || before == "after") return true;
  }
  // "killed in floods caused by heavy rain in Bahía Blanca": a town or a
  // region the position search took for the actor is no agent.
  // "two minibuses collide head-on in Egypt, killing nine": a country named
  // only as where it happened is no agent either.
  const bool agentless = e.actor.empty() || agent_implicit ||
                         std::all_of(e.actor.begin(), e.actor.end(), [&](int x) {
                           return v_.linking().entities[x].type == "Location" ||
                                  OnlyNamedAsPlace(x, v_.SentenceOf(k));
                         });
  // "a Hindu temple ... kills nine", "a Dutch fort building collapses": in
  // an accident, a nationality that only describes a thing is no agent.
  // (Asked only of an attack with a named actor: it reads the mentions.)
  const auto described_only = [&] {
    return !e.actor.empty() && std::all_of(e.actor.begin(), e.actor.end(), [&](int x) {
      bool named = false;
      for (const link::Mention& m : v_.linking().mentions) {
        if (m.entity != x || m.sentence != v_.SentenceOf(k)) continue;
        // ("Israeli fire" is gunfire, not a blaze.)
        if (m.type != "NORP" || m.token_end >= v_.seg().tokens.size() ||
            v_.lexicon().HasCue(v_.Lower(m.token_end), "accident")) {
          return false;
        }
        named = true;
      }
      return named;
    });
  };
  if (p.event == "ASSAULT" &&
      ((Accidental(k, end, &p) && (agentless || described_only())) ||
       (!p.noun && (AccidentSubject(k) || AccidentObject(p, k, end))))) {
    return true;
  }
  // "Typhoon Dolphin makes landfall, evacuating 1 million people", "two are
  // rescued after their boat capsized": in a disaster, aid is news when
  // someone is said to carry it out.
  if (p.event == "AID" && ((agentless && !ByLater(end) && Accidental(k, end)) || (!p.noun && AccidentSubject(k)))) {
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
  // "seize the town following the withdrawal of Burundian forces": a
  // retreat that let the news happen belongs to it.
  // "passes a law despite protests": protests go on with the news.
  const bool despite_protest = p.event == "PROTEST" && k > 0 && WordBefore(k, "despite", 3);
  // "four people are killed amid spreading protests": protests that deaths
  // are told amid are going on with them.
  const uint32_t sentence = v_.SentenceOf(k);
  const bool deadly_protest =
      p.event == "PROTEST" && k > 0 && (WordBefore(k, "amid", 5) || WordBefore(k, "amidst", 5)) &&
      std::any_of(coded.begin(), coded.end(),
                  [&](const Event& c) { return c.event == "ASSAULT" && c.sentence == sentence; });
  const bool backdrop_kind = (hostile && !despite_protest) || (e.actor.empty() && p.event != "RETREAT" && !despite_protest);
  if (p.noun && backdrop_kind && !deadly_protest && Background(k, "background") && !OutbreakTrigger(k, coded)) {
    return true;
  }
  // "a planned meeting", "the next talks": talks still to come are no news.
  if (p.noun && p.event == "CONSULT") {
    if (v_.Parsed(k)) {
      for (uint32_t c : v_.Children(k)) {
        if (v_.Dep(c) == "amod" && v_.lexicon().HasCue(v_.Lower(c), "future_modifier")) return true;
      }
    }
  }
  // "the first strike since the ceasefire started", "a day after the
  // government declared a ceasefire": a truce told as the time of the news
  // is its backdrop.
  if (p.noun && p.mode == "ceasefire" &&
      (WordBefore(k, "since", 5) || WordBefore(k, "after", 6) || WordBefore(k, "despite", 4))) {
    return true;
  }
  // "a state of emergency as firefighters fight wildfires", "a national energy
  // emergency": a measure against a disaster or a shortage targets nobody.
  // (An arrest after a crash is still one.)
  const bool measure = p.event == "COERCE" && p.mode != "arrest" && p.mode != "detain";
  if (measure && p.noun && (Accidental(k, end) || CivilDomain(k))) return true;
  // "is sentenced to 20 years in prison and fined", "sentences a teenager to
  // seven years in juvenile detention": a fine or a detention that is part of
  // a court's sentence is that sentence, not another act.
  if (p.event == "COERCE" && PartOfSentence(k)) return true;
  // "resigns from CBS News": leaving a post outside government is no RETREAT
  // (PLOVER's resign mode is for holders of government office).
  if (p.mode == "resign" && !p.noun && LeavesOrganization(end)) return true;
  // "Canadian airlines suspend all flights to Cuba": a firm's own business
  // decision sanctions no one.
  if (p.event == "SANCTION" && !e.actor.empty() && std::all_of(e.actor.begin(), e.actor.end(), [&](int x) {
        return v_.linking().entities[x].type == "Company";
      })) {
    return true;
  }
  // "UNICEF warns that half a million civilians are displaced", "UN experts
  // warn that the plan contradicts international law": an international or
  // non-governmental organisation's warning threatens no one (its threat of
  // military intervention does).
  if (p.event == "THREATEN" && v_.Lower(k).starts_with("warn") && !e.actor.empty() &&
      std::all_of(e.actor.begin(), e.actor.end(), [&](int x) {
        const kb::Entity* k = v_.linking().entities[x].kb;
        return k != nullptr && (k->sector == "igo" || k->sector == "ngo");
      })) {
    return true;
  }
  // "preparations for Ruto's visit to the region", "a hiking trip to
  // Collbató": a visit or a trip named without anyone visited is no meeting.
  if (p.mode == "visit" && p.noun && e.recipient.empty()) return true;
  // "releases a video showing a hostage": a record released frees nobody.
  if (p.mode == "release" && !p.noun && ObjectHasCue(k, end, "record_noun")) return true;
  // "attacked the accord in a radio interview": words against a plan or a
  // text, no violence.
  if (p.event == "ASSAULT" && !p.noun && ObjectHasCue(k, end, "verbal_target")) return true;
  // "according to the indictment unsealed in Brooklyn": a document cited as
  // the source of what follows is no news itself.
  if (p.noun && CitedAsSource(k)) return true;
  // "The missile was launched from a site in Balochistan and struck its target
  // in the Arabian Sea": a weapon reaching its own target, nobody named as
  // the attacker, is a test's outcome.
  if (p.event == "ASSAULT" && !p.noun && e.actor.empty() && OwnTarget(k, end)) return true;
  // "700 firefighters have been deployed to battle the fires": a deployment
  // against a disaster mobilises no force against anyone.
  if (p.event == "MOBILIZE" && Accidental(k, end) && AccidentWithin(k, end, 8)) return true;
  const bool violent = p.event == "ASSAULT" || p.event == "PROTEST";
  if (p.noun && violent && Background(k, "violent_background") && !OutbreakTrigger(k, coded)) return true;
  // "released on bail after his arrest on charges of propaganda": what a
  // release ends is its backdrop.
  if (p.noun && (p.event == "COERCE" || p.event == "ACCUSE") && Background(k, "violent_background") &&
      std::any_of(coded.begin(), coded.end(), [&](const Event& c) {
        return c.sentence == v_.SentenceOf(k) && (c.event == "RETREAT" || c.event == "CONCEDE");
      })) {
    return true;
  }
  // "did not respond to requests for comment": a reporter's, no news.
  if (p.event == "REQUEST" && end + 1 < v_.seg().tokens.size() && v_.Lower(end) == "for" &&
      v_.Lower(end + 1).starts_with("comment")) {
    return true;
  }
  // "summoned the ambassador in protest": a manner, not a protest.
  if (p.noun && p.event == "PROTEST" && k > 0 && v_.Lower(k - 1) == "in" && v_.Lower(k) == "protest") return true;
  // "a coordinated operation by the Somali army": cooperation needs partners
  // (reciprocal triggers find theirs among the actors).
  if (p.noun && p.event == "COOPERATE" && !p.reciprocal && e.actor.size() == 1 && e.recipient.empty()) return true;
  // "Swiss voters reject a referendum": a vote's outcome, an election result.
  if (!p.noun && Electorate(k)) return true;
  // "ahead of a visit from Abiy Ahmed": still to come.
  if (p.noun && Background(k, "prospect")) return true;
  // ("in violation of U.S. sanctions", whichever reading the tagger gave it.)
  return (p.noun && EndedEvent(k)) || EndedEvent(k, "breaks_event");
}

// Whether `word` stands within `window` words before k in its clause.
bool EventCoder::WordBefore(uint32_t k, std::string_view word, uint32_t window) const {
  const uint32_t begin = v_.Sentence(v_.SentenceOf(k)).token_begin;
  for (uint32_t j = k; j > begin && k - j <= window;) {
    --j;
    if (v_.Lower(j) == word) return true;
    if (v_.Word(j) == "," || v_.IsClauseBreak(j)) return false;
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
    // "arrested on suspicion of the abduction": the suspicion is the grounds.
    marked = marked || v_.lexicon().HasCue(v_.Lower(k), "grounds_noun");
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
  if (event != "REQUEST" && event != "REJECT" && event != "THREATEN" && event != "AGREE") return false;
  if (f.end <= k && k < f.end + 5) return true;
  // ("had asked Venezuelan President Nicolas Maduro for the prisoners'
  // release": further, a noun in the phrase "for" opens after the one asked.)
  if (event != "REQUEST" || k < f.end || k >= f.end + 12 || v_.SentenceOf(k) != v_.SentenceOf(f.token)) return false;
  for (uint32_t j = k; j > f.end && k - j <= 4;) {
    --j;
    if (v_.Lower(j) == "for") return true;
    if (v_.Word(j) == "," || v_.IsClauseBreak(j)) return false;
  }
  return false;
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
    // "negotiations with Hamas over the release of the hostages", "talks for
    // the release of": what talks are about is not yet done.
    if (dep == "nmod" || dep == "obl") {
      const bool topic = std::any_of(v_.Children(j).begin(), v_.Children(j).end(), [&](uint32_t c) {
        const std::string& w = v_.Lower(c);
        return v_.Dep(c) == "case" && (w == "over" || w == "for" || w == "on" || w == "about");
      });
      if (topic && v_.lexicon().HasCue(v_.Lower(static_cast<uint32_t>(h)), "topic_noun")) return true;
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
    // ("The Maldives suspended the three, while India summoned the envoy":
    // a past act after the comma is set against the main clause's, news
    // too.)
    const bool contrast = w == "while" && c > 0 && v_.Word(c - 1) == "," && v_.Lower(k).ends_with("ed");
    if ((w == "while" || w == "as") && p.event == "ACCUSE" && !contrast) return true;
    after = after || w == "after";
  }
  // "re-appoints Lecornu, four days after Lecornu resigned": a resignation
  // that the news follows is its backdrop.
  if (after && p.mode == "resign") return true;
  // (A physical act only: "after accusing it of a siege for 12 years" is news.)
  if (!after || (p.event != "COERCE" && p.event != "ASSAULT")) return false;
  for (uint32_t c : v_.Children(k)) {
    if (v_.Dep(c) != "obl" || !v_.lexicon().HasCue(v_.Lower(c), "duration_unit")) continue;
    for (uint32_t g : v_.Children(c)) {
      if (v_.Dep(g) == "case" && v_.Lower(g) == "for") return true;
    }
  }
  // "released after being kidnapped ... nine months prior": an earlier act
  // dated back from the news (past_marker cues in the clause after it).
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  for (uint32_t j = k + 1; j < s.token_end && v_.Word(j) != ","; ++j) {
    if (v_.lexicon().HasCue(v_.Lower(j), "past_marker")) return true;
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
bool EventCoder::EndedEvent(uint32_t k, std::string_view category) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  for (uint32_t j = k; j > s.token_begin && k - j < 4;) {
    --j;
    if (v_.Word(j) == "," || v_.IsClauseBreak(j)) return false;
    if (v_.lexicon().HasCue(v_.Lower(j), category)) return true;
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

// Whether the word at k hangs (within three steps) on a verb that tells a
// court's conviction or sentence (SANCTION, mode convict).
bool EventCoder::PartOfSentence(uint32_t k) const {
  uint32_t a = k;
  for (int depth = 0; depth < 3 && v_.Parsed(a) && v_.Head(a) >= 0; ++depth) {
    a = static_cast<uint32_t>(v_.Head(a));
    const std::vector<EventPattern>* patterns = v_.lexicon().EventsFor(v_.Lower(a));
    if (patterns == nullptr) continue;
    for (const EventPattern& q : *patterns) {
      const bool verdict = q.event == "SANCTION" && q.mode == "convict" && !q.noun && q.rest.empty();
      if (verdict && (q.open || q.needs.empty())) return true;
    }
  }
  return false;
}

// Whether "from" right after a trigger ending before `end` names a company or
// an organisation that is no public body ("resigns from CBS News", "from the
// Labour Party").
bool EventCoder::LeavesOrganization(uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(end > 0 ? end - 1 : end));
  for (uint32_t j = end; j < s.token_end && j < end + 2; ++j) {
    if (v_.Lower(j) != "from") continue;
    uint32_t n = j + 1;
    if (n < s.token_end && v_.Lower(n) == "the") ++n;
    const int m = n < s.token_end ? v_.linking().MentionAt(n) : -1;
    if (m < 0 || v_.linking().mentions[m].entity < 0) return false;
    const std::string& type = v_.linking().entities[v_.linking().mentions[m].entity].type;
    return type == "Organization" || type == "Company";
  }
  return false;
}

// "according to the indictment": the noun right after the cue, an article
// between.
bool EventCoder::CitedAsSource(uint32_t k) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  uint32_t j = k;
  if (j > s.token_begin && v_.Upos(j - 1) == "DET") --j;
  for (uint32_t c = j; c > s.token_begin && j - c < 3;) {
    --c;
    uint32_t len = 0;
    const std::string* cue = v_.CueAt(c, &len);
    if (cue != nullptr && *cue == "attribution_right" && c + len == j) return true;
  }
  return false;
}

// "struck its target": the object (in the parse, else within four words)
// is a test_target word with "its" before it; "hit a decommissioned target
// ship": or the object is a target by a test_target word before it.
bool EventCoder::OwnTarget(uint32_t k, uint32_t end) const {
  const auto own = [&](uint32_t noun, uint32_t from) {
    if (!v_.lexicon().HasCue(v_.Lower(noun), "test_target")) return false;
    for (uint32_t j = from; j < noun; ++j) {
      if (v_.Lower(j) == "its") return true;
    }
    return false;
  };
  if (v_.Parsed(k)) {
    for (uint32_t c : v_.Children(k)) {
      if (v_.Dep(c) != "obj" || c < end || c >= end + 4) continue;
      if (own(c, end)) return true;
      for (uint32_t d : v_.Children(c)) {
        if (v_.Dep(d) == "compound" && v_.lexicon().HasCue(v_.Lower(d), "test_target")) return true;
      }
    }
    return false;
  }
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  for (uint32_t j = end; j < s.token_end && j < end + 4; ++j) {
    if (own(j, end)) return true;
  }
  return false;
}

// Whether the object of the verb at k (ending before `end`) has cue
// `category`: its object in the parse, or before parsing the first noun right
// after it ("releases a video showing a hostage", "attacked the accord").
bool EventCoder::ObjectHasCue(uint32_t k, uint32_t end, std::string_view category) const {
  if (v_.Parsed(k)) {
    for (uint32_t c : v_.Children(k)) {
      if (v_.Dep(c) == "obj" && v_.lexicon().HasCue(v_.Lower(c), category)) return true;
    }
    return false;
  }
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  for (uint32_t j = end; j < s.token_end && j < end + 4; ++j) {
    if (v_.lexicon().HasCue(v_.Lower(j), category)) return true;
    if (v_.Upos(j) == "NOUN" || v_.Upos(j) == "PROPN" || v_.Upos(j) == "PRON") return false;
  }
  return false;
}

// Whether every mention of entity x in the sentence follows a preposition of
// place ("in Egypt"), and there is at least one.
bool EventCoder::OnlyNamedAsPlace(int x, uint32_t sentence) const {
  bool seen = false;
  const uint32_t begin = v_.Sentence(sentence).token_begin;
  for (const link::Mention& m : v_.linking().mentions) {
    if (m.entity != x || m.sentence != sentence) continue;
    if (m.token_begin == 0) return false;
    // "in Jalalabad, Nangarhar province, Afghanistan": the last name of a
    // place's address is named as a place too.
    uint32_t j = m.token_begin - 1;
    bool address = false;
    // (Nouns and names between commas; without tags, any word but a clause break.)
    while (j > begin && m.token_begin - j < 10 &&
           (v_.Word(j) == "," || v_.Upos(j) == "PROPN" || v_.Upos(j) == "NOUN" ||
            (v_.Upos(j).empty() && !v_.IsClauseBreak(j) && !DocumentView::IsLocative(v_.Lower(j))))) {
      address = address || v_.Word(j) == ",";
      --j;
    }
    const bool after_locative = DocumentView::IsLocative(v_.Lower(m.token_begin - 1)) ||
                                (address && v_.Word(m.token_begin - 1) == "," && DocumentView::IsLocative(v_.Lower(j)));
    if (!after_locative) return false;
    seen = true;
  }
  return seen;
}

}  // namespace dossier::extract
