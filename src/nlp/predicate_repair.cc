#include "nlp/predicate_repair.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace dossier::nlp {
namespace {

int LabelId(const Parser& parser, std::string_view name) {
  for (int l = 0; l < parser.num_labels(); ++l) {
    if (parser.label_name(l) == name) return l;
  }
  return -1;
}

struct Trial {
  std::vector<uint8_t> tags, labels;
  std::vector<int32_t> heads;
  std::vector<std::pair<float, int>> candidates;  // (score loss, word)
};

}  // namespace

PredicateRepair::PredicateRepair(const PosTagger& pos, const Parser& parser)
    : pos_(pos), parser_(parser) {
  for (auto [id, tag] : {std::pair{&verb_, "VERB"}, {&aux_, "AUX"}, {&noun_, "NOUN"}, {&adj_, "ADJ"},
                         {&propn_, "PROPN"}}) {
    *id = pos.TagId(tag);
  }
  for (auto [id, label] : {std::pair{&cop_, "cop"}, {&aux_label_, "aux"}, {&aux_pass_, "aux:pass"},
                           {&nsubj_, "nsubj"}, {&nsubj_pass_, "nsubj:pass"}, {&conj_, "conj"}, {&mark_, "mark"},
                           {&parataxis_, "parataxis"}, {&ccomp_, "ccomp"}, {&advcl_, "advcl"}, {&obj_, "obj"},
                           {&xcomp_, "xcomp"}, {&relcl_, "acl:relcl"}, {&root_, "root"}, {&amod_, "amod"},
                           {&compound_, "compound"}, {&flat_, "flat"}, {&obl_, "obl"}, {&advmod_, "advmod"},
                           {&nmod_, "nmod"}, {&det_, "det"}, {&num_, "nummod"}, {&case_, "case"},
                           {&appos_, "appos"}, {&cc_, "cc"}, {&punct_, "punct"}}) {
    *id = LabelId(parser, label);
  }
  full_stop_ = DescribeWord(".").lower;
  comma_ = DescribeWord(",").lower;
  to_ = DescribeWord("to").lower;
  and_ = DescribeWord("and").lower;
  ing_ = DescribeWord("doing").suf3;
  ed_ = DescribeWord("stated").suf2;
  plural_ = DescribeWord("forces").suf1;
  double_s_ = DescribeWord("press").suf2;
  hyphen_ = DescribeWord("-").lower;
  has_ = DescribeWord("has").lower;
  have_ = DescribeWord("have").lower;
  had_ = DescribeWord("had").lower;
  today_ = DescribeWord("today").lower;
  yesterday_ = DescribeWord("yesterday").lower;
  for (const char* w : {"made", "built", "run", "led", "held", "known", "born", "grown", "driven", "flown", "drawn",
                        "written", "sworn", "shot", "won", "sold", "kept", "brought", "bought", "taught"}) {
    irregular_participles_.push_back(DescribeWord(w).lower);
  }
}

bool PredicateRepair::HasPredicate(const uint8_t* tags, const int32_t* heads,
                                   const uint8_t* labels, int n) const {
  int root = -1;
  for (int i = 0; i < n; ++i) {
    if (heads[i] < 0) {
      root = i;
      break;
    }
  }
  if (root < 0) return true;  // nothing to judge
  if (tags[root] == verb_ || tags[root] == aux_) return true;
  for (int i = 0; i < n; ++i) {
    if (heads[i] != root) continue;
    if (labels[i] == cop_ || labels[i] == aux_label_ || labels[i] == aux_pass_) return true;
  }
  return false;
}

bool PredicateRepair::Clause(const int32_t* heads, const uint8_t* labels, int n, int root) const {
  bool subject = false, object = false;
  for (int i = 0; i < n; ++i) {
    if (heads[i] != root) continue;
    if (i < root && labels[i] == nsubj_) subject = true;
    // (Or an infinitive complement: "The IRGC plans to test a missile.")
    if (i > root && (labels[i] == obj_ || labels[i] == xcomp_)) object = true;
  }
  return subject && object;
}

