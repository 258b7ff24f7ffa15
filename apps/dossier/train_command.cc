// `dossier train pos|ner|parse`: trains a model from the shared corpora and
// writes its model file (deterministic: fixed seeds, fixed corpus order).
#include <iostream>
#include <string>

#include "apps/dossier/commands.h"
#include "base/file.h"
#include "nlp/train/train_pos.h"

namespace dossier::app {
namespace {

struct TrainFlags {
  std::string out;
  std::string shared;
  int epochs = 0;
  size_t max_sentences = 0;
};

std::string SharedDir(const TrainFlags& f) {
  return f.shared.empty() ? base::ProjectHome() + "/../shared" : f.shared;
}

int Finish(const base::Status& s) {
  if (!s.ok()) {
    std::cerr << "dossier train: " << s.ToString() << "\n";
    return 1;
  }
  return 0;
}

base::Status TrainPos(const TrainFlags& f) {
  DOSSIER_ASSIGN_OR_RETURN(auto data, nlp::train::LoadTreebankTrain(SharedDir(f)));
  nlp::train::PosTrainOptions o;
  if (f.epochs > 0) o.epochs = f.epochs;
  o.max_sentences = f.max_sentences;
  std::cerr << "pos: " << data.size() << " training sentences\n";
  std::string bytes = nlp::train::TrainPos(data, o, std::cerr);
  std::string out = f.out.empty() ? base::ProjectHome() + "/models/pos.model" : f.out;
  DOSSIER_RETURN_IF_ERROR(base::WriteFileAtomic(out, bytes));
  std::cerr << "wrote " << out << " (" << bytes.size() << " bytes)\n";
  return base::Status::Ok();
}

void AddFlags(CLI::App* c, TrainFlags* f) {
  c->add_option("--out", f->out, "model file to write (default models/<name>.model)");
  c->add_option("--shared", f->shared, "shared data folder (default <home>/../shared)");
  c->add_option("--epochs", f->epochs, "training epochs (default per model)");
  c->add_option("--max-sentences", f->max_sentences, "subsample the training data (0 = all)");
}

}  // namespace

void AddTrainCommand(CLI::App& app) {
  auto* train = app.add_subcommand("train", "Train the NLP models (pos, ner, parse)");
  train->require_subcommand(1);
  static TrainFlags flags;
  auto* pos = train->add_subcommand("pos", "Train the UPOS tagger and lemmatiser");
  AddFlags(pos, &flags);
  pos->callback([] { ExitCode() = Finish(TrainPos(flags)); });
}

}  // namespace dossier::app
