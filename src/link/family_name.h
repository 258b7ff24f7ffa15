// Which word of a person's name is the family name: the word a later bare
// mention of the person repeats ("Trump" of "Donald Trump", "Kim" of "Kim Jong
// Un", "Xi" of "Xi Jinping", "Moon" of "Moon Jae-in").
//
// English news writes Chinese and Korean names family name first; the name is
// read so when its first word is a `family_first` cue and the rest reads as a
// romanised given name: one hyphenated word ("Jae-in", "Ing-wen"), two or three
// short words ("Jong Un", "Hsien Loong"), or one word that splits into one to
// three romanised syllables ("Jinping" = jin + ping; see data/link/cues.tsv).
// "Kim Darroch" and "Lee Anderson" are not read so: "Darroch" and "Anderson"
// are no such given names.
#pragma once

#include <string_view>
#include <vector>

#include "link/cues.h"

namespace dossier::link {

// The family name of the person's name `name` (a view into it; a hyphenated
// compound is one word: "Amir-Abdollahian" of "Hossein Amir-Abdollahian"), or
// an empty view when `name` has fewer than two words.
std::string_view FamilyName(std::string_view name, const Cues& cues);

// Whether `name` is read family name first ("Kim Jong Un", not "Kim Darroch").
bool FamilyNameFirst(std::string_view name, const Cues& cues);

// The words of a name: its tokens, a hyphenated compound written without
// spaces ("Jae-in", "Amir-Abdollahian") counted as one word.
std::vector<std::string_view> NameWords(std::string_view name);

// Whether `word` (ASCII letters, any case) splits into at most `max_syllables`
// romanised syllables, each an optional `syllable_initial` and a
// `syllable_final`. Exposed for tests.
bool SplitsIntoSyllables(std::string_view word, const Cues& cues, int max_syllables);

}  // namespace dossier::link
