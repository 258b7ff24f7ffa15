// dossier compare [--sanctions PATH]... [--format json|text] PAIRS.jsonl
// Reads {"id"?, "a": {query}, "b": {query}} lines; writes {"id","score","match","explanation"}
// per pair, `match` being true when the score reaches the default screening threshold.
// The loaded lists only provide token statistics (rare names weigh more).
#include <cmath>
#include <fstream>
#include <iostream>

#include "apps/dossier/commands.h"
#include "apps/dossier/screen_support.h"
#include "base/strings.h"

namespace dossier::app {
namespace {

struct CompareFlags {
  std::vector<std::string> sanctions;
  std::string format = "json";
  std::string pairs;
};

int RunCompare(const CompareFlags& f) {
  auto screener = LoadScreener(f.sanctions, "compare");
  if (!screener) return 1;
  std::ifstream file;
  if (f.pairs != "-") {
    file.open(f.pairs);
    if (!file) {
      std::cerr << "dossier compare: " << f.pairs << ": cannot open\n";
      return 1;
    }
  }
  std::istream& in = f.pairs == "-" ? std::cin : file;
  std::string line;
  for (size_t line_no = 1; std::getline(in, line); ++line_no) {
    if (base::Trim(line).empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("a") || !j.contains("b") ||
        !j["a"].is_object() || !j["b"].is_object()) {
      std::cerr << "error: " << f.pairs << ":" << line_no << ": expected {\"a\":{...},\"b\":{...}}\n";
      continue;
    }
    const kb::ScreenMatch m = screener->Compare(QueryFromJson(j["a"]), QueryFromJson(j["b"]));
    const bool match = m.score >= screener->default_threshold();
    nlohmann::json id = j.contains("id") ? j["id"] : nlohmann::json(std::to_string(line_no));
    if (f.format == "text") {
      std::cout << (id.is_string() ? id.get<std::string>() : id.dump()) << "\t" << m.score << "\t"
                << (match ? "match" : "no match") << "\t" << m.explanation << "\n";
    } else {
      std::cout << nlohmann::ordered_json{{"id", id}, {"score", std::round(m.score * 10000) / 10000},
                                  {"match", match}, {"explanation", m.explanation}}.dump()
                << "\n";
    }
  }
  return 0;
}

}  // namespace

void AddCompareCommand(CLI::App& app) {
  auto flags = std::make_shared<CompareFlags>();
  CLI::App* cmd = app.add_subcommand("compare", "Score pairs of names (JSON Lines)");
  cmd->add_option("--sanctions", flags->sanctions, "lists that provide token statistics (default: shared lists)")
      ->allow_extra_args(false);
  cmd->add_option("--format", flags->format, "json (default) or text")->check(CLI::IsMember({"json", "text"}));
  cmd->add_option("pairs", flags->pairs, "JSON Lines file of pairs (- for stdin)")->required();
  cmd->callback([flags] { ExitCode() = RunCompare(*flags); });
}

}  // namespace dossier::app
