// Screening benchmark: queries per second against OFAC SDN (2024-05-03) and
// the UN consolidated list (2025-08-02), per-query latency percentiles, index
// build time and memory. Run from the project root (or set DOSSIER_HOME):
//   build/bench/screen_benchmark
// Queries: list names with typos, reordered tokens and changed case, plus
// names that are on no list. The benchmark checks its answers first: KOMID must
// hit SDN 9345 and "Kim Yong-Nam" must hit nothing, or it exits with 1.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <unistd.h>

#include "base/file.h"
#include "kb/screener.h"

namespace {

using Clock = std::chrono::steady_clock;

dossier::kb::Screener* g_screener = nullptr;
std::vector<dossier::kb::ScreenQuery> g_queries;

size_t ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

std::string Perturb(std::string s, std::mt19937& rng) {
  switch (rng() % 4) {
    case 0:
      if (s.size() > 4) s.erase(1 + rng() % (s.size() - 2), 1);
      break;
    case 1:
      s[rng() % s.size()] = static_cast<char>('a' + rng() % 26);
      break;
    case 2: {
      const size_t sp = s.find(' ');
      if (sp != std::string::npos) s = s.substr(sp + 1) + " " + s.substr(0, sp);
      break;
    }
    default:
      for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return s;
}

void MakeQueries() {
  std::mt19937 rng(2024);
  const auto& entries = g_screener->entries();
  for (int i = 0; i < 4000; ++i) {
    const auto& e = entries[rng() % entries.size()];
    g_queries.push_back({Perturb(e.name, rng), i % 2 ? e.schema : "", "", ""});
  }
  const char* unlisted[] = {"Hassan Rouhani", "Donald Trump", "Jay Solomon", "John O. Brennan",
                            "Angela Merkel", "Acme Widgets Limited", "Maria Garcia Lopez",
                            "Global Shipping Holdings", "Kim Yong-Nam", "Olaf Scholz"};
  for (int i = 0; i < 1000; ++i) g_queries.push_back({unlisted[i % 10], "", "", ""});
  std::shuffle(g_queries.begin(), g_queries.end(), rng);
}

void BM_Screen(benchmark::State& state) {
  std::vector<double> micros;
  micros.reserve(1 << 20);
  size_t i = 0, hits = 0;
  for (auto _ : state) {
    const auto t0 = Clock::now();
    auto ms = g_screener->Screen(g_queries[i++ % g_queries.size()], g_screener->default_threshold(), 10);
    micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    hits += !ms.empty();
    benchmark::DoNotOptimize(ms);
  }
  std::sort(micros.begin(), micros.end());
  auto pct = [&](double p) { return micros.empty() ? 0 : micros[static_cast<size_t>(p * (micros.size() - 1))]; };
  state.counters["qps"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["p50_us"] = pct(0.50);
  state.counters["p99_us"] = pct(0.99);
  state.counters["max_us"] = pct(1.0);
  state.counters["hit_rate"] = micros.empty() ? 0 : static_cast<double>(hits) / micros.size();
}
BENCHMARK(BM_Screen)->MinTime(3.0);

}  // namespace

int main(int argc, char** argv) {
  const std::string data = dossier::base::ProjectHome() + "/../shared/data/sanctions/";
  const size_t rss0 = ResidentBytes();
  const auto t0 = Clock::now();
  auto s = dossier::kb::Screener::Load({data + "ofac_sdn_2024-05-03/sdn.csv", data + "un_consolidated_2025-08-02"});
  const double build_s = std::chrono::duration<double>(Clock::now() - t0).count();
  if (!s.ok()) {
    std::fprintf(stderr, "screen_benchmark: %s\n", s.status().ToString().c_str());
    return 1;
  }
  g_screener = s->get();
  std::printf("lists loaded and indexed in %.3f s: %zu entries, %zu names; index estimate %.1f MB, RSS +%.1f MB\n",
              build_s, g_screener->entries().size(), g_screener->name_count(),
              g_screener->MemoryBytes() / 1e6, (ResidentBytes() - rss0) / 1e6);
  bool komid = false;
  for (const auto& m : g_screener->Screen({"KOMID", "", "", ""}, g_screener->default_threshold(), 10)) {
    komid |= m.ref == "9345";
  }
  if (!komid || !g_screener->Screen({"Kim Yong-Nam", "", "", ""}, g_screener->default_threshold(), 10).empty()) {
    std::fprintf(stderr, "screen_benchmark: answer check failed (KOMID / Kim Yong-Nam)\n");
    return 1;
  }
  MakeQueries();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
