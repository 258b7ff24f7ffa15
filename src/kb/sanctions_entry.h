// SanctionsEntry and the sanctions-list loaders.
//
// Every loader turns one official file into SanctionsEntry values: the list id
// ("us-ofac-sdn", "us-ofac-consolidated", "un-sc-consolidated", a FollowTheMoney
// dataset name, or a simple CSV's file stem), the list's own reference ("9345",
// "KPe.001"), a FollowTheMoney-style schema, the names, programmes, birth dates,
// countries and the names of listed parties it is tied to ("Linked To:").
//
// Formats:
//   OFAC SDN legacy CSV  sdn.csv (+ alt.csv, add.csv beside it); Latin-1, "-0- " null
//   OFAC XML             SDN.XML / consolidated.xml (root <sdnList>)
//   UN consolidated XML  root <CONSOLIDATED_LIST>, INDIVIDUALS and ENTITIES
//   FollowTheMoney       JSON lines (.json, .jsonl, .ftm.json), OpenSanctions export
//   simple CSV           header name,schema,country,birth_date,aliases (aliases ';'-separated)
//
// Example:
//   std::vector<SanctionsEntry> entries;
//   std::vector<std::string> warnings;
//   DOSSIER_RETURN_IF_ERROR(LoadSanctionsPath("../shared/data/sanctions/ofac_sdn_2024-05-03",
//                                             &entries, &warnings));
//
// Errors: a path that does not exist, a file that cannot be read, a format that
// cannot be recognised, or an XML file that does not parse is a Status. A bad
// row inside a readable file is skipped and reported in `warnings` as
// "FILE:LINE: message".
// Thread-safety: the loaders are free functions with no shared state.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace dossier::kb {

struct SanctionsEntry {
  std::string list;
  std::string ref;
  std::string schema;  // Person, Organization, Vessel, Airplane, LegalEntity, ...
  std::string name;    // the primary name as listed
  std::vector<std::string> aliases;
  std::vector<std::string> programs;
  std::vector<std::string> birth_dates;  // YYYY, YYYY-MM or YYYY-MM-DD
  std::vector<std::string> countries;    // as the list writes them (names or codes)
  std::vector<std::string> linked_to;    // names of tied listed parties
};

using Warnings = std::vector<std::string>;

// A file or a folder (every known file in it, recursively, in name order).
base::Status LoadSanctionsPath(const std::string& path, std::vector<SanctionsEntry>* out,
                               Warnings* warnings);

base::Status LoadOfacCsv(const std::string& sdn_csv, std::vector<SanctionsEntry>* out,
                         Warnings* warnings);
base::Status LoadOfacXml(const std::string& path, std::vector<SanctionsEntry>* out,
                         Warnings* warnings);
base::Status LoadUnXml(const std::string& path, std::vector<SanctionsEntry>* out,
                       Warnings* warnings);
base::Status LoadFtmJson(const std::string& path, std::vector<SanctionsEntry>* out,
                         Warnings* warnings);
base::Status LoadSimpleCsv(const std::string& path, std::vector<SanctionsEntry>* out,
                           Warnings* warnings);

// "23 Aug 1972" -> "1972-08-23", "Aug 1972" -> "1972-08", "circa 1947" -> "1947",
// "1964-07-17" -> itself; "" when no year can be found.
std::string ParseListDate(const std::string& text);

}  // namespace dossier::kb