bool PredicateRepair::RelativeClauseRoot(const WordInfo* words, int n, const uint8_t* tags, int32_t* heads,
                                         uint8_t* labels) const {
  if (relcl_ < 0 || root_ < 0) return false;
  int root = -1;
  for (int i = 0; i < n && root < 0; ++i) {
    if (heads[i] < 0) root = i;
  }
  if (root < 0 || (tags[root] != noun_ && tags[root] != propn_)) return false;
  for (int v = root + 2; v < n; ++v) {
    if (tags[v] != verb_ || words[v - 1].lower != comma_) continue;
    // Up from the verb to the relative clause on the root noun.
    bool in_relative = false;
    for (int32_t a = heads[v], depth = 0; a >= 0 && depth < 4 && !in_relative; a = heads[a], ++depth) {
      in_relative = labels[a] == relcl_ && heads[a] == root;
    }
    if (!in_relative) return false;
    for (int c = 0; c < n; ++c) {
      if (heads[c] == v && (labels[c] == nsubj_ || labels[c] == aux_label_ || labels[c] == cop_)) return false;
    }
    // The verb heads the sentence, the noun is its subject; what hung on
    // the noun after the verb (the full stop) hangs on the verb.
    for (int c = v + 1; c < n; ++c) {
      if (heads[c] == root) heads[c] = v;
    }
    heads[v] = -1;
    labels[v] = static_cast<uint8_t>(root_);
    heads[root] = v;
    labels[root] = static_cast<uint8_t>(nsubj_);
    return true;
  }
  return false;
}

bool PredicateRepair::Candidate(const WordInfo* words, const uint8_t* tags, int i) const {
  // A headline verb follows its subject's head noun, or the comma closing an
  // apposition to it.
  if (i == 0) return false;
  // ("The IRGC plans to test": a name in capitals the tagger read as an
  // adjective is a name too.)
  const bool name_as_adjective =
      tags[i - 1] == adj_ && (words[i - 1].flags & (kFlagFirstUpper | kFlagAllCaps)) != 0 && i >= 2;
  if (tags[i - 1] != noun_ && tags[i - 1] != propn_ && words[i - 1].lower != comma_ && !name_as_adjective) return false;
  if (tags[i] != noun_ && tags[i] != adj_) return false;
  return (words[i].flags & (kFlagFirstUpper | kFlagAllCaps | kFlagHasDigit | kFlagPunct)) == 0;
}

void PredicateRepair::TagAndParse(const WordInfo* words, int n, uint8_t* tags, int32_t* heads,
                                  uint8_t* labels, bool repair) const {
  FindPredicate(words, n, tags, heads, labels, repair);
  if (repair) {
    ReportedSubjectAcrossRelative(n, tags, heads, labels);
    ProgressiveVoice(words, n, tags, heads, labels);
    FiniteConjunct(words, n, tags, heads, labels);
    GerundConjunct(words, n, tags, heads, labels);
    HyphenParticiple(words, n, tags, heads, labels);
    PerfectAuxiliary(words, n, tags, heads, labels);
    OpeningParticipleSubject(words, n, tags, heads, labels);
  }
}

