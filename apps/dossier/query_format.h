// Formatting of query answers for the terminal (human-readable) and for
// machines (--json: one JSON object per line).
#pragma once

#include <ostream>
#include <vector>

#include "query/dossier.h"

namespace dossier::app {

void PrintProfile(const query::EntityProfile& p, bool json, std::ostream& out);
void PrintTimeline(const query::PairTimeline& t, bool json, std::ostream& out);
void PrintEvents(const query::EventList& list, bool json, std::ostream& out);
void PrintSearch(const std::vector<store::SearchHit>& hits, bool json, std::ostream& out);

}  // namespace dossier::app
