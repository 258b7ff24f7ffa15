// AddResponseTargets (context.h): a response reaches the actor of the act it
// answers ("Houthis struck the tanker … Liberia condemned the attack", "…
// welcomed the move"), and a demand for a release the state that holds them.
#include <algorithm>

#include "base/utf8.h"
#include "extract/context.h"

namespace dossier::extract {
namespace {

// How far back the answered act may be told (a denial often comes four
// sentences after the accusation).
constexpr uint32_t kSentencesBack = 5;
// How far back the words answered may be told ("The Russian embassy …
// dismissed the allegations" after quotes and reactions in between).
constexpr uint32_t kSpeechSentencesBack = 8;

// "Turkey, which backs the GNU, has accused the mission of targeting": a
// trigger whose object is a body named by its common noun (org_noun cues;
// or an armed group's, actor_noun cues: "accused the rebels") names whom it
// reaches, even when the linker found no body for the noun.
bool ObjectIsBodyNoun(const DocumentView& v, uint32_t trigger) {
  if (!v.Parsed(trigger)) return false;
  const text::Sentence& s = v.Sentence(v.SentenceOf(trigger));
  for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
    if (v.Head(k) == static_cast<int32_t>(trigger) && v.Dep(k) == "obj" && v.Upos(k) == "NOUN" &&
        v.linking().MentionAt(k) < 0 &&
        (v.cues().Has(link::CueKind::kOrgNoun, v.Lower(k)) || v.lexicon().HasCue(v.Lower(k), "actor_noun"))) {
      return true;
    }
  }
  return false;
}

bool IsResponse(const std::string& type) {
  return type == "ACCUSE" || type == "PROTEST" || type == "REJECT" || type == "SUPPORT";
}

// The head of the definite noun phrase right after the trigger ending at
// token `end` ("the attack", "these drone strikes"), or -1.
int32_t AnsweredNoun(const DocumentView& v, uint32_t end) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(end > 0 ? end - 1 : 0));
  // ("said it \"firmly opposes\" the move": past the quote's close.)
  if (int len = 0; end < s.token_end && !v.Word(end).empty() &&
                   base::IsQuote(base::DecodeUtf8(v.Word(end), 0, &len)) &&
                   static_cast<size_t>(len) == v.Word(end).size()) {
    ++end;
  }
  // ("condemns in the strongest terms these actions": past the manner.)
  if (end + 4 < s.token_end && v.Lower(end) == "in" && v.Lower(end + 1) == "the") {
    uint32_t terms = end + 2;
    while (terms < end + 4 && v.Upos(terms) == "ADJ") ++terms;
    if (v.Lower(terms) == "terms") end = terms + 1;
  }
  if (end + 1 >= s.token_end) return -1;
  const std::string& det = v.Lower(end);
  if (det != "the" && det != "this" && det != "these" && det != "those" && det != "that") return -1;
  // ("these dangerous and aggressive actions", "these politically motivated
  // listings": past describing words.)
  uint32_t first = end + 1;
  const auto describing = [&](uint32_t k) {
    return v.Upos(k) == "ADJ" || (v.Upos(k) == "VERB" && v.Lower(k).ends_with("ed") && v.Dep(k) == "amod");
  };
  while (first + 1 < s.token_end && first < end + 5 && v.StartsLower(first) &&
         (describing(first) || (first > end + 1 && v.Upos(first - 1) == "ADJ" && v.Lower(first) == "and") ||
          (v.Upos(first) == "ADV" && v.Lower(first).ends_with("ly") && describing(first + 1)))) {
    ++first;
  }
  // The last of up to three lower-case words: "the drone attack".
  uint32_t noun = first;
  while (noun + 1 < s.token_end && noun < first + 2 && v.StartsLower(noun + 1) && v.Upos(noun + 1) == "NOUN") ++noun;
  // ("the just demands of the people of Indonesia": the text names whose act;
  // but "the designation of Keremet Bank" names whom a sanction reaches.)
  const auto* readings = v.lexicon().EventsFor(v.Lower(noun));
  const auto listing = [](const EventPattern& p) { return p.noun && p.event == "SANCTION"; };
  const bool of_target = v.lexicon().HasCue(v.Lower(noun), "sanction_noun") ||
                         (readings != nullptr && std::any_of(readings->begin(), readings->end(), listing));
  if (!v.StartsLower(noun) || (noun + 1 < s.token_end && v.Lower(noun + 1) == "of" && !of_target)) return -1;
  return static_cast<int32_t>(noun);
}

