// dossier eval match --cases cases.csv [--threshold X] [--sweep] [--errors N]
//                    [--senzing DIR] [--sanctions PATH]...
// Scores the labelled name pairs of the nomenklatura name benchmark
// (case_group,schema,name1,name2,is_match,...) and prints precision, recall and
// F1 at the threshold; the last line is
//   MATCH F1 0.xxxx P 0.xxxx R 0.xxxx threshold 0.xx
// --senzing DIR also reports pairwise P/R over the Senzing truth-set records.
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "apps/dossier/commands.h"
#include "apps/dossier/screen_support.h"
#include "base/file.h"
#include "base/strings.h"
#include "kb/sanctions_csv.h"

namespace dossier::app {
namespace {

struct EvalMatchFlags {
  std::string cases;
  std::string senzing;
  std::vector<std::string> sanctions;
  double threshold = -1;
  bool sweep = false;
  int errors = 0;
};

struct Pair {
  kb::ScreenQuery a, b;
  bool truth = false;
  double score = 0;
  std::string explanation;
};

struct Prf {
  double p = 0, r = 0, f1 = 0;
};

Prf Measure(const std::vector<Pair>& pairs, double threshold) {
  double tp = 0, fp = 0, fn = 0;
  for (const Pair& x : pairs) {
    const bool predicted = x.score >= threshold;
    tp += predicted && x.truth;
    fp += predicted && !x.truth;
    fn += !predicted && x.truth;
  }
  Prf m;
  m.p = tp + fp > 0 ? tp / (tp + fp) : 0;
  m.r = tp + fn > 0 ? tp / (tp + fn) : 0;
  m.f1 = m.p + m.r > 0 ? 2 * m.p * m.r / (m.p + m.r) : 0;
  return m;
}

bool ReadCases(const std::string& path, std::vector<Pair>* pairs) {
  auto text = base::ReadFile(path);
  if (!text.ok()) {
    std::cerr << "dossier eval match: " << text.status().message() << "\n";
    return false;
  }
  kb::CsvReader reader(*text);
  std::vector<std::string> f;
  bool header = true;
  while (reader.Next(&f)) {
    if (header) {
      header = false;
      continue;
    }
    if (f.size() < 5) {
      std::cerr << "warning: " << path << ":" << reader.line() << ": short row skipped\n";
      continue;
    }
    Pair p;
    p.a = {f[2], f[1], "", ""};
    p.b = {f[3], f[1], "", ""};
    p.truth = f[4] == "true";
    pairs->push_back(std::move(p));
  }
  return true;
}

// Senzing records -> (cluster, query); pairwise P/R over all record pairs.
void Senzing(const kb::Screener& s, const std::string& dir, double threshold) {
  std::map<std::string, std::string> cluster;  // SOURCE/RECORD -> cluster id
  auto key_text = base::ReadFile(dir + "/actual_truthset_key.csv");
  if (!key_text.ok()) {
    std::cerr << "dossier eval match: " << key_text.status().message() << "\n";
    return;
  }
  kb::CsvReader reader(*key_text);
  std::vector<std::string> f;
  while (reader.Next(&f)) {
    if (f.size() >= 4) cluster[f[2] + "/" + f[3]] = f[1];
  }
  std::vector<std::pair<std::string, kb::ScreenQuery>> records;
  for (const char* file : {"customers.jsonl", "watchlist.jsonl", "reference.jsonl"}) {
    std::ifstream in(dir + "/" + file);
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("FEATURES")) continue;
      kb::ScreenQuery q;
      std::string first, last;
      for (const auto& feat : j["FEATURES"]) {
        if (feat.contains("RECORD_TYPE")) q.schema = feat["RECORD_TYPE"] == "PERSON" ? "Person" : "Organization";
        if (feat.contains("NAME_FULL") && q.name.empty()) q.name = feat["NAME_FULL"];
        if (feat.contains("NAME_ORG") && q.name.empty()) q.name = feat["NAME_ORG"];
        if (feat.contains("NAME_LAST") && last.empty()) {
          last = feat["NAME_LAST"];
          first = feat.value("NAME_FIRST", "");
        }
        if (feat.contains("DATE_OF_BIRTH") && q.birth_date.empty()) {
          // M/D/YYYY or YYYY-MM-DD; only the year is reliable across sources.
          std::string d = feat["DATE_OF_BIRTH"];
          const size_t slash = d.rfind('/');
          q.birth_date = slash != std::string::npos ? d.substr(slash + 1) : d.substr(0, 4);
        }
      }
      if (q.name.empty()) q.name = first + " " + last;
      const std::string id = j.value("DATA_SOURCE", "") + "/" + j.value("RECORD_ID", "");
      if (cluster.count(id)) records.emplace_back(cluster[id], q);
    }
  }
  std::vector<Pair> pairs;
  for (size_t i = 0; i < records.size(); ++i) {
    for (size_t k = i + 1; k < records.size(); ++k) {
      Pair p;
      p.truth = records[i].first == records[k].first;
      p.score = std::max(s.Compare(records[i].second, records[k].second).score,
                         s.Compare(records[k].second, records[i].second).score);
      pairs.push_back(std::move(p));
    }
  }
  const Prf m = Measure(pairs, threshold);
  std::cout << "SENZING records " << records.size() << " pairs " << pairs.size() << " P " << std::fixed
            << std::setprecision(4) << m.p << " R " << m.r << " F1 " << m.f1 << "\n";
}

