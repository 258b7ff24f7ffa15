// Whether a trigger fires where it stands: the rest of a multi-word trigger,
// the context words it needs (near it or hanging on it in the parse), the noun
// or verb reading of its word (the tagger's part of speech and what stands
// around it), passives, and names the tagger missed. Part of EventCoder
// (event_coder.h); whether what fired is news is news_context.cc.
#include <algorithm>

#include "base/utf8.h"
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
  // ("stood firmly behind", "called publicly for": a verb's adverb in -ly
  // before its particle.)
  // (Not before a negation: "would probably not" is no refusal.)
  const bool negation =
      !p.rest.empty() && (p.rest.front() == "not" || p.rest.front() == "n't" || p.rest.front() == "never");
  if (!p.noun && !p.rest.empty() && !negation && j + 1 < s.token_end && v_.Lower(j) != p.rest.front() &&
      v_.Lower(j).size() > 4 && v_.Lower(j).ends_with("ly") && v_.StartsLower(j) && v_.Lower(j + 1) == p.rest.front()) {
    ++j;
  }
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
  if (NeedsMetNearby(p, k, end, before_parse)) return true;
  // "sentences former Aviation Industry Corporation chairperson Tan Ruisong to
  // death": a long object pushes the needed word out of the window, but the
  // parse hangs it on the trigger. Before parsing, any later word of the
  // sentence may turn out to be such a dependent.
  // ("added two Somali businessmen and their money transfer firm, Hodan
  // Express Remittance, to its sanctions list": every group so.)
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  const auto hangs = [&](const std::vector<std::string>& group) {
    // ("The listings, adopted by EU foreign ministers meeting in
    // Luxembourg, target X": the trigger's subject, however far before.)
    // (Before parsing, any word before may turn out to be that subject.)
    for (uint32_t j = s.token_begin; j < k; ++j) {
      if ((before_parse || (v_.Head(j) == static_cast<int32_t>(k) && v_.Dep(j).starts_with("nsubj"))) &&
          std::find(group.begin(), group.end(), v_.Lower(j)) != group.end()) {
        return true;
      }
    }
    for (uint32_t j = end; j < s.token_end; ++j) {
      if (std::find(group.begin(), group.end(), v_.Lower(j)) == group.end() || AtOfAmountOrTime(j)) continue;
      if (before_parse) return true;
      // Up the parse to the trigger, within its clause (no other verb between;
      // but "charged the chief executive of a trader with exporting …": a
      // gerund the needed word introduces, hung on the object, is no clause
      // of its own).
      int32_t head = v_.Head(j);
      const bool introduces = head >= 0 && v_.Dep(j) == "mark" && v_.Dep(static_cast<uint32_t>(head)) == "acl" &&
                              v_.Lower(static_cast<uint32_t>(head)).ends_with("ing");
      for (int depth = 0; depth < 5 && head >= 0; ++depth) {
        if (head == static_cast<int32_t>(k)) return true;
        if (v_.Upos(static_cast<uint32_t>(head)) == "VERB" && !(introduces && depth == 0)) break;
        head = v_.Head(static_cast<uint32_t>(head));
      }
    }
    return false;
  };
  return std::all_of(p.needs.begin(), p.needs.end(), hangs);
}

// "at least two missiles", "at around 7:40 a.m.", "at dawn": an "at" that
// counts or times, not one that names a target.
bool EventCoder::AtOfAmountOrTime(uint32_t j) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(j));
  if (v_.Lower(j) != "at" || j + 1 >= s.token_end) return false;
  static constexpr std::string_view kCounting[] = {"least", "most", "about", "around", "roughly", "approximately",
                                                   "dawn", "midnight", "noon", "night", "nightfall", "daybreak"};
  const std::string_view next = v_.Lower(j + 1);
  return std::find(std::begin(kCounting), std::end(kCounting), next) != std::end(kCounting) ||
         !base::HasLetter(v_.Word(j + 1));
}

