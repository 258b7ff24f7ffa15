#include "nlp/linear_model.h"

#include <sys/mman.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "nlp/model_file.h"

namespace dossier::nlp {
namespace {
// Slots per feature: a sparse table keeps probe sequences short, which
// measured faster than a denser, smaller one (BM_Parser: load 0.35 ~160k
// tokens/s, 0.5 ~145k, 0.7 ~128k, 0.8 ~105k on the same model).
constexpr double kLoad = 0.35;
constexpr size_t kHugePage = size_t{2} << 20;
typedef int32_t V4 __attribute__((vector_size(16), aligned(4), may_alias));
typedef int16_t V4s __attribute__((vector_size(8)));
typedef int16_t V8s __attribute__((vector_size(16), aligned(2), may_alias));
}  // namespace

void LinearModel::FreeSlots::operator()(Slot* p) const { std::free(p); }

void LinearModel::Reserve(size_t features) {
  // Load factor about kLoad; any size works (slots are found by multiply-shift).
  size_t cap = std::max<size_t>(16, static_cast<size_t>(static_cast<double>(features) / kLoad) + 1);
  size_t bytes = cap * sizeof(Slot);
  size_t align = bytes >= kHugePage ? kHugePage : 64;
  bytes = (bytes + align - 1) / align * align;
  auto* p = static_cast<Slot*>(std::aligned_alloc(align, bytes));
  if (p == nullptr) std::abort();
  if (align == kHugePage) madvise(p, bytes, MADV_HUGEPAGE);  // a hint; failure is harmless
  std::memset(static_cast<void*>(p), 0, bytes);
  slots_ = std::unique_ptr<Slot[], FreeSlots>(p);
  cap_ = cap;
  num_features_ = 0;
  num_weights_ = 0;
  dense_width_ = (num_classes_ + 7) / 8 * 8;
  overflow_.clear();
  dense_.clear();
}

bool LinearModel::Insert(uint64_t key, const Entry* row, uint32_t len) {
  if (key == 0) return false;
  uint64_t s = Home(key);
  while (slots_[s].key != 0) {
    if (slots_[s].key == key) return false;
    s = Next(s);
  }
  Slot& slot = slots_[s];
  slot.key = key;
  slot.len = static_cast<uint16_t>(len);
  if (len <= kInline) {
    for (uint32_t j = 0; j < len; ++j) {
      slot.cls[j] = static_cast<uint8_t>(row[j].cls);
      slot.weight[j] = row[j].weight;
    }
  } else if (len * 4 >= static_cast<uint32_t>(num_classes_)) {
    slot.len |= kDense;
    slot.begin = static_cast<uint32_t>(dense_.size());
    dense_.resize(dense_.size() + dense_width_, 0);
    for (uint32_t j = 0; j < len; ++j) dense_[slot.begin + row[j].cls] = row[j].weight;
  } else {
    slot.begin = static_cast<uint32_t>(overflow_.size());
    overflow_.insert(overflow_.end(), row, row + len);
  }
  ++num_features_;
  num_weights_ += len;
  return true;
}

const LinearModel::Slot* LinearModel::Find(uint64_t key) const {
  if (!slots_) return nullptr;
  uint64_t s = Home(key);
  while (true) {
    const Slot& slot = slots_[s];
    if (slot.key == key) return &slot;
    if (slot.key == 0) return nullptr;
    s = Next(s);
  }
}

LinearModel LinearModel::Build(int num_classes, const std::vector<uint64_t>& keys,
                               const std::vector<std::vector<std::pair<uint16_t, float>>>& rows) {
  LinearModel m;
  m.num_classes_ = num_classes;
  float max_abs = 0;
  for (const auto& row : rows) {
    for (const auto& [c, w] : row) max_abs = std::max(max_abs, std::fabs(w));
  }
  m.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<std::vector<Entry>> quantised(keys.size());
  size_t kept = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    for (const auto& [c, w] : rows[i]) {
      long q = std::lround(w / m.scale_);
      if (q != 0) quantised[i].push_back({c, static_cast<int16_t>(q)});
    }
    kept += !quantised[i].empty() && keys[i] != 0;
  }
  m.Reserve(kept);
  for (size_t i = 0; i < keys.size(); ++i) {
    if (quantised[i].empty()) continue;
    m.Insert(keys[i], quantised[i].data(), static_cast<uint32_t>(quantised[i].size()));
  }
  return m;
}

std::vector<LinearModel::Entry> LinearModel::Row(uint64_t feature) const {
  const Slot* s = Find(feature);
  if (s == nullptr) return {};
  std::vector<Entry> row;
  if (s->len <= kInline) {
    for (uint16_t j = 0; j < s->len; ++j) row.push_back({s->cls[j], s->weight[j]});
  } else if (s->len & kDense) {
    for (int c = 0; c < num_classes_; ++c) {
      int16_t w = dense_[s->begin + c];
      if (w != 0) row.push_back({static_cast<uint16_t>(c), static_cast<int16_t>(w)});
    }
  } else {
    row.assign(overflow_.begin() + s->begin, overflow_.begin() + s->begin + s->len);
  }
  return row;
}

