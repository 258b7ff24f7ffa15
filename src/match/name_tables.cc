#include "match/name_tables.h"

#include <string_view>

#include "base/file.h"
#include "base/strings.h"

namespace dossier::match {
namespace {

// Collapses runs of spaces and lowercases ASCII.
std::string Clean(std::string_view s) {
  std::string out;
  for (char c : base::Trim(s)) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

size_t WordCount(const std::string& s) {
  size_t n = 1;
  for (char c : s) n += c == ' ';
  return n;
}

// Parses "canonical: variant, variant" lines into `map` (canonical maps to itself).
base::Status LoadMapping(const std::string& path,
                         std::unordered_map<std::string, std::string>* map,
                         size_t* max_words) {
  DOSSIER_ASSIGN_OR_RETURN(std::string text, base::ReadFile(path));
  size_t line_no = 0;
  for (std::string_view line : base::Split(text, '\n')) {
    ++line_no;
    line = line.substr(0, line.find('#'));
    if (base::Trim(line).empty()) continue;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      return base::Status::InvalidArgument(path + ":" + std::to_string(line_no) +
                                           ": expected 'canonical: variant, ...'");
    }
    std::string canonical = Clean(line.substr(0, colon));
    (*map)[canonical] = canonical;
    if (max_words) *max_words = std::max(*max_words, WordCount(canonical));
    for (std::string_view v : base::Split(line.substr(colon + 1), ',')) {
      std::string variant = Clean(v);
      if (variant.empty()) continue;
      (*map)[variant] = canonical;
      if (max_words) *max_words = std::max(*max_words, WordCount(variant));
    }
  }
  return base::Status::Ok();
}

}  // namespace

base::Result<NameTables> NameTables::Load(const std::string& dir) {
  NameTables t;
  DOSSIER_RETURN_IF_ERROR(LoadMapping(dir + "/legal_forms.txt", &t.legal_forms, &t.max_phrase_words));
  DOSSIER_RETURN_IF_ERROR(LoadMapping(dir + "/honorifics.txt", &t.honorifics, &t.max_phrase_words));
  DOSSIER_RETURN_IF_ERROR(LoadMapping(dir + "/variants.txt", &t.variants, nullptr));
  for (auto [file, set] : {std::pair{"/particles.txt", &t.particles}, std::pair{"/patronymics.txt", &t.patronymics}}) {
    DOSSIER_ASSIGN_OR_RETURN(std::string words, base::ReadFile(dir + file));
    for (std::string_view line : base::Split(words, '\n')) {
      std::string word = Clean(line.substr(0, line.find('#')));
      if (!word.empty()) set->insert(word);
    }
  }
  return t;
}

std::string NameTables::DefaultDir() { return base::ProjectHome() + "/data/match"; }

}  // namespace dossier::match
