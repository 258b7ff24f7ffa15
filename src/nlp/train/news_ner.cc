#include "nlp/train/news_ner.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <unordered_map>

#include "base/file.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "text/line_source.h"
#include "text/segmenter.h"

namespace dossier::nlp::train {
namespace {

using base::Status;

struct LabelRow {
  std::string type;     // PERSON, ORG or LOC
  std::string surface;
  int occurrence = 0;   // 1-based; 0 = every occurrence
  size_t line = 0;
};

struct LabelledItem {
  std::string id;
  std::string split;
  std::vector<LabelRow> rows;  // empty for an item without names
};

bool IsWordChar(char32_t cp) { return cp == U'_' || base::IsLetter(cp) || base::IsDigit(cp); }

base::Result<std::vector<LabelledItem>> ReadLabels(const std::string& path,
                                                   const std::unordered_set<std::string>* states_as_loc) {
  DOSSIER_ASSIGN_OR_RETURN(std::string bytes, base::ReadFile(path));
  std::vector<LabelledItem> items;
  std::unordered_map<std::string, size_t> index;
  size_t line_no = 0;
  for (std::string_view line : base::Split(bytes, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (base::Trim(line).empty() || line[0] == '#') continue;
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    std::vector<std::string_view> c = base::Split(line, '\t');
    if (c.size() < 4 || c.size() > 5) {
      return Status::InvalidArgument(where + "expected ID<TAB>SPLIT<TAB>TYPE<TAB>SURFACE[<TAB>OCCURRENCE]");
    }
    if (c[1] != "train" && c[1] != "dev" && c[1] != "test") {
      return Status::InvalidArgument(where + "split must be train, dev or test");
    }
    auto [it, fresh] = index.emplace(std::string(c[0]), items.size());
    if (fresh) items.push_back({std::string(c[0]), std::string(c[1]), {}});
    LabelledItem& item = items[it->second];
    if (item.split != c[1]) return Status::InvalidArgument(where + "item listed in two splits");
    if (c[2] == "NONE") {
      if (!c[3].empty() || !item.rows.empty()) {
        return Status::InvalidArgument(where + "NONE needs an empty surface and no other rows");
      }
      continue;
    }
    LabelRow row;
    if (c[2] == "PER") row.type = "PERSON";
    else if (c[2] == "ORG" || c[2] == "LOC") row.type = std::string(c[2]);
    else return Status::InvalidArgument(where + "type must be PER, ORG, LOC or NONE");
    row.surface = std::string(c[3]);
    if (row.type == "ORG" && states_as_loc != nullptr && states_as_loc->contains(row.surface)) row.type = "LOC";
    if (base::Trim(row.surface).empty()) return Status::InvalidArgument(where + "empty surface");
    if (c.size() == 5) {
      row.occurrence = std::atoi(std::string(c[4]).c_str());
      if (row.occurrence < 1) return Status::InvalidArgument(where + "occurrence must be 1 or more");
    }
    row.line = line_no;
    item.rows.push_back(std::move(row));
  }
  return items;
}

struct ItemText {
  std::string text;
  std::string doc;  // items of one document share it (and are consecutive in the labels)
};
using ItemTexts = std::unordered_map<std::string, ItemText>;

// Calls `fn(id, text)` for every JSONL record (plain or .zst) with string
// "id" and "text" fields; other lines are skipped.
template <typename Fn>
Status ForEachJsonlText(const std::string& path, const Fn& fn) {
  DOSSIER_ASSIGN_OR_RETURN(auto source, text::LineSource::Open(path));
  std::string line;
  size_t length = 0;
  while (true) {
    DOSSIER_ASSIGN_OR_RETURN(auto outcome, source->Next(size_t{64} << 20, &line, &length));
    if (outcome == text::LineSource::Outcome::kEnd) return Status::Ok();
    if (outcome != text::LineSource::Outcome::kLine) continue;
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("id") || !j["id"].is_string() || !j.contains("text") ||
        !j["text"].is_string()) {
      continue;
    }
    DOSSIER_RETURN_IF_ERROR(fn(j["id"].get<std::string>(), j["text"].get<std::string>()));
  }
}

// Calls `fn(sent_id, text, doc)` for every sentence of CoNLL-U or UNER .iob2
// text with "# sent_id" and "# text" comments (doc: the last "# newdoc id",
// or `default_doc`).
template <typename Fn>
void ForEachCommentedSentence(std::string_view bytes, const std::string& default_doc, const Fn& fn) {
  std::string id, doc = default_doc;
  for (std::string_view line : base::Split(bytes, '\n')) {
    if (!line.starts_with("# ")) continue;
    if (line.starts_with("# newdoc id = ")) doc = std::string(base::Trim(line.substr(14)));
    if (line.starts_with("# sent_id = ")) id = std::string(base::Trim(line.substr(12)));
    if (line.starts_with("# text = ")) fn(id, base::Trim(line.substr(9)), doc);
  }
}

// id -> text of the wanted WCEP items (each item a document of its own).
base::Result<ItemTexts> ReadWcepTexts(const std::string& path, const std::vector<LabelledItem>& wanted) {
  ItemTexts texts;
  for (const auto& item : wanted) texts.emplace(item.id, ItemText());
  DOSSIER_RETURN_IF_ERROR(ForEachJsonlText(path, [&](const std::string& id, std::string text) {
    auto it = texts.find(id);
    if (it != texts.end()) it->second = {std::move(text), id};
    return Status::Ok();
  }));
  return texts;
}

// sent_id -> "# text" of the wanted sentences of the GUM .conllu files in `dir`
// (the document is the file).
base::Result<ItemTexts> ReadGumTexts(const std::string& dir, const std::vector<LabelledItem>& wanted) {
  ItemTexts texts;
  std::set<std::string> files;
  for (const auto& item : wanted) {
    texts.emplace(item.id, ItemText());
    const std::string file = item.id.substr(0, item.id.rfind('-'));  // "GUM_news_afghan-3" -> GUM_news_afghan
    if (file.empty() || file.find('/') != std::string::npos || file.starts_with(".")) {
      return Status::InvalidArgument("item " + item.id + ": not a GUM sentence id");
    }
    files.insert(file);
  }
  for (const std::string& file : files) {
    DOSSIER_ASSIGN_OR_RETURN(std::string bytes, base::ReadFile(dir + "/" + file + ".conllu"));
    ForEachCommentedSentence(bytes, file, [&](const std::string& id, std::string_view text, const std::string&) {
      auto it = texts.find(id);
      if (it != texts.end()) it->second = {std::string(text), file};
    });
  }
  return texts;
}

// "<statement id>@<begin>-<end>" -> those bytes of the statement's text in a
// JSONL file such as the UN General Debate corpus (the document is the
// statement).
base::Result<ItemTexts> ReadSliceTexts(const std::string& path, const std::vector<LabelledItem>& wanted) {
  struct Slice {
    std::string item;
    size_t begin, end;
  };
  std::unordered_map<std::string, std::vector<Slice>> by_doc;
  ItemTexts texts;
  for (const auto& item : wanted) {
    texts.emplace(item.id, ItemText());
    const size_t at = item.id.rfind('@'), dash = item.id.rfind('-');
    if (at == std::string::npos || dash == std::string::npos || dash < at) {
      return Status::InvalidArgument("item " + item.id + ": expected <document id>@<begin>-<end>");
    }
    const size_t begin = std::strtoull(item.id.c_str() + at + 1, nullptr, 10);
    const size_t end = std::strtoull(item.id.c_str() + dash + 1, nullptr, 10);
    if (end <= begin) return Status::InvalidArgument("item " + item.id + ": empty byte range");
    by_doc[item.id.substr(0, at)].push_back({item.id, begin, end});
  }
  DOSSIER_RETURN_IF_ERROR(ForEachJsonlText(path, [&](const std::string& id, const std::string& text) {
    auto doc = by_doc.find(id);
    if (doc == by_doc.end()) return Status::Ok();
    for (const Slice& s : doc->second) {
      if (s.end > text.size()) return Status::InvalidArgument("item " + s.item + ": past the end of its text");
      texts[s.item] = {text.substr(s.begin, s.end - s.begin), doc->first};
    }
    return Status::Ok();
  }));
  return texts;
}

// sent_id -> "# text" of the wanted sentences of a UNER .iob2 file (the
// document is the last "# newdoc id").
base::Result<ItemTexts> ReadIobTexts(const std::string& path, const std::vector<LabelledItem>& wanted) {
  ItemTexts texts;
  for (const auto& item : wanted) texts.emplace(item.id, ItemText());
  DOSSIER_ASSIGN_OR_RETURN(std::string bytes, base::ReadFile(path));
  ForEachCommentedSentence(bytes, "", [&](const std::string& id, std::string_view text, const std::string& doc) {
    auto it = texts.find(id);
    if (it != texts.end()) it->second = {std::string(text), doc.empty() ? id : doc};
  });
  return texts;
}

struct Span {
  uint32_t first, last;  // token indices, inclusive
  const std::string* type;
};

// The item's sentences with IOB2 tags from its label rows.
// With `skipped`, an occurrence off token edges is left out and counted
// instead of failing the file.
base::Result<std::vector<NerSentence>> LabelItem(const LabelledItem& item, const std::string& text,
                                                 const std::string& labels_path, size_t* skipped) {
  const text::Segmentation seg = text::Segment(text);
  std::unordered_map<uint32_t, uint32_t> token_at_begin, token_at_end;
  for (uint32_t t = 0; t < seg.tokens.size(); ++t) {
    token_at_begin.emplace(seg.tokens[t].begin, t);
    token_at_end.emplace(seg.tokens[t].end, t);
  }
  std::vector<Span> spans;
  for (const LabelRow& row : item.rows) {
    const std::string where = labels_path + ":" + std::to_string(row.line) + ": ";
    std::vector<size_t> at = WholeWordOccurrences(text, row.surface);
    if (at.empty()) {
      return Status::InvalidArgument(where + "\"" + row.surface + "\" is not in the text of " + item.id);
    }
    if (row.occurrence > static_cast<int>(at.size())) {
      return Status::InvalidArgument(where + "occurrence " + std::to_string(row.occurrence) + " of \"" +
                                     row.surface + "\": the text of " + item.id + " has " +
                                     std::to_string(at.size()));
    }
    if (row.occurrence > 0) at = {at[row.occurrence - 1]};
    for (size_t begin : at) {
      const uint32_t end = static_cast<uint32_t>(begin + row.surface.size());
      auto first = token_at_begin.find(static_cast<uint32_t>(begin));
      auto last = token_at_end.find(end);
      // "Aga Khan V." closing a sentence: the initial's token took the full stop.
      if (last == token_at_end.end() && end < text.size() && text[end] == '.') last = token_at_end.find(end + 1);
      if ((first == token_at_begin.end() || last == token_at_end.end()) && skipped != nullptr) {
        ++*skipped;
        continue;
      }
      if (first == token_at_begin.end() || last == token_at_end.end()) {
        return Status::InvalidArgument(where + "\"" + row.surface + "\" at byte " + std::to_string(begin) +
                                       " of " + item.id + " does not begin and end on token edges");
      }
      spans.push_back({first->second, last->second, &row.type});
    }
  }
  // Longest first (then leftmost); a span overlapping a longer one is dropped.
  std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    if (a.last - a.first != b.last - b.first) return a.last - a.first > b.last - b.first;
    return a.first < b.first;
  });
  std::vector<std::string> tags(seg.tokens.size(), "O");
  for (const Span& s : spans) {
    bool free = true;
    for (uint32_t t = s.first; t <= s.last && free; ++t) free = tags[t] == "O";
    if (!free) continue;
    for (uint32_t t = s.first; t <= s.last; ++t) tags[t] = (t == s.first ? "B-" : "I-") + *s.type;
  }
  std::vector<NerSentence> out;
  for (const text::Sentence& sentence : seg.sentences) {
    NerSentence s;
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const text::Token& token = seg.tokens[t];
      s.words.emplace_back(text.substr(token.begin, token.end - token.begin));
      s.tags.push_back(tags[t]);
    }
    RepairIob(&s.tags);  // a name cut by a sentence break starts again with B-
    if (!s.words.empty()) out.push_back(std::move(s));
  }
  return out;
}

