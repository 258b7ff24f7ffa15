// Relations between entities, each with the sentence that states it:
//   title        "FBI Director Jane Roe"             Roe leader_of FBI
//                "President Emmanuel Macron"         his dated KB role (leader_of France)
//   possessive   "Russia's Almaz-Antey concern"      Almaz-Antey part_of Russia
//   from         "John Doe from <X>'s <ORG>"         member_of ORG
//   apposition   "Jane Roe, Chile's deputy leader"   role_in Chile
//   role         "Acme's chief executive, Jane Roe", "its director, Jane Roe",
//                "Jane Roe, a former executive at Acme": the role's relation
//                (data/link/cues.tsv titles) to the organisation
//   patterns     data/extract/relations.tsv ("worked with", "under sanctions from",
//                "written by"): relation_patterns.cc
#include <algorithm>

#include "base/strings.h"
#include "base/utf8.h"
#include "extract/relation_builder.h"

namespace dossier::extract {
namespace {

class PhraseRelations : public RelationBuilder {
 public:
  using RelationBuilder::RelationBuilder;

  void Run() {
    const auto& ms = v_.linking().mentions;
    for (size_t i = 0; i < ms.size(); ++i) {
      if (ms[i].entity < 0) continue;
      if (ms[i].title_token >= 0) FromTitle(ms[i]);
      FromTitleAfter(i);
      FromPossessive(i);
      FromPossessiveOfBodyNoun(i);
      FromOneOfParts(i);
      FromBodyOfState(i);
      FromStateNamedBody(i);
      FromPreposition(i);
      FromPartyOf(i);
      FromMemberNoun(i);
      FromSpeakerOfState(i);
      FromApposition(i);
      FromOfficialApposition(i);
      FromStateOfficeApposition(i);
      FromRoleBefore(i);
      FromRoleOfBefore(i);
      FromRoleForStateBody(i);
      FromOfficeOfStateBefore(i);
      FromRoleAfter(i);
      FromRoleOpening(i);
      FromPossessiveRoleAfter(i);
      FromCitizen(i);
      FromCounterpart(i);
      FromLinkedGroup(i);
      FromCountedMembers(i);
    }
    for (uint32_t k = 0; k < v_.seg().tokens.size(); ++k) {
      FromPlaceNoun(k);
      FromStateOwned(k);
      FromAppointment(k);
      FromListing(k);
      FromUnderSanctions(k);
    }
    BodiesOfDatelineState();
    PlacesOfNamedStates();
  }

 private:
  // "the al Qaeda-linked group JNIM", "an Iran-aligned militia, Kataib
  // Hezbollah": an organisation or a state joined by a hyphen to "linked",
  // "allied", "aligned" or "affiliated" before a group's name (past up to
  // three lower-case words and a comma) is its associate.
  void FromLinkedGroup(size_t i) {
    const auto& ms = v_.linking().mentions;
    const link::Mention& a = ms[i];
    const text::Sentence& s = v_.Sentence(a.sentence);
    if ((a.type != "ORG" && a.type != "GPE") || a.entity < 0 || a.token_end + 2 >= s.token_end ||
        v_.Word(a.token_end) != "-" || !v_.HyphenJoined(a.token_end + 1)) {
      return;
    }
    const std::string& joined = v_.Lower(a.token_end + 1);
    if (joined != "linked" && joined != "allied" && joined != "aligned" && joined != "affiliated") return;
    for (uint32_t k = a.token_end + 2; k < s.token_end && k < a.token_end + 7; ++k) {
      const int m = v_.linking().MentionAt(k);
      if (m >= 0) {
        const link::Mention& b = ms[m];
        if (b.token_begin == k && b.type == "ORG" && b.entity >= 0) Add(b.entity, "associate_of", a.entity, a.sentence);
        return;
      }
      if (!v_.StartsLower(k) && v_.Word(k) != ",") return;
    }
  }

  // "sanctioned three GRU officers - Colonel A, Major B and Captain C": the
  // persons listed after a plural office an organisation's name qualifies
  // (a dash, a colon or a comma between) hold that office in it.
  void FromCountedMembers(size_t i) {
    const auto& ms = v_.linking().mentions;
    const link::Mention& org = ms[i];
    const text::Sentence& s = v_.Sentence(org.sentence);
    if (org.type != "ORG" || org.entity < 0 || OrgOrState(org.entity) == nullptr || org.token_end + 2 >= s.token_end) {
      return;
    }
    const uint32_t noun = org.token_end;
    const std::string& plural = v_.Lower(noun);
    if (!v_.StartsLower(noun) || plural.size() < 4 || plural.back() != 's') return;
    const std::string singular = plural.substr(0, plural.size() - 1);
    const std::string* value = v_.cues().Find(link::CueKind::kTitle, singular);
    if (value == nullptr || value->empty()) value = v_.cues().FindCapitalisedTitle(singular);
    if (value == nullptr || value->empty() || *value == "leader_of") return;
    const std::string_view mark = v_.Word(noun + 1);
    if (!base::IsDashWord(mark) && mark != ":" && mark != ",") return;
    // The persons listed, each after a comma or "and" (titles before them
    // are theirs), up to the list's end.
    std::vector<int> listed;
    for (size_t j = i + 1; j < ms.size() && ms[j].sentence == org.sentence; ++j) {
      const link::Mention& m = ms[j];
      if (m.type != "PERSON" || m.entity < 0) break;
      uint32_t before = m.title_token >= 0 ? static_cast<uint32_t>(m.title_token) : m.token_begin;
      const std::string_view w = v_.Word(before - 1);
      if (before - 1 != noun + 1 && w != "," && v_.Lower(before - 1) != "and") break;
      listed.push_back(m.entity);
      const uint32_t after = m.token_end;
      if (after >= s.token_end || (v_.Word(after) != "," && v_.Lower(after) != "and")) break;
    }
    if (listed.size() < 2) return;
    for (int person : listed) AddRole(person, *value, org.entity, org.sentence);
  }

  // Whether a leader's title names the head of one branch only: a
  // department word before its last word ("National police chief", "Hamas
  // military chief") or in lower case right before it.
  bool HeadsOneDepartment(const link::Mention& person) const {
    const std::vector<std::string_view> words = base::Split(person.title, ' ');
    for (size_t w = 0; w + 1 < words.size(); ++w) {
      if (v_.lexicon().HasCue(base::AsciiLower(words[w]), "department_word")) return true;
    }
    const uint32_t t = static_cast<uint32_t>(person.title_token);
    return person.title_token > 0 && v_.StartsLower(t - 1) && v_.lexicon().HasCue(v_.Lower(t - 1), "department_word");
  }

  void FromTitle(const link::Mention& person) {
    const std::string* value = v_.cues().Find(link::CueKind::kTitle, person.title);
    // ("National police chief Viorel Cernauteanu", "Hamas military chief X":
    // the head of one branch (department_word cues) holds an office; he
    // does not lead the whole.)
    if (value != nullptr && *value == "leader_of" && HeadsOneDepartment(person)) {
      static const std::string kRoleIn = "role_in";
      value = &kRoleIn;
    }
    // ("Minister of Public Security": the office before its portfolio.)
    for (const std::string_view joint : {" of ", " for "}) {
      const size_t at = person.title.find(joint);
      if (value != nullptr || at == std::string::npos) continue;
      const std::string office = person.title.substr(0, at);
      value = v_.cues().Find(link::CueKind::kTitle, office);
      if (value == nullptr) value = v_.cues().Find(link::CueKind::kTitle, office.substr(office.rfind(' ') + 1));
    }
    uint32_t t = static_cast<uint32_t>(person.title_token);
    int org = EntityOfMentionEndingAt(t);
    // ("the Government of Sri Lanka under President Anura Kumara
    // Dissanayake", "the Government of Ecuador, whose President Daniel
    // Noboa": the state named right before "under" or ", whose".)
    // (Only a government so named: "ties with Washington under President
    // Javier Milei" are Argentina's.)
    if (org < 0 && t >= 2 && (v_.Lower(t - 1) == "under" || (v_.Lower(t - 1) == "whose" && v_.Word(t - 2) == ","))) {
      const uint32_t before = v_.Lower(t - 1) == "under" ? t - 1 : t - 2;
      const int m = before > 0 ? v_.linking().MentionAt(before - 1) : -1;
      const uint32_t named = m >= 0 ? v_.linking().mentions[m].token_begin : 0;
      const bool government = named >= 2 && v_.Lower(named - 1) == "of" &&
                              v_.cues().Has(link::CueKind::kStateNoun, v_.Lower(named - 2));
      const int state = government ? EntityOfMentionEndingAt(before) : -1;
      if (state >= 0 && v_.linking().entities[state].type == "Country") org = state;
    }
    // ("Africa Minister Harriet Lowther", "Pacific Minister X": a region of
    // no state before an office of state is its portfolio; the state is the
    // context's.)
    if (org >= 0 && v_.linking().entities[org].type == "Location" && v_.linking().entities[org].country.empty() &&
        TitleHasCue(person, "state_office")) {
      org = -1;
    }
    if (org < 0 && t > 0 && v_.Word(t - 1) == "-") org = EntityOfMentionEndingAt(t - 1);
    // ("International Atomic Energy Agency (IAEA) chief Rafael Grossi": past
    // the acronym in brackets.)
    if (org < 0 && t > 2 && v_.Word(t - 1) == ")" && v_.Word(t - 3) == "(") {
      org = EntityOfMentionEndingAt(t - 1);
      if (org < 0) org = EntityOfMentionEndingAt(t - 3);
    }
    // "Houthi military spokesman Yahya Saree": one or two lower-case
    // adjectives describing the office may stand between a body or a state
    // and the title ("opposition leader" is a noun that changes the office).
    // They narrow it to a branch: "Ugandan military chief" leads the army,
    // not Uganda, so a leader is one of its officials (role_in).
    // ("Azerbaijani foreign ministry spokesman Elnur Huseynli": so may the
    // body's own noun, bare_org_noun cues, or a state's body: "Ethiopian
    // government spokesman".)
    bool narrowed = false;
    for (uint32_t gap = 1; org < 0 && gap <= 3 && t > gap; ++gap) {
      const uint32_t w = t - gap;
      if (!v_.StartsLower(w)) break;
      // ("Kyrgyz security chief X", "EU foreign policy chief X": or a word
      // of a body's branch, body_modifier cues.)
      if (v_.Upos(w) != "ADJ" && !v_.cues().Has(link::CueKind::kBareOrgNoun, v_.Lower(w)) &&
          !v_.lexicon().HasCue(v_.Lower(w), "state_body_noun") &&
          !v_.cues().Has(link::CueKind::kBodyModifier, v_.Lower(w))) {
        break;
      }
      const int m = v_.linking().MentionAt(w - 1);
      if (m >= 0 && v_.linking().mentions[m].type != "PERSON") org = EntityOfMentionEndingAt(w);
      narrowed = org >= 0;
    }
    // ("junta leader Captain Ibrahim Traore": the state a government's
    // noun right before the title stands for, told before.)
    // (Not one a state's name or possessive qualifies: "Ivory Coast's
    // government spokesman".)
    const bool qualified = t >= 2 && (base::IsPossessiveClitic(v_.Lower(t - 2)) || v_.Word(t - 2) == "'" ||
                                      v_.linking().MentionAt(t - 2) >= 0);
    // (Capitalised only as the sentence's first word: "Junta leader General
    // Assimi Goita has ordered".)
    if (org < 0 && t > 0 && !qualified &&
        (v_.StartsLower(t - 1) || t - 1 == v_.Sentence(person.sentence).token_begin) &&
        v_.cues().Has(link::CueKind::kGovernmentNoun, v_.Lower(t - 1))) {
      std::vector<int> state = v_.Referents(t - 1);
      // (Else, for its leader, the state the story is filed from; a
      // spokesman's may be another's, told by context below.)
      if (state.empty() && value != nullptr && *value == "leader_of") {
        if (const int home = v_.DatelineState(); home >= 0) state = {home};
      }
      if (state.size() == 1 && v_.linking().entities[state.front()].type == "Country") org = state.front();
    }
    // ("The U.S. State Department said … department spokesman Daniel
    // Pierce": a body's bare noun right before the title, unqualified, is the
    // body it refers back to.)
    if (org < 0 && t > 0 && !qualified && v_.StartsLower(t - 1) &&
        v_.cues().Has(link::CueKind::kBareOrgNoun, v_.Lower(t - 1))) {
      // (A body with its state: a bare "the Defence Ministry" leaves the
      // office to the state found below; and one whose name has the word
      // before the noun: "Iran's Ministry of Defence … Iran's foreign
      // ministry spokesman" is another ministry.)
      const std::string qualifier = QualifierBefore(t - 1);
      org = link::LastBodyNamedWith(v_.linking(), t - 1, v_.Lower(t - 1), [&](const link::DocEntity& e) {
        return !e.country.empty() && (qualifier.empty() || NameHasWord(e.name, qualifier));
      });
    }
    // "China's envoy Zhang Jun", "Russia's deputy ambassador Dmitry
    // Polyanskiy", "Benin's government spokesman X": a state or body in the
    // possessive before the title (and up to two adjectives or a body's noun).
    // ("China's Foreign Ministry spokeswoman Mao Ning": or a body's name
    // that names no entity of its own, ending in an organisation keyword.)
    if (org < 0) {
      // ("China's defence ministry spokesman Wu Qian": or a body's noun with
      // the word of its branch before it, body_modifier cues.)
      uint32_t w = t;
      while (w > 0 && t - w < 2 && v_.StartsLower(w - 1) &&
             (v_.Upos(w - 1) == "ADJ" || v_.lexicon().HasCue(v_.Lower(w - 1), "state_body_noun"))) {
        --w;
      }
      if (w > 1 && w + 1 == t && v_.cues().Has(link::CueKind::kBodyModifier, v_.Lower(w - 1)) &&
          base::IsPossessiveClitic(v_.Lower(w - 2))) {
        --w;
      }
      if (w == t && w > 0 && v_.cues().Has(link::CueKind::kOrgKeyword, v_.Word(w - 1))) {
        uint32_t b = w - 1;
        while (b > 0 && w - b < 3 && !v_.StartsLower(b - 1) && v_.linking().MentionAt(b - 1) < 0 &&
               !base::IsPossessiveClitic(v_.Lower(b - 1))) {
          --b;
        }
        if (v_.linking().MentionAt(b) < 0 && v_.linking().MentionAt(w - 1) < 0) w = b;
      }
      const int m = w > 1 && base::IsPossessiveClitic(v_.Lower(w - 1)) ? v_.linking().MentionAt(w - 2) : -1;
      if (m >= 0 && v_.linking().mentions[m].type != "PERSON") {  // ("Trump's envoy": no body)
        org = EntityOfMentionEndingAt(w - 1);
        narrowed = org >= 0 && w < t;
      } else if (const int body = m < 0 && w > 1 ? BodyNounPossessor(w - 1) : -1;
                 body >= 0 && v_.linking().entities[body].type == "Organization") {
        // ("the group's military leader Sultani Makenga": the organisation
        // the body's noun refers to.)
        org = body;
        narrowed = w < t;
      }
    }
    // ("Assistant Attorney General Laura Whitfield of the Justice
    // Department's National Security Division": the body after "of".)
    // (A name of two words at least: "Chief of the General Staff" is none.)
    if (org < 0 && person.token_end + 1 < v_.Sentence(person.sentence).token_end &&
        person.token_end >= person.token_begin + 2 && v_.Lower(person.token_end) == "of") {
      uint32_t at = person.token_end + 1;
      if (v_.Lower(at) == "the") ++at;
      const int m = v_.linking().MentionAt(at);
      if (m >= 0 && v_.linking().mentions[m].token_begin == at && v_.linking().mentions[m].type != "PERSON" &&
          v_.linking().mentions[m].entity >= 0 && OrgOrState(v_.linking().mentions[m].entity) != nullptr) {
        org = v_.linking().mentions[m].entity;
      }
    }
    // ("Russia's U.N. Ambassador Vassily Nebenzia": an envoy to an
    // organisation of states serves the state whose possessive opens the
    // phrase.)
    if (const link::DocEntity* body = org >= 0 ? &v_.linking().entities[org] : nullptr;
        body != nullptr && body->kb != nullptr && body->kb->sector == "igo" && t >= 3 &&
        v_.lexicon().HasCue(base::AsciiLower(person.title.substr(person.title.rfind(' ') + 1)), "envoy_noun")) {
      const int m = v_.linking().MentionAt(t - 1);
      const uint32_t b = m >= 0 ? v_.linking().mentions[m].token_begin : 0;
      if (b >= 2 && base::IsPossessiveClitic(v_.Lower(b - 1))) {
        const int state = EntityOfMentionEndingAt(b - 1);
        if (state >= 0 && v_.linking().entities[state].type == "Country") org = state;
      }
    }
    // ("Kyiv Mayor Vitali Klitschko": a city's office; the capital's name
    // stands for no state here.)
    if (org >= 0 && v_.linking().entities[org].type == "Country" && TitleHasCue(person, "municipal_office")) return;
    if (org >= 0 && value != nullptr && !value->empty()) {
      // "American journalist Evan Blake", "Russian engineer X": a state
      // before a title of employment or membership is the person's
      // nationality, not his employer.
      if ((*value == "employee_of" || *value == "member_of") && v_.linking().entities[org].type == "Country") {
        Add(person.entity, "citizen_of", org, person.sentence);
        return;
      }
      // ("Ukrainian commander-in-chief Oleksandr Syrskyi" leads the armed
      // forces, an office in the state.)
      const bool military = v_.linking().entities[org].type == "Country" && TitleHasCue(person, "military_office");
      const std::string relation = (narrowed || military) && *value == "leader_of" ? "role_in" : *value;
      // ("Philippine Coast Guard spokesman X": an office in a state's body is
      // employment by the body and a role in its state.)
      if (relation == "role_in" && v_.linking().entities[org].type == "PublicBody") {
        if (const int state = v_.StateOf(org); state >= 0 && state != org) {
          Add(person.entity, "role_in", state, person.sentence);
        }
        // (Membership of an armed force: "Rwanda Defence Force spokesman X".)
        AddRole(person.entity, "role_in", org, person.sentence);
        return;
      }
      Add(person.entity, relation, org, person.sentence);
      // ("TNLA spokeswoman Mai Hla Tun": an office in an armed group or a
      // party is also membership, AddRole.)
      const link::DocEntity& body = v_.linking().entities[org];
      if (relation == "role_in" && body.kb != nullptr &&
          (body.kb->sector == "armed_group" || body.kb->sector == "party")) {
        AddRole(person.entity, relation, org, person.sentence);
      }
      return;
    }
    // "President Hassan Rouhani": a dated role of a known person with this title.
    // (A known person with no office at the story's date: the office is
    // read from the text, as for anyone else.)
    if (KnownRoles(person, person.title)) return;
    if (const int state = StateOfOfficeInContext(person); state >= 0) {
      Add(person.entity, OfficeOfState(value), state, person.sentence);
      return;
    }
    DatelineOffice(person, value);
    CompanyOffice(person, value);
  }

