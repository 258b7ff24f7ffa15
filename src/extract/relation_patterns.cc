// The relations data/extract/relations.tsv's patterns state: verbs and
// phrases ("worked with", "under sanctions from", "written by", "based in",
// "owned by"), each applied at its trigger with the rule of its kind.
#include <algorithm>

#include "base/utf8.h"
#include "extract/relation_builder.h"

namespace dossier::extract {
namespace {

class PatternRelations : public RelationBuilder {
 public:
  using RelationBuilder::RelationBuilder;

  void FromPatterns() {
    const auto& toks = v_.seg().tokens;
    for (uint32_t k = 0; k < toks.size(); ++k) {
      const auto* patterns = v_.lexicon().RelationsFor(v_.Lower(k));
      if (patterns == nullptr) continue;
      for (const RelationPattern& p : *patterns) {
        uint32_t end = k + 1;
        bool ok = true;
        // ("works closely with": an adverb in -ly after a verb, before the
        // rest of its phrase.)
        if (p.kind == "verb" && !p.rest.empty() && end + 1 < toks.size() && v_.Upos(end) == "ADV" &&
            v_.Lower(end).ends_with("ly") && v_.Lower(end + 1) == p.rest.front()) {
          ++end;
        }
        for (const std::string& w : p.rest) {
          if (end >= toks.size() || v_.Lower(end) != w) {
            ok = false;
            break;
          }
          ++end;
        }
        if (!ok) continue;
        ApplyPattern(p, k, end);
        break;
      }
    }
  }

 private:
  // The entity a participle with an agent ("led by") at k describes: the
  // name right before it (`before` skips a comma), else "The group is led
  // by": the passive's subject, else "Frost Wolf, a hacker group led by":
  // the name the noun before the participle stands in apposition to.
  int NamedBeforeParticiple(uint32_t k, uint32_t before, uint32_t s) const {
    // ("The Union pour la Renaissance du Nord (URN), led by": past the
    // acronym in brackets.)
    if (before > 2 && v_.Word(before - 1) == ")" && v_.Word(before - 3) == "(") before -= 3;
    const int named = EntityOfMentionEndingAt(before);
    if (named >= 0) return named;
    const uint32_t start = v_.Sentence(s).token_begin;
    const uint32_t clause = v_.ClauseStart(k);
    // ("which", "who"; "that" right after a noun: "a company that is owned by".)
    const bool relative = v_.cues().Has(link::CueKind::kRelative, v_.Word(clause)) ||
                          (v_.Lower(clause) == "that" && clause > start && v_.Upos(clause - 1) == "NOUN");
    // ("is wholly owned by", "is 60 percent owned by": a share or an adverb
    // after the copula.)
    const uint32_t copula = ShareBefore(before, start);
    const bool passive_be = copula > start && (v_.Lower(copula - 1) == "is" || v_.Lower(copula - 1) == "was");
    // "Aegean Crest Freight, which is owned by …": what the pronoun stands for.
    if (relative && passive_be && clause + 2 == copula) {
      // (A state is owned by nobody: "the Qatari tanker X, which is owned by".)
      const std::vector<int> antecedent = v_.SubjectBefore(copula - 1);
      if (antecedent.size() == 1 && v_.linking().entities[antecedent.front()].type != "Country") {
        return antecedent.front();
      }
      // ("X, a Seychelles-registered company that is wholly owned by": the
      // name the noun before the pronoun stands in apposition to.)
      return clause > start ? NamedBeforeParticiple(clause, clause, s) : -1;
    }
    if (!relative && passive_be) {
      // ("Its registered owner, Halcyon Tide Shipping, is controlled by": the
      // company named in apposition to the subject.)
      if (copula > start + 2 && v_.Word(copula - 2) == ",") {
        const int apposed = EntityOfMentionEndingAt(copula - 2);
        if (apposed >= 0 && v_.linking().entities[apposed].type == "Company") return apposed;
      }
      // ("OFAC said the network was run by X": the subject of the clause
      // after a verb of saying, not the speaker.)
      uint32_t from = v_.ClauseStart(copula - 1);
      bool reported = false;
      for (uint32_t t = from; t + 1 < copula; ++t) {
        if (v_.Upos(t) == "VERB" && v_.lexicon().HasCue(v_.Lower(t), "speech_verb")) {
          from = t + 1;
          reported = true;
        }
      }
      std::vector<int> subject = reported ? std::vector<int>{} : v_.SubjectBefore(copula - 1);
      // ("the group": what it refers to.)
      for (uint32_t t = from; subject.empty() && t + 1 < copula; ++t) {
        subject = v_.Referents(t);
      }
      // ("Ethiopia's delegation is led by": the noun its possessive
      // describes is what the participle tells of, not the possessor.)
      for (uint32_t t = from; subject.size() == 1 && t + 2 < copula; ++t) {
        const int m = v_.linking().MentionAt(t);
        if (m < 0 || v_.linking().mentions[m].entity != subject.front()) continue;
        const uint32_t after = v_.linking().mentions[m].token_end;
        if (after + 1 < copula && v_.IsPossessiveMark(after) && v_.StartsLower(after + 1)) return -1;
      }
      if (subject.size() == 1) return subject.front();
    }
    for (uint32_t j = before; j > start + 1 && before - j < 8;) {
      --j;
      const std::string_view tag = v_.Upos(j);
      if (v_.Word(j) != ",") {
        // ("a Lagos-registered company owned by": a place joined to a
        // participle describes the noun.)
        if (v_.HyphenJoined(j) && j >= 2 && v_.Word(j - 1) == "-") {
          const int place = v_.linking().MentionAt(j - 2);
          if (place >= 0 && v_.DescribesNoun(place)) {
            j = v_.linking().mentions[place].token_begin;
            continue;
          }
        }
        // ("an Izmir trading house owned by": a place may describe the noun.)
        if (const int place = v_.linking().MentionAt(j); place >= 0 && v_.IsPlace(place)) {
          j = v_.linking().mentions[place].token_begin;
          continue;
        }
        // ("a consortium partly owned by": an adverb may stand before; "a
        // company registered in Sana'a and managed by": another participle
        // and its place.)
        // ("the Viv Ansanm coalition, led by": the organisation whose name
        // a noun of organisations follows; "a Rosatom delegation led by" is
        // none.)
        if (const int m = v_.linking().MentionAt(j);
            m >= 0 && v_.linking().mentions[m].type == "ORG" && v_.linking().mentions[m].token_end == j + 1 &&
            j + 1 < before && v_.linking().mentions[m].entity >= 0 &&
            v_.lexicon().HasCue(v_.Lower(before - 1), "led_group_noun")) {
          return v_.linking().mentions[m].entity;
        }
        const std::string& w = v_.Lower(j);
        const bool joined = w == "and" || w == "in" || (tag == "VERB" && w.ends_with("ed"));
        if (!v_.StartsLower(j) ||
            (!tag.empty() && tag != "DET" && tag != "ADJ" && tag != "NOUN" && tag != "ADV" && !joined)) {
          return -1;
        }
        continue;
      }
      const std::string& det = v_.Lower(j + 1);
      if (det != "a" && det != "an" && det != "the") return -1;
      // ("the Libyan National Army (LNA), the eastern armed force commanded
      // by": past the short name in brackets.)
      if (j >= 3 && v_.Word(j - 1) == ")" && v_.Word(j - 3) == "(") return EntityOfMentionEndingAt(j - 3);
      return EntityOfMentionEndingAt(j);
    }
    return -1;
  }

