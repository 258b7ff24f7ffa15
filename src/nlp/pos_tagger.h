// Greedy left-to-right UPOS tagger over hashed features (averaged perceptron
// weights in a LinearModel), with a learnt lemmatiser.
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(auto tagger, PosTagger::Load("models/pos.model"));
//   std::vector<WordInfo> info = ...;               // DescribeWord per word
//   std::vector<uint8_t> tags(info.size());
//   tagger->Tag(info.data(), info.size(), tags.data());
//   tagger->tag_name(tags[0]);                      // "PROPN"
//
// Thread-safety: immutable after Load; Tag is const and allocation-free.
// Errors: Load returns kNotFound / kCorruption (format version and fingerprint
// are checked by ModelFile).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "nlp/features.h"
#include "nlp/lemmatizer.h"
#include "nlp/linear_model.h"

namespace dossier::nlp {

inline constexpr int kMaxPosFeatures = 48;

// Fills `out` with the features of word i given the two previous tags (-1 at
// the sentence start); returns their number. Shared with the trainer.
int PosFeatures(const WordInfo* words, int n, int i, int prev1, int prev2, uint64_t* out);

class PosTagger {
 public:
  static base::Result<std::unique_ptr<PosTagger>> Load(const std::string& path);
  static base::Result<std::unique_ptr<PosTagger>> FromBytes(std::string bytes,
                                                            const std::string& origin);
  // The model file for trained parts (used by the trainer and tests).
  // `lexicon` maps WordInfo::lower to the ambiguity class hash.
  static std::string Serialize(const std::vector<std::string>& tags, const LinearModel& model,
                               const Lemmatizer& lemmatizer,
                               const std::unordered_map<uint64_t, uint64_t>& lexicon);

  // Fills the lexicon fields of `words` (amb) from the model's tag dictionary;
  // call before Tag.
  void AddLexicon(WordInfo* words, int n) const;
  void Tag(const WordInfo* words, int n, uint8_t* tags) const;
  // Sets tags[at] = tag and tags words (at, n) again greedily after it; the
  // tags before `at` stay.
  void Retag(const WordInfo* words, int n, int at, uint8_t tag, uint8_t* tags) const;
  // How much lower than tags[i] the tagger scores `tag` at word i, given the
  // tags before i (0 when tag is tags[i]).
  float ScoreLoss(const WordInfo* words, int n, const uint8_t* tags, int i, int tag) const;
  int num_tags() const { return static_cast<int>(tags_.size()); }
  const std::string& tag_name(int t) const { return tags_[t]; }
  int TagId(std::string_view name) const;  // -1 when unknown
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  // Tags words [from, n) greedily given the tags before `from`.
  void TagFrom(const WordInfo* words, int n, int from, uint8_t* tags) const;
  // Whether word i continues a hyphenated name ("Rostami-Far", "Al-Qaeda"): a
  // capitalised word glued by a hyphen to a name, which the tagger should not
  // read as the common word it spells ("Far" as an adverb). In UD EWT and GUM
  // 225 of 238 such words are PROPN; the rest are adjectives ("US-Saudi").
  bool NamePart(const WordInfo* words, int i, const uint8_t* tags, int best) const;
  void FindNameTags();

  std::vector<std::string> tags_;
  LinearModel model_;
  Lemmatizer lemmatizer_;
  std::unordered_map<uint64_t, uint64_t> lexicon_;
  std::string fingerprint_;
  int propn_ = -1;
  uint64_t hyphen_ = 0;
  std::vector<bool> keeps_name_part_;  // tags NamePart leaves alone (ADJ, NUM, PUNCT, SYM, X)
};

// Splits/joins a list of names stored as one section ("\n"-separated).
std::string JoinNames(const std::vector<std::string>& names);
std::vector<std::string> SplitNames(std::string_view s);

}  // namespace dossier::nlp
