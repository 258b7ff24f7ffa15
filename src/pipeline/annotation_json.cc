#include "pipeline/annotation_json.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace dossier::pipeline {
namespace {

using nlohmann::ordered_json;

ordered_json Nullable(const std::string& s) { return s.empty() ? ordered_json() : ordered_json(s); }

ordered_json EntityJson(const EntityRecord& e) {
  ordered_json j;
  j["id"] = e.id;
  j["name"] = e.name;
  j["type"] = e.type;
  j["country"] = Nullable(e.country);
  j["aliases"] = e.aliases;
  ordered_json hits = ordered_json::array();
  for (const SanctionsHit& h : e.sanctions) {
    ordered_json hj;
    hj["list"] = h.list;
    hj["ref"] = h.ref;
    hj["name"] = h.name;
    hj["programs"] = h.programs;
    hj["score"] = std::round(h.score * 1000) / 1000;
    if (!h.explanation.empty()) hj["explanation"] = h.explanation;
    hits.push_back(std::move(hj));
  }
  j["sanctions"] = std::move(hits);
  return j;
}

ordered_json EventJson(const EventRecord& e) {
  ordered_json j;
  j["id"] = e.id;
  j["event"] = e.event;
  j["mode"] = Nullable(e.mode);
  j["context"] = e.context;
  j["cameo"] = e.cameo;
  j["actor"] = e.actor;
  j["recipient"] = e.recipient;
  j["date"] = Nullable(e.date);
  j["date_source"] = Nullable(e.date_source);
  j["modality"] = e.modality;
  j["attributed_to"] = e.attributed_to;
  j["sentence"] = e.sentence;
  j["start"] = e.span.begin;
  j["end"] = e.span.end;
  j["trigger"] = {{"start", e.trigger.begin}, {"end", e.trigger.end}};
  if (!e.evidence.empty()) {
    ordered_json ev = ordered_json::array();
    for (const EvidenceRecord& x : e.evidence) {
      ev.push_back({{"sentence", x.sentence}, {"start", x.span.begin}, {"end", x.span.end},
                    {"trigger", {{"start", x.trigger.begin}, {"end", x.trigger.end}}}});
    }
    j["evidence"] = std::move(ev);
  }
  return j;
}

template <typename T>
std::vector<T> ListOf(const nlohmann::json& j, const char* key) {
  std::vector<T> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& x : *it) {
    if (!x.is_null()) out.push_back(x.get<T>());
  }
  return out;
}

std::string Str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

base::Span SpanOf(const nlohmann::json& j) {
  return {j.value("start", 0u), j.value("end", 0u)};
}

}  // namespace

