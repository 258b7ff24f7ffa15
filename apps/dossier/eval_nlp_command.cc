// `dossier eval pos|parse|ner`: scores the trained models on gold files. The
// last line of output is machine-readable:
//   eval pos   --conllu FILE  ->  UPOS 0.xxxx
//   eval parse --conllu FILE  ->  UAS 0.xxxx LAS 0.xxxx
//   eval ner   --iob2 FILE    ->  NER F1 0.xxxx P 0.xxxx R 0.xxxx
#include <cstdio>
#include <iostream>
#include <string>

#include "apps/dossier/commands.h"
#include "base/file.h"
#include "nlp/train/train_pos.h"

namespace dossier::app {
namespace {

struct EvalFlags {
  std::string file;
  std::string models;
};

std::string ModelPath(const EvalFlags& f, const std::string& name) {
  return (f.models.empty() ? base::ProjectHome() + "/models" : f.models) + "/" + name;
}

int Report(const base::Status& s) {
  if (!s.ok()) {
    std::cerr << "dossier eval: " << s.ToString() << "\n";
    return 1;
  }
  return 0;
}

base::Status EvalPos(const EvalFlags& f) {
  DOSSIER_ASSIGN_OR_RETURN(auto tagger, nlp::PosTagger::Load(ModelPath(f, "pos.model")));
  DOSSIER_ASSIGN_OR_RETURN(auto data, nlp::train::ReadConllu(f.file));
  auto score = nlp::train::EvaluatePos(*tagger, data);
  std::printf("tokens %zu\nLEMMA %.4f\nUPOS %.4f\n", score.tokens, score.lemma(), score.upos());
  return base::Status::Ok();
}

}  // namespace

void AddEvalNlpCommands(CLI::App& eval) {
  static EvalFlags flags;
  auto* pos = eval.add_subcommand("pos", "UPOS accuracy of models/pos.model on a CoNLL-U file");
  pos->add_option("--conllu", flags.file, "gold CoNLL-U file")->required();
  pos->add_option("--models", flags.models, "models folder (default <home>/models)");
  pos->callback([] { ExitCode() = Report(EvalPos(flags)); });
}

}  // namespace dossier::app
