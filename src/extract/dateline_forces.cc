// AddDatelineForces (context.h): "KINSHASA (Reuters) - … Police fired tear
// gas": a state's own force named by a common noun acts for the state the
// story is filed from.
#include "extract/context.h"

namespace dossier::extract {
namespace {

// The word that is the subject of the trigger at k: the parse's nominal
// subject, else the word right before the trigger; -1 when neither is.
int32_t SubjectWord(const DocumentView& v, uint32_t k) {
  if (v.Parsed(k)) {
    for (uint32_t c : v.Children(k)) {
      if (v.Dep(c) == "nsubj") return static_cast<int32_t>(c);
    }
    return -1;
  }
  return k > v.Sentence(v.SentenceOf(k)).token_begin ? static_cast<int32_t>(k - 1) : -1;
}

}  // namespace

void AddDatelineForces(const DocumentView& v, std::vector<Event>* events) {
  int state = -2;  // not looked up yet
  for (Event& e : *events) {
    if (!e.actor.empty()) continue;
    const int32_t subject = SubjectWord(v, v.TokenAt(e.trigger.begin));
    if (subject < 0 || v.linking().MentionAt(static_cast<uint32_t>(subject)) >= 0 ||
        !v.lexicon().HasCue(v.Lower(static_cast<uint32_t>(subject)), "domestic_force")) {
      continue;
    }
    if (state == -2) state = v.DatelineState();
    if (state < 0) return;
    e.actor.push_back(state);
  }
}

}  // namespace dossier::extract
