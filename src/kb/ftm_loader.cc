// FollowTheMoney entities as JSON lines (OpenSanctions exports): one object per
// line with "id", "schema", "caption", "properties" (name, alias, weakAlias,
// previousName, birthDate, nationality, citizenship, country, program,
// programId) and "datasets". Only party-like schemas are kept.
#include <nlohmann/json.hpp>

#include <unordered_set>

#include "base/file.h"
#include "base/strings.h"
#include "kb/sanctions_entry.h"

namespace dossier::kb {
namespace {

const std::unordered_set<std::string>& PartySchemas() {
  static const std::unordered_set<std::string> kSchemas = {
      "Person", "Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane"};
  return kSchemas;
}

void Strings(const nlohmann::json& props, const char* key, std::vector<std::string>* out) {
  auto it = props.find(key);
  if (it == props.end() || !it->is_array()) return;
  for (const auto& v : *it) {
    if (v.is_string() && !v.get<std::string>().empty()) out->push_back(v.get<std::string>());
  }
}

}  // namespace

base::Status LoadFtmJson(const std::string& path, std::vector<SanctionsEntry>* out, Warnings* warnings) {
  DOSSIER_ASSIGN_OR_RETURN(std::string text, base::ReadFile(path));
  size_t line_no = 0;
  for (std::string_view line : base::Split(text, '\n')) {
    ++line_no;
    if (base::Trim(line).empty()) continue;
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      warnings->push_back(where + "not a JSON object");
      continue;
    }
    const std::string schema = j.value("schema", "");
    if (!PartySchemas().count(schema)) continue;
    const nlohmann::json props = j.contains("properties") && j["properties"].is_object()
                                     ? j["properties"] : nlohmann::json::object();
    SanctionsEntry e;
    e.ref = j.value("id", "");
    e.schema = schema;
    std::vector<std::string> names;
    Strings(props, "name", &names);
    e.name = j.value("caption", names.empty() ? "" : names[0]);
    for (std::string& n : names) {
      if (n != e.name) e.aliases.push_back(std::move(n));
    }
    Strings(props, "alias", &e.aliases);
    Strings(props, "previousName", &e.aliases);
    Strings(props, "birthDate", &e.birth_dates);
    Strings(props, "nationality", &e.countries);
    Strings(props, "citizenship", &e.countries);
    Strings(props, "country", &e.countries);
    Strings(props, "program", &e.programs);
    Strings(props, "programId", &e.programs);
    if (j.contains("datasets") && j["datasets"].is_array() && !j["datasets"].empty() &&
        j["datasets"][0].is_string()) {
      e.list = j["datasets"][0].get<std::string>();
    } else {
      e.list = "ftm";
    }
    if (e.ref.empty() || e.name.empty()) {
      warnings->push_back(where + "entity without id or name");
      continue;
    }
    out->push_back(std::move(e));
  }
  return base::Status::Ok();
}

}  // namespace dossier::kb
