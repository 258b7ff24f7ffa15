#include "nlp/train/corpus.h"

#include <map>

#include "base/file.h"
#include "base/strings.h"
#include "text/line_source.h"

#include <nlohmann/json.hpp>

namespace dossier::nlp::train {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t t = line.find('\t', pos);
    if (t == std::string_view::npos) {
      out.push_back(line.substr(pos));
      return out;
    }
    out.push_back(line.substr(pos, t - pos));
    pos = t + 1;
  }
}

template <typename F>
void ForEachLine(const std::string& text, F f) {
  size_t pos = 0, line_no = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    f(line, ++line_no);
    pos = nl + 1;
  }
}

std::string MapType(std::string_view t) {
  if (t == "PER" || t == "PERSON" || t == "person") return "PERSON";
  if (t == "ORG" || t == "organization") return "ORG";
  if (t == "LOC" || t == "GPE" || t == "place") return "LOC";
  return "";
}

// GUM MISC Entity=(1-person-...(2-place-...2)1): opens "(id-type", closes "id)".
struct OpenMention {
  std::string id, type;
  size_t start;
};

void AddGumEntities(const std::vector<std::string>& misc, TreebankSentence* s) {
  s->ner.assign(s->words.size(), "O");
  std::vector<OpenMention> open;
  std::vector<std::tuple<size_t, size_t, std::string>> spans;
  for (size_t i = 0; i < misc.size(); ++i) {
    std::string_view m = misc[i];
    size_t p = m.find("Entity=");
    if (p == std::string_view::npos) continue;
    std::string_view e = m.substr(p + 7);
    size_t bar = e.find('|');
    if (bar != std::string_view::npos) e = e.substr(0, bar);
    size_t j = 0;
    while (j < e.size()) {
      if (e[j] == '(') {
        size_t k = j + 1;
        while (k < e.size() && e[k] != '(' && e[k] != ')') ++k;
        std::string_view body = e.substr(j + 1, k - j - 1);
        size_t d1 = body.find('-');
        std::string id(body.substr(0, d1));
        std::string type;
        if (d1 != std::string_view::npos) {
          size_t d2 = body.find('-', d1 + 1);
          type = std::string(body.substr(d1 + 1, d2 == std::string_view::npos ? d2 : d2 - d1 - 1));
        }
        open.push_back({id, type, i});
        if (k < e.size() && e[k] == ')') {  // single-token mention "(3-person-...)"
          spans.emplace_back(i, i + 1, type);
          open.pop_back();
          ++k;
        }
        j = k;
      } else {
        size_t k = j;
        while (k < e.size() && e[k] != ')' && e[k] != '(') ++k;
        std::string id(e.substr(j, k - j));
        for (size_t o = open.size(); o-- > 0;) {
          if (open[o].id == id) {
            spans.emplace_back(open[o].start, i + 1, open[o].type);
            open.erase(open.begin() + static_cast<long>(o));
            break;
          }
        }
        j = k < e.size() ? k + 1 : k;
      }
    }
  }
  for (auto [b, e, type] : spans) {
    std::string t = MapType(type);
    if (t.empty()) continue;
    // Named mentions only: the syntactic head (the token whose head lies
    // outside the span) must be a proper noun. The span is then trimmed to the
    // proper-noun run around the head (GUM spans are whole noun phrases:
    // "the United States", "Ken Lay 's company"), crossing "of", "and", "&",
    // "the", "for", "de" only between proper nouns.
    size_t head = e;
    for (size_t i = b; i < e; ++i) {
      size_t h = static_cast<size_t>(s->heads[i]);
      bool outside = h == 0 || h - 1 < b || h - 1 >= e;
      if (outside && s->upos[i] == "PROPN") head = i;
    }
    if (head == e) continue;
    auto glue = [&](size_t i) {
      const std::string w = s->words[i];
      return w == "of" || w == "and" || w == "&" || w == "the" || w == "for" || w == "de";
    };
    size_t nb = head, ne = head + 1;
    while (nb > b && (s->upos[nb - 1] == "PROPN" ||
                      (nb - 1 > b && glue(nb - 1) && s->upos[nb - 2] == "PROPN"))) {
      --nb;
    }
    while (ne < e && (s->upos[ne] == "PROPN" ||
                      (ne + 1 < e && glue(ne) && s->upos[ne + 1] == "PROPN"))) {
      ++ne;
    }
    b = nb;
    e = ne;
    bool free = true;
    for (size_t i = b; i < e; ++i) free = free && s->ner[i] == "O";
    if (!free) continue;  // nested inside an already labelled mention
    for (size_t i = b; i < e; ++i) s->ner[i] = (i == b ? "B-" : "I-") + t;
  }
}

}  // namespace

