#include "nlp/train/gazetteer_sources.h"

#include <functional>
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "base/file.h"
#include "base/strings.h"
#include "nlp/train/corpus.h"
#include "nlp/train/train_ner.h"

namespace dossier::nlp::train {
namespace {

std::vector<std::string_view> Lines(const std::string& text) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    pos = nl + 1;
  }
  return out;
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t t = line.find('\t', pos);
    out.push_back(line.substr(pos, t == std::string_view::npos ? t : t - pos));
    if (t == std::string_view::npos) return out;
    pos = t + 1;
  }
}

// "MOHAMMAD_ZAHIR_SHAH_  # ..." -> "MOHAMMAD ZAHIR SHAH"
std::string ActorName(std::string_view line) {
  if (!line.empty() && line[0] == '+') line.remove_prefix(1);
  size_t end = line.find_first_of(" \t[#");
  std::string name(line.substr(0, end));
  while (!name.empty() && name.back() == '_') name.pop_back();
  for (char& c : name) {
    if (c == '_') c = ' ';
  }
  return name;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  if (s.empty()) return out;
  size_t pos = 0;
  while (true) {
    size_t t = s.find(sep, pos);
    out.push_back(s.substr(pos, t == std::string_view::npos ? t : t - pos));
    if (t == std::string_view::npos) return out;
    pos = t + 1;
  }
}

// Adds `name` and its '|'-separated aliases (fields of a kb table row).
void AddWithAliases(Gazetteer* g, std::string_view name, std::string_view aliases, uint32_t kind) {
  if (!name.empty()) g->Add(name, kind);
  for (auto a : Split(aliases, '|')) {
    if (!a.empty()) g->Add(a, kind);
  }
}

// Calls `add` with the name, each alias and each capital of every state row.
base::Status ForEachStateName(const std::string& dir, const std::function<void(std::string_view)>& add) {
  DOSSIER_ASSIGN_OR_RETURN(std::string countries, base::ReadFile(dir + "/countries.tsv"));
  for (auto line : Lines(countries)) {  // iso3 short_name aliases demonyms capitals metonyms
    if (line.empty() || line[0] == '#') continue;
    auto f = Fields(line);
    if (f.size() < 5) continue;
    if (!f[1].empty()) add(f[1]);
    for (std::string_view field : {f[2], f[4]}) {
      for (auto a : Split(field, '|')) {
        if (!a.empty()) add(a);
      }
    }
  }
  return base::Status::Ok();
}

base::Status AddKbTables(const std::string& dir, Gazetteer* g) {
  DOSSIER_RETURN_IF_ERROR(ForEachStateName(dir, [&](std::string_view name) { g->Add(name, Gazetteer::kLoc); }));
  DOSSIER_ASSIGN_OR_RETURN(std::string places, base::ReadFile(dir + "/places.tsv"));
  for (auto line : Lines(places)) {  // id type name aliases country kind
    if (line.empty() || line[0] == '#') continue;
    auto f = Fields(line);
    if (f.size() >= 4) AddWithAliases(g, f[2], f[3], Gazetteer::kLoc);
  }
  DOSSIER_ASSIGN_OR_RETURN(std::string orgs, base::ReadFile(dir + "/organizations.tsv"));
  for (auto line : Lines(orgs)) {  // id type name aliases country parent sector
    if (line.empty() || line[0] == '#') continue;
    auto f = Fields(line);
    if (f.size() >= 4) AddWithAliases(g, f[2], f[3], Gazetteer::kOrg);
  }
  DOSSIER_ASSIGN_OR_RETURN(std::string people, base::ReadFile(dir + "/people.tsv"));
  for (auto line : Lines(people)) {  // id name aliases country description
    if (line.empty() || line[0] == '#') continue;
    auto f = Fields(line);
    if (f.size() < 3) continue;
    AddWithAliases(g, f[1], f[2], Gazetteer::kPerson);
    size_t sp = f[1].find(' '), last = f[1].rfind(' ');
    if (sp != std::string_view::npos) {
      g->Add(f[1].substr(0, sp), Gazetteer::kFirstName);
      g->Add(f[1].substr(last + 1), Gazetteer::kLastName);
    }
  }
  return base::Status::Ok();
}

