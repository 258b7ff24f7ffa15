#include "nlp/name_titles.h"

#include <algorithm>

#include "base/strings.h"
#include "text/segmenter.h"

namespace dossier::nlp {

NameTitles::NameTitles(std::vector<std::string> titles) : titles_(std::move(titles)) {
  std::vector<WordInfo> words;
  for (const std::string& title : titles_) {
    words.clear();
    for (const text::Token& t : text::Tokenize(title)) {
      words.push_back(DescribeWord(std::string_view(title).substr(t.begin, t.end - t.begin)));
    }
    if (words.empty()) continue;
    keys_.insert(Key(words.data(), 0, static_cast<int>(words.size())));
    max_words_ = std::max(max_words_, static_cast<int>(words.size()));
  }
}

uint64_t NameTitles::Key(const WordInfo* w, int b, int e) {
  uint64_t key = 0x717e;
  for (int i = b; i < e; ++i) key = Mix(key, w[i].lower);
  return key;
}

int NameTitles::TitleAt(const WordInfo* w, int b, int e) const {
  for (int len = std::min(max_words_, e - b); len > 0; --len) {
    if (keys_.contains(Key(w, b, b + len))) return len;
  }
  return 0;
}

int NameTitles::LeadingTitles(const WordInfo* w, int b, int e) const {
  int at = b;
  while (at < e - 1) {
    const int len = TitleAt(w, at, e - 1);
    if (len == 0) break;
    at += len;
  }
  return at - b;
}

std::string NameTitles::Serialize() const {
  std::string out;
  for (const std::string& title : titles_) out += title + "\n";
  return out;
}

NameTitles NameTitles::Deserialize(std::string_view lines) {
  std::vector<std::string> list;
  for (std::string_view line : base::Split(lines, '\n')) {
    if (!line.empty()) list.emplace_back(line);
  }
  return NameTitles(std::move(list));
}

}  // namespace dossier::nlp
