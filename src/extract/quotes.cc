#include <algorithm>
#include <string>

#include "base/strings.h"
#include "base/utf8.h"
#include "extract/context.h"
#include "extract/parse_arguments.h"
#include "link/family_name.h"

namespace dossier::extract {
namespace {

bool IsOpenQuote(std::string_view w) { return w == "\xE2\x80\x9C" || w == "\"" || w == "\xC2\xAB"; }
bool IsCloseQuote(std::string_view w) { return w == "\xE2\x80\x9D" || w == "\"" || w == "\xC2\xBB"; }

bool IsSpeechVerb(const DocumentView& v, uint32_t k) {
  const std::string* c = v.lexicon().Cue(v.Lower(k));
  return c != nullptr && *c == "speech_verb";
}

int PersonBeforeQuote(const DocumentView& v, uint32_t open, std::string_view pronoun);

// "X said: “": the speaker before the opening quote at `open`.
int SpeakerBefore(const DocumentView& v, uint32_t open) {
  uint32_t sentence = v.SentenceOf(open);
  uint32_t j = open;
  // ('Sanctions Minister Rachel Ashdown said:' in a paragraph of its own,
  // the quote opening the next: the colon ends the sentence before.)
  if (sentence > 0 && open == v.Sentence(sentence).token_begin &&
      v.Word(v.Sentence(sentence - 1).token_end - 1) == ":") {
    --sentence;
    j = v.Sentence(sentence).token_end;
  }
  const text::Sentence& s = v.Sentence(sentence);
  const uint32_t mark = j;
  while (j > s.token_begin && (v.Word(j - 1) == ":" || v.Word(j - 1) == ",")) --j;
  // "Putin told state media: “…”": the verb's object may stand before the colon.
  uint32_t verb = j;
  const bool colon = j < mark && v.Word(j) == ":";
  for (uint32_t k = j; k > s.token_begin && j - k < (colon ? 4u : 1u);) {
    --k;
    if (v.Word(k) == "," || v.Word(k) == "." || v.IsClauseBreak(k)) break;
    if (IsSpeechVerb(v, k)) {
      verb = k;
      break;
    }
  }
  if (verb == j) return -1;
  // "He said:" names the speaker right before the verb; else the verb's subject.
  // ("Rosario Murillo, who is also Ortega's wife, … she said:": the person a
  // gendered pronoun stands for, by her title or description.)
  if (verb > s.token_begin && (v.Lower(verb - 1) == "she" || v.Lower(verb - 1) == "he")) {
    if (const int person = PersonBeforeQuote(v, open, v.Lower(verb - 1)); person >= 0) return person;
  }
  std::vector<int> r = verb > s.token_begin ? v.Referents(verb - 1) : std::vector<int>{};
  if (r.empty()) r = v.SubjectBefore(verb);
  return r.empty() ? -1 : r.front();
}

// Whether the person of mention `m`, opening its sentence, is described by a
// relative clause that holds token `inside` and then says or claims
// something ("Reuter, who met X, said").
bool SaysAfterRelative(const DocumentView& v, const link::Mention& m, uint32_t inside) {
  const text::Sentence& s = v.Sentence(m.sentence);
  if (m.token_begin != s.token_begin) return false;
  // (The first verb after a comma that closes the clause is the main one:
  // "Ducret, who left Lacustra in 2020, denies the charges, his lawyer,
  // Claire Maillard, told Reuters" is not Ducret telling.)
  for (uint32_t k = m.token_end + 1; k < s.token_end; ++k) {
    const int opener = v.Upos(k) == "VERB" ? v.OpenerBeforeRelative(k) : -1;
    if (opener >= 0 && &v.linking().mentions[opener] == &m) return inside < k && v.SaysOrClaims(k);
  }
  return false;
}

// Whether a verb of saying follows the mention `m`, or the comma after it
// (", his lawyer, Claire Maillard, told Reuters").
bool Speaks(const DocumentView& v, const link::Mention& m) {
  const uint32_t end = m.token_end;
  return v.SaysOrClaims(end) || (end < v.seg().tokens.size() && v.Word(end) == "," && v.SaysOrClaims(end + 1));
}

// Whether the mention `m` is the subject of its sentence's main verb ("Putin
// thanked Kim and the North Korean people …": the one who acts, not the one
// thanked; unless that one speaks: "Ducret … denies the charges, his lawyer,
// Claire Maillard, told Reuters").
bool MainSubject(const DocumentView& v, const link::Mention& m) {
  for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
    if (!v.Parsed(t) || v.Dep(t) != "nsubj" || v.Head(t) < 0) continue;
    const uint32_t verb = static_cast<uint32_t>(v.Head(t));
    return v.Upos(verb) == "VERB" && v.Head(verb) < 0;
  }
  return false;
}

// Whether the mention `m` is the subject of its sentence's main verb and
// that verb is one of saying ("Uhuru Kenyatta, who is leading …, said he
// would travel").
bool SpeakingSubject(const DocumentView& v, const link::Mention& m) {
  for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
    if (!v.Parsed(t) || v.Head(t) < 0) continue;
    uint32_t subject = t;
    // ("Kenya's former president Uhuru Kenyatta": the name in apposition to
    // the title that is the subject.)
    if (v.Dep(t) == "appos") subject = static_cast<uint32_t>(v.Head(t));
    if (v.Dep(subject) != "nsubj" || v.Head(subject) < 0) continue;
    const uint32_t verb = static_cast<uint32_t>(v.Head(subject));
    return v.Head(verb) < 0 && v.SaysOrClaims(verb);
  }
  return Speaks(v, m);
}