void PredicateRepair::PerfectAuxiliary(const WordInfo* words, int n, uint8_t* tags, int32_t* heads,
                                       uint8_t* labels) const {
  // (Most adverbs between the auxiliary and the participle: "has so far".)
  constexpr int kMaxBetween = 3;
  if (aux_ < 0 || aux_label_ < 0 || advmod_ < 0) return;
  for (int i = 0; i + 1 < n; ++i) {
    const uint64_t w = words[i].lower;
    if (tags[i] != verb_ || (w != has_ && w != have_ && w != had_)) continue;
    // ("The UK has today sanctioned five officials": a day word between,
    // whatever the parser made of it, is the participle's modifier.)
    const auto day_word = [&](int k) { return words[k].lower == today_ || words[k].lower == yesterday_; };
    int j = i + 1;
    while (j < n && j - i <= kMaxBetween && (labels[j] == advmod_ || day_word(j))) ++j;
    if (j >= n || tags[j] != verb_ || !PastParticiple(words[j]) || heads[j] != i) continue;
    if (labels[j] != advcl_ && labels[j] != ccomp_ && labels[j] != xcomp_ && labels[j] != parataxis_) continue;
    bool subject = false;
    for (int c = 0; c < n && !subject; ++c) {
      subject = heads[c] == j && (labels[c] == nsubj_ || labels[c] == nsubj_pass_) && !(c > i && c < j && day_word(c));
    }
    if (subject) continue;
    for (int c = i + 1; c < j; ++c) {
      if (!day_word(c)) continue;
      heads[c] = j;
      labels[c] = static_cast<uint8_t>(advmod_);
    }
    heads[j] = heads[i];
    labels[j] = labels[i];
    for (int c = 0; c < n; ++c) {
      if (heads[c] == i && c != j) heads[c] = j;
    }
    heads[i] = j;
    labels[i] = static_cast<uint8_t>(aux_label_);
    tags[i] = static_cast<uint8_t>(aux_);
  }
}

void PredicateRepair::OpeningParticipleSubject(const WordInfo* words, int n, const uint8_t* tags, int32_t* heads,
                                                uint8_t* labels) const {
  // (How far the clause's comma and the verb may stand.)
  constexpr int kMaxClause = 12, kMaxSubject = 16;
  if (appos_ < 0 || nsubj_ < 0 || advcl_ < 0 || root_ < 0 || conj_ < 0 || n < 6) return;
  if (tags[0] != verb_ || words[0].suf3 != ing_ || words[0].length < 5) return;
  int comma = 1;
  while (comma < n && comma <= kMaxClause && words[comma].lower != comma_) ++comma;
  if (comma >= n || comma > kMaxClause) return;
  // The subject's head: a noun within its first words that hangs inside the
  // clause (not on the participle itself, whose object it would be).
  int head = -1;
  for (int t = comma + 1; t < n && t <= comma + 4 && head < 0; ++t) {
    // ("Iran's representative" may be tagged an adjective.)
    const bool nominal = tags[t] == noun_ || tags[t] == propn_ || (tags[t] == adj_ && labels[t] == appos_);
    if (heads[t] >= 0 && heads[t] < comma && heads[t] != 0 && nominal) head = t;
  }
  if (head < 0 || (labels[head] != appos_ && labels[head] != conj_)) return;
  int verb = -1;
  for (int v = head + 1; v < n && v <= head + kMaxSubject && verb < 0; ++v) {
    if (tags[v] == verb_ && words[v].suf3 != ing_ && words[v - 1].lower == comma_) verb = v;
  }
  if (verb < 0 || HasDependent(words, heads, labels, n, verb, nsubj_) ||
      (nsubj_pass_ >= 0 && HasDependent(words, heads, labels, n, verb, nsubj_pass_))) {
    return;
  }
  int root = -1;
  for (int i = 0; i < n && root < 0; ++i) {
    if (heads[i] < 0) root = i;
  }
  if (root != 0 && root != verb) return;
  heads[head] = verb;
  labels[head] = static_cast<uint8_t>(nsubj_);
  for (int t = head + 1; t < verb; ++t) {
    if (heads[t] == head && labels[t] == conj_ && !HasDependent(words, heads, labels, n, t, cc_)) {
      labels[t] = static_cast<uint8_t>(appos_);
    }
  }
  if (root == 0) {
    for (int t = verb + 1; t < n; ++t) {
      if (heads[t] == 0) heads[t] = verb;
    }
    heads[verb] = -1;
    labels[verb] = static_cast<uint8_t>(root_);
    heads[0] = verb;
    labels[0] = static_cast<uint8_t>(advcl_);
  }
}

