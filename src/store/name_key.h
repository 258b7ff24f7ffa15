// NameKey: the lookup key under which an entity's id, name and aliases are
// indexed, so that what an analyst types finds the entity whatever its case,
// hyphenation or punctuation.
//
//   NameKey("Kim Yong-Nam")                  == "kim yong nam"
//   NameKey("Democratic People’s Republic")  == "democratic peoples republic"
//   NameKey("ÉCOLE  Normale")                == "école normale"
//   NameKey("org:komid")                     == "org komid"
//
// Unicode case folding (ICU); letters and digits kept, apostrophes dropped,
// every other run of characters becomes one space; no leading/trailing space.
// Thread-safe (a pure function).
#pragma once

#include <string>
#include <string_view>

namespace dossier::store {

std::string NameKey(std::string_view name);

}  // namespace dossier::store
