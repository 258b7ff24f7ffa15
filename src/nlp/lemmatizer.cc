#include "nlp/lemmatizer.h"

#include "nlp/features.h"
#include "nlp/model_file.h"

namespace dossier::nlp {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

uint64_t Lemmatizer::FormKey(int upos, std::string_view form) {
  return Feat(1, static_cast<uint64_t>(upos), HashString(form));
}
uint64_t Lemmatizer::LowerKey(int upos, std::string_view lower) {
  return Feat(2, static_cast<uint64_t>(upos), HashString(lower));
}
uint64_t Lemmatizer::SuffixKey(int upos, std::string_view suffix) {
  return Feat(3, static_cast<uint64_t>(upos), HashString(suffix));
}

std::string Lemmatizer::Default(std::string_view form, int upos) const {
  return upos == propn_ ? std::string(form) : AsciiLower(form);
}

std::string Lemmatizer::Lemmatize(std::string_view form, int upos) const {
  auto it = lemmas_.find(FormKey(upos, form));
  if (it != lemmas_.end()) return it->second;
  std::string lower = AsciiLower(form);
  it = lemmas_.find(LowerKey(upos, lower));
  if (it != lemmas_.end()) return it->second;
  if (upos == propn_) return std::string(form);
  for (int k = kMaxSuffix; k >= 1; --k) {
    if (lower.size() <= static_cast<size_t>(k)) continue;
    auto r = rules_.find(SuffixKey(upos, std::string_view(lower).substr(lower.size() - k)));
    if (r == rules_.end()) continue;
    if (r->second.strip >= lower.size()) break;
    lower.resize(lower.size() - r->second.strip);
    lower += r->second.append;
    return lower;
  }
  return lower;
}

std::string Lemmatizer::Serialize() const {
  ByteWriter w;
  w.Put<int32_t>(propn_);
  w.Put<uint64_t>(lemmas_.size());
  for (const auto& [k, v] : lemmas_) {
    w.Put<uint64_t>(k);
    w.PutString(v);
  }
  w.Put<uint64_t>(rules_.size());
  for (const auto& [k, r] : rules_) {
    w.Put<uint64_t>(k);
    w.Put<uint8_t>(r.strip);
    w.PutString(r.append);
  }
  return std::move(w.str());
}

base::Result<Lemmatizer> Lemmatizer::Deserialize(std::string_view bytes) {
  auto bad = base::Status::Corruption("lemmatizer: truncated table");
  ByteReader r(bytes);
  Lemmatizer l;
  uint64_t n = 0;
  if (!r.Get(&l.propn_) || !r.Get(&n) || n > bytes.size()) return bad;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t k = 0;
    std::string v;
    if (!r.Get(&k) || !r.GetString(&v)) return bad;
    l.lemmas_[k] = std::move(v);
  }
  if (!r.Get(&n) || n > bytes.size()) return bad;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t k = 0;
    Rule rule;
    if (!r.Get(&k) || !r.Get(&rule.strip) || !r.GetString(&rule.append)) return bad;
    l.rules_[k] = std::move(rule);
  }
  if (!r.done()) return bad;
  return l;
}

}  // namespace dossier::nlp