bool EventCoder::NeedsMetNearby(const EventPattern& p, uint32_t k, uint32_t end, bool before_parse) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  uint32_t from = k > s.token_begin + 5 ? k - 5 : s.token_begin;
  const auto has = [](const std::vector<std::string>& group, std::string_view w) {
    return std::find(group.begin(), group.end(), w) != group.end();
  };
  const bool passive_by = k > s.token_begin && end < s.token_end && v_.Lower(end) == "by" &&
                          v_.lexicon().HasCue(v_.Lower(k - 1), "be_aux");
  // The first group is looked for near the trigger, later ones ("launch
  // drones ... at Kyiv") anywhere in the twelve words after it.
  const auto met = [&](const std::vector<std::string>& group, uint32_t start, uint32_t to) {
    if (has(group, "@object") && end < s.token_end && NamedObjectAt(end)) return true;
    if (has(group, "@sanctions-so-far") && SanctionsSpokenOfBefore(k)) return true;
    if (has(group, "@passive-target") && PassiveTargetNamed(k, end)) return true;
    if (has(group, "@courtesy-call") && CourtesyCall(end)) return true;
    // ("said Moscow would respond.", "would respond if …": the verb ends its
    // clause.)
    if (has(group, "@clause-end") && (end >= s.token_end || v_.IsClauseBreak(end) || v_.Word(end) == "." ||
                                      v_.Lower(end) == "if" || v_.Lower(end) == "should")) {
      return true;
    }
    if (has(group, "@target-before") && TargetBefore(k, before_parse)) return true;
    for (uint32_t j = start; j < to; ++j) {
      if (j >= k && j < end) continue;
      if (has(group, v_.Lower(j)) && !AtOfAmountOrTime(j)) return true;
      const int m = v_.linking().MentionAt(j);
      if (m < 0) continue;
      const std::string& type = v_.linking().mentions[m].type;
      if (has(group, "@place") && (type == "GPE" || type == "LOC")) return true;
      if (has(group, "@person") && type == "PERSON") return true;
      // An organisation named after the trigger, its object ("designated
      // Qods Aviation Industries"), not the body before it that acts.
      if (has(group, "@org") && type == "ORG" && j >= end) return true;
      // A company or person a passive trigger with a "by" agent is about
      // ("Meridian Trading was designated by Britain").
      if (has(group, "@target-before") && passive_by && j < k && (type == "ORG" || type == "PERSON")) return true;
    }
    return false;
  };
  // The window counts words outside names: "sentences former Inter-Services
  // Intelligence director general Faiz Hameed to 14 years" is a long name, not
  // a long way; nor is an amount ("to pay 14.3 billion kr (US$1.5 billion) in
  // damages": numbers, signs and brackets are not counted, commas are).
  const auto window_end = [&](uint32_t words) {
    uint32_t j = end;
    for (uint32_t counted = 0; j < s.token_end && counted < words; ++j) {
      const std::string_view w = v_.Word(j);
      // ("gave a different account, saying Thai troops had attacked": what
      // is said is another clause.)
      if (j > end && v_.lexicon().HasCue(v_.Lower(j), "speech_verb")) break;
      const bool amount = !base::HasLetter(w) && w != "," && w != ";" && w != ":";
      // ("its Tayfun short-range ballistic missile": a word a hyphen joins to
      // the one before is part of it; "an upgraded, longer-range version of
      // its Type-12 missile": a possessive, and a comma between two
      // describing words, add no distance.)
      const bool possessive = DocumentView::IsPossessivePronoun(v_.Lower(j));
      const bool listed = w == "," && j > end && j + 1 < s.token_end && v_.Upos(j - 1) == "ADJ" &&
                          v_.Upos(j + 1) == "ADJ";
      if (v_.linking().MentionAt(j) < 0 && !amount && !v_.HyphenJoined(j) && !possessive && !listed) ++counted;
    }
    return j;
  };
  for (size_t g = 0; g < p.needs.size(); ++g) {
    if (!met(p.needs[g], g == 0 ? from : end, window_end(g == 0 ? 8 : 12))) return false;
  }
  return true;
}

bool EventCoder::NamedObjectAt(uint32_t j) const {
  if (j >= v_.seg().tokens.size()) return false;  // (a trigger that ends the text)
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(j));
  // ("listed Colonel Ihar Dzemyanchuk": a title before the name;
  // "designated Chinese national Liu Guanghua": a nationality and its noun.)
  constexpr uint32_t kMaxBefore = 3;
  for (uint32_t t = j; t < s.token_end && t <= j + kMaxBefore; ++t) {
    const int m = v_.linking().MentionAt(t);
    if (m < 0) {
      if (t > j && !v_.StartsLower(t)) return false;
      continue;
    }
    const link::Mention& mention = v_.linking().mentions[m];
    if (mention.type == "NORP") {
      t = mention.token_end - 1;
      continue;
    }
    return mention.type == "ORG" || mention.type == "PERSON";
  }
  return false;
}

