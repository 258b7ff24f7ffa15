// Extractor: who did what to whom — events coded in PLOVER with the nearest
// CAMEO code, relations between entities, direct quotes with their speakers,
// and for every event its date, modality and the sources it is attributed to.
//
// First pass over tokens and linked mentions, driven by the tables in
// data/extract/ (triggers, relation patterns, modality/attribution/quote cues);
// the same interface will take dependency parses when the parser lands.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto extractor, Extractor::Load(home, linker));
//   Extraction x = extractor->Extract(text, seg, linking, anchors, "2017-11-29");
//
// Thread-safety: immutable after Load(); Extract() is const and reentrant.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "base/status.h"
#include "extract/event_type_model.h"
#include "extract/lexicon.h"
#include "link/linker.h"
#include "nlp/nlp_models.h"
#include "text/segmenter.h"

namespace dossier::extract {

// A normalised time expression (from the time module).
struct TimeAnchor {
  base::Span span;
  std::string value;  // TimeML value
};

// A further sentence that tells the same event.
struct Evidence {
  uint32_t sentence = 0;
  base::Span span;
  base::Span trigger;
};

struct Event {
  std::string event, mode, cameo;
  std::vector<int> actor;      // indexes into Linking::entities
  std::vector<int> recipient;
  std::string date;            // ISO value, or empty
  std::string date_source;     // "timex" (a time expression of its sentence) or "document"
  std::string modality;        // asserted, reported, hedged, negated, hypothetical
  std::vector<int> attributed_to;
  // The word of a source the text credits but does not name ("officials" of
  // ", two U.S. officials said"), or -1; AddUnnamedGroups makes it a group.
  int32_t unnamed_source = -1;
  // An acting party's announced decision ("Germany will deliver air defence
  // systems", "plans to deploy troops"): hypothetical as a fact, but the
  // labelling guide codes it as the act (PLOVER evaluation counts it).
  bool announced = false;
  // A claimed act's verb of saying ("Poland said on Thursday that hackers
  // … were behind a cyberattack last week"): the claim is dated as said.
  base::Span said;
  uint32_t sentence = 0;
  base::Span span;             // the sentence
  base::Span trigger;
  std::vector<Evidence> evidence;  // other sentences telling the same event
};

struct Relation {
  int subject = -1;
  std::string predicate;
  int object = -1;
  uint32_t sentence = 0;
  base::Span span;  // the sentence
};

struct Quote {
  int speaker = -1;
  base::Span span;  // from the opening to the closing quotation mark
  uint32_t sentence = 0;
};

struct Extraction {
  std::vector<Event> events;
  // Parties no name stands for ("protesters", "19 crew members"): entity
  // index Linking::entities.size() + i is groups[i] (AddUnnamedGroups).
  std::vector<link::DocEntity> groups;
  std::vector<Relation> relations;
  std::vector<Quote> quotes;
};

// What the type model's trainer reads of one document (event_type_model.h).
struct TypeTrainingData {
  std::vector<uint64_t> bag;  // the union of the sentences' feature bags
  std::vector<std::pair<std::string, std::string>> rule_cameos;  // (type, CAMEO) of each rule event
};

class Extractor {
 public:
  // Loads the tables of home/data/extract and, unless `rules_only`, the trained
  // type model home/models/events.model when the file is there (a checkout
  // without it codes with the rules alone).
  static base::Result<std::unique_ptr<Extractor>> Load(const std::string& home,
                                                       const link::Linker& linker,
                                                       bool rules_only = false);

  // Flags the sentences worth parsing: those where a verb trigger fires (the
  // coder reads its arguments from the parse). `analysis` as for Extract.
  std::vector<uint8_t> SentencesToParse(std::string_view text, const text::Segmentation& seg,
                                        const link::Linking& linking,
                                        const nlp::Analysis* analysis) const;

  // `timexes` in text order; `doc_date` dates events the text does not date.
  // `analysis` (optional) holds the tagger's part of speech per token — with it
  // a word that can be a noun or a verb is read the way the tagger reads it —
  // and, for the sentences parsed, the dependency parse that verb triggers
  // take their arguments from.
  Extraction Extract(std::string_view text, const text::Segmentation& seg,
                     const link::Linking& linking, const std::vector<TimeAnchor>& timexes,
                     std::string_view doc_date, const nlp::Analysis* analysis = nullptr) const;

  // The rule coder's events and the feature bags of a document, for training
  // the type model (the model itself is not applied).
  TypeTrainingData TypeTraining(std::string_view text, const text::Segmentation& seg,
                                const link::Linking& linking, const nlp::Analysis& analysis) const;

 private:
  Extractor(std::unique_ptr<Lexicon> lexicon, std::unique_ptr<EventTypeModel> type_model,
            const link::Linker& linker)
      : lexicon_(std::move(lexicon)), type_model_(std::move(type_model)), linker_(linker) {}

  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<EventTypeModel> type_model_;  // null: rules alone
  const link::Linker& linker_;
};

}  // namespace dossier::extract
