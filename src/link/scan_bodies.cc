// Scan: a state's bodies that the text names by common nouns ("Belarus's
// foreign ministry", "the Estonian navy", "Russia's embassy in Tallinn",
// "BAMAKO (AFP) — The army said").
#include <algorithm>
#include <string>

#include "base/strings.h"
#include "base/utf8.h"
#include "link/scan.h"

namespace dossier::link::detail {

Mention Scan::BodyMention(uint32_t s, uint32_t b, uint32_t e, int entity) const {
  Mention m;
  m.sentence = s;
  m.token_begin = b;
  m.token_end = e;
  m.span = {seg_.tokens[b].begin, seg_.tokens[e - 1].end};
  m.type = "ORG";
  m.entity = entity;
  return m;
}

void Scan::MergeMentions(std::vector<Mention> added) {
  if (added.empty()) return;
  out_.mentions.insert(out_.mentions.end(), std::make_move_iterator(added.begin()),
                       std::make_move_iterator(added.end()));
  std::sort(out_.mentions.begin(), out_.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.token_begin < b.token_begin; });
}

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

std::string Scan::SeatAfter(uint32_t k, uint32_t end, uint32_t* seat_end) const {
  if (k + 1 >= end) return "";
  const std::string_view prep = Word(text_, seg_.tokens[k]);
  const bool the = k + 2 < end && base::AsciiLower(Word(text_, seg_.tokens[k + 1])) == "the";
  const int at = out_.MentionAt(k + (the ? 2 : 1));
  if ((prep != "in" && prep != "to") || at < 0 || out_.mentions[at].entity < 0 || out_.mentions[at].type == "NORP" ||
      out_.mentions[at].type == "PERSON" || out_.mentions[at].token_begin != k + (the ? 2 : 1)) {
    return "";
  }
  *seat_end = out_.mentions[at].token_end;
  return " " + std::string(text_.substr(seg_.tokens[k].begin, seg_.tokens[*seat_end - 1].end - seg_.tokens[k].begin));
}

void Scan::SeatedBodies() {
  for (const Mention& m : out_.mentions) {
    if (m.type != "ORG" || m.entity < 0) continue;
    DocEntity& body = out_.entities[m.entity];
    const std::string* head = cues_.Find(CueKind::kBodyHead, base::AsciiLower(Word(text_, seg_.tokens[m.token_end - 1])));
    if (body.kb != nullptr || head == nullptr || *head != "seated" || body.name != m.span.Of(text_)) continue;
    uint32_t seat_end = m.token_end;
    const std::string seat = SeatAfter(m.token_end, seg_.sentences[m.sentence].token_end, &seat_end);
    if (seat.empty()) continue;
    const std::string named = body.name + seat;
    if (by_id_.count("org:" + base::Slugify(named))) continue;
    by_id_.erase(body.id);
    body.id = "org:" + base::Slugify(named);
    by_id_[body.id] = m.entity;
    if (std::find(body.aliases.begin(), body.aliases.end(), body.name) == body.aliases.end()) {
      body.aliases.push_back(body.name);
    }
    body.name = named;
  }
}

void Scan::StatesCommonNounBodies() {
  std::vector<Mention> bodies;  // the bodies' mentions, added after the scan (MentionAt reads the sorted list)
  for (size_t i = 0; i < out_.mentions.size(); ++i) {
    const Mention& m = out_.mentions[i];
    if (m.entity < 0 || (m.type != "GPE" && m.type != "NORP")) continue;
    const DocEntity& st = out_.entities[m.entity];
    if (st.type != "Country" || st.country.empty()) continue;
    const uint32_t end = seg_.sentences[m.sentence].token_end;
    uint32_t j = m.token_end;
    // ("the UAE foreign ministry", "the US military": or the state's name
    // after "the", in lower case after it.)
    if (m.type == "GPE" && j < end && base::IsPossessiveClitic(Word(text_, seg_.tokens[j]))) {
      ++j;
    } else if (m.type == "GPE" && (m.token_begin == 0 || base::AsciiLower(Word(text_, seg_.tokens[m.token_begin - 1])) != "the" ||
                                   j >= end || Capitalised(Word(text_, seg_.tokens[j])))) {
      continue;
    }
    std::string head_value;
    const uint32_t phrase_end = BodyPhraseEnd(j, end, &head_value);
    if (phrase_end == j) continue;
    const std::string phrase = base::AsciiLower(
        text_.substr(seg_.tokens[j].begin, seg_.tokens[phrase_end - 1].end - seg_.tokens[j].begin));
    // "Russia's embassy in Tallinn", "Iran's mission to the United Nations":
    // an embassy or a mission is named with where it sits.
    uint32_t seat_end = phrase_end;
    const std::string seat = head_value == "seated" ? SeatAfter(phrase_end, end, &seat_end) : "";
    const std::string titled = base::CapitaliseWords(phrase);
    const std::string name = StateQualifiedName(st, titled) + seat;
    const std::string country = st.country;  // (a copy: adding entities may move `st`)
    const kb::Entity* known = KnownStateBody({name, st.name + " " + phrase, titled + " of " + st.name, titled}, country);
    const int body = known != nullptr ? AddKbEntity(known) : AddLocal("org:", "PublicBody", name, country);
    AddAlias(&out_.entities[body], std::string(text_.substr(seg_.tokens[m.token_begin].begin,
                                                            seg_.tokens[seat_end - 1].end - seg_.tokens[m.token_begin].begin)));
    bodies.push_back(BodyMention(m.sentence, j, phrase_end, body));
  }
  MergeMentions(std::move(bodies));
}