bool EventCoder::PassiveTargetNamed(uint32_t k, uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  const auto be = [&](uint32_t j) { return j < s.token_end && v_.lexicon().HasCue(v_.Lower(j), "be_aux"); };
  // "Also designated were X": the subject after the auxiliary.
  if ((k == s.token_begin || (k == s.token_begin + 1 && v_.Lower(k - 1) == "also")) && be(end)) {
    return NamedObjectAt(end + 1);
  }
  // "X was (also) designated", "His brother, X, was designated": the
  // sentence's first name, before any verb, is the subject.
  uint32_t aux = k;
  if (aux > s.token_begin && v_.Upos(aux - 1) == "ADV") --aux;
  if (aux == s.token_begin || !be(aux - 1)) return false;
  for (uint32_t j = s.token_begin; j + 1 < aux && v_.Upos(j) != "VERB" && v_.Upos(j) != "AUX"; ++j) {
    const int m = v_.linking().MentionAt(j);
    if (m < 0) continue;
    const std::string& type = v_.linking().mentions[m].type;
    return type == "ORG" || type == "PERSON";
  }
  return false;
}

bool EventCoder::CourtesyCall(uint32_t end) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(end > 0 ? end - 1 : 0));
  if (end >= s.token_end) return false;
  uint32_t j = end;
  // (Past a title the linker left out of the name.)
  while (j + 1 < s.token_end && j < end + 3 && v_.linking().MentionAt(j) < 0 && !v_.StartsLower(j)) ++j;
  const int named = v_.linking().MentionAt(j);
  if (named < 0 || v_.linking().mentions[named].type != "PERSON") return false;
  for (uint32_t a = v_.linking().mentions[named].token_end; a < s.token_end; ++a) {
    if (v_.IsClauseBreak(a) || v_.Lower(a) == "and") break;
    if (v_.Lower(a) == "to" || v_.Lower(a) == "for") return false;
  }
  return true;
}

bool EventCoder::TargetBefore(uint32_t k, bool before_parse) const {
  // (Before parsing, any "that" or "which" shortly before may open such a
  // clause; the parse decides.)
  if (!before_parse) {
    const int about = ObjectRelativeAntecedent(k);
    if (about < 0) return false;
    const std::string& type = v_.linking().entities[about].type;
    return type != "Country" && type != "Location";
  }
  const uint32_t begin = v_.Sentence(v_.SentenceOf(k)).token_begin;
  for (uint32_t j = k; j > begin && k - j < 6;) {
    --j;
    if (v_.Lower(j) == "that" || v_.Lower(j) == "which") return true;
  }
  return false;
}

bool EventCoder::SanctionsSpokenOfBefore(uint32_t k) const {
  for (uint32_t j = 0; j < k; ++j) {
    const std::string& w = v_.Lower(j);
    if (w == "measures") {
      if (j > 0 && v_.Lower(j - 1) == "restrictive") return true;
    } else if (w == "sanctioned" || v_.lexicon().HasCue(w, "sanction_noun")) {
      return true;
    }
  }
  return false;
}

bool EventCoder::NameAfterPreposition(uint32_t k) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  if (k == s.token_begin) return false;
  const int m = v_.linking().MentionAt(k - 1);
  if (m < 0) return false;
  const uint32_t b = v_.linking().mentions[m].token_begin;
  if (b == s.token_begin) return false;
  // (After "after", "before", "since" or "until" a clause may start: "after
  // U.S. strikes damaged the towers".)
  const std::string& before = v_.Lower(b - 1);
  return IsPreposition(before) && before != "after" && before != "before" && before != "since" &&
         before != "until";
}

