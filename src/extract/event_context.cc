// Date, modality and attribution of events.
//   date        the sentence's time expression nearest the trigger, preferring
//               adverbials ("in mid-October") over modifiers ("the 2015 deal");
//               else the document date
//   modality    cues between the clause start and the trigger: negated >
//               hedged > hypothetical; else the coder's reading (hypothetical
//               for what is requested); else reported when a source is
//               credited; else asserted
//   attribution "according to X", "made public by X", "a report from X",
//               "X said that …", and the speaker of a quote holding the trigger
#include <algorithm>
#include <cstdlib>

#include "base/utf8.h"
#include "extract/context.h"
#include "extract/event_types.h"
#include "extract/parse_arguments.h"
#include "time/date.h"

namespace dossier::extract {
namespace {

bool IsModifierPosition(const DocumentView& v, uint32_t first_token) {
  if (first_token == 0) return false;
  const std::string& prev = v.Lower(first_token - 1);
  return prev == "a" || prev == "an" || prev == "the" || prev == "its" || prev == "their" ||
         prev == "'s" || prev == "\xE2\x80\x99s" || prev == "his" || prev == "her";
}

bool IsDateValue(const std::string& value) {
  return value.size() >= 4 && base::IsDigit(static_cast<unsigned char>(value[0]));
}

// Whether the word at k heads a clause of its own: a verb, or a predicate
// with its copula or subject ("persona non grata on Thursday", which the
// parser may hang as a relative clause, is none).
bool IsClauseHead(const DocumentView& v, uint32_t k) {
  // (", the Defence Ministry said." is the reporting clause, which the parser
  // may hang as a relative clause: it tells who said it, not another event.)
  if (v.SaysOrClaims(k) && k + 1 < v.seg().tokens.size() && (v.Word(k + 1) == "." || v.Word(k + 1) == ",")) {
    return false;
  }
  if (v.Upos(k) == "VERB" || v.Upos(k) == "AUX") return true;
  const text::Sentence& s = v.Sentence(v.SentenceOf(k));
  for (uint32_t c = s.token_begin; c < s.token_end; ++c) {
    if (v.Head(c) == static_cast<int32_t>(k) && (v.Dep(c) == "cop" || v.Dep(c).starts_with("nsubj"))) return true;
  }
  return false;
}

// Without a parse: whether the word at k stands in a relative clause set off
// by commas before the trigger ("Wang Lifeng, who allegedly ran the front
// company, was charged").
bool InCommaRelativeClause(const DocumentView& v, uint32_t k, uint32_t trigger) {
  const uint32_t begin = v.Sentence(v.SentenceOf(k)).token_begin;
  uint32_t open = k;
  while (open > begin && v.Word(open) != ",") --open;
  if (open == begin || open + 1 > k) return false;
  const std::string& relative = v.Lower(open + 1);
  if (relative != "who" && relative != "which" && relative != "whose") return false;
  for (uint32_t c = k + 1; c < trigger; ++c) {
    if (v.Word(c) == ",") return true;
  }
  return false;
}

// ", the British military's United Kingdom Maritime Trade Operations agency
// said": in [from, to), the body named after a possessor's mark, when the
// phrase opens with the possessor; empty otherwise.
std::vector<int> BodyAfterPossessor(const DocumentView& v, uint32_t from, uint32_t to) {
  const auto& mentions = v.linking().mentions;
  uint32_t k = from;
  while (k < to && v.linking().MentionAt(k) < 0 && v.StartsLower(k)) ++k;
  const int owner = k < to ? v.linking().MentionAt(k) : -1;
  if (owner < 0 || mentions[owner].token_begin != k) return {};
  for (uint32_t j = mentions[owner].token_end; j < to; ++j) {
    if (!v.IsPossessiveMark(j)) {
      if (!v.StartsLower(j)) return {};
      continue;
    }
    for (uint32_t b = j + 1; b < to; ++b) {
      const int m = v.linking().MentionAt(b);
      if (m >= 0 && mentions[m].type == "ORG" && mentions[m].entity >= 0) return {mentions[m].entity};
      if (m < 0 && !v.StartsLower(b)) return {};
    }
    return {};
  }
  return {};
}

// Whether the word at k stands in a relative clause the trigger is not part
// of ("four militants who allegedly planned the bombing are arrested": the
// clause's "allegedly" and "planned" say nothing of the arrest).
bool InOtherRelativeClause(const DocumentView& v, uint32_t k, uint32_t trigger) {
  if (!v.Parsed(k) || !v.Parsed(trigger)) return InCommaRelativeClause(v, k, trigger);
  for (int depth = 0; depth < 12 && v.Head(k) >= 0; ++depth) {
    // (A date under the main verb the parser joined to a relative clause
    // is in no relative clause.)
    if (v.MainVerbJoinedToRelative(k)) return false;
    if (DocumentView::IsRelativeClause(v.Dep(k)) && IsClauseHead(v, k)) {
      for (int32_t a = static_cast<int32_t>(trigger), d = 0; a >= 0 && d < 32; a = v.Head(a), ++d) {
        if (a == static_cast<int32_t>(k)) return false;
        // ("The ELN, which broke off talks in January, separately denied":
        // not through the main verb the parser joined to the clause.)
        if (v.Head(a) == static_cast<int32_t>(k) && v.MainVerbJoinedToRelative(static_cast<uint32_t>(a))) return true;
      }
      return true;
    }
    k = static_cast<uint32_t>(v.Head(k));
  }
  return false;
}

// "said last week that Russia might launch an offensive in the spring": a date
// before the complementiser that opens the trigger's clause dates the saying.
bool DatesTheSaying(const DocumentView& v, uint32_t timex, uint32_t trigger) {
  for (uint32_t k = timex + 1; k < trigger; ++k) {
    if (v.Lower(k) == "that" && v.Upos(k) == "SCONJ") return true;
  }
  return false;
}

// Whether the time expression at `timex`, before the trigger, stands right
// after a verb of saying ("The U.S. military said on Wednesday it had
// carried out an airstrike … on Monday"): it dates the saying first, so a
// date near the trigger on its other side is the act's.
bool AfterSaying(const DocumentView& v, uint32_t timex, uint32_t trigger) {
  uint32_t before = timex;
  const uint32_t begin = v.Sentence(v.SentenceOf(timex)).token_begin;
  if (before > begin && (v.Lower(before - 1) == "on" || v.Lower(before - 1) == "last")) --before;
  if (timex >= trigger || before <= begin || v.Upos(before - 1) != "VERB" ||
      !v.lexicon().HasCue(v.Lower(before - 1), "speech_verb")) {
    return false;
  }
  // (A clause of what was said follows, with a verb of its own before the
  // trigger; "said on Tuesday during a visit to Kyiv" dates the visit.)
  for (uint32_t k = timex + 1; k < trigger; ++k) {
    if (v.Upos(k) == "VERB" || v.Upos(k) == "AUX") return true;
  }
  return false;
}

// "Serbia on Tuesday denied it, a day after Russia accused Serbia": a trigger
// in a clause opened by a duration of days or weeks the time tagger read
// ("a day": P1D, "two weeks": P2W) and "after" or "before" happened that long
// before (or after) the date of the clause it follows. Returns the shift in
// days (0: no such clause) and sets *opens to the duration's first token.
int64_t OffsetClause(const DocumentView& v, const std::vector<TimeAnchor>& timexes, uint32_t trigger,
                     uint32_t* opens) {
  const uint32_t begin = v.Sentence(v.SentenceOf(trigger)).token_begin;
  for (uint32_t k = trigger; k > begin + 1 && trigger - k < 12;) {
    --k;
    const std::string& w = v.Lower(k);
    if (w == "," || w == ";" || w == ":" || w == "\"") return 0;
    if (w != "after" && w != "before") continue;
    for (const TimeAnchor& t : timexes) {
      const std::string& d = t.value;  // "P<count><unit>"
      if (t.span.end == 0 || v.TokenAt(t.span.end - 1) != k - 1 || d.size() < 3 || d[0] != 'P' ||
          (d.back() != 'D' && d.back() != 'W')) {
        continue;
      }
      if (!std::all_of(d.begin() + 1, d.end() - 1, [](char c) { return c >= '0' && c <= '9'; })) return 0;
      const int64_t n = std::strtoll(d.c_str() + 1, nullptr, 10);
      *opens = v.TokenAt(t.span.begin);
      return (w == "after" ? -1 : 1) * n * (d.back() == 'W' ? 7 : 1);
    }
    return 0;
  }
  return 0;
}

// Whether the date at `first`, before the verb trigger, belongs to the
// clause a conjunction joins the trigger's to ("sanctioned Los Lobos in June
// 2024 and designated Cedeno in December": June dates the first act).
bool InClauseJoinedBefore(const DocumentView& v, uint32_t first, uint32_t trigger) {
  if (first >= trigger || v.Upos(trigger) != "VERB") return false;
  for (uint32_t j = trigger; j > first + 1 && trigger - j <= 2;) {
    --j;
    if (v.Lower(j) == "and" || v.Lower(j) == "but") return true;
    if (v.Upos(j) != "ADV" && v.Upos(j) != "AUX" && v.Word(j) != ",") return false;
  }
  return false;
}

// Whether the date at `first` stands in an aside set off by commas before
// the trigger ("Faisal bin Farhan, visiting Damascus for the second time this
// year, met al-Sharaa on Thursday": the aside's date is not the meeting's;
// "On 3 December, the ministers warned" opens the clause and dates it).
bool InAsideBefore(const DocumentView& v, uint32_t first, uint32_t trigger) {
  bool closed = false;
  for (uint32_t j = first + 1; j < trigger && !closed; ++j) closed = v.Word(j) == ",";
  if (!closed) return false;
  for (uint32_t j = first; j > v.Sentence(v.SentenceOf(first)).token_begin;) {
    --j;
    if (v.Word(j) == ",") return true;
  }
  return false;
}

// Whether the date at `first` lies in the clause the trigger's verb takes as
// its complement ("warned that they would reimpose sanctions before the
// autumn": that date is the sanctions', not the warning's).
bool InComplementOf(const DocumentView& v, uint32_t first, uint32_t trigger) {
  constexpr int kMaxDepth = 8;
  if (!v.Parsed(first) || !v.Parsed(trigger)) return false;
  for (int32_t a = static_cast<int32_t>(first), depth = 0; a >= 0 && depth < kMaxDepth; ++depth) {
    const int32_t head = v.Head(static_cast<uint32_t>(a));
    if (head == static_cast<int32_t>(trigger)) return v.Dep(static_cast<uint32_t>(a)) == "ccomp";
    a = head;
  }
  return false;
}

// Sets e->date and e->date_source.
void DateEvent(const DocumentView& v, const std::vector<TimeAnchor>& timexes,
               std::string_view doc_date, Event* event) {
  const Event& e = *event;
  // (A claim is dated as said: the verb of saying stands for the trigger.)
  uint32_t trigger = v.TokenAt(e.said.end > e.said.begin ? e.said.begin : e.trigger.begin);
  const TimeAnchor* best = nullptr;
  int best_score = 1 << 30;
  // (A date in the trigger's own clause after it, before a comma.)
  bool own_date_after = false;
  for (const TimeAnchor& t : timexes) {
    if (!e.span.Contains(t.span) || !IsDateValue(t.value)) continue;
    const uint32_t first = v.TokenAt(t.span.begin);
    bool comma = false;
    for (uint32_t j = trigger + 1; j < first && !comma; ++j) comma = v.Word(j) == ",";
    own_date_after = own_date_after || (first > trigger && !comma);
  }
  for (const TimeAnchor& t : timexes) {
    if (!e.span.Contains(t.span) || !IsDateValue(t.value)) continue;
    uint32_t first = v.TokenAt(t.span.begin);
    // ("under the Myanmar (Sanctions) (EU Exit) Regulations 2019": a law's
    // year names the law.)
    if (first > 0) {
      const std::string* law = v.cues().Find(link::CueKind::kMiscKeyword, v.Word(first - 1));
      if (law != nullptr && *law == "LAW") continue;
    }
    // "demanded that parliament repeal the levy it approved last month": a
    // date in a relative clause dates what that clause tells.
    if (InOtherRelativeClause(v, first, trigger)) continue;
    // ("extending their security arrangement until 2027": the end of a
    // span the act sets, not its date.)
    // (Nor a deadline: "would finance two systems by the end of the year".)
    if (first > 0 && (v.Lower(first - 1) == "until" || v.Lower(first - 1) == "till" || v.Lower(first - 1) == "by")) {
      continue;
    }
    // ("visited China on his first foreign trip since taking office in
    // October": a date after a gerund that "since", "after" or "before"
    // opens dates that clause; "accusing X of orchestrating an arson attack
    // last year": so does one after the act an accusation names.)
    // (Not past a comma closing that clause: "accused Iran of orchestrating
    // the attack, and in April 2024 a court ruled".)
    bool gerund_clause = false;
    for (uint32_t j = trigger + 1; j + 1 < first; ++j) {
      const std::string& w = v.Lower(j);
      if (w == ",") gerund_clause = false;
      gerund_clause = gerund_clause ||
                      ((w == "since" || w == "after" || w == "before" || (w == "of" && e.event == "ACCUSE")) &&
                       v.Upos(j + 1) == "VERB" && v.Lower(j + 1).ends_with("ing"));
    }
    if (gerund_clause) continue;
    // ("demanded an explanation, citing the 1994 bombing": a date that
    // modifies another noun dates that noun, not the act; "the 2022
    // invasion" dates its trigger, and "a 2016 report …, which called on"
    // what the report says.)
    const uint32_t after = t.span.end > 0 ? v.TokenAt(t.span.end - 1) + 1 : first;
    const bool report = after < v.seg().tokens.size() && (v.lexicon().HasCue(v.Lower(after), "report_noun") ||
                                                          v.lexicon().HasCue(v.Lower(after), "speech_noun"));
    // ("During the negotiations for the 2015 Iranian nuclear accord": what
    // talks are for, named right after the trigger, dates them.)
    const bool purpose = first == trigger + 3 && v.Lower(trigger + 1) == "for" && v.Lower(trigger + 2) == "the";
    if (IsModifierPosition(v, first) && after != trigger && !(after + 1 == trigger && v.Upos(after) != "ADP") &&
        !report && !purpose) {
      continue;
    }
    // (Of two as near, right by the trigger, the one after it: "agreed on
    // Wednesday to meet on Thursday".)
    int distance = std::abs(static_cast<int>(first) - static_cast<int>(trigger));
    int score = 2 * distance + (first < trigger && distance <= 3 ? 1 : 0) +
                (IsModifierPosition(v, first) && !purpose ? 2000 : 0) + (DatesTheSaying(v, first, trigger) ? 1000 : 0) +
                (AfterSaying(v, first, trigger) ? 40 : 0) + (InComplementOf(v, first, trigger) ? 1000 : 0) +
                (own_date_after && (InClauseJoinedBefore(v, first, trigger) || InAsideBefore(v, first, trigger))
                     ? 500
                     : 0);
    if (score < best_score) {
      best_score = score;
      best = &t;
    }
  }
  if (best != nullptr) {
    event->date = best->value;
    event->date_source = "timex";
  } else {
    event->date = std::string(doc_date);
    event->date_source = doc_date.empty() ? "" : "document";
  }
  // (A date of its own inside the clause wins: "a day after Russia accused
  // Serbia on Monday".)
  uint32_t opens = 0;
  const int64_t shift = OffsetClause(v, timexes, trigger, &opens);
  if (shift != 0 && (best == nullptr || v.TokenAt(best->span.begin) < opens) && event->date.size() == 10) {
    if (auto anchor = time::Date::Parse(event->date); anchor.ok()) event->date = anchor->AddDays(shift).ToString();
  }
}

// Entities named in the phrase starting at `from`, up to a comma or clause break.
std::vector<int> SourcesAfter(const DocumentView& v, uint32_t from) {
  std::vector<int> out;
  const text::Sentence& s = v.Sentence(v.SentenceOf(from));
  for (uint32_t k = from; k < s.token_end; ++k) {
    if (v.Word(k) == "," || (k > from && v.IsClauseBreak(k))) break;
    int m = v.linking().MentionAt(k);
    if (m < 0) continue;
    int e = v.linking().mentions[m].entity;
    // ("according to the indictment unsealed in Brooklyn": where, not who.)
    const bool venue = e >= 0 && k > from && v.linking().entities[e].type == "Location" &&
                       (v.Lower(k - 1) == "in" || v.Lower(k - 1) == "at" || v.Lower(k - 1) == "near");
    if (e >= 0 && !venue && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    k = v.linking().mentions[m].token_end - 1;
  }
  return out;
}

struct Source {
  std::vector<int> entities;
  uint32_t from_token;  // applies to triggers at or after this token ("X said that …")
  uint32_t to_token = UINT32_MAX;  // … and before this one ("…, the U.S. Navy said.")
  bool unnamed = false;  // "according to two people familiar with the matter": a source the text does not name
  int32_t unnamed_word = -1;  // the word naming that source ("people"), when one does
};

// A source the text does not name, for the triggers in [from, to); `word`
// names it ("officials"), when one does.
Source Unnamed(uint32_t from, uint32_t to, int32_t word = -1) {
  Source src{{}, from, to};
  src.unnamed = true;
  src.unnamed_word = word;
  return src;
}

// A source named between commas by a verb of saying: what the rest of the
// sentence tells is the source's. `open` is the comma before the source.
struct SourceClause {
  uint32_t open = 0;   // 0: the verb at k closes no such clause
  uint32_t close = 0;  // the comma after the verb, 0 when the verb ends the sentence
};

// "Iran seized a tanker, the U.S. Navy said." / "…, said Jeffrey Lewis.": a
// speech verb closing its sentence after a comma names the source of what
// comes before the comma. So does one set off by commas before a verbless
// tail or a main clause ("North Korea fired a missile, the Joint Chiefs of
// Staff said, its first launch in weeks"; "In March, the report said,
// Pyongyang delivered missiles"), for the whole sentence.
SourceClause FindSourceClause(const DocumentView& v, const text::Sentence& sent, uint32_t k) {
  SourceClause c;
  // ("…, Syria, is reported between local Druze forces and …": a passive
  // names no source.)
  if (k > sent.token_begin && v.Lemma(k - 1) == "be") return {};
  // Up to eight words back, a name counting as none ("…, the International
  // Atomic Energy Agency (IAEA) said").
  uint32_t words = 0;
  for (uint32_t j = k; j > sent.token_begin + 1 && words < 8;) {
    --j;
    if (v.Word(j) == ",") {
      c.open = j;
      break;
    }
    if (v.IsClauseBreak(j)) return {};
    const int m = v.linking().MentionAt(j);
    if (m >= 0 && v.linking().mentions[m].token_begin < j && v.linking().mentions[m].token_begin > sent.token_begin) {
      j = v.linking().mentions[m].token_begin;
    } else if (m < 0) {
      ++words;
    }
  }
  if (c.open == 0) return {};
  // (Not a clause of its own joined by "and": "…, Maduro said on Wednesday,
  // and rights group Foro Penal said at least 11 people had been killed".)
  if (const std::string& joined = v.Lower(c.open + 1); joined == "and" || joined == "but") return {};
  // The verb ends the sentence but for a few words ("on Monday", "in a
  // statement") and perhaps a comma-set tail.
  for (uint32_t j = k + 1; j < sent.token_end; ++j) {
    // (The segmenter leaves the opening mark of a quote that follows at the
    // sentence's end: `…, he said. "This was …`.)
    if (j + 1 == sent.token_end && v.Word(j) == "\"") break;
    if (v.Lower(j) == "that" || v.IsClauseBreak(j)) return {};
    if (v.Word(j) != ",") continue;
    if (j - k > 4 || j + 1 >= sent.token_end) return {};
    // Not a clause of the writer's own after it ("…, Kyiv said, as Russia
    // massed troops"; "…, the ministry said, adding that …" is the source's).
    // (But another source's words may follow: "…, Maduro said on Wednesday,
    // and rights group Foro Penal said …".)
    const std::string_view next = v.Upos(j + 1);
    bool another_source = false;
    for (uint32_t t = j + 2; next == "CCONJ" && t < sent.token_end && t < j + 9 && !another_source; ++t) {
      another_source = v.lexicon().HasCue(v.Lower(t), "speech_verb") && v.Upos(t) == "VERB";
    }
    if (next == "SCONJ" || (next == "CCONJ" && !another_source)) return {};
    c.close = j;
    return c;
  }
  // ("…, the IAEA said in a confidential quarterly report seen by Reuters on
  // Wednesday": a longer tail when a preposition opens it.)
  if (sent.token_end - k > (v.Upos(k + 1) == "ADP" ? 14u : 6u)) return {};
  return c;
}

// "…, the military's media wing, Inter-Services Public Relations (ISPR),
// said": the name ("the" may open it, an abbreviation follow it) that the
// commas at `comma` and `close` enclose, after a description in lower case
// that a comma opens (its place is stored in `open`); empty otherwise.
std::vector<int> NameAfterDescription(const DocumentView& v, const text::Sentence& sent, uint32_t comma,
                                      uint32_t close, uint32_t* open) {
  const uint32_t first = comma + 1 < close && v.Lower(comma + 1) == "the" ? comma + 2 : comma + 1;
  const int m = v.linking().MentionAt(first);
  if (m < 0) return {};
  const link::Mention& name = v.linking().mentions[m];
  if (name.entity < 0 || name.token_begin != first) return {};
  const bool abbreviated = name.token_end + 3 == close && v.Word(name.token_end) == "(" && v.Word(close - 1) == ")";
  if (name.token_end != close && !abbreviated) return {};
  for (uint32_t j = comma; j > sent.token_begin + 1 && comma - j < 10;) {
    --j;
    if (v.IsClauseBreak(j)) return {};
    if (v.Word(j) != ",") continue;
    if (!v.StartsLower(j + 1)) return {};
    *open = j;
    return {name.entity};
  }
  return {};
}

// "…, Andriy Yusov, a spokesman for Ukraine's military intelligence agency,
// said": the name before the description that the comma at `close` ends
// (the description starts in lower case); sets *open to the comma before
// the name. Empty when there is none.
std::vector<int> SourceBeforeApposition(const DocumentView& v, const text::Sentence& sent, uint32_t close,
                                        uint32_t* open) {
  for (uint32_t j = close; j > sent.token_begin + 2 && close - j < 16;) {
    --j;
    if (v.IsClauseBreak(j)) return {};
    if (v.Word(j) != ",") continue;
    if (std::vector<int> named = NameAfterDescription(v, sent, j, close, open); !named.empty()) return named;
    if (!v.StartsLower(j + 1)) return {};
    const int m = v.linking().MentionAt(j - 1);
    if (m < 0 || v.linking().mentions[m].entity < 0 || v.linking().mentions[m].token_end != j) return {};
    const uint32_t begin = v.linking().mentions[m].token_begin;
    if (begin <= sent.token_begin || v.Word(begin - 1) != ",") return {};
    *open = begin - 1;
    return {v.linking().mentions[m].entity};
  }
  return {};
}

// The subject of the verb of saying whose complement clause holds the
// trigger at k (or the noun trigger's verb), read from the parse (a participle
// of saying speaks for the subject of the clause it hangs on); empty when
// there is none. *unnamed is set when the subject is an unnamed source
// ("Diplomats in New York said"), and *unnamed_word (when given) to its word.
std::vector<int> ComplementSpeakers(const DocumentView& v, uint32_t k, bool* unnamed,
                                    int32_t* unnamed_word = nullptr) {
  // A noun trigger ("said Washington's drills had provoked the launch"): from
  // the verb whose subject or object it is ("said … the vessel's manager was
  // placed under U.S. sanctions": or whose oblique).
  const std::string_view dep = v.Dep(k);
  if (const int32_t head = v.Head(k);
      head >= 0 && (dep == "nsubj" || dep == "nsubj:pass" || dep == "obj" ||
                    (dep == "obl" && v.Upos(static_cast<uint32_t>(head)) == "VERB"))) {
    k = static_cast<uint32_t>(head);
  }
  // (A conjunct of the main clause the parser hung in a relative clause
  // under a verb of saying: "companies that it says helped Russia …, and
  // banned exports" is told by the text.)
  if (v.Dep(k) == "conj" && v.Head(k) >= 0 && MainVerbPastRelative(v, k, static_cast<uint32_t>(v.Head(k))) >= 0) {
    return {};
  }
  // ("said Rwandan army units helped M23 capture the hub": an open
  // complement is told by whoever tells its verb.)
  for (int depth = 0; depth < 3 && v.Dep(k) == "xcomp" && v.Head(k) >= 0; ++depth) {
    k = static_cast<uint32_t>(v.Head(k));
  }
  const int32_t verb = ComplementTaker(v, k, /*through_objects=*/false);
  if (verb < 0) return {};
  const std::string& w = v.Lower(static_cast<uint32_t>(verb));
  if (w.ends_with("ing")) {
    if (!v.lexicon().HasCue(v.Lemma(static_cast<uint32_t>(verb)), "speech_verb")) return {};
    // "The WFP appealed for access, saying the RSF had blocked its convoys":
    // a participle of saying hung on a clause speaks for that clause's
    // subject (a claiming participle, "alleging", stays the document's).
    const int32_t head = v.Head(static_cast<uint32_t>(verb));
    if (v.Dep(static_cast<uint32_t>(verb)) != "advcl" || head < 0) return {};
    return SubjectEntities(v, static_cast<uint32_t>(head));
  }
  // ("Prosecutors allege that he used his company to export …": what a
  // party alleges is told by it too.)
  if (!v.lexicon().HasCue(w, "speech_verb") && !v.lexicon().HasCue(w, "claim_verb")) return {};
  std::vector<int> speakers = SubjectEntities(v, static_cast<uint32_t>(verb));
  for (uint32_t c : v.Children(static_cast<uint32_t>(verb))) {
    if (speakers.empty() && v.Dep(c) == "nsubj" && v.lexicon().HasCue(v.Lower(c), "unnamed_source")) {
      *unnamed = true;
      if (unnamed_word != nullptr) *unnamed_word = static_cast<int32_t>(c);
    }
  }
  return speakers;
}

// "according to a report by the Royal United Services Institute … In March,
// the report said, …": the author of the last report the text credited, in
// the three sentences before `s`; empty when none was.
std::vector<int> ReportAuthorBefore(const DocumentView& v, uint32_t s) {
  for (uint32_t back = 1; back <= 3 && back <= s; ++back) {
    const text::Sentence& sent = v.Sentence(s - back);
    std::vector<int> author;
    for (uint32_t k = sent.token_begin; k + 2 < sent.token_end; ++k) {
      if (v.lexicon().HasCue(v.Lower(k), "report_noun") && (v.Lower(k + 1) == "by" || v.Lower(k + 1) == "from")) {
        author = SourcesAfter(v, k + 2);
      }
    }
    if (!author.empty()) return author;
  }
  return {};
}

// Whether the words [from, to) are "the report" (a report noun after "the").
bool TheReport(const DocumentView& v, uint32_t from, uint32_t to) {
  return to == from + 2 && v.Lower(from) == "the" && v.lexicon().HasCue(v.Lower(from + 1), "report_noun");
}

std::vector<Source> SentenceSources(const DocumentView& v, uint32_t s, bool follow_pronouns = true);

// "…, the country's Revenue Service said on Tuesday. The driver … was
// detained, it said.": a pronoun that names the source stands for the source
// of one of the two sentences before when it fits (a person for "he" or
// "she", a body for "it"); empty when none does.
std::vector<int> SourceBefore(const DocumentView& v, uint32_t s, uint32_t pronoun) {
  const std::string* kind = v.cues().Find(link::CueKind::kPronoun, v.Word(pronoun));
  if (kind == nullptr) return {};
  for (uint32_t back = 1; back <= 2 && back <= s; ++back) {
    const std::vector<Source> before = SentenceSources(v, s - back, false);
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      if (it->entities.size() != 1) continue;
      const bool person = v.linking().entities[it->entities.front()].type == "Person";
      if (person == (*kind == "PERSON")) return it->entities;
    }
  }
  return {};
}

std::vector<Source> SentenceSources(const DocumentView& v, uint32_t s, bool follow_pronouns) {
  std::vector<Source> out;
  const text::Sentence& sent = v.Sentence(s);
  for (uint32_t k = sent.token_begin; k < sent.token_end; ++k) {
    uint32_t len = 0;
    const std::string* cue = v.CueAt(k, &len);
    if (cue == nullptr) cue = v.lexicon().Cue(v.Lower(k));
    if (cue == nullptr) continue;
    if (*cue == "attribution_right" || *cue == "attribution_by") {
      const uint32_t after = k + std::max<uint32_t>(len, 1);
      Source src{SourcesAfter(v, after), sent.token_begin};
      // (A source the text does not name: people, officials, media or a
      // report within the next six words, unnamed_source cues.)
      for (uint32_t j = after; src.entities.empty() && j < sent.token_end && j < after + 6; ++j) {
        if (v.Word(j) == ",") break;
        if (!src.unnamed && v.lexicon().HasCue(v.Lower(j), "unnamed_source")) {
          src.unnamed = true;
          src.unnamed_word = static_cast<int32_t>(j);
        }
      }
      out.push_back(std::move(src));
    } else if (*cue == "report_noun" && k + 1 < sent.token_end &&
               (v.Lower(k + 1) == "from" || v.Lower(k + 1) == "by")) {
      out.push_back({SourcesAfter(v, k + 2), sent.token_begin});
    } else if (const uint32_t that = v.ThatAfter(k + 1, 6);
               (*cue == "speech_verb" || *cue == "claim_verb") && that > 0) {
      std::vector<int> who = v.SubjectBefore(k);
      if (who.empty() && k >= sent.token_begin + 2 && TheReport(v, k - 2, k)) who = ReportAuthorBefore(v, s);
      out.push_back({std::move(who), that});
    } else if (*cue == "speech_verb" && k + 1 < sent.token_end && v.Upos(k + 1) == "VERB" &&
               v.RelativeClauseSpeaker(k) >= 0) {
      // "companies that it said helped Moscow": the speaker of a relative
      // clause is the source of the verb after it (up to ", and", where the
      // main clause goes on: "…, and banned exports").
      Source src{v.FirstItemIn(static_cast<uint32_t>(v.RelativeClauseSpeaker(k)), k), k + 1};
      for (uint32_t j = k + 1; j + 1 < sent.token_end; ++j) {
        if (v.Word(j) == "," && v.Lower(j + 1) == "and") {
          src.to_token = j;
          break;
        }
      }
      out.push_back(std::move(src));
    } else if (*cue == "speech_verb") {
      if (const SourceClause c = FindSourceClause(v, sent, k); c.open > 0) {
        uint32_t open = c.open;
        // (", his lawyer said": someone the text does not name, not "his".)
        // (", his spokesman Bayo Onanuga said": the one it names.)
        int named_person = -1;
        for (uint32_t j = c.open + 2; j < k; ++j) {
          const int m = v.linking().MentionAt(j);
          if (m >= 0 && v.linking().mentions[m].type == "PERSON" && v.linking().mentions[m].entity >= 0 &&
              v.linking().mentions[m].token_end == k) {
            named_person = v.linking().mentions[m].entity;
          }
        }
        if (c.open + 2 < k && DocumentView::IsPossessivePronoun(v.Lower(c.open + 1)) && v.StartsLower(c.open + 2) &&
            v.linking().MentionAt(c.open + 2) < 0) {
          if (named_person >= 0) {
            out.push_back({{named_person}, sent.token_begin, open});
            if (c.close > 0) out.push_back({{named_person}, c.close + 1});
          } else {
            out.push_back(Unnamed(sent.token_begin, open));
          }
          continue;
        }
        std::vector<int> who;
        // ("…, the prosecutors said. Dieter S. is accused of …, they said":
        // "they" are the unnamed sources of the sentence before, not the
        // last persons named.)
        if (follow_pronouns && c.open + 2 == k && s > 0 && v.Lower(c.open + 1) == "they") {
          const std::vector<Source> before = SentenceSources(v, s - 1, false);
          const auto unnamed = [](const Source& b) { return b.unnamed && b.entities.empty(); };
          if (std::any_of(before.begin(), before.end(), unnamed)) {
            out.push_back(Unnamed(sent.token_begin, open));
            continue;
          }
        }
        // (", a Somali diplomat said", ", two U.S. officials said": a source
        // the text does not name, whatever state a demonym gives it.)
        if (k > c.open + 2 && v.lexicon().HasCue(v.Lower(k - 1), "unnamed_source")) {
          bool only_demonyms = true, demonym = false;
          for (uint32_t j = c.open + 1; j + 1 < k && only_demonyms; ++j) {
            const int m = v.linking().MentionAt(j);
            only_demonyms = m < 0 || v.linking().mentions[m].type == "NORP";
            demonym = demonym || m >= 0;
          }
          if (only_demonyms && demonym) {
            out.push_back(Unnamed(sent.token_begin, open, static_cast<int32_t>(k - 1)));
            if (c.close > 0) out.push_back(Unnamed(c.close + 1, UINT32_MAX, static_cast<int32_t>(k - 1)));
            continue;
          }
        }
        if (follow_pronouns && c.open + 2 == k) who = SourceBefore(v, s, c.open + 1);
        if (who.empty()) who = BodyAfterPossessor(v, c.open + 1, k);
        if (who.empty()) {
          who = v.FirstItemIn(c.open + 1, k);
          // (", the Belarusian state news agency BelTA reported": the body
          // named last before the verb, not the state describing it; ",
          // Indian army spokesman Lieutenant Colonel Anil Rawat said": the
          // person so named.)
          const int last = k > 0 ? v.linking().MentionAt(k - 1) : -1;
          const auto& entities = v.linking().entities;
          const link::Mention* named = last >= 0 ? &v.linking().mentions[last] : nullptr;
          if (who.size() == 1 && named != nullptr && named->token_end == k && named->entity >= 0 &&
              named->entity != who.front() && entities[who.front()].type != "Person" &&
              (named->type == "PERSON" ||
               (named->type == "ORG" && entities[who.front()].type == "Country" &&
                entities[named->entity].country == entities[who.front()].country))) {
            who = {named->entity};
          }
        }
        // ("…, the statement said": whose statement the sentences before
        // tell of.)
        if (who.empty() && k == c.open + 3 && v.Lower(c.open + 1) == "the" && v.Lower(c.open + 2) == "statement") {
          if (const int issuer = v.StatementIssuerBefore(c.open); issuer >= 0) who = {issuer};
        }
        if (who.empty() && c.open + 1 == k) who = SourceBeforeApposition(v, sent, c.open, &open);
        if (who.empty() && TheReport(v, c.open + 1, k)) who = ReportAuthorBefore(v, s);
        if (who.empty() && c.close != k + 1) who = v.ObjectAfter(k + 1, 5);  // "…, said Jeffrey Lewis"
        if (who.empty()) {
          // (", a junta spokesman said", ", two officials said": a source the
          // text does not name, unnamed_source cues or a spokesman's title.)
          bool unnamed = false;
          int32_t word = -1;
          for (uint32_t j = c.open + 1; j < k && !unnamed; ++j) {
            const bool source = v.lexicon().HasCue(v.Lower(j), "unnamed_source");
            unnamed = source || (v.StartsLower(j) && v.cues().FindCapitalisedTitle(v.Lower(j)) != nullptr);
            if (source) word = static_cast<int32_t>(j);
          }
          if (unnamed) out.push_back(Unnamed(sent.token_begin, open, word));
          continue;
        }
        out.push_back({who, sent.token_begin, open});
        if (c.close > 0) out.push_back({std::move(who), c.close + 1});
      } else if (!v.Parsed(k) && k + 1 < sent.token_end && base::HasLetter(v.Word(k + 1)) &&
                 v.SaysOrClaims(k)) {
        // ("BlueWake Analytics said the Sea Lantern had loaded … and that
        // the vessel's manager … was placed under U.S. sanctions", in a
        // sentence left unparsed, with only a noun's trigger: what follows
        // the verb is told by its subject.)
        if (std::vector<int> who = v.SubjectBefore(k); !who.empty()) out.push_back({std::move(who), k + 1});
      }
    }
  }
  return out;
}

// Whether the word at k modifies an earlier verb the trigger is only
// coordinated with, in another form ("would never give up its arsenal and
// accused the United States": "never" is said of giving up, not of the
// accusation). Conjuncts in the same form share their auxiliary and its
// negation ("did not attack or threaten", "was not arrested and charged").
// A word inside an argument of the earlier conjunct is always its own ("had
// no soldiers there and accused Ethiopia": "no" is said of the soldiers), and
// so is a verb in a clause it governs ("stated that they have failed to act
// and demanded": the failing is theirs).
bool InOtherConjunct(const DocumentView& v, uint32_t k, uint32_t trigger) {
  if (!v.Parsed(k) || !v.Parsed(trigger) || v.Upos(trigger) != "VERB") return false;
  const int32_t modified = v.Head(k);
  // The verb whose argument holds the word, when the word modifies a nominal.
  int32_t clause = modified;
  for (int hops = 0; hops < 4 && clause >= 0 && v.Upos(static_cast<uint32_t>(clause)) != "VERB" &&
                     v.Upos(static_cast<uint32_t>(clause)) != "AUX";
       ++hops) {
    clause = v.Head(static_cast<uint32_t>(clause));
  }
  bool in_argument = clause != modified && clause >= 0;
  // ("stated that the authorities have failed to take measures and demanded
  // that …": a verb of failing in the clause an earlier conjunct says is
  // said of that clause.)
  const std::string_view dep = v.Dep(k);
  if (v.Upos(k) == "VERB" && modified >= 0 && (dep == "ccomp" || dep == "xcomp" || dep == "advcl")) {
    clause = modified;
    in_argument = true;
  }
  const auto base_form = [&](uint32_t t) { return v.Lower(t) == v.Lemma(t); };
  int32_t t = static_cast<int32_t>(trigger);
  for (int depth = 0; depth < 8 && v.Dep(t) == "conj"; ++depth) {
    t = v.Head(t);
    if (t < 0) return false;
    if (in_argument && t == clause) return true;
    if (t == modified) {
      return v.Upos(static_cast<uint32_t>(t)) == "VERB" && base_form(trigger) != base_form(static_cast<uint32_t>(t));
    }
  }
  return false;
}

// "Is Iran helping Pyongyang build missiles?", "Analysis: Will the sanctions
// bite?": a sentence that asks yes or no asserts nothing.
// Whether `noun` is a report the object of a denial verb denies ("denied
// reports by residents that …"; denied_noun cues).
bool DeniedReport(const DocumentView& v, uint32_t noun) {
  const int32_t verb = v.Head(noun);
  return verb >= 0 && v.Dep(noun) == "obj" && v.lexicon().HasCue(v.Lower(noun), "denied_noun") &&
         v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(verb)), "denial_verb");
}

