// Event coding: triggers from data/extract/events.tsv (whether one fires:
// trigger_context.cc; whether what fired is news: news_context.cc), their
// arguments from the parse or by position around the trigger (see
// DocumentView); date, modality and attribution come later.
#include "extract/event_coder.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "base/utf8.h"
#include "extract/context.h"
#include "extract/event_types.h"
#include "extract/parse_arguments.h"

namespace dossier::extract {
namespace {

// "Iran's", "the rebels'".
bool IsPossessive(const std::string& w) { return base::IsPossessiveClitic(w) || w == "'"; }

bool Capitalised(std::string_view w) {
  int len;
  return !w.empty() && base::IsUpper(base::DecodeUtf8(w, 0, &len));
}

// The cooperation an act implies ("joint strikes", "deported to China"):
// the act's sentence, trigger and date, coded as COOPERATE.
Event AsCooperation(const Event& act, std::string_view mode, std::string_view cameo) {
  Event c = act;
  c.event = "COOPERATE";
  c.mode = std::string(mode);
  c.cameo = std::string(cameo);
  return c;
}

}  // namespace

std::vector<int> EventCoder::NounActor(uint32_t k, uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  // ("enforces only sanctions imposed by the United Nations": the agent of a
  // light verb's participle on the noun acts, not the subject of a verb
  // before it; "talks hosted by X" were not X's.)
  if (end + 1 < s.token_end && v_.Lower(end + 1) == "by" && v_.StartsLower(end) &&
      v_.lexicon().LooksLikeParticiple(v_.Lower(end)) && v_.lexicon().HasCue(v_.Lower(end), "light_verb")) {
    if (std::vector<int> agent = v_.ObjectAfter(end + 2, 5); !agent.empty()) return agent;
  }
  // X's [modifiers] trigger / North Korean [modifiers] trigger.
  // ("announced 95 million euros ($108 million) in humanitarian aid",
  // "announced on Tuesday 95 million euros in aid": a bracketed aside and a
  // day do not count towards the distance.)
  uint32_t skipped = 0;
  for (uint32_t j = k; j > s.token_begin && k - j - skipped < 6;) {
    --j;
    if (v_.Word(j) == ")") {
      uint32_t open = j;
      while (open > s.token_begin && j - open < 12 && v_.Word(open) != "(") --open;
      if (v_.Word(open) != "(" || open == s.token_begin) break;
      skipped += j - open + 1;
      j = open;
      continue;
    }
    if (j > s.token_begin + 1 && v_.Lower(j - 1) == "on" && v_.lexicon().HasCue(v_.Lower(j), "date_word") &&
        v_.lexicon().HasCue(v_.Lower(j - 2), "light_verb")) {
      skipped += 2;
      --j;
      continue;
    }
    const std::string& w = v_.Lower(j);
    // ("announced an additional 5 million pounds in emergency assistance":
    // nor do the numbers of an amount.)
    if (v_.Upos(j) == "NUM" || w == "million" || w == "billion") ++skipped;
    int m = v_.linking().MentionAt(j);
    // ("carried out the October 2024 massacre": a month describing the noun
    // is passed.)
    if (m < 0 && v_.lexicon().HasCue(v_.Lower(j), "date_word") && !v_.StartsLower(j) && j + 1 < k &&
        (v_.Upos(j + 1) == "NUM" || (v_.Upos(j + 1) == "NOUN" && v_.StartsLower(j + 1)))) {
      ++skipped;
      continue;
    }
    // ("began their largest Mekong Shield military exercise": a place's name
    // opening a longer name is part of it.)
    if (m >= 0 && v_.linking().mentions[m].type == "LOC") {
      const uint32_t after = v_.linking().mentions[m].token_end;
      if (after < k && !v_.StartsLower(after) && v_.linking().MentionAt(after) < 0 && base::HasLetter(v_.Word(after))) {
        j = v_.linking().mentions[m].token_begin;
        continue;
      }
    }
    if (m >= 0) {
      const link::Mention& mention = v_.linking().mentions[m];
      if (mention.entity < 0 || mention.type == "PERSON") break;
      // ("Slovakia and Poland expressed solidarity": the group it closes.)
      for (const link::Group& g : v_.linking().groups) {
        if (g.token_end == mention.token_end && g.entities.size() >= 2 && g.entities.back() == mention.entity) {
          return g.entities;
        }
      }
      return {mention.entity};
    }
    if (IsPossessive(w) && j > s.token_begin) {
      std::vector<int> r = v_.Referents(j - 1);
      if (!r.empty()) return r;
      break;
    }
    // "claimed responsibility for (a missile) attack": who claims it acted.
    const uint32_t before = w == "a" || w == "an" || w == "the" ? j : j + 1;
    // ("claimed responsibility on Tuesday for": a short adverbial may stand
    // between.)
    if (const int32_t r = v_.ResponsibilityFor(before); r >= 0) return v_.SubjectBefore(static_cast<uint32_t>(r));
    if (w == "a" || w == "an" || w == "the") {
      // "A militia … claimed the attack on Monday": who claims it acted
      // ("claimed the attack was staged" claims a statement).
      const std::string_view claim = j > s.token_begin ? std::string_view(v_.Lower(j - 1)) : std::string_view();
      if ((claim == "claimed" || claim == "claims" || claim == "claim") &&
          (v_.Upos(j - 1).empty() || v_.Upos(j - 1) == "VERB") &&
          !(end < s.token_end && (v_.Upos(end) == "AUX" || v_.Upos(end) == "VERB" ||
                                  v_.lexicon().HasCue(v_.Lower(end), "be_aux")))) {
        return v_.SubjectBefore(j - 1);
      }
      // "ordered an investigation": the light verb's subject acts.
      // (A word may hold several cue categories: "orders" is also an
      // order noun.)
      if (j > s.token_begin && v_.lexicon().HasCue(v_.Lower(j - 1), "light_verb")) {
        // ("Ambassador X was handed a protest note": the passive's subject
        // is who receives it.)
        if (j > s.token_begin + 1 && v_.lexicon().HasCue(v_.Lower(j - 2), "be_aux")) return {};
        return LightVerbSubject(j - 1);
      }
      // ("handed him a protest note": a pronoun the light verb's object.)
      if (j > s.token_begin + 1 && v_.cues().Has(link::CueKind::kPronoun, v_.Word(j - 1)) &&
          v_.lexicon().HasCue(v_.Lower(j - 2), "light_verb")) {
        return LightVerbSubject(j - 2);
      }
      // "carried out a training launch": the particle between.
      if (j > s.token_begin + 1 && v_.Lower(j - 1) == "out" &&
          v_.lexicon().HasCue(v_.Lower(j - 2), "light_verb")) {
        return LightVerbSubject(j - 2);
      }
      break;
    }
    if (w == "," || v_.IsClauseBreak(j)) break;
    std::string_view word = v_.Word(j);
    // "a HK$200,000 bounty", "a $5 million reward": an amount before the noun.
    const bool currency_prefix = j + 1 < k && base::IsCurrencySign(v_.Word(j + 1)) &&
                                 v_.seg().tokens[j].end == v_.seg().tokens[j + 1].begin;
    if (base::IsCurrencySign(word) || currency_prefix) continue;
    // ("began their largest Golden Dragon military exercise": a name that
    // only modifies the noun is passed.)
    // (Read on the tags: a sentence with no verb trigger is not parsed.)
    const auto modifier_tag = [&](uint32_t t) {
      return v_.linking().MentionAt(t) < 0 && (v_.Upos(t) == "PROPN" || v_.Upos(t) == "ADJ" || v_.Upos(t) == "NOUN");
    };
    bool name_modifier = v_.Upos(j) == "PROPN" || v_.Upos(j) == "ADJ";
    for (uint32_t t = j; t < k && name_modifier; ++t) name_modifier = modifier_tag(t);
    if (Capitalised(word) && m < 0 && j > s.token_begin && !name_modifier) break;
    // its/their + trigger: the possessive pronoun is the actor.
    // ("Filipino and American forces begin their annual exercises": a
    // pronoun that names no one leaves the actor to the clause's subject.)
    if (DocumentView::IsPossessivePronoun(w)) {
      if (std::vector<int> r = PossessorOf(j); !r.empty()) return r;
      // ("Cambodia and China began their exercise": the light verb's
      // subject, when "their" stands for the parties it names.)
      if (j > s.token_begin && w == "their" && v_.lexicon().HasCue(v_.Lower(j - 1), "light_verb")) {
        if (std::vector<int> subject = LightVerbSubject(j - 1); subject.size() >= 2) return subject;
      }
      break;
    }
    if (v_.lexicon().HasCue(w, "light_verb")) return LightVerbSubject(j);
  }
  // "... by X" right after the noun.
  for (uint32_t j = end; j < s.token_end && j < end + 3; ++j) {
    if (v_.Lower(j) == "by") return v_.ObjectAfter(j + 1, 5);
  }
  // "A cyber-attack that knocked the bank offline was carried out by a
  // Russian hacker group": the agent of the light verb the noun is the
  // passive subject of.
  // (Read on the words: the parser often misses a subject this long.)
  for (uint32_t j = end; j + 3 < s.token_end && j < end + 16; ++j) {
    if (v_.Word(j) == ";" || v_.Word(j) == ":") break;
    if (v_.Lower(j) != "was" && v_.Lower(j) != "were") continue;
    uint32_t by = j + 2;
    if (!v_.lexicon().HasCue(v_.Lower(j + 1), "light_verb")) break;
    if (v_.Lower(by) == "out") ++by;
    if (by < s.token_end && v_.Lower(by) == "by") return v_.ObjectAfter(by + 1, 6);
    break;
  }
  return LaidOn(k, end);
}

// "A court in Astana approved his arrest", "Ospanov's detention": the
// person whose possessive stands right before a noun of what is done to
// someone (patient_noun cues), past lower-case describing words; empty
// otherwise.
std::vector<int> EventCoder::PossessorUndergoing(uint32_t k) const {
  if (!v_.lexicon().HasCue(v_.Lower(k), "patient_noun")) return {};
  const uint32_t begin = v_.Sentence(v_.SentenceOf(k)).token_begin;
  uint32_t j = k;
  while (j > begin && k - j < 3 && v_.StartsLower(j - 1) && (v_.Upos(j - 1) == "ADJ" || v_.Upos(j - 1) == "NOUN") &&
         !DocumentView::IsPossessivePronoun(v_.Lower(j - 1))) {
    --j;
  }
  if (j == begin) return {};
  const auto persons = [&](std::vector<int> r) {
    const bool all = !r.empty() && std::all_of(r.begin(), r.end(), [&](int e) {
      return v_.linking().entities[e].type == "Person";
    });
    return all ? r : std::vector<int>{};
  };
  const std::string& w = v_.Lower(j - 1);
  if (w == "his" || w == "her" || w == "their") return persons(PossessorOf(j - 1));
  if (j >= begin + 2 && v_.IsPossessiveMark(j - 1)) {
    const int m = v_.linking().MentionAt(j - 2);
    if (m >= 0 && v_.linking().mentions[m].entity >= 0) return persons({v_.linking().mentions[m].entity});
  }
  return {};
}

std::vector<int> EventCoder::StateHandedTo(uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(end > 0 ? end - 1 : 0));
  for (uint32_t j = end; j + 1 < s.token_end && j < end + 24; ++j) {
    if (v_.Word(j) == ";" || v_.SaysOrClaims(j)) break;
    if (v_.Lower(j) != "to") continue;
    uint32_t at = j + 1;
    if (v_.Lower(at) == "the" && at + 1 < s.token_end) ++at;
    const int m = v_.linking().MentionAt(at);
    // (A state's name, not its demonym: "an end to French military presence".)
    if (m >= 0 && v_.linking().mentions[m].entity >= 0 && v_.linking().mentions[m].type != "NORP" &&
        v_.linking().entities[v_.linking().mentions[m].entity].type == "Country") {
      return {v_.linking().mentions[m].entity};
    }
  }
  return {};
}

