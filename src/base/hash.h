// Content hashing (XXH3, 128 bits) for idempotent ingest and model fingerprints.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace dossier::base {

// 32 lowercase hex digits of the XXH3-128 hash of `data`.
std::string ContentHash(std::string_view data);

// 64-bit XXH3 hash with a seed (feature hashing, hash tables).
uint64_t Hash64(std::string_view data, uint64_t seed = 0);

// Hasher for unordered containers keyed by std::string that are looked up by
// std::string_view without allocating; pair it with std::equal_to<>:
//   std::unordered_map<std::string, V, base::StringHash, std::equal_to<>> m;
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

}  // namespace dossier::base
