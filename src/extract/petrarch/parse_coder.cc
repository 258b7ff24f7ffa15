#include "extract/petrarch/parse_coder.h"

#include <charconv>

#include "base/file.h"
#include "extract/petrarch/dependency_tree.h"
#include "kb/tsv.h"

namespace dossier::extract::petrarch {
namespace {

// "2017-11-29" -> 20171129; partial dates take the first day.
int DateNumber(std::string_view date) {
  auto part = [&](size_t at, size_t n, int fallback) {
    int v = fallback;
    if (date.size() >= at + n) std::from_chars(date.data() + at, date.data() + at + n, v);
    return v;
  };
  return part(0, 4, 0) * 10000 + part(5, 2, 1) * 100 + part(8, 2, 1);
}

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() > s.size() && w.substr(w.size() - s.size()) == s;
}

}  // namespace

std::string PennTag(std::string_view upos, std::string_view word) {
  if (upos == "VERB" || upos == "AUX") {
    if (EndsWith(word, "ing")) return "VBG";
    if (EndsWith(word, "ed")) return "VBD";
    if (EndsWith(word, "s")) return "VBZ";
    return "VB";
  }
  if (upos == "NOUN") return EndsWith(word, "s") ? "NNS" : "NN";
  if (upos == "PROPN") return "NNP";
  if (upos == "ADJ") return "JJ";
  if (upos == "ADV") return "RB";
  if (upos == "ADP" || upos == "SCONJ") return "IN";
  if (upos == "DET") return "DT";
  if (upos == "PRON") return "PRP";
  if (upos == "NUM") return "CD";
  if (upos == "CCONJ") return "CC";
  if (upos == "PART") return word == "to" ? "TO" : "RP";
  if (upos == "PUNCT") return word == "," ? "," : ".";
  return "NN";
}

Result<std::unique_ptr<ParseCoder>> ParseCoder::Load(const std::string& dir, const std::string& home,
                                                     Warnings* warnings) {
  std::unique_ptr<ParseCoder> pc(new ParseCoder());
  DOSSIER_ASSIGN_OR_RETURN(DictionaryPaths paths, DictionaryPaths::FromFolder(dir));
  DOSSIER_ASSIGN_OR_RETURN(pc->coder_, Coder::Load(paths, warnings));
  const std::string table = home + "/data/extract/cameo_plover.tsv";
  DOSSIER_ASSIGN_OR_RETURN(std::string tsv, base::ReadFile(table));
  DOSSIER_RETURN_IF_ERROR(kb::ForEachRow(tsv, table, 1, [&](const std::vector<std::string_view>& c) {
    pc->plover_.push_back({std::string(c[0]), c.size() > 1 ? std::string(c[1]) : "",
                           c.size() > 2 ? std::string(c[2]) : ""});
    return Status::Ok();
  }));
  return pc;
}

std::pair<std::string, std::string> ParseCoder::Plover(const std::string& cameo) const {
  const std::array<std::string, 3>* best = nullptr;
  for (const auto& row : plover_) {
    if (cameo.starts_with(row[0]) && (best == nullptr || row[0].size() > (*best)[0].size())) best = &row;
  }
  return best ? std::make_pair((*best)[1], (*best)[2]) : std::make_pair(std::string(), std::string());
}

std::vector<ParseEvent> ParseCoder::Code(std::string_view text, const text::Segmentation& seg,
                                         const nlp::Analysis& analysis, std::string_view date) const {
  std::vector<ParseEvent> out;
  if (analysis.tokens.size() != seg.tokens.size()) return out;
  const int day = date.empty() ? 0 : DateNumber(date);
  for (uint32_t s = 0; s < seg.sentences.size(); ++s) {
    const text::Sentence& sent = seg.sentences[s];
    std::vector<DepToken> tokens;
    for (uint32_t k = sent.token_begin; k < sent.token_end; ++k) {
      const nlp::TokenAnalysis& a = analysis.tokens[k];
      std::string word(seg.tokens[k].span().Of(text));
      int head = a.head < 0 ? -1 : a.head - static_cast<int>(sent.token_begin);
      if (head >= static_cast<int>(sent.token_end - sent.token_begin)) head = -1;
      tokens.push_back({word, PennTag(a.pos, word), head, a.dep});
    }
    auto tree = DependencyToTree(tokens);
    if (!tree.ok()) continue;
    CodedSentence coded = coder_->CodeTree(*tree, day);
    if (coded.discarded) continue;
    for (const Event& e : coded.events) {
      auto [event, mode] = Plover(e.code);
      if (!event.empty()) out.push_back({s, event, mode, e.source, e.target, e.code});
    }
  }
  return out;
}

}  // namespace dossier::extract::petrarch