bool PredicateRepair::PastParticiple(const WordInfo& w) const {
  return w.suf2 == ed_ ||
         std::find(irregular_participles_.begin(), irregular_participles_.end(), w.lower) != irregular_participles_.end();
}

void PredicateRepair::Prefix(int i, int lo, int h, int32_t* heads, uint8_t* labels) const {
  const int p = i - 2;
  if (heads[p] < 0 || heads[p] != heads[h]) return;
  for (int c = 0; c < lo; ++c) {
    if (heads[c] == p) heads[c] = h;
  }
  heads[p] = i;
  labels[p] = static_cast<uint8_t>(compound_);
}

void PredicateRepair::HyphenParticiple(const WordInfo* words, int n, const uint8_t* tags, int32_t* heads,
                                       uint8_t* labels) const {
  // (Most words from the participle to the head of the noun phrase, and
  // adjectives between the participle and the phrase's first noun.)
  constexpr int kMaxPhrase = 8, kMaxAdjectives = 3;
  if (amod_ < 0 || nmod_ < 0 || obj_ < 0 || nsubj_ < 0 || verb_ < 0 || case_ < 0 || mark_ < 0) return;
  const auto nominal = [&](int k) { return tags[k] == noun_ || tags[k] == propn_; };
  const auto below = [&](int k, int above) {
    for (int32_t a = heads[k], depth = 0; a >= 0 && depth < n; a = heads[a], ++depth) {
      if (a == above) return true;
    }
    return false;
  };
  for (int i = 2; i + 1 < n; ++i) {
    if (tags[i] != verb_ || labels[i] == amod_ || words[i - 1].lower != hyphen_ || !words[i - 1].glued ||
        !words[i].glued || !PastParticiple(words[i])) {
      continue;
    }
    int first = i + 1;
    while (first < n && first - i <= kMaxAdjectives && tags[first] == adj_) ++first;
    if (first >= n || !nominal(first)) continue;
    int h = first;
    while (heads[h] > h && heads[h] - i <= kMaxPhrase && nominal(heads[h]) &&
           (labels[h] == compound_ || labels[h] == flat_ || labels[h] == amod_)) {
      h = heads[h];
    }
    // The words before the hyphen that describe the participle ("Hong Kong",
    // "self", "state") stay on it.
    int lo = i - 2;
    while (lo > 0 && (heads[lo - 1] == i || (heads[lo - 1] > lo - 1 && heads[lo - 1] < i)) &&
           (nominal(lo - 1) || tags[lo - 1] == adj_)) {
      --lo;
    }
    if (heads[h] != i) {
      // The head stands elsewhere: the participle hangs on it, when nothing
      // but its own describing words hangs on the participle.
      if (heads[i] < 0 || below(h, i)) continue;
      bool bare = true;
      for (int c = 0; c < n && bare; ++c) bare = heads[c] != i || (c >= lo && c < i);
      if (!bare) continue;
      heads[i] = h;
      labels[i] = static_cast<uint8_t>(amod_);
      Prefix(i, lo, h, heads, labels);
      continue;
    }
    // (A subject of the participle's own means the parser read a clause
    // there: "arrested Hideki Moriyama, president of Yokohama-based Kanto
    // Seiki" hung the man on "based"; no local repair mends that.)
    bool subject = false;
    for (int c = 0; c < i && !subject; ++c) {
      subject = heads[c] == i && (labels[c] == nsubj_ || labels[c] == nsubj_pass_);
    }
    if (subject) continue;
    // "charges of illegally exporting computer-controlled machine tools": a
    // gerund right before the phrase that the parser hung inside it takes
    // the participle's place, with the phrase's head as its object.
    if (const int g = lo - 1; g > 0 && tags[g] == verb_ && words[g].suf3 == ing_ && heads[g] >= lo &&
                              heads[g] <= h) {
      heads[g] = heads[i];
      labels[g] = labels[i];
      heads[h] = g;
      labels[h] = static_cast<uint8_t>(obj_);
      heads[i] = h;
      labels[i] = static_cast<uint8_t>(amod_);
      for (int c = 0; c < n; ++c) {
        if (c == g || c == h || c == i) continue;
        if (heads[c] == i && (c < lo || c > i)) {
          heads[c] = c > h ? g : h;
        } else if (c < g && heads[c] >= lo && heads[c] <= h) {
          heads[c] = g;
          if (labels[c] == case_) labels[c] = static_cast<uint8_t>(mark_);
        }
      }
      continue;
    }
    // The head takes the participle's place: a nominal label stays, a
    // clause's label becomes a noun's.
    const int32_t up = heads[i];
    uint8_t label = labels[i];
    if (label == advcl_ || label == ccomp_ || label == xcomp_ || label == parataxis_ || label == relcl_ ||
        parser_.label_name(label) == "acl" || parser_.label_name(label) == "csubj") {
      label = static_cast<uint8_t>(up >= 0 && tags[up] != verb_ ? nmod_ : up > i ? nsubj_ : obj_);
    }
    heads[h] = up;
    labels[h] = label;
    heads[i] = h;
    labels[i] = static_cast<uint8_t>(amod_);
    for (int c = 0; c < n; ++c) {
      if (heads[c] != i || (c >= lo && c < i)) continue;
      // An adverbial phrase after the noun belongs to the verb above it
      // ("… and rocket-propelled grenades on a Thai patrol").
      heads[c] = c > h && up >= 0 && tags[up] == verb_ ? up : h;
    }
    Prefix(i, lo, h, heads, labels);
  }
}

