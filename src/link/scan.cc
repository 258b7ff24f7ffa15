// The linker's scan itself (see scan.h): Scan::Run, the left-to-right pass over
// each sentence (ScanSentence) with its titles and capitalised runs (TitleAt,
// RunAt, AndJoinsBody), the entities and mentions it adds (AddKbEntity,
// AddLocal, AddMention) and the groups of names joined by "and" (FindGroups).
#include <algorithm>
#include <string>
#include <unordered_set>

#include "base/strings.h"
#include "base/utf8.h"
#include "link/scan.h"

namespace dossier::link::detail {

namespace {

// Titles of those a state sends to another ("Ambassador to Yemen").
bool IsEnvoyTitle(std::string_view title) {
  static constexpr std::string_view kEnvoys[] = {"Ambassador", "Envoy", "Special Envoy", "High Commissioner",
                                                 "Consul", "Consul General", "Chargé d'Affaires",
                                                 "Permanent Representative", "Representative"};
  return std::find(std::begin(kEnvoys), std::end(kEnvoys), title) != std::end(kEnvoys);
}

bool IsPossessive(std::string_view w) { return w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019"; }

// Whether `word` is one of the words of `name`.
bool NamePart(std::string_view name, std::string_view word) {
  for (const auto& t : text::Tokenize(name)) {
    if (name.substr(t.begin, t.end - t.begin) == word) return true;
  }
  return false;
}

// Whether two entity types are both organisations of some kind: a body named
// in full may be named by a shorter name the scan types otherwise.
bool OrganisationTypes(const std::string& a, const std::string& b) {
  const auto org = [](const std::string& t) { return t == "Organization" || t == "PublicBody" || t == "Company"; };
  return a == b || (org(a) && org(b));
}

}  // namespace

Linking Scan::Run(const std::vector<NerSpan>* ner, const Linker::TokenPos& pos) {
  ner_ = ner;
  pos_ = pos;
  for (uint32_t s = 0; s < seg_.sentences.size(); ++s) ScanSentence(s);
  if (ner != nullptr) AddNerMentions(*ner);
  std::sort(out_.mentions.begin(), out_.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.token_begin < b.token_begin; });
  JoinBareSurnames();
  TitledPlacesAsPersons();
  SeatsAsBodies();
  StatesCommonNounBodies();
  SeatedBodies();
  AcronymsAfterSeatedNames();
  OwnStateBodies();
  DatelineStateBodies();
  DatelineForces();
  UnnamedStatesBodies();
  AuthoritiesOfPlaces();
  if (relinked_) DropUnnamedEntities();
  FindGroups();
  return std::move(out_);
}

int Scan::UnSecretaryGeneralAt(uint32_t i, uint32_t end, uint32_t* office_end) {
  const auto& toks = seg_.tokens;
  if (i == 0 || base::AsciiLower(Word(text_, toks[i - 1])) != "the") return -1;
  // ("Secretary-General": one word or three tokens with no space between.)
  uint32_t e = i + 1;
  if (Word(text_, toks[i]) != "Secretary-General") {
    if (i + 2 >= end || Word(text_, toks[i]) != "Secretary" || Word(text_, toks[i + 1]) != "-" ||
        Word(text_, toks[i + 2]) != "General" || toks[i + 1].begin != toks[i].end || toks[i + 2].begin != toks[i + 1].end) {
      return -1;
    }
    e = i + 3;
  }
  // (Not an office a name or "of" a body follows: "the Secretary-General of
  // NATO", "Secretary-General Mark Rutte".)
  if (e < end && (Capitalised(Word(text_, toks[e])) || Word(text_, toks[e]) == "of")) return -1;
  if (e + 1 < end && Word(text_, toks[e]) == "," && Capitalised(Word(text_, toks[e + 1]))) return -1;
  // (Nor where a holder of such an office was named before: "NATO
  // Secretary-General Mark Rutte … the Secretary-General".)
  for (const Mention& m : out_.mentions) {
    if (m.title.find("Secretary-General") != std::string::npos || m.title.find("Secretary General") != std::string::npos) {
      return -1;
    }
  }
  *office_end = e;
  // Only in a text that names the United Nations.
  if (un_named_ < 0) {
    un_named_ = text_.find("United Nations") != std::string_view::npos || text_.find("U.N.") != std::string_view::npos ||
                text_.find(" UN ") != std::string_view::npos;
  }
  if (un_named_ == 0) return -1;
  for (const NameEntry* e : gaz_.Lookup("United Nations")) {
    if (e->entity->id == "org:united-nations") return AddKbEntity(e->entity);
  }
  return -1;
}

void Scan::TitledPlacesAsPersons() {
  for (Mention& m : out_.mentions) {
    if (m.entity < 0 || (m.type != "LOC" && m.type != "GPE") || m.token_end - m.token_begin < 2) continue;
    if (m.token_begin == seg_.sentences[m.sentence].token_begin) continue;
    DocEntity& e = out_.entities[m.entity];
    if (e.kb != nullptr || e.type != "Location" || !e.id.starts_with("loc:")) continue;
    const std::string_view before = Word(text_, seg_.tokens[m.token_begin - 1]);
    // (Truecasing may have lowered a headline's title: "… ministry
    // spokesperson Guo Jiakun's regular press conference".)
    std::string capitalised;
    const std::string* office = Capitalised(before) ? cues_.Find(CueKind::kTitle, before)
                                                    : cues_.FindCapitalisedTitle(before, &capitalised);
    if (office == nullptr) continue;
    const std::string id = "person:" + e.id.substr(4);
    if (by_id_.contains(id)) continue;
    by_id_.erase(e.id);
    by_id_[id] = m.entity;
    e.id = id;
    e.type = "Person";
    const int entity = m.entity;
    for (Mention& other : out_.mentions) {
      if (other.entity == entity) other.type = "PERSON";
    }
    m.title = capitalised.empty() ? std::string(before) : capitalised;
    m.title_token = static_cast<int32_t>(m.token_begin - 1);
    NoteSurname(entity);
  }
}

void Scan::SeatsAsBodies() {
  bool moved = false;
  for (Mention& m : out_.mentions) {
    if (m.type != "GPE" || m.token_end != m.token_begin + 1 || seg_.sentences[m.sentence].dateline) continue;
    const std::string* body = cues_.Find(CueKind::kSeat, Word(text_, seg_.tokens[m.token_begin]));
    if (body == nullptr) continue;
    const auto it = by_id_.find(*body);
    if (it == by_id_.end()) continue;
    // Where something happens, or a place named with its state, stays a place.
    if (m.token_begin > seg_.sentences[m.sentence].token_begin) {
      const std::string before = base::AsciiLower(Word(text_, seg_.tokens[m.token_begin - 1]));
      if (before == "in" || before == "to" || before == "from" || before == "at" || before == "near" ||
          before == "outside" || before == "via" || before == "into" || before == "around" || before == "visit") {
        continue;
      }
    }
    if (m.token_end < seg_.tokens.size() && Word(text_, seg_.tokens[m.token_end]) == ",") continue;
    // ("cut diplomatic relations with Belgium, accusing Brussels of
    // lobbying": nor one whose own state its sentence names.)
    const std::string& own = m.entity >= 0 ? out_.entities[m.entity].country : std::string();
    const auto own_state = [&](const Mention& x) {
      return &x != &m && x.sentence == m.sentence && x.entity >= 0 && out_.entities[x.entity].type == "Country" &&
             out_.entities[x.entity].country == own;
    };
    const bool state_named = !own.empty() && std::any_of(out_.mentions.begin(), out_.mentions.end(), own_state);
    if (state_named) continue;
    m.entity = it->second;
    m.type = "ORG";
    moved = true;
  }
  if (moved) DropUnnamedEntities();
}

// "South Korea's Defense Intelligence Agency", "Peru's Congress": a known body
// of another state, named after a state's possessive, is that state's own
// body of the name (an entity of its own, with the state's country); the
// name's other mentions in the document are that body too.
void Scan::OwnStateBodies() {
  std::unordered_map<int, int> own;  // known body -> the state's body
  for (size_t i = 1; i < out_.mentions.size(); ++i) {
    const Mention& state = out_.mentions[i - 1];
    const Mention& m = out_.mentions[i];
    if (m.type != "ORG" || m.entity < 0 || state.type != "GPE" || state.entity < 0 || own.count(m.entity) ||
        state.token_end + 1 != m.token_begin) {
      continue;
    }
    if (!base::IsPossessiveClitic(Word(text_, seg_.tokens[state.token_end]))) continue;
    const DocEntity& body = out_.entities[m.entity];
    const DocEntity& st = out_.entities[state.entity];
    if (body.kb == nullptr || body.country.empty() || st.type != "Country" || st.country.empty() ||
        body.country == st.country) {
      continue;
    }
    const std::string name(text_.substr(seg_.tokens[m.token_begin].begin,
                                        seg_.tokens[m.token_end - 1].end - seg_.tokens[m.token_begin].begin));
    // (Copies: adding entities may move the entities `body` and `st` refer to.)
    const std::string type = body.type;
    const std::string country = st.country;
    // ("South Korea's Joint Chiefs of Staff": the state's own body of the
    // name when the tables know it, "South Korean Joint Chiefs of Staff".)
    const kb::Entity* tables = KnownStateBody({StateQualifiedName(st, name), st.name + " " + name, name + " of " + st.name}, country);
    int known = tables != nullptr ? AddKbEntity(tables) : -1;
    if (known < 0) {
      out_.entities.push_back({"org:" + base::Slugify(country + " " + name), name, type, country, {}, nullptr});
      known = static_cast<int>(out_.entities.size() - 1);
    }
    own[m.entity] = known;
  }
  MoveMentions(own);
}

// "BERLIN … The Foreign Office summoned Russian Ambassador Sergei Nechayev":
// a known ministry or office of another state, named as "the" and two words
// at most, in a story filed from a state that names the dateline's state but
// never the body's own, is the dateline state's body of that name (an entity
// of its own; the name's other mentions are that body too).
void Scan::DatelineStateBodies() {
  if (seg_.sentences.empty() || !seg_.sentences[0].dateline) return;
  std::string dateline;
  std::unordered_set<std::string> named;  // states the story names outside its dateline
  for (const Mention& m : out_.mentions) {
    if (m.entity < 0 || (m.type != "GPE" && m.type != "NORP")) continue;
    const DocEntity& d = out_.entities[m.entity];
    if (m.sentence == 0 && dateline.empty() && m.type == "GPE") dateline = d.country;
    if (m.sentence > 0 && !d.country.empty()) named.insert(d.country);
  }
  if (dateline.empty() || !named.count(dateline)) return;
  std::unordered_map<int, int> own;  // known body -> the dateline state's body
  for (const Mention& m : out_.mentions) {
    if (m.type != "ORG" || m.entity < 0 || m.token_begin == 0 || m.token_end - m.token_begin > 2) continue;
    const DocEntity& body = out_.entities[m.entity];
    if (body.kb == nullptr || body.country.empty() || body.country == dateline || named.count(body.country) ||
        own.count(m.entity)) {
      continue;
    }
    const std::string_view last = Word(text_, seg_.tokens[m.token_end - 1]);
    if (base::AsciiLower(Word(text_, seg_.tokens[m.token_begin - 1])) != "the" ||
        (last != "Ministry" && last != "Office")) {
      continue;
    }
    const std::string name(text_.substr(seg_.tokens[m.token_begin].begin,
                                        seg_.tokens[m.token_end - 1].end - seg_.tokens[m.token_begin].begin));
    const std::string type = body.type;  // (a copy: the push below may move `body`)
    out_.entities.push_back({"org:" + base::Slugify(dateline + " " + name), name, type, dateline, {}, nullptr});
    own[m.entity] = static_cast<int>(out_.entities.size() - 1);
  }
  MoveMentions(own);
}

// "Pakistan dismissed the accusation. … Foreign Office spokesperson Saima
// Qureshi told a weekly briefing in Islamabad": a known state's ministry or
// office called by a short name that is not its own ("Foreign Office" for the
// Foreign, Commonwealth and Development Office), in a story that never names
// that state, is another state's body of that name (an entity of its own, of
// no known state).
void Scan::UnnamedStatesBodies() {
  std::unordered_set<std::string> named;  // states the story names
  for (const Mention& m : out_.mentions) {
    if (m.entity >= 0 && (m.type == "GPE" || m.type == "NORP") && !out_.entities[m.entity].country.empty()) {
      named.insert(out_.entities[m.entity].country);
    }
  }
  std::unordered_map<int, int> own;  // known body -> the body of that name
  for (const Mention& m : out_.mentions) {
    if (m.type != "ORG" || m.entity < 0 || m.token_end - m.token_begin > 2 || own.count(m.entity)) continue;
    const DocEntity& body = out_.entities[m.entity];
    if (body.kb == nullptr || body.type != "PublicBody" || body.country.empty() || named.count(body.country)) {
      continue;
    }
    const std::string_view last = Word(text_, seg_.tokens[m.token_end - 1]);
    const std::string name(text_.substr(seg_.tokens[m.token_begin].begin,
                                        seg_.tokens[m.token_end - 1].end - seg_.tokens[m.token_begin].begin));
    if ((last != "Ministry" && last != "Office") || name == body.name) continue;
    const std::string type = body.type;  // (a copy: the push below may move `body`)
    out_.entities.push_back({"org:" + base::Slugify(name), name, type, "", {}, nullptr});
    own[m.entity] = static_cast<int>(out_.entities.size() - 1);
  }
  MoveMentions(own);
}

// "Hamburg Regional Court", "Prosecutor's Office Hamburg": a public body no
// table knows, named with an authority's word (authority_word cues) and a
// known place, is an authority of the place's state (its country).
void Scan::AuthoritiesOfPlaces() {
  for (const Mention& m : out_.mentions) {
    if (m.type != "ORG" || m.entity < 0) continue;
    DocEntity& body = out_.entities[m.entity];
    if (body.kb != nullptr || !body.country.empty() || body.type != "PublicBody") continue;
    bool authority = false;
    for (uint32_t k = m.token_begin; k < m.token_end; ++k) {
      authority = authority || cues_.Has(CueKind::kAuthorityWord, Word(text_, seg_.tokens[k]));
    }
    for (uint32_t k = m.token_begin; authority && k < m.token_end && body.country.empty(); ++k) {
      const NameEntry* e = BestEntry(gaz_.LongestAt(text_, seg_.tokens, k, m.token_end).entries);
      if (e != nullptr && NamesPlace(*e)) body.country = e->entity->country;
    }
  }
}

void Scan::MoveMentions(const std::unordered_map<int, int>& moved) {
  if (moved.empty()) return;
  for (Mention& m : out_.mentions) {
    auto it = moved.find(m.entity);
    if (it == moved.end()) continue;
    m.entity = it->second;
    // (The names the story calls it by go with it, as AddMention keeps them:
    // "Joint Chiefs of Staff", "JCS".)
    if (m.type != "NORP") AddAlias(&out_.entities[m.entity], std::string(m.span.Of(text_)));
  }
  DropUnnamedEntities();
}

void Scan::DropUnnamedEntities() {
  std::vector<int> index(out_.entities.size(), -1);
  for (const Mention& m : out_.mentions) {
    if (m.entity >= 0) index[m.entity] = 0;
  }
  int kept = 0;
  for (size_t e = 0; e < index.size(); ++e) {
    if (index[e] < 0) continue;
    index[e] = kept;
    if (static_cast<int>(e) != kept) out_.entities[kept] = std::move(out_.entities[e]);
    ++kept;
  }
  if (kept == static_cast<int>(out_.entities.size())) return;
  out_.entities.resize(kept);
  for (Mention& m : out_.mentions) {
    if (m.entity >= 0) m.entity = index[m.entity];
  }
  by_id_.clear();
  by_alias_.clear();  // (not read after the scan)
  for (size_t e = 0; e < out_.entities.size(); ++e) by_id_[out_.entities[e].id] = static_cast<int>(e);
}

uint32_t Scan::TitleAt(uint32_t i, uint32_t end, std::string* title, std::string* value) const {
  uint32_t best = 0;
  std::string phrase, capitalised;
  // ("Secretary-General", "Commander-in-Chief": tokens with no space between
  // them are one word of the title.)
  for (uint32_t k = 0, words = 0; i + k < end; ++k) {
    const bool glued = k > 0 && seg_.tokens[i + k].begin == seg_.tokens[i + k - 1].end;
    if (!glued && ++words > cues_.MaxTitleWords()) break;
    if (k && !glued) phrase.push_back(' ');
    phrase += Word(text_, seg_.tokens[i + k]);
    if (!cues_.OpensTitle(phrase)) break;
    if (const std::string* v = cues_.Find(CueKind::kTitle, phrase)) {
      best = k + 1;
      *title = phrase;
      *value = *v;
    } else if (const std::string* office = cues_.FindCapitalisedTitle(phrase, &capitalised);
               office != nullptr && (*office == "leader_of" || *office == "role_in")) {
      // An office written in lower case ("U.S. envoy Steve Witkoff",
      // "foreign minister Abbas Araqchi").
      best = k + 1;
      *title = capitalised;
      *value = *office;
    }
  }
  return best > 0 ? best + PortfolioAfter(i, best, end, title, value) : 0;
}

uint32_t Scan::PortfolioAfter(uint32_t i, uint32_t n, uint32_t end, std::string* title, std::string* value) const {
  // "State Minister for Foreign Affairs Ali Omar", "Minister of the Interior
  // X": a portfolio named after "of" or "for", when "<portfolio> Minister"
  // (or its first word before the title's last word) is a title itself.
  const std::string_view last = Word(text_, seg_.tokens[i + n - 1]);
  uint32_t k = i + n;
  if (k + 1 >= end || (Word(text_, seg_.tokens[k]) != "of" && Word(text_, seg_.tokens[k]) != "for")) return 0;
  ++k;
  if (k < end && Word(text_, seg_.tokens[k]) == "the") ++k;
  // The name must follow: where the tagger's person starts (without the
  // tagger, right after a portfolio that is a title's whole first part).
  const auto person_at = [&](uint32_t t) {
    if (t >= end || !Capitalised(Word(text_, seg_.tokens[t]))) return false;
    if (ner_ == nullptr) return true;
    return std::any_of(ner_->begin(), ner_->end(),
                       [&](const NerSpan& x) { return x.token_begin == t && x.type == "PERSON"; });
  };
  std::string portfolio;
  for (uint32_t words = 1; words <= 4 && k + words <= end; ++words) {
    const std::string_view w = Word(text_, seg_.tokens[k + words - 1]);
    if (!Capitalised(w)) break;
    portfolio += (words > 1 ? " " : "") + std::string(w);
    const std::string first(Word(text_, seg_.tokens[k]));
    for (const std::string& office : {portfolio + " " + std::string(last), first + " " + std::string(last)}) {
      const std::string* v = cues_.Find(CueKind::kTitle, office);
      if (v == nullptr || v->empty() || !person_at(k + words)) continue;
      if (ner_ == nullptr && office != portfolio + " " + std::string(last)) continue;
      *title += std::string(text_.substr(seg_.tokens[i + n - 1].end, seg_.tokens[k + words - 1].end -
                                                                         seg_.tokens[i + n - 1].end));
      *value = *v;
      return k + words - (i + n);
    }
    // ("Vice Minister of Public Security Liu Zhenyang": a portfolio ending in
    // a portfolio word, after a minister's or secretary's title.)
    if ((last == "Minister" || last == "Secretary") && cues_.Has(CueKind::kPortfolio, w) && person_at(k + words)) {
      *title += std::string(text_.substr(seg_.tokens[i + n - 1].end,
                                         seg_.tokens[k + words - 1].end - seg_.tokens[i + n - 1].end));
      return k + words - (i + n);
    }
  }
  return 0;
}

Scan::Range Scan::RunAt(uint32_t i, uint32_t end) const {
  uint32_t j = i, last = i;
  const auto& toks = seg_.tokens;
  while (j < end) {
    std::string_view w = Word(text_, toks[j]);
    if (Capitalised(w)) {
      if (j > i && cues_.Has(CueKind::kFunctionWord, w)) break;
      std::string t, v;
      // A title inside a run ends it ("... Minister Ana Lima"), but not after
      // a connector ("Department of Justice" names a body, not a judge), nor
      // after an organisation keyword when a connector follows ("Directorate
      // General of Health Services"; but "Army General Asim Munir").
      // ("Nour Gulf General Trading LLC": nor before a company's keyword.)
      const uint32_t title_words = j > i ? TitleAt(j, end, &t, &v) : 0;
      const bool before_keyword = title_words > 0 && j + title_words < end &&
                                  cues_.Has(CueKind::kOrgKeyword, Word(text_, toks[j + title_words]));
      // ("Office of the Attorney General": the word ends a title begun after
      // the connector, which the run keeps.)
      const bool title_goes_on = title_words > 0 && j >= i + 2 && IsConnector(Word(text_, toks[j - 2])) &&
                                 TitleAt(j - 1, end, &t, &v) > 1;
      // ("Defence Cabinet Secretary Joseph Kiprono Langat": a title of two
      // words or more ends it even when its first word is a keyword.)
      if (j > i && !IsConnector(Word(text_, toks[j - 1])) && title_words > 0 && !before_keyword && !title_goes_on &&
          (!cues_.Has(CueKind::kOrgKeyword, w) || title_words >= 2) &&
          !(j + 1 < end && IsConnector(Word(text_, toks[j + 1])) &&
            cues_.Has(CueKind::kOrgKeyword, Word(text_, toks[j - 1])))) {
        break;
      }
      // After a connector, a title before a name ends the run at the
      // connector ("the Democratic Union of Builders of President Brice
      // Oligui Nguema"; "Office of the President" stays whole).
      if (j > i + 1 && IsConnector(Word(text_, toks[j - 1])) && !cues_.Has(CueKind::kOrgKeyword, w)) {
        if (const uint32_t n = TitleAt(j, end, &t, &v); n > 0 && j + n < end && Capitalised(Word(text_, toks[j + n])) &&
                                                         !cues_.Has(CueKind::kFunctionWord, Word(text_, toks[j + n]))) {
          break;
        }
      }
      last = j++;
      continue;
    }
    if (j > i && ElidedNameWord(w)) {
      last = j++;
      continue;
    }
    bool next_cap = j + 1 < end && Capitalised(Word(text_, toks[j + 1]));
    const bool attached_dash = base::IsDashWord(w) && j > i && j + 1 < end && toks[j].begin == toks[j - 1].end &&
                               toks[j + 1].begin == toks[j].end;
    if (attached_dash && next_cap) {
      ++j;
      continue;
    }
    // "Jung Chung-rae", "Lee Sang-min": a lower-case part after a hyphen inside
    // a name the tagger reads whole ("Iran-backed" stays apart).
    if (attached_dash && TaggerSpanCovers(i, j + 2)) {
      last = j + 1;
      j += 2;
      continue;
    }
    // ("Polessia Holdings Ltd of Limassol", "Seastar Ship Management FZE of
    // Dubai": a legal form ends a company's name; "of" and a place after it
    // say where the company is.)
    if (IsConnector(w) && next_cap && j > i && !cues_.Has(CueKind::kFunctionWord, Word(text_, toks[j + 1])) &&
        !(w == "of" && cues_.Has(CueKind::kLegalForm, Word(text_, toks[j - 1])))) {
      ++j;
      continue;
    }
    // ("Union pour la Renaissance du Nord", "Frente de la Resistencia",
    // "Ursula von der Leyen": two particles before a name word.)
    if (j > i && j + 2 < end && w != "of" && w != "for" && w != "on" && w != "the" && IsConnector(w) &&
        IsNameParticle(Word(text_, toks[j + 1])) && Capitalised(Word(text_, toks[j + 2])) &&
        !cues_.Has(CueKind::kFunctionWord, Word(text_, toks[j + 2]))) {
      j += 2;
      continue;
    }
    // "Department of the Interior", "Charter of the United Nations", "Treaty
    // on the Non-Proliferation ...": a keyword, a connector and "the" before
    // a name ("Ilie Bolojan of the National Liberal Party" is two names; a
    // place is not named "on the" anything).
    if ((w == "of" || w == "for" || w == "on") && j > i && j + 2 < end && Word(text_, toks[j + 1]) == "the" &&
        Capitalised(Word(text_, toks[j + 2])) && !cues_.Has(CueKind::kFunctionWord, Word(text_, toks[j + 2]))) {
      const std::string_view before = Word(text_, toks[j - 1]);
      // (A legal form ends a company's name: "X Trading LLC of the United
      // Arab Emirates" is a company of a state.)
      // ("Panel of Experts on the Central African Republic": or the run's
      // keyword before a connector, "of" itself here.)
      const bool second_connector = i + 1 < j && IsConnector(Word(text_, toks[i + 1]));
      const bool keyword_before = RunKeyword({i, j}, CueKind::kOrgKeyword) != nullptr && w != "of" && second_connector;
      // ("National Council for the Safeguard of the Homeland", "Committee for
      // the Defence of the Revolution": a body's purpose after its keyword and
      // "for" goes on past "of the".)
      bool purpose = false;
      for (uint32_t k = i + 1; w == "of" && k < j; ++k) {
        purpose = purpose || (Word(text_, toks[k]) == "for" && cues_.Has(CueKind::kOrgKeyword, Word(text_, toks[k - 1])));
      }
      const bool body = (cues_.Has(CueKind::kOrgKeyword, before) || cues_.Has(CueKind::kMiscKeyword, before) ||
                         keyword_before || purpose) &&
                        !cues_.Has(CueKind::kLegalForm, before);
      if (body) {
        j += 2;
        continue;
      }
    }
    // "Saraya Wa'd al-Haqq": an apostrophe inside a transliterated word,
    // which the segmenter splits as the English "'d", keeps the name whole.
    if ((w == "'d" || w == "\u2019d") && j > i && j + 1 < end && toks[j].begin == toks[j - 1].end &&
        (next_cap || IsNameParticle(Word(text_, toks[j + 1])))) {
      ++j;
      continue;
    }
    // "Maaten al-Sarra Air Base": a particle joined by a hyphen to the next name word.
    if (IsNameParticle(w) && j > i && j + 2 < end && base::IsDashWord(Word(text_, toks[j + 1])) &&
        toks[j + 1].begin == toks[j].end && toks[j + 2].begin == toks[j + 1].end &&
        Capitalised(Word(text_, toks[j + 2]))) {
      j += 2;
      continue;
    }
    // "Lao People's Revolutionary Party": a possessive inside a name the
    // tagger reads whole.
    if (IsPossessive(w) && next_cap && j > i && TaggerSpanCovers(i, j + 2)) {
      ++j;
      continue;
    }
    // "Citizens' Democratic Alliance", "Workers' Party": a plural possessive
    // inside a body's name, the capitalised words after it ending in an
    // organisation's keyword, whatever the tagger read.
    // So is "People's" ("All People's Congress", "Sudan People's Liberation
    // Movement").
    const bool plural = (w == "'" || w == "\u2019") && j == i + 1 && Word(text_, toks[j - 1]).ends_with("s");
    const bool peoples = IsPossessive(w) && j > i && Word(text_, toks[j - 1]) == "People";
    if ((plural || peoples) && next_cap && toks[j].begin == toks[j - 1].end &&
        gaz_.LongestAt(text_, toks, i, j).entries.empty()) {
      uint32_t k = j + 1;
      bool keyword = false;
      while (k < end && Capitalised(Word(text_, toks[k]))) keyword = cues_.Has(CueKind::kOrgKeyword, Word(text_, toks[k++]));
      if (keyword) {
        ++j;
        continue;
      }
    }
    if (w == "and" && next_cap && j > i && AndJoinsBody(i, j, end)) {
      ++j;
      continue;
    }
    break;
  }
  // ("the Quds Force of Iran's Islamic Revolutionary Guard Corps": "of" and
  // a possessive's owner open the next phrase when the words before "of"
  // are a known name and the whole run is none; "the Central Bank of Iran's
  // governor" stays whole.)
  if (last + 2 < end && IsPossessive(Word(text_, toks[last + 1])) && Capitalised(Word(text_, toks[last + 2]))) {
    for (uint32_t k = last; k > i + 1; --k) {
      if (Word(text_, toks[k - 1]) != "of") continue;
      const kb::GazetteerMatch before = gaz_.LongestAt(text_, toks, i, k - 1);
      const kb::GazetteerMatch whole = gaz_.LongestAt(text_, toks, i, last + 1);
      if (!before.entries.empty() && before.token_end == k - 1 && whole.token_end != last + 1) last = k - 2;
      break;
    }
  }
  return {i, last + 1};
}

// "Food and Drug Administration", "Department of Health and Human Services":
// "and" continues a run when the capitalised words after it end in an
// organisation keyword, the words before it do not, they are no known name
// ("Peru and Chile", "Google and Microsoft Corp" stay apart), and the tagger
// does not read a name ending at "and" or starting after it.
bool Scan::AndJoinsBody(uint32_t i, uint32_t and_at, uint32_t end) const {
  const auto& toks = seg_.tokens;
  // The tagger reads one name across "and" ("United Nations Department of
  // Economic and Social Affairs", "Ministry of Industry and Trade").
  if (TaggerSpanCovers(i, and_at + 2)) return true;
  // The capitalised words after "and" (past connectors between them).
  uint32_t last = and_at;
  for (uint32_t k = and_at + 1; k < end; ++k) {
    std::string_view w = Word(text_, toks[k]);
    if (Capitalised(w) && !cues_.Has(CueKind::kFunctionWord, w)) {
      last = k;
    } else if (!(IsConnector(w) && k + 1 < end && Capitalised(Word(text_, toks[k + 1])))) {
      break;
    }
  }
  if (last == and_at) return false;
  if (!gaz_.LongestAt(text_, toks, i, and_at).entries.empty()) return false;
  // ("Foreign Trade and Payments Act", "Arms Export and Control Law": a
  // law's name, whatever keyword stands before "and".)
  if (cues_.Has(CueKind::kMiscKeyword, Word(text_, toks[last]))) return true;
  if (cues_.Has(CueKind::kOrgKeyword, Word(text_, toks[and_at - 1]))) return false;
  // The tagger reads two names ("Cártel del Noreste and Jalisco New Generation
  // Cartel"): one ends at "and" or one starts after it.
  if (ner_ != nullptr) {
    for (const NerSpan& n : *ner_) {
      if (n.token_end == and_at || n.token_begin == and_at + 1) return false;
    }
  }
  return cues_.Has(CueKind::kOrgKeyword, Word(text_, toks[last]));
}

const kb::Entity* Scan::KnownStateBody(std::initializer_list<std::string> names, const std::string& country) const {
  for (const std::string& name : names) {
    for (const NameEntry* e : gaz_.Lookup(name)) {
      const std::string& type = e->entity->type;
      if (type != "Country" && type != "Location" && type != "Person" && e->entity->country == country) return e->entity;
    }
  }
  return nullptr;
}

int Scan::AddKbEntity(const kb::Entity* e) {
  auto it = by_id_.find(e->id);
  if (it != by_id_.end()) return it->second;
  DocEntity d{e->id, e->name, e->type, e->country, e->aliases, e};
  if (e->type == "Person" && d.country.empty()) {
    for (const kb::Role* r : linker_.kb().RolesAt(e->id, date_)) {
      if (r->object.starts_with("country:")) d.country = r->object.substr(8);
    }
  }
  for (const auto& c : e->capitals) d.aliases.push_back(c);
  out_.entities.push_back(std::move(d));
  const int idx = static_cast<int>(out_.entities.size() - 1);
  by_id_[e->id] = idx;
  NoteSurname(idx);
  if (e->type == "PublicBody") NoteDepartmentName(idx);
  return idx;
}

// "the Treasury Department" is "Treasury" later in the story ("Treasury
// said"), as "the Commerce Department" is "Commerce": a department named by
// one word before "Department" goes by that word.
void Scan::NoteDepartmentName(int entity) {
  const DocEntity& d = out_.entities[entity];
  std::vector<std::string> names = d.aliases;
  names.push_back(d.name);
  for (const std::string& name : names) {
    const std::vector<text::Token> tokens = text::Tokenize(name);
    if (tokens.size() != 2 || Word(name, tokens[1]) != "Department") continue;
    const std::string_view word = Word(name, tokens[0]);
    if (word.size() < 4 || !Capitalised(word) || cues_.Has(CueKind::kFunctionWord, word)) continue;
    by_alias_.emplace(std::string(word), entity);
  }
}


namespace {

// 'Hector "El Contador" Arredondo Ruiz': a person's name without the
// nickname quoted inside it, and the nickname; the name itself and "" when
// it quotes none.
std::pair<std::string, std::string> WithoutNickname(std::string_view name) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\"", "\""},
                                    {"\u201C", "\u201D"}}) {
    const size_t a = name.find(open);
    if (a == std::string_view::npos || a == 0) continue;
    const size_t b = name.find(close, a + open.size());
    if (b == std::string_view::npos || b + close.size() >= name.size()) continue;
    const std::string_view nickname = base::Trim(name.substr(a + open.size(), b - a - open.size()));
    if (nickname.empty()) continue;
    std::string rest = std::string(base::Trim(name.substr(0, a))) + " " +
                       std::string(base::Trim(name.substr(b + close.size())));
    return {rest, std::string(nickname)};
  }
  return {std::string(name), ""};
}

}  // namespace