  // Where the share or the adverbs right before k begin ("60 percent",
  // "wholly", "majority-"), not before `start`; k when there are none.
  uint32_t ShareBefore(uint32_t k, uint32_t start) const {
    while (k > start + 1) {
      // ("majority-owned", "wholly-owned": a word joined by a hyphen.)
      if (v_.Word(k - 1) == "-" && v_.HyphenJoined(k) && k > start + 2) {
        k -= 2;
      } else if (v_.Upos(k - 1) == "ADV" || v_.Lower(k - 1) == "percent" || v_.Word(k - 1) == "%" ||
                 v_.lexicon().Count(v_.Lower(k - 1)) > 0) {
        --k;
      } else {
        break;
      }
    }
    return k;
  }

  // "is 60 percent owned by A, a Turkish citizen, and 40 percent owned by
  // B": for a participle after "and" (and a share or an adverb), the same
  // participle before it in the sentence with "by" after it; else k.
  uint32_t SameParticipleBeforeAnd(uint32_t k) const {
    const uint32_t start = v_.Sentence(v_.SentenceOf(k)).token_begin;
    const uint32_t j = ShareBefore(k, start);
    if (j == start || v_.Lower(j - 1) != "and") return k;
    for (uint32_t t = j - 1; t > start; --t) {
      if (v_.Lower(t - 1) == v_.Lower(k) && v_.Lower(t) == "by") return t - 1;
    }
    return k;
  }

  // Pattern kinds other than verbs (data/extract/relations.tsv), each at the
  // trigger [k, end) in sentence s.
  // The word after the possessive of `state` when the first name within four
  // words of `from` is `state` in the possessive ("Turkey's …"), or 0.
  uint32_t AfterStatePossessive(uint32_t from, int state) const {
    const auto& linking = v_.linking();
    const uint32_t sentence_end = v_.Sentence(v_.SentenceOf(from)).token_end;
    for (uint32_t t = from; t < sentence_end && t < from + 4; ++t) {
      const int m = linking.MentionAt(t);
      if (m < 0) continue;
      const uint32_t after = linking.mentions[m].token_end;
      const bool possessive = linking.mentions[m].entity == state && after + 1 < sentence_end &&
                              base::IsPossessiveClitic(v_.Lower(after));
      return possessive ? after + 1 : 0;
    }
    return 0;
  }

  // The organisation named right after the first mention of `state` from
  // `from` on and its possessive ("Turkey's Defence Industry Agency"), or -1.
  int BodyOfState(uint32_t from, int state) const {
    const uint32_t k = AfterStatePossessive(from, state);
    const auto& linking = v_.linking();
    const int body = k > 0 ? linking.MentionAt(k) : -1;
    if (body < 0 || linking.mentions[body].token_begin != k || linking.mentions[body].type != "ORG") return -1;
    return linking.mentions[body].entity;
  }

  // Whether that possessive stands before a lower-case noun that names no
  // body ("Ukraine's military intelligence agency").
  bool StateBeforeNoun(uint32_t from, int state) const {
    const uint32_t k = AfterStatePossessive(from, state);
    return k > 0 && v_.StartsLower(k) && v_.linking().MentionAt(k) < 0;
  }

  void FromPersonOrg(const RelationPattern& p, uint32_t k, uint32_t end, uint32_t s) {
    // "Park, who runs the Bangkok-registered trading firm Golden Lotus
    // Energy": a person's verb whose object is a company or an organisation
    // (a phrase of up to eight words: "runs a campaign" names none).
    const std::vector<int> subj = v_.SubjectBefore(k);
    std::vector<int> obj = v_.ObjectAfter(end, 8);
    if (subj.size() != 1 || obj.empty() || v_.linking().entities[subj.front()].type != "Person") return;
    // ("who manages the Caracas firm Inversiones Aerotécnicas Caribe C.A.":
    // past a place describing the noun after it.)
    const uint32_t sentence_end = v_.Sentence(s).token_end;
    for (uint32_t t = end; t + 2 < sentence_end && t < end + 3; ++t) {
      const int m = v_.linking().MentionAt(t);
      if (m < 0) continue;
      const uint32_t after = v_.linking().mentions[m].token_end;
      if (v_.IsPlace(m) && v_.linking().mentions[m].entity == obj.front() && v_.StartsLower(after) &&
          v_.Upos(after) == "NOUN") {
        obj.clear();
        for (uint32_t u = after + 1; u < sentence_end && u < after + 4 && obj.empty(); ++u) {
          const int named = v_.linking().MentionAt(u);
          if (named >= 0 && v_.linking().mentions[named].entity >= 0) obj.push_back(v_.linking().mentions[named].entity);
          if (!v_.StartsLower(u)) break;
        }
      }
      break;
    }
    if (obj.empty()) return;
    // ("who runs the gang's kidnapping operations": what the body owns, in
    // lower case after its possessive, is run, not the body.)
    for (uint32_t t = end; t + 1 < sentence_end && t < end + 8; ++t) {
      if (v_.Word(t) == "," || v_.IsClauseBreak(t)) break;
      if (base::IsPossessiveClitic(v_.Lower(t)) && v_.StartsLower(t + 1)) return;
    }
    const std::string& type = v_.linking().entities[obj.front()].type;
    if (type == "Company" || type == "Organization") Add(subj.front(), p.predicate, obj.front(), s);
  }

