// A progress line for long-running commands: documents/s and ETA on a terminal,
// silent when standard error is not a terminal (pipes, CI logs).
//
// Example:
//   Progress progress("ingest", total_bytes);   // total 0 = unknown
//   for (...) progress.Advance(1, doc.size());
//   progress.Finish();
//
// Not thread-safe: call from the thread that owns the loop.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace dossier::base {

class Progress {
 public:
  // `total_units` is the expected total of the second Advance() argument (bytes
  // of input), used for the ETA; 0 means unknown.
  Progress(std::string label, uint64_t total_units, bool enabled);
  explicit Progress(std::string label, uint64_t total_units = 0);
  ~Progress();

  void Advance(uint64_t items, uint64_t units);
  // Adds a short status note shown after the rates ("3 errors").
  void SetNote(std::string note) { note_ = std::move(note); }
  void Finish();

  uint64_t items() const { return items_; }

 private:
  void Draw(bool final);

  std::string label_;
  uint64_t total_units_;
  bool enabled_;
  bool finished_ = false;
  uint64_t items_ = 0;
  uint64_t units_ = 0;
  std::string note_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace dossier::base