bool YesNoQuestion(const DocumentView& v, uint32_t sentence) {
  const text::Sentence& s = v.Sentence(sentence);
  uint32_t last = s.token_end;
  while (last > s.token_begin && DocumentView::IsQuoteMark(v.Word(last - 1))) --last;
  if (last == s.token_begin || v.Word(last - 1) != "?") return false;
  uint32_t first = s.token_begin;
  for (uint32_t k = s.token_begin; k < s.token_end && k < s.token_begin + 8; ++k) {
    if (v.Word(k) == ":") first = k + 1;
  }
  while (first < last && DocumentView::IsQuoteMark(v.Word(first))) ++first;
  return first < last && v.lexicon().HasCue(v.Lower(first), "question_opener");
}

std::string Modality(const DocumentView& v, uint32_t trigger) {
  bool hedged = false, negated = false, hypothetical = false;
  const uint32_t sentence_start = v.Sentence(v.SentenceOf(trigger)).token_begin;
  uint32_t start = v.ClauseStart(trigger);
  // "denies the accusation, threatening to sue": a participle after a comma
  // opens its own clause.
  if (trigger > start + 1 && v.Word(trigger - 1) == "," && v.Lower(trigger).ends_with("ing")) start = trigger;
  // ("denied any involvement, calling the allegations “…” and accusing
  // German authorities of …": so does one joined by "and" to such a one.)
  if (trigger > start + 2 && v.Lower(trigger - 1) == "and" && v.Lower(trigger).ends_with("ing")) {
    for (uint32_t k = trigger - 1; k > start + 1; --k) {
      if (v.Word(k - 1) == "," && v.Lower(k).ends_with("ing") && v.Upos(k) == "VERB") {
        start = k;
        break;
      }
    }
  }
  // "will open an embassy in Jerusalem, the only country to recognize it":
  // after a comma, a ranked one's act has the modality of its own phrase.
  if (v.RankedInfinitive(trigger)) {
    for (uint32_t k = trigger; k > start; --k) {
      if (v.Word(k - 1) == ",") {
        start = k;
        break;
      }
    }
  }
  // ("denied that the drone had come from its territory and accused Warsaw
  // of …": a verb joined by "and" to a denial tells its own clause.)
  // (Also a verb of saying or claiming with no subject of its own that the
  // parser hung on the denied clause's verb: the denier's own act.)
  const bool own_act = trigger > start && v.Lower(trigger - 1) == "and" && v.Dep(trigger) == "conj" &&
                       v.Head(trigger) >= 0 &&
                       (v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(v.Head(trigger))), "denial_verb") ||
                        (v.SaysOrClaims(trigger) &&
                         std::none_of(v.Children(trigger).begin(), v.Children(trigger).end(),
                                      [&](uint32_t c) { return v.Dep(c) == "nsubj"; })));
  if (own_act) start = trigger;
  // ("denied any involvement and called the accusation hysteria": a verb of
  // saying or naming joined by "and" tells its own clause.)
  if (trigger > start && v.Lower(trigger - 1) == "and" &&
      (v.SaysOrClaims(trigger) || v.lexicon().HasCue(v.Lower(trigger), "naming_verb"))) {
    start = trigger;
  }
  for (uint32_t k = start; k < trigger; ++k) {
    if (InOtherRelativeClause(v, k, trigger) || InOtherConjunct(v, k, trigger)) continue;
    // Cues match case-sensitively ("May" is a month), but a sentence's first
    // word is capitalised by position ("No arrests have been made").
    const bool folded = k == sentence_start && v.Lower(k) != "may";
    const auto is = [&](std::string_view category) {
      return v.lexicon().HasCue(v.Word(k), category) ||
             (folded && v.lexicon().HasCue(v.Lower(k), category));
    };
    // "if North Korea supplied weapons": a condition opens a clause of its
    // own; what the main clause negated or hedged before it is not said of it.
    const std::string& w = v.Lower(k);
    if (w == "if" || w == "unless") hedged = negated = false;
    // "Libya's coast guard denied opening fire, and the Government of
    // National Unity summoned the ambassador": a conjunct clause with a
    // subject of its own is told apart from what the first one denied.
    if (w == "," && k + 2 < trigger && (v.Lower(k + 1) == "and" || v.Lower(k + 1) == "but")) {
      const std::string_view next = v.Upos(k + 2);
      const bool untagged_subject = next.empty() && (v.Lower(k + 2) == "the" || !v.StartsLower(k + 2));
      if (next == "DET" || next == "PROPN" || next == "PRON" || untagged_subject) hedged = negated = false;
    }
    // ("denied any involvement and said Moscow would respond": what the
    // conjoined verb of saying tells is said, not denied.)
    if (k > start && v.Lower(k - 1) == "and" && v.SaysOrClaims(k)) hedged = negated = false;
    // ("A Pakistani security official, speaking on condition of anonymity
    // because he was not authorized to talk to the media, said Taliban
    // forces opened fire": a negation before the verb of saying whose
    // complement holds the trigger is not said of it.)
    if (negated && v.Upos(k) == "VERB" && v.SaysOrClaims(k) &&
        !(k > start && (v.Lower(k - 1) == "not" || v.Lower(k - 1) == "n't" || v.Lower(k - 1) == "never"))) {
      negated = false;
    }
    hedged = hedged || is("hedge");
    // "would not hesitate to impose sanctions": two negations cancel (also
    // when "hesitate" is the threat: "will not hesitate to take action").
    const bool cancelled = k + 1 <= trigger && v.lexicon().HasCue(v.Lower(k + 1), "negation_cancel");
    negated = negated || (is("negation") && !cancelled);
    hypothetical = hypothetical || is("hypothetical");
    // "is due to visit Washington", "is set to sign": a schedule before "to"
    // and a verb tells what is still to come ("due to the war" is a cause).
    // (The verb in its base form: "due to suspected arson" is a cause.)
    hypothetical = hypothetical || (is("schedule_word") && k + 2 <= trigger && v.Lower(k + 1) == "to" &&
                                    v.Upos(k + 2) == "VERB" && v.Lemma(k + 2) == v.Lower(k + 2));
  }
  // "allegedly planning an attack": the attack is still to come, however
  // surely the plan is told.
  // "a plot to kill", "planning terrorist attacks": what is plotted.
  for (uint32_t k = trigger; k > start && trigger - k < 4;) {
    --k;
    if (v.Word(k) == ",") break;
    hypothetical = hypothetical || v.lexicon().HasCue(v.Lower(k), "plot_word");
  }
  // "Under the agreement, M23 fighters are to withdraw": what a subject is
  // to do is still to come.
  if (trigger >= start + 2 && v.Lower(trigger - 1) == "to") {
    const std::string& be = v.Lower(trigger - 2);
    hypothetical = hypothetical || be == "is" || be == "are" || be == "was" || be == "were";
  }
  // "Syria denied that it had received assistance", "denied supplying
  // drones": what is denied is not asserted; the complement of a denial is
  // negated.
  for (int32_t a = static_cast<int32_t>(trigger), depth = 0;
       !own_act && depth < 6 && v.Parsed(static_cast<uint32_t>(a)); ++depth) {
    const std::string_view dep = v.Dep(static_cast<uint32_t>(a));
    const int32_t head = v.Head(static_cast<uint32_t>(a));
    // ("denied reports that Kenyan aircraft had bombed a village": the
    // clause of what the denied reports say.)
    if (head >= 0 && (dep == "acl" || DocumentView::IsRelativeClause(dep)) &&
        DeniedReport(v, static_cast<uint32_t>(head))) {
      negated = true;
      break;
    }
    // (Nor past a noun: "denied supplying shells, a day after Russia's
    // intelligence service accused Serbia" tells the accusation as a fact.)
    if (head < 0 || DocumentView::IsRelativeClause(dep) || dep == "parataxis" || dep == "advcl" || dep == "acl" ||
        dep.starts_with("obl") || dep.starts_with("nmod")) {
      break;
    }
    // ("denied supplying drones": the gerund is the verb's open complement.)
    if ((dep == "ccomp" || dep == "xcomp") && v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(head)), "denial_verb")) {
      negated = true;
    }
    a = head;
  }
  // "Any incursion into our territory will be met …", "rejected any
  // military intervention": an act of any kind is no act yet.
  for (uint32_t k = trigger; k > start && trigger - k <= 2;) {
    --k;
    if (v.Lower(k) == "any") hypothetical = true;
    if (!(v.StartsLower(k) && v.Upos(k) == "ADJ")) break;
  }
  if (negated) return "negated";
  if (hypothetical || YesNoQuestion(v, v.SentenceOf(trigger))) return "hypothetical";
  if (hedged) return "hedged";
  return "";
}