// "The raid was condemned by governments across the region": the head of
// the definite subject ("the", a lower-case noun) of a passive response at
// `trigger`, or -1.
int32_t PassiveSubjectNoun(const DocumentView& v, uint32_t trigger) {
  if (!v.Parsed(trigger)) return -1;
  for (uint32_t c : v.Children(trigger)) {
    if (v.Dep(c) != "nsubj:pass" || c == 0 || v.Lower(c - 1) != "the" || !v.StartsLower(c) ||
        v.linking().MentionAt(c) >= 0) {
      continue;
    }
    return static_cast<int32_t>(c);
  }
  return -1;
}

// The event patterns the noun at `noun` names, the reading that answers
// first at the front; empty when it names none. A sanction's noun sets
// *sanction instead.
std::vector<const EventPattern*> AnsweredPatterns(const DocumentView& v, uint32_t noun, bool* sanction) {
  std::vector<const EventPattern*> out;
  // ("condemned the listings", "rejected the measures": a sanction's noun.)
  *sanction = v.lexicon().HasCue(v.Lower(noun), "sanction_noun");
  if (*sanction) return out;
  const auto* patterns = v.lexicon().EventsFor(v.Lower(noun));
  if (patterns == nullptr) return out;
  // ("rejected the criticism": an accusation answered.)
  for (const EventPattern& p : *patterns) {
    if (p.noun && p.rest.empty()) out.push_back(&p);
  }
  // ("condemned the killing": a verb's -ing form read as a noun names its act.)
  if (out.empty() && v.Lower(noun).ends_with("ing") && v.Upos(noun) == "NOUN") {
    for (const EventPattern& p : *patterns) {
      if (!p.noun && p.rest.empty() && p.needs.empty()) return {&p};
    }
  }
  return out;
}

// "condemned what it called China's “unsafe manoeuvres”": the one whose
// conduct a response names in the possessive after "what it called" (or
// "what they described as"); -1 when the words after the trigger ending at
// `end` are no such phrase.
int OwnerOfWhatItCalled(const DocumentView& v, uint32_t end) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(end > 0 ? end - 1 : 0));
  // ("expressed support for what it called …")
  if (end + 5 < s.token_end && v.Lower(end) == "for") ++end;
  if (end + 4 >= s.token_end || v.Lower(end) != "what") return -1;
  const std::string& pronoun = v.Lower(end + 1);
  if (pronoun != "it" && pronoun != "they" && pronoun != "he" && pronoun != "she" && pronoun != "we") return -1;
  const std::string& verb = v.Lower(end + 2);
  uint32_t k = end + 3;
  if (verb == "described" || verb == "characterised" || verb == "characterized") {
    if (v.Lower(k) != "as") return -1;
    ++k;
  } else if (verb != "called" && verb != "termed" && verb != "labelled" && verb != "labeled") {
    return -1;
  }
  // (Past an opening quotation mark and "the".)
  if (k < s.token_end && !base::HasLetter(v.Word(k))) ++k;
  const bool definite = k < s.token_end && v.Lower(k) == "the";
  if (definite) ++k;
  const int m = k < s.token_end ? v.linking().MentionAt(k) : -1;
  if (m < 0 || v.linking().mentions[m].token_begin != k) return -1;
  uint32_t after = v.linking().mentions[m].token_end;
  // ("the Moldovan authorities' determined action": a state's body named by
  // its demonym and a common noun.)
  if (definite && v.linking().mentions[m].type == "NORP" && after + 1 < s.token_end &&
      v.lexicon().HasCue(v.Lower(after), "state_body_noun")) {
    ++after;
  }
  // ("authorities'": a plural's bare apostrophe too.)
  int length = 0;
  const bool apostrophe = after < s.token_end && !v.Word(after).empty() &&
                          base::IsApostrophe(base::DecodeUtf8(v.Word(after), 0, &length)) &&
                          static_cast<size_t>(length) == v.Word(after).size();
  const bool plural_possessive = apostrophe && v.Lower(after - 1).ends_with("s");
  if (after >= s.token_end || (!base::IsPossessiveClitic(v.Lower(after)) && !plural_possessive)) return -1;
  return v.linking().mentions[m].entity;
}

// The word "release" (or "freeing") within the four words after the
// trigger ending at `end` ("demanded the immediate release of"), or -1.
int32_t ReleaseAfter(const DocumentView& v, uint32_t end) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(end > 0 ? end - 1 : 0));
  for (uint32_t k = end; k < s.token_end && k < end + 4; ++k) {
    const std::string& w = v.Lower(k);
    if (w == "release" || w == "freeing") return static_cast<int32_t>(k);
    if (v.Word(k) == "," || v.IsClauseBreak(k)) break;
  }
  return -1;
}

