// TimeML reader: the gold TIMEX3 annotations of a .tml file (TimeBank,
// AQUAINT, TempEval-3) as plain text plus timexes with byte spans into it, for
// evaluating and tuning the tagger.
//
// The text is the content of the <TEXT> element with all markup removed and
// XML entities decoded; every TIMEX3 inside it becomes a Timex whose span
// covers its content (leading and trailing whitespace trimmed). The document
// creation time comes from the TIMEX3 inside <DCT> (or, failing that, the one
// with functionInDocument="CREATION_TIME").
//
// Example:
//   DOSSIER_ASSIGN_OR_RETURN(time::TimemlDocument doc, time::ReadTimeml(path));
//   auto found = tagger->Tag(doc.text, doc.dct);
//
// Thread-safety: pure functions.
// Errors: IoError when the file cannot be read; InvalidArgument ("FILE: ...")
// for malformed XML, a missing <TEXT>, or a TIMEX3 with an unknown type.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "time/date.h"
#include "time/time_tagger.h"

namespace dossier::time {

struct TimemlDocument {
  std::string id;            // the file name without folder and extension
  std::string text;          // <TEXT> content, markup removed
  std::optional<Date> dct;   // document creation date, when the file gives one
  std::vector<Timex> timexes;  // gold, in text order
};

base::Result<TimemlDocument> ReadTimeml(const std::string& path);
base::Result<TimemlDocument> ParseTimeml(std::string_view xml, const std::string& origin);

}  // namespace dossier::time