  void FromOrigin(const RelationPattern& p, uint32_t k, uint32_t end, uint32_t s) {
    // "Tehran-based logistics firm Pars Kavir Shipping", "a Limassol-based
    // company, Aegean Crest Freight": the place joined to the participle and
    // the organisation the phrase after it names.
    if (!v_.HyphenJoined(k)) return FromOriginIn(p, k, end, s);
    const int place = v_.linking().MentionAt(k - 2);
    if (place < 0 || v_.linking().mentions[place].entity < 0 || !v_.IsPlace(place)) return;
    std::vector<int> org = v_.ObjectAfter(end, 5);
    // (A name, not a pronoun: "an Abu Dhabi-based gold trader and its
    // Sudanese owner" names no body.)
    const bool named_after = !org.empty() && std::any_of(v_.linking().mentions.begin(), v_.linking().mentions.end(),
                                                         [&](const link::Mention& m) {
                                                           return m.entity == org.front() && m.token_begin >= end &&
                                                                  m.token_begin < end + 6;
                                                         });
    // ("a Moscow-based supplier to the Russian Ministry of Defense": not a
    // name in a phrase of the noun's.)
    if (!named_after || PrepositionBefore(end, org.front())) org.clear();
    // "Sahand Maritime Services, a Tehran-based shipping agent": the name
    // the phrase stands in apposition to.
    const uint32_t place_begin = v_.linking().mentions[place].token_begin;
    if (org.empty() && place_begin >= 3 && (v_.Lower(place_begin - 1) == "a" || v_.Lower(place_begin - 1) == "an") &&
        v_.Word(place_begin - 2) == ",") {
      if (const int named = EntityOfMentionEndingAt(place_begin - 2); named >= 0) org.push_back(named);
    }
    // (The first of a group: "X Ltd and the Tehran-based firm Y".)
    if (org.empty() || v_.linking().entities[org.front()].type == "Person" ||
        v_.linking().entities[org.front()].type == "Country" || org.front() == v_.linking().mentions[place].entity) {
      return;
    }
    Add(org.front(), p.predicate, v_.linking().mentions[place].entity, s);
  }

  // "Sahand Marine Services, a shipping agent based in Bandar Abbas", "The
  // firm, which is based in Dubai": the place after "in" and the name the
  // phrase describes.
  void FromOriginIn(const RelationPattern& p, uint32_t k, uint32_t end, uint32_t s) {
    const uint32_t sentence_end = v_.Sentence(s).token_end;
    if (end + 1 >= sentence_end || v_.Lower(end) != "in") return;
    // ("is incorporated in the Marshall Islands".)
    const uint32_t at = v_.Lower(end + 1) == "the" && end + 2 < sentence_end ? end + 2 : end + 1;
    const int place = v_.linking().MentionAt(at);
    if (place < 0 || v_.linking().mentions[place].token_begin != at || !v_.IsPlace(place) ||
        v_.linking().mentions[place].entity < 0) {
      return;
    }
    uint32_t before = k;
    while (before > v_.Sentence(s).token_begin && v_.lexicon().HasCue(v_.Lower(before - 1), "be_aux")) --before;
    int named = -1;
    if (before < k) {
      // ("The Aurelia Star's registered owner, Marlow Bay Shipping, is
      // incorporated in": the name in apposition to the subject.)
      const int apposed = before > 0 && v_.Word(before - 1) == "," ? EntityOfMentionEndingAt(before - 1) : -1;
      const std::vector<int> subject = apposed >= 0 ? std::vector<int>{apposed} : v_.SubjectBefore(before);
      if (subject.size() == 1) named = subject.front();
    } else {
      // The description before the participle: "a shipping agent".
      // ("Kim Chol Ho, a DPRK national based in Dalian": or a state's name
      // or demonym among its words.)
      const auto describing = [&](uint32_t w) {
        if (v_.StartsLower(w)) return v_.Upos(w) != "ADP" && v_.Lower(w) != "a" && v_.Lower(w) != "an";
        const int m = v_.linking().MentionAt(w);
        return m >= 0 && (v_.linking().mentions[m].type == "NORP" || v_.linking().mentions[m].type == "GPE");
      };
      uint32_t b = k;
      while (b > v_.Sentence(s).token_begin && k - b < 4 && describing(b - 1)) --b;
      if (b >= 2 && b < k && (v_.Lower(b - 1) == "a" || v_.Lower(b - 1) == "an") && v_.Word(b - 2) == ",") {
        named = EntityOfMentionEndingAt(b - 2);
      } else if (b == k && k >= 1 && v_.Word(k - 1) == ",") {
        // "Wide Reach Electronics, registered in Hong Kong to a nominee".
        named = EntityOfMentionEndingAt(k - 1);
      } else if (b + 1 == k && k >= 3 && (v_.Lower(b) == "both" || v_.Lower(b) == "all") && v_.Word(b - 1) == ",") {
        // "Haixin Ocean Shipping Co., Limited and Bright Tide Maritime
        // Limited, both registered in Hong Kong": each of the names listed.
        for (const int listed : ListEndingAt(b - 1)) {
          const std::string& type = v_.linking().entities[listed].type;
          if (type != "Country" && type != "Location") Add(listed, p.predicate, v_.linking().mentions[place].entity, s);
        }
        return;
      }
    }
    if (named < 0) return;
    const std::string& type = v_.linking().entities[named].type;
    // (A person only so described: "a DPRK national based in Dalian".)
    if ((type == "Person" && before < k) || type == "Country" || type == "Location") return;
    Add(named, p.predicate, v_.linking().mentions[place].entity, s);
  }

  // The entities of the names listed right before token `end` ("A, B and
  // C"), the last first; empty when no name ends there.
  std::vector<int> ListEndingAt(uint32_t end) const {
    std::vector<int> out;
    uint32_t at = end;
    while (true) {
      const int m = at > 0 ? v_.linking().MentionAt(at - 1) : -1;
      if (m < 0 || v_.linking().mentions[m].entity < 0 || v_.linking().mentions[m].token_end != at) break;
      out.push_back(v_.linking().mentions[m].entity);
      const uint32_t b = v_.linking().mentions[m].token_begin;
      if (b >= 2 && (v_.Lower(b - 1) == "and" || v_.Word(b - 1) == ",")) {
        at = b - 1;
        if (at >= 2 && v_.Lower(at - 1) == "," ) --at;  // (", and")
        continue;
      }
      break;
    }
    return out;
  }

  void FromPlaceOf(const RelationPattern& p, uint32_t k, uint32_t end, uint32_t s) {
    // "Hargeisa is the capital of Somaliland", "Garowe, the seat of the
    // semi-autonomous Puntland state": a place in another.
    uint32_t b = k;
    while (b > v_.Sentence(s).token_begin && k - b < 3 &&
           (v_.Lower(b - 1) == "the" || (v_.StartsLower(b - 1) && v_.Upos(b - 1) == "ADJ"))) {
      --b;
    }
    if (b < 2 || b == k || v_.Lower(b) != "the") return;
    const std::string& link = v_.Lower(b - 1);
    if (link != "," && link != "is" && link != "was" && link != "remains") return;
    const int inner = v_.linking().MentionAt(b - 2);
    if (inner < 0 || v_.linking().mentions[inner].token_end != b - 1 || !v_.IsPlace(inner)) return;
    for (uint32_t t = end; t < v_.Sentence(s).token_end && t < end + 5; ++t) {
      const int outer = v_.linking().MentionAt(t);
      if (outer < 0) continue;
      if (v_.IsPlace(outer)) {
        Add(v_.linking().mentions[inner].entity, p.predicate, v_.linking().mentions[outer].entity, s);
      }
      break;
    }
  }

