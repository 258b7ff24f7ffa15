#include "nlp/train/casing_sources.h"

#include <unordered_map>

#include "nlp/train/corpus.h"
#include "text/segmenter.h"

namespace dossier::nlp::train {

base::Result<WordCasing> LearnCasing(const std::string& shared_dir, const CasingOptions& o,
                                     std::ostream& log) {
  struct Count {
    uint32_t total = 0, capitalised = 0;
  };
  std::unordered_map<uint64_t, Count> counts;
  // Two adjacent words after the sentence's first: how often both are capitalised.
  struct PairCount {
    uint64_t first = 0, second = 0;
    uint32_t total = 0, capitalised = 0;
  };
  std::unordered_map<uint64_t, PairCount> pairs;
  auto add = [&](const std::string& text) {
    text::Segmentation seg = text::Segment(text);
    for (const auto& s : seg.sentences) {
      bool initial = true;  // until the first word with a letter
      WordInfo prev;        // the word before, when counted (lower != 0)
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const auto& tok = seg.tokens[t];
        std::string_view w = std::string_view(text).substr(tok.begin, tok.end - tok.begin);
        WordInfo info = DescribeWord(w);
        if (info.flags & (kFlagPunct | kFlagAllDigits)) {
          prev.lower = 0;
          continue;
        }
        if (initial) {
          initial = false;
          continue;
        }
        if (info.flags & kFlagAllCaps) {  // acronyms and shouting say nothing
          prev.lower = 0;
          continue;
        }
        Count& c = counts[info.lower];
        ++c.total;
        c.capitalised += (info.flags & kFlagFirstUpper) != 0;
        if (prev.lower != 0) {
          PairCount& p = pairs[Mix(prev.lower, info.lower)];
          p.first = prev.lower;
          p.second = info.lower;
          ++p.total;
          p.capitalised += (prev.flags & info.flags & kFlagFirstUpper) != 0;
        }
        prev = info;
      }
    }
  };
  std::string news = shared_dir + "/data/news";
  DOSSIER_ASSIGN_OR_RETURN(auto wcep, ReadJsonlTexts(news + "/wcep/events.jsonl", 0));
  for (const auto& t : wcep) add(t);
  DOSSIER_ASSIGN_OR_RETURN(auto ungdc, ReadJsonlTexts(news + "/ungdc/ungdc.jsonl.zst", o.ungdc_docs));
  for (const auto& t : ungdc) add(t);
  WordCasing casing;
  for (const auto& [w, c] : counts) {
    if (c.total >= o.min_count) casing.Set(w, WordCasing::Class(c.total, c.capitalised));
  }
  // Name pairs: written capitalised together more often than not, at least
  // min_pair_count times, while a word of the pair is mostly in lower case
  // alone (a pair of two names needs no entry).
  auto mostly_lower = [&](uint64_t w) {
    const Count& c = counts[w];
    return 2 * c.capitalised < c.total;
  };
  for (const auto& [key, p] : pairs) {
    if (p.total >= o.min_pair_count && 2 * p.capitalised > p.total && (mostly_lower(p.first) || mostly_lower(p.second))) {
      casing.AddNamePair(p.first, p.second);
    }
  }
  log << "casing: " << casing.size() << " words and " << casing.name_pairs() << " name pairs from "
      << wcep.size() << " WCEP items and " << ungdc.size() << " UNGDC statements\n";
  return casing;
}

}  // namespace dossier::nlp::train
