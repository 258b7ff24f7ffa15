#include "extract/extractor.h"

#include <filesystem>

#include "extract/context.h"
#include "extract/document_view.h"
#include "extract/event_coder.h"

namespace dossier::extract {

base::Result<std::unique_ptr<Extractor>> Extractor::Load(const std::string& home,
                                                         const link::Linker& linker,
                                                         bool rules_only) {
  DOSSIER_ASSIGN_OR_RETURN(auto lexicon, Lexicon::Load(home));
  std::unique_ptr<EventTypeModel> type_model;
  const std::string model_path = home + "/models/events.model";
  if (!rules_only && std::filesystem::exists(model_path)) {
    DOSSIER_ASSIGN_OR_RETURN(type_model, EventTypeModel::Load(model_path));
  }
  return std::unique_ptr<Extractor>(new Extractor(std::move(lexicon), std::move(type_model), linker));
}

std::vector<uint8_t> Extractor::SentencesToParse(std::string_view text,
                                                 const text::Segmentation& seg,
                                                 const link::Linking& linking,
                                                 const nlp::Analysis* analysis) const {
  DocumentView view(text, seg, linking, linker_, *lexicon_, analysis);
  std::vector<uint8_t> flags = EventCoder(view).SentencesWithVerbTriggers();
  FlagQuotesToParse(view, &flags);
  return flags;
}

Extraction Extractor::Extract(std::string_view text, const text::Segmentation& seg,
                              const link::Linking& linking, const std::vector<TimeAnchor>& timexes,
                              std::string_view doc_date, const nlp::Analysis* analysis) const {
  DocumentView view(text, seg, linking, linker_, *lexicon_, analysis);
  Extraction x;
  x.quotes = FindQuotes(view);
  // The type model reads the tagger's lemmas; without a tagger the rules code alone.
  EventCoder(view, analysis != nullptr ? type_model_.get() : nullptr).Code(&x.events);
  AddParticipleObjects(view, &x.events);
  AddDatelineForces(view, x.quotes, &x.events);
  AddPassiveAgents(view, &x.events);
  AddRetoldActors(view, &x.events);
  AddNamedLater(view, &x.events);
  // (Again, for the names told later: "charged two Turkish nationals ….
  // One of the defendants, Kerem Aydogan, 52, was arrested".)
  AddPassiveAgents(view, &x.events);
  AddReciprocalObjects(view, &x.events);
  AddChargeParties(view, &x.events);
  AddEventContext(view, x.quotes, timexes, doc_date, &x.events);
  AddReportingAuthorities(view, &x.events);
  AddQuotedThreats(view, x.quotes, &x.events);
  AddLaterDates(view, timexes, &x.events);
  AddClaimedAttackers(view, &x.events);
  AddBlamedAttackers(view, &x.events);
  AddIntentions(view, &x.events);
  // (Before the threats' targets are sought, which a kept own body would
  // stand in for, and again after the passes that add recipients.)
  DropOwnStateRecipients(view, &x.events);
  AddThreatTargets(view, &x.events);
  AddClaims(view, &x.events);
  AddListedMembers(view, &x.events);
  AddHeldInOpening(view, &x.events);
  AddSanctionLists(view, &x.events);
  AddCountedTargets(view, &x.events);
  AddListedEntries(view, doc_date, &x.events);
  AddCountedArrests(view, &x.events);
  AddCountedSeizures(view, &x.events);
  AddMeetingPartners(view, &x.events);
  AddResponseTargets(view, &x.events);
  DropOwnStateRecipients(view, &x.events);
  SeizedShips(view, &x.events);
  ReadDeliveriesAsTransfers(view, &x.events);
  ReadArmsSalesAsCooperation(view, &x.events);
  MergeDuplicateEvents(&x.events);
  x.relations = FindRelations(view, doc_date);
  AddEventRelations(view, x.events, &x.relations);
  AddDescribedPlaces(view, &x.relations);
  AddUnnamedGroups(view, &x);
  return x;
}

TypeTrainingData Extractor::TypeTraining(std::string_view text, const text::Segmentation& seg,
                                         const link::Linking& linking,
                                         const nlp::Analysis& analysis) const {
  DocumentView view(text, seg, linking, linker_, *lexicon_, &analysis);
  std::vector<Event> events;
  EventCoder(view).Code(&events);
  TypeTrainingData data;
  data.bag = DocumentTypeFeatures(view, events);
  for (const Event& e : events) data.rule_cameos.emplace_back(e.event, e.cameo);
  return data;
}

}  // namespace dossier::extract
