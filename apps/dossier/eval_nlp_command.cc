// `dossier eval pos|parse|ner`: scores the trained models on gold files. The
// last line of output is machine-readable:
//   eval pos   --conllu FILE  ->  UPOS 0.xxxx
//   eval parse --conllu FILE  ->  UAS 0.xxxx LAS 0.xxxx
//   eval ner   --iob2 FILE    ->  NER F1 0.xxxx P 0.xxxx R 0.xxxx
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "apps/dossier/commands.h"
#include "base/file.h"
#include "nlp/train/gazetteer_sources.h"
#include "nlp/train/news_ner.h"
#include "nlp/train/train_ner.h"
#include "nlp/train/train_parse.h"
#include "nlp/train/train_pos.h"

namespace dossier::app {
namespace {

struct EvalFlags {
  std::string file;
  std::string models;
  std::string errors;
  std::string predictions;
  std::string gum_split;
  std::string news_split;
  std::string news_labels;
  std::string gum_gold_split;
  std::string gum_gold_labels;
  std::string ungdc_gold_split;
  std::string ungdc_gold_labels;
  std::string shared;
  int beam = 0;  // parse: 0 = the width the model was trained with
  bool no_predicate_repair = false;  // parse: the tagger's first reading only
  bool no_document_pass = false;     // ner: each sentence's spans as the tagger found them
  bool states_as_loc = false;        // ner, our gold: states typed ORG (acting) scored as LOC
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

base::Status EvalNer(const EvalFlags& f) {
  DOSSIER_ASSIGN_OR_RETURN(auto pos, nlp::PosTagger::Load(ModelPath(f, "pos.model")));
  DOSSIER_ASSIGN_OR_RETURN(auto ner, nlp::NerTagger::Load(ModelPath(f, "ner.model")));
  std::vector<nlp::train::NerSentence> data;
  const std::string shared = f.shared.empty() ? base::ProjectHome() + "/../shared" : f.shared;
  std::unordered_set<std::string> states;
  if (f.states_as_loc) {
    DOSSIER_ASSIGN_OR_RETURN(states, nlp::train::StateNames(base::ProjectHome() + "/data/kb"));
  }
  const std::unordered_set<std::string>* as_loc = f.states_as_loc ? &states : nullptr;
  // Our gold (nlp/train/news_ner.h): the labels file given, or the project's.
  auto labels = [](const std::string& given, const char* file) {
    return given.empty() ? base::ProjectHome() + "/data/eval/" + file : given;
  };
  if (!f.ungdc_gold_split.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(data, nlp::train::ReadSliceNer(labels(f.ungdc_gold_labels, "ner_ungdc.tsv"),
                                                            shared + "/data/news/ungdc/ungdc.jsonl.zst",
                                                            f.ungdc_gold_split, as_loc));
  } else if (!f.gum_gold_split.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(data, nlp::train::ReadGumNer(labels(f.gum_gold_labels, "ner_gum.tsv"),
                                                          shared + "/data/corpora/gum", f.gum_gold_split, as_loc));
  } else if (!f.news_split.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(data, nlp::train::ReadNewsNer(labels(f.news_labels, "ner_wcep.tsv"),
                                                           shared + "/data/news/wcep/events.jsonl", f.news_split,
                                                           as_loc));
  } else if (!f.gum_split.empty()) {
    // GUM named person/organization/place mentions of one split (see ReadConllu).
    DOSSIER_ASSIGN_OR_RETURN(auto files,
                             nlp::train::GumFiles(shared + "/data/corpora/gum", f.gum_split));
    for (size_t d = 0; d < files.size(); ++d) {
      DOSSIER_ASSIGN_OR_RETURN(auto doc, nlp::train::ReadConllu(files[d], true));
      for (auto& s : doc) {
        data.push_back({std::move(s.words), std::move(s.ner)});
        data.back().doc = static_cast<int>(d);
      }
    }
  } else {
    DOSSIER_ASSIGN_OR_RETURN(data, nlp::train::ReadIob(f.file));
  }
  std::ofstream errors;
  if (!f.errors.empty()) {
    errors.open(f.errors);
    if (!errors) return base::Status::IoError(f.errors + ": cannot write");
  }
  std::ofstream predictions;
  if (!f.predictions.empty()) {
    predictions.open(f.predictions);
    if (!predictions) return base::Status::IoError(f.predictions + ": cannot write");
  }
  auto s = nlp::train::EvaluateNer(*pos, *ner, data, !f.no_document_pass,
                                   f.errors.empty() ? nullptr : &errors,
                                   f.predictions.empty() ? nullptr : &predictions);
  std::printf("gold %zu predicted %zu correct %zu\n", s.gold, s.predicted, s.correct);
  std::printf("NER F1 %.4f P %.4f R %.4f\n", s.f1(), s.precision(), s.recall());
  return base::Status::Ok();
}

base::Status EvalParse(const EvalFlags& f) {
  DOSSIER_ASSIGN_OR_RETURN(auto pos, nlp::PosTagger::Load(ModelPath(f, "pos.model")));
  DOSSIER_ASSIGN_OR_RETURN(auto parser, nlp::Parser::Load(ModelPath(f, "parse.model")));
  DOSSIER_ASSIGN_OR_RETURN(auto data, nlp::train::ReadConllu(f.file));
  // As the pipeline parses (a second reading of verbless parses) unless an
  // experiment asks for a different beam or for the plain tagger's tags.
  const nlp::PredicateRepair repair(*pos, *parser);
  const bool repaired = f.beam == 0 && !f.no_predicate_repair;
  auto s = nlp::train::EvaluateParser(*pos, *parser, data, f.beam, repaired ? &repair : nullptr);
  std::printf("tokens %zu (predicted POS, punctuation included, beam %d%s) UPOS %.4f\n", s.tokens,
              f.beam > 0 ? f.beam : parser->beam(), repaired ? ", predicate repair" : "", s.Upos());
  std::printf("UAS %.4f LAS %.4f\n", s.Uas(), s.Las());
  return base::Status::Ok();
}

}  // namespace

void AddEvalNlpCommands(CLI::App& eval) {
  static EvalFlags flags;
  auto* pos = eval.add_subcommand("pos", "UPOS accuracy of models/pos.model on a CoNLL-U file");
  pos->add_option("--conllu", flags.file, "gold CoNLL-U file")->required();
  pos->add_option("--models", flags.models, "models folder (default <home>/models)");
  pos->callback([] { ExitCode() = Report(EvalPos(flags)); });
  auto* parse = eval.add_subcommand("parse", "UAS/LAS of models/parse.model on a CoNLL-U file");
  parse->add_option("--conllu", flags.file, "gold CoNLL-U file")->required();
  parse->add_option("--models", flags.models, "models folder (default <home>/models)");
  parse->add_option("--beam", flags.beam,
                    "decode with this beam width instead of the model's own (experiments)")
      ->check(CLI::Range(1, nlp::Parser::kMaxBeam));
  parse->add_flag("--no-predicate-repair", flags.no_predicate_repair,
                  "keep the tagger's first reading of sentences parsed without a verbal predicate");
  parse->callback([] { ExitCode() = Report(EvalParse(flags)); });
  auto* ner = eval.add_subcommand("ner", "Span F1 of models/ner.model on a UNER .iob2 file");
  auto* iob2 = ner->add_option("--iob2", flags.file, "gold IOB2 file (UNER columns or word<TAB>tag)");
  ner->add_option("--gum", flags.gum_split,
                  "score on GUM named mentions of this split (train, dev, test) instead")
      ->excludes(iob2);
  ner->add_option("--news", flags.news_split,
                  "score on our news gold (data/eval/ner_wcep.tsv over WCEP items) of this split "
                  "(train, test, all) instead")
      ->excludes(iob2);
  ner->add_option("--news-labels", flags.news_labels, "news gold labels file (default data/eval/ner_wcep.tsv)");
  ner->add_option("--gum-gold", flags.gum_gold_split,
                  "score on our UNER-convention labels of GUM sentences (data/eval/ner_gum.tsv) of this split "
                  "(train, dev, test, all) instead")
      ->excludes(iob2);
  ner->add_option("--gum-gold-labels", flags.gum_gold_labels, "GUM gold labels file (default data/eval/ner_gum.tsv)");
  ner->add_option("--ungdc-gold", flags.ungdc_gold_split,
                  "score on our labels of UN General Debate sentences (data/eval/ner_ungdc.tsv) of this split "
                  "(train, test, all) instead")
      ->excludes(iob2);
  ner->add_option("--ungdc-gold-labels", flags.ungdc_gold_labels,
                  "UN General Debate gold labels file (default data/eval/ner_ungdc.tsv)");
  ner->add_flag("--states-as-loc", flags.states_as_loc,
                "score states our gold (--news, --gum-gold, --ungdc-gold) types ORG (acting) as LOC, the convention the tagger "
                "is trained on");
  ner->add_option("--shared", flags.shared, "shared data folder (default <home>/../shared)");
  ner->add_option("--models", flags.models, "models folder (default <home>/models)");
  ner->add_option("--errors", flags.errors, "write the sentences with wrong spans to this file");
  ner->add_flag("--no-document-pass", flags.no_document_pass,
                "score the tagger's spans without the document pass (nlp/document_names.h)");
  ner->add_option("--predictions", flags.predictions,
                  "write every word with its gold and predicted IOB2 tag to this file");
  ner->callback([] {
    ExitCode() = flags.file.empty() && flags.gum_split.empty() && flags.news_split.empty() &&
                         flags.gum_gold_split.empty() && flags.ungdc_gold_split.empty()
                     ? Report(base::Status::InvalidArgument(
                           "eval ner needs --iob2, --gum, --gum-gold, --ungdc-gold or --news"))
                     : Report(EvalNer(flags));
  });
}

}  // namespace dossier::app
