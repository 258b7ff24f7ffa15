// PETRARCH validation suites (PETR.UnitTest.records.xml style): loading the
// <Environment> and <Sentence> records, coding them and scoring exact
// (source, target, CAMEO) matches.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto suite, LoadSuite("PETR.UnitTest.records.xml"));
//   DOSSIER_ASSIGN_OR_RETURN(auto coder, Coder::Load(suite.environment.PathsIn("dicts/")));
//   SuiteScore score = ScoreSuite(*coder, suite, nullptr);
//   std::cout << SummaryLine(score.total);  // "PETRARCH suite: correct 300/359 (83.6%), ..."
//
// Thread-safety: plain values and free functions.
// Errors: malformed XML gives InvalidArgument "FILE:LINE: message"; records
// with unbalanced parses are coded as errors (no events), not failures.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/petrarch/coder.h"

namespace dossier::extract::petrarch {

using base::Result;
using base::Status;

struct SuiteEnvironment {
  std::string verbfile, actorfile, agentfile, discardfile;
  // The dictionary paths inside folder `dir`.
  DictionaryPaths PathsIn(const std::string& dir) const;
};

struct SuiteRecord {
  std::string id;
  std::string category;
  int date = 0;
  std::string parse;
  std::vector<Event> expected;
  bool expects_error = false;  // <EventCoding error="...">
  int line = 0;
};

struct Suite {
  SuiteEnvironment environment;
  std::vector<SuiteRecord> records;
};

Result<Suite> LoadSuite(const std::string& path);
Result<Suite> ParseSuite(const std::string& xml, const std::string& name);

struct SuiteCounts {
  int records = 0;
  int expected = 0;  // expected events
  int correct = 0;   // expected events output exactly
  int extra = 0;     // output events not expected
  int error_records = 0;        // records expecting an error (<EventCoding error=...>)
  int error_records_clean = 0;  // ... for which the coder gave no event
};

struct SuiteScore {
  std::map<std::string, SuiteCounts> by_category;
  SuiteCounts total;
};

// Codes every record; appends one line per record with a miss or an extra
// event to `details` when non-null.
SuiteScore ScoreSuite(const Coder& coder, const Suite& suite, std::vector<std::string>* details);

// "PETRARCH suite: correct X/Y (Z%), extra E (W%)", W = E / Y * 100.
std::string SummaryLine(const SuiteCounts& counts);

}  // namespace dossier::extract::petrarch
