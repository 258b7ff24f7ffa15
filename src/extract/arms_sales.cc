// ReadDeliveriesAsTransfers (context.h): "The Philippines has taken delivery
// of a second batch of BrahMos missiles from India", "Uruguay's navy took
// delivery of the first of two patrol vessels built by Spanish shipyard X":
// weapons taken in delivery from a supplier it names are also that
// supplier's military aid to the one taking them (a sale, below, when the
// sentence tells of one).
//
// ReadArmsSalesAsCooperation (context.h): "France has delivered the first
// six of 36 CAESAR howitzers ordered by Armenia", "Azerbaijan took delivery
// of its first JF-17 fighters from Pakistan under a $1.6 billion deal": a
// transfer of weapons told as a sale (sale_word cues in its sentence) is
// military cooperation between seller and buyer, not aid.
#include <algorithm>
#include <utility>

#include "extract/context.h"

namespace dossier::extract {

namespace {

// The supplier a delivery taken at `trigger` names: "from X", or "built by"
// / "made by" X, in the words after it (up to a clause break); -1.
int SupplierAfter(const DocumentView& v, uint32_t trigger) {
  const text::Sentence& s = v.Sentence(v.SentenceOf(trigger));
  for (uint32_t k = trigger + 1; k + 1 < s.token_end && k < trigger + 20; ++k) {
    if (v.IsClauseBreak(k) || v.Word(k) == ";") return -1;
    const bool from = v.Lower(k) == "from";
    const bool by = v.Lower(k) == "by" && (v.Lower(k - 1) == "built" || v.Lower(k - 1) == "made");
    if (!from && !by) continue;
    uint32_t named = k + 1;
    while (named + 1 < s.token_end && named < k + 4 && v.linking().MentionAt(named) < 0 && v.StartsLower(named)) {
      ++named;  // ("from the French firm Naval Group": past describing words)
    }
    const int m = v.linking().MentionAt(named);
    if (m < 0 || v.linking().mentions[m].entity < 0) continue;
    const std::string& type = v.linking().entities[v.linking().mentions[m].entity].type;
    if (type == "Country" || type == "Company" || type == "Organization" || type == "PublicBody") {
      return v.linking().mentions[m].entity;
    }
  }
  return -1;
}

}  // namespace

void ReadDeliveriesAsTransfers(const DocumentView& v, std::vector<Event>* events) {
  const size_t told = events->size();
  for (size_t i = 0; i < told; ++i) {
    const Event& e = (*events)[i];
    if (e.event != "MOBILIZE" || e.mode != "weapons" || e.actor.empty()) continue;
    const uint32_t k = v.TokenAt(e.trigger.begin);
    if (v.Lemma(k) != "take" && v.Lemma(k) != "receive") continue;
    const int supplier = SupplierAfter(v, k);
    if (supplier < 0 || std::find(e.actor.begin(), e.actor.end(), supplier) != e.actor.end()) continue;
    // (The buyer's arming stays told too.)
    Event transfer = e;
    transfer.event = "AID";
    transfer.mode = "military";
    transfer.cameo = "072";
    transfer.recipient = e.actor;
    transfer.actor = {supplier};
    events->push_back(std::move(transfer));
  }
}

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
