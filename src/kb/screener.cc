#include "kb/screener.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include "base/file.h"
#include "kb/screener_compat.h"
#include "match/scorer.h"

namespace dossier::kb {
namespace {

constexpr size_t kCandidates = 40;

}  // namespace

base::Result<std::unique_ptr<Screener>> Screener::Load(const std::vector<std::string>& paths,
                                                       const std::string& tables_dir) {
  std::vector<SanctionsEntry> entries;
  Warnings warnings;
  for (const std::string& p : paths) DOSSIER_RETURN_IF_ERROR(LoadSanctionsPath(p, &entries, &warnings));
  DOSSIER_ASSIGN_OR_RETURN(auto screener, FromEntries(std::move(entries), tables_dir));
  screener->warnings_.insert(screener->warnings_.begin(), warnings.begin(), warnings.end());
  return screener;
}

base::Result<std::unique_ptr<Screener>> Screener::FromEntries(std::vector<SanctionsEntry> entries,
                                                              const std::string& tables_dir) {
  std::unique_ptr<Screener> s(new Screener());
  DOSSIER_ASSIGN_OR_RETURN(s->normalizer_, match::Normalizer::Load(
                                               tables_dir.empty() ? match::NameTables::DefaultDir() : tables_dir));
  // The same list loaded twice (two snapshots) keeps its first copy of each entry.
  std::set<std::pair<std::string, std::string>> seen;
  std::vector<match::NormalizedName> names;
  for (SanctionsEntry& e : entries) {
    if (!seen.emplace(e.list, e.ref).second) continue;
    const uint32_t owner = static_cast<uint32_t>(s->entries_.size());
    const match::NameSchema schema = match::SchemaFromString(e.schema);
    std::set<std::string> distinct;
    auto add = [&](const std::string& raw) {
      match::NormalizedName n = s->normalizer_->Normalize(raw, schema);
      if (n.tokens.empty() || !distinct.insert(n.Text()).second) return;
      names.push_back(std::move(n));
      s->owner_.push_back(owner);
    };
    add(e.name);
    for (const std::string& a : e.aliases) add(a);
    s->entries_.push_back(std::move(e));
  }
  s->index_ = match::NameIndex::Build(std::move(names));
  s->ResolveTies();
  return s;
}

void Screener::ResolveTies() {
  std::unordered_map<std::string, std::string> ref_of;  // list + '\t' + normalised name -> ref
  for (uint32_t id = 0; id < index_->size(); ++id) {
    const SanctionsEntry& e = entries_[owner_[id]];
    ref_of.emplace(e.list + "\t" + index_->name(id).Text(), e.ref);
  }
  for (const SanctionsEntry& e : entries_) {
    for (const std::string& linked : e.linked_to) {
      const std::string key =
          e.list + "\t" + normalizer_->Normalize(linked, match::NameSchema::kUnknown).Text();
      auto it = ref_of.find(key);
      ties_.push_back({e.list, e.ref, "linked_to", it == ref_of.end() ? "" : it->second, linked});
    }
  }
}

std::vector<ScreenMatch> Screener::Screen(const ScreenQuery& q, double threshold, size_t limit) const {
  match::NormalizedName query = normalizer_->Normalize(q.name, match::SchemaFromString(q.schema));
  if (query.tokens.empty() || limit == 0) return {};
  index_->AssignWeights(&query);
  std::unordered_map<uint32_t, ScreenMatch> best;
  for (uint32_t id : index_->Candidates(query, kCandidates)) {
    const SanctionsEntry& e = entries_[owner_[id]];
    match::ScoreOptions options{q.schema == "Person" || e.schema == "Person", /*explain=*/false};
    match::NameScore ns = match::ScoreNames(query, index_->name(id), &index_->stats(), options);
    if (ns.score * 1.05 + 0.05 < threshold) continue;  // no adjustment can lift it
    const Compat c = Compatibility(q.schema, q.birth_date, q.country, e.schema, e.birth_dates, e.countries);
    const double score = std::min(1.0, ns.score * c.factor + c.bonus);
    if (score < threshold) continue;
    auto [it, inserted] = best.try_emplace(owner_[id]);
    if (!inserted && it->second.score >= score) continue;
    options.explain = true;
    ns = match::ScoreNames(query, index_->name(id), &index_->stats(), options);
    ScreenMatch& m = it->second;
    m.list = e.list;
    m.ref = e.ref;
    m.name = e.name;
    m.schema = e.schema;
    m.programs = e.programs;
    m.score = score;
    m.explanation = ns.explanation + c.note;
    const std::string matched = index_->name(id).Text();
    if (matched != normalizer_->Normalize(e.name, match::SchemaFromString(e.schema)).Text()) {
      m.explanation += "; via alias " + matched;
    }
  }
  std::vector<ScreenMatch> out;
  out.reserve(best.size());
  for (auto& [owner, m] : best) out.push_back(std::move(m));
  std::sort(out.begin(), out.end(), [](const ScreenMatch& a, const ScreenMatch& b) {
    return a.score != b.score ? a.score > b.score : std::tie(a.list, a.ref) < std::tie(b.list, b.ref);
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

ScreenMatch Screener::Compare(const ScreenQuery& a, const ScreenQuery& b) const {
  const match::NormalizedName na = normalizer_->Normalize(a.name, match::SchemaFromString(a.schema));
  const match::NormalizedName nb = normalizer_->Normalize(b.name, match::SchemaFromString(b.schema));
  const match::NameScore ns =
      match::ScoreNames(na, nb, &index_->stats(), {a.schema == "Person" || b.schema == "Person"});
  std::vector<std::string> dates, countries;
  if (!b.birth_date.empty()) dates.push_back(b.birth_date);
  if (!b.country.empty()) countries.push_back(b.country);
  const Compat c = Compatibility(a.schema, a.birth_date, a.country, b.schema, dates, countries);
  ScreenMatch m;
  m.name = b.name;
  m.schema = b.schema;
  m.score = std::min(1.0, ns.score * c.factor + c.bonus);
  m.explanation = ns.explanation + c.note;
  return m;
}

size_t Screener::MemoryBytes() const {
  size_t bytes = index_->MemoryBytes() + owner_.capacity() * 4;
  for (const SanctionsEntry& e : entries_) {
    bytes += sizeof(e) + e.name.capacity();
    for (const auto& a : e.aliases) bytes += sizeof(a) + a.capacity();
  }
  return bytes;
}

std::vector<std::string> DefaultSanctionsPaths() {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(base::ProjectHome()) / ".." / "shared" / "data" / "sanctions";
  std::error_code ec;
  std::map<std::string, std::string> newest;  // list name -> folder (names sort by date)
  for (const auto& d : fs::directory_iterator(root, ec)) {
    if (!d.is_directory(ec)) continue;
    const std::string name = d.path().filename().string();
    const size_t us = name.rfind('_');
    const std::string list = us == std::string::npos ? name : name.substr(0, us);
    std::string& slot = newest[list];
    if (slot.empty() || fs::path(slot).filename().string() < name) slot = d.path().lexically_normal().string();
  }
  std::vector<std::string> out;
  for (const auto& [list, path] : newest) out.push_back(path);
  return out;
}

}  // namespace dossier::kb
