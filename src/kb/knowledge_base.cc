#include "kb/knowledge_base.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "base/file.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "kb/tsv.h"

namespace dossier::kb {
namespace {

constexpr const char* kIsoCodesJson = "/usr/share/iso-codes/json/iso_3166-1.json";

bool ValidType(std::string_view t) {
  return t == "PublicBody" || t == "Organization" || t == "Company" || t == "Location" ||
         t == "Person" || t == "Country";
}

// Compares ISO dates of any precision on their common prefix.
int ComparePrefix(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size());
  return a.substr(0, n).compare(b.substr(0, n));
}

void AddUnique(std::vector<std::string>* v, const std::string& s) {
  if (s.empty()) return;
  for (const auto& x : *v) {
    if (x == s) return;
  }
  v->push_back(s);
}

}  // namespace

bool Role::ActiveAt(std::string_view date) const {
  if (date.empty()) return true;
  if (!start.empty() && ComparePrefix(date, start) < 0) return false;
  if (!end.empty() && ComparePrefix(date, end) > 0) return false;
  return true;
}

base::Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::Load(const std::string& home) {
  std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase());
  const std::string dir = home + "/data/kb/";
  struct Table {
    const char* file;
    base::Status (KnowledgeBase::*add)(const std::string&, const std::string&);
  };
  for (const Table& t : {Table{"countries.tsv", &KnowledgeBase::AddCountries},
                         Table{"organizations.tsv", &KnowledgeBase::AddOrganizations},
                         Table{"people.tsv", &KnowledgeBase::AddPeople},
                         Table{"places.tsv", &KnowledgeBase::AddPlaces},
                         Table{"groups.tsv", &KnowledgeBase::AddGroups},
                         Table{"roles.tsv", &KnowledgeBase::AddRoles}}) {
    std::string path = dir + t.file;
    auto bytes = base::ReadFile(path);
    if (!bytes.ok()) {
      if (bytes.status().code() == base::StatusCode::kNotFound) continue;
      return bytes.status();
    }
    DOSSIER_RETURN_IF_ERROR(((*kb).*(t.add))(*bytes, path));
  }
  if (auto iso = base::ReadFile(kIsoCodesJson); iso.ok()) kb->AddIsoNames(*iso);
  if (auto cities = base::ReadFile(home + "/../shared/data/gazetteers/geonames/cities15000.txt");
      cities.ok()) {
    kb->AddGeoNamesCities(*cities);
  }
  if (kb->entities_.empty()) {
    return base::Status::NotFound(dir + ": no knowledge-base tables found (set DOSSIER_HOME?)");
  }
  kb->Index();
  return kb;
}

base::Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::FromTables(
    const std::string& countries_tsv, const std::string& organizations_tsv,
    const std::string& people_tsv, const std::string& roles_tsv) {
  std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase());
  DOSSIER_RETURN_IF_ERROR(kb->AddCountries(countries_tsv, "countries.tsv"));
  DOSSIER_RETURN_IF_ERROR(kb->AddOrganizations(organizations_tsv, "organizations.tsv"));
  DOSSIER_RETURN_IF_ERROR(kb->AddPeople(people_tsv, "people.tsv"));
  DOSSIER_RETURN_IF_ERROR(kb->AddRoles(roles_tsv, "roles.tsv"));
  kb->Index();
  return kb;
}

// iso3  short_name  aliases  demonyms  capitals  metonyms
base::Status KnowledgeBase::AddCountries(const std::string& tsv, const std::string& origin) {
  return ForEachRow(tsv, origin, 6, [&](const std::vector<std::string_view>& c) {
    if (c[0].size() != 3) return base::Status::InvalidArgument("iso3 must have 3 letters: " + std::string(c[0]));
    Entity e;
    e.id = "country:" + std::string(c[0]);
    e.type = "Country";
    e.country = std::string(c[0]);
    e.name = std::string(c[1]);
    e.aliases = SplitValues(c[2]);
    e.demonyms = SplitValues(c[3]);
    e.capitals = SplitValues(c[4]);
    e.metonyms = SplitValues(c[5]);
    if (e.name.empty()) return base::Status::InvalidArgument("empty short name");
    entities_.push_back(std::move(e));
    return base::Status::Ok();
  });
}

