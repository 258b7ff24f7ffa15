// DocumentRunner: reads every input file in order and runs a function over
// the documents on N threads, handing the results back in input order.
// Shared by `annotate` and `ingest`.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "text/document.h"
#include "text/reader.h"

namespace dossier::app {

struct RunStats {
  size_t documents = 0;  // handed to `work`
  size_t errors = 0;     // records or files reported as bad
  size_t bytes = 0;
};

// For each document: `work` runs on a worker thread; `done` runs on the calling
// thread, in input order. `on_error` gets every bad record or file message.
// Returns the first file-level error that stopped a file (reading continues with
// the next file).
template <typename R>
base::Status RunDocuments(const std::vector<std::string>& paths, const text::ReadOptions& options,
                          int threads, const std::function<R(const text::Document&)>& work,
                          const std::function<void(const text::Document&, R&&)>& done,
                          const std::function<void(const std::string&)>& on_error, RunStats* stats);

}  // namespace dossier::app

#include "apps/dossier/document_runner_inl.h"