// A word that can be a noun or a verb ("visit", "test", "attack") reads as a
// verb after its subject (a name, a pronoun), an auxiliary, an -ly adverb, a
// comma or a clause break; anywhere else ("a possible terrorist attack",
// "North Korea's missile test") it is a noun.
bool EventCoder::NounContext(uint32_t k, const EventPattern& p) const {
  (void)p;
  const std::string_view tag = v_.Upos(k);
  if (tag == "VERB" || HyphenVerbCompound(k)) return false;
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  if (k == s.token_begin) return true;
  const std::string& prev = v_.Lower(k - 1);
  int m = v_.linking().MentionAt(k - 1);
  if (m >= 0) return v_.linking().mentions[m].type == "NORP" || NameAfterPreposition(k);
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

bool EventCoder::HyphenVerbCompound(uint32_t k) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  return k + 2 < s.token_end && v_.HyphenJoined(k + 2) &&
         (v_.Upos(k + 2) == "VERB" || v_.lexicon().LooksLikePast(v_.Lower(k + 2)));
}

// Whether the -ing word at k is coordinated with an -ing word that follows a
// comma ("…, killing five and arresting 19"): by the parse when there is one,
// else by position within the clause.
bool EventCoder::JoinedToParticipleClause(uint32_t k) const {
  const auto opens_clause = [&](uint32_t j) {
    return j > 0 && v_.Lower(j).size() > 4 && v_.StartsLower(j) && v_.Lower(j).ends_with("ing") &&
           v_.Word(j - 1) == ",";
  };
  if (v_.Parsed(k)) {
    const int32_t head = v_.Head(k);
    return v_.Dep(k) == "conj" && head >= 0 && static_cast<uint32_t>(head) < k &&
           opens_clause(static_cast<uint32_t>(head));
  }
  const uint32_t begin = v_.Sentence(v_.SentenceOf(k)).token_begin;
  for (uint32_t j = k - 1; j > begin && k - j < 10;) {
    --j;
    if (opens_clause(j)) return true;
    if (v_.Word(j) == "," || v_.IsClauseBreak(j)) return false;
  }
  return false;
}

bool EventCoder::ContinuesAllegation(uint32_t k) const {
  const uint32_t begin = v_.Sentence(v_.SentenceOf(k)).token_begin;
  for (uint32_t j = k; j > begin + 1 && k - j < 20;) {
    --j;
    if (v_.Lower(j) != "of" || j + 1 >= k || !v_.Lower(j + 1).ends_with("ing")) continue;
    // The accusing verb within six words before "of".
    for (uint32_t a = j; a > begin && j - a < 6;) {
      --a;
      const std::vector<EventPattern>* patterns = v_.lexicon().EventsFor(v_.Lower(a));
      if (patterns != nullptr && std::any_of(patterns->begin(), patterns->end(), [](const EventPattern& q) {
            return !q.noun && q.rest.empty() && q.event == "ACCUSE";
          })) {
        return true;
      }
    }
    return false;
  }
  return false;
}

