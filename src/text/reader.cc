#include "text/reader.h"

#include <nlohmann/json.hpp>

#include <cstring>

#include "base/file.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "text/line_source.h"

namespace dossier::text {
namespace {

using base::Status;

// Accepts YYYY, YYYY-MM, YYYY-MM-DD and ISO date-times (cut to the date);
// returns the date part or empty when `s` is none of them.
std::string NormalizeDate(const std::string& s) {
  auto digits = [&](size_t from, size_t n) {
    if (s.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  if (!digits(0, 4)) return "";
  if (s.size() == 4) return s;
  if (s[4] != '-' || !digits(5, 2)) return "";
  if (s.size() == 7) return s;
  if (s[7] != '-' || !digits(8, 2)) return "";
  if (s.size() == 10 || s[10] == 'T' || s[10] == ' ') return s.substr(0, 10);
  return "";
}

std::string LineOrigin(const std::string& path, size_t line) {
  return path + ":" + std::to_string(line);
}

// Reads a string-valued (or numeric, for ids) field; empty when absent or null.
Status StringField(const nlohmann::json& obj, const char* key, bool allow_number,
                   std::string* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Status::Ok();
  if (it->is_string()) {
    *out = it->get<std::string>();
  } else if (allow_number && it->is_number_integer()) {
    *out = std::to_string(it->get<long long>());
  } else {
    return Status::InvalidArgument(std::string("field \"") + key + "\" must be a string");
  }
  return Status::Ok();
}

Status ParseJsonRecord(const std::string& line, const std::string& origin, Document* doc) {
  nlohmann::json obj = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (obj.is_discarded()) {
    // Re-parse with exceptions only to get the byte position for the message.
    try {
      nlohmann::json ignored = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      return Status::InvalidArgument(origin + ": malformed JSON at byte " +
                                     std::to_string(e.byte) + " of the line");
    }
    return Status::InvalidArgument(origin + ": malformed JSON");
  }
  if (!obj.is_object()) return Status::InvalidArgument(origin + ": record is not a JSON object");
  auto check = [&](Status s) { return s.ok() ? s : s.WithPrefix(origin); };
  DOSSIER_RETURN_IF_ERROR(check(StringField(obj, "id", true, &doc->id)));
  DOSSIER_RETURN_IF_ERROR(check(StringField(obj, "text", false, &doc->text)));
  DOSSIER_RETURN_IF_ERROR(check(StringField(obj, "date", false, &doc->date)));
  DOSSIER_RETURN_IF_ERROR(check(StringField(obj, "title", false, &doc->title)));
  DOSSIER_RETURN_IF_ERROR(check(StringField(obj, "url", false, &doc->url)));
  DOSSIER_RETURN_IF_ERROR(check(StringField(obj, "source", false, &doc->source)));
  if (obj.find("text") == obj.end()) {
    return Status::InvalidArgument(origin + ": record has no \"text\" field");
  }
  if (!doc->date.empty()) {
    std::string date = NormalizeDate(doc->date);
    if (date.empty()) {
      doc->warnings.push_back(origin + ": \"date\" is not an ISO date (YYYY[-MM[-DD]]), ignored: " +
                              doc->date);
    }
    doc->date = date;
  }
  doc->origin = origin;
  return CheckText(origin, doc->text);
}

Status ReadJsonLines(const std::string& path, const ReadOptions& options, const DocumentSink& sink,
                     const ErrorSink& on_error) {
  DOSSIER_ASSIGN_OR_RETURN(auto source, LineSource::Open(path));
  std::string line;
  size_t length = 0;
  size_t good = 0;
  while (true) {
    DOSSIER_ASSIGN_OR_RETURN(auto outcome, source->Next(options.max_document_bytes, &line, &length));
    if (outcome == LineSource::Outcome::kEnd) break;
    std::string origin = LineOrigin(path, source->line_number());
    if (outcome == LineSource::Outcome::kTooLong) {
      on_error(origin + ": line of " + std::to_string(length) + " bytes exceeds the limit of " +
               std::to_string(options.max_document_bytes) + " bytes; skipped");
      continue;
    }
    if (base::Trim(line).empty()) continue;
    if (auto bad = base::FindInvalidUtf8(line)) {
      on_error(origin + ": invalid UTF-8 at byte " + std::to_string(*bad) + " of the line");
      continue;
    }
    Document doc;
    Status s = ParseJsonRecord(line, origin, &doc);
    if (!s.ok()) {
      on_error(s.message());
      continue;
    }
    if (doc.id.empty()) doc.id = base::BaseName(path) + ":" + std::to_string(source->line_number());
    ++good;
    sink(std::move(doc));
  }
  (void)good;
  return Status::Ok();
}

Status ReadSingle(const std::string& path, const std::string& bytes, bool html,
                  const DocumentSink& sink, const ErrorSink& on_error) {
  Document doc;
  doc.id = path == "-" ? "stdin" : base::BaseName(path);
  doc.origin = path;
  if (html) {
    Status raw = CheckText(path, bytes);
    if (!raw.ok()) {
      on_error(raw.message());
      return Status::Ok();
    }
    HtmlText h = ExtractHtmlText(bytes);
    doc.text = std::move(h.text);
    doc.title = std::move(h.title);
    doc.date = std::move(h.date);
    if (base::Trim(doc.text).empty()) {
      on_error(path + ": HTML has no visible text");
      return Status::Ok();
    }
  } else {
    doc.text = bytes;
  }
  Status s = CheckText(path, doc.text);
  if (!s.ok()) {
    on_error(s.message());
    return Status::Ok();
  }
  sink(std::move(doc));
  return Status::Ok();
}

}  // namespace

Status CheckText(const std::string& origin, const std::string& text) {
  if (base::Trim(text).empty()) return Status::InvalidArgument(origin + ": empty document, no text");
  const void* nul = std::memchr(text.data(), '\0', text.size());
  if (nul != nullptr) {
    size_t off = static_cast<const char*>(nul) - text.data();
    return Status::InvalidArgument(origin + ":" + std::to_string(base::LineOfOffset(text, off)) +
                                   ": binary data (NUL byte at offset " + std::to_string(off) +
                                   "); not a text document");
  }
  if (auto bad = base::FindInvalidUtf8(text)) {
    return Status::InvalidArgument(origin + ":" + std::to_string(base::LineOfOffset(text, *bad)) +
                                   ": invalid UTF-8 at byte offset " + std::to_string(*bad));
  }
  return Status::Ok();
}

Status ReadDocuments(const std::string& path, const ReadOptions& options, const DocumentSink& sink,
                     const ErrorSink& on_error) {
  bool jsonl = base::HasSuffix(path, ".jsonl") || base::HasSuffix(path, ".jsonl.zst") ||
               base::HasSuffix(path, ".ndjson");
  bool html = base::HasSuffix(path, ".html") || base::HasSuffix(path, ".htm");
  if (jsonl) return ReadJsonLines(path, options, sink, on_error);
  std::string bytes;
  if (path == "-") {
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
      bytes.append(buf, n);
      if (bytes.size() > options.max_document_bytes * 64) {
        return Status::InvalidArgument("-: standard input too large");
      }
    }
    size_t first = bytes.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && bytes[first] == '{') {
      // JSON Lines on standard input: parse line by line from memory.
      size_t line_no = 0;
      for (size_t pos = 0; pos < bytes.size();) {
        size_t nl = bytes.find('\n', pos);
        if (nl == std::string::npos) nl = bytes.size();
        std::string line = bytes.substr(pos, nl - pos);
        pos = nl + 1;
        ++line_no;
        if (base::Trim(line).empty()) continue;
        std::string origin = LineOrigin("-", line_no);
        if (line.size() > options.max_document_bytes) {
          on_error(origin + ": line exceeds the size limit; skipped");
          continue;
        }
        if (auto bad = base::FindInvalidUtf8(line)) {
          on_error(origin + ": invalid UTF-8 at byte " + std::to_string(*bad) + " of the line");
          continue;
        }
        Document doc;
        Status s = ParseJsonRecord(line, origin, &doc);
        if (!s.ok()) {
          on_error(s.message());
          continue;
        }
        if (doc.id.empty()) doc.id = "stdin:" + std::to_string(line_no);
        sink(std::move(doc));
      }
      return Status::Ok();
    }
  } else {
    auto read = base::ReadFile(path, options.max_document_bytes);
    if (!read.ok()) {
      if (read.status().code() == base::StatusCode::kInvalidArgument) {
        on_error(read.status().message() + "; skipped");
        return Status::Ok();
      }
      return read.status();
    }
    bytes = std::move(*read);
  }
  return ReadSingle(path, bytes, html, sink, on_error);
}

}  // namespace dossier::text
