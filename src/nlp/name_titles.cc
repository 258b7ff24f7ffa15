#include "nlp/name_titles.h"

#include <algorithm>

#include "base/strings.h"

namespace dossier::nlp {
namespace {
constexpr std::string_view kAddressPrefix = "address\t";  // a form of address's line in Serialize
}  // namespace

NameTitles::NameTitles(std::vector<std::string> titles, std::vector<std::string> address_forms)
    : titles_(std::move(titles)), address_forms_(std::move(address_forms)) {
  for (const std::string& form : address_forms_) address_keys_.insert(DescribeWord(form).lower);
  for (const std::string& title : titles_) {
    const std::vector<WordInfo> words = DescribePhrase(title);
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

int NameTitles::NameAfterAddress(const WordInfo* w, int i, int limit) const {
  // The capital tests first: they reject almost every word before the lookup.
  if (i < 1 || i >= limit || !(w[i].flags & kFlagFirstUpper)) return 0;
  if (!(w[i - 1].flags & kFlagFirstUpper) || (w[i - 1].flags & kFlagAllCaps)) return 0;
  if (!address_keys_.contains(w[i - 1].lower)) return 0;
  int end = i;
  while (end < limit && (w[end].flags & kFlagFirstUpper) && TitleAt(w, end, end + 1) == 0) ++end;
  return end - i;
}

std::string NameTitles::Serialize() const {
  std::string out;
  for (const std::string& title : titles_) out += title + "\n";
  for (const std::string& form : address_forms_) out += std::string(kAddressPrefix) + form + "\n";
  return out;
}

NameTitles NameTitles::Deserialize(std::string_view lines) {
  std::vector<std::string> titles, forms;
  for (std::string_view line : base::Split(lines, '\n')) {
    if (line.starts_with(kAddressPrefix)) {
      forms.emplace_back(line.substr(kAddressPrefix.size()));
    } else if (!line.empty()) {
      titles.emplace_back(line);
    }
  }
  return NameTitles(std::move(titles), std::move(forms));
}

}  // namespace dossier::nlp