int Scan::AddLocal(const std::string& prefix, const std::string& type, std::string_view written,
                   const std::string& owner_state) {
  const auto [without, nickname] = type == "Person" ? WithoutNickname(written)
                                                    : std::pair<std::string, std::string>{std::string(written), ""};
  const std::string_view name = without;
  // ("Turkey's Foreign Ministry" after "the Greek Foreign Ministry": another
  // state's body, an entity of its own.)
  const auto other_state = [&](int e) {
    const std::string& c = out_.entities[e].country;
    return !owner_state.empty() && !c.empty() && c != owner_state;
  };
  std::string id = prefix + base::Slugify(name);
  auto it = by_id_.find(id);
  if (it != by_id_.end() && other_state(it->second)) id = prefix + base::Slugify(owner_state + " " + std::string(name));
  it = by_id_.find(id);
  if (it != by_id_.end()) return it->second;
  // "Zarvan Shipping" after "Zarvan Shipping Ltd": a shorter name of one named
  // before (also when a place's keyword ends it: "Lucent Harbor" after
  // "Lucent Harbor Trading Ltd").
  if (auto alias = by_alias_.find(std::string(name));
      alias != by_alias_.end() && !other_state(alias->second) &&
      (OrganisationTypes(out_.entities[alias->second].type, type) ||
       (type == "Location" && out_.entities[alias->second].type == "Company") ||
       // ("the Gabon-flagged Ocean Pearl … the Ocean Pearl had switched off
       // its transponder": the ship again, whatever the tagger reads.)
       (type != "Person" && out_.entities[alias->second].id.starts_with("vessel:")))) {
    return alias->second;
  }
  // ("First Admiral Nurul Hizam Zakaria … Nurul Hizam said": the first two
  // words or more of one person's full name named before are that person.)
  if (type == "Person" && name.find(' ') != std::string_view::npos) {
    int only = -1;
    for (size_t k = 0; k < out_.entities.size(); ++k) {
      const DocEntity& d = out_.entities[k];
      if (d.type != "Person" || d.name.size() <= name.size() + 1 || !d.name.starts_with(name) ||
          d.name[name.size()] != ' ') {
        continue;
      }
      if (only >= 0) {
        only = -2;
        break;
      }
      only = static_cast<int>(k);
    }
    if (only >= 0) return only;
  }
  out_.entities.push_back({id, std::string(name), type, owner_state, {}, nullptr});
  int idx = static_cast<int>(out_.entities.size() - 1);
  if (!nickname.empty()) out_.entities[idx].aliases.push_back(nickname);
  by_id_[id] = idx;
  by_alias_[std::string(name)] = idx;
  NoteSurname(idx);
  if (type == "Company") NoteShortNames(idx);
  return idx;
}