// The person a "he" or "she" after the quote opened at `open` stands for:
// the last one named before the quote (names inside it are quoted, not
// speaking), within three sentences.
// ("she": "Park Min-ji, the eldest daughter of opposition leader Park
// Sung-ho, …" names her; a woman's word (female_word cues) in her title or
// within the five words after her name, "he" a man's; else the last one
// named, or who spoke of that one in the sentence.)
int PersonBeforeQuote(const DocumentView& v, uint32_t open, std::string_view pronoun = {}) {
  const auto& mentions = v.linking().mentions;
  const uint32_t sentence = v.SentenceOf(open);
  const std::string lower = base::AsciiLower(pronoun);
  const char* gender = lower == "she" ? "female_word" : lower == "he" ? "male_word" : nullptr;
  const auto described = [&](const link::Mention& m, const char* cue) {
    if (cue == nullptr) return false;
    const std::string title = base::AsciiLower(m.title);  // (Split's views point into it)
    for (const std::string_view w : base::Split(title, ' ')) {
      if (v.lexicon().HasCue(w, cue)) return true;
    }
    const text::Sentence& s = v.Sentence(m.sentence);
    if (m.token_end >= s.token_end || v.Word(m.token_end) != ",") return false;
    // ("Rosario Murillo, who is also Ortega's wife": past another's
    // possessive.)
    for (uint32_t k = m.token_end + 1; k < s.token_end && k < m.token_end + 8; ++k) {
      if (const int other = v.linking().MentionAt(k); other >= 0) {
        const uint32_t after = v.linking().mentions[other].token_end;
        if (after >= s.token_end || !base::IsPossessiveClitic(v.Lower(after))) break;
        k = after;
        continue;
      }
      if (v.Word(k) == ",") break;
      if (v.lexicon().HasCue(v.Lower(k), cue)) return true;
    }
    return false;
  };
  // Mentions are in text order: start at the last one that begins before the quote.
  const auto first_after = std::lower_bound(mentions.begin(), mentions.end(), open,
                                            [](const link::Mention& m, uint32_t t) { return m.token_begin < t; });
  int last = -1;
  const link::Mention* last_mention = nullptr;
  const char* other = gender == nullptr                               ? nullptr
                      : gender == std::string_view("female_word") ? "male_word"
                                                                  : "female_word";
  for (size_t i = static_cast<size_t>(first_after - mentions.begin()); i-- > 0;) {
    const link::Mention& m = mentions[i];
    if (m.token_end > open || m.entity < 0) continue;
    if (sentence - m.sentence > 3) break;
    if (m.type != "PERSON") continue;
    if (gender == nullptr) return m.entity;
    // ("Former president Uhuru Kenyatta said he would travel … “…,” he said":
    // no one of the pronoun's gender further back outweighs the last named
    // when he is the one speaking in his sentence.)
    if (last_mention != nullptr && m.sentence < last_mention->sentence && SpeakingSubject(v, *last_mention)) {
      return last;
    }
    // The first of the pronoun's gender; else the last named, unless that
    // one is of the other.
    if (described(m, gender)) return m.entity;
    if (last < 0 && !described(m, other)) {
      last = m.entity;
      last_mention = &m;
    }
    // ("Prosecutor Elena Cojocaru said the group … and that Croitoru … “…,”
    // she told reporters": the one who spoke rather than one named in what
    // she said.)
    // ("Reuter, who met Ukrainian Defence Minister Olena Kravets, said …": or
    // the one a relative clause describes before his verb of saying.)
    if (last_mention != nullptr && &m != last_mention && m.sentence == last_mention->sentence &&
        m.token_end < last_mention->token_begin && !described(m, other) &&
        (v.SaysOrClaims(m.token_end) || SaysAfterRelative(v, m, last_mention->token_begin) ||
         (MainSubject(v, m) && !Speaks(v, *last_mention)))) {
      return m.entity;
    }
  }
  return last;
}

// "”, X said" / "” said X": the speaker after the closing quote at `close`.
// The person last named before token `open` with a title that has the word
// `noun` ("the ambassador" after "Japanese Ambassador Saida Shinichi",
// "the judge" after "Judge X"); -1.
int TitledPersonBefore(const DocumentView& v, uint32_t open, const std::string& noun) {
  const auto& mentions = v.linking().mentions;
  for (size_t i = mentions.size(); i-- > 0;) {
    const link::Mention& m = mentions[i];
    if (m.token_begin >= open || m.type != "PERSON" || m.entity < 0 || m.title.empty()) continue;
    const std::string title = base::AsciiLower(m.title);
    for (const std::string_view w : base::Split(title, ' ')) {
      // ("Justice Enock Chacha Mwita … the judge wrote".)
      if (w == noun || (noun == "judge" && w == "justice")) return m.entity;
    }
  }
  return -1;
}

// "a spokesperson said" at token j ("a department spokesman said": a
// lower-case noun may stand before the office); the verb's token, or 0.
uint32_t UnnamedVoiceAt(const DocumentView& v, uint32_t j) {
  if (j + 2 >= v.seg().tokens.size() || (v.Lower(j) != "a" && v.Lower(j) != "an")) return 0;
  uint32_t office = j + 1;
  if (office + 2 < v.seg().tokens.size() && v.StartsLower(office) && v.linking().MentionAt(office) < 0 &&
      !v.lexicon().HasCue(v.Lower(office), "voice_office")) {
    ++office;
  }
  const bool voice = v.lexicon().HasCue(v.Lower(office), "voice_office") && IsSpeechVerb(v, office + 1);
  return voice ? office + 1 : 0;
}

// The body or state the main verb of the sentence before the one at `open`
// has as its subject ("a spokesperson said", "it said"), or -1.
int VoicedBodyBefore(const DocumentView& v, uint32_t open) {
  // (The sentence of the quote's first word: the segmenter may leave the
  // opening mark at the end of the sentence before.)
  const uint32_t s = v.SentenceOf(open + 1 < v.seg().tokens.size() ? open + 1 : open);
  if (s == 0) return -1;
  const text::Sentence& before = v.Sentence(s - 1);
  for (uint32_t t = before.token_begin; t < before.token_end; ++t) {
    if (v.Head(t) >= 0 || v.Upos(t) != "VERB") continue;
    for (int e : SubjectEntities(v, t)) {
      if (v.linking().entities[e].type != "Person" && v.linking().entities[e].type != "Location") return e;
    }
  }
  return -1;
}

// SpeakerAfter's answer for a speaker the words after the quote name but
// no entity resolves ("”, the judge told Earl").
constexpr int kUnresolvedSpeaker = -2;

