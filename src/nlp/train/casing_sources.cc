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
  auto add = [&](const std::string& text) {
    text::Segmentation seg = text::Segment(text);
    for (const auto& s : seg.sentences) {
      bool initial = true;  // until the first word with a letter
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const auto& tok = seg.tokens[t];
        std::string_view w = std::string_view(text).substr(tok.begin, tok.end - tok.begin);
        WordInfo info = DescribeWord(w);
        if (info.flags & (kFlagPunct | kFlagAllDigits)) continue;
        if (initial) {
          initial = false;
          continue;
        }
        if (info.flags & kFlagAllCaps) continue;  // acronyms and shouting say nothing
        Count& c = counts[info.lower];
        ++c.total;
        c.capitalised += (info.flags & kFlagFirstUpper) != 0;
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
  log << "casing: " << casing.size() << " words from " << wcep.size() << " WCEP items and "
      << ungdc.size() << " UNGDC statements\n";
  return casing;
}

}  // namespace dossier::nlp::train
