#include "nlp/word_casing.h"

#include <algorithm>
#include <vector>

#include "nlp/model_file.h"

namespace dossier::nlp {

uint8_t WordCasing::Class(uint32_t total, uint32_t capitalised) {
  // Share of capitalised uses: <2%, <20%, <50%, <80%, <98%, >=98%.
  static constexpr double kShare[] = {0.02, 0.2, 0.5, 0.8, 0.98};
  double share = total > 0 ? double(capitalised) / total : 0;
  int s = 0;
  while (s < 5 && share >= kShare[s]) ++s;
  int f = total < 3 ? 0 : total < 30 ? 1 : 2;  // frequency: rare, seen, common
  return static_cast<uint8_t>(1 + s * 3 + f);
}

namespace {
inline size_t Probe(uint64_t key, size_t mask) { return (key ^ (key >> 31)) & mask; }
}  // namespace

void WordCasing::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.key == 0) continue;
    size_t p = Probe(s.key, mask);
    while (slots_[p].key != 0) p = (p + 1) & mask;
    slots_[p] = s;
  }
}

void WordCasing::Set(uint64_t word, uint8_t cls) {
  if (word == 0 || cls == 0) return;
  if (2 * (size_ + 1) > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  size_t p = Probe(word, mask);
  while (slots_[p].key != 0 && slots_[p].key != word) p = (p + 1) & mask;
  if (slots_[p].key == 0) ++size_;
  slots_[p] = {word, cls};
}

void WordCasing::Mark(WordInfo* words, int n) const {
  if (slots_.empty()) {
    for (int i = 0; i < n; ++i) words[i].casing = 0;
    return;
  }
  const size_t mask = slots_.size() - 1;
  for (int i = 0; i < n; ++i) {
    size_t p = Probe(words[i].lower, mask);
    while (slots_[p].key != 0 && slots_[p].key != words[i].lower) p = (p + 1) & mask;
    words[i].casing = slots_[p].cls;  // 0 when the slot is empty
  }
}

std::string WordCasing::Serialize() const {
  std::vector<std::pair<uint64_t, uint8_t>> rows;
  for (const Slot& s : slots_) {
    if (s.key != 0) rows.emplace_back(s.key, s.cls);
  }
  return SerializeRows(std::move(rows));
}

base::Result<WordCasing> WordCasing::Deserialize(std::string_view bytes) {
  WordCasing c;
  DOSSIER_RETURN_IF_ERROR(DeserializeRows<uint8_t>(bytes, "casing", [&](uint64_t k, uint8_t v) {
    if (v == 0 || k == 0) return false;
    c.Set(k, v);
    return true;
  }));
  return c;
}

std::string WordCasing::SerializeNamePairs() const {
  std::vector<std::pair<uint64_t, uint8_t>> rows;
  for (uint64_t k : name_pairs_) rows.emplace_back(k, 1);
  return SerializeRows(std::move(rows));
}

base::Status WordCasing::DeserializeNamePairs(std::string_view bytes) {
  return DeserializeRows<uint8_t>(bytes, "casing_pairs", [&](uint64_t k, uint8_t v) {
    if (v != 1) return false;
    name_pairs_.insert(k);
    return true;
  });
}

}  // namespace dossier::nlp