// Whether an intent cue ("will", "plans to") stands before the trigger in its
// clause, and no condition ("if", "unless", "until") opens between: in "they
// will disarm if Israel withdraws" the withdrawal is no intention of Israel's.
bool Intended(const DocumentView& v, uint32_t trigger) {
  const uint32_t start = v.ClauseStart(trigger);
  for (uint32_t k = trigger; k > start;) {
    --k;
    const std::string& w = v.Lower(k);
    if (w == "if" || w == "unless" || w == "until") return false;
    if (v.lexicon().HasCue(w, "intent")) return true;
    // ("said the group would keep targeting ships": a reported "will".)
    if (w == "would") {
      const uint32_t begin = v.Sentence(v.SentenceOf(k)).token_begin;
      for (uint32_t j = k; j > begin && k - j < 12;) {
        if (v.SaysOrClaims(--j)) return true;
      }
    }
  }
  return false;
}

// Whether a form of "agree" stands before the trigger in its clause.
bool AgreedBefore(const DocumentView& v, uint32_t trigger) {
  for (uint32_t k = trigger; k > v.ClauseStart(trigger);) {
    --k;
    if (v.Lower(k).starts_with("agree")) return true;
  }
  return false;
}

// The event coded for an act its actor announces, or "".
// An announced attack is a threat; an announced sanction, coercive measure or
// deployment is the decision itself ("the province will ban U.S. alcohol"),
// and so is announced legal action: charges (CAMEO 1121) and lawsuits (115)
// ("prosecutors announce they will charge ..."), and announced cooperation,
// aid or support ("Germany will deliver air defence systems to Ukraine",
// "Australia will recognise Palestine"): the labelling guide codes an acting
// party's announced decision as the act (where PLOVER's codebook would call a
// promise AGREE); an announced release is a concession (CONCEDE).
std::string_view IntentionFor(const Event& e) {
  const std::string_view event = e.event;
  if (IsCooperative(event) || event == "SUPPORT") return event;
  // "will release the hostages" is a concession (labelling guide), "will
  // disarm", "will withdraw its troops" the retreat itself.
  if (event == "CONCEDE" || (event == "RETREAT" && e.mode == "release")) return "CONCEDE";
  if (event == "RETREAT") return event;
  if (event == "ASSAULT") return "THREATEN";
  if (event == "SANCTION" || event == "COERCE" || event == "MOBILIZE") return event;
  if (event == "ACCUSE" && (e.cameo == "1121" || e.cameo == "115")) return event;
  return {};
}

