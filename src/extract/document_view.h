// DocumentView: the read-only view of one document the extraction passes
// share — words, sentences, clauses, mentions and what referring words refer
// to. Internal to src/extract.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/utf8.h"
#include "extract/lexicon.h"
#include "link/linker.h"
#include "nlp/nlp_models.h"
#include "text/segmenter.h"

namespace dossier::extract {

class DocumentView {
 public:
  DocumentView(std::string_view text, const text::Segmentation& seg, const link::Linking& linking,
               const link::Linker& linker, const Lexicon& lexicon,
               const nlp::Analysis* analysis = nullptr);

  std::string_view Word(uint32_t k) const { return seg_.tokens[k].span().Of(text_); }
  const std::string& Lower(uint32_t k) const { return lower_[k]; }
  // The parse: head token (-1 for the root or an unparsed sentence), relation
  // ("nsubj", "obj", ...; empty when unparsed) and dependents in text order.
  int32_t Head(uint32_t k) const {
    return analysis_ && k < analysis_->tokens.size() ? analysis_->tokens[k].head : -1;
  }
  std::string_view Dep(uint32_t k) const {
    return analysis_ && k < analysis_->tokens.size() ? std::string_view(analysis_->tokens[k].dep)
                                                     : std::string_view();
  }
  bool Parsed(uint32_t k) const { return !Dep(k).empty(); }
  const std::vector<uint32_t>& Children(uint32_t k) const {
    static const std::vector<uint32_t> kNone;
    return k < children_.size() ? children_[k] : kNone;
  }
  // The tagger's UPOS for token k ("VERB", "NOUN", ...); empty without a tagger.
  std::string_view Upos(uint32_t k) const {
    return analysis_ && k < analysis_->tokens.size() ? std::string_view(analysis_->tokens[k].pos)
                                                     : std::string_view();
  }
  // The tagger's lemma for token k; empty without a tagger.
  std::string_view Lemma(uint32_t k) const {
    return analysis_ && k < analysis_->tokens.size() ? std::string_view(analysis_->tokens[k].lemma)
                                                     : std::string_view();
  }
  uint32_t SentenceOf(uint32_t k) const { return sentence_of_[k]; }
  const text::Sentence& Sentence(uint32_t s) const { return seg_.sentences[s]; }
  const text::Segmentation& seg() const { return seg_; }
  const link::Linking& linking() const { return linking_; }
  const Lexicon& lexicon() const { return lexicon_; }
  std::string_view text() const { return text_; }
  const link::Cues& cues() const { return linker_.cues(); }
  const kb::KnowledgeBase& kb() const { return linker_.kb(); }
  // Index of the document entity with this id, or -1.
  int EntityIndex(std::string_view id) const;
  // The state entity `entity` is or lies in (a place's country), or -1 when
  // the document names no such state.
  int StateOf(int entity) const;
  // "Sharaa's government", "Ortega's regime": the state whose leader's
  // possessive qualifies the state noun at `noun` (state_noun cues), or -1.
  int StateOfLeadersGovernment(uint32_t noun) const;
  // "the statement said" at token k: the one whose statement the three
  // sentences before tell of ("the Bahrain-based Fifth Fleet said in a
  // statement", "according to a statement from the Department of Foreign
  // Affairs"), the latest; -1.
  int StatementIssuerBefore(uint32_t k) const;
  // The token holding byte `byte` of the text (an event's trigger start).
  uint32_t TokenAt(uint32_t byte) const;

  // Category of the cue phrase starting at k ("According to" matches "according
  // to"), with its length in tokens.
  const std::string* CueAt(uint32_t k, uint32_t* length) const;
  bool IsClauseBreak(uint32_t k) const;
  // Whether token k opens where a thing was going: "bound for", "destined to"
  // (destination_word cues).
  bool OpensDestination(uint32_t k) const;
  // "Corvida FZE, a ship manager registered in Sharjah, and its director":
  // when the comma at k opens a description in apposition ("a|an …") or a
  // relative clause ("which|who|that|whose …") that a comma before "and"
  // closes, the closing comma; else k.
  uint32_t DescriptionEnd(uint32_t k) const;
  // Prepositions of place and direction ("in Tehran"): their objects are not subjects.
  static bool IsLocative(std::string_view lower_word);
  // A relative clause's relation: on a noun ("acl:relcl") or, in UD English,
  // on a clause it comments on ("advcl:relcl": "..., which killed 78").
  static bool IsRelativeClause(std::string_view dep) {
    return dep == "acl:relcl" || dep == "advcl:relcl";
  }