bool EventCoder::RecipientsNamedAfter(const Event& e, uint32_t from, std::initializer_list<std::string_view> words,
                                      bool all) const {
  const auto named_after = [&](int r) {
    return std::any_of(v_.linking().mentions.begin(), v_.linking().mentions.end(), [&](const link::Mention& m) {
      if (m.entity != r || m.sentence != e.sentence || m.token_begin < std::max(from, 1u)) return false;
      uint32_t b = m.token_begin - 1;
      if (b > 0 && (v_.Lower(b) == "the" || v_.Lower(b) == "its")) --b;
      return std::find(words.begin(), words.end(), v_.Lower(b)) != words.end();
    });
  };
  return all ? std::all_of(e.recipient.begin(), e.recipient.end(), named_after)
             : std::any_of(e.recipient.begin(), e.recipient.end(), named_after);
}

std::vector<int> EventCoder::PutOnList(uint32_t k, uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  if (end >= s.token_end) return {};
  const std::string& list = v_.Lower(end);
  if (list != "list" && list != "lists" && list != "blacklist" && list != "watchlist" && list != "register") return {};
  // The preposition the list's phrase opens with ("on its sanctions list").
  // (Past a long possessor: "on the European Union's sanctions list".)
  uint32_t on = k;
  while (on > s.token_begin && k - on < 8 && v_.Lower(on) != "on" && v_.Lower(on) != "to") --on;
  if (v_.Lower(on) != "on" && v_.Lower(on) != "to") return {};
  // (Read on the words: a sentence with no verb trigger is not parsed.)
  for (uint32_t verb = on; verb > s.token_begin && on - verb < 16;) {
    --verb;
    // ("had added 22 more officials": "added" lists before it says.)
    const bool listing = v_.StartsLower(verb) && v_.lexicon().HasCue(v_.Lower(verb), "listing_verb");
    if (v_.Word(verb) == ";" || (!listing && v_.lexicon().HasCue(v_.Lower(verb), "speech_verb"))) break;
    if (!listing) continue;
    std::vector<int> listed;
    for (const link::Mention& m : v_.linking().mentions) {
      if (m.token_begin <= verb || m.token_end > on || m.entity < 0) continue;
      const std::string& type = v_.linking().entities[m.entity].type;
      if (type == "Country" || type == "Location") continue;
      if (std::find(listed.begin(), listed.end(), m.entity) == listed.end()) listed.push_back(m.entity);
    }
    // ("added 22 more Georgian officials to their entry ban lists": with
    // no name listed, the state a demonym says they serve.)
    for (const link::Mention& m : v_.linking().mentions) {
      if (!listed.empty() || m.token_begin <= verb || m.token_end > on || m.entity < 0 || m.type != "NORP") continue;
      if (v_.linking().entities[m.entity].type == "Country") listed.push_back(m.entity);
    }
    // ("Arvell Maritime was placed on the European Union's sanctions list":
    // in the passive, its subject.)
    if (listed.empty() && verb > s.token_begin && v_.lexicon().HasCue(v_.Lower(verb - 1), "be_aux")) {
      listed = v_.SubjectBefore(verb - 1);
      std::erase_if(listed, [&](int e) {
        const std::string& type = v_.linking().entities[e].type;
        return type == "Country" || type == "Location";
      });
    }
    return listed;
  }
  return {};
}

std::vector<int> EventCoder::PossessorOf(uint32_t j) const {
  std::vector<int> referent = v_.Referents(j);
  if (referent.size() != 1) return referent;
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(j));
  for (uint32_t verb = j; verb > s.token_begin && j - verb < 12;) {
    --verb;
    if (v_.Word(verb) == "," || v_.IsClauseBreak(verb)) break;
    if (v_.Upos(verb) != "VERB") continue;
    const auto& mentions = v_.linking().mentions;
    const bool acted_on = std::any_of(mentions.begin(), mentions.end(), [&](const link::Mention& m) {
      return m.entity == referent.front() && m.token_begin > verb && m.token_end <= j;
    });
    if (!acted_on) break;
    std::vector<int> subject = v_.SubjectBefore(verb);
    if (subject.size() == 1 && subject.front() != referent.front() &&
        v_.linking().entities[subject.front()].type != "Person") {
      return subject;
    }
    break;
  }
  return referent;
}

std::vector<int> EventCoder::LightVerbSubject(uint32_t j) const {
  // "the commanders, Abdelrahim Gaddal and Mubarak Osman Tayeb, had led
  // attacks": the parse's subject (with the names in apposition to it) when
  // it names one; the subject search on the words passes over a long one.
  if (v_.Parsed(j)) {
    std::vector<int> subject = SubjectEntities(v_, j);
    if (!subject.empty()) return subject;
  } else {
    // Unparsed, "lawmakers said the North could also conduct a test": the
    // subject after the verb of saying that opens the reported clause.
    for (uint32_t t = j; t > v_.ClauseStart(j) + 1;) {
      --t;
      if (v_.Upos(t) != "VERB" || !v_.lexicon().HasCue(v_.Lower(t), "speech_verb")) continue;
      std::vector<int> subject = v_.FirstItemIn(t + 1, j);
      if (!subject.empty()) return subject;
      break;
    }
  }
  return v_.SubjectBefore(j);
}

