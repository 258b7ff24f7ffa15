// OFAC XML in the SDN.XML layout (also used by the non-SDN consolidated list):
// <sdnList><sdnEntry><uid/><firstName/><lastName/><sdnType/><programList>
// <akaList><aka> <dateOfBirthList> <nationalityList> <citizenshipList> <addressList>.
#include <pugixml.hpp>

#include "base/file.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "kb/sanctions_csv.h"
#include "kb/sanctions_entry.h"

namespace dossier::kb {
namespace {

std::string Text(const pugi::xml_node& n, const char* child) {
  return std::string(base::Trim(n.child(child).text().get()));
}

// "LAST, First" for people (as the CSV writes it), "First Last" otherwise.
std::string NameOf(const pugi::xml_node& n, bool person) {
  const std::string first = Text(n, "firstName"), last = Text(n, "lastName");
  if (first.empty()) return last;
  if (last.empty()) return first;
  return person ? last + ", " + first : first + " " + last;
}

std::string SchemaOf(const std::string& type) {
  if (type == "Individual") return "Person";
  if (type == "Vessel") return "Vessel";
  if (type == "Aircraft") return "Airplane";
  return "Organization";
}

}  // namespace

base::Status LoadOfacXml(const std::string& path, std::vector<SanctionsEntry>* out, Warnings* warnings) {
  std::string bytes;
  pugi::xml_document doc;
  DOSSIER_RETURN_IF_ERROR(LoadXmlFile(path, &bytes, &doc));
  const std::string base_name = base::AsciiLower(base::BaseName(path));
  const std::string list = base_name.find("cons") != std::string::npos ? "us-ofac-consolidated" : "us-ofac-sdn";
  for (pugi::xml_node n : doc.child("sdnList").children("sdnEntry")) {
    SanctionsEntry e;
    e.list = list;
    e.ref = Text(n, "uid");
    e.schema = SchemaOf(Text(n, "sdnType"));
    const bool person = e.schema == "Person";
    e.name = NameOf(n, person);
    if (e.ref.empty() || e.name.empty()) {
      warnings->push_back(path + ":" + std::to_string(LineAt(bytes, n.offset_debug())) +
                          ": sdnEntry without uid or name");
      continue;
    }
    for (pugi::xml_node p : n.child("programList").children("program")) e.programs.emplace_back(p.text().get());
    for (pugi::xml_node a : n.child("akaList").children("aka")) {
      std::string alias = NameOf(a, person);
      if (!alias.empty()) e.aliases.push_back(std::move(alias));
    }
    for (pugi::xml_node d : n.child("dateOfBirthList").children("dateOfBirthItem")) {
      std::string date = ParseListDate(Text(d, "dateOfBirth"));
      if (!date.empty()) e.birth_dates.push_back(std::move(date));
    }
    for (pugi::xml_node c : n.child("nationalityList").children("nationality")) e.countries.push_back(Text(c, "country"));
    for (pugi::xml_node c : n.child("citizenshipList").children("citizenship")) e.countries.push_back(Text(c, "country"));
    for (pugi::xml_node c : n.child("addressList").children("address")) {
      if (!Text(c, "country").empty()) e.countries.push_back(Text(c, "country"));
    }
    out->push_back(std::move(e));
  }
  return base::Status::Ok();
}

}  // namespace dossier::kb