int SpeakerAfter(const DocumentView& v, uint32_t open, uint32_t close) {
  const auto& toks = v.seg().tokens;
  uint32_t j = close + 1;
  if (j < toks.size() && v.Word(j) == ",") ++j;
  // ("“…,” which police say is run by X": a relative clause on the quote's
  // last words, not its speaker.)
  if (j < toks.size() && v.cues().Has(link::CueKind::kRelative, v.Lower(j))) return -1;
  // ("”, the agency's director, Lee Sang-min, told lawmakers": a title and an
  // apposition may stand before the verb.)
  // ("”, Under Secretary of the Treasury for Terrorism and Financial
  // Intelligence John K. Hurley said": a long title of capitalised words and
  // connectors goes on past that.)
  // ("”, Adilet Mamatov, the head of Kyrgyzstan's border service, told
  // reporters": a name and its description take up to 14 words.)
  bool title_run = true;
  // ("”, Gen. Mehdi Sarvari, commander of the Revolutionary Guards navy in
  // the region, was quoted as saying": a person named first may take a
  // longer description.)
  const auto person_at = [&](uint32_t t) {
    const int m = t < toks.size() ? v.linking().MentionAt(t) : -1;
    return m >= 0 && v.linking().mentions[m].type == "PERSON" && v.linking().mentions[m].token_begin == t;
  };
  const bool person_first = person_at(j) || (j + 1 < toks.size() && !v.StartsLower(j) && person_at(j + 1));
  bool described_person = false;  // past the comma after the person named first
  for (uint32_t k = j; k < toks.size() && (k < j + 14 || ((title_run || person_first) && k < j + 20)); ++k) {
    // A quote that ends its sentence ("… third country.” Pezeshkian said")
    // has no speaker after it.
    if (v.SentenceOf(k) != v.SentenceOf(close)) return -1;
    // "“…” and said Tokyo had protested": the verb is coordinated with one
    // before the quote, whose subject speaks ("Terrorism and Financial
    // Intelligence" inside a title is no such "and").
    // (Nor is one inside the description set off after a person named
    // first: "”, Michael Faulkner, Treasury's acting under secretary for
    // terrorism and financial intelligence, said".)
    const bool inside_name = k > j && !v.StartsLower(k - 1) && k + 1 < toks.size() && !v.StartsLower(k + 1);
    if ((v.Lower(k) == "and" && !inside_name && !described_person) || v.Lower(k) == "but") return -1;
    if (person_first && k > j && v.Word(k) == ",") described_person = true;
    // ('dismissed the accusations as "absurd and unfounded," saying Moscow
    // had': a participle after the quote goes on with the sentence's
    // subject; the name after it is no speaker.)
    if (k == j && v.Lower(k).ends_with("ing") && IsSpeechVerb(v, k)) return -1;
    if (IsSpeechVerb(v, k)) {
      // "U.S. Attorney Breon Peace said": a person named before the verb
      // rather than the state or body that qualifies him.
      int first = -1;
      for (uint32_t a = j; a < k;) {
        const std::string* pronoun = v.cues().Find(link::CueKind::kPronoun, v.Word(a));
        if (pronoun != nullptr && *pronoun == "PERSON") return PersonBeforeQuote(v, open, v.Word(a));
        // ('Kyrgyzstan's border service said Tajik forces had fired … "…," it
        // said in a statement': "it" or "they" right before the verb is the
        // body the sentence before has acting.)
        if (a == j && k == j + 1 && (v.Lower(a) == "it" || v.Lower(a) == "they")) {
          if (const int body = VoicedBodyBefore(v, open); body >= 0) return body;
        }
        uint32_t next = a + 1;
        const std::vector<int> r = v.ItemAt(a, &next);
        for (int e : r) {
          if (v.linking().entities[e].type == "Person") return e;
          if (first < 0) first = e;
        }
        a = std::max(next, a + 1);
      }
      if (first >= 0) return first;
      // ('…," the ambassador said', '…," the judge said', '…," the Deputy
      // Minister stressed': the last person named before the quote with that
      // title.)
      const bool one_word = k == j + 2 && v.StartsLower(j + 1);
      const bool capitalised = (k == j + 2 || k == j + 3) && !v.StartsLower(k - 1) &&
                               v.linking().MentionAt(k - 1) < 0 && v.linking().MentionAt(j + 1) < 0;
      if (v.Lower(j) == "the" && (one_word || capitalised)) {
        if (const int titled = TitledPersonBefore(v, open, v.Lower(k - 1)); titled >= 0) return titled;
      }
      // ('…," the statement said': whose statement the sentences before
      // tell of.)
      if (v.Lower(j) == "the" && k == j + 2 && v.Lower(j + 1) == "statement") {
        if (const int issuer = v.StatementIssuerBefore(j); issuer >= 0) return issuer;
      }
      // ("Britain's Foreign Office welcomed the ruling. “…,” a spokesperson
      // said": an unnamed voice speaks for the body or state the sentence
      // before has acting.)
      if (UnnamedVoiceAt(v, j) == k) return VoicedBodyBefore(v, open);
      // The rest reads a speaker named after the verb, which then follows
      // the quote right away ("”, said X"). With words between, a person
      // named after the verb is whom it was told to ("”, the judge told
      // Earl"), and the words are not those of the last one quoted ("”, the
      // diplomat said" may go on with them).
      if (k > j) {
        const int told = k + 1 < toks.size() ? v.linking().MentionAt(k + 1) : -1;
        return told >= 0 && v.linking().mentions[told].type == "PERSON" ? kUnresolvedSpeaker : -1;
      }
      const text::Sentence& s = v.Sentence(v.SentenceOf(k));
      // "”, said his wife, Mariela Rojas.": the person a description after
      // the verb stands in apposition to.
      // ("”, said Arkhipov's lawyer, Jonathan Reid KC.": or a name's
      // possessive.)
      uint32_t described = 0;  // the first word of the description
      // (Nothing after a verb of saying that ends the text.)
      const bool more = k + 1 < s.token_end;
      // ("”, said Ms Grebneva's lawyer, Pierre Dufour.": past a form of
      // address, a title that implies no office.)
      const uint32_t named = more && v.cues().IsFormOfAddress(v.Word(k + 1)) && k + 2 < s.token_end ? k + 2 : k + 1;
      if (more && DocumentView::IsPossessivePronoun(v.Lower(k + 1))) {
        described = k + 2;
      } else if (const int owner = more ? v.linking().MentionAt(named) : -1;
                 owner >= 0 && v.linking().mentions[owner].token_begin <= named &&
                 v.linking().mentions[owner].token_end + 1 < s.token_end &&
                 base::IsPossessiveClitic(v.Word(v.linking().mentions[owner].token_end))) {
        described = v.linking().mentions[owner].token_end + 1;
      }
      if (described > 0) {
        for (uint32_t a = described; a + 1 < s.token_end && a < described + 4; ++a) {
          if (v.Word(a) != ",") continue;
          // ("”, said Irini's commander, Rear Admiral Valentino Rinaldi": past
          // the capitalised words of a rank.)
          for (uint32_t b = a + 1; b < s.token_end && b < a + 5; ++b) {
            const int m = v.linking().MentionAt(b);
            if (m >= 0 && v.linking().mentions[m].type == "PERSON" && v.linking().mentions[m].entity >= 0) {
              return v.linking().mentions[m].entity;
            }
            if (m >= 0 || v.StartsLower(b) || v.Word(b) == ",") break;
          }
          break;
        }
      }
      // "”, said Under Secretary of the Treasury for Terrorism and Financial
      // Intelligence Brian E. Nelson.": the person a long title ends in.
      // ("”, said the High Representative for Foreign Affairs and Security
      // Policy, Ilse Vanterpool.": or the person in apposition to "the" and
      // a capitalised office.)
      const bool office = k + 2 < s.token_end && v.Lower(k + 1) == "the" && !v.StartsLower(k + 2);
      for (uint32_t a = k + 1; a < s.token_end && a < k + 16; ++a) {
        if (office && v.Word(a) == "," && a + 1 < s.token_end && k + 2 < a) {
          const int m = v.linking().MentionAt(a + 1);
          if (m >= 0 && v.linking().mentions[m].token_begin == a + 1 && v.linking().mentions[m].type == "PERSON" &&
              v.linking().mentions[m].entity >= 0) {
            return v.linking().mentions[m].entity;
          }
        }
        if (v.Word(a) == "," || v.Word(a) == ";") break;
        const int m = v.linking().MentionAt(a);
        if (m >= 0 && v.linking().mentions[m].type == "PERSON" && v.linking().mentions[m].entity >= 0) {
          return v.linking().mentions[m].entity;
        }
      }
      std::vector<int> r = v.ObjectAfter(k + 1, 4);
      return r.empty() ? -1 : r.front();
    }
    const std::string& w = v.Lower(k);
    if (v.StartsLower(k) && w != "of" && w != "for" && w != "and" && w != "the") title_run = false;
  }
  return -1;
}

