// Actors a sentence leaves unnamed (context.h): AddDatelineForces ("KINSHASA
// (Reuters) - … Police fired tear gas": a state's own force or officials
// named by a common noun act for the state the story is filed from),
// AddPassiveAgents ("The driver … was detained": by the state that seized
// the goods just before; "X … was charged in absentia": by the state whose
// prosecutors charged others a few sentences before) and AddRetoldActors
// ("The sanctions target …", "The equipment … was handed over": by whoever
// did that act just before).
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {
namespace {

// The lines a release's heading may take: a headline, then "Office of Public
// Affairs | U.S. Department of Justice | Thursday, January 23, 2025".
constexpr int kHeadingLines = 3;

// The first dependent of the word at k in relation `dep`, or -1.
int32_t ChildWithDep(const DocumentView& v, uint32_t k, std::string_view dep) {
  for (uint32_t c : v.Children(k)) {
    if (v.Dep(c) == dep) return static_cast<int32_t>(c);
  }
  return -1;
}

// The word that is the subject of the trigger at k: the parse's nominal
// subject, else the word right before the trigger; -1 when neither is.
int32_t SubjectWord(const DocumentView& v, uint32_t k) {
  if (v.Parsed(k)) {
    // ("Police fired tear gas … and detained 30 people": a conjunct shares
    // the subject of the verb it is joined to.)
    for (int depth = 0; depth < 3; ++depth) {
      if (const int32_t subject = ChildWithDep(v, k, "nsubj"); subject >= 0) return subject;
      if (v.Dep(k) != "conj" || v.Head(k) < 0) break;
      k = static_cast<uint32_t>(v.Head(k));
    }
    return -1;
  }
  return k > v.Sentence(v.SentenceOf(k)).token_begin ? static_cast<int32_t>(k - 1) : -1;
}

// The head word of a passive's agent ("was detained by immigration police"):
// the parse's agent, else a domestic_force word among the three after "by";
// -1 when there is none.
int32_t AgentWord(const DocumentView& v, uint32_t k) {
  if (v.Parsed(k)) return ChildWithDep(v, k, "obl:agent");
  const text::Sentence& s = v.Sentence(v.SentenceOf(k));
  if (k + 2 >= s.token_end || v.Lower(k + 1) != "by") return -1;
  for (uint32_t w = k + 2; w < s.token_end && w < k + 5; ++w) {
    if (v.lexicon().HasCue(v.Lower(w), "domestic_force")) return static_cast<int32_t>(w);
  }
  return -1;
}

// The word that is the object of the verb trigger at k: the parse's object,
// else the word after the trigger (past an article); -1 when neither is.
int32_t ObjectWord(const DocumentView& v, uint32_t k) {
  if (v.Parsed(k)) return ChildWithDep(v, k, "obj");
  const text::Sentence& s = v.Sentence(v.SentenceOf(k));
  uint32_t o = k + 1;
  if (o < s.token_end && v.Lower(o) == "the") ++o;
  return o < s.token_end ? static_cast<int32_t>(o) : -1;
}

// Whether the word at w is a state's own force or officials named by a
// common noun ("police", "the authorities").
bool DomesticForce(const DocumentView& v, int32_t w) {
  return w >= 0 && v.linking().MentionAt(static_cast<uint32_t>(w)) < 0 &&
         v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(w)), "domestic_force");
}

// The state of the place named in an "at" or "in" phrase within the six (or
// `window`) words after the trigger at k ("arrested at Lisbon airport in
// March"), or -1.
int StateOfPlaceAfter(const DocumentView& v, uint32_t k, uint32_t window = 6) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(k));
  for (uint32_t j = k + 1; j + 1 < s.token_end && j < k + 1 + window; ++j) {
    if (v.Word(j) == "," || v.IsClauseBreak(j)) return -1;
    if (v.Lower(j) != "at" && v.Lower(j) != "in") continue;
    // ("unsealed today in the Northern District of California".)
    uint32_t named = v.Lower(j + 1) == "the" && j + 2 < s.token_end ? j + 2 : j + 1;
    // ("in the port city of Limassol": past the place's common nouns.)
    for (uint32_t n = named; n + 2 < s.token_end && n < named + 3 && v.linking().MentionAt(n) < 0; ++n) {
      if (!v.StartsLower(n) || v.Upos(n) != "NOUN") break;
      if (v.Lower(n + 1) == "of") {
        named = n + 2;
        break;
      }
    }
    const int m = v.linking().MentionAt(named);
    if (m < 0 || v.linking().mentions[m].entity < 0 || !v.IsPlace(m)) continue;
    return v.StateOf(v.linking().mentions[m].entity);
  }
  return -1;
}