  void FromOrgRole(const RelationPattern& p, uint32_t k, uint32_t end, uint32_t s) {
    // "the Office of Financial Sanctions Implementation, part of HM
    // Treasury", "X, a subsidiary of Y": the organisation before the
    // comma and the one after "of".
    uint32_t b = k;
    while (b > v_.Sentence(s).token_begin && k - b < 4 && v_.StartsLower(b - 1) && v_.Lower(b - 1) != "and") --b;
    if (b < 2 || v_.Word(b - 1) != ",") return;
    // ("Britain's National Cyber Security Centre (NCSC), part of": past the
    // acronym in brackets.)
    uint32_t comma = b - 1;
    if (comma > 3 && v_.Word(comma - 1) == ")" && v_.Word(comma - 3) == "(") comma -= 3;
    const int inner = EntityOfMentionEndingAt(comma);
    const std::vector<int> outer = v_.ObjectAfter(end, 5);
    if (inner < 0 || outer.empty() || OrgOrState(inner) == nullptr || OrgOrState(outer.front()) == nullptr ||
        v_.linking().entities[inner].type == "Country") {
      return;
    }
    Add(inner, p.predicate, outer.front(), s);
  }

  void FromOrgRoleBefore(const RelationPattern& p, uint32_t k, uint32_t end, uint32_t s) {
    // "Northgate Meridian Capital's London subsidiary, Northgate Meridian
    // (UK) Ltd", "Al Qaeda's Sahel affiliate JNIM": the possessive
    // organisation and the one named after the noun.
    uint32_t b = k;
    while (b > v_.Sentence(s).token_begin && k - b < 4 && !base::IsPossessiveClitic(v_.Lower(b - 1))) {
      const int m = v_.linking().MentionAt(b - 1);
      if (!(v_.StartsLower(b - 1) || (m >= 0 && v_.IsPlace(m)))) return;
      b = m >= 0 ? v_.linking().mentions[m].token_begin : b - 1;
    }
    if (b < 2 || !base::IsPossessiveClitic(v_.Lower(b - 1))) return;
    const int outer = EntityOfMentionEndingAt(b - 1);
    uint32_t after = end;
    if (after < v_.Sentence(s).token_end && v_.Word(after) == ",") ++after;
    if (after < v_.Sentence(s).token_end && v_.Lower(after) == "the") ++after;
    const int m = v_.linking().MentionAt(after);
    if (outer < 0 || m < 0 || v_.linking().mentions[m].token_begin != after || v_.linking().mentions[m].type != "ORG") {
      return;
    }
    const int inner = v_.linking().mentions[m].entity;
    if (inner < 0 || OrgOrState(outer) == nullptr || v_.linking().entities[outer].type == "Country") return;
    Add(inner, p.predicate, outer, s);
  }

  // "Blue Kestrel Shipping Inc, its Yemeni owner Tawfiq Ahmed al-Sharjabi":
  // the company before "its" and the owner named after the noun; "charged
  // Anastasiou, the owner of Limassol-based Aegean Star Logistics Ltd": the
  // name before "the" owns the company after "of".
  void FromOwnerNoun(const RelationPattern& p, uint32_t k, uint32_t end, uint32_t s) {
    const uint32_t begin = v_.Sentence(s).token_begin, sentence_end = v_.Sentence(s).token_end;
    uint32_t b = k;
    // ("its registered owner": a participle describes the noun too.)
    while (b > begin && k - b < 2 && v_.StartsLower(b - 1) && v_.Lower(b - 1) != "whose" &&
           (v_.Upos(b - 1) == "ADJ" || (v_.Upos(b - 1) == "VERB" && v_.Lower(b - 1).ends_with("ed")))) {
      --b;
    }
    if (b > begin) {
      // (A demonym may describe the owner: "its Yemeni owner".)
      if (const int m = v_.linking().MentionAt(b - 1); m >= 0 && v_.linking().mentions[m].type == "NORP") {
        b = v_.linking().mentions[m].token_begin;
      }
    }
    // ("The Aurelia Star's registered owner, Marlow Bay Shipping": the name
    // in the possessive before is owned by the name after the comma.)
    if (b > begin + 1 && base::IsPossessiveClitic(v_.Lower(b - 1)) && end < sentence_end && v_.Word(end) == ",") {
      const int owned = EntityOfMentionEndingAt(b - 1);
      const int owner = NamedOwnerAt(end + 1);
      if (owned >= 0 && owner >= 0 && owner != owned && OrgOrState(owned) != nullptr) {
        Add(owned, p.predicate, owner, s);
      }
      return;
    }
    // ("Cedar Crest Exchange, a currency dealer in Beirut, and its owner,
    // Walid Sarkis": "its" after "and" refers to the company listed before,
    // past a description in apposition to it.)
    if (b > begin + 2 && v_.Lower(b - 1) == "its" && v_.Lower(b - 2) == "and") {
      const int company = NamedBeforeAnd(b - 2);
      const int owner = NamedOwnerAt(end < sentence_end && v_.Word(end) == "," ? end + 1 : end);
      if (company >= 0 && owner >= 0 && owner != company && v_.linking().entities[company].type == "Company") {
        Add(company, p.predicate, owner, s);
      }
      return;
    }
    // ("The tanker Kora Spirit … Its registered owner, Seychelles-based
    // Halcyon Tide Shipping, is", "targeted the ship because its owner, X,":
    // the ship or company "its" refers to.)
    if (b > begin && v_.Lower(b - 1) == "its" && end < sentence_end && v_.Word(end) == ",") {
      const std::vector<int> owned = v_.Referents(b - 1);
      const int owner = NamedOwnerAt(end + 1);
      if (owned.size() == 1 && owner >= 0 && owner != owned.front()) {
        const std::string& type = v_.linking().entities[owned.front()].type;
        if (type == "Company" || type == "Thing") Add(owned.front(), p.predicate, owner, s);
      }
      return;
    }
    // ("Pelagos Maritime Inc, whose sole shareholder is a Georgian national,
    // Levan Beridze".)
    // (Or "Avenor Ltd, a Cyprus-registered company whose sole shareholder is
    // …": the name the noun before "whose" stands in apposition to.)
    if (b > begin + 2 && v_.Lower(b - 1) == "whose" && end + 1 < sentence_end &&
        (v_.Lower(end) == "is" || v_.Lower(end) == "was")) {
      const int company = NamedBeforeWhose(b - 1);
      const int owner = NamedOwnerAt(end + 1);
      if (company >= 0 && owner >= 0 && owner != company && OrgOrState(company) != nullptr &&
          v_.linking().entities[company].type != "Country") {
        Add(company, p.predicate, owner, s);
      }
      return;
    }
    // ("Since March 2023, the sole shareholder of Polessia Holdings Ltd has
    // been Alesia Lazarenka": the owner after the copula.)
    if (b > begin && v_.Lower(b - 1) == "the" && end + 2 < sentence_end && v_.Lower(end) == "of") {
      const int m = v_.linking().MentionAt(end + 1);
      if (m >= 0 && v_.linking().mentions[m].token_begin == end + 1 && v_.linking().mentions[m].entity >= 0) {
        uint32_t after = v_.linking().mentions[m].token_end;
        if (after + 1 < sentence_end && (v_.Lower(after) == "has" || v_.Lower(after) == "had") &&
            v_.Lower(after + 1) == "been") {
          after += 2;
        } else if (after < sentence_end && (v_.Lower(after) == "is" || v_.Lower(after) == "was")) {
          ++after;
        } else {
          after = sentence_end;
        }
        const int owned = v_.linking().mentions[m].entity;
        const int owner = after < sentence_end ? NamedOwnerAt(after) : -1;
        if (owner >= 0 && owner != owned && v_.linking().entities[owned].type == "Company") {
          Add(owned, p.predicate, owner, s);
          return;
        }
      }
    }
    if (b < begin + 3 || v_.Word(b - 2) != ",") return;
    // ("Faisal Rahman Qureshi, 52, the owner of": past the age.)
    uint32_t comma = b - 2;
    const std::string_view age = comma >= begin + 2 ? v_.Word(comma - 1) : std::string_view();
    const bool digits = std::all_of(age.begin(), age.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!age.empty() && age.size() <= 3 && digits && v_.Word(comma - 2) == ",") comma -= 2;
    const int described = EntityOfMentionEndingAt(comma);
    if (described < 0) return;
    if (v_.Lower(b - 1) == "its") {
      const std::vector<int> owner = v_.ObjectAfter(end, 4);
      if (!owner.empty() && v_.linking().entities[described].type == "Company" && owner.front() != described) {
        Add(described, p.predicate, owner.front(), s);
      }
    } else if (v_.Lower(b - 1) == "the" && b == k && end + 1 < sentence_end && v_.Lower(end) == "of") {
      const std::vector<int> company = v_.ObjectAfter(end + 1, 6);
      const std::string& type = v_.linking().entities[described].type;
      // (Of a company or another body: "the owner of Bakaal Remit Services".)
      const std::string& owned = company.empty() ? type : v_.linking().entities[company.front()].type;
      if (!company.empty() && owned != "Person" && owned != "Country" && owned != "Location" &&
          (type == "Person" || type == "Company") && company.front() != described) {
        Add(company.front(), p.predicate, described, s);
      }
    }
  }

