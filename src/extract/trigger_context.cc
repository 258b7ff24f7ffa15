// Whether a trigger fires where it stands: the rest of a multi-word trigger,
// the context words it needs, the noun or verb reading of its word (the
// tagger's part of speech and what stands around it), passives, and the
// accident and backdrop readings that keep a death or an attack from being
// news. Part of EventCoder (event_coder.h).
#include <algorithm>

#include "extract/event_coder.h"
#include "extract/event_types.h"

namespace dossier::extract {
namespace {

bool IsDeterminer(const std::string& w) {
  return w == "a" || w == "an" || w == "the" || w == "this" || w == "that" || w == "these" ||
         w == "those" || w == "its" || w == "his" || w == "her" || w == "their" || w == "our" ||
         w == "'s" || w == "\xE2\x80\x99s" || w == "whose";
}

bool IsPreposition(const std::string& w) {
  return w == "under" || w == "of" || w == "from" || w == "with" || w == "by" || w == "for" ||
         w == "on" || w == "in" || w == "into" || w == "against" || w == "after" || w == "before" ||
         w == "over" || w == "about" || w == "amid" || w == "despite" || w == "during" || w == "at";
}


}  // namespace

bool EventCoder::RestMatches(const EventPattern& p, uint32_t k, uint32_t* end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  uint32_t j = k + 1;
  for (const std::string& w : p.rest) {
    if (j >= s.token_end || v_.Lower(j) != w) return false;
    ++j;
  }
  *end = j;
  return true;
}

bool EventCoder::Needs(const EventPattern& p, const std::string& word) {
  for (const auto& group : p.needs) {
    if (std::find(group.begin(), group.end(), word) != group.end()) return true;
  }
  return false;
}

bool EventCoder::NeedsMet(const EventPattern& p, uint32_t k, uint32_t end, bool before_parse) const {
  if (p.needs.empty()) return true;
  if (NeedsMetNearby(p, k, end)) return true;
  // "sentences former Aviation Industry Corporation chairperson Tan Ruisong to
  // death": a long object pushes the needed word out of the window, but the
  // parse hangs it on the trigger. Before parsing, any later word of the
  // sentence may turn out to be such a dependent.
  if (p.needs.size() != 1) return false;
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  for (uint32_t j = end; j < s.token_end; ++j) {
    if (!Needs(p, v_.Lower(j))) continue;
    if (before_parse) return true;
    // Up the parse to the trigger, within its clause (no other verb between).
    int32_t head = v_.Head(j);
    for (int depth = 0; depth < 4 && head >= 0; ++depth) {
      if (head == static_cast<int32_t>(k)) return true;
      if (v_.Upos(static_cast<uint32_t>(head)) == "VERB") break;
      head = v_.Head(static_cast<uint32_t>(head));
    }
  }
  return false;
}

bool EventCoder::NeedsMetNearby(const EventPattern& p, uint32_t k, uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  uint32_t from = k > s.token_begin + 5 ? k - 5 : s.token_begin;
  const auto has = [](const std::vector<std::string>& group, std::string_view w) {
    return std::find(group.begin(), group.end(), w) != group.end();
  };
  // The first group is looked for near the trigger, later ones ("launch
  // drones ... at Kyiv") anywhere in the twelve words after it.
  const auto met = [&](const std::vector<std::string>& group, uint32_t to) {
    for (uint32_t j = from; j < to; ++j) {
      if (j >= k && j < end) continue;
      if (has(group, v_.Lower(j))) return true;
      const int m = v_.linking().MentionAt(j);
      if (m < 0) continue;
      const std::string& type = v_.linking().mentions[m].type;
      if (has(group, "@place") && (type == "GPE" || type == "LOC")) return true;
      if (has(group, "@person") && type == "PERSON") return true;
    }
    return false;
  };
  for (size_t g = 0; g < p.needs.size(); ++g) {
    if (!met(p.needs[g], std::min(end + (g == 0 ? 8 : 12), s.token_end))) return false;
  }
  return true;
}

// A word that can be a noun or a verb ("visit", "test", "attack") reads as a
// verb after its subject (a name, a pronoun), an auxiliary, an -ly adverb, a
// comma or a clause break; anywhere else ("a possible terrorist attack",
// "North Korea's missile test") it is a noun.
bool EventCoder::NounContext(uint32_t k, const EventPattern& p) const {
  (void)p;
  const std::string_view tag = v_.Upos(k);
  if (tag == "VERB") return false;
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  if (k == s.token_begin) return true;
  const std::string& prev = v_.Lower(k - 1);
  int m = v_.linking().MentionAt(k - 1);
  if (m >= 0) return v_.linking().mentions[m].type == "NORP";
  if (tag == "NOUN" || tag == "PROPN") return !ObjectFollows(k + 1);
  static const char* kBeforeVerbs[] = {"he", "she", "it", "they", "we", "i", "you", "who", "which",
                                       "that", "to", "will", "would", "can", "could", "may", "might",
                                       "must", "should", "shall", "did", "does", "do", "has", "have",
                                       "had", "not", "n't", "also", "then", ",", "and", "or"};
  for (const char* w : kBeforeVerbs) {
    if (prev == w) return false;
  }
  if (prev.size() > 3 && prev.ends_with("ly")) return false;
  return !v_.IsClauseBreak(k - 1);
}

// A verb does not follow a determiner, a preposition or a gerund ("providing
// sanctions relief" has no sanctioning in it).
bool EventCoder::VerbContext(uint32_t k, uint32_t end, const EventPattern& p) const {
  // "with air support": the tagger's noun is no verb — unless a subject stands
  // right before it ("Tshisekedi calls for calm"), where taggers trip on the
  // present tense of news headlines.
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  const std::string_view tag = v_.Upos(k);
  // "The army withdrew from the town": a past tense the tagger calls a noun
  // is a tagging slip; past forms are not nouns.
  const bool nominal = (tag == "NOUN" || tag == "PROPN" || tag == "ADJ") &&
                       !(tag == "NOUN" && v_.lexicon().LooksLikePast(v_.Lower(k)));
  // "Radev resigns", and "four ministers resign": a plural actor noun before
  // a bare verb form (a singular one, "court sentences", stays ambiguous).
  const bool plural_actor = k > s.token_begin && v_.Lower(k - 1).ends_with("s") &&
                            !v_.Lower(k).ends_with("s") &&
                            v_.lexicon().HasCue(v_.Lower(k - 1), "actor_noun");
  const bool subject_before =
      k > s.token_begin &&
      (v_.linking().MentionAt(k - 1) >= 0 || !v_.Referents(k - 1).empty() || plural_actor);
  // "Finance Minister Choi": a word the tagger puts in a name is no verb.
  if (tag == "PROPN" && !subject_before) return false;
  // A verb phrase of several words ("open fire", "hold talks") is read by its
  // words: taggers make "open" an adjective in "armed men open fire".
  if (nominal && !subject_before && !ObjectFollows(end) && p.rest.empty()) return false;
  if (k == s.token_begin) return true;
  const std::string& prev = v_.Lower(k - 1);
  // "an operation that killed": "that" as a relative pronoun opens a clause.
  const bool relative = prev == "that" && v_.Upos(k - 1) == "PRON";
  if ((IsDeterminer(prev) && !relative) || (IsPreposition(prev) && prev != "to")) return false;
  // "helicopters to support operations", "a proposal to request checks": an
  // infinitive of purpose after a noun tells what something is for.
  // "threats to unilaterally annex": an -ly adverb may stand between.
  uint32_t to = k - 1;
  if (prev.size() > 3 && prev.ends_with("ly") && to > s.token_begin) --to;
  if (v_.Lower(to) == "to" && to >= s.token_begin + 1) {
    const std::string_view before = v_.Upos(to - 1);
    const bool control = v_.lexicon().HasCue(v_.Lower(to - 1), "control_verb") ||
                         v_.lexicon().HasCue(v_.Lower(to - 1), "intent");
    if ((before == "NOUN" || before == "NUM") && !control) return false;
  }
  if (prev.size() > 4 && prev.ends_with("ing")) return false;
  // "its internationally recognized government": an -ly adverb, a participle
  // and a noun make an attributive participle, not a verb.
  if (prev.ends_with("ly") && v_.Lower(k).ends_with("ed") && k + 1 < s.token_end &&
      v_.Upos(k + 1) == "NOUN") {
    return false;
  }
  // A gerund or participle ("killing", "alleging") is an event only in a
  // progressive tense ("are deploying", "is investigating").
  const std::string& word = v_.Lower(k);
  // After a comma, "-ing" opens a participial clause whose subject is the main
  // clause's ("launch an offensive, killing 44 militants").
  // "a statement calling on", "a report alleging": a speech act reduced to a
  // participle after its noun ("militias supporting Assad" only describes).
  if (word.size() > 4 && word.ends_with("ing")) {
    return IsBeAux(k - 1) || (k >= 2 && IsBeAux(k - 2)) || v_.Word(k - 1) == "," ||
           (IsVerbal(p.event) && v_.lexicon().HasCue(v_.Lower(k - 1), "speech_noun"));
  }
  // "artillery shells, and ...": an -s form closing a phrase is a plural noun.
  if (word.ends_with("s") && k + 1 < s.token_end && tag != "VERB" && !subject_before) {
    const std::string& next = v_.Lower(k + 1);
    if (next == "," || next == "." || next == "and" || next == "or" || next == ";") return false;
  }
  return true;
}

// "A court sentences Hui Ka Yan", "the Council sanctions four organisations":
// a name, a number or a determiner right after the word makes it a verb with
// its object, whatever the tagger said about the headline present tense.
bool EventCoder::ObjectFollows(uint32_t next) const {
  if (next == 0 || next >= v_.seg().tokens.size() || v_.SentenceOf(next) != v_.SentenceOf(next - 1)) {
    return false;
  }
  if (v_.linking().MentionAt(next) >= 0) return true;
  const std::string_view tag = v_.Upos(next);
  if (tag == "NUM" || tag == "PROPN") return true;
  // "sentences former chairperson Tan": an adjective opening a named object.
  if (tag == "ADJ" && next + 1 < v_.seg().tokens.size() && v_.SentenceOf(next + 1) == v_.SentenceOf(next) &&
      (v_.Upos(next + 1) == "PROPN" || v_.linking().MentionAt(next + 1) >= 0)) {
    return true;
  }
  const std::string& w = v_.Lower(next);
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" ||
         w == "its" || w == "them" || w == "him";
}

bool EventCoder::IsBeAux(uint32_t k) const {
  return v_.lexicon().HasCue(v_.Lower(k), "be_aux");
}

// "was detained by police", "Cecilia Sala, detained in Tehran": a participle
// after a form of "be" or a comma is passive.
bool EventCoder::Passive(uint32_t k) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  const std::string& word = v_.Lower(k);
  if (k == s.token_begin || word.ends_with("ing")) return false;
  // "is shot dead", "was quickly detained".
  if (IsBeAux(k - 1) || (k >= s.token_begin + 2 && IsBeAux(k - 2) && v_.Lower(k - 1).ends_with("ly"))) {
    return true;
  }
  if (!word.ends_with("ed") && !word.ends_with("en")) return false;
  // "Cecilia Sala, detained in Tehran": a name, a comma, and a participle with
  // no object of its own ("…, visited Iran" is an active verb after an apposition).
  if (v_.Word(k - 1) != "," || Before(k - 1).empty()) return false;
  return k + 1 >= s.token_end || v_.linking().MentionAt(k + 1) < 0;
}

