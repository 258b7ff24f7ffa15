#include "nlp/train/train_ner.h"

#include <algorithm>
#include <random>
#include <set>

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
             const NerTagger* ner,
             const std::vector<std::string>& words, Prepared* p) {
  p->info.clear();
  for (const auto& w : words) p->info.push_back(DescribeWord(w));
  int n = static_cast<int>(words.size());
  pos.AddLexicon(p->info.data(), n);
  if (gaz != nullptr) gaz->Mark(p->info.data(), n);
  if (clusters != nullptr) clusters->Mark(p->info.data(), n);
  if (ner != nullptr) ner->AddLexicon(p->info.data(), n);
  p->pos.resize(words.size());
  pos.Tag(p->info.data(), n, p->pos.data());
}

int TypeIndex(const std::string& t) {
  const auto& types = NerTypes();
  auto it = std::find(types.begin(), types.end(), t);
  return it == types.end() ? -1 : static_cast<int>(it - types.begin());
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

base::Result<std::vector<NerSentence>> LoadNerTrain(const std::string& shared_dir,
                                                    const NerCorpusOptions& o) {
  std::string corpora = shared_dir + "/data/corpora";
  std::vector<NerSentence> data;
  if (o.uner) {
    DOSSIER_ASSIGN_OR_RETURN(
        auto uner, ReadIob(corpora + "/uner_english_ewt/en_ewt-ud-train.SILVER-prerelease-0c7ce0d.iob2"));
    for (auto& s : uner) data.push_back(std::move(s));
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
    DOSSIER_ASSIGN_OR_RETURN(auto wiki, ReadIob(corpora + "/wikiann_en/train"));
    for (auto& s : wiki) data.push_back(std::move(s));
  }
  return data;
}

std::string TrainNer(const std::vector<NerSentence>& all, const PosTagger& pos,
                     const Gazetteer& gazetteer, const WordClusters& clusters,
                     const NerTrainOptions& options,
                     std::ostream& log) {
  std::vector<const NerSentence*> data;
  for (const auto& s : all) data.push_back(&s);
  data = Subsample(std::move(data), options.max_sentences);
  BilouLabels labels(NerTypes());
  std::vector<Prepared> prepared(data.size());
  for (size_t i = 0; i < data.size(); ++i) {
    Prepare(pos, &gazetteer, &clusters, nullptr, data[i]->words, &prepared[i]);
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
  Perceptron p(labels.size());
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t feats[kMaxNerFeatures];
  float scores[kMaxClasses];
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const Prepared& s = prepared[idx];
      int n = std::min(static_cast<int>(s.info.size()), kMaxSentenceWords);
      int p1 = -1, p2 = -1;
      for (int i = 0; i < n; ++i) {
        int k = NerFeatures(s.info.data(), s.pos.data(), n, i, p1, p2, feats);
        p.Score(std::span<const uint64_t>(feats, k), scores);
        int guess = -1;
        for (int c = 0; c < labels.size(); ++c) {
          if (!BilouLabels::Valid(p1, c, i == n - 1)) continue;
          if (guess < 0 || scores[c] > scores[guess]) guess = c;
        }
        p.Update(std::span<const uint64_t>(feats, k), s.gold[i], guess);
        p.Tick();
        correct += guess == s.gold[i];
        ++total;
        p2 = p1;
        p1 = guess;
      }
    }
    log << "ner epoch " << epoch + 1 << " train accuracy " << double(correct) / total << "\n";
  }
  LinearModel model = p.Average(1e-3f);
  log << "ner model: " << model.num_features() << " features, " << model.num_weights()
      << " weights\n";
  return NerTagger::Serialize(NerTypes(), model, gazetteer, clusters);
}

NerScore EvaluateNer(const PosTagger& pos, const NerTagger& ner,
                     const std::vector<NerSentence>& data) {
  NerScore score;
  Prepared p;
  std::vector<NerSpan> spans;
  for (const auto& s : data) {
    Prepare(pos, nullptr, nullptr, &ner, s.words, &p);
    spans.clear();
    ner.Tag(p.info.data(), p.pos.data(), static_cast<int>(s.words.size()), &spans);
    std::set<std::tuple<int, int, std::string>> gold;
    for (const auto& g : IobSpans(s.tags)) {
      if (TypeIndex(std::get<2>(g)) >= 0) gold.insert(g);
    }
    score.gold += gold.size();
    score.predicted += spans.size();
    for (const auto& sp : spans) {
      score.correct += gold.count({static_cast<int>(sp.begin), static_cast<int>(sp.end),
                                   ner.type_name(sp.type)});
    }
  }
  return score;
}

}  // namespace dossier::nlp::train
