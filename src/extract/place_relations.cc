// Where an organisation is, told by a description rather than a verb:
// "Arzni Tech LLC, a company in Yerevan, Armenia", "a textile company in
// Karachi, Indus Loom Industries", "the Hamburg freight forwarding company
// Elbkontor Logistik GmbH", "a Cypriot trust, Larnaca Heritage Trust",
// "Minsk-based Optron Precision". Each relates the organisation located_in
// the place (or the demonym's state). And where a town is: "the mining hub
// of Rubaya in North Kivu province" (PlaceInPlace); where a person charged
// lives: "Kemal Arslan, 39, of Istanbul" (HomeAfterAge).
#include "base/utf8.h"
#include "extract/relation_builder.h"

namespace dossier::extract {
namespace {

// Most describing words in a description ("a freight forwarder").
constexpr uint32_t kMaxDescription = 5;

class PlaceRelations : public RelationBuilder {
 public:
  using RelationBuilder::RelationBuilder;

  void Run() {
    for (const link::Mention& m : v_.linking().mentions) {
      if (m.entity < 0 || !Located(m.entity)) continue;
      PlaceAfterName(m);
      PlaceAfterLegalForm(m);
      PlaceOrDemonymBeforeName(m);
      PlaceEndingHeading(m);
    }
    for (const link::Mention& m : v_.linking().mentions) {
      if (m.entity >= 0 && v_.linking().entities[m.entity].type == "Location") PlaceInPlace(m);
      if (m.entity >= 0 && m.type == "PERSON") HomeAfterAge(m);
      if (m.entity >= 0 && v_.linking().entities[m.entity].type == "PublicBody") SeatAfterMission(m);
    }
  }

  // "the Embassy of the People's Republic of China in Manila", "a démarche
  // made to the Embassy of Greece in Ankara": a state's mission (a name with
  // a body_head word of the seated kind, "embassy", "consulate") lies in the
  // place named right after "in".
  void SeatAfterMission(const link::Mention& m) {
    const text::Sentence& s = v_.Sentence(m.sentence);
    const uint32_t k = m.token_end;
    if (k + 1 >= s.token_end || v_.Lower(k) != "in") return;
    bool mission = false;
    for (uint32_t t = m.token_begin; t < m.token_end && !mission; ++t) {
      const std::string* head = v_.cues().Find(link::CueKind::kBodyHead, v_.Lower(t));
      mission = head != nullptr && *head == "seated";
    }
    const int place = mission ? v_.linking().MentionAt(k + 1) : -1;
    if (place < 0 || v_.linking().mentions[place].token_begin != k + 1 || !v_.IsPlace(place) ||
        v_.linking().mentions[place].entity < 0) {
      return;
    }
    Add(m.entity, "located_in", v_.linking().mentions[place].entity, m.sentence);
  }

  // "Kemal Arslan, 39, of Istanbul", "Christina Marie Chapman, 49, of
  // Litchfield Park, Arizona": the place a person's age is followed by, as
  // a release of charges names where the accused lives.
  void HomeAfterAge(const link::Mention& m) {
    const text::Sentence& s = v_.Sentence(m.sentence);
    const uint32_t k = m.token_end;
    if (k + 4 >= s.token_end || v_.Word(k) != "," || v_.Upos(k + 1) != "NUM" || v_.Word(k + 2) != "," ||
        v_.Lower(k + 3) != "of") {
      return;
    }
    const int place = v_.linking().MentionAt(k + 4);
    if (place < 0 || v_.linking().mentions[place].token_begin != k + 4 || !v_.IsPlace(place) ||
        v_.linking().mentions[place].entity < 0) {
      return;
    }
    Add(m.entity, "located_in", v_.linking().mentions[place].entity, m.sentence);
  }