bool EventCoder::AfterAspectVerb(uint32_t k) const {
  return k > v_.Sentence(v_.SentenceOf(k)).token_begin && v_.Lower(k).ends_with("ing") &&
         v_.lexicon().HasCue(v_.Lower(k - 1), "aspect_verb");
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
  // ("accused Ethiopia of massing troops … for an attempt to seize the port":
  // an infinitive in what an accusation alleges is alleged, not done.)
  if (k > s.token_begin && v_.Lower(k - 1) == "to" && ContinuesAllegation(k)) return false;
  // "they have retaken control": nor is a participle after a perfect "have".
  const bool perfect = k > s.token_begin && v_.lexicon().LooksLikeParticiple(v_.Lower(k)) &&
                       (v_.Lower(k - 1) == "have" || v_.Lower(k - 1) == "has" || v_.Lower(k - 1) == "had");
  // ("is considering suspending ties": nor an -ing form after a verb of
  // aspect or deliberation, aspect_verb cues.)
  const bool nominal = (tag == "NOUN" || tag == "PROPN" || tag == "ADJ") && !perfect && !AfterAspectVerb(k) &&
                       !(tag == "NOUN" && v_.lexicon().LooksLikePast(v_.Lower(k))) && !HyphenVerbCompound(k);
  // "Radev resigns", and "four ministers resign": a plural actor noun before
  // a bare verb form (a singular one, "court sentences", stays ambiguous).
  const bool plural_actor = k > s.token_begin && v_.Lower(k - 1).ends_with("s") &&
                            !v_.Lower(k).ends_with("s") &&
                            v_.lexicon().HasCue(v_.Lower(k - 1), "actor_noun");
  // "The Zhelyazkov Government resigns": a singular actor noun before an -s
  // form that no noun trigger shares ("resigns", "condemns"; "sentences" or
  // "attacks" read as nouns stay ambiguous).
  const bool singular_actor = k > s.token_begin && !v_.Lower(k - 1).ends_with("s") &&
                              v_.Lower(k).ends_with("s") && !NounForm(k) &&
                              v_.lexicon().HasCue(v_.Lower(k - 1), "actor_noun");
  // "Governor Hamad Khalifa, …, resigns": an -s form no noun trigger shares
  // right after a person's name closed by a comma (an apposition before it).
  const bool after_apposition = k > s.token_begin + 1 && v_.Word(k - 1) == "," &&
                                v_.Lower(k).ends_with("s") && !NounForm(k) && [&] {
                                  const int m = v_.linking().MentionAt(k - 2);
                                  return m >= 0 && v_.linking().mentions[m].type == "PERSON";
                                }();
  // "strikes against Houthi targets": a name after a preposition is no
  // subject of a word the tagger read as a noun.
  const bool name_in_phrase = nominal && NameAfterPreposition(k);
  const bool subject_before =
      k > s.token_begin && !name_in_phrase &&
      (v_.linking().MentionAt(k - 1) >= 0 || !v_.Referents(k - 1).empty() || plural_actor ||
       singular_actor || after_apposition);
  // "Finance Minister Choi": a word the tagger puts in a name is no verb.
  // ("plans to sue The New York Times": a lower-case word is no name.)
  if (tag == "PROPN" && !subject_before && !v_.StartsLower(k)) return false;
  // A verb phrase of several words ("open fire", "hold talks") is read by its
  // words: taggers make "open" an adjective in "armed men open fire".
  if (nominal && !subject_before && !ObjectFollows(end) && p.rest.empty()) return false;
  if (k == s.token_begin) return true;
  const std::string& prev = v_.Lower(k - 1);
  // "an operation that killed": "that" as a relative pronoun opens a clause.
  const bool relative = prev == "that" && v_.Upos(k - 1) == "PRON";
  // ("spoke after meeting X", "expels three diplomats after accusing the
  // embassy of": a gerund after "after" is the subject's own earlier act,
  // read below.)
  // ("is considering suspending": nor after a verb of deliberation that
  // doubles as a preposition, aspect_verb cues.)
  const bool gerund = v_.Lower(k).size() > 4 && v_.Lower(k).ends_with("ing") &&
                      (prev == "after" || v_.lexicon().HasCue(prev, "aspect_verb"));
  if ((IsDeterminer(prev) && !relative) || (IsPreposition(prev) && prev != "to" && !gerund)) return false;
  // "helicopters to support operations", "a proposal to request checks": an
  // infinitive of purpose after a noun tells what something is for.
  // "threats to unilaterally annex": an -ly adverb may stand between.
  uint32_t to = k - 1;
  if (prev.size() > 3 && prev.ends_with("ly") && to > s.token_begin) --to;
  if (v_.Lower(to) == "to" && to >= s.token_begin + 1) {
    const std::string_view before = v_.Upos(to - 1);
    // "votes 155-18 to withdraw": the control verb may stand before a tally.
    uint32_t verb = to - 1;
    while (verb > s.token_begin && to - verb < 5 &&
           (v_.Upos(verb) == "NUM" || v_.Upos(verb) == "SYM" || v_.Upos(verb) == "PUNCT")) {
      --verb;
    }
    // ("ordered telecoms operators to suspend internet access": the noun is
    // the object of a verb that orders or causes what follows.)
    bool ordered = false;
    for (uint32_t j = to - 1; j > s.token_begin && to - j <= 3 && !ordered;) {
      --j;
      ordered = v_.Upos(j) == "VERB" && (v_.lexicon().HasCue(v_.Lemma(j), "directive_verb") ||
                                          v_.lexicon().HasCue(v_.Lemma(j), "causative_verb"));
    }
    const bool control = v_.lexicon().HasCue(v_.Lower(verb), "control_verb") ||
                         v_.lexicon().HasCue(v_.Lower(verb), "intent") || ordered;
    // "protests are held to call for peace": what a protest or a statement
    // is held for is what it asks.
    if ((before == "NOUN" || before == "NUM") && !control && !v_.RankedInfinitive(k) &&
        !(IsVerbal(p.event) && SpeechNounBefore(k))) {
      return false;
    }
  }
  // "centre-left", "far-right": a word joined by a hyphen to the word before
  // it is part of a compound.
  if (v_.HyphenJoined(k)) return false;
  // "a ruling party", "the leading cause": an -ing word before the trigger
  // makes it a noun; "after being shot", "having signed" are verb forms.
  // (Not a name: "Beijing denied the charges".)
  // ("is considering suspending": not after a verb of aspect or deliberation.)
  if (prev.size() > 4 && prev.ends_with("ing") && prev != "being" && prev != "having" && v_.StartsLower(k - 1) &&
      !v_.lexicon().HasCue(prev, "aspect_verb")) {
    return false;
  }
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
    // "after accusing it of", "by calling for", "while killing and capturing
    // fighters": a gerund after a preposition of time or means is the
    // subject's own act (after "in", only a said-type act).
    // ("held up the package before dropping its objections": "before" too.)
    const bool own_act = prev == "while" || prev == "by" || prev == "after" || prev == "before";
    const bool linked = prev == "in";
    // "with the M23 rebels blaming the government": a said-type act right
    // after its subject ("militias supporting Assad" only describes them).
    // "signs an executive order banning new visas": what an order or a
    // decree does is the act (order_noun cues).
    // "a demonstration is held at the mosque condemning the killing and
    // demanding ...": what a protest told earlier in the sentence says.
    // "will resume targeting ships": the -ing form after an aspect verb.
    // "…, killing five people and arresting 19 more": a participle joined to
    // one that opens a participial clause after a comma is that clause's too.
    const bool joined = (prev == "and" || prev == "or") && JoinedToParticipleClause(k);
    // ("accused Tajikistan of opening fire on its guards, killing one
    // serviceman": what the accusation alleges goes on.)
    if (v_.Word(k - 1) == "," && ContinuesAllegation(k)) return false;
    // "denied supplying drones": the act a denial is about (negated later).
    return v_.lexicon().HasCue(prev, "denial_verb") || IsBeAux(k - 1) || (k >= 2 && IsBeAux(k - 2)) ||
           v_.Word(k - 1) == "," || joined || own_act ||
           v_.lexicon().HasCue(prev, "order_noun") || v_.lexicon().HasCue(prev, "aspect_verb") ||
           (IsVerbal(p.event) && (v_.lexicon().HasCue(prev, "speech_noun") || linked ||
                                  (subject_before && p.event != "SUPPORT") || ProtestBefore(k)));
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
  // "sentences former chairperson Tan", "arrests activist lawyer Arnon
  // Nampa": up to three lower-case title words opening a named object.
  for (uint32_t j = next; j < next + 3 && j + 1 < v_.seg().tokens.size(); ++j) {
    const std::string_view t = v_.Upos(j);
    if ((t != "ADJ" && t != "NOUN") || !v_.StartsLower(j)) break;
    if (v_.SentenceOf(j + 1) != v_.SentenceOf(next)) break;
    if (v_.Upos(j + 1) == "PROPN" || v_.linking().MentionAt(j + 1) >= 0) return true;
  }
  // "halts sales of defence products", "bans imports from": a plural noun
  // and a preposition right after a headline -s verb are its object.
  if (tag == "NOUN" && v_.Lower(next - 1).ends_with("s") && v_.StartsLower(next) && v_.Lower(next).ends_with("s") &&
      next + 1 < v_.seg().tokens.size() && v_.SentenceOf(next + 1) == v_.SentenceOf(next)) {
    const std::string& after = v_.Lower(next + 1);
    if (after == "of" || after == "to" || after == "on" || after == "from") return true;
  }
  // "requests international sanctions", "imposes new tariffs": an adjective
  // and a noun cannot follow a noun subject without a verb between them.
  if (tag == "ADJ" && next + 1 < v_.seg().tokens.size() && v_.SentenceOf(next + 1) == v_.SentenceOf(next) &&
      v_.Upos(next + 1) == "NOUN" && v_.StartsLower(next)) {
    return true;
  }
  const std::string& w = v_.Lower(next);
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" ||
         w == "its" || w == "them" || w == "him";
}

