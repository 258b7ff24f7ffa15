// dossier eval plover [--gold FILE] [--items FILE] [--split dev|test|all] [--errors N]
//                     [--all-modalities] [--petrarch-dicts DIR] [--rules-only]
// Codes every news item named by a PLOVER gold file (by default
// data/eval/plover_wcep.tsv, items read from ../shared/data/news/wcep/events.jsonl)
// with the full annotation pipeline and scores the set of PLOVER event types
// coded per item against the gold set (extract/plover_gold.h). Events we code
// as negated or hypothetical do not count: the gold lists only events the text
// reports as happening, and an acting party's announced decisions, which
// count (--all-modalities counts them all). Prints per-type figures, with --errors N the first N
// items whose sets differ (id, gold, ours, the triggers and the text), and as
// the last line
//   PLOVER event types P 0.xxxx R 0.xxxx F1 0.xxxx (items N)
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "apps/dossier/commands.h"
#include "base/file.h"
#include "extract/plover_gold.h"
#include "pipeline/annotator.h"
#include "text/reader.h"

namespace dossier::app {
namespace {

struct EvalPloverFlags {
  std::string gold;
  std::string items;  // default: ../shared/data/news/wcep/events.jsonl beside the project
  std::string split = "all";
  std::string home;
  std::string petrarch_dicts;
  int errors = 0;
  bool all_modalities = false;
  bool rules_only = false;
};

// (An announced decision counts: the guide codes it as the act.)
bool CountsAsCoded(const pipeline::EventRecord& e) {
  return e.modality != "negated" && (e.modality != "hypothetical" || e.announced);
}

void PrintDifference(const extract::PloverGoldItem& item, const std::set<std::string>& coded,
                     const text::Document& doc, const pipeline::Annotation& a) {
  const auto join = [](const std::set<std::string>& s) {
    std::string out;
    for (const std::string& t : s) out += (out.empty() ? "" : ",") + t;
    return out.empty() ? std::string("NONE") : out;
  };
  std::cout << item.id << "  gold " << join(item.events) << "  ours " << join(coded) << "\n";
  for (const pipeline::EventRecord& e : a.events) {
    std::cout << "    " << e.event << " [" << e.trigger.Of(doc.text) << "] " << e.modality << "\n";
  }
  std::cout << "    " << doc.text << "\n";
}

int RunEvalPlover(const EvalPloverFlags& f) {
  const std::string home = f.home.empty() ? base::ProjectHome() : f.home;
  const std::string gold_path = f.gold.empty() ? home + "/data/eval/plover_wcep.tsv" : f.gold;
  const std::string items_path =
      f.items.empty() ? home + "/../shared/data/news/wcep/events.jsonl" : f.items;
  if (f.split != "dev" && f.split != "test" && f.split != "all") {
    std::cerr << "dossier eval plover: --split must be dev, test or all\n";
    return 2;
  }
  auto gold = extract::ReadPloverGold(gold_path);
  if (!gold.ok()) {
    std::cerr << "dossier eval plover: " << gold.status().message() << "\n";
    return 1;
  }
  std::map<std::string, const extract::PloverGoldItem*> wanted;
  for (const extract::PloverGoldItem& item : gold.value()) {
    if (f.split == "all" || item.split == f.split) wanted[item.id] = &item;
  }
  pipeline::AnnotatorOptions options;
  options.home = home;
  options.petrarch_dicts = f.petrarch_dicts;
  options.rules_only = f.rules_only;
  auto annotator = pipeline::Annotator::Create(options);
  if (!annotator.ok()) {
    std::cerr << "dossier eval plover: " << annotator.status().message() << "\n";
    return 1;
  }
  extract::PloverScore score;
  std::set<std::string> found;
  int errors_left = f.errors;
  auto status = text::ReadDocuments(
      items_path, text::ReadOptions{},
      [&](text::Document&& doc) {
        auto it = wanted.find(doc.id);
        if (it == wanted.end()) return;
        found.insert(doc.id);
        const pipeline::Annotation a = annotator.value()->Annotate(doc);
        std::set<std::string> coded;
        for (const pipeline::EventRecord& e : a.events) {
          if (f.all_modalities || CountsAsCoded(e)) coded.insert(e.event);
        }
        score.Add(it->second->events, coded);
        if (coded != it->second->events && errors_left > 0) {
          --errors_left;
          PrintDifference(*it->second, coded, doc, a);
        }
      },
      [](const std::string& message) { std::cerr << "dossier eval plover: " << message << "\n"; });
  if (!status.ok()) {
    std::cerr << "dossier eval plover: " << status.message() << "\n";
    return 1;
  }
  if (found.size() != wanted.size()) {
    std::cerr << "dossier eval plover: " << wanted.size() - found.size() << " of " << wanted.size()
              << " gold items are not in " << items_path << "\n";
    return 1;
  }
  std::printf("%-10s %5s %5s %5s %7s %7s %7s\n", "type", "tp", "fp", "fn", "P", "R", "F1");
  for (const auto& [type, c] : score.by_type) {
    std::printf("%-10s %5lld %5lld %5lld %7.4f %7.4f %7.4f\n", type.c_str(), (long long)c.tp,
                (long long)c.fp, (long long)c.fn, c.Precision(), c.Recall(), c.F1());
  }
  std::printf("items with exactly the gold set: %lld/%lld\n", (long long)score.items_exact,
              (long long)score.items);
  std::printf("PLOVER event types P %.4f R %.4f F1 %.4f (items %lld)\n", score.total.Precision(),
              score.total.Recall(), score.total.F1(), (long long)score.items);
  return 0;
}

}  // namespace

void AddEvalPloverCommand(CLI::App& eval) {
  auto flags = std::make_shared<EvalPloverFlags>();
  CLI::App* cmd = eval.add_subcommand("plover", "Score PLOVER event types on labelled news items");
  cmd->add_option("--gold", flags->gold, "Gold labels (default: data/eval/plover_wcep.tsv)");
  cmd->add_option("--items", flags->items,
                  "The news items as JSON Lines (default: ../shared/data/news/wcep/events.jsonl)");
  cmd->add_option("--split", flags->split, "dev, test or all")->capture_default_str();
  cmd->add_option("--home", flags->home, "Project home (data/, models/)");
  cmd->add_option("--petrarch-dicts", flags->petrarch_dicts,
                  "Also code with the PETRARCH dictionaries of this folder, as annotate does");
  cmd->add_option("--errors", flags->errors, "Print the first N items whose event types differ");
  cmd->add_flag("--all-modalities", flags->all_modalities,
                "Count negated and hypothetical events too");
  cmd->add_flag("--rules-only", flags->rules_only,
                "Code with the rules alone, without the trained type model (models/events.model)");
  cmd->callback([flags] { ExitCode() = RunEvalPlover(*flags); });
}

}  // namespace dossier::app
