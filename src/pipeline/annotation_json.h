// The JSON form of an Annotation (docs/ANNOTATION_FORMAT.md), one line per record.
#pragma once

#include <string>

#include "base/status.h"
#include "pipeline/annotation.h"

namespace dossier::pipeline {

struct JsonOptions {
  bool with_tokens = false;
  bool with_text = false;
};

// One JSON object on one line (no trailing newline).
std::string ToJsonLine(const Annotation& a, const JsonOptions& options = {});

// Parses a record written by ToJsonLine (store/ and tests read records back).
base::Result<Annotation> FromJson(const std::string& json);

}  // namespace dossier::pipeline
