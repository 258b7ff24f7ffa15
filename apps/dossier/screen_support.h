// Helpers shared by `dossier screen`, `dossier compare` and `dossier eval match`:
// loading the screener (explicit --sanctions paths or the default lists) and
// reading queries from JSON objects.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kb/screener.h"

namespace dossier::app {

// Loads `paths`, or kb::DefaultSanctionsPaths() when empty. Warnings go to
// standard error (a count, and the first few). Null (with a message) on error.
std::unique_ptr<kb::Screener> LoadScreener(const std::vector<std::string>& paths, const char* command);

// {"name", "schema"?, "birth_date"?, "country"?} -> ScreenQuery (missing fields empty).
kb::ScreenQuery QueryFromJson(const nlohmann::json& j);

// Keys in the order ANNOTATION_FORMAT.md lists them.
nlohmann::ordered_json MatchToJson(const kb::ScreenMatch& m);

}  // namespace dossier::app