std::string ToJsonLine(const Annotation& a, const JsonOptions& options) {
  ordered_json j;
  j["id"] = a.id;
  j["date"] = Nullable(a.date);
  j["date_source"] = a.date_source;
  if (!a.title.empty()) j["title"] = a.title;
  if (!a.url.empty()) j["url"] = a.url;
  if (!a.source.empty()) j["source"] = a.source;
  if (options.with_text) j["text"] = a.text;
  ordered_json sentences = ordered_json::array();
  for (const auto& s : a.sentences) sentences.push_back({{"start", s.begin}, {"end", s.end}});
  j["sentences"] = std::move(sentences);
  if (options.with_tokens) {
    ordered_json toks = ordered_json::array();
    for (const auto& t : a.tokens) {
      toks.push_back({{"start", t.span.begin}, {"end", t.span.end}, {"sent", t.sentence},
                      {"pos", t.pos}, {"lemma", t.lemma}, {"head", t.head}, {"dep", t.dep}});
    }
    j["tokens"] = std::move(toks);
  }
  ordered_json mentions = ordered_json::array();
  for (const auto& m : a.mentions) {
    mentions.push_back({{"start", m.span.begin}, {"end", m.span.end}, {"text", m.text},
                        {"type", m.type}, {"entity", Nullable(m.entity)}});
  }
  j["mentions"] = std::move(mentions);
  ordered_json timexes = ordered_json::array();
  for (const auto& t : a.timexes) {
    timexes.push_back({{"start", t.span.begin}, {"end", t.span.end}, {"text", t.text},
                       {"type", t.type}, {"value", t.value}});
  }
  j["timexes"] = std::move(timexes);
  ordered_json entities = ordered_json::array();
  for (const auto& e : a.entities) entities.push_back(EntityJson(e));
  j["entities"] = std::move(entities);
  ordered_json events = ordered_json::array();
  for (const auto& e : a.events) events.push_back(EventJson(e));
  j["events"] = std::move(events);
  ordered_json relations = ordered_json::array();
  for (const auto& r : a.relations) {
    relations.push_back({{"subject", r.subject}, {"predicate", r.predicate}, {"object", r.object},
                         {"sentence", r.sentence}, {"start", r.span.begin}, {"end", r.span.end}});
  }
  j["relations"] = std::move(relations);
  ordered_json quotes = ordered_json::array();
  for (const auto& q : a.quotes) {
    quotes.push_back({{"speaker", Nullable(q.speaker)}, {"start", q.span.begin}, {"end", q.span.end},
                      {"sentence", q.sentence}});
  }
  j["quotes"] = std::move(quotes);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

base::Result<Annotation> FromJson(const std::string& json) {
  nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return base::Status::Corruption("annotation record is not a JSON object");
  }
  Annotation a;
  a.id = Str(j, "id");
  a.date = Str(j, "date");
  a.date_source = Str(j, "date_source");
  a.title = Str(j, "title");
  a.url = Str(j, "url");
  a.source = Str(j, "source");
  a.text = Str(j, "text");
  for (const auto& s : j.value("sentences", nlohmann::json::array())) a.sentences.push_back(SpanOf(s));
  for (const auto& t : j.value("tokens", nlohmann::json::array())) {
    a.tokens.push_back({SpanOf(t), t.value("sent", 0u), Str(t, "pos"), Str(t, "lemma"),
                        t.value("head", -1), Str(t, "dep")});
  }
  for (const auto& m : j.value("mentions", nlohmann::json::array())) {
    a.mentions.push_back({SpanOf(m), Str(m, "text"), Str(m, "type"), Str(m, "entity")});
  }
  for (const auto& t : j.value("timexes", nlohmann::json::array())) {
    a.timexes.push_back({SpanOf(t), Str(t, "text"), Str(t, "type"), Str(t, "value")});
  }
  for (const auto& e : j.value("entities", nlohmann::json::array())) {
    EntityRecord r{Str(e, "id"), Str(e, "name"), Str(e, "type"), Str(e, "country"),
                   ListOf<std::string>(e, "aliases"), {}};
    for (const auto& h : e.value("sanctions", nlohmann::json::array())) {
      r.sanctions.push_back({Str(h, "list"), Str(h, "ref"), Str(h, "name"),
                             ListOf<std::string>(h, "programs"), h.value("score", 0.0),
                             Str(h, "explanation")});
    }
    a.entities.push_back(std::move(r));
  }
  for (const auto& e : j.value("events", nlohmann::json::array())) {
    EventRecord r;
    r.id = Str(e, "id");
    r.event = Str(e, "event");
    r.mode = Str(e, "mode");
    r.context = ListOf<std::string>(e, "context");
    r.cameo = Str(e, "cameo");
    r.actor = ListOf<std::string>(e, "actor");
    r.recipient = ListOf<std::string>(e, "recipient");
    r.date = Str(e, "date");
    r.date_source = Str(e, "date_source");
    r.modality = Str(e, "modality");
    r.attributed_to = ListOf<std::string>(e, "attributed_to");
    r.sentence = e.value("sentence", 0u);
    r.span = SpanOf(e);
    if (auto t = e.find("trigger"); t != e.end() && t->is_object()) r.trigger = SpanOf(*t);
    for (const auto& x : e.value("evidence", nlohmann::json::array())) {
      EvidenceRecord ev{x.value("sentence", 0u), SpanOf(x), {}};
      if (auto t = x.find("trigger"); t != x.end() && t->is_object()) ev.trigger = SpanOf(*t);
      r.evidence.push_back(ev);
    }
    a.events.push_back(std::move(r));
  }
  for (const auto& r : j.value("relations", nlohmann::json::array())) {
    a.relations.push_back({Str(r, "subject"), Str(r, "predicate"), Str(r, "object"),
                           r.value("sentence", 0u), SpanOf(r)});
  }
  for (const auto& q : j.value("quotes", nlohmann::json::array())) {
    a.quotes.push_back({Str(q, "speaker"), SpanOf(q), q.value("sentence", 0u)});
  }
  return a;
}

}  // namespace dossier::pipeline