// ("A spokesman for India's External Affairs Ministry, Rohan Mathur, said",
// "A ministry spokesman, identified by the news agency as Ri Kwang Su,
// called"): the person set off by commas right before the verb at `verb`,
// or named "as" him, wherever the parser hung him; -1.
int ApposedPersonBefore(const DocumentView& v, uint32_t verb) {
  if (verb < 2 || v.Word(verb - 1) != ",") return -1;
  const int m = v.linking().MentionAt(verb - 2);
  const link::Mention* named = m >= 0 ? &v.linking().mentions[m] : nullptr;
  if (named == nullptr || named->type != "PERSON" || named->entity < 0 || named->token_end != verb - 1) return -1;
  // (Where the name starts, its title first: ", Major General Aung Kyaw Lin,".)
  const uint32_t first = named->title_token >= 0 ? static_cast<uint32_t>(named->title_token) : named->token_begin;
  if (first < 2) return -1;
  const uint32_t before = first - 1;
  if (v.Word(before) == ",") return named->entity;
  // ("identified only as", "named by officials as")
  if (v.Lower(before) != "as") return -1;
  for (uint32_t k = before; k-- > 0 && before - k < 12;) {
    if (v.Word(k) == ",") return -1;
    if (v.Lower(k) == "identified" || v.Lower(k) == "named") return k > 0 && v.Word(k - 1) == "," ? named->entity : -1;
  }
  return -1;
}

// "accused Warsaw of “hysteria”": a verb of accusing shortly before the
// quote opened at `open`, in its clause, whose object the quote's "of" follows.
bool AccusedBefore(const DocumentView& v, uint32_t open) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(open));
  for (uint32_t k = open; k > s.token_begin && open - k < 8;) {
    --k;
    if (v.Word(k) == "," || v.IsClauseBreak(k)) return false;
    if (v.Lemma(k) == "accuse") return true;
  }
  return false;
}

// "Grossi called the development “a matter of serious concern”": the subject
// of a naming verb shortly before the opening quote at `open`.
int NamingSpeaker(const DocumentView& v, uint32_t open) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(open));
  for (uint32_t k = open; k > s.token_begin && open - k < 8;) {
    --k;
    if (v.Word(k) == "," || v.IsClauseBreak(k)) return -1;
    if (!v.lexicon().HasCue(v.Lower(k), "naming_verb")) continue;
    if (const int named = ApposedPersonBefore(v, k); named >= 0) return named;
    // ("A spokesman …, Major General Aung Kyaw Lin, said … and dismissed the
    // findings as “…”": the one who said it, named before the verb joined.)
    if (k > s.token_begin + 1 && v.Lower(k - 1) == "and") {
      for (uint32_t j = k - 1; j > s.token_begin;) {
        --j;
        if (!IsSpeechVerb(v, j)) continue;
        if (const int named = ApposedPersonBefore(v, j); named >= 0) return named;
        break;
      }
    }
    // ("The Russian embassy in Berlin rejected …": not where the subject is.)
    const int m = k > s.token_begin ? v.linking().MentionAt(k - 1) : -1;
    const uint32_t name = m >= 0 ? v.linking().mentions[m].token_begin : k;
    const bool where = m >= 0 && v.IsPlace(m) && name > s.token_begin &&
                       (v.Lower(name - 1) == "in" || v.Lower(name - 1) == "at");
    std::vector<int> r = k > s.token_begin && !where ? v.Referents(k - 1) : std::vector<int>{};
    if (r.empty()) r = v.SubjectBefore(k);
    return r.empty() ? -1 : r.front();
  }
  return -1;
}

