#include "nlp/train/train_ner.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <set>
#include <sstream>
#include <unordered_map>

#include "nlp/document_names.h"
#include "nlp/train/gazetteer_sources.h"
#include "nlp/train/ner_structured.h"
#include "nlp/train/news_ner.h"
#include "nlp/train/perceptron.h"
#include "nlp/train/train_pos.h"

namespace dossier::nlp::train {
namespace {

struct Prepared {
  std::vector<WordInfo> info;
  std::vector<uint8_t> pos;
  std::vector<int> gold;  // BILOU labels
};

void Prepare(const PosTagger& pos, const Gazetteer* gaz, const WordClusters* clusters,
             const WordCasing* casing, const NerTagger* ner,
             const std::vector<std::string>& words, Prepared* p) {
  p->info.clear();
  for (const auto& w : words) p->info.push_back(DescribeWord(w));
  int n = static_cast<int>(words.size());
  pos.AddLexicon(p->info.data(), n);
  if (gaz != nullptr) gaz->Mark(p->info.data(), n);
  if (clusters != nullptr) clusters->Mark(p->info.data(), n);
  if (casing != nullptr) casing->Mark(p->info.data(), n);
  if (ner != nullptr) ner->AddLexicon(p->info.data(), n);
  p->pos.resize(words.size());
  pos.Tag(p->info.data(), n, p->pos.data());
}

int TypeIndex(const std::string& t) {
  const auto& types = NerTypes();
  auto it = std::find(types.begin(), types.end(), t);
  return it == types.end() ? -1 : static_cast<int>(it - types.begin());
}

// Jackknifes the silver sentences: a model trained on the other folds (and on
// every non-silver sentence) labels each fold; silver sentences whose labels it
// contradicts get weight options.silver_disagree_weight.
void CheckSilver(const std::vector<const NerSentence*>& data, int num_types,
                 const NerTrainOptions& options, std::vector<NerInstance>* instances,
                 std::ostream& log) {
  const int folds = options.silver_folds;
  std::vector<int> fold(data.size(), -1);
  size_t silver = 0;
  for (size_t i = 0; i < data.size(); ++i) {
    if (data[i]->silver) fold[i] = static_cast<int>(silver++ % folds);
  }
  BilouViterbi viterbi(num_types);
  std::vector<float> weight(data.size(), 1.0f);
  size_t disagree = 0;
  std::vector<int> labels(kMaxSentenceWords);
  std::ostringstream quiet;
  for (int f = 0; f < folds; ++f) {
    std::vector<const NerInstance*> train;
    for (size_t i = 0; i < data.size(); ++i) {
      if (fold[i] != f) train.push_back(&(*instances)[i]);
    }
    LinearModel m = TrainStructured(train, num_types, options.silver_epochs, options.seed + f, quiet);
    for (size_t i = 0; i < data.size(); ++i) {
      if (fold[i] != f) continue;
      const NerInstance& x = (*instances)[i];
      DecodeInstance(m, viterbi, x, labels.data());
      if (!std::equal(x.gold.begin(), x.gold.end(), labels.begin())) {
        weight[i] = options.silver_disagree_weight;
        ++disagree;
      }
    }
  }
  for (size_t i = 0; i < data.size(); ++i) (*instances)[i].weight *= weight[i];
  log << "ner silver check: " << disagree << " of " << silver
      << " silver sentences disagree with the jackknifed model\n";
}

}  // namespace

std::vector<std::tuple<int, int, std::string>> IobSpans(const std::vector<std::string>& tags) {
  std::vector<std::tuple<int, int, std::string>> out;
  int start = -1;
  std::string type;
  for (int i = 0; i <= static_cast<int>(tags.size()); ++i) {
    std::string t = i < static_cast<int>(tags.size()) ? tags[i] : "O";
    bool cont = t.size() > 2 && t[0] == 'I' && start >= 0 && t.substr(2) == type;
    if (start >= 0 && !cont) {
      out.emplace_back(start, i, type);
      start = -1;
    }
    if (t.size() > 2 && !cont) {
      start = i;
      type = t.substr(2);
    }
  }
  return out;
}

namespace {

// A sentence's words without the spaces between them (the silver file and our
// corrections segment the same text differently) and its names in that form.
std::string Unspaced(const std::vector<std::string>& words, int b, int e) {
  std::string out;
  for (int i = b; i < e; ++i) out += words[i];
  return out;
}

std::set<std::pair<std::string, std::string>> UnspacedNames(const NerSentence& s) {
  std::set<std::pair<std::string, std::string>> names;
  for (const auto& [b, e, type] : IobSpans(s.tags)) names.emplace(Unspaced(s.words, b, e), type);
  return names;
}

// Gives the silver sentences among `data` whose corrected twin in `corrected`
// names other spans the weight `weight` (0 removes them); returns how many.
size_t ReweighChangedSilver(const std::vector<NerSentence>& corrected, float weight,
                            std::vector<NerSentence>* data) {
  std::unordered_map<std::string, const NerSentence*> twins;
  for (const auto& s : corrected) {
    twins.emplace(Unspaced(s.words, 0, static_cast<int>(s.words.size())), &s);
  }
  size_t changed = 0;
  for (auto& s : *data) {
    if (!s.silver) continue;
    auto it = twins.find(Unspaced(s.words, 0, static_cast<int>(s.words.size())));
    if (it == twins.end() || UnspacedNames(s) == UnspacedNames(*it->second)) continue;
    s.weight = weight;
    ++changed;
  }
  std::erase_if(*data, [](const NerSentence& s) { return s.silver && s.weight == 0; });
  return changed;
}

}  // namespace

base::Result<std::vector<NerSentence>> LoadNerTrain(const std::string& shared_dir,
                                                    const NerCorpusOptions& o, std::ostream* log) {
  std::string corpora = shared_dir + "/data/corpora";
  std::vector<NerSentence> data;
  const std::string silver_train = corpora + "/uner_english_ewt/en_ewt-ud-train.SILVER-prerelease-0c7ce0d.iob2";
  // Our gold types a state acting ORG; read as LOC when news_states_kb is set.
  base::Result<std::unordered_set<std::string>> state_names = std::unordered_set<std::string>();
  if (!o.news_states_kb.empty()) state_names = StateNames(o.news_states_kb);
  if (!state_names.ok()) return state_names.status();
  const std::unordered_set<std::string>* states = o.news_states_kb.empty() ? nullptr : &*state_names;
  if (o.uner) {
    DOSSIER_ASSIGN_OR_RETURN(auto uner, ReadIob(silver_train));
    for (auto& s : uner) {
      s.silver = true;
      data.push_back(std::move(s));
    }
  }
  if (!o.ewt_labels.empty()) {
    size_t skipped = 0;  // names glued to e-mail addresses and the like
    DOSSIER_ASSIGN_OR_RETURN(auto ewt, ReadIobTextNer(o.ewt_labels, silver_train, "train", states, &skipped));
    if (o.uner && o.ewt_silver_disagree_weight != 1.0f) {
      const size_t changed = ReweighChangedSilver(ewt, o.ewt_silver_disagree_weight, &data);
      if (log != nullptr) *log << o.ewt_labels << ": " << changed << " silver sentences corrected\n";
    }
    for (auto& s : ewt) data.push_back(std::move(s));
    if (skipped > 0 && log != nullptr) *log << o.ewt_labels << ": " << skipped << " names off token edges left out\n";
  }
  if (o.uner_dev) {
    DOSSIER_ASSIGN_OR_RETURN(auto dev, ReadIob(corpora + "/uner_english_ewt/en_ewt-ud-dev.iob2"));
    for (auto& s : dev) data.push_back(std::move(s));
  }
  if (o.gum) {
    DOSSIER_ASSIGN_OR_RETURN(auto gum, GumFiles(corpora + "/gum", "train"));
    for (const auto& f : gum) {
      DOSSIER_ASSIGN_OR_RETURN(auto doc, ReadConllu(f, true));
      for (auto& s : doc) data.push_back({std::move(s.words), std::move(s.ner)});
    }
  }
  if (o.wikiann) {
    std::vector<NerSentence> wiki;
    for (const char* split : {"train", "dev"}) {
      if (o.wikiann_split.find(split) == std::string::npos) continue;
      DOSSIER_ASSIGN_OR_RETURN(auto part, ReadIob(corpora + "/wikiann_en/" + split));
      for (auto& s : part) {
        int lower = 0;
        for (size_t i = 0; i < s.words.size(); ++i) {
          const std::string& w = s.words[i];
          bool lower_word = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
            return c >= 'a' && c <= 'z';
          });
          lower += lower_word && s.tags[i] == "O";
        }
        if (lower < o.wikiann_min_lower) continue;
        s.silver = true;
        s.weight = o.wikiann_weight;
        wiki.push_back(std::move(s));
      }
    }
    wiki = Subsample(std::move(wiki), o.wikiann_sentences);
    for (auto& s : wiki) data.push_back(std::move(s));
  }
  if (!o.news_labels.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(auto news,
                             ReadNewsNer(o.news_labels, shared_dir + "/data/news/wcep/events.jsonl", "train", states));
    for (auto& s : news) {
      s.weight = o.news_weight;
      data.push_back(std::move(s));
    }
  }
  if (!o.ungdc_labels.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(
        auto un, ReadSliceNer(o.ungdc_labels, shared_dir + "/data/news/ungdc/ungdc.jsonl.zst", "train", states));
    for (auto& s : un) data.push_back(std::move(s));
  }
  if (!o.gum_labels.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(auto gum, ReadGumNer(o.gum_labels, corpora + "/gum", "train", states));
    for (auto& s : gum) data.push_back(std::move(s));
  }
  return data;
}

