// Subcommands of the `dossier` binary. Each Add*Command registers one
// subcommand (its flags and its callback) on the top-level CLI11 app; the
// callback sets the process exit code through ExitCode().
#pragma once

#include <CLI/CLI.hpp>

namespace dossier::app {

// The exit code main() returns once the chosen subcommand ran.
int& ExitCode();

void AddAnnotateCommand(CLI::App& app);
void AddIngestCommand(CLI::App& app);
// entity, relation, events, search.
void AddQueryCommands(CLI::App& app);
// `dossier eval` and its evaluators, each registered on the `eval` subcommand.
void AddEvalCommand(CLI::App& app);
void AddEvalTimeCommand(CLI::App& eval);
void AddScreenCommand(CLI::App& app);
void AddCompareCommand(CLI::App& app);
void AddEvalMatchCommand(CLI::App& app);
void AddEvalPetrarchCommand(CLI::App& eval);
void AddEvalPloverCommand(CLI::App& eval);
void AddTrainCommand(CLI::App& app);
// `dossier train events`, registered on the `train` subcommand.
void AddTrainEventsCommand(CLI::App& train);
void AddEvalNlpCommands(CLI::App& eval);

}  // namespace dossier::app
