// Helpers shared by the coder's files (not part of the public API).
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace dossier::extract::petrarch::internal {

// A usable event or actor code: alphanumeric and not the null code "---".
inline bool IsCode(const std::string& code) {
  if (code.empty() || code == "---") return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

// Appends the codes of `more` that `out` lacks.
inline void Append(std::vector<std::string>* out, const std::vector<std::string>& more) {
  for (const std::string& c : more)
    if (std::find(out->begin(), out->end(), c) == out->end()) out->push_back(c);
}

// True for codes of agents without an actor ("---GOV").
inline bool IsAgentOnly(const std::string& code) { return code.rfind("---", 0) == 0; }

}  // namespace dossier::extract::petrarch::internal
