// Throughput of the trained NLP core on UN General Debate statements
// (../shared/data/news/ungdc): POS tagger + NER alone, POS + parser, the
// parser alone (BM_Parser, input tagged beforehand), and
// Models::Analyze (all three plus lemmas). Counters report tokens per second
// on one thread. Run: build/bench/nlp_bench [--benchmark_filter=...]
// Environment: DOSSIER_BENCH_DOCS (statements, default 300), DOSSIER_MODELS.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "nlp/nlp_models.h"
#include "nlp/train/corpus.h"
#include "text/segmenter.h"

namespace dossier::nlp {
namespace {

struct Corpus {
  std::vector<std::string> texts;
  std::vector<text::Segmentation> segs;
  size_t tokens = 0;
};

const Corpus& GetCorpus() {
  static Corpus* c = [] {
    auto* c = new Corpus();
    const char* env = std::getenv("DOSSIER_BENCH_DOCS");
    size_t max_docs = env ? std::strtoul(env, nullptr, 10) : 300;
    std::string path = std::string(DOSSIER_SHARED_DIR) + "/data/news/ungdc/ungdc.jsonl.zst";
    auto texts = train::ReadJsonlTexts(path, max_docs);
    if (!texts.ok()) std::fprintf(stderr, "%s\n", texts.status().ToString().c_str());
    if (texts.ok()) c->texts = std::move(*texts);
    for (const auto& t : c->texts) {
      c->segs.push_back(text::Segment(t));
      c->tokens += c->segs.back().tokens.size();
    }
    std::fprintf(stderr, "corpus: %zu documents, %zu tokens\n", c->texts.size(), c->tokens);
    return c;
  }();
  return *c;
}

const Models& GetModels() {
  static const Models* m = [] {
    const char* dir = std::getenv("DOSSIER_MODELS");
    auto r = Models::Load(dir ? std::string(dir) : std::string(DOSSIER_SOURCE_DIR) + "/models");
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
      std::exit(1);
    }
    return r->release();
  }();
  return *m;
}

// POS tags (always), then optionally NER and the parser, per sentence.
void RunStages(benchmark::State& state, bool ner, bool parse) {
  const Corpus& c = GetCorpus();
  const Models& m = GetModels();
  std::vector<WordInfo> info;
  std::vector<uint8_t> tags, labels;
  std::vector<int32_t> heads;
  std::vector<NerSpan> spans;
  size_t entities = 0;
  for (auto _ : state) {
    for (size_t d = 0; d < c.texts.size(); ++d) {
      const std::string& text = c.texts[d];
      const auto& seg = c.segs[d];
      for (const auto& s : seg.sentences) {
        int n = static_cast<int>(s.token_end - s.token_begin);
        info.resize(n);
        tags.resize(n);
        for (int i = 0; i < n; ++i) {
          const auto& t = seg.tokens[s.token_begin + i];
          info[i] = DescribeWord(std::string_view(text).substr(t.begin, t.end - t.begin));
        }
        m.pos().AddLexicon(info.data(), n);
        m.pos().Tag(info.data(), n, tags.data());
        if (ner) {
          m.ner().AddLexicon(info.data(), n);
          spans.clear();
          m.ner().Tag(info.data(), tags.data(), n, &spans);
          entities += spans.size();
        }
        if (parse) {
          heads.resize(n);
          labels.resize(n);
          m.parser().Parse(info.data(), tags.data(), n, heads.data(), labels.data());
        }
      }
    }
  }
  benchmark::DoNotOptimize(entities);
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(c.tokens) * state.iterations(), benchmark::Counter::kIsRate);
}

void BM_PosTagger(benchmark::State& state) { RunStages(state, false, false); }
void BM_PosTaggerNer(benchmark::State& state) { RunStages(state, true, false); }
void BM_PosTaggerParser(benchmark::State& state) { RunStages(state, false, true); }

// The parser alone: words described and tagged once, outside the timed loop.
void BM_Parser(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  const Models& m = GetModels();
  struct Sentence {
    std::vector<WordInfo> info;
    std::vector<uint8_t> tags;
  };
  std::vector<Sentence> sentences;
  for (size_t d = 0; d < c.texts.size(); ++d) {
    const auto& seg = c.segs[d];
    for (const auto& s : seg.sentences) {
      int n = static_cast<int>(s.token_end - s.token_begin);
      Sentence x;
      x.info.resize(n);
      x.tags.resize(n);
      for (int i = 0; i < n; ++i) {
        const auto& t = seg.tokens[s.token_begin + i];
        x.info[i] = DescribeWord(std::string_view(c.texts[d]).substr(t.begin, t.end - t.begin));
      }
      m.pos().AddLexicon(x.info.data(), n);
      m.pos().Tag(x.info.data(), n, x.tags.data());
      sentences.push_back(std::move(x));
    }
  }
  std::vector<int32_t> heads;
  std::vector<uint8_t> labels;
  for (auto _ : state) {
    for (const auto& x : sentences) {
      int n = static_cast<int>(x.tags.size());
      heads.resize(n);
      labels.resize(n);
      m.parser().Parse(x.info.data(), x.tags.data(), n, heads.data(), labels.data());
      benchmark::DoNotOptimize(heads.data());
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(c.tokens) * state.iterations(), benchmark::Counter::kIsRate);
}

void BM_Analyze(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  const Models& m = GetModels();
  for (auto _ : state) {
    for (size_t d = 0; d < c.texts.size(); ++d) {
      Analysis a = m.Analyze(c.texts[d], c.segs[d]);
      benchmark::DoNotOptimize(a.tokens.data());
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(c.tokens) * state.iterations(), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_PosTagger)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_PosTaggerNer)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_PosTaggerParser)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Parser)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace dossier::nlp

BENCHMARK_MAIN();
