// AddNamedLater (context.h): "A Chinese national has been charged … Li
// Wenhao, 46, who runs …", "convicted a former deputy defence minister …
// Retired Gen. Osman Funes Valladares, 63, …", "lifted sanctions on a
// Malaysian shipping company … Selat Maritime Sdn Bhd, based in Port Klang,
// was removed": someone a sentence describes without a name, and the next
// sentence opens by naming, is the one named. And AddReciprocalObjects:
// "Each side accused the other".
#include <algorithm>

#include "base/strings.h"
#include "base/utf8.h"
#include "extract/context.h"

namespace dossier::extract {
namespace {

// The kind of name an indefinite description at `t` ("a", "an", up to five
// words in lower case or a demonym, then its head noun) calls for: "PERSON"
// (a title or a citizen noun: "a former deputy defence minister", "a Chinese
// national"; "the managing director of a local company"), "ORG" (a body's
// noun: "a Malaysian shipping company"), "FAC" (a ship's: "a foreign
// tanker"), or empty. *state is the demonym's state, or -1; *place the place
// a name in it names ("a Tallinn businessman"), or -1; *end the word after
// the head; *many whether it counts a plural ("three businessmen").
std::string DescribedKind(const DocumentView& v, uint32_t t, uint32_t limit, int* state, int* place,
                          uint32_t* end, bool* many) {
  *state = -1;
  *place = -1;
  // ("the Seychelles-registered company that manages them … Orion Bay
  // Shipping Ltd, which": "the" with a place joined to a participle is new
  // to the story too.)
  const bool definite = t < limit && v.Lower(t) == "the";
  // ("indicted three businessmen … said Chen Kuo-hua, chairman of …, and two
  // of his managers": a counted plural, the first of whom is named.)
  const bool counted = t < limit && v.Upos(t) == "NUM" && v.StartsLower(t) && base::HasLetter(v.Word(t));
  *many = counted;
  if (t >= limit || (v.Lower(t) != "a" && v.Lower(t) != "an" && !definite && !counted)) return {};
  bool participle = false, flagged = false;
  const auto& linking = v.linking();
  for (uint32_t k = t + 1; k < limit && k < t + 7;) {
    const int m = linking.MentionAt(k);
    if (m >= 0) {
      const link::Mention& mention = linking.mentions[m];
      if (mention.entity < 0) return {};
      if (mention.type == "NORP" && linking.entities[mention.entity].type == "Country") {
        // ("a German-Russian businessman": of two demonyms joined, the first.)
        if (*state < 0) *state = mention.entity;
      } else if (v.IsPlace(m)) {
        // ("a Tallinn businessman", "a Texas businessman": where he is from.)
        *place = mention.entity;
      } else {
        return {};
      }
      k = mention.token_end;
      // ("an Abu Dhabi-based gold trader": past the participle joined to it.)
      if (k + 1 < limit && v.Word(k) == "-" && v.HyphenJoined(k + 1) && v.StartsLower(k + 1)) {
        k += 2;
        participle = *place >= 0;
        // ("a Liberian-flagged bulk carrier": a ship, whatever its noun.)
        if (v.Lower(k - 1) == "flagged") flagged = true;
      } else if (k + 1 < limit && v.Word(k) == "-" && v.HyphenJoined(k + 1) && linking.MentionAt(k + 1) >= 0 &&
                 linking.mentions[linking.MentionAt(k + 1)].type == "NORP") {
        ++k;  // (past the hyphen to the second demonym)
      }
      continue;
    }
    if (!v.StartsLower(k)) return {};
    const std::string& w = v.Lower(k);
    // (The phrase goes on through nouns and adjectives in lower case.)
    // ("a cargo ship carrying dozens of trucks": a participle after a
    // ship's or a body's noun opens a clause describing it.)
    const bool clause_after = k + 1 < limit && v.Upos(k + 1) == "VERB" && v.Lower(k + 1).ends_with("ing") &&
                              (v.cues().Has(link::CueKind::kVesselNoun, w) || v.cues().Has(link::CueKind::kOrgNoun, w));
    const bool last = k + 1 >= limit || !v.StartsLower(k + 1) || linking.MentionAt(k + 1) >= 0 || clause_after ||
                      !(v.Upos(k + 1) == "NOUN" || v.Upos(k + 1) == "ADJ" || v.Lower(k + 1).ends_with("ing"));
    if (last) {
      *end = k + 1;
      // ("sentenced the managing director of a local shipping company …
      // Lim Boon Kiat, 58, …": an office in a body told of as new to the
      // story.)
      const bool new_body = k + 2 < limit && v.Lower(k + 1) == "of" &&
                            (v.Lower(k + 2) == "a" || v.Lower(k + 2) == "an") &&
                            v.cues().FindCapitalisedTitle(w) != nullptr;
      if (definite && !participle && !new_body) return {};
      const std::string lemma = base::AsciiLower(v.Lemma(k));
      const bool plural = (!lemma.empty() && lemma != w) || (w.ends_with("s") && !w.ends_with("ss"));
      if (plural != counted) return {};  // a plural counts many, a count counts a plural
      // ("a gold trader": a person or a company.)
      const std::string& head = counted && !lemma.empty() ? lemma : w;
      if (v.lexicon().HasCue(head, "trade_noun")) return "TRADER";
      if (v.lexicon().HasCue(head, "citizen_noun") || v.cues().FindCapitalisedTitle(head) != nullptr) return "PERSON";
      // (A ship's noun first: "a tanker" may also refer back to a ship.)
      if (flagged || v.cues().Has(link::CueKind::kVesselNoun, w)) return "FAC";
      // ("a group of people": a quantity, nobody in particular.)
      if (v.cues().Has(link::CueKind::kOrgNoun, w)) return k + 1 < limit && v.Lower(k + 1) == "of" ? "" : "ORG";
      return {};
    }
    ++k;
  }
  return {};
}

// "One of the men, Daniyar Seitkali, is …", "The man, identified only as
// Dieter S. under German privacy rules, was detained": where the name in
// apposition to the description repeated at the sentence's start `first`
// begins; `first` when the sentence opens otherwise.
uint32_t ApposedName(const DocumentView& v, const text::Sentence& s, uint32_t first) {
  uint32_t k = first;
  if (k + 3 < s.token_end && v.Lower(k) == "one" && v.Lower(k + 1) == "of" && v.Lower(k + 2) == "the") {
    k += 3;
  } else if (k + 1 < s.token_end && v.Lower(k) == "the") {
    k += 1;
    // ("The former official, Serhiy Dovbnia,", "The arrested man, Somchai
    // Wattanakul,": words describing the noun.)
    const auto describing = [&](uint32_t w) {
      return v.StartsLower(w) && (v.Upos(w) == "ADJ" || (v.Upos(w) == "VERB" && v.Lower(w).ends_with("ed")));
    };
    for (uint32_t j = 0; j < 2 && k + 2 < s.token_end && describing(k); ++j) ++k;
  }
  if (k == first || k + 2 >= s.token_end || !v.StartsLower(k) || v.Upos(k) != "NOUN" || v.Word(k + 1) != ",") {
    return first;
  }
  k += 2;
  // ("The tanker, the Ocean Lyra, was intercepted".)
  if (k + 1 < s.token_end && v.Lower(k) == "the") ++k;
  if (k + 2 < s.token_end && (v.Lower(k) == "identified" || v.Lower(k) == "named")) {
    ++k;
    if (v.Lower(k) == "only") ++k;
    if (v.Lower(k) == "as") ++k;
  }
  const int m = v.linking().MentionAt(k);
  return m >= 0 && v.linking().mentions[m].token_begin == k ? k : first;
}

// The entity of the first mention of sentence `si`, when it is of `type`
// ("TRADER": a person or a company) and starts within its first four words
// (after "According to X,", or right after a source's verb: "The office said
// X"; with `after_source`, only there); else -1.
int OpeningName(const DocumentView& v, uint32_t si, const std::string& type, bool after_source) {
  const text::Sentence& s = v.Sentence(si);
  uint32_t first = s.token_begin;
  if (first + 3 < s.token_end && v.Lower(first) == "according" && v.Lower(first + 1) == "to") {
    for (uint32_t k = first + 2; k < s.token_end && k < first + 10; ++k) {
      if (v.Word(k) == ",") {
        first = k + 1;
        after_source = false;  // (the source is told)
        break;
      }
    }
  }
  // ("One of the men, Daniyar Seitkali, is …": the sentence says it is one
  // of them, no source's verb needed.)
  if (const uint32_t named = ApposedName(v, s, first); named != first) {
    first = named;
    after_source = false;
  }
  // A source's verb: of saying or claiming, or a court's finding ("found
  // that", "ruled that").
  const auto source_verb = [&](uint32_t k) {
    if (k >= s.token_end) return false;
    if (v.SaysOrClaims(k)) return true;
    const std::string& w = v.Lower(k);
    // ("The indictment alleges that": a verb of claiming before "that",
    // whatever the tagger read.)
    if (v.lexicon().HasCue(w, "claim_verb") && k + 1 < s.token_end && v.Lower(k + 1) == "that") return true;
    return (w == "found" || w == "ruled" || w == "concluded") && k + 1 < s.token_end && v.Lower(k + 1) == "that";
  };
  // ("The committee said Mukhtar al-Fitouri, commander of …": a source
  // named by "the" and a body's noun, then its verb; "The indictment alleges
  // that Timur Ospanov, 44, …": or a charging document's.)
  if (first + 3 < s.token_end && v.Lower(first) == "the" && v.StartsLower(first + 1) &&
      (v.cues().Has(link::CueKind::kOrgNoun, v.Lower(first + 1)) ||
       v.lexicon().HasCue(v.Lower(first + 1), "charge_document")) &&
      source_verb(first + 2)) {
    first = v.Lower(first + 3) == "that" && first + 4 < s.token_end ? first + 4 : first + 3;
    after_source = false;
    const int m = v.linking().MentionAt(first);
    if (m < 0 || v.linking().mentions[m].token_begin != first) return -1;
  }
  uint32_t limit = first + 4;
  for (uint32_t k = first; k < s.token_end && k < limit; ++k) {
    const int m = v.linking().MentionAt(k);
    if (m < 0) continue;
    const link::Mention& mention = v.linking().mentions[m];
    // ("The Comoros-flagged Sea Lark", "The Murmansk-registered Kapitan
    // Sorokin": a place describing the name after it.)
    uint32_t after = mention.token_end;
    if (v.DescribesNoun(m) || (after + 1 < s.token_end && v.Word(after) == "-" && v.HyphenJoined(after + 1) &&
                               v.StartsLower(after + 1))) {
      // (Past the hyphen and the participle: the loop steps over the latter.)
      k = mention.token_end + 1;
      limit = k + 4;
      continue;
    }
    // ("Treasury's Office of Foreign Assets Control (OFAC) said Zarafshan …":
    // past the body owning the source, and the source's acronym.)
    if (after + 1 < s.token_end && base::IsPossessiveClitic(v.Lower(after))) {
      k = after;
      limit = std::max(limit, after + 3);
      continue;
    }
    if (after + 2 < s.token_end && v.Word(after) == "(" && v.Word(after + 2) == ")") after += 3;
    // ("Justice Amrita Sandhu of the Ontario Superior Court of Justice found
    // that Yaroslav Dement …": past the body the source speaks for.)
    if (after + 2 < s.token_end && v.Lower(after) == "of") {
      const uint32_t body = v.Lower(after + 1) == "the" ? after + 2 : after + 1;
      const int b = v.linking().MentionAt(body);
      if (b >= 0 && v.linking().mentions[b].token_begin == body && v.linking().mentions[b].type == "ORG" &&
          source_verb(v.linking().mentions[b].token_end)) {
        after = v.linking().mentions[b].token_end;
      }
    }
    // (One of many is named only after a source's verb: "At least three
    // lawmakers were injured. Ana Brnabić, the President of …" is not one.)
    const bool source = source_verb(after) || source_verb(after + 1);
    if (after_source && !source) return -1;
    // ("The Foreign, Commonwealth and Development Office said …": a source,
    // not the one described; "The Taichung District Prosecutors Office said
    // Chen Kuo-hua, chairman of …": the name right after its verb may be.)
    if (source) {
      after_source = false;
      const uint32_t verb = source_verb(after) ? after : after + 1;
      uint32_t next = verb + 1;
      if (next < s.token_end && v.Lower(next) == "that") ++next;
      const int named = next < s.token_end ? v.linking().MentionAt(next) : -1;
      if (named < 0 || v.linking().mentions[named].token_begin != next || next >= first + 16) return -1;
      k = next - 1;
      limit = next + 1;
      continue;
    }
    if (type == "TRADER") {
      const bool company = mention.entity >= 0 && v.linking().entities[mention.entity].type == "Company";
      return mention.type == "PERSON" || company ? mention.entity : -1;
    }
    return mention.type == type ? mention.entity : -1;
  }
  return -1;
}

// "detained an oil tanker … . Coast guard special forces boarded the
// Gabon-flagged Vostok Star": the one ship sentence si names that the story
// has not named before; else -1.
int OnlyNewShip(const DocumentView& v, uint32_t si) {
  const auto& mentions = v.linking().mentions;
  int ship = -1;
  for (const link::Mention& m : mentions) {
    if (m.sentence != si || m.entity < 0 || m.type != "FAC") continue;
    const bool before = std::any_of(mentions.begin(), mentions.end(), [&](const link::Mention& o) {
      return o.entity == m.entity && o.sentence < si;
    });
    if (before || (ship >= 0 && ship != m.entity)) return -1;
    ship = m.entity;
  }
  return ship;
}

// "… and a UAE-registered gold trading firm. … The firm, Golden Dune Metals
// FZE, buys gold": the name in apposition to "the" and the description's head
// noun (at `head`) in one of the two sentences after sentence `si`; else -1.
int EchoedName(const DocumentView& v, uint32_t si, uint32_t head) {
  const uint32_t n = static_cast<uint32_t>(v.seg().sentences.size());
  for (uint32_t sj = si + 1; sj < n && sj <= si + 2; ++sj) {
    const text::Sentence& s = v.Sentence(sj);
    for (uint32_t k = s.token_begin; k + 3 < s.token_end; ++k) {
      if (v.Lower(k) != "the" || v.Lower(k + 1) != v.Lower(head) || v.Word(k + 2) != ",") continue;
      const int m = v.linking().MentionAt(k + 3);
      if (m >= 0 && v.linking().mentions[m].token_begin == k + 3) return v.linking().mentions[m].entity;
    }
  }
  return -1;
}

// Whether a demonym of entity e stands within the ten words from t ("an Abu
// Dhabi-based gold trader and its Sudanese owner": Sudan is no target).
bool DemonymAfter(const DocumentView& v, uint32_t t, int e) {
  return std::any_of(v.linking().mentions.begin(), v.linking().mentions.end(), [&](const link::Mention& m) {
    return m.entity == e && m.type == "NORP" && m.token_begin >= t && m.token_begin < t + 10;
  });
}

// Whether sentence `si` names `state` other than by its demonym before token
// `before` ("charging an Iranian national … with exporting parts to Iran":
// where the goods went, after the description, is no party to it).
bool NamesState(const DocumentView& v, uint32_t si, int state, uint32_t before) {
  return std::any_of(v.linking().mentions.begin(), v.linking().mentions.end(), [&](const link::Mention& m) {
    return m.sentence == si && m.entity == state && m.type != "NORP" && m.token_begin < before;
  });
}

void Replace(std::vector<int>* ids, int from, int to) {
  const auto at = std::find(ids->begin(), ids->end(), from);
  if (at == ids->end()) return;
  if (std::find(ids->begin(), ids->end(), to) != ids->end()) {
    ids->erase(at);
  } else {
    *at = to;
  }
}

// A description without a name and the one a later sentence names by it.
struct DescribedName {
  uint32_t sentence, begin, end;  // the description's words [begin, end)
  int state, place, named;        // (DescribedKind)
};

// Calls f(DescribedName) for each description a later sentence (or an
// apposition) names, in text order.
template <typename F>
void ForEachDescribedName(const DocumentView& v, F f) {
  const uint32_t n = static_cast<uint32_t>(v.seg().sentences.size());
  for (uint32_t si = 0; si + 1 < n; ++si) {
    const text::Sentence& s = v.Sentence(si);
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      int state = -1, place = -1;
      uint32_t end = t;
      bool many = false;
      const std::string kind = DescribedKind(v, t, s.token_end, &state, &place, &end, &many);
      if (kind.empty()) continue;
      // ("an American citizen, Daniel Kerrigan", "a Dubai-based shipping
      // company, Meridian Crest Marine LLC": named in apposition, not by the
      // next sentence.)
      // ("a Moscow-based foundation, the Eurasian Civic Initiative": past
      // "the".)
      const uint32_t name_at = end + 2 < s.token_end && v.Lower(end + 1) == "the" ? end + 2 : end + 1;
      const int apposed = name_at < s.token_end && v.Word(end) == "," ? v.linking().MentionAt(name_at) : -1;
      const bool apposition = apposed >= 0 && v.linking().mentions[apposed].token_begin == name_at;
      int named = apposition ? v.linking().mentions[apposed].entity : OpeningName(v, si + 1, kind, many);
      if (named < 0) named = EchoedName(v, si, end - 1);
      if (named < 0 && kind == "FAC") named = OnlyNewShip(v, si + 1);
      // ("arrested a Thai businessman, authorities said. The parts … . The
      // arrested man, Somchai Wattanakul, runs": a description repeated with
      // the name, a sentence further on.)
      if (named < 0 && !apposition && si + 2 < n) {
        const text::Sentence& later = v.Sentence(si + 2);
        if (ApposedName(v, later, later.token_begin) != later.token_begin) named = OpeningName(v, si + 2, kind, many);
      }
      if (named < 0) continue;
      f(DescribedName{si, t, end, state, place, named});
      t = end - 1;
    }
  }
}

}  // namespace