// "ECOWAS … demanded the immediate release of all political detainees" after
// "Guinea-Bissau's military rulers have detained …": a demand for a release
// is made of whoever holds them, the state that last arrested or detained
// in the sentences before; the release asked for is that state's too. ("…
// seized a tanker … Malta demanded its immediate release": a demand whose
// only recipients are the ones held is made of the holder too.)
void AddReleaseHolders(const DocumentView& v, std::vector<Event>* events) {
  for (size_t i = 0; i < events->size(); ++i) {
    Event& e = (*events)[i];
    if (e.event != "REQUEST" || e.actor.empty()) continue;
    const int32_t release = ReleaseAfter(v, TriggerEnd(v, e));
    if (release < 0) continue;
    // (A state, or an armed group, that holds them; whoever holds the ones
    // the demand names.)
    const Event* held = LatestActBefore(*events, e, kSentencesBack, [&](const Event& a) {
      if (a.event != "COERCE" || !a.cameo.starts_with("17")) return false;
      if (e.recipient.empty()) {
        return !a.actor.empty() && std::all_of(a.actor.begin(), a.actor.end(), [&](int x) {
                 const link::DocEntity& d = v.linking().entities[x];
                 return d.type == "Country" || d.type == "PublicBody" ||
                        (d.kb != nullptr && d.kb->sector == "armed_group");
               });
      }
      return !a.actor.empty() && std::all_of(e.recipient.begin(), e.recipient.end(), [&](int r) {
               return std::find(a.recipient.begin(), a.recipient.end(), r) != a.recipient.end();
             });
    });
    if (held == nullptr) continue;
    std::vector<int> holder;
    for (int x : held->actor) {
      if (std::find(e.actor.begin(), e.actor.end(), x) == e.actor.end()) holder.push_back(x);
    }
    if (holder.empty()) continue;
    e.recipient = holder;
    const size_t begin = v.seg().tokens[static_cast<uint32_t>(release)].begin;
    for (Event& r : *events) {
      if (r.event == "RETREAT" && r.trigger.begin == begin) r.actor = holder;
    }
  }
}

// "Eritrea accused Ethiopia of massing troops …, charges the Ethiopian
// government dismissed as baseless propaganda": a rejection told in a
// relative clause on a noun that sums up the claims before it (denied_noun
// cues) is by the one named between the noun and the verb, of the accuser in
// the sentence.
void AddDismissedCharges(const DocumentView& v, std::vector<Event>* events) {
  // (How many words may name the one dismissing.)
  constexpr uint32_t kMaxName = 6;
  for (Event& e : *events) {
    if (e.event != "REJECT") continue;
    const uint32_t trigger = v.TokenAt(e.trigger.begin);
    const uint32_t begin = v.Sentence(e.sentence).token_begin;
    uint32_t noun = trigger;
    while (noun > begin + 1 && trigger - noun <= kMaxName && !v.lexicon().HasCue(v.Lower(noun - 1), "denied_noun")) {
      --noun;
    }
    if (noun <= begin + 1 || trigger - noun > kMaxName || v.Word(noun - 2) != ",") continue;
    int dismissing = -1;
    for (uint32_t k = noun; k < trigger && dismissing < 0; ++k) {
      if (v.Upos(k) == "VERB" || v.Upos(k) == "AUX") break;
      const int m = v.linking().MentionAt(k);
      if (m >= 0) dismissing = v.linking().mentions[m].entity;
    }
    if (dismissing < 0) continue;
    const Event* accusation = LatestActBefore(*events, e, 0, [&](const Event& a) {
      return a.event == "ACCUSE" && std::find(a.actor.begin(), a.actor.end(), dismissing) == a.actor.end();
    });
    if (accusation == nullptr) continue;
    e.actor = {dismissing};
    e.recipient = accusation->actor;
  }
}