// Whether the word at k, or its lemma, is a verb of saying, claiming, naming,
// denying or appealing: its subject speaks what its clause holds.
bool IsReportingVerb(const DocumentView& v, uint32_t k) {
  if (v.Upos(k) != "VERB") return false;
  for (std::string_view w : {std::string_view(v.Lower(k)), v.Lemma(k)}) {
    for (std::string_view category : {"speech_verb", "claim_verb", "naming_verb", "denial_verb", "appeal_verb"}) {
      if (v.lexicon().HasCue(w, category)) return true;
    }
  }
  return false;
}

// Whether a clause or an object in relation `dep` carries a quote up to the
// word it hangs from ("continue its operations “until the aggression
// stops”"); a nominal modifier or a relative clause does not
// ("terminating relations with these entities “with immediate effect”").
bool CarriesQuote(std::string_view dep) {
  return dep == "ccomp" || dep == "xcomp" || dep == "advcl" || dep == "conj" || dep == "parataxis" ||
         dep == "obj" || dep == "obl";
}

// "Pakistan's Foreign Office spokesperson Ayesha Qureshi said": the titled
// person whose name ends right before the verb at `verb` (not the body his
// title names, which the parse may make the subject); -1.
int TitledPersonRightBefore(const DocumentView& v, uint32_t verb) {
  const int m = verb > 0 ? v.linking().MentionAt(verb - 1) : -1;
  if (m < 0) return -1;
  const link::Mention& p = v.linking().mentions[m];
  return p.type == "PERSON" && p.title_token >= 0 && p.token_end == verb ? p.entity : -1;
}

int ReportedSpeakerOfVerb(const DocumentView& v, uint32_t verb);

// "Grossi told reporters that the agency had “lost continuity of knowledge”",
// "Baghaei rejected the findings, saying the report was “politically
// motivated”": a quote inside a clause that a reporting verb governs is the
// verb subject's words (the subject of the verb a participle hangs from when
// the participle has none). Read from the parse: from the quote's head word
// up through clauses and objects, at most six steps, to a reporting verb.
int ReportedSpeaker(const DocumentView& v, uint32_t open, uint32_t close) {
  int32_t x = -1;
  for (uint32_t t = open + 1; t < close && x < 0; ++t) {
    const int32_t head = v.Head(t);
    const bool outside = head >= 0 && (static_cast<uint32_t>(head) <= open || static_cast<uint32_t>(head) >= close);
    if (outside && v.Dep(t) != "punct") x = static_cast<int32_t>(t);
  }
  for (int depth = 0; x >= 0 && depth < 6; ++depth) {
    const std::string_view dep = v.Dep(static_cast<uint32_t>(x));
    const int32_t head = v.Head(static_cast<uint32_t>(x));
    if (head < 0 || DocumentView::IsRelativeClause(dep)) return -1;
    const uint32_t verb = static_cast<uint32_t>(head);
    // ("saying the report was “based on …”": a clause the parser hung on the
    // object of a reporting verb is what that verb reports; so is what it
    // accuses the object of: "accusing Yerevan of “a deliberate
    // provocation …”".)
    const bool on_reported_object = (dep == "acl" || dep == "nmod") && v.Dep(verb) == "obj" && v.Head(verb) >= 0 &&
                                    IsReportingVerb(v, static_cast<uint32_t>(v.Head(verb)));
    if (!IsReportingVerb(v, verb)) {
      if (!CarriesQuote(dep) && !on_reported_object) return -1;
      x = head;
      continue;
    }
    // ("Dumlao said investigators were looking into whether Wang had links
    // …, adding that “…”": a participle of saying adds to the verb of saying
    // above it, wherever the parser hung it.)
    // (Not one with a subject of its own: "with Foreign Minister Jeppe Kofod
    // accusing the junta of playing “…”".)
    const bool own_subject = TitledPersonRightBefore(v, verb) >= 0 ||
                             std::any_of(v.Children(verb).begin(), v.Children(verb).end(),
                                         [&](uint32_t c) { return v.Dep(c) == "nsubj"; });
    if (v.Lower(verb).ends_with("ing") && v.Dep(verb) == "advcl" && !own_subject) {
      for (int32_t up = v.Head(verb), step = 0; up >= 0 && step < 4; up = v.Head(static_cast<uint32_t>(up)), ++step) {
        if (IsReportingVerb(v, static_cast<uint32_t>(up))) return ReportedSpeakerOfVerb(v, static_cast<uint32_t>(up));
      }
    }
    return ReportedSpeakerOfVerb(v, verb);
  }
  return -1;
}

// The speaker of the reporting verb at `verb` (ReportedSpeaker); -1.
int ReportedSpeakerOfVerb(const DocumentView& v, uint32_t verb) {
  // "Houthi military spokesman Yahya Saree said": the person the subject
  // names, not the body that qualifies him.
  if (const int titled = TitledPersonRightBefore(v, verb); titled >= 0) return titled;
  for (uint32_t c : v.Children(verb)) {
    if (v.Dep(c) != "nsubj") continue;
    for (int e : v.Referents(c)) {
      if (v.linking().entities[e].type == "Person") return e;
    }
  }
  if (const int named = ApposedPersonBefore(v, verb); named >= 0) return named;
  // (Up a participle or a conjunct to the subject they share: "rejected
  // that account, saying … and accusing Yerevan of “…”".)
  std::vector<int> r = SubjectEntities(v, verb);
  for (uint32_t at = verb, up = 0; r.empty() && up < 3 && v.Head(at) >= 0; ++up) {
    const std::string_view at_dep = v.Dep(at);
    if (at_dep != "advcl" && at_dep != "xcomp" && at_dep != "conj") break;
    at = static_cast<uint32_t>(v.Head(at));
    r = SubjectEntities(v, at);
  }
  // ("In Beijing, Zhu Lingyu, a spokeswoman for …, accused Lai of “…”":
  // a verb the parser left without a subject speaks for the one person
  // named before it in its sentence.)
  if (r.empty() && std::none_of(v.Children(verb).begin(), v.Children(verb).end(),
                                [&](uint32_t c) { return v.Dep(c).starts_with("nsubj"); })) {
    const uint32_t begin = v.Sentence(v.SentenceOf(verb)).token_begin;
    for (const link::Mention& m : v.linking().mentions) {
      if (m.token_begin < begin || m.token_end > verb || m.type != "PERSON" || m.entity < 0) continue;
      if (!r.empty() && r.front() != m.entity) return -1;
      r = {m.entity};
    }
  }
  return r.empty() ? -1 : r.front();
}