  // The person or company named at k, past describing words ("Lebanese
  // businessman Walid Sarkis", "a Georgian national, Levan Beridze", "a Dubai
  // businessman, Omar Haddad"); -1.
  int NamedOwnerAt(uint32_t k) const {
    const uint32_t end = v_.Sentence(v_.SentenceOf(k)).token_end;
    for (uint32_t j = k; j < end && j < k + 7; ++j) {
      if (v_.Word(j) == "," && j > k) continue;
      const int m = v_.linking().MentionAt(j);
      if (m >= 0) {
        const link::Mention& mention = v_.linking().mentions[m];
        // (A place's name describing the noun after it, "a Dubai
        // businessman", or joined to a participle, "Seychelles-based".)
        const uint32_t after = mention.token_end;
        const bool describing_place = v_.IsPlace(m) && after < end && v_.StartsLower(after) && v_.Upos(after) == "NOUN";
        const bool place_participle = v_.IsPlace(m) && after + 1 < end && v_.Word(after) == "-" &&
                                      v_.HyphenJoined(after + 1) && v_.StartsLower(after + 1);
        if (mention.type == "NORP" || describing_place || place_participle) {
          j = place_participle ? after + 1 : after - 1;
          continue;
        }
        const int e = mention.entity;
        if (e < 0) return -1;
        const std::string& type = v_.linking().entities[e].type;
        return type == "Person" || type == "Company" ? e : -1;
      }
      if (!v_.StartsLower(j)) return -1;
    }
    return -1;
  }

  // "his company, Nistru Agro Invest", "his Piraeus-based company Thalassa
  // Trident Navigation", "Kestrel's tanker, the Grand Mercy": a holding
  // (owned_noun rows) named after the noun belongs to the one the possessive
  // names; "his business partner, X" (partner_noun rows) is the possessor's
  // associate.
  void FromOwnedNoun(const RelationPattern& p, uint32_t k, uint32_t end, uint32_t s) {
    const uint32_t begin = v_.Sentence(s).token_begin, sentence_end = v_.Sentence(s).token_end;
    // ("Chinese national Liu Guanghua, a longtime associate of Kazemipour":
    // the person in apposition is the associate of the one after "of".)
    if (p.kind == "partner_noun" && end + 1 < sentence_end && v_.Lower(end) == "of") {
      uint32_t a = k;
      while (a > begin && k - a < 4 && v_.StartsLower(a - 1) && v_.Lower(a - 1) != "a" && v_.Lower(a - 1) != "an") --a;
      const int described = a >= begin + 2 && (v_.Lower(a - 1) == "a" || v_.Lower(a - 1) == "an") &&
                                    v_.Word(a - 2) == ","
                                ? EntityOfMentionEndingAt(a - 2)
                                : -1;
      const int m = v_.linking().MentionAt(end + 1);
      if (described >= 0 && m >= 0 && v_.linking().mentions[m].token_begin == end + 1) {
        const int other = v_.linking().mentions[m].entity;
        if (other >= 0 && other != described && v_.linking().entities[described].type == "Person" &&
            v_.linking().entities[other].type == "Person") {
          Add(described, p.predicate, other, s);
        }
        return;
      }
    }
    // Describing words between the possessive and the noun: lower-case words
    // and a hyphen-joined place ("Piraeus-based").
    uint32_t b = k;
    while (b > begin && k - b < 5) {
      if (v_.StartsLower(b - 1) && (v_.Upos(b - 1) == "ADJ" || v_.Upos(b - 1) == "NOUN" || v_.HyphenJoined(b - 1)) &&
          !DocumentView::IsPossessivePronoun(v_.Lower(b - 1))) {
        --b;
      } else if (v_.Word(b - 1) == "-" && b > begin + 1) {
        --b;
      } else if (b < k && v_.Word(b) == "-" && v_.linking().MentionAt(b - 1) >= 0) {
        b = v_.linking().mentions[v_.linking().MentionAt(b - 1)].token_begin;
      } else {
        break;
      }
    }
    if (b <= begin) return;
    int owner = -1;
    if (v_.Lower(b - 1) == "his" || v_.Lower(b - 1) == "her") {
      const std::vector<int> r = v_.Referents(b - 1);
      if (r.size() == 1 && v_.linking().entities[r.front()].type == "Person") owner = r.front();
    } else if (b > begin + 1 && base::IsPossessiveClitic(v_.Lower(b - 1))) {
      owner = EntityOfMentionEndingAt(b - 1);
      // ("the company's tanker, Ocean Grace": or the one a description
      // before the possessive refers to.)
      if (owner < 0 && v_.linking().MentionAt(b - 2) < 0) {
        const std::vector<int> r = v_.Referents(b - 2);
        if (r.size() == 1) owner = r.front();
      }
      const std::string& type = owner >= 0 ? v_.linking().entities[owner].type : std::string();
      if (type != "Person" && type != "Company") owner = -1;
    }
    if (owner < 0) return;
    uint32_t at = end;
    // ("Ortega's wife and vice president, Rosario Murillo": past another
    // noun of the same one, to the comma.)
    if (p.kind == "partner_noun" && at + 1 < sentence_end && v_.Lower(at) == "and") {
      uint32_t comma = at + 1;
      while (comma < sentence_end && comma < at + 4 && v_.StartsLower(comma)) ++comma;
      if (comma < sentence_end && v_.Word(comma) == ",") at = comma;
    }
    if (at < sentence_end && v_.Word(at) == ",") ++at;
    if (at < sentence_end && v_.Lower(at) == "the") ++at;
    const int m = at < sentence_end ? v_.linking().MentionAt(at) : -1;
    if (m < 0 || v_.linking().mentions[m].token_begin != at) return;
    const int owned = v_.linking().mentions[m].entity;
    if (owned < 0 || owned == owner) return;
    const std::string& type = v_.linking().entities[owned].type;
    // ("Pashkin's longtime business partner, Andrei Volnov": partner_noun
    // rows relate two persons.)
    if (p.kind == "partner_noun") {
      if (type == "Person" && v_.linking().entities[owner].type == "Person") Add(owned, p.predicate, owner, s);
      return;
    }
    if (type != "Person" && type != "Country" && type != "Location") Add(owned, p.predicate, owner, s);
  }

