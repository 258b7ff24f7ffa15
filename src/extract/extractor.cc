#include "extract/extractor.h"

#include "extract/context.h"
#include "extract/document_view.h"
#include "extract/event_coder.h"

namespace dossier::extract {

base::Result<std::unique_ptr<Extractor>> Extractor::Load(const std::string& home,
                                                         const link::Linker& linker) {
  DOSSIER_ASSIGN_OR_RETURN(auto lexicon, Lexicon::Load(home));
  return std::unique_ptr<Extractor>(new Extractor(std::move(lexicon), linker));
}

std::vector<uint8_t> Extractor::SentencesToParse(std::string_view text,
                                                 const text::Segmentation& seg,
                                                 const link::Linking& linking,
                                                 const nlp::Analysis* analysis) const {
  DocumentView view(text, seg, linking, linker_, *lexicon_, analysis);
  return EventCoder(view).SentencesWithVerbTriggers();
}

Extraction Extractor::Extract(std::string_view text, const text::Segmentation& seg,
                              const link::Linking& linking, const std::vector<TimeAnchor>& timexes,
                              std::string_view doc_date, const nlp::Analysis* analysis) const {
  DocumentView view(text, seg, linking, linker_, *lexicon_, analysis);
  Extraction x;
  x.quotes = FindQuotes(view);
  EventCoder(view).Code(&x.events);
  AddEventContext(view, x.quotes, timexes, doc_date, &x.events);
  AddIntentions(view, &x.events);
  AddClaims(view, &x.events);
  MergeDuplicateEvents(&x.events);
  x.relations = FindRelations(view, doc_date);
  return x;
}

}  // namespace dossier::extract
