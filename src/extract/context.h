// Event context: quotes with speakers, the sources a sentence credits, and for
// each event its date, modality and attribution. Internal to src/extract.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document_view.h"
#include "extract/extractor.h"

namespace dossier::extract {

// Whether every actor of `e` is a state or a state's body.
inline bool ActsForState(const DocumentView& v, const Event& e) {
  return std::all_of(e.actor.begin(), e.actor.end(), [&](int x) {
    const std::string& type = v.linking().entities[x].type;
    return type == "Country" || type == "PublicBody";
  });
}

// Appends to *v the entities of `add` it does not hold yet.
inline void AddUnique(std::vector<int>* v, const std::vector<int>& add) {
  for (int x : add) {
    if (std::find(v->begin(), v->end(), x) == v->end()) v->push_back(x);
  }
}

// Whether `a` and `b` hold an entity in common.
inline bool SharesAny(const std::vector<int>& a, const std::vector<int>& b) {
  return std::any_of(a.begin(), a.end(), [&](int x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

// Whether entities a and b are one party or of one state.
inline bool SameSide(const std::vector<link::DocEntity>& entities, int a, int b) {
  return a == b || (!entities[a].country.empty() && entities[a].country == entities[b].country);
}

// The quotation (FindQuotes: marked, or a transcript's turn) whose span
// holds the byte `at`, or nullptr.
inline const Quote* QuoteAt(const std::vector<Quote>& quotes, uint32_t at) {
  for (const Quote& q : quotes) {
    if (q.span.begin <= at && at < q.span.end) return &q;
  }
  return nullptr;
}

// The token right after the trigger of `e`.
inline uint32_t TriggerEnd(const DocumentView& v, const Event& e) {
  uint32_t end = v.TokenAt(e.trigger.begin) + 1;
  while (end < v.seg().tokens.size() && v.seg().tokens[end].begin < e.trigger.end) ++end;
  return end;
}

// The latest event with an actor told before `e`, in its sentence or the
// `sentences_back` before it, that `pred` accepts; nullptr when none is.
template <typename Pred>
const Event* LatestActBefore(const std::vector<Event>& events, const Event& e, uint32_t sentences_back, Pred pred) {
  const Event* latest = nullptr;
  for (const Event& o : events) {
    if (o.actor.empty() || o.trigger.begin >= e.trigger.begin || o.sentence + sentences_back < e.sentence || !pred(o)) {
      continue;
    }
    if (latest == nullptr || o.trigger.begin > latest->trigger.begin) latest = &o;
  }
  return latest;
}

// Direct quotations (“…” or "…") and their speakers ("He said: “…”", "“…,” X said",
// "X said the arrests were “…”": the last read from the parse).
std::vector<Quote> FindQuotes(const DocumentView& v);
// Sets the flag of each sentence that opens a quote whose speaker only the
// parse can tell (FindQuotes finds none without it).
void FlagQuotesToParse(const DocumentView& v, std::vector<uint8_t>* flags);

// Sets date, modality and attributed_to on each event.
void AddEventContext(const DocumentView& v, const std::vector<Quote>& quotes,
                     const std::vector<TimeAnchor>& timexes, std::string_view doc_date,
                     std::vector<Event>* events);

// PLOVER reads an actor's announced cooperation ("Germany will deliver
// weapons to Ukraine") as an intention to cooperate, AGREE, and announced
// concessions ("Hamas will release hostages") as CONCEDE. For each
// hypothetical event whose clause carries an intent cue (data/extract/cues.tsv)
// before its trigger, appends that asserted intention with the same
// participants; the hypothetical event stays. An announced negation of a
// cooperative event or a concession ("Israel will not withdraw") is a
// refusal: REJECT, added the same way beside the negated event. An announced
// attack is a threat (THREATEN); an announced sanction, coercive measure or
// deployment is the decision itself, so that event becomes asserted.
void AddIntentions(const DocumentView& v, std::vector<Event>* events);

// PLOVER reads a party's claim that another did something hostile ("Hun Manet
// claims that Thai forces are occupying Cambodian territory") as an
// accusation. For each assault, coercion, sanction, threat or mobilisation in
// the complement clause of a claiming verb (claim_verb cues) whose subject is
// not the event's actor, appends ACCUSE from that subject to the actor; the
// claimed event stays, credited to its source.
void AddClaims(const DocumentView& v, std::vector<Event>* events);

// A response to an act told before ("Liberia condemned the attack", "China
// welcomed the agreement", "New Delhi rejected the criticism"): an
// accusation, protest, rejection or support whose object is a definite noun
// for an event type the lexicon knows ("the attack": ASSAULT) is addressed to
// the actor of the latest such event in its sentence or the five before it
// (whatever recipient the words after the noun gave); a noun for any act
// ("welcomed the move", act_noun cues) answers the latest act told as done
// that is no response, meeting or attack; "condemned what it called China's
// “unsafe manoeuvres”" reaches the one named in the possessive. A demand for
// a release ("demanded the immediate release of all political detainees") is
// made of the state that last arrested or detained in the sentences before,
// and the release is that state's. A threat over an act told before ("warned
// that the allied drills would be met with …") reaches that act's actor; a
// rejection in a relative clause on a noun summing up claims (", charges
// the Ethiopian government dismissed as …") is by the one it names, of the
// accuser; an act done "at the request of" X adds X's REQUEST of its actor.
void AddResponseTargets(const DocumentView& v, std::vector<Event>* events);

// "Katz threatened to expand operations in Lebanon if Hezbollah did not
// disarm": a threat whose sentence names a condition after its trigger ("if",
// "unless") is addressed to the condition's subject (a person, a body or a
// state; a place stays where it was); one with no such subject and no
// recipient, to whom the act threatened right after its trigger reaches
// ("threatened to impose sanctions on members of the junta"). A threat whose
// condition opens with "unless" is also a REQUEST of the condition's subject
// ("… unless Israel allows food and medicine into Gaza"), appended.
void AddThreatTargets(const DocumentView& v, std::vector<Event>* events);
// '"Any aggression against Afghanistan's territory will receive a firm
// response," he told a news conference': a threat inside a quotation with
// no party acting in its clause is the speaker's, made by saying it
// (asserted); with no recipient it is addressed to the other side whose
// hostile act the story told in the three sentences before, or the one its
// own side accused or struck there (quoted_threats.cc).
void AddQuotedThreats(const DocumentView& v, const std::vector<Quote>& quotes, std::vector<Event>* events);
// "Russia's embassy in Chisinau … said Moscow would respond": a state is no
// recipient of its own body's threat or denial, nor its body of the state's (a
// recipient of the same country as an actor, where one of the two is the
// state itself, is dropped).
void DropOwnStateRecipients(const DocumentView& v, std::vector<Event>* events);

// "Britain imposed sanctions on two RSF commanders …, accusing them of
// fuelling atrocities": an event told by a participle after a comma whose
// object is a pronoun the linker left unresolved ("them", "him", "it")
// reaches whom the main clause's act by the same actor reached.
void AddParticipleObjects(const DocumentView& v, std::vector<Event>* events);

// "KINSHASA, Feb 8 (Reuters) - … Police fired tear gas": an event with no
// named actor whose subject is a state's own force named by a common noun
// (domestic_force cues: "police", "authorities") is the act of the state of
// the dateline, when the story names that state; one reaching nobody named
// whose object is such a noun ("urged the authorities to") reaches it.
void AddDatelineForces(const DocumentView& v, const std::vector<Quote>& quotes, std::vector<Event>* events);

// "Georgian customs officers seized a consignment … The driver, Rustam
// Abdullaev, was detained": a coercion told in the passive with no agent and
// nobody else named as its actor is by the state (or the state's body) that
// coerced in the three sentences before (so is a sanction: "Their assets in
// Britain have been frozen"); an arrest with no such coercion before is by
// the state that charged the arrested in the five sentences before, else by
// the state where it was made ("was arrested at Lisbon airport"); a charge
// joined to an arrest ("were arrested and charged") is by the arresting state.
void AddPassiveAgents(const DocumentView& v, std::vector<Event>* events);

// "More than 220 people have been detained since Thursday, the interior
// ministry said", "… was arrested last month, the Suwon District
// Prosecutors' Office said": an arrest or a charge told in the passive with
// no actor found, credited to one source alone that is a state's body (or a
// state, or an official: "Interior Minister Gerald Darmanin said"), is by
// that source. Runs after AddEventContext, which credits the sources.
void AddReportingAuthorities(const DocumentView& v, std::vector<Event>* events);

// An act told again with no actor named, "the" and a noun for its subject,
// is by whoever did that act in the two sentences before: "Turkey has donated
// 40 armoured vehicles … to Somalia's army … The equipment … was handed over
// at a ceremony" (aid, any common noun; to the same recipient when it names
// none but the giver), "The strike hit the market" (an attack's noun), "OFAC
// on Wednesday designated a shipping network … The sanctions target Blue
// Kestrel Shipping Inc" (sanction_noun cues). A sanction "placed under EU
// sanctions" is by the one named right before the sanctions' noun.
void AddRetoldActors(const DocumentView& v, std::vector<Event>* events);

// "Among those designated were Hossein Tabrizi … and Lianhe Micro Technology
// Co": a sentence opening "among those <participle> were" lists whom the
// latest act of the participle's type, told in the two sentences before,
// reached. Appends that act again (actor, date, modality and sources its
// own) with the persons and bodies listed as recipients, this sentence as
// its evidence.
void AddListedMembers(const DocumentView& v, std::vector<Event>* events);

// "The suspects, a German-Russian dual national identified only as Dieter S.
// … and two Ukrainian citizens named as Oleksandr K. and Ihor V., were
// detained": an arrest or detention in a sentence opening with "The", a noun
// for those charged (accused_noun cues) and a comma holds the persons named
// before its trigger, when it names no one held.
void AddHeldInOpening(const DocumentView& v, std::vector<Event>* events);
// "imposed sanctions on a company, X, its director Y and the tanker Z": the
// persons, bodies and ships listed after a sanction's first target are
// targets too (sanction_lists.cc).
void AddSanctionLists(const DocumentView& v, std::vector<Event>* events);
// "Militants killed 15 soldiers in an attack on Monday … JNIM claimed
// responsibility for the attack": an attack told in the two sentences
// before with no actor named is the claimant's, and the attack claimed takes
// its target and date (claimed_attacks.cc).
void AddClaimedAttackers(const DocumentView& v, std::vector<Event>* events);
// "Drones struck a power substation … on Wednesday … The Sudanese Armed
// Forces blamed the Rapid Support Forces, saying the attack was carried out
// with long-range drones": an attack told with nobody named as its actor, in
// the sentence of a blame laid on a state or a group or the two before it,
// is reported as the blamed one's, on the word of the one blaming.
void AddBlamedAttackers(const DocumentView& v, std::vector<Event>* events);
// "OFAC designated four entities and two individuals … . Hong Kong-based X
// and its sole director, Y, arranged …": a sanction that counts its targets
// reaches the persons, companies and ships the sentences right after it in
// its paragraph introduce, up to the count; each such sentence tells the act
// again with them as recipients (counted_targets.cc).
void AddCountedTargets(const DocumentView& v, std::vector<Event>* events);
// "The FCDO has today designated the following persons. … 1. Name: Bawar
// Kamaran RASUL …": a sanction told in a sentence that announces a list
// ("the following persons", "the entries below"), or just before it, reaches
// the persons, companies and bodies whose names open the list's entries, a
// line each; each entry's line tells the act again (listed_entries.cc).
void AddListedEntries(const DocumentView& v, std::string_view doc_date, std::vector<Event>* events);
// "The NIA on Sunday arrested three men … . The accused, identified as A, B
// and C, …": an arrest that counts whom it took (held_group_noun cues) and
// names nobody reaches the persons the next sentence names when it refers
// back to them, up to the count (counted_targets.cc).
void AddCountedArrests(const DocumentView& v, std::vector<Event>* events);
// "Indonesia's navy seized two tankers … . The Cameroon-flagged Sea Lantern
// … and the Panama-flagged Orchid Wave were intercepted": a seizure that
// counts the ships it took (two or more) reaches the ships the next sentence
// names for the first time, when it names just as many (counted_targets.cc).
void AddCountedSeizures(const DocumentView& v, std::vector<Event>* events);
// "X met Y … and signed agreements": an agreement, cooperation or request
// the meeting's side goes on to make, reaching nobody named, reaches the one
// it met (meeting_partners.cc).
void AddMeetingPartners(const DocumentView& v, std::vector<Event>* events);
// "arrested two French citizens on espionage charges": the charge an act
// rests on is between the act's sides (charge_parties.cc).
void AddChargeParties(const DocumentView& v, std::vector<Event>* events);

// "A Chinese national has been charged … Li Wenhao, 46, who runs …",
// "convicted a former deputy defence minister … Retired Gen. X": in a
// sentence that describes someone without a name ("a/an", lower-case words
// or a demonym, and a head noun: a citizen noun or a title for a person, a
// body's noun for an organisation, a ship's noun for a ship) and whose next
// sentence opens with such a name, the one named replaces the demonym's
// state among its events' actors and recipients, or, with no demonym,
// becomes the recipient of an event with none whose object the description
// is.
void AddNamedLater(const DocumentView& v, std::vector<Event>* events);
// "imposed sanctions on a Dubai-based shipping company … OFAC said Zarafshan
// Marine Services FZE …": an organisation named after a description that
// places it is located_in that place (unless a relation places it already).
void AddDescribedPlaces(const DocumentView& v, std::vector<Relation>* relations);

// "… after a Turkish drone strike killed three people. The strike on
// Wednesday evening hit a vehicle": an event dated only by the story's day
// (or told after "after" or "following") takes the date of the same type's
// event that a definite noun ("the strike on Wednesday evening") tells in one
// of the two sentences after it, naming no other actor; one told "at the
// same time" or "later", or the same act of the same actor told again within
// two sentences with no time of its own, takes the day dated before
// (later_dates.cc).
void AddLaterDates(const DocumentView& v, const std::vector<TimeAnchor>& timexes, std::vector<Event>* events);

// "Both sides accused each other", "Each side accused the other": an event of
// two or more actors and no recipient whose trigger "each other", "one
// another" or "the other" follows is the actors' on one another.
void AddReciprocalObjects(const DocumentView& v, std::vector<Event>* events);

// "France has delivered the first six of 36 howitzers ordered by Armenia": a
// military transfer whose sentence tells of a sale (sale_word cues: "deal",
// "contract", "ordered", "bought") is military cooperation (COOPERATE, CAMEO
// 062), not aid (arms_sales.cc).
void ReadArmsSalesAsCooperation(const DocumentView& v, std::vector<Event>* events);

// "The Philippines has taken delivery of BrahMos missiles from India": weapons
// taken in delivery ("take delivery", "receive") from a supplier the words
// after the trigger name ("from X", "built by X") are also the supplier's
// military aid to the one taking them (arms_sales.cc; before
// ReadArmsSalesAsCooperation).
void ReadDeliveriesAsTransfers(const DocumentView& v, std::vector<Event>* events);

// "Police fired tear gas at protesters", "Gunmen killed 12 villagers": an
// event's empty actor or recipient whose words in the parse (subject, agent,
// object, passive subject, a phrase "at", "on" or "against") are a group the
// text leaves unnamed (people_group cues: "protesters", "crew members",
// "merchant ships") takes that group, a document entity of type Thing in
// x->groups, named by its phrase ("six Nigerian nationals"; aliases "nationals").
// Runs last: the passes before it see only the linker's entities.
void AddUnnamedGroups(const DocumentView& v, Extraction* x);

// Relations from titles, possessives, appositions and data/extract/relations.tsv.
std::vector<Relation> FindRelations(const DocumentView& v, std::string_view doc_date);

// Relations the coded events state: whom a state, a public body or an
// organisation sanctioned (a SANCTION of mode "restrict", told as fact or as
// a source's report) is sanctioned_by it ("OFAC designated X, Y and Z").
// Appended to `relations` unless already there.
void AddEventRelations(const DocumentView& v, const std::vector<Event>& events, std::vector<Relation>* relations);

}  // namespace dossier::extract
