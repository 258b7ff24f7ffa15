// KnowledgeBase: the entities Dossier knows before reading anything — every
// country (ISO 3166 alpha-3 ids, names from Debian's iso-codes package plus the
// project's own short names, demonyms, capitals and metonyms), international
// organisations, agencies, armed groups, media and think tanks, and people with
// dated roles. All of it is read from the tables under data/kb/ (see
// data/kb/README.md); nothing is compiled in.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto kb, KnowledgeBase::Load(home));
//   const Entity* prk = kb->Find("country:PRK");
//   for (const Role* r : kb->RolesAt("person:kim-yong-nam", "2017-08")) ...
//
// Thread-safety: immutable after Load(); share freely.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace dossier::kb {

struct Entity {
  std::string id;       // "country:IRN", "org:central-intelligence-agency", "person:donald-trump"
  std::string name;     // canonical display name
  std::string type;     // Country, Person, Organization, Company, PublicBody, Location,
                        // Thing (identity groups: religions, sects, ethnic groups)
  std::string country;  // ISO alpha-3, or empty
  std::string parent;   // parent org id, or empty
  std::string sector;   // organisations: government, military, media, ...;
                        // places: admin1, region, continent, sea, geo; groups: religion, ...
  std::vector<std::string> aliases;    // other names, matched as names
  std::vector<std::string> demonyms;   // "Iranian" (countries)
  std::vector<std::string> capitals;   // "Tehran" (countries; metonyms for the state)
  std::vector<std::string> metonyms;   // "Kremlin", "White House" (countries)
};

struct Role {
  std::string person;    // person id
  std::string relation;  // leader_of, role_in, member_of
  std::string object;    // "country:PRK" or an org id
  std::string title;     // "President", "Director"
  std::string start;     // ISO date (YYYY[-MM[-DD]]) or empty
  std::string end;       // ISO date or empty (incumbent)

  // True when the role covers `date` (ISO, any precision; empty = any time).
  bool ActiveAt(std::string_view date) const;
};

class KnowledgeBase {
 public:
  // Reads data/kb/*.tsv under `home`, /usr/share/iso-codes/json/iso_3166-1.json
  // and, when present, the GeoNames cities beside the project
  // (home/../shared/data/gazetteers/geonames/cities15000.txt: cities of 50,000
  // people or more and administrative capitals, as Location entities with their
  // country). Malformed rows of our own tables fail the load with "FILE:LINE: message".
  static base::Result<std::unique_ptr<KnowledgeBase>> Load(const std::string& home);

  // Builds a KB from tables given as strings (tests).
  static base::Result<std::unique_ptr<KnowledgeBase>> FromTables(
      const std::string& countries_tsv, const std::string& organizations_tsv,
      const std::string& people_tsv, const std::string& roles_tsv);

  const Entity* Find(std::string_view id) const;
  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<Role>& roles() const { return roles_; }

  // Roles of `person` active at `date` (all roles when date is empty).
  std::vector<const Role*> RolesAt(std::string_view person, std::string_view date) const;
  // People holding a role in/of `object` at `date`.
  std::vector<const Role*> HoldersAt(std::string_view object, std::string_view date) const;

 private:
  KnowledgeBase() = default;
  base::Status AddCountries(const std::string& tsv, const std::string& origin);
  base::Status AddOrganizations(const std::string& tsv, const std::string& origin);
  base::Status AddPeople(const std::string& tsv, const std::string& origin);
  base::Status AddRoles(const std::string& tsv, const std::string& origin);
  base::Status AddPlaces(const std::string& tsv, const std::string& origin);
  base::Status AddGroups(const std::string& tsv, const std::string& origin);
  void AddIsoNames(const std::string& json);
  void AddGeoNamesCities(const std::string& tsv);
  void Index();

  std::vector<Entity> entities_;
  std::unordered_map<std::string, size_t> by_id_;
  std::vector<Role> roles_;
  std::unordered_multimap<std::string, size_t> roles_by_person_;
  std::unordered_multimap<std::string, size_t> roles_by_object_;
  std::unordered_map<std::string, std::string> iso2_to_iso3_;
};

}  // namespace dossier::kb
