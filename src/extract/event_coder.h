// EventCoder: finds event triggers (data/extract/events.tsv) and their actor
// and recipient arguments. Internal to src/extract.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document_view.h"
#include "extract/event_type_model.h"
#include "extract/extractor.h"

namespace dossier::extract {

// Whether a place after "in" (or a topic after "on", "about", "over") is where
// or what the event is about rather than its other side: reciprocal and
// cooperative events ("met in New York", "signed an agreement in Tehran",
// "talks on Gaza"); an attack "in Gaza" is on Gaza.
bool VenueEnds(const EventPattern& p);

class EventCoder {
 public:
  // With a `model`, the trained type model adds what the rules missed.
  explicit EventCoder(const DocumentView& view, const EventTypeModel* model = nullptr);
  // Appends the events of the document (without date, modality, attribution).
  void Code(std::vector<Event>* out) const;
  // One flag per sentence: whether a verb trigger fires in it.
  std::vector<uint8_t> SentencesWithVerbTriggers() const;

 private:
  // A trigger coded in the current sentence: its first token, end and pattern.
  struct Fired {
    uint32_t token, end;
    const EventPattern* pattern;
  };

  // The events of the types the model finds likely in a sentence where the
  // rules coded none of that type (event_type_model.h, learned_events.cc).
  void AddLearned(std::vector<Event>* out) const;
  // Of the sentence's verbs and nouns outside names that the trigger table
  // lists for type t, the one whose own features score highest for t; -1 when
  // none scores above zero.
  int32_t LearnedTrigger(uint32_t sentence, size_t t) const;

