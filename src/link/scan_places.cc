// Scan: which place or state a name stands for where the text tells (see
// scan.h): a town placed by the states the text names ("Tripoli, Lebanon",
// "Pakistani troops near Hyderabad"), and "the North" or "the South" for the
// state named before whose name they open.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "link/scan.h"

namespace dossier::link::detail {

const NameEntry* Scan::PlaceEntry(const std::vector<const NameEntry*>& entries, uint32_t end, uint32_t limit) const {
  const NameEntry* best = BestEntry(entries);
  if (best == nullptr || !NamesPlace(*best)) return best;
  const auto state = [](const NameEntry* e) -> std::string_view {
    return e->entity->type == "Country" ? std::string_view(e->entity->id).substr(8) : e->entity->country;
  };
  const auto in_state = [&](std::string_view code) -> const NameEntry* {
    for (const NameEntry* e : entries) {
      if (NamesPlace(*e) && state(e) == code) return e;
    }
    return nullptr;
  };
  const bool others = std::any_of(entries.begin(), entries.end(),
                                  [&](const NameEntry* e) { return NamesPlace(*e) && state(e) != state(best); });
  if (!others) return best;
  // "Congo's deputy foreign minister" in a story that named the Democratic
  // Republic of Congo: a name two states share is the one the document named.
  const auto named_before = [&](const NameEntry* e) {
    return std::any_of(out_.entities.begin(), out_.entities.end(),
                       [&](const DocEntity& d) { return d.kb == e->entity; });
  };
  if (best->entity->type == "Country" && !named_before(best)) {
    for (const NameEntry* e : entries) {
      if (e->entity->type == "Country" && named_before(e)) return e;
    }
  }
  // "Tripoli, Lebanon".
  if (end + 1 < limit && Word(text_, seg_.tokens[end]) == ",") {
    const kb::GazetteerMatch after = gaz_.LongestAt(text_, seg_.tokens, end + 1, limit);
    if (const NameEntry* c = BestEntry(after.entries); c != nullptr && c->entity->type == "Country" &&
                                                      (c->kind == NameKind::kName || c->kind == NameKind::kAlias)) {
      if (const NameEntry* placed = in_state(state(c))) return placed;
    }
  }
  if (!IsTown(*best->entity) || best->kind == NameKind::kCapital) return best;
  // The states the document has named so far, and those its sentence names
  // after the place ("Russian-occupied Donetsk ... Ukraine's armed forces").
  std::vector<std::string_view> named;
  for (const DocEntity& d : out_.entities) {
    if (d.type == "Country" && d.id.starts_with("country:")) named.push_back(std::string_view(d.id).substr(8));
  }
  for (uint32_t k = end; k < limit;) {
    const kb::GazetteerMatch m = gaz_.LongestAt(text_, seg_.tokens, k, limit);
    if (m.entries.empty()) {
      ++k;
      continue;
    }
    if (const NameEntry* c = BestEntry(m.entries); c->entity->type == "Country") named.push_back(state(c));
    k = m.token_end;
  }
  if (std::find(named.begin(), named.end(), state(best)) != named.end()) return best;
  const NameEntry* chosen = nullptr;
  for (const NameEntry* e : entries) {
    if (!NamesPlace(*e) || std::find(named.begin(), named.end(), state(e)) == named.end()) continue;
    if (chosen != nullptr && state(chosen) != state(e)) return best;  // two states named: no telling
    if (chosen == nullptr) chosen = e;
  }
  return chosen != nullptr ? chosen : best;
}

int Scan::StateByHalf(uint32_t i, uint32_t end) const {
  const std::string_view w = Word(text_, seg_.tokens[i]);
  if ((w != "North" && w != "South") || i == 0 || base::AsciiLower(Word(text_, seg_.tokens[i - 1])) != "the") {
    return -1;
  }
  if (i + 1 < end && Capitalised(Word(text_, seg_.tokens[i + 1]))) return -1;  // "the North Atlantic"
  int found = -1;
  for (int e = 0; e < static_cast<int>(out_.entities.size()); ++e) {
    const DocEntity& d = out_.entities[e];
    if (d.type != "Country" || !d.name.starts_with(w) || d.name.size() <= w.size() || d.name[w.size()] != ' ') continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

}  // namespace dossier::link::detail
