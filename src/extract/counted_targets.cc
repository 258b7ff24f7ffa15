// AddCountedTargets (context.h): "OFAC designated four entities and two
// individuals based in Iran, China and Hong Kong for … . Hong Kong-based
// Lianxu Precision Trading Ltd and its sole director, Chinese national Tang
// Haoyu, arranged more than 40 shipments …": a sanction that counts its
// targets by a group noun reaches the persons, companies and ships the
// sentences right after it introduce, up to the count. Each such sentence
// tells the act again (its trigger the first name it lists, the act's own
// sentence its evidence).
#include <algorithm>
#include <functional>
#include <string_view>

#include "base/strings.h"
#include "extract/context.h"

namespace dossier::extract {
namespace {

// How many words after the trigger the counted targets may start ("imposed
// restrictive measures on three entities").
constexpr uint32_t kCountWindow = 6;
// Most words between a count and its group noun.
constexpr uint32_t kMaxDescribing = 7;
// The largest count believed: beyond it the sentences after name examples.
constexpr int kMaxCount = 60;

// "four entities and two individuals", "four individuals, six entities and 31
// vessels", "two Iranian companies and a company executive": the targets the
// words after the trigger count (a number, a few describing words and a
// group noun, reached_group_noun cues, joined by commas and "and"); 0 when
// none. *end is the token after the last group noun.
int CountedTargets(const DocumentView& v, uint32_t trigger_end, uint32_t sentence_end, uint32_t* end,
                   const std::function<bool(const std::string&)>& group_noun) {
  int total = 0;
  uint32_t k = trigger_end;
  const uint32_t first_limit = std::min(sentence_end, trigger_end + kCountWindow);
  // The first number, past "sanctions on", "restrictive measures against".
  while (k < first_limit && v.lexicon().Count(v.Lower(k)) == 0 && v.Lower(k) != "a" && v.Lower(k) != "an") {
    const std::string_view tag = v.Upos(k);
    if (tag == "VERB" || tag == "AUX" || tag == "PRON" || tag == "PROPN" || v.IsClauseBreak(k)) return 0;
    ++k;
  }
  while (k < sentence_end) {
    int n = v.lexicon().Count(v.Lower(k));
    // ("and a company executive": one more, in the list; "a Serbian arms
    // broker, his Cyprus-registered company and a cargo ship": one each.)
    const std::string& w = v.Lower(k);
    if (n == 0 && (w == "a" || w == "an" || (total > 0 && (w == "his" || w == "her" || w == "its")))) n = 1;
    if (n == 0) break;
    // ("seven Chinese and Hong Kong companies": describing words joined by
    // "and".)
    uint32_t noun = k + 1;
    while (noun < sentence_end && noun <= k + kMaxDescribing &&
           !group_noun(v.Lower(noun))) {
      const std::string_view tag = v.Upos(noun);
      // ("two Singapore-registered fuel traders": a word joined by a hyphen.)
      const bool joined = (v.Lower(noun) == "and" && noun > k + 1) ||
                          (v.Word(noun) == "-" && noun + 1 < sentence_end && v.HyphenJoined(noun + 1)) ||
                          v.HyphenJoined(noun);
      if (!joined && tag != "ADJ" && tag != "NOUN" && tag != "PROPN") break;
      ++noun;
    }
    if (noun >= sentence_end || !group_noun(v.Lower(noun))) break;
    total += n;
    *end = noun + 1;
    k = noun + 1;
    // (", six entities", "and 31 vessels".)
    if (k < sentence_end && v.Word(k) == ",") ++k;
    if (k < sentence_end && v.Lower(k) == "and") ++k;
  }
  return total <= kMaxCount ? total : 0;
}

// The same, with the group nouns of a lexicon cue category.
int CountedTargets(const DocumentView& v, uint32_t trigger_end, uint32_t sentence_end, uint32_t* end,
                   std::string_view group_cue = "reached_group_noun") {
  return CountedTargets(v, trigger_end, sentence_end, end,
                        [&](const std::string& w) { return v.lexicon().HasCue(w, group_cue); });
}

// Whether entity e is one a sanction's count stands for: a person, a company
// or a ship.
bool Countable(const DocumentView& v, int e) {
  const link::DocEntity& d = v.linking().entities[e];
  return d.type == "Person" || d.type == "Company" || d.id.starts_with("vessel:");
}

// Whether a blank line stands between sentence s and the one before it.
bool ParagraphBreakBefore(const DocumentView& v, uint32_t s) {
  if (s == 0) return true;
  const std::string_view gap =
      v.text().substr(v.Sentence(s - 1).end, v.Sentence(s).begin - v.Sentence(s - 1).end);
  return std::count(gap.begin(), gap.end(), '\n') >= 2;
}

// Whether the sentence quotes someone (its persons speak, they are not
// listed).
// (A straight quote mark ending it after its full stop opens the next
// sentence's quote: 'the statement said. "Australia will not …'.)
bool Quotes(const DocumentView& v, const text::Sentence& s) {
  for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
    const bool opens_next = k + 1 == s.token_end && k > s.token_begin && v.Word(k) == "\"" &&
                            v.Word(k - 1) == "." && v.seg().tokens[k].begin > v.seg().tokens[k - 1].end;
    if (DocumentView::IsQuoteMark(v.Word(k)) && !opens_next) return true;
  }
  return false;
}

// Whether the sentence is a heading: four words at most, none a verb or an
// auxiliary, and no stop ("DESIGNATED ENTITIES", "Background").
// (Or in capitals, whatever the tagger reads: "DESIGNATED ENTITIES".)
bool Heading(const DocumentView& v, const text::Sentence& s) {
  constexpr uint32_t kHeadingWords = 4;
  uint32_t words = 0;
  bool verb = false, capitals = true;
  for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
    const std::string_view tag = v.Upos(k);
    if (v.Word(k) == ".") return false;
    verb = verb || tag == "VERB" || tag == "AUX";
    if (tag != "PUNCT") {
      ++words;
      capitals = capitals && base::IsAllCaps(v.Word(k));
    }
  }
  return words <= kHeadingWords && (!verb || capitals);
}