// Whether a said-type noun (speech_noun cues: "protests", "a statement")
// stands earlier in the sentence of k.
bool EventCoder::SpeechNounBefore(uint32_t k) const {
  for (uint32_t j = v_.Sentence(v_.SentenceOf(k)).token_begin; j < k; ++j) {
    if (v_.lexicon().HasCue(v_.Lower(j), "speech_noun")) return true;
  }
  return false;
}

// Whether the word at k is also the form of a noun trigger ("attacks",
// "talks", "sanctions").
bool EventCoder::NounForm(uint32_t k) const {
  const std::vector<EventPattern>* patterns = v_.lexicon().EventsFor(v_.Lower(k));
  return patterns != nullptr &&
         std::any_of(patterns->begin(), patterns->end(), [](const EventPattern& q) { return q.noun; });
}

bool EventCoder::IsBeAux(uint32_t k) const {
  return v_.lexicon().HasCue(v_.Lower(k), "be_aux");
}

// "Palestinians seeking aid", "killed while seeking aid", "who were seeking
// aid", "a lawsuit seeking compensation": an -ing form that is no clause's
// own verb (no form of "be" before it, or one after a relative pronoun).
bool EventCoder::DescribingParticiple(uint32_t k) const {
  if (!v_.Lower(k).ends_with("ing")) return false;
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  uint32_t j = k;
  // ("is not seeking", "are still seeking")
  while (j > s.token_begin && (v_.Lower(j - 1) == "not" || v_.Lower(j - 1) == "n't" || v_.Upos(j - 1) == "ADV")) {
    --j;
  }
  if (j == s.token_begin || !IsBeAux(j - 1)) return true;
  return j - 1 > s.token_begin && (v_.cues().Has(link::CueKind::kRelative, v_.Lower(j - 2)) || v_.Lower(j - 2) == "that");
}

