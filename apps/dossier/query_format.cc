#include "apps/dossier/query_format.h"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "base/strings.h"

namespace dossier::app {
namespace {

using nlohmann::ordered_json;

constexpr size_t kMaxEvidenceBytes = 400;

// One line of evidence: white space runs folded, cut at a character boundary.
std::string OneLine(const std::string& s, size_t max_bytes = kMaxEvidenceBytes) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() <= max_bytes) return out;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  return out.substr(0, cut) + "…";
}

std::string Name(const query::NameBook& names, const std::string& id) {
  auto it = names.find(id);
  return it == names.end() ? id : it->second;
}

std::string Names(const query::NameBook& names, const std::vector<std::string>& ids) {
  if (ids.empty()) return "?";
  std::vector<std::string> parts;
  for (const auto& id : ids) parts.push_back(Name(names, id));
  return base::Join(parts, " + ");
}

ordered_json EntitiesJson(const query::NameBook& names, const std::vector<std::string>& ids) {
  ordered_json a = ordered_json::array();
  for (const auto& id : ids) a.push_back({{"id", id}, {"name", Name(names, id)}});
  return a;
}

ordered_json EvidenceJson(const store::Evidence& e) {
  return {{"document", {{"id", e.doc_id}, {"title", e.doc_title}, {"date", e.doc_date},
                        {"url", e.doc_url}}},
          {"sentence", e.sentence},
          {"start", e.span.begin},
          {"end", e.span.end},
          {"text", e.sentence_text}};
}

ordered_json EventJson(const store::StoredEvent& s, const query::NameBook& names) {
  const pipeline::EventRecord& e = s.event;
  ordered_json j = {{"kind", "event"},     {"id", e.id},         {"event", e.event},
                    {"mode", e.mode},      {"context", e.context}, {"cameo", e.cameo},
                    {"date", e.date},      {"sort_date", s.sort_date},
                    {"actor", EntitiesJson(names, e.actor)},
                    {"recipient", EntitiesJson(names, e.recipient)},
                    {"modality", e.modality},
                    {"attributed_to", EntitiesJson(names, e.attributed_to)}};
  j["evidence"] = EvidenceJson(s.evidence);
  if (!s.also.empty()) {
    ordered_json also = ordered_json::array();
    for (const store::Evidence& more : s.also) also.push_back(EvidenceJson(more));
    j["also"] = std::move(also);
  }
  return j;
}

ordered_json RelationJson(const store::StoredRelation& r, const query::NameBook& names) {
  return {{"kind", "relation"},
          {"subject", {{"id", r.relation.subject}, {"name", Name(names, r.relation.subject)}}},
          {"predicate", r.relation.predicate},
          {"object", {{"id", r.relation.object}, {"name", Name(names, r.relation.object)}}},
          {"evidence", EvidenceJson(r.evidence)}};
}

std::string Source(const store::Evidence& e) {
  std::string s = e.doc_id;
  if (!e.doc_date.empty()) s += ", " + e.doc_date;
  return s + ", sentence " + std::to_string(e.sentence + 1);
}

void PrintEventText(const store::StoredEvent& s, const query::NameBook& names, std::ostream& out) {
  const pipeline::EventRecord& e = s.event;
  std::string date = s.sort_date.empty() ? "undated" : s.sort_date;
  if (!e.date.empty() && e.date != s.sort_date) date += " (" + e.date + ")";
  std::string type = e.event + (e.mode.empty() ? "" : "/" + e.mode);
  if (!e.cameo.empty()) type += " [CAMEO " + e.cameo + "]";
  char head[64];
  std::snprintf(head, sizeof head, "%-11s ", date.c_str());
  out << head << type << "  " << Names(names, e.actor) << " → " << Names(names, e.recipient)
      << "  (" << (e.modality.empty() ? "asserted" : e.modality);
  if (!e.attributed_to.empty()) out << ", according to " << Names(names, e.attributed_to);
  out << ")\n";
  out << "            “" << OneLine(s.evidence.sentence_text) << "”\n";
  out << "            — " << Source(s.evidence) << "\n";
  for (const store::Evidence& more : s.also) out << "            also: " << Source(more) << "\n";
}

void PrintRelationText(const store::StoredRelation& r, const query::NameBook& names,
                       std::ostream& out) {
  out << "  " << Name(names, r.relation.subject) << " " << r.relation.predicate << " "
      << Name(names, r.relation.object) << "\n"
      << "    “" << OneLine(r.evidence.sentence_text) << "” — " << Source(r.evidence) << "\n";
}

std::string Programs(const std::vector<std::string>& programs) {
  return programs.empty() ? "-" : base::Join(programs, ", ");
}

}  // namespace