// id  type  name  aliases  country  parent  sector
base::Status KnowledgeBase::AddOrganizations(const std::string& tsv, const std::string& origin) {
  return ForEachRow(tsv, origin, 7, [&](const std::vector<std::string_view>& c) {
    if (!c[0].starts_with("org:")) return base::Status::InvalidArgument("id must start with org:");
    if (!ValidType(c[1])) return base::Status::InvalidArgument("unknown type " + std::string(c[1]));
    Entity e{std::string(c[0]), std::string(c[2]), std::string(c[1]), std::string(c[4]),
             std::string(c[5]), std::string(c[6]), SplitValues(c[3]), {}, {}, {}};
    entities_.push_back(std::move(e));
    return base::Status::Ok();
  });
}

// id  name  aliases  country  description
base::Status KnowledgeBase::AddPeople(const std::string& tsv, const std::string& origin) {
  return ForEachRow(tsv, origin, 4, [&](const std::vector<std::string_view>& c) {
    if (!c[0].starts_with("person:")) return base::Status::InvalidArgument("id must start with person:");
    Entity e;
    e.id = std::string(c[0]);
    e.name = std::string(c[1]);
    e.type = "Person";
    e.aliases = SplitValues(c[2]);
    e.country = std::string(c[3]);
    entities_.push_back(std::move(e));
    return base::Status::Ok();
  });
}

// id  type  name  aliases  country  kind
base::Status KnowledgeBase::AddPlaces(const std::string& tsv, const std::string& origin) {
  return ForEachRow(tsv, origin, 6, [&](const std::vector<std::string_view>& c) {
    if (!c[0].starts_with("loc:")) return base::Status::InvalidArgument("id must start with loc:");
    Entity e;
    e.id = std::string(c[0]);
    e.type = "Location";
    e.name = std::string(c[2]);
    e.aliases = SplitValues(c[3]);
    e.country = std::string(c[4]);
    e.sector = std::string(c[5]);
    entities_.push_back(std::move(e));
    return base::Status::Ok();
  });
}

// id  name  aliases  country  kind   (religious, ethnic and other identity groups)
base::Status KnowledgeBase::AddGroups(const std::string& tsv, const std::string& origin) {
  return ForEachRow(tsv, origin, 5, [&](const std::vector<std::string_view>& c) {
    if (!c[0].starts_with("group:")) return base::Status::InvalidArgument("id must start with group:");
    Entity e;
    e.id = std::string(c[0]);
    e.type = "Thing";
    e.name = std::string(c[1]);
    e.aliases = SplitValues(c[2]);
    e.country = std::string(c[3]);
    e.sector = std::string(c[4]);
    entities_.push_back(std::move(e));
    return base::Status::Ok();
  });
}

// person_id  relation  object  title  start  end
base::Status KnowledgeBase::AddRoles(const std::string& tsv, const std::string& origin) {
  return ForEachRow(tsv, origin, 6, [&](const std::vector<std::string_view>& c) {
    roles_.push_back({std::string(c[0]), std::string(c[1]), std::string(c[2]), std::string(c[3]),
                      std::string(c[4]), std::string(c[5])});
    return base::Status::Ok();
  });
}

void KnowledgeBase::AddIsoNames(const std::string& json) {
  nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
  if (j.is_discarded() || !j.contains("3166-1")) return;
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < entities_.size(); ++i) index[entities_[i].id] = i;
  for (const auto& c : j["3166-1"]) {
    std::string a3 = c.value("alpha_3", "");
    if (a3.size() != 3) continue;
    iso2_to_iso3_[c.value("alpha_2", "")] = a3;
    auto it = index.find("country:" + a3);
    if (it == index.end()) {
      Entity e;
      e.id = "country:" + a3;
      e.type = "Country";
      e.country = a3;
      e.name = c.value("common_name", c.value("name", a3));
      entities_.push_back(std::move(e));
      it = index.emplace(entities_.back().id, entities_.size() - 1).first;
    }
    Entity& e = entities_[it->second];
    for (const char* key : {"name", "official_name", "common_name"}) {
      std::string v = c.value(key, "");
      if (v != e.name) AddUnique(&e.aliases, v);
    }
  }
}

