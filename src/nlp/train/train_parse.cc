#include "nlp/train/train_parse.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "nlp/train/train_pos.h"

#include "nlp/train/parse_oracle.h"
#include "nlp/train/perceptron.h"

namespace dossier::nlp::train {
namespace {

struct Prepared {
  std::vector<WordInfo> info;
  std::vector<uint8_t> pos;
  std::vector<int> heads;   // gold; ROOT = n
  std::vector<int> labels;  // gold label ids
};

void Tag(const PosTagger& pos, const std::vector<std::string>& words, Prepared* p) {
  p->info.clear();
  for (const auto& w : words) p->info.push_back(DescribeWord(w));
  int n = static_cast<int>(words.size());
  pos.AddLexicon(p->info.data(), n);
  p->pos.resize(words.size());
  pos.Tag(p->info.data(), n, p->pos.data());
}

}  // namespace

base::Result<std::vector<std::vector<std::string>>> JackknifeUpos(
    const std::vector<TreebankSentence>& data, int folds, std::ostream& log) {
  std::vector<std::vector<std::string>> out(data.size());
  for (int f = 0; f < folds; ++f) {
    std::vector<TreebankSentence> train;
    for (size_t i = 0; i < data.size(); ++i) {
      if (static_cast<int>(i % folds) != f) train.push_back(data[i]);
    }
    std::ostringstream quiet;
    std::string bytes = TrainPos(train, {}, quiet);
    DOSSIER_ASSIGN_OR_RETURN(auto tagger, PosTagger::FromBytes(std::move(bytes), "jackknife"));
    Prepared p;
    for (size_t i = f; i < data.size(); i += folds) {
      Tag(*tagger, data[i].words, &p);
      for (uint8_t t : p.pos) out[i].push_back(tagger->tag_name(t));
    }
    log << "jackknife fold " << f + 1 << "/" << folds << " tagged\n";
  }
  return out;
}

std::string FormatTagCache(const std::vector<std::vector<std::string>>& tags) {
  std::string out;
  for (const auto& sentence : tags) {
    for (size_t i = 0; i < sentence.size(); ++i) {
      if (i > 0) out += ' ';
      out += sentence[i];
    }
    out += '\n';
  }
  return out;
}

base::Result<std::vector<std::vector<std::string>>> ParseTagCache(
    std::string_view text, const std::vector<TreebankSentence>& data) {
  std::vector<std::vector<std::string>> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::vector<std::string> sentence;
    std::istringstream line{std::string(text.substr(start, end - start))};
    for (std::string tag; line >> tag;) sentence.push_back(tag);
    out.push_back(std::move(sentence));
    start = end + 1;
  }
  if (out.size() != data.size()) {
    return base::Status::InvalidArgument("tag cache: " + std::to_string(out.size()) +
                                         " sentences, the training data has " +
                                         std::to_string(data.size()));
  }
  for (size_t i = 0; i < data.size(); ++i) {
    if (out[i].size() != data[i].words.size()) {
      return base::Status::InvalidArgument("tag cache: sentence " + std::to_string(i + 1) +
                                           " has another length");
    }
  }
  return out;
}

