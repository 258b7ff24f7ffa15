// Content hashing (XXH3, 128 bits) for idempotent ingest and model fingerprints.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dossier::base {

// 32 lowercase hex digits of the XXH3-128 hash of `data`.
std::string ContentHash(std::string_view data);

// 64-bit XXH3 hash with a seed (feature hashing, hash tables).
uint64_t Hash64(std::string_view data, uint64_t seed = 0);

}  // namespace dossier::base