  // "the mining hub of Rubaya in North Kivu province", "near Adan Yabaal in
  // the Middle Shabelle region", "Mellit in northern Darfur", "Goma, North
  // Kivu": a town or a district lies in the larger place named after "in"
  // or a comma. After a comma the larger place must be a state or a
  // division (admin1, region) that ends the list ("Kyiv, Kharkiv and Odesa"
  // are three cities); a division lies only in a state or a region.
  void PlaceInPlace(const link::Mention& m) {
    const std::string_view inner_kind = Sector(v_.linking().entities[m.entity]);
    if (!inner_kind.empty() && inner_kind != "admin1" && inner_kind != "region") return;
    const text::Sentence& s = v_.Sentence(m.sentence);
    uint32_t k = m.token_end;
    // ("the Zamzam displacement camp in North Darfur": past one describing
    // word before the noun.)
    if (k + 1 < s.token_end && v_.StartsLower(k) && v_.StartsLower(k + 1) &&
        !v_.lexicon().HasCue(v_.Lower(k), "place_noun") && v_.lexicon().HasCue(v_.Lower(k + 1), "place_noun")) {
      ++k;
    }
    const bool noun = k < s.token_end && v_.StartsLower(k) && v_.lexicon().HasCue(v_.Lower(k), "place_noun");
    if (noun) ++k;
    if (k + 1 >= s.token_end) return;
    // ("Dongying, in China's Shandong province": a comma before "in".)
    if (v_.Word(k) == "," && v_.Lower(k + 1) == "in" && k + 2 < s.token_end) ++k;
    const bool comma = v_.Word(k) == ",";
    // ("the Kotli district of Pakistan-administered Kashmir", "the Chong Bok
    // area of Ubon Ratchathani province": a division's noun and "of".)
    const bool of = noun && v_.Lower(k) == "of";
    if (!comma && !of && v_.Lower(k) != "in") return;
    if (comma && m.token_begin > s.token_begin && v_.Word(m.token_begin - 1) == ",") return;
    uint32_t at = k + 1;
    if (!comma) {
      // ("in the Middle Shabelle region", "in northern Darfur", "in
      // war-torn Sudan".)
      if (v_.Lower(at) == "the") ++at;
      while (at + 1 < s.token_end && at < k + 5 &&
             ((v_.StartsLower(at) && v_.Upos(at) == "ADJ") || v_.Word(at) == "-" || v_.HyphenJoined(at))) {
        ++at;
      }
    }
    const int place = at < s.token_end ? v_.linking().MentionAt(at) : -1;
    if (place < 0 || v_.linking().mentions[place].token_begin != at || !v_.IsPlace(place)) return;
    const uint32_t after = v_.linking().mentions[place].token_end;
    if (comma) {
      const bool closed = after >= s.token_end || v_.Word(after) == "." || v_.Word(after) == ";" ||
                          (v_.Word(after) == "," && !(after + 1 < s.token_end && (v_.Lower(after + 1) == "and" ||
                                                                                   v_.Lower(after + 1) == "or"))) ||
                          (v_.StartsLower(after) && v_.lexicon().HasCue(v_.Lower(after), "place_noun"));
      if (!closed) return;
    }
    if (Contains(v_.linking().mentions[place].entity, m.entity, comma)) {
      Add(m.entity, "located_in", v_.linking().mentions[place].entity, m.sentence);
    }
    // ("in Russia's Belgorod region": the state and the division its
    // possessive opens.)
    // ("in Mozambique's northern Cabo Delgado province": past describing
    // words.)
    if (!comma && after + 1 < s.token_end && base::IsPossessiveClitic(v_.Lower(after))) {
      uint32_t from = after + 1;
      while (from + 1 < s.token_end && from < after + 3 && v_.StartsLower(from) && v_.Upos(from) == "ADJ") ++from;
      const int owned = v_.linking().MentionAt(from);
      if (owned >= 0 && v_.linking().mentions[owned].token_begin == from && v_.IsPlace(owned) &&
          Contains(v_.linking().mentions[owned].entity, m.entity, comma)) {
        Add(m.entity, "located_in", v_.linking().mentions[owned].entity, m.sentence);
      }
    }
  }

  // Whether the place `outer` may hold the place `inner` (entities): a state
  // or a division holds a town or a district, a state or a region holds a
  // division; a place the tables do not know may lie in a city, told after
  // "in" (`comma` false: "the Sadr City district in Baghdad"). Places the
  // tables put in two states hold nothing of each other.
  bool Contains(int outer_entity, int inner_entity, bool comma) const {
    if (outer_entity < 0 || outer_entity == inner_entity) return false;
    const link::DocEntity& inner = v_.linking().entities[inner_entity];
    const link::DocEntity& outer = v_.linking().entities[outer_entity];
    const std::string_view inner_kind = Sector(inner);
    const std::string_view outer_kind = Sector(outer);
    const bool state = outer.type == "Country";
    const bool division = outer.type == "Location" && (outer_kind == "admin1" || outer_kind == "region");
    const bool city = outer.type == "Location" && outer.kb != nullptr && outer_kind.empty();
    if (!state && !division && !(city && !comma && inner.kb == nullptr)) return false;
    if (inner_kind == "admin1" && !state && outer_kind != "region") return false;
    return inner.country.empty() || outer.country.empty() || inner.country == outer.country;
  }

