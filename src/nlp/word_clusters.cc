#include "nlp/word_clusters.h"

#include <algorithm>
#include <vector>

#include "nlp/model_file.h"

namespace dossier::nlp {

void WordClusters::Mark(WordInfo* words, int n) const {
  for (int i = 0; i < n; ++i) Lookup(words[i].lower, &words[i].cluster, &words[i].coarse);
}

std::string WordClusters::Serialize() const {
  std::vector<std::pair<uint64_t, Ids>> rows(table_.begin(), table_.end());
  std::sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.first < b.first; });
  ByteWriter w;
  w.Put<uint64_t>(rows.size());
  for (const auto& [k, v] : rows) {
    w.Put(k);
    w.Put(v.fine);
    w.Put(v.coarse);
  }
  return std::move(w.str());
}

base::Result<WordClusters> WordClusters::Deserialize(std::string_view bytes) {
  ByteReader r(bytes);
  uint64_t n = 0;
  if (!r.Get(&n) || n > bytes.size() / 12) return base::Status::Corruption("clusters: bad size");
  WordClusters c;
  c.table_.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t k = 0;
    Ids ids{};
    if (!r.Get(&k) || !r.Get(&ids.fine) || !r.Get(&ids.coarse)) {
      return base::Status::Corruption("clusters: truncated");
    }
    c.table_[k] = ids;
  }
  if (!r.done()) return base::Status::Corruption("clusters: trailing bytes");
  return c;
}

}  // namespace dossier::nlp
