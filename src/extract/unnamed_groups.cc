// AddUnnamedGroups (context.h): "Police fired tear gas at protesters",
// "Gunmen killed 12 villagers", "detained its 19 crew members", ", two
// Western officials said": a party no name stands for, a group of people,
// ships or sites named by a common noun (people_group cues), fills an
// event's empty actor, recipient or source as a document entity of its own.
#include <algorithm>

#include "base/strings.h"
#include "extract/context.h"
#include "extract/parse_arguments.h"

namespace dossier::extract {
namespace {

// Most words a group's phrase may span ("six Nigerian nationals", "suspected
// members of the gang").
constexpr uint32_t kMaxPhrase = 8;

// The dependents of the word at k in relation `dep`, in text order.
std::vector<uint32_t> ChildrenWithDep(const DocumentView& v, uint32_t k, std::string_view dep) {
  std::vector<uint32_t> out;
  for (uint32_t c : v.Children(k)) {
    if (v.Dep(c) == dep) out.push_back(c);
  }
  return out;
}

// Whether the word at k is marked by a preposition among `cases`.
bool HasCase(const DocumentView& v, uint32_t k, std::initializer_list<std::string_view> cases) {
  return std::find(cases.begin(), cases.end(), CaseOf(v, k)) != cases.end();
}

// Whether the word at w names a group of people or ships the text leaves
// unnamed ("protesters", "crew members"; not a word of a name).
bool GroupWord(const DocumentView& v, uint32_t w) {
  if (v.linking().MentionAt(w) >= 0 || !v.lexicon().HasCue(v.Lower(w), "people_group")) return false;
  return v.Upos(w) == "NOUN" || v.Upos(w) == "PROPN";
}

// The group word the argument at w names: w itself, or the group after a
// crowd's count ("thousands of protesters", "a crowd of students"); -1.
int32_t GroupAt(const DocumentView& v, uint32_t w, int depth = 0) {
  // ("tens of thousands of protesters"; "groups of students" are students.)
  if (v.lexicon().HasCue(v.Lower(w), "crowd_noun") && depth <= 1) {
    for (uint32_t c : ChildrenWithDep(v, w, "nmod")) {
      if (!HasCase(v, c, {"of"})) continue;
      if (const int32_t g = GroupAt(v, c, depth + 1); g >= 0) return g;
    }
  }
  return GroupWord(v, w) ? static_cast<int32_t>(w) : -1;
}

// Unparsed, the group a noun trigger reaches: the first noun after "at",
// "on" or "against" right after it ("tear gas at protesters", "attacks on
// merchant ships") or after a purpose ("to disperse"), past articles,
// adjectives and numbers; -1.
int32_t GroupAfterNoun(const DocumentView& v, uint32_t end) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(end - 1));
  if (end + 1 >= s.token_end) return -1;
  const std::string& prep = v.Lower(end);
  // ("water cannon to disperse thousands of protesters": its purpose's object.)
  const bool purpose = prep == "to" && v.Upos(end + 1) == "VERB";
  if (prep != "at" && prep != "on" && prep != "against" && !purpose) return -1;
  const uint32_t from = purpose ? end + 2 : end + 1;
  for (uint32_t j = from; j < s.token_end && j < from + kMaxPhrase; ++j) {
    const std::string_view pos = v.Upos(j);
    if (pos == "DET" || pos == "ADJ" || pos == "NUM") continue;
    if (pos != "NOUN") return -1;
    if (j + 1 < s.token_end && v.Upos(j + 1) == "NOUN" && v.StartsLower(j + 1)) continue;
    if (GroupWord(v, j)) return static_cast<int32_t>(j);
    if (j + 2 < s.token_end && v.Lower(j + 1) == "of" && v.lexicon().HasCue(v.Lower(j), "crowd_noun") &&
        GroupWord(v, j + 2)) {
      return static_cast<int32_t>(j + 2);
    }
    return -1;
  }
  return -1;
}

