// The layout of lists in notices and releases: a line's start, the list
// marker opening it ("- ", "* ", "• ", "12. ", "3) "), and a company's name
// standing alone on a list's line ("- Asia Sun Group Company Limited",
// "Asia Sun Trading Company Limited. Address: Yangon" below "Entities:").
// Truecasing (nlp/truecase.h) keeps such a line's capitals; the scan reads
// list entries by them (scan.h: NameField).
//
// Example:
//   const size_t line = LineStart(text, token_begin);
//   if (AfterListMarker(text, line) == token_begin) { … the token opens an entry … }
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "link/cues.h"
#include "text/segmenter.h"

namespace dossier::link {

// The offset where the line holding offset `at` starts.
size_t LineStart(std::string_view text, size_t at);

// The offset after the list marker opening the line at `line` and the space
// after it, or `line` when there is none.
size_t AfterListMarker(std::string_view text, size_t line);

// Whether only a list marker, spaces or tabs stand between the start of its
// line and offset `at` ("1. " before "AVERYANOV, Andrei"); *marker tells
// whether a marker's digit or dash is among them.
bool OnlyMarkerBefore(std::string_view text, size_t at, bool* marker = nullptr);

// The end (a token index) of a company's name that a list gives a line of its
// own, from `token`: capitalised words up to the line's first full stop,
// ending in a legal form (legal_form cues), after a list marker or below a
// line that ends in a colon ("Entities:") or lists a company itself; `token`
// when there is none. `limit` ends the token's sentence.
uint32_t CompanyLineEnd(const Cues& cues, std::string_view text, const text::Segmentation& seg, uint32_t token,
                        uint32_t limit);

}  // namespace dossier::link