  // Adds the dated roles (data/kb/roles.tsv) of the known person at the
  // mention that the title names ("Defence Minister" is the knowledge base's
  // "Defense Minister"); whether the person holds any office at the story's
  // date.
  bool KnownRoles(const link::Mention& person, const std::string& title_text) {
    const link::DocEntity& d = v_.linking().entities[person.entity];
    if (d.kb == nullptr) return false;
    const std::string title = SpellingFolded(title_text);
    const auto roles = v_.kb().RolesAt(d.kb->id, date_);
    for (const kb::Role* r : roles) {
      if (SpellingFolded(r->title).find(title) == std::string::npos) continue;
      int object = v_.EntityIndex(r->object);
      if (object >= 0) {
        Add(person.entity, r->relation, object, person.sentence);
        continue;
      }
      // ("foreign ministry spokeswoman Maria Zakharova": an office in a
      // state's body the story does not name is a role in its state.)
      const kb::Entity* body = v_.kb().Find(r->object);
      if (body == nullptr || body->type != "PublicBody" || body->country.empty()) continue;
      if (const int state = v_.EntityIndex("country:" + body->country); state >= 0) {
        Add(person.entity, "role_in", state, person.sentence);
      }
    }
    return !roles.empty();
  }

  // "PRESS STATEMENT / Marco Rubio, Secretary of State": a known person's
  // dated role named by a capitalised title after his name and a comma.
  void FromTitleAfter(size_t i) {
    const link::Mention& p = v_.linking().mentions[i];
    const uint32_t end = v_.Sentence(p.sentence).token_end;
    if (p.type != "PERSON" || p.title_token >= 0 || p.token_end + 2 >= end || v_.Word(p.token_end) != ",") return;
    // Each title the capitalised words open ("of" may join them: "Secretary
    // of State"; "Secretary" alone is the knowledge base's "Foreign
    // Secretary" too).
    std::string words;
    for (uint32_t k = p.token_end + 1; k < end && k < p.token_end + 6; ++k) {
      if (!base::HasLetter(v_.Word(k)) || (v_.StartsLower(k) && v_.Lower(k) != "of")) break;
      words += (words.empty() ? "" : " ") + std::string(v_.Word(k));
      if (v_.cues().Find(link::CueKind::kTitle, words) != nullptr) KnownRoles(p, words);
    }
  }

