#include "nlp/train/clusters.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_map>
#include <vector>

#include "nlp/train/corpus.h"
#include "text/segmenter.h"

namespace dossier::nlp::train {
namespace {

using Vec = std::vector<float>;

void Normalize(float* v, int d) {
  double s = 0;
  for (int i = 0; i < d; ++i) s += double(v[i]) * v[i];
  float inv = s > 0 ? static_cast<float>(1.0 / std::sqrt(s)) : 0.0f;
  for (int i = 0; i < d; ++i) v[i] *= inv;
}

// New centroids from the summed rows of each cluster (normalised); a cluster
// left empty keeps its old centroid.
void MoveCentroids(Vec* sum, int k, int d, Vec* centroids) {
  for (int c = 0; c < k; ++c) {
    float* row = &(*sum)[size_t(c) * d];
    Normalize(row, d);
    bool empty = true;
    for (int j = 0; j < d && empty; ++j) empty = row[j] == 0;
    if (!empty) std::copy(row, row + d, &(*centroids)[size_t(c) * d]);
  }
}

// Spherical k-means over rows of `x` (n x d, unit length); returns assignments.
std::vector<int> KMeans(const Vec& x, size_t n, int d, int k, int iterations, Vec* centroids) {
  centroids->assign(size_t(k) * d, 0.0f);
  for (int c = 0; c < k; ++c) {  // spread the seeds over the frequency ranks
    size_t row = size_t(c) * n / k;
    std::copy(&x[row * d], &x[row * d] + d, &(*centroids)[size_t(c) * d]);
  }
  std::vector<int> assign(n, 0);
  for (int it = 0; it < iterations; ++it) {
    for (size_t i = 0; i < n; ++i) {
      const float* v = &x[i * d];
      float best = -2;
      for (int c = 0; c < k; ++c) {
        const float* m = &(*centroids)[size_t(c) * d];
        float dot = 0;
        for (int j = 0; j < d; ++j) dot += v[j] * m[j];
        if (dot > best) {
          best = dot;
          assign[i] = c;
        }
      }
    }
    Vec sum(size_t(k) * d, 0.0f);
    for (size_t i = 0; i < n; ++i) {
      for (int j = 0; j < d; ++j) sum[size_t(assign[i]) * d + j] += x[i * d + j];
    }
    MoveCentroids(&sum, k, d, centroids);
  }
  return assign;
}

// Spherical k-means over sparse unit rows (CSR: row i is entries
// [start[i], start[i + 1]) of `col` / `val`) of dimension d; the seeds are rows
// spread over the frequency ranks, as in KMeans.
std::vector<int> SparseKMeans(const std::vector<size_t>& start, const std::vector<uint32_t>& col,
                              const Vec& val, int d, int k, int iterations, Vec* centroids) {
  size_t n = start.size() - 1;
  centroids->assign(size_t(k) * d, 0.0f);
  for (int c = 0; c < k; ++c) {
    size_t row = size_t(c) * n / k;
    for (size_t e = start[row]; e < start[row + 1]; ++e) (*centroids)[size_t(c) * d + col[e]] = val[e];
  }
  std::vector<int> assign(n, 0);
  for (int it = 0; it < iterations; ++it) {
    for (size_t i = 0; i < n; ++i) {
      float best = -2;
      for (int c = 0; c < k; ++c) {
        const float* m = &(*centroids)[size_t(c) * d];
        float dot = 0;
        for (size_t e = start[i]; e < start[i + 1]; ++e) dot += val[e] * m[col[e]];
        if (dot > best) {
          best = dot;
          assign[i] = c;
        }
      }
    }
    Vec sum(size_t(k) * d, 0.0f);
    for (size_t i = 0; i < n; ++i) {
      float* m = &sum[size_t(assign[i]) * d];
      for (size_t e = start[i]; e < start[i + 1]; ++e) m[col[e]] += val[e];
    }
    MoveCentroids(&sum, k, d, centroids);
  }
  return assign;
}

// The clusters of the ranked words: their fine clusters, and the coarse
// cluster each fine centroid falls in.
WordClusters Grouped(const std::vector<std::pair<uint32_t, uint64_t>>& ranked,
                     const std::vector<int>& fine, const Vec& fine_centroids, int d,
                     const ClusterOptions& o) {
  Vec coarse_centroids;
  std::vector<int> coarse =
      KMeans(fine_centroids, size_t(o.fine), d, o.coarse, o.iterations, &coarse_centroids);
  WordClusters out;
  for (size_t i = 0; i < fine.size(); ++i) {
    out.Set(ranked[i].second, static_cast<uint16_t>(fine[i]),
            static_cast<uint16_t>(coarse[fine[i]]));
  }
  return out;
}

}  // namespace

base::Result<WordClusters> LearnClusters(const std::string& shared_dir, const ClusterOptions& o,
                                         std::ostream& log) {
  std::vector<std::vector<uint64_t>> docs;  // lowercased word hashes
  auto add = [&](const std::string& text) {
    std::vector<uint64_t> ids;
    for (const auto& t : text::Tokenize(text)) {
      ids.push_back(DescribeWord(std::string_view(text).substr(t.begin, t.end - t.begin)).lower);
    }
    docs.push_back(std::move(ids));
  };
  std::string news = shared_dir + "/data/news";
  DOSSIER_ASSIGN_OR_RETURN(auto ungdc, ReadJsonlTexts(news + "/ungdc/ungdc.jsonl.zst", o.ungdc_docs));
  for (const auto& t : ungdc) add(t);
  DOSSIER_ASSIGN_OR_RETURN(auto wcep, ReadJsonlTexts(news + "/wcep/events.jsonl", 0));
  for (const auto& t : wcep) add(t);
  std::unordered_map<uint64_t, uint32_t> freq;
  size_t tokens = 0;
  for (const auto& d : docs) {
    for (uint64_t w : d) ++freq[w];
    tokens += d.size();
  }
  std::vector<std::pair<uint32_t, uint64_t>> ranked;
  for (const auto& [w, f] : freq) {
    if (f >= 3) ranked.emplace_back(f, w);
  }
  std::sort(ranked.begin(), ranked.end(), [](auto& a, auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  size_t n = std::min(o.vocab, ranked.size());
  size_t nc = std::min(o.contexts, ranked.size());
  log << "clusters: " << docs.size() << " documents, " << tokens << " tokens, " << n
      << " words\n";
  std::unordered_map<uint64_t, uint32_t> word_row, ctx_row;
  for (size_t i = 0; i < n; ++i) word_row[ranked[i].second] = static_cast<uint32_t>(i);
  for (size_t i = 0; i < nc; ++i) ctx_row[ranked[i].second] = static_cast<uint32_t>(i);
  if (o.exact) {
    // Context counts per (word, left / right neighbour), sorted for a fixed order.
    std::unordered_map<uint64_t, uint32_t> pair_count;
    const uint64_t dims = 2 * nc;
    for (const auto& doc : docs) {
      for (size_t i = 0; i < doc.size(); ++i) {
        auto w = word_row.find(doc[i]);
        if (w == word_row.end()) continue;
        if (i > 0) {
          auto c = ctx_row.find(doc[i - 1]);
          if (c != ctx_row.end()) ++pair_count[w->second * dims + c->second];
        }
        if (i + 1 < doc.size()) {
          auto c = ctx_row.find(doc[i + 1]);
          if (c != ctx_row.end()) ++pair_count[w->second * dims + nc + c->second];
        }
      }
    }
    std::vector<std::pair<uint64_t, uint32_t>> pairs(pair_count.begin(), pair_count.end());
    std::sort(pairs.begin(), pairs.end());
    std::vector<size_t> start(n + 1, 0);
    std::vector<uint32_t> col(pairs.size());
    Vec val(pairs.size());
    for (size_t e = 0; e < pairs.size(); ++e) {
      ++start[pairs[e].first / dims + 1];
      col[e] = static_cast<uint32_t>(pairs[e].first % dims);
      val[e] = std::sqrt(static_cast<float>(pairs[e].second));
    }
    for (size_t i = 0; i < n; ++i) start[i + 1] += start[i];
    for (size_t i = 0; i < n; ++i) {
      double norm = 0;
      for (size_t e = start[i]; e < start[i + 1]; ++e) norm += double(val[e]) * val[e];
      float inv = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
      for (size_t e = start[i]; e < start[i + 1]; ++e) val[e] *= inv;
    }
    log << "clusters: " << pairs.size() << " word-context pairs\n";
    Vec fine_centroids;
    int d = static_cast<int>(dims);
    std::vector<int> fine = SparseKMeans(start, col, val, d, o.fine, o.iterations, &fine_centroids);
    return Grouped(ranked, fine, fine_centroids, d, o);
  }
  const int d = o.dims;
  std::mt19937_64 rng(o.seed);
  Vec proj(2 * nc * d);  // left and right context directions, weighted by 1/sqrt(freq)
  for (size_t c = 0; c < 2 * nc; ++c) {
    float weight = 1.0f / std::sqrt(static_cast<float>(ranked[c % nc].first));
    for (int j = 0; j < d; ++j) proj[c * d + j] = ((rng() & 1) ? 1.0f : -1.0f) * weight;
  }
  Vec x(n * d, 0.0f);
  for (const auto& doc : docs) {
    for (size_t i = 0; i < doc.size(); ++i) {
      auto w = word_row.find(doc[i]);
      if (w == word_row.end()) continue;
      float* v = &x[size_t(w->second) * d];
      if (i > 0) {
        auto c = ctx_row.find(doc[i - 1]);
        if (c != ctx_row.end()) {
          for (int j = 0; j < d; ++j) v[j] += proj[size_t(c->second) * d + j];
        }
      }
      if (i + 1 < doc.size()) {
        auto c = ctx_row.find(doc[i + 1]);
        if (c != ctx_row.end()) {
          for (int j = 0; j < d; ++j) v[j] += proj[(nc + c->second) * d + j];
        }
      }
    }
  }
  for (size_t i = 0; i < n; ++i) Normalize(&x[i * d], d);
  Vec fine_centroids;
  std::vector<int> fine = KMeans(x, n, d, o.fine, o.iterations, &fine_centroids);
  return Grouped(ranked, fine, fine_centroids, d, o);
}

}  // namespace dossier::nlp::train