std::string TrainNer(const std::vector<NerSentence>& all, const PosTagger& pos,
                     const Gazetteer& gazetteer, const WordClusters& clusters,
                     const WordCasing& casing, const NerTrainOptions& options,
                     std::ostream& log, const StateRoles* state_roles, const NameTitles* titles) {
  std::vector<const NerSentence*> data;
  for (const auto& s : all) data.push_back(&s);
  data = Subsample(std::move(data), options.max_sentences);
  std::vector<NerSentence> lowered;
  if (options.lower_share > 0) {
    double acc = 0;
    for (const NerSentence* s : data) {
      acc += options.lower_share;
      if (acc < 1) continue;
      acc -= 1;
      NerSentence c = *s;
      for (auto& w : c.words) {
        for (char& ch : w) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
      }
      c.weight *= options.lower_weight;
      lowered.push_back(std::move(c));
    }
    for (const auto& c : lowered) data.push_back(&c);
    log << "ner: " << lowered.size() << " lower-cased copies\n";
  }
  BilouLabels labels(NerTypes());
  std::vector<Prepared> prepared(data.size());
  for (size_t i = 0; i < data.size(); ++i) {
    Prepare(pos, &gazetteer, &clusters, &casing, nullptr, data[i]->words, &prepared[i]);
    auto& gold = prepared[i].gold;
    gold.assign(data[i]->words.size(), 0);
    for (const auto& [b, e, type] : IobSpans(data[i]->tags)) {
      int t = TypeIndex(type);
      if (t < 0) continue;
      if (e - b == 1) {
        gold[b] = BilouLabels::Label(3, t);
      } else {
        gold[b] = BilouLabels::Label(0, t);
        for (int j = b + 1; j < e - 1; ++j) gold[j] = BilouLabels::Label(1, t);
        gold[e - 1] = BilouLabels::Label(2, t);
      }
    }
  }
  // Word features do not depend on labels: extract them once.
  std::vector<NerInstance> instances(prepared.size());
  for (size_t s = 0; s < prepared.size(); ++s) {
    const Prepared& x = prepared[s];
    NerInstance& in = instances[s];
    int n = std::min(static_cast<int>(x.info.size()), kMaxSentenceWords);
    uint64_t buf[kMaxNerFeatures];
    in.offsets.push_back(0);
    for (int i = 0; i < n; ++i) {
      int k = NerFeatures(x.info.data(), x.pos.data(), n, i, buf);
      in.feats.insert(in.feats.end(), buf, buf + k);
      in.offsets.push_back(static_cast<uint32_t>(in.feats.size()));
    }
    in.gold.assign(x.gold.begin(), x.gold.begin() + n);
    in.weight = data[s]->weight;
  }
  const int num_types = static_cast<int>(NerTypes().size());
  if (options.silver_folds > 1) {
    CheckSilver(data, num_types, options, &instances, log);
  }
  std::vector<const NerInstance*> train;
  for (const auto& in : instances) train.push_back(&in);
  LinearModel model =
      TrainStructured(train, num_types, options.epochs, options.seed, log, options.runs,
                      options.margin, options.threads);
  log << "ner model: " << model.num_features() << " features, " << model.num_weights()
      << " weights\n";
  return NerTagger::Serialize(NerTypes(), model, gazetteer, clusters, casing, state_roles, titles);
}

