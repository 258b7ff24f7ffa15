#include "extract/document_view.h"

#include <algorithm>
#include <cctype>

#include "base/strings.h"
#include "base/utf8.h"

namespace dossier::extract {

DocumentView::DocumentView(std::string_view text, const text::Segmentation& seg,
                           const link::Linking& linking, const link::Linker& linker,
                           const Lexicon& lexicon, const nlp::Analysis* analysis)
    : text_(text),
      seg_(seg),
      linking_(linking),
      linker_(linker),
      lexicon_(lexicon),
      analysis_(analysis) {
  lower_.reserve(seg.tokens.size());
  for (const auto& t : seg.tokens) lower_.push_back(base::AsciiLower(t.span().Of(text)));
  if (analysis_ != nullptr && analysis_->tokens.size() == seg.tokens.size()) {
    for (uint32_t k = 0; k < seg.tokens.size(); ++k) {
      const int32_t h = analysis_->tokens[k].head;
      if (h < 0 || static_cast<size_t>(h) >= seg.tokens.size()) continue;
      if (children_.empty()) children_.resize(seg.tokens.size());
      children_[h].push_back(k);
    }
  }
  sentence_of_.resize(seg.tokens.size());
  for (uint32_t s = 0; s < seg.sentences.size(); ++s) {
    for (uint32_t k = seg.sentences[s].token_begin; k < seg.sentences[s].token_end; ++k) sentence_of_[k] = s;
  }
}

const std::string* DocumentView::CueAt(uint32_t k, uint32_t* length) const {
  const text::Sentence& s = seg_.sentences[sentence_of_[k]];
  std::string phrase;
  const std::string* best = nullptr;
  for (uint32_t n = 0; n < lexicon_.max_cue_words() && k + n < s.token_end; ++n) {
    if (n) phrase.push_back(' ');
    phrase += Lower(k + n);
    if (const std::string* c = lexicon_.Cue(phrase)) {
      best = c;
      *length = n + 1;
    }
  }
  return best;
}

bool DocumentView::IsLocative(std::string_view w) {
  static const std::string_view kLocative[] = {"in", "at", "near", "across", "into", "through", "on",
                                               "over", "around", "outside", "inside", "off", "to",
                                               "toward", "towards", "throughout", "within"};
  for (std::string_view p : kLocative) {
    if (w == p) return true;
  }
  return false;
}

uint32_t DocumentView::TokenAt(uint32_t byte) const {
  const auto& toks = seg_.tokens;
  auto it = std::lower_bound(toks.begin(), toks.end(), byte,
                             [](const text::Token& t, uint32_t b) { return t.end <= b; });
  return static_cast<uint32_t>(it - toks.begin());
}

int DocumentView::EntityIndex(std::string_view id) const {
  for (size_t i = 0; i < linking_.entities.size(); ++i) {
    if (linking_.entities[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

bool DocumentView::IsClauseBreak(uint32_t k) const {
  // ("Mali has since left ECOWAS": an adverb after an auxiliary opens no
  // clause.)
  if (Lower(k) == "since" && k > 0) {
    const std::string& before = Lower(k - 1);
    if (before == "have" || before == "has" || before == "had" || before == "having" || before == "'ve") return false;
  }
  // ("called that decision “disappointing”": "that" before a noun is its
  // determiner.)
  if (Lower(k) == "that" && (Upos(k) == "DET" || Dep(k) == "det")) return false;
  return lexicon_.HasCue(Word(k), "clause_break") || lexicon_.HasCue(Lower(k), "clause_break");
}

uint32_t DocumentView::DescriptionEnd(uint32_t k) const {
  // (Descriptions run longer than names: "a Dubai refinery that bought at
  // least 2.4 tonnes of Central African gold in 2024".)
  constexpr uint32_t kMaxDescription = 40;
  const uint32_t end = Sentence(SentenceOf(k)).token_end;
  if (Word(k) != "," || k + 2 >= end) return k;
  const std::string& opener = Lower(k + 1);
  if (opener != "a" && opener != "an" && opener != "which" && opener != "who" && opener != "that" &&
      opener != "whose") {
    return k;
  }
  for (uint32_t close = k + 2; close + 1 < end && close < k + kMaxDescription; ++close) {
    if (Word(close) == ";" || Word(close) == "\"" || Word(close) == "“") return k;
    if (Word(close) == "," && Lower(close + 1) == "and") return close;
  }
  return k;
}

int32_t DocumentView::ResponsibilityFor(uint32_t after) const {
  constexpr uint32_t kMaxBetween = 4;
  const uint32_t begin = Sentence(SentenceOf(after)).token_begin;
  if (after < begin + 2 || lower_[after - 1] != "for") return -1;
  for (uint32_t r = after - 2; r > begin && after - 2 - r < kMaxBetween; --r) {
    if (lower_[r] == "responsibility") return static_cast<int32_t>(r);
    if (IsClauseBreak(r) || Upos(r) == "VERB" || lower_[r] == "," || lower_[r] == "for") break;
  }
  return -1;
}

uint32_t DocumentView::ThatAfter(uint32_t end, uint32_t window) const {
  const text::Sentence& s = Sentence(SentenceOf(end > 0 ? end - 1 : 0));
  for (uint32_t k = end; k < s.token_end && k < end + window; ++k) {
    if (lower_[k] == "that") return k;
    if (!base::HasLetter(Word(k)) || Upos(k) == "VERB" || Upos(k) == "AUX") break;
  }
  return 0;
}

bool DocumentView::IsPlace(int mention) const {
  const std::string& type = linking_.mentions[mention].type;
  return type == "GPE" || type == "LOC";
}

// Whether the quotation mark at k opens or closes a quote of at most three
// words (a scare quote: he is "ready" to resign), which opens no clause.
bool DocumentView::ShortQuoteMark(uint32_t k) const {
  const auto quote = [&](uint32_t j) {
    const std::string_view w = Word(j);
    return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D";
  };
  if (!quote(k)) return false;
  const text::Sentence& s = seg_.sentences[sentence_of_[k]];
  for (uint32_t d = 2; d <= 4; ++d) {
    if ((k + d < s.token_end && quote(k + d)) || (k >= s.token_begin + d && quote(k - d))) return true;
  }
  return false;
}

uint32_t DocumentView::ClauseStart(uint32_t k) const {
  const text::Sentence& s = seg_.sentences[sentence_of_[k]];
  for (uint32_t j = k; j > s.token_begin; --j) {
    if (IsClauseBreak(j - 1) && !ShortQuoteMark(j - 1)) return j - 1;
  }
  return s.token_begin;
}

int DocumentView::AppositionName(uint32_t k) const {
  int m = linking_.MentionAt(k);
  if (m < 0 || linking_.mentions[m].token_begin != k || linking_.mentions[m].entity < 0) return -1;
  // ("the executive, Swiss national Pascal Ducret,": the name a demonym
  // describes.)
  if (const int described = DescribedName(m); described >= 0) m = described;
  const uint32_t after = linking_.mentions[m].token_end;
  if (after >= seg_.tokens.size() || SentenceOf(after) != SentenceOf(k)) return m;
  const std::string_view w = Word(after);
  return w == "," || w == "." || w == ";" || w == "and" || w == ")" ? m : -1;
}

bool DocumentView::DescribesNoun(int m) const {
  const link::Mention& mention = linking_.mentions[m];
  const uint32_t word = mention.token_end + 1;
  return word < seg_.tokens.size() && SentenceOf(word) == SentenceOf(mention.token_begin) && HyphenJoined(word) &&
         lexicon_.HasCue(lower_[word], "origin_participle");
}

int DocumentView::DatelineState() const {
  const auto& mentions = linking_.mentions;
  // (A headline line may stand before the dateline.)
  if (std::none_of(seg_.sentences.begin(), seg_.sentences.end(), [](const text::Sentence& s) { return s.dateline; })) {
    return IssuerState();
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    const link::Mention& m = mentions[i];
    if (!seg_.sentences[m.sentence].dateline) continue;
    if (m.entity < 0 || !IsPlace(static_cast<int>(i))) return -1;
    const std::string& code = linking_.entities[m.entity].country;
    return code.empty() ? -1 : EntityIndex("country:" + code);
  }
  return -1;
}

int DocumentView::IssuerState() const {
  // The heading: the document's first line, when it ends in no stop.
  const size_t line_end = std::min(text_.find('\n'), text_.size());
  const std::string_view line = text_.substr(0, line_end);
  const size_t last = line.find_last_not_of(" \t\r");
  if (last == std::string_view::npos || line[last] == '.' || line[last] == '"' || line[last] == '?') return -1;
  // A body in it (an organisation's name), and the state it belongs to or
  // the heading names.
  bool body = false;
  int state = -1;
  for (const link::Mention& m : linking_.mentions) {
    if (seg_.tokens[m.token_begin].begin >= line_end) break;
    if (m.entity < 0) {
      body = body || m.type == "ORG";
      continue;
    }
    const link::DocEntity& d = linking_.entities[m.entity];
    if (m.type == "ORG" && d.type != "Company") {
      body = true;
      if (state < 0) state = StateOf(m.entity);
    } else if (d.type == "Country" && state < 0) {
      state = m.entity;
    }
  }
  return body ? state : -1;
}

std::vector<std::pair<size_t, size_t>> DocumentView::HeadingLines(int heading_lines) const {
  std::vector<std::pair<size_t, size_t>> lines;
  size_t begin = 0;
  for (int line = 0; line < heading_lines && begin < text_.size(); ++line) {
    const size_t line_end = std::min(text_.find('\n', begin), text_.size());
    const std::string_view text = text_.substr(begin, line_end - begin);
    const size_t last = text.find_last_not_of(" \t\r");
    if (last == std::string_view::npos || text[last] == '"' || text[last] == '?') break;
    // (A heading may end in an abbreviation of capitals and stops: "…,
    // Washington, D.C.")
    if (text[last] == '.') {
      const size_t space = text.find_last_of(' ', last);
      const size_t from = space == std::string_view::npos ? 0 : space + 1;
      const std::string_view word = text.substr(from, last + 1 - from);
      bool abbreviation = word.size() >= 4 && word.size() % 2 == 0;
      for (size_t i = 0; abbreviation && i < word.size(); ++i) {
        abbreviation = i % 2 == 1 ? word[i] == '.' : std::isupper(static_cast<unsigned char>(word[i])) != 0;
      }
      if (!abbreviation) break;
    }
    lines.emplace_back(begin, line_end);
    begin = line_end + 1;
    while (begin < text_.size() && text_[begin] == '\n') ++begin;
  }
  return lines;
}

int DocumentView::IssuerBody(bool any_body, int heading_lines) const {
  for (const auto& [begin, line_end] : HeadingLines(heading_lines)) {
    for (const link::Mention& m : linking_.mentions) {
      const uint32_t at = seg_.tokens[m.token_begin].begin;
      if (at >= line_end) break;
      if (at < begin || m.entity < 0 || m.type != "ORG") continue;
      const link::DocEntity& d = linking_.entities[m.entity];
      if (d.type == "PublicBody" && !d.country.empty()) return m.entity;
      if (any_body && (d.type == "Organization" || d.type == "PublicBody") &&
          !(d.kb != nullptr && d.kb->sector == "media")) {
        return m.entity;
      }
    }
  }
  return -1;
}

int DocumentView::IssuerSignatory(int heading_lines) const {
  for (const auto& [begin, line_end] : HeadingLines(heading_lines)) {
    for (const link::Mention& m : linking_.mentions) {
      const uint32_t at = seg_.tokens[m.token_begin].begin;
      if (at >= line_end) break;
      if (at != begin || m.entity < 0 || m.type != "PERSON" || m.token_end + 1 >= seg_.tokens.size()) continue;
      // "Marco Rubio, Secretary of State": the name opens its line, a
      // capitalised title follows the comma.
      const uint32_t title = m.token_end + 1;
      if (Word(m.token_end) == "," && seg_.tokens[title].begin < line_end && !StartsLower(title) &&
          cues().FindCapitalisedTitle(Lower(title)) != nullptr) {
        return m.entity;
      }
    }
  }
  return -1;
}

int DocumentView::ReportAuthor(uint32_t k) const {
  const auto body = [&](int m) {
    if (m < 0 || linking_.mentions[m].entity < 0 || linking_.mentions[m].type != "ORG") return -1;
    return linking_.mentions[m].entity;
  };
  for (uint32_t j = k; j-- > 0;) {
    if (!lexicon_.HasCue(lower_[j], "report_noun")) continue;
    // "an IAEA report", "the agency's report".
    if (j > 0) {
      uint32_t before = j - 1;
      if (before > 0 && base::IsPossessiveClitic(lower_[before])) --before;
      if (const int e = body(linking_.MentionAt(before)); e >= 0) return e;
      if (lower_[before] != "the" && lexicon_.HasCue(lower_[before], "report_noun") == false) {
        const std::vector<int> referent = Referents(before);
        if (referent.size() == 1 && linking_.entities[referent.front()].type != "Country" &&
            linking_.entities[referent.front()].type != "Person") {
          return referent.front();
        }
      }
    }
    // "the agency said in a confidential report": who said so.
    for (uint32_t t = j; t > 0 && j - t < 5;) {
      --t;
      if (SaysOrClaims(t)) {
        if (t > 0) {
          if (const int e = body(linking_.MentionAt(t - 1)); e >= 0) return e;
        }
        break;
      }
    }
    // "a report by Sahara Arms Monitor", "a report published by X".
    for (uint32_t t = j + 1; t + 1 < seg_.tokens.size() && t < j + 4; ++t) {
      if (lower_[t] == "by" || lower_[t] == "from") {
        if (const int e = body(linking_.MentionAt(t + 1)); e >= 0) return e;
        break;
      }
    }
  }
  return IssuerBody(/*any_body=*/true);
}

int DocumentView::StateOf(int entity) const {
  const link::DocEntity& d = linking_.entities[entity];
  if (d.type == "Country") return entity;
  return d.country.empty() ? -1 : EntityIndex("country:" + d.country);
}

int DocumentView::StateOfLeadersGovernment(uint32_t noun) const {
  if (noun < 2 || !base::IsPossessiveClitic(Lower(noun - 1)) || !cues().Has(link::CueKind::kStateNoun, Lower(noun))) {
    return -1;
  }
  const int m = linking_.MentionAt(noun - 2);
  if (m < 0 || linking_.mentions[m].type != "PERSON" || linking_.mentions[m].entity < 0) return -1;
  const int state = StateOf(linking_.mentions[m].entity);
  return state >= 0 && linking_.entities[state].type == "Country" ? state : -1;
}

int DocumentView::StatementIssuerBefore(uint32_t k) const {
  constexpr uint32_t kSentencesBack = 3;
  const uint32_t sentence = SentenceOf(k);
  const uint32_t first = Sentence(sentence > kSentencesBack ? sentence - kSentencesBack : 0).token_begin;
  for (uint32_t t = k; t-- > first;) {
    if (Lower(t) != "statement" || t < 2) continue;
    // "a statement from the Department …", "a statement by X".
    if (t + 2 < seg_.tokens.size() && (Lower(t + 1) == "from" || Lower(t + 1) == "by")) {
      const uint32_t named = Lower(t + 2) == "the" && t + 3 < seg_.tokens.size() ? t + 3 : t + 2;
      const int m = linking_.MentionAt(named);
      if (m >= 0 && linking_.mentions[m].entity >= 0 && linking_.mentions[m].type != "GPE") {
        return linking_.mentions[m].entity;
      }
    }
    // "X said in a statement": the subject of the verb of saying before "in a".
    // (The body named last before the verb: "…, the Bahrain-based Fifth
    // Fleet said in a statement".)
    if (Lower(t - 1) == "a" && Lower(t - 2) == "in" && t >= 3 && SaysOrClaims(t - 3)) {
      const int m = t >= 4 ? linking_.MentionAt(t - 4) : -1;
      if (m >= 0 && linking_.mentions[m].entity >= 0 && linking_.mentions[m].type != "GPE" &&
          linking_.mentions[m].type != "NORP") {
        return linking_.mentions[m].entity;
      }
      const std::vector<int> who = SubjectBefore(t - 3);
      if (who.size() == 1) return who.front();
    }
  }
  return -1;
}

bool DocumentView::HyphenJoined(uint32_t k) const {
  const text::Sentence& s = seg_.sentences[sentence_of_[k]];
  const auto& tokens = seg_.tokens;
  return k >= s.token_begin + 2 && Word(k - 1) == "-" && tokens[k - 2].end == tokens[k - 1].begin &&
         tokens[k - 1].end == tokens[k].begin;
}

bool DocumentView::RankedInfinitive(uint32_t k) const {
  const text::Sentence& s = seg_.sentences[sentence_of_[k]];
  uint32_t to = k;
  while (to > s.token_begin && k - to < 2 && lower_[to - 1] != "to" && lower_[to - 1].ends_with("ly")) --to;
  if (to < s.token_begin + 2 || lower_[to - 1] != "to") return false;
  // The ordinal stands within the three words before the noun.
  const uint32_t noun = to - 2;
  for (uint32_t j = noun; j > s.token_begin && noun - j < 3;) {
    --j;
    if (lexicon_.HasCue(lower_[j], "ordinal") || base::IsNumeralOrdinal(lower_[j])) return true;
  }
  return false;
}

std::vector<int> DocumentView::Referents(uint32_t k) const {
  int m = linking_.MentionAt(k);
  if (m >= 0) {
    int e = linking_.mentions[m].entity;
    return e >= 0 ? std::vector<int>{e} : std::vector<int>{};
  }
  if (const std::string* kind = cues().Find(link::CueKind::kPronoun, Word(k));
      kind != nullptr && (*kind == "GROUP" || *kind == "THING")) {
    if (std::vector<int> speakers = SpeakersOfPronoun(k, *kind == "GROUP"); !speakers.empty()) return speakers;
    if (std::vector<int> acting = ActorOfRelativePronoun(k); !acting.empty()) return acting;
    // "The report cautions that ... It also alleges that ...": "it" opening a
    // sentence after one about a report is the report, no party.
    const uint32_t s = SentenceOf(k);
    if (*kind == "THING" && k == Sentence(s).token_begin && s > 0) {
      const text::Sentence& before = Sentence(s - 1);
      if (before.token_end - before.token_begin > 2 && Lower(before.token_begin) == "the" &&
          lexicon_.HasCue(Lower(before.token_begin + 1), "report_noun")) {
        return {};
      }
    }
  }
  return linker_.Resolve(linking_, text_, seg_, k);
}

int DocumentView::OpenerBeforeRelative(uint32_t k) const {
  if (k == 0 || Word(k - 1) != ",") return -1;
  const int m = linking_.MentionAt(Sentence(SentenceOf(k)).token_begin);
  if (m < 0 || linking_.mentions[m].entity < 0) return -1;
  const uint32_t end = linking_.mentions[m].token_end;
  if (end + 2 >= k || Word(end) != "," || !linker_.cues().Has(link::CueKind::kRelative, Word(end + 1))) return -1;
  return m;
}

bool DocumentView::MainVerbJoinedToRelative(uint32_t k) const {
  // ("Rubio, who is due to visit the Caribbean later this month, wrote on X
  // that …": a past verb right after the comma closing a relative clause on
  // the name opening the sentence is the main verb, however the parser hung
  // it.)
  const bool past = Upos(k) == "VERB" && !Lower(k).ends_with("ing") && !Lower(k).ends_with("s") &&
                    (Lower(k).ends_with("ed") || Lemma(k) != Lower(k));
  if (past && OpenerBeforeRelative(k) >= 0) return true;
  if (Dep(k) != "conj" || Head(k) < 0 || !IsRelativeClause(Dep(static_cast<uint32_t>(Head(k))))) return false;
  for (uint32_t c : Children(k)) {
    if (Dep(c) == "cc") return false;
  }
  // (Past an adverb: ", separately denied".)
  uint32_t j = k;
  while (j > 0 && k - j < 2 && Upos(j - 1) == "ADV") --j;
  return j > 0 && Word(j - 1) == ",";
}

std::vector<int> DocumentView::ActorOfRelativePronoun(uint32_t k) const {
  // (How far up from the described noun the verb may stand.)
  constexpr int kMaxDepth = 6;
  if (!Parsed(k) || Dep(k) != "nsubj") return {};
  const int32_t clause = Head(k);
  // ("imposed a travel ban on Salem al-Zawi, head of …, whom it accused of":
  // "whom" right before the pronoun opens a relative clause wherever the
  // parser hung it; "it" is the subject of the sentence's main verb.)
  // (Not "they": the linker's last group named is theirs.)
  if (clause >= 0 && k > 0 && Lower(k - 1) == "whom" && Lower(k) == "it" &&
      Dep(static_cast<uint32_t>(clause)) != "acl:relcl") {
    int32_t root = clause;
    for (int step = 0; step < kMaxDepth && Head(static_cast<uint32_t>(root)) >= 0; ++step) {
      root = Head(static_cast<uint32_t>(root));
    }
    if (Head(static_cast<uint32_t>(root)) >= 0 || root == clause) return {};
    for (uint32_t c : Children(static_cast<uint32_t>(root))) {
      if (Dep(c) != "nsubj" || cues().Has(link::CueKind::kPronoun, Word(c))) continue;
      const int m = linking_.MentionAt(c);
      if (m >= 0 && linking_.mentions[m].entity >= 0) return {linking_.mentions[m].entity};
      // ("The committee imposed": a body named by its noun, the one it refers to.)
      if (std::vector<int> body = linker_.Resolve(linking_, text_, seg_, c); body.size() == 1) return body;
    }
    return {};
  }
  if (clause < 0 || Dep(static_cast<uint32_t>(clause)) != "acl:relcl") return {};
  for (uint32_t c : Children(static_cast<uint32_t>(clause))) {
    // ("which it said"; but "Salem al-Zawi, head of the Shuhada al-Sahel
    // Brigade …, whom it accused of" is the clause's object, and "it" the
    // verb's subject.)
    if (c < k && cues().Has(link::CueKind::kRelative, Word(c)) && Lower(c) != "whom") return {};
    if (c < k && Lower(c) == "that") return {};
  }
  // Up from the noun the clause describes, through objects, conjuncts and
  // phrases, to the verb whose subject acts.
  int32_t t = Head(static_cast<uint32_t>(clause));
  for (int depth = 0; t >= 0 && depth < kMaxDepth; ++depth) {
    const uint32_t at = static_cast<uint32_t>(t);
    const std::string_view dep = Dep(at);
    if (dep.starts_with("nsubj") || dep.starts_with("csubj")) return {};
    const int32_t up = Head(at);
    if (up < 0) return {};
    if (Upos(static_cast<uint32_t>(up)) == "VERB" && (dep == "obj" || dep.starts_with("obl"))) {
      bool subject = false;
      for (uint32_t c : Children(static_cast<uint32_t>(up))) {
        if (Dep(c) != "nsubj" || c == k) continue;
        subject = true;
        if (cues().Has(link::CueKind::kPronoun, Word(c))) continue;
        const int m = linking_.MentionAt(c);
        if (m >= 0 && linking_.mentions[m].entity >= 0) return {linking_.mentions[m].entity};
      }
      // ("a GRU hacking unit it blamed": a participle describing a noun,
      // read as a verb, has no subject; up past it.)
      if (subject || Dep(static_cast<uint32_t>(up)) != "acl") return {};
    } else if (dep != "conj" && dep != "obj" && !dep.starts_with("obl") && !dep.starts_with("nmod") &&
               dep != "acl") {
      return {};
    }
    t = up;
  }
  return {};
}

std::vector<int> DocumentView::SpeakersOfPronoun(uint32_t k, bool plural) const {
  const text::Sentence& s = Sentence(SentenceOf(k));
  // Back over "that" and a short phrase ("on Sunday", "in a statement") to the verb.
  uint32_t verb = k;
  bool complementiser = false;
  for (uint32_t j = k; j > s.token_begin && k - j < 12;) {
    --j;
    if (Word(j) == "," || Word(j) == ";") break;
    // ("said in a statement posted on Telegram late Friday that its
    // fighters": past where the words were posted or given.)
    if (const int m = complementiser ? linking_.MentionAt(j) : -1; m >= 0) {
      const uint32_t b = linking_.mentions[m].token_begin;
      if (b > s.token_begin && (Lower(b - 1) == "on" || Lower(b - 1) == "via")) {
        j = b;
        continue;
      }
    }
    if (k - j >= 8 && !complementiser) break;
    if (const int m = linking_.MentionAt(j); m >= 0) {
      // "warned the European Union on Thursday that it would retaliate": the
      // one told is passed over to the verb of saying before it.
      uint32_t before = linking_.mentions[m].token_begin;
      if (before > s.token_begin && Lower(before - 1) == "the") --before;
      if (!complementiser || before == s.token_begin || !SaysOrClaims(before - 1)) break;
      verb = before - 1;
      break;
    }
    complementiser = complementiser || Lower(j) == "that";
    if (SaysOrClaims(j)) {
      verb = j;
      break;
    }
  }
  if (verb == k || verb == s.token_begin) return {};
  if (!plural) {
    // "The Russian Federal Security Service says it": the body named right
    // before the verb; else ("China's embassy in Washington said it") the
    // first name of the clause before the verb, a state or a body.
    // ("…, and Pakistan said it had launched": or the state, not a place the
    // body is in: "Iran's embassy in Jakarta said it".)
    if (const int m = linking_.MentionAt(verb - 1); m >= 0 && linking_.mentions[m].entity >= 0) {
      const link::Mention& named = linking_.mentions[m];
      const bool state = named.type == "GPE" && linking_.entities[named.entity].type == "Country" &&
                         named.token_begin > 0 && !IsLocative(Lower(named.token_begin - 1));
      if (named.type == "ORG" || state) return {named.entity};
    }
    // ("Denmark blamed a group for a cyberattack that wrecked the water
    // supply of Koege, and said it would expel two diplomats": a verb of
    // saying joined to one before it has that one's subject, read from its
    // words before its head, a state's possessive among them: "Rwanda's
    // government said … and announced that it had cut ties".)
    std::vector<int> subject;
    if (Parsed(verb) && Dep(verb) == "conj" && Head(verb) >= 0 && Head(verb) < static_cast<int32_t>(verb)) {
      for (uint32_t c : Children(static_cast<uint32_t>(Head(verb)))) {
        if (Dep(c) != "nsubj") continue;
        uint32_t first = c;
        for (uint32_t d : Children(c)) first = std::min(first, d);
        subject = linking_.MentionAt(c) >= 0 ? Referents(c) : FirstItemIn(first, c + 1);
      }
    }
    // ("The tanker's Dubai-based manager, Oryx Gulf Shipmanagement, said it":
    // the name in apposition to the subject, not the subject's owner.)
    if (Parsed(verb)) {
      for (uint32_t c : Children(verb)) {
        if (!subject.empty() || Dep(c) != "nsubj" || linking_.MentionAt(c) >= 0) continue;
        for (uint32_t a : Children(c)) {
          const int m = Dep(a) == "appos" ? linking_.MentionAt(a) : -1;
          if (m >= 0 && linking_.mentions[m].type == "ORG" && linking_.mentions[m].entity >= 0) {
            subject = {linking_.mentions[m].entity};
          }
        }
      }
    }
    if (subject.empty()) subject = FirstItemIn(ClauseStart(verb), verb);
    // ("Sharaa's government has said it": the leader's state.)
    for (uint32_t n = ClauseStart(verb); n < verb && n < ClauseStart(verb) + 6; ++n) {
      if (const int state = StateOfLeadersGovernment(n); state >= 0) {
        subject = {state};
        break;
      }
    }
    if (subject.size() != 1 || linking_.entities[subject.front()].type == "Person") return {};
    return subject;
  }
  // ("Police said they had seized": a state's own force named by a common
  // noun, domestic_force cues, is the dateline's state's.)
  // (Not what they claim of others: "Prosecutors allege they worked for".)
  if (linking_.MentionAt(verb - 1) < 0 && lexicon_.HasCue(Lower(verb - 1), "domestic_force") &&
      Lemma(verb) == "say") {
    if (const int state = DatelineState(); state >= 0) return {state};
  }
  // The subject: a name right before the verb (and its acronym in brackets:
  // "Mali's armed forces (FAMa) said"), or before one plural noun.
  uint32_t end = verb;
  if (end >= s.token_begin + 4 && Word(end - 1) == ")" && Word(end - 3) == "(") end -= 3;
  bool plural_noun = false;
  if (linking_.MentionAt(end - 1) < 0 && end - 1 > s.token_begin && StartsLower(end - 1) &&
      Lower(end - 1).ends_with("s") && (Upos(end - 1).empty() || Upos(end - 1) == "NOUN")) {
    plural_noun = true;
    --end;
  }
  const int m = linking_.MentionAt(end - 1);
  if (m < 0 || linking_.mentions[m].entity < 0) return {};
  for (const link::Group& g : linking_.groups) {
    if (g.token_end == end) return g.entities;
  }
  if (!plural_noun && linking_.mentions[m].type != "ORG") return {};
  return {linking_.mentions[m].entity};
}

std::vector<int> DocumentView::FirstItemIn(uint32_t from, uint32_t to) const {
  for (uint32_t k = from; k < to && k < seg_.tokens.size();) {
    uint32_t next = k + 1;
    std::vector<int> item = ItemAt(k, &next);
    if (!item.empty()) return item;
    k = std::max(next, k + 1);
  }
  return {};
}

std::vector<int> DocumentView::ItemAt(uint32_t k, uint32_t* next) const {
  int m = linking_.MentionAt(k);
  if (m >= 0) {
    const link::Mention& mention = linking_.mentions[m];
    *next = mention.token_end;
    // "CIA Director John O. Brennan", "Wall Street Journal reporter Jay Solomon",
    // "Japan's Prime Minister Fumio Kishida": the organisation or the state
    // modifies the titled person who follows.
    if (static_cast<size_t>(m) + 1 < linking_.mentions.size()) {
      const link::Mention& after = linking_.mentions[m + 1];
      uint32_t t = static_cast<uint32_t>(after.title_token);
      const auto joins = [&](std::string_view w) {
        return w == "-" || w == "'s" || w == "\xE2\x80\x99s";
      };
      // ("Lebanon's caretaker Prime Minister Najib Mikati": an adjective may
      // stand between.)
      const bool adjective = t == mention.token_end + 2 && joins(Word(mention.token_end)) &&
                             StartsLower(t - 1) && Upos(t - 1) == "ADJ";
      // ("Philippine Senate majority leader Francis Tolentino": so may a
      // noun in lower case after a body's name.)
      const bool noun = mention.type == "ORG" && t == mention.token_end + 1 && StartsLower(t - 1) &&
                        (Upos(t - 1) == "NOUN" || Upos(t - 1) == "ADJ");
      if (after.title_token >= 0 && after.entity >= 0 &&
          (t == mention.token_end || (t == mention.token_end + 1 && joins(Word(mention.token_end))) ||
           adjective || noun)) {
        *next = after.token_end;
        return {after.entity};
      }
      // "the head of the Sudanese Armed Forces Abdel Fattah al-Burhan": a
      // person named right after a body's name, with nothing between, is the
      // body's.
      if (mention.type == "ORG" && after.type == "PERSON" && after.entity >= 0 &&
          after.token_begin == mention.token_end) {
        *next = after.token_end;
        return {after.entity};
      }
    }
    // "the Kenyan-led Multinational Security Support mission", "a
    // Saudi-backed Yemeni government body": a name joined by a hyphen to a
    // participle describes the body (or the ship) named after it.
    if (static_cast<size_t>(m) + 1 < linking_.mentions.size() && mention.token_end + 1 < seg_.tokens.size() &&
        Word(mention.token_end) == "-" && HyphenJoined(mention.token_end + 1) &&
        StartsLower(mention.token_end + 1) &&
        (Lower(mention.token_end + 1).ends_with("ed") || Lower(mention.token_end + 1) == "run")) {
      const link::Mention& after = linking_.mentions[m + 1];
      uint32_t start = mention.token_end + 2;
      while (start < after.token_begin && start < mention.token_end + 5 && StartsLower(start) &&
             (Upos(start) == "ADJ" || Upos(start) == "NOUN")) {
        ++start;
      }
      // ("the Panamanian-flagged oil tanker Eventin": or the ship.)
      if ((after.type == "ORG" || after.type == "FAC") && after.entity >= 0 && after.token_begin == start) {
        *next = after.token_end;
        return {after.entity};
      }
    }
    // "Radin's deputy for logistics, Major General Oleg Kuzmin, was
    // detained": the person the possessive description stands beside.
    if (mention.type != "NORP" && mention.entity >= 0 && mention.token_end + 1 < seg_.tokens.size() &&
        base::IsPossessiveClitic(Word(mention.token_end))) {
      if (const int person = PossessiveApposition(mention.token_end + 1); person >= 0) {
        *next = linking_.mentions[person].token_end;
        return {linking_.mentions[person].entity};
      }
    }
    // "Iran's Qods Aviation Industries", "Russia's Gazprom": a state's
    // organisation named after it is the item. (A body known only by a common
    // name, "Spain's Supreme Court", acts as its state; so does one the linker
    // took for another state's, "Peru's Congress".)
    // ("West Africa's regional bloc ECOWAS": a region's too.)
    if (static_cast<size_t>(m) + 1 < linking_.mentions.size() && (mention.type == "GPE" || mention.type == "LOC") &&
        mention.entity >= 0 && mention.token_end + 1 < seg_.tokens.size() &&
        base::IsPossessiveClitic(Word(mention.token_end))) {
      const link::Mention& after = linking_.mentions[m + 1];
      // ("Sudan's paramilitary Rapid Support Forces", "Lebanon's state-run
      // National News Agency": up to four describing words in lower case,
      // hyphens joining them, may stand between.)
      uint32_t start = mention.token_end + 1;
      while (start < after.token_begin && start < mention.token_end + 5 &&
             ((StartsLower(start) && (Upos(start) == "ADJ" || Upos(start) == "NOUN" || HyphenJoined(start))) ||
              (Word(start) == "-" && HyphenJoined(start + 1)))) {
        ++start;
      }
      if (after.type == "ORG" && after.entity >= 0 && after.token_begin == start) {
        const link::DocEntity& org = linking_.entities[after.entity];
        const std::string& state = linking_.entities[mention.entity].country;
        const bool own = org.country.empty() ? org.type != "PublicBody" || org.kb != nullptr : org.country == state;
        if (own) {
          *next = after.token_end;
          return {after.entity};
        }
      }
    }
    // "the Estonian navy", "the UAE foreign ministry": a demonym or a state's
    // name right before its state's own body (link's StatesCommonNounBodies)
    // names the body.
    if (static_cast<size_t>(m) + 1 < linking_.mentions.size() && (mention.type == "NORP" || mention.type == "GPE") &&
        mention.entity >= 0) {
      const link::Mention& after = linking_.mentions[m + 1];
      if (after.type == "ORG" && after.entity >= 0 && after.token_begin == mention.token_end &&
          !linking_.entities[mention.entity].country.empty() &&
          linking_.entities[after.entity].country == linking_.entities[mention.entity].country) {
        *next = after.token_end;
        return {after.entity};
      }
    }
    if (const int described = DescribedName(m); described >= 0) {
      *next = linking_.mentions[described].token_end;
      return {linking_.mentions[described].entity};
    }
    // "Chinese and Russian warships began a joint exercise": demonyms joined
    // by "and" before one noun name the states acting together.
    if (mention.type == "NORP" && mention.entity >= 0) {
      std::vector<int> states{mention.entity};
      size_t last = static_cast<size_t>(m);
      while (last + 1 < linking_.mentions.size()) {
        const link::Mention& after = linking_.mentions[last + 1];
        const uint32_t gap = linking_.mentions[last].token_end;
        const bool joined = (after.token_begin == gap + 1 && (Lower(gap) == "and" || Word(gap) == ",")) ||
                            (after.token_begin == gap + 2 && Word(gap) == "," && Lower(gap + 1) == "and");
        // ("Pakistani and Afghan Taliban forces": an organisation's name may
        // close the list.)
        const bool body = after.type == "ORG" && after.token_end < seg_.tokens.size() && StartsLower(after.token_end);
        if (!joined || (after.type != "NORP" && !body) || after.entity < 0) break;
        if (std::find(states.begin(), states.end(), after.entity) == states.end()) states.push_back(after.entity);
        ++last;
        if (body) break;
      }
      const uint32_t end = linking_.mentions[last].token_end;
      if (states.size() >= 2 && end < seg_.tokens.size() && StartsLower(end) && !HyphenJoined(end)) {
        *next = end;
        return states;
      }
    }
    if (mention.type == "NORP" && mention.token_end < seg_.tokens.size() &&
        linker_.cues().Has(link::CueKind::kGroupNoun, Word(mention.token_end))) {
      std::vector<int> group = linker_.Resolve(linking_, text_, seg_, mention.token_end);
      if (!group.empty()) {
        *next = mention.token_end + 1;
        return group;
      }
    }
    if (mention.entity < 0) return {};
    // "a Hong Kong-based company", "Iranian-made drones", "Iran-backed
    // militias": a name joined by a hyphen to one of these describes the noun
    // after it and is not the item.
    if (DescribesNoun(m)) {
      *next = mention.token_end + 2;
      return {};
    }
    // "Japan, South Korea and the United States met": the whole group acts.
    for (const link::Group& g : linking_.groups) {
      if (!g.entities.empty() && g.entities.front() == mention.entity && g.token_end > k &&
          g.token_end <= k + 12) {
        *next = g.token_end;
        return g.entities;
      }
    }
    return {mention.entity};
  }
  // "His spokesperson, Lurdes Mabunda, denied": the person a possessive
  // description stands in apposition to, not the possessor.
  // "the country's Revenue Service said": the body a possessive common noun
  // qualifies, not the possessor.
  if (Lower(k) == "the" && k + 3 < seg_.tokens.size() && StartsLower(k + 1) &&
      base::IsPossessiveClitic(Word(k + 2)) && SentenceOf(k + 3) == SentenceOf(k)) {
    // ("said the ministry's secretary-general, Kristi Lemberg": the person.)
    if (const int person = PossessiveApposition(k + 3); person >= 0) {
      *next = linking_.mentions[person].token_end;
      return {linking_.mentions[person].entity};
    }
    const int body = linking_.MentionAt(k + 3);
    if (body >= 0 && linking_.mentions[body].token_begin == k + 3 && linking_.mentions[body].type == "ORG" &&
        linking_.mentions[body].entity >= 0) {
      *next = linking_.mentions[body].token_end;
      return {linking_.mentions[body].entity};
    }
  }
  if (IsPossessivePronoun(Lower(k))) {
    if (const int person = PossessiveApposition(k + 1); person >= 0) {
      *next = linking_.mentions[person].token_end;
      return {linking_.mentions[person].entity};
    }
    // ("in full solidarity with its ally Estonia": the name a relation's
    // noun stands before, ally_noun cues.)
    if (k + 2 < seg_.tokens.size() && lexicon_.HasCue(Lower(k + 1), "ally_noun")) {
      const int named = linking_.MentionAt(k + 2);
      if (named >= 0 && linking_.mentions[named].token_begin == k + 2 && linking_.mentions[named].entity >= 0 &&
          linking_.mentions[named].type != "NORP") {
        *next = linking_.mentions[named].token_end;
        return {linking_.mentions[named].entity};
      }
    }
  }
  *next = k + 1;
  return Referents(k);
}

int DocumentView::PossessiveApposition(uint32_t from) const {
  const text::Sentence& s = seg_.sentences[sentence_of_[from]];
  // The description: lower-case words, a name used as a modifier ("U.N.")
  // and a phrase of "for" or "to" ("deputy for logistics", "ambassador to
  // the U.N."), up to five words.
  bool noun = false;
  bool phrase = false;  // after "for" or "to"
  uint32_t j = from;
  while (j < s.token_end && j < from + 6 && Word(j) != ",") {
    const int m = linking_.MentionAt(j);
    if (m >= 0 && linking_.mentions[m].token_begin == j && (linking_.mentions[m].type == "ORG" || phrase) &&
        (!noun || phrase)) {
      j = linking_.mentions[m].token_end;
    } else if (phrase && Lower(j) == "the") {
      ++j;
    } else if (noun && Word(j) == "-" && j + 1 < s.token_end && HyphenJoined(j + 1)) {
      ++j;  // "secretary-general"
    } else if (StartsLower(j) && m < 0 && (Upos(j).empty() || Upos(j) == "NOUN" || Upos(j) == "ADJ" ||
                                             (noun && (Lower(j) == "for" || Lower(j) == "to")))) {
      phrase = phrase || (noun && (Lower(j) == "for" || Lower(j) == "to"));
      noun = noun || Upos(j).empty() || Upos(j) == "NOUN";
      ++j;
    } else {
      return -1;
    }
  }
  // ("Nordlink's chief executive, Jari Lehtonen": an office the tagger read
  // as adjectives is a noun too; its last one or two words name a title.)
  if (!noun && j > from) {
    const std::string last(Word(j - 1));
    noun = cues().FindCapitalisedTitle(last) != nullptr ||
           (j > from + 1 && cues().FindCapitalisedTitle(std::string(Word(j - 2)) + " " + last) != nullptr);
  }
  if (!noun || j + 1 >= s.token_end || Word(j) != ",") return -1;
  int person = linking_.MentionAt(j + 1);
  // ("…, Major General Oleg Kuzmin": the title stands outside the name.)
  if (person < 0) {
    for (uint32_t t = j + 2; t < s.token_end && t < j + 6 && person < 0; ++t) {
      const int m = linking_.MentionAt(t);
      if (m >= 0 && linking_.mentions[m].title_token > static_cast<int32_t>(j)) person = m;
      if (m < 0 && StartsLower(t)) break;
    }
  }
  // ("its director, Indian national Rakesh Varma")
  if (person >= 0 && linking_.mentions[person].type == "NORP") person = DescribedName(person);
  if (person < 0 || linking_.mentions[person].token_begin < j + 1 || linking_.mentions[person].type != "PERSON" ||
      linking_.mentions[person].entity < 0) {
    return -1;
  }
  return person;
}

int DocumentView::DescribedName(int m) const {
  const link::Mention& mention = linking_.mentions[m];
  uint32_t from = mention.token_end;  // the describing words start here
  // "Al Qaeda's Sahel affiliate Jama'at Nusrat al-Islam wal-Muslimin": a
  // possessive name, a region and a noun.
  const bool possessive = mention.type != "PERSON" && from < seg_.tokens.size() &&
                          base::IsPossessiveClitic(Word(from));
  if (possessive) ++from;
  // ("Myanmar citizens Win Naing and Soe Moe Aung": a state's name before a
  // citizen noun, singular or plural.)
  const bool citizens = mention.type == "GPE" && from < seg_.tokens.size() &&
                        lexicon_.HasCue(Lower(from), "citizen_noun");
  if ((mention.type != "NORP" && !possessive && !citizens) || mention.entity < 0) return -1;
  int after = m + 1;
  // ("French-Swiss dual national Pascal Ducret": a second demonym joined by
  // a hyphen.)
  while (mention.type == "NORP" && static_cast<size_t>(after) < linking_.mentions.size() &&
         from + 1 < seg_.tokens.size() && Word(from) == "-" && linking_.mentions[after].token_begin == from + 1 &&
         linking_.mentions[after].type == "NORP") {
    from = linking_.mentions[after].token_end;
    ++after;
  }
  // (A place between: "Sahel".)
  while (possessive && static_cast<size_t>(after) < linking_.mentions.size() &&
         linking_.mentions[after].token_begin == from && IsPlace(after)) {
    from = linking_.mentions[after].token_end;
    ++after;
  }
  if (static_cast<size_t>(after) >= linking_.mentions.size()) return -1;
  const link::Mention& named = linking_.mentions[after];
  // ("Tajik Interior Minister Sherali Kurbonzoda": the title of the person
  // right after the demonym.)
  if (mention.type == "NORP" && named.type == "PERSON" && named.entity >= 0 && named.title_token >= 0 &&
      static_cast<uint32_t>(named.title_token) == from) {
    return after;
  }
  const uint32_t gap = named.token_begin - from;
  // ("Sunni jihadist separatist militant group Jaysh al-Adl": describing
  // adjectives before the noun.)
  constexpr uint32_t kMaxDescribing = 4;
  if (named.entity < 0 || (named.type != "PERSON" && named.type != "ORG") || named.token_begin < from || gap < 1 ||
      gap > kMaxDescribing) {
    return -1;
  }
  // (At most two nouns: "defence ministry spokesman" is a title, "told
  // Russian reporters Putin" no description.)
  uint32_t nouns = 0;
  for (uint32_t t = from; t < named.token_begin; ++t) {
    // ("dual national": an adjective before the noun; "national", which the
    // tagger may call an adjective, is a citizen noun.)
    const bool adjective =
        Upos(t) == "ADJ" && (t + 1 < named.token_begin || lexicon_.HasCue(Lower(t), "citizen_noun"));
    if (!StartsLower(t) || (Upos(t) != "NOUN" && !adjective) || (Lemma(t) != Lower(t) && !citizens)) return -1;
    nouns += Upos(t) == "NOUN";
  }
  if (nouns > 2) return -1;
  if (citizens && named.type != "PERSON") return -1;
  return after;
}

std::vector<int> DocumentView::SubjectBefore(uint32_t trigger) const {
  uint32_t start = ClauseStart(trigger);
  uint32_t first = start;
  if (IsClauseBreak(start)) {
    std::vector<int> rel = linker_.cues().Has(link::CueKind::kRelative, Word(start))
                               ? linker_.Resolve(linking_, text_, seg_, start)
                               : std::vector<int>{};
    // "…, who travelled": the relative pronoun is the subject when a verb follows it
    // directly ("which North Korea denied" has its own subject).
    // (Nor "which he owns": a pronoun after it is the verb's subject.)
    bool own_subject = start + 1 < trigger && (linking_.MentionAt(start + 1) >= 0 ||
                                               linker_.cues().Has(link::CueKind::kPronoun, Lower(start + 1)));
    if (!rel.empty() && !own_subject) return rel;
    first = start + 1;
  }
  // ("If Pristina continues its campaign, Serbia will not stand aside": past
  // a subordinate clause opening the sentence, to the comma closing it.)
  uint32_t opener = first;
  while (opener < trigger && !base::HasLetter(Word(opener))) ++opener;
  if (const std::string& w = Lower(opener);
      opener < trigger && (w == "if" || w == "unless" || w == "when" || w == "while" || w == "although")) {
    for (uint32_t c = trigger; c > opener + 1; --c) {
      if (Word(c - 1) == ",") {
        first = c;
        break;
      }
    }
  }
  for (uint32_t k = first; k < trigger;) {
    // "According to Israeli intelligence, Iran …": sources are not subjects.
    uint32_t len = 0;
    const std::string* cue = CueAt(k, &len);
    if (cue != nullptr && (*cue == "attribution_right" || *cue == "attribution_by")) {
      while (k < trigger && Word(k) != ",") ++k;
      continue;
    }
    uint32_t next;
    std::vector<int> item = ItemAt(k, &next);
    // "In Tehran, the ministry …": places and objects of prepositions are not subjects.
    int m = linking_.MentionAt(k);
    bool place = m >= 0 && linking_.mentions[m].type == "LOC";
    bool governed = k > first && IsLocative(Lower(k - 1));
    // "near Tarlac City, Philippines": a place after a place and a comma
    // continues the first place's name.
    if (m >= 0 && k >= first + 2 && Word(k - 1) == "," && IsPlace(m)) {
      const int before = linking_.MentionAt(k - 2);
      governed = governed || (before >= 0 && IsPlace(before));
    }
    if (!item.empty() && !place && !governed) return item;
    k = next;
  }
  // "... objectives" and urges the countries to": a verb coordinated with the
  // clause before shares its subject.
  if (start > seg_.sentences[sentence_of_[trigger]].token_begin && OnlyConjunctions(first, trigger)) {
    return SubjectBefore(start);
  }
  return {};
}

bool DocumentView::OnlyConjunctions(uint32_t from, uint32_t to) const {
  bool conjunction = false;
  for (uint32_t k = from; k < to; ++k) {
    const std::string& w = Lower(k);
    if (w == "and" || w == "but") {
      conjunction = true;
    } else if (w != "also" && w != "then" && w != "later" && w != ",") {
      return false;
    }
  }
  return conjunction;
}

bool DocumentView::OpensDestination(uint32_t k) const {
  return k + 1 < seg_.tokens.size() && lexicon_.HasCue(Lower(k), "destination_word") &&
         (Lower(k + 1) == "for" || Lower(k + 1) == "to");
}

std::vector<int> DocumentView::ObjectAfter(uint32_t from, uint32_t window, bool venue_ends) const {
  if (from >= seg_.tokens.size()) return {};
  const text::Sentence& s = seg_.sentences[sentence_of_[from]];
  // ("Kigali denies" ending a headline: nothing after the trigger in its
  // sentence; the next sentence's names are none of its objects.)
  if (from > 0 && from == s.token_begin) return {};
  uint32_t limit = from + window;
  for (uint32_t k = from; k < s.token_end && k < limit;) {
    // "a Hong Kong-based company, Golden Crown Shipping Ltd,": a name in
    // apposition to a common noun is the object.
    // ("accused the executive, Swiss national X": also after a noun the
    // tagger took for an adjective.)
    if (Word(k) == "," && k > from && NounLike(k - 1) && Apposition(k + 1)) {
      ++k;
      continue;
    }
    // ("said Colonel (ret.) Ousmane Traoré": a retired officer's rank.)
    if (Word(k) == "(" && k + 2 < s.token_end && Word(k + 2) == ")" &&
        (Lower(k + 1) == "ret." || Lower(k + 1) == "ret" || Lower(k + 1) == "retd." || Lower(k + 1) == "retd" ||
         Lower(k + 1) == "retired")) {
      k += 3;
      limit += 3;
      continue;
    }
    if (IsClauseBreak(k) || Word(k) == "," || Word(k) == "(") break;
    // ("arrests three suspected of spying on Rheinmetall plant": a
    // participle's phrase describes the object; what it names is not it.)
    if (k > from && k + 1 < s.token_end && StartsLower(k) && Upos(k) == "VERB" && !HyphenJoined(k) &&
        (Lower(k).ends_with("ed") || lexicon_.LooksLikeParticiple(Lower(k))) &&
        Lower(k + 1) == "of") {
      break;
    }
    if (venue_ends && (Lower(k) == "in" || Lower(k) == "on" || Lower(k) == "about" || Lower(k) == "over")) break;
    // ("held four hours of talks hosted by the United Arab Emirates": the
    // host or the mediator is no side of the talks.)
    if (venue_ends && lexicon_.HasCue(Lower(k), "host_participle")) break;
    // ("seized a cargo bound for eastern Libya": where it was going.)
    if (OpensDestination(k)) break;
    // "its", "his", "her" before a noun are bound to the clause subject,
    // unless the noun names someone ("his Iranian counterpart Ebrahim Raisi").
    if (Lower(k) == "its" || Lower(k) == "his" || Lower(k) == "her") {
      // ("in full solidarity with its ally Estonia".)
      if (uint32_t next = k; k + 2 < s.token_end && lexicon_.HasCue(Lower(k + 1), "ally_noun")) {
        if (std::vector<int> named = ItemAt(k, &next); !named.empty()) return named;
      }
      for (uint32_t j = k + 1; j < s.token_end && j < k + 5; ++j) {
        // (Not "her past contacts with Jeffrey Epstein": a name after a
        // preposition is another's.)
        // ("his Vietnamese counterpart, Nguyen Thanh Hai,": the person in
        // apposition to the noun.)
        if (Word(j) == "," && j > k + 1 && j + 1 < s.token_end && Upos(j - 1) == "NOUN") {
          const int m = linking_.MentionAt(j + 1);
          if (m >= 0 && linking_.mentions[m].token_begin == j + 1 && linking_.mentions[m].type == "PERSON" &&
              linking_.mentions[m].entity >= 0) {
            return {linking_.mentions[m].entity};
          }
        }
        // ("closed its land border with Rwanda", "recalled its ambassador
        // from Algiers": the state the noun is shared with or sent to.)
        if ((lower_[j] == "with" || lower_[j] == "from") && j > k + 1 && j + 1 < s.token_end) {
          const int m = linking_.MentionAt(j + 1);
          const int state = m >= 0 && linking_.mentions[m].token_begin == j + 1 && IsPlace(m) &&
                                    linking_.mentions[m].entity >= 0
                                ? StateOf(linking_.mentions[m].entity)
                                : -1;
          if (state >= 0) return {state};
        }
        if (Word(j) == "," || IsClauseBreak(j) || Upos(j) == "ADP") break;
        const int m = linking_.MentionAt(j);
        if (m >= 0 && linking_.mentions[m].type == "PERSON" && linking_.mentions[m].entity >= 0) {
          return {linking_.mentions[m].entity};
        }
      }
      return SubjectBefore(k);
    }
    uint32_t next;
    std::vector<int> item = ItemAt(k, &next);
    if (!item.empty()) return item;
    k = next;
  }
  return {};
}

bool DocumentView::SaysOrClaims(uint32_t k) const {
  if (k >= seg_.tokens.size()) return false;  // (after a name that ends the text)
  const std::string& w = Lower(k);
  if (!lexicon_.HasCue(w, "speech_verb") && !lexicon_.HasCue(w, "claim_verb")) return false;
  // ("that the United States rejected": the name's last word is no verb.)
  return linking_.MentionAt(k) < 0 && (Upos(k).empty() || Upos(k) == "VERB");
}

int32_t DocumentView::RelativeClauseSpeaker(uint32_t verb) const {
  const text::Sentence& s = Sentence(SentenceOf(verb));
  if (verb < s.token_begin + 2 || !SaysOrClaims(verb)) return -1;
  uint32_t first = verb - 1;
  if (const int m = linking_.MentionAt(first); m >= 0) {
    first = linking_.mentions[m].token_begin;
    if (first > s.token_begin && Lower(first - 1) == "the") --first;
  } else if (cues().Find(link::CueKind::kPronoun, Word(first)) == nullptr) {
    return -1;
  }
  if (first <= s.token_begin) return -1;
  const std::string& relative = Lower(first - 1);
  return relative == "that" || relative == "which" || relative == "who" ? static_cast<int32_t>(first) : -1;
}

int32_t DocumentView::UndergoVerbBefore(uint32_t k) const {
  const uint32_t begin = Sentence(SentenceOf(k)).token_begin;
  for (uint32_t j = k; j > begin && k - j < 3;) {
    --j;
    if (lexicon().HasCue(Lower(j), "undergo_verb")) return static_cast<int32_t>(j);
    const std::string_view tag = Upos(j);
    if (!StartsLower(j) || (tag != "ADJ" && tag != "NOUN" && tag != "DET" && tag != "NUM")) break;
  }
  return -1;
}

int DocumentView::DelegateStateBefore(uint32_t k) const {
  // Sentences back from k's own the delegate may be told in.
  constexpr uint32_t kSentencesBack = 2;
  const uint32_t s = SentenceOf(k);
  const uint32_t from = Sentence(s >= kSentencesBack ? s - kSentencesBack : 0).token_begin;
  const auto state_at = [&](uint32_t t) {
    const int m = linking_.MentionAt(t);
    if (m < 0 || linking_.mentions[m].entity < 0) return -1;
    const int e = linking_.mentions[m].entity;
    return linking_.entities[e].type == "Country" ? e : -1;
  };
  for (uint32_t j = k; j > from;) {
    --j;
    const int m = linking_.MentionAt(j);
    if (m >= 0 && linking_.mentions[m].type == "PERSON") return -1;
    const std::string& w = lower_[j];
    const bool delegate = w == "representative" || w == "delegate" || lexicon_.HasCue(w, "envoy_noun");
    if (!delegate || !StartsLower(j)) continue;
    // "the representative of the United States".
    if (j + 2 < seg_.tokens.size() && lower_[j + 1] == "of") {
      const uint32_t at = lower_[j + 2] == "the" && j + 3 < seg_.tokens.size() ? j + 3 : j + 2;
      if (const int state = state_at(at); state >= 0) return state;
    }
    // "China's representative", "the Chinese delegate".
    uint32_t b = j;
    if (b > from && Upos(b - 1) == "ADJ" && StartsLower(b - 1)) --b;
    if (b > from && base::IsPossessiveClitic(lower_[b - 1]) && b - 1 > from) {
      if (const int state = state_at(b - 2); state >= 0) return state;
    }
    if (b > from) {
      if (const int state = state_at(b - 1); state >= 0) return state;
    }
  }
  return -1;
}

}  // namespace dossier::extract
