#include "pipeline/annotator.h"

#include "base/file.h"
#include "text/segmenter.h"

namespace dossier::pipeline {

struct Annotator::Impl {
  AnnotatorOptions options;
};

Annotator::Annotator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Annotator::~Annotator() = default;

base::Result<std::unique_ptr<Annotator>> Annotator::Create(const AnnotatorOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (impl->options.home.empty()) impl->options.home = base::ProjectHome();
  return std::unique_ptr<Annotator>(new Annotator(std::move(impl)));
}

Annotation Annotator::Annotate(const text::Document& doc) const {
  Annotation a;
  a.id = doc.id;
  a.title = doc.title;
  a.url = doc.url;
  a.source = doc.source;
  a.text = doc.text;
  a.date = doc.date.empty() ? impl_->options.default_date : doc.date;
  a.date_source = a.date.empty() ? "none" : "metadata";
  text::Segmentation seg = text::Segment(doc.text);
  for (const auto& s : seg.sentences) a.sentences.push_back(s.span());
  if (impl_->options.with_tokens) {
    for (uint32_t si = 0; si < seg.sentences.size(); ++si) {
      for (uint32_t k = seg.sentences[si].token_begin; k < seg.sentences[si].token_end; ++k) {
        a.tokens.push_back({seg.tokens[k].span(), si, "", "", -1, ""});
      }
    }
  }
  return a;
}

}  // namespace dossier::pipeline
