// AddListedMembers (context.h): "Among those designated were X and Y", "Among
// them was X" (after a sanction), "The
// individuals named were X, Y and Z", "Those designated include X" name who
// an act told before reached ("Among those listed were": a sanction); "The
// indictment, unsealed in Phoenix, names X and Y" names whom a charge told
// before reached; "the targets, including X and Y", "The designated
// entities are X; Y; and Z" and "X and Y face asset freezes" name whom a
// sanction told before reached.
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {
namespace {

// How far back the act the list belongs to may be told.
constexpr uint32_t kSentencesBack = 4;

bool IsCopula(const std::string& w) { return w == "were" || w == "was" || w == "are" || w == "is"; }

bool IsSeparator(const DocumentView& v, uint32_t k) {
  return v.Word(k) == "," || v.Word(k) == ";" || v.Lower(k) == "and";
}

// "Among those designated were", "The individuals named were": the
// participle of the opening, whose copula ends at *items (the first word of
// the list); -1 when the sentence opens otherwise. The participle stands
// within four words after "among" ("among the four companies sanctioned
// were") or "the" ("the two companies sanctioned were").
int32_t Opening(const DocumentView& v, const text::Sentence& s, uint32_t* items) {
  uint32_t k = s.token_begin;
  while (k < s.token_end && (v.Word(k) == "\"" || v.Word(k) == "\xE2\x80\x9C")) ++k;
  if (k >= s.token_end || (v.Lower(k) != "among" && v.Lower(k) != "the")) return -1;
  uint32_t last = k + 5;
  uint32_t participle = 0;  // the participle before an agent, when one is
  for (uint32_t p = k + 2; p < s.token_end && p <= last; ++p) {
    // ("Among the officers sanctioned by Britain was": past the agent.)
    if (participle == 0 && v.Lower(p) == "by" && v.StartsLower(p - 1) && v.Lower(p - 1).ends_with("ed")) {
      participle = p - 1;
      last = p + 5;
    }
    if (!IsCopula(v.Lower(p))) continue;
    const uint32_t done = participle > 0 ? participle : p - 1;
    // ("The sanctions were imposed": after "the", a participle before the copula.)
    if (v.Lower(k) == "the" && !(v.StartsLower(done) && v.Lower(done).ends_with("ed"))) return -1;
    uint32_t first = p + 1;
    if (first < s.token_end && v.Lower(first) == "also") ++first;
    *items = first;
    return static_cast<int32_t>(done);
  }
  return -1;
}

// "The indictment, unsealed in federal court in Phoenix, names Kim Chol-su
// …": a sentence whose subject is a charging document (charge_document cues)
// and whose verb names people (charge_naming_verb cues); returns the verb,
// with the first word after it in *items, or -1.
int32_t ChargeOpening(const DocumentView& v, const text::Sentence& s, uint32_t* items) {
  uint32_t k = s.token_begin;
  if (k + 2 >= s.token_end || v.Lower(k) != "the" || !v.lexicon().HasCue(v.Lower(k + 1), "charge_document")) {
    return -1;
  }
  // (Past a participle clause set off by commas.)
  for (uint32_t t = k + 2; t < s.token_end && t < k + 16; ++t) {
    if (v.lexicon().HasCue(v.Lower(t), "charge_naming_verb") && (t == k + 2 || v.Word(t - 1) == ",")) {
      *items = t + 1;
      return static_cast<int32_t>(t);
    }
    if (v.Word(t) == ";" || v.IsClauseBreak(t)) break;
  }
  return -1;
}

// "The accused, German national Jens Harder, 47, and Armenian-German dual
// national Aram Karapetyan, 39, are alleged to have exported …": a sentence
// opening with "The" and a noun for those charged (accused_noun cues) and a
// comma names them; returns the noun, with the first word after the comma in
// *items, or -1.
int32_t AccusedOpening(const DocumentView& v, const text::Sentence& s, uint32_t* items) {
  const uint32_t k = s.token_begin;
  if (k + 3 >= s.token_end || v.Lower(k) != "the" || !v.lexicon().HasCue(v.Lower(k + 1), "accused_noun") ||
      v.Word(k + 2) != ",") {
    return -1;
  }
  *items = k + 3;
  return static_cast<int32_t>(k + 1);
}

// "Those designated include X, Y and Z": "Those", a participle (and its
// agent: "Those listed by the EU Council include") and "include" or a
// copula; returns the participle, with the first word of the list in
// *items, or -1.
int32_t ThoseOpening(const DocumentView& v, const text::Sentence& s, uint32_t* items) {
  const uint32_t k = s.token_begin;
  if (k + 3 >= s.token_end || v.Lower(k) != "those" || !v.Lower(k + 1).ends_with("ed")) return -1;
  uint32_t verb = k + 2;
  // ("Those listed by the EU Council include": past the agent.)
  if (v.Lower(verb) == "by") {
    while (verb + 1 < s.token_end && verb < k + 9 && v.Word(verb) != "," && !IsCopula(v.Lower(verb)) &&
           v.Lower(verb) != "include" && v.Lower(verb) != "included") {
      ++verb;
    }
  }
  const std::string& w = v.Lower(verb);
  if (!IsCopula(w) && w != "include" && w != "included") return -1;
  *items = verb + 1;
  return static_cast<int32_t>(k + 1);
}

// "Among them was Shenzhen Feiyun Power Technology Co., Ltd., … and its
// chairman, Luo Jiaxin": "Among them|these|those" and a copula name some of
// those an act told before reached; returns "them", with the first word of
// the list in *items, or -1.
int32_t AmongThemOpening(const DocumentView& v, const text::Sentence& s, uint32_t* items) {
  const uint32_t k = s.token_begin;
  if (k + 3 >= s.token_end || v.Lower(k) != "among") return -1;
  const std::string& group = v.Lower(k + 1);
  if ((group != "them" && group != "these" && group != "those") || !IsCopula(v.Lower(k + 2))) return -1;
  *items = k + 3;
  return static_cast<int32_t>(k + 1);
}

// "The Foreign Ministry said the targets, including A, B and C, would …":
// a group noun for those an act reached (reached_group_noun cues) after
// "the", then ", including"; returns the noun, with the first word of the
// list in *items, or -1.
int32_t IncludingOpening(const DocumentView& v, const text::Sentence& s, uint32_t* items) {
  for (uint32_t k = s.token_begin + 1; k + 3 < s.token_end; ++k) {
    if (v.Lower(k - 1) == "the" && v.lexicon().HasCue(v.Lower(k), "reached_group_noun") && v.Word(k + 1) == "," &&
        v.Lower(k + 2) == "including") {
      *items = k + 3;
      return static_cast<int32_t>(k);
    }
  }
  return -1;
}

// "The designated entities are A; B; and C", "The individuals are A and B",
// "The vessel is the tanker C": "The", at most two modifiers, a group noun
// for those an act reached (reached_group_noun cues) and a copula or
// "include"; returns the noun, with the first word of the list in *items, or
// -1.
int32_t RosterOpening(const DocumentView& v, const text::Sentence& s, uint32_t* items) {
  const uint32_t k = s.token_begin;
  if (k + 3 >= s.token_end || v.Lower(k) != "the") return -1;
  for (uint32_t t = k + 1; t < s.token_end && t <= k + 3; ++t) {
    if (!v.lexicon().HasCue(v.Lower(t), "reached_group_noun")) {
      if (!v.StartsLower(t) || (v.Upos(t) != "ADJ" && v.Upos(t) != "VERB" && v.Upos(t) != "NUM")) return -1;
      continue;
    }
    const std::string& w = v.Lower(t + 1);
    if (t + 2 >= s.token_end || (!IsCopula(w) && w != "include" && w != "included")) return -1;
    *items = t + 2;
    return static_cast<int32_t>(t);
  }
  return -1;
}

// "The company, Baltika Hosting, its director Alexei Volkov and two managers
// face asset freezes and travel bans": a verb of undergoing (undergo_verb
// cues) before a sanction's noun names those before it as its targets;
// returns the verb, with the sentence's first word in *items and the verb in
// *end, or -1.
int32_t UndergoClause(const DocumentView& v, const text::Sentence& s, uint32_t* items, uint32_t* end) {
  for (uint32_t k = s.token_begin + 1; k + 1 < s.token_end; ++k) {
    if (!v.lexicon().HasCue(v.Lower(k), "undergo_verb")) continue;
    for (uint32_t j = k + 1; j < s.token_end && j <= k + 4; ++j) {
      const auto* patterns = v.lexicon().EventsFor(v.Lower(j));
      const bool sanction =
          v.lexicon().HasCue(v.Lower(j), "sanction_noun") ||
          (patterns != nullptr && std::any_of(patterns->begin(), patterns->end(),
                                              [](const EventPattern& p) { return p.event == "SANCTION"; }));
      if (!sanction) continue;
      *items = s.token_begin;
      *end = k;
      return static_cast<int32_t>(k);
    }
    return -1;
  }
  return -1;
}

// Whether the words [from, to) may stand between a separator and a listed
// name: determiners, adjectives, numbers and "Shenzhen-based" (a place joined
// to a participle), not a clause or a phrase of its own ("who", "to a
// subsidiary of").
bool Modifiers(const DocumentView& v, uint32_t from, uint32_t to) {
  // (Words joined by hyphens count once: "Armenian-German dual national".)
  uint32_t words = 0;
  for (uint32_t k = from; k < to; ++k) words += v.Word(k) != "-" && !v.HyphenJoined(k);
  if (words > 4) return false;
  for (uint32_t k = from; k < to; ++k) {
    const std::string_view tag = v.Upos(k);
    if (tag == "ADP" || tag == "PRON" || tag == "AUX" || tag == "SCONJ" || tag == "CCONJ") return false;
    if (tag == "VERB" && !v.HyphenJoined(k)) return false;
  }
  return true;
}

// The persons and bodies the list names (places and states are where they
// are, not who was reached).
std::vector<int> ListedEntities(const DocumentView& v, const text::Sentence& s, uint32_t first,
                                uint32_t end = UINT32_MAX) {
  std::vector<int> out;
  const auto& linking = v.linking();
  uint32_t after_separator = first;  // where the words after the last separator begin
  uint32_t last_end = 0;              // where the last listed name ends
  for (uint32_t k = first; k < std::min(s.token_end, end);) {
    // ("…, Global Affairs Canada said in a statement": the source ends the list.)
    // (Not a verb inside a description's relative clause: "Kemal Arslan,
    // a Turkish businessman who OFAC said ran the network, and …".)
    bool relative = false;
    for (uint32_t j = after_separator; j < k && !relative; ++j) {
      relative = v.cues().Has(link::CueKind::kRelative, v.Word(j)) && v.StartsLower(j);
    }
    if (v.SaysOrClaims(k) && !relative) {
      if (!out.empty() && last_end == k) out.pop_back();
      break;
    }
    const int m = linking.MentionAt(k);
    if (m >= 0 && linking.mentions[m].token_begin == k) {
      const int e = linking.mentions[m].entity;
      const std::string& type = e >= 0 ? linking.entities[e].type : std::string();
      if (e >= 0 && type != "Country" && type != "Location" && Modifiers(v, after_separator, k) &&
          std::find(out.begin(), out.end(), e) == out.end()) {
        out.push_back(e);
        last_end = linking.mentions[m].token_end;
      }
      k = std::max(linking.mentions[m].token_end, k + 1);
      continue;
    }
    if (IsSeparator(v, k)) after_separator = k + 1;
    ++k;
  }
  return out;
}

// "a drone maker already under U.S. sanctions": a standing sanction told
// of someone in passing, no act a list after it repeats.
bool UnderSanctions(const DocumentView& v, const Event& e) {
  const uint32_t k = v.TokenAt(e.trigger.begin);
  const uint32_t begin = v.Sentence(e.sentence).token_begin;
  for (uint32_t j = k; j > begin && k - j <= 4;) {
    --j;
    if (v.Lower(j) == "under") return true;
    if (v.Word(j) == "," || v.IsClauseBreak(j)) break;
  }
  return false;
}

}  // namespace

void AddListedMembers(const DocumentView& v, std::vector<Event>* events) {
  const auto& seg = v.seg();
  for (uint32_t si = 0; si < seg.sentences.size(); ++si) {
    const text::Sentence& s = seg.sentences[si];
    uint32_t first = 0, end = UINT32_MAX;
    int32_t participle = Opening(v, s, &first);
    if (participle < 0) participle = ThoseOpening(v, s, &first);
    const bool charge = participle < 0 && ((participle = ChargeOpening(v, s, &first)) >= 0 ||
                                           (participle = AccusedOpening(v, s, &first)) >= 0);
    // (Those a sanction reached, by a noun for them or as undergoing it.)
    bool reached = false;
    if (participle < 0) {
      reached = (participle = IncludingOpening(v, s, &first)) >= 0 || (participle = RosterOpening(v, s, &first)) >= 0 ||
                (participle = AmongThemOpening(v, s, &first)) >= 0 ||
                (participle = UndergoClause(v, s, &first, &end)) >= 0;
    }
    if (participle < 0) continue;
    const auto* patterns =
        charge || reached ? nullptr : v.lexicon().EventsFor(v.Lower(static_cast<uint32_t>(participle)));
    // ("Among those listed were …": a verb that puts names on a list
    // repeats a sanction, listing_verb cues.)
    const bool listing =
        reached || (!charge && v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(participle)), "listing_verb"));
    if (patterns == nullptr && !listing && !charge) continue;
    const auto codes = [&](const Event& e) {
      if (listing && e.event == "SANCTION") return true;
      if (charge && e.event == "ACCUSE") return true;
      return patterns != nullptr && std::any_of(patterns->begin(), patterns->end(), [&](const EventPattern& p) {
               return !p.noun && p.event == e.event;
             });
    };
    // The latest act of the participle's type told before the list (one a
    // list before repeated too: "The individuals are …. The entities are …").
    const Event* act = nullptr;
    for (size_t i = 0; i < events->size(); ++i) {
      const Event& e = (*events)[i];
      if (e.sentence < si && e.sentence + kSentencesBack >= si && codes(e) && !UnderSanctions(v, e) &&
          e.modality != "negated" &&
          (e.modality != "hypothetical" || e.announced) && (act == nullptr || e.sentence >= act->sentence)) {
        act = &e;
      }
    }
    if (act == nullptr) continue;
    std::vector<int> listed = ListedEntities(v, s, first, end);
    std::erase_if(listed,
                  [&](int x) { return std::find(act->actor.begin(), act->actor.end(), x) != act->actor.end(); });
    if (listed.empty()) continue;
    Event e = *act;
    e.recipient = std::move(listed);
    e.sentence = si;
    e.span = s.span();
    e.trigger = {seg.tokens[participle].begin, seg.tokens[participle].end};
    e.evidence.clear();
    events->push_back(std::move(e));
  }
}

void AddHeldInOpening(const DocumentView& v, std::vector<Event>* events) {
  const auto& linking = v.linking();
  for (Event& act : *events) {
    if (act.event != "COERCE" || (act.mode != "arrest" && act.mode != "detain") || act.modality == "negated") continue;
    if (std::any_of(act.recipient.begin(), act.recipient.end(),
                    [&](int x) { return linking.entities[x].type == "Person"; })) {
      continue;
    }
    const text::Sentence& s = v.Sentence(act.sentence);
    uint32_t first = 0;
    if (AccusedOpening(v, s, &first) < 0) continue;
    const uint32_t trigger = v.TokenAt(act.trigger.begin);
    std::vector<int> held;
    for (const link::Mention& m : linking.mentions) {
      if (m.sentence != act.sentence || m.token_begin < first || m.token_end > trigger) continue;
      if (m.type == "PERSON" && m.entity >= 0 && !v.SaysOrClaims(m.token_end)) AddUnique(&held, {m.entity});
    }
    if (held.empty()) continue;
    // (Where they were held is no longer the act's other side.)
    std::erase_if(act.recipient, [&](int x) { return linking.entities[x].type == "Location"; });
    AddUnique(&act.recipient, held);
  }
}

}  // namespace dossier::extract