// The words that can stand for the trigger's actor (`actor`) or recipient:
// the parse's subject, agent, object, passive subject, or a phrase "at",
// "on", "against" (a noun trigger's "on", "against", "by"), with their
// conjuncts ("detained protesters and journalists"). The subject of an act
// done to someone (an attack, a coercion, a sanction) counts only with an
// object.
std::vector<uint32_t> ArgumentWords(const DocumentView& v, uint32_t k, const Event& e, bool actor) {
  // ("Two Chinese Nationals Charged with Shipping AI Chips": so is a charge.)
  const bool done_to = e.event == "ASSAULT" || e.event == "COERCE" || e.event == "SANCTION" ||
                       (e.event == "ACCUSE" && (v.Lemma(k) == "charge" || v.Lemma(k) == "indict"));
  const bool taken_from = e.event == "COERCE";
  std::vector<uint32_t> out;
  const auto add = [&](const std::vector<uint32_t>& words) {
    for (uint32_t w : words) {
      out.push_back(w);
      for (uint32_t c : ChildrenWithDep(v, w, "conj")) out.push_back(c);
    }
  };
  const bool passive = !ChildrenWithDep(v, k, "nsubj:pass").empty() || !ChildrenWithDep(v, k, "aux:pass").empty();
  if (v.Upos(k) == "NOUN") {
    for (uint32_t c : ChildrenWithDep(v, k, "nmod")) {
      if (actor ? HasCase(v, c, {"by"}) : HasCase(v, c, {"on", "against"})) add({c});
    }
    // ("fired tear gas at protesters", "used water cannon to disperse
    // them": the means' verb and its purpose reach the group.)
    if (!actor && v.Dep(k) == "obj" && v.Head(k) >= 0) {
      const uint32_t verb = static_cast<uint32_t>(v.Head(k));
      for (uint32_t c : ChildrenWithDep(v, verb, "obl")) {
        if (HasCase(v, c, {"at", "on", "against"})) add({c});
      }
      for (uint32_t c : v.Children(verb)) {
        if (c > verb && (v.Dep(c) == "advcl" || v.Dep(c) == "xcomp")) add(ChildrenWithDep(v, c, "obj"));
      }
    }
    return out;
  }
  if (actor) {
    if (passive) {
      add(ChildrenWithDep(v, k, "obl:agent"));
      return out;
    }
    // ("Protesters blocked roads and stormed parliament": a conjunct shares
    // the subject of the verb it is joined to.)
    // ("Three soldiers wounded in attack": a headline's participle tells
    // what was done to its subject; an act done to someone needs its target.)
    if (done_to && ChildrenWithDep(v, k, "obj").empty()) return out;
    uint32_t verb = k;
    for (int depth = 0; depth < 3; ++depth) {
      if (const auto subjects = ChildrenWithDep(v, verb, "nsubj"); !subjects.empty()) {
        add(subjects);
        break;
      }
      // ("… attacked the village, killing five civilians": a participle's
      // subject is its clause's.)
      const bool participle = v.Dep(verb) == "advcl" && v.Lower(verb).ends_with("ing");
      if ((v.Dep(verb) != "conj" && !participle) || v.Head(verb) < 0) break;
      verb = static_cast<uint32_t>(v.Head(verb));
    }
    return out;
  }
  add(ChildrenWithDep(v, k, passive ? "nsubj:pass" : "obj"));
  for (uint32_t c : ChildrenWithDep(v, k, "obl")) {
    // ("seized 40 rifles from smugglers".)
    if (HasCase(v, c, {"at", "on", "against", "upon"}) || (taken_from && HasCase(v, c, {"from"}))) add({c});
  }
  // ("launched more than 150 attacks against merchant vessels": a light
  // verb's act; not "condemned the attack on the convoy".)
  if (!v.lexicon().HasCue(v.Lower(k), "light_verb")) return out;
  for (uint32_t o : ChildrenWithDep(v, k, "obj")) {
    for (uint32_t c : ChildrenWithDep(v, o, "nmod")) {
      if (HasCase(v, c, {"on", "against"})) add({c});
    }
  }
  return out;
}

