// The trained type model's part of the event coder (event_type_model.h): in
// each sentence, the PLOVER types the model finds likely and the rules did not
// code become events on the sentence's event word that speaks most for them,
// with their participants read as for a rule trigger of that word class.
#include <algorithm>

#include "extract/event_coder.h"

namespace dossier::extract {

int32_t EventCoder::LearnedTrigger(uint32_t sentence, size_t t) const {
  const text::Sentence& s = v_.Sentence(sentence);
  int32_t best = -1;
  float best_score = 0;
  for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
    if ((v_.Upos(k) != "VERB" && v_.Upos(k) != "NOUN") || v_.linking().MentionAt(k) >= 0) continue;
    // ("(UK Sanctions List Ref)": nor a word inside a name, as for the rules.)
    if (InsideName(k, k + 1)) continue;
    // Only a word the trigger table lists for the type: the model's strongest
    // context words ("soldiers", "prison") are no triggers, and a word of
    // another type ("gave" for COERCE) was mostly wrong on unlabelled text.
    const std::vector<EventPattern>* rows = v_.lexicon().EventsFor(v_.Lower(k));
    if (rows == nullptr || std::none_of(rows->begin(), rows->end(), [&](const EventPattern& p) {
          return p.event == EventTypeNames()[t];
        })) {
      continue;
    }
    const float score = model_->Score(t, TokenTypeFeatures(v_, k));
    if (score > best_score) best = static_cast<int32_t>(k), best_score = score;
  }
  return best;
}

void EventCoder::AddLearned(std::vector<Event>* out) const {
  const auto& seg = v_.seg();
  const size_t rule_events = out->size();
  for (uint32_t s = 0; s < seg.sentences.size(); ++s) {
    const std::array<float, kEventTypeCount> p =
        model_->Probabilities(SentenceTypeFeatures(v_, s, *out));
    for (size_t t = 0; t < kEventTypeCount; ++t) {
      if (p[t] < model_->threshold()) continue;
      const std::string_view type = EventTypeNames()[t];
      // The rules' reading of a type they coded (negated, hypothetical) stands.
      if (std::any_of(out->begin(), out->begin() + rule_events,
                      [&](const Event& e) { return e.sentence == s && e.event == type; })) {
        continue;
      }
      // A weapon the rules read as fired without a target (a test or a show
      // of force: they drop that reading when the sentence tells an attack)
      // is no attack.
      if (type == "ASSAULT" &&
          std::any_of(out->begin(), out->begin() + rule_events, [&](const Event& e) {
            return e.sentence == s && e.event == "MOBILIZE" && e.mode == "weapons";
          })) {
        continue;
      }
      const int32_t k = LearnedTrigger(s, t);
      if (k < 0) continue;
      // The word read as a trigger row of its word class. It needs a named
      // participant (without one the model's events were mostly wrong in long
      // speeches), and the rules' checks of what is no news apply.
      EventPattern learned;
      learned.noun = v_.Upos(k) == "NOUN";
      learned.subject_fallback = true;
      learned.open = true;  // the participant check is the one above
      learned.event = std::string(type);
      learned.cameo = model_->cameo(t);
      Event e;
      e.event = learned.event;
      e.cameo = learned.cameo;
      e.sentence = s;
      e.span = v_.Sentence(s).span();
      e.trigger = {seg.tokens[k].begin, seg.tokens[k].end};
      const bool agent_implicit = FindArguments(learned, k, k + 1, &e);
      if (e.actor.empty() && e.recipient.empty()) continue;
      if (NotNews(learned, k, k + 1, e, agent_implicit, *out)) continue;
      std::erase_if(e.recipient, [&](int r) {
        return std::find(e.actor.begin(), e.actor.end(), r) != e.actor.end();
      });
      // ("who was arrested on Saturday": the mode and code the trigger table
      // gives the word for the type, a row of its word class first; the
      // arguments were read as for any word of the class.)
      // (A row of the word alone: "call on" is another trigger.)
      const EventPattern* row = nullptr;
      for (const EventPattern& p : *v_.lexicon().EventsFor(v_.Lower(static_cast<uint32_t>(k)))) {
        if (p.event != type || !p.rest.empty()) continue;
        if (row == nullptr || (p.noun == learned.noun && row->noun != learned.noun)) row = &p;
      }
      if (row != nullptr) {
        e.mode = row->mode;
        e.cameo = row->cameo;
      }
      out->push_back(std::move(e));
    }
  }
}

}  // namespace dossier::extract
