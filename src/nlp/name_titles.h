// Titles and forms of address that stand before a person's name ("Mrs",
// "Emperor", "Prime Minister", "Reverend"). UNER's guideline, and ours
// (docs/ner_labelling.md), keep them outside the PERSON span: "Mrs Clinton"
// -> "Clinton". The tagger learns that for the forms its training text uses
// often ("Mr.", "President") but not for rarer or British ones ("Mrs", "Ms",
// "Lord"), so after decoding it trims the titles this list names from the
// start of each person span (NerTagger::Tag).
//
// A form of address ("Dr.", "Mrs") is also a cue: a capitalised word after
// it that the tagger left untagged opens a person's name ("I gave Dr. Rohatgi
// two stars"), which a linear tagger misses when the rest of the sentence
// outweighs the one cue.
//
// The lists are compiled by `train ner` (train/gazetteer_sources.h,
// LoadNameTitles): the titles from data/link/cues.tsv's "title" cues and
// data/match/honorifics.txt, the forms of address from the title cues that
// imply no relation ("Mr.", "Dr."), each with and without a full stop; they
// travel in the NER model file, so the runtime reads no table.
//
// Example:
//   NameTitles titles({"Mrs", "Prime Minister"}, {"Mrs"});
//   int k = titles.TitleAt(words, b, e);   // 2 for "Prime Minister May"
//   int m = titles.NameAfterAddress(words, i, n);  // 1 for "Mrs Pugh" (word i "Pugh")
//
// Thread-safety: immutable after construction.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "nlp/features.h"

namespace dossier::nlp {

class NameTitles {
 public:
  NameTitles() = default;
  // `titles` as written, one title per entry ("Vice President"); the
  // `address_forms` are single words ("Mrs.") and should be titles too.
  explicit NameTitles(std::vector<std::string> titles, std::vector<std::string> address_forms = {});

  bool empty() const { return keys_.empty(); }
  size_t size() const { return titles_.size(); }
  const std::vector<std::string>& titles() const { return titles_; }
  const std::vector<std::string>& address_forms() const { return address_forms_; }
  // Words in the longest title that starts at word b and ends before word e
  // (0 when none does).
  int TitleAt(const WordInfo* w, int b, int e) const;
  // Words of the titles [b, e) opens with, taken while one word is left.
  int LeadingTitles(const WordInfo* w, int b, int e) const;

  // Words [i, end) of the name a form of address before word i opens: the run
  // of capitalised words that are not titles, up to `limit` (0 = no name:
  // word i is not capitalised, or word i - 1 is not a form of address written
  // with a capital and at least one lower-case letter, so "MS Iona" is none).
  int NameAfterAddress(const WordInfo* w, int i, int limit) const;

  // One title per line, then "address<TAB>form" lines, for the NER model file.
  std::string Serialize() const;
  static NameTitles Deserialize(std::string_view lines);

 private:
  static uint64_t Key(const WordInfo* w, int b, int e);
  std::vector<std::string> titles_, address_forms_;
  std::unordered_set<uint64_t> keys_, address_keys_;
  int max_words_ = 0;
};

}  // namespace dossier::nlp