// The sanction events' recipients in sentence s.
std::vector<int> SanctionedIn(const std::vector<Event>& events, uint32_t s) {
  std::vector<int> out;
  for (const Event& e : events) {
    if (e.sentence == s && e.event == "SANCTION" && e.modality != "negated") AddUnique(&out, e.recipient);
  }
  return out;
}

// The entities named in the sentences up to and including `sentence`.
std::vector<int> NamedThrough(const DocumentView& v, uint32_t sentence) {
  std::vector<int> named;
  for (const link::Mention& m : v.linking().mentions) {
    if (m.entity >= 0 && m.sentence <= sentence) AddUnique(&named, {m.entity});
  }
  return named;
}

// Whether sentence s refers back to a group just counted: "The accused,
// identified as …", "The men, aged 34 and 41, …", "One of the men, X, …",
// "Those arrested include …", or anywhere "identified as" / "named as".
bool RefersToGroup(const DocumentView& v, const text::Sentence& s) {
  const uint32_t b = s.token_begin;
  const auto word = [&](uint32_t k) -> const std::string& {
    static const std::string kNone;
    return k < s.token_end ? v.Lower(k) : kNone;
  };
  const auto group = [&](uint32_t k) {
    return v.lexicon().HasCue(word(k), "held_group_noun") || v.lexicon().HasCue(word(k), "accused_noun");
  };
  if (word(b) == "the" && (group(b + 1) || group(b + 2))) return true;
  if (v.lexicon().Count(word(b)) > 0 && word(b + 1) == "of" && word(b + 2) == "the") return true;
  if (word(b) == "those" && (word(b + 1) == "arrested" || word(b + 1) == "detained" || word(b + 1) == "held")) {
    return true;
  }
  for (uint32_t k = b; k + 1 < s.token_end; ++k) {
    if ((word(k) == "identified" || word(k) == "named") && word(k + 1) == "as") return true;
  }
  return false;
}

}  // namespace

