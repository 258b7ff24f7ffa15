// Tagging and parsing of one sentence, with a second reading for sentences the
// first one leaves without a predicate.
//
// News summaries put the main verb in the headline present tense right after
// a plural or compound subject ("Israeli strikes kill 85 Palestinians",
// "Italian police arrest 150 people", "A court in Prague, Czech Republic,
// sentences ..."). A greedy tagger trained on web text often reads that verb
// as a noun, and the parse then hangs the whole sentence on a noun. When a
// sentence that ends in a full stop is parsed with a root that is no verb and
// has no copula or auxiliary, PredicateRepair tries the words the tagger found
// most plausible as verbs among the lower-case nouns and adjectives that
// follow a noun, a name or a comma (at most kMaxTries, smallest score loss
// first): it tags the word VERB, re-tags the words after it, re-parses, and
// keeps the first reading whose root is that kind of verb with a subject
// before it and an object after it. Every other sentence is tagged and parsed
// exactly as before (fragments such as "Great food, friendly staff." keep
// their first reading because no clause with an object comes out). Before
// that, a sentence whose root noun carries a relative clause that swallowed
// the main verb ("X, which suspended Y, demanded Z.") is given that verb as
// its root; a reporting verb parsed as a parataxis of the clause it reports
// ("X said Y, which …, had done Z") heads it again. Last, a present
// participle the parser read as a passive ("the Department of State is
// designating four entities") gets active labels, and a past form joined to
// an infinitive is joined to the past form above it
// ("… have failed to stop the launches and demanded that …").
//
// Example:
//   PredicateRepair repair(*pos, *parser);
//   repair.TagAndParse(words, n, tags, heads, labels);
//
// Thread-safety: immutable after construction; TagAndParse is const and keeps
// its trial buffers in per-thread scratch.
#pragma once

#include <cstdint>
#include <vector>

#include "nlp/features.h"
#include "nlp/parser.h"
#include "nlp/pos_tagger.h"

namespace dossier::nlp {

class PredicateRepair {
 public:
  static constexpr int kMaxTries = 2;

  PredicateRepair(const PosTagger& pos, const Parser& parser);

  // Tags and parses words[0, n) (heads and labels as Parser::Parse); with
  // `repair` false it is exactly Tag then Parse.
  void TagAndParse(const WordInfo* words, int n, uint8_t* tags, int32_t* heads, uint8_t* labels,
                   bool repair = true) const;
  // Whether the parse of a sentence has a verbal predicate: a VERB or AUX root,
  // or a root with a copula or auxiliary.
  bool HasPredicate(const uint8_t* tags, const int32_t* heads, const uint8_t* labels, int n) const;

