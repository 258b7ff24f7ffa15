#include "extract/plover_gold.h"

#include <array>
#include <string_view>

#include "base/file.h"
#include "base/strings.h"

namespace dossier::extract {
namespace {

constexpr std::array<std::string_view, 16> kPloverTypes = {
    "AGREE",  "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE", "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};

}  // namespace

bool IsPloverEventType(const std::string& type) {
  for (std::string_view t : kPloverTypes) {
    if (t == type) return true;
  }
  return false;
}

base::Result<std::vector<PloverGoldItem>> ReadPloverGold(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::string data, base::ReadFile(path));
  std::vector<PloverGoldItem> items;
  std::set<std::string> seen;
  int line_no = 0;
  bool header_seen = false;
  for (std::string_view line : base::Split(data, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (base::Trim(line).empty() || line.front() == '#') continue;
    const auto where = [&] { return path + ":" + std::to_string(line_no) + ": "; };
    const std::vector<std::string_view> cols = base::Split(line, '\t');
    if (!header_seen && !cols.empty() && cols[0] == "id") {
      header_seen = true;
      continue;
    }
    if (cols.size() < 3) {
      return base::Status::InvalidArgument(where() + "expected id<TAB>split<TAB>events");
    }
    PloverGoldItem item;
    item.id = std::string(base::Trim(cols[0]));
    item.split = std::string(base::Trim(cols[1]));
    item.line = line_no;
    if (item.id.empty()) return base::Status::InvalidArgument(where() + "empty id");
    if (item.split != "dev" && item.split != "test") {
      return base::Status::InvalidArgument(where() + "split must be dev or test, not '" +
                                           item.split + "'");
    }
    if (!seen.insert(item.id).second) {
      return base::Status::InvalidArgument(where() + "id " + item.id + " listed twice");
    }
    const std::string_view events = base::Trim(cols[2]);
    if (events != "NONE") {
      for (std::string_view raw : base::Split(events, ',')) {
        const std::string type(base::Trim(raw));
        if (!IsPloverEventType(type)) {
          return base::Status::InvalidArgument(where() + "unknown PLOVER event type '" + type +
                                               "'");
        }
        item.events.insert(type);
      }
    }
    items.push_back(std::move(item));
  }
  if (items.empty()) return base::Status::InvalidArgument(path + ": no gold items");
  return items;
}

void PloverScore::Add(const std::set<std::string>& gold, const std::set<std::string>& coded) {
  ++items;
  items_exact += gold == coded;
  for (const std::string& type : coded) {
    const bool right = gold.count(type) > 0;
    PloverCounts& c = by_type[type];
    (right ? c.tp : c.fp) += 1;
    (right ? total.tp : total.fp) += 1;
  }
  for (const std::string& type : gold) {
    if (coded.count(type)) continue;
    ++by_type[type].fn;
    ++total.fn;
  }
}

}  // namespace dossier::extract
