// UN Security Council consolidated list XML: <CONSOLIDATED_LIST> with
// <INDIVIDUALS><INDIVIDUAL> (FIRST_NAME .. FOURTH_NAME, INDIVIDUAL_ALIAS,
// INDIVIDUAL_DATE_OF_BIRTH, NATIONALITY) and <ENTITIES><ENTITY> (FIRST_NAME,
// ENTITY_ALIAS, ENTITY_ADDRESS). REFERENCE_NUMBER (KPe.001) is the reference.
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

void AddCommon(const pugi::xml_node& n, const char* alias_tag, SanctionsEntry* e) {
  e->ref = Text(n, "REFERENCE_NUMBER");
  if (!Text(n, "UN_LIST_TYPE").empty()) e->programs.push_back(Text(n, "UN_LIST_TYPE"));
  for (pugi::xml_node a : n.children(alias_tag)) {
    std::string alias = Text(a, "ALIAS_NAME");
    if (!alias.empty()) e->aliases.push_back(std::move(alias));
  }
  std::string original = Text(n, "NAME_ORIGINAL_SCRIPT");
  if (!original.empty()) e->aliases.push_back(std::move(original));
}

SanctionsEntry Individual(const pugi::xml_node& n) {
  SanctionsEntry e;
  e.list = "un-sc-consolidated";
  e.schema = "Person";
  for (const char* part : {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
    const std::string t = Text(n, part);
    if (!t.empty()) e.name += (e.name.empty() ? "" : " ") + t;
  }
  AddCommon(n, "INDIVIDUAL_ALIAS", &e);
  for (pugi::xml_node d : n.children("INDIVIDUAL_DATE_OF_BIRTH")) {
    std::string date = ParseListDate(Text(d, "DATE").empty() ? Text(d, "YEAR") : Text(d, "DATE"));
    if (!date.empty()) e.birth_dates.push_back(std::move(date));
  }
  for (pugi::xml_node v : n.child("NATIONALITY").children("VALUE")) {
    std::string c(base::Trim(v.text().get()));
    if (!c.empty()) e.countries.push_back(std::move(c));
  }
  return e;
}

SanctionsEntry Entity(const pugi::xml_node& n) {
  SanctionsEntry e;
  e.list = "un-sc-consolidated";
  e.schema = "Organization";
  e.name = Text(n, "FIRST_NAME");
  AddCommon(n, "ENTITY_ALIAS", &e);
  for (pugi::xml_node a : n.children("ENTITY_ADDRESS")) {
    if (!Text(a, "COUNTRY").empty()) e.countries.push_back(Text(a, "COUNTRY"));
  }
  return e;
}

}  // namespace

base::Status LoadUnXml(const std::string& path, std::vector<SanctionsEntry>* out, Warnings* warnings) {
  std::string bytes;
  pugi::xml_document doc;
  DOSSIER_RETURN_IF_ERROR(LoadXmlFile(path, &bytes, &doc));
  pugi::xml_node root = doc.child("CONSOLIDATED_LIST");
  auto keep = [&](SanctionsEntry e, const pugi::xml_node& n) {
    if (e.ref.empty() || e.name.empty()) {
      warnings->push_back(path + ":" + std::to_string(LineAt(bytes, n.offset_debug())) +
                          ": entry without REFERENCE_NUMBER or name");
      return;
    }
    out->push_back(std::move(e));
  };
  for (pugi::xml_node n : root.child("INDIVIDUALS").children("INDIVIDUAL")) keep(Individual(n), n);
  for (pugi::xml_node n : root.child("ENTITIES").children("ENTITY")) keep(Entity(n), n);
  return base::Status::Ok();
}

}  // namespace dossier::kb
