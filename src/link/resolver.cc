// Linker::Resolve: what a referring word stands for. Deliberately simple and
// local — salience is recency, agreement is the kind of entity:
//   he/his/she/her   the most recent person
//   it/its           the most recent organisation in this or the previous
//                    sentence, else the most recent state or organisation
//   they/their, "the (two) <group noun>"   the most recent group named together
//   who / which      the nearest person / non-person before it in the sentence
#include "base/strings.h"
#include "link/linker.h"

namespace dossier::link {
namespace {

bool IsPersonType(const std::string& t) { return t == "PERSON"; }
bool IsActorType(const std::string& t) { return t == "ORG" || t == "GPE" || t == "NORP"; }

// The most recent mention before `token` accepted by `ok`, scanning back at
// most `max_sentences` sentences.
template <typename Pred>
int RecentMention(const Linking& l, uint32_t token, uint32_t sentence, uint32_t max_sentences, Pred ok) {
  for (int i = static_cast<int>(l.mentions.size()) - 1; i >= 0; --i) {
    const Mention& m = l.mentions[i];
    if (m.token_end > token || m.entity < 0) continue;
    if (sentence - m.sentence > max_sentences) break;
    if (ok(m)) return m.entity;
  }
  return -1;
}

std::vector<int> RecentGroup(const Linking& l, uint32_t token) {
  const Group* best = nullptr;
  for (const Group& g : l.groups) {
    if (g.token_end <= token) best = &g;
  }
  return best ? best->entities : std::vector<int>{};
}

}  // namespace

std::vector<int> Linker::Resolve(const Linking& l, std::string_view text,
                                 const text::Segmentation& seg, uint32_t token) const {
  if (token >= seg.tokens.size()) return {};
  std::string_view w = seg.tokens[token].span().Of(text);
  uint32_t sentence = 0;
  while (sentence + 1 < seg.sentences.size() && seg.sentences[sentence].token_end <= token) ++sentence;
  const uint32_t sent_begin = seg.sentences[sentence].token_begin;
  auto one = [](int e) { return e >= 0 ? std::vector<int>{e} : std::vector<int>{}; };

  if (const std::string* kind = cues_.Find(CueKind::kRelative, w)) {
    bool person = *kind == "PERSON";
    for (int i = static_cast<int>(l.mentions.size()) - 1; i >= 0; --i) {
      const Mention& m = l.mentions[i];
      if (m.token_end > token || m.entity < 0) continue;
      if (m.token_begin < sent_begin) break;
      if (person ? IsPersonType(m.type) : IsActorType(m.type)) return {m.entity};
    }
    return {};
  }
  if (const std::string* kind = cues_.Find(CueKind::kPronoun, w)) {
    if (*kind == "PERSON") {
      return one(RecentMention(l, token, sentence, 3, [](const Mention& m) { return IsPersonType(m.type); }));
    }
    if (*kind == "THING") {
      int org = RecentMention(l, token, sentence, 1, [](const Mention& m) { return m.type == "ORG"; });
      if (org >= 0) return {org};
      return one(RecentMention(l, token, sentence, 3, [](const Mention& m) { return IsActorType(m.type); }));
    }
    return RecentGroup(l, token);
  }
  if (cues_.Has(CueKind::kGroupNoun, w)) {
    // Only definite descriptions: "the two rogue nations", "the American adversaries".
    for (uint32_t k = token; k > sent_begin && token - k < 5; --k) {
      std::string_view prev = seg.tokens[k - 1].span().Of(text);
      if (prev == "the" || prev == "The" || prev == "both" || prev == "Both") return RecentGroup(l, token);
    }
  }
  return {};
}

}  // namespace dossier::link
