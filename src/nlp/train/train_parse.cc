#include "nlp/train/train_parse.h"

#include <algorithm>
#include <chrono>
#include <limits>
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

// With `glued` (the treebank's SpaceAfter=No, as the pipeline knows it from
// the text), the words carry it, as the tagger and the parse repair read it.
void Tag(const PosTagger& pos, const std::vector<std::string>& words, Prepared* p,
         const std::vector<bool>* glued = nullptr) {
  p->info.clear();
  for (const auto& w : words) p->info.push_back(DescribeWord(w));
  for (size_t i = 0; glued != nullptr && i < p->info.size() && i < glued->size(); ++i) {
    p->info[i].glued = (*glued)[i];
  }
  int n = static_cast<int>(words.size());
  pos.AddLexicon(p->info.data(), n);
  p->pos.resize(words.size());
  pos.Tag(p->info.data(), n, p->pos.data());
}


// Beam training: see train_parse.h. Hypotheses share their move sequences
// through a node list (parent node, move), from which an update replays them.
class BeamTrainer {
 public:
  BeamTrainer(Perceptron* p, const Transitions& tr, int root_label, int width, int labels,
              bool early, bool beam_features)
      : p_(p), tr_(tr), root_(root_label), width_(width), labels_(labels), early_(early),
        beam_features_(beam_features),
        states_(new ParseState[2 * static_cast<size_t>(width) + 4]),
        ctx_(std::make_unique<ParseContext>()) {}

  // One sentence; true when it needed an update. `*steps` += the moves searched.
  bool Train(const Prepared& x, const WordClusters* clusters, size_t* steps) {
    const int n = static_cast<int>(x.info.size());
    ctx_->Init(x.info.data(), x.pos.data(), n, clusters, beam_features_);
    nodes_.clear();
    nodes_.push_back({-1, -1});
    ParseState* cur = states_.get();
    ParseState* next = cur + width_;
    ParseState* gold = next + width_;  // g's state once g is off the beam
    ParseState* gold_next = gold + 1;
    cur[0].Init(n);
    gold->Init(n);
    cur_[0] = {0.0, 0, true};
    Hyp g = cur_[0];
    bool gold_in = true;  // g is one of the beam's hypotheses
    int size = 1;
    double best_violation = -std::numeric_limits<double>::infinity();
    int best_pred = -1, best_gold = -1;
    while (!cur[0].Terminal()) {
      ++*steps;
      int k = 0;
      // The best oracle-consistent candidate (the first of equal ones, as in
      // the beam's order): from the beam's hypotheses while it holds one, else
      // from g alone (scored here, as it is off the beam).
      Cand best_zero{0, 0, -1, false, false};
      bool have_zero = false;
      auto keep_zero = [&](const Cand& c) {
        if (c.zero && (!have_zero || c.score > best_zero.score)) best_zero = c, have_zero = true;
      };
      for (int i = 0; i < size; ++i) {
        Expand(cur[i], cur_[i], i, x, [&](const Cand& c) {
          if (c.kept) Offer(c, &k);
          keep_zero(c);
        });
      }
      if (!gold_in) Expand(*gold, g, -1, x, keep_zero, /*zero_only=*/true);
      // g: the best oracle-consistent hypothesis of the new beam, else the
      // best one that fell off it (or was not kept by label pruning).
      bool gold_in_next = false;
      for (int j = 0; j < k; ++j) {
        const Cand& c = top_[j];
        next[j].CopyFrom(cur[c.item]);
        tr_.Apply(next[j], c.move);
        nodes_.push_back({cur_[c.item].node, c.move});
        next_[j] = {c.score, static_cast<int>(nodes_.size()) - 1, c.zero};
        if (c.zero && !gold_in_next) {
          gold_in_next = true;
          g = next_[j];
        }
      }
      if (!gold_in_next) {  // the gold prefix is off the beam: keep its own state
        const ParseState& from = gold_in ? cur[best_zero.item] : *gold;
        int from_node = gold_in ? cur_[best_zero.item].node : g.node;
        gold_next->CopyFrom(from);
        tr_.Apply(*gold_next, best_zero.move);
        nodes_.push_back({from_node, best_zero.move});
        g = {best_zero.score, static_cast<int>(nodes_.size()) - 1, true};
        std::swap(gold, gold_next);
      }
      std::swap(cur, next);
      std::copy_n(next_, k, cur_);
      size = k;
      gold_in = gold_in_next;
      const Hyp& pred = cur_[0];
      if (!pred.zero && pred.score - g.score > best_violation) {
        best_violation = pred.score - g.score;
        best_pred = pred.node;
        best_gold = g.node;
      }
      if (early_ && !gold_in) {
        Update(x, g.node, pred.node);
        return true;
      }
    }
    if (cur_[0].zero) return false;
    if (early_) {
      Update(x, g.node, cur_[0].node);
    } else {
      Update(x, best_gold, best_pred);
    }
    return true;
  }

