#include "kb/sanctions_csv.h"

#include "base/file.h"
#include "base/utf8.h"

namespace dossier::kb {

bool CsvReader::Next(std::vector<std::string>* fields) {
  fields->clear();
  // Skip blank lines and a trailing DOS end-of-file mark (\x1A).
  while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\x1a')) {
    if (text_[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= text_.size()) return false;
  record_line_ = line_;
  std::string field;
  bool quoted = false;
  while (pos_ < text_.size()) {
    const char c = text_[pos_++];
    if (quoted) {
      if (c == '"') {
        if (pos_ < text_.size() && text_[pos_] == '"') {
          field += '"';
          ++pos_;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line_;
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields->push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      ++line_;
      break;
    } else if (c != '\r') {
      field += c;
    }
  }
  if (quoted) error_ = true;
  fields->push_back(std::move(field));
  return true;
}

size_t LineAt(std::string_view bytes, long offset) {
  if (offset < 0 || static_cast<size_t>(offset) > bytes.size()) return 0;
  return base::LineOfOffset(bytes, static_cast<size_t>(offset));
}

base::Status LoadXmlFile(const std::string& path, std::string* bytes, pugi::xml_document* doc) {
  DOSSIER_ASSIGN_OR_RETURN(*bytes, base::ReadFile(path));
  pugi::xml_parse_result parsed = doc->load_buffer(bytes->data(), bytes->size());
  if (!parsed) {
    return base::Status::InvalidArgument(
        path + ":" + std::to_string(LineAt(*bytes, parsed.offset)) + ": " + parsed.description());
  }
  return base::Status::Ok();
}

std::string Latin1ToUtf8(std::string_view bytes) {
  if (!base::FindInvalidUtf8(bytes)) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 16);
  for (unsigned char c : bytes) base::AppendUtf8(c, &out);
  return out;
}

}  // namespace dossier::kb
