// InputMeter: how far `dossier ingest` has got through its input files, in
// bytes, so the progress bar can show a percentage and an ETA from bytes.
//
// A document's origin ("FILE" or "FILE:LINE") places it: whole files count
// once their document is done; inside an uncompressed JSON Lines file the line
// number is mapped to a byte offset through a sparse index of line ends built
// up front (one entry per kStride lines). Compressed files advance at their end.
//
// Not thread-safe; files must be met in the order given.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dossier::app {

class InputMeter {
 public:
  explicit InputMeter(const std::vector<std::string>& files);

  uint64_t total_bytes() const { return total_; }
  // Bytes of input consumed up to and including the document from `origin`.
  uint64_t BytesThrough(const std::string& origin);

 private:
  static constexpr uint64_t kStride = 64;
  struct File {
    std::string path;
    uint64_t base = 0;  // bytes of all earlier files
    uint64_t size = 0;
    bool lines = false;               // indexed JSON Lines
    std::vector<uint64_t> line_ends;  // end of lines kStride, 2*kStride, ...
  };
  std::vector<File> files_;
  size_t current_ = 0;
  uint64_t total_ = 0;
};

}  // namespace dossier::app
