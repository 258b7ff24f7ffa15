#include "nlp/document_names.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace dossier::nlp {
namespace {
constexpr uint32_t kNoName = UINT32_MAX;
constexpr int kTypes = (kMaxBilouLabels - 1) / 4;
}  // namespace

void DocumentNames::Clear() {
  words_.clear();
  spans_.clear();
  names_.clear();
  name_of_span_.clear();
  sentences_ = 0;
}

void DocumentNames::AddSentence(uint32_t offset, const WordInfo* words, int n,
                                std::span<const NerSpan> spans) {
  if (words_.size() < offset + static_cast<size_t>(n)) words_.resize(offset + n);
  ++sentences_;
  for (int i = 0; i < n; ++i) {
    words_[offset + i] = {words[i].form, sentences_, (words[i].flags & kFlagFirstUpper) != 0};
  }
  for (const NerSpan& sp : spans) spans_.push_back({offset + sp.begin, offset + sp.end, sp.type});
}

uint8_t DocumentNames::Name::Majority() const {
  uint8_t best = first_type;
  for (int t = 0; t < kTypes; ++t) {
    if (votes[t] > votes[best]) best = static_cast<uint8_t>(t);
  }
  return best;
}

uint64_t DocumentNames::Key(uint32_t begin, uint32_t end) const {
  uint64_t key = end - begin;
  for (uint32_t i = begin; i < end; ++i) key = Mix(key, words_[i].form);
  return key;
}

bool DocumentNames::SameWords(uint32_t a, uint32_t b, uint32_t length) const {
  for (uint32_t k = 0; k < length; ++k) {
    if (words_[a + k].form != words_[b + k].form) return false;
  }
  return true;
}

void DocumentNames::Harmonise(int person_type) {
  if (spans_.empty()) return;
  names_.clear();
  name_of_span_.assign(spans_.size(), kNoName);
  std::unordered_map<uint64_t, uint32_t> by_key;
  for (size_t s = 0; s < spans_.size(); ++s) {
    const NerSpan& sp = spans_[s];
    if (sp.type >= kTypes) continue;
    const uint32_t length = sp.end - sp.begin;
    auto [it, added] = by_key.emplace(Key(sp.begin, sp.end), static_cast<uint32_t>(names_.size()));
    if (added) {
      names_.push_back({sp.begin, length, sp.type, {}});
    } else if (names_[it->second].length != length ||
               !SameWords(names_[it->second].begin, sp.begin, length)) {
      continue;  // a hash collision: the span keeps its own reading
    }
    ++names_[it->second].votes[sp.type];
    name_of_span_[s] = it->second;
  }
  for (size_t s = 0; s < spans_.size(); ++s) {
    if (name_of_span_[s] != kNoName) spans_[s].type = names_[name_of_span_[s]].Majority();
  }
  if (person_type >= 0) RetypeSurnames(static_cast<uint8_t>(person_type));
  AddOccurrences();
  std::sort(spans_.begin(), spans_.end(),
            [](const NerSpan& a, const NerSpan& b) { return a.begin < b.begin; });
}

void DocumentNames::RetypeSurnames(uint8_t person) {
  std::unordered_set<uint64_t> surnames;
  for (const NerSpan& sp : spans_) {
    if (sp.type == person && sp.end - sp.begin >= 2) surnames.insert(words_[sp.end - 1].form);
  }
  if (surnames.empty()) return;
  for (size_t s = 0; s < spans_.size(); ++s) {
    NerSpan& sp = spans_[s];
    if (sp.end - sp.begin != 1 || sp.type == person || sp.type >= kTypes) continue;
    if (!surnames.count(words_[sp.begin].form)) continue;
    sp.type = person;
    if (name_of_span_[s] != kNoName) {
      Name& name = names_[name_of_span_[s]];
      name.first_type = person;
      std::fill(std::begin(name.votes), std::end(name.votes), 0u);
      name.votes[person] = 1;
    }
  }
}

void DocumentNames::AddOccurrences() {
  // Names that start with a capitalised word, by first word, longest first.
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_first;
  for (uint32_t k = 0; k < names_.size(); ++k) {
    const Word& first = words_[names_[k].begin];
    if (first.capitalised) by_first[first.form].push_back(k);
  }
  if (by_first.empty()) return;
  for (auto& [form, list] : by_first) {
    std::stable_sort(list.begin(), list.end(),
                     [&](uint32_t a, uint32_t b) { return names_[a].length > names_[b].length; });
  }
  std::vector<uint8_t> taken(words_.size(), 0);
  for (const NerSpan& sp : spans_) std::fill(taken.begin() + sp.begin, taken.begin() + sp.end, 1);
  const uint32_t n = static_cast<uint32_t>(words_.size());
  auto capitalised_in = [&](uint32_t i, uint32_t sentence) {
    return i < n && words_[i].sentence == sentence && words_[i].capitalised;
  };
  for (uint32_t i = 0; i < n; ++i) {
    const Word& w = words_[i];
    if (taken[i] || !w.capitalised || w.sentence == 0) continue;
    if (i > 0 && !taken[i - 1] && capitalised_in(i - 1, w.sentence)) continue;  // inside a longer run
    auto it = by_first.find(w.form);
    if (it == by_first.end()) continue;
    for (uint32_t k : it->second) {
      const Name& name = names_[k];
      const uint32_t end = i + name.length;
      if (end > n) continue;
      bool fits = true;
      for (uint32_t j = i; j < end && fits; ++j) fits = words_[j].sentence == w.sentence && !taken[j];
      if (!fits || !SameWords(name.begin, i, name.length) || capitalised_in(end, w.sentence)) continue;
      spans_.push_back({i, end, name.Majority()});
      std::fill(taken.begin() + i, taken.begin() + end, 1);
      i = end - 1;
      break;
    }
  }
}

}  // namespace dossier::nlp
