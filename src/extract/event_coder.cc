// Event coding: triggers from data/extract/events.tsv, arguments by position
// around the trigger (see DocumentView), then date, modality and attribution.
#include "extract/event_coder.h"

#include <algorithm>

#include "base/utf8.h"
#include "extract/parse_arguments.h"

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

// Event types that are said rather than done.
bool Verbal(const std::string& event) {
  return event == "REQUEST" || event == "ACCUSE" || event == "REJECT" || event == "SUPPORT" ||
         event == "THREATEN" || event == "AGREE";
}

bool IsPossessive(const std::string& w) { return w == "'s" || w == "\xE2\x80\x99s" || w == "'"; }

bool Capitalised(std::string_view w) {
  int len;
  return !w.empty() && base::IsUpper(base::DecodeUtf8(w, 0, &len));
}

void AddUnique(std::vector<int>* v, const std::vector<int>& add) {
  for (int x : add) {
    if (std::find(v->begin(), v->end(), x) == v->end()) v->push_back(x);
  }
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

bool EventCoder::NeedsMet(const EventPattern& p, uint32_t k, uint32_t end) const {
  if (p.needs.empty()) return true;
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
  if ((tag == "NOUN" || tag == "PROPN" || tag == "ADJ") && k > s.token_begin &&
      v_.linking().MentionAt(k - 1) < 0 && v_.Referents(k - 1).empty() && !ObjectFollows(end)) {
    return false;
  }
  if (k == s.token_begin) return true;
  const std::string& prev = v_.Lower(k - 1);
  if (IsDeterminer(prev) || (IsPreposition(prev) && prev != "to")) return false;
  // "helicopters to support operations", "a proposal to request checks": an
  // infinitive of purpose after a noun tells what something is for.
  if (prev == "to" && k >= s.token_begin + 2) {
    const std::string_view before = v_.Upos(k - 2);
    if (before == "NOUN" || before == "NUM") return false;
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
  // participle after its noun.
  if (word.size() > 4 && word.ends_with("ing")) {
    return IsBeAux(k - 1) || (k >= 2 && IsBeAux(k - 2)) || v_.Word(k - 1) == "," ||
           (Verbal(p.event) && v_.Upos(k - 1) == "NOUN");
  }
  // "artillery shells, and ...": an -s form closing a phrase is a plural noun.
  if (word.ends_with("s") && k + 1 < s.token_end && tag != "VERB") {
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

// "riot police", "an appeals court": the event noun is a modifier.
bool EventCoder::ModifiesNoun(uint32_t end) const {
  if (end >= v_.seg().tokens.size() || v_.SentenceOf(end) != v_.SentenceOf(end - 1)) return false;
  return v_.lexicon().HasCue(v_.Lower(end), "modified_head");
}

// Deaths in a sentence about a crash, a fire or a flood are an accident, not
// an attack, unless someone is named as the attacker.
bool EventCoder::Accidental(uint32_t k, uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  for (uint32_t j = s.token_begin; j < s.token_end; ++j) {
    if (j >= k && j < end) continue;  // "opens fire" is no fire
    if (v_.lexicon().HasCue(v_.Lower(j), "accident")) return true;
  }
  return false;
}

// "... following the assassination of": the noun phrase after a background
// preposition (within four words, in the same clause) sets the scene.
bool EventCoder::Background(uint32_t k) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  for (uint32_t j = k; j > s.token_begin && k - j < 5;) {
    --j;
    if (v_.Word(j) == "," || v_.IsClauseBreak(j)) return false;
    if (v_.lexicon().HasCue(v_.Lower(j), "background")) return true;
  }
  return false;
}

std::vector<int> EventCoder::NounActor(uint32_t k, uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  // X's [modifiers] trigger / North Korean [modifiers] trigger.
  for (uint32_t j = k; j > s.token_begin && k - j < 6;) {
    --j;
    const std::string& w = v_.Lower(j);
    int m = v_.linking().MentionAt(j);
    if (m >= 0) {
      const link::Mention& mention = v_.linking().mentions[m];
      if (mention.entity >= 0 && mention.type != "PERSON") return {mention.entity};
      break;
    }
    if (IsPossessive(w) && j > s.token_begin) {
      std::vector<int> r = v_.Referents(j - 1);
      if (!r.empty()) return r;
      break;
    }
    if (w == "a" || w == "an" || w == "the") {
      // "ordered an investigation": the light verb's subject acts.
      uint32_t len = 0;
      const std::string* cue = j > s.token_begin ? v_.CueAt(j - 1, &len) : nullptr;
      if (cue && *cue == "light_verb") return v_.SubjectBefore(j - 1);
      break;
    }
    if (w == "," || v_.IsClauseBreak(j)) break;
    std::string_view word = v_.Word(j);
    if (Capitalised(word) && m < 0 && j > s.token_begin) break;
    // its/their + trigger: the possessive pronoun is the actor.
    if (w == "its" || w == "their" || w == "his" || w == "her") return v_.Referents(j);
    uint32_t len = 0;
    const std::string* cue = v_.CueAt(j, &len);
    if (cue && *cue == "light_verb") return v_.SubjectBefore(j);
  }
  // "... by X" right after the noun.
  for (uint32_t j = end; j < s.token_end && j < end + 3; ++j) {
    if (v_.Lower(j) == "by") return v_.ObjectAfter(j + 1, 5);
  }
  return {};
}

// The agent of a passive: "... by X" within a few tokens.
std::vector<int> EventCoder::ByAgent(uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(end > 0 ? end - 1 : 0));
  for (uint32_t j = end; j < s.token_end && j < end + 4; ++j) {
    if (v_.IsClauseBreak(j) || v_.Word(j) == ",") break;
    if (v_.Lower(j) == "by") return v_.ObjectAfter(j + 1, 5);
  }
  return {};
}

// The entity named right before token k ("Cecilia Sala, detained").
std::vector<int> EventCoder::Before(uint32_t k) const {
  if (k == 0) return {};
  int m = v_.linking().MentionAt(k - 1);
  if (m < 0 || v_.linking().mentions[m].entity < 0) return {};
  return {v_.linking().mentions[m].entity};
}

std::vector<int> EventCoder::Between(uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(end > 0 ? end - 1 : 0));
  for (uint32_t j = end; j < s.token_end && j < end + 6; ++j) {
    if (v_.Lower(j) != "between" && v_.Lower(j) != "among") continue;
    for (uint32_t k = j + 1; k < s.token_end && k < j + 10; ++k) {
      int m = v_.linking().MentionAt(k);
      if (m < 0 || v_.linking().mentions[m].entity < 0) continue;
      int e = v_.linking().mentions[m].entity;
      for (const link::Group& g : v_.linking().groups) {
        if (std::find(g.entities.begin(), g.entities.end(), e) != g.entities.end() &&
            g.token_end > k) {
          return g.entities;
        }
      }
      return {e};
    }
  }
  return {};
}

bool EventCoder::Fires(const EventPattern& p, const std::vector<EventPattern>& patterns, uint32_t k,
                       uint32_t* end) const {
  if (!RestMatches(p, k, end) || !NeedsMet(p, k, *end)) return false;
  const bool ambiguous =
      std::any_of(patterns.begin(), patterns.end(), [](const EventPattern& q) { return q.noun; }) &&
      std::any_of(patterns.begin(), patterns.end(), [](const EventPattern& q) { return !q.noun; });
  if (ambiguous && p.noun != NounContext(k, p)) return false;
  if (!p.noun && !VerbContext(k, *end, p)) return false;
  return !(p.noun && ModifiesNoun(*end));
}

std::vector<uint8_t> EventCoder::SentencesWithVerbTriggers() const {
  const auto& seg = v_.seg();
  std::vector<uint8_t> flags(seg.sentences.size(), 0);
  for (uint32_t k = 0; k < seg.tokens.size(); ++k) {
    if (flags[v_.SentenceOf(k)]) continue;
    const std::vector<EventPattern>* patterns = v_.lexicon().EventsFor(v_.Lower(k));
    if (patterns == nullptr || v_.linking().MentionAt(k) >= 0) continue;
    for (const EventPattern& p : *patterns) {
      uint32_t end;
      if (!p.noun && Fires(p, *patterns, k, &end)) {
        flags[v_.SentenceOf(k)] = 1;
        break;
      }
    }
  }
  return flags;
}

void EventCoder::Code(std::vector<Event>* out) const {
  const auto& seg = v_.seg();
  uint32_t covered = 0;  // tokens before this belong to a trigger already coded
  const EventPattern* last_verb = nullptr;  // the last verb trigger coded, and its end
  uint32_t last_verb_end = 0;
  for (uint32_t k = 0; k < seg.tokens.size(); ++k) {
    if (k < covered) continue;
    if (last_verb != nullptr && v_.SentenceOf(k) != v_.SentenceOf(last_verb_end - 1)) last_verb = nullptr;
    const std::vector<EventPattern>* patterns = v_.lexicon().EventsFor(v_.Lower(k));
    if (patterns == nullptr || v_.linking().MentionAt(k) >= 0) continue;
    for (const EventPattern& p : *patterns) {
      uint32_t end;
      if (!Fires(p, *patterns, k, &end)) continue;
      // "lifts sanctions", "signs a deal": the noun is the object the verb
      // trigger asked for, not an event of its own.
      if (p.noun && last_verb != nullptr && k < last_verb_end + 4 && Needs(*last_verb, v_.Lower(k))) {
        break;
      }
      Event e;
      bool agent_implicit = false;  // a passive without "by X", or a participle
      e.event = p.event;
      e.mode = p.mode;
      e.cameo = p.cameo;
      e.sentence = v_.SentenceOf(k);
      e.span = v_.Sentence(e.sentence).span();
      e.trigger = {seg.tokens[k].begin, seg.tokens[end - 1].end};
      if (p.noun) {
        e.actor = Between(end);
        if (!e.actor.empty()) {
          e.recipient = e.actor;
        } else {
          e.actor = NounActor(k, end);
          // "arrived in Hanoi for a three-day visit to Vietnam": the visitor is
          // the clause subject.
          if (e.actor.empty() && p.subject_fallback) e.actor = v_.SubjectBefore(k);
          e.recipient = v_.ObjectAfter(end, 6);
        }
      } else if (ParseArguments parsed = VerbArguments(v_, k);
                 !parsed.actor.empty() || !parsed.recipient.empty()) {
        // The parse found the verb's own arguments.
        e.actor = std::move(parsed.actor);
        e.recipient = std::move(parsed.recipient);
        agent_implicit = parsed.passive && e.actor.empty();
      } else if (Passive(k)) {
        e.recipient = v_.Word(k - 1) == "," ? Before(k - 1) : v_.SubjectBefore(k);
        e.actor = ByAgent(end);
        agent_implicit = e.actor.empty();
      } else {
        // "A van crashes ..., killing five": a participle's subject is the
        // main clause's, named or not.
        agent_implicit = v_.Word(k - 1) == "," && v_.Lower(k).ends_with("ing");
        e.actor = v_.SubjectBefore(k);
        e.recipient = v_.ObjectAfter(end);
      }
      // Who did it may be unknown ("three soldiers are killed in an ambush");
      // an event needs a named participant unless its trigger stands alone.
      if (e.actor.empty() && e.recipient.empty() && !p.open) continue;
      if ((e.actor.empty() || agent_implicit) && p.event == "ASSAULT" && Accidental(k, end)) continue;
      if (e.actor.empty() && p.noun && Background(k)) continue;
      std::erase_if(e.recipient, [&](int r) {
        return !p.reciprocal && std::find(e.actor.begin(), e.actor.end(), r) != e.actor.end();
      });
      if (p.reciprocal && e.recipient.empty() && e.actor.size() >= 2) e.recipient = e.actor;
      out->push_back(std::move(e));
      covered = end;
      if (!p.noun) {
        last_verb = &p;
        last_verb_end = end;
      }
      break;
    }
  }
}

EventCoder::EventCoder(const DocumentView& view) : v_(view) {}

void MergeDuplicateEvents(std::vector<Event>* events) {
  std::vector<Event> out;
  for (Event& e : *events) {
    // The same type, participants, mode and date: one event told twice. Across
    // sentences the date must come from the text, not the document's date.
    auto same = [&](const Event& o) {
      bool dated = o.sentence == e.sentence || (o.date_source == "timex" && e.date_source == "timex");
      return dated && o.event == e.event && o.mode == e.mode && o.actor == e.actor &&
             o.recipient == e.recipient && o.date == e.date;
    };
    auto it = std::find_if(out.begin(), out.end(), same);
    if (it == out.end()) {
      out.push_back(std::move(e));
      continue;
    }
    AddUnique(&it->attributed_to, e.attributed_to);
    if (e.sentence != it->sentence &&
        std::none_of(it->evidence.begin(), it->evidence.end(),
                     [&](const Evidence& x) { return x.sentence == e.sentence; })) {
      it->evidence.push_back({e.sentence, e.span, e.trigger});
    }
  }
  *events = std::move(out);
}

}  // namespace dossier::extract
