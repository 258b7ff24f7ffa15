#include "pipeline/annotator.h"

#include "base/file.h"
#include "extract/extractor.h"
#include "extract/petrarch/parse_coder.h"
#include "kb/gazetteer.h"
#include "kb/knowledge_base.h"
#include "link/cues.h"
#include "link/linker.h"
#include "link/list_lines.h"
#include "nlp/nlp_models.h"
#include "nlp/truecase.h"
#include "pipeline/record_builder.h"
#include "pipeline/screening.h"
#include "text/segmenter.h"
#include "time/time_tagger.h"

namespace dossier::pipeline {

struct Annotator::Impl {
  AnnotatorOptions options;
  std::unique_ptr<kb::KnowledgeBase> kb;
  std::unique_ptr<kb::Gazetteer> gazetteer;
  std::unique_ptr<link::Cues> cues;
  std::unique_ptr<kb::NameMatcher> name_matcher;
  std::unique_ptr<nlp::Models> models;  // null when models/ holds none
  std::unique_ptr<extract::petrarch::ParseCoder> petrarch;  // --petrarch-dicts
  std::unique_ptr<link::Linker> linker;
  std::unique_ptr<extract::Extractor> extractor;
  std::unique_ptr<time::TimeTagger> time_tagger;
  std::unique_ptr<EntityScreening> screening;  // null when no lists are loaded
};

namespace {

// A metadata date of year or month precision ("1946", "2017-11") becomes a
// reference day in its middle; the record keeps the precision it was given.
std::string ReferenceDay(const std::string& date) {
  if (date.size() == 4) return date + "-07-01";
  if (date.size() == 7) return date + "-15";
  return date;
}

// The name of the knowledge base at `token` in any case, for truecasing
// (nlp::KnownNameAt): the longest known name, else an acronym written in
// another case ("nato": LongestAt keeps an acronym's case, Truecase decides),
// else the surname of a known office holder ("erdogan"), else a company's
// name that is its line's whole text (CompanyLineEnd), kept as written.
nlp::KnownName KnownNameAt(const kb::Gazetteer& gazetteer, const link::Linker& linker, const link::Cues& cues,
                           std::string_view text, const text::Segmentation& seg, std::string_view date,
                           uint32_t token, uint32_t limit) {
  if (const uint32_t end = link::CompanyLineEnd(cues, text, seg, token, limit); end > token) {
    return {end, text.substr(seg.tokens[token].begin, seg.tokens[end - 1].end - seg.tokens[token].begin), false};
  }
  const kb::GazetteerMatch g = gazetteer.LongestAt(text, seg.tokens, token, limit, /*any_case=*/true);
  if (!g.entries.empty()) return {g.token_end, g.entries.front()->surface, g.entries.front()->exact_case};
  const std::string_view word = seg.tokens[token].span().Of(text);
  for (const kb::NameEntry* e : gazetteer.Lookup(word)) {
    if (e->exact_case) return {token + 1, e->surface, true};
  }
  if (const kb::Entity* p = linker.PersonBySurname(word, date)) return {token + 1, p->name, false};
  return {token, {}, false};
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
  DOSSIER_ASSIGN_OR_RETURN(impl->name_matcher, kb::NameMatcher::Build(*impl->kb, home + "/data/match"));
  impl->linker = std::make_unique<link::Linker>(*impl->kb, *impl->gazetteer, *impl->cues,
                                                impl->name_matcher.get());
  DOSSIER_ASSIGN_OR_RETURN(impl->extractor, extract::Extractor::Load(home, *impl->linker, options.rules_only));
  DOSSIER_ASSIGN_OR_RETURN(impl->time_tagger, time::TimeTagger::Load(home));
  // The trained models are part of the repository; a checkout without them
  // falls back to the rules alone.
  if (auto models = nlp::Models::Load(home + "/models"); models.ok()) {
    impl->models = std::move(*models);
  } else if (models.status().code() != base::StatusCode::kNotFound) {
    return models.status();
  }
  if (!options.petrarch_dicts.empty()) {
    if (!impl->models) return base::Status::NotFound("--petrarch-dicts needs the parser in models/");
    extract::petrarch::Warnings warnings;
    DOSSIER_ASSIGN_OR_RETURN(impl->petrarch,
                             extract::petrarch::ParseCoder::Load(options.petrarch_dicts, home, &warnings));
  }
  if (!options.sanctions_paths.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(impl->screening, EntityScreening::Load(options.sanctions_paths, *impl->kb));
  }
  return std::unique_ptr<Annotator>(new Annotator(std::move(impl)));
}

struct Annotator::Understood {
  // The text the stages read: the document's own, or a copy with its
  // headlines and lower-case text in their usual case (nlp/truecase.h; the same
  // offsets, so every span still points into the document as given).
  std::string cased;
  std::string_view View(std::string_view text) const { return cased.empty() ? text : std::string_view(cased); }
  text::Segmentation seg;
  std::vector<extract::TimeAnchor> anchors;
  nlp::Analysis analysis;
  link::Linking linking;
};

Annotator::Understood Annotator::Understand(const text::Document& doc, Annotation* a) const {
  const Impl& im = *impl_;
  Understood u;
  const std::string metadata = doc.date.empty() ? im.options.default_date : doc.date;
  u.seg = text::Segment(doc.text);
  std::vector<link::NerSpan> ner;
  link::Linker::TokenPos pos;  // the POS tagger's tag of a token
  // Token output and PETRARCH coding need every sentence parsed.
  const bool parse = im.options.with_tokens || im.petrarch != nullptr;
  if (im.models) {
    const nlp::KnownNameAt known = [&](uint32_t token, uint32_t limit) {
      return KnownNameAt(*im.gazetteer, *im.linker, *im.cues, doc.text, u.seg, metadata, token, limit);
    };
    u.cased = nlp::Truecase(doc.text, u.seg, im.models->ner(), known);
  }
  const std::string_view view = u.View(doc.text);
  time::DocumentTime dt = im.time_tagger->Analyze(view, u.seg, ReferenceDay(metadata));
  a->date = metadata.empty() ? dt.date : metadata;
  a->date_source = dt.date_source;
  for (const time::Timex& t : dt.timexes) {
    a->timexes.push_back({t.span, std::string(t.span.Of(doc.text)), t.type, t.value});
    u.anchors.push_back({t.span, t.value});
  }
  if (im.models) {
    u.analysis = im.models->Analyze(view, u.seg, parse);
    for (const nlp::EntitySpan& e : u.analysis.entities) ner.push_back({e.token_begin, e.token_end, e.type});
    pos = [&tokens = u.analysis.tokens](uint32_t k) -> std::string_view {
      return k < tokens.size() ? std::string_view(tokens[k].pos) : std::string_view();
    };
  }
  // Offices are dated by the document's date, else by its era.
  u.linking = im.linker->Link(view, u.seg, a->date.empty() ? dt.era : a->date, im.models ? &ner : nullptr, pos);
  if (im.models && !parse) {
    // The event coder reads verb triggers' arguments from the parse; only the
    // sentences where one fires are parsed (the parser costs most of the time).
    im.models->ParseSentences(view, u.seg,
                              im.extractor->SentencesToParse(view, u.seg, u.linking, &u.analysis),
                              &u.analysis);
  }
  return u;
}

Annotation Annotator::Annotate(const text::Document& doc) const {
  const Impl& im = *impl_;
  Annotation a;
  a.id = doc.id;
  a.title = doc.title;
  a.url = doc.url;
  a.source = doc.source;
  a.text = doc.text;
  const Understood u = Understand(doc, &a);
  extract::Extraction x = im.extractor->Extract(u.View(doc.text), u.seg, u.linking, u.anchors, a.date,
                                                im.models ? &u.analysis : nullptr);

  RecordBuilder builder(doc.text, u.seg, u.linking);
  builder.AddSegmentation(&a, im.options.with_tokens);
  if (im.options.with_tokens) AddTokenAnalysis(u.analysis, &a);
  builder.AddMentionsAndEntities(&a);
  builder.AddExtraction(x, &a);
  if (im.petrarch) AddCodedEvents(im.petrarch->Code(u.View(doc.text), u.seg, u.analysis, a.date), *im.kb, &a);
  builder.PropagateCountries(&a);
  if (im.screening) {
    im.screening->Apply(&a);
    builder.PropagateCountries(&a);  // along the relations to the countries the lists gave
  }
  return a;
}

extract::TypeTrainingData Annotator::TypeTraining(const text::Document& doc) const {
  if (!impl_->models) return {};
  Annotation a;
  const Understood u = Understand(doc, &a);
  return impl_->extractor->TypeTraining(u.View(doc.text), u.seg, u.linking, u.analysis);
}

}  // namespace dossier::pipeline
