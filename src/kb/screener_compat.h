// Entity-level adjustments to a name score (internal to kb): schema, birth
// date and country compatibility between a query and a listed entry.
#pragma once

#include <string>
#include <vector>

namespace dossier::kb {

struct Compat {
  double factor = 1.0;  // multiplies the name score
  double bonus = 0.0;   // added afterwards (capped at 1)
  std::string note;     // "; birth year 1972 matches" etc.
};

// `query_date` may be malformed (then it is ignored).
Compat Compatibility(const std::string& query_schema, const std::string& query_date,
                     const std::string& query_country, const std::string& schema,
                     const std::vector<std::string>& dates, const std::vector<std::string>& countries);

}  // namespace dossier::kb