// Type counts of harvested spans, keyed by lower-cased text.
class SpanHarvest {
 public:
  void AddSentence(const std::vector<std::string>& words, const std::vector<std::string>& tags) {
    for (const auto& [b, e, type] : IobSpans(tags)) {
      int t = type == "PERSON" ? 0 : type == "ORG" ? 1 : type == "LOC" ? 2 : -1;
      if (t < 0 || e - b > Gazetteer::kMaxPhraseWords) continue;
      std::string text;
      bool upper = false;
      for (int i = b; i < e; ++i) {
        if (i > b) text += ' ';
        text += words[i];
        upper |= !words[i].empty() && words[i][0] >= 'A' && words[i][0] <= 'Z';
      }
      if (!upper || text.size() < 3) continue;  // names only: "the" or "a" are no evidence
      if (t == 0 && e - b >= 2 && Title(words[b]) && Title(words[e - 1])) {
        ++first_[words[b]];
        ++last_[words[e - 1]];
      }
      std::string key = text;
      for (char& c : key) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      auto& e2 = counts_[key];
      if (e2.text.empty()) e2.text = text;
      ++e2.n[t];
    }
  }
  void AddTo(Gazetteer* g) const {
    static constexpr uint32_t kKinds[] = {Gazetteer::kNamePerson, Gazetteer::kNameOrg,
                                         Gazetteer::kNameLoc};
    for (const auto& [key, e] : counts_) {
      int total = e.n[0] + e.n[1] + e.n[2];
      uint32_t kinds = 0;
      for (int t = 0; t < 3; ++t) {
        if (3 * e.n[t] >= total) kinds |= kKinds[t];
      }
      g->Add(e.text, kinds);
    }
    // Given and family names seen at least twice at the edges of person names.
    for (const auto& [w, n] : first_) {
      if (n >= 2) g->Add(w, Gazetteer::kFirstName);
    }
    for (const auto& [w, n] : last_) {
      if (n >= 2) g->Add(w, Gazetteer::kLastName);
    }
  }

 private:
  struct Entry {
    std::string text;
    int n[3] = {0, 0, 0};
  };
  // "Greg": upper-case letter, then at least one lower-case letter, nothing else.
  static bool Title(const std::string& w) {
    if (w.size() < 2 || w[0] < 'A' || w[0] > 'Z') return false;
    for (size_t i = 1; i < w.size(); ++i) {
      if (w[i] < 'a' || w[i] > 'z') return false;
    }
    return true;
  }
  std::map<std::string, Entry> counts_;
  std::map<std::string, int> first_, last_;
};

}  // namespace

