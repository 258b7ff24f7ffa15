// ParseCoder: PETRARCH-style coding of our own parses. Converts each sentence's
// dependency parse (from src/nlp) into the phrase tree the dictionary coder
// reads (DependencyToTree) and codes it with a folder of PETRARCH dictionaries
// (`annotate --petrarch-dicts DIR`), so users of the old coders keep their
// dictionaries.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto coder, ParseCoder::Load("dicts/", &warnings));
//   for (const ParseEvent& e : coder->Code(text, seg, analysis, "2017-11-29")) ...
//
// Thread-safety: immutable after Load(); Code() is const and reentrant.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/petrarch/coder.h"
#include "nlp/nlp_models.h"
#include "text/segmenter.h"

namespace dossier::extract::petrarch {

struct ParseEvent {
  uint32_t sentence = 0;
  std::string event;   // PLOVER type (data/extract/cameo_plover.tsv)
  std::string mode;
  std::string source;  // CAMEO actor codes ("USAGOV")
  std::string target;
  std::string code;    // CAMEO event code
};

class ParseCoder {
 public:
  // Loads the dictionaries of `dir` (see DictionaryPaths::FromFolder) and the
  // CAMEO-to-PLOVER table under `home`/data/extract; malformed dictionary
  // lines are skipped and reported in `warnings`.
  static Result<std::unique_ptr<ParseCoder>> Load(const std::string& dir, const std::string& home,
                                                  Warnings* warnings);

  // `analysis` must hold the dependency parse of `seg` (Models::Analyze with
  // parse = true). Sentences the converter cannot turn into a tree are skipped.
  std::vector<ParseEvent> Code(std::string_view text, const text::Segmentation& seg,
                               const nlp::Analysis& analysis, std::string_view date) const;

 private:
  ParseCoder() = default;
  // The PLOVER event and mode of a CAMEO code (longest prefix in the table).
  std::pair<std::string, std::string> Plover(const std::string& cameo) const;

  std::unique_ptr<Coder> coder_;
  std::vector<std::array<std::string, 3>> plover_;  // prefix, event, mode
};

// Penn tag for a UD part of speech and the word ("VERB" + "visited" -> VBD).
std::string PennTag(std::string_view upos, std::string_view word);

}  // namespace dossier::extract::petrarch