base::Result<std::vector<NerSentence>> LoadStateRoleData(const std::string& shared_dir,
                                                         const NerCorpusOptions& o) {
  const std::string corpora = shared_dir + "/data/corpora";
  std::vector<NerSentence> data;
  auto add = [&](std::vector<NerSentence> part) {
    for (auto& s : part) data.push_back(std::move(s));
  };
  if (!o.news_labels.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(auto news, ReadNewsNer(o.news_labels, shared_dir + "/data/news/wcep/events.jsonl", "train"));
    add(std::move(news));
  }
  if (!o.gum_labels.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(auto gum, ReadGumNer(o.gum_labels, corpora + "/gum", "train"));
    add(std::move(gum));
  }
  if (!o.ungdc_labels.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(auto un,
                             ReadSliceNer(o.ungdc_labels, shared_dir + "/data/news/ungdc/ungdc.jsonl.zst", "train"));
    add(std::move(un));
  }
  if (!o.ewt_labels.empty()) {
    size_t skipped = 0;
    DOSSIER_ASSIGN_OR_RETURN(
        auto ewt, ReadIobTextNer(o.ewt_labels, corpora + "/uner_english_ewt/en_ewt-ud-train.SILVER-prerelease-0c7ce0d.iob2",
                                 "train", nullptr, &skipped));
    add(std::move(ewt));
  }
  if (o.uner_dev) {
    DOSSIER_ASSIGN_OR_RETURN(auto dev, ReadIob(corpora + "/uner_english_ewt/en_ewt-ud-dev.iob2"));
    add(std::move(dev));
  }
  return data;
}