// "Kretov was arrested … by Cypriot authorities … at the request of the
// United States": an act done at another's request is that one's request
// (REQUEST) of the actor.
void AddRequestedActs(const DocumentView& v, std::vector<Event>* events) {
  // (How far after the trigger the request may be told.)
  constexpr uint32_t kMaxDistance = 14;
  const size_t n = events->size();
  for (size_t i = 0; i < n; ++i) {
    const Event e = (*events)[i];  // a copy: events grows below
    if (e.actor.empty() || e.event == "REQUEST") continue;
    const text::Sentence& s = v.Sentence(e.sentence);
    const uint32_t end = TriggerEnd(v, e);
    for (uint32_t k = end; k + 4 < s.token_end && k < end + kMaxDistance; ++k) {
      if (v.Lower(k) != "at" || v.Lower(k + 1) != "the" || v.Lower(k + 2) != "request" || v.Lower(k + 3) != "of") {
        continue;
      }
      const uint32_t at = v.Lower(k + 4) == "the" && k + 5 < s.token_end ? k + 5 : k + 4;
      const int m = v.linking().MentionAt(at);
      int by = m >= 0 && v.linking().mentions[m].token_begin == at ? v.linking().mentions[m].entity : -1;
      // ("at the request of President Salva Kiir": past a title.)
      if (const std::vector<int> titled = v.FirstItemIn(at, std::min(at + 4, s.token_end));
          by < 0 && m < 0 && titled.size() == 1 && v.linking().entities[titled.front()].type == "Person") {
        by = titled.front();
      }
      if (by < 0 || std::find(e.actor.begin(), e.actor.end(), by) != e.actor.end()) break;
      const base::Span trigger{v.seg().tokens[k + 2].begin, v.seg().tokens[k + 2].end};
      const bool told = std::any_of(events->begin(), events->end(), [&](const Event& r) {
        return r.event == "REQUEST" && r.trigger.begin == trigger.begin;
      });
      if (told) break;
      Event request = e;
      request.event = "REQUEST";
      request.mode.clear();
      request.cameo = "100";
      request.actor = {by};
      request.recipient = e.actor;
      request.trigger = trigger;
      events->push_back(std::move(request));
      break;
    }
  }
}