void AddCountedArrests(const DocumentView& v, std::vector<Event>* events) {
  const auto& linking = v.linking();
  for (Event& act : *events) {
    if (act.event != "COERCE" || (act.mode != "arrest" && act.mode != "detain") || act.modality == "negated") continue;
    if (act.sentence + 1 >= v.seg().sentences.size()) continue;
    const text::Sentence& s = v.Sentence(act.sentence);
    uint32_t counted_end = 0;
    const int counted = CountedTargets(v, TriggerEnd(v, act), s.token_end, &counted_end, "held_group_noun");
    // (Not when the act names as many as it counts; "arrested two … dual
    // nationals. The men, identified only as Dmitri K. and Alexander M.":
    // the first, taken as the one described, is not all of them.)
    const long named = std::count_if(act.recipient.begin(), act.recipient.end(),
                                     [&](int x) { return linking.entities[x].type == "Person"; });
    const uint32_t si = act.sentence + 1;
    const text::Sentence& next = v.Sentence(si);
    if (counted == 0 || named >= counted || Quotes(v, next) || !RefersToGroup(v, next)) continue;
    std::vector<int> seen = NamedThrough(v, act.sentence);
    std::vector<int> held;
    base::Span first;
    for (const link::Mention& m : linking.mentions) {
      if (m.sentence != si || m.entity < 0 || linking.entities[m.entity].type != "Person") continue;
      if (std::find(seen.begin(), seen.end(), m.entity) != seen.end() || v.SaysOrClaims(m.token_end)) continue;
      // (Not one the group worked for: "were part of a network run by Y".)
      const uint32_t before = m.token_begin > next.token_begin + 1 ? m.token_begin - 1 : next.token_begin;
      if (v.Lower(before) == "by") break;
      if (held.empty()) first = {v.seg().tokens[m.token_begin].begin, v.seg().tokens[m.token_end - 1].end};
      seen.push_back(m.entity);
      held.push_back(m.entity);
      if (static_cast<int>(held.size()) == counted) break;
    }
    if (held.empty()) continue;
    // (Where they were taken is no longer the act's other side.)
    std::erase_if(act.recipient, [&](int x) { return linking.entities[x].type == "Location"; });
    AddUnique(&act.recipient, held);
    act.evidence.push_back({si, next.span(), first});
  }
}