bool PredicateRepair::HasDependent(const WordInfo* words, const int32_t* heads, const uint8_t* labels, int n, int v,
                                   int label, uint64_t word) const {
  for (int c = 0; c < n; ++c) {
    if (heads[c] == v && labels[c] == label && (word == 0 || words[c].lower == word)) return true;
  }
  return false;
}

void PredicateRepair::FiniteConjunct(const WordInfo* words, int n, const uint8_t* tags, int32_t* heads,
                                     const uint8_t* labels) const {
  // (How far up the verb joined may stand.)
  constexpr int kMaxDepth = 6;
  if (conj_ < 0 || mark_ < 0 || aux_label_ < 0) return;
  const auto past = [&](int v) { return tags[v] == verb_ && words[v].suf2 == ed_; };
  const auto infinitive = [&](int v) { return HasDependent(words, heads, labels, n, v, mark_, to_); };
  const auto gerund = [&](int v) { return words[v].suf3 == ing_ && words[v].length >= 5; };
  // ("criticised the pact, saying nations should not be forced to choose
  // sides, and urged Australia": after ", and", a past form joined to a verb
  // with an auxiliary of its own or in a clause below another.)
  const auto other_clause = [&](int v) {
    return HasDependent(words, heads, labels, n, v, aux_label_) ||
           (cop_ >= 0 && HasDependent(words, heads, labels, n, v, cop_)) ||
           (heads[v] >= 0 && (labels[v] == parataxis_ || labels[v] == ccomp_ || labels[v] == advcl_));
  };
  for (int i = 0; i < n; ++i) {
    const int32_t h = heads[i];
    if (labels[i] != conj_ || !past(i) || h < 0 || h > i || tags[h] != verb_) continue;
    const bool after_comma_and = i >= 2 && words[i - 1].lower == and_ && words[i - 2].lower == comma_;
    if (!infinitive(h) && !gerund(h) && !(after_comma_and && other_clause(h))) continue;
    int depth = 0;
    for (int32_t a = heads[h]; a >= 0 && depth < kMaxDepth; a = heads[a], ++depth) {
      if (past(a) && !infinitive(a) && !HasDependent(words, heads, labels, n, a, aux_label_) &&
          (aux_pass_ < 0 || !HasDependent(words, heads, labels, n, a, aux_pass_))) {
        heads[i] = a;
        break;
      }
    }
  }
}

