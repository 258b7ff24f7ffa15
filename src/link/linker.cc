// Linker::Link: the first-pass mention finder. One left-to-right scan per
// sentence; at each capitalised token the longer of the gazetteer match and
// the capitalised run wins (a run wins only when a keyword types it, so
// "Washington Institute for Near East Policy" beats the capital "Washington"
// but "North Korea" stays the country).
//
// The scan is the internal class Scan (scan.h), defined in scan.cc (the scan
// over sentences and runs), scan_names.cc (typing and linking a run) and
// scan_tagger.cc (what the tagger, the POS tags and the case say); this file
// holds the public Linker and Linking methods.
#include <algorithm>

#include "link/linker.h"

#include "base/utf8.h"
#include "link/family_name.h"
#include "link/scan.h"

namespace dossier::link {

int Linking::MentionAt(uint32_t token) const {
  auto it = std::upper_bound(mentions.begin(), mentions.end(), token,
                             [](uint32_t t, const Mention& m) { return t < m.token_begin; });
  if (it == mentions.begin()) return -1;
  --it;
  return token < it->token_end ? static_cast<int>(it - mentions.begin()) : -1;
}

Linker::Linker(const kb::KnowledgeBase& kb, const kb::Gazetteer& gazetteer, const Cues& cues,
               const kb::NameMatcher* matcher)
    : kb_(kb), gazetteer_(gazetteer), cues_(cues), matcher_(matcher) {
  for (const kb::Entity& e : kb.entities()) {
    if (e.type != "Person") continue;
    // "Trump" of "Donald Trump", "Xi" of "Xi Jinping" (link/family_name.h).
    const std::string_view family = FamilyName(e.name, cues);
    if (family.empty()) continue;
    // Keyed without accents: "Erdogan" is the surname of "Recep Tayyip Erdoğan".
    by_surname_[base::FoldAccents(family)].push_back(&e);
  }
}

const kb::Entity* Linker::PersonBySurname(std::string_view word, std::string_view date) const {
  auto it = by_surname_.find(base::FoldAccents(word));
  if (it == by_surname_.end()) return nullptr;
  const kb::Entity* found = nullptr;
  for (const kb::Entity* e : it->second) {
    // Only a person holding an office or membership (roles.tsv), at `date`
    // when there is one: "Bell" is no bare surname of Alexander Graham Bell.
    if (kb_.RolesAt(e->id, date).empty()) continue;
    if (found != nullptr) return nullptr;
    found = e;
  }
  return found;
}

Linking Linker::Link(std::string_view text, const text::Segmentation& seg, std::string_view date,
                     const std::vector<NerSpan>* ner, const TokenPos& pos) const {
  detail::Scan scan(*this, gazetteer_, text, seg, date);
  return scan.Run(ner, pos);
}

}  // namespace dossier::link