// "Choi Sang-mok convened a meeting and ordered the military to maintain “a
// firm readiness posture”", "Guterres welcomed the agreement as “a significant
// step”": a quote inside a sentence that no verb of saying reports is the
// words of the first subject up the parse from it that names someone (the
// subject of a participle's or a conjunct's verb when it has none); -1. Not
// a subject after its verb, nor a passive's: "was condemned by".
int GoverningSubject(const DocumentView& v, uint32_t open, uint32_t close) {
  int32_t x = -1;
  for (uint32_t t = open + 1; t < close && x < 0; ++t) {
    const int32_t head = v.Head(t);
    const bool outside = head >= 0 && (static_cast<uint32_t>(head) <= open || static_cast<uint32_t>(head) >= close);
    if (outside && v.Dep(t) != "punct") x = head;
  }
  for (int depth = 0; x >= 0 && depth < 8; ++depth, x = v.Head(static_cast<uint32_t>(x))) {
    const uint32_t verb = static_cast<uint32_t>(x);
    if (v.Upos(verb) != "VERB" && v.Upos(verb) != "AUX") continue;
    bool passive = false, subject = false;
    for (uint32_t c : v.Children(verb)) {
      passive = passive || v.Dep(c) == "nsubj:pass" || v.Dep(c) == "aux:pass";
      subject = subject || (v.Dep(c) == "nsubj" && c < verb);
    }
    if (passive) return -1;
    if (!subject && v.Dep(verb) != "advcl" && v.Dep(verb) != "conj" && v.Dep(verb) != "xcomp") continue;
    // (Nor below a passive: "Iran was told it must cut ties “…”" is told.)
    for (int32_t up = v.Head(verb); up >= 0; up = v.Head(static_cast<uint32_t>(up))) {
      for (uint32_t c : v.Children(static_cast<uint32_t>(up))) {
        if (v.Dep(c) == "nsubj:pass" || v.Dep(c) == "aux:pass") return -1;
      }
    }
    if (const int titled = TitledPersonRightBefore(v, verb); titled >= 0) return titled;
    if (const int named = ApposedPersonBefore(v, verb); named >= 0) return named;
    const std::vector<int> r = SubjectEntities(v, verb);
    if (r.size() == 1) return r.front();
    if (!r.empty()) return -1;
  }
  return -1;
}

// "Rubio thanked Qatar and said the release showed “what determined
// diplomacy can achieve”", "Blanár said his government would not back
// statements that “add fuel to the fire”": when the parse does not lead up
// to it, a verb of saying shortly before the quote in its sentence (no other
// quotation between) reports it; its subject, or the subject of the verb it
// is coordinated with, speaks.
int SaidBefore(const DocumentView& v, uint32_t open) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(open));
  for (uint32_t k = open; k > s.token_begin && open - k < 30;) {
    --k;
    if (IsOpenQuote(v.Word(k)) || IsCloseQuote(v.Word(k)) || v.Word(k) == ";") return -1;
    // ("urged “restraint and a swift return to constitutional order”": or
    // of appeal, appeal_verb cues.)
    // (Not one joined to a verb before it: "said Washington “…” and urged
    // China to end its “…”" is the sayer's.)
    const bool appeal = v.lexicon().HasCue(v.Lemma(k), "appeal_verb") && v.Dep(k) != "conj";
    if (v.Upos(k) != "VERB" || !(IsSpeechVerb(v, k) || appeal)) continue;
    // ("«American policy», said General Marshall, «…»": an inverted
    // attribution after a quoted fragment.)
    if (k >= s.token_begin + 2 && v.Word(k - 1) == "," && IsCloseQuote(v.Word(k - 2))) return -1;
    // (Not "the Russians should be told that “…”": the passive's subject is
    // told, not telling; nor an inverted "said General Marshall" or "the
    // Charter, which stated": a subject after the verb or a relative pronoun.)
    for (uint32_t c : v.Children(k)) {
      if (v.Dep(c) == "aux:pass" || v.Dep(c) == "nsubj:pass") return -1;
      if (v.Dep(c) == "nsubj" && (c > k || v.cues().Has(link::CueKind::kRelative, v.Word(c)))) return -1;
    }
    if (const int named = ApposedPersonBefore(v, k); named >= 0) return named;
    if (const int titled = TitledPersonRightBefore(v, k); titled >= 0) return titled;
    std::vector<int> r = SubjectEntities(v, k);
    if (r.empty() && v.Dep(k) == "conj" && v.Head(k) >= 0) r = SubjectEntities(v, static_cast<uint32_t>(v.Head(k)));
    // (Without a parse: a person named right before the verb.)
    if (r.empty() && k > s.token_begin) {
      const int m = v.linking().MentionAt(k - 1);
      if (m >= 0 && v.linking().mentions[m].type == "PERSON") r = {v.linking().mentions[m].entity};
    }
    // ("rejected the criticism, saying Tehran could not guarantee safety at
    // “…”": a participle's subject is its verb's.)
    if (r.empty() && v.Dep(k) == "advcl" && v.Lower(k).ends_with("ing") && v.Head(k) >= 0) {
      const uint32_t head = static_cast<uint32_t>(v.Head(k));
      if (const int named = ApposedPersonBefore(v, head); named >= 0) {
        r = {named};
      } else {
        r = SubjectEntities(v, head);
      }
    }
    // ("Portugal's foreign ministry, in a statement, urged “…”": a verb the
    // parser left standing alone without a subject has the one its clause
    // opens with.)
    const std::string_view verb_dep = v.Dep(k);
    const bool complement = verb_dep == "conj" || verb_dep == "ccomp" || verb_dep == "xcomp" ||
                            verb_dep == "advcl" || verb_dep.starts_with("acl");
    if (r.empty() && v.Parsed(k) && !complement && std::none_of(v.Children(k).begin(), v.Children(k).end(),
                                  [&](uint32_t c) { return v.Dep(c).starts_with("nsubj"); })) {
      r = v.SubjectBefore(k);
    }
    // The speaker stands before the verb ("«…», said General Marshall, «…»"
    // is his, found after the first part).
    // ("Rubio, who is due to visit the Caribbean later this month, wrote on
    // X that …": a verb right after the comma that closes a relative clause
    // on the person opening the sentence, wherever the parser hung it.)
    if (const int opener = r.empty() ? v.OpenerBeforeRelative(k) : -1;
        opener >= 0 && v.linking().mentions[opener].type == "PERSON") {
      r = {v.linking().mentions[opener].entity};
    }
    // (An appeal with no subject of its own: the verb of saying before it.)
    if (r.empty() && appeal && !IsSpeechVerb(v, k)) continue;
    if (r.size() != 1 || r.front() < 0) return -1;
    const auto& mentions = v.linking().mentions;
    // ("He said the DPRK will continue … “…”": or a pronoun there.)
    const bool pronoun = std::any_of(v.Children(k).begin(), v.Children(k).end(), [&](uint32_t c) {
      return c < k && v.Dep(c) == "nsubj" && v.cues().Has(link::CueKind::kPronoun, v.Word(c));
    });
    const bool before = pronoun || std::any_of(mentions.begin(), mentions.end(), [&](const link::Mention& m) {
      return m.entity == r.front() && m.token_end <= k && m.token_begin >= s.token_begin;
    });
    return before ? r.front() : -1;
  }
  return -1;
}