// "Electronic Attack Squadron 129", "the European Arrest Warrant": a
// capitalised trigger followed by another capitalised word, away from the
// sentence start, modifies the head of a name the tagger did not mark (the
// warrant itself, the head, still counts).
bool EventCoder::InsideName(uint32_t k, uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  const auto capitalised = [&](uint32_t j) {
    const std::string_view w = v_.Word(j);
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  };
  if (k == s.token_begin || !capitalised(k)) return false;
  return end < s.token_end && capitalised(end);
}

// "riot police", "an appeals court": the event noun is a modifier.
bool EventCoder::ModifiesNoun(uint32_t end) const {
  if (end >= v_.seg().tokens.size() || v_.SentenceOf(end) != v_.SentenceOf(end - 1)) return false;
  return v_.lexicon().HasCue(v_.Lower(end), "modified_head");
}

// "Severe storms in Greece kill two", "a pipeline explodes in Oaxaca, killing
// three": the trigger's subject (or the verb whose subject it shares) is the
// accident itself, whatever place the parse found named near it.
// Whether the words before a noun in its phrase name the means of an attack
// ("roadside bomb explosions").
bool EventCoder::AttackMeansIn(uint32_t noun) const {
  for (uint32_t c : v_.Children(noun)) {
    const std::string_view dep = v_.Dep(c);
    if ((dep == "compound" || dep == "amod") && v_.lexicon().HasCue(v_.Lower(c), "attack_means")) {
      return true;
    }
  }
  return false;
}

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
    // "the Foundation ..., which called on the US to": what an actor said,
    // told in a relative clause about it, is still its statement.
    const int32_t head = v_.Head(k);
    if (head < 0) return false;
    const uint32_t antecedent = static_cast<uint32_t>(head);
    if (dep == "acl:relcl" && !(NewsAntecedent(antecedent) && !PersonRelative(k))) {
      const std::string_view role = RelativePronounRole(k);
      if (!role.empty() && !(depth == 0 && role == "nsubj" && IsVerbal(p.event))) return true;
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
// "for" or "over" under a sanction, coercion, accusation, rejection or protest
// gives its grounds, which the news does not assert anew. `fired` holds the
// triggers coded so far in the sentence.
bool EventCoder::Grounds(uint32_t k, const std::vector<Fired>& fired) const {
  const auto takes_grounds = [&](uint32_t t) {
    return std::any_of(fired.begin(), fired.end(), [&](const Fired& f) {
      return f.token == t && TakesGrounds(f.pattern->event);
    });
  };
  bool marked = false;
  for (int depth = 0; depth < 8 && v_.Parsed(k); ++depth) {
    for (uint32_t c : v_.Children(k)) {
      const std::string_view dep = v_.Dep(c);
      if ((dep == "case" || dep == "mark") && (v_.Lower(c) == "for" || v_.Lower(c) == "over")) {
        marked = true;
      }
    }
    const int32_t head = v_.Head(k);
    if (head < 0) return false;
    k = static_cast<uint32_t>(head);
    if (marked && takes_grounds(k)) return true;
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

// "... following the assassination of": the noun phrase after a background
// preposition (within four words, in the same clause) sets the scene.
// "... while Polish prosecutors investigate him": an investigation told in a
// while- or as-clause is the standing situation around the news. (A PLOVER
// labelling rule: the main clause's investigation is news.)
bool EventCoder::SubordinateBackdrop(uint32_t k, const EventPattern& p) const {
  if (p.noun || v_.Dep(k) != "advcl") return false;
  for (uint32_t c : v_.Children(k)) {
    if (v_.Dep(c) != "mark") continue;
    const std::string& w = v_.Lower(c);
    if ((w == "while" || w == "as") && p.event == "ACCUSE") return true;
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
