// dossier eval SUBCOMMAND ...: evaluation commands (see each Add*Command).
#include "apps/dossier/commands.h"

namespace dossier::app {

void AddEvalCommand(CLI::App& app) {
  CLI::App* eval = app.add_subcommand("eval", "Score components on evaluation suites");
  eval->require_subcommand(1);
  AddEvalPetrarchCommand(*eval);
}

}  // namespace dossier::app
