#include "match/scorer.h"

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <vector>

#include "match/similarity.h"

namespace dossier::match {
namespace {

constexpr double kAlignFloor = 0.7;       // token pairs below this are not aligned
constexpr double kConflictFactor = 0.8;   // both sides keep an unmatched name token
constexpr double kNumberFactor = 0.6;     // both sides keep an unmatched number
constexpr double kAcronymFull = 0.92;     // every content token spelt
constexpr double kAcronymPartial = 0.86;  // one content token skipped
constexpr size_t kPartialAcronymMaxLen = 5;
constexpr double kSingleWordFuzzy = 0.9;  // one short word each side, not identical
constexpr size_t kShortWord = 5;
constexpr double kSkeletonEqual = 0.85;  // abjad transliteration, same consonants
constexpr double kSkeletonNear = 0.75;   // one consonant apart
constexpr double kRelatedLegalForms = 0.75;  // ag ~ gmbh, ojsc ~ jsc
constexpr double kSubsetWeight = 0.8;
constexpr int kOrgSubsetNames = 3;  // a body's name inside another: at least this many words aligned
constexpr double kSpellingConvinces = 0.8;  // below: alike by sound only (husayn / hasan)
constexpr double kSubsetMinSimilarity = 0.85;  // every aligned name close in spelling, not just in sound
constexpr double kSwapFactor = 0.7;     // X bin Y against Y bin X  // people: the shorter name fully inside the longer

int AllowedEdits(size_t max_len) {
  if (max_len <= 3) return 0;
  if (max_len <= 5) return 1;
  if (max_len <= 8) return 2;
  return 3;
}

std::string Fixed2(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

bool JoinsInto(const std::string& joined, const NameToken& t) {
  if (t.text.size() < 4 || t.kind == TokenKind::kNumber) return false;
  if (t.text == joined) return true;
  const size_t diff = joined.size() > t.text.size() ? joined.size() - t.text.size() : t.text.size() - joined.size();
  return joined.size() >= 8 && diff <= 1 && Levenshtein(joined, t.text, 1) <= 1;
}

// +1 for a name right before a patronymic link ("X" in "X bin Y"), -1 right after it.
std::vector<int> PatronymicRoles(const std::vector<NameToken>& t) {
  std::vector<int> role(t.size(), 0);
  for (size_t i = 0; i < t.size(); ++i) {
    if (!t[i].patronymic) continue;
    if (i > 0 && t[i - 1].kind == TokenKind::kName) role[i - 1] = 1;
    if (i + 1 < t.size() && t[i + 1].kind == TokenKind::kName) role[i + 1] = -1;
  }
  return role;
}

// Length (2 or 3) of a run of tokens starting at a[i] that may be written as
// one word: names and particles ("van der bilt"), or a name and a legal form
// ("siemens ag"); 0 when a[i] cannot start one.
bool Joinable(const NameToken& t) { return t.kind == TokenKind::kName || t.kind == TokenKind::kParticle; }

size_t JoinRun(const std::vector<NameToken>& a, size_t i, size_t len) {
  if (i + len > a.size() || !Joinable(a[i])) return 0;
  for (size_t k = i + 1; k < i + len; ++k) {
    const bool legal_tail = k == i + len - 1 && a[k].kind == TokenKind::kLegalForm;
    if (!Joinable(a[k]) && !legal_tail) return 0;
  }
  return len;
}

// Finds a run of `a` whose concatenation is a token of `b`; returns its length.
size_t FindJoin(const std::vector<NameToken>& a, size_t i, const std::vector<NameToken>& b,
                std::string* joined, const NameToken** target) {
  for (size_t len = 3; len >= 2; --len) {
    if (!JoinRun(a, i, len)) continue;
    joined->clear();
    for (size_t k = i; k < i + len; ++k) joined->append(a[k].text);
    for (const NameToken& t : b) {
      if (JoinsInto(*joined, t)) {
        *target = &t;
        return len;
      }
    }
  }
  return 0;
}

// True when adjacent tokens of `a` join into a token of `b`.
bool HasJoin(const std::vector<NameToken>& a, const std::vector<NameToken>& b) {
  std::string joined;
  const NameToken* target = nullptr;
  for (size_t i = 0; i + 1 < a.size(); ++i) {
    if (FindJoin(a, i, b, &joined, &target)) return true;
  }
  return false;
}

// Replaces adjacent tokens of `a` by their concatenation when that is a token
// of `b` ("yong nam" vs "yongnam", "siemens ag" vs "siemensag").
void MergeJoined(std::vector<NameToken>& a, const std::vector<NameToken>& b, std::vector<std::string>* notes) {
  std::string joined;
  const NameToken* target = nullptr;
  for (size_t i = 0; i + 1 < a.size(); ++i) {
    const size_t len = FindJoin(a, i, b, &joined, &target);
    if (!len) continue;
    std::string note;
    for (size_t k = i; k < i + len; ++k) note += (k > i ? " " : "") + a[k].text;
    notes->push_back(note + " = " + target->text);
    float weight = 0;
    for (size_t k = i; k < i + len; ++k) weight = std::max(weight, a[k].weight);
    a[i].text = joined;
    a[i].key = PhoneticKey(joined);
    a[i].kind = TokenKind::kName;
    a[i].patronymic = false;
    a[i].weight = weight;
    a.erase(a.begin() + static_cast<long>(i) + 1, a.begin() + static_cast<long>(i + len));
  }
}

bool SpellAcronym(const std::string& acr, size_t pos, const std::vector<const NameToken*>& toks,
                  size_t k, int skips_left, int used) {
  if (pos == acr.size()) {
    for (size_t r = k; r < toks.size(); ++r) {
      if (toks[r]->kind == TokenKind::kName && skips_left-- <= 0) return false;
    }
    return used >= 2;
  }
  if (k == toks.size()) return false;
  const std::string& t = toks[k]->text;
  // Acronyms take at most three letters from a word (KOMID: ko-mi-d).
  for (size_t len = std::min({t.size(), acr.size() - pos, size_t{3}}); len >= 1; --len) {
    if (acr.compare(pos, len, t, 0, len) == 0 &&
        SpellAcronym(acr, pos + len, toks, k + 1, skips_left, used + 1)) {
      return true;
    }
  }
  const bool skippable = toks[k]->kind != TokenKind::kName || (skips_left > 0 && pos > 0);
  return skippable && SpellAcronym(acr, pos, toks, k + 1,
                                   skips_left - (toks[k]->kind == TokenKind::kName), used);
}

// Acronym score of a one-word name against a longer one, or 0.
double AcronymScore(const NormalizedName& a, const NormalizedName& b) {
  const NameToken* word = nullptr;
  for (const NameToken& t : a.tokens) {
    if (t.kind == TokenKind::kLegalForm) continue;
    if (word) return 0;
    word = &t;
  }
  size_t content = 0;
  for (const NameToken& t : b.tokens) content += t.kind == TokenKind::kName;
  if (!word || word->text.size() < 2 || word->text.size() > 10 || content < 2) return 0;
  if (!IsAcronymOf(word->text, b)) return 0;
  std::vector<const NameToken*> toks;
  for (const NameToken& t : b.tokens) toks.push_back(&t);
  if (SpellAcronym(word->text, 0, toks, 0, 0, 0)) return kAcronymFull;
  // Leaving a word out is only believable for short acronyms (KOMID, not SHAHIN).
  return word->text.size() <= kPartialAcronymMaxLen ? kAcronymPartial : 0;
}

}  // namespace

bool IsAcronymOf(const std::string& acronym, const NormalizedName& name) {
  std::vector<const NameToken*> toks;
  for (const NameToken& t : name.tokens) {
    if (t.kind != TokenKind::kLegalForm) toks.push_back(&t);
  }
  return SpellAcronym(acronym, 0, toks, 0, 1, 0);
}

double TokenSimilarity(const NameToken& a, const NameToken& b, std::string* why, bool* by_sound) {
  if (a.kind == TokenKind::kLegalForm && b.kind == TokenKind::kLegalForm) {
    if (why) *why = a.text == b.text ? "=" : "~";
    return a.text == b.text ? 1 : kRelatedLegalForms;
  }
  if (a.kind == TokenKind::kLegalForm || b.kind == TokenKind::kLegalForm ||
      a.kind == TokenKind::kNumber || b.kind == TokenKind::kNumber) {
    if (a.kind != b.kind || a.text != b.text) return 0;
    if (why) *why = "=";
    return 1;
  }
  if (a.text == b.text) {
    if (why) *why = "=";
    return 1;
  }
  if (a.kind == TokenKind::kInitial || b.kind == TokenKind::kInitial) {
    if (a.text[0] != b.text[0]) return 0;
    if (why) *why = "initial";
    return 0.8;
  }
  const size_t min_len = std::min(a.text.size(), b.text.size());
  const size_t max_len = std::max(a.text.size(), b.text.size());
  const int allowed = AllowedEdits(max_len);
  const int edits = Levenshtein(a.text, b.text, allowed);
  // A different first letter is a different name (kyong / yong) unless it is a
  // plain substitution in a longer word (gates / cates) or the words sound alike.
  const bool same_start = a.text[0] == b.text[0];
  const bool substitution = a.text.size() == b.text.size() && edits == 1 && max_len >= 5;
  double sim = 0;
  if (edits <= allowed && (same_start || substitution || max_len > 6)) {
    // Jaro-Winkler rewards shared prefixes; the edit ratio keeps different
    // endings (sancho / sanchez) from looking identical.
    sim = 0.5 * JaroWinkler(a.text, b.text) + 0.5 * (1.0 - static_cast<double>(edits) / max_len);
    if (!same_start) sim *= 0.95;
    if (sim < kAlignFloor) sim = 0;
  }
  // Keys are coarse: trust them only when they keep three consonants and the
  // words are of similar length (rouhani / rani share "rn").
  if (a.key == b.key && a.key.size() >= 3 && min_len >= 3 && max_len - min_len <= 2) {
    const double key_sim = min_len >= 5 ? 0.9 : min_len == 4 ? 0.8 : 0.75;
    if (key_sim > sim) {
      if (by_sound) *by_sound = sim < kSpellingConvinces;
      if (why) *why = "sounds like";
      return key_sim;
    }
  }
  if (a.abjad != b.abjad && min_len >= 2) {
    // One side lost its short vowels in Arabic/Hebrew script: compare consonants.
    const std::string sa = ConsonantSkeleton(a.text), sb = ConsonantSkeleton(b.text);
    const double skel = sa.size() < 2 || sb.size() < 2 ? 0
                        : sa == sb ? kSkeletonEqual
                        : (std::min(sa.size(), sb.size()) >= 4 && Levenshtein(sa, sb, 1) <= 1) ? kSkeletonNear
                        : 0;
    if (skel > sim) {
      if (by_sound) *by_sound = sim < kSpellingConvinces;
      if (why) *why = "consonants like";
      return skel;
    }
  }
  if (sim > 0 && why) *why = "~" + Fixed2(sim);
  return sim;
}

NameScore ScoreNames(const NormalizedName& qa, const NormalizedName& qb, const TokenStats* stats,
                     const ScoreOptions& options) {
  NameScore out;
  if (qa.tokens.empty() || qb.tokens.empty()) {
    out.explanation = "empty name";
    return out;
  }
  std::vector<std::string> notes;
  // Copies only when two words of one side join into a word of the other.
  std::vector<NameToken> a_joined, b_joined;
  if (HasJoin(qa.tokens, qb.tokens) || HasJoin(qb.tokens, qa.tokens)) {
    a_joined = qa.tokens;
    b_joined = qb.tokens;
    MergeJoined(a_joined, b_joined, &notes);
    MergeJoined(b_joined, a_joined, &notes);
  }
  const std::vector<NameToken>& a = notes.empty() ? qa.tokens : a_joined;
  const std::vector<NameToken>& b = notes.empty() ? qb.tokens : b_joined;
  auto weight = [&](const NameToken& t) -> double {
    static const TokenStats kUniform;
    if (t.weight >= 0) return t.weight;
    return (stats ? stats : &kUniform)->Weight(t);
  };
  std::vector<std::tuple<double, size_t, size_t, std::string, bool>> pairs;
  for (size_t i = 0; i < a.size(); ++i) {
    for (size_t j = 0; j < b.size(); ++j) {
      std::string why;
      bool by_sound = false;
      const double s = TokenSimilarity(a[i], b[j], options.explain ? &why : nullptr, &by_sound);
      if (s >= kAlignFloor) pairs.emplace_back(s, i, j, std::move(why), by_sound);
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const auto& x, const auto& y) { return std::get<0>(x) > std::get<0>(y); });
  std::vector<bool> used_a(a.size()), used_b(b.size());
  double matched = 0, total = 0, matched_a = 0, matched_b = 0;
  int full_names = 0;  // aligned pairs of whole (non-initial) name tokens
  double weakest = 1;  // lowest similarity among them
  size_t shortest_fuzzy = 1000;  // shortest word in an inexact pair of them
  std::string aligned;
  int aligned_pairs = 0;
  bool swapped = false;
  const std::vector<int> role_a = PatronymicRoles(a), role_b = PatronymicRoles(b);
  for (const auto& [s, i, j, why, by_sound] : pairs) {
    if (used_a[i] || used_b[j]) continue;
    used_a[i] = used_b[j] = true;
    const double credit = s;
    matched += credit * (weight(a[i]) + weight(b[j]));
    matched_a += credit * weight(a[i]);
    matched_b += credit * weight(b[j]);
    swapped |= role_a[i] * role_b[j] < 0;
    if (a[i].kind == TokenKind::kName && b[j].kind == TokenKind::kName) {
      ++full_names;
      weakest = std::min(weakest, by_sound ? 0.0 : s);  // sounding alike is not enough for a subset
      if (s < 1) shortest_fuzzy = std::min({shortest_fuzzy, a[i].text.size(), b[j].text.size()});
    }
    ++aligned_pairs;
    if (!options.explain) continue;
    if (!aligned.empty()) aligned += ", ";
    aligned += why == "=" ? a[i].text : a[i].text + " " + why + " " + b[j].text;
  }
  double total_a = 0, total_b = 0;
  for (const NameToken& t : a) total_a += weight(t);
  for (const NameToken& t : b) total_b += weight(t);
  total = total_a + total_b;
  double score = total > 0 ? matched / total : 0;
  std::string unmatched_a, unmatched_b;
  bool name_a = false, name_b = false, number_a = false, number_b = false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (used_a[i]) continue;
    if (options.explain) unmatched_a += (unmatched_a.empty() ? "" : " ") + a[i].text;
    name_a |= a[i].kind == TokenKind::kName;
    number_a |= a[i].kind == TokenKind::kNumber;
  }
  for (size_t j = 0; j < b.size(); ++j) {
    if (used_b[j]) continue;
    if (options.explain) unmatched_b += (unmatched_b.empty() ? "" : " ") + b[j].text;
    name_b |= b[j].kind == TokenKind::kName;
    number_b |= b[j].kind == TokenKind::kNumber;
  }
  // A body's longer name that only adds words commoner than every word the
  // two share ("of industrial production") describes the same body; one that
  // adds a rarer word ("Technopolis Moscow") names another.
  const auto only_commoner_words_added = [&](bool a_inside) {
    const std::vector<NameToken>& inner = a_inside ? a : b;
    const std::vector<NameToken>& outer = a_inside ? b : a;
    const std::vector<bool>& used_outer = a_inside ? used_b : used_a;
    double rarest_added = 0, commonest_shared = 1e9;
    for (const NameToken& t : inner) {
      if (t.kind == TokenKind::kName) commonest_shared = std::min(commonest_shared, weight(t));
    }
    for (size_t k = 0; k < outer.size(); ++k) {
      if (!used_outer[k] && outer[k].kind == TokenKind::kName) rarest_added = std::max(rarest_added, weight(outer[k]));
    }
    return rarest_added < commonest_shared;
  };
  std::string expl;
  if (options.explain) {
    expl = aligned.empty() ? "no tokens aligned" : "tokens " + aligned + " aligned";
    for (const std::string& n : notes) expl += "; joined " + n;
  }
  if (!unmatched_a.empty() || !unmatched_b.empty()) {
    expl += "; unmatched " + (unmatched_a.empty() ? "-" : unmatched_a) + " | " +
            (unmatched_b.empty() ? "-" : unmatched_b);
  }
  if (name_a && name_b) {
    score *= kConflictFactor;
    expl += "; conflicting name tokens";
  } else if ((options.person ? full_names >= 2 : full_names >= kOrgSubsetNames && only_commoner_words_added(!name_a)) &&
             weakest >= kSubsetMinSimilarity && (!name_a || !name_b)) {
    // People are often named without their middle names, and bodies without
    // the descriptive words of their registered names ("Alabuga Special
    // Economic Zone" of "JSC Special Economic Zone of Industrial Production
    // Alabuga"): when every name token of one side is aligned (for a body, at
    // least three), judge mostly by how well that side is covered.
    const double cover = !name_a ? matched_a / std::max(total_a, 1e-9) : matched_b / std::max(total_b, 1e-9);
    const double subset = kSubsetWeight * cover + (1 - kSubsetWeight) * score;
    if (subset > score) {
      score = subset;
      expl += "; one name inside the other";
    }
  }
  if (full_names == 1 && aligned_pairs == 1 && weakest < 1 && shortest_fuzzy <= kShortWord && !name_a && !name_b &&
      std::count_if(a.begin(), a.end(), [](const NameToken& t) { return t.kind == TokenKind::kName; }) == 1 &&
      std::count_if(b.begin(), b.end(), [](const NameToken& t) { return t.kind == TokenKind::kName; }) == 1) {
    // A single short word spelt differently is weak evidence (snow / snoe, komid / kmid).
    score *= kSingleWordFuzzy;
    if (options.explain) expl += "; single word, not identical";
  }
  if (swapped) {
    score *= kSwapFactor;
    if (options.explain) expl += "; names swap sides of a patronymic link";
  }
  if (full_names == 0 && aligned_pairs > 0) {
    score *= 0.7;
    expl += "; initials only";
  }
  if (number_a && number_b) {
    score *= kNumberFactor;
    expl += "; numbers differ";
  }
  // People are not named by acronyms; initials of a person are no evidence.
  const double acr = options.person ? 0 : std::max(AcronymScore(qa, qb), AcronymScore(qb, qa));
  if (acr > score) {
    score = acr;
    expl = "acronym " + (qa.tokens.size() <= qb.tokens.size() ? qa.Text() : qb.Text()) + " of " +
           (qa.tokens.size() <= qb.tokens.size() ? qb.Text() : qa.Text());
  }
  out.score = std::clamp(score, 0.0, 1.0);
  out.explanation = std::move(expl);
  return out;
}

}  // namespace dossier::match