// The persons and companies the charging verb at or after k ("An indictment
// unsealed today in X charges …") lists before its charge ("with", "for",
// "on") or the sentence's end; empty when no such verb follows closely.
std::vector<int> ChargedAfter(const DocumentView& v, uint32_t k) {
  std::vector<int> out;
  const text::Sentence& s = v.Sentence(v.SentenceOf(k));
  const auto charging = [&](uint32_t j) {
    return v.Lower(j) == "charges" || v.Lower(j) == "charged" || v.Lower(j) == "charge";
  };
  for (uint32_t j = k; !charging(k) && j < s.token_end && j < k + 12; ++j) {
    if (charging(j) && v.Upos(j) == "VERB") k = j;
  }
  if (!charging(k)) return out;
  for (uint32_t j = k + 1; j < s.token_end; ++j) {
    const std::string& w = v.Lower(j);
    if (w == "with" || w == "for" || w == "on" || w == "over" || v.IsClauseBreak(j)) break;
    const int m = v.linking().MentionAt(j);
    if (m < 0) continue;
    const int e = v.linking().mentions[m].entity;
    j = v.linking().mentions[m].token_end - 1;
    if (e < 0) continue;
    const std::string& type = v.linking().entities[e].type;
    if ((type == "Person" || type == "Company") && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  }
  return out;
}

// Whether the trigger at k is told in the passive with no agent after it
// ("was detained", "have been detained", "was also added").
bool PassiveWithoutAgent(const DocumentView& v, const Event& e, uint32_t k) {
  const bool by = k + 1 < v.Sentence(e.sentence).token_end && v.Lower(k + 1) == "by";
  const bool adverb = k > 1 && v.Upos(k - 1) == "ADV";
  return k > 0 && !by && v.lexicon().HasCue(v.Lower(k - 1 - (adverb ? 1 : 0)), "be_aux");
}

}  // namespace