StateRoles TrainStateRoles(const std::vector<NerSentence>& data, const PosTagger& pos,
                           std::vector<std::string> names, int epochs, uint64_t seed, std::ostream& log) {
  std::sort(names.begin(), names.end());
  const StateRoles finder(names, LinearModel());
  struct Example {
    std::vector<uint64_t> feats;
    int label;
  };
  std::vector<Example> examples;
  Prepared p;
  uint64_t buf[kMaxStateRoleFeatures];
  for (const NerSentence& s : data) {
    bool any = false;
    for (const auto& t : s.tags) any = any || t != "O";
    if (!any || s.words.size() > static_cast<size_t>(kMaxSentenceWords)) continue;
    Prepare(pos, nullptr, nullptr, nullptr, nullptr, s.words, &p);
    const int n = static_cast<int>(s.words.size());
    for (const auto& [b, e, type] : IobSpans(s.tags)) {
      if ((type != "ORG" && type != "LOC") || !finder.IsState(p.info.data(), b, e)) continue;
      const int k = StateRoles::Features(p.info.data(), p.pos.data(), n, b, e, buf);
      examples.push_back({std::vector<uint64_t>(buf, buf + k), type == "ORG" ? StateRoles::kActing : StateRoles::kPlace});
    }
  }
  size_t acting = 0;
  for (const auto& ex : examples) acting += ex.label == StateRoles::kActing;
  log << "state roles: " << examples.size() << " state names in the gold, " << acting << " acting\n";
  Perceptron perceptron(2);
  std::vector<size_t> order(examples.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::mt19937_64 rng(seed);
  float scores[2];
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t i : order) {
      const Example& ex = examples[i];
      perceptron.Score(ex.feats, scores);
      perceptron.Update(ex.feats, ex.label, scores[1] > scores[0] ? 1 : 0);
      perceptron.Tick();
    }
  }
  return StateRoles(std::move(names), perceptron.Average());
}

