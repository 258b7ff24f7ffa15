// Compiles the NER gazetteer from ../shared/data/gazetteers: GeoNames cities
// and countries (LOC), Phoenix country-actor people (PERSON, first and last
// names) and countries (LOC), Phoenix international and non-state actors (ORG).
//
// Thread-safety: pure function. Errors: unreadable files.
#pragma once

#include <string>

#include "base/status.h"
#include "nlp/gazetteer.h"

namespace dossier::nlp::train {

base::Result<Gazetteer> BuildGazetteer(const std::string& shared_dir);

}  // namespace dossier::nlp::train
