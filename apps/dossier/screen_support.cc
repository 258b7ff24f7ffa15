#include "apps/dossier/screen_support.h"

#include <cmath>
#include <iostream>

namespace dossier::app {

std::unique_ptr<kb::Screener> LoadScreener(const std::vector<std::string>& paths, const char* command) {
  const std::vector<std::string> use = paths.empty() ? kb::DefaultSanctionsPaths() : paths;
  if (use.empty()) {
    std::cerr << "dossier " << command << ": no --sanctions given and no lists under ../shared/data/sanctions; "
              << "screening against nothing\n";
  }
  auto screener = kb::Screener::Load(use);
  if (!screener.ok()) {
    std::cerr << "dossier " << command << ": " << screener.status().message() << "\n";
    return nullptr;
  }
  const auto& w = (*screener)->warnings();
  for (size_t i = 0; i < w.size() && i < 5; ++i) std::cerr << "warning: " << w[i] << "\n";
  if (w.size() > 5) std::cerr << "warning: ... " << w.size() - 5 << " more bad rows skipped\n";
  return std::move(screener).value();
}

kb::ScreenQuery QueryFromJson(const nlohmann::json& j) {
  kb::ScreenQuery q;
  auto get = [&](const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  q.name = get("name");
  q.schema = get("schema");
  q.birth_date = get("birth_date");
  q.country = get("country");
  return q;
}

nlohmann::ordered_json MatchToJson(const kb::ScreenMatch& m) {
  nlohmann::ordered_json j = {{"list", m.list}, {"ref", m.ref}, {"name", m.name}, {"schema", m.schema},
                      {"programs", m.programs}, {"score", std::round(m.score * 10000) / 10000},
                      {"explanation", m.explanation}};
  return j;
}

}  // namespace dossier::app
