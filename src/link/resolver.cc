// Linker::Resolve: what a referring word stands for. Deliberately simple and
// local — salience is recency, agreement is the kind of entity:
//   he/his/she/her   the most recent person
//   it/its           the most recent organisation, else state, in this
//                    sentence; else the most recent organisation in the
//                    previous one; else the most recent state or organisation
//   they/their                the most recent group named together
//   "the (two) <group noun>"  the same when named in this or the previous
//                    sentence (not after a preposition), else the most often
//                    named of the last three groups
//   "the (militant) group", "the company"   the most recent organisation in
//                    this or the previous sentence
//   who / which      the nearest person / non-person before it in the sentence
//                    ("which" right after a common noun: that noun, nobody)
#include <algorithm>
#include <string>
#include <unordered_map>

#include "base/strings.h"
#include "link/linker.h"
#include "link/scan.h"

namespace dossier::link {
namespace {

bool IsPersonType(const std::string& t) { return t == "PERSON"; }
bool IsActorType(const std::string& t) { return t == "ORG" || t == "GPE" || t == "NORP"; }

// The most recent mention before `token` accepted by `ok`, scanning back at
// most `max_sentences` sentences.
// Index one past the last mention that starts before `token`.
int MentionsBefore(const Linking& l, uint32_t token) {
  auto it = std::lower_bound(l.mentions.begin(), l.mentions.end(), token,
                             [](const Mention& m, uint32_t t) { return m.token_begin < t; });
  return static_cast<int>(it - l.mentions.begin());
}

// Whether token `k` stands inside a quotation opened after token `from`
// (curly marks opened and not closed, or an odd number of straight ones).
bool InsideQuotation(std::string_view text, const text::Segmentation& seg, uint32_t from, uint32_t k) {
  int curly = 0, straight = 0;
  for (uint32_t t = from; t < k; ++t) {
    const std::string_view w = seg.tokens[t].span().Of(text);
    if (w == "\xE2\x80\x9C") ++curly;
    if (w == "\xE2\x80\x9D" && curly > 0) --curly;
    if (w == "\"") ++straight;
  }
  return curly > 0 || straight % 2 == 1;
}

template <typename Pred>
int RecentMention(const Linking& l, uint32_t token, uint32_t sentence, uint32_t max_sentences, Pred ok) {
  for (int i = MentionsBefore(l, token) - 1; i >= 0; --i) {
    const Mention& m = l.mentions[i];
    if (m.token_end > token || m.entity < 0) continue;
    if (sentence - m.sentence > max_sentences) break;
    if (ok(m)) return m.entity;
  }
  return -1;
}

// The one state (a country named as a place or a polity, not by its
// adjective) named before `token` in its sentence, or, when it names none, in
// the sentence before; -1 when none or several are.
// (With `other`, of two in the noun's own sentence the one that does not
// open it: "Canada imposed sanctions on … Myanmar's military, accusing the
// junta of …" — a sentence's subject does not call itself a junta.)
int OnlyStateBefore(const Linking& l, const text::Segmentation& seg, uint32_t token, uint32_t sentence,
                    bool other) {
  int state = -1, opener = -1;
  for (int i = MentionsBefore(l, token) - 1; i >= 0; --i) {
    const Mention& m = l.mentions[i];
    if (m.token_end > token || m.entity < 0) continue;
    if (m.sentence != sentence) {
      if (state >= 0 || sentence == 0 || m.sentence + 1 < sentence) break;
      sentence = m.sentence;  // the sentence before, when this one names no state
    }
    if (m.type != "GPE" || l.entities[m.entity].type != "Country" || m.entity == state) continue;
    // (The opener of the sentence before too, after an article or not: "The
    // United States sanctioned an airline in Myanmar. The junta condemned".)
    if (other && m.token_begin <= seg.sentences[m.sentence].token_begin + 1 && opener < 0 && state >= 0) {
      opener = m.entity;
      continue;
    }
    if (state >= 0) return -1;
    state = m.entity;
  }
  return state;
}

// The state whose name or demonym stands right before a word for its
// regime (state_noun cues of the "other" kind, past up to two lower-case
// words: "the Burmese military regime", "Myanmar's junta") last,
// in this sentence or the `kBack` before `token`; -1 when none does.
int StateOfRegimeBefore(const Cues& cues, const Linking& l, std::string_view text, const text::Segmentation& seg,
                        uint32_t token, uint32_t sentence) {
  constexpr uint32_t kBack = 3;
  for (int i = MentionsBefore(l, token) - 1; i >= 0; --i) {
    const Mention& m = l.mentions[i];
    if (m.sentence + kBack < sentence) break;
    if (m.entity < 0 || m.token_end >= token || (m.type != "GPE" && m.type != "NORP") ||
        l.entities[m.entity].type != "Country") {
      continue;
    }
    uint32_t k = m.token_end;
    if (k < token && base::IsPossessiveClitic(base::AsciiLower(seg.tokens[k].span().Of(text)))) ++k;
    for (uint32_t j = k; j < token && j < k + 3; ++j) {
      const std::string_view w = seg.tokens[j].span().Of(text);
      const std::string* kind = cues.Find(CueKind::kStateNoun, base::AsciiLower(w));
      if (kind != nullptr && *kind == "other") return m.entity;
      if (detail::Capitalised(w)) break;
    }
  }
  return -1;
}

// The one state (a country named as a place) the story names before `token`,
// its dateline aside, or -1 when it names none or several.
int OnlyStateInStoryBefore(const Linking& l, const text::Segmentation& seg, uint32_t token) {
  int state = -1;
  for (int i = MentionsBefore(l, token) - 1; i >= 0; --i) {
    const Mention& m = l.mentions[i];
    if (m.token_end > token || m.entity < 0 || m.type != "GPE" || l.entities[m.entity].type != "Country" ||
        seg.sentences[m.sentence].dateline || m.entity == state) {
      continue;
    }
    if (state >= 0) return -1;
    state = m.entity;
  }
  return state;
}

// "Taiwanese machine-tool maker Hsin Yuan Precision Co denied … The
// company, which is owned by …": further back, the company (or entity of
// `type`: "the union's general secretary", an Organization) the story named
// before `token` (not counting its dateline or a news agency): the only one,
// else the one named most often, the first named among those named as often
// (the story's own: "seizing the assets of Ridgeline Gold Corp … to a new
// state-owned firm, Société Malienne … (SOMAEM) … Ridgeline said … the
// company's employees"); -1 when none.
int OnlyOfTypeBefore(const Linking& l, const text::Segmentation& seg, uint32_t token,
                     const std::string& type = "Company") {
  std::unordered_map<int, int> named;
  int first = -1;  // the entity named first, among those named most often
  for (int i = MentionsBefore(l, token) - 1; i >= 0; --i) {
    const Mention& m = l.mentions[i];
    if (m.token_end > token || m.entity < 0 || m.type != "ORG" || seg.sentences[m.sentence].dateline) continue;
    const DocEntity& e = l.entities[m.entity];
    // (Nor a news agency the story cites: "seen by Reuters".)
    if (e.type != type || (e.kb != nullptr && e.kb->sector == "media")) continue;
    ++named[m.entity];
  }
  int most = 0;
  for (const auto& [entity, n] : named) most = std::max(most, n);
  for (int i = 0; i < MentionsBefore(l, token) && first < 0; ++i) {
    const int e = l.mentions[i].entity;
    if (e >= 0 && l.mentions[i].type == "ORG" && named.contains(e) && named[e] == most) first = e;
  }
  return first;
}

// "The EU naval mission … the mission": the organisation named right
// before an earlier "<ORG> [lower-case words] <noun>" of the noun at `token`
// in this sentence or the ten before; -1.
int BodyBeforeSameNoun(const Linking& l, std::string_view text, const text::Segmentation& seg, uint32_t token,
                       uint32_t sentence) {
  constexpr uint32_t kSentencesBack = 10, kWordsBetween = 3;
  const auto lower = [&](uint32_t k) { return base::AsciiLower(seg.tokens[k].span().Of(text)); };
  const std::string noun = lower(token);
  const uint32_t from = seg.sentences[sentence > kSentencesBack ? sentence - kSentencesBack : 0].token_begin;
  for (uint32_t q = token; q-- > from;) {
    if (lower(q) != noun || l.MentionAt(q) >= 0) continue;
    for (uint32_t b = q; b > from && q - b <= kWordsBetween; --b) {
      const int m = l.MentionAt(b - 1);
      if (m >= 0) {
        const Mention& x = l.mentions[m];
        return x.token_end == b && x.type == "ORG" && x.entity >= 0 ? x.entity : -1;
      }
      const std::string_view w = seg.tokens[b - 1].span().Of(text);
      if (w.empty() || w[0] < 'a' || w[0] > 'z' || w == "the" || w == "a" || w == "an") break;
    }
  }
  return -1;
}

std::vector<int> RecentGroup(const Linking& l, uint32_t token) {
  // Groups are in text order: the last one ending at or before `token`.
  auto it = std::upper_bound(l.groups.begin(), l.groups.end(), token,
                             [](uint32_t t, const Group& g) { return t < g.token_end; });
  // ("attacks on ships in the Red Sea and the Bab el-Mandeb Strait … they
  // seized": places named together act as no one; the group before them.)
  while (it != l.groups.begin()) {
    --it;
    if (std::any_of(it->entities.begin(), it->entities.end(),
                    [&](int e) { return l.entities[e].type != "Location"; })) {
      return it->entities;
    }
  }
  return {};
}

// "the two countries", "both nations": of the groups of the size named (two
// for "both"; of states only, with `states_only`), the one named together
// last when it was named in this sentence or the one before, not after a
// preposition;
// otherwise, of the last three groups the one whose members the text has
// named most often (the pair the story is about, not a pair named in
// passing: "officials in Japan and South Korea"), the later on a tie.
std::vector<int> SalientGroup(const Linking& l, std::string_view text, const text::Segmentation& seg, uint32_t token,
                              uint32_t sentence, size_t size, bool states_only) {
  // Groups of the size the description names (any size when it names none).
  std::vector<const Group*> fit;
  // (Places named together are no parties: "over the Sea of Japan and the
  // East China Sea … by the two countries".)
  // ("urged both countries to exercise restraint" after "the Security
  // Council and the African Union": states for a noun of states.)
  const auto parties = [&](const Group& g) {
    return std::none_of(g.entities.begin(), g.entities.end(), [&](int e) {
      return l.entities[e].type == "Location" || (states_only && l.entities[e].type != "Country");
    });
  };
  // ("accused both Mozambican and Rwandan troops …, allegations the two
  // governments have rejected": states named by their demonyms too.)
  for (const std::vector<Group>* groups : {&l.groups, &l.demonym_groups}) {
    for (const Group& g : *groups) {
      if (g.token_end <= token && (size == 0 || g.entities.size() == size) && parties(g)) fit.push_back(&g);
    }
  }
  std::stable_sort(fit.begin(), fit.end(), [](const Group* a, const Group* b) { return a->token_end < b->token_end; });
  // ("A Kyrgyz border guard … Tajik forces … officials from the two
  // countries": never named together, the two states a story names are the
  // pair when it names only two.)
  // ("India said it struck … Pakistan's military said … a third state's
  // envoy … Washington urged both sides": or the two it names most, when
  // each is named at least twice as often as any other.)
  if (fit.empty() && size == 2) {
    std::vector<std::pair<int, int>> states;  // (entity, times named), in order of first mention
    for (const Mention& m : l.mentions) {
      if (m.token_begin >= token) break;
      if (m.entity < 0 || l.entities[m.entity].type != "Country") continue;
      auto at = std::find_if(states.begin(), states.end(), [&](const auto& x) { return x.first == m.entity; });
      if (at == states.end()) {
        states.emplace_back(m.entity, 1);
      } else {
        ++at->second;
      }
    }
    if (states.size() < 2) return {};
    std::vector<std::pair<int, int>> most = states;
    std::stable_sort(most.begin(), most.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (states.size() > 2 && most[1].second < 2 * most[2].second) return {};
    std::vector<int> pair;
    for (const auto& [entity, times] : states) {
      if (entity == most[0].first || entity == most[1].first) pair.push_back(entity);
    }
    return pair;
  }
  if (fit.empty()) return {};
  auto it = fit.end();
  const Group& last = **std::prev(it);
  const auto sit = std::upper_bound(seg.sentences.begin(), seg.sentences.end(), last.token_end - 1,
                                    [](uint32_t t, const text::Sentence& x) { return t < x.token_end; });
  const uint32_t last_sentence = static_cast<uint32_t>(sit - seg.sentences.begin());
  // Named after a preposition ("officials in Japan and South Korea", "talks
  // with X and Y"), a pair is named in passing.
  bool passing = false;
  for (const Mention& m : l.mentions) {
    if (m.token_end > last.token_end) break;
    if (m.entity != last.entities.front() || last.token_end - m.token_begin > 16 || m.token_begin == 0) continue;
    uint32_t b = m.token_begin - 1;
    if (b > 0 && (seg.tokens[b].span().Of(text) == "the" || seg.tokens[b].span().Of(text) == "The")) --b;
    const std::string_view before = seg.tokens[b].span().Of(text);
    passing = before == "in" || before == "with" || before == "from" || before == "of" || before == "between" ||
              before == "to" || before == "on" || before == "against" || before == "for" || before == "by";
  }
  if (sentence - last_sentence <= 1 && !passing) return last.entities;
  std::vector<int> count(l.entities.size(), 0);
  for (const Mention& m : l.mentions) {
    if (m.token_begin >= token) break;
    if (m.entity >= 0) ++count[m.entity];
  }
  const Group* best = nullptr;
  int best_count = -1;
  for (int n = 0; n < 3 && it != fit.begin(); ++n) {
    --it;
    int c = 0;
    for (int e : (*it)->entities) c += count[e];
    if (c > best_count) {
      best = *it;
      best_count = c;
    }
  }
  return best->entities;
}

// "Saidov met acting Foreign Minister Amir Khan Muttaqi, and the two men
// signed": the last `size` persons named in this sentence or the one
// before, in text order; empty when fewer were.
// The last `size` persons named in this sentence or the one before; with an
// `office` ("the two ministers"), the last named with that word in their
// title, when as many are ("Foreign Minister Takeshi Iwaya held talks with
// President Bola Tinubu and later met Foreign Minister Yusuf Tuggar").
std::vector<int> RecentPersons(const Linking& l, uint32_t token, uint32_t sentence, size_t size,
                               std::string_view office = {}) {
  std::vector<int> out;
  for (int i = MentionsBefore(l, token) - 1; i >= 0 && out.size() < size; --i) {
    const Mention& m = l.mentions[i];
    if (m.sentence + 1 < sentence) break;
    if (m.entity < 0 || m.token_end > token || !IsPersonType(m.type)) continue;
    if (!office.empty() && base::AsciiLower(m.title).find(office) == std::string::npos) continue;
    if (std::find(out.begin(), out.end(), m.entity) == out.end()) out.push_back(m.entity);
  }
  if (out.size() < size) return office.empty() ? std::vector<int>{} : RecentPersons(l, token, sentence, size);
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace

int LastBodyNamedWith(const Linking& l, uint32_t token, std::string_view noun,
                      const std::function<bool(const DocEntity&)>& accept) {
  if (noun.empty() || noun[0] < 'a' || noun[0] > 'z') return -1;
  std::string word(noun);
  word[0] = static_cast<char>(word[0] - 'a' + 'A');
  for (int i = MentionsBefore(l, token) - 1; i >= 0; --i) {
    const Mention& m = l.mentions[i];
    if (m.token_end > token || m.entity < 0 || m.type != "ORG") continue;
    const std::string& name = l.entities[m.entity].name;
    if (name == word) continue;  // ("the Organization" names no body of its own)
    if (accept && !accept(l.entities[m.entity])) continue;
    for (size_t at = name.find(word); at != std::string::npos; at = name.find(word, at + 1)) {
      const size_t end = at + word.size();
      if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ')) return m.entity;
    }
  }
  return -1;
}

std::vector<int> Linker::Resolve(const Linking& l, std::string_view text,
                                 const text::Segmentation& seg, uint32_t token) const {
  if (token >= seg.tokens.size()) return {};
  std::string_view w = seg.tokens[token].span().Of(text);
  auto sit = std::upper_bound(seg.sentences.begin(), seg.sentences.end(), token,
                              [](uint32_t t, const text::Sentence& s) { return t < s.token_end; });
  if (sit == seg.sentences.end()) return {};
  const uint32_t sentence = static_cast<uint32_t>(sit - seg.sentences.begin());
  const uint32_t sent_begin = seg.sentences[sentence].token_begin;
  auto one = [](int e) { return e >= 0 ? std::vector<int>{e} : std::vector<int>{}; };

  if (const std::string* kind = cues_.Find(CueKind::kRelative, w)) {
    bool person = *kind == "PERSON";
    // "the attack, which killed 40": after a word in lower case that names
    // nobody, the relative stands for that word ("the group, which": for
    // what the group refers to; "in which", "ten of which" are read as
    // before).
    uint32_t before = token;
    if (before > sent_begin && seg.tokens[before - 1].span().Of(text) == ",") --before;
    // ("Sudan's Defense Industries System (DIS), the SAF's primary weapons
    // procurement arm, which OFAC designated": after a description set off
    // by commas, the name it describes.)
    if (!person && before < token && before > sent_begin && l.MentionAt(before - 1) < 0) {
      for (uint32_t c = before - 1; c > sent_begin + 1 && before - c < 10; --c) {
        const std::string_view w = seg.tokens[c - 1].span().Of(text);
        if (w != ",") continue;
        const std::string first = base::AsciiLower(seg.tokens[c].span().Of(text));
        const bool article = first == "the" || first == "a" || first == "an";
        uint32_t end = c - 1;  // the comma
        if (end >= 3 && seg.tokens[end - 1].span().Of(text) == ")" && seg.tokens[end - 3].span().Of(text) == "(") {
          end -= 3;
        }
        const int m = l.MentionAt(end - 1);
        if (article && m >= 0 && l.mentions[m].token_end == end && l.mentions[m].entity >= 0 &&
            l.mentions[m].type == "ORG") {
          return {l.mentions[m].entity};
        }
        break;
      }
    }
    if (!person && before > sent_begin && l.MentionAt(before - 1) < 0) {
      const std::string_view noun = seg.tokens[before - 1].span().Of(text);
      const bool lower = !noun.empty() && noun[0] >= 'a' && noun[0] <= 'z';
      // (Function words are listed capitalised: "In", "Of".)
      const std::string capitalised = lower ? char(noun[0] - 'a' + 'A') + std::string(noun.substr(1)) : "";
      // ("the Bwa Kale Ouest gang, which killed": an organisation's name
      // before the noun that names its kind; not "the Iran deal, which".)
      if (lower && before >= sent_begin + 2) {
        const int m = l.MentionAt(before - 2);
        if (m >= 0 && l.mentions[m].token_end == before - 1 && l.mentions[m].entity >= 0 &&
            l.mentions[m].type == "ORG") {
          return {l.mentions[m].entity};
        }
      }
      if (lower && !cues_.Has(CueKind::kFunctionWord, capitalised)) {
        return cues_.Has(CueKind::kOrgNoun, noun) || cues_.Has(CueKind::kBareOrgNoun, noun) ||
                       cues_.Has(CueKind::kStateNoun, noun) || cues_.Has(CueKind::kGroupNoun, noun)
                   ? Resolve(l, text, seg, before - 1)
                   : std::vector<int>{};
      }
    }
    // ("Niger, Mali and Burkina Faso, which together form the Alliance of
    // Sahel States": the states named together right before it.)
    // (Not before a singular verb: "A, B and Gulf Meridian General Trading,
    // which is registered in Dubai".)
    const std::string_view verb = token + 1 < seg.tokens.size() ? seg.tokens[token + 1].span().Of(text) : "";
    const bool singular = verb == "is" || verb == "was" || verb == "has";
    if (!person && !singular) {
      for (const Group& g : l.groups) {
        if (g.token_end == before && before > sent_begin) return g.entities;
      }
    }
    for (int i = MentionsBefore(l, token) - 1; i >= 0; --i) {
      const Mention& m = l.mentions[i];
      if (m.token_end > token || m.entity < 0) continue;
      if (m.token_begin < sent_begin) break;
      if (!(person ? IsPersonType(m.type) : IsActorType(m.type))) continue;
      // ("Algoney Hamdan Daglo Musa, Hemedti's brother and the RSF's head of
      // procurement, who": a possessor inside a description set off after a
      // person's name; the relative is that person's.)
      if (person && i > 0 && m.token_end < token &&
          base::IsPossessiveClitic(seg.tokens[m.token_end].span().Of(text))) {
        uint32_t b = m.token_begin;
        if (b > sent_begin && base::AsciiLower(seg.tokens[b - 1].span().Of(text)) == "the") --b;
        const Mention& named = l.mentions[i - 1];
        if (b >= sent_begin + 2 && seg.tokens[b - 1].span().Of(text) == "," && named.token_end == b - 1 &&
            IsPersonType(named.type) && named.entity >= 0) {
          return {named.entity};
        }
      }
      return {m.entity};
    }
    return {};
  }
  // ("urging defense firms and their subcontractors": a possessive after a
  // common noun and "and" is that noun's, which names nobody.)
  if ((w == "their" || w == "its") && token >= sent_begin + 2 &&
      seg.tokens[token - 1].span().Of(text) == "and" && l.MentionAt(token - 2) < 0) {
    const std::string_view noun = seg.tokens[token - 2].span().Of(text);
    if (noun.size() > 2 && noun.back() == 's' && std::all_of(noun.begin(), noun.end(), [](char c) {
          return c >= 'a' && c <= 'z';
        })) {
      return {};
    }
  }
  if (const std::string* kind = cues_.Find(CueKind::kPronoun, w)) {
    if (*kind == "PERSON") {
      // ("During his visit to Seoul, Blinken said": a pronoun in a phrase
      // opening the sentence with a preposition is the person named right
      // after the phrase's comma.)
      if (token > sent_begin && token - sent_begin <= 2 && w != "he" && w != "He" && w != "she" && w != "She") {
        const std::string_view opener = seg.tokens[sent_begin].span().Of(text);
        static constexpr std::string_view kOpeners[] = {"During", "After", "Before", "On", "In", "At", "Since",
                                                         "Despite", "Following", "Throughout", "Upon"};
        if (std::find(std::begin(kOpeners), std::end(kOpeners), opener) != std::end(kOpeners)) {
          const uint32_t end = seg.sentences[sentence].token_end;
          for (uint32_t k = token + 1; k + 1 < end && k < token + 12; ++k) {
            if (seg.tokens[k].span().Of(text) != ",") continue;
            const int m = l.MentionAt(k + 1);
            if (m >= 0 && l.mentions[m].token_begin == k + 1 && IsPersonType(l.mentions[m].type) &&
                l.mentions[m].entity >= 0) {
              return {l.mentions[m].entity};
            }
            break;
          }
        }
      }
      // "…, Pistorius told a news conference with his counterpart, Denys
      // Shmyhal. He said …": a pronoun opening a sentence continues the first
      // person the sentence before names; so does one after a phrase of time
      // or place opening it ("Wang … held talks with Jaishankar. On Tuesday he
      // met Doval").
      const auto after_opening_phrase = [&] {
        if (token == sent_begin || token - sent_begin > 5 || (w != "he" && w != "she")) return false;
        static constexpr std::string_view kOpeners[] = {"On", "In", "At", "Later", "Earlier", "Then", "Afterwards",
                                                         "Separately", "Meanwhile", "Last", "This", "Next"};
        const std::string_view opener = seg.tokens[sent_begin].span().Of(text);
        if (std::find(std::begin(kOpeners), std::end(kOpeners), opener) == std::end(kOpeners)) return false;
        for (uint32_t k = sent_begin; k < token; ++k) {
          const int m = l.MentionAt(k);
          if (m >= 0 && l.mentions[m].type != "DATE") return false;
        }
        return true;
      };
      if ((token == sent_begin || after_opening_phrase()) && sentence > 0) {
        // (Not one named inside a quotation: "“… Edmundo Gonzalez Urrutia won
        // the most votes,” Blinken said in a statement. He called for …".)
        const uint32_t before = seg.sentences[sentence - 1].token_begin;
        for (size_t i = MentionsBefore(l, before); i < l.mentions.size() && l.mentions[i].sentence == sentence - 1;
             ++i) {
          if (IsPersonType(l.mentions[i].type) && l.mentions[i].entity >= 0 &&
              !InsideQuotation(text, seg, before, l.mentions[i].token_begin)) {
            return {l.mentions[i].entity};
          }
        }
      }
      return one(RecentMention(l, token, sentence, 3, [](const Mention& m) { return IsPersonType(m.type); }));
    }
    if (*kind == "THING") {
      // ("The United States, a treaty ally of the Philippines, condemned what
      // it called": a name inside an apposition closed before the pronoun
      // only describes the name the apposition follows.)
      const auto word = [&](uint32_t k) { return seg.tokens[k].span().Of(text); };
      const auto in_apposition = [&](const Mention& m) {
        bool closed = false;
        for (uint32_t k = m.token_end; k < token; ++k) closed |= word(k) == ",";
        if (!closed) return false;
        for (uint32_t c = m.token_begin; c > sent_begin + 1 && m.token_begin - c < 8;) {
          --c;
          if (word(c) != ",") continue;
          const std::string_view opener = word(c + 1);
          const int host = l.MentionAt(c - 1);
          return (opener == "a" || opener == "an" || opener == "the") && host >= 0 &&
                 l.mentions[host].token_end == c && IsActorType(l.mentions[host].type);
        }
        return false;
      };
      // ("bought gold from FPK-controlled mines. Its director": a name joined
      // by a hyphen to a participle describes a noun and is no antecedent.)
      const auto modifier = [&](const Mention& m) {
        return m.token_end + 1 < seg.tokens.size() && word(m.token_end) == "-" &&
               seg.tokens[m.token_end].begin == seg.tokens[m.token_end - 1].end;
      };
      // ("BAMAKO (AFP) — … it had killed": nor a name in the dateline.)
      const auto dateline = [&](const Mention& m) { return seg.sentences[m.sentence].dateline; };
      auto is_org = [&](const Mention& m) {
        return m.type == "ORG" && !in_apposition(m) && !modifier(m) && !dateline(m);
      };
      auto is_actor = [&](const Mention& m) {
        return IsActorType(m.type) && !in_apposition(m) && !modifier(m) && !dateline(m);
      };
      // ("Armenia has sought to diversify its suppliers since Azerbaijan
      // retook Nagorno-Karabakh. It has also bought …": "It" opening a
      // sentence continues the state or body the sentence before opens with.)
      // ("The company, Great Lakes Precious Metals Ltd, bought gold …. Its
      // director": or with the name in apposition to the noun opening it.)
      if (token == sent_begin && sentence > 0 && (w == "it" || w == "It" || w == "Its")) {
        // ("The Almaty-based company, Steppe Component Trade LLP, shipped …":
        // past describing words before the noun.)
        constexpr uint32_t kMaxDescription = 6;
        uint32_t previous = seg.sentences[sentence - 1].token_begin;
        if (word(previous) == "The" || word(previous) == "the") {
          for (uint32_t comma = previous + 2; comma + 1 < sent_begin && comma <= previous + kMaxDescription; ++comma) {
            if (word(comma) != ",") continue;
            if (cues_.Has(CueKind::kOrgNoun, word(comma - 1))) previous = comma + 1;
            break;
          }
        }
        // ("The Azure Meridian, carrying …. Its registered owner": a name
        // after the article.)
        const uint32_t named = l.MentionAt(previous) < 0 && (word(previous) == "The" || word(previous) == "the") &&
                                       previous + 1 < sent_begin
                                   ? previous + 1
                                   : previous;
        const int first = l.MentionAt(named);
        if (first >= 0 && l.mentions[first].token_begin == named && l.mentions[first].entity >= 0 &&
            (l.mentions[first].type == "ORG" || l.mentions[first].type == "FAC" ||
             (l.mentions[first].type == "GPE" && l.entities[l.mentions[first].entity].type == "Country"))) {
          return {l.mentions[first].entity};
        }
        // ("The Israeli military said its jets had struck …. It accused
        // Hezbollah": or the body named right after a demonym opening it.)
        {
          const uint32_t at = word(previous) == "The" || word(previous) == "the" ? previous + 1 : previous;
          const int demonym = at < sent_begin ? l.MentionAt(at) : -1;
          if (demonym >= 0 && l.mentions[demonym].token_begin == at && l.mentions[demonym].type == "NORP") {
            const int body = l.MentionAt(l.mentions[demonym].token_end);
            if (body >= 0 && l.mentions[body].token_begin == l.mentions[demonym].token_end &&
                l.mentions[body].type == "ORG" && l.mentions[body].entity >= 0) {
              return {l.mentions[body].entity};
            }
          }
        }
        // ("The vessel was sanctioned by the European Union …. Its registered
        // owner": or the body or ship the noun opening it refers to.)
        if (first < 0 && previous + 1 < sent_begin && (word(previous) == "The" || word(previous) == "the") &&
            cues_.Has(CueKind::kOrgNoun, word(previous + 1))) {
          if (std::vector<int> opener = Resolve(l, text, seg, previous + 1); opener.size() == 1) return opener;
        }
      }
      // ("Its founder and chief executive, X, and its finance director, Y":
      // a later "its" in a sentence opened by "Its" is the same one.)
      if (w == "its" && token > sent_begin && word(sent_begin) == "Its") return Resolve(l, text, seg, sent_begin);
      // ("the group had targeted the ship because its owner": after a ship's
      // noun in its clause, "its" is the ship named last.)
      if (w == "its" || w == "Its") {
        bool ship_noun = false;
        for (uint32_t k = token; k > sent_begin && token - k < 8 && !ship_noun;) {
          --k;
          ship_noun = cues_.Has(CueKind::kVesselNoun, base::AsciiLower(word(k)));
        }
        if (ship_noun) {
          if (int ship = RecentMention(l, token, sentence, 2, [](const Mention& m) { return m.type == "FAC"; });
              ship >= 0) {
            return {ship};
          }
        }
      }
      // This sentence first ("Chile would expand its exports", after a
      // sentence naming Reuters), an organisation before a state.
      if (int org = RecentMention(l, token, sentence, 0, is_org); org >= 0) return {org};
      if (int actor = RecentMention(l, token, sentence, 0, is_actor); actor >= 0) return {actor};
      if (int org = RecentMention(l, token, sentence, 1, is_org); org >= 0) return {org};
      return one(RecentMention(l, token, sentence, 3, is_actor));
    }
    return RecentGroup(l, token);
  }
  // "Iran's mission said the country had never supplied …", "accused the
  // government of holding prisoners": "the country"
  // right after "the" is the one state named before it in its sentence, or
  // else in the sentence before (none when two are named: "Israel says it
  // struck Iran, destroying the country's air defences").
  if (const std::string* state_noun = cues_.Find(CueKind::kStateNoun, w)) {
    // ("The military government rejected the findings": a word of the
    // regime's kind between.)
    uint32_t the = token;
    if (the > sent_begin + 1 && cues_.Has(CueKind::kRegimeModifier, seg.tokens[the - 1].span().Of(text))) --the;
    // ("Sudan's army-aligned government, which has long accused the UAE": a
    // state's possessive before it, past lower-case words and hyphens.)
    {
      uint32_t k = token;
      const auto word = [&](uint32_t t) { return seg.tokens[t].span().Of(text); };
      while (k > sent_begin + 1 && token - k < 5 &&
             (word(k - 1) == "-" || (!word(k - 1).empty() && word(k - 1)[0] >= 'a' && word(k - 1)[0] <= 'z' &&
                                     !base::IsPossessiveClitic(word(k - 1))))) {
        --k;
      }
      if (k > sent_begin + 1 && base::IsPossessiveClitic(word(k - 1))) {
        const int m = l.MentionAt(k - 2);
        if (m >= 0 && l.mentions[m].entity >= 0 && l.entities[l.mentions[m].entity].type == "Country" &&
            l.mentions[m].token_end == k - 1) {
          return {l.mentions[m].entity};
        }
      }
    }
    if (the == sent_begin || base::AsciiLower(seg.tokens[the - 1].span().Of(text)) != "the") return {};
    // ("the government of Panama" names its own.)
    if (token + 2 < seg.tokens.size() && seg.tokens[token + 1].span().Of(text) == "of" &&
        detail::Capitalised(seg.tokens[token + 2].span().Of(text))) {
      return {};
    }
    // ("The Burmese military regime depends on … The junta's spokesman": the
    // state a regime's word was last said of, in the three sentences before.)
    if (*state_noun == "other") {
      if (const int state = StateOfRegimeBefore(cues_, l, text, seg, token, sentence); state >= 0) return {state};
    }
    if (const int state = OnlyStateBefore(l, seg, token, sentence, *state_noun == "other"); state >= 0) return {state};
    // (Further back, when those sentences name no state: "Burkina Faso's
    // army killed … HRW urged the African Union … The military government
    // rejected the findings".)
    return one(OnlyStateInStoryBefore(l, seg, token));
  }
  const std::string* bare = cues_.Find(CueKind::kBareOrgNoun, w);
  if (const std::string* kind = bare != nullptr ? bare : cues_.Find(CueKind::kOrgNoun, w)) {
    // "an allegation that the group has denied": a definite description of
    // an organisation, "the" at most two words before it; "the company" is
    // a company's ("... which the EU said. The company has been ..."). A
    // bare one takes no modifier ("the ministry"; "the defence ministry" is
    // another).
    for (uint32_t k = token; k > sent_begin && token - k < (bare != nullptr ? 1u : 3u); --k) {
      std::string_view prev = seg.tokens[k - 1].span().Of(text);
      if (prev == "the" || prev == "The") {
        // ("the court": only a body so named.)
        if (*kind == "named") {
          const bool definite = k == token && (token + 1 >= seg.tokens.size() ||
                                               seg.tokens[token + 1].span().Of(text) != "of");
          return definite ? one(LastBodyNamedWith(l, token, w)) : std::vector<int>{};
        }
        const auto of_kind_entity = [&](int entity) {
          const DocEntity& e = l.entities[entity];
          return kind->empty() || e.type == *kind || (e.kb != nullptr && e.kb->sector == *kind);
        };
        // ("the tanker Kora Spirit … The vessel was sanctioned": a ship, a
        // facility's mention, for a ship's noun.)
        // ("OFAC said the network was run by X": not the body whose words
        // the noun's clause reports.)
        const auto speaker = [&](const Mention& m) {
          uint32_t after = m.token_end;
          if (after + 2 < token && seg.tokens[after].span().Of(text) == "(" &&
              seg.tokens[after + 2].span().Of(text) == ")") {
            after += 3;
          }
          return m.sentence == sentence && after < token &&
                 cues_.Has(CueKind::kSpeakingVerb, base::AsciiLower(seg.tokens[after].span().Of(text)));
        };
        // ("A spokesperson for the European Union said the bloc was
        // considering sanctions": a union of states speaks of itself so.)
        const auto of_kind = [&](const Mention& m) {
          return (m.type == "ORG" || (*kind == "Thing" && m.type == "FAC")) && of_kind_entity(m.entity) &&
                 (*kind == "igo" || !speaker(m));
        };
        // ("Harrowgate Ltd … the company made 27 payments to Vostok LLC, a
        // supplier …. OFSI found that the company's managing director": the
        // description repeated from the sentence before goes on meaning what
        // it meant there, past a name told after it.)
        if (k == token) {
          const uint32_t from = sentence > 0 ? seg.sentences[sentence - 1].token_begin : sent_begin;
          for (uint32_t q = token - 1; q > from; --q) {
            if (base::AsciiLower(seg.tokens[q].span().Of(text)) != w ||
                base::AsciiLower(seg.tokens[q - 1].span().Of(text)) != "the") {
              continue;
            }
            const bool named_between = std::any_of(l.mentions.begin(), l.mentions.end(), [&](const Mention& m) {
              return m.entity >= 0 && m.token_begin > q && m.token_end <= token && of_kind(m);
            });
            if (!named_between) break;
            std::vector<int> earlier = Resolve(l, text, seg, q);
            if (earlier.size() == 1 && of_kind_entity(earlier.front())) return earlier;
            break;
          }
        }
        // ("The Arakan Army, one of Myanmar's … groups, said it has seized the
        // headquarters of the Western Regional Command … The group said": the
        // noun opening a sentence continues the body the sentence before
        // opens with, when it is of the noun's kind.)
        if (k == token && token == sent_begin + 1 && sentence > 0) {
          const text::Sentence& before = seg.sentences[sentence - 1];
          for (size_t i = MentionsBefore(l, before.token_begin); i < l.mentions.size(); ++i) {
            const Mention& m = l.mentions[i];
            if (m.sentence != sentence - 1 || m.entity < 0) break;
            if (m.token_begin <= before.token_begin + 1 && of_kind(m)) return {m.entity};
            break;
          }
        }
        // ("The EU naval mission enforcing the embargo … Turkey, which backs
        // the GNU, has accused the mission": the body whose name opened the
        // same noun before, past lower-case describing words.)
        if (k == token) {
          const int named = BodyBeforeSameNoun(l, text, seg, token, sentence);
          if (named >= 0 && of_kind_entity(named)) return {named};
        }
        // ("the Romanian Defence Ministry said … a loan from the EU's fund,
        // according to the ministry": a bare noun means a body whose name has
        // it before the last organisation named.)
        // ("accused the army of carrying out the strike": but "the army of
        // Mali" names its own.)
        const auto of_doing = [&] {
          if (token + 2 >= seg.tokens.size()) return false;
          const std::string_view next = seg.tokens[token + 2].span().Of(text);
          return next.ends_with("ing") && next[0] >= 'a' && next[0] <= 'z';
        };
        std::vector<int> found;
        if (bare != nullptr && k == token &&
            (token + 1 >= seg.tokens.size() || seg.tokens[token + 1].span().Of(text) != "of" || of_doing())) {
          found = one(LastBodyNamedWith(l, token, w));
          if (!found.empty() && !of_kind_entity(found.front())) found.clear();
        }
        // ("The Atomic Energy Organization of Iran said it would withdraw the
        // accreditation of several IAEA inspectors. … the organization's head":
        // a body whose name has the noun, named in the two sentences before,
        // comes before the last body of the kind.)
        if (found.empty() && k == token) {
          const int named = LastBodyNamedWith(l, token, w, [&](const DocEntity& e) {
            return kind->empty() || e.type == *kind || (e.kb != nullptr && e.kb->sector == *kind);
          });
          const int recent = named < 0 ? -1 : RecentMention(l, token, sentence, 2, [&](const Mention& m) {
            return m.entity == named && (*kind == "igo" || !speaker(m));
          });
          if (recent >= 0) found = {recent};
        }
        if (found.empty()) found = one(RecentMention(l, token, sentence, 1, of_kind));
        // ("detained the Gabon-flagged tanker Kestrel Star … The European Union
        // added the ship to its list": a ship's noun reaches further back to
        // the last ship named. Not its possessive: "The ship's manager,
        // Dubai-based Marlin Shipmanagement" names the manager.)
        const bool possessive = token + 1 < seg.tokens.size() &&
                                base::IsPossessiveClitic(seg.tokens[token + 1].span().Of(text));
        if (found.empty() && *kind == "Thing" && k == token && !possessive) {
          found = one(RecentMention(l, token, sentence, 3, [](const Mention& m) { return m.type == "FAC"; }));
        }
        // ("Sahand Marine Services, a shipping agent … The company is owned
        // by": a company named without a legal form is typed by its other
        // words, an organisation or a body the knowledge base does not know;
        // not a state's body, "Indonesia's maritime security agency".)
        if (found.empty() && *kind == "Company") {
          found = one(RecentMention(l, token, sentence, 1, [&](const Mention& m) {
            const DocEntity& e = l.entities[m.entity];
            return m.type == "ORG" && e.kb == nullptr &&
                   (e.type == "Organization" || (e.type == "PublicBody" && e.country.empty()));
          }));
        }
        // ("The U.N. Security Council … The resolution … The council also
        // imposed": further back, the last body whose name has the noun.)
        // (Only "the" right before the noun, and no "of" after it: "the
        // achievements in organization", "the organization of a committee".)
        const bool definite_noun = k == token && (token + 1 >= seg.tokens.size() ||
                                                  seg.tokens[token + 1].span().Of(text) != "of");
        if (found.empty() && definite_noun) found = one(LastBodyNamedWith(l, token, w));
        if (found.empty() && definite_noun && (*kind == "Company" || *kind == "Organization")) {
          found = one(OnlyOfTypeBefore(l, seg, token, *kind));
        }
        return found;
      }
    }
    return {};
  }
  if (const std::string* group = cues_.Find(CueKind::kGroupNoun, w)) {
    // "the governments of Panama and Sierra Leone" name their members.
    if (token + 1 < seg.tokens.size() && seg.tokens[token + 1].span().Of(text) == "of") return {};
    // Only definite descriptions: "the two rogue nations", "the American adversaries".
    for (uint32_t k = token; k > sent_begin && token - k < 5; --k) {
      std::string_view prev = seg.tokens[k - 1].span().Of(text);
      // ("Each side accused the other": a singular noun after "each" or
      // "either" is one of the last two named together, whichever.)
      const bool each = prev == "each" || prev == "Each" || prev == "either" || prev == "Either";
      if (prev == "the" || prev == "The" || prev == "both" || prev == "Both" || (each && k == token)) {
        // "both countries", "the two nations", "the three states": a group of that size.
        size_t size = 0;
        for (uint32_t j = k - 1; j < token; ++j) {
          const std::string_view x = seg.tokens[j].span().Of(text);
          if (x == "two" || x == "both" || x == "Both" || each) size = 2;
          if (x == "three") size = 3;
        }
        if (*group == "PERSON") {
          const std::string lower = base::AsciiLower(w);
          const std::string office = lower.ends_with("s") ? lower.substr(0, lower.size() - 1) : std::string();
          const bool titled = !office.empty() && (cues_.Find(CueKind::kTitle, office) != nullptr ||
                                                  cues_.FindCapitalisedTitle(office) != nullptr);
          return size == 2 ? RecentPersons(l, token, sentence, size, titled ? office : std::string())
                           : std::vector<int>{};
        }
        const bool states_only = w == "countries" || w == "nations" || w == "states";
        return SalientGroup(l, text, seg, token, sentence, size, states_only);
      }
    }
  }
  return PersonByOffice(l, text, seg, token, sentence);
}

// "Kenyan Foreign Minister Musalia Mudavadi … The minister rejected the
// proposal", "the Minister for Trade Policy, Sarah Pennington … the Minister
// rejected": an office after "the", named by no one, is the last person (in
// this sentence or the four before) named with that office's word in his
// title or in the words of an office in apposition before his name.
std::vector<int> Linker::PersonByOffice(const Linking& l, std::string_view text, const text::Segmentation& seg,
                                        uint32_t token, uint32_t sentence) const {
  constexpr uint32_t kSentencesBack = 4, kWordsBefore = 6;
  const uint32_t sent_begin = seg.sentences[sentence].token_begin;
  const auto word = [&](uint32_t k) { return seg.tokens[k].span().Of(text); };
  // ("the Deputy Minister stressed": past the office's capitalised words.)
  uint32_t the = token;
  while (the > sent_begin + 1 && token - the < 2 && l.MentionAt(the - 1) < 0 && detail::Capitalised(word(the - 1)) &&
         base::AsciiLower(word(the - 1)) != "the") {
    --the;
  }
  if (the <= sent_begin || base::AsciiLower(word(the - 1)) != "the") return {};
  if (token + 1 < seg.tokens.size() && word(token + 1) == "of") return {};  // "the minister of X" names its own
  const std::string office = base::AsciiLower(word(token));
  const std::string* value = cues_.Find(CueKind::kTitle, office);
  if (value == nullptr) value = cues_.FindCapitalisedTitle(office);
  if (value == nullptr || value->empty()) return {};
  const auto named_with = [&](const Mention& m) {
    if (m.type != "PERSON") return false;
    if (base::AsciiLower(m.title).find(office) != std::string::npos) return true;
    const uint32_t begin = seg.sentences[m.sentence].token_begin;
    if (m.token_begin <= begin + 1 || word(m.token_begin - 1) != ",") return false;
    for (uint32_t k = m.token_begin - 1; k > begin && m.token_begin - k < kWordsBefore;) {
      --k;
      if (base::AsciiLower(word(k)) == office) return true;
    }
    return false;
  };
  const int person = RecentMention(l, token, sentence, kSentencesBack, named_with);
  return person >= 0 ? std::vector<int>{person} : std::vector<int>{};
}

}  // namespace dossier::link