 private:
  struct Node {
    int parent;
    int move;
  };
  struct Hyp {
    double score;
    int node;
    bool zero;  // every move so far had the least oracle cost allowed
  };
  struct Cand {
    double score;
    int item;
    int move;
    bool zero;
    bool kept;  // the beam may take it (VisitBeamMoves)
  };

  // Calls `emit` for every allowed move of `s` (hypothesis `h`, beam index
  // `item`), in transition id order; forced moves are not scored.
  template <typename Emit>
  void Expand(const ParseState& s, const Hyp& h, int item, const Prepared& x, Emit emit,
              bool zero_only = false) {
    int forced = Transitions::Forced(s, root_);
    if (forced >= 0) {
      emit(Cand{h.score, item, forced, h.zero, true});
      return;
    }
    int least = 0, kind_cost[3] = {0, 0, 0}, gold_label = -1;
    if (h.zero) {
      ParseOracleCosts(s, x.heads, kind_cost);
      int s0 = s.S(0);
      gold_label = s0 >= 0 ? x.labels[s0] : -1;
      least = std::numeric_limits<int>::max();
      for (int t = 0; t < tr_.size(); ++t) {
        if (tr_.Allowed(s, t, root_)) least = std::min(least, Cost(t, kind_cost, gold_label));
      }
    } else if (zero_only) {
      return;
    }
    int f = ParseFeatures(*ctx_, s, feats_);
    p_->Score(std::span<const uint64_t>(feats_, f), scores_);
    VisitBeamMoves(tr_, s, root_, labels_, scores_, [&](int t, bool kept) {
      bool zero = h.zero && Cost(t, kind_cost, gold_label) == least;
      if (zero_only && !zero) return;
      emit(Cand{h.score + scores_[t], item, t, zero, kept});
    });
  }

  int Cost(int t, const int kind_cost[3], int gold_label) const {
    if (t == 0) return kind_cost[0];
    return kind_cost[tr_.Kind(t)] + (tr_.Label(t) != gold_label ? 1 : 0);
  }

  // Keeps the width_ best candidates in top_, best first (KeepBest).
  void Offer(const Cand& c, int* k) {
    KeepBest(top_, k, width_, c, [](const Cand& a, const Cand& b) { return a.score > b.score; });
  }

  void Moves(int node, std::vector<int>* out) const {
    out->clear();
    for (; node > 0; node = nodes_[node].parent) out->push_back(nodes_[node].move);
    std::reverse(out->begin(), out->end());
  }

  // + the features of the gold prefix's moves, − the predicted prefix's, from
  // the first move where they differ.
  void Update(const Prepared& x, int gold_node, int pred_node) {
    Moves(gold_node, &gold_moves_);
    Moves(pred_node, &pred_moves_);
    size_t d = 0;
    while (d < gold_moves_.size() && d < pred_moves_.size() && gold_moves_[d] == pred_moves_[d]) ++d;
    ParseState* a = states_.get() + 2 * width_ + 2;
    ParseState* b = a + 1;
    a->Init(static_cast<int>(x.info.size()));
    for (size_t j = 0; j < d; ++j) tr_.Apply(*a, gold_moves_[j]);
    b->CopyFrom(*a);
    auto apply = [&](ParseState* s, const std::vector<int>& moves, float delta) {
      for (size_t j = d; j < moves.size(); ++j) {
        if (Transitions::Forced(*s, root_) < 0) {
          int f = ParseFeatures(*ctx_, *s, feats_);
          p_->AddTo(std::span<const uint64_t>(feats_, f), moves[j], delta);
        }
        tr_.Apply(*s, moves[j]);
      }
    };
    apply(a, gold_moves_, 1.0f);
    apply(b, pred_moves_, -1.0f);
  }

