#include "link/cues.h"

#include <algorithm>

#include "base/file.h"
#include "base/strings.h"
#include "kb/tsv.h"

namespace dossier::link {
namespace {

bool KindOf(std::string_view name, CueKind* kind) {
  static const std::pair<std::string_view, CueKind> kNames[] = {
      {"title", CueKind::kTitle},
      {"org_keyword", CueKind::kOrgKeyword},
      {"loc_keyword", CueKind::kLocKeyword},
      {"misc_keyword", CueKind::kMiscKeyword},
      {"function_word", CueKind::kFunctionWord},
      {"government_noun", CueKind::kGovernmentNoun},
      {"group_noun", CueKind::kGroupNoun},
      {"org_noun", CueKind::kOrgNoun},
      {"bare_org_noun", CueKind::kBareOrgNoun},
      {"state_noun", CueKind::kStateNoun},
      {"regime_modifier", CueKind::kRegimeModifier},
      {"pronoun", CueKind::kPronoun},
      {"relative", CueKind::kRelative},
      {"name_suffix", CueKind::kNameSuffix},
      {"legal_form", CueKind::kLegalForm},
      {"state_form", CueKind::kStateForm},
      {"family_first", CueKind::kFamilyFirst},
      {"syllable_initial", CueKind::kSyllableInitial},
      {"syllable_final", CueKind::kSyllableFinal},
      {"seat", CueKind::kSeat},
      {"place_participle", CueKind::kPlaceParticiple},
      {"vessel_noun", CueKind::kVesselNoun},
      {"speaking_verb", CueKind::kSpeakingVerb},
      {"portfolio", CueKind::kPortfolio},
      {"authority_word", CueKind::kAuthorityWord},
      {"operator_participle", CueKind::kOperatorParticiple},
      {"body_head", CueKind::kBodyHead},
      {"dateline_force", CueKind::kDatelineForce},
      {"body_modifier", CueKind::kBodyModifier}};
  for (const auto& [n, k] : kNames) {
    if (n == name) {
      *kind = k;
      return true;
    }
  }
  return false;
}

}  // namespace

base::Result<std::unique_ptr<Cues>> Cues::Load(const std::string& home) {
  std::string path = home + "/data/link/cues.tsv";
  DOSSIER_ASSIGN_OR_RETURN(std::string tsv, base::ReadFile(path));
  return FromTsv(tsv, path);
}

base::Result<std::unique_ptr<Cues>> Cues::FromTsv(const std::string& tsv, const std::string& origin) {
  std::unique_ptr<Cues> cues(new Cues());
  DOSSIER_RETURN_IF_ERROR(kb::ForEachRow(tsv, origin, 2, [&](const std::vector<std::string_view>& c) {
    CueKind kind;
    if (!KindOf(c[1], &kind)) return base::Status::InvalidArgument("unknown category " + std::string(c[1]));
    cues->table_[static_cast<int>(kind)][std::string(c[0])] = c.size() > 2 ? std::string(c[2]) : "";
    if (kind == CueKind::kTitle) {
      size_t words = 1 + static_cast<size_t>(std::count(c[0].begin(), c[0].end(), ' '));
      cues->max_title_words_ = std::max(cues->max_title_words_, words);
      const std::string lower = base::AsciiLower(c[0]);
      for (size_t n = 1; n <= lower.size(); ++n) cues->title_openings_.insert(lower.substr(0, n));
    }
    return base::Status::Ok();
  }));
  return cues;
}

const std::string* Cues::Find(CueKind kind, std::string_view word) const {
  const auto& t = table_[static_cast<int>(kind)];
  auto it = t.find(word);
  return it == t.end() ? nullptr : &it->second;
}

bool Cues::IsFormOfAddress(std::string_view word) const {
  const std::string* title = Find(CueKind::kTitle, word);
  if (title == nullptr && word.size() > 1 && base::IsAllCaps(word)) {
    std::string capitalised(word.substr(0, 1));
    capitalised += base::AsciiLower(word.substr(1));
    title = Find(CueKind::kTitle, capitalised);
  }
  return title != nullptr && title->empty();
}

bool Cues::OpensTitle(std::string_view phrase) const {
  return title_openings_.contains(base::AsciiLower(phrase));
}

const std::string* Cues::FindCapitalisedTitle(std::string_view phrase, std::string* capitalised) const {
  if (phrase.empty() || phrase[0] < 'a' || phrase[0] > 'z') return nullptr;
  // ("commander-in-chief" is "Commander-in-Chief", "secretary-general"
  // "Secretary-General", "minister of state" "Minister of State": the words
  // after a hyphen or a space too, its small words aside.)
  std::string written = base::CapitaliseWords(phrase);
  const std::string* value = Find(CueKind::kTitle, written);
  if (value != nullptr && capitalised != nullptr) *capitalised = std::move(written);
  return value;
}

}  // namespace dossier::link