// A group entity for the phrase headed by the word at w: its modifiers
// before it (numbers, adjectives, compounds: "19 crew members", "pro-monarchy
// demonstrators") and an "of" phrase after it in lower case ("members of the
// gang"). A state named among the modifiers gives the group its country
// ("six Nigerian nationals").
link::DocEntity GroupEntity(const DocumentView& v, uint32_t w) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(w));
  uint32_t first = w, head_first = w;
  for (uint32_t j = w; j > s.token_begin && w - j + 1 < kMaxPhrase; --j) {
    const uint32_t c = j - 1;
    // ("a Sierra Leone-flagged tanker": a word a hyphen joins to a name is
    // the name's, not the group's.)
    if (c > s.token_begin && v.Word(c - 1) == "-") break;
    if (!v.Parsed(w)) {
      // (Unparsed: the adjectives, numbers and lower-case nouns before it.)
      const std::string_view pos = v.Upos(c);
      if (pos != "ADJ" && pos != "NUM" && !(pos == "NOUN" && v.StartsLower(c))) break;
      first = c;
      if (pos == "NOUN" && first + 1 == head_first) head_first = c;
      continue;
    }
    const std::string_view dep = v.Dep(c);
    if (v.Head(c) < 0) break;
    const uint32_t head = static_cast<uint32_t>(v.Head(c));
    const bool modifier = (head == w || (head > c && head < w)) &&
                          (dep == "amod" || dep == "compound" || dep == "nummod" || dep == "punct");
    if (!modifier) break;
    first = c;
    if (dep == "compound" && head == w && first + 1 == head_first) head_first = c;
  }
  while (first < w && v.Dep(first) == "punct") ++first;
  uint32_t last = w;
  // (Only a relational noun takes its "of" phrase, relational_group cues:
  // not "accused police of torture".)
  const bool relational = v.lexicon().HasCue(v.Lower(w), "relational_group");
  for (uint32_t c : relational ? ChildrenWithDep(v, w, "nmod") : std::vector<uint32_t>{}) {
    if (c != w + 2 && c != w + 3) continue;
    if (v.Lower(w + 1) != "of" || v.linking().MentionAt(c) >= 0 || !v.StartsLower(c)) continue;
    if (c - first + 1 <= kMaxPhrase) last = c;
  }
  const auto text_of = [&](uint32_t from, uint32_t to) {
    std::string out(v.text().substr(v.seg().tokens[from].begin, v.seg().tokens[to].end - v.seg().tokens[from].begin));
    // ("Protesters stormed …": a sentence's capital is not the group's.)
    const std::string_view pos = v.Upos(from);
    const bool common = from == w || pos == "NUM" || pos == "DET" || pos == "NOUN";
    if (from == s.token_begin && common && !out.empty() && out[0] >= 'A' && out[0] <= 'Z') {
      out[0] = static_cast<char>(out[0] - 'A' + 'a');
    }
    return out;
  };
  link::DocEntity e;
  e.name = text_of(first, last);
  e.type = "Thing";
  // ("two American citizens" is also "American citizens": the phrase without
  // its count.)
  uint32_t uncounted = first;
  while (uncounted < w && (v.Upos(uncounted) == "NUM" || v.Upos(uncounted) == "DET")) ++uncounted;
  for (const std::string& alias : {text_of(uncounted, last), text_of(head_first, w), text_of(w, w)}) {
    if (alias != e.name && std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) {
      e.aliases.push_back(alias);
    }
  }
  for (uint32_t j = first; j < w; ++j) {
    const int m = v.linking().MentionAt(j);
    if (m < 0 || v.linking().mentions[m].entity < 0) continue;
    const link::DocEntity& named = v.linking().entities[v.linking().mentions[m].entity];
    if (named.type == "Country") e.country = named.country;
  }
  // (One id for the group across its tellings and documents: "two soldiers"
  // and "27 Nigerian soldiers" are Nigeria's soldiers, "group:nga-soldiers".)
  e.id = "group:" + base::Slugify(e.country + " " + text_of(head_first, w));
  return e;
}

