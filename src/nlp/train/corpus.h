// Readers for the training and evaluation corpora: CoNLL-U treebanks (UD EWT,
// GUM with Entity= mentions), UNER .iob2 and WikiANN IOB2 files.
//
// Thread-safety: pure functions. Errors: kNotFound / kIoError for unreadable
// files, kInvalidArgument ("FILE:LINE: ...") for malformed lines.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace dossier::nlp::train {

struct TreebankSentence {
  std::vector<std::string> words, lemmas, upos, deprels;
  std::vector<int> heads;             // 0 = root, else 1-based word index
  std::vector<std::string> ner;       // IOB2 tags with PERSON/ORG/LOC (may be empty)
  std::vector<bool> glued;            // no space before the word (CoNLL-U SpaceAfter=No)
};

// Reads a CoNLL-U file (multi-word ranges and empty nodes are skipped; deprel
// subtypes are kept). When `gum_entities` is set, named GUM mentions (person,
// organization, place headed by PROPN) become IOB2 tags in `ner`.
base::Result<std::vector<TreebankSentence>> ReadConllu(const std::string& path,
                                                       bool gum_entities = false);

// GUM documents of one split ("train", "dev", "test") from splits.tsv in `gum_dir`.
base::Result<std::vector<std::string>> GumFiles(const std::string& gum_dir,
                                                const std::string& split);

struct NerSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // IOB2 over PERSON, ORG, LOC
  bool silver = false;            // labels produced automatically or unchecked
  float weight = 1.0f;            // training update scale
  int doc = 0;                    // document number; sentences of one document are consecutive
};

// Reads UNER .iob2 (id word tag - annotator; '#' comments) or WikiANN
// ("en:word<TAB>tag"). PER -> PERSON, GPE -> LOC, OTH and MISC dropped, a
// malformed B-O becomes O, and an I- without a matching predecessor becomes B-.
// Documents start at "# newdoc" comments; in a file without them every
// sentence is a document of its own.
base::Result<std::vector<NerSentence>> ReadIob(const std::string& path);

// The "text" fields of the first `max_docs` lines (0 = all) of a JSONL file
// (plain or .zst), e.g. the unlabelled news corpora.
base::Result<std::vector<std::string>> ReadJsonlTexts(const std::string& path, size_t max_docs);

// Repairs IOB2 tags in place (see ReadIob).
void RepairIob(std::vector<std::string>* tags);

}  // namespace dossier::nlp::train