// The person a transcript's speaker label names ("HRYTSENKO", "Ms. Okafor"):
// the one whose family name or last word it is, case aside; -1.
int LabelledSpeaker(const DocumentView& v, std::string_view label) {
  const std::string wanted = base::AsciiLower(label);
  for (const link::DocEntity& d : v.linking().entities) {
    if (d.type != "Person") continue;
    const std::string family = base::AsciiLower(link::FamilyName(d.name, v.cues()));
    const std::string last = base::AsciiLower(d.name.substr(d.name.rfind(' ') + 1));
    if (wanted == family || wanted == last) return static_cast<int>(&d - v.linking().entities.data());
  }
  return -1;
}

// "HRYTSENKO: In the Geran-2 drones that hit Kharkiv in March, our experts
// counted 41 foreign components.": a transcript's turn, a paragraph opened
// by its speaker's name in capitals (or "Mr./Ms. Name", or the person's whole
// name as the document writes it: "Lin Jian:") and a colon, quotes the
// speaker it names, when the document names that person.
void AddTranscriptTurns(const DocumentView& v, std::vector<Quote>* quotes) {
  const auto& toks = v.seg().tokens;
  const std::string_view text = v.text();
  for (uint32_t k = 0; k + 2 < toks.size(); ++k) {
    // A paragraph's first word.
    if (toks[k].begin > 0 && text[toks[k].begin - 1] != '\n') continue;
    uint32_t colon = k + 1;
    std::string_view label = v.Word(k);
    // ("Mao Ning: We urge the Dutch side …": a person's whole name, as the
    // document names him, and a colon.)
    const int named = v.linking().MentionAt(k);
    int speaker = -1;
    if (named >= 0 && !v.cues().IsFormOfAddress(label) && !base::IsAllCaps(label)) {
      const link::Mention& m = v.linking().mentions[named];
      if (m.token_begin == k && m.type == "PERSON" && m.entity >= 0 && m.token_end < toks.size() &&
          v.Word(m.token_end) == ":") {
        speaker = m.entity;
        colon = m.token_end;
      }
    }
    // ("Official Spokesperson, Randhir Jaiswal: We reject …": or the name
    // after a capitalised title and a comma.)
    for (uint32_t j = k + 1; speaker < 0 && j < toks.size() && j < k + 6; ++j) {
      const std::string_view w = v.Word(j - 1);
      if (w != "," && (v.StartsLower(j - 1) || !base::HasLetter(w))) break;
      const int m = v.linking().MentionAt(j);
      if (m < 0 || v.linking().mentions[m].token_begin != j) continue;
      const link::Mention& person = v.linking().mentions[m];
      if (person.type == "PERSON" && person.entity >= 0 && person.token_end < toks.size() &&
          v.Word(person.token_end) == ":" && std::any_of(toks.begin() + k, toks.begin() + j, [&](const auto& t) {
            return text.substr(t.begin, t.end - t.begin) == ",";
          })) {
        speaker = person.entity;
        colon = person.token_end;
      }
      break;
    }
    // ("MS BRUCE:": the form of address in capitals too.)
    if (speaker < 0 && v.cues().IsFormOfAddress(label) && k + 2 < toks.size()) {
      label = v.Word(k + 1);
      colon = k + 2;
    } else if (speaker < 0 && (!base::IsAllCaps(label) || label.size() < 3)) {
      continue;
    }
    // ("ADMIRAL BRADFORD:", "SENATOR HOLLIS:": a title in capitals before the
    // name.)
    while (speaker < 0 && colon < k + 3 && colon + 1 < toks.size() && v.Word(colon) != ":" &&
           base::IsAllCaps(v.Word(colon)) && v.Word(colon).size() >= 3) {
      label = v.Word(colon);
      ++colon;
    }
    if (colon + 1 >= toks.size() || v.Word(colon) != ":") continue;
    if (speaker < 0) speaker = LabelledSpeaker(v, label);
    if (speaker < 0) continue;
    const uint32_t first = colon + 1;
    const size_t newline = text.find('\n', toks[first].begin);
    const size_t paragraph_end = newline == std::string_view::npos ? text.size() : newline;
    uint32_t last = first;
    while (last + 1 < toks.size() && toks[last + 1].end <= paragraph_end) ++last;
    const base::Span span{toks[first].begin, toks[last].end};
    const bool overlaps = std::any_of(quotes->begin(), quotes->end(), [&](const Quote& q) {
      return q.span.begin < span.end && span.begin < q.span.end;
    });
    if (overlaps) continue;
    Quote q;
    q.speaker = speaker;
    q.span = span;
    q.sentence = v.SentenceOf(first);
    quotes->push_back(q);
  }
  std::sort(quotes->begin(), quotes->end(), [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
}

}  // namespace

std::vector<Quote> FindQuotes(const DocumentView& v) {
  std::vector<Quote> out;
  uint32_t last_words = UINT32_MAX;  // the sentence of the last quote's first word
  const auto& toks = v.seg().tokens;
  for (uint32_t k = 0; k < toks.size(); ++k) {
    if (!IsOpenQuote(v.Word(k))) continue;
    uint32_t close = k + 1;
    while (close < toks.size() && !IsCloseQuote(v.Word(close)) && close - k < 400) ++close;
    if (close >= toks.size() || !IsCloseQuote(v.Word(close))) continue;
    // A quoted word or phrase ("a “stern warning”") is no quote; its closing
    // mark opens none either.
    // (But two words a speaker predicates: "said the accusations were
    // “recycled propaganda”", "dismissed them as “staged provocations”";
    // "said the state would “guarantee order”": or what he says it will do.)
    // ("called the drills an “irrational provocation”", "accused Warsaw of
    // “hysteria”", "said the transfer was a “sovereign decision”": and the
    // words a naming verb, one of accusing or one of saying puts in its
    // subject's mouth; not a term named, "Russia's “shadow fleet”", "the
    // so-called “sound cannon”", a name in capitals.)
    if (close - k < 4) {
      const std::string& before = k > 0 ? v.Lower(k - 1) : std::string();
      const bool copula = before == "were" || before == "was" || before == "is" || before == "are" ||
                          before == "as" || before == "would" || before == "will";
      // ("condemned the “hideous attack”", "calling the accusations
      // “Russophobic fantasies”": after a naming verb the words are the
      // namer's, "the" or a capital notwithstanding.)
      const bool named = NamingSpeaker(v, k) >= 0;
      const bool term = before == "so-called" || base::IsPossessiveClitic(before) ||
                        (!named && (before == "the" || (k + 1 < close && !v.StartsLower(k + 1))));
      const bool predicated = copula && close - k == 3 && SaidBefore(v, k) >= 0;
      const bool spoken = !term && (named || (before == "of" && AccusedBefore(v, k)) || SaidBefore(v, k) >= 0);
      if (k == 0 || close - k < 2 || !(predicated || spoken)) {
        k = close;
        continue;
      }
    }
    Quote q;
    q.span = {toks[k].begin, toks[close].end};
    q.sentence = v.SentenceOf(k);
    q.speaker = SpeakerBefore(v, k);
    if (q.speaker < 0) q.speaker = SpeakerAfter(v, k, close);
    // (A speaker named after the quote whom no entity resolves leaves it
    // unattributed.)
    const bool unresolved = q.speaker == kUnresolvedSpeaker;
    if (unresolved) {
      q.speaker = -1;
    } else {
      if (q.speaker < 0) q.speaker = NamingSpeaker(v, k);
      if (q.speaker < 0) q.speaker = ReportedSpeaker(v, k, close);
      if (q.speaker < 0) q.speaker = SaidBefore(v, k);
    }
    // "“…,” said Nelson. “The United States will continue …”": a quote in
    // the sentence of its speaker's quote ("accusing it of being “…” and
    // refusing to “…”"), or opening the next sentence of the paragraph, goes on
    // with his words. (The segmenter may leave an opening mark at the end of
    // the sentence before.)
    const bool opens = k == v.Sentence(q.sentence).token_begin || v.SentenceOf(k + 1) != v.SentenceOf(k);
    // (The sentence of the quote's first word: "“This strike,” said X, “is
    // …”" is one sentence even when the first mark was left before it.)
    const uint32_t words = v.SentenceOf(k + 1);
    if (q.speaker < 0 && !unresolved && !out.empty() && out.back().speaker >= 0 &&
        (words == last_words || (opens && q.sentence <= out.back().sentence + 2)) &&
        v.text().substr(out.back().span.end, q.span.begin - out.back().span.end).find('\n') == std::string_view::npos) {
      q.speaker = out.back().speaker;
    }
    if (q.speaker < 0 && !unresolved && !opens) q.speaker = GoverningSubject(v, k, close);
    // ("The representative of France … “…,” he said": a pronoun no person
    // stands for speaks for the state a delegate named before represents.)
    if (q.speaker < 0 && !unresolved) {
      uint32_t p = close + 1;
      if (p < toks.size() && v.Word(p) == ",") ++p;
      if (p + 1 < toks.size() && (v.Lower(p) == "he" || v.Lower(p) == "she") && v.SaysOrClaims(p + 1)) {
        q.speaker = v.DelegateStateBefore(p);
      }
    }
    out.push_back(q);
    last_words = words;
    k = close;
  }
  AddTranscriptTurns(v, &out);
  return out;
}

void FlagQuotesToParse(const DocumentView& v, std::vector<uint8_t>* flags) {
  for (const Quote& q : FindQuotes(v)) {
    if (q.speaker >= 0 || (*flags)[q.sentence]) continue;
    // Only a reporting verb shortly before the quote can govern it
    // (ReportedSpeaker); parsing is dear.
    uint32_t open = v.Sentence(q.sentence).token_begin;
    while (v.seg().tokens[open].begin < q.span.begin) ++open;
    // ("“…,” a spokesperson said": the sentence before says whose voice.)
    uint32_t after = open;
    while (after < v.seg().tokens.size() && v.seg().tokens[after].begin < q.span.end) ++after;
    if (after < v.seg().tokens.size() && v.Word(after) == ",") ++after;
    const uint32_t words = v.SentenceOf(open + 1 < after ? open + 1 : open);
    if (words > 0 && UnnamedVoiceAt(v, after) > 0) (*flags)[words - 1] = 1;
    const uint32_t begin = std::max(v.Sentence(q.sentence).token_begin, open > 30 ? open - 30 : 0u);
    for (uint32_t k = begin; k < open; ++k) {
      if (IsReportingVerb(v, k)) {
        (*flags)[q.sentence] = 1;
        break;
      }
    }
  }
}

}  // namespace dossier::extract