  // Entities the token at k refers to: its mention's entity, or what a
  // pronoun, relative pronoun or group description resolves to ("they" or
  // "it" right after a verb of saying: its subject, SpeakersOfPronoun).
  std::vector<int> Referents(uint32_t k) const;
  // "The United States imposed sanctions on … two Iranian nationals it
  // accused of …": a pronoun subject of a relative clause with no relative
  // word, on a noun the verb reaches, is the verb's named subject.
  std::vector<int> ActorOfRelativePronoun(uint32_t k) const;
  // Whether the verb at k is the main clause's verb the parser joined to a
  // relative clause as its conjunct: it follows a comma (and at most an
  // adverb) with no coordinating word of its own ("The ELN, which broke off
  // talks …, separately denied"), or it is a past verb right after the
  // comma closing a relative clause on the name opening the sentence
  // (OpenerBeforeRelative).
  bool MainVerbJoinedToRelative(uint32_t k) const;
  // The mention opening k's sentence when token k follows the comma that
  // closes a relative clause on it ("Rubio, who is due to visit …, wrote"),
  // or -1.
  int OpenerBeforeRelative(uint32_t k) const;

  // The first referring item in [from, to): a name (a titled person rather than
  // the organisation before the title, a whole listed group), a pronoun or a
  // group noun, as the clause-position search reads it.
  std::vector<int> FirstItemIn(uint32_t from, uint32_t to) const;

  // The subject of a verb at `trigger`: the first referring item after the
  // start of its clause (a relative pronoun opening the clause counts).
  std::vector<int> SubjectBefore(uint32_t trigger) const;
  // The first referring item in [from, from + window) before the clause ends
  // (with `venue_ends`, also before "in", "on", "about" or "over": "met in
  // New York", "talks on Gaza" name where and what about, not with whom).
  std::vector<int> ObjectAfter(uint32_t from, uint32_t window = 8, bool venue_ends = false) const;
  // First token of the clause holding k (a clause-break token itself or the
  // sentence start).
  uint32_t ClauseStart(uint32_t k) const;
  // Whether a mention names a place or a country (GPE, LOC).
  bool IsPlace(int mention) const;
  // "KINSHASA, Feb 8 (Reuters) -": the entity of the state the wire dateline's
  // place lies in, when the story names that state; else -1. A document with
  // no dateline that opens with a heading naming the body that issues it
  // ("Ministry of Foreign Affairs of the Republic of Lithuania — Press
  // release") answers with that body's state.
  int DatelineState() const;
  // "The representative of the United States said … She urged": the state a
  // delegate named by a common noun speaks for ("the representative of X",
  // "X's delegate", "the Chinese envoy"), the last told before token k in its
  // sentence or the two before, when no person is named after it; -1.
  int DelegateStateBefore(uint32_t k) const;
  // The state of the body named in a heading line that ends in no stop
  // ("Ministry of National Defence, Republic of Poland — Press release"); -1.
  int IssuerState() const;
  // The state's body a document's heading names as its issuer ("U.S.
  // Department of Justice — Office of Public Affairs"), for when the
  // document never names the state itself; with `any_body`, any body or
  // company it names ('Report summary — "Night Freight to Benina", Sahara
  // Arms Monitor'); -1. The heading is the first line, or the first
  // `heading_lines` lines while each ends in no stop ("… | U.S. Department of
  // Justice | Thursday, January 23, 2025" below a headline).
  int IssuerBody(bool any_body = false, int heading_lines = 1) const;
  // The person a heading's byline names ("PRESS STATEMENT / Marco Rubio,
  // Secretary of State"): a name opening a heading line, a comma and a
  // capitalised title after it; -1.
  int IssuerSignatory(int heading_lines) const;
  // The body whose report the report noun at k stands for ("The report, …,
  // said Tehran had breached …" after "an IAEA report", "a report by Sahara
  // Arms Monitor"): the body named before or after that noun's last earlier
  // use, else the document's heading; -1.
  int ReportAuthor(uint32_t k) const;
  // Whether the verb at k is an infinitive after a noun ranked by an ordinal
  // ("the 61st country to sign", "the first leader to visit", "-ly" adverb
  // allowed after "to"): it tells what the ranked one did, not a purpose.
  bool RankedInfinitive(uint32_t k) const;
  // The verb of undergoing (undergo_verb cues: "faces criminal charges")
  // right before a noun trigger at k, over up to two describing words, or -1.
  int32_t UndergoVerbBefore(uint32_t k) const;
  // "claimed responsibility (on Tuesday) for …": when the word before token
  // `after` is "for", the token of "responsibility" within four words before
  // it, over a short adverbial (no clause break, verb, comma or other
  // "for" between); else -1.
  int32_t ResponsibilityFor(uint32_t after) const;
  // The "that" opening the clause a verb ending at token `end` reports,
  // within `window` words past a time or a short phrase said between ("warned
  // last week that", "said in a statement that"; no verb or punctuation
  // between), or 0.
  uint32_t ThatAfter(uint32_t end, uint32_t window) const;
  // Whether the tagger reads the word at k as a noun, or as an adjective
  // right after a determiner ("accused the executive, …": a noun it took for
  // an adjective).
  bool NounLike(uint32_t k) const {
    return Upos(k) == "NOUN" || (Upos(k) == "ADJ" && k > 0 && Upos(k - 1) == "DET");
  }
  // Whether the word at k starts with a lower-case ASCII letter.
  bool StartsLower(uint32_t k) const {
    const std::string_view w = Word(k);
    return !w.empty() && w[0] >= 'a' && w[0] <= 'z';
  }
  // A mark that opens or closes a quotation (straight or curly, double or
  // single).
  static bool IsQuoteMark(std::string_view w) {
    return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "'" || w == "\xE2\x80\x98" ||
           w == "\xE2\x80\x99";
  }
  // Whether token k marks a possessive: "'s", or a plural's bare apostrophe
  // ("the United Arab Emirates' minister").
  bool IsPossessiveMark(uint32_t k) const {
    const std::string_view w = Word(k);
    return base::IsPossessiveClitic(w) ||
           ((w == "'" || w == "\xE2\x80\x99") && k > 0 && Lower(k - 1).ends_with("s"));
  }
  // "his", "her", "its", "their" (lower case).
  static bool IsPossessivePronoun(std::string_view w) {
    return w == "his" || w == "her" || w == "its" || w == "their";
  }
  // Whether the word at k is joined by a hyphen to the word before it, with
  // no space ("Russia-backed", "centre-left").
  bool HyphenJoined(uint32_t k) const;
  // Whether mention m is joined by a hyphen to an origin participle ("Hong
  // Kong-based", "Iranian-made", "Iran-backed"): it describes the noun after
  // it and is no party itself.
  bool DescribesNoun(int m) const;
  // The mention of the name that starts at k, or that a demonym starting at
  // k describes ("Swiss national Pascal Ducret"), when it ends its phrase (a
  // comma, "and", the sentence's end follow); -1.
  int AppositionName(uint32_t k) const;
  // Whether the word at k is a verb of saying or claiming (speech_verb,
  // claim_verb cues): outside any name, and a verb when the tagger ran.
  bool SaysOrClaims(uint32_t k) const;
  // "companies that it said helped Moscow": when the verb of saying at `verb`
  // follows its speaker (a pronoun or a name) right after a relative pronoun,
  // the speaker's first token; else -1.
  int32_t RelativeClauseSpeaker(uint32_t verb) const;
  // Referring item at k, skipping a demonym that modifies a group noun ("the
  // American adversaries" refers to the adversaries); sets *next past it.
  std::vector<int> ItemAt(uint32_t k, uint32_t* next) const;

