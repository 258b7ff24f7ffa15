#include "pipeline/annotator.h"

#include "base/file.h"
#include "extract/extractor.h"
#include "kb/gazetteer.h"
#include "kb/knowledge_base.h"
#include "kb/screener.h"
#include "link/cues.h"
#include "link/linker.h"
#include "pipeline/record_builder.h"
#include "text/segmenter.h"
#include "time/time_tagger.h"

namespace dossier::pipeline {

struct Annotator::Impl {
  AnnotatorOptions options;
  std::unique_ptr<kb::KnowledgeBase> kb;
  std::unique_ptr<kb::Gazetteer> gazetteer;
  std::unique_ptr<link::Cues> cues;
  std::unique_ptr<link::Linker> linker;
  std::unique_ptr<extract::Extractor> extractor;
  std::unique_ptr<time::TimeTagger> time_tagger;
  std::unique_ptr<kb::Screener> screener;  // null when no lists are loaded
};

namespace {

// A metadata date of year or month precision ("1946", "2017-11") becomes a
// reference day in its middle; the record keeps the precision it was given.
std::string ReferenceDay(const std::string& date) {
  if (date.size() == 4) return date + "-07-01";
  if (date.size() == 7) return date + "-15";
  return date;
}

// Schema of an entity for screening, or empty for what lists do not hold
// (countries, places, identity groups).
std::string ScreeningSchema(const std::string& type) {
  if (type == "Person") return "Person";
  if (type == "Company") return "Company";
  if (type == "Organization" || type == "PublicBody") return "Organization";
  return "";
}

// Attaches the list entries each person or organisation matches, best first.
void ScreenEntities(const kb::Screener& screener, Annotation* a) {
  for (EntityRecord& e : a->entities) {
    std::string schema = ScreeningSchema(e.type);
    if (schema.empty()) continue;
    kb::ScreenQuery q{e.name, schema, "", e.country};
    for (const kb::ScreenMatch& m : screener.Screen(q, screener.default_threshold(), 5)) {
      e.sanctions.push_back({m.list, m.ref, m.name, m.programs, m.score, m.explanation});
    }
  }
}

}  // namespace

Annotator::Annotator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Annotator::~Annotator() = default;

base::Result<std::unique_ptr<Annotator>> Annotator::Create(const AnnotatorOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (impl->options.home.empty()) impl->options.home = base::ProjectHome();
  const std::string& home = impl->options.home;
  DOSSIER_ASSIGN_OR_RETURN(impl->kb, kb::KnowledgeBase::Load(home));
  impl->gazetteer = kb::Gazetteer::Build(*impl->kb);
  DOSSIER_ASSIGN_OR_RETURN(impl->cues, link::Cues::Load(home));
  impl->linker = std::make_unique<link::Linker>(*impl->kb, *impl->gazetteer, *impl->cues);
  DOSSIER_ASSIGN_OR_RETURN(impl->extractor, extract::Extractor::Load(home, *impl->linker));
  DOSSIER_ASSIGN_OR_RETURN(impl->time_tagger, time::TimeTagger::Load(home));
  if (!options.sanctions_paths.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(impl->screener, kb::Screener::Load(options.sanctions_paths));
  }
  return std::unique_ptr<Annotator>(new Annotator(std::move(impl)));
}

Annotation Annotator::Annotate(const text::Document& doc) const {
  const Impl& im = *impl_;
  Annotation a;
  a.id = doc.id;
  a.title = doc.title;
  a.url = doc.url;
  a.source = doc.source;
  a.text = doc.text;
  const std::string metadata = doc.date.empty() ? im.options.default_date : doc.date;

  text::Segmentation seg = text::Segment(doc.text);
  time::DocumentTime dt = im.time_tagger->Analyze(doc.text, seg, ReferenceDay(metadata));
  a.date = metadata.empty() ? dt.date : metadata;
  a.date_source = dt.date_source;
  std::vector<extract::TimeAnchor> anchors;
  for (const time::Timex& t : dt.timexes) {
    a.timexes.push_back({t.span, std::string(t.span.Of(doc.text)), t.type, t.value});
    anchors.push_back({t.span, t.value});
  }
  link::Linking linking = im.linker->Link(doc.text, seg, a.date);
  extract::Extraction x = im.extractor->Extract(doc.text, seg, linking, anchors, a.date);

  RecordBuilder builder(doc.text, seg, linking, *im.kb);
  builder.AddSegmentation(&a, im.options.with_tokens);
  builder.AddMentionsAndEntities(&a);
  builder.AddExtraction(x, &a);
  builder.PropagateCountries(&a);
  if (im.screener) ScreenEntities(*im.screener, &a);
  return a;
}

}  // namespace dossier::pipeline