  // The person named after the possessive clitic at `clitic` and before
  // `limit` ("Sharjabi's brother Fuad al-Sharjabi", "Humberto's brother
  // Ernesto Rendón Llamas"), past other words and demonyms; -1 when the
  // first other name is no person's.
  int PersonAfterPossessive(uint32_t clitic, uint32_t limit) const {
    const uint32_t stop = std::min(limit, v_.Sentence(v_.SentenceOf(clitic)).token_end);
    for (uint32_t t = clitic + 1; t < stop; ++t) {
      const int m = v_.linking().MentionAt(t);
      if (m < 0 || v_.linking().mentions[m].entity < 0) continue;
      const link::Mention& mention = v_.linking().mentions[m];
      if (mention.type == "PERSON") return mention.entity;
      if (mention.type != "NORP") return -1;
      t = mention.token_end - 1;
    }
    return -1;
  }

  // "Cantieri Ligure Navale, which is controlled by the Genoa-based Bellandi
  // Group": only a company is owned so ("the area controlled by the rebels"
  // is not).
  void FromCompanyBy(const RelationPattern& p, uint32_t k, uint32_t end, uint32_t s) {
    uint32_t before = k;
    if (before > 0 && v_.Word(before - 1) == ",") --before;
    const int named = NamedBeforeParticiple(k, before, s);
    // ("Orion Bay Shipping Ltd, which is run by Russian national Gennady
    // Loktev": the person named within six words leads the company.)
    if (p.kind == "company_by_person") {
      // (Or another body: "the Libyan National Army, the eastern armed force
      // commanded by Khalifa Haftar".)
      int body = named;
      // ("Mali's junta, led by General Assimi Goita": a state's government
      // named by its noun, state_noun cues, leads the state.)
      const bool government = before >= 1 && v_.cues().Has(link::CueKind::kStateNoun, v_.Lower(before - 1));
      if (body < 0 && government && before >= 3 && base::IsPossessiveClitic(v_.Lower(before - 2))) {
        body = EntityOfMentionEndingAt(before - 2);
      }
      // ("the National Resistance Forces, a Yemeni militia commanded by
      // Tareq Saleh": the body a description in apposition stands for.)
      if (body < 0 && before > 0 && v_.cues().Has(link::CueKind::kOrgNoun, v_.Lower(before - 1))) {
        uint32_t j = before - 1;
        while (j > v_.Sentence(s).token_begin && before - j < 6 &&
               (v_.StartsLower(j - 1) || v_.linking().MentionAt(j - 1) >= 0) && v_.Lower(j - 1) != "a" &&
               v_.Lower(j - 1) != "an" && v_.Word(j - 1) != ",") {
          --j;
        }
        if (j >= v_.Sentence(s).token_begin + 2 && (v_.Lower(j - 1) == "a" || v_.Lower(j - 1) == "an") &&
            v_.Word(j - 2) == ",") {
          body = EntityOfMentionEndingAt(j - 2);
        }
      }
      if (body < 0 || OrgOrState(body) == nullptr ||
          (v_.linking().entities[body].type == "Country" && !government)) {
        return;
      }
      for (uint32_t t = end; t < v_.Sentence(s).token_end && t < end + 6; ++t) {
        const int m = v_.linking().MentionAt(t);
        if (m < 0 || v_.linking().mentions[m].entity < 0) continue;
        // ("run by Sharjabi's brother Fuad al-Sharjabi": the one the
        // possessive describes.)
        const uint32_t after = v_.linking().mentions[m].token_end;
        if (after < v_.Sentence(s).token_end && base::IsPossessiveClitic(v_.Lower(after))) {
          if (const int person = PersonAfterPossessive(after, end + 6); person >= 0) {
            Add(person, p.predicate, body, s);
          }
          return;
        }
        if (v_.linking().mentions[m].type == "PERSON") Add(v_.linking().mentions[m].entity, p.predicate, body, s);
        if (v_.linking().mentions[m].type != "NORP") return;
        t = v_.linking().mentions[m].token_end - 1;
      }
      return;
    }
    const int described_owner = NamedOwnerAt(end);
    const std::vector<int> owner = described_owner >= 0 ? std::vector<int>{described_owner} : v_.ObjectAfter(end, 6);
    if (named >= 0 && !owner.empty() && v_.linking().entities[named].type == "Company" && owner.front() != named &&
        v_.linking().entities[owner.front()].type != "Location") {
      Add(named, p.predicate, owner.front(), s);
    }
  }