// "Golden Crown Shipping Ltd" is "Golden Crown Shipping" and "Golden Crown"
// later in the story: the name without its trailing legal form and keywords
// ("Golden Wing Aviation Services Co., Ltd." is "Golden Wing": "Services",
// a public body's word elsewhere, is a company's here), while a word that is
// neither stays.
void Scan::NoteShortNames(int entity) {
  const std::string name = out_.entities[entity].name;
  const std::vector<text::Token> tokens = text::Tokenize(name);
  size_t end = tokens.size();
  const auto generic = [&](size_t k) {
    const std::string_view w = Word(name, tokens[k]);
    return w == "," || cues_.Has(CueKind::kLegalForm, w) || cues_.Has(CueKind::kOrgKeyword, w);
  };
  size_t distinctive = 0;  // words up to the last one that is not generic
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (!generic(k)) distinctive = k + 1;
  }
  // One distinctive word must be a name, not a capitalised function word
  // ("The", "New") or an initial.
  const std::string_view first = Word(name, tokens[0]);
  if (distinctive == 0 || (distinctive == 1 && (cues_.Has(CueKind::kFunctionWord, first) || first.size() < 3))) {
    return;
  }
  while (end > distinctive && generic(end - 1)) {
    --end;
    if (Word(name, tokens[end - 1]) != ",") by_alias_.emplace(name.substr(0, tokens[end - 1].end), entity);
  }
}

