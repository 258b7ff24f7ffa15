#include "kb/screener_compat.h"

#include <cctype>
#include <cstdlib>

#include "base/strings.h"
#include "match/normalizer.h"

namespace dossier::kb {
namespace {

// Year of "YYYY", "YYYY-MM" or "YYYY-MM-DD", or 0.
int YearOf(const std::string& d) {
  if (d.size() < 4) return 0;
  for (int i = 0; i < 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(d[i]))) return 0;
  }
  if (d.size() > 4 && d[4] != '-') return 0;
  return std::atoi(d.substr(0, 4).c_str());
}

bool Organisational(match::NameSchema s) {
  return s == match::NameSchema::kOrganization || s == match::NameSchema::kVessel;
}

}  // namespace

Compat Compatibility(const std::string& query_schema, const std::string& query_date,
                     const std::string& query_country, const std::string& schema,
                     const std::vector<std::string>& dates, const std::vector<std::string>& countries) {
  Compat c;
  const match::NameSchema qs = match::SchemaFromString(query_schema);
  const match::NameSchema es = match::SchemaFromString(schema);
  if ((qs == match::NameSchema::kPerson && Organisational(es)) ||
      (es == match::NameSchema::kPerson && Organisational(qs))) {
    c.factor *= 0.7;
    c.note += "; schema " + query_schema + " vs " + schema;
  } else if (Organisational(qs) && Organisational(es) && qs != es) {
    c.factor *= 0.9;
    c.note += "; schema " + query_schema + " vs " + schema;
  }
  const int qy = YearOf(query_date);
  if (qy > 0 && !dates.empty()) {
    bool exact = false, near = false;
    for (const std::string& d : dates) {
      exact |= query_date.size() == 10 && d == query_date;
      const int y = YearOf(d);
      near |= y > 0 && std::abs(y - qy) <= 1;
    }
    if (exact) {
      c.bonus += 0.05;
      c.note += "; birth date " + query_date + " matches";
    } else if (near) {
      c.note += "; birth year " + std::to_string(qy) + " fits";
    } else {
      c.factor *= 0.75;
      c.note += "; birth year " + std::to_string(qy) + " differs from " + dates[0];
    }
  }
  if (!query_country.empty()) {
    const std::string q = base::AsciiLower(query_country);
    for (const std::string& country : countries) {
      if (base::AsciiLower(country) == q) {
        c.note += "; country " + country + " matches";
        break;
      }
    }
  }
  return c;
}

}  // namespace dossier::kb
