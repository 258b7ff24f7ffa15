// Small text helpers shared by the PETRARCH dictionary readers (internal to
// src/extract/petrarch).
#pragma once

#include <cctype>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dossier::extract::petrarch::internal {

// ASCII upper case: dictionary words are matched in upper case.
inline std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// "FILE:LINE: " for messages.
inline std::string Where(const std::string& name, int line) {
  return name + ":" + std::to_string(line) + ": ";
}

// Loads every file with Dict::Load and merges them into the first
// (Phoenix splits one dictionary over several files).
template <typename Dict, typename Warnings>
base::Result<std::unique_ptr<Dict>> LoadAndMerge(const std::vector<std::string>& paths,
                                                 Warnings* warnings) {
  if (paths.empty()) return base::Status::InvalidArgument("no dictionary file given");
  auto first = Dict::Load(paths[0], warnings);
  if (!first.ok()) return first.status();
  std::unique_ptr<Dict> dict = std::move(*first);
  for (size_t i = 1; i < paths.size(); ++i) {
    auto more = Dict::Load(paths[i], warnings);
    if (!more.ok()) return more.status();
    dict->Merge(std::move(**more));
  }
  return dict;
}

}  // namespace dossier::extract::petrarch::internal