  // A title in lower case with British spellings American ("defence" →
  // "defense"), to compare the text's titles with the knowledge base's.
  static std::string SpellingFolded(std::string_view title) {
    std::string out = base::AsciiLower(title);
    for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"defence", "defense"},
                                   {"programme", "program"}, {"labour", "labor"}}) {
      for (size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) {
        out.replace(at, from.size(), to);
      }
    }
    return out;
  }

  // Whether any word of a titled person's title ("State Minister for Foreign
  // Affairs") holds a cue of `category`.
  // ("Deputy Foreign Minister X": the title's words as written, before the
  // name, too; the title is named by its first word.)
  bool TitleHasCue(const link::Mention& person, std::string_view category) const {
    const std::string title = base::AsciiLower(person.title);
    const std::vector<std::string_view> words = base::Split(title, ' ');
    if (std::any_of(words.begin(), words.end(), [&](std::string_view w) { return v_.lexicon().HasCue(w, category); })) {
      return true;
    }
    for (int32_t t = person.title_token; t >= 0 && static_cast<uint32_t>(t) < person.token_begin; ++t) {
      if (v_.lexicon().HasCue(v_.Lower(static_cast<uint32_t>(t)), category)) return true;
    }
    return false;
  }

  // The relation an office of state with the title's cue value `value`
  // holds: leadership for a leader's title, else a role.
  static const char* OfficeOfState(const std::string* value) {
    return value != nullptr && *value == "leader_of" ? "leader_of" : "role_in";
  }

  // The state the text ties an office named with no state to, or -1:
  // - the group the person is listed in ("five Georgian security officials,
  //   including Deputy Interior Minister Tamaz Gogoladze");
  // - an earlier sentence that named the office as a state's ("Eritrea
  //   accused …, in what its information minister called …" before
  //   "Information Minister Yemane Gebremeskel wrote"; "Peru summoned
  //   Colombia's ambassador" before "handed Ambassador Camilo Restrepo Ortiz").
  // "former Syrian intelligence minister A, … and former interior minister
  // B": in a list of titled persons, the state (or a state's body) before an
  // earlier item's title is that of the titles after it that name none; -1
  // when no earlier item names one.
  int StateOfListedOffice(const link::Mention& person) const {
    const auto& ms = v_.linking().mentions;
    const uint32_t begin = v_.Sentence(person.sentence).token_begin;
    // The first word of an item: its title, after up to three lower-case
    // words ("former army commander").
    const auto item_start = [&](const link::Mention& m) {
      uint32_t k = static_cast<uint32_t>(m.title_token);
      for (uint32_t n = 0; n < 3 && k > begin && v_.StartsLower(k - 1) && v_.Lower(k - 1) != "and" &&
                           v_.linking().MentionAt(k - 1) < 0;
           ++n) {
        --k;
      }
      return k;
    };
    const link::Mention* item = &person;
    for (size_t i = ms.size(); i-- > 0;) {
      const link::Mention& q = ms[i];
      if (q.sentence != person.sentence || q.token_begin >= item->token_begin) continue;
      if (q.token_begin >= item_start(*item)) continue;  // (inside the item's title)
      if (q.type != "PERSON" || q.title_token < 0) break;
      // Only a comma or "and" between the two items.
      uint32_t gap = item_start(*item);
      while (gap > q.token_end && (v_.Word(gap - 1) == "," || v_.Lower(gap - 1) == "and")) --gap;
      if (gap != q.token_end || gap == item_start(*item)) break;
      const uint32_t t = static_cast<uint32_t>(q.title_token);
      // (A body's office is its state's: "former Revolutionary Guards
      // commander Mohsen Rezaei".)
      if (const int e = t > begin ? EntityOfMentionEndingAt(t) : -1; e >= 0) return v_.StateOf(e);
      item = &q;
    }
    return -1;
  }

  int StateOfOfficeInContext(const link::Mention& person) const {
    const uint32_t t = static_cast<uint32_t>(person.title_token);
    const uint32_t begin = v_.Sentence(person.sentence).token_begin;
    uint32_t k = t;
    if (k > begin && v_.Lower(k - 1) == "including") {
      --k;
      if (k > begin && v_.Word(k - 1) == ",") --k;
      for (uint32_t j = k; j > begin && k - j < 6; --j) {
        const int m = v_.linking().MentionAt(j - 1);
        if (m < 0) continue;
        const int e = v_.linking().mentions[m].entity;
        if (e >= 0 && v_.linking().entities[e].type == "Country") return e;
        break;
      }
    }
    if (const int state = StateOfListedOffice(person); state >= 0) return state;
    const std::vector<std::string_view> words = base::Split(person.title, ' ');
    if (words.empty()) return -1;
    const std::string head = base::AsciiLower(words.back());
    for (uint32_t j = begin; j-- > 0;) {
      if (v_.Lower(j) != head || !v_.StartsLower(j) || v_.Sentence(v_.SentenceOf(j)).dateline) continue;
      // The possessive before the office, over up to two lower-case words.
      uint32_t w = j;
      while (w > 0 && j - w < 2 && v_.StartsLower(w - 1) && !base::IsPossessiveClitic(v_.Lower(w - 1)) &&
             v_.Lower(w - 1) != "its") {
        --w;
      }
      // (The same office: the words before its noun are the title's.)
      if (w == 0 || j - w + 1 != words.size()) continue;
      bool same = true;
      for (uint32_t i = w; i < j; ++i) same &= v_.Lower(i) == base::AsciiLower(words[i - w]);
      if (!same) continue;
      if (v_.Lower(w - 1) == "its") {
        // "its": the first state its sentence names.
        for (uint32_t i = v_.Sentence(v_.SentenceOf(j)).token_begin; i + 1 < w; ++i) {
          const int m = v_.linking().MentionAt(i);
          const int e = m < 0 ? -1 : v_.linking().mentions[m].entity;
          if (e >= 0 && v_.linking().entities[e].type == "Country") return e;
        }
        continue;
      }
      if (w < 2 || !base::IsPossessiveClitic(v_.Lower(w - 1))) continue;
      const int e = EntityOfMentionEndingAt(w - 1);
      if (e >= 0 && v_.linking().entities[e].type == "Country") return e;
    }
    return -1;
  }

  // "BAKU (Reuters) - … Energy Minister Parviz Shahbazov said": an office of
  // state named with no state (a state_office cue among the title's words) is
  // the dateline's state's, when the story names that state too.
  // So is a title after a state body's noun ("HANOI … ministry spokeswoman
  // Tran Thi Lan Anh told a news briefing").
  void DatelineOffice(const link::Mention& person, const std::string* value) {
    // ("Poland's Deputy Minister of National Defence Tomasz Wróbel" before
    // "Deputy Minister Wróbel thanked …": an office already tied to a state.)
    if (HoldsStateOffice(person.entity)) return;
    const uint32_t t = static_cast<uint32_t>(person.title_token);
    // ("embassy second secretary Andrei Veselov": a diplomat's rank; he
    // serves the state that sent him, not the one he is posted to.)
    // ("Iran's embassy in Jakarta denied any link. … embassy spokesman Hamid
    // Jalali said": but an embassy named before is the one he serves.)
    if (t > 0 && v_.Lower(t - 1) == "embassy") {
      int body = -1;
      if (const int state = StateOfBodyNamedBefore(person, "embassy", &body); state >= 0 && body >= 0) {
        Add(person.entity, "role_in", state, person.sentence);
        Add(person.entity, "employee_of", body, person.sentence);
      }
      return;
    }
    for (uint32_t k = t; k > 0 && t - k < 2; --k) {
      if (v_.Lower(k - 1) == "embassy" || v_.lexicon().HasCue(v_.Lower(k - 1), "ordinal")) return;
    }
    // ("ministry spokeswoman X", and "Foreign Ministry spokeswoman X" when
    // no name was linked there.)
    const bool body_before = t > 0 && v_.lexicon().HasCue(v_.Lower(t - 1), "state_body_noun") &&
                             (v_.StartsLower(t - 1) || v_.linking().MentionAt(t - 1) < 0);
    if (!TitleHasCue(person, "state_office") && !body_before) {
      // ("Turkey's Foreign Ministry rejected the criticism. “…,” spokeswoman
      // Hande Yildiz said": the last state's body named speaks through her.)
      if (t + 1 == person.token_begin && v_.lexicon().HasCue(v_.Lower(t), "voice_office") &&
          (t == 0 || v_.StartsLower(t - 1) || !base::HasLetter(v_.Word(t - 1)))) {
        const int state = StateOfLastBodyBefore(person);
        if (state >= 0) Add(person.entity, "role_in", state, person.sentence);
      }
      // ("JAKARTA … Indonesia's navy seized two tankers … , First Admiral
      // Wira Santoso said": a military rank, in a story that named the
      // dateline state's armed force before.)
      const std::string last = base::AsciiLower(person.title.substr(person.title.rfind(' ') + 1));
      if (v_.lexicon().HasCue(last, "military_rank")) {
        if (const int home = v_.DatelineState(); home >= 0 && DatelineForceBefore(person, home)) {
          Add(person.entity, "role_in", home, person.sentence);
        }
      }
      return;
    }
    // ("Turkey's Defence Ministry said … “Our operations will continue,”
    // ministry spokesman Murat Sezgin told": the body's noun refers to the
    // last body named with it, in this sentence or the two before.)
    if (body_before) {
      int body = -1;
      if (const int state = StateOfBodyNamedBefore(person, v_.Lower(t - 1), &body); state >= 0) {
        Add(person.entity, "role_in", state, person.sentence);
        // ("The Royal Thai Army said … army spokesman Major General Winthai
        // Suvaree said": he serves in that body too, as a member of a force.)
        if (body >= 0) {
          const bool force = v_.lexicon().HasCue(v_.Lower(t - 1), "force_noun");
          Add(person.entity, force ? "member_of" : "employee_of", body, person.sentence);
        }
        return;
      }
      // ("CAIRO … Ethiopia rejected the warning. “Ethiopia will not …,”
      // government spokesman X told": a speaker for a body no name names
      // speaks for the state the sentence before opens with, when his words
      // name it too.)
      const int state = person.sentence > 0 ? StateOpening(person.sentence - 1) : -1;
      if (state >= 0 && Speaks(person) && NamedIn(state, person.sentence)) {
        Add(person.entity, "role_in", state, person.sentence);
        return;
      }
    }
    // ("SUNTRACS secretary general X": the office of a body the linker did
    // not name.)
    if (t > 0 && v_.linking().MentionAt(t - 1) < 0 && v_.Word(t - 1).size() >= 3 && base::IsAllCaps(v_.Word(t - 1))) {
      return;
    }
    // ("In Tokyo, Chief Cabinet Secretary X condemned": the state of the
    // place the sentence opens with.)
    if (const int state = StateOfOpeningPlace(person.sentence); state >= 0) {
      Add(person.entity, OfficeOfState(value), state, person.sentence);
      return;
    }
    if (int state = v_.DatelineState(); state >= 0) {
      // ("LIBREVILLE … ECCAS suspended São Tomé and Príncipe … after soldiers
      // detained Prime Minister Aurélio Neves": one the story tells of, not a
      // speaker, before it names the dateline's state, holds office in the
      // state it named most.)
      if (!Speaks(person) && !NamedBefore(state, person.token_begin)) {
        if (const int most = StateNamedMostBefore(person.token_begin); most >= 0) state = most;
      }
      // ("KYIV … Germany will deliver …, Defence Minister Boris Pistorius said
      // on Tuesday during a visit to Kyiv": a visitor's office is that of the
      // state the sentence opens with.)
      if (const int visitor = VisitingState(person.sentence, state); visitor >= 0) state = visitor;
      // ("CHENNAI … during President X's visit to New Delhi": one visiting
      // the dateline's state holds office in the state named most before.)
      if (VisitsState(person, state)) {
        if (const int home = StateNamedMostBefore(person.token_begin, state); home >= 0) state = home;
      }
      // ("LONDON … Kyrgyzstan's Ministry of Economy rejected the accusations
      // …. “Kyrgyzstan has never been …,” Deputy Economy Minister X told":
      // a speaker's words naming the state the sentence before opens with
      // are that state's, not the dateline's.)
      if (Speaks(person) && person.sentence > 0) {
        const int opening = StateOpening(person.sentence - 1);
        if (opening >= 0 && opening != state && NamedIn(opening, person.sentence) && !NamedIn(state, person.sentence)) {
          state = opening;
        }
      }
      Add(person.entity, OfficeOfState(value), state, person.sentence);
    } else if (body_before && v_.Sentence(0).dateline) {
      // ("DAKAR … Burkina Faso's army killed … government spokesman Issouf
      // Kaboré told": a story filed from a state it never names is about the
      // one it names most.)
      if (const int most = StateNamedMostBefore(person.token_begin); most >= 0) {
        Add(person.entity, "role_in", most, person.sentence);
      }
    } else if (!body_before && person.sentence > 0 && Speaks(person)) {
      // ("Kazakh officials insist the country is not a loophole. “…,” Deputy
      // Trade Minister X said, adding that Astana planned …": with no
      // dateline, the state the sentence before opens with, when the
      // speaker's sentence names it too.)
      const int state = StateOpening(person.sentence - 1);
      if (state >= 0 && NamedIn(state, person.sentence)) Add(person.entity, OfficeOfState(value), state, person.sentence);
    }
  }

  // The state of the last state's body (no company) named before the
  // person in his sentence or the one before; -1 when that body has none.
  int StateOfLastBodyBefore(const link::Mention& person) const {
    return StateOfBodyBefore(
        person, 1, static_cast<uint32_t>(person.title_token),
        [&](const link::Mention& m) { return v_.linking().entities[m.entity].type == "PublicBody"; },
        [&](uint32_t k) { return v_.lexicon().HasCue(v_.Lower(k), "state_body_noun"); }, /*nearest_only=*/true);
  }

  // Whether a public body of the state `home` whose name has a force's noun
  // among its words (force_noun cues: "Indonesian Navy") is named before the
  // person.
  bool DatelineForceBefore(const link::Mention& person, int home) const {
    const auto& entities = v_.linking().entities;
    for (const link::Mention& m : v_.linking().mentions) {
      if (m.token_end > person.token_begin) break;
      if (m.entity < 0 || m.type != "ORG" || entities[m.entity].type != "PublicBody" ||
          entities[m.entity].country != entities[home].country) {
        continue;
      }
      for (std::string_view w : base::Split(entities[m.entity].name, ' ')) {
        if (v_.lexicon().HasCue(base::AsciiLower(w), "force_noun")) return true;
      }
    }
    return false;
  }

  // The lower-case describing word right before a body's noun at `noun`
  // ("foreign" in "foreign ministry"), British spellings American; "" when
  // there is none.
  std::string QualifierBefore(uint32_t noun) const {
    if (noun == 0 || !v_.StartsLower(noun - 1)) return {};
    if (v_.Upos(noun - 1) != "ADJ" && v_.Upos(noun - 1) != "NOUN") return {};
    return SpellingFolded(v_.Lower(noun - 1));
  }

  // Whether a name has `word` (folded as by SpellingFolded) as one of its words.
  static bool NameHasWord(std::string_view name, std::string_view word) {
    for (std::string_view w : base::Split(name, ' ')) {
      if (SpellingFolded(w) == word) return true;
    }
    return false;
  }

  // The state of the last body whose name has the word `noun` ("Defence
  // Ministry" for "ministry"), named before the person in his sentence or the
  // two before; -1 when none is, or it has no state. The body's entity, when
  // a name names it, goes to `body_named`.
  int StateOfBodyNamedBefore(const link::Mention& person, std::string_view noun, int* body_named = nullptr) const {
    // ("… Iran's Ministry of Defence … Iran's foreign ministry spokesman":
    // a lower-case word before the noun must be in the body's name too.)
    const uint32_t t = static_cast<uint32_t>(person.title_token);
    const std::string qualifier = QualifierBefore(t - 1);
    return StateOfBodyBefore(
        person, 2, t - 1,
        [&](const link::Mention& m) {
          bool has_noun = false;
          for (uint32_t k = m.token_begin; k < m.token_end; ++k) has_noun = has_noun || v_.Lower(k) == noun;
          return has_noun && (qualifier.empty() || NameHasWord(v_.linking().entities[m.entity].name, qualifier));
        },
        [&](uint32_t k) { return v_.Lower(k) == noun; }, /*nearest_only=*/false, body_named);
  }

  // The state of the last body named before the person, in his sentence or
  // the `back` before, that `body` accepts: the body's own state, or
  // ("Turkey's Defence Ministry") the state in the possessive before it.
  // With no such name, ("Egypt's foreign ministry condemned …") a word
  // before token `before` that `noun` accepts, after a state's possessive
  // over up to two words (with `nearest_only`, only the nearest such word).
  // -1 when the body found has no state.
  template <class Body, class Noun>
  int StateOfBodyBefore(const link::Mention& person, uint32_t back, uint32_t before, Body body, Noun noun,
                        bool nearest_only, int* body_named = nullptr) const {
    const auto& ms = v_.linking().mentions;
    for (size_t i = ms.size(); i-- > 0;) {
      const link::Mention& m = ms[i];
      if (m.token_begin >= person.token_begin) continue;
      if (m.sentence + back < person.sentence) break;
      if (m.type != "ORG" || m.entity < 0 || !body(m)) continue;
      if (body_named != nullptr) *body_named = m.entity;
      if (const int state = v_.StateOf(m.entity); state >= 0) return state;
      if (m.token_begin >= 2 && base::IsPossessiveClitic(v_.Lower(m.token_begin - 1))) {
        const int e = EntityOfMentionEndingAt(m.token_begin - 1);
        if (e >= 0 && v_.linking().entities[e].type == "Country") return e;
      }
      return -1;
    }
    const uint32_t first = v_.Sentence(person.sentence >= back ? person.sentence - back : 0).token_begin;
    for (uint32_t k = before; k-- > first;) {
      if (!noun(k)) continue;
      for (uint32_t w = k; w > first + 1 && k - w < 3; --w) {
        if (!base::IsPossessiveClitic(v_.Lower(w - 1))) continue;
        const int e = EntityOfMentionEndingAt(w - 1);
        return e >= 0 && v_.linking().entities[e].type == "Country" ? e : -1;
      }
      if (nearest_only) return -1;
    }
    return -1;
  }

  // Whether a verb of saying stands right before the person's title ("said
  // Foreign Minister X") or within three words after the name.
  bool Speaks(const link::Mention& person) const {
    // (", saying they had cooperated": a participle after a comma is the
    // main clause subject's.)
    const auto speech = [&](uint32_t k) {
      return v_.SentenceOf(k) == person.sentence && v_.lexicon().HasCue(v_.Lower(k), "speech_verb") &&
             !(k > 0 && v_.Word(k - 1) == "," && v_.Lower(k).ends_with("ing"));
    };
    // ("said Assistant Secretary X": past capitalised words of the title.)
    uint32_t t = person.title_token > 0 ? static_cast<uint32_t>(person.title_token) : 0;
    while (t > 0 && static_cast<uint32_t>(person.title_token) - t < 3 && !v_.StartsLower(t - 1) &&
           base::HasLetter(v_.Word(t - 1)) && v_.linking().MentionAt(t - 1) < 0 && !speech(t - 1)) {
      --t;
    }
    if (t > 0 && speech(t - 1)) return true;
    for (uint32_t k = person.token_end; k < person.token_end + 3 && k < v_.seg().tokens.size(); ++k) {
      if (speech(k)) return true;
    }
    return false;
  }

  // Whether a mention of `entity` outside the dateline comes before token `end`.
  bool NamedBefore(int entity, uint32_t end) const {
    for (const link::Mention& m : v_.linking().mentions) {
      if (m.token_begin >= end) break;
      if (m.entity == entity && !v_.Sentence(m.sentence).dateline) return true;
    }
    return false;
  }

  // The state the text names most often before token `end` (the later one
  // of a tie), or -1.
  int StateNamedMostBefore(uint32_t end, int except = -1) const {
    std::vector<int> count(v_.linking().entities.size(), 0);
    int best = -1;
    for (const link::Mention& m : v_.linking().mentions) {
      if (m.token_begin >= end) break;
      if (m.entity < 0 || m.entity == except || v_.Sentence(m.sentence).dateline ||
          v_.linking().entities[m.entity].type != "Country") {
        continue;
      }
      if (++count[m.entity] >= (best < 0 ? 1 : count[best])) best = m.entity;
    }
    return best;
  }

  // The state of the place a sentence opens with ("In Tokyo, …"); -1.
  int StateOfOpeningPlace(uint32_t sentence) const {
    const text::Sentence& s = v_.Sentence(sentence);
    if (s.token_begin + 3 >= s.token_end || v_.Lower(s.token_begin) != "in") return -1;
    const int m = v_.linking().MentionAt(s.token_begin + 1);
    if (m < 0 || v_.linking().mentions[m].token_begin != s.token_begin + 1 || !v_.IsPlace(m)) return -1;
    const uint32_t after = v_.linking().mentions[m].token_end;
    if (after >= s.token_end || v_.Word(after) != "," || v_.linking().mentions[m].entity < 0) return -1;
    return v_.StateOf(v_.linking().mentions[m].entity);
  }

  // Whether entity e is named in the sentence.
  bool NamedIn(int e, uint32_t sentence) const {
    return std::any_of(v_.linking().mentions.begin(), v_.linking().mentions.end(),
                       [&](const link::Mention& m) { return m.sentence == sentence && m.entity == e; });
  }

  // The state whose name opens the sentence as the subject of its verb
  // ("Ethiopia rejected …"), or the subject's owner or describer ("Islamabad's
  // reaction was sharp", "Kazakh officials insist"; not "Swedish prosecutors
  // said", a state's name no subject has), or -1.
  int StateOpening(uint32_t sentence) const {
    const text::Sentence& s = v_.Sentence(sentence);
    // ("The Russian embassy denied any involvement": a state's body as the
    // subject speaks for its state.)
    const uint32_t first = s.token_begin + 1 < s.token_end && v_.Lower(s.token_begin) == "the" ? s.token_begin + 1
                                                                                             : s.token_begin;
    for (const link::Mention& body : v_.linking().mentions) {
      if (body.sentence != sentence || body.token_begin < first || body.type != "ORG" || body.entity < 0) continue;
      // (Its name opens the sentence, after a demonym naming its state.)
      const int opener = v_.linking().MentionAt(first);
      const bool opens = body.token_begin == first ||
                         (opener >= 0 && v_.linking().mentions[opener].type == "NORP" &&
                          v_.linking().mentions[opener].token_end == body.token_begin);
      if (!opens) break;
      const link::DocEntity& e = v_.linking().entities[body.entity];
      if (e.type != "PublicBody" || e.country.empty() || v_.Dep(body.token_end - 1) != "nsubj") break;
      return v_.StateOf(body.entity);
    }
    const int m = v_.linking().MentionAt(s.token_begin);
    if (m < 0 || v_.linking().mentions[m].entity < 0) return -1;
    const std::string& type = v_.linking().mentions[m].type;
    if (type != "GPE" && type != "NORP") return -1;
    // ("China, which claims the islands, rejected the protest": the subject,
    // by the parse.)
    bool subject = false;
    for (uint32_t k = s.token_begin; k < v_.linking().mentions[m].token_end; ++k) {
      const std::string_view dep = v_.Dep(k);
      const int32_t head = v_.Head(k);
      const bool of_subject = head >= 0 && v_.Dep(static_cast<uint32_t>(head)) == "nsubj";
      if (type == "GPE") {
        subject |= dep == "nsubj" || (dep == "nmod:poss" && of_subject);  // "Islamabad's reaction"
      } else if ((dep == "amod" || dep == "compound") && of_subject) {
        // ("Kazakh officials": a demonym describing a state's voice.)
        subject |= v_.lexicon().HasCue(v_.Lower(static_cast<uint32_t>(head)), "state_voice_noun");
      }
    }
    if (!subject) return -1;
    const int e = v_.linking().mentions[m].entity;
    return v_.linking().entities[e].type == "Country" ? e : -1;
  }

  // Whether the person's possessive opens a visit to a place of the state
  // ("X's visit to New Delhi", "X's trip to India").
  bool VisitsState(const link::Mention& person, int state) const {
    const text::Sentence& s = v_.Sentence(person.sentence);
    uint32_t k = person.token_end;
    if (k + 3 >= s.token_end || !v_.IsPossessiveMark(k)) return false;
    ++k;
    if (v_.Lower(k) != "visit" && v_.Lower(k) != "trip") return false;
    if (v_.Lower(k + 1) != "to") return false;
    const int m = v_.linking().MentionAt(k + 2);
    if (m < 0 || v_.linking().mentions[m].entity < 0) return false;
    const int e = v_.linking().mentions[m].entity;
    return e == state || v_.StateOf(e) == state;
  }

  // In a sentence that tells of a visit ("during a visit to Kyiv", "on a
  // trip to"), the state its first name names when that is not `dateline`'s
  // state; else -1.
  int VisitingState(uint32_t sentence, int dateline) const {
    const text::Sentence& s = v_.Sentence(sentence);
    bool visit = false;
    for (uint32_t k = s.token_begin; k + 1 < s.token_end; ++k) {
      visit |= (v_.Lower(k) == "visit" || v_.Lower(k) == "trip") && v_.Lower(k + 1) == "to";
    }
    if (!visit) return -1;
    for (const link::Mention& m : v_.linking().mentions) {
      if (m.sentence < sentence || m.entity < 0) continue;
      if (m.sentence > sentence) break;
      const bool state = v_.linking().entities[m.entity].type == "Country";
      return state && m.entity != dateline ? m.entity : -1;
    }
    return -1;
  }

  // "Hsin Yuan Precision Co denied any wrongdoing … Chairman Lin Cheng-wei
  // told a news conference": a company office titled without a body
  // (company_office cue among the title's words) is in the one company the
  // story named before.
  void CompanyOffice(const link::Mention& person, const std::string* value) {
    if (value == nullptr || value->empty()) return;
    if (!TitleHasCue(person, "company_office")) return;
    int company = -1;
    for (const link::Mention& m : v_.linking().mentions) {
      if (m.token_begin >= person.token_begin) break;
      // (Not the agency of a dateline: "TAIPEI (Reuters) -".)
      if (m.entity < 0 || v_.Sentence(m.sentence).dateline || v_.linking().entities[m.entity].type != "Company" ||
          m.entity == company) {
        continue;
      }
      if (company >= 0) return;  // two companies: which one is unsaid
      company = m.entity;
    }
    if (company >= 0) Add(person.entity, *value, company, person.sentence);
  }

  // "BUCHAREST … Romania declared … The Foreign Ministry also summoned": a
  // state body named only as "the <…> Ministry" (its last word a
  // dateline_body cue), which nothing else ties to a state or body, is part
  // of the dateline's state when the story names that state.
  void BodiesOfDatelineState() {
    const int state = v_.DatelineState();
    if (state < 0) return;
    const auto& entities = v_.linking().entities;
    for (int e = 0; e < static_cast<int>(entities.size()); ++e) {
      const link::DocEntity& d = entities[e];
      if (d.type != "PublicBody" || d.kb != nullptr || !d.country.empty()) continue;
      // ("the State Secretariat for Economic Affairs", "the State Border
      // Guard Service": a word of the name says it is a state's body.)
      bool body = false;
      for (const std::string_view w : base::Split(d.name, ' ')) {
        body = body || v_.lexicon().HasCue(base::AsciiLower(w), "dateline_body");
      }
      if (!body) continue;
      if (std::any_of(out_.begin(), out_.end(), [&](const Relation& r) { return r.subject == e; })) continue;
      bool other = false;
      uint32_t first = UINT32_MAX;
      for (const link::Mention& m : v_.linking().mentions) {
        if (m.entity != e) continue;
        const bool the = m.token_begin > 0 && v_.Lower(m.token_begin - 1) == "the" &&
                         (m.token_end >= v_.seg().tokens.size() || v_.Lower(m.token_end) != "of");
        // (Its acronym says nothing of whose it is: "(SECO)".)
        const bool acronym = m.token_end == m.token_begin + 1 && base::IsAllCaps(v_.Word(m.token_begin));
        if (!the && !acronym) other = true;
        if (the && first == UINT32_MAX) first = m.sentence;
      }
      if (first != UINT32_MAX && !other) Add(e, "part_of", state, first);
    }
  }

  // "a cargo ship heading for the eastern port of Benghazi" in a story that
  // names Libya: a known place (the gazetteer says whose it is) lies in its
  // state when the document names that state; the evidence is the first
  // sentence naming both, else the first naming the place. (A place the
  // linker took for another state's namesake, "Palma" in Spain in a story of
  // Mozambique, relates to nothing: Spain is not named.)
  void PlacesOfNamedStates() {
    const auto& entities = v_.linking().entities;
    const auto& mentions = v_.linking().mentions;
    for (int e = 0; e < static_cast<int>(entities.size()); ++e) {
      const link::DocEntity& place = entities[e];
      if (place.type != "Location" || place.country.empty()) continue;
      int state = -1;
      for (int c = 0; c < static_cast<int>(entities.size()) && state < 0; ++c) {
        if (entities[c].type == "Country" && entities[c].country == place.country) state = c;
      }
      if (state < 0 || std::any_of(out_.begin(), out_.end(), [&](const Relation& r) {
            return r.subject == e && r.predicate == "located_in";
          })) {
        continue;
      }
      uint32_t first = UINT32_MAX, both = UINT32_MAX;
      for (const link::Mention& m : mentions) {
        if (m.entity != e) continue;
        first = std::min(first, m.sentence);
        const bool with_state = std::any_of(mentions.begin(), mentions.end(), [&](const link::Mention& o) {
          return o.entity == state && o.sentence == m.sentence;
        });
        if (with_state) both = std::min(both, m.sentence);
      }
      if (first != UINT32_MAX) Add(e, "located_in", state, both != UINT32_MAX ? both : first);
    }
  }

  // <ORG> of [the] <state>  =>  ORG part_of state ("Ministry of Foreign
  // Affairs of the Republic of Lithuania", a body no table places).
  void FromBodyOfState(size_t i) {
    const auto& ms = v_.linking().mentions;
    const link::Mention& b = ms[i];
    if (b.type != "ORG" || b.entity < 0 || i + 1 >= ms.size()) return;
    const link::DocEntity& body = v_.linking().entities[b.entity];
    if (body.type != "PublicBody" || body.kb != nullptr || !body.country.empty()) return;
    uint32_t k = b.token_end;
    if (k + 1 >= v_.Sentence(b.sentence).token_end || v_.Lower(k) != "of") return;
    if (v_.Lower(k + 1) == "the") ++k;
    const link::Mention& s = ms[i + 1];
    if (s.token_begin != k + 1 || s.entity < 0 || v_.linking().entities[s.entity].type != "Country") return;
    Add(b.entity, "part_of", s.entity, b.sentence);
  }

  // <demonym or state> <ORG words>  =>  ORG part_of state ("the Philippine
  // Coast Guard (PCG) said", "the Iranian Foreign Ministry"): a state's body
  // whose name, as the text writes it, opens with its state's demonym or name
  // (or its parent body's name, "GRU Unit 74455") is part of that state (or
  // body), when the story names it.
  void FromStateNamedBody(size_t i) {
    const link::Mention& b = v_.linking().mentions[i];
    if (b.type != "ORG" || b.entity < 0 || b.token_end - b.token_begin < 2) return;
    const link::DocEntity& body = v_.linking().entities[b.entity];
    if (body.type != "PublicBody" || body.country.empty()) return;
    const std::string_view first = v_.Word(b.token_begin);
    // ("GRU Unit 74455": or with the name of the body the tables say it
    // belongs to.)
    if (body.kb != nullptr && !body.kb->parent.empty()) {
      const kb::Entity* parent = v_.kb().Find(body.kb->parent);
      const int named = v_.EntityIndex(body.kb->parent);
      if (parent != nullptr && named >= 0 && named != b.entity &&
          (first == parent->name ||
           std::find(parent->aliases.begin(), parent->aliases.end(), first) != parent->aliases.end())) {
        Add(b.entity, "part_of", named, b.sentence);
        return;
      }
    }
    const kb::Entity* state = v_.kb().Find("country:" + body.country);
    const int named = v_.EntityIndex("country:" + body.country);
    if (state == nullptr || named < 0) return;
    bool opens = first == state->name;
    for (const std::string& d : state->demonyms) opens = opens || first == d;
    if (opens) Add(b.entity, "part_of", named, b.sentence);
  }

  // "killed two members of the group's elite Radwan Force": a unit named
  // after the possessive of a body's noun ("the group", "the militia") that
  // refers to an organisation is part of it.
  void FromPossessiveOfBodyNoun(size_t i) {
    const link::Mention& b = v_.linking().mentions[i];
    if (b.type != "ORG" || b.entity < 0) return;
    const uint32_t begin = v_.Sentence(b.sentence).token_begin;
    uint32_t k = b.token_begin;
    while (k > begin && b.token_begin - k < 2 && v_.StartsLower(k - 1) && v_.Upos(k - 1) == "ADJ") --k;
    const int owner = k >= begin + 3 ? BodyNounPossessor(k - 1) : -1;
    if (owner < 0 || owner == b.entity) return;
    const std::string& type = v_.linking().entities[owner].type;
    if (type == "Organization" || type == "PublicBody") Add(b.entity, "part_of", owner, b.sentence);
  }

  // "Kataib Hezbollah, one of the most powerful factions within the Popular
  // Mobilisation Forces": a group said to be one of the parts of a body
  // ("factions", "groups", "units"; within or of it) is part of it.
  void FromOneOfParts(size_t i) {
    const link::Mention& a = v_.linking().mentions[i];
    if (a.type != "ORG" || a.entity < 0) return;
    const uint32_t end = v_.Sentence(a.sentence).token_end;
    uint32_t k = a.token_end;
    if (k + 5 >= end || v_.Word(k) != "," || v_.Lower(k + 1) != "one" || v_.Lower(k + 2) != "of") return;
    k += 3;
    // (Up to five words describing the parts: "the most powerful".)
    uint32_t noun = k;
    while (noun < end && noun < k + 5 && v_.StartsLower(noun) && !v_.lexicon().HasCue(v_.Lower(noun), "part_noun")) {
      ++noun;
    }
    if (noun + 2 >= end || !v_.lexicon().HasCue(v_.Lower(noun), "part_noun")) return;
    uint32_t at = noun + 1;
    if (v_.Lower(at) != "within" && v_.Lower(at) != "of" && v_.Lower(at) != "in") return;
    ++at;
    if (v_.Lower(at) == "the" && at + 1 < end) ++at;
    const int m = v_.linking().MentionAt(at);
    if (m < 0 || v_.linking().mentions[m].token_begin != at || v_.linking().mentions[m].type != "ORG") return;
    Add(a.entity, "part_of", v_.linking().mentions[m].entity, a.sentence);
  }

  // <GPE/ORG> 's <ORG>  =>  ORG part_of GPE/ORG
  void FromPossessive(size_t i) {
    const auto& ms = v_.linking().mentions;
    const link::Mention& a = ms[i];
    if (i + 1 >= ms.size() || (a.type != "GPE" && a.type != "ORG" && a.type != "PERSON")) return;
    const link::Mention& b = ms[i + 1];
    if (b.type != "ORG" || b.entity < 0 || b.token_begin != a.token_end + 1) return;
    // ("The Philippines' Department of Foreign Affairs": or an apostrophe
    // alone, glued to a name ending in "s".)
    const std::string_view clitic = v_.Word(a.token_end);
    const bool bare = (clitic == "'" || clitic == "\u2019") && v_.Word(a.token_end - 1).ends_with('s') &&
                      v_.seg().tokens[a.token_end].begin == v_.seg().tokens[a.token_end - 1].end;
    if (!bare && !base::IsPossessiveClitic(v_.Lower(a.token_end))) return;
    // Not a name that qualifies an office: "Iran's U.N. ambassador", "Israel's
    // Knesset speaker", "Russia's U.N. Ambassador X" are no parts of the
    // state; nor is an organisation of states ever one state's.
    if (b.token_end < v_.Sentence(b.sentence).token_end &&
        (v_.cues().Has(link::CueKind::kTitle, v_.Word(b.token_end)) ||
         v_.lexicon().HasCue(v_.Lower(b.token_end), "envoy_noun"))) {
      return;
    }
    if (const kb::Entity* known = v_.linking().entities[b.entity].kb;
        a.type == "GPE" && known != nullptr && known->sector == "igo") {
      return;
    }
    // ("Khalifa Haftar's Libyan National Army", "Netanyahu's Likud": a
    // person's armed group, party or movement is one the person leads.)
    if (a.type == "PERSON") {
      if (v_.linking().entities[b.entity].type == "Organization" && a.entity >= 0) {
        Add(a.entity, "leader_of", b.entity, a.sentence);
      }
      return;
    }
    // ("South Korea's Hanwha Aerospace": a state's company lies in it; the
    // tables do not say which the state owns. "Colombia's National
    // Liberation Army": so does an armed group, no part of the state.)
    // ("Iran's Fordow enrichment plant": so does a site, named before the
    // noun of its kind, facility_noun cues.)
    const link::DocEntity& owned = v_.linking().entities[b.entity];
    const uint32_t stop = v_.Sentence(b.sentence).token_end;
    uint32_t kind = b.token_end;
    while (kind < stop && kind < b.token_end + 2 && v_.StartsLower(kind) &&
           !v_.lexicon().HasCue(v_.Lower(kind), "facility_noun")) {
      ++kind;
    }
    const bool site = kind < stop && v_.StartsLower(kind) && v_.lexicon().HasCue(v_.Lower(kind), "facility_noun");
    const bool company = (owned.type == "Company" || site ||
                          (owned.kb != nullptr && owned.kb->sector == "armed_group")) &&
                         a.entity >= 0 && v_.linking().entities[a.entity].type == "Country";
    Add(b.entity, company ? "located_in" : "part_of", a.entity, a.sentence);
  }

  // <PERSON> from <ORG> / from <GPE>'s <ORG> / from <GPE>
  void FromPreposition(size_t i) {
    const auto& ms = v_.linking().mentions;
    const link::Mention& p = ms[i];
    if (p.type != "PERSON" || i + 1 >= ms.size()) return;
    if (p.token_end >= v_.seg().tokens.size() || v_.Lower(p.token_end) != "from") return;
    const link::Mention& x = ms[i + 1];
    if (x.token_begin != p.token_end + 1 || x.entity < 0) return;
    if (x.type == "ORG") {
      Add(p.entity, "member_of", x.entity, p.sentence);
    } else if (x.type == "GPE" && i + 2 < ms.size() && ms[i + 2].type == "ORG" &&
               ms[i + 2].token_begin == x.token_end + 1 && base::IsPossessiveClitic(v_.Lower(x.token_end))) {
      Add(p.entity, "member_of", ms[i + 2].entity, p.sentence);
    } else if (x.type == "GPE") {
      Add(p.entity, "citizen_of", x.entity, p.sentence);
    }
  }

  // "Prime Minister Irakli Kobakhidze of the ruling Georgian Dream party",
  // "Maximilian Krah of the far-right Alternative for Germany party": a
  // person named "of" a party (its name, then the word "party", past up to
  // four describing words and hyphens) is its member.
  void FromPartyOf(size_t i) {
    const auto& ms = v_.linking().mentions;
    const link::Mention& p = ms[i];
    if (p.type != "PERSON" || i + 1 >= ms.size()) return;
    const uint32_t end = v_.Sentence(p.sentence).token_end;
    uint32_t k = p.token_end;
    if (k + 2 >= end || v_.Lower(k) != "of") return;
    ++k;
    if (v_.Lower(k) == "the") ++k;
    // (Words joined by a hyphen count as one: "far-right".)
    for (int d = 0; d < 4 && k < end && v_.linking().MentionAt(k) < 0 &&
                    (v_.StartsLower(k) || (v_.Word(k) == "-" && v_.HyphenJoined(k + 1)));
         ++d) {
      ++k;
    }
    const link::Mention& party = ms[i + 1];
    if (party.token_begin != k || party.type != "ORG" || party.entity < 0 || party.token_end >= end ||
        v_.Lower(party.token_end) != "party") {
      return;
    }
    Add(p.entity, "member_of", party.entity, p.sentence);
  }

  // "NATO members Turkey and Bulgaria", "EU member states Hungary and
  // Slovakia", "Albania, a NATO member since 2009": the states a body's
  // name and "member" (or "members", "member state", "member country")
  // name, or the state in apposition to it, are its members.
  void FromMemberNoun(size_t i) {
    const auto& ms = v_.linking().mentions;
    const link::Mention& body = ms[i];
    if (body.type != "ORG" || body.entity < 0 || OrgOrState(body.entity) == nullptr) return;
    const uint32_t end = v_.Sentence(body.sentence).token_end;
    uint32_t k = body.token_end;
    if (k >= end || (v_.Lower(k) != "member" && v_.Lower(k) != "members")) return;
    ++k;
    if (k < end && (v_.Lower(k) == "state" || v_.Lower(k) == "states" || v_.Lower(k) == "country" ||
                    v_.Lower(k) == "countries" || v_.Lower(k) == "nations")) {
      ++k;
    }
    const auto state = [&](int e) { return e >= 0 && v_.linking().entities[e].type == "Country"; };
    // ("Albania, a NATO member": the state before the article and a comma.)
    if (body.token_begin >= 3 && (v_.Lower(body.token_begin - 1) == "a" || v_.Lower(body.token_begin - 1) == "an") &&
        v_.Word(body.token_begin - 2) == ",") {
      const int named = EntityOfMentionEndingAt(body.token_begin - 2);
      if (state(named)) Add(named, "member_of", body.entity, body.sentence);
      return;
    }
    // The states listed right after (ItemAt reads the whole list).
    if (k >= end) return;
    uint32_t next = k;
    const std::vector<int> items = v_.ItemAt(k, &next);
    if (items.empty() || !std::all_of(items.begin(), items.end(), state)) return;
    for (int x : items) Add(x, "member_of", body.entity, body.sentence);
  }

  // "Dorothy Shea of the United States said", "Vassily Nebenzia (Russian
  // Federation) said": a person named with no title, "of" a state or with
  // the state in brackets, as a speaker (a verb of saying right after; any
  // verb after the brackets), speaks for that state (the style of the United
  // Nations' meeting summaries).
  void FromSpeakerOfState(size_t i) {
    const auto& ms = v_.linking().mentions;
    const link::Mention& p = ms[i];
    if (p.type != "PERSON" || p.title_token >= 0 || i + 1 >= ms.size()) return;
    const uint32_t end = v_.Sentence(p.sentence).token_end;
    uint32_t k = p.token_end;
    const bool bracket = k + 3 < end && v_.Word(k) == "(";
    if (k + 2 >= end || (v_.Lower(k) != "of" && !bracket)) return;
    if (!bracket && v_.Lower(k + 1) == "the") ++k;
    const link::Mention& x = ms[i + 1];
    const uint32_t after = bracket ? x.token_end + 1 : x.token_end;
    // ("Fu Cong of China, who voted in favour, said", "Amar Bendjama of
    // Algeria, speaking on behalf of the A3": or a relative clause or a
    // participle set off after the state.)
    const bool aside = !bracket && after + 1 < end && v_.Word(after) == "," &&
                       (v_.Lower(after + 1) == "who" ||
                        (v_.Upos(after + 1) == "VERB" && v_.Lower(after + 1).ends_with("ing")));
    if (x.token_begin != k + 1 || x.entity < 0 || after >= end ||
        v_.linking().entities[x.entity].type != "Country" || (bracket && v_.Word(x.token_end) != ")") ||
        !(v_.lexicon().HasCue(v_.Lower(after), "speech_verb") || (bracket && v_.Upos(after) == "VERB") || aside)) {
      return;
    }
    Add(p.entity, "role_in", x.entity, p.sentence);
  }

  // <PERSON> , <GPE>'s <role words>  =>  role_in GPE
  void FromApposition(size_t i) {
    const auto& ms = v_.linking().mentions;
    const link::Mention& p = ms[i];
    if (p.type != "PERSON" || i + 1 >= ms.size()) return;
    const link::Mention& g = ms[i + 1];
    if (g.type != "GPE" || g.entity < 0 || g.token_begin != p.token_end + 1) return;
    if (v_.Word(p.token_end) != "," || g.token_end >= v_.seg().tokens.size()) return;
    if (!base::IsPossessiveClitic(v_.Lower(g.token_end))) return;
    Add(p.entity, "role_in", g.entity, p.sentence);
  }

  // "a senior US Treasury official, Assistant Secretary Mark Delaney", "an
  // Iranian official, X": a body's (or a demonym's state's) official in
  // apposition to the name holds a role in it.
  // "the Maldivian envoy in New Delhi, Ibrahim Shaheeb", "Pakistan's special
  // envoy for Afghanistan, Mohammad Sadiq": an office (a title's word in
  // lower case) of a state named by its demonym or possessive, in apposition
  // to the person, is a role in that state (past a place or portfolio after
  // "in", "for" or "to").
  void FromStateOfficeApposition(size_t i) {
    const link::Mention& p = v_.linking().mentions[i];
    if (p.type != "PERSON" || p.entity < 0 || p.title_token >= 0) return;
    const uint32_t begin = v_.Sentence(p.sentence).token_begin;
    if (p.token_begin < begin + 3 || v_.Word(p.token_begin - 1) != ",") return;
    uint32_t k = p.token_begin - 2;  // the description's last word
    if (const int m = v_.linking().MentionAt(k); m >= 0 && v_.linking().mentions[m].token_begin > begin + 1) {
      const uint32_t before = v_.linking().mentions[m].token_begin - 1;
      const std::string& w = v_.Lower(before);
      if (w != "in" && w != "for" && w != "to") return;
      k = before - 1;
    }
    if (!v_.StartsLower(k) || v_.cues().FindCapitalisedTitle(v_.Lower(k)) == nullptr) return;
    uint32_t j = k;
    while (j > begin && k - j < 3 && v_.StartsLower(j - 1) && v_.Upos(j - 1) == "ADJ") --j;
    if (j <= begin) return;
    int state = -1;
    if (const int m = v_.linking().MentionAt(j - 1); m >= 0 && v_.linking().mentions[m].type == "NORP") {
      state = v_.StateOf(v_.linking().mentions[m].entity);
    } else if (j >= begin + 2 && base::IsPossessiveClitic(v_.Lower(j - 1))) {
      const int owner = EntityOfMentionEndingAt(j - 1);
      if (owner >= 0 && v_.linking().entities[owner].type == "Country") state = owner;
    }
    if (state >= 0 && state != p.entity) Add(p.entity, "role_in", state, p.sentence);
  }

  void FromOfficialApposition(size_t i) {
    const link::Mention& p = v_.linking().mentions[i];
    if (p.type != "PERSON") return;
    const uint32_t begin = v_.Sentence(p.sentence).token_begin;
    uint32_t start = p.title_token >= 0 ? static_cast<uint32_t>(p.title_token) : p.token_begin;
    // (Over a title no cue lists: "Assistant Secretary".)
    for (uint32_t n = 0; n < 3 && start > begin && !v_.StartsLower(start - 1) && base::HasLetter(v_.Word(start - 1)) &&
                         v_.linking().MentionAt(start - 1) < 0;
         ++n) {
      --start;
    }
    if (start < begin + 4 || v_.Word(start - 1) != "," || v_.Lower(start - 2) != "official") return;
    const int m = v_.linking().MentionAt(start - 3);
    if (m < 0 || v_.linking().mentions[m].entity < 0 || v_.linking().mentions[m].token_end != start - 2) return;
    const link::Mention& body = v_.linking().mentions[m];
    // An article opens the description, over lower-case adjectives.
    uint32_t a = body.token_begin;
    while (a > begin && body.token_begin - a < 3 && v_.StartsLower(a - 1) && v_.Upos(a - 1) == "ADJ") --a;
    if (a == begin || (v_.Lower(a - 1) != "a" && v_.Lower(a - 1) != "an")) return;
    const int org = body.type == "NORP" ? v_.StateOf(body.entity) : body.entity;
    if (org < 0 || OrgOrState(org) == nullptr) return;
    AddRole(p.entity, "role_in", org, p.sentence);
  }

  // The relation a role phrase names (words [b, e): "chief executive",
  // "director"): the whole phrase as a title, else its last word; lower-case
  // words are also read capitalised ("director" is the title "Director").
  // With `definite` the capitalised title is read first: "X, commander of the
  // Navy" heads it, "X, a commander of Hamas" (the lower-case entry) is one
  // of its members.
  const std::string* RoleRelation(uint32_t b, uint32_t e, bool definite = false) const {
    const auto title = [&](const std::string& phrase) -> const std::string* {
      if (definite) {
        if (const std::string* v = v_.cues().FindCapitalisedTitle(phrase); v != nullptr && !v->empty()) return v;
      }
      if (const std::string* v = v_.cues().Find(link::CueKind::kTitle, phrase); v != nullptr && !v->empty()) return v;
      const std::string* v = v_.cues().FindCapitalisedTitle(phrase);
      return v != nullptr && !v->empty() ? v : nullptr;
    };
    std::string phrase;
    for (uint32_t k = b; k < e; ++k) {
      // ("Secretary-General": no space where the text has none.)
      const bool glued = k > b && v_.seg().tokens[k].begin == v_.seg().tokens[k - 1].end;
      phrase += (k > b && !glued ? " " : "") + std::string(v_.Word(k));
    }
    if (const std::string* v = title(phrase)) return v;
    if (e <= b + 1) return nullptr;
    const std::string* v = title(std::string(v_.Word(e - 1)));
    // ("deputy assistant director": a deputy holds a role, he does not lead;
    // "finance director": nor does the head of one department, department_word
    // cues.)
    static const std::string kRoleIn = "role_in";
    for (uint32_t k = b; v != nullptr && *v == "leader_of" && k + 1 < e; ++k) {
      const std::string& w = v_.Lower(k);
      if (w == "deputy" || w == "vice" || w == "assistant" || w == "associate" ||
          v_.lexicon().HasCue(w, "department_word")) {
        return &kRoleIn;
      }
    }
    return v;
  }

  // A role word: lower case letters (or an all-capital abbreviation, "CEO"),
  // no pronoun, article, conjunction or preposition.
  bool RoleWord(uint32_t k) const {
    const std::string_view w = v_.Word(k);
    if (w.empty() || v_.linking().MentionAt(k) >= 0 || v_.cues().Has(link::CueKind::kPronoun, w) ||
        v_.cues().Has(link::CueKind::kRelative, w)) {
      return false;
    }
    static constexpr std::string_view kFunction[] = {"a", "an", "the", "and", "or", "of", "at", "for", "with",
                                                     "in", "on", "to", "by", "from", "former"};
    if (std::find(std::begin(kFunction), std::end(kFunction), w) != std::end(kFunction)) return false;
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
           (w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
  }

  // <ORG>'s <role> , <PERSON>   /   its <role> , <PERSON>
  // (A demonym and a common noun may describe the person: "its director,
  // Indian national Rakesh Varma".)
  // (So may a copula stand for the comma: "Sinar's sole director is Mohd
  // Faizal Rahman", "Polotsk Air Cargo LLC, whose director is X".)
  void FromRoleBefore(size_t i) {
    const link::Mention& p = v_.linking().mentions[i];
    if (p.type != "PERSON" || p.token_begin < 3) return;
    uint32_t comma = p.token_begin - 1;
    const link::Mention* demonym = i > 0 ? &v_.linking().mentions[i - 1] : nullptr;
    // ("Myanmar national Aung Kyaw Moe": a state's name before a citizen
    // noun describes him too.)
    const bool state_citizen = demonym != nullptr && demonym->type == "GPE" && demonym->entity >= 0 &&
                               v_.linking().entities[demonym->entity].type == "Country" &&
                               v_.lexicon().HasCue(v_.Lower(p.token_begin - 1), "citizen_noun");
    if (demonym != nullptr && (demonym->type == "NORP" || state_citizen) && demonym->token_end + 1 == p.token_begin &&
        v_.StartsLower(p.token_begin - 1) && demonym->token_begin > 0) {
      comma = demonym->token_begin - 1;
    }
    const uint32_t sentence_begin = v_.Sentence(p.sentence).token_begin;
    // ("The junta's spokesman, Major General Zaw Min Tun": past a rank.)
    if (v_.Word(comma) != ",") {
      uint32_t k = p.token_begin;
      while (k > sentence_begin + 1 && p.token_begin - k < 3 && !v_.StartsLower(k - 1) &&
             v_.linking().MentionAt(k - 1) < 0 &&
             (v_.cues().Has(link::CueKind::kTitle, v_.Word(k - 1)) ||
              v_.cues().FindCapitalisedTitle(v_.Lower(k - 1)) != nullptr)) {
        --k;
      }
      if (k < p.token_begin && v_.Word(k - 1) == ",") comma = k - 1;
    }
    // ("whose sole director is a Sudanese businessman, Osman Idris Fadul":
    // the copula before a description in apposition to the name.)
    if (v_.Word(comma) == "," && comma > sentence_begin + 3 && v_.StartsLower(comma - 1) &&
        v_.Upos(comma - 1) == "NOUN") {
      uint32_t k = comma - 1;
      if (const int d = v_.linking().MentionAt(k - 1); d >= 0 && v_.linking().mentions[d].type == "NORP") {
        k = v_.linking().mentions[d].token_begin;
      }
      if (k > sentence_begin + 2 && (v_.Lower(k - 1) == "a" || v_.Lower(k - 1) == "an") &&
          (v_.Lower(k - 2) == "is" || v_.Lower(k - 2) == "was")) {
        comma = k - 2;
      }
    }
    const bool copula = v_.Lower(comma) == "is" || v_.Lower(comma) == "was";
    if (v_.Word(comma) != "," && !copula) {
      OwnRoleBefore(p, sentence_begin);
      return;
    }
    // ("Cambodia's ambassador to the United Nations, Chhea Keo": the body
    // the office is held at may end the role.)
    uint32_t role_end = comma;
    if (const int at = v_.linking().MentionAt(comma - 1); at >= 0 && v_.linking().mentions[at].type == "ORG") {
      uint32_t j = v_.linking().mentions[at].token_begin;
      if (j > sentence_begin && v_.Lower(j - 1) == "the") --j;
      if (j > sentence_begin + 1 && (v_.Lower(j - 1) == "to" || v_.Lower(j - 1) == "at")) role_end = j - 1;
    } else if (at >= 0 && v_.IsPlace(at)) {
      // ("Australia's high commissioner in Honiara, Catherine Lyall": where
      // the office is held; "Russia's ambassador to Germany, Sergei
      // Lavrentyev": the state an envoy is sent to.)
      uint32_t j = v_.linking().mentions[at].token_begin;
      if (j > sentence_begin && v_.Lower(j - 1) == "the") --j;
      const bool sent_to = j > sentence_begin + 1 && v_.Lower(j - 1) == "to" &&
                           v_.lexicon().HasCue(v_.Lower(j - 2), "envoy_noun");
      if (j > sentence_begin + 1 && (v_.Lower(j - 1) == "in" || sent_to)) role_end = j - 1;
    }
    uint32_t b = role_end;  // the role words are [b, role_end)
    // ("South Korea's presidential national security adviser, Chang Ho-jin":
    // up to four words.)
    while (b > sentence_begin && role_end - b < 4 && RoleWord(b - 1)) --b;
    // ("China's special envoy for Myanmar affairs, Deng Xijun": past a
    // portfolio naming a place after "for".)
    if (const int place = b < role_end && b > sentence_begin + 3 ? v_.linking().MentionAt(b - 1) : -1;
        place >= 0 && v_.IsPlace(place) && v_.linking().mentions[place].token_end == b &&
        v_.linking().mentions[place].token_begin > sentence_begin + 2 &&
        v_.Lower(v_.linking().mentions[place].token_begin - 1) == "for") {
      role_end = v_.linking().mentions[place].token_begin - 1;
      b = role_end;
      while (b > sentence_begin && role_end - b < 4 && RoleWord(b - 1)) --b;
    }
    // ("Amnesty International's Nigeria director, Isa Sanusi": a place's name
    // among the role's words, after the owner's possessive; a region's
    // director is no leader of the whole.)
    bool regional = false;
    const uint32_t office_begin = b;  // the office's own words, past a region's name
    if (const int place = b < role_end && b > sentence_begin + 2 ? v_.linking().MentionAt(b - 1) : -1;
        place >= 0 && v_.IsPlace(place) && v_.linking().mentions[place].token_end == b &&
        v_.linking().mentions[place].token_begin > sentence_begin &&
        v_.IsPossessiveMark(v_.linking().mentions[place].token_begin - 1)) {
      b = v_.linking().mentions[place].token_begin;
      regional = true;
    }
    // ("Russia's ambassador to international organisations in Vienna,
    // Mikhail Ulyanov": an envoy's office, past whom he is sent to.)
    if (b > sentence_begin + 2 && b < role_end && v_.Lower(b - 1) == "to" &&
        v_.lexicon().HasCue(v_.Lower(b - 2), "envoy_noun") && v_.IsPossessiveMark(b - 3)) {
      role_end = b - 1;
      b = b - 2;
    }
    if (b == role_end) CapitalisedOffice(sentence_begin, &b, &role_end);
    const uint32_t words_end = role_end;
    if (b > sentence_begin && !v_.IsPossessiveMark(b - 1)) LowerCaseOfficeWithPortfolio(sentence_begin, &b, &role_end);
    if (b == role_end || b <= sentence_begin) return;
    // ("Russia's chief of the general staff, Valery Gerasimov": the head of
    // a unit, after its portfolio, leads no state.)
    const bool unit_head = role_end < words_end;
    // ("Its founder and chief executive, X": two roles joined; the last
    // names the relation.)
    uint32_t role_begin = b;
    if (b >= sentence_begin + 3 && v_.Lower(b - 1) == "and" && RoleWord(b - 2) && !RoleWord(b - 3)) b -= 2;
    std::vector<int> org;
    if (v_.IsPossessiveMark(b - 1)) {
      if (const int e = EntityOfMentionEndingAt(b - 1); e >= 0) {
        org.push_back(e);
      } else if (b >= 3 && v_.StartsLower(b - 2) && v_.Lower(b - 3) == "the") {
        org = v_.Referents(b - 2);  // "The company's chief executive, Farid Alizada"
        // ("The defendant's lawyer, Markus Ebeling": the one charged is the
        // last person named before.)
        if (org.empty() && v_.lexicon().HasCue(v_.Lower(b - 2), "accused_noun")) {
          if (const int accused = LastPersonBefore(b - 3); accused >= 0) org.push_back(accused);
        }
      }
    } else if (b > sentence_begin && (v_.Lower(b - 1) == "his" || v_.Lower(b - 1) == "her")) {
      // ("His lawyer, Markus Ebeling": the person "his" stands for.)
      org = v_.Referents(b - 1);
    } else if (b >= sentence_begin + 3 && v_.Lower(b - 1) == "its" && v_.Lower(b - 2) == "and" &&
               NamedBeforeAnd(b - 2) >= 0 && OrgOrState(NamedBeforeAnd(b - 2)) != nullptr) {
      // ("Also sanctioned were TV Prim Orizont, a channel the EU said had
      // spread propaganda, and its director, Ludmila Ceban": the body listed
      // before.)
      org.push_back(NamedBeforeAnd(b - 2));
    } else if (v_.Lower(b - 1) == "whose") {
      // ("Coral Meridian Shipping Ltd, a company in Dubai whose only
      // director, Indian national Ashwin Raghavan": the body described.)
      if (const int described = NamedBeforeWhose(b - 1); described >= 0) org.push_back(described);
    } else if (v_.Lower(b - 1) == "its" || v_.Lower(b - 1) == "their") {
      org = v_.Referents(b - 1);
      // ("detained four of the company's employees, including its country
      // manager, X": "its" is the body named since as "the company".)
      for (uint32_t k = b - 1; k > sentence_begin + 1 && v_.linking().MentionAt(k - 1) < 0; --k) {
        if (base::IsPossessiveClitic(v_.Lower(k - 1)) && v_.StartsLower(k - 2) && k >= sentence_begin + 3 &&
            v_.Lower(k - 3) == "the" && v_.cues().Has(link::CueKind::kOrgNoun, v_.Lower(k - 2))) {
          org = v_.Referents(k - 2);
          break;
        }
      }
    } else if (const int body = v_.linking().MentionAt(b - 1); body >= 0) {
      // "Iran's U.N. ambassador, Amir Saeid Iravani": the office is the
      // state's, the body only says where it is held.
      const link::Mention& named = v_.linking().mentions[body];
      // ("The UK Foreign Secretary, David Lammy": a state's name before a
      // capitalised office.)
      if (named.type == "GPE" && named.entity >= 0 && v_.linking().entities[named.entity].type == "Country" &&
          !v_.StartsLower(b)) {
        org.push_back(named.entity);
      }
      if (named.type == "ORG" && named.token_begin >= sentence_begin + 2 &&
          base::IsPossessiveClitic(v_.Lower(named.token_begin - 1))) {
        const int state = v_.linking().MentionAt(named.token_begin - 2);
        if (state >= 0 && v_.linking().mentions[state].type == "GPE" && v_.linking().mentions[state].entity >= 0) {
          org.push_back(v_.linking().mentions[state].entity);
        }
      }
    }
    // ("Volkonsky's lawyer, Andreas Christofides": one who acts for a person
    // is his associate.)
    if (org.size() == 1 && v_.linking().entities[org.front()].type == "Person" && role_end == role_begin + 1 &&
        v_.lexicon().HasCue(v_.Lower(role_begin), "client_role")) {
      Add(p.entity, "associate_of", org.front(), p.sentence);
      return;
    }
    if (org.size() != 1 || OrgOrState(org.front()) == nullptr) return;
    if (const std::string* rel = RoleRelation(regional ? office_begin : role_begin, role_end)) {
      AddRole(p.entity, (unit_head || regional) && *rel == "leader_of" ? "role_in" : *rel, org.front(), p.sentence);
    }
  }

  // The person of the last person's mention ending before token k, in its
  // sentence or the three before; -1 when there is none.
  int LastPersonBefore(uint32_t k) const {
    const uint32_t sentence = v_.SentenceOf(k);
    const auto& mentions = v_.linking().mentions;
    for (size_t i = mentions.size(); i-- > 0;) {
      const link::Mention& m = mentions[i];
      if (m.token_end > k) continue;
      if (m.sentence + 3 < sentence) break;
      if (m.type == "PERSON" && m.entity >= 0) return m.entity;
    }
    return -1;
  }

  // "the United Arab Emirates' minister of state for foreign affairs, Khalid
  // Al Suwaidi": an office written in lower case, its portfolio after "for"
  // or "of" left out, right after a possessive. Sets [*b, *end) to the
  // office's words when they name a title; else leaves both.
  void LowerCaseOfficeWithPortfolio(uint32_t sentence_begin, uint32_t* b, uint32_t* end) const {
    constexpr uint32_t kMaxPortfolio = 4, kMaxOffice = 4;
    for (uint32_t f = *end; f > sentence_begin + 2 && *end - f < kMaxPortfolio;) {
      --f;
      if (!v_.StartsLower(f) || v_.linking().MentionAt(f) >= 0) return;
      if (v_.Lower(f) != "for" && v_.Lower(f) != "of") continue;
      for (uint32_t k = f - 1; k > sentence_begin && f - k <= kMaxOffice && v_.StartsLower(k); --k) {
        if (v_.IsPossessiveMark(k - 1) && RoleRelation(k, f) != nullptr) {
          *b = k;
          *end = f;
          return;
        }
      }
    }
  }

  // "Uganda's State Minister for Regional Cooperation, Patrick Okello": a
  // capitalised office of up to three words ending at *end, its portfolio
  // after "for" or "of" (ending in a portfolio word) left out. Sets [*b,
  // *end) to the office's words when they name a title; else leaves both.
  void CapitalisedOffice(uint32_t sentence_begin, uint32_t* b, uint32_t* end) const {
    uint32_t e = *end;
    // ("Minister for Defence Production": a portfolio word among the
    // capitalised words after "for" or "of".)
    if (e > sentence_begin + 2) {
      uint32_t p = e;
      bool portfolio = false;
      while (p > sentence_begin && e - p < 4 && !v_.StartsLower(p - 1) && base::HasLetter(v_.Word(p - 1))) {
        portfolio = portfolio || v_.cues().Has(link::CueKind::kPortfolio, v_.Word(p - 1));
        --p;
      }
      if (portfolio && p < e && p > sentence_begin + 1 && (v_.Word(p - 1) == "for" || v_.Word(p - 1) == "of")) {
        e = p - 1;
      }
    }
    uint32_t k = e;
    // (Not the article: "The President of Kenya, X". A French particle
    // elided before a capital is part of it: "Chargé d'Affaires".)
    const auto capitalised = [&](uint32_t w) {
      return !v_.StartsLower(w) || (v_.Word(w).starts_with("d'") && v_.Word(w).size() > 2 &&
                                    v_.Word(w)[2] >= 'A' && v_.Word(w)[2] <= 'Z');
    };
    while (k > sentence_begin && e - k < 3 && capitalised(k - 1) && base::HasLetter(v_.Word(k - 1)) &&
           !base::IsPossessiveClitic(v_.Lower(k - 1)) && v_.linking().MentionAt(k - 1) < 0 &&
           v_.Lower(k - 1) != "the") {
      --k;
    }
    if (k == e || RoleRelation(k, e) == nullptr) return;
    *b = k;
    *end = e;
  }

  // "Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Yerlan
  // Abishev": a capitalised office (its portfolio after "of" or "for" left
  // out), "of", a state and the person right after it.
  void FromOfficeOfStateBefore(size_t i) {
    constexpr uint32_t kMaxOfficeWords = 8;
    const auto& ms = v_.linking().mentions;
    const link::Mention& p = ms[i];
    if (p.type != "PERSON" || i == 0 || p.entity < 0) return;
    const link::Mention& state = ms[i - 1];
    if (state.token_end != p.token_begin || state.entity < 0 || v_.linking().entities[state.entity].type != "Country") {
      return;
    }
    const uint32_t begin = v_.Sentence(p.sentence).token_begin;
    uint32_t of = state.token_begin;
    if (of > begin && v_.Lower(of - 1) == "the") --of;
    if (of < begin + 2 || v_.Lower(of - 1) != "of") return;
    --of;
    // The office's words: capitalised, or "of", "for" and "and" inside it.
    uint32_t b = of;
    const auto office_word = [&](uint32_t k) {
      const std::string& w = v_.Lower(k);
      return v_.linking().MentionAt(k) < 0 && base::HasLetter(v_.Word(k)) &&
             (!v_.StartsLower(k) || w == "of" || w == "for" || w == "and");
    };
    while (b > begin && of - b < kMaxOfficeWords && office_word(b - 1)) --b;
    while (b < of && v_.StartsLower(b)) ++b;
    // (Not one who held it: "former King of Nepal Gyanendra".)
    if (b > begin && (v_.Lower(b - 1) == "former" || v_.Lower(b - 1) == "late")) return;
    // ("Deputy Minister" of "Deputy Minister of Foreign Affairs".)
    uint32_t e = b;
    while (e < of && v_.Lower(e) != "of" && v_.Lower(e) != "for") ++e;
    if (e == b) return;
    if (const std::string* rel = RoleRelation(b, e, true)) Add(p.entity, *rel, state.entity, p.sentence);
  }

  // <role> for <state>'s <body> , <PERSON> ("A spokesman for India's
  // External Affairs Ministry, Rohan Mathur, said"): an office in the
  // state's body is one of the state.
  void FromRoleForStateBody(size_t i) {
    const link::Mention& p = v_.linking().mentions[i];
    const uint32_t sentence_begin = v_.Sentence(p.sentence).token_begin;
    if (p.type != "PERSON" || p.token_begin < sentence_begin + 6 || v_.Word(p.token_begin - 1) != ",") return;
    // The body's words: its name or up to three words naming it.
    uint32_t w = p.token_begin - 1;
    for (uint32_t n = 0; n < 3 && w > sentence_begin; ++n) {
      if (const int m = v_.linking().MentionAt(w - 1); m >= 0) {
        if (v_.linking().mentions[m].type != "ORG") break;
        w = v_.linking().mentions[m].token_begin;
      } else if (base::HasLetter(v_.Word(w - 1)) && !base::IsPossessiveClitic(v_.Lower(w - 1)) &&
                 (v_.lexicon().HasCue(v_.Lower(w - 1), "state_body_noun") || v_.Upos(w - 1) == "ADJ" ||
                  v_.Upos(w - 1) == "PROPN" || v_.Upos(w - 1) == "NOUN")) {
        --w;
      } else {
        break;
      }
    }
    if (w == p.token_begin - 1 || w < sentence_begin + 4 || !base::IsPossessiveClitic(v_.Lower(w - 1))) return;
    const int sm = v_.linking().MentionAt(w - 2);
    if (sm < 0 || v_.linking().mentions[sm].entity < 0) return;
    const int state = v_.linking().mentions[sm].entity;
    if (v_.linking().entities[state].type != "Country") return;
    // (The body is a state's: one of its words is a state body's noun.)
    bool body = false;
    for (uint32_t k = w; k + 1 < p.token_begin; ++k) body = body || v_.lexicon().HasCue(v_.Lower(k), "state_body_noun");
    const uint32_t f = v_.linking().mentions[sm].token_begin;
    if (!body || f < sentence_begin + 2 || v_.Lower(f - 1) != "for") return;
    uint32_t b = f - 1;
    while (b > sentence_begin && f - 1 - b < 2 && RoleWord(b - 1)) --b;
    if (b == f - 1) return;
    if (RoleRelation(b, f - 1) != nullptr) Add(p.entity, "role_in", state, p.sentence);
  }

  // its [<describing words>] <role> <PERSON> ("a Singapore-registered company,
  // Azure Strait Petroleum Pte Ltd, its Myanmar-born director Min Thant Zaw"):
  // the role is in the organisation "its" refers to.
  void OwnRoleBefore(const link::Mention& p, uint32_t sentence_begin) {
    const uint32_t role_end = p.token_begin;
    uint32_t b = role_end;
    while (b > sentence_begin && role_end - b < 2 && RoleWord(b - 1) && !v_.HyphenJoined(b - 1)) --b;
    if (b == role_end) return;
    // ("its founder and director X": two roles joined.)
    if (b >= sentence_begin + 2 && v_.Lower(b - 1) == "and" && RoleWord(b - 2)) b -= 2;
    const uint32_t role_begin = b;
    // ("Myanmar-born", "long-serving": a hyphenated word describing him.)
    if (b >= sentence_begin + 3 && v_.Word(b - 2) == "-" && v_.HyphenJoined(b - 1)) b -= 3;
    if (b <= sentence_begin || (v_.Lower(b - 1) != "its" && v_.Lower(b - 1) != "their")) return;
    const std::vector<int> org = v_.Referents(b - 1);
    if (org.size() != 1 || OrgOrState(org.front()) == nullptr) return;
    if (const std::string* rel = RoleRelation(role_begin, role_end)) AddRole(p.entity, *rel, org.front(), p.sentence);
  }

  // the <role> of [the] [<state>'s] <ORG> , <PERSON> ("The leader of Yemen's
  // Houthi movement, Abdul-Malik al-Houthi, warned").
  void FromRoleOfBefore(size_t i) {
    const link::Mention& p = v_.linking().mentions[i];
    const uint32_t sentence_begin = v_.Sentence(p.sentence).token_begin;
    // (Where the name starts, its title first: ", Major General Rustam
    // Nazarzoda".)
    const uint32_t name = p.title_token >= 0 ? static_cast<uint32_t>(p.title_token) : p.token_begin;
    if (p.type != "PERSON" || name < sentence_begin + 5 || v_.Word(name - 1) != ",") return;
    int at = v_.linking().MentionAt(name - 2);
    // ("Houthi movement": the noun of the body's kind after its name.)
    if (at < 0 && v_.cues().Has(link::CueKind::kOrgNoun, v_.Lower(name - 2))) {
      at = v_.linking().MentionAt(name - 3);
    }
    // ("the Chargé d'Affaires a.i. of Belarus in Vilnius, Andrei Kaliada":
    // past where the office is held.)
    if (at >= 0 && v_.IsPlace(at) && v_.linking().mentions[at].token_begin > sentence_begin + 2 &&
        v_.Lower(v_.linking().mentions[at].token_begin - 1) == "in") {
      at = v_.linking().MentionAt(v_.linking().mentions[at].token_begin - 2);
    }
    // ("the commander of Tajikistan's border troops, X": a state's body
    // named by common nouns after its possessive.)
    bool body_noun = false;
    if (at < 0 && v_.lexicon().HasCue(v_.Lower(name - 2), "state_body_noun")) {
      uint32_t k = name - 2;
      while (k > sentence_begin + 1 && name - 2 - k < 2 && v_.StartsLower(k - 1) &&
             v_.linking().MentionAt(k - 1) < 0 && !base::IsPossessiveClitic(v_.Lower(k - 1))) {
        --k;
      }
      if (k > sentence_begin + 1 && base::IsPossessiveClitic(v_.Lower(k - 1))) {
        at = v_.linking().MentionAt(k - 2);
        body_noun = at >= 0;
      }
    }
    // ("The Minister of Foreign Affairs of Canada, Claire Bouchard": a
    // state's office.)
    const bool state = at >= 0 && v_.linking().mentions[at].type == "GPE" && v_.linking().mentions[at].entity >= 0 &&
                       v_.linking().entities[v_.linking().mentions[at].entity].type == "Country";
    if (body_noun && !state) return;
    if (at < 0 || (v_.linking().mentions[at].type != "ORG" && !state) || v_.linking().mentions[at].entity < 0) return;
    uint32_t j = v_.linking().mentions[at].token_begin;
    // (A state's possessive before the body: "Yemen's".)
    if (j > sentence_begin + 1 && base::IsPossessiveClitic(v_.Lower(j - 1))) {
      const int state = v_.linking().MentionAt(j - 2);
      if (state < 0 || v_.linking().mentions[state].type != "GPE") return;
      j = v_.linking().mentions[state].token_begin;
    }
    // ("A spokesman for the Tripoli-based Government of National Unity":
    // past a place joined to a participle describing the body.)
    if (j > sentence_begin + 3 && v_.Word(j - 2) == "-" && v_.HyphenJoined(j - 1) && v_.StartsLower(j - 1)) {
      const int place = v_.linking().MentionAt(j - 3);
      if (place >= 0 && v_.IsPlace(place)) j = v_.linking().mentions[place].token_begin;
    }
    if (j > sentence_begin && v_.Lower(j - 1) == "the") --j;
    if (j < sentence_begin + 3 || (v_.Lower(j - 1) != "of" && v_.Lower(j - 1) != "for")) return;
    uint32_t role_end = j - 1;
    // ("Chargé d'Affaires a.i.": ad interim.)
    if (role_end > sentence_begin + 2 && v_.Word(role_end - 1) == "a.i.") --role_end;
    uint32_t b = role_end;
    while (b > sentence_begin && role_end - b < 3 && RoleWord(b - 1)) --b;
    if (b == role_end && state) CapitalisedOffice(sentence_begin, &b, &role_end);
    // ("A spokesman for the Government of National Unity, Khaled
    // al-Mabrouk,": one of its spokesmen.)
    const bool definite = b > sentence_begin && v_.Lower(b - 1) == "the";
    const bool indefinite = b > sentence_begin && (v_.Lower(b - 1) == "a" || v_.Lower(b - 1) == "an");
    if (b == role_end || (!definite && !indefinite)) return;
    // (Not the office of someone the description is about: "the son of the
    // leader of Hamas, X", "Hamas's leader's son".)
    const std::string_view before = b - 1 > sentence_begin ? v_.Word(b - 2) : std::string_view(",");
    if (base::AsciiLower(before) == "of" || base::IsPossessiveClitic(base::AsciiLower(before))) return;
    if (const std::string* rel = RoleRelation(b, role_end, definite)) {
      // (A state's office other than its head is a role in it; so is the
      // head of one of its bodies: "the commander of Tajikistan's border
      // troops".)
      AddRole(p.entity, state && (*rel != "leader_of" || body_noun) ? "role_in" : *rel,
              v_.linking().mentions[at].entity, p.sentence);
    }
  }

  // <PERSON> , [a|an|the] [former] <role> of|at|for <ORG>
  // <PERSON> is|was [a|an|the] [former] <role> of|at|for <ORG>
  // "By Aminata Koné, Senior Fellow, Centre for Sahel Security Studies": a
  // capitalised title of up to three words at k, a comma and the body it is
  // held in. Whether the relation was added.
  bool CapitalisedRoleAtBody(const link::Mention& p, uint32_t k) {
    const uint32_t end = v_.Sentence(p.sentence).token_end;
    uint32_t comma = k;
    while (comma < end && comma - k < 3 && v_.linking().MentionAt(comma) < 0 && !v_.StartsLower(comma) &&
           base::HasLetter(v_.Word(comma))) {
      ++comma;
    }
    if (comma == k || comma + 1 >= end || v_.Word(comma) != ",") return false;
    const int body = v_.linking().MentionAt(comma + 1);
    if (body < 0 || v_.linking().mentions[body].token_begin != comma + 1 || v_.linking().mentions[body].type != "ORG" ||
        v_.linking().mentions[body].entity < 0) {
      return false;
    }
    const std::string* rel = v_.cues().Find(link::CueKind::kTitle, v_.Lower(comma - 1));
    if (rel == nullptr || rel->empty()) rel = RoleRelation(k, comma);
    if (rel == nullptr || rel->empty()) return false;
    AddRole(p.entity, *rel, v_.linking().mentions[body].entity, p.sentence);
    return true;
  }

  void FromRoleAfter(size_t i) {
    const link::Mention& p = v_.linking().mentions[i];
    const uint32_t end = v_.Sentence(p.sentence).token_end;
    uint32_t k = p.token_end;
    if (p.type != "PERSON" || k + 3 >= end) return;
    // ("Dame Helen Ashworth MP, chair of": past letters after the name,
    // postnominal cues.)
    if (v_.lexicon().HasCue(v_.Word(k), "postnominal")) ++k;
    // ("Julien Marceau, 41, an employee of": past the age.)
    if (v_.Word(k) == "," && k + 3 < end && v_.Upos(k + 1) == "NUM" && v_.Word(k + 2) == ",") k += 2;
    // ("One of the men, Daniyar Seitkali, is the director of": the name in
    // apposition before its verb.)
    if (v_.Word(k) == "," && (v_.Lower(k + 1) == "is" || v_.Lower(k + 1) == "was")) ++k;
    if (v_.Word(k) != "," && v_.Lower(k) != "is" && v_.Lower(k) != "was") return;
    ++k;
    // ("Joaquin Guzman Loera, then the leader of the Sinaloa Cartel": past
    // the time the role is told of.)
    if (k + 1 < end && (v_.Lower(k) == "then" || v_.Lower(k) == "now" || v_.Lower(k) == "currently") &&
        (v_.Lower(k + 1) == "the" || v_.Lower(k + 1) == "a" || v_.Lower(k + 1) == "an")) {
      ++k;
    }
    // ("Somchai Rattanakul, a Thai national who is managing director of":
    // the role after the description's relative clause.)
    for (uint32_t j = k + 1; v_.Word(k - 1) == "," && j + 2 < end && j < k + 5; ++j) {
      const int m = v_.linking().MentionAt(j);
      if (v_.Word(j) == "," || (m >= 0 && v_.linking().mentions[m].type != "NORP")) break;
      if (v_.Lower(j) == "who" && (v_.Lower(j + 1) == "is" || v_.Lower(j + 1) == "was")) {
        k = j + 2;
        break;
      }
    }
    // ("whose nephew, Chhay Dara, is its chief executive": the body "its"
    // refers to.)
    if ((v_.Lower(k - 1) == "is" || v_.Lower(k - 1) == "was") && k + 1 < end &&
        (v_.Lower(k) == "its" || v_.Lower(k) == "their")) {
      uint32_t e = k + 1;
      while (e < end && e - (k + 1) < 3 && RoleWord(e)) ++e;
      std::vector<int> body = v_.Referents(k);
      // ("The firm is majority-owned by …, whose nephew, X, is its chief
      // executive": the body the sentence opens with.)
      const uint32_t opening = v_.Sentence(p.sentence).token_begin;
      if ((body.size() != 1 || v_.linking().entities[body.front()].type == "Country") &&
          v_.Lower(opening) == "the" && v_.cues().Has(link::CueKind::kOrgNoun, v_.Lower(opening + 1))) {
        body = v_.Referents(opening + 1);
      }
      if (e > k + 1 && body.size() == 1 && OrgOrState(body.front()) != nullptr &&
          v_.linking().entities[body.front()].type != "Country" && body.front() != p.entity) {
        if (const std::string* rel = RoleRelation(k + 1, e, true)) AddRole(p.entity, *rel, body.front(), p.sentence);
      }
      return;
    }
    const bool indefinite = v_.Lower(k) == "a" || v_.Lower(k) == "an";
    if (!indefinite && v_.Lower(k) != "the" && CapitalisedRoleAtBody(p, k)) return;
    if (indefinite || v_.Lower(k) == "the") ++k;
    if (k < end && v_.Lower(k) == "former") ++k;
    // ("Aminata Sow-Keita, the ECOWAS commissioner for political affairs":
    // a definite one too.)
    if (indefinite || v_.Lower(k - 1) == "the") FromOrgRoleAfter(p, k);
    if (indefinite) FromStateBodyRoleAfter(p, k);
    // ("Joana Brito, the union's general secretary": the body the noun in the
    // possessive refers to.)
    if (v_.Lower(k - 1) == "the" && k + 2 < end && v_.StartsLower(k) &&
        v_.cues().Has(link::CueKind::kOrgNoun, v_.Lower(k)) && base::IsPossessiveClitic(v_.Lower(k + 1))) {
      uint32_t e = k + 2;
      while (e < end && e - (k + 2) < 3 && RoleWord(e)) ++e;
      const std::vector<int> body = v_.Referents(k);
      if (e > k + 2 && body.size() == 1 && OrgOrState(body.front()) != nullptr &&
          v_.linking().entities[body.front()].type != "Country") {
        if (const std::string* rel = RoleRelation(k + 2, e, true)) AddRole(p.entity, *rel, body.front(), p.sentence);
      }
      return;
    }
    // ("Amira Benali, the report's lead researcher at Sahara Arms Monitor":
    // past another noun's possessive.)
    if (v_.Lower(k - 1) == "the" && k + 2 < end && v_.StartsLower(k) && v_.Upos(k) == "NOUN" &&
        base::IsPossessiveClitic(v_.Lower(k + 1))) {
      k += 2;
    }
    const uint32_t b = k;
    // ("Aminata Keita, senior Sahel researcher at Human Rights Watch": a
    // region's name may stand among the role's words.)
    // (A region's director is no leader of the whole: "Middle East director".)
    bool regional = false;
    for (int m; k < end && k - b < 4;) {
      if (RoleWord(k)) {
        ++k;
      } else if (k > b && k + 1 < end && v_.Word(k) == "-" && v_.HyphenJoined(k + 1) && RoleWord(k + 1)) {
        k += 2;  // ("director-general of the Gambia Maritime Administration")
      } else if ((m = v_.linking().MentionAt(k)) >= 0 && v_.IsPlace(m) && v_.linking().mentions[m].token_begin == k &&
                 v_.linking().mentions[m].token_end < end && RoleWord(v_.linking().mentions[m].token_end)) {
        k = v_.linking().mentions[m].token_end;
        regional = true;
      } else {
        break;
      }
    }
    // ("Talal Al Shamsi, Secretary-General of the Executive Office": a
    // capitalised title.)
    if (k == b) {
      while (k < end && k - b < 4 && v_.linking().MentionAt(k) < 0 &&
             ((!v_.StartsLower(k) && base::HasLetter(v_.Word(k))) ||
              (v_.Word(k) == "-" && k > b && v_.seg().tokens[k].begin == v_.seg().tokens[k - 1].end))) {
        ++k;
      }
      if (k == b || RoleRelation(b, k, !indefinite) == nullptr) return;
      // ("former Chief Medical Advisor Anthony Fauci, former Chairman of the
      // Joint Chiefs of Staff Mark Milley": the title of the next person
      // listed.)
      for (uint32_t j = k; j < end && j < k + 14 && v_.Word(j) != ","; ++j) {
        const int m = v_.linking().MentionAt(j);
        if (m >= 0 && v_.linking().mentions[m].type == "PERSON") return;
      }
    }
    if (k == b || k + 1 >= end) return;
    const std::string& prep = v_.Lower(k);
    // ("Elchin Mammadli, a foreign policy aide to President Ilham Aliyev": an
    // office held under a titled person is one of that person's state.)
    if (prep == "to") {
      int state = StateOfTitledPerson(k + 1);
      // ("Rauf Guliyev, an adviser to the Azerbaijani president", "a foreign
      // policy adviser to Azerbaijan's president": a state's leader named by
      // a lower-case leader's title after its demonym or possessive.)
      if (state < 0 && k + 3 < end) {
        uint32_t at = v_.Lower(k + 1) == "the" ? k + 2 : k + 1;
        const int m = v_.linking().MentionAt(at);
        if (m >= 0 && v_.linking().mentions[m].token_begin == at && v_.linking().mentions[m].entity >= 0) {
          uint32_t title = v_.linking().mentions[m].token_end;
          if (title < end && base::IsPossessiveClitic(v_.Lower(title))) ++title;
          const std::string* office = title < end ? v_.cues().FindCapitalisedTitle(v_.Lower(title)) : nullptr;
          if (office != nullptr && *office == "leader_of" && v_.StartsLower(title)) {
            state = v_.StateOf(v_.linking().mentions[m].entity);
          }
        }
      }
      if (state >= 0 && RoleRelation(b, k, !indefinite) != nullptr) AddRole(p.entity, "role_in", state, p.sentence);
      return;
    }
    if (prep != "of" && prep != "at" && prep != "for") return;
    // ("for the Joint Chiefs", "of electronics distributor Veldhoven
    // Components BV": an article or two describing nouns before the name.)
    uint32_t named = k + 2 < end && v_.Lower(k + 1) == "the" ? k + 2 : k + 1;
    // ("a spokeswoman for the airline": the body a definite noun that ends
    // the phrase refers to.)
    if (named > 0 && named + 1 < end && v_.Lower(named - 1) == "the" && v_.StartsLower(named) &&
        v_.linking().MentionAt(named) < 0 && (v_.Word(named + 1) == "," || v_.Word(named + 1) == ".") &&
        v_.cues().Has(link::CueKind::kOrgNoun, v_.Lower(named))) {
      const std::vector<int> referent = v_.Referents(named);
      if (referent.size() == 1 && OrgOrState(referent.front()) != nullptr &&
          v_.linking().entities[referent.front()].type != "Country") {
        if (const std::string* rel = RoleRelation(b, k, !indefinite)) AddRole(p.entity, *rel, referent.front(), p.sentence);
      }
      return;
    }
    // ("of the Iran-backed militia Kataib Hezbollah": past a name joined to
    // an origin participle.)
    if (const int describer = v_.linking().MentionAt(named);
        describer >= 0 && v_.linking().mentions[describer].token_begin == named && v_.DescribesNoun(describer)) {
      named = v_.linking().mentions[describer].token_end + 2;
    }
    // ("of the Lombardy valve maker X": a place describing the nouns after it.)
    if (const int place = v_.linking().MentionAt(named); place >= 0 && v_.IsPlace(place) &&
                                                         v_.linking().mentions[place].token_begin == named) {
      const uint32_t after = v_.linking().mentions[place].token_end;
      if (after + 1 < end && v_.StartsLower(after) && v_.Upos(after) == "NOUN") named = after;
      // ("leader of Greece's socialist PASOK party": a state's possessive.)
      // (Not "spokesman of Myanmar's military government": an office of the
      // state.)
      if (after + 2 < end && base::IsPossessiveClitic(v_.Lower(after)) &&
          v_.linking().entities[v_.linking().mentions[place].entity].type == "Country") {
        uint32_t j = after + 1;
        while (j + 1 < end && j < after + 4 && v_.StartsLower(j) && v_.Upos(j) == "ADJ") ++j;
        const int body = v_.linking().MentionAt(j);
        if (body >= 0 && v_.linking().mentions[body].token_begin == j && v_.linking().mentions[body].type == "ORG") {
          named = after + 1;
        }
      }
    }
    // ("of the Lyon-based industrial company X": an adjective too; "of
    // state-owned energy company Turkmengaz": words joined by a hyphen.)
    for (uint32_t d = 0; d < 5 && named + 1 < end && v_.linking().MentionAt(named) < 0; ++d) {
      const bool hyphen = v_.Word(named) == "-" && d > 0 && v_.HyphenJoined(named + 1);
      // ("of trading firm Orient Star Marine": a gerund describing the noun.)
      const bool gerund = v_.Upos(named) == "VERB" && v_.Lower(named).ends_with("ing");
      if (!hyphen && !(v_.StartsLower(named) && (v_.Upos(named) == "NOUN" || v_.Upos(named) == "ADJ" || gerund ||
                                                 (d > 0 && v_.Upos(named) == "VERB" && v_.HyphenJoined(named))))) {
        break;
      }
      ++named;
    }
    bool whole = false;
    if (const int state = StateAfterPortfolio(named, &whole); state >= 0 && state != p.entity) {
      if (const std::string* rel = RoleRelation(b, k, !indefinite)) {
        Add(p.entity, *rel == "leader_of" && whole && named == k + 1 ? "leader_of" : "role_in", state, p.sentence);
      }
      return;
    }
    int m = v_.linking().MentionAt(named);
    // ("Ulf Laessing, head of the Sahel programme at the Konrad Adenauer
    // Foundation": the head of a unit no name gives works for the body after
    // "at".)
    if (prep == "of" && (m < 0 || v_.IsPlace(m))) {
      for (uint32_t at = named; at + 1 < end && at < named + 5; ++at) {
        if (v_.Word(at) == "," || v_.Lower(at) != "at") continue;
        const uint32_t org_at = v_.Lower(at + 1) == "the" && at + 2 < end ? at + 2 : at + 1;
        const int o = v_.linking().MentionAt(org_at);
        if (o >= 0 && v_.linking().mentions[o].token_begin == org_at && v_.linking().mentions[o].type == "ORG" &&
            v_.linking().mentions[o].entity >= 0 && RoleRelation(b, k, !indefinite) != nullptr) {
          AddRole(p.entity, "employee_of", v_.linking().mentions[o].entity, p.sentence);
        }
        return;
      }
    }
    if (m < 0 || v_.linking().mentions[m].token_begin != named) return;
    // "a spokesman for Myanmar's military government", "an official of the
    // Malian army": a state's body named by a common noun is the state's,
    // whose official the person is.
    if (const int state = StateOfBodyNoun(m); state >= 0) {
      if (RoleRelation(b, k, !indefinite) != nullptr) AddRole(p.entity, "role_in", state, p.sentence);
      return;
    }
    // "a member of North Korea's Reconnaissance General Bureau": the body the
    // state's possessive names.
    if (const link::Mention& state = v_.linking().mentions[m];
        state.type == "GPE" && state.token_end + 1 < end && base::IsPossessiveClitic(v_.Lower(state.token_end))) {
      const int body = v_.linking().MentionAt(state.token_end + 1);
      if (body >= 0 && v_.linking().mentions[body].token_begin == state.token_end + 1) m = body;
    }
    const int org = v_.linking().mentions[m].entity;
    if (org < 0 || v_.linking().mentions[m].type != "ORG") return;
    // Not a name that only describes the body meant: "the IRGC-aligned
    // militia", "the Hamas police force".
    if (v_.DescribesNoun(m) || QualifiesNoun(m)) return;
    // ("Ali Hussein Nasr, the head of Hezbollah's logistics unit": the head
    // of a unit the body's possessive names is a member of the body.)
    const bool unit = UnitOfPossessive(v_.linking().mentions[m].token_begin, org);
    if (const std::string* rel = RoleRelation(b, k, !indefinite)) {
      AddRole(p.entity, regional && *rel == "leader_of" ? "role_in" : unit && *rel == "leader_of" ? "member_of" : *rel,
              org, p.sentence);
    }
  }

  // "X, the Minister of Foreign Affairs of Egypt", "X, the President of
  // Republika Srpska": the state (or a region governing itself) named at
  // token `k`, or after a portfolio there in capitals (which the linker may
  // have read as a body: "Foreign Affairs") and "of"; -1 otherwise. *whole
  // tells whether the words name the state itself or its government.
  int StateAfterPortfolio(uint32_t k, bool* whole) const {
    const auto& linking = v_.linking();
    const uint32_t end = v_.Sentence(v_.SentenceOf(k)).token_end;
    *whole = true;
    const auto state_at = [&](uint32_t t) {
      const int m = t < end ? linking.MentionAt(t) : -1;
      if (m < 0 || linking.mentions[m].token_begin != t || linking.mentions[m].type != "GPE") return -1;
      // (A state in the possessive only before a state body's common noun,
      // StateOfBodyNoun: not "chairman of Tajikistan's State Committee for
      // National Security"; and the state whole only by its government's:
      // "the head of Bangladesh's interim government" leads it, "the
      // commander of Algeria's land forces" holds a role in it.)
      const uint32_t after = linking.mentions[m].token_end;
      if (after < end && base::IsPossessiveClitic(v_.Lower(after))) {
        bool government = false;
        for (uint32_t j = after + 1; j < end && j < after + 4 && v_.StartsLower(j); ++j) {
          government = v_.lexicon().HasCue(v_.Lower(j), "government_noun");
        }
        *whole = government;
        return StateOfBodyNoun(m);
      }
      const int e = linking.mentions[m].entity;
      return e >= 0 && (linking.entities[e].type == "Country" || linking.entities[e].type == "Location") ? e : -1;
    };
    if (const int state = state_at(k); state >= 0) return state;
    uint32_t t = k;
    if (const int m = linking.MentionAt(t); m >= 0) {
      const link::Mention& portfolio = linking.mentions[m];
      if (portfolio.token_begin != t || portfolio.type != "ORG" || portfolio.entity < 0) return -1;
      // (Not a body's name: "the State Committee for National Security of
      // Tajikistan" is the body whose head he is.)
      const std::string& name = linking.entities[portfolio.entity].name;
      const std::string last = base::AsciiLower(name.substr(name.rfind(' ') + 1));
      if (v_.cues().Has(link::CueKind::kOrgNoun, last) || v_.lexicon().HasCue(last, "force_noun")) return -1;
      t = portfolio.token_end;
    } else {
      while (t < end && t < k + 4 && !v_.StartsLower(t) && base::HasLetter(v_.Word(t))) ++t;
      if (t == k) return -1;
    }
    if (t + 1 >= end || v_.Lower(t) != "of") return -1;
    ++t;
    if (v_.Lower(t) == "the") ++t;
    const int state = state_at(t);
    return state >= 0 && linking.entities[state].type == "Country" ? state : -1;
  }

  // The state of the person whose title starts at token `k` ("President
  // Ilham Aliyev"), with that person's mention in *mention; -1 when no titled
  // person with a known state starts there or the document names no such state.
  int StateOfTitledPerson(uint32_t k, int* mention = nullptr) const {
    const uint32_t end = v_.Sentence(v_.SentenceOf(k)).token_end;
    for (uint32_t t = k; t < end && t <= k + 3; ++t) {
      const int n = v_.linking().MentionAt(t);
      if (n < 0 || v_.linking().mentions[n].title_token != static_cast<int32_t>(k)) continue;
      const link::Mention& titled = v_.linking().mentions[n];
      if (titled.type != "PERSON" || titled.entity < 0) return -1;
      const std::string& country = v_.linking().entities[titled.entity].country;
      if (mention != nullptr) *mention = n;
      return country.empty() ? -1 : v_.EntityIndex("country:" + country);
    }
    return -1;
  }

  // The state the mention `m` names when a body's common noun follows it,
  // in the possessive or not, past up to two lower-case adjectives or nouns
  // ("Myanmar's military government", "the Malian army"); -1 otherwise.
  int StateOfBodyNoun(int m) const {
    const link::Mention& state = v_.linking().mentions[m];
    const uint32_t end = v_.Sentence(state.sentence).token_end;
    if (state.entity < 0 || v_.linking().entities[state.entity].type != "Country") return -1;
    uint32_t k = state.token_end;
    if (k < end && base::IsPossessiveClitic(v_.Lower(k))) ++k;
    for (const uint32_t b = k; k < end && k - b < 3 && v_.StartsLower(k) && v_.linking().MentionAt(k) < 0; ++k) {
      if (v_.lexicon().HasCue(v_.Lower(k), "state_body_noun") && (k + 1 >= end || !v_.StartsLower(k + 1) ||
                                                                  v_.Upos(k + 1) != "NOUN")) {
        return state.entity;
      }
    }
    return -1;
  }

  // <PERSON> , a [adjective] <ORG> [adjective] <role> ("Ali Hassan Zreik, a
  // Hezbollah commander who …"): the person's place in the body before the
  // role word; `k` is the first word after the article.
  // "A Taliban border commander in Badakhshan province, Mawlawi Nasrullah
  // Faizi, told …": a sentence opening with a body's role (and where it is
  // held) before the person's name in apposition.
  void FromRoleOpening(size_t i) {
    const link::Mention& p = v_.linking().mentions[i];
    const text::Sentence& s = v_.Sentence(p.sentence);
    uint32_t k = s.token_begin;
    // (The name with its title or form of address: "Mawlawi Nasrullah Faizi".)
    const uint32_t name = p.title_token >= 0 ? static_cast<uint32_t>(p.title_token) : p.token_begin;
    if (p.type != "PERSON" || name < k + 4 || v_.Word(name - 1) != ",") return;
    const std::string& article = v_.Lower(k);
    if (article != "a" && article != "an" && article != "the") return;
    ++k;
    const int m = v_.linking().MentionAt(k);
    if (m < 0 || v_.linking().mentions[m].token_begin != k || v_.linking().mentions[m].type != "ORG" ||
        v_.linking().mentions[m].entity < 0 || v_.DescribesNoun(m)) {
      return;
    }
    const uint32_t b = v_.linking().mentions[m].token_end;
    uint32_t e = b;
    while (e < name && e - b < 3 && RoleWord(e)) ++e;
    if (e == b) return;
    // (Where the office is held: "in Badakhshan province".)
    uint32_t after = e;
    if (after + 1 < name && v_.Lower(after) == "in") {
      const int place = v_.linking().MentionAt(after + 1);
      if (place < 0 || !v_.IsPlace(place)) return;
      after = v_.linking().mentions[place].token_end;
      while (after < name && v_.StartsLower(after) && after - e < 6) ++after;
    }
    if (after + 1 != name) return;
    if (const std::string* rel = RoleRelation(e - 1, e)) {
      AddRole(p.entity, *rel, v_.linking().mentions[m].entity, p.sentence);
    }
  }

  // <PERSON> , a <state body noun> <role> [in <place>] ("Rajesh Menon, an
  // army spokesman in Srinagar, said"): an official of the state of the
  // place named, else of the dateline's; `k` is the first word after the
  // article.
  void FromStateBodyRoleAfter(const link::Mention& p, uint32_t k) {
    const uint32_t end = v_.Sentence(p.sentence).token_end;
    if (k + 2 >= end || !v_.StartsLower(k) || !v_.lexicon().HasCue(v_.Lower(k), "state_body_noun")) return;
    uint32_t e = k + 1;
    while (e < end && e - k < 3 && RoleWord(e) && !v_.cues().Has(link::CueKind::kRelative, v_.Word(e))) ++e;
    if (e == k + 1 || e >= end) return;
    const std::string* rel = RoleRelation(e - 1, e);
    if (rel == nullptr) return;
    int state = -1;
    if (v_.Lower(e) == "in" && e + 1 < end) {
      const int place = v_.linking().MentionAt(e + 1);
      if (place < 0 || !v_.IsPlace(place)) return;
      const int entity = v_.linking().mentions[place].entity;
      state = entity >= 0 ? v_.StateOf(entity) : -1;
    } else if (v_.Word(e) == ",") {
      state = v_.DatelineState();
    }
    if (state >= 0) AddRole(p.entity, "role_in", state, p.sentence);
  }

  void FromOrgRoleAfter(const link::Mention& p, uint32_t k) {
    const uint32_t end = v_.Sentence(p.sentence).token_end;
    if (k < end && v_.StartsLower(k) && v_.Upos(k) == "ADJ") ++k;
    const int m = k < end ? v_.linking().MentionAt(k) : -1;
    if (m < 0 || v_.linking().mentions[m].token_begin != k || v_.linking().mentions[m].type != "ORG" ||
        v_.linking().mentions[m].entity < 0 || v_.DescribesNoun(m)) {
      return;
    }
    const uint32_t b = v_.linking().mentions[m].token_end;
    uint32_t e = b;
    while (e < end && e - b < 3 && RoleWord(e) && !v_.cues().Has(link::CueKind::kRelative, v_.Word(e))) ++e;
    // The role word ends the description ("a Hezbollah commander who", "a
    // Hamas official, said"), it opens no phrase of its own (but "the ECOWAS
    // commissioner for political affairs" names the office's field).
    const bool field = e < end && v_.Lower(e) == "for" && e + 1 < end && v_.StartsLower(e + 1) &&
                       v_.linking().MentionAt(e + 1) < 0;
    if (e == b || (e < end && (v_.Lower(e) == "of" || v_.Lower(e) == "at" || v_.Lower(e) == "for") && !field)) return;
    if (const std::string* rel = RoleRelation(e - 1, e)) {
      AddRole(p.entity, *rel, v_.linking().mentions[m].entity, p.sentence);
    }
  }

  // <PERSON> , [the] <ORG>'s <role>   /   <PERSON> , the company's <role>
  // ("Selcuk Bayraktar, the company's chief technology officer, who …").
  void FromPossessiveRoleAfter(size_t i) {
    const link::Mention& p = v_.linking().mentions[i];
    const uint32_t end = v_.Sentence(p.sentence).token_end;
    uint32_t k = p.token_end;
    if (p.type != "PERSON" || k + 4 >= end || v_.Word(k) != ",") return;
    ++k;
    // ("Lars Ekstrom, 58, the IAEA's head of safeguards": past the age.)
    if (v_.Upos(k) == "NUM" && k + 2 < end && v_.Word(k + 1) == ",") k += 2;
    if (v_.Lower(k) == "the") ++k;
    std::vector<int> org;
    const int m = v_.linking().MentionAt(k);
    // ("Carlito Galvez, President Ferdinand Marcos Jr.'s adviser on peace":
    // the adviser of a titled person holds an office of that person's state.)
    int titled = -1;  // the titled person whose title starts at k
    const int state = StateOfTitledPerson(k, &titled);
    if (state >= 0) {
      k = v_.linking().mentions[titled].token_end;
      org.push_back(state);
    } else if (m >= 0 && v_.linking().mentions[m].token_begin == k && v_.linking().mentions[m].entity >= 0) {
      k = v_.linking().mentions[m].token_end;
      org.push_back(v_.linking().mentions[m].entity);
    } else if (v_.StartsLower(k) && v_.Lower(k - 1) == "the") {
      org = v_.Referents(k);
      ++k;
    }
    // ("the Houthis' military spokesman": a plural's bare apostrophe too.)
    if (org.size() != 1 || k + 1 >= end || !v_.IsPossessiveMark(k)) return;
    const uint32_t b = ++k;
    while (k < end && k - b < 4 && RoleWord(k)) ++k;
    // ("head of safeguards", "deputy country director in Sudan", "adviser on
    // peace": the role is the words before a phrase of its own.)
    uint32_t tail = k;
    if (k > b && k < end &&
        (v_.Lower(k) == "of" || v_.Lower(k) == "for" || v_.Lower(k) == "in" || v_.Lower(k) == "on")) {
      while (tail < end && tail < k + 8 && v_.Word(tail) != "," && v_.Word(tail) != ".") ++tail;
    }
    if (k == b || (tail < end && v_.Word(tail) != "," && v_.Word(tail) != ".")) return;
    if (OrgOrState(org.front()) == nullptr) return;
    // (The head of a unit or a region is no leader of the whole.)
    if (const std::string* rel = RoleRelation(b, k)) {
      AddRole(p.entity, state >= 0 || (tail > k && *rel == "leader_of") ? "role_in" : *rel, org.front(), p.sentence);
    }
  }

  // "her Peruvian counterpart, Walter Quispe Huamán", "his Turkish
  // counterpart Hakan Fidan": an official's counterpart holds the office in
  // the state the demonym names.
  void FromCounterpart(size_t i) {
    const auto& ms = v_.linking().mentions;
    const link::Mention& p = ms[i];
    if (p.type != "PERSON" || i == 0 || p.token_begin < 2) return;
    uint32_t noun = p.token_begin - 1;
    if (v_.Word(noun) == "," && noun > 0) --noun;
    const std::string& w = v_.Lower(noun);
    if (w != "counterpart" && w != "counterparts") return;
    const link::Mention& n = ms[i - 1];
    if (n.token_end != noun || n.entity < 0 || (n.type != "NORP" && n.type != "GPE") ||
        v_.linking().entities[n.entity].type != "Country") {
      return;
    }
    if (!CounterpartHeadsState(i - 1)) {
      Add(p.entity, "role_in", n.entity, p.sentence);
      return;
    }
    // (The title "counterpart" alone gave him an office there: he leads it.)
    std::erase_if(out_, [&](const Relation& r) {
      return r.subject == p.entity && r.object == n.entity && r.predicate == "role_in";
    });
    Add(p.entity, "leader_of", n.entity, p.sentence);
  }

  // "President Daniel Chapo met his Rwandan counterpart Paul Kagame": the
  // counterpart of the one whose possessive opens the phrase (the nearest
  // person named before it in the sentence) leads his state when that one's
  // title leads one.
  bool CounterpartHeadsState(size_t demonym) const {
    const auto& ms = v_.linking().mentions;
    const link::Mention& n = ms[demonym];
    if (n.token_begin == 0) return false;
    const std::string& det = v_.Lower(n.token_begin - 1);
    if (det != "his" && det != "her" && det != "their") return false;
    for (size_t j = demonym; j-- > 0 && ms[j].sentence == n.sentence;) {
      if (ms[j].type != "PERSON") continue;
      if (ms[j].title_token < 0) return false;
      const std::string* value = v_.cues().Find(link::CueKind::kTitle, ms[j].title);
      return value != nullptr && *value == "leader_of" && !HeadsOneDepartment(ms[j]);
    }
    return false;
  }

  // "Rustam Abdullaev, a Kazakh citizen", "Indian national Rakesh Varma".
  void FromCitizen(size_t i) {
    const auto& ms = v_.linking().mentions;
    const link::Mention& p = ms[i];
    if (p.type != "PERSON") return;
    const uint32_t end = v_.Sentence(p.sentence).token_end;
    // ("Myanmar citizens Win Naing and Soe Moe Aung": a state's name before
    // the noun too.)
    // (The citizen noun at `noun`, right after the state's name unless said.)
    const auto state_citizen = [&](const link::Mention& n, uint32_t noun) {
      return (n.type == "NORP" || n.type == "GPE") && n.entity >= 0 &&
             v_.linking().entities[n.entity].type == "Country" && noun < end &&
             v_.lexicon().HasCue(v_.Lower(noun), "citizen_noun");
    };
    uint32_t k = p.token_end;
    // ("Arkady Voronin, 47, a Russian citizen": past the age.)
    const bool aged = k + 3 < end && v_.Word(k) == "," && v_.Upos(k + 1) == "NUM" && v_.Word(k + 2) == ",";
    if (aged) k += 2;
    // ("The third, Oleksii B., is a Ukrainian national", "X is a citizen of
    // the People's Republic of China": or what a copula says he is.)
    uint32_t at = k < end && v_.Word(k) == "," ? k + 1 : k;
    const bool copula = at < end && (v_.Lower(at) == "is" || v_.Lower(at) == "was");
    if (copula) k = at;
    if (k + 2 < end && (v_.Word(k) == "," || copula) && (v_.Lower(k + 1) == "a" || v_.Lower(k + 1) == "an")) {
      // ("a dual U.S.-Russian citizen": each state of the hyphened pair.)
      uint32_t q = v_.Lower(k + 2) == "dual" ? k + 3 : k + 2;
      std::vector<int> states;
      for (int n = q < end ? v_.linking().MentionAt(q) : -1; n >= 0 && ms[n].token_begin == q;) {
        states.push_back(n);
        q = ms[n].token_end;
        n = q + 1 < end && v_.Word(q) == "-" ? v_.linking().MentionAt(q + 1) : -1;
        if (n >= 0) q = q + 1;
      }
      const bool citizens = !states.empty() && std::all_of(states.begin(), states.end(), [&](int n) {
        return state_citizen(ms[n], ms[states.back()].token_end);
      });
      for (int n : citizens ? states : std::vector<int>()) Add(p.entity, "citizen_of", ms[n].entity, p.sentence);
    }
    if (i > 0 && ms[i - 1].token_end + 1 == p.token_begin && state_citizen(ms[i - 1], ms[i - 1].token_end)) {
      Add(p.entity, "citizen_of", ms[i - 1].entity, p.sentence);
    }
    // ("Colombian Jhon Jairo Angulo, 34, and Ecuadorians Byron Estupiñán,
    // 27, and Wilmer Quiñónez": a demonym right before the name, or a
    // plural one before the names listed with it, says whose national.)
    {
      size_t first = i;  // the first person of the list p closes
      while (first > 0) {
        const link::Mention& before = ms[first - 1];
        if (before.type != "PERSON") break;
        bool listed = before.token_end < ms[first].token_begin;
        for (uint32_t t = before.token_end; listed && t < ms[first].token_begin; ++t) {
          const std::string_view word = v_.Word(t);
          listed = word == "," || v_.Lower(t) == "and" ||
                   (!word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }));
        }
        if (!listed) break;
        --first;
      }
      const link::Mention* demonym = first > 0 ? &ms[first - 1] : nullptr;
      const bool plural = demonym != nullptr && v_.Lower(demonym->token_end - 1).ends_with("s");
      if (demonym != nullptr && demonym->type == "NORP" && demonym->entity >= 0 &&
          demonym->token_end == ms[first].token_begin && (first == i || plural) &&
          v_.linking().entities[demonym->entity].type == "Country") {
        Add(p.entity, "citizen_of", demonym->entity, p.sentence);
      }
    }
    // ("Australian aid worker Margaret Doyle": a word may describe the noun.)
    if (i > 0 && ms[i - 1].token_end + 2 == p.token_begin && v_.StartsLower(ms[i - 1].token_end) &&
        state_citizen(ms[i - 1], p.token_begin - 1)) {
      Add(p.entity, "citizen_of", ms[i - 1].entity, p.sentence);
    }
    // ("Liang Haoran, 39, and Xu Mingzhe, 45, both citizens of the People's
    // Republic of China", "X, a national of Iran": past the names listed
    // with him and their ages.)
    for (uint32_t t = k; t + 3 < end && t < k + 16;) {
      const int m = v_.linking().MentionAt(t);
      if (v_.Word(t) == "," || v_.Lower(t) == "and" || v_.Upos(t) == "NUM") {
        ++t;
      } else if (m >= 0 && v_.linking().mentions[m].type == "PERSON") {
        t = v_.linking().mentions[m].token_end;
      } else {
        if (v_.Lower(t) == "is" || v_.Lower(t) == "was") ++t;
        if (v_.Lower(t) == "both" || v_.Lower(t) == "all" || v_.Lower(t) == "a" || v_.Lower(t) == "an") ++t;
        const std::string& noun = v_.Lower(t);
        if (noun != "citizen" && noun != "citizens" && noun != "national" && noun != "nationals") break;
        // ("journalist Ihar Karnei and citizens of Poland": others joined to
        // him, not what he is.)
        if (noun.ends_with("s") && v_.Lower(t - 1) == "and") break;
        uint32_t of = t + 1;
        if (of + 1 >= end || v_.Lower(of) != "of") break;
        uint32_t named = v_.Lower(of + 1) == "the" ? of + 2 : of + 1;
        const int state = named < end ? v_.linking().MentionAt(named) : -1;
        if (state >= 0 && v_.linking().mentions[state].entity >= 0 &&
            v_.linking().entities[v_.linking().mentions[state].entity].type == "Country") {
          Add(p.entity, "citizen_of", v_.linking().mentions[state].entity, p.sentence);
        }
        break;
      }
    }
    // ("A Malian trader, Boubacar Sissoko", "a Senegalese customs officer,
    // Ibrahima Ndao": the noun, with a word describing it, in apposition.)
    if (i > 0 && p.token_begin >= 2 && v_.Word(p.token_begin - 1) == ",") {
      const link::Mention& n = ms[i - 1];
      const uint32_t noun = p.token_begin - 2;
      const bool described = n.token_end + 1 == noun && v_.StartsLower(n.token_end);
      if ((n.token_end == noun || described) && n.token_begin > 0 &&
          (v_.Lower(n.token_begin - 1) == "a" || v_.Lower(n.token_begin - 1) == "an") && state_citizen(n, noun)) {
        Add(p.entity, "citizen_of", n.entity, p.sentence);
      }
    }
    // ("a 58-year-old German-Russian dual national, Alexander W.": each
    // state of a hyphened pair before the noun in apposition, past a word
    // describing the noun.)
    if (p.token_begin >= v_.Sentence(p.sentence).token_begin + 3 && v_.Word(p.token_begin - 1) == ",") {
      const uint32_t begin = v_.Sentence(p.sentence).token_begin;
      uint32_t t = p.token_begin - 2;
      if (v_.lexicon().HasCue(v_.Lower(t), "citizen_noun")) {
        if (t > begin && v_.StartsLower(t - 1) && v_.linking().MentionAt(t - 1) < 0 && v_.Upos(t - 1) == "ADJ") --t;
        std::vector<int> states;
        while (t > begin) {
          const int m = v_.linking().MentionAt(t - 1);
          if (m < 0 || ms[m].type != "NORP" || ms[m].token_end != t || ms[m].entity < 0 ||
              v_.linking().entities[ms[m].entity].type != "Country") {
            break;
          }
          states.push_back(ms[m].entity);
          t = ms[m].token_begin;
          if (t <= begin || v_.Word(t - 1) != "-") break;
          --t;
        }
        bool opened = false;  // an article opens the description within seven words ("a 58-year-old")
        for (uint32_t j = t; j > begin && t - j < 8 && !opened;) {
          --j;
          opened = v_.Lower(j) == "a" || v_.Lower(j) == "an";
        }
        if (opened) {
          for (int st : states) Add(p.entity, "citizen_of", st, p.sentence);
        }
      }
    }
    // ("Eight Ukrainian civilians, among them journalist Oleksandr Tkachuk":
    // one named among a group a demonym describes.)
    {
      const uint32_t begin = v_.Sentence(p.sentence).token_begin;
      uint32_t t = p.token_begin;
      if (t > begin && v_.StartsLower(t - 1) && v_.Upos(t - 1) == "NOUN") --t;  // "journalist"
      uint32_t group_end = 0;  // the comma after the group's noun
      if (t >= begin + 3 && v_.Lower(t - 1) == "them" && v_.Lower(t - 2) == "among" && v_.Word(t - 3) == ",") {
        group_end = t - 3;
      } else if (t >= begin + 2 && v_.Lower(t - 1) == "including" && v_.Word(t - 2) == ",") {
        group_end = t - 2;
      }
      if (group_end > begin + 1 && v_.StartsLower(group_end - 1) && v_.Lower(group_end - 1).ends_with("s")) {
        const int m = v_.linking().MentionAt(group_end - 2);
        if (m >= 0 && ms[m].type == "NORP" && ms[m].token_end == group_end - 1 && ms[m].entity >= 0 &&
            v_.linking().entities[ms[m].entity].type == "Country") {
          Add(p.entity, "citizen_of", ms[m].entity, p.sentence);
        }
      }
    }
    // (The second of two after a plural: "… citizens Win Naing and Soe Moe Aung".)
    if (i > 1 && ms[i - 1].type == "PERSON" && ms[i - 1].token_end + 1 == p.token_begin &&
        (v_.Lower(ms[i - 1].token_end) == "and" || v_.Word(ms[i - 1].token_end) == ",") &&
        ms[i - 2].token_end + 1 == ms[i - 1].token_begin && state_citizen(ms[i - 2], ms[i - 2].token_end) &&
        v_.Lower(ms[i - 2].token_end).ends_with("s")) {
      Add(p.entity, "citizen_of", ms[i - 2].entity, p.sentence);
    }
  }

  // "the Iranian port of Bandar Anzali", "the Tanzanian city of Arusha",
  // "Iran's Caspian port of Amirabad": the place after "of" lies in the
  // state the demonym or the possessive names (a place noun at k).
  void FromPlaceNoun(uint32_t k) {
    if (!v_.StartsLower(k) || !v_.lexicon().HasCue(v_.Lower(k), "place_noun")) return;
    const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
    if (k + 2 >= s.token_end || v_.Lower(k + 1) != "of") return;
    const int place = v_.linking().MentionAt(k + 2);
    if (place < 0 || v_.linking().mentions[place].token_begin != k + 2 || v_.linking().mentions[place].entity < 0 ||
        !v_.IsPlace(place)) {
      return;
    }
    // (A region or a sea between: "Caspian", "western".)
    uint32_t b = k;
    for (int skipped = 0; b > s.token_begin && skipped < 2; ++skipped) {
      const int m = v_.linking().MentionAt(b - 1);
      if (m >= 0 && v_.linking().mentions[m].type == "LOC") {
        b = v_.linking().mentions[m].token_begin;
      } else if (m < 0 && v_.StartsLower(b - 1) && v_.Upos(b - 1) == "ADJ") {
        --b;
      } else {
        break;
      }
    }
    if (b <= s.token_begin) return;
    int state = v_.linking().MentionAt(b - 1);
    if (state < 0 && b >= s.token_begin + 2 && base::IsPossessiveClitic(v_.Lower(b - 1))) {
      state = v_.linking().MentionAt(b - 2);
      if (state >= 0 && v_.linking().mentions[state].type != "GPE") state = -1;
    } else if (state >= 0 && v_.linking().mentions[state].type != "NORP") {
      state = -1;
    }
    if (state < 0 || v_.linking().mentions[state].entity < 0) return;
    const int country = v_.linking().mentions[state].entity;
    if (v_.linking().entities[country].type != "Country") return;
    // (Not when the place was taken for another state's: "the southern
    // Lebanese city of Blida" is no Algerian town.)
    const std::string& in = v_.linking().entities[v_.linking().mentions[place].entity].country;
    if (!in.empty() && in != v_.linking().entities[country].country) return;
    Add(v_.linking().mentions[place].entity, "located_in", country, v_.SentenceOf(k));
  }

  // "state-run Hindustan Aeronautics Ltd", "Turkmen state-owned energy
  // company Turkmengaz", "Russia's state-controlled Rosatom": the company is
  // owned by the state a demonym or a possessive before names, else by its
  // own state (when the document names it).
  void FromStateOwned(uint32_t k) {
    const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
    if (v_.Lower(k) != "state" || k + 3 >= s.token_end || v_.Word(k + 1) != "-" || !v_.HyphenJoined(k + 2)) return;
    const std::string& how = v_.Lower(k + 2);
    if (how != "owned" && how != "run" && how != "controlled") return;
    uint32_t named = k + 3;
    while (named + 1 < s.token_end && named - k < 7 && v_.linking().MentionAt(named) < 0 && v_.StartsLower(named) &&
           (v_.Upos(named) == "NOUN" || v_.Upos(named) == "ADJ")) {
      ++named;
    }
    int m = v_.linking().MentionAt(named);
    // ("Conviasa, Venezuela's state-owned airline", "AEROBOL, a Venezuelan
    // state-owned company": the company the description stands in
    // apposition to.)
    if (m < 0 && named > k + 3 && k >= s.token_begin + 4 && (v_.Word(named) == "," || v_.Word(named) == ".")) {
      uint32_t opens = k;  // the description's first word
      if (base::IsPossessiveClitic(v_.Lower(k - 1))) {
        const int state = v_.linking().MentionAt(k - 2);
        if (state >= 0) opens = v_.linking().mentions[state].token_begin;
      } else if (const int demonym = v_.linking().MentionAt(k - 1);
                 demonym >= 0 && v_.linking().mentions[demonym].type == "NORP") {
        opens = v_.linking().mentions[demonym].token_begin;
        if (opens > s.token_begin && (v_.Lower(opens - 1) == "a" || v_.Lower(opens - 1) == "an")) --opens;
      }
      if (opens < k && opens > s.token_begin + 1 && v_.Word(opens - 1) == ",") {
        uint32_t name_end = opens - 1;
        // ("Global Industrial and Defence Solutions (GIDS), Pakistan's …":
        // past the acronym in brackets.)
        if (v_.Word(name_end - 1) == ")" && name_end >= s.token_begin + 4 && v_.Word(name_end - 3) == "(") {
          name_end -= 3;
        }
        m = v_.linking().MentionAt(name_end - 1);
        if (m >= 0 && v_.linking().mentions[m].token_end != name_end) m = -1;
      }
    }
    if (m < 0 || v_.linking().mentions[m].type != "ORG") return;
    if (v_.linking().mentions[m].token_begin != named && v_.linking().mentions[m].token_end > k) return;
    const int company = v_.linking().mentions[m].entity;
    if (company < 0 || v_.linking().entities[company].type != "Company") return;
    int state = -1;
    uint32_t before = k;
    if (before > s.token_begin && base::IsPossessiveClitic(v_.Lower(before - 1))) --before;
    if (const int d = before > s.token_begin ? v_.linking().MentionAt(before - 1) : -1;
        d >= 0 && v_.linking().mentions[d].token_end == before && v_.linking().mentions[d].entity >= 0 &&
        v_.linking().entities[v_.linking().mentions[d].entity].type == "Country") {
      state = v_.linking().mentions[d].entity;
    } else {
      state = v_.StateOf(company);
    }
    if (state >= 0 && state != company) Add(company, "owned_by", state, v_.SentenceOf(k));
  }

  // "named Major General X, a veteran officer, as the new head of Y", "X was
  // named acting commander of Y", "appointed X as chief executive of Y": the
  // role's relation to the body.
  void FromAppointment(uint32_t k) {
    const std::string& w = v_.Lower(k);
    if (w != "named" && w != "appointed" && w != "names" && w != "appoints" && w != "name" && w != "appoint") return;
    if (v_.linking().MentionAt(k) >= 0) return;
    const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
    int person = -1;
    uint32_t role = k + 1;
    const bool passive = k > s.token_begin && v_.lexicon().HasCue(v_.Lower(k - 1), "be_aux");
    if (passive) {
      const std::vector<int> subject = v_.SubjectBefore(k - 1);
      if (subject.size() == 1) person = subject.front();
    } else {
      // The person named right after the verb (a title may stand first),
      // then "as" after the phrase about him.
      for (uint32_t t = k + 1; t < s.token_end && t < k + 5 && person < 0; ++t) {
        const int m = v_.linking().MentionAt(t);
        if (m < 0) continue;
        if (v_.linking().mentions[m].type != "PERSON") return;
        person = v_.linking().mentions[m].entity;
        role = v_.linking().mentions[m].token_end;
      }
      while (role < s.token_end && role < k + 20 && v_.Lower(role) != "as") {
        if (v_.IsClauseBreak(role) && v_.Word(role) != ",") return;
        ++role;
      }
      if (role >= s.token_end || v_.Lower(role) != "as") return;
    }
    if (person < 0 || v_.linking().entities[person].type != "Person") return;
    if (role < s.token_end && v_.Lower(role) == "as") ++role;
    bool indefinite = false;
    if (role < s.token_end && (v_.Lower(role) == "the" || v_.Lower(role) == "its" || v_.Lower(role) == "a")) {
      indefinite = v_.Lower(role) == "a";
      ++role;
    }
    while (role < s.token_end && (v_.Lower(role) == "new" || v_.Lower(role) == "next" || v_.Lower(role) == "acting" ||
                                  v_.Lower(role) == "interim")) {
      ++role;
    }
    uint32_t e = role;
    while (e < s.token_end && e - role < 3 && RoleWord(e)) ++e;
    if (e == role || e + 1 >= s.token_end || (v_.Lower(e) != "of" && v_.Lower(e) != "at")) return;
    const uint32_t named = v_.Lower(e + 1) == "the" ? e + 2 : e + 1;
    const int m = named < s.token_end ? v_.linking().MentionAt(named) : -1;
    if (m < 0 || v_.linking().mentions[m].token_begin != named || v_.linking().mentions[m].entity < 0) return;
    const int org = v_.linking().mentions[m].entity;
    if (OrgOrState(org) == nullptr && !v_.IsPlace(m)) return;
    if (const std::string* rel = RoleRelation(role, e, !indefinite)) AddRole(person, *rel, org, v_.SentenceOf(k));
  }

  // "Kalashnikov Concern and other Russian arms makers that are already under
  // U.S. sanctions", "X, an Iranian maker that has been under U.S. sanctions
  // since 2008", "X is under EU sanctions": the name is sanctioned by the
  // state or the body whose sanctions it is under.
  void FromUnderSanctions(uint32_t k) {
    const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
    // ("which has been subject to EU sanctions since 2014": so is one subject
    // to them.)
    const bool subject_to = v_.Lower(k) == "to" && k > s.token_begin && v_.Lower(k - 1) == "subject";
    if (v_.Lower(k) != "under" && !subject_to) return;
    const uint32_t phrase = subject_to ? k - 1 : k;  // "under" or "subject to"
    const int m = k + 2 < s.token_end ? v_.linking().MentionAt(k + 1) : -1;
    if (m < 0 || v_.linking().mentions[m].token_begin != k + 1 || v_.linking().mentions[m].entity < 0) return;
    const uint32_t after = v_.linking().mentions[m].token_end;
    if (after >= s.token_end || (v_.Lower(after) != "sanctions" && v_.Lower(after) != "sanction")) return;
    const int imposer = v_.linking().mentions[m].entity;
    const std::string& type = v_.linking().entities[imposer].type;
    if (type != "Country" && type != "PublicBody" && type != "Organization") return;
    // Back over "already", "has been", "are", "remain" to the verb's subject.
    uint32_t b = phrase;
    while (b > s.token_begin) {
      const std::string& w = v_.Lower(b - 1);
      if (w != "already" && w != "still" && w != "been" && w != "remain" && w != "remains" && w != "long" &&
          !v_.lexicon().HasCue(w, "be_aux") && w != "has" && w != "have" && w != "had") {
        break;
      }
      --b;
    }
    if (b == phrase || b == s.token_begin) return;
    const std::string& before = v_.Lower(b - 1);
    const bool relative = before == "that" || before == "which";
    const int listed = NearestActorBefore(relative ? b - 1 : b, true);
    if (listed >= 0 && listed != imposer && v_.linking().entities[listed].type != "Country") {
      Add(listed, "sanctioned_by", imposer, v_.SentenceOf(k));
    }
  }

  // "an Almaty-based firm that was added to the U.S. Treasury's sanctions
  // list": the name listed is sanctioned by the list's owner.
  void FromListing(uint32_t k) {
    if (!v_.lexicon().HasCue(v_.Lower(k), "listing_verb")) return;
    const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
    if (k + 3 >= s.token_end || (v_.Lower(k + 1) != "to" && v_.Lower(k + 1) != "on")) return;
    // The list within six words: its owner before it, possessive or not
    // ("the U.S. Treasury's sanctions list", "a U.S. blacklist").
    int owner = -1;
    for (uint32_t t = k + 2; t < s.token_end && t < k + 8; ++t) {
      const bool list = v_.lexicon().HasCue(v_.Lower(t), "sanctions_list") ||
                        (t + 1 < s.token_end && v_.lexicon().HasCue(v_.Lower(t) + " " + v_.Lower(t + 1), "sanctions_list"));
      if (!list) continue;
      uint32_t b = t;
      if (b > k + 2 && base::IsPossessiveClitic(v_.Lower(b - 1))) --b;
      const int m = v_.linking().MentionAt(b - 1);
      if (m >= 0 && v_.linking().mentions[m].token_end == b && v_.linking().mentions[m].type != "PERSON") {
        owner = v_.linking().mentions[m].entity;
      }
      break;
    }
    if (owner < 0) return;
    uint32_t before = k;
    while (before > s.token_begin && v_.lexicon().HasCue(v_.Lower(before - 1), "be_aux")) --before;
    const int listed = NearestActorBefore(before, false);
    if (listed >= 0 && v_.linking().entities[listed].type != "Country") Add(listed, "sanctioned_by", owner, v_.SentenceOf(k));
  }
};

