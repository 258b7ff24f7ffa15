#include "nlp/state_roles.h"

#include <algorithm>

#include "base/strings.h"

namespace dossier::nlp {
namespace {

constexpr uint64_t kBefore = 0x5b5b, kAfter = 0x5d5d;  // outside the sentence

}  // namespace

StateRoles::StateRoles(std::vector<std::string> names, LinearModel model)
    : names_(std::move(names)), model_(std::move(model)) {
  for (const std::string& name : names_) {
    const std::vector<WordInfo> words = DescribePhrase(name);
    if (words.empty()) continue;
    keys_.insert(Key(words.data(), 0, static_cast<int>(words.size())));
    max_words_ = std::max(max_words_, words.size());
  }
}

uint64_t StateRoles::Key(const WordInfo* w, int b, int e) {
  uint64_t key = 0x57a7e;
  for (int i = b; i < e; ++i) key = Mix(key, w[i].lower);
  return key;
}

bool StateRoles::IsState(const WordInfo* w, int b, int e) const {
  if (e <= b || static_cast<size_t>(e - b) > max_words_) return false;
  return keys_.contains(Key(w, b, e));
}

int StateRoles::Features(const WordInfo* w, const uint8_t* pos, int n, int b, int e, uint64_t* out) {
  auto word = [&](int j) -> uint64_t { return j < 0 ? kBefore : j >= n ? kAfter : w[j].lower; };
  auto tag = [&](int j) -> uint64_t { return j < 0 ? kBefore : j >= n ? kAfter : pos[j] + 7u; };
  int k = 0;
  out[k++] = Feat(401, 0);
  out[k++] = Feat(402, Key(w, b, e));
  out[k++] = Feat(403, word(b - 1));
  out[k++] = Feat(404, word(b - 2));
  out[k++] = Feat(405, word(e));
  out[k++] = Feat(406, word(e + 1));
  out[k++] = Feat(407, tag(b - 1));
  out[k++] = Feat(408, tag(e));
  out[k++] = Feat(409, tag(e), tag(e + 1));
  out[k++] = Feat(410, tag(e), tag(e + 1), tag(e + 2));
  out[k++] = Feat(411, word(e), tag(e + 1));  // "Peru 's announcement" / "Peru 's capital"
  out[k++] = Feat(412, b == 0, tag(e));       // the sentence's subject
  out[k++] = Feat(413, word(b - 1), word(e));
  out[k++] = Feat(414, tag(b - 2), tag(b - 1));
  out[k++] = Feat(415, word(e), word(e + 1));
  out[k++] = Feat(416, word(b - 1), tag(e));
  return k;
}

bool StateRoles::Acting(const WordInfo* w, const uint8_t* pos, int n, int b, int e) const {
  if (model_.num_classes() != 2) return false;
  uint64_t feats[kMaxStateRoleFeatures];
  const int k = Features(w, pos, n, b, e, feats);
  alignas(16) int32_t acc[kMaxClasses];
  model_.ScoreRaw({feats, static_cast<size_t>(k)}, acc);
  return acc[kActing] > acc[kPlace];
}

std::string StateRoles::SerializeNames() const {
  std::string out;
  for (const std::string& name : names_) out += name + "\n";
  return out;
}

base::Result<StateRoles> StateRoles::Deserialize(std::string_view names, std::string_view model) {
  std::vector<std::string> list;
  for (std::string_view line : base::Split(names, '\n')) {
    if (!line.empty()) list.emplace_back(line);
  }
  DOSSIER_ASSIGN_OR_RETURN(LinearModel m, LinearModel::Deserialize(model));
  if (m.num_classes() != 2) return base::Status::Corruption("state roles: expected a two-class model");
  return StateRoles(std::move(list), std::move(m));
}

}  // namespace dossier::nlp
