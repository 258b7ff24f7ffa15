// Actors a sentence leaves unnamed (context.h): AddDatelineForces ("KINSHASA
// (Reuters) - … Police fired tear gas": a state's own force named by a common
// noun acts for the state the story is filed from) and AddPassiveAgents ("The
// driver … was detained": by the state that seized the goods just before).
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {
namespace {

// The word that is the subject of the trigger at k: the parse's nominal
// subject, else the word right before the trigger; -1 when neither is.
int32_t SubjectWord(const DocumentView& v, uint32_t k) {
  if (v.Parsed(k)) {
    // ("Police fired tear gas … and detained 30 people": a conjunct shares
    // the subject of the verb it is joined to.)
    for (int depth = 0; depth < 3; ++depth) {
      for (uint32_t c : v.Children(k)) {
        if (v.Dep(c) == "nsubj") return static_cast<int32_t>(c);
      }
      if (v.Dep(k) != "conj" || v.Head(k) < 0) break;
      k = static_cast<uint32_t>(v.Head(k));
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

void AddPassiveAgents(const DocumentView& v, std::vector<Event>* events) {
  const size_t n = events->size();
  for (size_t i = 0; i < n; ++i) {
    Event& e = (*events)[i];
    if (e.event != "COERCE" || !e.actor.empty() || e.recipient.empty() || e.sentence == 0) continue;
    const uint32_t k = v.TokenAt(e.trigger.begin);
    // A passive ("was detained", "were arrested"), no agent named.
    const bool by = k + 1 < v.Sentence(e.sentence).token_end && v.Lower(k + 1) == "by";
    if (k == 0 || !v.lexicon().HasCue(v.Lower(k - 1), "be_aux") || by) continue;
    // The latest coercion in the two sentences before, by a state or a
    // state's body.
    const Event* before = nullptr;
    for (size_t j = 0; j < n; ++j) {
      const Event& o = (*events)[j];
      if (o.sentence >= e.sentence || o.sentence + 2 < e.sentence || o.event != e.event || o.actor.empty()) continue;
      const bool state = std::all_of(o.actor.begin(), o.actor.end(), [&](int x) {
        const link::DocEntity& d = v.linking().entities[x];
        return d.type == "Country" || d.type == "PublicBody";
      });
      if (state && (before == nullptr || o.trigger.begin > before->trigger.begin)) before = &o;
    }
    if (before != nullptr) e.actor = before->actor;
  }
}

}  // namespace dossier::extract
