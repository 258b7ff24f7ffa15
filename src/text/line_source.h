// LineSource: reads a byte stream (plain or zstd-compressed) line by line with a
// bound on line length, so a 50 MB line costs a skip, not 50 MB of memory.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "base/status.h"

namespace dossier::text {

class LineSource {
 public:
  // Opens `path` ("-" = standard input). Files ending in .zst are decompressed.
  static base::Result<std::unique_ptr<LineSource>> Open(const std::string& path);
  ~LineSource();
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  enum class Outcome { kLine, kTooLong, kEnd };
  // Reads the next line (without its '\n') into *line. A line longer than
  // `max_bytes` is consumed and discarded: kTooLong, with *length set to its size.
  // Errors (I/O, corrupt compression) come back as a non-ok Result.
  base::Result<Outcome> Next(size_t max_bytes, std::string* line, size_t* length);

  size_t line_number() const { return line_number_; }

 private:
  LineSource() = default;
  // Refills buf_ from the underlying stream; false at end of input.
  base::Result<bool> Fill();

  FILE* file_ = nullptr;
  bool owns_file_ = false;
  struct Zstd;
  std::unique_ptr<Zstd> zstd_;
  std::string path_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  size_t line_number_ = 0;
};

}  // namespace dossier::text