// Event types whose announced negation ("will not withdraw", "won't meet") is
// a refusal.
bool Refusable(std::string_view event) {
  // "Hamas is not seeking a ceasefire": a request ruled out is a refusal too.
  return IsCooperative(event) || event == "SUPPORT" || event == "RETREAT" || event == "CONCEDE" ||
         event == "AGREE" || event == "REQUEST";
}

}  // namespace

void AddClaims(const DocumentView& v, std::vector<Event>* events) {
  const size_t n = events->size();
  for (size_t i = 0; i < n; ++i) {
    const Event& e = (*events)[i];
    if (!IsHostile(e.event) || e.actor.empty()) continue;
    // The verb of claiming whose complement clause holds the trigger.
    const int32_t verb = ComplementTaker(v, v.TokenAt(e.trigger.begin), /*through_objects=*/true);
    if (verb < 0) continue;
    // ("Armenia's defence ministry said Azerbaijani units opened fire on
    // Armenian positions": a plain "said" accuses too when what it tells was
    // done to the speaker's own side.)
    const bool claimed = v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(verb)), "claim_verb");
    if (!claimed && (e.event != "ASSAULT" || !v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(verb)), "speech_verb"))) {
      continue;
    }
    std::vector<int> speaker = SubjectEntities(v, static_cast<uint32_t>(verb));
    // Entities on one side: the same entity, or two of the same state.
    const auto& entities = v.linking().entities;
    // ("Sudanese army spokesman Brigadier General X said": a speaker the
    // tables do not place is of the state his phrase names before the verb.)
    std::string speaker_state;
    if (speaker.size() == 1 && entities[speaker[0]].type == "Person" && entities[speaker[0]].country.empty()) {
      for (uint32_t k = v.Sentence(e.sentence).token_begin; k < static_cast<uint32_t>(verb); ++k) {
        const int m = v.linking().MentionAt(k);
        const int x = m >= 0 ? v.linking().mentions[m].entity : -1;
        if (x >= 0 && entities[x].type == "Country") {
          speaker_state = entities[x].country;
          break;
        }
      }
    }
    const auto country_of = [&](int x) -> const std::string& {
      return entities[x].country.empty() && !speaker.empty() && x == speaker[0] ? speaker_state : entities[x].country;
    };
    auto same_side = [&](int x, int y) {
      return x == y || (!country_of(x).empty() && country_of(x) == country_of(y));
    };
    auto sides_with = [&](const std::vector<int>& group, int x) {
      return std::any_of(group.begin(), group.end(), [&](int g) { return same_side(x, g); });
    };
    // "The Russian defence ministry claims Russian forces captured ...": a
    // claim about one's own side is no accusation.
    std::erase_if(speaker, [&](int x) { return sides_with(e.actor, x) || entities[x].type == "Location"; });
    // "Puntland claims that U.S. airstrikes against ISIL killed 46": an attack
    // on a third party the speaker does not side with is reported, not
    // alleged against the attacker (when the speaker's state is known).
    const bool speaker_placed = std::any_of(speaker.begin(), speaker.end(),
                                            [&](int x) { return !country_of(x).empty(); });
    const bool third_party =
        speaker_placed && !e.recipient.empty() &&
        std::none_of(e.recipient.begin(), e.recipient.end(), [&](int r) { return sides_with(speaker, r); });
    if (speaker.empty() || third_party) continue;
    // ("Cambodia's Defence Ministry spokeswoman X said Thai soldiers had
    // fired mortar rounds into a village in Oddar Meanchey province": with
    // no side named as hit, a place of the speaker's state after the trigger.)
    const auto own_place_hit = [&]() {
      const uint32_t k = v.TokenAt(e.trigger.begin);
      for (const link::Mention& m : v.linking().mentions) {
        if (m.sentence != e.sentence || m.token_begin <= k || m.entity < 0 ||
            (entities[m.entity].type != "Location" && entities[m.entity].type != "Country")) {
          continue;
        }
        if (std::any_of(speaker.begin(), speaker.end(), [&](int x) {
              return !country_of(x).empty() && country_of(x) == entities[m.entity].country;
            })) {
          return true;
        }
      }
      return false;
    };
    const bool own_side_hit =
        std::any_of(e.recipient.begin(), e.recipient.end(), [&](int r) { return sides_with(speaker, r); }) ||
        (e.recipient.empty() && own_place_hit());
    // ("ISPR said the Taliban had opened fire \"without provocation\"": an
    // attack the speaker calls unprovoked, in the words after the trigger.)
    const auto unprovoked = [&]() {
      constexpr uint32_t kWindow = 8;
      const uint32_t end = v.Sentence(e.sentence).token_end, from = v.TokenAt(e.trigger.begin) + 1;
      for (uint32_t k = from; k < end && k < from + kWindow && v.Word(k) != ","; ++k) {
        if (v.lexicon().HasCue(v.Lower(k), "unprovoked_word")) return true;
      }
      return false;
    };
    if (!claimed && !own_side_hit && !unprovoked()) {
      continue;
    }
    Event accusation = e;
    accusation.event = "ACCUSE";
    accusation.mode = "allege";
    accusation.cameo = "112";
    accusation.actor = std::move(speaker);
    accusation.recipient = e.actor;
    accusation.attributed_to.clear();
    accusation.modality = "asserted";
    const uint32_t token = static_cast<uint32_t>(verb);
    accusation.trigger = {v.seg().tokens[token].begin, v.seg().tokens[token].end};
    events->push_back(std::move(accusation));
  }
}

