// A small RFC 4180 reader shared by the CSV loaders (internal to kb).
//
// Example:
//   CsvReader r(text);
//   std::vector<std::string> fields;
//   while (r.Next(&fields)) { ... r.line() ... }
// Quoted fields may hold commas, doubled quotes and newlines. A record whose
// quotes never close sets error() and ends the input.
// Thread-safety: one reader per thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "base/status.h"

namespace dossier::kb {

class CsvReader {
 public:
  explicit CsvReader(std::string_view text) : text_(text) {}
  // Reads the next record; false at the end of the input.
  bool Next(std::vector<std::string>* fields);
  // 1-based line on which the last record returned started.
  size_t line() const { return record_line_; }
  bool error() const { return error_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  size_t line_ = 1;
  size_t record_line_ = 0;
  bool error_ = false;
};

// 1-based line of a byte offset reported by pugixml (-1 when unknown -> 0).
size_t LineAt(std::string_view bytes, long offset);

// Reads the XML file at `path` into `*bytes` and parses it into `*doc`; a
// syntax error comes back as "FILE:LINE: description".
base::Status LoadXmlFile(const std::string& path, std::string* bytes, pugi::xml_document* doc);

// Latin-1 bytes to UTF-8 (the input is returned as-is when it is valid UTF-8).
std::string Latin1ToUtf8(std::string_view bytes);

}  // namespace dossier::kb