void LinearModel::Score(std::span<const uint64_t> features, float* scores) const {
  alignas(16) int32_t acc[kMaxClasses];
  ScoreRaw(features, acc);
  for (int c = 0; c < num_classes_; ++c) scores[c] = acc[c] * scale_;
}

void LinearModel::ScoreRaw(std::span<const uint64_t> features, int32_t* acc) const {
  std::fill_n(acc, dense_width_, 0);
  if (slots_) {
    // Three passes so the memory reads of all features overlap: prefetch the
    // slots; resolve them, adding short rows at once and prefetching long
    // ones; then add the long rows.
    constexpr size_t kChunk = 128;
    size_t pos[kChunk];
    const Slot* longer[kChunk];
    for (size_t base = 0; base < features.size(); base += kChunk) {
      size_t m = std::min(kChunk, features.size() - base);
      for (size_t i = 0; i < m; ++i) {
        pos[i] = Home(features[base + i]);
        __builtin_prefetch(&slots_[pos[i]]);
      }
      size_t num_longer = 0;
      for (size_t i = 0; i < m; ++i) {
        uint64_t f = features[base + i];
        size_t s = pos[i];
        while (true) {
          const Slot& slot = slots_[s];
          if (slot.key == f) {
            if (slot.len <= kInline) {
              for (uint16_t j = 0; j < slot.len; ++j) acc[slot.cls[j]] += slot.weight[j];
            } else {
              __builtin_prefetch(slot.len & kDense ? static_cast<const void*>(&dense_[slot.begin])
                                                   : &overflow_[slot.begin]);
              longer[num_longer++] = &slot;
            }
            break;
          }
          if (slot.key == 0) break;
          s = Next(s);
        }
      }
      for (size_t i = 0; i < num_longer; ++i) {
        if (longer[i]->len & kDense) {
          const int16_t* d = &dense_[longer[i]->begin];
          for (int c = 0; c < dense_width_; c += 8) {
            V8s w = *reinterpret_cast<const V8s*>(d + c);
            *reinterpret_cast<V4*>(acc + c) +=
                __builtin_convertvector(__builtin_shufflevector(w, w, 0, 1, 2, 3), V4);
            *reinterpret_cast<V4*>(acc + c + 4) +=
                __builtin_convertvector(__builtin_shufflevector(w, w, 4, 5, 6, 7), V4);
          }
        } else {
          const Entry* e = &overflow_[longer[i]->begin];
          for (uint16_t j = 0; j < longer[i]->len; ++j) acc[e[j].cls] += e[j].weight;
        }
      }
    }
  }
}


std::string LinearModel::Serialize() const {
  ByteWriter w;
  w.Put<uint32_t>(num_classes_);
  w.Put<float>(scale_);
  w.Put<uint64_t>(num_features_);
  uint64_t cap = 16;  // the file keeps a power of two (readers size their own table)
  while (cap <= num_features_) cap *= 2;
  w.Put<uint64_t>(cap);
  w.Put<uint64_t>(num_weights_);
  // Occupied slots in table order: key, row length, then the row.
  for (uint64_t s = 0; slots_ && s < cap_; ++s) {
    if (slots_[s].key == 0) continue;
    w.Put<uint64_t>(slots_[s].key);
    std::vector<Entry> row = Row(slots_[s].key);
    w.Put<uint32_t>(static_cast<uint32_t>(row.size()));
    for (const Entry& e : row) {
      w.Put<uint8_t>(static_cast<uint8_t>(e.cls));
      w.Put<int16_t>(e.weight);
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
  // `cap` is the writer's table size; the table is rebuilt to this reader's size.
  if (nc == 0 || nc > kMaxClasses || cap == 0 || (cap & (cap - 1)) != 0 || nf >= cap ||
      cap > (uint64_t{1} << 32) || ne > bytes.size() || nf > bytes.size() / 12) {
    return bad("bad header");
  }
  m.num_classes_ = static_cast<int>(nc);
  m.Reserve(nf);
  m.overflow_.reserve(ne);
  std::vector<Entry> row;
  for (uint64_t i = 0; i < nf; ++i) {
    uint64_t key = 0;
    uint32_t len = 0;
    if (!r.Get(&key) || !r.Get(&len) || key == 0) return bad("truncated row");
    if (len > nc) return bad("row too long");
    row.clear();
    for (uint32_t j = 0; j < len; ++j) {
      uint8_t c = 0;
      int16_t wt = 0;
      if (!r.Get(&c) || !r.Get(&wt)) return bad("truncated row");
      if (c >= nc) return bad("class out of range");
      row.push_back({c, wt});
    }
    if (!m.Insert(key, row.data(), len)) return bad("duplicate key");
  }
  if (m.num_weights_ != ne || !r.done()) return bad("size mismatch");
  return m;
}

}  // namespace dossier::nlp
