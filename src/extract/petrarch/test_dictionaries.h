// Small dictionaries shared by the petrarch tests.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "extract/petrarch/coder.h"
#include "extract/petrarch/dictionaries.h"

namespace dossier::extract::petrarch::testdata {

inline constexpr char kActors[] = R"(<!-- header
# spanning lines -->
ARNOR_  [ARN]
GONDOR [GON]
+MINAS_TIRITH
ARGENTIN  [ARG]
THE_SHIRE  [FRO/BIL/SAM]
BOROMIR  [---]
GOLLUM  # comment
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
SAM_GAMGEE [HOB]
	[HOBCIV <20080120]
	[ORCHOB 20100109-20100112]
	[HOBMIL 20080120-20121109]
)";

inline constexpr char kVerbs[] = R"(<!-- VERBS -->
&TIETYPES
+MILITARY
+ECONOMIC

&ACCORDSYN  # embedded synsets
+&TIETYPES
+CLOSER

--- RESTORE  [064]  ---
RESTORE    # comment
- * &TIETYPES TIES [902]
- NOT * RELATIONS  [112]
- * DIPLXMATIC  [###]
- * HALFHEARTEDLY [---]

--- BREAK  [191]  ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BROKE_DOWN +BROKEN_DOWN }  [1711]
WIRE_+TAP {WIRE_+TAPPED}

--- ARRIVE  [032:033]  ---
ARRIVE
- + * FROM $  [066]
- IN_* [075]
)";

// A coder over kVerbs, kActors, three agents and one discard ("BASEBALL").
inline std::unique_ptr<Coder> SmallCoder() {
  constexpr char kAgents[] = "GOVERNMENT [~GOV]\nPOLICE {} [~COP]\nMSF {} [NGO~]\n";
  auto verbs = VerbDictionary::Parse(kVerbs, "v");
  auto actors = ActorDictionary::Parse(kActors, "a");
  auto agents = AgentDictionary::Parse(kAgents, "g");
  auto discards = DiscardList::Parse("BASEBALL\n", "d");
  EXPECT_TRUE(verbs.ok() && actors.ok() && agents.ok() && discards.ok());
  return std::make_unique<Coder>(std::move(verbs).value(), std::move(actors).value(), std::move(agents).value(),
                                 std::move(discards).value());
}

}  // namespace dossier::extract::petrarch::testdata
