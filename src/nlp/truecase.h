// Truecasing: text whose capitals say nothing about names — a headline in
// title case ("Putin Meets Erdogan In Sochi To Discuss Syria Ceasefire") or in
// capitals ("IRAN TESTS NEW MISSILE"), or text typed in lower case ("putin met
// erdogan in sochi") — makes taggers and rules read "Putin Meets Erdogan" as
// one name or miss every name. Truecase gives the text back with such
// sentences in their usual case ("Putin meets Erdogan in Sochi to discuss
// Syria ceasefire", "Iran tests new missile"), judged by how each word is
// usually written in running news (word_casing.h); the taggers and the linker
// read that copy, while every offset and every quoted surface still refers to
// the text as given (only the case of ASCII letters changes, so the copy has
// the same bytes everywhere else).
//
// Which sentences. A headline opens a line after the start of the text, a
// blank line or a line that ends a sentence (not a line of a hard-wrapped
// paragraph), or is in capitals after a sentence in capitals that was read
// so, and has at least three words of four or more ASCII letters after its
// first word, each capitalised. It is in capitals when four in five of them
// (the first word counted) are in capitals, and in title case when fewer
// than half are and at least two are words news writes in lower case more
// than four times in five (so a line that lists names is left alone). A
// sentence is in lower case when it has no capital letter and three long
// words, and it is read so only in a text where most sentences are (else a
// sentence without a capital is one without a name).
//
// How. In title case a word written "Xxxx" after the first word is lowered
// when news writes it in lower case more often than not (seen at least three
// times), unless news writes it capitalised beside the word before or after
// it (a name pair of word_casing.h: "Supreme Court", "Khartoum International
// Airport"). In capitals every word is lowered the same way, or else written
// "Xxxx"; an unknown word of four or more letters is taken for a name, a
// shorter one for an acronym (kept); the first word is capitalised. In lower
// case a word news capitalises four times in five, or in a name pair, takes
// its capital, and so does the first word (not a single letter: "u"). A name
// of two or more words that the caller's `known_name_at` knows ("White
// House", "Strait of Hormuz") is written as the caller writes it where the
// letters agree, else kept (title case) or written "Xxxx" (capitals); so is
// an acronym it knows alone, in capitals ("US", "IAEA") or in lower case
// when it has three or more letters and news does not write it in lower case
// ("nato"; not "who"), and in lower case a one-word name it knows that news
// does not write in lower case ("sochi"; not "split" or "turkey").
//
// Example:
//   std::string cased = nlp::Truecase(text, seg, models.ner());
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

// A known name of the text's words starting at a token, read in any case.
struct KnownName {
  uint32_t end = 0;          // token after the name; the start token when none
  std::string_view surface;  // the name as the caller writes it
  bool acronym = false;      // a name that keeps its case exactly ("US")
};
using KnownNameAt = std::function<KnownName(uint32_t token, uint32_t limit)>;

// The text with its headlines and lower-case text in their usual case, or an
// empty string when it holds neither.
std::string Truecase(std::string_view text, const text::Segmentation& seg, const NerTagger& ner,
                     const KnownNameAt& known_name_at = {});

}  // namespace dossier::nlp