  // "POLICY BRIEF | Halvorsen Centre for Non-Proliferation, Oslo": a
  // heading's body and the place that ends its line.
  void PlaceEndingHeading(const link::Mention& m) {
    const uint32_t end = v_.Sentence(m.sentence).token_end;
    const uint32_t k = m.token_end;
    if (k + 1 >= end || v_.Word(k) != ",") return;
    const int place = v_.linking().MentionAt(k + 1);
    if (place < 0 || v_.linking().mentions[place].token_begin != k + 1 || !v_.IsPlace(place) ||
        v_.linking().mentions[place].entity < 0) {
      return;
    }
    const uint32_t after = v_.linking().mentions[place].token_end;
    const uint32_t from = v_.seg().tokens[after - 1].end;
    const uint32_t to = after < v_.seg().tokens.size() ? v_.seg().tokens[after].begin : v_.text().size();
    const std::string_view gap = v_.text().substr(from, to - from);
    if (gap.find('\n') == std::string_view::npos && !(after < end && v_.Word(after) == "|")) return;
    Add(m.entity, "located_in", v_.linking().mentions[place].entity, m.sentence);
  }

 private:
  // The kind of place (admin1, region, continent, sea, geo; empty for a
  // city or a place the tables do not know).
  static std::string_view Sector(const link::DocEntity& d) {
    return d.kb != nullptr && d.type == "Location" ? std::string_view(d.kb->sector) : std::string_view();
  }

  // Whether "-based" or "-headquartered" opens at token k ("Minsk-based").
  bool BasedAfter(uint32_t k) const {
    if (k + 1 >= v_.seg().tokens.size() || v_.Word(k) != "-" || !v_.HyphenJoined(k + 1)) return false;
    const std::string& w = v_.Lower(k + 1);
    return w == "based" || w == "headquartered";
  }

  // Whether entity e is an organisation a place can hold (a company or
  // another body no state runs).
  bool Located(int e) const {
    const std::string& type = v_.linking().entities[e].type;
    return type == "Company" || type == "Organization";
  }

  // Whether the words [from, to) describe a noun: lower-case adjectives and
  // nouns (a hyphen-joined word too), at most kMaxDescription, ending in a
  // noun.
  bool Description(uint32_t from, uint32_t to) const {
    if (to <= from || to - from > kMaxDescription || v_.Upos(to - 1) != "NOUN") return false;
    for (uint32_t k = from; k < to; ++k) {
      const std::string_view tag = v_.Upos(k);
      // ("French-language": a word joined to the next by a hyphen too.)
      const bool joined = v_.Word(k) == "-" || v_.HyphenJoined(k) || (k + 1 < to && v_.Word(k + 1) == "-");
      if (!joined && (!v_.StartsLower(k) || (tag != "ADJ" && tag != "NOUN" && tag != "VERB"))) return false;
    }
    return true;
  }

  // The place mention starting at k, after "in", "near" or "outside" and an
  // optional "the"; -1.
  int PlaceAfterPreposition(uint32_t k, uint32_t end) const {
    if (k + 1 >= end) return -1;
    const std::string& w = v_.Lower(k);
    uint32_t at = k + 1;
    // ("a plant on the outskirts of Kampala".)
    if (w == "on" && k + 4 < end && v_.Lower(k + 1) == "the" && v_.Lower(k + 2) == "outskirts" &&
        v_.Lower(k + 3) == "of") {
      at = k + 4;
    } else if (w != "in" && w != "near" && w != "outside") {
      return -1;
    }
    if (v_.Lower(at) == "the" && at + 1 < end) ++at;
    // ("in the Paraguayan city of Ciudad del Este", "in the port city of
    // Aden".)
    uint32_t noun = at;
    if (const int d = v_.linking().MentionAt(noun); d >= 0 && v_.linking().mentions[d].type == "NORP") {
      noun = v_.linking().mentions[d].token_end;
    }
    while (noun < end && noun < at + 3 && v_.StartsLower(noun) && !v_.lexicon().HasCue(v_.Lower(noun), "place_noun")) {
      ++noun;
    }
    if (noun + 2 < end && v_.StartsLower(noun) && v_.lexicon().HasCue(v_.Lower(noun), "place_noun") &&
        v_.Lower(noun + 1) == "of") {
      at = noun + 2;
    }
    const int m = v_.linking().MentionAt(at);
    return m >= 0 && v_.linking().mentions[m].token_begin == at && v_.IsPlace(m) &&
                   v_.linking().mentions[m].entity >= 0
               ? m
               : -1;
  }

