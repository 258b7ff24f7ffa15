#include "nlp/nlp_models.h"

#include "nlp/document_names.h"

namespace dossier::nlp {
namespace {

struct Scratch {
  std::vector<WordInfo> info;
  std::vector<uint8_t> tags, labels;
  std::vector<int32_t> heads;
  std::vector<NerSpan> spans;
  DocumentNames names;
  // The document's word features and tags by token, for the state roles
  // decided after the document pass.
  std::vector<WordInfo> doc_info;
  std::vector<uint8_t> doc_tags;
};

}  // namespace

base::Result<std::unique_ptr<Models>> Models::Load(const std::string& dir) {
  std::unique_ptr<Models> m(new Models());
  DOSSIER_ASSIGN_OR_RETURN(m->pos_, PosTagger::Load(dir + "/pos.model"));
  DOSSIER_ASSIGN_OR_RETURN(m->ner_, NerTagger::Load(dir + "/ner.model"));
  DOSSIER_ASSIGN_OR_RETURN(m->parser_, Parser::Load(dir + "/parse.model"));
  m->repair_ = std::make_unique<PredicateRepair>(*m->pos_, *m->parser_);
  return m;
}

std::string Models::Fingerprints() const {
  return "pos=" + pos_->fingerprint() + " ner=" + ner_->fingerprint() +
         " parse=" + parser_->fingerprint();
}

// The features of one sentence's words, with the tagger's lexicon entries.
void Models::Describe(std::string_view text, const text::Segmentation& seg, const text::Sentence& sent,
                      std::vector<WordInfo>* info) const {
  const int n = static_cast<int>(sent.token_end - sent.token_begin);
  info->resize(n);
  for (int i = 0; i < n; ++i) {
    const auto& t = seg.tokens[sent.token_begin + i];
    (*info)[i] = DescribeWord(text.substr(t.begin, t.end - t.begin));
    (*info)[i].glued = i > 0 && seg.tokens[sent.token_begin + i - 1].end == t.begin;
  }
  pos_->AddLexicon(info->data(), n);
}

Analysis Models::Analyze(std::string_view text, const text::Segmentation& seg, bool parse) const {
  thread_local Scratch s;
  s.names.Clear();
  Analysis out;
  out.tokens.resize(seg.tokens.size());
  // Only a model with a state-role section needs the words again after the
  // document pass (the committed model has none: no per-token copies then).
  const bool roles = !ner_->state_roles().empty();
  if (roles) {
    s.doc_info.resize(seg.tokens.size());
    s.doc_tags.resize(seg.tokens.size());
  }
  for (const auto& sent : seg.sentences) {
    int n = static_cast<int>(sent.token_end - sent.token_begin);
    if (n <= 0) continue;
    Describe(text, seg, sent, &s.info);
    s.tags.resize(n);
    s.heads.resize(n);
    s.labels.resize(n);
    if (parse) {
      repair_->TagAndParse(s.info.data(), n, s.tags.data(), s.heads.data(), s.labels.data());
    } else {
      pos_->Tag(s.info.data(), n, s.tags.data());
      std::fill(s.heads.begin(), s.heads.end(), -1);
    }
    // The NER's gazetteer, clusters and casing marks; the parser never reads them
    // (it looks up the clusters of its own model), so the order does not matter.
    ner_->AddLexicon(s.info.data(), n);
    s.spans.clear();
    ner_->Tag(s.info.data(), s.tags.data(), n, &s.spans);
    for (int i = 0; i < n; ++i) {
      const auto& t = seg.tokens[sent.token_begin + i];
      TokenAnalysis& a = out.tokens[sent.token_begin + i];
      a.pos = pos_->tag_name(s.tags[i]);
      a.lemma = pos_->lemmatizer().Lemmatize(text.substr(t.begin, t.end - t.begin), s.tags[i]);
      a.head = s.heads[i] < 0 ? -1 : static_cast<int32_t>(sent.token_begin) + s.heads[i];
      if (parse) a.dep = parser_->label_name(s.labels[i]);
    }
    s.names.AddSentence(sent.token_begin, s.info.data(), n, s.spans);
    if (roles) {
      std::copy(s.info.begin(), s.info.begin() + n, s.doc_info.begin() + sent.token_begin);
      std::copy(s.tags.begin(), s.tags.begin() + n, s.doc_tags.begin() + sent.token_begin);
    }
  }
  // One reading per name and document (document_names.h), then each state's
  // role where it is named (state_roles.h).
  s.names.Harmonise(ner_->person_type());
  size_t si = 0;
  for (NerSpan sp : s.names.spans()) {
    if (!roles) {
      out.entities.push_back({sp.begin, sp.end, ner_->type_name(sp.type)});
      continue;
    }
    while (si + 1 < seg.sentences.size() && seg.sentences[si].token_end <= sp.begin) ++si;
    const text::Sentence& sent = seg.sentences[si];
    NerSpan local{sp.begin - sent.token_begin, sp.end - sent.token_begin, sp.type};
    ner_->ResolveStates(s.doc_info.data() + sent.token_begin, s.doc_tags.data() + sent.token_begin,
                        static_cast<int>(sent.token_end - sent.token_begin), &local, 1);
    out.entities.push_back({sp.begin, sp.end, ner_->type_name(local.type)});
  }
  return out;
}

void Models::ParseSentences(std::string_view text, const text::Segmentation& seg,
                            const std::vector<uint8_t>& which, Analysis* analysis) const {
  thread_local Scratch s;
  for (size_t si = 0; si < seg.sentences.size() && si < which.size(); ++si) {
    const auto& sent = seg.sentences[si];
    const int n = static_cast<int>(sent.token_end - sent.token_begin);
    if (which[si] == 0 || n <= 0) continue;
    Describe(text, seg, sent, &s.info);
    s.tags.resize(n);
    s.heads.resize(n);
    s.labels.resize(n);
    repair_->TagAndParse(s.info.data(), n, s.tags.data(), s.heads.data(), s.labels.data());
    for (int i = 0; i < n; ++i) {
      const auto& t = seg.tokens[sent.token_begin + i];
      TokenAnalysis& a = analysis->tokens[sent.token_begin + i];
      if (pos_->tag_name(s.tags[i]) != a.pos) {  // a headline verb read again
        a.pos = pos_->tag_name(s.tags[i]);
        a.lemma = pos_->lemmatizer().Lemmatize(text.substr(t.begin, t.end - t.begin), s.tags[i]);
      }
      a.head = s.heads[i] < 0 ? -1 : static_cast<int32_t>(sent.token_begin) + s.heads[i];
      a.dep = parser_->label_name(s.labels[i]);
    }
  }
}

}  // namespace dossier::nlp