// "a drone strike attributed to the RSF", "attributes the attack on the
// dormitory to Ukraine", "blamed the bombing on Hamas": the party the noun
// [k, end) is laid on acted.
std::vector<int> EventCoder::LaidOn(uint32_t k, uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  const auto preposition = [&](uint32_t verb) -> std::string_view {
    const std::string& w = v_.Lower(verb);
    return v_.lexicon().HasCue(w, "lay_to") ? "to" : v_.lexicon().HasCue(w, "lay_on") ? "on" : "";
  };
  // The party after the verb's preposition, the first one from `from` on in
  // the clause.
  const auto party = [&](std::string_view prep, uint32_t from) -> std::vector<int> {
    for (uint32_t j = from; !prep.empty() && j < s.token_end && j < from + 6; ++j) {
      if (v_.Word(j) == "," || v_.IsClauseBreak(j)) break;
      if (v_.Lower(j) == prep) return v_.ObjectAfter(j + 1, 5);
    }
    return {};
  };
  // A participle after the noun: "a strike(,) attributed to X".
  const uint32_t after = end < s.token_end && v_.Word(end) == "," ? end + 1 : end;
  if (after < s.token_end && v_.lexicon().LooksLikeParticiple(v_.Lower(after))) return party(preposition(after), after + 1);
  // The noun as the verb's object: "attributes the (drone) attack to X".
  for (uint32_t j = k; j > s.token_begin && k - j <= 4;) {
    --j;
    if (!preposition(j).empty()) return party(preposition(j), end);
    // "hackers working for Russian military intelligence were behind a
    // cyberattack": the subject of the verb "behind" follows.
    if (v_.Lower(j) == "behind" && j > s.token_begin && v_.lexicon().HasCue(v_.Lower(j - 1), "be_aux")) {
      // ("accusing Boko Haram of being behind the attack": the one accused.)
      if (j >= s.token_begin + 3 && v_.Lower(j - 1) == "being" && v_.Lower(j - 2) == "of") {
        if (const int m = v_.linking().MentionAt(j - 3); m >= 0 && v_.linking().mentions[m].entity >= 0) {
          return {v_.linking().mentions[m].entity};
        }
      }
      // ("men it said were behind a wave of massacres": the relative
      // clause's noun, named by no name.)
      if (j >= s.token_begin + 2 && v_.SaysOrClaims(j - 2)) return {};
      return v_.SubjectBefore(j - 1);
    }
    if (v_.Word(j) == "," || v_.IsClauseBreak(j) || v_.linking().MentionAt(j) >= 0) break;
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

std::vector<int> EventCoder::HeadlineAgent(uint32_t end) const {
  if (v_.Lower(end) == "by") return v_.ObjectAfter(end + 1, 5);
  if (v_.Lower(end) != "in" || end + 2 >= v_.seg().tokens.size()) return {};
  // "in Israeli strike", "in a U.S. drone attack": a side right before the
  // attack noun (a word or two between).
  for (uint32_t j = end + 1; j < end + 4 && j < v_.seg().tokens.size(); ++j) {
    const int m = v_.linking().MentionAt(j);
    if (m < 0 || v_.linking().mentions[m].entity < 0) continue;
    for (uint32_t n = v_.linking().mentions[m].token_end; n < v_.linking().mentions[m].token_end + 2 &&
                                                            n < v_.seg().tokens.size();
         ++n) {
      const std::vector<EventPattern>* patterns = v_.lexicon().EventsFor(v_.Lower(n));
      if (patterns != nullptr && std::any_of(patterns->begin(), patterns->end(), [](const EventPattern& q) {
            return q.noun && q.event == "ASSAULT";
          })) {
        return {v_.linking().mentions[m].entity};
      }
    }
    return {};
  }
  return {};
}

int EventCoder::AskedFor(uint32_t from, uint32_t noun) const {
  int asked = -1;
  for (uint32_t j = from; j < noun; ++j) {
    if (v_.Lower(j) == "for") return asked >= 0 && v_.linking().entities[asked].type != "Location" ? asked : -1;
    if (v_.Lower(j) == "to" || v_.Lower(j) == "that" || v_.Word(j) == ",") return -1;
    // (The last one named: "Venezuelan President Nicolas Maduro".)
    if (const int m = v_.linking().MentionAt(j); m >= 0) asked = v_.linking().mentions[m].entity;
  }
  return -1;
}

std::vector<int> EventCoder::ListOwnerAfter(uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(end > 0 ? end - 1 : 0));
  for (uint32_t j = end; j < s.token_end && j < end + 8; ++j) {
    if (v_.Word(j) == "," || v_.IsClauseBreak(j)) break;
    const std::string& w = v_.Lower(j);
    if (w != "list" && w != "lists" && w != "blacklist") continue;
    // (Past the list's words: "the European Union's sanctions list".)
    uint32_t b = j;
    while (b > end && j - b < 3 && v_.StartsLower(b - 1) && !v_.IsPossessiveMark(b - 1)) --b;
    if (b <= end + 1 || !v_.IsPossessiveMark(b - 1)) return {};
    const int m = v_.linking().MentionAt(b - 2);
    if (m < 0 || v_.linking().mentions[m].entity < 0 || v_.linking().mentions[m].token_end != b - 1) return {};
    return {v_.linking().mentions[m].entity};
  }
  return {};
}

std::vector<int> EventCoder::OtherSignersAfter(uint32_t end, int first) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(end > 0 ? end - 1 : 0));
  const auto& mentions = v_.linking().mentions;
  bool after_first = false;
  for (uint32_t j = end; j < s.token_end && j < end + 20;) {
    if (v_.Word(j) == "," || v_.IsClauseBreak(j)) break;
    const int m = v_.linking().MentionAt(j);
    if (m < 0 || mentions[m].entity < 0) {
      ++j;
      continue;
    }
    if (mentions[m].entity == first) {
      after_first = true;
    } else if (after_first && mentions[m].type == "PERSON" && v_.Lower(mentions[m].token_begin - 1) != "of") {
      // (Only past "and": "by X and Y".)
      for (uint32_t a = mentions[m].token_begin; a-- > end;) {
        if (v_.Lower(a) == "and") return {mentions[m].entity};
        if (v_.linking().MentionAt(a) >= 0 && mentions[v_.linking().MentionAt(a)].entity == first) break;
      }
    }
    j = mentions[m].token_end;
  }
  return {};
}

std::vector<int> EventCoder::AgentLater(uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(end > 0 ? end - 1 : 0));
  for (uint32_t j = end; j < s.token_end && j < end + 12; ++j) {
    // Not into a clause of its own ("arrested despite being pardoned by
    // Trump"); "killed and injured by" shares the agent, and "banned from
    // entering the UK by the Home Office" goes on.
    const bool subordinate = (v_.Upos(j) == "SCONJ" && v_.Lower(j) != "from") || v_.Lower(j) == "despite";
    if (v_.Word(j) == "," || v_.IsClauseBreak(j) || subordinate) return {};
    if (v_.Lower(j) != "by") continue;
    // ("by 2026", "by sending troops": no agent; "by Beijing" is one.)
    if (j + 1 >= s.token_end || (v_.StartsLower(j + 1) && v_.Lower(j + 1).ends_with("ing")) ||
        std::isdigit(static_cast<unsigned char>(v_.Lower(j + 1).front()))) {
      return {};
    }
    // The agent's phrase ends at a preposition other than "of" ("by police
    // at Sydney Airport", "by agents of the General Directorate"); a place
    // or a possessive pronoun in it names no agent ("by a bomb attached to
    // his vehicle").
    uint32_t stop = j + 1;
    while (stop < s.token_end && stop < j + 8 && v_.Word(stop) != "," && !v_.IsClauseBreak(stop) &&
           (v_.Upos(stop) != "ADP" || v_.Lower(stop) == "of")) {
      if (DocumentView::IsPossessivePronoun(v_.Lower(stop))) return {};
      ++stop;
    }
    std::vector<int> agent = v_.ObjectAfter(j + 1, stop - (j + 1));
    const bool place = std::any_of(agent.begin(), agent.end(),
                                   [&](int e) { return v_.linking().entities[e].type == "Location"; });
    return place ? std::vector<int>{} : agent;
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
    // The items of the list after it: named states and bodies, groups, and
    // titled persons ("between U.S. envoy Steve Witkoff and Iranian Foreign
    // Minister Abbas Araqchi").
    std::vector<int> out;
    // The first item within nine words of "between" ("between high-ranking
    // officials from Iran and North Korea"); each further one right after
    // its separator (", and the").
    for (uint32_t k = j + 1, limit = j + 10; k < s.token_end && k < limit;) {
      uint32_t next = k + 1;
      const std::vector<int> item = v_.ItemAt(k, &next);
      // (", Colombia's foreign ministry said": not the source after the list.)
      if (!out.empty() && !item.empty() && k > 0 && v_.Word(k - 1) == "," && next < s.token_end &&
          v_.SaysOrClaims(next)) {
        break;
      }
      for (int e : item) {
        if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
      }
      k = std::max(next, k + 1);
      if (item.empty()) continue;
      const auto separator = [&](uint32_t t) {
        return t < s.token_end && (v_.Lower(t) == "and" || v_.Word(t) == "," || v_.Word(t) == "&" ||
                                   v_.Lower(t) == "the");
      };
      if (!separator(k)) break;
      while (separator(k)) ++k;
      // ("between Venezuelan Foreign Minister Ramon Lozada and his Colombian
      // counterpart Catalina Restrepo": past the possessive and the words
      // describing the one named next.)
      if (k < s.token_end && DocumentView::IsPossessivePronoun(v_.Lower(k))) {
        const uint32_t from = ++k;
        const auto describing = [&](uint32_t t) {
          const int m = v_.linking().MentionAt(t);
          return v_.StartsLower(t) || (m >= 0 && v_.linking().mentions[m].type == "NORP");
        };
        while (k < s.token_end && k < from + 3 && describing(k)) ++k;
      }
      limit = k + 1;
    }
    return out;
  }
  return {};
}

// "In March, Sudan filed a case against the UAE": the capitalised name of a
// month (not first in its sentence, or before a number) is a date, no
// trigger.
bool EventCoder::MonthName(uint32_t k) const {
  static constexpr std::string_view kMonths[] = {"March", "May"};
  const std::string_view w = v_.Word(k);
  if (std::find(std::begin(kMonths), std::end(kMonths), w) == std::end(kMonths)) return false;
  const bool first = k == v_.Sentence(v_.SentenceOf(k)).token_begin;
  const bool number_after = k + 1 < v_.seg().tokens.size() && !v_.Word(k + 1).empty() &&
                            v_.Word(k + 1)[0] >= '0' && v_.Word(k + 1)[0] <= '9';
  return !first || number_after;
}

