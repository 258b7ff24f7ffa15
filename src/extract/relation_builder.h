// RelationBuilder: what the relation finders share (relations.cc, the
// phrase rules; relation_patterns.cc, the rules of data/extract/relations.tsv):
// the relations found so far in a document and the look-ups both sides read.
// Internal to src/extract.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "extract/context.h"

namespace dossier::extract {

class RelationBuilder {
 public:
  RelationBuilder(const DocumentView& v, std::string_view date, std::vector<Relation>* out)
      : v_(v), date_(date), out_(*out) {}

 protected:
  void Add(int subject, const std::string& predicate, int object, uint32_t sentence) {
    if (subject < 0 || object < 0 || subject == object || predicate.empty()) return;
    // (No state leads, serves in or belongs to another as a member: "Ethiopia's
    // delegation is led by X and Somalia's by Y".)
    const auto& entities = v_.linking().entities;
    if (entities[subject].type == "Country" && entities[object].type == "Country" &&
        (predicate == "leader_of" || predicate == "role_in" || predicate == "employee_of")) {
      return;
    }
    // (Nor is a person a body anyone serves in or belongs to, or a place: an
    // office's word misread as a name, "role_in Assistant".)
    if (entities[object].type == "Person" &&
        (predicate == "role_in" || predicate == "employee_of" || predicate == "member_of" || predicate == "part_of" ||
         predicate == "located_in" || predicate == "citizen_of")) {
      return;
    }
    for (const Relation& r : out_) {
      if (r.subject == subject && r.predicate == predicate && r.object == object) return;
    }
    out_.push_back({subject, predicate, object, sentence, v_.Sentence(sentence).span()});
  }

  // A role's relation to the body it names: an office in a company, an
  // organisation or a public body ("chief technology officer", "a spokesman
  // for the Joint Chiefs of Staff"; role_in a state) is employment.
  // An office in an armed group or a party ("the Houthis' military
  // spokesman") is membership, and so is one in a body whose name ends in
  // an armed force's noun ("Rwanda Defence Force spokesman X", "a commander
  // of the Revolutionary Guards"; force_noun cues).
  void AddRole(int person, const std::string& predicate, int org, uint32_t sentence) {
    const link::DocEntity& body = v_.linking().entities[org];
    const bool employer = body.type == "Company" || body.type == "Organization" || body.type == "PublicBody";
    // (An office in an organisation of states is also a role in it, as in a
    // state: "EU foreign policy chief Josep Borrell".)
    if (predicate == "role_in" && body.kb != nullptr && body.kb->sector == "igo") Add(person, predicate, org, sentence);
    const bool members = NameEndsIn(body, "force_noun") ||
                         (body.kb != nullptr && (body.kb->sector == "armed_group" || body.kb->sector == "party"));
    Add(person, predicate != "role_in" ? predicate : members ? "member_of" : employer ? "employee_of" : predicate,
        org, sentence);
  }

  // Whether the last of several words of entity d's name is a cue of
  // `category` ("Rwanda Defence Force": force_noun; "Foreign Ministry":
  // dateline_body).
  bool NameEndsIn(const link::DocEntity& d, std::string_view category) const {
    const size_t space = d.name.rfind(' ');
    return space != std::string::npos && v_.lexicon().HasCue(base::AsciiLower(d.name.substr(space + 1)), category);
  }

  // "Cedar Crest Exchange, a currency dealer in Beirut, and its owner": the
  // entity named before the "and" at `and_at` (and its comma), past a
  // description in apposition to it or a relative clause on it
  // (DocumentView::DescriptionEnd); -1.
  int NamedBeforeAnd(uint32_t and_at) const {
    // (How far back a description may open.)
    constexpr uint32_t kMaxDescription = 40;
    const uint32_t begin = v_.Sentence(v_.SentenceOf(and_at)).token_begin;
    if (and_at <= begin || v_.Word(and_at - 1) != ",") return EntityOfMentionEndingAt(and_at);
    const uint32_t close = and_at - 1;
    for (uint32_t open = close; open > begin + 1 && close - open < kMaxDescription; --open) {
      const int named = EntityOfMentionEndingAt(open - 1);
      if (v_.Word(open - 1) == "," && named >= 0 && v_.DescriptionEnd(open - 1) == close) return named;
    }
    return EntityOfMentionEndingAt(close);
  }

