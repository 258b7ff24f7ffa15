#include "nlp/train/gazetteer_sources.h"

#include <string_view>
#include <vector>

#include "base/file.h"

namespace dossier::nlp::train {
namespace {

std::vector<std::string_view> Lines(const std::string& text) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    pos = nl + 1;
  }
  return out;
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t t = line.find('\t', pos);
    out.push_back(line.substr(pos, t == std::string_view::npos ? t : t - pos));
    if (t == std::string_view::npos) return out;
    pos = t + 1;
  }
}

// "MOHAMMAD_ZAHIR_SHAH_  # ..." -> "MOHAMMAD ZAHIR SHAH"
std::string ActorName(std::string_view line) {
  if (!line.empty() && line[0] == '+') line.remove_prefix(1);
  size_t end = line.find_first_of(" \t[#");
  std::string name(line.substr(0, end));
  while (!name.empty() && name.back() == '_') name.pop_back();
  for (char& c : name) {
    if (c == '_') c = ' ';
  }
  return name;
}

}  // namespace

base::Result<Gazetteer> BuildGazetteer(const std::string& shared_dir) {
  std::string dir = shared_dir + "/data/gazetteers";
  Gazetteer g;
  DOSSIER_ASSIGN_OR_RETURN(std::string cities, base::ReadFile(dir + "/geonames/cities15000.txt"));
  for (auto line : Lines(cities)) {
    auto f = Fields(line);
    if (f.size() < 3) continue;
    g.Add(f[1], Gazetteer::kLoc);
    g.Add(f[2], Gazetteer::kLoc);
  }
  DOSSIER_ASSIGN_OR_RETURN(std::string countries,
                           base::ReadFile(dir + "/geonames/countryInfo.txt"));
  for (auto line : Lines(countries)) {
    if (line.empty() || line[0] == '#') continue;
    auto f = Fields(line);
    if (f.size() < 6) continue;
    g.Add(f[4], Gazetteer::kLoc);
    g.Add(f[5], Gazetteer::kLoc);
  }
  DOSSIER_ASSIGN_OR_RETURN(std::string actors,
                           base::ReadFile(dir + "/phoenix/Phoenix.Countries.actors.txt"));
  for (auto line : Lines(actors)) {
    if (line.empty() || line[0] == '#' || line[0] == ' ' || line[0] == '\t') continue;
    std::string name = ActorName(line);
    if (name.empty()) continue;
    if (line.find("CountryInfo.txt") != std::string_view::npos && line[0] != '+') {
      g.Add(name, Gazetteer::kPerson);
      size_t sp = name.find(' '), last = name.rfind(' ');
      if (sp != std::string::npos) {
        g.Add(name.substr(0, sp), Gazetteer::kFirstName);
        g.Add(name.substr(last + 1), Gazetteer::kLastName);
      }
    } else if (line.find("] ") == std::string_view::npos && line.find('[') != std::string_view::npos &&
               line.substr(line.find('[')).size() == 5) {
      g.Add(name, Gazetteer::kLoc);  // "AFGHANISTAN_  [AFG]"
    }
  }
  for (const char* file : {"Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}) {
    DOSSIER_ASSIGN_OR_RETURN(std::string orgs, base::ReadFile(dir + "/phoenix/" + file));
    for (auto line : Lines(orgs)) {
      if (line.empty() || line[0] == '#' || line[0] == ' ' || line[0] == '\t') continue;
      std::string name = ActorName(line);
      if (!name.empty()) g.Add(name, Gazetteer::kOrg);
    }
  }
  return g;
}

}  // namespace dossier::nlp::train
