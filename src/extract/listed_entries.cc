// AddListedEntries (context.h): a sanctions notice announces its list ("the
// Foreign, Commonwealth and Development Office (FCDO) has today designated
// the following persons", "has added the entries below to the Consolidated
// List") and gives each target an entry of its own, opening with the name:
//
//   1. Name: Bawar Kamaran RASUL
//   DOB: 14/03/1986. POB: Ranya, Iraq. Position: Leader of …
//   2. GRU UNIT 29155
//   - Asia Sun Trading Company Limited
//
// Each entry's name is a target of the designation; its line tells the act
// again (the announcing sentence stays its evidence).
#include <algorithm>
#include <string_view>

#include "extract/context.h"

namespace dossier::extract {
namespace {

// Lines of prose the notice may have between its announcement and the first
// entry ("These are the first designations under this regime. … They are
// subject to an asset freeze.").
constexpr int kLeadLines = 8;
// Sentences before the announcement the designation itself may be told in
// ("… has today designated the following persons. … The persons listed below
// have been added to the UK Sanctions List").
constexpr uint32_t kActBefore = 6;
// Most words of a heading ("INDIVIDUALS", "Statement of reasons").
constexpr uint32_t kHeadingWords = 4;
// Most words of a field's label before its colon ("Other Information:").
constexpr uint32_t kLabelWords = 4;

bool ListNoun(const DocumentView& v, uint32_t k) {
  return v.lexicon().HasCue(v.Lower(k), "reached_group_noun");
}

// Where the sentence announces a list of targets ("the following
// (designated) persons", "the entries below", "the persons listed below"):
// the word "following" or "below"; -1 when it announces none.
int32_t ListAnnounced(const DocumentView& v, const text::Sentence& s) {
  for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
    const std::string& w = v.Lower(k);
    if (w == "following" && k + 1 < s.token_end &&
        (ListNoun(v, k + 1) || (k + 2 < s.token_end && v.Upos(k + 1) == "ADJ" && ListNoun(v, k + 2)) ||
         (k + 2 < s.token_end && v.Upos(k + 1) == "VERB" && ListNoun(v, k + 2)))) {
      return static_cast<int32_t>(k);
    }
    if (w == "below" && k > s.token_begin &&
        (ListNoun(v, k - 1) || (v.Lower(k - 1) == "listed" && k - 1 > s.token_begin && ListNoun(v, k - 2)))) {
      return static_cast<int32_t>(k);
    }
  }
  return -1;
}

// Whether sentence s opens a line of the text.
bool OpensLine(const DocumentView& v, uint32_t s) {
  const uint32_t begin = v.Sentence(s).begin;
  if (begin == 0) return true;
  const uint32_t before = s > 0 ? v.Sentence(s - 1).end : 0;
  return v.text().substr(before, begin - before).find('\n') != std::string_view::npos;
}

// Whether token k is a list marker ("-", "•", "12", "." or ")" after a numeral).
bool Marker(const DocumentView& v, uint32_t k, uint32_t begin) {
  const std::string_view w = v.Word(k);
  if (w == "-" || w == "*" || w == "\u2022") return true;
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  if ((w != "." && w != ")") || k == begin) return false;
  const std::string_view before = v.Word(k - 1);
  return !before.empty() && std::all_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; });
}

enum class Line { kMarker, kField, kHeading, kEntry, kProse };

