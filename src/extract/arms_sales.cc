// ReadArmsSalesAsCooperation (context.h): "France has delivered the first
// six of 36 CAESAR howitzers ordered by Armenia", "Azerbaijan took delivery
// of its first JF-17 fighters from Pakistan under a $1.6 billion deal": a
// transfer of weapons told as a sale (sale_word cues in its sentence) is
// military cooperation between seller and buyer, not aid.
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {

void ReadArmsSalesAsCooperation(const DocumentView& v, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.event != "AID" || e.mode != "military") continue;
    const text::Sentence& s = v.Sentence(e.sentence);
    bool sale = false;
    for (uint32_t k = s.token_begin; k < s.token_end && !sale; ++k) sale = v.lexicon().HasCue(v.Lower(k), "sale_word");
    if (!sale) continue;
    e.event = "COOPERATE";
    e.cameo = "062";
    // ("howitzers ordered by Armenia": the buyer the sale's participle names.)
    if (e.recipient.empty()) {
      for (uint32_t k = s.token_begin; k + 2 < s.token_end; ++k) {
        if (!v.lexicon().HasCue(v.Lower(k), "sale_word") || v.Lower(k + 1) != "by") continue;
        const int m = v.linking().MentionAt(k + 2);
        if (m < 0 || v.linking().mentions[m].entity < 0 || v.linking().mentions[m].type == "PERSON") continue;
        const int buyer = v.linking().mentions[m].entity;
        if (std::find(e.actor.begin(), e.actor.end(), buyer) == e.actor.end()) e.recipient = {buyer};
        break;
      }
    }
  }
}

}  // namespace dossier::extract