bool EventCoder::Fires(const EventPattern& p, const std::vector<EventPattern>& patterns, uint32_t k,
                       uint32_t* end, bool before_parse) const {
  if (!RestMatches(p, k, end) || !NeedsMet(p, k, *end, before_parse)) return false;
  if (MonthName(k)) return false;
  // A word is ambiguous when both a noun and a verb reading match its words
  // here ("calls on Moscow" has no noun reading, "calls for" has both).
  const auto reading = [&](bool noun) {
    return std::any_of(patterns.begin(), patterns.end(), [&](const EventPattern& q) {
      uint32_t q_end;
      return q.noun == noun && RestMatches(q, k, &q_end);
    });
  };
  const bool ambiguous = reading(true) && reading(false);
  // ("is considering suspending ties": an -ing form right after a verb of
  // aspect or deliberation is the verb, whatever the tagger read.)
  if (ambiguous && p.noun != (NounContext(k, p) && !AfterAspectVerb(k))) return false;
  if (!p.noun && !VerbContext(k, *end, p)) return false;
  // "would not hesitate to act", "the sanctions will not affect production":
  // a refusal ("will not") only of a verb that can be refused.
  const bool modal_negation =
      !p.rest.empty() && (p.rest.back() == "not" || p.rest.back() == "n't" || p.rest.back() == "never");
  if (p.event == "REJECT" && modal_negation && *end < v_.seg().tokens.size() &&
      v_.lexicon().HasCue(v_.Lower(*end), "no_refusal")) {
    return false;
  }
  // "failed to meet its safeguards obligations": a meeting verb whose object
  // is a duty (duty_noun cues) meets nobody.
  if (!p.noun && p.mode == "meet") {
    const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
    for (uint32_t t = *end; t < s.token_end && t < *end + 4; ++t) {
      if (v_.Word(t) == "," || v_.IsClauseBreak(t)) break;
      if (v_.lexicon().HasCue(v_.Lower(t), "duty_noun")) return false;
    }
  }
  // "nineteen alleged militants": an allegation's participle that the parse
  // hangs on a noun as its modifier only describes it.
  if (!p.noun && p.event == "ACCUSE" && !before_parse && v_.Parsed(k) && v_.Dep(k) == "amod") {
    return false;
  }
  // "a drone strike attributed to the RSF": a trigger that is an act only in
  // the active voice names no actor as a passive or a reduced relative (a
  // participle with a preposition where its object would be, whatever the
  // parse says of it).
  if (p.active && !before_parse &&
      (Passive(k) || (v_.Parsed(k) && ReducedRelative(k)) ||
       (v_.lexicon().LooksLikeParticiple(v_.Lower(k)) && *end < v_.Sentence(v_.SentenceOf(k)).token_end &&
        v_.Upos(*end) == "ADP"))) {
    return false;
  }
  if (p.predicate && DescribingParticiple(k)) return false;
  // ("asking it to strike sanctioned vessels off its register": a past
  // participle right after another verb describes the noun after it.)
  if (!p.noun && !before_parse && k > v_.Sentence(v_.SentenceOf(k)).token_begin && v_.Upos(k - 1) == "VERB" &&
      v_.Lower(k).ends_with("ed") && *end < v_.Sentence(v_.SentenceOf(k)).token_end && v_.Upos(*end) == "NOUN" &&
      v_.StartsLower(k - 1) && !IsBeAux(k - 1) && !v_.lexicon().LooksLikeParticiple(v_.Lower(k - 1))) {
    return false;
  }
  // ("called on the authorities to release all detained protesters": a
  // past participle between a determiner and a plural noun describes it.)
  if (!p.noun && !before_parse && k > v_.Sentence(v_.SentenceOf(k)).token_begin &&
      v_.lexicon().LooksLikeParticiple(v_.Lower(k)) && *end < v_.Sentence(v_.SentenceOf(k)).token_end &&
      v_.Upos(*end) == "NOUN" && v_.StartsLower(*end) && v_.Lemma(*end) != v_.Lower(*end)) {
    const std::string& det = v_.Lower(k - 1);
    if (det == "all" || det == "the" || det == "those" || det == "these" || det == "its" || det == "their" ||
        det == "other" || v_.Upos(k - 1) == "NUM") {
      return false;
    }
  }
  // ("to strike sanctioned vessels off its register": struck from a list,
  // not attacked.)
  if (p.event == "ASSAULT" && !p.noun && StruckOffList(*end)) return false;
  // "the drills would be met with countermeasures": a meeting's verb in the
  // passive with "with" tells how something was answered.
  // ("will be met by an overwhelming response": or "by" a response no name
  // names.)
  if (p.event == "CONSULT" && !p.noun && !before_parse && Passive(k) &&
      *end < v_.Sentence(v_.SentenceOf(k)).token_end &&
      (v_.Lower(*end) == "with" || (v_.Lower(*end) == "by" && AnsweredBy(*end + 1)))) {
    return false;
  }
  if (InsideName(k, *end)) return false;
  // "a UN aid worker": a trigger word before a noun it describes is no event,
  // whichever reading the tagger gave it (unless the noun is the object the
  // verb asks for: "sign Agreement 123").
  return !(ModifiesNoun(k, *end, p.noun) && (p.noun || !Needs(p, v_.Lower(*end))));
}

bool EventCoder::StruckOffList(uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(end > 0 ? end - 1 : 0));
  for (uint32_t k = end; k + 1 < s.token_end && k < end + 6; ++k) {
    if (v_.Word(k) == "," || v_.IsClauseBreak(k)) return false;
    if (v_.Lower(k) != "off") continue;
    uint32_t list = k + 1;
    if (list + 1 < s.token_end && (v_.Lower(list) == "its" || v_.Lower(list) == "the" || v_.Lower(list) == "their")) {
      ++list;
    }
    const std::string& w = v_.Lower(list);
    return w == "register" || w == "registry" || w == "list" || w == "lists" || w == "rolls" || w == "roll";
  }
  return false;
}

std::vector<uint8_t> EventCoder::SentencesWithVerbTriggers() const {
  const auto& seg = v_.seg();
  std::vector<uint8_t> flags(seg.sentences.size(), 0);
  // Sentences the tagger left without a verb or an auxiliary.
  std::vector<uint8_t> verbless(seg.sentences.size(), 1);
  for (uint32_t k = 0; k < seg.tokens.size(); ++k) {
    if (v_.Upos(k) == "VERB" || v_.Upos(k) == "AUX") verbless[v_.SentenceOf(k)] = 0;
  }
  for (uint32_t k = 0; k < seg.tokens.size(); ++k) {
    if (flags[v_.SentenceOf(k)]) continue;
    const std::vector<EventPattern>* patterns = v_.lexicon().EventsFor(v_.Lower(k));
    if (patterns == nullptr || v_.linking().MentionAt(k) >= 0) continue;
    // "Unidentified gunmen kill twelve guards": in a sentence the tagger left
    // without a verb, a verb trigger it read as a noun right after its
    // subject's noun; the parse may read it again as the verb
    // (nlp/predicate_repair.h).
    const bool headline_noun = verbless[v_.SentenceOf(k)] && v_.Upos(k) == "NOUN" &&
                               k > v_.Sentence(v_.SentenceOf(k)).token_begin &&
                               (v_.Upos(k - 1) == "NOUN" || v_.Upos(k - 1) == "PROPN");
    for (const EventPattern& p : *patterns) {
      uint32_t end;
      // (A noun that is an event only as a speaker's claim needs the parse
      // to find the speaker: "said China's drills were a provocation".)
      if ((!p.noun || p.claimed) && (headline_noun || Fires(p, *patterns, k, &end, /*before_parse=*/true))) {
        flags[v_.SentenceOf(k)] = 1;
        break;
      }
    }
  }
  return flags;
}

// "The opposition condemns the decision", "three men are charged with
// murder": a verb whose subject or object is a person or a body the text does
// not name (actor_noun cues) still tells of an event between actors.
bool EventCoder::UnnamedParticipant(uint32_t k, const EventPattern& p) const {
  // "1,500 people are evacuated": aid or a rescue is an event between actors
  // only when someone is said to carry it out.
  const bool passive_counts = p.event != "AID";
  // "the army withdrew": the word right before the verb, however the parser
  // attached it.
  if (k > v_.Sentence(v_.SentenceOf(k)).token_begin && !Passive(k) &&
      v_.lexicon().HasCue(v_.Lower(k - 1), "actor_noun")) {
    return true;
  }
  for (uint32_t c : v_.Children(k)) {
    const std::string_view dep = v_.Dep(c);
    if ((dep == "nsubj" || dep == "obj" || (dep == "nsubj:pass" && passive_counts)) &&
        v_.lexicon().HasCue(v_.Lower(c), "actor_noun")) {
      return true;
    }
  }
  // "Supporters ... hold protests, demanding a rerun": a participle, a
  // conjunct or an open complement ("protesters march to call for ...")
  // shares the subject of the verb it hangs on.
  uint32_t verb = k;
  for (int depth = 0; depth < 2; ++depth) {
    const std::string_view dep = v_.Dep(verb);
    if (v_.Head(verb) < 0 ||
        !(dep == "conj" || dep == "xcomp" || (dep == "advcl" && v_.Lower(verb).ends_with("ing")))) {
      break;
    }
    verb = static_cast<uint32_t>(v_.Head(verb));
    // "A man is taken into custody and charged": passive conjuncts share
    // their subject too.
    for (uint32_t c : v_.Children(verb)) {
      const std::string_view sub = v_.Dep(c);
      if ((sub == "nsubj" || (sub == "nsubj:pass" && passive_counts && dep == "conj")) &&
          v_.lexicon().HasCue(v_.Lower(c), "actor_noun")) {
        return true;
      }
    }
  }
  return false;
}

// Fills e->actor and e->recipient for the trigger [k, end). Returns whether
// the agent is left implicit: a passive without "by X", or a participle whose
// subject is the main clause's.
bool EventCoder::NamedOnlyAsWhere(int entity, uint32_t sentence) const {
  const uint32_t begin = v_.Sentence(sentence).token_begin;
  bool named = false;
  for (const link::Mention& m : v_.linking().mentions) {
    if (m.entity != entity || m.sentence != sentence) continue;
    uint32_t k = m.token_begin;
    if (k > begin && v_.Lower(k - 1) == "the") --k;
    const std::string_view before = k > begin ? std::string_view(v_.Lower(k - 1)) : std::string_view();
    if (before != "in" && before != "on" && before != "off" && before != "near" && before != "at") return false;
    named = true;
  }
  return named;
}

