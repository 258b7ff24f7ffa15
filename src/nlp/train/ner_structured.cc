#include "nlp/train/ner_structured.h"

#include <algorithm>
#include <random>

#include "nlp/ner_tagger.h"
#include "nlp/train/perceptron.h"

namespace dossier::nlp::train {
namespace {

// Fills the transition table ((labels + 1) x labels, last row = start) from a scorer.
template <typename Scorer>
void Transitions(const Scorer& scorer, int nl, float* out) {
  float scores[kMaxClasses];
  for (int prev = -1; prev < nl; ++prev) {
    uint64_t f = NerTransitionFeature(prev);
    scorer.Score(std::span<const uint64_t>(&f, 1), scores);
    std::copy(scores, scores + nl, out + (prev < 0 ? nl : prev) * nl);
  }
}

template <typename Scorer>
void Decode(const Scorer& scorer, const BilouViterbi& viterbi, const NerInstance& x,
            const float* transition, float* emission, int* labels) {
  const int nl = viterbi.num_labels();
  float scores[kMaxClasses];
  for (int i = 0; i < x.size(); ++i) {
    scorer.Score(x.word(i), scores);
    std::copy(scores, scores + nl, emission + i * nl);
  }
  viterbi.Decode(emission, transition, x.size(), labels);
}

}  // namespace

namespace {

void TrainRun(const std::vector<const NerInstance*>& data, const BilouViterbi& viterbi,
              int epochs, uint64_t seed, float margin, std::ostream& log, Perceptron* perceptron) {
  Perceptron& p = *perceptron;
  const int nl = viterbi.num_labels();
  std::mt19937_64 rng(seed);
  std::vector<size_t> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> emission(static_cast<size_t>(kMaxSentenceWords) * nl);
  std::vector<float> transition(static_cast<size_t>(nl + 1) * nl);
  std::vector<int> guess(kMaxSentenceWords);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const NerInstance& x = *data[idx];
      const int n = x.size();
      if (n <= 0 || x.weight <= 0) continue;
      Transitions(p, nl, transition.data());
      if (margin > 0) {
        // Cost-augmented decoding: every wrong label gets `margin` extra, so
        // the update also fires when gold wins by less than the Hamming cost.
        float scores[kMaxClasses];
        for (int i = 0; i < n; ++i) {
          p.Score(x.word(i), scores);
          for (int c = 0; c < nl; ++c) {
            emission[i * nl + c] = scores[c] + (c == x.gold[i] ? 0 : margin);
          }
        }
        viterbi.Decode(emission.data(), transition.data(), n, guess.data());
      } else {
        Decode(p, viterbi, x, transition.data(), emission.data(), guess.data());
      }
      for (int i = 0; i < n; ++i) {
        const int g = x.gold[i], y = guess[i];
        correct += g == y;
        ++total;
        p.Update(x.word(i), g, y, x.weight);
        int gp = i == 0 ? -1 : x.gold[i - 1], yp = i == 0 ? -1 : guess[i - 1];
        if (gp != yp || g != y) {
          uint64_t fg = NerTransitionFeature(gp), fy = NerTransitionFeature(yp);
          p.AddTo(std::span<const uint64_t>(&fg, 1), g, x.weight);
          p.AddTo(std::span<const uint64_t>(&fy, 1), y, -x.weight);
        }
      }
      p.Tick();
    }
    log << "ner epoch " << epoch + 1 << " train accuracy " << double(correct) / total << "\n";
  }
}

}  // namespace

LinearModel TrainStructured(const std::vector<const NerInstance*>& data, int num_types,
                            int epochs, uint64_t seed, std::ostream& log, int runs,
                            float margin, int threads) {
  BilouViterbi viterbi(num_types);
  if (runs <= 1) {
    Perceptron p(viterbi.num_labels());
    TrainRun(data, viterbi, epochs, seed, margin, log, &p);
    return p.Average(1e-3f);
  }
  std::vector<Perceptron> perceptrons = TrainRuns(
      runs, viterbi.num_labels(), threads,
      [&](int r, Perceptron* p, std::ostream& run_log) {
        run_log << "ner run " << r + 1 << " of " << runs << "\n";
        TrainRun(data, viterbi, epochs, seed + r, margin, run_log, p);
      },
      log);
  std::vector<const Perceptron*> done;
  for (const Perceptron& p : perceptrons) done.push_back(&p);
  return Perceptron::Mean(done, 1e-3f);
}

void DecodeInstance(const LinearModel& model, const BilouViterbi& viterbi, const NerInstance& x,
                    int* labels) {
  const int nl = viterbi.num_labels();
  std::vector<float> transition(static_cast<size_t>(nl + 1) * nl);
  std::vector<float> emission(static_cast<size_t>(std::max(x.size(), 1)) * nl);
  Transitions(model, nl, transition.data());
  if (x.size() > 0) Decode(model, viterbi, x, transition.data(), emission.data(), labels);
}

}  // namespace dossier::nlp::train
