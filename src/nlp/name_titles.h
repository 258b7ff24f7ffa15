// Titles and forms of address that stand before a person's name ("Mrs",
// "Emperor", "Prime Minister", "Reverend"). UNER's guideline, and ours
// (docs/ner_labelling.md), keep them outside the PERSON span: "Mrs Clinton"
// -> "Clinton". The tagger learns that for the forms its training text uses
// often ("Mr.", "President") but not for rarer or British ones ("Mrs", "Ms",
// "Lord"), so after decoding it trims the titles this list names from the
// start of each person span (NerTagger::Tag).
//
// The list is compiled by `train ner` from data/link/cues.tsv (the linker's
// "title" cues) and data/match/honorifics.txt (forms of address, with and
// without a full stop) and travels in the NER model file, so the runtime
// reads no table.
//
// Example:
//   NameTitles titles({"Mrs", "Prime Minister"});
//   int k = titles.TitleAt(words, b, e);   // 2 for "Prime Minister May"
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
  // `titles` as written, one title per entry ("Vice President").
  explicit NameTitles(std::vector<std::string> titles);

  bool empty() const { return keys_.empty(); }
  size_t size() const { return titles_.size(); }
  // Words in the longest title that starts at word b and ends before word e
  // (0 when none does).
  int TitleAt(const WordInfo* w, int b, int e) const;
  // Words of the titles [b, e) opens with, taken while one word is left.
  int LeadingTitles(const WordInfo* w, int b, int e) const;

  // One title per line, for the NER model file.
  std::string Serialize() const;
  static NameTitles Deserialize(std::string_view lines);

 private:
  static uint64_t Key(const WordInfo* w, int b, int e);
  std::vector<std::string> titles_;
  std::unordered_set<uint64_t> keys_;
  int max_words_ = 0;
};

}  // namespace dossier::nlp