void Scan::DatelineForces() {
  // The dateline: the first sentence flagged so among the first three (a
  // headline may stand before it), and the country of the place it names.
  std::string home;
  uint32_t dateline = UINT32_MAX;
  for (uint32_t s = 0; s < seg_.sentences.size() && s < 3 && dateline == UINT32_MAX; ++s) {
    if (seg_.sentences[s].dateline) dateline = s;
  }
  for (const Mention& m : out_.mentions) {
    if (dateline == UINT32_MAX || m.sentence != dateline) continue;
    if (m.entity >= 0 && (m.type == "GPE" || m.type == "LOC")) home = out_.entities[m.entity].country;
    break;
  }
  const kb::Entity* state = home.empty() ? nullptr : linker_.kb().Find("country:" + home);
  std::vector<Mention> forces;
  // The dateline state's body of this title ("Army", "Interior Ministry"):
  // the knowledge base's, else one of the document.
  const auto home_body = [&](const std::string& title) {
    const DocEntity st{state->id, state->name, state->type, state->country, state->aliases, state};
    const kb::Entity* known =
        KnownStateBody({StateQualifiedName(st, title), st.name + " " + title, title + " of " + st.name}, home);
    return known != nullptr ? AddKbEntity(known) : AddLocal("org:", "PublicBody", StateQualifiedName(st, title), home);
  };
  size_t next = 0;  // the first mention not yet passed
  bool other_state = false;  // a state other than the dateline's named so far
  int last_force = -1;       // the last mention of a body whose words end in a dateline_force noun
  for (uint32_t s = 0; s < seg_.sentences.size(); ++s) {
    const uint32_t end = seg_.sentences[s].token_end;
    for (uint32_t k = seg_.sentences[s].token_begin + 1; k < end; ++k) {
      for (; next < out_.mentions.size() && out_.mentions[next].token_begin <= k; ++next) {
        const Mention& m = out_.mentions[next];
        if (m.entity < 0 || m.sentence == dateline) continue;
        // (A state's force: "the National Liberation Army" is a rebel group.)
        // ("Mali's armed forces (FAMa)": a state's forces too.)
        const std::string last = base::AsciiLower(Word(text_, seg_.tokens[m.token_end - 1]));
        if (m.type == "ORG" && out_.entities[m.entity].type == "PublicBody" &&
            (cues_.Has(CueKind::kDatelineForce, last) || last == "forces")) {
          last_force = static_cast<int>(next);
        }
        if (m.type != "GPE" && m.type != "NORP") continue;
        const DocEntity& d = out_.entities[m.entity];
        other_state = other_state || (d.type == "Country" && d.country != home);
      }
      const std::string w = base::AsciiLower(Word(text_, seg_.tokens[k]));
      if (out_.MentionAt(k) >= 0 || base::AsciiLower(Word(text_, seg_.tokens[k - 1])) != "the") continue;
      // ("BELGRADE … The interior ministry denied": a ministry named by its
      // portfolio in lower case, no state before it, is the dateline state's.)
      if (std::string head; !cues_.Has(CueKind::kDatelineForce, w) && cues_.Has(CueKind::kBodyModifier, w)) {
        const uint32_t phrase_end = BodyPhraseEnd(k, end, &head);
        if (phrase_end < k + 2 || base::AsciiLower(Word(text_, seg_.tokens[phrase_end - 1])) != "ministry" ||
            Capitalised(Word(text_, seg_.tokens[k])) || state == nullptr || s <= dateline || other_state) {
          continue;
        }
        const uint32_t from = seg_.tokens[k].begin, to = seg_.tokens[phrase_end - 1].end;
        const std::string title = base::CapitaliseWords(base::AsciiLower(text_.substr(from, to - from)));
        forces.push_back(BodyMention(s, k, phrase_end, home_body(title)));
        k = phrase_end - 1;
        continue;
      }
      if (!cues_.Has(CueKind::kDatelineForce, w)) continue;
      // ("the army chief", "the army of Chad": the noun names no force of
      // the dateline's state.)
      if (k + 1 < end) {
        const std::string_view after = Word(text_, seg_.tokens[k + 1]);
        if (after == "of" || after == "-" || (pos_ && (pos_(k + 1) == "NOUN" || pos_(k + 1) == "PROPN"))) continue;
      }
      int body = -1;
      // ("the Sudanese army … The army, led by General X": the force named
      // before with that noun.)
      // ("Mali's armed forces … The army denied": the army is its forces.)
      const std::string force_noun =
          last_force >= 0 ? base::AsciiLower(Word(text_, seg_.tokens[out_.mentions[last_force].token_end - 1])) : "";
      if (last_force >= 0 && (force_noun == w || (force_noun == "forces" && w != "navy"))) {
        body = out_.mentions[last_force].entity;
      } else if (state != nullptr && s > dateline && !other_state) {
        body = home_body(base::CapitaliseWords(w));
      }
      if (body >= 0) forces.push_back(BodyMention(s, k, k + 1, body));
    }
  }
  MergeMentions(std::move(forces));
}

}  // namespace dossier::link::detail