void AddDatelineForces(const DocumentView& v, const std::vector<Quote>& quotes, std::vector<Event>* events) {
  int state = -2;  // not looked up yet
  for (Event& e : *events) {
    const uint32_t k = v.TokenAt(e.trigger.begin);
    // ('Report summary — "Night Freight to Benina", Sahara Arms Monitor …
    // The report urges the UN Security Council's Libya sanctions committee
    // to': the report speaks for the body its heading names.)
    {
      const int32_t subject = SubjectWord(v, k);
      // ('Statement of the National Maritime Council … We call on China to':
      // a statement's "we", outside quotations and transcript turns, is the
      // body issuing it, whatever group the pronoun was read as.)
      // ("MR MILLER: … That is why we sanctioned Iran Air": inside the words
      // of an official, "we" is the state he speaks for.)
      const Quote* said = subject >= 0 ? QuoteAt(quotes, v.seg().tokens[static_cast<uint32_t>(subject)].begin)
                                       : nullptr;
      if (said != nullptr && said->speaker >= 0 && v.Lower(subject) == "we" && e.actor.empty()) {
        const link::DocEntity& speaker = v.linking().entities[said->speaker];
        const int state = speaker.type == "Person" ? v.StateOf(said->speaker) : -1;
        if (state >= 0) {
          e.actor = {state};
          std::erase(e.recipient, state);
          continue;
        }
      }
      if (subject >= 0 && v.Lower(subject) == "we" && said == nullptr) {
        // (A state's body first, then the person whose byline the heading
        // gives, then any body: "Designation of Ansarallah as … / PRESS
        // STATEMENT / Marco Rubio, Secretary of State" is Rubio's.)
        int issuer = v.IssuerBody(/*any_body=*/false, kHeadingLines);
        if (issuer < 0) issuer = v.IssuerSignatory(kHeadingLines);
        if (issuer < 0) issuer = v.IssuerBody(/*any_body=*/true, kHeadingLines);
        if (issuer >= 0) {
          e.actor = {issuer};
          std::erase(e.recipient, issuer);
          continue;
        }
      }
      const uint32_t begin = v.Sentence(e.sentence).token_begin;
      if (e.actor.empty() && subject > static_cast<int32_t>(begin) &&
          v.lexicon().HasCue(v.Lower(subject), "report_noun")) {
        const std::string& det = v.Lower(subject - 1);
        if (det == "the" || det == "this" || det == "our") {
          if (const int author = v.IssuerBody(/*any_body=*/true); author >= 0) {
            e.actor = {author};
            std::erase(e.recipient, author);
            continue;
          }
        }
      }
    }
    // ("A federal indictment unsealed in Washington charges Ozdemir …", "An
    // indictment unsealed on Friday charges Saparov": a charging document
    // with no one named as bringing it is the state's where it was unsealed,
    // else the dateline's.)
    if (e.event == "ACCUSE" && e.actor.empty()) {
      const int32_t subject = SubjectWord(v, k);
      const auto document = [&](int32_t w) {
        return w >= 0 && v.linking().MentionAt(static_cast<uint32_t>(w)) < 0 &&
               v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(w)), "charge_document");
      };
      // (The subject first: "charges" is a document's word too.)
      int32_t w = document(subject) ? subject : -1;
      // (Or a document shortly before, which the parser made the subject of
      // its participle: "A federal indictment unsealed in Washington charges",
      // "An indictment was unsealed today in federal court in Brooklyn
      // charging".)
      const uint32_t begin = v.Sentence(e.sentence).token_begin;
      for (uint32_t j = k; w < 0 && j > begin + 1 && k - j < 12;) {
        --j;
        if (v.Word(j) == "," || v.IsClauseBreak(j)) break;
        const std::string& before = v.Lower(j - 1);
        const bool opened =
            before == "a" || before == "an" || before == "the" ||
            (j >= begin + 2 && v.StartsLower(j - 1) && (v.Lower(j - 2) == "a" || v.Lower(j - 2) == "the"));
        if (document(static_cast<int32_t>(j)) && opened) w = static_cast<int32_t>(j);
      }
      if (w < 0 && document(static_cast<int32_t>(k))) w = static_cast<int32_t>(k);
      if (w >= 0) {
        int by = StateOfPlaceAfter(v, static_cast<uint32_t>(w), std::max(6u, k - static_cast<uint32_t>(w)));
        // ("extradited Artem Belov to the United States, where he faces
        // charges": the state the clause is about.)
        for (uint32_t j = static_cast<uint32_t>(w); by < 0 && j > begin + 2 && static_cast<uint32_t>(w) - j < 6;) {
          --j;
          if (v.Lower(j) != "where") continue;
          if (v.Word(j - 1) == ",") {
            const int m = v.linking().MentionAt(j - 2);
            const int where = m < 0 ? -1 : v.linking().mentions[m].entity;
            if (where >= 0 && v.IsPlace(m)) by = v.StateOf(where);
          }
          break;
        }
        if (by < 0) {
          if (state == -2) state = v.DatelineState();
          by = state;
        }
        // (A press release that never names its state: the body issuing it.)
        if (by < 0) by = v.IssuerBody();
        if (by >= 0) {
          e.actor = {by};
          std::erase(e.recipient, by);
          // ("charges Liang Haoran, 39, and Xu Mingzhe, 45, both citizens of
          // China, and Apex Compute Solutions Pte. Ltd., … with conspiring":
          // the persons and companies the verb lists before the charge.)
          std::vector<int> charged = ChargedAfter(v, k);
          if (!charged.empty()) e.recipient = std::move(charged);
        }
        continue;
      }
    }
    // ("Soldiers arrested former prime minister Rui Duarte Sanca at his home
    // in Bissau": a state's force named by a common noun arrests for the
    // state where it arrests.)
    // ("Dmitry Volkonsky, 47, was arrested in the port city of Limassol":
    // told in the passive with no agent, likewise.)
    if (e.event == "COERCE" && e.mode == "arrest" && e.actor.empty()) {
      const int32_t subject = SubjectWord(v, k);
      const bool agentless = v.Parsed(k) && ChildWithDep(v, k, "nsubj:pass") >= 0 && AgentWord(v, k) < 0;
      if (agentless || (subject >= 0 && v.linking().MentionAt(static_cast<uint32_t>(subject)) < 0 &&
                        v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(subject)), "state_body_noun"))) {
        if (const int where = StateOfPlaceAfter(v, k, 14); where >= 0) {
          e.actor = {where};
          std::erase(e.recipient, where);
          continue;
        }
      }
    }
    // ("The representative of the United States … She urged South Sudan's
    // transitional Government to": a pronoun no name stands for is the
    // delegate's, speaking for the state.)
    if (e.actor.empty()) {
      const int32_t subject = SubjectWord(v, k);
      if (subject >= 0 && (v.Lower(subject) == "he" || v.Lower(subject) == "she")) {
        if (const int delegated = v.DelegateStateBefore(static_cast<uint32_t>(subject)); delegated >= 0) {
          e.actor = {delegated};
          std::erase(e.recipient, delegated);
          continue;
        }
      }
    }
    const bool acts = e.actor.empty() && (DomesticForce(v, SubjectWord(v, k)) || DomesticForce(v, AgentWord(v, k)));
    // ("The European Union … urged the authorities to respect the right to
    // peaceful assembly": they are the state's.)
    // ("called on the transitional authorities to open an investigation":
    // the words right after the trigger's particle, past "the" and two
    // describing words.)
    const auto after_trigger = [&] {
      uint32_t o = TriggerEnd(v, e);
      const uint32_t end = v.Sentence(e.sentence).token_end;
      if (o < end && v.Lower(o) == "the") ++o;
      for (int d = 0; d < 2 && o + 1 < end && v.StartsLower(o) && v.Upos(o) == "ADJ"; ++d) ++o;
      return o < end ? static_cast<int32_t>(o) : -1;
    };
    // (The one a request is addressed to right after "called on" is its
    // recipient, whatever the rest asks for: "to release him".)
    const bool addressed = !acts && e.event == "REQUEST" && DomesticForce(v, after_trigger());
    const bool reached = !acts && (addressed || (e.recipient.empty() && DomesticForce(v, ObjectWord(v, k))));
    if (!acts && !reached) continue;
    if (state == -2) state = v.DatelineState();
    if (state < 0) return;
    if (std::find(e.actor.begin(), e.actor.end(), state) != e.actor.end()) continue;
    if (addressed) e.recipient.clear();
    (acts ? e.actor : e.recipient).push_back(state);
  }
}

