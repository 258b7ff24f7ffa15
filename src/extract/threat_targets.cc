// AddThreatTargets (context.h): "threatened to expand operations in Lebanon
// if Hezbollah did not disarm": a threat is addressed to the one whose
// conduct its condition names, else to whom the act threatened reaches; a
// threat with "unless" is also a demand.
#include <algorithm>

#include "extract/context.h"

namespace dossier::extract {

namespace {

// Whether a retaliation_word cue stands within eight words of the trigger k.
bool Retaliation(const DocumentView& v, uint32_t k, const text::Sentence& s) {
  for (uint32_t t = k > s.token_begin + 8 ? k - 8 : s.token_begin; t < s.token_end && t <= k + 8; ++t) {
    if (v.lexicon().HasCue(v.Lower(t), "retaliation_word")) return true;
  }
  return false;
}

// The one state the sentence of e names (as a state, not by its capital or
// its adjective) that is none of its actors' nor their state; else empty.
std::vector<int> OnlyOtherState(const DocumentView& v, const Event& e) {
  const auto& entities = v.linking().entities;
  int other = -1;
  for (const link::Mention& m : v.linking().mentions) {
    if (m.sentence != e.sentence || m.entity < 0 || m.type != "GPE" || entities[m.entity].type != "Country") continue;
    bool own = std::any_of(e.actor.begin(), e.actor.end(), [&](int a) {
      return a == m.entity || entities[a].country == entities[m.entity].country;
    });
    // ("Belarus's Foreign Ministry spokesman Andrei Ryzhov … warned": a state
    // named in the phrase of an actor, no verb between, is the actor's.)
    for (const link::Mention& a : v.linking().mentions) {
      if (own || a.sentence != e.sentence || a.token_begin < m.token_end || a.token_begin > m.token_end + 6 ||
          std::find(e.actor.begin(), e.actor.end(), a.entity) == e.actor.end()) {
        continue;
      }
      bool verb = false;
      for (uint32_t t = m.token_end; t < a.token_begin; ++t) {
        verb = verb || v.Upos(t) == "VERB" || v.Upos(t) == "AUX" || v.Word(t) == ",";
      }
      own = !verb;
    }
    if (own || m.entity == other) continue;
    if (other >= 0) return {};
    other = m.entity;
  }
  return other >= 0 ? std::vector<int>{other} : std::vector<int>{};
}

// The entities named as the subject of the clause a verb of warning at k
// takes, when that clause tells what will be done ("warned that Poland
// would take further steps"); none otherwise.
std::vector<int> WillActInComplement(const DocumentView& v, uint32_t k) {
  std::vector<int> out;
  if (!v.Parsed(k)) return out;
  for (uint32_t c : v.Children(k)) {
    if (v.Dep(c) != "ccomp") continue;
    const std::vector<uint32_t>& below = v.Children(c);
    const bool will = std::any_of(below.begin(), below.end(), [&](uint32_t d) {
      return v.Dep(d) == "aux" && (v.Lower(d) == "would" || v.Lower(d) == "will");
    });
    const auto subject = std::find_if(below.begin(), below.end(), [&](uint32_t d) {
      const int m = v.linking().MentionAt(d);
      return v.Dep(d) == "nsubj" && m >= 0 && v.linking().mentions[m].entity >= 0;
    });
    if (will && subject != below.end()) out.push_back(v.linking().mentions[v.linking().MentionAt(*subject)].entity);
  }
  return out;
}

}  // namespace

void AddThreatTargets(const DocumentView& v, std::vector<Event>* events) {
  std::vector<Event> demands;
  for (Event& e : *events) {
    if (e.event != "THREATEN") continue;
    const uint32_t k = v.TokenAt(e.trigger.begin);
    const text::Sentence& s = v.Sentence(e.sentence);
    // ("Sikorski warned that Poland would take further steps": who will act
    // in the clause warned of is the threatener's side, not the one warned.)
    const std::vector<int> acting = WillActInComplement(v, k);
    for (const int own : acting) std::erase(e.recipient, own);
    // The first "if" or "unless" after the trigger in its sentence, before
    // another sentence-level break (a semicolon).
    uint32_t cond = k + 1;
    while (cond < s.token_end && v.Lower(cond) != "if" && v.Lower(cond) != "unless" && v.Word(cond) != ";") ++cond;
    // The condition's subject: the item right after the conjunction; else
    // whom the act threatened reaches ("threatened to impose targeted
    // sanctions on members of the junta if a timetable was not published").
    std::vector<int> who;
    if (cond + 1 < s.token_end && v.Word(cond) != ";") who = v.FirstItemIn(cond + 1, std::min(s.token_end, cond + 4));
    std::erase_if(who, [&](int x) { return std::find(acting.begin(), acting.end(), x) != acting.end(); });
    if (who.empty() && e.recipient.empty()) {
      for (const Event& act : *events) {
        const uint32_t at = v.TokenAt(act.trigger.begin);
        if (&act != &e && act.sentence == e.sentence && at > k && at <= k + 4) who = act.recipient;
      }
    }
    // "Moscow would respond in a mirror manner", "vowed revenge": a threat of
    // retaliation is addressed to whoever's act, told in the five sentences
    // before, reached the threatener (retaliation_word cues near the trigger).
    // (A recipient its own sentence does not name was only guessed: "France
    // will respond firmly and proportionately," the minister told …)
    // (Nor is one of the actor's own state: "The Russian embassy in Bucharest
    // … said Moscow would respond".)
    const auto& entities = v.linking().entities;
    const auto own_side = [&](int x) {
      return std::any_of(e.actor.begin(), e.actor.end(), [&](int a) { return SameSide(entities, a, x); });
    };
    const bool named_here = std::any_of(e.recipient.begin(), e.recipient.end(), [&](int r) {
      return !own_side(r) && std::any_of(v.linking().mentions.begin(), v.linking().mentions.end(),
                         [&](const link::Mention& m) { return m.sentence == e.sentence && m.entity == r; });
    });
    // ("… would take further steps if attacks on its territory continued":
    // an act the condition names, with no actor of its own, is whoever did
    // that act in the five sentences before.)
    if (who.empty() && !named_here && cond + 1 < s.token_end && v.Word(cond) != ";") {
      for (const Event& act : *events) {
        const uint32_t at = v.TokenAt(act.trigger.begin);
        if (&act == &e || act.sentence != e.sentence || at <= cond || at > cond + 3 || !act.actor.empty()) continue;
        const auto same_act = [&](const Event& o) {
          return o.event == act.event && o.sentence < e.sentence &&
                 std::none_of(o.actor.begin(), o.actor.end(), own_side) &&
                 std::find(acting.begin(), acting.end(), o.actor.front()) == acting.end();
        };
        if (const Event* before = LatestActBefore(*events, e, 5, same_act)) who = before->actor;
        break;
      }
    }
    // ("It warned that France would bear full responsibility for any new
    // escalation": another state that the clause warned of says will bear or
    // suffer something is the one warned, when both states are known.)
    if (who.empty() && e.recipient.empty() && !e.actor.empty()) {
      const bool known =
          std::all_of(e.actor.begin(), e.actor.end(), [&](int a) { return !entities[a].country.empty(); });
      for (const int x : acting) {
        if (known && !entities[x].country.empty() && !own_side(x) && entities[x].type == "Country") who.push_back(x);
      }
    }
    if (who.empty() && !named_here && !e.actor.empty() && Retaliation(v, k, s)) {
      // (Not an act of the threatener's own side.)
      const auto reached = [&](const Event& act) {
        return std::none_of(act.actor.begin(), act.actor.end(), own_side) &&
               std::any_of(act.recipient.begin(), act.recipient.end(), own_side);
      };
      if (const Event* act = LatestActBefore(*events, e, 5, reached)) who = act->actor;
      // "said the deliveries made Germany \"a party to the conflict\" and
      // warned of consequences": else the one other state its sentence names.
      if (who.empty()) who = OnlyOtherState(v, e);
    }
    std::erase_if(who, [&](int x) {
      return std::find(e.actor.begin(), e.actor.end(), x) != e.actor.end() ||
             v.linking().entities[x].type == "Location";
    });
    if (who.empty()) continue;
    // "threatened to resume attacks … unless Israel allows food into Gaza":
    // a threat with an "unless" is also a demand on the one it names.
    const bool ultimatum = cond < s.token_end && v.Lower(cond) == "unless" && e.modality != "negated" &&
                           !e.actor.empty();
    e.recipient = std::move(who);
    if (ultimatum) {
      Event demand = e;
      demand.event = "REQUEST";
      demand.mode.clear();
      demand.cameo = "100";
      demands.push_back(std::move(demand));
    }
  }
  for (Event& d : demands) events->push_back(std::move(d));
}

void DropOwnStateRecipients(const DocumentView& v, std::vector<Event>* events) {
  const auto& entities = v.linking().entities;
  const auto state_side = [&](int x) { return entities[x].type == "Country" || entities[x].type == "PublicBody"; };
  for (Event& e : *events) {
    // (A state may charge, sanction or arrest its own body's people; a threat
    // or a denial is the body's speaking for it.)
    if (e.event != "THREATEN" && e.event != "REJECT") continue;
    // ("Iran's Foreign Ministry spokesman Esmaeil Baghaei rejected the ruling":
    // nor does a state's official answer his own state.)
    const auto official_of = [&](int a, int r) {
      return entities[a].type == "Person" && entities[r].type == "Country" && !entities[a].country.empty() &&
             entities[a].country == entities[r].country;
    };
    std::erase_if(e.recipient, [&](int r) {
      return std::any_of(e.actor.begin(), e.actor.end(), [&](int a) {
        return a != r && ((state_side(a) && state_side(r) && SameSide(entities, a, r) &&
                           (entities[a].type == "Country" || entities[r].type == "Country")) ||
                          official_of(a, r));
      });
    });
  }
}

}  // namespace dossier::extract
