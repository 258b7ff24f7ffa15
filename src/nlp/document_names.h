// One reading per name and document: a document that writes a name the same
// way twice almost always means the same thing by it, but a sentence-level
// tagger decides each occurrence alone ("Ms Okafor met Adeyemi ..." tagged,
// "Adeyemi said" missed; "Halden" a place in one sentence, a person in the
// next). After the tagger has read every sentence, DocumentNames
//  1. gives every tagged span the type most often tagged for the same words
//     in the document (a tie goes to the type of the first occurrence), and
//  2. tags the other occurrences of a tagged name whose first word is
//     capitalised, longest names first, where the occurrence overlaps no span,
//     stays inside one sentence and is not part of a longer capitalised run
//     (the next word is not capitalised; the previous one is not an untagged
//     capitalised word), with the name's majority type;
// and, between the two, given the tagger's person type,
//  3. types PERSON every one-word span whose word ends a multi-word PERSON
//     span of the document ("Cyril Ramaphosa ... Ramaphosa said", where the
//     surname alone was read as a place), so step 2 spreads it as a person.
// Measured on the UNER EWT dev halves (models/README.md, "Document pass" and
// "A surname alone").
//
// Example:
//   DocumentNames names;
//   for (each sentence s) names.AddSentence(offset_of_s, words, n, spans_of_s);
//   names.Harmonise(ner.person_type());
//   for (const NerSpan& sp : names.spans()) ...   // document word indices
//
// Thread-safety: an object is used by one thread at a time; Clear() reuses its memory.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "nlp/bilou_viterbi.h"
#include "nlp/features.h"
#include "nlp/ner_tagger.h"

namespace dossier::nlp {

class DocumentNames {
 public:
  void Clear();
  // Adds a sentence whose words are document words [offset, offset + n) and
  // whose tagger spans are in sentence word indices. Sentences are added in
  // document order and do not overlap.
  void AddSentence(uint32_t offset, const WordInfo* words, int n, std::span<const NerSpan> spans);
  // `person_type`: the tagger's PERSON type (-1: none).
  void Harmonise(int person_type = -1);
  // The spans in document word indices, ordered by their first word.
  const std::vector<NerSpan>& spans() const { return spans_; }

 private:
  struct Word {
    uint64_t form = 0;
    uint32_t sentence = 0;  // 1 + index of the sentence; 0 = between sentences
    bool capitalised = false;
  };
  struct Name {
    uint32_t begin = 0, length = 0;  // the first occurrence
    uint8_t first_type = 0;          // its type
    uint32_t votes[(kMaxBilouLabels - 1) / 4] = {};  // per entity type
    uint8_t Majority() const;        // ties go to the first occurrence's type
  };
  uint64_t Key(uint32_t begin, uint32_t end) const;
  bool SameWords(uint32_t a, uint32_t b, uint32_t length) const;
  void AddOccurrences();
  void RetypeSurnames(uint8_t person);

  std::vector<Word> words_;
  std::vector<NerSpan> spans_;
  std::vector<Name> names_;
  std::vector<uint32_t> name_of_span_;
  uint32_t sentences_ = 0;
};

}  // namespace dossier::nlp