bool EventCoder::FindArguments(const EventPattern& p, uint32_t k, uint32_t end, Event* out) const {
  Event& e = *out;
  bool agent_implicit = false;
  // ("The two sides discussed the delivery of air-defence systems to the
  // LNA": where the topic went is no side of the talks.)
  bool topic_went = false;
  // Phrases that say which side is which: "under U.S. sanctions", "aid from".
  if (p.event == "SANCTION" && SanctionsUnder(k, end, &e)) return e.actor.empty();
  if (p.noun && p.event == "AID" && AidFrom(k, end, &e)) return false;
  if (p.noun) {
    // "where he faces charges of exporting", "the three face travel bans":
    // whom a verb of undergoing has as its subject is reached by the act
    // (undergo_verb cues), whoever does it.
    if (const int32_t u = v_.UndergoVerbBefore(k); u >= 0) {
      e.recipient = v_.SubjectBefore(static_cast<uint32_t>(u));
      return true;
    }
    e.actor = Between(end);
    if (!e.actor.empty()) {
      e.recipient = e.actor;
    } else {
      const std::vector<int> undergoer = PossessorUndergoing(k);
      e.actor = undergoer.empty() ? NounActor(k, end) : std::vector<int>{};
      // "arrived in Hanoi for a three-day visit to Vietnam": the visitor is
      // the clause subject.
      if (e.actor.empty() && p.subject_fallback && !Disapproved(k)) {
        // ("China's drills were a provocation": a noun predicate's own
        // subject in the parse.)
        if (v_.Parsed(k)) e.actor = SubjectEntities(v_, k);
        if (e.actor.empty()) e.actor = v_.SubjectBefore(k);
      }
      // ("placed Tan Wei Ming and Orient Star Marine on its sanctions list":
      // those the listing verb before puts on the list the noun names, before
      // any name after the list: "… list in December for helping Moscow".)
      e.recipient = PutOnList(k, end);
      if (e.recipient.empty()) e.recipient = v_.ObjectAfter(end, 6, VenueEnds(p));
      if (e.recipient.empty()) e.recipient = undergoer;
      // "arrived in Kazakhstan on Wednesday for a two-day visit": the place
      // arrived in is the one visited.
      if (e.recipient.empty() && p.mode == "visit") {
        const uint32_t start = v_.ClauseStart(k);
        for (uint32_t j = k; j > start + 1 && k - j < 12;) {
          --j;
          if (!v_.lexicon().HasCue(v_.Lower(j), "arrival_verb")) continue;
          if (v_.Lower(j + 1) == "in" || v_.Lower(j + 1) == "at") e.recipient = v_.FirstItemIn(j + 2, k);
          break;
        }
      }
    }
  } else if (RelativeSpeech(p, k, end, &e)) {
    // "companies that it said helped Moscow": set from the words alone.
  } else if (ClaimedClause(p, k, &e) || RequestedClause(p, k, &e)) {
    // "Prosecutors allege the parts were found in Iranian drones", "demanding
    // that Pakistan expel the ambassador": set from the parse.
  } else if (HeadlinePassive(k)) {
    e.recipient = v_.SubjectBefore(k);
    e.actor = HeadlineAgent(end);
    agent_implicit = e.actor.empty();
  } else if (ParseArguments parsed = VerbArguments(v_, k);
             !parsed.actor.empty() || !parsed.recipient.empty() || EventNounSubject(k)) {
    // The parse found the verb's own arguments (or an event as its subject:
    // "said the launch threatened regional peace" is no threat of the
    // speaker's); what it left out (a subject it attached elsewhere) is
    // looked for by clause position.
    e.actor = std::move(parsed.actor);
    e.recipient = std::move(parsed.recipient);
    topic_went = (p.reciprocal && p.mode != "visit" && parsed.recipient_below_object) ||
                 (p.topic && parsed.recipient_from_object);
    if (topic_went) e.recipient.clear();
    if (VenueEnds(p)) DropVenues(end, &e.recipient);
    // ("Nelson said the proceeds funded Hezbollah": not Nelson.)
    if (e.actor.empty() && !parsed.passive && !parsed.unnamed_subject) e.actor = v_.SubjectBefore(k);
    // A meeting's, an agreement's or a clash's place is not its other side;
    // nor is talks' topic (the side is named after "with").
    if (e.recipient.empty() && !parsed.passive && p.topic) {
      e.recipient = TalkedWith(end, parsed.with_side);
    } else if (e.recipient.empty() && !parsed.passive && !topic_went && !CountedObject(k)) {
      e.recipient = v_.ObjectAfter(end, 8, VenueEnds(p));
      DropNamesInClausesBelow(k, &e.recipient);
    }
    // ("was arrested at his home late on Tuesday by agents of the General
    // Directorate …": a by-agent the parser hung elsewhere.)
    if (parsed.passive && e.actor.empty()) e.actor = AgentLater(end);
    if (parsed.passive) CompletePassive(p, end, &e);
    agent_implicit = parsed.passive && e.actor.empty();
  } else if (Passive(k)) {
    e.recipient = v_.Word(k - 1) == "," ? Before(k - 1) : v_.SubjectBefore(k);
    KeepNamedInComplement(k, &e.recipient);
    e.actor = ByAgent(end);
    CompletePassive(p, end, &e);
    agent_implicit = e.actor.empty();
  } else {
    // "A van crashes ..., killing five": a participle's subject is the
    // main clause's, named or not.
    // ("..., killing 12 and injuring ten": the participle joined to it too.)
    agent_implicit = k > v_.Sentence(e.sentence).token_begin && v_.Lower(k).ends_with("ing") &&
                     (v_.Word(k - 1) == "," || JoinedToParticipleClause(k));
    e.actor = v_.SubjectBefore(k);
    e.recipient = v_.ObjectAfter(end, 8, VenueEnds(p));
  }
  // ("reimpose United Nations sanctions on Iran": whose sanctions the noun
  // names is no target; the one after "on" or "against" is.)
  if (!p.noun && p.event == "SANCTION") SanctionsOfNamedBody(end, &e.recipient);
  // "extradited Jhon Fredy Arboleda, alias \"El Condor\", …, to the United
  // States": the state a suspect is handed to is the other side of the
  // legal cooperation (CAMEO 063).
  if (!p.noun && p.cameo == "063") AddUnique(&e.recipient, StateHandedTo(end));
  // ("will deliver four more IRIS-T air defence systems and 200 million
  // euros' worth of artillery ammunition to Ukraine": what is given goes to
  // the state after "to", past a long object.)
  if (!p.noun && e.recipient.empty() && (p.event == "AID" || p.event == "COOPERATE")) e.recipient = StateHandedTo(end);
  // "discussed freight routes across the Caspian Sea": a sea, a region or a
  // landmark is no other side of talks or a deal when someone takes part
  // (the place visited is that of a visit).
  // ("seized 300 rifles from a speedboat on the Orinoco River", "detained
  // an oil tanker in the Gulf of Finland": likewise where a seizure or an
  // arrest was made.)
  if (VenueEnds(p) && p.mode != "visit" && !e.actor.empty()) {
    std::erase_if(e.recipient, [&](int r) { return v_.linking().entities[r].type == "Location"; });
  }
  const bool taken = p.event == "COERCE" && (p.mode == "seize" || p.mode == "arrest");
  if (taken && !e.actor.empty()) {
    std::erase_if(e.recipient, [&](int r) {
      return v_.linking().entities[r].type == "Location" && NamedOnlyAsWhere(r, e.sentence);
    });
  }
  // "after talks in Jeddah, Saudi Arabia": where the place is all the text
  // names, it stands for the event's side, as no side would drop the event.
  if (VenueEnds(p) && e.actor.empty() && e.recipient.empty() && !topic_went) {
    e.recipient = v_.ObjectAfter(end, p.noun ? 6 : 8);
  }
  return agent_implicit;
}

void EventCoder::CompletePassive(const EventPattern& p, uint32_t end, Event* e) const {
  if (e->actor.empty() && p.event == "SANCTION") e->actor = ListOwnerAfter(end);
  // ("Ethiopian troops had been moved towards the border": a state's own
  // forces, named by its demonym, are moved by that state.)
  const uint32_t trigger = end > 0 ? end - 1 : 0;
  const auto demonym_before = [&](int r) {
    if (v_.linking().entities[r].type != "Country") return false;
    return std::any_of(v_.linking().mentions.begin(), v_.linking().mentions.end(), [&](const link::Mention& m) {
      return m.entity == r && m.type == "NORP" && m.sentence == v_.SentenceOf(trigger) && m.token_end < trigger &&
             v_.StartsLower(m.token_end);
    });
  };
  if (p.event == "MOBILIZE" && e->actor.empty() && !e->recipient.empty() &&
      std::all_of(e->recipient.begin(), e->recipient.end(), demonym_before)) {
    e->actor = std::move(e->recipient);
    // (Where they went is the other side: "deployed to Russia's Kursk region".)
    e->recipient = v_.ObjectAfter(end, 6);
    std::erase_if(e->recipient, [&](int r) {
      return std::find(e->actor.begin(), e->actor.end(), r) != e->actor.end();
    });
  }
  // ("The exchange of notes was signed … by Japanese Ambassador Kenji
  // Morimoto and PNG Defence Minister Henry Kaupa": the other signer is the
  // agreement's other side; where it was signed is none.)
  const bool only_places = std::all_of(e->recipient.begin(), e->recipient.end(), [&](int r) {
    return v_.linking().entities[r].type == "Location";
  });
  if (p.event == "AGREE" && e->actor.size() == 1 && only_places) {
    if (std::vector<int> other = OtherSignersAfter(end, e->actor.front()); !other.empty()) e->recipient = other;
  }
}

// Whether the verb at k has a counted common noun as its object, followed by
// the grounds ("charged three men with breaching the EU's embargo", "detained
// two people over"): those counted are whom it reaches, not a name in the
// grounds.
bool EventCoder::CountedObject(uint32_t k) const {
  if (!v_.Parsed(k)) return false;
  for (uint32_t c : v_.Children(k)) {
    if (v_.Dep(c) != "obj" || v_.Upos(c) != "NOUN" || !v_.StartsLower(c) || v_.linking().MentionAt(c) >= 0) continue;
    const uint32_t after = c + 1;
    if (after >= v_.seg().tokens.size() || v_.SentenceOf(after) != v_.SentenceOf(c)) continue;
    const std::string& grounds = v_.Lower(after);
    if (grounds != "with" && grounds != "for" && grounds != "over") continue;
    for (uint32_t n : v_.Children(c)) {
      if (v_.Dep(n) == "nummod" && n + 1 == c) return true;
    }
  }
  return false;
}

std::vector<int> EventCoder::TalkedWith(uint32_t end, std::vector<int> parsed) const {
  if (!parsed.empty()) return parsed;
  // ("discussed the war in Ukraine with Rubio": a "with" the parser hung on
  // the topic, up to the clause's end.)
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(end > 0 ? end - 1 : 0));
  const auto quote = [&](uint32_t j) { return v_.Word(j) == "\"" || v_.Word(j) == "\u201C"; };
  for (uint32_t j = end; j + 1 < s.token_end && v_.Word(j) != "," && (quote(j) || !v_.IsClauseBreak(j)); ++j) {
    // ("by phone with his Finnish counterpart, Petteri Orpo": the person
    // a possessed noun stands in apposition to, not the possessor.)
    if (v_.Lower(j) == "with" && DocumentView::IsPossessivePronoun(v_.Lower(j + 1))) return v_.ObjectAfter(j + 1, 6);
    if (v_.Lower(j) == "with") return v_.FirstItemIn(j + 1, s.token_end);
  }
  return {};
}