// Whether the word at w names a person the text leaves unnamed: a source's,
// an office's, a group's or a counsel's noun ("official", "diplomat",
// "spokesperson", "resident", "lawyer"), or its singular.
bool UnnamedPersonNoun(const DocumentView& v, uint32_t w) {
  if (v.linking().MentionAt(w) >= 0 || v.Upos(w) != "NOUN") return false;
  const std::string& lower = v.Lower(w);
  static constexpr std::string_view kThings[] = {"media", "document", "documents", "report", "reports", "statement"};
  if (std::find(std::begin(kThings), std::end(kThings), lower) != std::end(kThings)) return false;
  for (const char* cue : {"unnamed_source", "voice_office", "people_group", "client_role", "court_person"}) {
    if (v.lexicon().HasCue(lower, cue) || v.lexicon().HasCue(lower + "s", cue)) return true;
  }
  return false;
}

// The word naming the unnamed speaker of the quote between tokens `open`
// and `close`: the subject of the verb of saying nearest the quote in its
// sentences ("“…,” a resident said", "A senior Moroccan official … described
// the attack as “…”"), when it is such a noun and no name stands in
// apposition to it; -1. (`unresolved`: no speaker was found for the quote,
// so a definite one may stand too: "the presiding judge said".)
int32_t UnnamedSpeakerWord(const DocumentView& v, uint32_t open, uint32_t close, bool unresolved) {
  const uint32_t begin = v.Sentence(v.SentenceOf(open)).token_begin;
  const uint32_t end = v.Sentence(v.SentenceOf(close)).token_end;
  int32_t best = -1;
  uint32_t best_distance = UINT32_MAX;
  // ("“…,” a resident said": unparsed, the words right after the quote.)
  if (!v.Parsed(close)) {
    uint32_t k = close + 1;
    if (k < end && v.Word(k) == ",") ++k;
    if (k >= end || (v.Lower(k) != "a" && v.Lower(k) != "an" && v.Lower(k) != "one")) return -1;
    for (uint32_t j = k + 1; j < end && j < k + 5; ++j) {
      if (v.linking().MentionAt(j) >= 0 && !v.StartsLower(j)) continue;
      if (UnnamedPersonNoun(v, j) && j + 1 < end && v.SaysOrClaims(j + 1)) {
        return v.lexicon().HasCue(v.Lower(j), "voice_office") ? -1 : static_cast<int32_t>(j);
      }
      if (!v.StartsLower(j)) return -1;
    }
    return -1;
  }
  for (uint32_t t = begin; t < end; ++t) {
    if (t >= open && t <= close) continue;
    const bool reporting = v.SaysOrClaims(t) || v.lexicon().HasCue(v.Lower(t), "naming_verb");
    if (!v.Parsed(t) || v.Upos(t) != "VERB" || !reporting) continue;
    const uint32_t distance = t < open ? open - t : t - close;
    if (distance >= best_distance) continue;
    // ("… described the attack as “…” and said": a joined verb's subject.)
    uint32_t verb = t;
    if (ChildrenWithDep(v, t, "nsubj").empty() && v.Dep(t) == "conj" && v.Head(t) >= 0) {
      verb = static_cast<uint32_t>(v.Head(t));
    }
    for (uint32_t c : ChildrenWithDep(v, verb, "nsubj")) {
      if (c >= open && c <= close) continue;
      best_distance = distance;
      best = -1;
      if (!UnnamedPersonNoun(v, c)) continue;
      // Not one named in apposition, nor one the words refer back to ("the
      // group said", "the representative of the United States"): an
      // unnamed person is "a"/"one" of them, or some ("officials said").
      // (Nor a spokesman, who speaks for his body: "An RSF spokesman", "a
      // department spokesman".)
      // (When nothing else resolves the quote, a definite one may stand:
      // "the presiding judge said".)
      if (v.lexicon().HasCue(v.Lower(c), "voice_office")) continue;
      bool named = false, definite = false, counted = false;
      for (uint32_t a : v.Children(c)) {
        named = named || (v.Dep(a) == "appos" && v.linking().MentionAt(a) >= 0);
        const std::string& w = v.Lower(a);
        definite = definite || (v.Dep(a) == "det" && w != "a" && w != "an" && w != "another") ||
                   v.Dep(a) == "nmod:poss";
        counted = counted || v.Dep(a) == "det" || v.Dep(a) == "nummod";
      }
      const bool plural = v.Lower(c).ends_with("s");
      if (!named && (!definite || unresolved) && (counted || plural)) best = static_cast<int32_t>(c);
    }
  }
  return best;
}