  // "Arzni Tech LLC, a company in Yerevan, Armenia", "Ararat Component Supply
  // LLC, a Yerevan company", "Al-Sahel Industries, a Latakia company said to
  // be owned by …", "Rosoboronexport, the Russian state arms exporter".
  void PlaceAfterName(const link::Mention& m) {
    const uint32_t end = v_.Sentence(m.sentence).token_end;
    uint32_t k = m.token_end;
    if (k + 3 >= end || v_.Word(k) != ",") return;
    const std::string& article = v_.Lower(k + 1);
    const bool definite = article == "the";
    if (article != "a" && article != "an" && !definite) return;
    if (const int described = v_.linking().MentionAt(k + 2);
        described >= 0 && v_.linking().mentions[described].token_begin == k + 2 &&
        v_.linking().mentions[described].entity >= 0) {
      const link::Mention& describer = v_.linking().mentions[described];
      // A place, or a demonym standing for its state ("the Russian state
      // arms exporter"); "the Hamburg company" is as good as "a".
      const int place = v_.IsPlace(described) ? describer.entity
                        : describer.type == "NORP" ? v_.StateOf(describer.entity)
                                                   : -1;
      const bool based = BasedAfter(describer.token_end);
      if (place < 0 || describer.token_end >= end || (v_.Word(describer.token_end) == "-" && !based)) return;
      const uint32_t from = describer.token_end + (based ? 2 : 0);
      uint32_t to = from;
      const auto describing = [&](uint32_t w) {
        const std::string_view tag = v_.Upos(w);
        return v_.StartsLower(w) && (tag == "ADJ" || tag == "NOUN" || tag == "VERB");
      };
      while (to < end && to - from < kMaxDescription && describing(to)) ++to;
      // (The description ends at its last noun: "a Riga distributor owned
      // by …".)
      while (to > from && v_.Upos(to - 1) != "NOUN") --to;
      if (Description(from, to)) Add(m.entity, "located_in", place, m.sentence);
      return;
    }
    if (definite) return;
    for (uint32_t p = k + 3; p < end && p <= k + 2 + kMaxDescription; ++p) {
      const int place = PlaceAfterPreposition(p, end);
      if (place < 0) continue;
      if (Description(k + 2, p)) Add(m.entity, "located_in", v_.linking().mentions[place].entity, m.sentence);
      return;
    }
  }

  // "Polessia Holdings Ltd of Limassol, Cyprus", "Seastar Ship Management
  // FZE of Dubai", "Eastbridge Components LLC in Fort Lee, New Jersey": a
  // company's name ending in its legal form, "of" or "in" and a place; "the
  // Sahel Policy Institute in Dakar": "in" after a body's keyword.
  void PlaceAfterLegalForm(const link::Mention& m) {
    const uint32_t end = v_.Sentence(m.sentence).token_end;
    const uint32_t k = m.token_end;
    if (k + 1 >= end || (v_.Lower(k) != "of" && v_.Lower(k) != "in")) return;
    if (!v_.cues().Has(link::CueKind::kLegalForm, v_.Word(k - 1))) {
      // "a senior fellow at the Sahel Policy Institute in Dakar": a body's
      // name ending in a word for a company or a private body, then "in".
      const std::string* kind = v_.cues().Find(link::CueKind::kOrgKeyword, v_.Word(k - 1));
      if (v_.Lower(k) != "in" || kind == nullptr || (*kind != "Company" && *kind != "Organization")) return;
    }
    const int place = v_.linking().MentionAt(k + 1);
    if (place < 0 || v_.linking().mentions[place].token_begin != k + 1 || !v_.IsPlace(place) ||
        v_.linking().mentions[place].entity < 0) {
      return;
    }
    Add(m.entity, "located_in", v_.linking().mentions[place].entity, m.sentence);
  }