void PredicateRepair::GerundConjunct(const WordInfo* words, int n, const uint8_t* tags, int32_t* heads,
                                     const uint8_t* labels) const {
  // (How far up the participle joined may stand.)
  constexpr int kMaxDepth = 6;
  if (conj_ < 0 || advcl_ < 0 || nsubj_ < 0) return;
  const auto gerund = [&](int v) { return tags[v] == verb_ && words[v].suf3 == ing_ && words[v].length >= 5; };
  for (int i = 1; i < n; ++i) {
    const int32_t h = heads[i];
    if (labels[i] != conj_ || !gerund(i) || words[i - 1].lower != and_ || h < 0 || h > i || tags[h] != verb_ ||
        gerund(h) || HasDependent(words, heads, labels, n, i, nsubj_)) {
      continue;
    }
    int depth = 0;
    for (int32_t a = heads[h]; a >= 0 && depth < kMaxDepth; a = heads[a], ++depth) {
      if (gerund(a) && labels[a] == advcl_) {
        heads[i] = a;
        break;
      }
    }
  }
}

void PredicateRepair::ReportedSubjectAcrossRelative(int n, const uint8_t* tags, int32_t* heads,
                                                    uint8_t* labels) const {
  if (parataxis_ < 0 || obj_ < 0 || relcl_ < 0 || ccomp_ < 0 || nsubj_ < 0 || root_ < 0) return;
  int root = -1;
  for (int i = 0; i < n && root < 0; ++i) {
    if (heads[i] < 0) root = i;
  }
  if (root < 0 || tags[root] != verb_) return;
  int said = -1;
  for (int c = 0; c < n; ++c) {
    if (heads[c] != root) continue;
    if (c < root && (labels[c] == nsubj_ || labels[c] == nsubj_pass_)) return;
    if (c < root && labels[c] == parataxis_ && tags[c] == verb_) said = c;
  }
  if (said < 0) return;
  // The reporting verb's subject before it, its object (with a relative
  // clause of its own) between it and the root.
  int object = -1;
  bool subject = false;
  for (int c = 0; c < n; ++c) {
    if (heads[c] != said) continue;
    if (c < said && labels[c] == nsubj_) subject = true;
    if (c > said && c < root && labels[c] == obj_ && (tags[c] == noun_ || tags[c] == propn_)) object = c;
  }
  if (!subject || object < 0) return;
  bool relative = false;
  for (int c = object + 1; c < root && !relative; ++c) relative = heads[c] == object && labels[c] == relcl_;
  if (!relative) return;
  // The reporting verb heads the sentence; what it said is the clause the
  // object is the subject of, with the words after the root that hung on it.
  for (int c = root + 1; c < n; ++c) {
    if (heads[c] == said) heads[c] = root;
  }
  heads[said] = -1;
  labels[said] = static_cast<uint8_t>(root_);
  heads[root] = said;
  labels[root] = static_cast<uint8_t>(ccomp_);
  heads[object] = root;
  labels[object] = static_cast<uint8_t>(nsubj_);
  if (heads[n - 1] == root && tags[n - 1] != verb_) heads[n - 1] = said;  // the full stop
}

void PredicateRepair::ProgressiveVoice(const WordInfo* words, int n, const uint8_t* tags, const int32_t* heads,
                                       uint8_t* labels) const {
  if (aux_pass_ < 0 || aux_label_ < 0 || nsubj_pass_ < 0 || nsubj_ < 0) return;
  for (int i = 0; i < n; ++i) {
    const int32_t h = heads[i];
    if (labels[i] != aux_pass_ || h < 0 || tags[h] != verb_ || words[h].suf3 != ing_ || words[h].length < 5) continue;
    for (int j = 0; j < n; ++j) {
      if (heads[j] != h) continue;
      if (labels[j] == aux_pass_) labels[j] = static_cast<uint8_t>(aux_label_);
      if (labels[j] == nsubj_pass_) labels[j] = static_cast<uint8_t>(nsubj_);
    }
  }
}