std::string TrainParser(const std::vector<TreebankSentence>& all, const PosTagger& pos,
                        const WordClusters* clusters, const ParseTrainOptions& options, std::ostream& log,
                        const std::vector<std::vector<std::string>>* predicted_upos) {
  std::vector<const TreebankSentence*> data;
  std::vector<const std::vector<std::string>*> upos;
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].words.size() > static_cast<size_t>(kMaxSentenceWords)) continue;
    data.push_back(&all[i]);
    upos.push_back(predicted_upos ? &(*predicted_upos)[i] : nullptr);
  }
  if (options.max_sentences > 0 && data.size() > options.max_sentences) {
    std::vector<const TreebankSentence*> sub;
    std::vector<const std::vector<std::string>*> sub_upos;
    double step = double(data.size()) / double(options.max_sentences);
    for (size_t i = 0; i < options.max_sentences; ++i) {
      sub.push_back(data[size_t(i * step)]);
      sub_upos.push_back(upos[size_t(i * step)]);
    }
    data = std::move(sub);
    upos = std::move(sub_upos);
  }
  std::set<std::string> label_set;
  for (const auto* s : data) label_set.insert(s->deprels.begin(), s->deprels.end());
  std::vector<std::string> labels(label_set.begin(), label_set.end());
  std::map<std::string, int> label_id;
  for (size_t i = 0; i < labels.size(); ++i) label_id[labels[i]] = static_cast<int>(i);
  Transitions tr{static_cast<int>(labels.size())};
  std::vector<Prepared> prepared(data.size());
  for (size_t i = 0; i < data.size(); ++i) {
    Tag(pos, data[i]->words, &prepared[i]);
    int n = static_cast<int>(data[i]->words.size());
    if (upos[i] != nullptr) {
      for (int j = 0; j < n; ++j) {
        int id = pos.TagId((*upos[i])[j]);
        if (id >= 0) prepared[i].pos[j] = static_cast<uint8_t>(id);
      }
    }
    for (int j = 0; j < n; ++j) {
      int h = data[i]->heads[j];
      prepared[i].heads.push_back(h == 0 ? n : h - 1);
      prepared[i].labels.push_back(label_id[data[i]->deprels[j]]);
    }
  }
  Perceptron p(tr.size());
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<size_t> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t feats[kMaxParseFeatures];
  float scores[kMaxClasses];
  auto state = std::make_unique<ParseState>();
  auto ctx = std::make_unique<ParseContext>();
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const Prepared& x = prepared[idx];
      ParseState& s = *state;
      s.Init(static_cast<int>(x.info.size()));
      ctx->Init(x.info.data(), x.pos.data(), s.n, clusters);
      while (!s.Terminal()) {
        int k = ParseFeatures(*ctx, s, feats);
        p.Score(std::span<const uint64_t>(feats, k), scores);
        int costs[3];
        ParseOracleCosts(s, x.heads, costs);
        int min_cost = std::min({costs[0], costs[1], costs[2]});
        int s0 = s.S(0);
        int gold_label = s0 >= 0 ? x.labels[s0] : -1;
        int guess = -1, best = -1;
        for (int t = 0; t < tr.size(); ++t) {
          int kind = t == 0 ? 0 : tr.IsLeft(t) ? 1 : 2;
          if (!tr.Valid(s, t)) continue;
          if (guess < 0 || scores[t] > scores[guess]) guess = t;
          bool zero = costs[kind] == min_cost && (t == 0 || tr.Label(t) == gold_label);
          if (zero && (best < 0 || scores[t] > scores[best])) best = t;
        }
        bool ok = guess == best ||
                  ((guess == 0 ? costs[0] : costs[tr.IsLeft(guess) ? 1 : 2]) == min_cost &&
                   (guess == 0 || tr.Label(guess) == gold_label));
        if (!ok) p.Update(std::span<const uint64_t>(feats, k), best, guess);
        p.Tick();
        correct += ok;
        ++total;
        bool explore = epoch > 0 && coin(rng) < options.explore;
        tr.Apply(s, ok || explore ? guess : best);
      }
    }
    log << "parse epoch " << epoch + 1 << " transition accuracy " << double(correct) / total
        << "\n";
  }
  LinearModel model = p.Average(1e-3f, options.max_model_bytes);
  log << "parse model: " << model.num_features() << " features, " << model.num_weights()
      << " weights\n";
  return Parser::Serialize(labels, clusters, model);
}

ParseScore EvaluateParser(const PosTagger& pos, const Parser& parser,
                          const std::vector<TreebankSentence>& data) {
  ParseScore score;
  Prepared p;
  std::vector<int32_t> heads;
  std::vector<uint8_t> labels;
  for (const auto& s : data) {
    Tag(pos, s.words, &p);
    int n = static_cast<int>(s.words.size());
    heads.resize(n);
    labels.resize(n);
    parser.Parse(p.info.data(), p.pos.data(), n, heads.data(), labels.data());
    for (int i = 0; i < n; ++i) {
      ++score.tokens;
      int gold = s.heads[i] - 1;  // -1 = root
      if (heads[i] == gold) {
        ++score.uas;
        score.las += parser.label_name(labels[i]) == s.deprels[i];
      }
    }
  }
  return score;
}

}  // namespace dossier::nlp::train