void Scan::AddMention(uint32_t s, uint32_t b, uint32_t e, const std::string& type, int entity) {
  // A leading article is no part of the name ("The New York Times", "the
  // Netherlands" name "New York Times", "Netherlands"), unless it is part of a
  // known place's name that is no name without it ("The Hague").
  if (e - b >= 2 && type != "NORP" && base::AsciiLower(Word(text_, seg_.tokens[b])) == "the") {
    const bool place = entity >= 0 && out_.entities[entity].kb != nullptr && (type == "GPE" || type == "LOC");
    if (!place || gaz_.LongestAt(text_, seg_.tokens, b + 1, e).token_end == e) ++b;
  }
  // "bin Laden", "van Gogh": a lower-case particle before a person's name is
  // part of it where the person's full name holds it there ("Osama bin
  // Laden") or the tagger reads it so.
  if (type == "PERSON" && b > seg_.sentences[s].token_begin) {
    const std::string_view particle = Word(text_, seg_.tokens[b - 1]);
    if (IsNameParticle(particle) && seg_.tokens[b - 1].end < seg_.tokens[b].begin) {
      const std::string joined = std::string(particle) + " " + std::string(Word(text_, seg_.tokens[b]));
      const bool in_name = entity >= 0 && out_.entities[entity].name.find(joined) != std::string::npos;
      if (in_name || TaggerSpanCovers(b - 1, e)) --b;
    }
  }
  Mention m;
  m.sentence = s;
  m.token_begin = b;
  m.token_end = e;
  m.span = {seg_.tokens[b].begin, seg_.tokens[e - 1].end};
  // (A ship named again is a ship, not the place the tagger may read.)
  m.type = entity >= 0 && out_.entities[entity].id.starts_with("vessel:") ? "FAC" : type;
  m.entity = entity;
  if (type == "PERSON" && pending_title_token_ >= 0) {
    m.title = pending_title_;
    m.title_token = pending_title_token_;
  }
  pending_title_token_ = -1;
  if (entity >= 0) {
    std::string surface(m.span.Of(text_));
    if (type != "NORP") AddAlias(&out_.entities[entity], surface);
    by_alias_.emplace(surface, entity);
    // "U.S. Central Command" is "Central Command" later in the story: an
    // organisation's name opened by a state's name goes by the rest (two
    // words or more: "Navy" alone is anyone's).
    for (uint32_t n = 1; type == "ORG" && n <= 3 && b + n + 2 <= e; ++n) {
      const kb::GazetteerMatch state = gaz_.LongestAt(text_, seg_.tokens, b, b + n);
      const bool is_state =
          state.token_end == b + n && std::any_of(state.entries.begin(), state.entries.end(),
                                                  [](const NameEntry* x) { return x->entity->type == "Country"; });
      if (!is_state) continue;
      const uint32_t rest = seg_.tokens[b + n].begin;
      by_alias_.emplace(std::string(text_.substr(rest, seg_.tokens[e - 1].end - rest)), entity);
      break;
    }
    // ("the MT Arman 114 … the Arman 114": a ship goes by its name without
    // the merchant prefix.)
    if (m.type == "FAC" && b + 1 < e && cues_.Has(CueKind::kVesselNoun, Word(text_, seg_.tokens[b]))) {
      const uint32_t rest = seg_.tokens[b + 1].begin;
      by_alias_.emplace(std::string(text_.substr(rest, seg_.tokens[e - 1].end - rest)), entity);
    }
  }
  out_.mentions.push_back(std::move(m));
}