  // "Coral Meridian Shipping Ltd, a company in Dubai whose …", "X, a company
  // registered in the UAE, whose …": the organisation or body named before
  // the description ", a|an …" that ends right before token k (a comma
  // before k passed over); -1.
  int NamedBeforeDescription(uint32_t k) const {
    // (How far back a description may open.)
    constexpr uint32_t kMaxDescription = 16;
    const uint32_t begin = v_.Sentence(v_.SentenceOf(k)).token_begin;
    uint32_t end = k;
    if (end > begin && v_.Word(end - 1) == ",") --end;
    for (uint32_t j = end; j > begin + 1 && end - j < kMaxDescription;) {
      --j;
      if (v_.Word(j) == ";") return -1;
      if (v_.Word(j) != "," || (v_.Lower(j + 1) != "a" && v_.Lower(j + 1) != "an")) continue;
      const int named = EntityOfMentionEndingAt(j);
      return named >= 0 && OrgOrState(named) != nullptr && v_.linking().entities[named].type != "Country" ? named
                                                                                                          : -1;
    }
    return -1;
  }

  // "X, whose sole shareholder is …", "X, a company in Dubai whose only
  // director, …": the organisation or body a "whose" clause at token
  // `whose` is about: the name before its comma, else the one the
  // description before it stands in apposition to; -1.
  int NamedBeforeWhose(uint32_t whose) const {
    const uint32_t begin = v_.Sentence(v_.SentenceOf(whose)).token_begin;
    if (whose > begin + 1 && v_.Word(whose - 1) == ",") {
      uint32_t name_end = whose - 1;
      // ("Seastar Ship Management FZE of Dubai, whose director", "… of
      // Ahmedabad, India, whose director": past the places after the name.)
      for (uint32_t at = name_end; at > begin + 2;) {
        const int place = v_.linking().MentionAt(at - 1);
        if (place < 0 || !v_.IsPlace(place) || v_.linking().mentions[place].token_begin <= begin + 1) break;
        const uint32_t first = v_.linking().mentions[place].token_begin;
        if (v_.Lower(first - 1) == "of") {
          name_end = first - 1;
          break;
        }
        if (v_.Word(first - 1) != ",") break;
        at = first - 1;
      }
      const int named = EntityOfMentionEndingAt(name_end);
      if (named >= 0 && OrgOrState(named) != nullptr && v_.linking().entities[named].type != "Country") return named;
    }
    return NamedBeforeDescription(whose);
  }

  // Whether a relation found so far gives `person` an office in a state.
  bool HoldsStateOffice(int person) const {
    for (const Relation& r : out_) {
      if (r.subject == person && (r.predicate == "role_in" || r.predicate == "leader_of") &&
          v_.linking().entities[r.object].type == "Country") {
        return true;
      }
    }
    return false;
  }

  // The one entity "the <body's noun>'s" refers to when the possessive
  // clitic is at `clitic` ("the group's military leader", "the group's elite
  // Radwan Force"; org_noun cues); -1.
  int BodyNounPossessor(uint32_t clitic) const {
    if (clitic < 2 || !base::IsPossessiveClitic(v_.Lower(clitic)) || v_.Lower(clitic - 2) != "the" ||
        !v_.StartsLower(clitic - 1) || !v_.cues().Has(link::CueKind::kOrgNoun, v_.Lower(clitic - 1))) {
      return -1;
    }
    const std::vector<int> body = v_.Referents(clitic - 1);
    return body.size() == 1 ? body.front() : -1;
  }

  int EntityOfMentionEndingAt(uint32_t end) const {
    if (end == 0) return -1;
    int m = v_.linking().MentionAt(end - 1);
    if (m < 0 || v_.linking().mentions[m].token_end != end) return -1;
    return v_.linking().mentions[m].entity;
  }

  // The entity if it is an organisation or a state, else nullptr.
  const link::DocEntity* OrgOrState(int e) const {
    const link::DocEntity& d = v_.linking().entities[e];
    return d.type == "Person" || d.type == "Location" ? nullptr : &d;
  }

  // Whether mention m stands before a common noun it only qualifies ("the
  // Hamas police force"), not one naming the body's kind ("the opposition
  // PAIGC party", "the Wagner group").
  bool QualifiesNoun(int m) const {
    const link::Mention& mention = v_.linking().mentions[m];
    const uint32_t after = mention.token_end;
    return after < v_.Sentence(mention.sentence).token_end && v_.StartsLower(after) && v_.Upos(after) == "NOUN" &&
           !v_.cues().Has(link::CueKind::kOrgNoun, v_.Lower(after));
  }

