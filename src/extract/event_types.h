// Groupings of PLOVER event types that the coder's rules share. Internal to
// src/extract.
#pragma once

#include <string_view>

namespace dossier::extract {

// Types that are said rather than done.
inline bool IsVerbal(std::string_view event) {
  return event == "REQUEST" || event == "ACCUSE" || event == "REJECT" || event == "SUPPORT" ||
         event == "THREATEN" || event == "AGREE";
}

// Types of material cooperation between the parties.
inline bool IsCooperative(std::string_view event) {
  return event == "CONSULT" || event == "COOPERATE" || event == "AID";
}

// Types that act against their recipient.
inline bool IsHostile(std::string_view event) {
  return event == "ASSAULT" || event == "COERCE" || event == "SANCTION" || event == "THREATEN" ||
         event == "MOBILIZE";
}

// Types whose "for ..." or "over ..." phrase gives their grounds.
inline bool TakesGrounds(std::string_view event) {
  return event == "SANCTION" || event == "COERCE" || event == "ACCUSE" || event == "REJECT" ||
         event == "PROTEST";
}

}  // namespace dossier::extract
