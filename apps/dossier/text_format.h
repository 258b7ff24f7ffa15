// Human-readable rendering of an annotation (`annotate --format text`).
#pragma once

#include <string>

#include "pipeline/annotation.h"

namespace dossier::app {

std::string FormatAnnotationText(const pipeline::Annotation& a);

}  // namespace dossier::app
