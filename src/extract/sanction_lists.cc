// AddSanctionLists (context.h): "imposed sanctions on a Singapore-registered
// company, Azure Strait Petroleum Pte Ltd, its Myanmar-born director Min
// Thant Zaw and the oil tanker Sea Orchid for …", "the travel bans target
// Commissioner General A, Supreme Court magistrate B and Attorney General C":
// every person, body and ship the list after a sanction's first named target
// names is a target too, each with its own description before it.
#include <algorithm>

#include "base/utf8.h"
#include "extract/context.h"

namespace dossier::extract {
namespace {

// Longest description between a separator and a listed name ("its
// Myanmar-born director", "Supreme Court magistrate", "the oil tanker").
constexpr uint32_t kMaxDescription = 6;
// Most words a person's title runs before the name.
constexpr uint32_t kMaxTitleWords = 3;

// ("five Georgian officials, including A and B": "including" opens the list.)
bool IsSeparator(const DocumentView& v, uint32_t k) {
  return v.Word(k) == "," || v.Lower(k) == "and" || v.Lower(k) == "including";
}

// Whether the words [from, to) describe the name after them: determiners,
// possessive pronouns, adjectives, nouns, names and hyphen-joined participles,
// at most kMaxDescription of them.
bool Describes(const DocumentView& v, uint32_t from, uint32_t to) {
  if (to - from > kMaxDescription) return false;
  for (uint32_t k = from; k < to; ++k) {
    const std::string_view tag = v.Upos(k);
    if (tag == "PRON" && !DocumentView::IsPossessivePronoun(v.Lower(k))) return false;
    if (tag == "ADP" || tag == "AUX" || tag == "SCONJ" || tag == "CCONJ") return false;
    if (tag == "VERB" && !v.HyphenJoined(k)) return false;
  }
  return true;
}

// The parties listed after token `from` (the end of the sanction's first
// target) up to the end of the list: a preposition other than "of", a clause,
// a verb or a source ends it. A body named right before a person describes
// him ("Supreme Court magistrate B").
std::vector<int> ListAfter(const DocumentView& v, const text::Sentence& s, uint32_t from) {
  std::vector<int> out;
  const auto& linking = v.linking();
  uint32_t after_separator = s.token_end;  // none yet
  bool skip_next = false;                  // the name after "of" is an owner, not a target
  uint32_t last_end = from;                // where the last listed name ends
  for (uint32_t k = from; k < s.token_end;) {
    // ("…, the CIA said": the source ends the list.)
    if (v.SaysOrClaims(k)) {
      if (!out.empty() && last_end == k) out.pop_back();
      break;
    }
    if (v.Word(k) == ";" || v.IsClauseBreak(k)) break;
    // ("Cedar Crest Exchange, a currency dealer in Beirut's Hamra district,
    // and its owner, X"; "Y, which acted as the network's purchasing agent,
    // and its owner, Z": a description in apposition to the name just listed
    // is passed over to its closing comma. It may tell who said so, "a
    // channel the EU said had spread propaganda".)
    if (last_end == k) k = v.DescriptionEnd(k);
    const int m = linking.MentionAt(k);
    if (m >= 0 && linking.mentions[m].token_begin == k) {
      const link::Mention& mention = linking.mentions[m];
      const int e = mention.entity;
      const std::string& type = e >= 0 ? linking.entities[e].type : std::string();
      // A name before a possessive or a lower-case word describes the noun
      // after it ("El Chapo's sons", "Supreme Court magistrate B", "the
      // United Nations special rapporteur").
      const uint32_t after = mention.token_end;
      const int person_after = after + 1 < s.token_end ? linking.MentionAt(after + 1) : -1;
      // ("Supreme Court magistrate B": a body and a noun before a person.)
      const bool describes_person = after < s.token_end && v.StartsLower(after) && mention.type != "PERSON" &&
                                    person_after >= 0 && linking.mentions[person_after].type == "PERSON";
      const bool modifier =
          after < s.token_end && (base::IsPossessiveClitic(v.Lower(after)) || describes_person ||
                                  (v.StartsLower(after) && (v.Upos(after) == "NOUN" || v.Upos(after) == "ADJ" ||
                                                            v.Upos(after) == "NUM")));
      const uint32_t start = mention.title_token >= 0 ? static_cast<uint32_t>(mention.title_token) : k;
      if (e >= 0 && !skip_next && !modifier && type != "Country" && type != "Location" &&
          after_separator <= start && Describes(v, after_separator, start) &&
          std::find(out.begin(), out.end(), e) == out.end()) {
        out.push_back(e);
        last_end = mention.token_end;
      }
      skip_next = false;
      k = std::max(mention.token_end, k + 1);
      // (The body and the noun describe B, the listed name after them.)
      if (describes_person && after_separator != s.token_end) {
        const link::Mention& p = linking.mentions[person_after];
        k = p.token_begin;
        after_separator = p.title_token >= 0 ? std::min<uint32_t>(k, static_cast<uint32_t>(p.title_token)) : k;
      }
      continue;
    }
    const std::string_view tag = v.Upos(k);
    // (A title the tagger read as a verb: "Supreme Court magistrate B", "its
    // managing director B".)
    bool title = false;
    for (uint32_t j = k + 1; j < s.token_end && j <= k + kMaxTitleWords; ++j) {
      const int titled = linking.MentionAt(j);
      if (titled < 0) continue;
      const int title_token = linking.mentions[titled].title_token;
      title = title_token >= 0 && static_cast<uint32_t>(title_token) <= k;
      break;
    }
    if (v.Lower(k) == "of") {
      skip_next = true;
    } else if (!title && !IsSeparator(v, k) && (tag == "ADP" || tag == "SCONJ" || (tag == "VERB" && !v.HyphenJoined(k)))) {
      break;
    }
    if (IsSeparator(v, k)) after_separator = k + 1;
    ++k;
  }
  return out;
}

}  // namespace

void AddSanctionLists(const DocumentView& v, std::vector<Event>* events) {
  const auto& linking = v.linking();
  for (Event& e : *events) {
    if (e.event != "SANCTION" || e.recipient.empty() || e.modality == "negated") continue;
    const text::Sentence& s = v.Sentence(e.sentence);
    // The first target named after the trigger, where the list starts.
    const uint32_t trigger = v.TokenAt(e.trigger.begin);
    uint32_t from = 0;
    for (const link::Mention& m : linking.mentions) {
      if (m.sentence != e.sentence || m.token_begin <= trigger) continue;
      if (std::find(e.recipient.begin(), e.recipient.end(), m.entity) != e.recipient.end()) {
        from = m.token_end;
        break;
      }
    }
    if (from == 0) continue;
    std::vector<int> listed = ListAfter(v, s, from);
    std::erase_if(listed, [&](int x) { return std::find(e.actor.begin(), e.actor.end(), x) != e.actor.end(); });
    AddUnique(&e.recipient, listed);
  }
}

}  // namespace dossier::extract
