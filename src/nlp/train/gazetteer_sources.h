// Compiles the NER gazetteer from ../shared/data/gazetteers: GeoNames cities
// and countries (LOC), Phoenix country-actor people (PERSON, first and last
// names) and countries (LOC), Phoenix international and non-state actors (ORG);
// optionally also names harvested from other sources (see NameListSources).
//
// Thread-safety: pure function. Errors: unreadable files.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "nlp/gazetteer.h"
#include "nlp/name_titles.h"

namespace dossier::nlp::train {

// Extra name lists. Harvested spans are entered under every type that covers
// at least a third of their occurrences (case-insensitive), so "Washington"
// can be both PERSON and LOC.
struct NameListSources {
  std::string kb_dir;    // Dossier's data/kb tables (countries, places, organisations, people); "" = off
  bool wikiann = false;  // entity spans of WikiANN train (the names only, never the sentences)
  bool wikiann_all = false;  // with `wikiann`: also the entity spans of WikiANN dev and test
  bool gum = false;      // named person/organization/place mentions of GUM train
};

base::Result<Gazetteer> BuildGazetteer(const std::string& shared_dir,
                                       const NameListSources& extra = {});

// The names, aliases and capitals of the states in `kb_dir`/countries.tsv
// ("Peru", "U.S.", "Lima"): the words a news text uses for a state.
base::Result<std::unordered_set<std::string>> StateNames(const std::string& kb_dir);

// The titles and forms of address that may open a person's name (the tagger
// trims them, and reads a form of address as a cue for the name after it:
// nlp/name_titles.h). Titles: the "title" rows of `link_cues`
// (data/link/cues.tsv) and every variant in `honorifics`
// (data/match/honorifics.txt); forms of address: the title rows that imply no
// relation (empty value: "Mr.", "Dr.", "Sir"). Each single word is taken with
// and without a final full stop ("Mrs", "Mrs."); sorted, without repeats.
base::Result<NameTitles> LoadNameTitles(const std::string& link_cues, const std::string& honorifics);

}  // namespace dossier::nlp::train
