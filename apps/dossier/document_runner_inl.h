// Implementation of RunDocuments (a template, so it lives in a header).
#pragma once

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

namespace dossier::app {

template <typename R>
base::Status RunDocuments(const std::vector<std::string>& paths, const text::ReadOptions& options,
                          int threads, const std::function<R(const text::Document&)>& work,
                          const std::function<void(const text::Document&, R&&)>& done,
                          const std::function<void(const std::string&)>& on_error, RunStats* stats) {
  const size_t batch_size = threads > 1 ? 64 * static_cast<size_t>(threads) : 1;
  std::vector<text::Document> batch;
  auto flush = [&]() {
    std::vector<std::optional<R>> results(batch.size());
    if (threads <= 1 || batch.size() == 1) {
      for (size_t i = 0; i < batch.size(); ++i) results[i].emplace(work(batch[i]));
    } else {
      std::atomic<size_t> next{0};
      std::vector<std::thread> pool;
      int n = std::min<int>(threads, static_cast<int>(batch.size()));
      for (int t = 0; t < n; ++t) {
        pool.emplace_back([&]() {
          for (size_t i; (i = next.fetch_add(1)) < batch.size();) results[i].emplace(work(batch[i]));
        });
      }
      for (auto& th : pool) th.join();
    }
    for (size_t i = 0; i < batch.size(); ++i) done(batch[i], std::move(*results[i]));
    batch.clear();
  };
  base::Status first_error;
  for (const std::string& path : paths) {
    base::Status s = text::ReadDocuments(
        path, options,
        [&](text::Document&& doc) {
          ++stats->documents;
          stats->bytes += doc.text.size();
          batch.push_back(std::move(doc));
          if (batch.size() >= batch_size) flush();
        },
        [&](const std::string& message) {
          ++stats->errors;
          on_error(message);
        });
    if (!s.ok()) {
      ++stats->errors;
      on_error(s.message());
      if (first_error.ok()) first_error = s;
    }
  }
  flush();
  return first_error;
}

}  // namespace dossier::app
