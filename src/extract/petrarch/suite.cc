#include "extract/petrarch/suite.h"

#include <algorithm>
#include <cstdio>
#include <pugixml.hpp>

#include "base/file.h"
#include "base/strings.h"

namespace dossier::extract::petrarch {

using base::ReadFile;
using base::Split;
using base::Trim;
namespace {

int LineOf(const std::string& text, ptrdiff_t offset) {
  if (offset < 0) return 0;
  auto end = text.begin() + std::min<ptrdiff_t>(offset, static_cast<ptrdiff_t>(text.size()));
  return 1 + static_cast<int>(std::count(text.begin(), end, '\n'));
}

std::string Attr(const pugi::xml_node& n, const char* name) { return std::string(Trim(n.attribute(name).as_string())); }

std::string Percent(int num, int den) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", den == 0 ? 0.0 : 100.0 * num / den);
  return buf;
}

}  // namespace

DictionaryPaths SuiteEnvironment::PathsIn(const std::string& dir) const {
  auto join = [&](const std::string& f) { return (dir.empty() || dir.back() == '/' ? dir : dir + "/") + f; };
  auto optional = [&](const std::string& f) { return f.empty() ? std::vector<std::string>{} : std::vector{join(f)}; };
  DictionaryPaths paths;
  paths.verbs = join(verbfile);
  paths.actors = {join(actorfile)};
  paths.agents = optional(agentfile);
  paths.discards = optional(discardfile);
  return paths;
}

Result<Suite> LoadSuite(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::string xml, ReadFile(path));
  return ParseSuite(xml, path);
}

Result<Suite> ParseSuite(const std::string& xml, const std::string& name) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
  if (!parsed)
    return Status::InvalidArgument(name + ":" + std::to_string(LineOf(xml, parsed.offset)) + ": " + parsed.description());
  Suite suite;
  pugi::xml_node root = doc.child("Validation");
  if (!root) return Status::InvalidArgument(name + ":1: no <Validation> element");
  pugi::xml_node env = root.child("Environment");
  if (!env) return Status::InvalidArgument(name + ":1: no <Environment> element");
  suite.environment.verbfile = std::string(Trim(env.child_value("Verbfile")));
  suite.environment.actorfile = std::string(Trim(env.child_value("Actorfile")));
  suite.environment.agentfile = std::string(Trim(env.child_value("Agentfile")));
  suite.environment.discardfile = std::string(Trim(env.child_value("Discardfile")));
  if (suite.environment.verbfile.empty() || suite.environment.actorfile.empty())
    return Status::InvalidArgument(name + ":" + std::to_string(LineOf(xml, env.offset_debug())) +
                                   ": <Environment> needs <Verbfile> and <Actorfile>");
  for (pugi::xml_node s : root.child("Sentences").children("Sentence")) {
    SuiteRecord r;
    r.line = LineOf(xml, s.offset_debug());
    std::string where = name + ":" + std::to_string(r.line) + ": ";
    r.id = Attr(s, "id");
    r.category = Attr(s, "category");
    std::string date = Attr(s, "date");
    if (date.size() != 8 || !std::all_of(date.begin(), date.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return Status::InvalidArgument(where + "sentence " + r.id + " has a bad date '" + date + "'");
    r.date = std::stoi(date);
    r.parse = s.child_value("Parse");
    for (pugi::xml_node e : s.children("EventCoding")) {
      if (e.attribute("error")) r.expects_error = true;
      if (!e.attribute("eventcode")) continue;
      r.expected.push_back({Attr(e, "sourcecode"), Attr(e, "targetcode"), Attr(e, "eventcode")});
    }
    suite.records.push_back(std::move(r));
  }
  return suite;
}

SuiteScore ScoreSuite(const Coder& coder, const Suite& suite, std::vector<std::string>* details) {
  SuiteScore score;
  for (const SuiteRecord& r : suite.records) {
    std::vector<Event> got;
    std::string note;
    auto coded = coder.CodeParse(r.parse, r.date);
    if (!coded.ok()) {
      note = " error: " + coded.status().message();
    } else {
      got = coded.value().events;
      if (coded.value().discarded) note = coded.value().story_discard ? " story discard" : " sentence discard";
    }
    SuiteCounts c;
    c.records = 1;
    c.expected = static_cast<int>(r.expected.size());
    for (const Event& e : r.expected)
      if (std::find(got.begin(), got.end(), e) != got.end()) ++c.correct;
    for (const Event& e : got)
      if (std::find(r.expected.begin(), r.expected.end(), e) == r.expected.end()) ++c.extra;
    c.error_records = r.expects_error ? 1 : 0;
    c.error_records_clean = r.expects_error && got.empty() ? 1 : 0;
    for (SuiteCounts* t : {&score.by_category[r.category], &score.total}) {
      t->error_records += c.error_records;
      t->error_records_clean += c.error_records_clean;
      t->records += c.records;
      t->expected += c.expected;
      t->correct += c.correct;
      t->extra += c.extra;
    }
    if (details && (c.correct < c.expected || c.extra > 0)) {
      std::string line = r.id + " [" + r.category + "]" + note + " expected:";
      for (const Event& e : r.expected) line += " (" + e.source + "," + e.target + "," + e.code + ")";
      line += " got:";
      for (const Event& e : got) line += " (" + e.source + "," + e.target + "," + e.code + ")";
      details->push_back(line);
    }
  }
  return score;
}

std::string SummaryLine(const SuiteCounts& c) {
  return "PETRARCH suite: correct " + std::to_string(c.correct) + "/" + std::to_string(c.expected) + " (" +
         Percent(c.correct, c.expected) + "), extra " + std::to_string(c.extra) + " (" + Percent(c.extra, c.expected) +
         ")";
}

}  // namespace dossier::extract::petrarch