  // "a textile company in Karachi, Indus Loom Industries", "the Hamburg
  // freight forwarding company Elbkontor Logistik GmbH", "a Cypriot trust,
  // Larnaca Heritage Trust".
  void PlaceOrDemonymBeforeName(const link::Mention& m) {
    const uint32_t begin = v_.Sentence(m.sentence).token_begin;
    uint32_t k = m.token_begin;
    if (k < begin + 3) return;
    const bool comma = v_.Word(k - 1) == ",";
    if (comma) --k;
    const auto& linking = v_.linking();
    // "… in Karachi, X,": the place ends the description the name stands in
    // apposition to ("After establishing an administration in Goma, X
    // leader Y" names no apposition).
    const uint32_t after = m.token_end;
    const uint32_t end = v_.Sentence(m.sentence).token_end;
    const bool closed = after >= end || v_.Word(after) == "," || v_.Word(after) == "." || v_.Word(after) == ";";
    if (const int place = linking.MentionAt(k - 1); comma && place >= 0 && linking.mentions[place].token_end == k &&
                                                    v_.IsPlace(place) && linking.mentions[place].entity >= 0) {
      if (!closed) return;
      const uint32_t in = linking.mentions[place].token_begin;
      const uint32_t from = in > begin ? in - 1 : in;
      if (in > begin + 1 && PlaceAfterPreposition(from, k) == place) {
        uint32_t article = from;
        while (article > begin && from - article <= kMaxDescription && v_.Lower(article - 1) != "a" &&
               v_.Lower(article - 1) != "an") {
          --article;
        }
        if (article > begin && Description(article, from)) {
          Add(m.entity, "located_in", linking.mentions[place].entity, m.sentence);
        }
      }
      return;
    }
    // "the Hamburg freight forwarding company X", "a Cypriot trust, X": a
    // place or a demonym opens the description after the article.
    uint32_t passed = 0;  // words of hyphened describing words passed
    for (uint32_t d = k; d > begin && k - d < kMaxDescription + passed;) {
      --d;
      const int before = linking.MentionAt(d);
      if (before < 0) continue;
      const link::Mention& describer = linking.mentions[before];
      const uint32_t first = describer.token_begin;
      // ("the Rwanda-backed rebel group X", "Iranian-made": a name joined to
      // a participle tells who backs or made it, not where it is; "Minsk-based
      // X", "a Dubai-based trader X" tell where; "the Paris-based
      // French-language magazine X": such a word is one of the description's.)
      const bool based = BasedAfter(describer.token_end);
      if (v_.Word(describer.token_end) == "-" && !based) {
        passed += describer.token_end - first + 2;
        d = first;
        continue;
      }
      // (After an article, a verb or nothing: "Chinese firm X denied"; or
      // after a noun's comma: "its owner, Greek shipping company X".)
      const bool apposed = first >= begin + 2 && v_.Word(first - 1) == "," && v_.Upos(first - 2) == "NOUN";
      // (Or after a preposition, when a company's noun ends the description
      // right before the name: "a contract with South Korean shipbuilder X",
      // "made by German manufacturer X"; not "in the town of Djibasso last
      // month, X said".)
      const std::string* noun = v_.cues().Find(link::CueKind::kOrgNoun, v_.Lower(k - 1));
      const bool company_noun = !comma && noun != nullptr && *noun == "Company";
      // ("through Eindhoven-based X": a place's participle says as much.)
      const bool opens = first == begin || v_.Lower(first - 1) == "a" || v_.Lower(first - 1) == "an" ||
                         v_.Lower(first - 1) == "the" || v_.Upos(first - 1) == "VERB" || apposed ||
                         (v_.Upos(first - 1) == "ADP" && v_.StartsLower(first - 1) &&
                          (company_noun || (BasedAfter(describer.token_end) && describer.token_end + 2 == k)));
      if (!opens) return;
      if (describer.entity < 0) return;
      if (!(based && describer.token_end + 2 == k) && !Description(describer.token_end + (based ? 2 : 0), k)) return;
      const bool place = v_.IsPlace(before);
      const int state = describer.type == "NORP" ? v_.StateOf(describer.entity) : -1;
      if (place) Add(m.entity, "located_in", describer.entity, m.sentence);
      else if (state >= 0) Add(m.entity, "located_in", state, m.sentence);
      return;
    }
  }
};

}  // namespace

void FindPlaceRelations(const DocumentView& v, std::string_view date, std::vector<Relation>* out) {
  PlaceRelations(v, date, out).Run();
}

}  // namespace dossier::extract
