#include "text/line_source.h"

#include <zstd.h>

#include <cerrno>
#include <cstring>

#include "base/file.h"

namespace dossier::text {

struct LineSource::Zstd {
  ZSTD_DCtx* ctx = nullptr;
  std::string in;
  size_t in_pos = 0;
  bool frame_done = true;
  ~Zstd() { ZSTD_freeDCtx(ctx); }
};

base::Result<std::unique_ptr<LineSource>> LineSource::Open(const std::string& path) {
  std::unique_ptr<LineSource> src(new LineSource());
  src->path_ = path;
  if (path == "-") {
    src->file_ = stdin;
  } else {
    src->file_ = std::fopen(path.c_str(), "rb");
    if (src->file_ == nullptr) {
      if (errno == ENOENT) return base::Status::NotFound(path + ": no such file");
      return base::Status::IoError(path + ": " + std::strerror(errno));
    }
    src->owns_file_ = true;
  }
  if (base::HasSuffix(path, ".zst")) {
    src->zstd_ = std::make_unique<Zstd>();
    src->zstd_->ctx = ZSTD_createDCtx();
  }
  return src;
}

LineSource::~LineSource() {
  if (owns_file_ && file_ != nullptr) std::fclose(file_);
}

base::Result<bool> LineSource::Fill() {
  if (eof_) return false;
  buf_.erase(0, pos_);
  pos_ = 0;
  char raw[1 << 16];
  if (!zstd_) {
    size_t n = std::fread(raw, 1, sizeof raw, file_);
    if (n == 0) {
      if (std::ferror(file_)) return base::Status::IoError(path_ + ": read failed");
      eof_ = true;
      return false;
    }
    buf_.append(raw, n);
    return true;
  }
  // Decompress until some output appears or the input ends.
  Zstd& z = *zstd_;
  std::string out(ZSTD_DStreamOutSize(), '\0');
  while (true) {
    if (z.in_pos == z.in.size()) {
      size_t n = std::fread(raw, 1, sizeof raw, file_);
      if (n == 0) {
        if (std::ferror(file_)) return base::Status::IoError(path_ + ": read failed");
        eof_ = true;
        if (!z.frame_done) {
          return base::Status::Corruption(path_ + ": truncated zstd stream");
        }
        return false;
      }
      z.in.assign(raw, n);
      z.in_pos = 0;
    }
    ZSTD_inBuffer in{z.in.data(), z.in.size(), z.in_pos};
    ZSTD_outBuffer o{out.data(), out.size(), 0};
    size_t ret = ZSTD_decompressStream(z.ctx, &o, &in);
    z.in_pos = in.pos;
    if (ZSTD_isError(ret)) {
      return base::Status::Corruption(path_ + ": zstd: " + ZSTD_getErrorName(ret));
    }
    z.frame_done = (ret == 0);
    if (o.pos > 0) {
      buf_.append(out.data(), o.pos);
      return true;
    }
  }
}

base::Result<LineSource::Outcome> LineSource::Next(size_t max_bytes, std::string* line,
                                                   size_t* length) {
  line->clear();
  size_t total = 0;
  bool too_long = false;
  bool any = false;
  while (true) {
    if (pos_ >= buf_.size()) {
      auto more = Fill();
      if (!more.ok()) return more.status();
      if (!*more) break;
    }
    any = true;
    const char* start = buf_.data() + pos_;
    const void* nl = std::memchr(start, '\n', buf_.size() - pos_);
    size_t chunk = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : buf_.size() - pos_;
    total += chunk;
    if (!too_long) {
      if (total > max_bytes) {
        too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, chunk);
      }
    }
    pos_ += chunk;
    if (nl) {
      ++pos_;
      ++line_number_;
      *length = total;
      return too_long ? Outcome::kTooLong : Outcome::kLine;
    }
  }
  if (!any && total == 0) return Outcome::kEnd;
  ++line_number_;
  *length = total;
  return too_long ? Outcome::kTooLong : Outcome::kLine;
}

}  // namespace dossier::text