base::Result<std::vector<TreebankSentence>> ReadConllu(const std::string& path, bool gum_entities) {
  DOSSIER_ASSIGN_OR_RETURN(std::string text, base::ReadFile(path));
  std::vector<TreebankSentence> out;
  TreebankSentence cur;
  std::vector<std::string> misc;
  base::Status error;
  auto flush = [&]() {
    if (cur.words.empty()) return;
    if (gum_entities) AddGumEntities(misc, &cur);
    out.push_back(std::move(cur));
    cur = TreebankSentence();
    misc.clear();
  };
  ForEachLine(text, [&](std::string_view line, size_t line_no) {
    if (!error.ok()) return;
    if (line.empty()) return flush();
    if (line[0] == '#') return;
    auto cols = SplitTabs(line);
    if (cols.size() != 10) {
      error = base::Status::InvalidArgument(path + ":" + std::to_string(line_no) +
                                            ": expected 10 columns");
      return;
    }
    if (cols[0].find_first_of("-.") != std::string_view::npos) return;
    cur.glued.push_back(!misc.empty() && misc.back().find("SpaceAfter=No") != std::string::npos);
    cur.words.emplace_back(cols[1]);
    cur.lemmas.emplace_back(cols[2]);
    cur.upos.emplace_back(cols[3]);
    cur.heads.push_back(std::atoi(std::string(cols[6]).c_str()));
    cur.deprels.emplace_back(cols[7]);
    misc.emplace_back(cols[9]);
  });
  if (!error.ok()) return error;
  flush();
  return out;
}

base::Result<std::vector<std::string>> GumFiles(const std::string& gum_dir,
                                                const std::string& split) {
  DOSSIER_ASSIGN_OR_RETURN(std::string text, base::ReadFile(gum_dir + "/splits.tsv"));
  std::vector<std::string> out;
  ForEachLine(text, [&](std::string_view line, size_t) {
    auto cols = SplitTabs(line);
    if (cols.size() >= 3 && cols[2] == split) {
      out.push_back(gum_dir + "/" + std::string(cols[0]) + ".conllu");
    }
  });
  if (out.empty()) return base::Status::NotFound(gum_dir + "/splits.tsv: no " + split + " documents");
  return out;
}

void RepairIob(std::vector<std::string>* tags) {
  std::string prev = "O";
  for (auto& t : *tags) {
    std::string type = t.size() > 2 ? MapType(t.substr(2)) : "";
    if (t == "O" || type.empty()) {
      t = "O";
    } else if (t[0] == 'I' && (prev == "O" || prev.substr(2) != type)) {
      t = "B-" + type;
    } else {
      t = t.substr(0, 2) + type;
    }
    prev = t;
  }
}

base::Result<std::vector<std::string>> ReadJsonlTexts(const std::string& path, size_t max_docs) {
  DOSSIER_ASSIGN_OR_RETURN(auto source, text::LineSource::Open(path));
  std::vector<std::string> out;
  std::string line;
  size_t length = 0;
  while (max_docs == 0 || out.size() < max_docs) {
    DOSSIER_ASSIGN_OR_RETURN(auto outcome, source->Next(size_t{64} << 20, &line, &length));
    if (outcome == text::LineSource::Outcome::kEnd) break;
    if (outcome != text::LineSource::Outcome::kLine) continue;
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_object() && j.contains("text") && j["text"].is_string()) {
      out.push_back(j["text"].get<std::string>());
    }
  }
  return out;
}

base::Result<std::vector<NerSentence>> ReadIob(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::string text, base::ReadFile(path));
  std::vector<NerSentence> out;
  NerSentence cur;
  int doc = -1;  // -1 until a "# newdoc" comment
  auto flush = [&]() {
    if (cur.words.empty()) return;
    RepairIob(&cur.tags);
    cur.doc = doc >= 0 ? doc : static_cast<int>(out.size());
    out.push_back(std::move(cur));
    cur = NerSentence();
  };
  ForEachLine(text, [&](std::string_view line, size_t) {
    if (line.empty()) return flush();
    if (line[0] == '#') {
      if (line.starts_with("# newdoc")) {
        flush();
        ++doc;
      }
      return;
    }
    auto cols = SplitTabs(line);
    if (cols.size() >= 3) {  // UNER: id word tag - annotator
      cur.words.emplace_back(cols[1]);
      cur.tags.emplace_back(cols[2]);
    } else if (cols.size() == 2) {  // WikiANN: en:word tag
      std::string_view w = cols[0];
      if (w.substr(0, 3) == "en:") w.remove_prefix(3);
      cur.words.emplace_back(w);
      cur.tags.emplace_back(cols[1]);
    }
  });
  flush();
  return out;
}

}  // namespace dossier::nlp::train
