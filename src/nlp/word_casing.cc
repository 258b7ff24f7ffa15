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

void WordCasing::Mark(WordInfo* words, int n) const {
  for (int i = 0; i < n; ++i) {
    auto it = table_.find(words[i].lower);
    words[i].casing = it == table_.end() ? 0 : it->second;
  }
}

std::string WordCasing::Serialize() const {
  std::vector<std::pair<uint64_t, uint8_t>> rows(table_.begin(), table_.end());
  std::sort(rows.begin(), rows.end());
  ByteWriter w;
  w.Put<uint64_t>(rows.size());
  for (const auto& [k, v] : rows) {
    w.Put(k);
    w.Put(v);
  }
  return std::move(w.str());
}

base::Result<WordCasing> WordCasing::Deserialize(std::string_view bytes) {
  ByteReader r(bytes);
  uint64_t n = 0;
  if (!r.Get(&n) || n > bytes.size() / 9) return base::Status::Corruption("casing: bad size");
  WordCasing c;
  c.table_.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t k = 0;
    uint8_t v = 0;
    if (!r.Get(&k) || !r.Get(&v) || v == 0) return base::Status::Corruption("casing: bad row");
    c.table_[k] = v;
  }
  if (!r.done()) return base::Status::Corruption("casing: trailing bytes");
  return c;
}

}  // namespace dossier::nlp