  // "Its shares are held by Orchid Bay Holdings Limited", "Sinar's shares
  // are owned by X": the company whose shares they are (the one "its" refers
  // to, or named in the possessive) is owned by the holder named after.
  void FromSharesBy(const RelationPattern& p, uint32_t k, uint32_t end, uint32_t s) {
    const uint32_t begin = v_.Sentence(s).token_begin;
    uint32_t b = k;
    // ("all of its shares", "its remaining shares".)
    if (b > begin && v_.StartsLower(b - 1) && v_.Upos(b - 1) == "ADJ") --b;
    if (b == begin) return;
    std::vector<int> owned;
    if (v_.Lower(b - 1) == "its") {
      owned = v_.Referents(b - 1);
    } else if (base::IsPossessiveClitic(v_.Lower(b - 1))) {
      if (const int e = EntityOfMentionEndingAt(b - 1); e >= 0) owned.push_back(e);
    }
    if (owned.size() != 1 || v_.linking().entities[owned.front()].type != "Company") return;
    const int owner = NamedOwnerAt(end);
    if (owner >= 0 && owner != owned.front()) Add(owned.front(), p.predicate, owner, s);
  }

  void ApplyPattern(const RelationPattern& p, uint32_t k, uint32_t end) {
    uint32_t s = v_.SentenceOf(k);
    if (p.kind == "person_org") return FromPersonOrg(p, k, end, s);
    if (p.kind == "verb" || p.kind == "verb_reverse") {
      // "the Kurdish-led SDF": a participle joined to a name relates it to the
      // name right after the participle; "a Greek-owned tanker" names none.
      // ("is majority-owned by X": a share joined to a passive is read as
      // one below.)
      const bool share = k >= 2 && v_.linking().MentionAt(k - 2) < 0 && end < v_.seg().tokens.size() &&
                         v_.Lower(end) == "by";
      if (v_.HyphenJoined(k) && !share) {
        const int joined = v_.linking().MentionAt(k - 2);
        const int noun = end < v_.seg().tokens.size() ? v_.linking().MentionAt(end) : -1;
        if (joined < 0 || noun < 0 || v_.linking().mentions[noun].token_begin != end) return;
        const int a = v_.linking().mentions[joined].entity, b = v_.linking().mentions[noun].entity;
        if (a < 0 || b < 0 || a == b) return;
        if (p.kind == "verb") Add(a, p.predicate, b, s);
        else Add(b, p.predicate, a, s);
        return;
      }
      // ("their own Alliance of Sahel States": "own" after a possessive is
      // no verb.)
      if (k > 0 && v_.Lower(k) == "own" && (DocumentView::IsPossessivePronoun(v_.Lower(k - 1)) ||
                                            base::IsPossessiveClitic(v_.Lower(k - 1)))) {
        return;
      }
      // ("Georgia, which has not joined Western sanctions": no relation.)
      if (k > 0 && (v_.Lower(k - 1) == "not" || v_.Lower(k - 1) == "never" || v_.Lower(k - 1) == "n't")) return;
      // ("suspend talks on joining the European Union", "a bid for joining":
      // a gerund after a preposition names what is talked of, not what is.)
      if (k > 0 && v_.Lower(k).ends_with("ing")) {
        const std::string& before = v_.Lower(k - 1);
        for (const char* topic : {"on", "about", "of", "for", "toward", "towards", "against", "over"}) {
          if (before == topic) return;
        }
      }
      std::vector<int> subj = v_.SubjectBefore(k);
      // ("The committee said Marc-Arthur Jean … leads the Village de Dieu
      // gang": the subject after a verb of saying before the verb.)
      for (uint32_t t = k; t > v_.ClauseStart(k) + 1;) {
        --t;
        if (v_.Upos(t) != "VERB" || !v_.lexicon().HasCue(v_.Lower(t), "speech_verb")) continue;
        subj = v_.FirstItemIn(t + 1, k);
        break;
      }
      // ("North Korean nationals Ri Kyong-Ho and Kim Song-Chol worked for
      // X": the persons the demonym's citizen noun introduces.)
      if (subj.size() == 1 && v_.linking().entities[subj.front()].type == "Country") {
        if (std::vector<int> citizens = CitizensNamedBefore(k); !citizens.empty()) subj = citizens;
      }
      // ("Poland accused hackers working for Russia's GRU": a participle
      // right after a noun describes that noun, which names no one here.)
      if (k > v_.Sentence(s).token_begin && v_.Lower(k).ends_with("ing") && v_.Upos(k - 1) == "NOUN" &&
          v_.StartsLower(k - 1) && v_.linking().MentionAt(k - 1) < 0) {
        subj.clear();
      }
      // (A person's object may stand further: "who heads the Tehran-based
      // logistics firm Pars Kavir Shipping".)
      const bool person = subj.size() == 1 && v_.linking().entities[subj.front()].type == "Person";
      // ("have formed their own Alliance of Sahel States": past the
      // possessive and "own" to the name.)
      uint32_t object_at = end;
      if (object_at + 2 < v_.Sentence(s).token_end && DocumentView::IsPossessivePronoun(v_.Lower(object_at)) &&
          v_.Lower(object_at + 1) == "own") {
        object_at += 2;
      }
      std::vector<int> obj = v_.ObjectAfter(object_at, person ? 8 : 6);
      // The verb's own object, not a name in a phrase of its object's
      // ("joined Western sanctions against Moscow").
      // (A noun's own complement is no such phrase: "head of government of
      // Monaco".)
      const bool noun_of = end < v_.seg().tokens.size() && v_.Upos(end - 1) == "NOUN" && v_.Lower(end) == "of" &&
                           k >= 2 && (v_.Word(k - 1) == "," || (v_.Lower(k - 1) == "the" && v_.Word(k - 2) == ","));
      if (!obj.empty() && PrepositionBefore(noun_of ? end + 1 : end, obj.front())) obj.clear();
      // ("An Israeli strike killed Ali Hussein Nasr, the head of …": the name
      // the noun stands in apposition to, not the clause's subject.)
      if (noun_of) {
        const uint32_t comma = v_.Word(k - 1) == "," ? k - 1 : k - 2;
        const int named = EntityOfMentionEndingAt(comma);
        subj = named >= 0 ? std::vector<int>{named} : std::vector<int>{};
      }
      // ("heads Turkey's Defence Industry Agency": the body the state's
      // possessive names, though the body acts as its state in events.)
      // ("the head of Ukraine's military intelligence agency": a body the
      // state's possessive describes but no name names; its head holds an
      // office of the state.)
      std::string_view predicate = p.predicate;
      if (obj.size() == 1 && v_.linking().entities[obj.front()].type == "Country") {
        if (const int body = BodyOfState(noun_of ? end + 1 : end, obj.front()); body >= 0) {
          obj = {body};
        } else if (predicate == "leader_of" && StateBeforeNoun(noun_of ? end + 1 : end, obj.front())) {
          predicate = "role_in";
        }
      }
      // ("X, the head of the Hamas police force": the name only describes
      // the body meant.)
      if (!obj.empty() && noun_of && DescribesNounAfter(end + 1, obj.front())) obj.clear();
      // ("Ali Hussein Nasr, the head of Hezbollah's logistics unit": the head
      // of a unit an organisation's possessive names is a member of the whole.)
      if (obj.size() == 1 && noun_of && predicate == "leader_of" && UnitOfPossessive(end + 1, obj.front())) {
        predicate = "member_of";
      }
      // ("Adriatica Defence Trading Ltd, which he owns": a relative clause's
      // object is the name the pronoun follows.)
      if (obj.empty() && k >= 3 && (v_.Lower(k - 2) == "which" || v_.Lower(k - 2) == "that") &&
          v_.cues().Has(link::CueKind::kPronoun, v_.Lower(k - 1))) {
        const uint32_t named = v_.Word(k - 3) == "," ? k - 3 : k - 2;
        if (const int e = EntityOfMentionEndingAt(named); e >= 0) obj.push_back(e);
      }
      // "Hezbollah, led by Naim Qassem", "The group is led by Dmitry
      // Sokolov": a participle with its agent relates the agent to the name
      // it describes (none for "a delegation led by Alexander Kozlov").
      if (end < v_.seg().tokens.size() && v_.Lower(end) == "by" && v_.Lower(k).ends_with("ed")) {
        // ("is 60 percent owned by A, …, and 40 percent owned by B": a
        // participle joined to the same one before shares what it describes.)
        const uint32_t participle = SameParticipleBeforeAnd(k);
        // ("Mekong Pay, majority-owned by X": past the share to the comma.)
        uint32_t before = ShareBefore(participle, v_.Sentence(s).token_begin);
        // ("X and Y, both owned by Z": each of the two.)
        const bool both = before > 1 && (v_.Lower(before - 1) == "both" || v_.Lower(before - 1) == "all");
        if (both) --before;
        if (before > 0 && v_.Word(before - 1) == ",") --before;
        const int named = NamedBeforeParticiple(participle, before, s);
        subj = v_.ObjectAfter(end + 1, 6);
        // ("owned by Humberto's brother Ernesto Rendón Llamas": the person the
        // possessive describes.)
        if (const int first = v_.linking().MentionAt(end + 1); first >= 0) {
          const uint32_t clitic = v_.linking().mentions[first].token_end;
          if (clitic < v_.Sentence(s).token_end && base::IsPossessiveClitic(v_.Lower(clitic))) {
            if (const int person = PersonAfterPossessive(clitic, clitic + 5); person >= 0) subj = {person};
          }
        }
        obj.clear();
        if (named >= 0) obj.push_back(named);
        if (const int last = both && named >= 0 ? v_.linking().MentionAt(before - 1) : -1; last >= 0) {
          const uint32_t first = v_.linking().mentions[last].token_begin;
          const int other = first >= 2 && v_.Lower(first - 1) == "and" ? v_.linking().MentionAt(first - 2) : -1;
          if (other >= 0 && v_.linking().mentions[other].entity >= 0) {
            obj.push_back(v_.linking().mentions[other].entity);
          }
        }
      }
      for (int a : subj) {
        for (int b : obj) {
          if (p.kind == "verb") Add(a, std::string(predicate), b, s);
          else Add(b, std::string(predicate), a, s);
        }
      }
    } else if (p.kind == "origin") {
      FromOrigin(p, k, end, s);
    } else if (p.kind == "place_of") {
      FromPlaceOf(p, k, end, s);
    } else if (p.kind == "org_role") {
      FromOrgRole(p, k, end, s);
    } else if (p.kind == "org_role_before") {
      FromOrgRoleBefore(p, k, end, s);
    } else if (p.kind == "owner_noun") {
      FromOwnerNoun(p, k, end, s);
    } else if (p.kind == "owned_noun" || p.kind == "partner_noun") {
      FromOwnedNoun(p, k, end, s);
    } else if (p.kind == "company_by" || p.kind == "company_by_person") {
      FromCompanyBy(p, k, end, s);
    } else if (p.kind == "shares_by") {
      FromSharesBy(p, k, end, s);
    } else if (p.kind == "by") {
      // ("managed three tankers later sanctioned by the United States": the
      // participle tells of the unnamed things before it; "X, a lender
      // sanctioned by" describes X.)
      uint32_t before = k;
      while (before > v_.Sentence(s).token_begin + 1 && v_.Upos(before - 1) == "ADV") --before;
      if (before > v_.Sentence(s).token_begin && v_.StartsLower(before - 1) && v_.Upos(before - 1) == "NOUN" &&
          v_.linking().MentionAt(before - 1) < 0 && v_.Lemma(before - 1) != v_.Lower(before - 1)) {
        return;
      }
      int subject = NearestActorBefore(k, false);
      for (int b : GroupAt(end)) Add(subject, p.predicate, b, s);
    } else if (p.kind == "author") {
      int work_org = NearestActorBefore(k, true);
      for (int author : v_.ObjectAfter(end, 4)) Add(author, p.predicate, work_org, s);
    }
  }