void AddCountedTargets(const DocumentView& v, std::vector<Event>* events) {
  const auto& linking = v.linking();
  // (A press release: its issuer in the heading's first lines, "Press
  // release from the Foreign, Commonwealth and Development Office".)
  constexpr int kHeadingLines = 3;
  const bool issued = v.IssuerBody(/*any_body=*/true, kHeadingLines) >= 0;
  const size_t count = events->size();
  for (size_t i = 0; i < count; ++i) {
    const Event act = (*events)[i];
    if (act.event != "SANCTION" || act.modality == "negated" || act.actor.empty()) continue;
    const text::Sentence& s = v.Sentence(act.sentence);
    // (Or the act told as done "today", as only a release tells it: "The UK
    // has today sanctioned five senior Georgian officials".)
    bool today = false;
    for (uint32_t k = s.token_begin; k < v.TokenAt(act.trigger.begin) && !today; ++k) today = v.Lower(k) == "today";
    const bool release = issued || today;
    uint32_t counted_end = 0;
    const int counted = CountedTargets(v, TriggerEnd(v, act), s.token_end, &counted_end);
    if (counted == 0) continue;
    // ("designated four entities and two individuals based in Iran, China and
    // Hong Kong": the places after the count are where the targets are.)
    std::erase_if((*events)[i].recipient, [&](int x) {
      const std::string& type = linking.entities[x].type;
      if (type != "Country" && type != "Location") return false;
      for (const link::Mention& m : linking.mentions) {
        if (m.sentence == act.sentence && m.entity == x && m.token_begin < counted_end) return false;
      }
      return true;
    });
    // Those named so far: before the act, and the targets it names itself.
    std::vector<int> seen = NamedThrough(v, act.sentence);
    // (And those it reached by a description named later: "a Serbian arms
    // broker" is Dragan Vuković.)
    AddUnique(&seen, act.recipient);
    int left = counted - static_cast<int>(std::count_if(act.recipient.begin(), act.recipient.end(),
                                                        [&](int x) { return Countable(v, x); }));
    // (A wire story's lead stands alone in its paragraph, after its dateline
    // at most: the next paragraph names the targets.)
    const auto& sentences = v.seg().sentences;
    const bool lead = sentences[act.sentence].dateline || (act.sentence > 0 && sentences[act.sentence - 1].dateline &&
                                                           !ParagraphBreakBefore(v, act.sentence));
    const bool lead_alone = lead && act.sentence + 1 < sentences.size() && ParagraphBreakBefore(v, act.sentence + 1);
    // (Whether the paragraph read names a target; the act's own counts.)
    bool paragraph_named = true;
    for (uint32_t si = act.sentence + 1; si < v.seg().sentences.size() && left > 0; ++si) {
      const text::Sentence& next = v.Sentence(si);
      // (A press release, under its issuer's heading, lists them in the
      // paragraphs after the act's; a story's next paragraph moves on.)
      const bool paragraph = ParagraphBreakBefore(v, si);
      if (paragraph && !release && !(lead_alone && si == act.sentence + 1)) break;
      // (A release quotes its officials between the act and the targets; a
      // story's quote moves on.)
      if (Quotes(v, next)) {
        if (release) continue;
        break;
      }
      // ("DESIGNATED ENTITIES": a release's heading between its paragraphs
      // is none of them.)
      if (release && paragraph && Heading(v, next)) continue;
      // (A release tells of the targets in a paragraph each, with sentences
      // naming no one new between; a paragraph that names none ends them.)
      if (paragraph) {
        if (!paragraph_named) break;
        paragraph_named = false;
      }
      const std::vector<int> sanctioned = SanctionedIn(*events, si);
      // ("Aral Trade Finance LLP is being designated pursuant to E.O.
      // 14024": a designation told in the passive among the counted targets
      // is the counting act's.)
      for (Event& told : *events) {
        if (told.sentence == si && told.event == "SANCTION" && told.actor.empty() && told.modality != "negated") {
          told.actor = act.actor;
        }
      }
      std::vector<int> named;
      base::Span first;  // the first one named: where the sentence tells the act
      for (const link::Mention& m : linking.mentions) {
        if (m.sentence != si || m.entity < 0 || !Countable(v, m.entity)) continue;
        if (std::find(seen.begin(), seen.end(), m.entity) != seen.end()) continue;
        // ("…, OFAC Director X said", '…," said X': a speaker is no target;
        // "The Foreign Office said Dragan Vuković … arranged" names one.)
        const std::string_view before_verb = m.token_begin > next.token_begin + 1 ? v.Word(m.token_begin - 2) : "";
        const bool said_before = !before_verb.empty() && v.SaysOrClaims(m.token_begin - 1) &&
                                 (before_verb == "," || DocumentView::IsQuoteMark(before_verb));
        if (v.SaysOrClaims(m.token_end) || said_before) continue;
        // (Nor a person named after "of": "was controlled by associates of
        // co-presidents Daniel Ortega and Rosario Murillo"; "run by Reza
        // Kamali" may name one, and "the legal representative of Shenzhen
        // Huatong Precision Machinery Co." a company.)
        const uint32_t named_from = m.title_token >= 0 ? static_cast<uint32_t>(m.title_token) : m.token_begin;
        uint32_t lead = named_from;
        const auto describing = [&](uint32_t t) { return v.StartsLower(t) || v.Word(t) == "-"; };
        while (lead > next.token_begin && lead + 4 > named_from && describing(lead - 1) &&
               v.Lower(lead - 1) != "of") {
          --lead;
        }
        if (lead > next.token_begin && v.Lower(lead - 1) == "of" && linking.entities[m.entity].type == "Person") {
          continue;
        }
        // (Nor is a spokesman: "Iran's foreign ministry spokesman X condemned
        // the move" answers the act.)
        if (m.title_token >= 0 && v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(m.title_token)), "voice_office")) {
          continue;
        }
        seen.push_back(m.entity);
        --left;
        // (A sentence that tells a sanction itself names its own targets:
        // "Among those designated were A and B, which shipped engines to a
        // subsidiary of C".)
        if (sanctioned.empty()) {
          if (named.empty()) first = {v.seg().tokens[m.token_begin].begin, v.seg().tokens[m.token_end - 1].end};
          named.push_back(m.entity);
        }
        if (left == 0) break;
      }
      // The targets come in the sentences right after the act.
      if (named.empty() && sanctioned.empty()) {
        if (release) continue;
        break;
      }
      paragraph_named = true;
      if (named.empty()) continue;
      Event e = act;
      e.recipient = std::move(named);
      e.sentence = si;
      e.span = next.span();
      e.trigger = first;
      e.evidence = {{act.sentence, act.span, act.trigger}};
      events->push_back(std::move(e));
    }
  }
}