// What line sentence s is; for an entry, *entity is the target its name
// stands for and *name the name's tokens.
Line ReadLine(const DocumentView& v, uint32_t s, int* entity, base::Span* name) {
  const text::Sentence& sent = v.Sentence(s);
  uint32_t k = sent.token_begin;
  while (k < sent.token_end && Marker(v, k, sent.token_begin)) ++k;
  if (k == sent.token_end) return Line::kMarker;
  // ("Name: X", "Name 6: X": the entry's label.)
  uint32_t from = k;
  if (v.Lower(from) == "name") {
    ++from;
    if (from < sent.token_end && v.Upos(from) == "NUM") ++from;
    if (from < sent.token_end && v.Word(from) == ":") ++from;
  }
  const auto& linking = v.linking();
  for (const link::Mention& m : linking.mentions) {
    if (m.sentence != s || m.entity < 0 || m.token_begin != from) continue;
    const std::string& type = linking.entities[m.entity].type;
    if (type == "Country" || type == "Location" || type == "Thing") {
      if (!linking.entities[m.entity].id.starts_with("vessel:")) break;
    }
    // (The name ends its sentence or line, or a comma, stop or bracket
    // follows: "Tun Min Latt, director of …"; not "Canada announced …".)
    const uint32_t after = m.token_end;
    const bool ends = after == sent.token_end ||
                      v.text()
                              .substr(v.seg().tokens[after - 1].end,
                                      v.seg().tokens[after].begin - v.seg().tokens[after - 1].end)
                              .find('\n') != std::string_view::npos;
    const std::string_view next = ends ? std::string_view() : v.Word(after);
    if (!ends && next != "," && next != "." && next != ";" && next != "(" && next != ":") break;
    // (An entry tells no act: "Asia Sun Group Company Limited, Asia Sun
    // Trading Company Limited … are involved in the import" is a reason given.)
    bool verb = false;
    for (uint32_t j = after; j < sent.token_end && !verb; ++j) verb = v.Upos(j) == "VERB" || v.Upos(j) == "AUX";
    if (verb) break;
    *entity = m.entity;
    *name = {v.seg().tokens[m.token_begin].begin, v.seg().tokens[m.token_end - 1].end};
    return Line::kEntry;
  }
  // ("DOB: 14/03/1986.", "Other Information: …", "a.k.a: …": a field.)
  for (uint32_t j = k; j < sent.token_end && j < k + kLabelWords; ++j) {
    if (v.Word(j) == ":") return Line::kField;
  }
  uint32_t words = 0;
  bool verb = false;
  for (uint32_t j = k; j < sent.token_end; ++j) {
    words += v.Upos(j) != "PUNCT";
    verb = verb || v.Upos(j) == "VERB" || v.Upos(j) == "AUX";
  }
  return words <= kHeadingWords && !verb ? Line::kHeading : Line::kProse;
}

// The designation a list announced in sentence s belongs to: a sanction with
// an actor told in it or in the sentences just before; -1.
int ListedAct(const std::vector<Event>& events, uint32_t s) {
  int best = -1;
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    if (e.event != "SANCTION" || e.modality == "negated" || e.actor.empty()) continue;
    if (e.sentence > s || e.sentence + kActBefore < s) continue;
    if (best < 0 || e.sentence > events[best].sentence) best = static_cast<int>(i);
  }
  return best;
}

