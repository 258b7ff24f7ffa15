// Our own NER gold: PERSON / ORG / LOC labels written for this project over
// texts of ../shared, kept apart from the texts: Wikipedia Current Events
// (WCEP) news items (data/eval/ner_wcep.tsv), the sentences of the GUM
// treebank's documents (data/eval/ner_gum.tsv), UNER EWT's train sentences,
// whose unchecked silver labels we corrected (data/eval/ner_ewt_train.tsv), and
// runs of sentences of UN General Debate statements (data/eval/ner_ungdc.tsv),
// all after UNER's conventions (guide: docs/ner_labelling.md).
//
// A labels file has one row per distinct name per item (a WCEP item, a GUM or
// EWT sentence by its sent_id, or a byte range of a statement,
// "<statement id>@<begin>-<end>"):
//   ITEM_ID<TAB>SPLIT<TAB>TYPE<TAB>SURFACE[<TAB>OCCURRENCE]
// TYPE is PER, ORG or LOC (NONE, with an empty surface, for an item without
// names); SPLIT is "train", "dev" or "test". A row covers every occurrence of SURFACE
// in the item's text as whole words, or only the OCCURRENCE-th (1-based) when
// given. Where listed surfaces overlap, the longest wins. A name must begin and
// end on token edges; a full stop that the tokenizer kept with a final initial
// ("Aga Khan V." closing a sentence) joins the name's last token. The texts
// (../shared/data/news/wcep/events.jsonl; the "# text" lines of GUM's .conllu
// files) are segmented with the runtime's tokenizer and sentence splitter
// (text/segmenter.h), so the tagger trains and is scored on the units it sees
// in the pipeline.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto test, ReadNewsNer(labels, items, "test"));
//   DOSSIER_ASSIGN_OR_RETURN(auto gum, ReadGumNer(gum_labels, gum_dir, "train"));
//
// Thread-safety: pure functions. Errors: kNotFound / kIoError for unreadable
// files; kInvalidArgument "FILE:LINE: ..." for a malformed row, an unknown item,
// a surface that is not in the item's text or does not fall on token edges.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "nlp/train/corpus.h"

namespace dossier::nlp::train {

// The labelled items of `split` ("train", "dev", "test" or "all"), one document per
// item (NerSentence::doc), in the labels file's order. With `states_as_loc`,
// an ORG row whose surface is one of these names (a state acting: "Peru
// said") is read as LOC, the convention of UNER EWT's annotators (see
// models/README.md, "Our NER gold"). With `skipped`, a name occurrence that
// does not begin and end on token edges (a name glued to an e-mail address by
// the tokenizer) is left out and counted instead of failing the file.
base::Result<std::vector<NerSentence>> ReadNewsNer(
    const std::string& labels_path, const std::string& items_path, std::string_view split,
    const std::unordered_set<std::string>* states_as_loc = nullptr, size_t* skipped = nullptr);

// The same for GUM sentences (their ids name the .conllu file in `gum_dir`);
// the sentences of one GUM document form one document.
base::Result<std::vector<NerSentence>> ReadGumNer(
    const std::string& labels_path, const std::string& gum_dir, std::string_view split,
    const std::unordered_set<std::string>* states_as_loc = nullptr, size_t* skipped = nullptr);

// The same for the sentences of a UNER .iob2 file, by sent_id (their "# text"
// lines; the sentences of one "# newdoc" form one document).
base::Result<std::vector<NerSentence>> ReadIobTextNer(
    const std::string& labels_path, const std::string& iob2_path, std::string_view split,
    const std::unordered_set<std::string>* states_as_loc = nullptr, size_t* skipped = nullptr);

// The same for byte ranges of the texts of a JSONL file (plain or .zst), items
// "<document id>@<begin>-<end>"; the ranges of one document form one document.
base::Result<std::vector<NerSentence>> ReadSliceNer(
    const std::string& labels_path, const std::string& jsonl_path, std::string_view split,
    const std::unordered_set<std::string>* states_as_loc = nullptr, size_t* skipped = nullptr);

// Byte offsets of the whole-word occurrences of `surface` in `text`: no
// letter, digit or underscore right before or after it.
std::vector<size_t> WholeWordOccurrences(std::string_view text, std::string_view surface);

}  // namespace dossier::nlp::train
