// `dossier eval ...`: benchmark scorers. Each area registers its subcommands.
#include "apps/dossier/commands.h"

namespace dossier::app {

void AddEvalCommand(CLI::App& app) {
  auto* eval = app.add_subcommand("eval", "Score components against gold data");
  eval->require_subcommand(1);
  AddEvalNlpCommands(*eval);
}

}  // namespace dossier::app