int RunEvalMatch(const EvalMatchFlags& f) {
  auto screener = LoadScreener(f.sanctions, "eval match");
  if (!screener) return 1;
  std::vector<Pair> pairs;
  if (!ReadCases(f.cases, &pairs)) return 1;
  for (Pair& p : pairs) {
    const kb::ScreenMatch m = screener->Compare(p.a, p.b);
    p.score = m.score;
    p.explanation = m.explanation;
  }
  const double threshold = f.threshold >= 0 ? f.threshold : screener->default_threshold();
  std::cout << std::fixed << std::setprecision(4);
  if (f.sweep) {
    for (int t = 50; t <= 95; t += 5) {
      const Prf m = Measure(pairs, t / 100.0);
      std::cout << "threshold " << t / 100.0 << " F1 " << m.f1 << " P " << m.p << " R " << m.r << "\n";
    }
  }
  int shown = 0;
  for (const Pair& p : pairs) {
    if (shown >= f.errors) break;
    if ((p.score >= threshold) == p.truth) continue;
    ++shown;
    std::cout << (p.truth ? "FN " : "FP ") << p.score << "  " << p.a.name << " | " << p.b.name << "  ("
              << p.explanation << ")\n";
  }
  if (!f.senzing.empty()) Senzing(*screener, f.senzing, threshold);
  const Prf m = Measure(pairs, threshold);
  std::cout << "pairs " << pairs.size() << "\n";
  std::cout << "MATCH F1 " << m.f1 << " P " << m.p << " R " << m.r << " threshold " << std::setprecision(2)
            << threshold << "\n";
  return 0;
}

CLI::App* EvalCommand(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App* a) { return a->get_name() == "eval"; })) return sub;
  CLI::App* eval = app.add_subcommand("eval", "Evaluate a component against a benchmark");
  eval->require_subcommand(1);
  return eval;
}

}  // namespace

void AddEvalMatchCommand(CLI::App& app) {
  auto flags = std::make_shared<EvalMatchFlags>();
  CLI::App* cmd = EvalCommand(app)->add_subcommand("match", "Name matching: P/R/F1 on labelled pairs");
  cmd->add_option("--cases", flags->cases, "cases.csv of the nomenklatura name benchmark")->required();
  cmd->add_option("--senzing", flags->senzing, "Senzing truth-set folder for pairwise P/R");
  cmd->add_option("--sanctions", flags->sanctions, "lists that provide token statistics (default: shared lists)")
      ->allow_extra_args(false);
  cmd->add_option("--threshold", flags->threshold, "decision threshold (default: the screener's)");
  cmd->add_flag("--sweep", flags->sweep, "also print P/R/F1 for thresholds 0.50..0.95");
  cmd->add_option("--errors", flags->errors, "print up to N misclassified pairs");
  cmd->callback([flags] { ExitCode() = RunEvalMatch(*flags); });
}

}  // namespace dossier::app