// The body that announces the list: a public body or a state written
// right before a verb ("the Foreign, Commonwealth and Development Office has
// added the entries below", "On 22 March 2023 the FCDO updated the UK
// Sanctions List"), in sentence s or the nearest sentence before it; -1.
// (Else in the sentence right after: "… are now subject to an asset freeze.
// The Foreign, Commonwealth & Development Office has also imposed …"; else
// the body the notice's heading names.)
int AnnouncingBody(const DocumentView& v, uint32_t s) {
  // Lines of a notice's heading ("Financial Sanctions Notice / Cyber /
  // 11/02/2025 / HM Treasury — …").
  constexpr int kHeadingLines = 6;
  const auto& linking = v.linking();
  const auto subject_in = [&](uint32_t si) {
    const text::Sentence& sent = v.Sentence(si);
    for (const link::Mention& m : linking.mentions) {
      if (m.sentence != si || m.entity < 0 || m.token_end >= sent.token_end) continue;
      const std::string& type = linking.entities[m.entity].type;
      if (type != "PublicBody" && type != "Country") continue;
      // ("the Foreign, Commonwealth and Development Office (FCDO) updated":
      // past its acronym in brackets.)
      uint32_t after = m.token_end;
      if (after + 3 < sent.token_end && v.Word(after) == "(" && v.Word(after + 2) == ")") after += 3;
      const std::string_view next = v.Upos(after);
      if (next == "AUX" || next == "VERB") return m.entity;
    }
    return -1;
  };
  for (uint32_t back = 0; back <= kActBefore && back <= s; ++back) {
    if (const int body = subject_in(s - back); body >= 0) return body;
  }
  // (Past a list marker on its own: "2.")
  uint32_t next = s + 1;
  while (next < v.seg().sentences.size() && v.Sentence(next).token_end - v.Sentence(next).token_begin <= 2 &&
         v.Upos(v.Sentence(next).token_begin) == "NUM") {
    ++next;
  }
  if (next < v.seg().sentences.size()) {
    if (const int body = subject_in(next); body >= 0) return body;
  }
  return v.IssuerBody(/*any_body=*/false, kHeadingLines);
}

}  // namespace

void AddListedEntries(const DocumentView& v, std::string_view doc_date, std::vector<Event>* events) {
  const uint32_t sentences = static_cast<uint32_t>(v.seg().sentences.size());
  uint32_t listed_through = 0;  // the last sentence a list read
  for (uint32_t s = 0; s < sentences; ++s) {
    const int32_t announced = s < listed_through ? -1 : ListAnnounced(v, v.Sentence(s));
    if (announced < 0) continue;
    // The designation: the sanction told with the list, its actor the body
    // announcing it ("… under the Myanmar (Sanctions) (EU Exit) Regulations
    // 2019": not the state a law is named for); or, told with no actor
    // ("the entries below have been added to the consolidated list"), the
    // announcing body's act of the notice's day.
    const int act_index = ListedAct(*events, s);
    const int body = AnnouncingBody(v, s);
    Event act;
    if (act_index >= 0) {
      act = (*events)[act_index];
    } else if (body >= 0) {
      act.event = "SANCTION";
      act.mode = "restrict";
      act.cameo = "163";
      act.modality = "asserted";
      act.sentence = s;
      act.span = v.Sentence(s).span();
      act.trigger = v.seg().tokens[static_cast<uint32_t>(announced)].span();
    } else {
      continue;
    }
    if (body >= 0 && std::find(act.actor.begin(), act.actor.end(), body) == act.actor.end()) {
      act.actor = {body};
      act.recipient.clear();
      act.date = std::string(doc_date);
      act.date_source = "document";
    }
    std::vector<int> seen = act.recipient;
    int lead = 0;
    bool found = false;
    bool after_marker = false;  // the sentence before is a list marker on its own ("1.")
    for (uint32_t si = s + 1; si < sentences; ++si) {
      // (A sentence on an entry's line goes with it: "Other Information: …
      // RUS2011. Unit 26165 … has conducted malicious cyber activity".)
      const bool opens = OpensLine(v, si) || after_marker;
      after_marker = false;
      if (!opens) continue;
      int entity = -1;
      base::Span name;
      const Line line = ReadLine(v, si, &entity, &name);
      after_marker = line == Line::kMarker;
      if (line == Line::kProse) {
        if (found || ++lead > kLeadLines) break;
        continue;
      }
      if (line != Line::kEntry) continue;
      found = true;
      listed_through = si;
      if (std::find(seen.begin(), seen.end(), entity) != seen.end()) continue;
      seen.push_back(entity);
      Event e = act;
      e.recipient = {entity};
      e.sentence = si;
      e.span = v.Sentence(si).span();
      e.trigger = name;
      e.evidence = {{act.sentence, act.span, act.trigger}};
      events->push_back(std::move(e));
    }
  }
}

}  // namespace dossier::extract
