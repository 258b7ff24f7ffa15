// `dossier train pos|ner|parse`: trains a model from the shared corpora and
// writes its model file (deterministic: fixed seeds, fixed corpus order).
#include <iostream>
#include <memory>
#include <string>

#include "apps/dossier/commands.h"
#include "base/file.h"
#include "nlp/train/augment.h"
#include "nlp/train/casing_sources.h"
#include "nlp/train/clusters.h"
#include "nlp/train/gazetteer_sources.h"
#include "nlp/train/train_ner.h"
#include "nlp/train/train_parse.h"
#include "nlp/train/train_pos.h"

namespace dossier::app {
namespace {

struct TrainFlags {
  std::string out;
  std::string shared;
  int epochs = 0;
  size_t max_sentences = 0;
  std::string pos_model;
  int jackknife = 5;
  std::string jackknife_cache;
  bool no_gum = false;
  bool parse_clusters = false;
  double explore = -1;  // parse: < 0 keeps ParseTrainOptions::explore
  int beam = 1;         // parse: beam width (1 = greedy training)
  int beam_labels = 0;
  bool beam_features = false;
  double max_model_mb = 0;  // parse: 0 keeps ParseTrainOptions::max_model_bytes
  bool early_update = false;
  bool snapshots = false;  // parse: also write <out>.ep<N> after every epoch
  int silver_folds = 0;
  int runs = 0;
  int threads = 1;  // ner / parse: runs trained side by side
  float silver_weight = 0.5f;
  std::vector<std::string> extra_iob;
  std::vector<std::string> silver_iob;
  float silver_iob_weight = 1.0f;
  std::string news_labels;
  bool no_news = false;
  bool state_roles = false;
  bool news_state_orgs = false;
  std::string gum_labels;
  bool no_gum_gold = false;
  std::string ewt_labels;
  bool no_ewt_corrections = false;
  float ewt_silver_disagree_weight = 0.5f;
  std::string ungdc_labels;
  bool no_ungdc_gold = false;
  float news_weight = 1.0f;
  std::string wikiann_split;
  size_t wikiann_sentences = 0;
  float wikiann_weight = 1.0f;
  int wikiann_min_lower = 0;
  float margin = 0;
  float lower_share = 0, lower_weight = 1.0f;
  bool no_gazetteer = false, clusters = false, no_uner = false, no_uner_dev = false, gum = false, wikiann = false;
  bool no_names_kb = false, no_casing = false, no_names_wikiann = false, names_gum = false;
  bool headline_tense = false;
  bool names_wikiann_all = false;
  bool clusters_exact = false;
  size_t casing_ungdc = 0;
};

// EWT + GUM train, with present-tense copies of past-tense sentences when
// --headline-tense (see nlp/train/augment.h).
base::Result<std::vector<nlp::train::TreebankSentence>> TreebankTrain(const TrainFlags& f,
                                                                      const std::string& shared) {
  DOSSIER_ASSIGN_OR_RETURN(auto data, nlp::train::LoadTreebankTrain(shared));
  if (f.headline_tense) {
    std::cerr << "headline present tense: " << nlp::train::AddHeadlineTense(&data)
              << " sentences copied\n";
  }
  return data;
}

std::string OutPath(const TrainFlags& f, const std::string& name) {
  return f.out.empty() ? base::ProjectHome() + "/models/" + name : f.out;
}

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
  DOSSIER_ASSIGN_OR_RETURN(auto data, TreebankTrain(f, SharedDir(f)));
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

base::Status TrainNer(const TrainFlags& f) {
  std::string pos_path = f.pos_model.empty() ? base::ProjectHome() + "/models/pos.model" : f.pos_model;
  DOSSIER_ASSIGN_OR_RETURN(auto pos, nlp::PosTagger::Load(pos_path));
  nlp::train::NerCorpusOptions c;
  c.uner = !f.no_uner;
  c.uner_dev = !f.no_uner_dev;
  c.gum = f.gum;
  c.wikiann = f.wikiann || f.wikiann_sentences > 0 || !f.wikiann_split.empty();
  if (!f.wikiann_split.empty()) c.wikiann_split = f.wikiann_split;
  c.wikiann_sentences = f.wikiann_sentences;
  c.wikiann_weight = f.wikiann_weight;
  c.wikiann_min_lower = f.wikiann_min_lower;
  if (!f.no_news) {
    c.news_labels = f.news_labels.empty() ? base::ProjectHome() + "/data/eval/ner_wcep.tsv" : f.news_labels;
  }
  c.news_weight = f.news_weight;
  if (!f.news_state_orgs) c.news_states_kb = base::ProjectHome() + "/data/kb";
  if (!f.no_ewt_corrections) {
    c.ewt_labels = f.ewt_labels.empty() ? base::ProjectHome() + "/data/eval/ner_ewt_train.tsv" : f.ewt_labels;
  }
  c.ewt_silver_disagree_weight = f.ewt_silver_disagree_weight;
  if (!f.no_ungdc_gold) {
    c.ungdc_labels = f.ungdc_labels.empty() ? base::ProjectHome() + "/data/eval/ner_ungdc.tsv" : f.ungdc_labels;
  }
  if (!f.no_gum_gold) {
    c.gum_labels = f.gum_labels.empty() ? base::ProjectHome() + "/data/eval/ner_gum.tsv" : f.gum_labels;
  }
  DOSSIER_ASSIGN_OR_RETURN(auto data, nlp::train::LoadNerTrain(SharedDir(f), c, &std::cerr));
  for (const auto& path : f.extra_iob) {
    DOSSIER_ASSIGN_OR_RETURN(auto extra, nlp::train::ReadIob(path));
    for (auto& s : extra) data.push_back(std::move(s));
  }
  for (const auto& path : f.silver_iob) {
    DOSSIER_ASSIGN_OR_RETURN(auto extra, nlp::train::ReadIob(path));
    for (auto& s : extra) {
      s.silver = true;
      s.weight = f.silver_iob_weight;
      data.push_back(std::move(s));
    }
  }
  nlp::train::NerTrainOptions o;
  if (f.epochs > 0) o.epochs = f.epochs;
  o.max_sentences = f.max_sentences;
  o.silver_folds = f.silver_folds;
  if (f.runs > 0) o.runs = f.runs;
  o.threads = f.threads;
  o.silver_disagree_weight = f.silver_weight;
  o.margin = f.margin;
  o.lower_share = f.lower_share;
  o.lower_weight = f.lower_weight;
  std::cerr << "ner: " << data.size() << " training sentences\n";
  nlp::Gazetteer gazetteer;
  if (!f.no_gazetteer) {
    nlp::train::NameListSources names;
    if (!f.no_names_kb) names.kb_dir = base::ProjectHome() + "/data/kb";
    names.wikiann = !f.no_names_wikiann;
    names.wikiann_all = f.names_wikiann_all;
    names.gum = f.names_gum;
    DOSSIER_ASSIGN_OR_RETURN(gazetteer, nlp::train::BuildGazetteer(SharedDir(f), names));
  }
  std::cerr << "gazetteer: " << gazetteer.size() << " phrases\n";
  nlp::WordClusters clusters;
  if (f.clusters || f.clusters_exact) {
    nlp::train::ClusterOptions co;
    if (f.clusters_exact) {  // the parser's sparse sqrt(count) contexts
      co.exact = true;
      co.contexts = 2000;
      co.fine = 512;
    }
    DOSSIER_ASSIGN_OR_RETURN(clusters, nlp::train::LearnClusters(SharedDir(f), co, std::cerr));
  }
  std::cerr << "clusters: " << clusters.size() << " words\n";
  nlp::WordCasing casing;
  if (!f.no_casing) {
    nlp::train::CasingOptions co;
    if (f.casing_ungdc > 0) co.ungdc_docs = f.casing_ungdc;
    DOSSIER_ASSIGN_OR_RETURN(casing, nlp::train::LearnCasing(SharedDir(f), co, std::cerr));
  }
  std::unique_ptr<nlp::StateRoles> roles;
  if (f.state_roles) {
    // Trained on our gold as written, where a state acting is ORG (state_roles.h).
    DOSSIER_ASSIGN_OR_RETURN(auto role_data, nlp::train::LoadStateRoleData(SharedDir(f), c));
    DOSSIER_ASSIGN_OR_RETURN(auto names, nlp::train::StateNames(base::ProjectHome() + "/data/kb"));
    roles = std::make_unique<nlp::StateRoles>(nlp::train::TrainStateRoles(
        role_data, *pos, std::vector<std::string>(names.begin(), names.end()), o.epochs, o.seed, std::cerr));
  }
  // The titles the tagger trims from person spans and the forms of address
  // that cue a name (name_titles.h).
  DOSSIER_ASSIGN_OR_RETURN(const nlp::NameTitles titles,
                           nlp::train::LoadNameTitles(base::ProjectHome() + "/data/link/cues.tsv",
                                                      base::ProjectHome() + "/data/match/honorifics.txt"));
  std::cerr << "titles: " << titles.size() << ", forms of address: " << titles.address_forms().size() << "\n";
  std::string bytes =
      nlp::train::TrainNer(data, *pos, gazetteer, clusters, casing, o, std::cerr, roles.get(), &titles);
  std::string out = OutPath(f, "ner.model");
  DOSSIER_RETURN_IF_ERROR(base::WriteFileAtomic(out, bytes));
  std::cerr << "wrote " << out << " (" << bytes.size() << " bytes)\n";
  return base::Status::Ok();
}

base::Status TrainParse(const TrainFlags& f) {
  std::string pos_path = f.pos_model.empty() ? base::ProjectHome() + "/models/pos.model" : f.pos_model;
  DOSSIER_ASSIGN_OR_RETURN(auto pos, nlp::PosTagger::Load(pos_path));
  DOSSIER_ASSIGN_OR_RETURN(auto data, TreebankTrain(f, SharedDir(f)));
  if (f.no_gum) {
    DOSSIER_ASSIGN_OR_RETURN(
        data, nlp::train::ReadConllu(SharedDir(f) + "/data/corpora/ud_english_ewt/en_ewt-ud-train.conllu"));
  }
  nlp::train::ParseTrainOptions o;
  if (f.epochs > 0) o.epochs = f.epochs;
  if (f.explore >= 0) o.explore = f.explore;
  o.beam = f.beam;
  o.beam_labels = f.beam_labels;
  o.beam_features = f.beam_features;
  if (f.runs > 0) o.runs = f.runs;
  o.threads = f.threads;
  if (f.max_model_mb > 0) o.max_model_bytes = static_cast<size_t>(f.max_model_mb * (1 << 20));
  o.early_update = f.early_update;
  o.max_sentences = f.max_sentences;
  std::string out = OutPath(f, "parse.model");
  if (f.snapshots) {
    o.on_epoch = [&out](int epoch, const std::string& bytes) {
      std::string path = out + ".ep" + std::to_string(epoch);
      auto st = base::WriteFileAtomic(path, bytes);
      std::cerr << (st.ok() ? "wrote " + path : "dossier train: " + st.ToString()) << "\n";
    };
  }
  std::cerr << "parse: " << data.size() << " training sentences\n";
  std::vector<std::vector<std::string>> upos;
  if (f.jackknife > 1 && !f.jackknife_cache.empty() && base::ReadFile(f.jackknife_cache).ok()) {
    DOSSIER_ASSIGN_OR_RETURN(std::string bytes, base::ReadFile(f.jackknife_cache));
    DOSSIER_ASSIGN_OR_RETURN(upos, nlp::train::ParseTagCache(bytes, data));
    std::cerr << "jackknifed tags read from " << f.jackknife_cache << "\n";
  } else if (f.jackknife > 1) {
    DOSSIER_ASSIGN_OR_RETURN(upos, nlp::train::JackknifeUpos(data, f.jackknife, std::cerr));
    if (!f.jackknife_cache.empty()) {
      DOSSIER_RETURN_IF_ERROR(
          base::WriteFileAtomic(f.jackknife_cache, nlp::train::FormatTagCache(upos)));
    }
  }
  nlp::WordClusters clusters;
  if (f.parse_clusters) {
    nlp::train::ClusterOptions co;  // exact sparse contexts: cleaner syntactic classes
    co.exact = true;
    co.contexts = 2000;
    co.fine = 512;
    DOSSIER_ASSIGN_OR_RETURN(clusters, nlp::train::LearnClusters(SharedDir(f), co, std::cerr));
    std::cerr << "clusters: " << clusters.size() << " words\n";
  }
  std::string bytes =
      nlp::train::TrainParser(data, *pos, f.parse_clusters ? &clusters : nullptr, o, std::cerr,
                              f.jackknife > 1 ? &upos : nullptr);
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
  auto* train = app.add_subcommand("train", "Train the models (pos, ner, parse, events)");
  train->require_subcommand(1);
  AddTrainEventsCommand(*train);
  static TrainFlags flags;
  auto* pos = train->add_subcommand("pos", "Train the UPOS tagger and lemmatiser");
  AddFlags(pos, &flags);
  pos->add_flag("--headline-tense", flags.headline_tense,
                "add present-tense copies of past-tense training sentences (news headline style)");
  pos->callback([] { ExitCode() = Finish(TrainPos(flags)); });
  auto* ner = train->add_subcommand("ner", "Train the named-entity tagger (needs models/pos.model)");
  AddFlags(ner, &flags);
  ner->add_option("--pos-model", flags.pos_model, "POS model for features (default models/pos.model)");
  ner->add_flag("--no-uner", flags.no_uner, "leave out the UNER EWT silver train");
  ner->add_flag("--no-uner-dev", flags.no_uner_dev, "leave out the UNER EWT gold dev");
  ner->add_flag("--gum", flags.gum, "add GUM train named mentions");
  ner->add_option("--iob2", flags.extra_iob, "extra IOB2 training files");
  ner->add_flag("--no-news", flags.no_news,
                "leave out our news gold (train split of data/eval/ner_wcep.tsv over WCEP items)");
  ner->add_option("--news-labels", flags.news_labels, "news gold labels file (default data/eval/ner_wcep.tsv)");
  ner->add_option("--news-weight", flags.news_weight, "update weight of the news gold sentences (default 1)");
  ner->add_flag("--no-ewt-corrections", flags.no_ewt_corrections,
                "leave out our corrected labels of UNER EWT's train sentences (data/eval/ner_ewt_train.tsv), "
                "read beside the silver ones");
  ner->add_option("--ewt-labels", flags.ewt_labels,
                  "corrected EWT train labels file (default data/eval/ner_ewt_train.tsv)");
  ner->add_option("--ewt-silver-disagree-weight", flags.ewt_silver_disagree_weight,
                  "update weight of the silver EWT train sentences whose names our corrections changed "
                  "(default 0.5; 1 = as much as the corrected twin, 0 = the twin alone)");
  ner->add_flag("--no-ungdc-gold", flags.no_ungdc_gold,
                "leave out our labels of UN General Debate sentences (data/eval/ner_ungdc.tsv)");
  ner->add_option("--ungdc-gold-labels", flags.ungdc_labels,
                  "UN General Debate gold labels file (default data/eval/ner_ungdc.tsv)");
  ner->add_flag("--no-gum-gold", flags.no_gum_gold,
                "leave out our labels of GUM's train sentences (data/eval/ner_gum.tsv)");
  ner->add_option("--gum-gold-labels", flags.gum_labels, "GUM gold labels file (default data/eval/ner_gum.tsv)");
  ner->add_flag("--state-roles", flags.state_roles,
                "store a state-role model that types a state acting ORG after tagging, trained on our gold "
                "as written (off: UNER's EWT and PUD annotators mostly keep such states LOC)");
  ner->add_flag("--news-state-orgs", flags.news_state_orgs,
                "keep the news gold's ORG for states acting (default: trained as LOC, as UNER EWT tags them)");
  ner->add_option("--silver-iob2", flags.silver_iob, "extra IOB2 files of automatic (silver) labels");
  ner->add_option("--silver-iob2-weight", flags.silver_iob_weight,
                  "update weight of the --silver-iob2 sentences (default 1)");
  ner->add_flag("--clusters", flags.clusters,
                "add word-cluster features learnt from news/ungdc + news/wcep (no gain measured)");
  ner->add_flag("--clusters-exact", flags.clusters_exact,
                "as --clusters, from exact sparse context counts (the parser's clusters)");
  ner->add_flag("--no-casing", flags.no_casing, "train without the word-casing table from unlabelled news");
  ner->add_option("--casing-ungdc", flags.casing_ungdc,
                  "UNGDC statements read for the casing table (default 2500; 0 = default)");
  ner->add_option("--runs", flags.runs,
                  "mean of the weights of K runs over differently shuffled orders (default 4)");
  ner->add_option("--threads", flags.threads,
                  "train the runs side by side on N threads (the same model for any N; default 1)")
      ->check(CLI::Range(1, 64));
  ner->add_option("--silver-folds", flags.silver_folds,
                  "jackknife the silver sentences over K folds (0 = off)");
  ner->add_option("--silver-weight", flags.silver_weight,
                  "update weight of silver sentences the jackknifed model contradicts (0 = drop)");
  ner->add_option("--lower-share", flags.lower_share,
                  "add this share of the training sentences again in lower case "
                  "(case augmentation)");
  ner->add_option("--lower-weight", flags.lower_weight, "update weight of the lower-cased copies");
  ner->add_option("--margin", flags.margin,
                  "cost-augmented training: wrong labels score this much more while decoding");
  ner->add_flag("--no-gazetteer", flags.no_gazetteer, "train without gazetteer features");
  ner->add_flag("--wikiann", flags.wikiann, "add WikiANN train sentences (silver)");
  ner->add_option("--wikiann-split", flags.wikiann_split,
                  "WikiANN split(s) whose sentences to add: train, dev or train+dev "
                  "(implies --wikiann)");
  ner->add_option("--wikiann-sentences", flags.wikiann_sentences,
                  "subsample the WikiANN sentences to at most N (0 = all; implies --wikiann)");
  ner->add_option("--wikiann-weight", flags.wikiann_weight,
                  "update weight of WikiANN sentences (default 1)");
  ner->add_option("--wikiann-min-lower", flags.wikiann_min_lower,
                  "keep WikiANN sentences with at least K lower-case words outside entities");
  ner->add_flag("--no-names-kb", flags.no_names_kb, "gazetteer: leave out the data/kb tables");
  ner->add_flag("--no-names-wikiann", flags.no_names_wikiann,
                "gazetteer: leave out the WikiANN train entity names");
  ner->add_flag("--names-wikiann-all", flags.names_wikiann_all,
                "gazetteer: WikiANN entity names from dev and test too (not only train)");
  ner->add_flag("--names-gum", flags.names_gum, "gazetteer: add GUM train named mentions");
  ner->callback([] { ExitCode() = Finish(TrainNer(flags)); });
  auto* parse = train->add_subcommand("parse", "Train the dependency parser (needs models/pos.model)");
  AddFlags(parse, &flags);
  parse->add_option("--pos-model", flags.pos_model, "POS model for features (default models/pos.model)");
  parse->add_option("--jackknife", flags.jackknife,
                    "train on UPOS tags from K taggers trained on the other folds (default 5; 0 = off)");
  parse->add_flag("--no-gum", flags.no_gum, "train on UD English EWT alone (ablation)");
  parse->add_flag("--headline-tense", flags.headline_tense,
                  "add present-tense copies of past-tense training sentences (news headline style)");
  parse->add_flag("--clusters", flags.parse_clusters,
                  "feature set 3: add word-cluster features learnt from news/ungdc + news/wcep "
                  "(dev LAS +0.16, UAS +0.00; see models/README.md)");
  parse->add_option("--explore", flags.explore,
                    "from epoch 2, follow a wrong prediction with this probability (default 0.9)");
  parse->add_option("--beam", flags.beam,
                    "beam width: > 1 trains a structured perceptron with beam search (max-violation "
                    "updates) and the model decodes with that beam (default 1: greedy)")
      ->check(CLI::Range(1, nlp::Parser::kMaxBeam));
  parse->add_option("--beam-labels", flags.beam_labels,
                    "with --beam: a hypothesis extends with only the N best labels of LEFT and of "
                    "RIGHT (more distinct trees in the beam; default 0 = every label)")
      ->check(CLI::Range(0, 8));
  parse->add_flag("--beam-features", flags.beam_features,
                  "feature set 4: set 2 plus ten non-local templates (s1 valency and label sets, "
                  "s1-s0 distance with words, b2 word, ...); not with --clusters");
  parse->add_option("--runs", flags.runs,
                    "with --beam: train this many runs (shuffle seeds 1..N) and keep the mean of "
                    "their averaged weights (default 1)");
  parse->add_option("--threads", flags.threads,
                    "with --runs: train the runs side by side on N threads (the same model for any "
                    "N; default 1: on 2 cores two runs side by side were slower than one after "
                    "the other)")
      ->check(CLI::Range(1, 64));
  parse->add_flag("--early-update", flags.early_update,
                  "with --beam: update where the gold prefix falls off the beam (Collins & Roark "
                  "2004) instead of at the prefix of maximum violation");
  parse->add_option("--max-model-mb", flags.max_model_mb,
                    "prune the smallest averaged weights until the model file fits (default 26)");
  parse->add_flag("--snapshots", flags.snapshots,
                  "also write the model averaged after each epoch to <out>.ep<N> (the model a run "
                  "of N epochs gives)");
  parse->add_option("--jackknife-cache", flags.jackknife_cache,
                    "file of jackknifed tags: read when present, else written (same data and "
                    "folds only; speeds up repeated training runs)");
  parse->callback([] { ExitCode() = Finish(TrainParse(flags)); });
}

}  // namespace dossier::app