void AddPassiveAgents(const DocumentView& v, std::vector<Event>* events) {
  for (Event& e : *events) {
    // ("South Korean prosecutors indicted … A Chinese national, Wang Lifeng,
    // … was charged in absentia": a charge too, told further on.)
    const uint32_t k = v.TokenAt(e.trigger.begin);
    const bool charge = e.event == "ACCUSE" && (v.Lemma(k) == "charge" || v.Lemma(k) == "indict");
    if ((e.event != "COERCE" && e.event != "SANCTION" && !charge) || !e.actor.empty() || e.recipient.empty() ||
        e.sentence == 0) {
      continue;
    }
    // A passive ("was detained", "were arrested", "was also added"), no
    // agent named.
    // ("Also designated were X and Y": the passive inverted.)
    const text::Sentence& s = v.Sentence(e.sentence);
    const bool inverted = k + 1 < s.token_end && v.lexicon().HasCue(v.Lower(k + 1), "be_aux") &&
                          (k == s.token_begin || (k == s.token_begin + 1 && v.Upos(k - 1) == "ADV"));
    // ("were arrested and charged with arms trafficking": a charge of the
    // ones an arrest told right before reached is by the arresting state.)
    const Event* arrest = charge && k > 0 && v.Lower(k - 1) == "and"
                              ? LatestActBefore(*events, e, 0, [&](const Event& o) {
                                  return o.event == "COERCE" && o.cameo == "173" && o.recipient == e.recipient;
                                })
                              : nullptr;
    if (arrest != nullptr && !arrest->actor.empty()) {
      e.actor = arrest->actor;
      continue;
    }
    if (!inverted && !PassiveWithoutAgent(v, e, k)) continue;
    // The latest coercion in the three sentences before (a sanction or a
    // charge in the five before: "Also designated was X" closes a story of
    // designations), by a state or a state's body.
    const Event* before = LatestActBefore(*events, e, charge || e.event == "SANCTION" ? 5 : 3, [&](const Event& o) {
      return o.sentence < e.sentence && o.event == e.event && ActsForState(v, o);
    });
    if (before != nullptr) {
      e.actor = before->actor;
    } else if (e.cameo == "173") {
      // "Federal prosecutors … unsealed an indictment charging … Volkonsky …
      // was arrested on Wednesday": an arrest of one a state charged in the
      // five sentences before is that state's; else, "was arrested at Lisbon
      // airport", one told with neither agent nor an earlier coercion is by
      // the state where it was made.
      const Event* charged = LatestActBefore(*events, e, 5, [&](const Event& o) {
        return o.sentence < e.sentence && o.event == "ACCUSE" && ActsForState(v, o) &&
               std::any_of(o.recipient.begin(), o.recipient.end(), [&](int r) {
                 return std::find(e.recipient.begin(), e.recipient.end(), r) != e.recipient.end();
               });
      });
      if (charged != nullptr) {
        e.actor = charged->actor;
      } else if (const int state = StateOfPlaceAfter(v, k); state >= 0) {
        e.actor = {state};
      } else if (const int issuer = v.IssuerBody(/*any_body=*/false, kHeadingLines); issuer >= 0) {
        // ("Office of Public Affairs | U.S. Department of Justice … Keller
        // was arrested on Jan. 21": the state's body that issued the release.)
        e.actor = {issuer};
      }
    }
  }
}

