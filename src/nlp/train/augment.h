// Training-data augmentation for the news domain.
//
// News summaries (WCEP, wire leads) tell events in the headline present tense
// ("Russia launches missiles at Kyiv", "A court sentences Tan to death") that
// the web and academic text of UD EWT and GUM rarely use, so taggers trained on
// them read "launches" or "sentences" after a name as a plural noun.
// AddHeadlineTense copies each training sentence with a clause in the simple
// past ("Russia launched ...", "Tan was sentenced ...") into the present
// tense, leaving lemmas, tags and the tree as they are.
//
// Thread-safety: pure function. Deterministic (data order only).
#pragma once

#include <string>
#include <vector>

#include "nlp/train/corpus.h"

namespace dossier::nlp::train {

// The present-tense copy of `s`: every clause whose verb is a simple past with
// a subject before it is rewritten. False when there is none (questions,
// imperatives, perfect and progressive tenses, "be" and "have" as main verbs
// are left alone).
bool HeadlineTense(const TreebankSentence& s, TreebankSentence* out);

// Appends the present-tense copies of the sentences in `data`; returns how
// many were added.
size_t AddHeadlineTense(std::vector<TreebankSentence>* data);

// Third person singular present of a verb lemma ("launch" -> "launches",
// "deny" -> "denies", "have" -> "has").
std::string ThirdPersonSingular(const std::string& lemma);

}  // namespace dossier::nlp::train
