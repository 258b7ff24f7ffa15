// Reading the project's tab-separated tables: '#' comments, fixed column
// counts, '|' for multi-valued cells, errors as "FILE:LINE: message".
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dossier::kb {

// Calls `row` for every data line of `tsv` with its cells. Lines with fewer
// than `min_columns` cells fail with "origin:LINE: expected N columns, got M".
// A non-ok Status from `row` is prefixed with "origin:LINE" and returned.
base::Status ForEachRow(const std::string& tsv, const std::string& origin, size_t min_columns,
                        const std::function<base::Status(const std::vector<std::string_view>&)>& row);

// Splits a '|' multi-value cell, dropping empty values and trimming spaces.
std::vector<std::string> SplitValues(std::string_view cell);

}  // namespace dossier::kb
