// EventCoder: arguments that a phrase around the trigger assigns, whatever the
// parse says (see event_coder.h): the side and target of sanctions a thing is
// "under", the giver of aid "from" someone, the subject of a verb after a
// relative clause's speaker ("companies that it said helped Moscow"), the
// venue of a meeting or an agreement, which is no side of it, and names deep
// in a clause below the verb ("men suspected of spying for China").
#include <algorithm>

#include "extract/context.h"
#include "extract/event_coder.h"
#include "extract/parse_arguments.h"

namespace dossier::extract {

bool VenueEnds(const EventPattern& p) {
  return p.reciprocal || p.event == "CONSULT" || p.event == "AGREE" || p.event == "COOPERATE";
}

void EventCoder::DropVenues(uint32_t from, std::vector<int>* recipient) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(from > 0 ? from - 1 : 0));
  // The trigger's phrase ends at a comma ("held talks in Nairobi last week,
  // Kenya's foreign ministry said": the source is no other side).
  uint32_t end = from;
  while (end < s.token_end && v_.Word(end) != ",") ++end;
  std::erase_if(*recipient, [&](int r) {
    bool venue = false, other = false;
    for (const link::Mention& m : v_.linking().mentions) {
      if (m.entity != r || m.token_begin < from || m.token_begin >= end) continue;
      (m.token_begin > 0 && v_.Lower(m.token_begin - 1) == "in" ? venue : other) = true;
    }
    return venue && !other;
  });
}

int EventCoder::DescribedBefore(uint32_t j) const {
  constexpr uint32_t kMaxWords = 6;
  const uint32_t begin = v_.Sentence(v_.SentenceOf(j)).token_begin;
  uint32_t a = j;
  while (a > begin && j - a < kMaxWords && v_.StartsLower(a - 1) && v_.linking().MentionAt(a - 1) < 0 &&
         v_.Lower(a - 1) != "a" && v_.Lower(a - 1) != "an" &&
         !v_.cues().Has(link::CueKind::kRelative, v_.Word(a - 1))) {
    --a;
  }
  if (a == j || a < begin + 3 || (v_.Lower(a - 1) != "a" && v_.Lower(a - 1) != "an") || v_.Word(a - 2) != ",") {
    return -1;
  }
  const int m = v_.linking().MentionAt(a - 3);
  if (m < 0 || v_.linking().mentions[m].token_end != a - 2) return -1;
  const int named = v_.linking().mentions[m].entity;
  if (named < 0) return -1;
  const std::string& type = v_.linking().entities[named].type;
  return type == "Country" || type == "Location" ? -1 : named;
}

bool EventCoder::SanctionsUnder(uint32_t k, uint32_t end, Event* e) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  for (uint32_t j = k; j > s.token_begin && k - j <= 4;) {
    --j;
    if (v_.Word(j) == "," || v_.IsClauseBreak(j)) return false;
    if (v_.Lower(j) != "under") continue;
    // The side: "U.S. sanctions", "sanctions from the US and the UN".
    e->actor = v_.FirstItemIn(j + 1, k);
    if (e->actor.empty() && end + 1 < s.token_end && (v_.Lower(end) == "from" || v_.Lower(end) == "by")) {
      e->actor = v_.ObjectAfter(end + 1, 5);
    }
    // The target: "two countries under U.S. sanctions" hang on a noun, named
    // in its own phrase or by the name it stands in apposition to ("Zarvan Mining, a
    // company under sanctions from the US"); else the clause's subject ("The
    // company has been under U.S. sanctions").
    // ("Qods Aviation Industries, a drone maker already under U.S.
    // sanctions": the name the description before "under" stands in
    // apposition to, whatever the parser hung the phrase on.)
    if (const int described = DescribedBefore(j); described >= 0) {
      e->recipient = {described};
      return true;
    }
    const int32_t head = v_.Head(k);
    if (!v_.Parsed(k) || head < 0 || v_.Upos(static_cast<uint32_t>(head)) != "NOUN") {
      e->recipient = v_.SubjectBefore(j);
      return true;
    }
    uint32_t noun = static_cast<uint32_t>(head);
    if (v_.Dep(noun) == "appos" && v_.Head(noun) >= 0) noun = static_cast<uint32_t>(v_.Head(noun));
    uint32_t lo = noun, hi = noun;
    for (uint32_t c : v_.Children(noun)) {
      const std::string_view dep = v_.Dep(c);
      if (dep == "compound" || dep == "flat" || dep == "amod" || dep == "det" || dep == "nmod:poss") {
        lo = std::min(lo, c);
        hi = std::max(hi, c);
      }
    }
    e->recipient = v_.FirstItemIn(lo, hi + 1);
    return true;
  }
  return false;
}

bool EventCoder::AidFrom(uint32_t k, uint32_t end, Event* e) const {
  const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
  if (end + 1 >= s.token_end || v_.Lower(end) != "from") return false;
  std::vector<int> giver = v_.ObjectAfter(end + 1, 5);
  if (giver.empty()) return false;
  e->actor = std::move(giver);
  for (uint32_t j = k; j > s.token_begin && k - j <= 5;) {
    --j;
    const std::string_view lemma = v_.Lemma(j);
    if (lemma == "receive" || lemma == "obtain" || lemma == "accept" || lemma == "get") {
      e->recipient = v_.SubjectBefore(j);
      break;
    }
  }
  return true;
}

bool EventCoder::RelativeSpeech(const EventPattern& p, uint32_t k, uint32_t end, Event* e) const {
  if (k == 0) return false;
  const int32_t speaker = v_.RelativeClauseSpeaker(k - 1);
  if (speaker < 0) return false;
  // The relative pronoun stands for the subject.
  e->actor = v_.Referents(static_cast<uint32_t>(speaker - 1));
  e->recipient = v_.ObjectAfter(end, 8, VenueEnds(p));
  return true;
}

void EventCoder::DropNamesInClausesBelow(uint32_t k, std::vector<int>* found) const {
  if (!v_.Parsed(k)) return;
  const uint32_t sentence = v_.SentenceOf(k);
  // Whether the path up from token t reaches k through k's object, and below
  // the object through a clause on it and a clause within that one ("sanctions
  // imposed on Syria" stays), or through the agent of a clause on it. A path
  // that misses the object is the parser's misreading, which is why the words
  // were searched at all: it decides nothing.
  const auto deep = [&](uint32_t t) {
    int clauses = 0;
    bool on_noun = false;
    bool agent = false;  // "signed a deal mediated by Kazakhstan": the agent of a clause on the object
    for (int depth = 0; depth < 10; ++depth) {
      const int32_t head = v_.Head(t);
      if (head < 0) return false;
      const std::string_view dep = v_.Dep(t);
      if (static_cast<uint32_t>(head) == k) return dep == "obj" && on_noun && (clauses >= 2 || agent);
      agent = agent || (dep == "obl:agent" && clauses == 0);
      if (dep == "acl" || DocumentView::IsRelativeClause(dep)) on_noun = true;
      if (dep == "acl" || dep == "advcl" || dep == "xcomp" || dep == "ccomp" ||
          DocumentView::IsRelativeClause(dep)) {
        ++clauses;
      }
      t = static_cast<uint32_t>(head);
    }
    return false;
  };
  std::erase_if(*found, [&](int r) {
    bool inside = false, outside = false;
    for (const link::Mention& m : v_.linking().mentions) {
      if (m.entity != r || m.sentence != sentence || m.token_begin <= k) continue;
      (deep(m.token_end - 1) ? inside : outside) = true;
    }
    return inside && !outside;
  });
}

}  // namespace dossier::extract
