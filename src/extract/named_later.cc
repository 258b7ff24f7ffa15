// AddNamedLater (context.h): "A Chinese national has been charged … Li
// Wenhao, 46, who runs …": a person a sentence describes by nationality
// alone, and the next sentence opens by naming, is that person. And
// AddReciprocalObjects: "Each side accused the other".
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {
namespace {

// The state of "a Chinese national", "an Iranian businessman" in sentence
// `si` (a demonym between "a"/"an" and a singular citizen noun), or -1.
int DescribedNational(const DocumentView& v, uint32_t si) {
  const text::Sentence& s = v.Sentence(si);
  const auto& linking = v.linking();
  for (uint32_t t = s.token_begin; t + 2 < s.token_end; ++t) {
    if (v.Lower(t) != "a" && v.Lower(t) != "an") continue;
    const int m = linking.MentionAt(t + 1);
    if (m < 0 || linking.mentions[m].token_begin != t + 1 || linking.mentions[m].type != "NORP" ||
        linking.mentions[m].entity < 0 || linking.entities[linking.mentions[m].entity].type != "Country") {
      continue;
    }
    const uint32_t noun = linking.mentions[m].token_end;
    if (noun >= s.token_end || !v.lexicon().HasCue(v.Lower(noun), "citizen_noun") || v.Lower(noun).ends_with("s")) {
      continue;
    }
    // ("South Korea has asked Thailand to extradite Park, a South Korean
    // businessman": not where the sentence names the state itself.)
    const int state = linking.mentions[m].entity;
    for (const link::Mention& other : linking.mentions) {
      if (other.sentence == si && other.entity == state && other.type != "NORP") return -1;
    }
    return state;
  }
  return -1;
}

// The person whose name opens sentence `si`, or -1.
int OpeningPerson(const DocumentView& v, uint32_t si) {
  const text::Sentence& s = v.Sentence(si);
  const int m = v.linking().MentionAt(s.token_begin);
  if (m < 0 || v.linking().mentions[m].type != "PERSON") return -1;
  return v.linking().mentions[m].entity;
}

void Replace(std::vector<int>* ids, int from, int to) {
  const auto at = std::find(ids->begin(), ids->end(), from);
  if (at == ids->end()) return;
  if (std::find(ids->begin(), ids->end(), to) != ids->end()) {
    ids->erase(at);
  } else {
    *at = to;
  }
}

}  // namespace

void AddNamedLater(const DocumentView& v, std::vector<Event>* events) {
  const uint32_t n = static_cast<uint32_t>(v.seg().sentences.size());
  for (uint32_t si = 0; si + 1 < n; ++si) {
    const int state = DescribedNational(v, si);
    if (state < 0) continue;
    const int person = OpeningPerson(v, si + 1);
    if (person < 0) continue;
    for (Event& e : *events) {
      if (e.sentence != si) continue;
      Replace(&e.recipient, state, person);
      Replace(&e.actor, state, person);
    }
  }
}

void AddReciprocalObjects(const DocumentView& v, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (!e.recipient.empty() || e.actor.size() < 2) continue;
    const uint32_t end = TriggerEnd(v, e);
    if (end + 1 >= v.Sentence(e.sentence).token_end) continue;
    const std::string& a = v.Lower(end);
    const std::string& b = v.Lower(end + 1);
    if ((a == "each" && b == "other") || (a == "one" && b == "another") || (a == "the" && b == "other")) {
      e.recipient = e.actor;
    }
  }
}

}  // namespace dossier::extract
