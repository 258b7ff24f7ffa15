// Headline case: a sentence written in title case ("Putin Meets Erdogan In
// Sochi To Discuss Syria Ceasefire") tells names apart by nothing, so taggers
// and rules read "Putin Meets Erdogan" as one name. RestoreHeadlineCase gives
// the text back with the common words of such sentences in lower case ("Putin
// meets Erdogan in Sochi to discuss Syria ceasefire"), judged by how each
// word is usually written in running news (word_casing.h); the taggers and
// the linker read that copy, while every offset and every quoted surface
// still refers to the text as given (only first letters change, so the
// copy has the same bytes everywhere else).
//
// A sentence is in title case when every word of four or more ASCII letters
// after its first word starts with a capital, at least three such words, and
// at least two of them are words news writes in lower case more than four
// times in five (so a sentence that is a list of names is left alone), and
// it opens a line after the start of the text, a blank line or a line that
// ends a sentence (not a line of a hard-wrapped paragraph). In it,
// a word written "Xxxx" after the first word is lowered when news writes it in
// lower case more often than not (seen at least three times), unless news
// writes it capitalised beside the word before or after it (a name pair of
// word_casing.h: "Supreme Court", "Khartoum International Airport") or it lies
// in a name of two or more words that the caller's `known_name_end` knows
// ("White House", "Strait Of Hormuz"). Unknown words, acronyms and words in capitals
// keep their case; sentences in capitals ("IRAN TESTS MISSILE") are left to
// the rules that read shouting.
//
// Example:
//   std::string cased = nlp::RestoreHeadlineCase(text, seg, models.ner());
//   std::string_view view = cased.empty() ? text : cased;
//
// Thread-safety: a pure function of its arguments.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "nlp/ner_tagger.h"
#include "text/segmenter.h"

namespace dossier::nlp {

// The end (token index) of a known name of the text's words starting at
// `token` and ending by `limit`, in any case; `token` when none starts there.
using KnownNameEnd = std::function<uint32_t(uint32_t token, uint32_t limit)>;

// The text with the common words of its title-case sentences lowered, or an
// empty string when no sentence is in title case (the text stays as it is).
std::string RestoreHeadlineCase(std::string_view text, const text::Segmentation& seg, const NerTagger& ner,
                                const KnownNameEnd& known_name_end = {});

}  // namespace dossier::nlp
