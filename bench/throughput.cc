// throughput: end-to-end annotation speed on a JSON Lines corpus.
//
//   build/bench/throughput [--threads N] [--limit DOCS] FILE.jsonl[.zst]
//
// Reads up to DOCS documents into memory first (reading is not timed), then
// annotates them with N threads sharing one Annotator, and prints documents/s,
// tokens/s, MB/s and the peak resident memory. The checksum line (mentions and
// events found) lets two runs be compared for identical answers.
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/annotator.h"
#include "text/reader.h"
#include "text/segmenter.h"

using namespace dossier;

int main(int argc, char** argv) {
  int threads = 1;
  size_t limit = 1000;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--threads") && i + 1 < argc) threads = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--limit") && i + 1 < argc) limit = std::strtoull(argv[++i], nullptr, 10);
    else path = argv[i];
  }
  if (path.empty() || threads < 1) {
    std::fprintf(stderr, "usage: throughput [--threads N] [--limit DOCS] FILE.jsonl[.zst]\n");
    return 2;
  }
  std::vector<text::Document> docs;
  base::Status s = text::ReadDocuments(
      path, {}, [&](text::Document&& d) { if (docs.size() < limit) docs.push_back(std::move(d)); },
      [](const std::string& m) { std::fprintf(stderr, "%s\n", m.c_str()); });
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  auto annotator = pipeline::Annotator::Create({});
  if (!annotator.ok()) {
    std::fprintf(stderr, "%s\n", annotator.status().ToString().c_str());
    return 1;
  }
  size_t bytes = 0, tokens = 0;
  for (const auto& d : docs) {
    bytes += d.text.size();
    tokens += text::Tokenize(d.text).size();
  }
  std::atomic<size_t> next{0}, mentions{0}, events{0};
  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&]() {
      for (size_t i; (i = next.fetch_add(1)) < docs.size();) {
        pipeline::Annotation a = (*annotator)->Annotate(docs[i]);
        mentions += a.mentions.size();
        events += a.events.size();
      }
    });
  }
  for (auto& th : pool) th.join();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("documents %zu, tokens %zu, bytes %zu, threads %d\n", docs.size(), tokens, bytes, threads);
  std::printf("checksum: mentions %zu, events %zu\n", mentions.load(), events.load());
  std::printf("%.1f docs/s, %.0f tokens/s, %.2f MB/s, %.2f s, peak RSS %.0f MB\n", docs.size() / secs,
              tokens / secs, bytes / secs / 1e6, secs, ru.ru_maxrss / 1024.0);
  return 0;
}