// Whether the phrase from k, up to its noun, names a response, not a party:
// "an overwhelming response", "a firm and resolute retaliation".
bool EventCoder::AnsweredBy(uint32_t k) const {
  const uint32_t end = v_.Sentence(v_.SentenceOf(k)).token_end;
  for (uint32_t j = k; j < end && j < k + 5; ++j) {
    if (v_.linking().MentionAt(j) >= 0 || v_.Word(j) == ",") return false;
    const std::string& w = v_.Lower(j);
    if (w == "response" || w == "responses" || w == "force" || w == "resistance" ||
        v_.lexicon().HasCue(w, "retaliation_word")) {
      return true;
    }
  }
  return false;
}

void EventCoder::SanctionsOfNamedBody(uint32_t end, std::vector<int>* recipient) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(end > 0 ? end - 1 : 0));
  for (const link::Mention& m : v_.linking().mentions) {
    if (m.sentence != v_.SentenceOf(end > 0 ? end - 1 : 0) || m.token_begin < end || m.token_begin > end + 2 ||
        m.entity < 0 || m.token_end + 1 >= s.token_end ||
        !v_.lexicon().HasCue(v_.Lower(m.token_end), "sanction_noun")) {
      continue;
    }
    const auto it = std::find(recipient->begin(), recipient->end(), m.entity);
    if (it == recipient->end()) continue;
    recipient->erase(it);
    const std::string& after = v_.Lower(m.token_end + 1);
    if (recipient->empty() && (after == "on" || after == "against")) *recipient = v_.ObjectAfter(m.token_end + 2, 6);
    return;
  }
}

bool EventCoder::ClaimedClause(const EventPattern& p, uint32_t k, Event* e) const {
  if (p.noun || p.event != "ACCUSE" || !v_.Parsed(k) || !v_.lexicon().HasCue(v_.Lower(k), "claim_verb")) return false;
  for (uint32_t c : v_.Children(k)) {
    if (v_.Dep(c) != "ccomp") continue;
    // The accused is the subject of what is alleged (nobody when it names nobody).
    const ParseArguments parsed = VerbArguments(v_, k);
    e->actor = parsed.actor.empty() && !parsed.unnamed_subject ? v_.SubjectBefore(k) : parsed.actor;
    e->recipient = SubjectEntities(v_, c);
    return true;
  }
  return false;
}

// "U.S. Central Command said the dhow was seized": the passive subject of a
// clause a verb of saying takes (through conjuncts: "… killed and 85
// injured") is named after that verb ("Cuba confirms that 32 of its citizens
// were killed"), not before it.
void EventCoder::KeepNamedInComplement(uint32_t k, std::vector<int>* recipient) const {
  if (!v_.Parsed(k)) return;
  int32_t clause = static_cast<int32_t>(k);
  for (int depth = 0; depth < 4 && clause >= 0 && v_.Dep(static_cast<uint32_t>(clause)) == "conj"; ++depth) {
    clause = v_.Head(static_cast<uint32_t>(clause));
  }
  if (clause < 0 || v_.Dep(static_cast<uint32_t>(clause)) != "ccomp") return;
  const int32_t verb = v_.Head(static_cast<uint32_t>(clause));
  if (verb < 0 || static_cast<uint32_t>(verb) >= k || !v_.SaysOrClaims(static_cast<uint32_t>(verb))) return;
  std::erase_if(*recipient, [&](int r) {
    for (uint32_t t = static_cast<uint32_t>(verb) + 1; t < k; ++t) {
      const std::vector<int> named = v_.Referents(t);
      if (std::find(named.begin(), named.end(), r) != named.end()) return false;
    }
    return true;
  });
}

// "The Russian embassy condemned the expulsions": a noun event that is the
// object of a verb of disapproval, rejection or protest is someone else's act.
bool EventCoder::Disapproved(uint32_t k) const {
  if (!v_.Parsed(k) || v_.Dep(k) != "obj" || v_.Head(k) < 0) return false;
  // ("Zakharova called the expulsion \"another unfriendly step\"": what a
  // verb of naming calls something is no act of its subject.)
  if (v_.lexicon().HasCue(v_.Lower(static_cast<uint32_t>(v_.Head(k))), "naming_verb")) return true;
  const std::vector<EventPattern>* patterns = v_.lexicon().EventsFor(v_.Lower(static_cast<uint32_t>(v_.Head(k))));
  // ("welcomed the ceasefire": nor of support for it, the noun one of the
  // words the support needs.)
  return patterns != nullptr && std::any_of(patterns->begin(), patterns->end(), [&](const EventPattern& q) {
           return !q.noun && q.rest.empty() &&
                  ((q.needs.empty() && (q.event == "ACCUSE" || q.event == "REJECT" || q.event == "PROTEST")) ||
                   (q.event == "SUPPORT" && Needs(q, v_.Lower(k))));
         });
}

bool EventCoder::RequestedClause(const EventPattern& p, uint32_t k, Event* e) const {
  if (p.noun || p.event != "REQUEST" || !v_.Parsed(k)) return false;
  for (uint32_t c : v_.Children(k)) {
    if (v_.Dep(c) != "ccomp") continue;
    const bool that = std::any_of(v_.Children(c).begin(), v_.Children(c).end(), [&](uint32_t m) {
      return v_.Dep(m) == "mark" && v_.Lower(m) == "that";
    });
    if (!that) continue;
    std::vector<int> addressee = SubjectEntities(v_, c);
    if (addressee.empty()) return false;
    // The one asking: the verb's subject, or the one it shares ("protesters
    // rallied ..., demanding that ...": unnamed, not a name further on).
    e->actor = VerbArguments(v_, k).actor;
    bool subject = false;
    for (int32_t a = static_cast<int32_t>(k), depth = 0; a >= 0 && depth < 4 && !subject; ++depth) {
      for (uint32_t x : v_.Children(static_cast<uint32_t>(a))) subject = subject || v_.Dep(x) == "nsubj";
      const std::string_view dep = v_.Dep(static_cast<uint32_t>(a));
      if (dep != "conj" && dep != "xcomp" && dep != "advcl") break;
      a = v_.Head(static_cast<uint32_t>(a));
    }
    if (e->actor.empty() && !subject) e->actor = v_.SubjectBefore(k);
    e->recipient = std::move(addressee);
    return true;
  }
  // ("demanded that Rwanda hand over …": a subjunctive the tagger read as a
  // noun leaves no clause in the parse; the name right after "that",
  // followed by a word in lower case, is the one asked.)
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  if (k + 3 < s.token_end && v_.Lower(k + 1) == "that") {
    const int m = v_.linking().MentionAt(k + 2);
    if (m >= 0 && v_.linking().mentions[m].token_begin == k + 2 && v_.linking().mentions[m].entity >= 0) {
      const uint32_t after = v_.linking().mentions[m].token_end;
      if (after < s.token_end && v_.StartsLower(after) && !base::IsPossessiveClitic(v_.Lower(after)) &&
          v_.Upos(after) != "ADP" && v_.Upos(after) != "CCONJ") {
        e->actor = VerbArguments(v_, k).actor;
        if (e->actor.empty()) e->actor = v_.SubjectBefore(k);
        e->recipient = {v_.linking().mentions[m].entity};
        return true;
      }
    }
  }
  return false;
}

bool EventCoder::EventNounSubject(uint32_t k) const {
  for (uint32_t c : v_.Children(k)) {
    if (v_.Dep(c) != "nsubj" || v_.Upos(c) != "NOUN" || v_.linking().MentionAt(c) >= 0) continue;
    const std::vector<EventPattern>* patterns = v_.lexicon().EventsFor(v_.Lower(c));
    if (patterns != nullptr &&
        std::any_of(patterns->begin(), patterns->end(), [](const EventPattern& q) { return q.noun; })) {
      return true;
    }
  }
  return false;
}

// "Sanctions on Venezuela are lifted", "U.S. tariffs would be delayed": a noun
// coded just before a verb that needs it is the verb's object (as "lifts
// sanctions" is), not an event of its own; its event is dropped.
// (Not a noun of the clause before the comma: "staged drills around Taiwan,
// sending 125 aircraft" tells the drills, and the sending is part of them.)
void EventCoder::DropNeededNoun(const EventPattern& p, uint32_t k, std::vector<Fired>* fired,
                                std::vector<Event>* out) const {
  for (auto f = fired->begin(); f != fired->end(); ++f) {
    if (!f->pattern->noun || f->end + 5 < k || !Needs(p, v_.Lower(f->token))) continue;
    if (k > 0 && v_.Word(k - 1) == "," && v_.Lower(k).ends_with("ing")) continue;
    const uint32_t begin = v_.seg().tokens[f->token].begin;
    std::erase_if(*out, [&](const Event& e) { return e.trigger.begin == begin; });
    fired->erase(f);
    return;
  }
}