void AddCountedSeizures(const DocumentView& v, std::vector<Event>* events) {
  const auto& linking = v.linking();
  const auto ship = [&](int x) { return linking.entities[x].id.starts_with("vessel:"); };
  for (Event& act : *events) {
    if (act.event != "COERCE" || act.mode != "seize" || act.modality == "negated") continue;
    if (act.sentence + 1 >= v.seg().sentences.size()) continue;
    const text::Sentence& s = v.Sentence(act.sentence);
    uint32_t counted_end = 0;
    // ("two tankers": the plural of a ship's noun.)
    const auto ship_noun = [&](const std::string& w) {
      return v.cues().Has(link::CueKind::kVesselNoun, w) ||
             (w.size() > 3 && w.back() == 's' && v.cues().Has(link::CueKind::kVesselNoun, w.substr(0, w.size() - 1)));
    };
    const int counted = CountedTargets(v, TriggerEnd(v, act), s.token_end, &counted_end, ship_noun);
    const long named = std::count_if(act.recipient.begin(), act.recipient.end(), ship);
    const uint32_t si = act.sentence + 1;
    const text::Sentence& next = v.Sentence(si);
    if (counted < 2 || named >= counted || Quotes(v, next)) continue;
    const std::vector<int> seen = NamedThrough(v, act.sentence);
    std::vector<int> seized;
    base::Span first;
    for (const link::Mention& m : linking.mentions) {
      if (m.sentence != si || m.entity < 0 || !ship(m.entity)) continue;
      if (std::find(seen.begin(), seen.end(), m.entity) != seen.end()) continue;
      if (std::find(seized.begin(), seized.end(), m.entity) != seized.end()) continue;
      if (seized.empty()) first = {v.seg().tokens[m.token_begin].begin, v.seg().tokens[m.token_end - 1].end};
      seized.push_back(m.entity);
      if (static_cast<long>(seized.size()) + named == counted) break;
    }
    // (All of them, or the sentence names other ships.)
    if (static_cast<long>(seized.size()) + named != counted) continue;
    AddUnique(&act.recipient, seized);
    act.evidence.push_back({si, next.span(), first});
  }
}

}  // namespace dossier::extract