  // The persons a state's demonym and a citizen noun introduce in the clause
  // before token k ("North Korean nationals A and B"), or none.
  std::vector<int> CitizensNamedBefore(uint32_t k) const {
    std::vector<int> out;
    const auto& ms = v_.linking().mentions;
    for (uint32_t t = v_.ClauseStart(k); t + 2 < k; ++t) {
      const int m = v_.linking().MentionAt(t);
      if (m < 0 || ms[m].entity < 0 || v_.linking().entities[ms[m].entity].type != "Country") continue;
      const uint32_t noun = ms[m].token_end;
      if (noun + 1 >= k || !v_.lexicon().HasCue(v_.Lower(noun), "citizen_noun")) return out;
      for (uint32_t j = noun + 1; j < k;) {
        const int person = v_.linking().MentionAt(j);
        if (person < 0 || ms[person].type != "PERSON" || ms[person].entity < 0) break;
        out.push_back(ms[person].entity);
        j = ms[person].token_end;
        if (j < k && (v_.Lower(j) == "and" || v_.Word(j) == ",")) ++j;
      }
      return out;
    }
    return out;
  }

  // The entity named at or after `from`, with the rest of its group ("the US and the UN").
  std::vector<int> GroupAt(uint32_t from) const {
    std::vector<int> first = v_.ObjectAfter(from, 4);
    if (first.empty()) return first;
    for (const link::Group& g : v_.linking().groups) {
      if (std::find(g.entities.begin(), g.entities.end(), first.front()) != g.entities.end() &&
          g.token_end > from && g.token_end < from + 12) {
        return g.entities;
      }
    }
    return first;
  }
};

}  // namespace

void FindPatternRelations(const DocumentView& v, std::string_view date, std::vector<Relation>* out) {
  PatternRelations(v, date, out).FromPatterns();
}

}  // namespace dossier::extract