bool EventCoder::HeadlinePassive(uint32_t k) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  const std::string& word = v_.Lower(k);
  if (k == s.token_begin || k + 1 >= s.token_end || !word.ends_with("ed") || IsBeAux(k - 1)) return false;
  // A headline: no closing stop, a line break after it.
  const std::string_view last = v_.Word(s.token_end - 1);
  if (last == "." || last == "!" || last == "?") return false;
  const std::string_view text = v_.text();
  if (s.end < text.size() && text[s.end] != '\n' && text[s.end] != '\r') return false;
  const std::string& next = v_.Lower(k + 1);
  const bool noun_before = v_.Upos(k - 1) == "NOUN" || v_.Upos(k - 1) == "PROPN";
  // ("Two Chinese Nationals Charged with Shipping AI Chips", "Journalist
  // Jailed for Spying": headlines tell acts in the present, a participle
  // before what it was done for is done to the noun.)
  return noun_before && (next == "in" || next == "by" || next == "at" || next == "during" || next == "near" ||
                         next == "with" || next == "for" || next == "over");
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
  // "was arrested and charged with": a participle joined to a passive one.
  if (k >= s.token_begin + 2 && (v_.Lower(k - 1) == "and" || v_.Lower(k - 1) == "or") && Passive(k - 2)) return true;
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

// "riot police", "an appeals court", "attack drones": the event noun is a
// modifier (of a weapon, only in its base form: "launched drones" is an act).
bool EventCoder::ModifiesNoun(uint32_t k, uint32_t end, bool noun) const {
  if (end >= v_.seg().tokens.size() || v_.SentenceOf(end) != v_.SentenceOf(end - 1)) return false;
  if (v_.lexicon().HasCue(v_.Lower(end), "modified_head")) return true;
  return v_.lexicon().HasCue(v_.Lower(end), "equipment_head") && (noun || v_.Lower(k) == v_.Lemma(k));
}

// Whether a protest trigger (a march, a demonstration, protesters) stands
// earlier in the sentence of k.
bool EventCoder::ProtestBefore(uint32_t k) const {
  for (uint32_t j = v_.Sentence(v_.SentenceOf(k)).token_begin; j < k; ++j) {
    const std::vector<EventPattern>* patterns = v_.lexicon().EventsFor(v_.Lower(j));
    if (patterns == nullptr) continue;
    for (const EventPattern& q : *patterns) {
      if (q.event == "PROTEST" && q.rest.empty()) return true;
    }
  }
  return false;
}

}  // namespace dossier::extract
