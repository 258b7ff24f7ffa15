// Reads annotation records (JSON Lines as written by `dossier annotate
// --with-text`, optionally .zst-compressed) back into Annotations, so that
// `dossier ingest --records` can store documents annotated elsewhere.
#pragma once

#include <functional>
#include <string>

#include "base/status.h"
#include "pipeline/annotation.h"

namespace dossier::app {

// Calls `sink(record, origin)` for each good record, `on_error("FILE:LINE:
// message")` for each bad one (not JSON, no text, invalid UTF-8, spans outside
// the text, too long). Returns an error only when the file cannot be read.
base::Status ReadAnnotationRecords(
    const std::string& path, size_t max_line_bytes,
    const std::function<void(pipeline::Annotation&&, const std::string& origin)>& sink,
    const std::function<void(const std::string&)>& on_error);

}  // namespace dossier::app