// ("a lawyer for the victims", "a diplomatic source in Paris": the phrase
// headed by the word at w with the place or party after "for", "in", "at"
// or "from"; empty when none follows.)
std::string PhraseWithPlace(const DocumentView& v, uint32_t w) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(w));
  const uint32_t after = w + 1;
  if (after + 1 >= s.token_end) return {};
  const std::string& prep = v.Lower(after);
  if (prep != "for" && prep != "in" && prep != "at" && prep != "from") return {};
  uint32_t last = after + 1;
  if (v.Lower(last) == "the" && last + 1 < s.token_end) ++last;
  if (v.Upos(last) != "NOUN" && v.Upos(last) != "PROPN") return {};
  if (const int m = v.linking().MentionAt(last); m >= 0) last = v.linking().mentions[m].token_end - 1;
  // (From the group's own first word.)
  uint32_t from = w;
  while (from > s.token_begin) {
    const std::string_view prev = v.Upos(from - 1);
    if (prev != "ADJ" && prev != "NOUN" && prev != "PROPN" && prev != "NUM") break;
    --from;
  }
  return std::string(v.text().substr(v.seg().tokens[from].begin, v.seg().tokens[last].end - v.seg().tokens[from].begin));
}

}  // namespace

void AddUnnamedGroups(const DocumentView& v, Extraction* x) {
  const int named = static_cast<int>(v.linking().entities.size());
  const auto entity_for = [&](uint32_t w) {
    link::DocEntity e = GroupEntity(v, w);
    for (size_t i = 0; i < x->groups.size(); ++i) {
      if (x->groups[i].id != e.id) continue;
      // ("40 prisoners", then "40 political prisoners": each telling names it.)
      std::vector<std::string>& aliases = x->groups[i].aliases;
      for (std::string& alias : e.aliases) aliases.push_back(std::move(alias));
      aliases.push_back(std::move(e.name));
      std::erase(aliases, x->groups[i].name);
      std::sort(aliases.begin(), aliases.end());
      aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
      return named + static_cast<int>(i);
    }
    x->groups.push_back(std::move(e));
    return named + static_cast<int>(x->groups.size()) - 1;
  };
  for (Event& e : x->events) {
    // ("Al-Shabaab militants stormed a base …, military officials and
    // residents said": the unnamed sources credited, as a group.)
    if (e.attributed_to.empty() && e.unnamed_source >= 0 && e.modality == "reported") {
      const auto w = static_cast<uint32_t>(e.unnamed_source);
      if (v.linking().MentionAt(w) < 0 && v.Upos(w) == "NOUN") {
        e.attributed_to = {entity_for(w)};
        for (uint32_t c : v.Children(w)) {
          if (v.Dep(c) == "conj" && v.Upos(c) == "NOUN" && v.linking().MentionAt(c) < 0) {
            AddUnique(&e.attributed_to, {entity_for(c)});
          }
        }
      }
    }
    // (The head of a trigger of several words: "water cannon".)
    uint32_t k = v.TokenAt(e.trigger.begin);
    const uint32_t end = TriggerEnd(v, e);
    while (v.Head(k) > static_cast<int32_t>(k) && v.Head(k) < static_cast<int32_t>(end)) k = v.Head(k);
    // ("Thousands of protesters marched": a group's noun that tells the
    // event is its actor; a protest's noun names its actor whoever the
    // clause's subject is, "police fired tear gas at protesters", but as the
    // subject, "The protesters, led by X", the coder's actor stays.)
    const bool protesters_reached =
        e.event == "PROTEST" && v.Upos(k) == "NOUN" && v.Parsed(k) && !v.Dep(k).starts_with("nsubj");
    if (e.actor.empty() || protesters_reached) {
      if (const int32_t g = GroupAt(v, k); g >= 0) e.actor = {entity_for(g)};
    }
    if (!v.Parsed(k)) {
      if (e.recipient.empty() && v.Upos(k) == "NOUN") {
        if (const int32_t g = GroupAfterNoun(v, end); g >= 0) AddUnique(&e.recipient, {entity_for(g)});
      }
      continue;
    }
    for (const bool actor : {true, false}) {
      std::vector<int>& slot = actor ? e.actor : e.recipient;
      const std::vector<int>& other = actor ? e.recipient : e.actor;
      // ("deployed 40,000 troops": what a mobilisation moves is no party to it.)
      if (!actor && e.event == "MOBILIZE") continue;
      // ("killed at least 18 villagers in … Congo's north": a place the
      // act happened in leaves the group it reached its object.)
      const bool places_only = !actor && !slot.empty() && std::all_of(slot.begin(), slot.end(), [&](int x) {
        if (x >= named) return false;
        const std::string& type = v.linking().entities[x].type;
        return type == "Country" || type == "Location";
      });
      if (!slot.empty() && !places_only) continue;
      for (uint32_t w : ArgumentWords(v, k, e, actor)) {
        const int32_t g = GroupAt(v, w);
        if (g < 0) continue;
        const int group = entity_for(static_cast<uint32_t>(g));
        if (std::find(other.begin(), other.end(), group) == other.end()) AddUnique(&slot, {group});
      }
    }
    // ("detained two tankers", "detained 14 vessels": ships held are seized,
    // as SeizedShips reads named ones.)
    const auto ships = [&](int r) {
      if (r < named) return false;
      const std::string& name = x->groups[static_cast<size_t>(r - named)].name;
      const size_t space = name.rfind(' ');
      std::string noun = base::AsciiLower(space == std::string::npos ? name : name.substr(space + 1));
      if (noun.size() > 3 && noun.back() == 's' && !v.cues().Has(link::CueKind::kVesselNoun, noun)) noun.pop_back();
      return v.cues().Has(link::CueKind::kVesselNoun, noun);
    };
    if (e.event == "COERCE" && (e.mode == "arrest" || e.mode == "detain") && !e.recipient.empty() &&
        std::all_of(e.recipient.begin(), e.recipient.end(), ships)) {
      e.mode = "seize";
      e.cameo = "171";
    }
  }
  // ("A senior Moroccan official, speaking on condition of anonymity,
  // described the attack as “…”", "“…,” a resident said": a quote whose
  // speaker the text leaves unnamed is that person's, as a group of its own,
  // not the state or body the words describe; one named stays.)
  for (Quote& q : x->quotes) {
    if (q.speaker >= 0 && q.speaker < named && v.linking().entities[q.speaker].type == "Person") continue;
    const uint32_t open = v.TokenAt(q.span.begin), close = v.TokenAt(q.span.end - 1);
    const int32_t w = UnnamedSpeakerWord(v, open, close, q.speaker < 0);
    if (w < 0) continue;
    q.speaker = entity_for(static_cast<uint32_t>(w));
    link::DocEntity& group = x->groups[static_cast<size_t>(q.speaker - named)];
    if (std::string phrase = PhraseWithPlace(v, static_cast<uint32_t>(w));
        !phrase.empty() && phrase != group.name &&
        std::find(group.aliases.begin(), group.aliases.end(), phrase) == group.aliases.end()) {
      group.aliases.push_back(std::move(phrase));
    }
  }
}

}  // namespace dossier::extract
