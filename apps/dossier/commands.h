// Subcommands of the `dossier` binary. Each Add*Command registers one
// subcommand (its flags and its callback) on the top-level CLI11 app; the
// callback sets the process exit code through ExitCode().
#pragma once

#include <CLI/CLI.hpp>

namespace dossier::app {

// The exit code main() returns once the chosen subcommand ran.
int& ExitCode();

void AddAnnotateCommand(CLI::App& app);
void AddTrainCommand(CLI::App& app);
void AddEvalCommand(CLI::App& app);
void AddEvalNlpCommands(CLI::App& eval);

}  // namespace dossier::app
