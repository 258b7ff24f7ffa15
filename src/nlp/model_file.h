// A versioned, fingerprinted container of named byte sections: the on-disk form
// of every trained model in src/nlp.
//
// Layout: "DOSSNLP\0" | u32 format version | u32 section count |
//         per section: u32 name length, name, u64 size, bytes |
//         32 hex digits = ContentHash of everything before them.
// Load checks the magic, the version, every bound and the fingerprint, so a
// truncated or edited file gives a kCorruption Status, never a crash.
//
// Example:
//   ModelFileWriter w;
//   w.Add("meta", "pos");
//   DOSSIER_RETURN_IF_ERROR(base::WriteFileAtomic(path, w.Finish()));
//   DOSSIER_ASSIGN_OR_RETURN(ModelFile f, ModelFile::Read(path));
//   DOSSIER_ASSIGN_OR_RETURN(std::string_view meta, f.Section("meta"));
//
// Thread-safety: a ModelFile is immutable after Read.
#pragma once

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace dossier::nlp {

inline constexpr uint32_t kModelFormatVersion = 1;

class ModelFileWriter {
 public:
  void Add(const std::string& name, std::string bytes) { sections_[name] = std::move(bytes); }
  // The serialised file (sections in name order, then the fingerprint).
  std::string Finish() const;

 private:
  std::map<std::string, std::string> sections_;
};

class ModelFile {
 public:
  static base::Result<ModelFile> Read(const std::string& path);
  static base::Result<ModelFile> Parse(std::string bytes, const std::string& origin);

  base::Result<std::string_view> Section(const std::string& name) const;
  const std::string& fingerprint() const { return fingerprint_; }
  const std::string& origin() const { return origin_; }

 private:
  std::string bytes_;
  std::map<std::string, std::pair<size_t, size_t>> sections_;  // offset, size
  std::string fingerprint_;
  std::string origin_;
};

// Little-endian binary appenders and a bounds-checked reader for sections.
class ByteWriter {
 public:
  template <typename T>
  void Put(T v) { out_.append(reinterpret_cast<const char*>(&v), sizeof(T)); }
  void PutString(std::string_view s) {
    Put<uint32_t>(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void PutBytes(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string& str() { return out_; }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  template <typename T>
  bool Get(T* v) {
    if (in_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetString(std::string* s) {
    uint32_t n = 0;
    if (!Get(&n) || in_.size() - pos_ < n) return false;
    s->assign(in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool GetBytes(void* p, size_t n) {
    if (in_.size() - pos_ < n) return false;
    std::memcpy(p, in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool done() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

// A table of (64-bit key, value) rows as a section: the row count, then the
// rows sorted by key, so the same table always gives the same bytes.
template <typename V>
std::string SerializeRows(std::vector<std::pair<uint64_t, V>> rows) {
  std::sort(rows.begin(), rows.end());
  ByteWriter w;
  w.Put<uint64_t>(rows.size());
  for (const auto& [k, v] : rows) {
    w.Put(k);
    w.Put(v);
  }
  return std::move(w.str());
}

// Reads rows written by SerializeRows, calling add(key, value) for each;
// add returns false for a row it rejects. kCorruption names `what`.
template <typename V, typename Add>
base::Status DeserializeRows(std::string_view bytes, const char* what, Add add) {
  ByteReader r(bytes);
  uint64_t n = 0;
  if (!r.Get(&n) || n > bytes.size() / (sizeof(uint64_t) + sizeof(V))) {
    return base::Status::Corruption(std::string(what) + ": bad size");
  }
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t k = 0;
    V v{};
    if (!r.Get(&k) || !r.Get(&v) || !add(k, v)) {
      return base::Status::Corruption(std::string(what) + ": bad row");
    }
  }
  if (!r.done()) return base::Status::Corruption(std::string(what) + ": trailing bytes");
  return base::Status::Ok();
}

}  // namespace dossier::nlp
