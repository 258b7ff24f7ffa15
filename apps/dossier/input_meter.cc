#include "apps/dossier/input_meter.h"

#include <cstdio>
#include <cstring>
#include <filesystem>

#include "base/file.h"

namespace dossier::app {
namespace {

std::vector<uint64_t> SparseLineEnds(const std::string& path, uint64_t stride) {
  std::vector<uint64_t> ends;
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return ends;
  std::vector<char> buf(1 << 20);
  uint64_t offset = 0, lines = 0;
  for (size_t n; (n = std::fread(buf.data(), 1, buf.size(), f)) > 0; offset += n) {
    for (const char* p = buf.data(); (p = static_cast<const char*>(
                                          std::memchr(p, '\n', buf.data() + n - p))) != nullptr;
         ++p) {
      if (++lines % stride == 0) ends.push_back(offset + (p - buf.data()) + 1);
    }
  }
  std::fclose(f);
  return ends;
}

}  // namespace

InputMeter::InputMeter(const std::vector<std::string>& files) {
  for (const auto& path : files) {
    File f;
    f.path = path;
    std::error_code ec;
    f.size = std::filesystem::file_size(path, ec);
    if (ec) f.size = 0;
    f.base = total_;
    f.lines = base::HasSuffix(path, ".jsonl");
    if (f.lines) f.line_ends = SparseLineEnds(path, kStride);
    total_ += f.size;
    files_.push_back(std::move(f));
  }
}

uint64_t InputMeter::BytesThrough(const std::string& origin) {
  auto belongs = [&](const File& f) {
    return origin.compare(0, f.path.size(), f.path) == 0 &&
           (origin.size() == f.path.size() || origin[f.path.size()] == ':');
  };
  size_t i = current_;
  while (i < files_.size() && !belongs(files_[i])) ++i;
  if (i == files_.size()) return current_ < files_.size() ? files_[current_].base : total_;
  current_ = i;
  const File& f = files_[i];
  if (!f.lines) return f.base + f.size;
  // "FILE:LINE": the last indexed line end at or before LINE.
  uint64_t line = std::strtoull(origin.c_str() + f.path.size() + 1, nullptr, 10);
  uint64_t k = line / kStride;
  uint64_t within = k == 0 ? 0 : f.line_ends[std::min<uint64_t>(k, f.line_ends.size()) - 1];
  return f.base + std::min(within, f.size);
}

}  // namespace dossier::app
