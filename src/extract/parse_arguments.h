// Event arguments read from the dependency parse: a verb trigger's subject,
// object, passive subject and agent, prepositional participants, and the
// subject a coordinated verb, a control verb's complement or a participle
// shares with the verb it hangs from. Internal to src/extract.
//
// Example ("North Korea supplied Iran with 19 missiles"):
//   ParseArguments args = VerbArguments(view, trigger);
//   // args.actor = {North Korea}, args.recipient = {Iran}
#pragma once

#include <cstdint>
#include <vector>

#include "extract/document_view.h"

namespace dossier::extract {

struct ParseArguments {
  std::vector<int> actor;      // indexes into Linking::entities
  std::vector<int> recipient;
  bool passive = false;        // the recipient is the grammatical subject
  bool unnamed_subject = false;  // the verb's own subject names nobody ("the proceeds funded")
  // The recipient is where the object went ("shipped shells to Russia"), read
  // from a "to" phrase below the object.
  bool recipient_below_object = false;
  // The recipient is the object or named below it.
  bool recipient_from_object = false;
  std::vector<int> with_side;  // named in a "with" phrase on the verb ("discussed Ukraine with Kyiv")
};

// The preposition marking a nominal ("with" in "met with Rouhani"), lower
// case; empty when none does.
std::string_view CaseOf(const DocumentView& view, uint32_t nominal);

// Entities a nominal stands for: the first referring item of its phrase (its
// name, a titled person, a listed group, "Russian forces", "Iran and North
// Korea"), else what a pronoun or group noun refers to, else the first name
// further below it ("the leader of North Korea").
std::vector<int> NominalEntities(const DocumentView& view, uint32_t head);
// The same for several dependents filling one role (a parser may split "Mossad
// chief Yossi Cohen" into two subjects): read as one phrase.
std::vector<int> NominalEntities(const DocumentView& view, const std::vector<uint32_t>& heads);

// The arguments of the verb at token `verb` in a parsed sentence (empty when
// the sentence was not parsed).
ParseArguments VerbArguments(const DocumentView& view, uint32_t verb);

// The entities the nominal subjects (nsubj) of the verb at `verb` stand for.
std::vector<int> SubjectEntities(const DocumentView& view, uint32_t verb);

// The verb whose complement clause (ccomp) holds the word at `k` ("Hun Manet
// claims that Thai forces are occupying ...": claims), climbing up through
// conjuncts and, with `through_objects`, open complements and objects too; -1
// when there is none within six steps or the sentence was not parsed.
int32_t ComplementTaker(const DocumentView& view, uint32_t k, bool through_objects);

// "Japan froze the assets of 11 companies … that it says helped Russia evade
// export controls, and banned exports": the main clause's top verb a
// past-tense conjunct after ", and" belongs to when the parser joined it
// (to `head`) inside a relative clause, or -1.
int32_t MainVerbPastRelative(const DocumentView& view, uint32_t conjunct, uint32_t head);

// The entity of the name a sentence's parse has for its root, when `verb`
// (a past verb with no agent of its own) follows a comma after the name
// and the apposition hung on it ("Evo Morales, once Arce's mentor and now
// his rival, called on supporters": the parser read the verb as a participle
// on the apposition); empty otherwise.
std::vector<int> NamedRootBeforeApposition(const DocumentView& view, uint32_t verb);

}  // namespace dossier::extract