 private:
  // The byte ranges of a document's heading lines: its first `heading_lines`
  // lines while each ends in no stop (IssuerBody).
  std::vector<std::pair<size_t, size_t>> HeadingLines(int heading_lines) const;
  // "Iranian businessman Hamid Rostami-Far", "Chinese firm Zhongxing
  // Telecom", "Al Qaeda's Sahel affiliate JNIM": the mention after the
  // demonym or possessive mention m (and a place) and one or two singular
  // common nouns, when it names a person or an organisation (m describes
  // it); -1 otherwise ("told Russian reporters Putin …" has a plural noun
  // between).
  int DescribedName(int m) const;
  // "His spokesperson, Lurdes Mabunda", "Radin's deputy for logistics, Major
  // General Oleg Kuzmin", "Iran's U.N. ambassador, Amir Saeid Iravani": the
  // person mention in apposition to the description that starts at `from`
  // (right after the possessive), -1 when there is none.
  int PossessiveApposition(uint32_t from) const;
  // Whether a name starts at k and ends its phrase (a comma, "and", the
  // sentence's end follow): after "a company," it is in apposition.
  bool Apposition(uint32_t k) const { return AppositionName(k) >= 0; }
  // Whether [from, to) holds a conjunction ("and", "but") and nothing but
  // adverbs of sequence and commas besides.
  bool OnlyConjunctions(uint32_t from, uint32_t to) const;
  bool ShortQuoteMark(uint32_t k) const;
  // "Yemen's Houthi rebels said on Sunday (that) they had fired": the subject
  // of the verb of saying the pronoun at k opens the complement of. Plural
  // ("they"): a name before a plural noun, an organisation ("Hamas said
  // they") or a group named together; singular ("China's embassy in
  // Washington said it"): the clause's first name, a state or a body. Empty
  // otherwise.
  std::vector<int> SpeakersOfPronoun(uint32_t k, bool plural) const;

  std::string_view text_;
  const text::Segmentation& seg_;
  const link::Linking& linking_;
  const link::Linker& linker_;
  const Lexicon& lexicon_;
  const nlp::Analysis* analysis_;
  std::vector<std::string> lower_;
  std::vector<std::vector<uint32_t>> children_;  // empty without a parse
  std::vector<uint32_t> sentence_of_;
};

}  // namespace dossier::extract
