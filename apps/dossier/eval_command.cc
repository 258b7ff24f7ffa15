// dossier eval <component> ...: scores a component against gold data. Each
// evaluator registers itself under the `eval` subcommand created here.
#include "apps/dossier/commands.h"

namespace dossier::app {

void AddEvalCommand(CLI::App& app) {
  CLI::App* eval = app.add_subcommand("eval", "Evaluate a component against gold data");
  eval->require_subcommand(1);
  AddEvalTimeCommand(*eval);
  AddEvalPetrarchCommand(*eval);
  AddEvalPloverCommand(*eval);
  AddEvalNlpCommands(*eval);
}

}  // namespace dossier::app
