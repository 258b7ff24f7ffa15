// Cues: the word lists the first-pass mention finder and linker read from
// data/link/cues.tsv (titles, organisation and place keywords, function words,
// government, group and organisation nouns, pronouns, family names written first
// and the parts of romanised syllables). See that file for the categories.
//
// Thread-safety: immutable after Load().
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/hash.h"
#include "base/status.h"

namespace dossier::link {

enum class CueKind {
  kTitle,
  kOrgKeyword,
  kLocKeyword,
  kMiscKeyword,
  kFunctionWord,
  kGovernmentNoun,
  kGroupNoun,
  kOrgNoun,
  kBareOrgNoun,
  kStateNoun,
  kRegimeModifier,
  kPronoun,
  kRelative,
  kNameSuffix,
  kLegalForm,
  kStateForm,
  kFamilyFirst,
  kSyllableInitial,
  kSyllableFinal,
  kSeat,
  kPlaceParticiple,
  kVesselNoun,
  kSpeakingVerb,
  kPortfolio,
  kAuthorityWord,
  kOperatorParticiple,
  kBodyHead,
  kDatelineForce,
  kBodyModifier,
  kNumKinds,  // the number of kinds, not a kind
};

class Cues {
 public:
  static base::Result<std::unique_ptr<Cues>> Load(const std::string& home);
  static base::Result<std::unique_ptr<Cues>> FromTsv(const std::string& tsv, const std::string& origin);

  // The value of `word` in category `kind` (exact, case-sensitive), or nullptr.
  const std::string* Find(CueKind kind, std::string_view word) const;
  bool Has(CueKind kind, std::string_view word) const { return Find(kind, word) != nullptr; }
  // The title `phrase` names when each of its words is written with a capital
  // ("foreign minister" -> "Foreign Minister"); `capitalised` (optional)
  // gets that spelling. nullptr when the phrase starts with a capital
  // already (Find reads it as written) or no such title is listed.
  const std::string* FindCapitalisedTitle(std::string_view phrase, std::string* capitalised = nullptr) const;
  // Longest multi-word title ending at word index `last` of `words` ("Foreign Minister").
  size_t MaxTitleWords() const { return max_title_words_; }
  // True when a title starts with `phrase`, letter case aside ("foreign min"
  // opens "Foreign Minister"): no title, as written or capitalised, starts
  // with a phrase that opens none.
  bool OpensTitle(std::string_view phrase) const;
  // Whether `word` is a form of address, a title that implies no office
  // ("Mr.", "Ms", "Prof."; in capitals too: "MS").
  bool IsFormOfAddress(std::string_view word) const;

 private:
  Cues() = default;
  using Table = std::unordered_map<std::string, std::string, base::StringHash, std::equal_to<>>;
  Table table_[static_cast<int>(CueKind::kNumKinds)];
  size_t max_title_words_ = 1;
  // Every beginning of every title, in lower case (OpensTitle).
  std::unordered_set<std::string, base::StringHash, std::equal_to<>> title_openings_;
};

}  // namespace dossier::link
