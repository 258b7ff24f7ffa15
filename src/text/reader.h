// Readers: files in, Documents out.
//
// Formats, chosen by file name:
//   *.txt (and anything unrecognised)  one document, id = file name
//   *.html, *.htm                      one document: visible text, paragraphs kept;
//                                      scripts, styles and navigation dropped
//   *.jsonl, *.jsonl.zst               one document per line:
//                                      {"id","text","date"?,"title"?,"url"?,"source"?}
//   "-"                                standard input, JSON Lines when it starts with '{'
//
// Bad records never stop a file: each is reported to `on_error` as
// "FILE:LINE: message" (or "FILE: message" for single-document files) and the
// reader moves on. The returned Status is an error only when the file as a whole
// cannot be read (missing, unreadable, corrupt compression).
//
// Thread-safety: the functions are reentrant; the callbacks run on the caller's
// thread, in input order.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "base/status.h"
#include "text/document.h"

namespace dossier::text {

struct ReadOptions {
  // Documents (and JSONL lines) larger than this are reported and skipped.
  size_t max_document_bytes = size_t{16} << 20;
};

using DocumentSink = std::function<void(Document&&)>;
using ErrorSink = std::function<void(const std::string& message)>;

base::Status ReadDocuments(const std::string& path, const ReadOptions& options,
                           const DocumentSink& sink, const ErrorSink& on_error);

// Checks one document's bytes: not empty, no NUL (binary), valid UTF-8.
// The message names `origin` and the line and byte offset of the problem.
base::Status CheckText(const std::string& origin, const std::string& text);

// Extracts visible text from HTML (exposed for tests). Block elements become
// line breaks, paragraphs blank lines.
struct HtmlText {
  std::string text;
  std::string title;
  std::string date;  // from <meta> publication dates, "YYYY-MM-DD" or empty
};
HtmlText ExtractHtmlText(const std::string& html);

}  // namespace dossier::text
