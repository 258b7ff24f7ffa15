#include "nlp/model_file.h"

#include "base/file.h"
#include "base/hash.h"

namespace dossier::nlp {
namespace {
constexpr std::string_view kMagic("DOSSNLP\0", 8);
constexpr size_t kFingerprintSize = 32;
}  // namespace

std::string ModelFileWriter::Finish() const {
  ByteWriter w;
  w.PutBytes(kMagic.data(), kMagic.size());
  w.Put<uint32_t>(kModelFormatVersion);
  w.Put<uint32_t>(static_cast<uint32_t>(sections_.size()));
  for (const auto& [name, bytes] : sections_) {
    w.PutString(name);
    w.Put<uint64_t>(bytes.size());
    w.PutBytes(bytes.data(), bytes.size());
  }
  std::string out = std::move(w.str());
  out += base::ContentHash(out);
  return out;
}

base::Result<ModelFile> ModelFile::Read(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::string bytes, base::ReadFile(path));
  return Parse(std::move(bytes), path);
}

base::Result<ModelFile> ModelFile::Parse(std::string bytes, const std::string& origin) {
  auto bad = [&](const std::string& why) {
    return base::Status::Corruption(origin + ": " + why);
  };
  if (bytes.size() < kMagic.size() + 8 + kFingerprintSize ||
      std::string_view(bytes).substr(0, kMagic.size()) != kMagic) {
    return bad("not a Dossier model file");
  }
  ModelFile f;
  f.origin_ = origin;
  f.bytes_ = std::move(bytes);
  std::string_view all(f.bytes_);
  std::string_view body = all.substr(0, all.size() - kFingerprintSize);
  f.fingerprint_ = std::string(all.substr(body.size()));
  if (base::ContentHash(body) != f.fingerprint_) return bad("fingerprint mismatch (file damaged)");
  ByteReader r(body.substr(kMagic.size()));
  uint32_t version = 0, count = 0;
  if (!r.Get(&version) || !r.Get(&count)) return bad("truncated header");
  if (version != kModelFormatVersion) {
    return bad("format version " + std::to_string(version) + ", expected " +
               std::to_string(kModelFormatVersion));
  }
  size_t pos = kMagic.size() + 8;
  for (uint32_t i = 0; i < count; ++i) {
    ByteReader h(body.substr(pos));
    std::string name;
    uint64_t size = 0;
    if (!h.GetString(&name) || !h.Get(&size)) return bad("truncated section header");
    pos += 4 + name.size() + 8;
    if (size > body.size() - pos) return bad("section " + name + " out of bounds");
    f.sections_[name] = {pos, size};
    pos += size;
  }
  if (pos != body.size()) return bad("trailing bytes");
  return f;
}

base::Result<std::string_view> ModelFile::Section(const std::string& name) const {
  auto it = sections_.find(name);
  if (it == sections_.end()) return base::Status::Corruption(origin_ + ": no section " + name);
  return std::string_view(bytes_).substr(it->second.first, it->second.second);
}

}  // namespace dossier::nlp