// "The U.S. and Israel launch airstrikes on Tehran", "the Spanish Civil Guard
// and the Ecuadorian National Police arrest 44 people": an attack or an arrest
// that bodies of two or more states carry out together is also their
// cooperation (COOPERATE, CAMEO 062, between them). Not for fighting between
// sides (reciprocal triggers: "clash", "fight").
std::optional<Event> EventCoder::JointAttack(const EventPattern& p, const Event& e, uint32_t k) const {
  // Joint attacks, joint arrests and raids; "India and France held naval
  // exercises" (drills two states hold are their cooperation too).
  const bool drill = p.event == "MOBILIZE" && v_.lexicon().HasCue(v_.Lower(k), "drill_noun");
  if ((p.event != "ASSAULT" && p.event != "COERCE" && !drill) || p.reciprocal) return std::nullopt;
  // "Israeli–U.S. strikes": two states named, joined by a dash, right before
  // the trigger (a noun, or the verb the tagger made of it).
  std::vector<int> actors = e.actor;
  if (actors.size() < 2) {
    const std::vector<int> pair = DashedPair(k);
    if (pair.size() == 2) actors = pair;
  }
  if (actors.size() < 2) return std::nullopt;
  // Agencies of one state acting together ("the IDF and Shin Bet") are not
  // two parties cooperating.
  std::vector<std::string> states;
  for (int x : actors) {
    const link::DocEntity& actor = v_.linking().entities[x];
    if (actor.type != "Country" && actor.type != "Organization" && actor.type != "PublicBody") return std::nullopt;
    if (std::find(e.recipient.begin(), e.recipient.end(), x) != e.recipient.end()) return std::nullopt;
    const std::string state = actor.country.empty() ? actor.id : actor.country;
    if (std::find(states.begin(), states.end(), state) == states.end()) states.push_back(state);
  }
  if (states.size() < 2) return std::nullopt;
  Event joint = AsCooperation(e, "military", "062");
  joint.actor = actors;
  joint.recipient = actors;
  return joint;
}

// "launches a counterattack against M23 with the assistance of the Burundian
// military", "seizes a tanker with military assistance from a Royal Navy
// warship", "backed by airstrikes from international allies", "had frozen the
// accounts … in coordination with U.S. authorities": an attack, an arrest or
// a sanction that another party helps carry out is also their cooperation
// (COOPERATE, CAMEO 062), as a joint operation is.
std::optional<Event> EventCoder::AssistedAct(const EventPattern& p, const Event& e, uint32_t k) const {
  if ((p.event != "ASSAULT" && p.event != "COERCE" && p.event != "SANCTION") || p.reciprocal || e.actor.empty()) {
    return std::nullopt;
  }
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  std::vector<int> helpers;
  for (uint32_t j = s.token_begin; j + 1 < s.token_end; ++j) {
    const std::string& w = v_.Lower(j);
    uint32_t from = 0;
    if ((w == "backed" || w == "supported" || w == "assisted" || w == "aided") && v_.Lower(j + 1) == "by") {
      from = j + 2;
    } else if (w == "in" && j + 2 < s.token_end && v_.Lower(j + 2) == "with" &&
               (v_.Lower(j + 1) == "coordination" || v_.Lower(j + 1) == "cooperation" ||
                v_.Lower(j + 1) == "conjunction" || v_.Lower(j + 1) == "partnership")) {
      from = j + 3;
    } else if (w == "with") {
      // with [the] [reported|military|air|logistical] assistance|help|support|backing of|from
      uint32_t n = j + 1;
      while (n < s.token_end && n < j + 4 &&
             (v_.Lower(n) == "the" || v_.lexicon().HasCue(v_.Lower(n), "assist_modifier"))) {
        ++n;
      }
      if (n + 1 < s.token_end && v_.lexicon().HasCue(v_.Lower(n), "assist_noun") &&
          (v_.Lower(n + 1) == "of" || v_.Lower(n + 1) == "from")) {
        from = n + 2;
      }
    }
    if (from == 0 || from >= s.token_end) continue;
    for (int x : v_.ObjectAfter(from, 6)) {
      const std::string& type = v_.linking().entities[x].type;
      const bool party = type == "Country" || type == "Organization" || type == "PublicBody";
      if (party && std::find(e.actor.begin(), e.actor.end(), x) == e.actor.end() &&
          std::find(e.recipient.begin(), e.recipient.end(), x) == e.recipient.end()) {
        helpers.push_back(x);
      }
    }
  }
  if (helpers.empty()) return std::nullopt;
  Event joint = AsCooperation(e, "military", "062");
  AddUnique(&joint.actor, helpers);
  joint.recipient = joint.actor;
  return joint;
}

// "Forty Uyghur men are deported to China", "deports 200 gang members to El
// Salvador", "deported X, a senior commander of Y, to the United States": a
// deportation to a named state is also legal cooperation with the state that
// receives the deportees (COOPERATE, CAMEO 063, as an extradition is; the
// labelling guide codes an extradition COOPERATE alone). Expulsions (of
// diplomats, from a country) name no receiver.
std::optional<Event> EventCoder::DeportationTo(const EventPattern& p, const Event& e, uint32_t k,
                                               uint32_t end) const {
  if (p.event != "COERCE" || p.mode != "deport" || !v_.Lower(k).starts_with("deport")) return std::nullopt;
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  // ("deported Jhon Fredy Arboleda, alias \"El Condor\", a senior
  // commander of the Clan del Golfo, to the United States": past the
  // descriptions in apposition.)
  for (uint32_t j = end; j < s.token_end && j < end + 24; ++j) {
    // (A nickname's quotes open no clause.)
    const bool quote = v_.Word(j) == "\"" || v_.Word(j) == "\xE2\x80\x9C" || v_.Word(j) == "\xE2\x80\x9D";
    if ((v_.IsClauseBreak(j) && !quote) || v_.Word(j) == ";") break;
    if (v_.Lower(j) != "to") continue;
    std::vector<int> receivers;
    for (int x : v_.ObjectAfter(j + 1, 4)) {
      const link::DocEntity& r = v_.linking().entities[x];
      if (r.type == "Country" && std::find(e.actor.begin(), e.actor.end(), x) == e.actor.end()) {
        receivers.push_back(x);
      }
    }
    if (receivers.empty()) return std::nullopt;
    Event legal = AsCooperation(e, "legal", "063");
    legal.recipient = receivers;
    return legal;
  }
  return std::nullopt;
}

// The entities of "X–Y" right before the token at k ("Israeli–U.S.
// strikes", "Saudi-US raids"): two mentions joined by a hyphen or a dash.
std::vector<int> EventCoder::DashedPair(uint32_t k) const {
  const uint32_t begin = v_.Sentence(v_.SentenceOf(k)).token_begin;
  if (k < begin + 3) return {};
  const int second = v_.linking().mentions.empty() ? -1 : v_.linking().MentionAt(k - 1);
  if (second < 0 || v_.linking().mentions[second].token_begin < begin + 2) return {};
  const uint32_t dash = v_.linking().mentions[second].token_begin - 1;
  const std::string_view w = v_.Word(dash);
  if (w != "-" && w != "\xE2\x80\x93" && w != "\xE2\x80\x94") return {};
  const int first = v_.linking().MentionAt(dash - 1);
  if (first < 0) return {};
  const int a = v_.linking().mentions[first].entity;
  const int b = v_.linking().mentions[second].entity;
  if (a < 0 || b < 0 || a == b) return {};
  return {a, b};
}

// "Norway reports that Russia has violated its airspace": the subject of the
// speech or claim verb whose complement clause holds the verb trigger at k,
// when it names a party other than the trigger's subject; else nobody.
std::vector<int> EventCoder::ClaimSpeaker(uint32_t k, const std::vector<int>& subject) const {
  if (subject.empty()) return {};
  const int32_t verb = ComplementTaker(v_, k, /*through_objects=*/false);
  if (verb < 0) return {};
  // "a case alleging that ...": a participle's claim is that of a document
  // or an earlier act, not a statement made in the news.
  const std::string& w = v_.Lower(static_cast<uint32_t>(verb));
  if (w.ends_with("ing")) return {};
  if (!v_.lexicon().HasCue(w, "speech_verb") && !v_.lexicon().HasCue(w, "claim_verb")) return {};
  std::vector<int> speaker = SubjectEntities(v_, static_cast<uint32_t>(verb));
  // ("The report, circulated to the board, said Tehran had breached": the
  // body whose report it is.)
  // (The report opens the sentence; the parser may read a participle after
  // it as its verb.)
  if (speaker.empty()) {
    const uint32_t begin = v_.Sentence(v_.SentenceOf(k)).token_begin;
    for (uint32_t t = begin; t < static_cast<uint32_t>(verb) && t < begin + 3; ++t) {
      if (v_.lexicon().HasCue(v_.Lower(t), "report_noun") && v_.Upos(t) == "NOUN") {
        if (const int author = v_.ReportAuthor(t); author >= 0) speaker = {author};
        break;
      }
    }
  }
  std::erase_if(speaker, [&](int x) { return std::find(subject.begin(), subject.end(), x) != subject.end(); });
  return speaker;
}