// Labelled items of `split` and the reader of their texts, assembled into
// sentences; `source` names where the texts come from in error messages.
template <typename ReadTexts>
base::Result<std::vector<NerSentence>> Assemble(const std::string& labels_path, const std::string& source,
                                                std::string_view split,
                                                const std::unordered_set<std::string>* states_as_loc,
                                                size_t* skipped, const ReadTexts& read_texts) {
  if (split != "train" && split != "dev" && split != "test" && split != "all") {
    return Status::InvalidArgument("NER gold split must be train, dev, test or all, not \"" +
                                   std::string(split) + "\"");
  }
  DOSSIER_ASSIGN_OR_RETURN(auto items, ReadLabels(labels_path, states_as_loc));
  std::erase_if(items, [&](const LabelledItem& i) { return split != "all" && i.split != split; });
  DOSSIER_ASSIGN_OR_RETURN(ItemTexts texts, read_texts(items));
  std::vector<NerSentence> out;
  int doc = -1;
  std::string last_doc;
  for (const LabelledItem& item : items) {
    const ItemText& t = texts.at(item.id);
    if (t.text.empty()) return Status::InvalidArgument(labels_path + ": item " + item.id + " is not in " + source);
    if (doc < 0 || t.doc != last_doc) ++doc;
    last_doc = t.doc;
    DOSSIER_ASSIGN_OR_RETURN(auto sentences, LabelItem(item, t.text, labels_path, skipped));
    for (auto& s : sentences) {
      s.doc = doc;
      out.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace

std::vector<size_t> WholeWordOccurrences(std::string_view text, std::string_view surface) {
  std::vector<size_t> out;
  if (surface.empty()) return out;
  for (size_t at = text.find(surface); at != std::string_view::npos; at = text.find(surface, at + 1)) {
    int len = 0;
    const bool word_before = at > 0 && IsWordChar(base::DecodeUtf8(text, base::PrevCodePointStart(text, at), &len));
    const size_t end = at + surface.size();
    const bool word_after = end < text.size() && IsWordChar(base::DecodeUtf8(text, end, &len));
    if (!word_before && !word_after) out.push_back(at);
  }
  return out;
}

base::Result<std::vector<NerSentence>> ReadNewsNer(const std::string& labels_path,
                                                   const std::string& items_path, std::string_view split,
                                                   const std::unordered_set<std::string>* states_as_loc,
                                                   size_t* skipped) {
  return Assemble(labels_path, items_path, split, states_as_loc, skipped,
                  [&](const std::vector<LabelledItem>& items) { return ReadWcepTexts(items_path, items); });
}

base::Result<std::vector<NerSentence>> ReadIobTextNer(const std::string& labels_path, const std::string& iob2_path,
                                                      std::string_view split,
                                                      const std::unordered_set<std::string>* states_as_loc,
                                                      size_t* skipped) {
  return Assemble(labels_path, iob2_path, split, states_as_loc, skipped,
                  [&](const std::vector<LabelledItem>& items) { return ReadIobTexts(iob2_path, items); });
}

base::Result<std::vector<NerSentence>> ReadSliceNer(const std::string& labels_path, const std::string& jsonl_path,
                                                    std::string_view split,
                                                    const std::unordered_set<std::string>* states_as_loc,
                                                    size_t* skipped) {
  return Assemble(labels_path, jsonl_path, split, states_as_loc, skipped,
                  [&](const std::vector<LabelledItem>& items) { return ReadSliceTexts(jsonl_path, items); });
}

base::Result<std::vector<NerSentence>> ReadGumNer(const std::string& labels_path, const std::string& gum_dir,
                                                  std::string_view split,
                                                  const std::unordered_set<std::string>* states_as_loc,
                                                  size_t* skipped) {
  return Assemble(labels_path, gum_dir, split, states_as_loc, skipped,
                  [&](const std::vector<LabelledItem>& items) { return ReadGumTexts(gum_dir, items); });
}

}  // namespace dossier::nlp::train