// The source the text credited most often for the acts it reported in
// the sentences up to `e` (the first on a tie), none of e's actors; -1 when
// none: "rejected the findings" answers a report's authors, not a voice
// quoted once in between.
int MostCreditedSource(const std::vector<Event>& events, const Event& e) {
  std::vector<std::pair<int, int>> credited;  // (source, times), first credited first
  for (const Event& a : events) {
    if (a.sentence > e.sentence || a.sentence + kSentencesBack < e.sentence || a.modality != "reported" ||
        (a.sentence == e.sentence && a.trigger.begin >= e.trigger.begin)) {
      continue;
    }
    for (int x : a.attributed_to) {
      if (std::find(e.actor.begin(), e.actor.end(), x) != e.actor.end()) continue;
      auto it = std::find_if(credited.begin(), credited.end(), [&](const auto& c) { return c.first == x; });
      if (it == credited.end()) credited.push_back({x, 1});
      else ++it->second;
    }
  }
  const auto most = std::max_element(credited.begin(), credited.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
  return most == credited.end() ? -1 : most->first;
}

// "the U.N. nuclear watchdog said in a confidential quarterly report …
// Iran's mission … rejected the findings": with no act credited to a source,
// the body named in the last sentence before `e` that speaks of a report
// (report_noun cues), the first one there other than e's actor; -1.
int LastReportAuthor(const DocumentView& v, const Event& e) {
  for (uint32_t si = e.sentence; si-- > 0 && si + kSpeechSentencesBack >= e.sentence;) {
    const text::Sentence& s = v.Sentence(si);
    bool report = false;
    for (uint32_t k = s.token_begin; k < s.token_end && !report; ++k) {
      report = v.StartsLower(k) && v.lexicon().HasCue(v.Lower(k), "report_noun");
    }
    if (!report) continue;
    for (const link::Mention& m : v.linking().mentions) {
      if (m.sentence != si || m.type != "ORG" || m.entity < 0) continue;
      // (Not the rejecting side's own body, nor an armed group the report
      // is about.)
      const link::DocEntity& body = v.linking().entities[m.entity];
      const bool own = std::any_of(e.actor.begin(), e.actor.end(), [&](int x) {
        return x == m.entity || (!body.country.empty() && v.linking().entities[x].country == body.country);
      });
      const bool armed = body.kb != nullptr && body.kb->sector == "armed_group";
      if (!own && !armed && (body.type == "Organization" || body.type == "PublicBody")) return m.entity;
    }
  }
  return -1;
}

// A denial naming no one: "has repeatedly accused the United Arab Emirates
// of arming the RSF, a charge Abu Dhabi denies" is made of the accuser (an
// accusation reaching the denier told just before in its sentence); "Last
// month the Lebanese cabinet tasked the army with …, a decision Hezbollah
// has rejected" of the one who acted first in the sentence (an act's noun
// before the subject of an object relative clause).
void AddDenialTargets(const DocumentView& v, std::vector<Event>* events) {
  for (Event& e : *events) {
    // ("has repeatedly accused France and neighbouring Benin of hosting
    // bases …, charges both countries deny": "both" who deny are those
    // accused just before, and the denial answers the accuser.)
    if (e.event == "REJECT") {
      const uint32_t k = v.TokenAt(e.trigger.begin);
      bool both = false;
      for (uint32_t j = k; j > v.Sentence(e.sentence).token_begin && k - j < 4 && !both;) {
        --j;
        both = v.Lower(j) == "both" || v.Lower(j) == "two";
      }
      const Event* accusation = nullptr;
      for (const Event& a : *events) {
        if (a.event == "ACCUSE" && a.sentence == e.sentence && a.trigger.begin < e.trigger.begin &&
            !a.actor.empty() && !a.recipient.empty()) {
          accusation = &a;
        }
      }
      // (The states the coder read as what is denied are the deniers; the
      // accuser, read as the subject, is none.)
      if (both && accusation != nullptr && (e.actor.empty() || e.actor == accusation->actor)) {
        const bool denied_read = !e.recipient.empty() && e.recipient != accusation->actor;
        e.actor = denied_read ? e.recipient : accusation->recipient;
        e.recipient = accusation->actor;
        continue;
      }
    }
    if (e.event != "REJECT" || e.actor.empty() || !e.recipient.empty()) continue;
    const Event* accusation = nullptr;
    for (const Event& a : *events) {
      if (a.event == "ACCUSE" && a.sentence == e.sentence && a.trigger.begin < e.trigger.begin && !a.actor.empty() &&
          SharesAny(e.actor, a.recipient) && (accusation == nullptr || a.trigger.begin > accusation->trigger.begin)) {
        accusation = &a;
      }
    }
    if (accusation != nullptr) {
      e.recipient = accusation->actor;
      continue;
    }
    const uint32_t begin = v.Sentence(e.sentence).token_begin;
    uint32_t k = v.TokenAt(e.trigger.begin);
    while (k > begin && (v.Lower(k - 1) == "has" || v.Lower(k - 1) == "have" || v.Lower(k - 1) == "had")) --k;
    const int m = k > begin ? v.linking().MentionAt(k - 1) : -1;
    if (m < 0 || v.linking().mentions[m].token_end != k) continue;
    uint32_t noun = v.linking().mentions[m].token_begin;
    // ("…, a condition the Defense Ministry rejected": past the name's article.)
    if (noun > begin && v.Lower(noun - 1) == "the") --noun;
    if (noun < begin + 3 || !v.lexicon().HasCue(v.Lower(noun - 1), "act_noun") ||
        (v.Lower(noun - 2) != "a" && v.Lower(noun - 2) != "the") || v.Word(noun - 3) != ",") {
      continue;
    }
    for (const Event& a : *events) {
      if (a.sentence == e.sentence && a.trigger.begin < e.trigger.begin && !a.actor.empty() &&
          !IsResponse(a.event) && a.actor != e.actor) {
        e.recipient = a.actor;
        break;
      }
    }
    // (No act coded there: the subject of the sentence's first verb.)
    for (uint32_t verb = begin; e.recipient.empty() && verb + 3 < noun; ++verb) {
      if (v.Upos(verb) != "VERB") continue;
      std::vector<int> subject = v.SubjectBefore(verb);
      std::erase_if(subject, [&](int x) { return std::find(e.actor.begin(), e.actor.end(), x) != e.actor.end(); });
      e.recipient = std::move(subject);
      break;
    }
  }
}

// Whether two actors are one side: the same, or a person and the state he
// speaks for ("Kim Yo Jong … warned that Pyongyang would take
// countermeasures").
bool SameSide(const DocumentView& v, const std::vector<int>& a, const std::vector<int>& b) {
  if (a == b) return true;
  if (a.size() != 1 || b.size() != 1) return false;
  const link::DocEntity& x = v.linking().entities[a.front()];
  const link::DocEntity& y = v.linking().entities[b.front()];
  const bool person_and_state =
      (x.type == "Person" && y.type == "Country") || (x.type == "Country" && y.type == "Person");
  return person_and_state && !x.country.empty() && x.country == y.country;
}

// "KCNA condemned the launch as … and said Pyongyang would take
// countermeasures", "seized a foreign tanker …, accusing it of smuggling",
// "summoned China's deputy ambassador to lodge a protest": an accusation, a
// threat, a demand or a rejection told with another act of the same actor,
// naming no one, is made of the one that act reaches (the nearest such act in
// the sentence).
void ShareRecipientsOfSameActor(const DocumentView& v, std::vector<Event>* events) {
  for (Event& e : *events) {
    // ("asked Maduro for the prisoners' release in a phone call": and a
    // phone call so told is with the one that act reaches.)
    const bool phone = e.event == "CONSULT" && e.mode == "phone";
    if ((e.event != "THREATEN" && e.event != "REQUEST" && e.event != "ACCUSE" && e.event != "REJECT" && !phone) ||
        e.actor.empty() || !e.recipient.empty() || ObjectIsBodyNoun(v, v.TokenAt(e.trigger.begin))) {
      continue;
    }
    const Event* nearest = nullptr;
    const auto distance = [&](const Event& r) {
      return r.trigger.begin > e.trigger.begin ? r.trigger.begin - e.trigger.begin : e.trigger.begin - r.trigger.begin;
    };
    for (const Event& r : *events) {
      if (&r == &e || r.sentence != e.sentence || r.recipient.empty() || !SameSide(v, r.actor, e.actor)) {
        continue;
      }
      if (nearest == nullptr || distance(r) < distance(*nearest)) nearest = &r;
    }
    if (nearest != nullptr) e.recipient = nearest->recipient;
  }
}

// "Algeria's foreign ministry hit back, calling the remarks …", "dismissed
// the allegations": a response naming no one yet, whose object is what
// another party said (speech_act_noun cues), reaches the actor of the last
// verbal act of another told before, further back than a deed may be.
void AddSpokenTargets(const DocumentView& v, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (!IsResponse(e.event) || e.actor.empty() || !e.recipient.empty()) continue;
    const int32_t noun = AnsweredNoun(v, TriggerEnd(v, e));
    if (noun < 0 || !v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(noun)), "speech_act_noun")) continue;
    // ("rejected the accusations": an accusation's, not the last words said.)
    const std::string& n = v.Lower(static_cast<uint32_t>(noun));
    const bool charge = n.starts_with("accusation") || n.starts_with("allegation") || n.starts_with("charge");
    const auto said_by = [&](bool accusation_only) {
      return LatestActBefore(*events, e, kSpeechSentencesBack, [&](const Event& a) {
        const bool verbal = a.event == "ACCUSE" || (!accusation_only && (a.event == "THREATEN" ||
                                                                         a.event == "REQUEST" || a.event == "REJECT"));
        return verbal && a.modality != "negated" && a.modality != "hypothetical" && !SharesAny(a.actor, e.actor);
      });
    };
    // (Else, as for remarks, the last words of another.)
    const Event* said = charge ? said_by(true) : nullptr;
    if (said == nullptr) said = said_by(false);
    if (said != nullptr) e.recipient = said->actor;
  }
}