void EventCoder::Code(std::vector<Event>* out) const {
  const auto& seg = v_.seg();
  uint32_t covered = 0;  // tokens before this belong to a trigger already coded
  std::vector<Fired> fired;  // triggers coded so far in this sentence
  for (uint32_t k = 0; k < seg.tokens.size(); ++k) {
    if (k < covered) continue;
    if (!fired.empty() && v_.SentenceOf(fired.back().token) != v_.SentenceOf(k)) fired.clear();
    const std::vector<EventPattern>* patterns = v_.lexicon().EventsFor(v_.Lower(k));
    if (patterns == nullptr || v_.linking().MentionAt(k) >= 0) continue;
    for (const EventPattern& p : *patterns) {
      uint32_t end;
      if (!Fires(p, *patterns, k, &end)) continue;
      if (InRelativeClause(k, p) || SubordinateBackdrop(k, p)) break;
      // A protest that led to the arrests is part of the news; a murder that
      // led to a sentence is not.
      if (p.noun && p.event != "PROTEST" && Grounds(k, fired)) break;
      // "lifts sanctions", "signs a deal", "openness to peace talks": the noun
      // is the object the trigger before it asked for, not an event of its own.
      if (p.noun && !fired.empty() && k < fired.back().end + 4 &&
          Needs(*fired.back().pattern, v_.Lower(k))) {
        break;
      }
      Event e;
      e.event = p.event;
      e.mode = p.mode;
      e.cameo = p.cameo;
      e.sentence = v_.SentenceOf(k);
      e.span = v_.Sentence(e.sentence).span();
      e.trigger = {seg.tokens[k].begin, seg.tokens[end - 1].end};
      const bool agent_implicit = FindArguments(p, k, end, &e);
      if (p.authority && std::none_of(e.actor.begin(), e.actor.end(), [&](int a) {
            const std::string& type = v_.linking().entities[a].type;
            return type == "Country" || type == "PublicBody" || type == "Organization";
          })) {
        continue;
      }
      if (p.claimed) {
        std::vector<int> speaker = ClaimSpeaker(k, e.actor);
        if (speaker.empty()) continue;
        if (const int32_t verb = ComplementTaker(v_, k, /*through_objects=*/false); verb >= 0) {
          e.said = {seg.tokens[static_cast<uint32_t>(verb)].begin, seg.tokens[static_cast<uint32_t>(verb)].end};
        }
        e.recipient = std::move(e.actor);
        e.actor = std::move(speaker);
      }
      if (NotNews(p, k, end, e, agent_implicit, *out) || EmergencyAfterAttack(p, k, *out)) continue;
      // ("Bangladesh summoned Myanmar's ambassador to protest against mortar
      // shells": a state or its body protests by complaining officially.)
      // (Only as the purpose of a summons told before in the sentence.)
      const auto summons_purpose = [&] {
        return !p.noun && k > 0 && v_.Lower(k - 1) == "to" &&
               std::any_of(fired.begin(), fired.end(), [&](const Fired& f) {
                 return f.pattern->event == "ACCUSE" && v_.SentenceOf(f.token) == e.sentence;
               });
      };
      if (e.event == "PROTEST" && e.mode == "demo" && !e.actor.empty() && ActsForState(v_, e) && summons_purpose()) {
        e.event = "ACCUSE";
        e.mode = "disapprove";
        e.cameo = "114";
      }
      const bool requested_noun = RequestedNoun(k, p, fired);
      if (RequestedContent(k, p, fired) || requested_noun || PlanContent(k, p)) e.modality = "hypothetical";
      // ("asked Maduro for the prisoners' release": what is asked for is the
      // one asked's to do, not the asker's.)
      if (requested_noun && fired.back().pattern->event == "REQUEST") {
        if (const int asked = AskedFor(fired.back().end, k); asked >= 0) e.actor = {asked};
      }
      // Nobody acts on himself, nor a person acting here on his own state
      // ("Japan's Prime Minister Fumio Kishida called it ...": "it" is not Japan).
      const auto& entities = v_.linking().entities;
      std::erase_if(e.recipient, [&](int r) {
        if (p.reciprocal) return false;
        return std::any_of(e.actor.begin(), e.actor.end(), [&](int a) {
          return a == r || (entities[a].type == "Person" && !entities[a].country.empty() &&
                            entities[r].id == "country:" + entities[a].country);
        });
      });
      // ("Vastbright Trading Ltd shipped electronic components to Russia": what
      // a company supplies it sells; trade, not aid.)
      if (e.event == "AID" && !e.actor.empty() && std::all_of(e.actor.begin(), e.actor.end(), [&](int a) {
            return entities[a].type == "Company";
          })) {
        e.event = "COOPERATE";
        e.mode.clear();
        e.cameo = "061";
      }
      // ("Arvand Tejarat Kish, an Iranian company that the European Union
      // added to its sanctions list": what an object relative clause tells
      // is done to the name it describes.)
      // (Not the place the parser hung the clause on: "a company registered
      // in Saint Petersburg that the United States designated".)
      const int object_about = ObjectRelativeAntecedent(k);
      // (A listing's object relative clause fills the object: "a supertanker
      // that the US Treasury designated in 2024 for carrying Iranian oil" is
      // no listing of Iran.)
      const bool listing_object = object_about >= 0 && p.event == "SANCTION" && !p.noun;
      if (const int about = object_about >= 0 || p.event != "SANCTION" ? object_about : PassiveRelativeAntecedent(k);
          about >= 0 && std::find(e.actor.begin(), e.actor.end(), about) == e.actor.end() &&
          (listing_object || std::all_of(e.recipient.begin(), e.recipient.end(),
                                         [&](int r) { return entities[r].type == "Location"; }))) {
        e.recipient = {about};
      }
      // ("Brazil and China agreed to set up a working group": an agreement
      // of two named together is between them.)
      // (Nor is the one it is agreed against: "Baghdad and Ankara agreed to
      // step up cooperation against the PKK".)
      if ((p.reciprocal || p.event == "AGREE") && e.actor.size() >= 2 && !e.recipient.empty() &&
          RecipientsNamedAfter(e, k + 1, {"against"}, /*all=*/true)) {
        e.recipient.clear();
      }
      if ((p.reciprocal || p.event == "AGREE") && e.recipient.empty() && e.actor.size() >= 2) e.recipient = e.actor;
      // "During the negotiations for the Russian gas accord": the one side
      // named of talks between parties takes part in them; it is their actor.
      // (A place is where they met, no side: "met at the Kyzyl-Bel
      // checkpoint".)
      if (p.reciprocal && e.actor.empty()) {
        std::erase_if(e.recipient, [&](int r) { return entities[r].type == "Location"; });
        std::swap(e.actor, e.recipient);
      }
      // ("China's military launched large-scale joint exercises around
      // Taiwan": one side's joint drills are no cooperation with the place
      // they are held around, but a show of force there; a partner is named
      // with "with", "alongside" or "and".)
      const std::string& trigger_word = v_.Lower(k);
      const bool joint_act = trigger_word == "joint" || trigger_word.starts_with("exercise") ||
                             trigger_word.starts_with("drill") || trigger_word.starts_with("operation") ||
                             trigger_word.starts_with("patrol");
      if (joint_act && p.reciprocal && p.event == "COOPERATE" && e.actor.size() == 1 && !e.recipient.empty()) {
        const bool partner = RecipientsNamedAfter(e, v_.Sentence(e.sentence).token_begin,
                                                  {"with", "alongside", "and", "between"}, /*all=*/false);
        bool drills = false;
        for (uint32_t t = k; t < k + 3 && t < v_.Sentence(e.sentence).token_end; ++t) {
          const std::string& w = v_.Lower(t);
          drills = drills || w == "exercise" || w == "exercises" || w == "drill" || w == "drills";
        }
        if (!partner && drills) {
          e.event = "MOBILIZE";
          e.cameo = "152";
          e.mode = "troops";
        } else if (!partner) {
          e.recipient.clear();
        }
      }
      if (!p.noun) DropNeededNoun(p, k, &fired, out);
      // ("Taliban fighters and Tajik border guards exchanged fire …, killing
      // one Tajik guard": sides who fought each other just before do not act
      // together.)
      const bool sides = std::any_of(out->begin(), out->end(), [&](const Event& o) {
        return o.sentence == e.sentence && o.event != "COOPERATE" && o.actor.size() >= 2 && o.actor == e.actor &&
               o.recipient == o.actor;
      });
      std::optional<Event> joint = sides ? std::nullopt : JointAttack(p, e, k);
      if (!joint) joint = AssistedAct(p, e, k);
      if (!joint) {
        joint = DeportationTo(p, e, k, end);
        // (The state receiving them is no one deported: "deported to the
        // United States a Serbian businessman".)
        if (joint) {
          std::erase_if(e.recipient, [&](int x) {
            return std::find(joint->recipient.begin(), joint->recipient.end(), x) != joint->recipient.end();
          });
        }
      }
      out->push_back(std::move(e));
      if (joint) out->push_back(std::move(*joint));
      covered = end;
      fired.push_back({k, end, &p});
      if (!p.also) break;
    }
  }
  // "a ballistic missile launched from Yemen hits near the airport", "Russia
  // launches 450 drones ..., killing seven": a weapon fired in an attack told
  // in the same sentence is that attack, not a show of force or a test.
  // ("test-fired a new cruise missile …, weeks after a 12-day war with
  // Israel in which Iran's missile sites were heavily struck": not an attack
  // told as the time of the act, after "after", "since" or "in which".)
  const auto background_between = [&](uint32_t from, uint32_t to) {
    for (uint32_t j = from; j < to; ++j) {
      const std::string& w = v_.Lower(j);
      if (w == "after" || w == "since" || (w == "which" && j > 0 && v_.Lower(j - 1) == "in")) return true;
    }
    return false;
  };
  std::vector<uint32_t> attacks;  // the attacks' trigger tokens
  for (const Event& a : *out) {
    if (a.event == "ASSAULT") attacks.push_back(v_.TokenAt(a.trigger.begin));
  }
  std::erase_if(*out, [&](const Event& e) {
    if (e.event != "MOBILIZE" || e.mode != "weapons") return false;
    const uint32_t k = v_.TokenAt(e.trigger.begin);
    return std::any_of(attacks.begin(), attacks.end(), [&](uint32_t t) {
      return v_.SentenceOf(t) == e.sentence && !background_between(std::min(k, t), std::max(k, t));
    });
  });
  if (model_ != nullptr) AddLearned(out);
}

EventCoder::EventCoder(const DocumentView& view, const EventTypeModel* model)
    : v_(view), model_(model) {}

void SeizedShips(const DocumentView& v, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.event != "COERCE" || (e.mode != "arrest" && e.mode != "detain") || e.recipient.empty()) continue;
    const bool ships = std::all_of(e.recipient.begin(), e.recipient.end(), [&](int r) {
      return v.linking().entities[r].id.starts_with("vessel:");
    });
    if (!ships) continue;
    e.mode = "seize";
    e.cameo = "171";
  }
}

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
    // (A headline's act merged with the lead's is told as the lead tells it:
    // "…, the Danish military said".)
    if (it->modality == "asserted" && e.modality == "reported" && !it->attributed_to.empty()) it->modality = "reported";
    it->announced = it->announced || e.announced;
    if (e.sentence != it->sentence &&
        std::none_of(it->evidence.begin(), it->evidence.end(),
                     [&](const Evidence& x) { return x.sentence == e.sentence; })) {
      it->evidence.push_back({e.sentence, e.span, e.trigger});
    }
  }
  *events = std::move(out);
}

}  // namespace dossier::extract
