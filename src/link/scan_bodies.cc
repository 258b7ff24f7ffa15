// Scan: a state's bodies that the text names by common nouns ("Belarus's
// foreign ministry", "the Estonian navy", "Russia's embassy in Tallinn").
#include <algorithm>
#include <string>

#include "base/strings.h"
#include "base/utf8.h"
#include "link/scan.h"

namespace dossier::link::detail {

namespace {

// "foreign ministry" -> "Foreign Ministry" (ASCII letters only; a body's
// common nouns are English words).
std::string Capitalise(std::string_view phrase) {
  std::string out(phrase);
  for (size_t i = 0; i < out.size(); ++i) {
    if ((i == 0 || out[i - 1] == ' ' || out[i - 1] == '-') && out[i] >= 'a' && out[i] <= 'z') out[i] -= 'a' - 'A';
  }
  return out;
}

}  // namespace

uint32_t Scan::BodyPhraseEnd(uint32_t j, uint32_t end, std::string* head_value) const {
  uint32_t found = j;
  bool modified = false;
  for (uint32_t k = j; k < end && k < j + 4 && out_.MentionAt(k) < 0; ++k) {
    const std::string w = base::AsciiLower(Word(text_, seg_.tokens[k]));
    const std::string* head = cues_.Find(CueKind::kBodyHead, w);
    if (head != nullptr && (modified || *head != "modified")) {
      found = k + 1;
      *head_value = *head;
    }
    if (!cues_.Has(CueKind::kBodyModifier, w) && head == nullptr) break;
    modified = true;
  }
  if (found == j) return j;
  // "Russian army officers", "Russia's army chief": the nouns name a
  // compound's first part (people of the body, or a title), not the body.
  if (found < end && !Capitalised(Word(text_, seg_.tokens[found])) && pos_ && pos_(found) == "NOUN") return j;
  return found;
}

void Scan::StatesCommonNounBodies() {
  std::unordered_map<int, int> replaced;  // mention index -> body entity
  std::vector<uint32_t> body_end(out_.mentions.size(), 0);
  for (size_t i = 0; i < out_.mentions.size(); ++i) {
    const Mention& m = out_.mentions[i];
    if (m.entity < 0 || (m.type != "GPE" && m.type != "NORP")) continue;
    const DocEntity& st = out_.entities[m.entity];
    if (st.type != "Country" || st.country.empty()) continue;
    const uint32_t end = seg_.sentences[m.sentence].token_end;
    uint32_t j = m.token_end;
    if (m.type == "GPE") {
      if (j >= end || !base::IsPossessiveClitic(Word(text_, seg_.tokens[j]))) continue;
      ++j;
    }
    std::string head_value;
    const uint32_t phrase_end = BodyPhraseEnd(j, end, &head_value);
    if (phrase_end == j) continue;
    const std::string phrase = base::AsciiLower(
        text_.substr(seg_.tokens[j].begin, seg_.tokens[phrase_end - 1].end - seg_.tokens[j].begin));
    // "Russia's embassy in Tallinn", "Iran's mission to the United Nations":
    // an embassy or a mission is named with where it sits.
    std::string seat;
    uint32_t seat_end = phrase_end;
    if (head_value == "seated" && phrase_end + 1 < end) {
      const std::string_view prep = Word(text_, seg_.tokens[phrase_end]);
      const int at = out_.MentionAt(phrase_end + (phrase_end + 2 < end &&
                                                  base::AsciiLower(Word(text_, seg_.tokens[phrase_end + 1])) == "the"
                                              ? 2
                                              : 1));
      if ((prep == "in" || prep == "to") && at >= 0 && out_.mentions[at].entity >= 0 &&
          out_.mentions[at].type != "NORP" && out_.mentions[at].type != "PERSON") {
        seat_end = out_.mentions[at].token_end;
        seat = " " + std::string(text_.substr(seg_.tokens[phrase_end].begin,
                                              seg_.tokens[seat_end - 1].end - seg_.tokens[phrase_end].begin));
      }
    }
    const std::string& demonym = st.kb != nullptr && !st.kb->demonyms.empty() ? st.kb->demonyms[0] : "";
    const std::string name =
        (demonym.empty() ? Capitalise(phrase) + " of " + st.name : demonym + " " + Capitalise(phrase)) + seat;
    const std::string country = st.country;  // (a copy: adding entities may move `st`)
    int body = -1;
    for (const std::string& known :
         {name, st.name + " " + phrase, Capitalise(phrase) + " of " + st.name, Capitalise(phrase)}) {
      for (const NameEntry* e : gaz_.Lookup(known)) {
        if (body < 0 && e->entity->type != "Country" && e->entity->type != "Location" && e->entity->type != "Person" &&
            e->entity->country == country) {
          body = AddKbEntity(e->entity);
        }
      }
    }
    if (body < 0) body = AddLocal("org:", "PublicBody", name, country);
    const std::string surface(
        text_.substr(seg_.tokens[m.token_begin].begin, seg_.tokens[seat_end - 1].end - seg_.tokens[m.token_begin].begin));
    DocEntity& d = out_.entities[body];
    if (surface != d.name && std::find(d.aliases.begin(), d.aliases.end(), surface) == d.aliases.end()) {
      d.aliases.push_back(surface);
    }
    replaced[static_cast<int>(i)] = body;
    body_end[i] = phrase_end;
  }
  if (replaced.empty()) return;
  for (auto& [i, body] : replaced) {
    Mention m = out_.mentions[i];
    m.token_begin = m.token_end + (m.type == "GPE" ? 1 : 0);
    m.token_end = body_end[i];
    m.span = {seg_.tokens[m.token_begin].begin, seg_.tokens[m.token_end - 1].end};
    m.entity = body;
    m.type = "ORG";
    m.title.clear();
    m.title_token = -1;
    out_.mentions.push_back(std::move(m));
  }
  std::sort(out_.mentions.begin(), out_.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.token_begin < b.token_begin; });
}

}  // namespace dossier::link::detail
