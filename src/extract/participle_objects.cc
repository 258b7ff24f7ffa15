// AddParticipleObjects (context.h): "imposed sanctions on X, accusing them
// of …": the pronoun a participle clause takes as its object is whom the
// main clause's act reached.
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {
namespace {

bool IsObjectPronoun(const std::string& w) { return w == "them" || w == "him" || w == "her" || w == "it"; }

}  // namespace

void AddParticipleObjects(const DocumentView& v, std::vector<Event>* events) {
  for (Event& e : *events) {
    const uint32_t k = v.TokenAt(e.trigger.begin);
    const text::Sentence& s = v.Sentence(e.sentence);
    if (k < s.token_begin + 2 || k + 1 >= s.token_end || v.Word(k - 1) != ",") continue;
    if (v.Lower(k).size() < 5 || !v.Lower(k).ends_with("ing") || !IsObjectPronoun(v.Lower(k + 1))) continue;
    // (A pronoun the linker resolved stands for that.)
    if (!v.Referents(k + 1).empty()) continue;
    // The act of the main clause: the latest event before the comma with the
    // same actor and someone reached.
    const Event* main = nullptr;
    for (const Event& o : *events) {
      if (&o == &e || o.sentence != e.sentence || o.trigger.begin >= e.trigger.begin || o.recipient.empty() ||
          o.actor != e.actor) {
        continue;
      }
      if (main == nullptr || o.trigger.begin > main->trigger.begin) main = &o;
    }
    if (main == nullptr || main->recipient == e.recipient) continue;
    e.recipient = main->recipient;
  }
}

}  // namespace dossier::extract
