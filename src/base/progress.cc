#include "base/progress.h"

#include <unistd.h>

#include <cstdio>

namespace dossier::base {

Progress::Progress(std::string label, uint64_t total_units, bool enabled)
    : label_(std::move(label)),
      total_units_(total_units),
      enabled_(enabled),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::Progress(std::string label, uint64_t total_units)
    : Progress(std::move(label), total_units, ::isatty(STDERR_FILENO) == 1) {}

Progress::~Progress() { Finish(); }

void Progress::Advance(uint64_t items, uint64_t units) {
  items_ += items;
  units_ += units;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ >= std::chrono::milliseconds(200)) {
    last_draw_ = now;
    Draw(false);
  }
}

void Progress::Finish() {
  if (finished_) return;
  finished_ = true;
  if (enabled_) Draw(true);
}

void Progress::Draw(bool final) {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double rate = secs > 0 ? items_ / secs : 0.0;
  char eta[64] = "";
  if (!final && total_units_ > 0 && units_ > 0 && units_ < total_units_) {
    double left = secs * static_cast<double>(total_units_ - units_) / static_cast<double>(units_);
    std::snprintf(eta, sizeof eta, ", ETA %dm%02ds", static_cast<int>(left) / 60,
                  static_cast<int>(left) % 60);
  }
  char pct[32] = "";
  if (total_units_ > 0) {
    std::snprintf(pct, sizeof pct, " %3.0f%%", 100.0 * static_cast<double>(units_) / total_units_);
  }
  std::fprintf(stderr, "\r\033[K%s%s: %llu docs, %.1f docs/s%s%s%s%s", label_.c_str(), pct,
               static_cast<unsigned long long>(items_), rate, eta, note_.empty() ? "" : ", ",
               note_.c_str(), final ? "\n" : "");
  std::fflush(stderr);
}

}  // namespace dossier::base