void PrintProfile(const query::EntityProfile& p, bool json, std::ostream& out) {
  const store::StoredEntity& e = p.entity;
  if (json) {
    ordered_json hits = ordered_json::array();
    for (const auto& h : e.sanctions) {
      hits.push_back({{"list", h.list}, {"ref", h.ref}, {"name", h.name},
                      {"programs", h.programs}, {"score", h.score}});
    }
    ordered_json rels = ordered_json::array(), events = ordered_json::array(),
                 docs = ordered_json::array();
    for (const auto& r : p.relations) rels.push_back(RelationJson(r, p.names));
    for (const auto& ev : p.events) events.push_back(EventJson(ev, p.names));
    for (const auto& d : p.mentions.top_documents) {
      docs.push_back({{"id", d.id}, {"title", d.title}, {"date", d.date}, {"mentions", d.mentions}});
    }
    ordered_json j = {{"id", e.id}, {"name", e.name}, {"type", e.type}, {"country", e.country},
                      {"aliases", e.aliases}, {"sanctions", hits}, {"relations", rels},
                      {"events", events}};
    j["mentions"] = {{"count", p.mentions.mentions}, {"documents", p.mentions.documents},
                     {"top_documents", docs}};
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  out << e.name << "  [" << e.id << "]\n";
  out << "  type: " << (e.type.empty() ? "-" : e.type)
      << "   country: " << (e.country.empty() ? "-" : e.country) << "\n";
  if (!e.aliases.empty()) out << "  aliases: " << base::Join(e.aliases, "; ") << "\n";
  out << "  sanctions:" << (e.sanctions.empty() ? " no hits on the lists loaded at ingest" : "")
      << "\n";
  for (const auto& h : e.sanctions) {
    char score[32];
    std::snprintf(score, sizeof score, "%.2f", h.score);
    out << "    " << h.list << " " << h.ref << "  " << h.name << "  programmes: "
        << Programs(h.programs) << "  score " << score << "\n";
  }
  out << "  relations: " << p.relations.size() << "\n";
  for (const auto& r : p.relations) PrintRelationText(r, p.names, out);
  out << "  events: " << p.events.size() << (p.events.empty() ? "" : " (newest first)") << "\n";
  for (const auto& ev : p.events) PrintEventText(ev, p.names, out);
  out << "  mentions: " << p.mentions.mentions << " in " << p.mentions.documents
      << " document(s)\n";
  for (const auto& d : p.mentions.top_documents) {
    out << "    " << d.id << (d.date.empty() ? "" : " (" + d.date + ")") << "  " << d.mentions
        << " mention(s)" << (d.title.empty() ? "" : "  " + OneLine(d.title, 80)) << "\n";
  }
}

void PrintTimeline(const query::PairTimeline& t, bool json, std::ostream& out) {
  if (json) {
    for (const auto& e : t.events) {
      out << EventJson(e, t.names).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
          << "\n";
    }
    for (const auto& r : t.relations) {
      out << RelationJson(r, t.names).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
          << "\n";
    }
    return;
  }
  out << t.a.name << " [" << t.a.id << "] ↔ " << t.b.name << " [" << t.b.id
      << "]: " << t.events.size() << " event(s), " << t.relations.size()
      << " relation(s), oldest first\n";
  for (const auto& e : t.events) PrintEventText(e, t.names, out);
  if (!t.relations.empty()) out << "relations:\n";
  for (const auto& r : t.relations) PrintRelationText(r, t.names, out);
}

void PrintEvents(const query::EventList& list, bool json, std::ostream& out) {
  if (json) {
    for (const auto& e : list.events) {
      out << EventJson(e, list.names).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
          << "\n";
    }
    return;
  }
  out << list.events.size() << " event(s)"
      << (list.entity ? " involving " + list.entity->name + " [" + list.entity->id + "]" : "")
      << ", oldest first\n";
  for (const auto& e : list.events) PrintEventText(e, list.names, out);
}

void PrintSearch(const std::vector<store::SearchHit>& hits, bool json, std::ostream& out) {
  for (const auto& h : hits) {
    if (json) {
      ordered_json j = {{"id", h.document.id}, {"title", h.document.title},
                        {"date", h.document.date}, {"snippet", h.snippet}, {"rank", h.rank}};
      out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      continue;
    }
    out << h.document.id << (h.document.date.empty() ? "" : "  " + h.document.date)
        << (h.document.title.empty() ? "" : "  " + OneLine(h.document.title, 80)) << "\n"
        << "    " << OneLine(h.snippet) << "\n";
  }
  if (!json && hits.empty()) out << "no documents match\n";
}

}  // namespace dossier::app