// GeoNames columns: 0 geonameid, 1 name, 2 asciiname, 7 feature code,
// 8 country code (ISO alpha-2), 14 population.
// Larger cities first, so that of two cities with one name the larger is the
// gazetteer's first reading ("San Francisco" is the Californian city before the
// Argentine one).
void KnowledgeBase::AddGeoNamesCities(const std::string& tsv) {
  std::unordered_map<std::string, size_t> taken;
  for (size_t i = 0; i < entities_.size(); ++i) taken[entities_[i].id] = i;
  std::vector<std::pair<long, std::vector<std::string_view>>> rows;
  for (std::string_view line : base::Split(tsv, '\n')) {
    std::vector<std::string_view> c = base::Split(line, '\t');
    if (c.size() < 15) continue;
    long population = std::strtol(std::string(c[14]).c_str(), nullptr, 10);
    bool capital = c[7] == "PPLC" || c[7] == "PPLA";
    if (population < 50000 && !capital) continue;
    rows.emplace_back(population, std::move(c));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [population, c] : rows) {
    auto iso3 = iso2_to_iso3_.find(std::string(c[8]));
    if (iso3 == iso2_to_iso3_.end()) continue;
    Entity e;
    e.name = std::string(c[1]);
    e.id = "loc:" + base::Slugify(e.name) + "-" + base::AsciiLower(iso3->second);
    if (e.name.empty() || taken.count(e.id)) continue;
    e.type = "Location";
    e.country = iso3->second;
    if (c[2] != c[1] && !c[2].empty()) e.aliases.emplace_back(c[2]);
    // English drops the river or region that tells two towns apart
    // ("Frankfurt am Main", "Frankfurt (Oder)", "Freiburg im Breisgau"); the
    // larger city comes first, so the short name reads as the larger.
    for (std::string_view qualifier : {" am ", " an der ", " im ", " ("}) {
      if (const size_t at = e.name.find(qualifier); at != std::string::npos && at > 0) {
        e.aliases.push_back(e.name.substr(0, at));
        break;
      }
    }
    // English writes "Zurich" and "Urumqi" where GeoNames' ASCII name has "Zuerich", "UEruemqi".
    if (std::string plain = base::StripAccents(e.name); plain != e.name && plain != c[2]) {
      e.aliases.push_back(std::move(plain));
    }
    taken[e.id] = entities_.size();
    entities_.push_back(std::move(e));
  }
}

void KnowledgeBase::Index() {
  by_id_.clear();
  for (size_t i = 0; i < entities_.size(); ++i) by_id_.emplace(entities_[i].id, i);
  for (size_t i = 0; i < roles_.size(); ++i) {
    roles_by_person_.emplace(roles_[i].person, i);
    roles_by_object_.emplace(roles_[i].object, i);
  }
}

const Entity* KnowledgeBase::Find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entities_[it->second];
}

std::vector<const Role*> KnowledgeBase::RolesAt(std::string_view person, std::string_view date) const {
  std::vector<const Role*> out;
  auto [b, e] = roles_by_person_.equal_range(std::string(person));
  for (auto it = b; it != e; ++it) {
    if (roles_[it->second].ActiveAt(date)) out.push_back(&roles_[it->second]);
  }
  return out;
}

std::vector<const Role*> KnowledgeBase::HoldersAt(std::string_view object, std::string_view date) const {
  std::vector<const Role*> out;
  auto [b, e] = roles_by_object_.equal_range(std::string(object));
  for (auto it = b; it != e; ++it) {
    if (roles_[it->second].ActiveAt(date)) out.push_back(&roles_[it->second]);
  }
  return out;
}

}  // namespace dossier::kb
