#include "nlp/train/augment.h"

#include <cctype>

namespace dossier::nlp::train {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string Lower(const std::string& w) {
  std::string out = w;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Whether `word` is a past form of `lemma` (not the lemma itself, a present
// "-s" form or a gerund): "launched", "went", "struck".
bool PastForm(const std::string& word, const std::string& lemma) {
  const std::string w = Lower(word);
  if (w == Lower(lemma) || w.ends_with("ing")) return false;
  if (w.ends_with("s") && !w.ends_with("ss")) return false;
  return true;
}

// Keeps the capital of the word it replaces ("Launched" -> "Launches").
std::string SameCase(const std::string& like, std::string word) {
  if (!like.empty() && std::isupper(static_cast<unsigned char>(like[0])) && !word.empty()) {
    word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  }
  return word;
}

// Whether the subject at `subj` (0-based) is plural or a pronoun that takes
// the bare present ("they launch", "protesters launch", "Iran and Iraq sign").
bool PluralSubject(const TreebankSentence& s, size_t subj) {
  const std::string w = Lower(s.words[subj]);
  if (w == "i" || w == "you" || w == "we" || w == "they") return true;
  for (size_t j = 0; j < s.heads.size(); ++j) {
    if (s.heads[j] == static_cast<int>(subj) + 1 && s.deprels[j] == "conj") return true;
  }
  return s.upos[subj] == "NOUN" && w.ends_with("s") && !w.ends_with("ss") && Lower(s.lemmas[subj]) != w;
}

}  // namespace

std::string ThirdPersonSingular(const std::string& lemma) {
  if (lemma == "be") return "is";
  if (lemma == "have") return "has";
  const size_t n = lemma.size();
  if (n >= 2 && lemma[n - 1] == 'y' && !IsVowel(lemma[n - 2])) return lemma.substr(0, n - 1) + "ies";
  if (lemma.ends_with("s") || lemma.ends_with("sh") || lemma.ends_with("ch") || lemma.ends_with("x") ||
      lemma.ends_with("z") || lemma.ends_with("o")) {
    return lemma + "es";
  }
  return lemma + "s";
}

namespace {

// Rewrites the clause headed by `verb` (0-based) into the present tense in
// `out`; false when it is not a simple past with a subject before it.
bool PresentClause(const TreebankSentence& s, size_t verb, TreebankSentence* out) {
  const size_t n = s.words.size();
  if (s.upos[verb] != "VERB" || s.lemmas[verb] == "be" || s.lemmas[verb] == "have") return false;
  size_t subject = n, passive_aux = n;
  for (size_t j = 0; j < n; ++j) {
    if (s.heads[j] != static_cast<int>(verb) + 1) continue;
    const std::string& rel = s.deprels[j];
    if (rel == "nsubj" || rel == "nsubj:pass") subject = j;
    if (rel == "aux:pass") {
      if (passive_aux != n) return false;
      passive_aux = j;
    } else if (rel == "aux" || rel == "cop" || rel == "expl") {
      return false;  // perfect, progressive, modal or "there" clauses
    }
  }
  if (subject == n || subject > verb) return false;  // no subject before the verb
  const bool plural = PluralSubject(s, subject);
  if (passive_aux != n) {
    // "Tan was sentenced" -> "Tan is sentenced".
    const std::string aux = Lower(s.words[passive_aux]);
    if (aux != "was" && aux != "were") return false;
    out->words[passive_aux] = SameCase(s.words[passive_aux], plural ? "are" : "is");
    return true;
  }
  if (!PastForm(s.words[verb], s.lemmas[verb])) return false;
  const std::string lemma = Lower(s.lemmas[verb]);
  out->words[verb] = SameCase(s.words[verb], plural ? lemma : ThirdPersonSingular(lemma));
  // Verbs coordinated with this one share its subject and tense ("accused
  // Kuwait and launched attacks").
  for (size_t j = 0; j < n; ++j) {
    if (s.heads[j] == static_cast<int>(verb) + 1 && s.deprels[j] == "conj" && s.upos[j] == "VERB" &&
        PastForm(s.words[j], s.lemmas[j])) {
      const std::string conj = Lower(s.lemmas[j]);
      out->words[j] = SameCase(s.words[j], plural ? conj : ThirdPersonSingular(conj));
    }
  }
  return true;
}

}  // namespace

bool HeadlineTense(const TreebankSentence& s, TreebankSentence* out) {
  for (const std::string& w : s.words) {
    if (w == "?") return false;
  }
  *out = s;
  bool changed = false;
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (PresentClause(s, i, out)) changed = true;
  }
  return changed;
}

size_t AddHeadlineTense(std::vector<TreebankSentence>* data) {
  const size_t n = data->size();
  size_t added = 0;
  for (size_t i = 0; i < n; ++i) {
    TreebankSentence copy;
    if (HeadlineTense((*data)[i], &copy)) {
      data->push_back(std::move(copy));
      ++added;
    }
  }
  return added;
}

}  // namespace dossier::nlp::train
