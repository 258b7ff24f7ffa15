// Google Benchmark suites for the first stages: tokenisation + sentence
// splitting, and the whole annotator, on the seed article (read from ../shared).
#include <benchmark/benchmark.h>

#include <string>

#include "base/file.h"
#include "pipeline/annotator.h"
#include "text/segmenter.h"

namespace {

using namespace dossier;

const std::string& Article() {
  static const std::string text = [] {
    auto r = base::ReadFile(base::ProjectHome() + "/../shared/seed/article.txt");
    return r.ok() ? *r : std::string("Iran and North Korea held talks in Pyongyang on Tuesday.");
  }();
  return text;
}

void BM_Segment(benchmark::State& state) {
  const std::string& text = Article();
  size_t tokens = 0;
  for (auto _ : state) {
    text::Segmentation seg = text::Segment(text);
    tokens += seg.tokens.size();
    benchmark::DoNotOptimize(seg);
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Segment);

void BM_Annotate(benchmark::State& state) {
  static auto annotator = pipeline::Annotator::Create({});
  if (!annotator.ok()) {
    state.SkipWithError(annotator.status().ToString().c_str());
    return;
  }
  text::Document doc;
  doc.id = "seed";
  doc.text = Article();
  size_t tokens = text::Tokenize(doc.text).size();
  for (auto _ : state) benchmark::DoNotOptimize((*annotator)->Annotate(doc));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Annotate);

}  // namespace

BENCHMARK_MAIN();
