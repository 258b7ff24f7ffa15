#include "nlp/pos_tagger.h"

#include <algorithm>

#include "base/file.h"
#include "nlp/model_file.h"

namespace dossier::nlp {
namespace {
constexpr uint64_t kStart = 0x51a7, kEnd = 0xe7d;
}  // namespace

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += n + "\n";
  return out;
}

std::vector<std::string> SplitNames(std::string_view s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    out.emplace_back(s.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

int PosFeatures(const WordInfo* w, int n, int i, int prev1, int prev2, uint64_t* out) {
  auto lower = [&](int j) { return j < 0 ? kStart : j >= n ? kEnd : w[j].lower; };
  auto suf3 = [&](int j) { return j < 0 ? kStart : j >= n ? kEnd : w[j].suf3; };
  auto shape = [&](int j) { return j < 0 ? kStart : j >= n ? kEnd : w[j].short_shape; };
  const WordInfo& x = w[i];
  uint64_t p1 = static_cast<uint64_t>(prev1 + 2), p2 = static_cast<uint64_t>(prev2 + 2);
  int k = 0;
  out[k++] = Feat(1, 0);
  out[k++] = Feat(2, x.lower);
  out[k++] = Feat(3, x.form);
  out[k++] = Feat(4, x.suf1);
  out[k++] = Feat(5, x.suf2);
  out[k++] = Feat(6, x.suf3);
  out[k++] = Feat(7, x.suf4);
  out[k++] = Feat(8, x.pre1);
  out[k++] = Feat(9, x.pre2);
  out[k++] = Feat(10, x.pre3);
  out[k++] = Feat(11, x.shape);
  out[k++] = Feat(12, x.flags, i == 0);
  out[k++] = Feat(13, p1);
  out[k++] = Feat(14, p1, p2);
  out[k++] = Feat(15, p1, x.lower);
  out[k++] = Feat(16, lower(i - 1));
  out[k++] = Feat(17, suf3(i - 1));
  out[k++] = Feat(18, lower(i - 2));
  out[k++] = Feat(19, lower(i + 1));
  out[k++] = Feat(20, suf3(i + 1));
  out[k++] = Feat(21, lower(i + 2));
  out[k++] = Feat(22, lower(i - 1), x.lower);
  out[k++] = Feat(23, x.lower, lower(i + 1));
  out[k++] = Feat(24, shape(i + 1));
  out[k++] = Feat(25, shape(i - 1), x.short_shape);
  out[k++] = Feat(26, p1, x.suf3);
  out[k++] = Feat(27, p1, lower(i + 1));
  out[k++] = Feat(28, suf3(i + 2));
  out[k++] = Feat(29, x.length > 12 ? 12 : x.length);
  if (x.cluster != 0) out[k++] = Feat(30, x.cluster);
  auto amb = [&](int j) { return j < 0 ? kStart : j >= n ? kEnd : w[j].amb; };
  out[k++] = Feat(31, x.amb);
  out[k++] = Feat(32, amb(i + 1));
  out[k++] = Feat(33, p1, x.amb);
  out[k++] = Feat(34, x.amb, amb(i + 1));
  out[k++] = Feat(35, amb(i + 2));
  out[k++] = Feat(36, amb(i - 1), x.amb);
  return k;
}

base::Result<std::unique_ptr<PosTagger>> PosTagger::Load(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::string bytes, base::ReadFile(path));
  return FromBytes(std::move(bytes), path);
}

base::Result<std::unique_ptr<PosTagger>> PosTagger::FromBytes(std::string bytes,
                                                              const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(ModelFile f, ModelFile::Parse(std::move(bytes), path));
  auto t = std::make_unique<PosTagger>();
  DOSSIER_ASSIGN_OR_RETURN(std::string_view kind, f.Section("kind"));
  if (kind != "pos") return base::Status::Corruption(path + ": not a POS model");
  DOSSIER_ASSIGN_OR_RETURN(std::string_view tags, f.Section("tags"));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view weights, f.Section("weights"));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view lemmas, f.Section("lemmas"));
  t->tags_ = SplitNames(tags);
  DOSSIER_ASSIGN_OR_RETURN(t->model_, LinearModel::Deserialize(weights));
  DOSSIER_ASSIGN_OR_RETURN(t->lemmatizer_, Lemmatizer::Deserialize(lemmas));
  DOSSIER_ASSIGN_OR_RETURN(std::string_view lexicon, f.Section("lexicon"));
  if (lexicon.size() % 16 != 0) return base::Status::Corruption(path + ": bad lexicon");
  ByteReader r(lexicon);
  for (size_t i = 0; i < lexicon.size() / 16; ++i) {
    uint64_t k = 0, v = 0;
    r.Get(&k);
    r.Get(&v);
    t->lexicon_[k] = v;
  }
  if (t->tags_.empty() || t->model_.num_classes() != static_cast<int>(t->tags_.size())) {
    return base::Status::Corruption(path + ": tag list does not match the weights");
  }
  t->fingerprint_ = f.fingerprint();
  t->FindNameTags();
  return t;
}