// The body named in the title before a person ("Taliban government
// spokesman Hamdullah Faizi", "Algeria's foreign ministry spokesman X"): the
// name that ends at most two lower-case words before the title; -1 when no
// titled mention of the person has one.
int TitledBodyOf(const DocumentView& v, int person) {
  constexpr uint32_t kMaxWordsBetween = 2;
  const link::Linking& linking = v.linking();
  for (const link::Mention& m : linking.mentions) {
    if (m.entity != person || m.title_token < 0) continue;
    const uint32_t begin = v.Sentence(m.sentence).token_begin;
    uint32_t k = static_cast<uint32_t>(m.title_token);
    while (k > begin && k + kMaxWordsBetween > static_cast<uint32_t>(m.title_token) && v.StartsLower(k - 1)) --k;
    if (k > begin && v.IsPossessiveMark(k - 1)) --k;
    const int body = k > begin ? linking.MentionAt(k - 1) : -1;
    if (body >= 0 && linking.mentions[body].entity >= 0 && linking.mentions[body].type != "PERSON") {
      return linking.mentions[body].entity;
    }
  }
  return -1;
}

// "Pakistan accused Kabul of sheltering the militants … Kabul denies the
// charge", "Kallisto denied that any of its ships had called at Israeli
// ports": a denial naming no one (denial_verb cues), or a rejection of what
// was said (speech_act_noun or denied_noun cues: "rejected the criticism"),
// answers the last accusation of the denier's side (or of the body a
// spokesman's title names) by another. A rejected claim, or a denied clause,
// with no accusation before it answers the last one of another side who said
// or claimed something in the sentences before ("Russia's Defence Ministry
// claimed its forces had struck … Shevchuk rejected the claim").
void AddAccusersOfDenier(const DocumentView& v, std::vector<Event>* events) {
  // (How far back the claim rejected may be told.)
  constexpr uint32_t kClaimSentencesBack = 3;
  const std::vector<link::DocEntity>& entities = v.linking().entities;
  for (Event& e : *events) {
    if (e.event != "REJECT" || e.actor.empty() || !e.recipient.empty()) continue;
    const uint32_t trigger = v.TokenAt(e.trigger.begin);
    const int32_t noun = AnsweredNoun(v, TriggerEnd(v, e));
    const bool words = noun >= 0 && (v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(noun)), "speech_act_noun") ||
                                      v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(noun)), "denied_noun"));
    const bool denial = v.lexicon().HasCue(v.Lower(trigger), "denial_verb");
    if (!words && !denial) continue;
    // (A spokesman speaks for the body his title names: "Taliban government
    // spokesman Hamdullah Faizi denied" answers what was said of the
    // Taliban.)
    std::vector<int> sides = e.actor;
    for (int a : e.actor) {
      if (const int body = entities[a].type == "Person" ? TitledBodyOf(v, a) : -1; body >= 0) sides.push_back(body);
    }
    const auto denier_side = [&](int x) {
      return std::any_of(sides.begin(), sides.end(), [&](int a) { return extract::SameSide(entities, a, x); });
    };
    const Event* accusation = LatestActBefore(*events, e, kSpeechSentencesBack, [&](const Event& a) {
      return a.event == "ACCUSE" && a.modality != "negated" && a.modality != "hypothetical" &&
             std::none_of(a.actor.begin(), a.actor.end(), denier_side) &&
             std::any_of(a.recipient.begin(), a.recipient.end(), denier_side);
    });
    if (accusation != nullptr) {
      e.recipient = accusation->actor;
      continue;
    }
    // ("Kallisto denied that any of its ships had called at Israeli ports":
    // a denial of a clause answers what another claimed.)
    if (!words && !(denial && v.ThatAfter(TriggerEnd(v, e), 1) > 0)) continue;
    for (uint32_t si = e.sentence + 1; si-- > 0 && si + kClaimSentencesBack >= e.sentence && e.recipient.empty();) {
      const text::Sentence& s = v.Sentence(si);
      for (uint32_t k = si == e.sentence ? trigger : s.token_end; k-- > s.token_begin;) {
        if (v.Upos(k) != "VERB" || (!v.lexicon().HasCue(v.Lower(k), "speech_verb") &&
                                    !v.lexicon().HasCue(v.Lower(k), "claim_verb"))) {
          continue;
        }
        std::vector<int> subject = v.SubjectBefore(k);
        if (subject.empty() || std::any_of(subject.begin(), subject.end(), denier_side)) continue;
        e.recipient = std::move(subject);
        break;
      }
    }
  }
}

}  // namespace

