// dossier: evidence-backed knowledge graphs from news text. See README.md.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "apps/dossier/commands.h"

namespace dossier::app {
int& ExitCode() {
  static int code = 0;
  return code;
}
}  // namespace dossier::app

int main(int argc, char** argv) {
  CLI::App app{"dossier: who did what to whom, when, according to whom - with evidence"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dossier 0.1.0");
  dossier::app::AddAnnotateCommand(app);
  dossier::app::AddIngestCommand(app);
  dossier::app::AddQueryCommands(app);
  dossier::app::AddEvalCommand(app);
  dossier::app::AddScreenCommand(app);
  dossier::app::AddCompareCommand(app);
  dossier::app::AddEvalMatchCommand(app);
  dossier::app::AddTrainCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return dossier::app::ExitCode();
}