void Scan::ScanSentence(uint32_t s) {
  const text::Sentence& sent = seg_.sentences[s];
  const auto& toks = seg_.tokens;
  pending_title_token_ = -1;
  // "SEOUL, Nov 29 (Reuters) -": a wire dateline (a sentence of its own, see
  // text/segmenter.h) names the city the story was filed from, not its state.
  const bool dateline = sent.dateline;
  for (uint32_t i = NameField(s); i < sent.token_end;) {
    std::string_view w = Word(text_, toks[i]);
    if (const uint32_t law = BracketedLawEnd(i, sent.token_end); law > i) {
      AddMention(s, i, law, "LAW", -1);
      i = law;
      continue;
    }
    uint32_t office_end = i;
    if (const int un = UnSecretaryGeneralAt(i, sent.token_end, &office_end); un >= 0) {
      AddMention(s, i, office_end, "ORG", un);
      i = office_end;
      continue;
    }
    bool initial = i == sent.token_begin;
    if (!initial) {
      std::string_view prev = Word(text_, toks[i - 1]);
      int len;
      char32_t p = base::DecodeUtf8(prev, 0, &len);
      initial = base::IsQuote(p) || prev == ":" || prev == "(";
    }
    if (CurrencyPrefix(i)) {
      ++i;
      continue;
    }
    // "South Korea said the North may have shipped shells": "the North" or
    // "the South" alone is the one state named so far whose name it opens.
    if (const int state = StateByHalf(i, sent.token_end); state >= 0) {
      AddMention(s, i, i + 1, "GPE", state);
      ++i;
      continue;
    }
    std::string title, value;
    if (uint32_t n = TitleAt(i, sent.token_end, &title, &value); n > 0) {
      // "Deputy Prime Minister", "Governor General": titles in a row are one
      // title, named by the first ("Deputy" holds no office of its own).
      for (std::string t, v; i + n < sent.token_end;) {
        const uint32_t more = TitleAt(i + n, sent.token_end, &t, &v);
        if (more == 0) break;
        n += more;
      }
      // ("Saudi Ambassador to Yemen Mohammed Al Jaber": the state an envoy is
      // sent to, named between the title and the name; the title stays the
      // person's.)
      if (const uint32_t to = i + n; to + 2 < sent.token_end && Word(text_, toks[to]) == "to" &&
                                     IsEnvoyTitle(title) && ner_ != nullptr) {
        const kb::GazetteerMatch state = gaz_.LongestAt(text_, toks, to + 1, sent.token_end);
        const NameEntry* e = BestEntry(state.entries);
        const bool person_after = std::any_of(ner_->begin(), ner_->end(), [&](const NerSpan& x) {
          return x.token_begin == state.token_end && x.type == "PERSON";
        });
        if (e != nullptr && e->entity->type == "Country" && state.token_end < sent.token_end && person_after) {
          AddMention(s, state.token_begin, state.token_end, "GPE", AddKbEntity(e->entity));
          pending_title_ = title;
          pending_title_token_ = static_cast<int32_t>(i);
          i = state.token_end;
          continue;
        }
      }
      // ("Kazakhstan's Prosecutor General's Office", "the Attorney
      // General's Office": an office's possessive before an organisation's
      // keyword names a body, the possessive state's when one comes before.)
      // (Not a longer name: "Public Prosecutor's Office Hamburg".)
      const auto name_word = [&](uint32_t k) {
        return k >= sent.token_begin && k < sent.token_end && Capitalised(Word(text_, toks[k])) &&
               !cues_.Has(CueKind::kFunctionWord, Word(text_, toks[k]));
      };
      if (i + n + 1 < sent.token_end && base::IsPossessiveClitic(Word(text_, toks[i + n])) &&
          Capitalised(Word(text_, toks[i])) && cues_.Has(CueKind::kOrgKeyword, Word(text_, toks[i + n + 1])) &&
          !(i > sent.token_begin && name_word(i - 1)) && !name_word(i + n + 2)) {
        const uint32_t e = i + n + 2;
        const std::string name(text_.substr(toks[i].begin, toks[e - 1].end - toks[i].begin));
        const int owner = i >= 2 && base::IsPossessiveClitic(Word(text_, toks[i - 1])) ? out_.MentionAt(i - 2) : -1;
        const int state = owner >= 0 && out_.mentions[owner].entity >= 0 &&
                                  out_.entities[out_.mentions[owner].entity].type == "Country"
                              ? out_.mentions[owner].entity
                              : -1;
        int body = -1;
        if (state >= 0) {
          const DocEntity st = out_.entities[state];  // (a copy: adding entities may move it)
          const kb::Entity* known = KnownStateBody({StateQualifiedName(st, name), st.name + " " + name,
                                                    name + " of " + st.name}, st.country);
          body = known != nullptr ? AddKbEntity(known)
                                  : AddLocal("org:", "PublicBody", StateQualifiedName(st, name), st.country);
          AddAlias(&out_.entities[body], name);
        } else {
          body = AddLocal("org:", "PublicBody", name);
        }
        AddMention(s, i, e, "ORG", body);
        i = e;
        continue;
      }
      bool name_follows = i + n < sent.token_end && Capitalised(Word(text_, toks[i + n]));
      // An office written in lower case is a title only where the tagger's
      // person starts right after it ("U.S. envoy Steve Witkoff"; not
      // "spiritual leader Sheikh Hikmat al-Hijri", whose name starts later).
      const std::string_view first = Word(text_, toks[i]);
      if (name_follows && ner_ != nullptr && !first.empty() && first[0] >= 'a' && first[0] <= 'z' &&
          title != first) {
        bool person_starts = false;
        for (const NerSpan& t : *ner_) person_starts |= t.type == "PERSON" && t.token_begin == i + n;
        // ("State Department spokesman Ned Price said": or two or three
        // capitalised words the tagger reads as nothing at all, no known name
        // nor a body's or place's keyword among them.)
        if (!person_starts) {
          uint32_t e = i + n;
          while (e < sent.token_end && e < i + n + 4 && Capitalised(Word(text_, toks[e])) &&
                 !base::IsAllCaps(Word(text_, toks[e])) && !cues_.Has(CueKind::kFunctionWord, Word(text_, toks[e]))) {
            ++e;
          }
          const Range run{i + n, e};
          const bool untagged = std::none_of(ner_->begin(), ner_->end(), [&](const NerSpan& t) {
            return t.token_begin < run.end && run.begin < t.token_end;
          });
          person_starts = untagged && e - (i + n) >= 2 && e - (i + n) <= 3 &&
                          (e == sent.token_end || !Capitalised(Word(text_, toks[e]))) &&
                          gaz_.LongestAt(text_, toks, run.begin, run.end).entries.empty() &&
                          !RunKeyword(run, CueKind::kOrgKeyword) && !RunKeyword(run, CueKind::kLocKeyword) &&
                          !RunKeyword(run, CueKind::kMiscKeyword);
        }
        if (!person_starts) {
          i += n;
          continue;
        }
      }
      // A title of two or more words that no name follows names an office,
      // nobody and nothing ("the Minister of Foreign Affairs of Costa Rica").
      if (!name_follows && n >= 2) {
        i += n;
        continue;
      }
      // So does a title before "of": "the Governor of Al-Hudaydah Governorate"
      // names the governorate, not a place called "Governor of ...".
      if (!name_follows && i + n + 1 < sent.token_end && Word(text_, toks[i + n]) == "of") {
        i += n + 1;
        continue;
      }
      // A known body or place whose name opens with the title word is that
      // name ("Premier League", "Prince Edward Island"); a known person's
      // ("King Fahd") keeps the title.
      if (name_follows) {
        const kb::GazetteerMatch known = gaz_.LongestAt(text_, toks, i, sent.token_end);
        const NameEntry* e = BestEntry(known.entries);
        if (e != nullptr && known.token_end > i + n && e->entity->type != "Person") name_follows = false;
        // So is a name the tagger reads from the title word on as no person's
        // ("King Fahd International Airport", "General Staff"), unless it is
        // the title and one proper name ("Justice Scalia" is a judge,
        // whatever the tagger says).
        if (name_follows && ner_ != nullptr) {
          for (const NerSpan& t : *ner_) {
            if (t.token_begin != i || t.token_end <= i + n || t.type == "PERSON") continue;
            const Range tagged{i, t.token_end};
            const bool title_and_name = t.token_end == i + n + 1 && pos_ && pos_(i + n) == "PROPN" &&
                                        !RunKeyword(tagged, CueKind::kOrgKeyword) &&
                                        !RunKeyword(tagged, CueKind::kLocKeyword) &&
                                        !RunKeyword(tagged, CueKind::kMiscKeyword);
            if (!title_and_name) name_follows = false;
          }
        }
      }
      if (name_follows) {
        pending_title_ = title;
        pending_title_token_ = static_cast<int32_t>(i);
        i += n;
        continue;
      }
    }
    if (!Capitalised(w)) {
      // "al-Qaeda": a lower-case article joined to a name.
      kb::GazetteerMatch g = gaz_.LongestAt(text_, toks, i, sent.token_end);
      if (!g.entries.empty()) {
        const NameEntry* e = BestEntry(g.entries);
        // "the al-Mahrah Governorate": a place keyword after the name is part of it.
        uint32_t end = g.token_end;
        if (end < sent.token_end && NamesPlace(*e) && cues_.Has(CueKind::kLocKeyword, Word(text_, toks[end])) &&
            !(end + 1 < sent.token_end && Capitalised(Word(text_, toks[end + 1])))) {
          ++end;
        }
        AddMention(s, g.token_begin, end, MentionTypeOf(*e), AddKbEntity(e->entity));
        i = end;
      } else if (const uint32_t end = LowerCaseKnownName(s, i); end > i) {
        i = end;
      } else {
        ++i;
      }
      continue;
    }
    // "the Comoros-flagged Sea Lark", "the tanker Kapitan Sorokin": a ship's name.
    if (const uint32_t ship = VesselNameEnd(i, sent.token_end); ship > i) {
      const std::string_view name = text_.substr(toks[i].begin, toks[ship - 1].end - toks[i].begin);
      AddMention(s, i, ship, "FAC", AddLocal("vessel:", "Thing", name));
      i = ship;
      continue;
    }
    kb::GazetteerMatch g = gaz_.LongestAt(text_, toks, i, sent.token_end);
    // A model's name ("Fatah-II") unless the knowledge base knows it whole ("G-20").
    if (const uint32_t model = ModelNumberEnd(i, sent.token_end); model > i && g.token_end < model) {
      AddMention(s, i, model, "WEAPON", -1);
      i = model;
      continue;
    }
    // (So is a capital an organisation is based in: "a Moscow-based supplier",
    // "headquartered in Oslo".)
    if (std::any_of(g.entries.begin(), g.entries.end(),
                    [](const NameEntry* e) { return e->kind != NameKind::kCapital; }) &&
        std::any_of(g.entries.begin(), g.entries.end(),
                    [](const NameEntry* e) { return e->kind == NameKind::kCapital; }) &&
        (dateline || SeatOfOrganisation(g.token_begin, g.token_end))) {
      std::erase_if(g.entries, [](const NameEntry* e) { return e->kind == NameKind::kCapital; });
    }
    bool function_word = cues_.Has(CueKind::kFunctionWord, w);
    // "Just Stop Oil", "Early Rain Covenant Church": a function word opening
    // a name the tagger reads whole from it (an article never: "The").
    if (g.entries.empty() && function_word &&
        !(w != "The" && w != "A" && w != "An" && TaggerSpanStartsAt(i, 2))) {
      ++i;
      continue;
    }
    Range r = RunAt(i, sent.token_end);
    // "President Abelardo de la Espriella", "senator Ronald dela Rosa", "NDP
    // leader Godwin Friday": a titled person's name the tagger reads on past
    // particles or a capitalised function word.
    // (Not past a dash with spaces around it: "Spokesperson Tammy Bruce -
    // Washington, DC".)
    if (pending_title_token_ >= 0 && r.end > r.begin && ner_ != nullptr) {
      for (const NerSpan& n : *ner_) {
        if (n.type == "PERSON" && n.token_begin == r.begin && n.token_end > r.end && n.token_end <= r.end + 3 &&
            n.token_end <= sent.token_end && Capitalised(Word(text_, toks[n.token_end - 1])) &&
            SpacedDashIn(r.end, n.token_end) == n.token_end) {
          r.end = n.token_end;
        }
      }
    }
    if (function_word && r.end - r.begin == 1) r = {i, i};
    r.end = LegalFormAfter(r, sent.token_end);
    // "the Sudanese Armed Forces Halima Yusuf said": a person the tagger found
    // after a keyword ends the run.
    r.end = PersonAfterKeyword(r);
    // "on"/"for" join a body's name after its keyword ("Council on Foreign
    // Relations", "Commission for Human Rights"), never a place's ("Gulf of
    // America on Google Maps for US users").
    for (uint32_t k = r.begin + 1; k + 1 < r.end; ++k) {
      const std::string_view c = Word(text_, toks[k]);
      if (c != "on" && c != "for") continue;
      if (base::IsDashWord(Word(text_, toks[k - 1])) && toks[k].begin == toks[k - 1].end) continue;
      if (!RunKeyword({r.begin, k}, CueKind::kOrgKeyword) && !RunKeyword({r.begin, k}, CueKind::kMiscKeyword)) {
        r.end = k;
        break;
      }
    }
    bool run_typed = r.end > r.begin && (RunKeyword(r, CueKind::kOrgKeyword) || RunKeyword(r, CueKind::kLocKeyword) ||
                                         RunKeyword(r, CueKind::kMiscKeyword));
    // "Democratic Republic of Viet-Nam", "Federal Republic of Germany": a
    // state's form, "of" and a known state's name are that state.
    // (A name the knowledge base knows whole is its own: "Republic of China".)
    if (const int state = g.token_end >= r.end && !g.entries.empty() ? -1 : StateByFormalName(r); state >= 0) {
      AddMention(s, r.begin, r.end, "GPE", state);
      i = r.end;
      continue;
    }
    // Without a keyword a run does not cross "of"/"for" ("Thousands of Peruvians"),
    // nor a name particle unless the tagger reads the run as one name
    // ("Maguindanao del Sur").
    bool particle_joined = false;
    for (uint32_t k = r.begin + 1; !run_typed && k < r.end; ++k) {
      const std::string_view c = Word(text_, toks[k]);
      if (!IsConnector(c)) continue;
      // "Rostov-on-Don": a connector inside a hyphenated word.
      if (base::IsDashWord(Word(text_, toks[k - 1])) && toks[k].begin == toks[k - 1].end) continue;
      if (IsNameParticle(c) && TaggerSpanIs(r, {"LOC", "GPE", "ORG", "PERSON"})) {
        particle_joined = true;
        continue;
      }
      r.end = k;
      particle_joined = false;
    }
    // ("RIYADH, Feb 25 (Reuters) -", "SYDNEY, …": a dateline opens with the
    // city the story was filed from, whatever the tagger reads there.)
    const bool dateline_city = dateline && g.token_begin == sent.token_begin;
    if (!g.entries.empty() && !dateline_city && !CityInContext(g, function_word)) g.entries.clear();
    // "Robert F. Kennedy Jr." is not the known Robert F. Kennedy: the son's name
    // is the whole run.
    if (!g.entries.empty() && g.token_end < r.end && BestEntry(g.entries)->entity->type == "Person" &&
        cues_.Has(CueKind::kNameSuffix, Word(text_, toks[g.token_end]))) {
      g.entries.clear();
    }
    // A known place opening a longer name the tagger reads whole as an
    // organisation or a place ("Palestine Action", "Negros Occidental"; a
    // person's reading is not trusted after a place's name: "Chile Adaeze
    // Okonkwo" of "envoy to Chile Adaeze Okonkwo"), or as a person after a
    // demonym or a body's name ("Christian Schmidt", "German Galushchenko",
    // "Rafael López Aliaga").
    // ("said Sofia Marchetti, a researcher", "President Santiago Peña": after
    // a verb of speaking or a title a place's name opening a person's is the
    // given name.)
    const bool after_speaking_verb =
        r.begin > sent.token_begin &&
        cues_.Has(CueKind::kSpeakingVerb, base::AsciiLower(Word(text_, toks[r.begin - 1])));
    const bool names_person_next = pending_title_token_ >= 0 || after_speaking_verb;
    // ("Ecuadorians Byron Estupiñán": a demonym's plural is nobody's given name.)
    const bool plural_demonym =
        g.token_end == i + 1 && w.ends_with("s") && !g.entries.empty() &&
        std::all_of(g.entries.begin(), g.entries.end(), [&](const NameEntry* e) {
          const auto& d = e->entity->demonyms;
          return e->kind == NameKind::kDemonym && std::find(d.begin(), d.end(), w) == d.end();
        });
    const bool tagger_whole = !run_typed && r.end > g.token_end &&
                              (particle_joined || TaggerSpanIs(r, {"ORG", "LOC", "GPE"}) ||
                               (!g.entries.empty() && (!NamesPlace(*BestEntry(g.entries)) || names_person_next) &&
                                !plural_demonym && TaggerSpanIs(r, {"PERSON"})));
    // "Péter Magyar ... whom Magyar accuses": the surname of a person named
    // before in the document is that person, not the known name it spells.
    if (!g.entries.empty() && g.token_end == i + 1 && r.end <= g.token_end) {
      if (const int person = SurnameOf(w); person >= 0) {
        AddMention(s, i, i + 1, "PERSON", person);
        ++i;
        continue;
      }
    }
    // ("Equatoria Horizon" after "Kampala-registered Equatoria Horizon Ltd":
    // a shorter name of a company named before is that company, not the
    // place its first word names; nor is an acronym the document gave a name:
    // "Korea Aerospace Industries (KAI) … KAI president", not Kai, Japan.)
    if (!g.entries.empty() && r.end > r.begin) {
      const std::string run(text_.substr(toks[r.begin].begin, toks[r.end - 1].end - toks[r.begin].begin));
      if ((r.end > g.token_end || (run.size() >= 2 && base::IsAllCaps(run))) && by_alias_.contains(run)) {
        g.entries.clear();
      }
    }
    if (!g.entries.empty() && (r.end <= g.token_end || (!run_typed && !tagger_whole))) {
      // ("SAN JOSE, April 1 (Reuters) - Costa Rica on Wednesday expelled …":
      // a dateline's town is placed by the states the lead names too.)
      const uint32_t place_limit =
          dateline ? seg_.sentences[std::min<size_t>(s + 2, seg_.sentences.size() - 1)].token_end : sent.token_end;
      const NameEntry* e = PlaceEntry(g.entries, g.token_end, place_limit);
      int idx = AddKbEntity(e->entity);
      AddMention(s, g.token_begin, g.token_end, MentionTypeOf(*e), idx);
      i = AddAcronymAfter(s, g.token_end, idx);
      continue;
    }
    if (r.end <= r.begin) {
      ++i;
      continue;
    }
    if (TryRegime(r, sent.token_end, s)) {
      i = out_.mentions.back().token_end;
      continue;
    }
    // A sentence opener the POS tagger reads as no noun or name and the NER as
    // no part of a name ("Welcome Darin", "Try Varkala"), unless the run is a
    // name the document used before ("Golden Crown" of "Golden Crown Shipping").
    // ("Golden Crescent General Trading shipped": an adjective opening three
    // words or more that end in a company's word is the company's.)
    const auto company_adjective = [&] {
      return r.end - r.begin >= 3 && pos_(r.begin) == "ADJ" &&
             LastKeyword(r, CueKind::kOrgKeyword) == static_cast<int>(r.end - 1);
    };
    // ("Briefing the Council today, X said": an opening -ing word before an
    // article is a verb, the name starts after it.)
    const std::string_view second = r.end - r.begin >= 3 ? Word(text_, toks[r.begin + 1]) : std::string_view();
    if (initial && w.ends_with("ing") && (second == "the" || second == "a" || second == "an")) {
      ++i;
      continue;
    }
    if (initial && r.end - r.begin >= 2 && CommonWord(r.begin) && !company_adjective() &&
        !TaggerSpanCovers(r.begin, r.begin + 1) &&
        gaz_.LongestAt(text_, toks, r.begin, r.begin + 1).entries.empty() &&
        !by_alias_.contains(std::string(text_.substr(toks[r.begin].begin, toks[r.end - 1].end - toks[r.begin].begin)))) {
      ++i;
      continue;
    }
    // A capitalised sentence opener before a known name: "Later Musavi said".
    // ("Australian House of Representatives member ...": not a state's demonym.)
    // But "Adaeze Okonkwo" again at a sentence start is the whole name, and so
    // is a name the document gave before ("Sky Bishkek Cargo's director").
    // ("Péter Magyar", which the tagger reads as one person, is no opener before
    // a demonym.)
    // ("Cavalry Myanmar Company Limited": not before a name that ends in a
    // legal form, a company's whole name.)
    if (initial && r.end - r.begin >= 2 && gaz_.LongestAt(text_, toks, r.begin, r.begin + 1).entries.empty() &&
        !TaggerSpanIs(r, {"PERSON"}) && !cues_.Has(CueKind::kLegalForm, Word(text_, toks[r.end - 1])) &&
        !by_alias_.contains(std::string(text_.substr(toks[r.begin].begin, toks[r.end - 1].end - toks[r.begin].begin)))) {
      std::string_view tail = text_.substr(toks[r.begin + 1].begin, toks[r.end - 1].end - toks[r.begin + 1].begin);
      const int person = CorefPartialName(tail);
      if ((person >= 0 && !NamePart(out_.entities[person].name, w)) ||
          (person < 0 && !gaz_.LongestAt(text_, toks, r.begin + 1, r.end).entries.empty())) {
        ++i;
        continue;
      }
    }
    // "Astronauts Sunita Williams", "Camerlengo Kevin Farrell": a word before
    // a full name the tagger reads as a person, with no keyword in the run, no
    // name of its own and no honorific ("Sheikh Tamim bin Hamad" is the name
    // as written), describes the person and is no part of the name.
    // ("Its spokeswoman, Mumtaz Zahra Baloch, told", "the representative of
    // Somalia, Abukar Dahir Osman, welcomed": not after the comma that closes
    // a description the name stands in apposition to.)
    const bool apposed = r.begin >= 2 && Word(text_, toks[r.begin - 1]) == ",";
    if (const uint32_t p = PersonAtRunEnd(r); p > r.begin && !run_typed && !apposed &&
        gaz_.LongestAt(text_, toks, r.begin, r.begin + 1).entries.empty() &&
        !(linker_.matcher() != nullptr && linker_.matcher()->IsHonorific(w))) {
      i = p;
      continue;
    }
    // ("the 444 Combat Brigade", "the 3rd Assault Brigade": a unit's number
    // before a name ending in an organisation's keyword is part of it.)
    if (run_typed && r.begin > sent.token_begin && out_.MentionAt(r.begin - 1) < 0 &&
        LastKeyword(r, CueKind::kOrgKeyword) == static_cast<int>(r.end - 1)) {
      const std::string_view before = Word(text_, toks[r.begin - 1]);
      const bool number = !before.empty() && before.find_first_not_of("0123456789") == std::string_view::npos;
      // (A bare number only after "the": "In 2019 Brigade commanders met".)
      const bool after_the = r.begin >= sent.token_begin + 2 &&
                             base::AsciiLower(Word(text_, toks[r.begin - 2])) == "the";
      if ((number && after_the) || base::IsNumeralOrdinal(before)) --r.begin;
    }
    int idx = LinkRun(r, s, initial);
    i = idx >= 0 ? AddAcronymAfter(s, r.end, idx) : r.end;
  }
}