void AddResponseTargets(const DocumentView& v, std::vector<Event>* events) {
  for (size_t i = 0; i < events->size(); ++i) {
    Event& e = (*events)[i];
    // (A recipient found further on is overridden: "condemned the launch as
    // a violation of U.N. Security Council resolutions".)
    // ("warned that the allied drills … would be met with countermeasures":
    // a threat over an act told before is made of that act's actor.)
    const uint32_t end = TriggerEnd(v, e);
    const uint32_t that = e.event == "THREATEN" && e.recipient.empty() ? v.ThatAfter(end, 4) : 0;
    const bool threat_over_act = that > 0;
    if ((!IsResponse(e.event) && !threat_over_act) || e.actor.empty()) continue;
    if (const int owner = OwnerOfWhatItCalled(v, end);
        owner >= 0 && std::find(e.actor.begin(), e.actor.end(), owner) == e.actor.end()) {
      e.recipient = {owner};
      continue;
    }
    int32_t noun = AnsweredNoun(v, threat_over_act ? that + 1 : end);
    if (noun < 0 && !threat_over_act) noun = PassiveSubjectNoun(v, v.TokenAt(e.trigger.begin));
    if (noun < 0) continue;
    // ("Rwandan government spokeswoman Yolande Makolo rejected the
    // findings": what a report found is its authors', the sources the text
    // credited for the last reported act.)
    if (const std::string& n = v.Lower(static_cast<uint32_t>(noun));
        !threat_over_act && (n == "findings" || n == "conclusions" || v.lexicon().HasCue(n, "report_noun"))) {
      if (int source = MostCreditedSource(*events, e); source >= 0 || (source = LastReportAuthor(v, e)) >= 0) {
        e.recipient = {source};
        continue;
      }
    }
    // "criticised the trial", "condemned the verdict": a court's act
    // (judicial_noun cues) is the state's that charged, convicted or jailed.
    const bool judicial = v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(noun)), "judicial_noun");
    bool sanction = false;
    const std::vector<const EventPattern*> patterns =
        judicial ? std::vector<const EventPattern*>() : AnsweredPatterns(v, static_cast<uint32_t>(noun), &sanction);
    const std::string type = sanction ? "SANCTION" : !patterns.empty() ? patterns[0]->event : std::string();
    // "welcomed the move", "rejected the decision": the last act told as
    // done (act_noun cues), not a response, a meeting or an attack.
    const bool any_act =
        type.empty() && !judicial && v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(noun)), "act_noun");
    if (type.empty() && !judicial && !any_act) continue;
    // ("condemned the launch" after a launch and then drills, "the allied
    // drills" after exercises: an act of one of the noun's own readings, of
    // its CAMEO code, first.)
    // (An act told as done: not one that "may" have been, nor one planned.)
    const auto told_done = [](const Event& a) { return a.modality == "asserted" || a.modality == "reported"; };
    // (One whose actor the text names: "The sanctions freeze any assets"
    // tells of the sanctions again.)
    // (Of its mode first, as far back as words answered may be: "called the
    // seizure unlawful" after the seizure and a confiscation told as its
    // background.)
    const auto reading_of = [&](bool same_mode) {
      return LatestActBefore(*events, e, same_mode ? kSpeechSentencesBack : kSentencesBack, [&](const Event& a) {
        return told_done(a) && !a.actor.empty() &&
               std::any_of(patterns.begin(), patterns.end(), [&](const EventPattern* p) {
                 return a.event == p->event && a.cameo == p->cameo && (!same_mode || a.mode == p->mode);
               });
      });
    };
    const Event* answered = reading_of(/*same_mode=*/true);
    if (answered == nullptr) answered = reading_of(/*same_mode=*/false);
    // (A condemnation answers a hostile act first: "condemns these dangerous
    // actions" after a ramming told with the supplies its target delivered.)
    const bool condemned = e.event == "ACCUSE" || e.event == "PROTEST";
    if (answered == nullptr && any_act && condemned) {
      answered = LatestActBefore(*events, e, kSentencesBack, [&](const Event& a) {
        const bool hostile = a.event == "ASSAULT" || a.event == "COERCE" || a.event == "MOBILIZE";
        return hostile && !SharesAny(a.actor, e.actor) && told_done(a);
      });
    }
    if (answered == nullptr) {
      answered = LatestActBefore(*events, e, kSentencesBack, [&](const Event& a) {
        if (any_act) {
          // (Not the responder's own act: "had dispatched its own aircraft
          // … 'We condemn this irrational provocation'".)
          // (Nor a threat: words, not a move.)
          return !SharesAny(a.actor, e.actor) && !IsResponse(a.event) && a.event != "CONSULT" &&
                 a.event != "ASSAULT" && a.event != "THREATEN" && a.modality == "asserted";
        }
        if (!judicial) return a.event == type && told_done(a) && !a.actor.empty();
        return (a.event == "ACCUSE" || a.event == "SANCTION" || a.event == "COERCE") && ActsForState(v, a);
      });
    }
    // ("We condemn this irrational provocation": a noun for any act, though
    // it names an act of its own too, stands for the last act of another.)
    if (answered == nullptr && !any_act && !judicial &&
        v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(noun)), "act_noun")) {
      answered = LatestActBefore(*events, e, kSentencesBack, [&](const Event& a) {
        return !SharesAny(a.actor, e.actor) && !IsResponse(a.event) && a.event != "CONSULT" &&
               a.modality == "asserted";
      });
    }
    if (answered == nullptr) continue;
    std::vector<int> to;
    // (Not a place read as an actor: "the decisions at San Francisco"; nor
    // one of the responder's own state.)
    // ("Azerbaijan's foreign ministry condemned the deal" Armenia signed with
    // France: an agreement or cooperation answered is both sides'.)
    const bool joint = answered->event == "AGREE" || answered->event == "COOPERATE";
    std::vector<int> parties = answered->actor;
    if (joint) AddUnique(&parties, answered->recipient);
    for (int x : parties) {
      if (std::find(e.actor.begin(), e.actor.end(), x) == e.actor.end() &&
          v.linking().entities[x].type != "Location" && !SameSide(v.linking().entities, e.actor[0], x)) {
        to.push_back(x);
      }
    }
    if (!to.empty()) e.recipient = std::move(to);
  }
  ShareRecipientsOfSameActor(v, events);
  AddDenialTargets(v, events);
  AddSpokenTargets(v, events);
  AddAccusersOfDenier(v, events);
  ShareRecipientsOfSameActor(v, events);  // (again, for those found since)
  AddReleaseHolders(v, events);
  AddDismissedCharges(v, events);
  AddRequestedActs(v, events);
}

}  // namespace dossier::extract