NerScore EvaluateNer(const PosTagger& pos, const NerTagger& ner,
                     const std::vector<NerSentence>& data, bool document_pass,
                     std::ostream* errors, std::ostream* predictions) {
  NerScore score;
  std::vector<Prepared> doc;  // the document's sentences, for the state roles
  std::vector<std::vector<NerSpan>> tagged(data.size());
  DocumentNames names;
  for (size_t first = 0; first < data.size();) {
    size_t last = first;  // the document's sentences are [first, last)
    names.Clear();
    uint32_t offset = 0;
    for (; last < data.size() && data[last].doc == data[first].doc; ++last) {
      const int n = static_cast<int>(data[last].words.size());
      if (doc.size() <= last - first) doc.resize(last - first + 1);
      Prepared& p = doc[last - first];
      Prepare(pos, nullptr, nullptr, nullptr, &ner, data[last].words, &p);
      ner.Tag(p.info.data(), p.pos.data(), n, &tagged[last]);
      if (document_pass) names.AddSentence(offset, p.info.data(), n, tagged[last]);
      offset += static_cast<uint32_t>(n);
    }
    if (document_pass) {
      names.Harmonise(ner.person_type());
      offset = 0;
      auto sp = names.spans().begin();
      for (size_t k = first; k < last; ++k) {
        const uint32_t end = offset + static_cast<uint32_t>(data[k].words.size());
        tagged[k].clear();
        for (; sp != names.spans().end() && sp->begin < end; ++sp) {
          tagged[k].push_back({sp->begin - offset, sp->end - offset, sp->type});
        }
        offset = end;
      }
    }
    // Each state's role where it is named, after the document pass (as the pipeline).
    for (size_t k = first; k < last; ++k) {
      const Prepared& p = doc[k - first];
      ner.ResolveStates(p.info.data(), p.pos.data(), static_cast<int>(data[k].words.size()), tagged[k].data(),
                        tagged[k].size());
    }
    first = last;
  }
  for (size_t k = 0; k < data.size(); ++k) {
    const NerSentence& s = data[k];
    const std::vector<NerSpan>& spans = tagged[k];
    std::set<std::tuple<int, int, std::string>> gold;
    for (const auto& g : IobSpans(s.tags)) {
      if (TypeIndex(std::get<2>(g)) >= 0) gold.insert(g);
    }
    score.gold += gold.size();
    score.predicted += spans.size();
    std::set<std::tuple<int, int, std::string>> predicted;
    for (const auto& sp : spans) {
      predicted.insert({static_cast<int>(sp.begin), static_cast<int>(sp.end), ner.type_name(sp.type)});
    }
    if (predictions != nullptr) {
      std::vector<std::string> tags(s.words.size(), "O");
      for (const auto& sp : spans) {
        for (uint32_t i = sp.begin; i < sp.end; ++i) {
          tags[i] = (i == sp.begin ? "B-" : "I-") + ner.type_name(sp.type);
        }
      }
      for (size_t i = 0; i < s.words.size(); ++i) {
        *predictions << s.words[i] << '\t' << s.tags[i] << '\t' << tags[i] << '\n';
      }
      *predictions << '\n';
    }
    size_t correct = 0;
    for (const auto& g : gold) correct += predicted.count(g);
    score.correct += correct;
    if (errors != nullptr && (correct != gold.size() || correct != predicted.size())) {
      auto text = [&](int b, int e) {
        std::string t;
        for (int i = b; i < e; ++i) t += (i > b ? " " : "") + s.words[i];
        return t;
      };
      *errors << text(0, static_cast<int>(s.words.size())) << "\n";
      for (const auto& [b, e, type] : gold) {
        if (!predicted.count({b, e, type})) *errors << "  - " << type << " " << text(b, e) << "\n";
      }
      for (const auto& [b, e, type] : predicted) {
        if (!gold.count({b, e, type})) *errors << "  + " << type << " " << text(b, e) << "\n";
      }
    }
  }
  return score;
}

}  // namespace dossier::nlp::train
