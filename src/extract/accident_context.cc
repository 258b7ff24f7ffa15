// Accidents and disasters: deaths in a crash, a fire or a flood are no
// attack unless the text names an attacker or the means of an attack; aid in
// a disaster needs someone who gives it; a state of emergency over an
// attack's damage is disaster management. Part of EventCoder (event_coder.h).
#include <algorithm>

#include "extract/event_coder.h"

namespace dossier::extract {

// "A drone attack on a factory kills three ... A state of emergency is later
// declared": a state of emergency over a remote attack's damage is disaster
// management, not a measure against anyone. The attack is an ASSAULT coded in
// the sentence or the one before, or a word with an ASSAULT reading later in
// the sentence ("following the strikes").
bool EventCoder::EmergencyAfterAttack(const EventPattern& p, uint32_t k,
                                      const std::vector<Event>& coded) const {
  if (p.event != "COERCE" || !p.noun || v_.Lower(k) != "emergency") return false;
  const uint32_t sentence = v_.SentenceOf(k);
  // "in response to rebel attacks", "after gunmen attacked a police post": an
  // emergency against violence on the ground is a measure against its makers;
  // only strikes from afar (remote_attack cues: drones, missiles, airstrikes)
  // leave damage to manage.
  bool remote = false;
  const uint32_t from = v_.Sentence(sentence > 0 ? sentence - 1 : sentence).token_begin;
  for (uint32_t j = from; j < v_.Sentence(sentence).token_end && !remote; ++j) {
    remote = v_.lexicon().HasCue(v_.Lower(j), "remote_attack");
  }
  if (!remote) return false;
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
  // "killed when a train strikes five civilians", "killed after being struck
  // by a train": a vehicle (vehicle cues) that does the harm, as the subject
  // or the agent of the trigger or of a clause hanging on it, makes an
  // accident (a ramming attack is told as an attack).
  const auto vehicle_agent = [&](uint32_t verb) {
    for (uint32_t c : v_.Children(verb)) {
      const std::string_view dep = v_.Dep(c);
      if ((dep == "nsubj" || dep == "obl:agent") && v_.lexicon().HasCue(v_.Lower(c), "vehicle") &&
          !AttackMeansIn(c)) {
        return true;
      }
    }
    return false;
  };
  if (v_.Parsed(k)) {
    if (vehicle_agent(k)) return true;
    for (uint32_t c : v_.Children(k)) {
      if (v_.Dep(c) == "advcl" && vehicle_agent(c)) return true;
    }
  }
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

// Whether an accident cue stands within `window` words of the trigger
// [k, end) in its sentence ("deployed to battle the fires", "killed in an
// accident during a training exercise").
bool EventCoder::AccidentWithin(uint32_t k, uint32_t end, uint32_t window) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  const uint32_t from = k > s.token_begin + window ? k - window : s.token_begin;
  for (uint32_t j = from; j < s.token_end && j < end + window; ++j) {
    if (j >= k && j < end) continue;
    // ("live-fire drills": a word joined to the one before it is no fire.)
    if (v_.lexicon().HasCue(v_.Lower(j), "accident") && !v_.HyphenJoined(j)) return true;
  }
  return false;
}

// "troops help fight raging wildfires": force against a disaster is no attack.
// (The trigger's own words do not count: "opens fire on officers"; nor do
// the words it needs: "exchanged intense fire".)
bool EventCoder::AccidentObject(const EventPattern& p, uint32_t k, uint32_t end) const {
  for (uint32_t c : v_.Children(k)) {
    if (c >= k && c < end) continue;
    if (v_.Dep(c) == "obj" && v_.lexicon().HasCue(v_.Lower(c), "accident") && !Needs(p, v_.Lower(c))) return true;
  }
  return false;
}

// Deaths in a sentence about a crash, a fire or a flood are an accident, not
// an attack, unless someone is named as the attacker or the sentence names
// the means of an attack (with the pattern `p`, a word it needs right after
// the trigger is none of the accident's words).
bool EventCoder::Accidental(uint32_t k, uint32_t end, const EventPattern* p) const {
  // The sentence and the one before it ("A plane crashes into a bay ... At
  // least five people are killed").
  const uint32_t sentence = v_.SentenceOf(k);
  const uint32_t from = v_.Sentence(sentence > 0 ? sentence - 1 : sentence).token_begin;
  bool accident = false;
  for (uint32_t j = from; j < v_.Sentence(sentence).token_end; ++j) {
    if (j >= k && j < end) continue;  // "opens fire" is no fire
    const std::string& w = v_.Lower(j);
    // (Nor is a word the trigger needs: "exchanged heavy fire".)
    if (p != nullptr && j >= end && j < end + 4 && Needs(*p, w)) continue;
    // "roadside bomb explosions", "gunmen set fire to": the sentence names
    // the means of an attack.
    if (v_.lexicon().HasCue(w, "attack_means")) return false;
    if (v_.lexicon().HasCue(w, "accident") && !v_.HyphenJoined(j)) accident = true;
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

}  // namespace dossier::extract