// "Hamas is not seeking a ceasefire", "does not accept the plan": a stance
// in the present tense, negated right before the trigger ("is/are/does/do
// not"), refuses as an announced intention does.
bool PresentStance(const DocumentView& v, uint32_t trigger) {
  const uint32_t begin = v.Sentence(v.SentenceOf(trigger)).token_begin;
  if (trigger < begin + 2) return false;
  const std::string& negation = v.Lower(trigger - 1);
  const std::string& aux = v.Lower(trigger - 2);
  return (negation == "not" || negation == "n't") &&
         (aux == "is" || aux == "are" || aux == "does" || aux == "do");
}

// Whether the verb at k has a noun, a name or a personal pronoun as its
// subject in the parse.
bool HasNominalSubject(const DocumentView& v, uint32_t k) {
  for (uint32_t c : v.Children(k)) {
    if (v.Dep(c) != "nsubj") continue;
    if (v.Upos(c) == "NOUN" || v.Upos(c) == "PROPN") return true;
    // "prosecutors announce that they will charge ...": a personal pronoun
    // stands for the announcing party.
    const std::string& w = v.Lower(c);
    if (w == "they" || w == "he" || w == "she" || w == "we") return true;
  }
  return false;
}

// Whether the sentence sets a condition after the trigger ("will disarm if
// Israel withdraws", "ready to resign in exchange for NATO accession",
// "provided that guarantees are met", "will not withdraw until ...").
bool Conditional(const DocumentView& v, uint32_t trigger) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(trigger));
  for (uint32_t k = trigger + 1; k < s.token_end; ++k) {
    const std::string& w = v.Lower(k);
    if (w == ";") return false;
    if (w == "if" || w == "provided" || w == "providing" || w == "unless" || w == "until") return true;
    if (k + 1 < s.token_end) {
      const std::string& next = v.Lower(k + 1);
      if ((w == "in" && next == "exchange") || (w == "on" && (next == "condition" || next == "conditions"))) {
        return true;
      }
    }
  }
  return false;
}

