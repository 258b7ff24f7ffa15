// Small string helpers that the standard library lacks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier::base {

// Splits on `sep`, keeping empty fields ("a||b" -> {"a","","b"}).
std::vector<std::string_view> Split(std::string_view s, char sep);

// Removes ASCII white space at both ends.
std::string_view Trim(std::string_view s);

std::string Join(const std::vector<std::string>& parts, std::string_view sep);

// Lowercase slug: letters and digits kept, runs of anything else become one
// '-' ("Kim Yong-Nam" -> "kim-yong-nam"). Latin letters lose their accents
// (FoldAccents: "Żaneta Kowalska" and "Zaneta Kowalska" are one slug); letters
// of other scripts are kept (lowercased by ICU), so their slugs stay distinct.
std::string Slugify(std::string_view s);

// ASCII lowercase copy.
std::string AsciiLower(std::string_view s);

// Each word's first ASCII letter in upper case, a word starting after a space
// or a hyphen, the small words "in", "of", "the", "for" and "and" after the
// first left alone: "commander-in-chief" -> "Commander-in-Chief", "foreign
// ministry" -> "Foreign Ministry".
std::string CapitaliseWords(std::string_view phrase);

// True when every byte is an ASCII letter/digit and at least one is upper case.
bool IsAllCaps(std::string_view s);

// True for an ordinal written in digits: "3rd", "82nd", "21st", "9th".
bool IsNumeralOrdinal(std::string_view w);

}  // namespace dossier::base
