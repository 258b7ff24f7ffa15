#include "pipeline/annotator.h"

#include <algorithm>
#include <unordered_map>

#include "base/file.h"
#include "extract/extractor.h"
#include "kb/gazetteer.h"
#include "kb/knowledge_base.h"
#include "kb/screener.h"
#include "link/cues.h"
#include "link/linker.h"
#include "extract/petrarch/parse_coder.h"
#include "nlp/nlp_models.h"
#include "pipeline/record_builder.h"
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
  std::unique_ptr<kb::Screener> screener;  // null when no lists are loaded
  // "list ref" of a listed party -> "list ref" of the parties the list ties it to.
  std::unordered_multimap<std::string, std::string> ties;
};

namespace {

// A metadata date of year or month precision ("1946", "2017-11") becomes a
// reference day in its middle; the record keeps the precision it was given.
std::string ReferenceDay(const std::string& date) {
  if (date.size() == 4) return date + "-07-01";
  if (date.size() == 7) return date + "-15";
  return date;
}

// Events coded with the user's PETRARCH dictionaries: actors are CAMEO actor
// codes ("cameo:USAGOV"), with the country their first three letters name.
void AddPetrarchEvents(const std::vector<extract::petrarch::ParseEvent>& coded, const kb::KnowledgeBase& kb,
                       Annotation* a) {
  auto actor = [&](const std::string& code) -> std::vector<std::string> {
    if (code.empty() || code == "---") return {};
    std::string id = "cameo:" + code;
    bool known = false;
    for (const EntityRecord& e : a->entities) known = known || e.id == id;
    if (!known) {
      const kb::Entity* country = code.size() >= 3 ? kb.Find("country:" + code.substr(0, 3)) : nullptr;
      a->entities.push_back({id, code, "Thing", country ? country->country : "", {}, {}});
    }
    return {id};
  };
  int n = 0;
  for (const auto& e : coded) {
    EventRecord r;
    r.id = a->id + ":p" + std::to_string(++n);
    r.event = e.event;
    r.mode = e.mode;
    r.cameo = e.code;
    r.actor = actor(e.source);
    r.recipient = actor(e.target);
    r.date = a->date;
    r.date_source = a->date.empty() ? "" : "document";
    r.modality = "asserted";
    r.sentence = e.sentence;
    r.span = a->sentences[e.sentence];
    r.trigger = r.span;
    if (!r.actor.empty()) a->events.push_back(std::move(r));
  }
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

// The sentence where both entities are named, else where the first is.
int SentenceNaming(const Annotation& a, const std::string& x, const std::string& y) {
  std::unordered_map<uint32_t, int> seen;  // sentence -> bit 1 = x, bit 2 = y
  int first_x = -1;
  for (const MentionRecord& m : a.mentions) {
    if (m.entity != x && m.entity != y) continue;
    auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), m.span.begin,
                               [](uint32_t b, const base::Span& s) { return b < s.end; });
    if (it == a.sentences.end()) continue;
    int s = static_cast<int>(it - a.sentences.begin());
    if (m.entity == x && first_x < 0) first_x = s;
    if ((seen[s] |= (m.entity == x ? 1 : 2)) == 3) return s;
  }
  return first_x;
}

// "Linked To:" ties between two listed parties that this document names
// become linked_to relations, shown in the sentence that names both.
void AddListTies(const std::unordered_multimap<std::string, std::string>& ties, Annotation* a) {
  std::unordered_map<std::string, const EntityRecord*> by_ref;
  for (const EntityRecord& e : a->entities) {
    for (const SanctionsHit& h : e.sanctions) by_ref.emplace(h.list + " " + h.ref, &e);
  }
  for (const auto& [ref, entity] : by_ref) {
    auto [b, e] = ties.equal_range(ref);
    for (auto it = b; it != e; ++it) {
      auto other = by_ref.find(it->second);
      if (other == by_ref.end() || other->second == entity) continue;
      int s = SentenceNaming(*a, entity->id, other->second->id);
      if (s < 0) continue;
      RelationRecord r{entity->id, "linked_to", other->second->id, static_cast<uint32_t>(s), a->sentences[s]};
      bool dup = false;
      for (const RelationRecord& x : a->relations) {
        dup = dup || (x.subject == r.subject && x.predicate == r.predicate && x.object == r.object);
      }
      if (!dup) a->relations.push_back(std::move(r));
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
  DOSSIER_ASSIGN_OR_RETURN(impl->name_matcher, kb::NameMatcher::Build(*impl->kb, home + "/data/match"));
  impl->linker = std::make_unique<link::Linker>(*impl->kb, *impl->gazetteer, *impl->cues,
                                                impl->name_matcher.get());
  DOSSIER_ASSIGN_OR_RETURN(impl->extractor, extract::Extractor::Load(home, *impl->linker));
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
    DOSSIER_ASSIGN_OR_RETURN(impl->screener, kb::Screener::Load(options.sanctions_paths));
    for (const kb::ListTie& t : impl->screener->ties()) {
      if (!t.object_ref.empty()) impl->ties.emplace(t.list + " " + t.subject_ref, t.list + " " + t.object_ref);
    }
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
  nlp::Analysis analysis;
  std::vector<link::NerSpan> ner;
  if (im.models) {
    bool parse = im.options.with_tokens || im.petrarch != nullptr;
    analysis = im.models->Analyze(doc.text, seg, parse);
    for (const nlp::EntitySpan& e : analysis.entities) ner.push_back({e.token_begin, e.token_end, e.type});
  }
  link::Linking linking = im.linker->Link(doc.text, seg, a.date, im.models ? &ner : nullptr);
  extract::Extraction x = im.extractor->Extract(doc.text, seg, linking, anchors, a.date);

  RecordBuilder builder(doc.text, seg, linking);
  builder.AddSegmentation(&a, im.options.with_tokens);
  if (im.options.with_tokens && !analysis.tokens.empty()) {
    for (size_t i = 0; i < a.tokens.size() && i < analysis.tokens.size(); ++i) {
      const nlp::TokenAnalysis& t = analysis.tokens[i];
      a.tokens[i].pos = t.pos;
      a.tokens[i].lemma = t.lemma;
      a.tokens[i].head = t.head;
      a.tokens[i].dep = t.dep;
    }
  }
  builder.AddMentionsAndEntities(&a);
  builder.AddExtraction(x, &a);
  if (im.petrarch) AddPetrarchEvents(im.petrarch->Code(doc.text, seg, analysis, a.date), *im.kb, &a);
  builder.PropagateCountries(&a);
  if (im.screener) {
    ScreenEntities(*im.screener, &a);
    AddListTies(im.ties, &a);
  }
  return a;
}

}  // namespace dossier::pipeline
