// Screener: fuzzy screening of names against loaded sanctions lists.
//
// Load() reads every list (files or folders, see sanctions_entry.h), normalises
// each primary name and alias once, and builds an immutable match::NameIndex.
// Screen() normalises the query, takes the index's candidates, scores each with
// match::ScoreNames, adjusts for schema, birth date and country, keeps the best
// name per listed entry and returns the entries at or above the threshold,
// best first, each with an explanation of its score.
//
// Example (what the pipeline does for each entity):
//   DOSSIER_ASSIGN_OR_RETURN(auto screener, kb::Screener::Load({"../shared/data/sanctions"}));
//   for (const kb::ScreenMatch& m : screener->Screen({"KOMID", "Organization", "", ""},
//                                                    screener->default_threshold(), 5))
//     std::cout << m.list << " " << m.ref << " " << m.score << " " << m.explanation << "\n";
//
// Errors: Load fails when a path is missing or unreadable, a file's format is
// unknown, an XML file does not parse, or the data/match tables are missing.
// Bad rows are skipped and listed in warnings(). Screen() never fails: an
// empty or unreadable query returns no matches; a malformed birth date is ignored.
// Thread-safety: a loaded Screener is immutable; Screen() and Compare() are
// const and may be called from many threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "kb/sanctions_entry.h"
#include "match/name_index.h"
#include "match/normalizer.h"

namespace dossier::kb {

struct ScreenQuery {
  std::string name;
  std::string schema;      // FollowTheMoney schema or empty
  std::string birth_date;  // YYYY or YYYY-MM-DD or empty
  std::string country;     // ISO alpha-3, a country name, or empty
};

struct ScreenMatch {
  std::string list, ref, name, schema;
  std::vector<std::string> programs;
  double score = 0;
  std::string explanation;
};

// A tie between two listed parties: (subject ref, predicate, object ref) in one
// list. `object_ref` is empty when the tied name is not itself on the list.
struct ListTie {
  std::string list;
  std::string subject_ref;
  std::string predicate;  // "linked_to"
  std::string object_ref;
  std::string object_name;
};

class Screener {
 public:
  // `tables_dir` defaults to match::NameTables::DefaultDir().
  static base::Result<std::unique_ptr<Screener>> Load(const std::vector<std::string>& paths,
                                                      const std::string& tables_dir = "");
  static base::Result<std::unique_ptr<Screener>> FromEntries(std::vector<SanctionsEntry> entries,
                                                             const std::string& tables_dir = "");

  std::vector<ScreenMatch> Screen(const ScreenQuery& q, double threshold, size_t limit) const;

  // Scores one query against another (dossier compare), with this screener's
  // token statistics; `list`/`ref` of the result are empty.
  ScreenMatch Compare(const ScreenQuery& a, const ScreenQuery& b) const;

  double default_threshold() const { return kDefaultThreshold; }
  const std::vector<ListTie>& ties() const { return ties_; }
  const std::vector<SanctionsEntry>& entries() const { return entries_; }
  const std::vector<std::string>& warnings() const { return warnings_; }
  size_t name_count() const { return index_->size(); }
  size_t MemoryBytes() const;
  const match::Normalizer& normalizer() const { return *normalizer_; }

  static constexpr double kDefaultThreshold = 0.80;

 private:
  Screener() = default;
  void ResolveTies();

  std::vector<SanctionsEntry> entries_;
  std::vector<uint32_t> owner_;  // index name id -> entry index
  std::unique_ptr<match::Normalizer> normalizer_;
  std::unique_ptr<match::NameIndex> index_;
  std::vector<ListTie> ties_;
  std::vector<std::string> warnings_;
};

// The newest snapshot of each list under <project home>/../shared/data/sanctions
// (folders named NAME_YYYY-MM-DD; the latest date per NAME), or empty when
// that folder does not exist.
std::vector<std::string> DefaultSanctionsPaths();

}  // namespace dossier::kb
