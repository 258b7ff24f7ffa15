// Reading whole files with a size limit, and small path helpers.
#pragma once

#include <cstddef>
#include <string>

#include "base/status.h"

namespace dossier::base {

// Reads the whole file at `path`. Fails with kInvalidArgument when it is larger
// than `max_bytes`, kNotFound when it does not exist, kIoError otherwise.
Result<std::string> ReadFile(const std::string& path, size_t max_bytes = size_t{1} << 31);

// Writes `data` to `path` atomically (temporary file + rename).
Status WriteFileAtomic(const std::string& path, const std::string& data);

// "dir/name.jsonl.zst" -> "name.jsonl.zst".
std::string BaseName(const std::string& path);

// True when `path` ends with `suffix`, ignoring ASCII case.
bool HasSuffix(const std::string& path, const std::string& suffix);

// The project's home: $DOSSIER_HOME, else the folder holding data/kb found by
// walking up from the executable's folder, else the current directory. Tables
// under data/ and models under models/ are found relative to it.
std::string ProjectHome();

}  // namespace dossier::base
