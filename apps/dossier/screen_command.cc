// dossier screen [--sanctions PATH]... [--threshold X] [--limit K] [--format json|text] QUERY...
// Each QUERY is a name, or a .jsonl file of {"id","name","schema"?,"birth_date"?,"country"?}
// lines. Writes one record per query (ANNOTATION_FORMAT.md, "The screening record").
#include <fstream>
#include <iomanip>
#include <iostream>

#include "apps/dossier/commands.h"
#include "apps/dossier/screen_support.h"
#include "base/file.h"
#include "base/strings.h"

namespace dossier::app {
namespace {

struct ScreenFlags {
  std::vector<std::string> sanctions;
  double threshold = -1;
  size_t limit = 10;
  std::string format = "json";
  std::vector<std::string> queries;
};

void Emit(const kb::Screener& s, const ScreenFlags& f, const std::string& id, const kb::ScreenQuery& q) {
  const double threshold = f.threshold >= 0 ? f.threshold : s.default_threshold();
  const std::vector<kb::ScreenMatch> ms = s.Screen(q, threshold, f.limit);
  if (f.format == "text") {
    std::cout << id << "\t" << q.name << "\t" << ms.size() << " match" << (ms.size() == 1 ? "" : "es") << "\n";
    for (const kb::ScreenMatch& m : ms) {
      std::cout << "  " << std::fixed << std::setprecision(3) << m.score << "  " << m.list << " " << m.ref
                << "  " << m.name << "  [" << base::Join(m.programs, ", ") << "]\n    " << m.explanation << "\n";
    }
    return;
  }
  nlohmann::ordered_json out = {{"id", id}, {"matches", nlohmann::ordered_json::array()}};
  for (const kb::ScreenMatch& m : ms) out["matches"].push_back(MatchToJson(m));
  std::cout << out.dump() << "\n";
}

// Returns false when the file could not be read; bad lines are reported and skipped.
bool ScreenFile(const kb::Screener& s, const ScreenFlags& f, const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "dossier screen: " << path << ": cannot open\n";
    return false;
  }
  std::string line;
  for (size_t line_no = 1; std::getline(in, line); ++line_no) {
    if (base::Trim(line).empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      std::cerr << "error: " << path << ":" << line_no << ": not a JSON object\n";
      continue;
    }
    std::string id = j.contains("id") ? (j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump())
                                      : std::to_string(line_no);
    Emit(s, f, id, QueryFromJson(j));
  }
  return true;
}

int RunScreen(const ScreenFlags& f) {
  auto screener = LoadScreener(f.sanctions, "screen");
  if (!screener) return 1;
  bool ok = true;
  int n = 0;
  for (const std::string& q : f.queries) {
    if (base::HasSuffix(q, ".jsonl") || base::HasSuffix(q, ".json")) {
      ok &= ScreenFile(*screener, f, q);
    } else {
      Emit(*screener, f, "q" + std::to_string(++n), kb::ScreenQuery{q, "", "", ""});
    }
  }
  std::cout.flush();
  return ok ? 0 : 1;
}

}  // namespace

void AddScreenCommand(CLI::App& app) {
  auto flags = std::make_shared<ScreenFlags>();
  CLI::App* cmd = app.add_subcommand("screen", "Screen names against sanctions lists");
  cmd->add_option("--sanctions", flags->sanctions,
                  "sanctions list file or folder (repeatable; default: ../shared/data/sanctions)")
      ->allow_extra_args(false);
  cmd->add_option("--threshold", flags->threshold, "minimum score (default: the screener's)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--limit", flags->limit, "at most K matches per query");
  cmd->add_option("--format", flags->format, "json (default) or text")->check(CLI::IsMember({"json", "text"}));
  cmd->add_option("queries", flags->queries, "names, or .jsonl files of queries")->required();
  cmd->callback([flags] { ExitCode() = RunScreen(*flags); });
}

}  // namespace dossier::app
