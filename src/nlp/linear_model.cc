#include "nlp/linear_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "nlp/model_file.h"

namespace dossier::nlp {
namespace {
inline uint64_t Probe(uint64_t key) { return key ^ (key >> 29); }
}  // namespace

LinearModel LinearModel::Build(int num_classes, const std::vector<uint64_t>& keys,
                               const std::vector<std::vector<std::pair<uint16_t, float>>>& rows) {
  LinearModel m;
  m.num_classes_ = num_classes;
  float max_abs = 0;
  for (const auto& row : rows) {
    for (const auto& [c, w] : row) max_abs = std::max(max_abs, std::fabs(w));
  }
  m.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  size_t cap = 16;
  while (cap < keys.size() * 3 / 2 + 1) cap *= 2;
  m.mask_ = cap - 1;
  m.slots_.assign(cap, Slot{});
  for (size_t i = 0; i < keys.size(); ++i) {
    uint32_t begin = static_cast<uint32_t>(m.entries_.size());
    for (const auto& [c, w] : rows[i]) {
      long q = std::lround(w / m.scale_);
      if (q != 0) m.entries_.push_back({c, static_cast<int16_t>(q)});
    }
    if (m.entries_.size() == begin || keys[i] == 0) continue;
    uint64_t s = Probe(keys[i]) & m.mask_;
    while (m.slots_[s].key != 0) s = (s + 1) & m.mask_;
    m.slots_[s].key = keys[i];
    m.slots_[s].begin = begin;
    m.slots_[s].end = static_cast<uint32_t>(m.entries_.size());
    ++m.num_features_;
  }
  return m;
}

void LinearModel::Score(std::span<const uint64_t> features, float* scores) const {
  int32_t acc[kMaxClasses] = {0};
  if (!slots_.empty()) {
    // Three passes so the memory reads of all features overlap: prefetch the
    // slots, resolve them (prefetching the weight rows), then add the rows.
    constexpr size_t kChunk = 128;
    size_t pos[kChunk];
    const Slot* found[kChunk];
    for (size_t base = 0; base < features.size(); base += kChunk) {
      size_t m = std::min(kChunk, features.size() - base);
      for (size_t i = 0; i < m; ++i) {
        pos[i] = Probe(features[base + i]) & mask_;
        __builtin_prefetch(&slots_[pos[i]]);
      }
      for (size_t i = 0; i < m; ++i) {
        uint64_t f = features[base + i];
        size_t s = pos[i];
        found[i] = nullptr;
        while (true) {
          const Slot& slot = slots_[s];
          if (slot.key == f) {
            found[i] = &slot;
            __builtin_prefetch(&entries_[slot.begin]);
            break;
          }
          if (slot.key == 0) break;
          s = (s + 1) & mask_;
        }
      }
      for (size_t i = 0; i < m; ++i) {
        if (found[i] == nullptr) continue;
        for (uint32_t e = found[i]->begin; e < found[i]->end; ++e) {
          acc[entries_[e].cls] += entries_[e].weight;
        }
      }
    }
  }
  for (int c = 0; c < num_classes_; ++c) scores[c] = acc[c] * scale_;
}

std::string LinearModel::Serialize() const {
  ByteWriter w;
  w.Put<uint32_t>(num_classes_);
  w.Put<float>(scale_);
  w.Put<uint64_t>(num_features_);
  w.Put<uint64_t>(slots_.size());
  w.Put<uint64_t>(entries_.size());
  // Only occupied slots are written: key, row length; then the entries.
  for (size_t s = 0; s < slots_.size(); ++s) {
    if (slots_[s].key == 0) continue;
    w.Put<uint64_t>(slots_[s].key);
    w.Put<uint32_t>(slots_[s].end - slots_[s].begin);
    for (uint32_t e = slots_[s].begin; e < slots_[s].end; ++e) {
      w.Put<uint8_t>(static_cast<uint8_t>(entries_[e].cls));
      w.Put<int16_t>(entries_[e].weight);
    }
  }
  return std::move(w.str());
}

base::Result<LinearModel> LinearModel::Deserialize(std::string_view bytes) {
  auto bad = [](const char* why) {
    return base::Status::Corruption(std::string("linear model: ") + why);
  };
  ByteReader r(bytes);
  LinearModel m;
  uint32_t nc = 0;
  uint64_t nf = 0, cap = 0, ne = 0;
  if (!r.Get(&nc) || !r.Get(&m.scale_) || !r.Get(&nf) || !r.Get(&cap) || !r.Get(&ne)) {
    return bad("truncated header");
  }
  if (nc == 0 || nc > kMaxClasses || cap == 0 || (cap & (cap - 1)) != 0 || nf >= cap ||
      cap > (uint64_t{1} << 32) || ne > bytes.size()) {
    return bad("bad header");
  }
  m.num_classes_ = static_cast<int>(nc);
  m.num_features_ = nf;
  m.mask_ = cap - 1;
  m.slots_.assign(cap, Slot{});
  m.entries_.reserve(ne);
  for (uint64_t i = 0; i < nf; ++i) {
    uint64_t key = 0;
    uint32_t len = 0;
    if (!r.Get(&key) || !r.Get(&len) || key == 0) return bad("truncated row");
    uint64_t s = Probe(key) & m.mask_;
    while (m.slots_[s].key != 0) {
      if (m.slots_[s].key == key) return bad("duplicate key");
      s = (s + 1) & m.mask_;
    }
    m.slots_[s].key = key;
    m.slots_[s].begin = static_cast<uint32_t>(m.entries_.size());
    for (uint32_t j = 0; j < len; ++j) {
      uint8_t c = 0;
      int16_t wt = 0;
      if (!r.Get(&c) || !r.Get(&wt)) return bad("truncated row");
      if (c >= nc) return bad("class out of range");
      m.entries_.push_back({c, wt});
    }
    m.slots_[s].end = static_cast<uint32_t>(m.entries_.size());
  }
  if (m.entries_.size() != ne || !r.done()) return bad("size mismatch");
  return m;
}

}  // namespace dossier::nlp