Event Derived(const Event& e, std::string_view type, std::string_view cameo, const std::string& modality) {
  Event d = e;
  d.event = std::string(type);
  d.mode.clear();
  d.cameo = std::string(cameo);
  d.modality = modality;
  return d;
}

void AddIntentions(const DocumentView& v, std::vector<Event>* events) {
  const size_t n = events->size();
  for (size_t i = 0; i < n; ++i) {
    const Event e = (*events)[i];  // a copy: events grows below
    // ("Will Iran sanction North Korea?" announces nothing.)
    if (YesNoQuestion(v, e.sentence)) continue;
    // "Israel will not withdraw from the enclave": a refusal, PLOVER's REJECT.
    const bool refused = e.modality == "negated" && Refusable(e.event);
    const std::string_view intention = refused ? "REJECT" : IntentionFor(e);
    if ((e.modality != "hypothetical" && !refused) || intention.empty()) continue;
    // "the province will ban U.S. alcohol": an unnamed actor intends too.
    if (e.actor.empty() && !HasNominalSubject(v, v.TokenAt(e.trigger.begin))) continue;
    const uint32_t trigger = v.TokenAt(e.trigger.begin);
    if (!Intended(v, trigger) && !(refused && PresentStance(v, trigger))) continue;
    // "Pakistan and Afghanistan agree to a pause in hostilities": what two
    // parties agree on between themselves is their agreement (AGREE, coded by
    // its own trigger), not yet the act; "the US and Germany agree to send
    // air defence to Ukraine" is a decision about a third party.
    const bool mutual = e.actor.size() >= 2 && std::all_of(e.recipient.begin(), e.recipient.end(), [&](int r) {
      return std::find(e.actor.begin(), e.actor.end(), r) != e.actor.end();
    });
    if (mutual && !refused && AgreedBefore(v, trigger)) continue;
    const std::string asserted = e.attributed_to.empty() ? "asserted" : "reported";
    // A conditional offer ("will disarm if Israel withdraws") is an offer and
    // a demand; conditional force or sanctions are a threat. The act itself
    // stays hypothetical.
    // "will not withdraw until Hamas disarms": a refusal that names its price
    // is a demand too.
    if (refused && Conditional(v, trigger)) {
      events->push_back(Derived(e, "REJECT", "120", asserted));
      events->push_back(Derived(e, "REQUEST", "100", asserted));
      continue;
    }
    if (!refused && Conditional(v, trigger)) {
      if (intention == "THREATEN" || IsHostile(e.event)) {
        events->push_back(Derived(e, "THREATEN", "138", asserted));
      } else {
        events->push_back(Derived(e, "AGREE", "030", asserted));
        events->push_back(Derived(e, "REQUEST", "100", asserted));
      }
      continue;
    }
    if (intention == e.event) {
      // The announced decision: still to come (hypothetical, as the output
      // format asks of what is planned), the act as the guide codes it.
      (*events)[i].announced = true;
      continue;
    }
    const std::string_view cameo = intention == "AGREE"      ? "030"
                                   : intention == "REJECT"   ? "120"
                                   : intention == "THREATEN" ? "138"
                                                             : "080";
    events->push_back(Derived(e, intention, cameo, asserted));
  }
}

