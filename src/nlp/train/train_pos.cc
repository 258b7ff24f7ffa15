#include "nlp/train/train_pos.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <unordered_map>

#include "nlp/train/perceptron.h"

namespace dossier::nlp::train {
namespace {

std::vector<WordInfo> Describe(const std::vector<std::string>& words) {
  std::vector<WordInfo> out;
  out.reserve(words.size());
  for (const auto& w : words) out.push_back(DescribeWord(w));
  return out;
}

// Ambiguity classes: for words seen at least kMinCount times, the set of
// tags that make up at least 5% of their uses.
std::unordered_map<uint64_t, uint64_t> LearnLexicon(const std::vector<const TreebankSentence*>& data,
                                                    std::map<std::string, int>& tag_id) {
  constexpr int kMinCount = 3;
  std::unordered_map<uint64_t, std::map<int, int>> counts;
  for (const auto* s : data) {
    for (size_t i = 0; i < s->words.size(); ++i) {
      counts[DescribeWord(s->words[i]).lower][tag_id[s->upos[i]]]++;
    }
  }
  std::unordered_map<uint64_t, uint64_t> lexicon;
  for (const auto& [word, tags] : counts) {
    int total = 0;
    for (const auto& [t, c] : tags) total += c;
    if (total < kMinCount) continue;
    uint64_t h = 0x1ee;
    for (const auto& [t, c] : tags) {
      if (c * 20 >= total) h = Mix(h, static_cast<uint64_t>(t) + 1);
    }
    lexicon[word] = h;
  }
  return lexicon;
}

}  // namespace

base::Result<std::vector<TreebankSentence>> LoadTreebankTrain(const std::string& shared_dir,
                                                              bool gum_entities) {
  std::string corpora = shared_dir + "/data/corpora";
  DOSSIER_ASSIGN_OR_RETURN(auto data,
                           ReadConllu(corpora + "/ud_english_ewt/en_ewt-ud-train.conllu"));
  if (gum_entities) data.clear();
  DOSSIER_ASSIGN_OR_RETURN(auto gum, GumFiles(corpora + "/gum", "train"));
  for (const auto& f : gum) {
    DOSSIER_ASSIGN_OR_RETURN(auto doc, ReadConllu(f, gum_entities));
    for (auto& s : doc) data.push_back(std::move(s));
  }
  return data;
}

Lemmatizer LearnLemmatizer(const std::vector<TreebankSentence>& data,
                           const std::vector<std::string>& tags) {
  std::map<std::string, int> tag_id;
  for (size_t i = 0; i < tags.size(); ++i) tag_id[tags[i]] = static_cast<int>(i);
  Lemmatizer lem;
  lem.set_propn(tag_id.count("PROPN") ? tag_id["PROPN"] : -1);
  // form|tag -> lemma counts; lower|tag -> lemma counts; suffix rules by type.
  std::map<std::pair<std::string, int>, std::map<std::string, int>> exact, lower;
  for (const auto& s : data) {
    for (size_t i = 0; i < s.words.size(); ++i) {
      auto it = tag_id.find(s.upos[i]);
      if (it == tag_id.end() || s.lemmas[i] == "_") continue;
      exact[{s.words[i], it->second}][s.lemmas[i]]++;
      lower[{AsciiLower(s.words[i]), it->second}][s.lemmas[i]]++;
    }
  }
  auto best = [](const std::map<std::string, int>& m) {
    return std::max_element(m.begin(), m.end(), [](auto& a, auto& b) { return a.second < b.second; })
        ->first;
  };
  std::map<std::pair<int, std::string>, std::map<std::pair<int, std::string>, int>> rules;
  for (const auto& [key, lemmas] : lower) {
    const auto& [form, tag] = key;
    std::string lemma = best(lemmas);
    if (lemma != lem.Default(form, tag)) lem.AddLemma(Lemmatizer::LowerKey(tag, form), lemma);
    std::string ll = AsciiLower(lemma);
    size_t cp = 0;
    while (cp < form.size() && cp < ll.size() && form[cp] == ll[cp]) ++cp;
    if (form.size() - cp > 255) continue;
    std::pair<int, std::string> rule{static_cast<int>(form.size() - cp), ll.substr(cp)};
    for (int k = 1; k <= Lemmatizer::kMaxSuffix && static_cast<size_t>(k) < form.size(); ++k) {
      rules[{tag, form.substr(form.size() - k)}][rule]++;
    }
  }
  for (const auto& [key, lemmas] : exact) {
    std::string lemma = best(lemmas);
    std::string via_lower = best(lower[{AsciiLower(key.first), key.second}]);
    if (lemma != via_lower && lemma != lem.Default(key.first, key.second)) {
      lem.AddLemma(Lemmatizer::FormKey(key.second, key.first), lemma);
    }
  }
  for (const auto& [key, counts] : rules) {
    auto it = std::max_element(counts.begin(), counts.end(),
                               [](auto& a, auto& b) { return a.second < b.second; });
    if (it->second < 3) continue;
    lem.AddRule(Lemmatizer::SuffixKey(key.first, key.second),
                {static_cast<uint8_t>(it->first.first), it->first.second});
  }
  return lem;
}

std::string TrainPos(const std::vector<TreebankSentence>& all, const PosTrainOptions& options,
                     std::ostream& log) {
  std::vector<const TreebankSentence*> data;
  for (const auto& s : all) data.push_back(&s);
  data = Subsample(std::move(data), options.max_sentences);
  std::set<std::string> tag_set;
  for (const auto* s : data) tag_set.insert(s->upos.begin(), s->upos.end());
  std::vector<std::string> tags(tag_set.begin(), tag_set.end());
  std::map<std::string, int> tag_id;
  for (size_t i = 0; i < tags.size(); ++i) tag_id[tags[i]] = static_cast<int>(i);

  std::vector<std::vector<WordInfo>> infos;
  std::vector<std::vector<int>> golds;
  for (const auto* s : data) {
    infos.push_back(Describe(s->words));
    std::vector<int> g;
    for (const auto& t : s->upos) g.push_back(tag_id[t]);
    golds.push_back(std::move(g));
  }
  std::unordered_map<uint64_t, uint64_t> lexicon = LearnLexicon(data, tag_id);
  for (auto& w : infos) {
    for (auto& x : w) {
      auto it = lexicon.find(x.lower);
      x.amb = it == lexicon.end() ? 0 : it->second;
    }
  }
  Perceptron p(static_cast<int>(tags.size()));
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t feats[kMaxPosFeatures];
  float scores[kMaxClasses];
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const auto& w = infos[idx];
      const auto& g = golds[idx];
      int n = static_cast<int>(w.size());
      int p1 = -1, p2 = -1;
      for (int i = 0; i < n; ++i) {
        int k = PosFeatures(w.data(), n, i, p1, p2, feats);
        p.Score(std::span<const uint64_t>(feats, k), scores);
        int guess = static_cast<int>(std::max_element(scores, scores + tags.size()) - scores);
        p.Update(std::span<const uint64_t>(feats, k), g[i], guess);
        p.Tick();
        correct += guess == g[i];
        ++total;
        p2 = p1;
        p1 = guess;
      }
    }
    log << "pos epoch " << epoch + 1 << " train accuracy " << double(correct) / total << "\n";
  }
  std::vector<TreebankSentence> lemma_data;
  LinearModel model = p.Average(1e-3f);
  log << "pos model: " << model.num_features() << " features, " << model.num_weights()
      << " weights\n";
  Lemmatizer lem = LearnLemmatizer(all, tags);
  log << "lemmatiser: " << lem.size() << " entries\n";
  return PosTagger::Serialize(tags, model, lem, lexicon);
}

PosScore EvaluatePos(const PosTagger& tagger, const std::vector<TreebankSentence>& data) {
  PosScore score;
  std::vector<uint8_t> tags;
  for (const auto& s : data) {
    auto info = Describe(s.words);
    for (size_t i = 0; i < info.size() && i < s.glued.size(); ++i) info[i].glued = s.glued[i];
    tagger.AddLexicon(info.data(), static_cast<int>(info.size()));
    tags.resize(info.size());
    tagger.Tag(info.data(), static_cast<int>(info.size()), tags.data());
    for (size_t i = 0; i < tags.size(); ++i) {
      ++score.tokens;
      const std::string& t = tagger.tag_name(tags[i]);
      score.upos_correct += t == s.upos[i];
      score.lemma_correct += tagger.lemmatizer().Lemmatize(s.words[i], tags[i]) == s.lemmas[i];
    }
  }
  return score;
}

}  // namespace dossier::nlp::train