base::Result<Gazetteer> BuildGazetteer(const std::string& shared_dir, const NameListSources& extra) {
  std::string dir = shared_dir + "/data/gazetteers";
  Gazetteer g;
  DOSSIER_ASSIGN_OR_RETURN(std::string cities, base::ReadFile(dir + "/geonames/cities15000.txt"));
  for (auto line : Lines(cities)) {
    auto f = Fields(line);
    if (f.size() < 3) continue;
    g.Add(f[1], Gazetteer::kLoc);
    g.Add(f[2], Gazetteer::kLoc);
  }
  DOSSIER_ASSIGN_OR_RETURN(std::string countries,
                           base::ReadFile(dir + "/geonames/countryInfo.txt"));
  for (auto line : Lines(countries)) {
    if (line.empty() || line[0] == '#') continue;
    auto f = Fields(line);
    if (f.size() < 6) continue;
    g.Add(f[4], Gazetteer::kLoc);
    g.Add(f[5], Gazetteer::kLoc);
  }
  DOSSIER_ASSIGN_OR_RETURN(std::string actors,
                           base::ReadFile(dir + "/phoenix/Phoenix.Countries.actors.txt"));
  for (auto line : Lines(actors)) {
    if (line.empty() || line[0] == '#' || line[0] == ' ' || line[0] == '\t') continue;
    std::string name = ActorName(line);
    if (name.empty()) continue;
    if (line.find("CountryInfo.txt") != std::string_view::npos && line[0] != '+') {
      g.Add(name, Gazetteer::kPerson);
      size_t sp = name.find(' '), last = name.rfind(' ');
      if (sp != std::string::npos) {
        g.Add(name.substr(0, sp), Gazetteer::kFirstName);
        g.Add(name.substr(last + 1), Gazetteer::kLastName);
      }
    } else if (line.find("] ") == std::string_view::npos && line.find('[') != std::string_view::npos &&
               line.substr(line.find('[')).size() == 5) {
      g.Add(name, Gazetteer::kLoc);  // "AFGHANISTAN_  [AFG]"
    }
  }
  for (const char* file : {"Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}) {
    DOSSIER_ASSIGN_OR_RETURN(std::string orgs, base::ReadFile(dir + "/phoenix/" + file));
    for (auto line : Lines(orgs)) {
      if (line.empty() || line[0] == '#' || line[0] == ' ' || line[0] == '\t') continue;
      std::string name = ActorName(line);
      if (!name.empty()) g.Add(name, Gazetteer::kOrg);
    }
  }
  if (!extra.kb_dir.empty()) DOSSIER_RETURN_IF_ERROR(AddKbTables(extra.kb_dir, &g));
  SpanHarvest harvest;
  if (extra.wikiann) {
    for (const char* split : {"train", "dev", "test"}) {
      if (split != std::string_view("train") && !extra.wikiann_all) continue;
      DOSSIER_ASSIGN_OR_RETURN(auto wiki,
                               ReadIob(shared_dir + "/data/corpora/wikiann_en/" + split));
      for (const auto& s : wiki) harvest.AddSentence(s.words, s.tags);
    }
  }
  if (extra.gum) {
    DOSSIER_ASSIGN_OR_RETURN(auto files, GumFiles(shared_dir + "/data/corpora/gum", "train"));
    for (const auto& f : files) {
      DOSSIER_ASSIGN_OR_RETURN(auto doc, ReadConllu(f, true));
      for (const auto& s : doc) harvest.AddSentence(s.words, s.ner);
    }
  }
  harvest.AddTo(&g);
  return g;
}

base::Result<std::unordered_set<std::string>> StateNames(const std::string& kb_dir) {
  std::unordered_set<std::string> names;
  DOSSIER_RETURN_IF_ERROR(ForEachStateName(kb_dir, [&](std::string_view n) { names.emplace(n); }));
  return names;
}

base::Result<NameTitles> LoadNameTitles(const std::string& link_cues, const std::string& honorifics) {
  std::set<std::string> titles, address_forms;
  auto add = [](std::string_view word, std::set<std::string>* to) {
    word = base::Trim(word);
    if (word.empty()) return;
    to->emplace(word);
    if (word.find(' ') != std::string_view::npos) return;
    if (word.back() == '.') {
      to->emplace(word.substr(0, word.size() - 1));
    } else {
      to->emplace(std::string(word) + ".");
    }
  };
  DOSSIER_ASSIGN_OR_RETURN(std::string cues, base::ReadFile(link_cues));
  for (auto line : Lines(cues)) {  // word category value
    if (line.empty() || line[0] == '#') continue;
    auto f = Fields(line);
    if (f.size() < 2 || f[1] != "title") continue;
    add(f[0], &titles);
    if (f.size() < 3 || base::Trim(f[2]).empty()) add(f[0], &address_forms);
  }
  DOSSIER_ASSIGN_OR_RETURN(std::string forms, base::ReadFile(honorifics));
  for (auto line : Lines(forms)) {  // canonical: variant, variant, ...
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    for (auto v : Split(line.substr(colon + 1), ',')) add(v, &titles);
  }
  return NameTitles(std::vector<std::string>(titles.begin(), titles.end()),
                    std::vector<std::string>(address_forms.begin(), address_forms.end()));
}

}  // namespace dossier::nlp::train
