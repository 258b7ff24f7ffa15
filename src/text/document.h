// Document: one text as received, with its metadata.
//
// `text` holds the exact UTF-8 bytes every span refers to (for HTML: the text
// extracted from the markup). Readers guarantee `text` is valid UTF-8.
#pragma once

#include <string>
#include <vector>

namespace dossier::text {

struct Document {
  std::string id;      // echoed in every output record; a plain file's name
  std::string text;    // valid UTF-8
  std::string date;    // "YYYY-MM-DD" from metadata, or empty
  std::string title;
  std::string url;
  std::string source;
  std::string origin;  // "FILE" or "FILE:LINE", for messages
  std::vector<std::string> warnings;  // problems that did not stop the reading
};

}  // namespace dossier::text