void AddEventContext(const DocumentView& v, const std::vector<Quote>& quotes,
                     const std::vector<TimeAnchor>& timexes, std::string_view doc_date,
                     std::vector<Event>* events) {
  std::vector<std::vector<Source>> by_sentence(v.seg().sentences.size());
  std::vector<bool> computed(v.seg().sentences.size(), false);
  for (Event& e : *events) {
    if (!computed[e.sentence]) {
      by_sentence[e.sentence] = SentenceSources(v, e.sentence);
      computed[e.sentence] = true;
    }
    uint32_t trigger = v.TokenAt(e.trigger.begin);
    // (One side telling of a fight between sides tells the other's part too:
    // "Taliban fighters and Tajik border guards exchanged fire …, Tajikistan's
    // State Committee for National Security said".)
    const bool between_sides = e.actor.size() >= 2 && e.recipient == e.actor;
    bool unnamed_source = false;
    for (const Source& src : by_sentence[e.sentence]) {
      if (trigger < src.from_token || trigger >= src.to_token) continue;
      unnamed_source |= src.unnamed;
      if (src.unnamed && e.unnamed_source < 0) e.unnamed_source = src.unnamed_word;
      for (int x : src.entities) {
        // ("Diplomats in New York said": where the sources are, who are not
        // named.)
        if (v.linking().entities[x].type == "Location") {
          unnamed_source = true;
          continue;
        }
        bool self = !between_sides && std::find(e.actor.begin(), e.actor.end(), x) != e.actor.end();
        if (!self && std::find(e.attributed_to.begin(), e.attributed_to.end(), x) == e.attributed_to.end()) {
          e.attributed_to.push_back(x);
        }
      }
    }
    // "Israel's military said Hezbollah fired rockets": without "that", the
    // parse tells which verb of saying the trigger's clause hangs from.
    if (e.attributed_to.empty()) {
      for (int x : ComplementSpeakers(v, trigger, &unnamed_source, &e.unnamed_source)) {
        if (std::find(e.actor.begin(), e.actor.end(), x) == e.actor.end()) e.attributed_to.push_back(x);
      }
    }
    for (const Quote& q : quotes) {
      if (q.speaker >= 0 && q.span.Contains(e.trigger) &&
          std::find(e.attributed_to.begin(), e.attributed_to.end(), q.speaker) == e.attributed_to.end()) {
        e.attributed_to.push_back(q.speaker);
      }
    }
    DateEvent(v, timexes, doc_date, &e);
    // Cues decide; else what the coder read from the clause's place (the
    // content of a request is hypothetical); else who tells it.
    if (std::string cued = Modality(v, trigger); !cued.empty()) e.modality = std::move(cued);
    if (e.modality.empty()) e.modality = e.attributed_to.empty() && !unnamed_source ? "asserted" : "reported";
    // ("Puntland said it no longer recognised the federal government", "a
    // court whose jurisdiction Venezuela does not recognise": recognition
    // withheld, recognition_verb cues, is a rejection.)
    if (e.event == "SUPPORT" && e.modality == "negated" &&
        v.lexicon().HasCue(std::string(v.Lemma(trigger)), "recognition_verb")) {
      e.event = "REJECT";
      e.cameo = "120";
      e.mode.clear();
      e.modality = e.attributed_to.empty() && !unnamed_source ? "asserted" : "reported";
    }

    // "a joint statement by EU foreign ministers that condemned Russia's
    // strikes": an expression no one is named as making, told as done, is
    // its source's.
    const bool expression = e.event == "ACCUSE" || e.event == "REQUEST" || e.event == "REJECT" || e.event == "SUPPORT";
    // (A threat is made in the words that tell what will come: "“Any
    // company that deals with the enemy will be a legitimate target,”
    // al-Hamdani said".)
    const bool threat_in_words = e.event == "THREATEN" && e.modality == "hypothetical" && !e.attributed_to.empty();
    // (Not whom a verb of undergoing reaches: "he faces charges, police said".)
    const bool undergone = v.UndergoVerbBefore(trigger) >= 0;
    if (e.actor.empty() && !undergone && ((expression && e.modality == "reported") || threat_in_words)) {
      std::vector<int> speakers = e.attributed_to;
      std::erase_if(speakers,
                    [&](int x) { return std::find(e.recipient.begin(), e.recipient.end(), x) != e.recipient.end(); });
      if (!speakers.empty()) {
        e.actor = std::move(speakers);
        e.attributed_to.clear();
        e.modality = "asserted";
      }
    }
  }
  // "The smugglers did not open fire": what nobody named did not do to
  // nobody named tells an analyst nothing.
  std::erase_if(*events, [](const Event& e) {
    return e.modality == "negated" && e.actor.empty() && e.recipient.empty();
  });
}

}  // namespace dossier::extract
