// dossier eval petrarch SUITE.xml --petrarch-dicts DIR [--details]
// Codes every <Sentence> of a PETRARCH validation suite with the dictionaries
// its <Environment> names (read from DIR), prints per-category figures and,
// as the last line, "PETRARCH suite: correct X/Y (Z%), extra E (W%)".
#include <cstdio>
#include <iostream>
#include <memory>

#include "apps/dossier/commands.h"
#include "extract/petrarch/coder.h"
#include "extract/petrarch/suite.h"

namespace dossier::app {
namespace {

struct EvalPetrarchFlags {
  std::string suite;
  std::string dicts;
  bool details = false;
};

int RunEvalPetrarch(const EvalPetrarchFlags& f) {
  namespace pt = extract::petrarch;
  auto suite = pt::LoadSuite(f.suite);
  if (!suite.ok()) {
    std::cerr << "dossier eval petrarch: " << suite.status().message() << "\n";
    return 1;
  }
  pt::Warnings warnings;  // malformed dictionary lines are skipped, and reported
  auto coder = pt::Coder::Load(suite.value().environment.PathsIn(f.dicts), &warnings);
  for (const std::string& w : warnings) std::cerr << "dossier eval petrarch: warning: " << w << "\n";
  if (!coder.ok()) {
    std::cerr << "dossier eval petrarch: " << coder.status().message() << "\n";
    return 1;
  }
  std::vector<std::string> details;
  pt::SuiteScore score = pt::ScoreSuite(*coder.value(), suite.value(), f.details ? &details : nullptr);
  for (const std::string& d : details) std::cout << d << "\n";
  std::printf("%-10s %7s %8s %7s %7s\n", "category", "records", "expected", "correct", "extra");
  for (const auto& [category, c] : score.by_category)
    std::printf("%-10s %7d %8d %7d %7d\n", category.c_str(), c.records, c.expected, c.correct, c.extra);
  std::printf("records expecting an error (bad parse, discard) with no event: %d/%d\n", score.total.error_records_clean,
              score.total.error_records);
  std::cout << pt::SummaryLine(score.total) << std::endl;
  return 0;
}

}  // namespace

void AddEvalPetrarchCommand(CLI::App& eval) {
  auto flags = std::make_shared<EvalPetrarchFlags>();
  CLI::App* cmd = eval.add_subcommand("petrarch", "Score the PETRARCH coder on a PETRARCH validation suite");
  cmd->add_option("suite", flags->suite, "Validation records (PETR.UnitTest.records.xml)")->required();
  cmd->add_option("--petrarch-dicts", flags->dicts, "Folder holding the dictionaries named in <Environment>")
      ->required();
  cmd->add_flag("--details", flags->details, "Print every record with a missed or extra event");
  cmd->callback([flags] { ExitCode() = RunEvalPetrarch(*flags); });
}

}  // namespace dossier::app