void AddNamedLater(const DocumentView& v, std::vector<Event>* events) {
  ForEachDescribedName(v, [&](const DescribedName& d) {
    const uint32_t si = d.sentence, t = d.begin, end = d.end;
    const int state = d.state, place = d.place, named = d.named;
    // ("South Korea has asked Thailand to extradite Park, a South Korean
    // businessman": not where the sentence names the state itself.)
    if (state >= 0 && NamesState(v, si, state, t)) return;
    // ("a Kyrgyz commercial bank … Treasury's Office of Foreign Assets
    // Control designated": a body of another state is not the one described.)
    const auto& entities = v.linking().entities;
    if (state >= 0 && entities[named].type != "Person" && !entities[named].country.empty() &&
        entities[named].country != entities[state].country) {
      return;
    }
    for (Event& e : *events) {
      // (Not the one acting: "The Treasury … Treasury said".)
      if (e.sentence != si || std::find(e.actor.begin(), e.actor.end(), named) != e.actor.end()) continue;
      // (Unless the state acts before the act too: "German police have
      // arrested a German-Russian dual national".)
      const auto& mentions = v.linking().mentions;
      const uint32_t trigger_end = TriggerEnd(v, e);
      const bool state_subject =
          state >= 0 && std::any_of(mentions.begin(), mentions.end(), [&](const link::Mention& m) {
            return m.entity == state && m.sentence == si && m.token_end < trigger_end;
          });
      // (Every state the description names: "a German-Russian dual
      // national".)
      const auto described_states = [&](std::vector<int>* ids) {
        for (const link::Mention& m : v.linking().mentions) {
          if (m.token_begin >= t && m.token_end <= end && m.entity >= 0 &&
              (m.type == "NORP" || m.type == "GPE")) {
            Replace(ids, m.entity, named);
          }
        }
      };
      const bool right_after = TriggerEnd(v, e) <= t && t <= TriggerEnd(v, e) + 3;
      if (state >= 0 && state_subject && t >= TriggerEnd(v, e)) {
        described_states(&e.recipient);
        if (right_after) AddUnique(&e.recipient, {named});
      } else if (state >= 0 && t >= TriggerEnd(v, e) &&
                 std::find(e.actor.begin(), e.actor.end(), state) != e.actor.end()) {
        // ("extradited to the United States a Cypriot arms broker": the
        // description after the act is whom it reached.)
        std::erase(e.actor, state);
        AddUnique(&e.recipient, {named});
      } else if (state >= 0) {
        described_states(&e.recipient);
        Replace(&e.actor, state, named);
        if (e.recipient.empty() && right_after) e.recipient = {named};
      } else if (place >= 0 && std::find(e.recipient.begin(), e.recipient.end(), place) != e.recipient.end()) {
        // ("indicted a Texas businessman": not Texas.)
        Replace(&e.recipient, place, named);
      } else if (TriggerEnd(v, e) <= t && t <= TriggerEnd(v, e) + 3 &&
                 std::all_of(e.recipient.begin(), e.recipient.end(), [&](int r) {
                   return v.linking().entities[r].type == "Location" || DemonymAfter(v, t, r);
                 })) {
        // ("convicted a former deputy defence minister": the object the
        // description is; "seized a foreign tanker in the Gulf of Oman":
        // not where.)
        e.recipient = {named};
      } else if (e.event == "SANCTION" && TriggerEnd(v, e) <= t && t > 0 &&
                 (v.Lower(t - 1) == "on" || v.Lower(t - 1) == "and")) {
        // ("imposed sanctions on 20 tankers …, as well as on the
        // Seychelles-registered company that manages them", "on two
        // commanders … and a UAE-registered gold trading firm": another
        // target.)
        std::erase_if(e.recipient, [&](int r) { return v.linking().entities[r].type == "Location"; });
        AddUnique(&e.recipient, {named});
      }
    }
  });
}

void AddDescribedPlaces(const DocumentView& v, std::vector<Relation>* relations) {
  ForEachDescribedName(v, [&](const DescribedName& d) {
    const auto& entities = v.linking().entities;
    if (d.place < 0 || (entities[d.named].type != "Company" && entities[d.named].type != "Organization")) return;
    for (const Relation& r : *relations) {
      if (r.subject == d.named && r.predicate == "located_in") return;  // (said where it is already)
    }
    relations->push_back({d.named, "located_in", d.place, d.sentence, v.Sentence(d.sentence).span()});
  });
}

void AddReciprocalObjects(const DocumentView& v, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (!e.recipient.empty() || e.actor.size() < 2) continue;
    const uint32_t end = TriggerEnd(v, e);
    if (end + 1 >= v.Sentence(e.sentence).token_end) continue;
    const std::string& a = v.Lower(end);
    const std::string& b = v.Lower(end + 1);
    if ((a == "each" && b == "other") || (a == "one" && b == "another") || (a == "the" && b == "other")) {
      e.recipient = e.actor;
    }
  }
}

}  // namespace dossier::extract