 private:
  // Tag, parse and (with `repair`) the second reading described above.
  void FindPredicate(const WordInfo* words, int n, uint8_t* tags, int32_t* heads, uint8_t* labels,
                     bool repair) const;
  // "Taliban forces clashed with Pakistani troops": a plural noun the tagger
  // read as a verb, with the past-tense verb right after it as its
  // complement. The noun is tagged NOUN and the sentence parsed again; the
  // reading is kept when the noun becomes the past verb's subject. Returns
  // whether it was kept (only the first such word is tried).
  bool NounBeforePastVerb(const WordInfo* words, int n, uint8_t* tags, int32_t* heads, uint8_t* labels) const;
  // "Today, the Department of State is designating four entities" parsed as a
  // passive: a present participle in "-ing" has no passive auxiliary, so its
  // aux:pass becomes aux and its nsubj:pass nsubj ("is being designated" hangs
  // "being" on the past participle, which this leaves alone).
  // "OFAC said Zarafshan Marine Services FZE, which manages a fleet of
  // tankers, had falsified cargo documents": the parser often reads the
  // reporting verb as a parataxis of the verb after the relative clause,
  // which is left without a subject. When the root verb has no subject and a
  // parataxis verb before it has a subject and an object carrying a relative
  // clause, the reporting verb becomes the root, the root its ccomp and the
  // object that clause's subject.
  // "rejected that account, saying its positions had come under fire first
  // and accusing Yerevan of …": a subjectless -ing form after "and", joined
  // to a finite verb below a participle clause, is joined to that participle.
  void GerundConjunct(const WordInfo* words, int n, const uint8_t* tags, int32_t* heads,
                      const uint8_t* labels) const;
  void ReportedSubjectAcrossRelative(int n, const uint8_t* tags, int32_t* heads, uint8_t* labels) const;
  void ProgressiveVoice(const WordInfo* words, int n, const uint8_t* tags, const int32_t* heads,
                        uint8_t* labels) const;
  // "The Ministry stated that the authorities have failed to take measures to
  // stop the launches and demanded that Minsk …": a past form in "-ed" the
  // parser joined as a conjunct to an infinitive or a gerund (or, after
  // ", and", to a verb with an auxiliary of its own or in a clause below
  // another: "criticised the pact, saying nations should not be forced to
  // choose sides, and urged Australia") is joined to the nearest verb above
  // that is a past form in "-ed" too, with no auxiliary and no "to"
  // (conjuncts share their form).
  void FiniteConjunct(const WordInfo* words, int n, const uint8_t* tags, int32_t* heads,
                      const uint8_t* labels) const;
  // "fired rifles and rocket-propelled grenades on a Thai patrol", "owned by
  // Hong Kong-registered Jade Crest": a past participle glued by a hyphen to
  // the word before it and followed by a noun describes that noun (EWT: amod
  // in nine cases of ten), whatever clause the parser made of it. When the
  // noun phrase's head hangs on the participle, the head takes the
  // participle's place in the tree and the participle's other dependents
  // (the "and" before it, phrases after the noun) go to the head, or to the
  // verb above it for an adverbial phrase; when the head stands elsewhere,
  // the participle just hangs on it.
  void HyphenParticiple(const WordInfo* words, int n, const uint8_t* tags, int32_t* heads, uint8_t* labels) const;
  // "a condition that Yerevan has so far refused to meet": a form of "have"
  // the tagger read as a main verb, with a past participle after it (past
  // adverbs) that the parser hung on it as a clause of its own, is the
  // participle's auxiliary: the participle takes its place in the tree and
  // its dependents.
  void PerfectAuxiliary(const WordInfo* words, int n, uint8_t* tags, int32_t* heads, uint8_t* labels) const;
  // "Speaking after the vote, Iran's representative, Amir Saeid Iravani,
  // accused …": the noun phrase after the comma that closes a participle
  // clause opening the sentence, which the parser hung inside that clause
  // (an apposition of its last noun), is the subject of the first finite
  // verb after a comma that has none; that verb heads the sentence, the
  // participle clause hangs on it, and a name the parser joined to the
  // subject as a conjunct (no "and") stands in apposition to it.
  void OpeningParticipleSubject(const WordInfo* words, int n, const uint8_t* tags, int32_t* heads,
                                uint8_t* labels) const;
  // After HyphenParticiple: "the delivery of Russian-made air-defence
  // systems" with "Russian" (i - 2) and the phrase's head h both hung on
  // "delivery": the word before the hyphen describes the participle i, and
  // the words before the phrase (from lo) that hung on it ("of") go to h.
  void Prefix(int i, int lo, int h, int32_t* heads, uint8_t* labels) const;
  // Whether the word ends in "-ed" or is an irregular past participle ("made").
  bool PastParticiple(const WordInfo& w) const;
  // Whether verb v has a dependent of label `label`; with `word`, only one
  // that is that word.
  bool HasDependent(const WordInfo* words, const int32_t* heads, const uint8_t* labels, int n, int v, int label,
                    uint64_t word = 0) const;
  bool Candidate(const WordInfo* words, const uint8_t* tags, int i) const;
  // "The Economic Community of West African States (ECOWAS), which suspended
  // Guinea-Bissau …, demanded the release …" parsed with the noun as root and
  // the main verb inside the relative clause: the first verb after a comma
  // below the root's relative clause, with no subject of its own, becomes the
  // root and the noun its subject. Returns whether it repaired.
  bool RelativeClauseRoot(const WordInfo* words, int n, const uint8_t* tags, int32_t* heads,
                          uint8_t* labels) const;
  // Whether the verb at `root` has a subject before it and an object after it.
  bool Clause(const int32_t* heads, const uint8_t* labels, int n, int root) const;

  const PosTagger& pos_;
  const Parser& parser_;
  int verb_ = -1, aux_ = -1, noun_ = -1, adj_ = -1, propn_ = -1;
  uint64_t plural_ = 0, double_s_ = 0;  // suffixes "s" (suf1) and "ss" (suf2)
  uint64_t full_stop_ = 0, comma_ = 0;
  uint64_t ing_ = 0, ed_ = 0, to_ = 0, and_ = 0, hyphen_ = 0, has_ = 0, have_ = 0, had_ = 0;
  uint64_t today_ = 0, yesterday_ = 0;
  std::vector<uint64_t> irregular_participles_;  // "made", "built", "run", … (`lower` hashes)
  int cop_ = -1, aux_label_ = -1, aux_pass_ = -1, nsubj_ = -1, nsubj_pass_ = -1, obj_ = -1, xcomp_ = -1;
  int relcl_ = -1, root_ = -1, conj_ = -1, mark_ = -1, parataxis_ = -1, ccomp_ = -1, advcl_ = -1;
  int appos_ = -1, cc_ = -1, punct_ = -1;
  int amod_ = -1, compound_ = -1, flat_ = -1, obl_ = -1, advmod_ = -1, nmod_ = -1, det_ = -1, num_ = -1, case_ = -1;
};

}  // namespace dossier::nlp
