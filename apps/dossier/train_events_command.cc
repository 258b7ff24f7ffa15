// `dossier train events`: trains the event type model (extract/event_type_model.h)
// on the labelled news items of a PLOVER gold file — by default the development
// split of data/eval/plover_wcep.tsv, the test split held out — with the rule
// coder's events as features, and writes models/events.model. Deterministic.
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "apps/dossier/commands.h"
#include "base/file.h"
#include "extract/plover_gold.h"
#include "extract/train/event_type_trainer.h"
#include "pipeline/annotator.h"
#include "text/reader.h"

namespace dossier::app {
namespace {

struct TrainEventsFlags {
  std::string gold, items, out, home;
  std::string split = "dev";
  extract::train::EventTypeTrainOptions options;
};

base::Status TrainEvents(const TrainEventsFlags& f) {
  const std::string home = f.home.empty() ? base::ProjectHome() : f.home;
  const std::string gold_path = f.gold.empty() ? home + "/data/eval/plover_wcep.tsv" : f.gold;
  const std::string items_path =
      f.items.empty() ? home + "/../shared/data/news/wcep/events.jsonl" : f.items;
  const std::string out = f.out.empty() ? home + "/models/events.model" : f.out;
  if (f.split != "dev" && f.split != "test" && f.split != "all") {
    return base::Status::InvalidArgument("--split must be dev, test or all");
  }
  DOSSIER_ASSIGN_OR_RETURN(auto gold, extract::ReadPloverGold(gold_path));
  std::map<std::string, const extract::PloverGoldItem*> wanted;
  for (const extract::PloverGoldItem& item : gold) {
    if (f.split == "all" || item.split == f.split) wanted[item.id] = &item;
  }
  pipeline::AnnotatorOptions options;
  options.home = home;
  options.rules_only = true;
  DOSSIER_ASSIGN_OR_RETURN(auto annotator, pipeline::Annotator::Create(options));
  // Examples in the gold file's order, whatever the order of the items file.
  std::map<std::string, extract::train::EventTypeExample> by_id;
  base::Status read = text::ReadDocuments(
      items_path, text::ReadOptions{},
      [&](text::Document&& doc) {
        auto it = wanted.find(doc.id);
        if (it == wanted.end()) return;
        extract::TypeTrainingData data = annotator->TypeTraining(doc);
        extract::train::EventTypeExample& x = by_id[doc.id];
        x.bag = std::move(data.bag);
        x.rule_cameos = std::move(data.rule_cameos);
        x.gold = extract::train::GoldMask({it->second->events.begin(), it->second->events.end()});
      },
      [](const std::string& message) { std::cerr << "dossier train events: " << message << "\n"; });
  DOSSIER_RETURN_IF_ERROR(read);
  if (by_id.size() != wanted.size()) {
    return base::Status::NotFound(std::to_string(wanted.size() - by_id.size()) + " of " +
                                  std::to_string(wanted.size()) + " gold items are not in " + items_path);
  }
  std::vector<extract::train::EventTypeExample> examples;
  for (const extract::PloverGoldItem& item : gold) {
    if (auto it = by_id.find(item.id); it != by_id.end()) examples.push_back(std::move(it->second));
  }
  if (examples.empty()) return base::Status::InvalidArgument("no gold items in split " + f.split);
  const std::string bytes = extract::train::TrainEventTypeModel(examples, f.options);
  DOSSIER_RETURN_IF_ERROR(base::WriteFileAtomic(out, bytes));
  std::cerr << "events: " << examples.size() << " items (" << f.split << "), wrote " << out << " ("
            << bytes.size() << " bytes)\n";
  return base::Status::Ok();
}

}  // namespace

void AddTrainEventsCommand(CLI::App& train) {
  auto f = std::make_shared<TrainEventsFlags>();
  auto* cmd = train.add_subcommand(
      "events", "Train the event type model on labelled news items (rule events as features)");
  cmd->add_option("--gold", f->gold, "PLOVER gold labels (default: data/eval/plover_wcep.tsv)");
  cmd->add_option("--items", f->items,
                  "The news items as JSON Lines (default: ../shared/data/news/wcep/events.jsonl)");
  cmd->add_option("--split", f->split, "dev, test or all")->capture_default_str();
  cmd->add_option("--home", f->home, "Project home (data/, models/)");
  cmd->add_option("--out", f->out, "Model file (default: models/events.model)");
  cmd->add_option("--epochs", f->options.epochs, "passes over the items")->capture_default_str();
  cmd->add_option("--learning-rate", f->options.learning_rate, "SGD step")->capture_default_str();
  cmd->add_option("--l2", f->options.l2, "L2 penalty per update")->capture_default_str();
  cmd->add_option("--min-count", f->options.min_count, "items a feature must occur in")
      ->capture_default_str();
  cmd->add_option("--threshold", f->options.threshold,
                  "probability from which the coder adds an event the rules missed")
      ->capture_default_str();
  cmd->callback([f] {
    const base::Status s = TrainEvents(*f);
    if (!s.ok()) std::cerr << "dossier train events: " << s.ToString() << "\n";
    ExitCode() = s.ok() ? 0 : 1;
  });
}

}  // namespace dossier::app