// "Colonel X, a spokesman for Mali's armed forces", "the head of Ukraine's
// military intelligence agency": an office in a state's body is a role in the
// state too.
void AddStateRolesOfBodyOffices(const DocumentView& v, std::vector<Relation>* out) {
  const auto& entities = v.linking().entities;
  const size_t found = out->size();
  for (size_t i = 0; i < found; ++i) {
    const Relation r = (*out)[i];  // (a copy: the push below may move it)
    if (r.predicate != "leader_of" && r.predicate != "employee_of" && r.predicate != "member_of") continue;
    if (entities[r.subject].type != "Person" || entities[r.object].type != "PublicBody") continue;
    const int state = v.StateOf(r.object);
    if (state < 0 || state == r.object) continue;
    const bool known = std::any_of(out->begin(), out->end(), [&](const Relation& o) {
      return o.subject == r.subject && o.object == state && o.predicate == "role_in";
    });
    if (!known) out->push_back({r.subject, "role_in", state, r.sentence, r.span});
  }
}

}  // namespace

std::vector<Relation> FindRelations(const DocumentView& v, std::string_view doc_date) {
  std::vector<Relation> out;
  PhraseRelations(v, doc_date, &out).Run();
  FindPatternRelations(v, doc_date, &out);
  FindPlaceRelations(v, doc_date, &out);
  FindBranchRelations(v, doc_date, &out);
  AddStateRolesOfBodyOffices(v, &out);
  return out;
}

}  // namespace dossier::extract
