#include "pipeline/annotator.h"

#include "base/file.h"
#include "extract/extractor.h"
#include "kb/gazetteer.h"
#include "kb/knowledge_base.h"
#include "link/cues.h"
#include "link/linker.h"
#include "pipeline/record_builder.h"
#include "text/segmenter.h"

namespace dossier::pipeline {

struct Annotator::Impl {
  AnnotatorOptions options;
  std::unique_ptr<kb::KnowledgeBase> kb;
  std::unique_ptr<kb::Gazetteer> gazetteer;
  std::unique_ptr<link::Cues> cues;
  std::unique_ptr<link::Linker> linker;
  std::unique_ptr<extract::Extractor> extractor;
};

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
  a.date = doc.date.empty() ? im.options.default_date : doc.date;
  a.date_source = a.date.empty() ? "none" : "metadata";

  text::Segmentation seg = text::Segment(doc.text);
  link::Linking linking = im.linker->Link(doc.text, seg, a.date);
  std::vector<extract::TimeAnchor> anchors;
  extract::Extraction x = im.extractor->Extract(doc.text, seg, linking, anchors, a.date);

  RecordBuilder builder(doc.text, seg, linking, *im.kb);
  builder.AddSegmentation(&a, im.options.with_tokens);
  builder.AddMentionsAndEntities(&a);
  builder.AddExtraction(x, &a);
  builder.PropagateCountries(&a);
  return a;
}

}  // namespace dossier::pipeline