namespace {

// The state's body that closes sentence s announcing what it tells: ", the
// Justice Department announced today."; -1.
int AnnouncingBody(const DocumentView& v, uint32_t s) {
  // Most words after the verb ("today", "on Tuesday").
  constexpr uint32_t kAfterVerb = 3;
  const text::Sentence& sent = v.Sentence(s);
  uint32_t comma = sent.token_end;
  for (uint32_t k = sent.token_end; k > sent.token_begin;) {
    --k;
    if (v.Word(k) == ",") {
      comma = k;
      break;
    }
  }
  if (comma + 3 >= sent.token_end) return -1;
  uint32_t b = comma + 1;
  if (v.Lower(b) == "the") ++b;
  const int m = v.linking().MentionAt(b);
  if (m < 0) return -1;
  const link::Mention& body = v.linking().mentions[m];
  if (body.entity < 0 || body.token_begin != b || body.token_end >= sent.token_end) return -1;
  const std::string& type = v.linking().entities[body.entity].type;
  if (type != "PublicBody" && type != "Country") return -1;
  const uint32_t verb = body.token_end;
  if (v.Lemma(verb) != "announce" && v.Lemma(verb) != "say") return -1;
  uint32_t end = sent.token_end;
  if (v.Word(end - 1) == ".") --end;
  return end - verb - 1 <= kAfterVerb ? body.entity : -1;
}

}  // namespace