void PosTagger::FindNameTags() {
  propn_ = TagId("PROPN");
  hyphen_ = DescribeWord("-").lower;
  keeps_name_part_.assign(tags_.size(), false);
  for (const char* keep : {"PROPN", "ADJ", "NUM", "PUNCT", "SYM", "X"}) {
    int t = TagId(keep);
    if (t >= 0) keeps_name_part_[t] = true;
  }
}

bool PosTagger::NamePart(const WordInfo* words, int i, const uint8_t* tags, int best) const {
  return propn_ >= 0 && i >= 2 && !keeps_name_part_[best] && words[i].glued && words[i - 1].glued &&
         (words[i].flags & kFlagFirstUpper) && words[i - 1].lower == hyphen_ && tags[i - 2] == propn_;
}

std::string PosTagger::Serialize(const std::vector<std::string>& tags, const LinearModel& model,
                                 const Lemmatizer& lemmatizer,
                                 const std::unordered_map<uint64_t, uint64_t>& lexicon) {
  ModelFileWriter w;
  w.Add("kind", "pos");
  w.Add("tags", JoinNames(tags));
  w.Add("weights", model.Serialize());
  w.Add("lemmas", lemmatizer.Serialize());
  std::vector<std::pair<uint64_t, uint64_t>> lex(lexicon.begin(), lexicon.end());
  std::sort(lex.begin(), lex.end());
  ByteWriter lw;
  for (const auto& [k, v] : lex) {
    lw.Put(k);
    lw.Put(v);
  }
  w.Add("lexicon", std::move(lw.str()));
  return w.Finish();
}

void PosTagger::AddLexicon(WordInfo* words, int n) const {
  for (int i = 0; i < n; ++i) {
    auto it = lexicon_.find(words[i].lower);
    words[i].amb = it == lexicon_.end() ? 0 : it->second;
  }
}

void PosTagger::Tag(const WordInfo* words, int n, uint8_t* tags) const {
  TagFrom(words, n, 0, tags);
}

void PosTagger::TagFrom(const WordInfo* words, int n, int from, uint8_t* tags) const {
  uint64_t feats[kMaxPosFeatures];
  float scores[kMaxClasses];
  int p1 = from > 0 ? tags[from - 1] : -1, p2 = from > 1 ? tags[from - 2] : -1;
  const int nc = model_.num_classes();
  for (int i = from; i < n; ++i) {
    int k = PosFeatures(words, n, i, p1, p2, feats);
    model_.Score(std::span<const uint64_t>(feats, k), scores);
    int best = 0;
    for (int c = 1; c < nc; ++c) {
      if (scores[c] > scores[best]) best = c;
    }
    if (NamePart(words, i, tags, best)) best = propn_;
    tags[i] = static_cast<uint8_t>(best);
    p2 = p1;
    p1 = best;
  }
}

void PosTagger::Retag(const WordInfo* words, int n, int at, uint8_t tag, uint8_t* tags) const {
  tags[at] = tag;
  TagFrom(words, n, at + 1, tags);
}

float PosTagger::ScoreLoss(const WordInfo* words, int n, const uint8_t* tags, int i, int tag) const {
  uint64_t feats[kMaxPosFeatures];
  float scores[kMaxClasses];
  int k = PosFeatures(words, n, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, feats);
  model_.Score(std::span<const uint64_t>(feats, k), scores);
  return scores[tags[i]] - scores[tag];
}

int PosTagger::TagId(std::string_view name) const {
  for (size_t i = 0; i < tags_.size(); ++i) {
    if (tags_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace dossier::nlp
