// Annotation: everything the engine understood about one document — the record
// of docs/ANNOTATION_FORMAT.md as plain structs. pipeline/annotation_json.h
// writes it as JSON; store/ persists it; query/ reads it back.
//
// All spans are half-open byte ranges into Document::text. Entity ids are
// stable strings ("country:IRN", "person:kim-yong-nam", "org:cia") so the same
// entity found in two documents gets the same id.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/span.h"

namespace dossier::pipeline {

struct TokenRecord {
  base::Span span;
  uint32_t sentence = 0;
  std::string pos;    // UD UPOS, empty when no tagger ran
  std::string lemma;
  int32_t head = -1;  // index into the document's tokens; -1 = root or unknown
  std::string dep;
};

struct MentionRecord {
  base::Span span;
  std::string text;
  std::string type;    // PERSON, ORG, GPE, LOC, NORP, ...
  std::string entity;  // linked entity id; empty = null
};

struct TimexRecord {
  base::Span span;
  std::string text;
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;  // TimeML value: 2017-11-28, 2017-08, P1Y, PRESENT_REF
};

struct SanctionsHit {
  std::string list;  // "us-ofac-sdn", "un-sc-consolidated", ...
  std::string ref;   // the list's own reference: "9345", "KPe.001"
  std::string name;  // the listed name
  std::vector<std::string> programs;
  double score = 0;
  std::string explanation;
};

struct EntityRecord {
  std::string id;
  std::string name;
  std::string type;     // Country, Person, Organization, Company, PublicBody, Location, Thing
  std::string country;  // ISO 3166-1 alpha-3 or empty
  std::vector<std::string> aliases;
  std::vector<SanctionsHit> sanctions;
};

struct EvidenceRecord {
  uint32_t sentence = 0;
  base::Span span;     // the sentence
  base::Span trigger;
};

struct EventRecord {
  std::string id;
  std::string event;  // PLOVER type
  std::string mode;
  std::vector<std::string> context;
  std::string cameo;
  std::vector<std::string> actor;
  std::vector<std::string> recipient;
  std::string date;      // ISO value at the precision the text supports
  std::string date_source;  // "timex" (dated by the text) or "document" (the document date)
  std::string modality;  // asserted, reported, hedged, negated, hypothetical
  std::vector<std::string> attributed_to;
  // An announced decision (extract::Event::announced); not written to JSON.
  bool announced = false;
  uint32_t sentence = 0;
  base::Span span;       // the sentence
  base::Span trigger;
  std::vector<EvidenceRecord> evidence;  // further sentences telling the same event
};

struct RelationRecord {
  std::string subject;
  std::string predicate;  // member_of, employee_of, leader_of, ...
  std::string object;
  uint32_t sentence = 0;
  base::Span span;
};

struct QuoteRecord {
  std::string speaker;  // entity id; empty when unresolved
  base::Span span;
  uint32_t sentence = 0;
};

struct Annotation {
  std::string id;
  std::string date;         // document creation date, YYYY-MM-DD or empty
  std::string date_source;  // metadata | inferred | none
  std::string title;
  std::string url;
  std::string source;
  std::string text;  // the document text (written with --with-text; stored by store/)
  std::vector<base::Span> sentences;
  std::vector<TokenRecord> tokens;
  std::vector<MentionRecord> mentions;
  std::vector<TimexRecord> timexes;
  std::vector<EntityRecord> entities;
  std::vector<EventRecord> events;
  std::vector<RelationRecord> relations;
  std::vector<QuoteRecord> quotes;
};

}  // namespace dossier::pipeline