  // Whether pattern p (one of `patterns`, those of the word at k) fires at k;
  // sets *end past its last word.
  bool Fires(const EventPattern& p, const std::vector<EventPattern>& patterns, uint32_t k,
             uint32_t* end, bool before_parse = false) const;
  bool RestMatches(const EventPattern& p, uint32_t k, uint32_t* end) const;
  // "Qods Aviation Industries, a drone maker already under": the company,
  // body or person named before the description ", a|an <words>" that ends
  // at token j; -1.
  int DescribedBefore(uint32_t j) const;
  // Whether the word at k is the name of a month ("In March"), no trigger.
  bool MonthName(uint32_t k) const;
  // Whether every mention of `entity` in `sentence` follows a preposition of
  // place ("in the Gulf of Finland", "on the Orinoco River").
  bool NamedOnlyAsWhere(int entity, uint32_t sentence) const;
  bool FindArguments(const EventPattern& p, uint32_t k, uint32_t end, Event* e) const;
  // Whether the parse gives the verb at k an event noun as its subject ("the
  // launch threatened"): no party is its subject then.
  bool EventNounSubject(uint32_t k) const;
  // "Prosecutors allege (that) the parts were found in Iranian drones": an
  // allegation with a clause as its object accuses that clause's subject, not
  // a name further on; false when the verb at k has no such clause.
  bool ClaimedClause(const EventPattern& p, uint32_t k, Event* e) const;
  // "demanding that Pakistan expel the ambassador": a request with a "that"
  // clause as its object is addressed to that clause's subject; false when
  // the verb at k has no such clause.
  bool RequestedClause(const EventPattern& p, uint32_t k, Event* e) const;
  // Whether the noun at k is the object of a verb of disapproval, rejection
  // or protest ("condemned the expulsions"): not the subject's act.
  bool Disapproved(uint32_t k) const;
  // Drops from `recipient` the entities a passive trigger at k in the clause
  // a verb of saying takes does not name after that verb.
  void KeepNamedInComplement(uint32_t k, std::vector<int>* recipient) const;
  // Whether the context words p needs stand near the trigger [k, end), or hang
  // on it in the parse (before parsing: anywhere later in the sentence).
  bool NeedsMet(const EventPattern& p, uint32_t k, uint32_t end, bool before_parse) const;
  bool NeedsMetNearby(const EventPattern& p, uint32_t k, uint32_t end, bool before_parse) const;
  bool AtOfAmountOrTime(uint32_t j) const;
  // Whether "off" and a register or a list follow within six words of
  // `end` ("strike sanctioned vessels off its register").
  bool StruckOffList(uint32_t end) const;
  bool NounContext(uint32_t k, const EventPattern& p) const;
  // Whether a name ends right before k after a preposition ("strikes against
  // Houthi targets", "under U.S. sanctions"): it modifies the word at k, which
  // is then no verb with the name as its subject.
  bool NameAfterPreposition(uint32_t k) const;
  // Whether a named organisation or person starts at j or the word after it
  // (a title between: "listed Colonel Ihar Dzemyanchuk"): the "@object" need.
  bool NamedObjectAt(uint32_t j) const;
  // Whether the trigger [k, end) is a passive whose subject is a named
  // organisation or person: "Mahmoud Ali Fayad was also designated", "Also
  // designated were his brother X": the "@passive-target" need.
  bool PassiveTargetNamed(uint32_t k, uint32_t end) const;
  // Whether a person is named right after a trigger ending at `end`, with no
  // "to" or "for" after him in the clause ("called on Prime Minister
  // Narendra Modi.": visited, not asked): the "@courtesy-call" need.
  bool CourtesyCall(uint32_t end) const;
  // Whether the document spoke of sanctions before token k ("sanctions",
  // "sanctioned", "restrictive measures", sanction_noun cues): the
  // "@sanctions-so-far" need.
  bool SanctionsSpokenOfBefore(uint32_t k) const;
  // Whether the trigger at k heads an object relative clause about a company,
  // a body or a person ("Baltic Arc Logistics LLC, a company … that the
  // United States designated"); before parsing, whether a "that" or "which"
  // stands shortly before it. With a passive's subject (in NeedsMetNearby),
  // the "@target-before" need.
  bool TargetBefore(uint32_t k, bool before_parse) const;
  bool VerbContext(uint32_t k, uint32_t end, const EventPattern& p) const;
  // "test-fired", "test-launched": the trigger word at k joined by a hyphen to
  // a verb form after it makes one verb with it.
  bool HyphenVerbCompound(uint32_t k) const;
  bool JoinedToParticipleClause(uint32_t k) const;
  // Whether the participle clause opening at k follows what an accusation
  // alleges ("accused Tajikistan of opening fire on its guards, killing one").
  bool ContinuesAllegation(uint32_t k) const;
  // Whether `word` is one of the context words pattern p needs.
  static bool Needs(const EventPattern& p, const std::string& word);
  bool IsBeAux(uint32_t k) const;
  bool DescribingParticiple(uint32_t k) const;
  bool NounForm(uint32_t k) const;
  bool SpeechNounBefore(uint32_t k) const;
  bool WordBefore(uint32_t k, std::string_view word, uint32_t window) const;
  bool Electorate(uint32_t k) const;
  bool AccidentWithin(uint32_t k, uint32_t end, uint32_t window) const;
  bool AccidentObject(const EventPattern& p, uint32_t k, uint32_t end) const;
  bool ByLater(uint32_t from) const;
  bool ObjectFollows(uint32_t next) const;
  bool Passive(uint32_t k) const;
  // "Hezbollah commander killed in Israeli strike": a headline (no closing
  // stop, a line break after it) tells in the present tense, so a participle
  // after a noun, before "in", "by", "at", "during" or "near", is a passive.
  bool HeadlinePassive(uint32_t k) const;
  // The side "in" an attack names right after a headline passive ("killed in
  // Israeli strike"), or the agent after "by".
  std::vector<int> HeadlineAgent(uint32_t end) const;
  // The one asked, named between a verb of asking ending at `from` and the
  // "for" before the noun at `noun` ("asked Venezuelan President Nicolas
  // Maduro for the prisoners' release"); -1 when there is none.
  int AskedFor(uint32_t from, uint32_t noun) const;
  // A passive's further arguments read on the words: a listing's list owner
  // and a signing's other signer (ListOwnerAfter, OtherSignersAfter).
  void CompletePassive(const EventPattern& p, uint32_t end, Event* e) const;
  // The body whose list a passive listing puts its subject on ("was added to
  // the European Union's sanctions list"), in the words from `end`; empty
  // when none is named so.
  std::vector<int> ListOwnerAfter(uint32_t end) const;
  // The person named after "and" past the agent `first` of a passive
  // signing ("signed … by X and Y"), in the words from `end`; empty when none.
  std::vector<int> OtherSignersAfter(uint32_t end, int first) const;
  // A passive's agent read on the words: "by X" within twelve words after the
  // trigger ending at `end`, no comma or clause break between.
  std::vector<int> AgentLater(uint32_t end) const;
  bool Accidental(uint32_t k, uint32_t end, const EventPattern* p = nullptr) const;
  bool AccidentSubject(uint32_t k) const;
  bool AttackMeansIn(uint32_t noun) const;
  bool ModifiesNoun(uint32_t k, uint32_t end, bool noun) const;
  // phrase_arguments.cc: drops from `recipient` the entities named only
  // after "in" in the trigger's sentence after `from` ("signed an agreement
  // in Tehran"); "The company has been under U.S. sanctions": the side and
  // target of the sanctions at k (false when no "under" comes before them);
  // "received assistance from North Korea": the giver and the receiver.
  void DropVenues(uint32_t from, std::vector<int>* recipient) const;
  bool SanctionsUnder(uint32_t k, uint32_t end, Event* e) const;
  bool AidFrom(uint32_t k, uint32_t end, Event* e) const;
  // "companies that it said helped Moscow": a verb trigger right after a
  // relative clause's speaker and verb of saying; its subject is what the
  // relative pronoun stands for, not the speaker (false when the words before
  // the trigger are not of that shape).
  bool RelativeSpeech(const EventPattern& p, uint32_t k, uint32_t end, Event* e) const;
  // "arrests three men suspected of spying for China": drops from `found` the
  // entities named in the sentence only in a clause within a clause on the
  // object of the verb at k (by the parse); they are no participants of k.
  void DropNamesInClausesBelow(uint32_t k, std::vector<int>* found) const;
  bool InsideName(uint32_t k, uint32_t end) const;
  // Whether a cue of `category` ("background") stands just before the noun at
  // k in its clause.
  bool Background(uint32_t k, std::string_view category) const;
  // A noun event right after an `ends_event` cue ("to cease attacks"), or of
  // another category such as `breaks_event` ("in violation of U.S. sanctions").
  bool EndedEvent(uint32_t k, std::string_view category = "ends_event") const;
  bool CivilDomain(uint32_t k) const;
  bool SubordinateBackdrop(uint32_t k, const EventPattern& p) const;
  bool UnnamedParticipant(uint32_t k, const EventPattern& p) const;
  bool Grounds(uint32_t k, const std::vector<Fired>& fired) const;
  bool RequestedContent(uint32_t k, const EventPattern& p, const std::vector<Fired>& fired) const;
  bool RequestedNoun(uint32_t k, const EventPattern& p, const std::vector<Fired>& fired) const;
  bool PlanContent(uint32_t k, const EventPattern& p) const;
  std::optional<Event> JointAttack(const EventPattern& p, const Event& e, uint32_t k) const;
  std::optional<Event> AssistedAct(const EventPattern& p, const Event& e, uint32_t k) const;
  std::optional<Event> DeportationTo(const EventPattern& p, const Event& e, uint32_t k, uint32_t end) const;
  std::vector<int> DashedPair(uint32_t k) const;
  std::vector<int> ClaimSpeaker(uint32_t k, const std::vector<int>& subject) const;
  bool CountedObject(uint32_t k) const;
  void DropNeededNoun(const EventPattern& p, uint32_t k, std::vector<Fired>* fired,
                      std::vector<Event>* out) const;
  bool EmergencyAfterAttack(const EventPattern& p, uint32_t k, const std::vector<Event>& coded) const;
  bool NotNews(const EventPattern& p, uint32_t k, uint32_t end, const Event& e,
               bool agent_implicit, const std::vector<Event>& coded) const;
  bool OutbreakTrigger(uint32_t k, const std::vector<Event>& coded) const;
  bool PartOfSentence(uint32_t k) const;
  // Whether the -ing word at k follows a verb of aspect or deliberation
  // (aspect_verb cues: "is considering suspending", "will resume targeting").
  bool AfterAspectVerb(uint32_t k) const;
  // The subject of the light verb at j ("ordered an investigation").
  std::vector<int> LightVerbSubject(uint32_t j) const;
  // Drops from `recipient` a body or state named right after the sanction
  // verb ending at `end` before a sanction noun ("reimpose United Nations
  // sanctions on Iran"), and takes the one after "on" instead.
  void SanctionsOfNamedBody(uint32_t end, std::vector<int>* recipient) const;
  bool AnsweredBy(uint32_t k) const;
  // The side talks are held "with" (a topic verb's): `parsed`, the parse's
  // reading, else the names after the first "with" from `end` in the clause.
  std::vector<int> TalkedWith(uint32_t end, std::vector<int> parsed) const;
  // What the possessive pronoun at j ("its", "their") before a noun trigger
  // stands for: its referent, unless that is what the clause's verb acts on
  // ("The Treasury placed Tan and Orient Star Marine on its sanctions list":
  // the verb's subject).
  std::vector<int> PossessorOf(uint32_t j) const;
  // The person whose possessive stands before the patient noun at k ("approved
  // his arrest"): reached by the act, not its actor; empty otherwise.
  std::vector<int> PossessorUndergoing(uint32_t k) const;
  // Those a listing verb (listing_verb cues) before the noun trigger at k puts
  // on the list named right after it (at `end`: "placed X and Y on its
  // sanctions list"): the persons, bodies and ships named between the verb
  // and the list's "on" or "to"; empty when none.
  std::vector<int> PutOnList(uint32_t k, uint32_t end) const;
  // Whether every (with `all`, else some) recipient of e is named in e's
  // sentence at or after token `from` right after one of `words` (past "the"
  // or "its"): "agreed to step up cooperation against the PKK", "joint
  // exercises with Russia".
  bool RecipientsNamedAfter(const Event& e, uint32_t from, std::initializer_list<std::string_view> words,
                            bool all) const;
  // The state named after "to" in the words after a verb ending at `end`,
  // before a verb of saying, or empty.
  std::vector<int> StateHandedTo(uint32_t end) const;
  // Whether the noun trigger at k is what "according to" cites ("according
  // to the indictment").
  bool CitedAsSource(uint32_t k) const;
  // Whether the verb at k (ending at `end`) has "its" target as its object
  // ("struck its target", a test_target cue word after "its").
  bool OwnTarget(uint32_t k, uint32_t end) const;
  // Whether the object of the verb at k (ending before `end`) is a noun with
  // cue `category` ("releases a video": record_noun; "attacked the accord":
  // verbal_target): in the parse, or before parsing the first noun after it.
  bool ObjectHasCue(uint32_t k, uint32_t end, std::string_view category) const;
  bool LeavesOrganization(uint32_t end) const;
  bool ProtestBefore(uint32_t k) const;
  bool OnlyNamedAsPlace(int entity, uint32_t sentence) const;
  bool InRelativeClause(uint32_t k, const EventPattern& p) const;
  std::string_view RelativePronounRole(uint32_t k) const;
  int WhAntecedent(uint32_t k) const;
  // The entity a relative clause headed at k is about when its relative word
  // is the clause's object ("Baltic Arc Logistics LLC, a company registered
  // in Saint Petersburg that the United States designated"): the name its
  // noun is or stands in apposition to; -1.
  int ObjectRelativeAntecedent(uint32_t k) const;
  // The same for a passive relative clause, or a passive conjunct of one,
  // whose relative word is its subject ("a maker that supplies the defence
  // industry and was placed under EU sanctions").
  int PassiveRelativeAntecedent(uint32_t k) const;
  // The entity the noun at `noun` (the antecedent of a relative clause) is
  // or stands in apposition to; -1.
  int NamedAntecedent(uint32_t noun) const;
  bool HasAgent(uint32_t k) const;
  bool ThatAfterComplementVerb(uint32_t k) const;  // a "by X" agent on the verb at k
  bool ReducedRelative(uint32_t k) const;
  bool NewsAntecedent(uint32_t noun) const;
  bool Counted(uint32_t noun) const;
  bool PersonRelative(uint32_t k) const;
  bool DatedPastClause(uint32_t k) const;
  std::vector<int> ByAgent(uint32_t end) const;
  std::vector<int> Before(uint32_t k) const;
  std::vector<int> NounActor(uint32_t k, uint32_t end) const;
  std::vector<int> LaidOn(uint32_t k, uint32_t end) const;
  std::vector<int> Between(uint32_t end) const;

  const DocumentView& v_;
  const EventTypeModel* model_;
};

// Folds an event told twice in a document (same type, mode, participants and
// a date the text gives) into one, keeping each further telling as evidence.
// Runs after dating.
void MergeDuplicateEvents(std::vector<Event>* events);

// "Danish authorities detained an oil tanker": an arrest or detention whose
// every recipient is a ship is its seizure (COERCE, mode seize, CAMEO 171).
void SeizedShips(const DocumentView& v, std::vector<Event>* events);

}  // namespace dossier::extract