  Perceptron* p_;
  Transitions tr_;
  int root_;
  int width_;
  int labels_;  // labels kept per LEFT / RIGHT, 0 = all
  bool early_;
  bool beam_features_;
  std::unique_ptr<ParseState[]> states_;  // current, next, gold ×2, replay ×2
  std::unique_ptr<ParseContext> ctx_;
  std::vector<Node> nodes_;
  Hyp cur_[Parser::kMaxBeam], next_[Parser::kMaxBeam];
  Cand top_[Parser::kMaxBeam];
  std::vector<int> gold_moves_, pred_moves_;
  uint64_t feats_[kMaxParseFeatures];
  float scores_[kMaxClasses];
};

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
  const bool beam_features = options.beam_features && clusters == nullptr;
  // Beam models are pruned to the exact size limit; greedy ones in the old
  // steps, so greedy training gives the models it gave before exact fitting.
  const bool exact_fit = options.beam > 1;
  auto snapshot = [&](const Perceptron& p, int epoch) {
    if (!options.on_epoch) return;
    LinearModel m = p.Average(1e-3f, options.max_model_bytes, exact_fit);
    options.on_epoch(epoch, Parser::Serialize(labels, clusters, m, options.beam, options.beam_labels,
                                              beam_features));
  };
  if (options.beam > 1) {
    int root_label = -1;
    for (size_t i = 0; i < labels.size(); ++i) {
      if (labels[i] == "root") root_label = static_cast<int>(i);
    }
    const int width = std::min(options.beam, Parser::kMaxBeam);
    const int runs = std::max(1, options.runs);
    // Run r shuffles with seed + r; several runs are trained side by side and
    // the model is the mean of their averaged weights.
    auto train_run = [&](int run, Perceptron* perceptron, std::ostream& run_log) {
      Perceptron& p = *perceptron;
      std::mt19937_64 rng(options.seed + run);
      BeamTrainer trainer(&p, tr, root_label, width, options.beam_labels, options.early_update,
                          beam_features);
      std::vector<size_t> order(data.size());
      for (size_t i = 0; i < order.size(); ++i) order[i] = i;
      for (int epoch = 0; epoch < options.epochs; ++epoch) {
        auto start = std::chrono::steady_clock::now();
        std::shuffle(order.begin(), order.end(), rng);
        size_t updates = 0, steps = 0, moves = 0;
        for (size_t idx : order) {
          updates += trainer.Train(prepared[idx], clusters, &steps);
          moves += 2 * prepared[idx].info.size();
          p.Tick();
        }
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        run_log << "parse beam " << width << (options.early_update ? " early update" : " max-violation");
        if (runs > 1) run_log << " run " << run + 1 << "/" << runs;
        run_log << " epoch " << epoch + 1 << ": sentences updated " << double(updates) / order.size();
        if (options.early_update) run_log << ", share of moves searched " << double(steps) / moves;
        run_log << ", " << secs << " s\n";
        if (runs == 1) snapshot(p, epoch + 1);
      }
    };
    LinearModel model;
    if (runs == 1) {
      Perceptron p(tr.size());
      train_run(0, &p, log);
      model = p.Average(1e-3f, options.max_model_bytes, exact_fit);
      log << "parse model: ";
    } else {
      std::vector<Perceptron> done = TrainRuns(runs, tr.size(), options.threads, train_run, log);
      std::vector<const Perceptron*> mean;
      for (const Perceptron& p : done) mean.push_back(&p);
      model = Perceptron::Mean(mean, 1e-3f, options.max_model_bytes);
      log << "parse model (mean of " << runs << " runs): ";
    }
    log << model.num_features() << " features, " << model.num_weights() << " weights\n";
    return Parser::Serialize(labels, clusters, model, width, options.beam_labels, beam_features);
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
      ctx->Init(x.info.data(), x.pos.data(), s.n, clusters, beam_features);
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
    snapshot(p, epoch + 1);
  }
  LinearModel model = p.Average(1e-3f, options.max_model_bytes);
  log << "parse model: " << model.num_features() << " features, " << model.num_weights()
      << " weights\n";
  return Parser::Serialize(labels, clusters, model, 1, 0, beam_features);
}

ParseScore EvaluateParser(const PosTagger& pos, const Parser& parser,
                          const std::vector<TreebankSentence>& data, int beam,
                          const PredicateRepair* repair) {
  ParseScore score;
  Prepared p;
  std::vector<int32_t> heads;
  std::vector<uint8_t> labels;
  for (const auto& s : data) {
    Tag(pos, s.words, &p, &s.glued);
    int n = static_cast<int>(s.words.size());
    heads.resize(n);
    labels.resize(n);
    if (repair != nullptr) {
      repair->TagAndParse(p.info.data(), n, p.pos.data(), heads.data(), labels.data());
    } else if (beam > 0) {
      parser.ParseBeam(p.info.data(), p.pos.data(), n, heads.data(), labels.data(), beam);
    } else {
      parser.Parse(p.info.data(), p.pos.data(), n, heads.data(), labels.data());
    }
    for (int i = 0; i < n; ++i) {
      ++score.tokens;
      score.upos += pos.tag_name(p.pos[i]) == s.upos[i];
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