// "Iran and North Korea", "the US and the UN": mentions joined by "and" / ",".
void Scan::FindGroups() {
  const auto& ms = out_.mentions;
  // Demonyms modify ("US and South Korean officials"): only names form groups.
  FindGroups([&](size_t i) { return ms[i].entity >= 0 && ms[i].type != "NORP"; }, &out_.groups);
  // (Demonyms of states together form groups of their own.)
  FindGroups(
      [&](size_t i) {
        return ms[i].entity >= 0 && ms[i].type == "NORP" && out_.entities[ms[i].entity].type == "Country";
      },
      &out_.demonym_groups);
}

void Scan::FindGroups(const std::function<bool(size_t)>& member, std::vector<Group>* groups) {
  const auto& ms = out_.mentions;
  for (size_t a = 0; a < ms.size(); ++a) {
    if (!member(a)) continue;
    Group g{{ms[a].entity}, ms[a].token_end};
    size_t b = a;
    bool has_and = false;
    while (b + 1 < ms.size() && ms[b + 1].sentence == ms[a].sentence && member(b + 1)) {
      bool joined = false;
      for (uint32_t k = ms[b].token_end; k < ms[b + 1].token_begin; ++k) {
        std::string_view w = Word(text_, seg_.tokens[k]);
        if (w == "and" || w == "," || w == "the" || w == "&") {
          joined = true;
          has_and = has_and || w == "and" || w == "&";
        } else {
          joined = false;
          break;
        }
      }
      if (!joined || ms[b + 1].token_begin - ms[b].token_end > 3) break;
      ++b;
      // ("between Carruthers and Fiji's Defence Minister Josefa Naivalu": a
      // state before its titled person is his; the person is the member.)
      if (b + 1 < ms.size() && ms[b + 1].entity >= 0 && ms[b + 1].type == "PERSON" && ms[b + 1].title_token >= 0 &&
          ms[b].token_end + 1 == static_cast<uint32_t>(ms[b + 1].title_token) &&
          base::IsPossessiveClitic(Word(text_, seg_.tokens[ms[b].token_end]))) {
        ++b;
      }
      if (std::find(g.entities.begin(), g.entities.end(), ms[b].entity) == g.entities.end()) {
        g.entities.push_back(ms[b].entity);
      }
      g.token_end = ms[b].token_end;
    }
    if (g.entities.size() >= 2 && has_and) {
      groups->push_back(g);
      a = b;
    }
  }
}

}  // namespace dossier::link::detail
