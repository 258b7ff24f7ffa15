#include "nlp/gazetteer.h"

#include <algorithm>
#include <bit>
#include <vector>

#include "nlp/model_file.h"
#include "text/segmenter.h"

namespace dossier::nlp {
namespace {
constexpr uint64_t kSeed = 0x6a2;
// gaz bits: kind k at position p (0 B, 1 I, 2 L, 3 U) -> bit 4 * k + p (k < 8).
uint32_t Bit(int kind_index, int position) { return 1u << (4 * kind_index + position); }
}  // namespace

void Gazetteer::Add(std::string_view phrase, uint32_t kinds) {
  auto tokens = text::Tokenize(phrase);
  if (tokens.empty() || tokens.size() > static_cast<size_t>(kMaxPhraseWords)) return;
  std::vector<WordInfo> words;
  bool accented = false;
  for (const auto& t : tokens) {
    words.push_back(DescribeWord(phrase.substr(t.begin, t.end - t.begin)));
    accented = accented || words.back().folded != words.back().lower;
  }
  // The phrase as written, and without its accents ("São Paulo", "Sao Paulo").
  for (const bool fold : {false, true}) {
    if (fold && !accented) break;
    uint64_t key = kSeed;
    for (size_t i = 0; i < words.size(); ++i) {
      if (i > 0) table_[key] |= kPrefixBit;  // a longer phrase continues this one
      key = Mix(key, fold ? words[i].folded : words[i].lower);
    }
    table_[key] |= kinds;
  }
}

void Gazetteer::Mark(WordInfo* words, int n) const {
  for (int i = 0; i < n; ++i) words[i].gaz = 0;
  if (table_.empty()) return;
  // (The folded pass only where a word has accents: most text has none.)
  const bool accents = std::any_of(words, words + n, [](const WordInfo& w) { return w.folded != w.lower; });
  for (int i = 0; i < n; ++i) {
    // The words as written, then (when one has accents) without them:
    // "Héctor" finds the given name "Hector".
    for (const bool fold : {false, true}) {
      if (fold && !accents) break;
      uint64_t key = kSeed;
      bool accented = false;
      for (int len = 1; len <= kMaxPhraseWords && i + len <= n; ++len) {
        const WordInfo& w = words[i + len - 1];
        accented = accented || w.folded != w.lower;
        key = Mix(key, fold ? w.folded : w.lower);
        auto it = table_.find(key);
        if (it == table_.end()) break;  // no phrase starts with these words
        if (!fold || accented) {
          for (int k = 0; k < kNumKinds; ++k) {
            if (!(it->second & (1u << k))) continue;
            if (len == 1) {
              words[i].gaz |= Bit(k, 3);
              continue;
            }
            words[i].gaz |= Bit(k, 0);
            for (int j = i + 1; j < i + len - 1; ++j) words[j].gaz |= Bit(k, 1);
            words[i + len - 1].gaz |= Bit(k, 2);
          }
        }
        if (!(it->second & kPrefixBit)) break;
      }
    }
  }
}

bool Gazetteer::IsPerson(const WordInfo* words, int b, int e) {
  if (e - b < 2 || e - b > kMaxPhraseWords) return false;
  const int k = std::countr_zero(static_cast<uint32_t>(kPerson));
  return (words[b].gaz & Bit(k, 0)) && (words[e - 1].gaz & Bit(k, 2));
}

std::string Gazetteer::Serialize() const {
  return SerializeRows(std::vector<std::pair<uint64_t, uint32_t>>(table_.begin(), table_.end()));
}

base::Result<Gazetteer> Gazetteer::Deserialize(std::string_view bytes) {
  Gazetteer g;
  DOSSIER_RETURN_IF_ERROR(DeserializeRows<uint32_t>(bytes, "gazetteer", [&](uint64_t k, uint32_t v) {
    g.table_[k] = v;
    return true;
  }));
  return g;
}

}  // namespace dossier::nlp