bool PredicateRepair::NounBeforePastVerb(const WordInfo* words, int n, uint8_t* tags, int32_t* heads,
                                         uint8_t* labels) const {
  for (int r = 1; r + 1 < n; ++r) {
    // (After a modifier of the noun: "Taliban forces", "government forces";
    // not "He gets paid".)
    if (tags[r] != verb_ || words[r].suf1 != plural_ || words[r].suf2 == double_s_ ||
        (tags[r - 1] != noun_ && tags[r - 1] != propn_ && tags[r - 1] != adj_)) {
      continue;
    }
    if (tags[r + 1] != verb_ || heads[r + 1] != r || labels[r + 1] != xcomp_ || !PastParticiple(words[r + 1]) ||
        !HasDependent(words, heads, labels, n, r, nsubj_)) {
      continue;
    }
    thread_local Trial t;
    t.tags.assign(tags, tags + n);
    t.heads.resize(n);
    t.labels.resize(n);
    pos_.Retag(words, n, r, static_cast<uint8_t>(noun_), t.tags.data());
    parser_.Parse(words, t.tags.data(), n, t.heads.data(), t.labels.data());
    if (t.tags[r + 1] != verb_ || t.heads[r] != r + 1 || t.labels[r] != nsubj_) return false;
    std::copy(t.tags.begin(), t.tags.end(), tags);
    std::copy(t.heads.begin(), t.heads.end(), heads);
    std::copy(t.labels.begin(), t.labels.end(), labels);
    return true;
  }
  return false;
}

void PredicateRepair::FindPredicate(const WordInfo* words, int n, uint8_t* tags, int32_t* heads, uint8_t* labels,
                                    bool repair) const {
  pos_.Tag(words, n, tags);
  parser_.Parse(words, tags, n, heads, labels);
  // News sentences end in a full stop; fragments, questions and exclamations
  // are often verbless on purpose.
  if (!repair || verb_ < 0 || n < 4 || words[n - 1].lower != full_stop_) return;
  if (HasPredicate(tags, heads, labels, n)) {
    NounBeforePastVerb(words, n, tags, heads, labels);
    return;
  }
  if (RelativeClauseRoot(words, n, tags, heads, labels)) return;
  thread_local Trial t;
  t.candidates.clear();
  for (int i = 0; i < n; ++i) {
    if (!Candidate(words, tags, i)) continue;
    t.candidates.emplace_back(pos_.ScoreLoss(words, n, tags, i, verb_), i);
  }
  std::sort(t.candidates.begin(), t.candidates.end());
  if (t.candidates.size() > static_cast<size_t>(kMaxTries)) t.candidates.resize(kMaxTries);
  t.tags.resize(n);
  t.heads.resize(n);
  t.labels.resize(n);
  for (const auto& candidate : t.candidates) {
    const int i = candidate.second;
    std::copy(tags, tags + n, t.tags.begin());
    pos_.Retag(words, n, i, static_cast<uint8_t>(verb_), t.tags.data());
    parser_.Parse(words, t.tags.data(), n, t.heads.data(), t.labels.data());
    int root = -1;
    for (int j = 0; j < n && root < 0; ++j) {
      if (t.heads[j] < 0) root = j;
    }
    if (root < 0 || t.tags[root] != verb_ || !Clause(t.heads.data(), t.labels.data(), n, root)) {
      continue;
    }
    std::copy(t.tags.begin(), t.tags.end(), tags);
    std::copy(t.heads.begin(), t.heads.end(), heads);
    std::copy(t.labels.begin(), t.labels.end(), labels);
    return;
  }
}

}  // namespace dossier::nlp
