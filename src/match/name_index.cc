#include "match/name_index.h"

#include <algorithm>

namespace dossier::match {
namespace {

constexpr size_t kMinDeleteLen = 4;
constexpr float kKeySim = 0.85f;
constexpr float kDeleteSim = 0.85f;

std::string Initials(const NormalizedName& n) {
  std::string s;
  for (const NameToken& t : n.tokens) {
    if (t.kind == TokenKind::kName || t.kind == TokenKind::kInitial) s += t.text[0];
  }
  return s;
}

void AddUnique(std::vector<std::pair<uint32_t, float>>* v, uint32_t id, float sim) {
  for (auto& [tid, s] : *v) {
    if (tid == id) {
      s = std::max(s, sim);
      return;
    }
  }
  v->emplace_back(id, sim);
}

}  // namespace

void NameIndex::AddToken(const NameToken& t, uint32_t name_id) {
  auto [it, inserted] = vocab_.emplace(t.text, static_cast<uint32_t>(postings_.size()));
  const uint32_t tid = it->second;
  if (inserted) {
    postings_.emplace_back();
    if (!t.key.empty()) by_key_[t.key].push_back(tid);
    if (t.text.size() >= kMinDeleteLen && t.kind != TokenKind::kLegalForm) {
      for (size_t i = 0; i < t.text.size(); ++i) {
        std::string d = t.text;
        d.erase(i, 1);
        std::vector<uint32_t>& list = by_delete_[d];
        if (list.empty() || list.back() != tid) list.push_back(tid);
      }
    }
  }
  std::vector<uint32_t>& p = postings_[tid];
  if (p.empty() || p.back() != name_id) p.push_back(name_id);
}

std::unique_ptr<NameIndex> NameIndex::Build(std::vector<NormalizedName> names) {
  std::unique_ptr<NameIndex> index(new NameIndex());
  index->names_ = std::move(names);
  for (const NormalizedName& n : index->names_) index->stats_.Add(n);
  for (uint32_t id = 0; id < index->names_.size(); ++id) {
    NormalizedName& n = index->names_[id];
    index->AssignWeights(&n);
    float w = 0;
    for (const NameToken& t : n.tokens) {
      index->AddToken(t, id);
      w += static_cast<float>(index->stats_.Weight(t));
    }
    index->name_weight_.push_back(w);
    const std::string initials = Initials(n);
    if (initials.size() >= 2) index->by_initials_[initials].push_back(id);
  }
  index->token_weight_.resize(index->postings_.size());
  for (const auto& [text, tid] : index->vocab_) {
    index->token_weight_[tid] = static_cast<float>(
        index->stats_.Weight(NameToken{text, "", TokenKind::kName}));
  }
  return index;
}

void NameIndex::AssignWeights(NormalizedName* name) const {
  for (NameToken& t : name->tokens) t.weight = static_cast<float>(stats_.Weight(t));
}

// Token ids that `t` may align with, each with a rough similarity.
void NameIndex::ExpandToken(const NameToken& t, std::vector<std::pair<uint32_t, float>>* tids) const {
  if (auto it = vocab_.find(t.text); it != vocab_.end()) AddUnique(tids, it->second, 1.0f);
  if (t.kind == TokenKind::kLegalForm || t.kind == TokenKind::kNumber) return;
  if (t.key.size() >= 2) {
    if (auto it = by_key_.find(t.key); it != by_key_.end()) {
      for (uint32_t tid : it->second) AddUnique(tids, tid, kKeySim);
    }
  }
  if (t.text.size() < kMinDeleteLen) return;
  if (auto it = by_delete_.find(t.text); it != by_delete_.end()) {
    for (uint32_t tid : it->second) AddUnique(tids, tid, kDeleteSim);
  }
  for (size_t i = 0; i < t.text.size(); ++i) {
    std::string d = t.text;
    d.erase(i, 1);
    if (auto it = vocab_.find(d); it != vocab_.end()) AddUnique(tids, it->second, kDeleteSim);
    if (auto it = by_delete_.find(d); it != by_delete_.end()) {
      for (uint32_t tid : it->second) AddUnique(tids, tid, kDeleteSim);
    }
  }
}

std::vector<uint32_t> NameIndex::Candidates(const NormalizedName& query, size_t max) const {
  thread_local std::vector<float> acc;
  thread_local std::vector<uint32_t> touched;
  if (acc.size() < names_.size()) acc.assign(names_.size(), 0.0f);
  touched.clear();

  // Query tokens, plus adjacent pairs joined and long tokens split in two.
  std::vector<NameToken> probes = query.tokens;
  for (size_t i = 0; i + 1 < query.tokens.size(); ++i) {
    const std::string joined = query.tokens[i].text + query.tokens[i + 1].text;
    if (vocab_.count(joined)) probes.push_back({joined, PhoneticKey(joined), TokenKind::kName});
  }
  for (const NameToken& t : query.tokens) {
    if (t.kind != TokenKind::kName || t.text.size() < 6) continue;
    for (size_t cut = 2; cut + 2 <= t.text.size(); ++cut) {
      // Split exactly, or with the character at the cut standing for a lost space.
      for (size_t skip = 0; skip <= 1 && cut + skip + 2 <= t.text.size(); ++skip) {
        std::string l = t.text.substr(0, cut), r = t.text.substr(cut + skip);
        if (vocab_.count(l) && vocab_.count(r)) {
          probes.push_back({l, "", TokenKind::kName});
          probes.push_back({r, "", TokenKind::kName});
        }
      }
    }
  }

  const size_t common = std::max<size_t>(500, names_.size() / 25);
  std::vector<std::pair<uint32_t, float>> tids;
  std::vector<std::pair<uint32_t, float>> deferred;
  float query_weight = 0;
  for (const NameToken& t : query.tokens) query_weight += static_cast<float>(stats_.Weight(t));
  auto post = [&](uint32_t tid, float sim) {
    const float w = sim * token_weight_[tid];
    for (uint32_t id : postings_[tid]) {
      if (acc[id] == 0.0f) touched.push_back(id);
      acc[id] += w;
    }
  };
  for (const NameToken& t : probes) {
    tids.clear();
    ExpandToken(t, &tids);
    for (const auto& [tid, sim] : tids) {
      if (postings_[tid].size() > common) {
        deferred.emplace_back(tid, sim);
      } else {
        post(tid, sim);
      }
    }
  }
  if (touched.empty()) {
    for (const auto& [tid, sim] : deferred) post(tid, sim);
  }
  if (query.tokens.size() == 1 || (query.tokens.size() == 2 && query.tokens[1].kind == TokenKind::kLegalForm)) {
    if (auto it = by_initials_.find(query.tokens[0].text); it != by_initials_.end()) {
      for (uint32_t id : it->second) {
        if (acc[id] == 0.0f) touched.push_back(id);
        acc[id] += name_weight_[id];
      }
    }
  }
  std::vector<std::pair<float, uint32_t>> ranked;
  ranked.reserve(touched.size());
  for (uint32_t id : touched) {
    ranked.emplace_back(2.0f * acc[id] / (query_weight + name_weight_[id] + 1e-6f), id);
    acc[id] = 0.0f;
  }
  const size_t n = std::min(max, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(n), ranked.end(),
                    [](const auto& x, const auto& y) { return x.first > y.first || (x.first == y.first && x.second < y.second); });
  std::vector<uint32_t> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) out.push_back(ranked[i].second);
  return out;
}

size_t NameIndex::MemoryBytes() const {
  size_t bytes = names_.capacity() * sizeof(NormalizedName);
  for (const NormalizedName& n : names_) {
    bytes += n.tokens.capacity() * sizeof(NameToken);
    for (const NameToken& t : n.tokens) bytes += t.text.capacity() + t.key.capacity();
  }
  for (const auto& p : postings_) bytes += p.capacity() * 4 + sizeof(p);
  auto map_bytes = [](const auto& m) {
    size_t b = m.bucket_count() * sizeof(void*);
    for (const auto& [k, v] : m) b += 64 + k.capacity() + v.capacity() * 4;
    return b;
  };
  bytes += map_bytes(by_key_) + map_bytes(by_delete_) + map_bytes(by_initials_);
  bytes += vocab_.size() * 64 + vocab_.bucket_count() * sizeof(void*);
  return bytes;
}

}  // namespace dossier::match
