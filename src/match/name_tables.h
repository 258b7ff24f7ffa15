// NameTables: the hand-written normalisation knowledge under data/match/.
//
// Legal forms ("corp" = "corporation"), honorifics ("seyed" = "sayyid"), name
// particles ("al", "bin") and romanisation variants ("mousavi" = "musavi") are
// data, not code: they live in readable text files that Load() parses. Every
// key is already normalised (ASCII, lower case, single spaces).
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(NameTables t, NameTables::Load(NameTables::DefaultDir()));
//   auto it = t.legal_forms.find("co ltd");  // -> "co ltd"
//
// Errors: kNotFound when a file is missing; kInvalidArgument ("FILE:LINE: ...")
// for a malformed line.
// Thread-safety: a loaded NameTables is immutable and may be shared.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "base/status.h"

namespace dossier::match {

struct NameTables {
  // Phrase (space-separated words) -> canonical form.
  std::unordered_map<std::string, std::string> legal_forms;
  std::unordered_map<std::string, std::string> honorifics;
  // Single word -> canonical spelling.
  std::unordered_map<std::string, std::string> variants;
  std::unordered_set<std::string> particles;
  std::unordered_set<std::string> patronymics;  // subset of particles: bin, ibn
  size_t max_phrase_words = 1;  // longest legal-form or honorific phrase

  // Reads legal_forms.txt, honorifics.txt, particles.txt, patronymics.txt and
  // variants.txt in `dir`.
  static base::Result<NameTables> Load(const std::string& dir);

  // base::ProjectHome() + "/data/match".
  static std::string DefaultDir();
};

}  // namespace dossier::match