  // Whether the first mention of entity e from `from` on qualifies a noun.
  bool DescribesNounAfter(uint32_t from, int e) const {
    const uint32_t end = v_.Sentence(v_.SentenceOf(from)).token_end;
    for (uint32_t k = from; k < end; ++k) {
      const int m = v_.linking().MentionAt(k);
      if (m >= 0 && v_.linking().mentions[m].entity == e) return QualifiesNoun(m);
    }
    return false;
  }

  // Whether the first mention of organisation e from `from` on is a
  // possessive before a common noun in lower case ("Hezbollah's logistics
  // unit"): the noun names a part of it, not the whole.
  bool UnitOfPossessive(uint32_t from, int e) const {
    if (v_.linking().entities[e].type == "Country") return false;
    const uint32_t end = v_.Sentence(v_.SentenceOf(from)).token_end;
    for (uint32_t k = from; k < end; ++k) {
      const int m = v_.linking().MentionAt(k);
      if (m < 0 || v_.linking().mentions[m].entity != e) continue;
      const uint32_t after = v_.linking().mentions[m].token_end;
      return after + 1 < end && v_.IsPossessiveMark(after) && v_.StartsLower(after + 1) &&
             (v_.Upos(after + 1) == "NOUN" || v_.Upos(after + 1) == "ADJ");
    }
    return false;
  }

  // Whether a preposition stands between `from` and the first mention of
  // entity e after it.
  bool PrepositionBefore(uint32_t from, int e) const {
    const uint32_t end = v_.Sentence(v_.SentenceOf(from)).token_end;
    for (uint32_t k = from; k < end; ++k) {
      const int m = v_.linking().MentionAt(k);
      if (m >= 0 && v_.linking().mentions[m].entity == e) return false;
      if (m < 0 && v_.Upos(k) == "ADP") return true;
    }
    return false;
  }

  // The nearest named person or organisation before token k in its sentence.
  int NearestActorBefore(uint32_t k, bool org_only) const {
    const text::Sentence& s = v_.Sentence(v_.SentenceOf(k));
    // "Blue Orchid Maritime, which is owned by Jade Crest Holdings, was
    // sanctioned by": past a relative clause set off by commas.
    uint32_t verb = k;
    while (verb > s.token_begin && v_.lexicon().HasCue(v_.Lower(verb - 1), "be_aux")) --verb;
    // ("Polotsk Air Cargo LLC, whose director is X, was sanctioned by": or
    // a "whose" clause, which opens no clause of its own.)
    if (verb > s.token_begin + 2 && v_.Word(verb - 1) == ",") {
      const uint32_t clause = v_.ClauseStart(verb - 2);
      if (clause > s.token_begin && v_.cues().Has(link::CueKind::kRelative, v_.Word(clause))) {
        k = v_.Word(clause - 1) == "," ? clause - 1 : clause;
      }
      for (uint32_t j = verb - 2; j > clause + 1 && j > s.token_begin + 1; --j) {
        if (v_.Lower(j - 1) == "whose" && v_.Word(j - 2) == ",") {
          k = j - 2;
          break;
        }
      }
    }
    for (uint32_t j = k; j > s.token_begin;) {
      --j;
      int m = v_.linking().MentionAt(j);
      if (m < 0) continue;
      const link::Mention& mention = v_.linking().mentions[m];
      if (mention.entity >= 0 && (mention.type == "ORG" || (!org_only && mention.type == "PERSON"))) {
        return mention.entity;
      }
      j = mention.token_begin;
    }
    return -1;
  }

  const DocumentView& v_;
  std::string_view date_;
  std::vector<Relation>& out_;
};

// The relations data/extract/relations.tsv's patterns state, appended to `out`.
void FindPatternRelations(const DocumentView& v, std::string_view date, std::vector<Relation>* out);
// Where organisations are, told by descriptions ("X, a company in Yerevan",
// "the Hamburg freight forwarding company X"; place_relations.cc).
void FindPlaceRelations(const DocumentView& v, std::string_view date, std::vector<Relation>* out);
// Which body another is a branch of ("The European Union's peacekeeping
// force, EUFOR", "JNIM, al Qaeda's affiliate in the Sahel";
// branch_relations.cc).
void FindBranchRelations(const DocumentView& v, std::string_view date, std::vector<Relation>* out);

}  // namespace dossier::extract