void AddReportingAuthorities(const DocumentView& v, std::vector<Event>* events) {
  const auto& entities = v.linking().entities;
  for (Event& e : *events) {
    const uint32_t k = v.TokenAt(e.trigger.begin);
    const bool charge = e.event == "ACCUSE" && (v.Lemma(k) == "charge" || v.Lemma(k) == "indict");
    const bool arrest = e.event == "COERCE" && (e.mode == "arrest" || e.mode == "detain");
    if ((!arrest && !charge) || k == 0) continue;
    // ("Two Chinese nationals have been charged with …, the Justice
    // Department announced today": a state's body announcing its own act.)
    if (e.actor.empty() && e.attributed_to.empty() && PassiveWithoutAgent(v, e, k)) {
      if (const int body = AnnouncingBody(v, e.sentence);
          body >= 0 && std::find(e.recipient.begin(), e.recipient.end(), body) == e.recipient.end()) {
        e.actor = {body};
        continue;
      }
    }
    if (e.modality != "reported" || e.attributed_to.size() != 1) continue;
    // ("Authorities have arrested more than 1,000 people …, Maduro said", in a
    // story filed from Washington: a state's force named by a common noun is
    // the state its one official source speaks for, not the dateline's.)
    if (e.actor.size() == 1 && DomesticForce(v, SubjectWord(v, k)) && e.actor.front() == v.DatelineState()) {
      const int source = e.attributed_to.front();
      const std::string& type = entities[source].type;
      const int state = type == "Person" || type == "PublicBody" ? v.StateOf(source) : -1;
      if (state >= 0 && state != e.actor.front() && entities[state].type == "Country") e.actor = {state};
      continue;
    }
    if (!e.actor.empty()) continue;
    if (!PassiveWithoutAgent(v, e, k)) continue;
    const int source = e.attributed_to.front();
    const link::DocEntity& d = entities[source];
    // (An official: a person of a known state, or one named with an office,
    // "Interior Minister Gerald Darmanin".)
    const auto official = [&]() {
      if (!d.country.empty()) return true;
      return std::any_of(v.linking().mentions.begin(), v.linking().mentions.end(), [&](const link::Mention& m) {
        if (m.entity != source || m.title.empty()) return false;
        const std::string* office = v.cues().Find(link::CueKind::kTitle, m.title);
        return office != nullptr && (*office == "role_in" || *office == "leader_of");
      });
    };
    const bool authority = d.type == "PublicBody" || d.type == "Country" || (d.type == "Person" && official());
    if (!authority || std::find(e.recipient.begin(), e.recipient.end(), source) != e.recipient.end()) continue;
    e.actor = {source};
  }
}

namespace {

// ("was placed under EU sanctions": the one whose sanctions they are, named
// right before the noun after the trigger; -1.)
int SanctionsOwnerAfter(const DocumentView& v, const Event& e) {
  const uint32_t end = TriggerEnd(v, e), stop = v.Sentence(e.sentence).token_end;
  for (uint32_t k = end; k + 1 < stop && k < end + 3; ++k) {
    const int m = v.linking().MentionAt(k);
    if (m < 0) continue;
    const link::Mention& owner = v.linking().mentions[m];
    const bool owns = owner.entity >= 0 && owner.token_end < stop && (owner.type == "ORG" || owner.type == "GPE") &&
                      v.lexicon().HasCue(v.Lower(owner.token_end), "sanction_noun");
    return owns ? owner.entity : -1;
  }
  return -1;
}

// Whether `subject`, after "the", names the act e tells again: "the
// sanctions" a sanction (sanction_noun cues), "the strike" an attack (a noun
// row of the type), any common noun aid ("the equipment").
bool RetellingSubject(const DocumentView& v, const Event& e, int32_t subject) {
  if (subject < 1 || v.Lower(static_cast<uint32_t>(subject - 1)) != "the") return false;
  const uint32_t noun = static_cast<uint32_t>(subject);
  if (e.event == "SANCTION") return v.lexicon().HasCue(v.Lower(noun), "sanction_noun");
  if (v.linking().MentionAt(noun) >= 0 || !v.StartsLower(noun)) return false;
  if (e.event == "AID") return true;
  const std::vector<EventPattern>* rows = v.lexicon().EventsFor(v.Lower(noun));
  return rows != nullptr && std::any_of(rows->begin(), rows->end(), [](const EventPattern& p) {
           return p.noun && p.event == "ASSAULT";
         });
}

}  // namespace

void AddRetoldActors(const DocumentView& v, std::vector<Event>* events) {
  for (Event& e : *events) {
    if ((e.event != "AID" && e.event != "ASSAULT" && e.event != "SANCTION") || !e.actor.empty()) continue;
    if (e.event == "SANCTION") {
      if (const int owner = SanctionsOwnerAfter(v, e); owner >= 0) {
        e.actor = {owner};
        continue;
      }
    }
    if (e.sentence == 0 || !RetellingSubject(v, e, SubjectWord(v, v.TokenAt(e.trigger.begin)))) continue;
    const Event* told = LatestActBefore(*events, e, 2, [&](const Event& o) {
      return o.sentence < e.sentence && o.event == e.event;
    });
    if (told == nullptr) continue;
    e.actor = told->actor;
    // (Not the giver as its own recipient: "handed over at a ceremony
    // attended by … Turkish Ambassador X".)
    if (e.event == "AID" && (e.recipient.empty() || SharesAny(e.recipient, e.actor))) e.recipient = told->recipient;
  }
}

}  // namespace dossier::extract
