#include "time/timeml.h"

#include <pugixml.hpp>

#include "base/file.h"

namespace dossier::time {
namespace {

bool IsSpace(char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; }

// Appends the text under `node` to doc->text, recording TIMEX3 spans.
base::Status Collect(const pugi::xml_node& node, TimemlDocument* doc, const std::string& origin) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      doc->text += child.value();
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const size_t start = doc->text.size();
    DOSSIER_RETURN_IF_ERROR(Collect(child, doc, origin));
    if (std::string_view(child.name()) != "TIMEX3") continue;
    size_t b = start, e = doc->text.size();
    while (b < e && IsSpace(doc->text[b])) ++b;
    while (e > b && IsSpace(doc->text[e - 1])) --e;
    const std::string type = child.attribute("type").value();
    if (!ParseTimexType(type)) {
      return base::Status::InvalidArgument(origin + ": TIMEX3 " + child.attribute("tid").value() +
                                           " has unknown type '" +
                                           child.attribute("type").value() + "'");
    }
    if (e > b) {
      doc->timexes.push_back({{static_cast<uint32_t>(b), static_cast<uint32_t>(e)}, type,
                              child.attribute("value").value(), child.attribute("mod").value()});
    }
  }
  return base::Status::Ok();
}

std::string StripExtension(std::string name) {
  const size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(0, dot);
}

}  // namespace

base::Result<TimemlDocument> ReadTimeml(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::string xml, base::ReadFile(path));
  return ParseTimeml(xml, path);
}

base::Result<TimemlDocument> ParseTimeml(std::string_view xml, const std::string& origin) {
  pugi::xml_document dom;
  const pugi::xml_parse_result parsed =
      dom.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed) {
    return base::Status::InvalidArgument(origin + ": bad XML at byte " +
                                         std::to_string(parsed.offset) + ": " +
                                         parsed.description());
  }
  const pugi::xml_node root = dom.document_element();
  const pugi::xml_node body = root.child("TEXT");
  if (!body) return base::Status::InvalidArgument(origin + ": no <TEXT> element");
  TimemlDocument doc;
  doc.id = StripExtension(base::BaseName(origin));
  DOSSIER_RETURN_IF_ERROR(Collect(body, &doc, origin));
  pugi::xml_node dct = root.child("DCT").child("TIMEX3");
  if (!dct) dct = root.find_node([](const pugi::xml_node& n) {
    return std::string_view(n.attribute("functionInDocument").value()) == "CREATION_TIME";
  });
  if (dct) {
    if (auto d = Date::Parse(dct.attribute("value").value()); d.ok()) doc.dct = *d;
  }
  return doc;
}

}  // namespace dossier::time
