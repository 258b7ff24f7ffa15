#include "apps/dossier/annotation_records.h"

#include <exception>

#include "base/file.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "pipeline/annotation_json.h"
#include "text/line_source.h"

namespace dossier::app {
namespace {

// Every span must lie inside the text: the store cuts evidence out by them.
base::Status CheckSpans(const pipeline::Annotation& a) {
  const size_t n = a.text.size();
  auto bad = [&](const base::Span& s) { return s.begin > s.end || s.end > n; };
  for (const auto& s : a.sentences) {
    if (bad(s)) return base::Status::InvalidArgument("sentence span outside the text");
  }
  for (const auto& m : a.mentions) {
    if (bad(m.span)) return base::Status::InvalidArgument("mention span outside the text");
  }
  for (const auto& e : a.events) {
    if (bad(e.span) || bad(e.trigger)) {
      return base::Status::InvalidArgument("event " + e.id + " span outside the text");
    }
  }
  for (const auto& r : a.relations) {
    if (bad(r.span)) return base::Status::InvalidArgument("relation span outside the text");
  }
  for (const auto& q : a.quotes) {
    if (bad(q.span)) return base::Status::InvalidArgument("quote span outside the text");
  }
  return base::Status::Ok();
}

base::Result<pipeline::Annotation> ParseRecord(const std::string& line) {
  if (base::FindInvalidUtf8(line)) return base::Status::InvalidArgument("invalid UTF-8");
  base::Result<pipeline::Annotation> a = base::Status::Internal("unparsed");
  try {  // the JSON library throws on values of the wrong type
    a = pipeline::FromJson(line);
  } catch (const std::exception& e) {
    return base::Status::InvalidArgument(std::string("malformed record: ") + e.what());
  }
  if (!a.ok()) return base::Status::InvalidArgument(a.status().message());
  if (base::Trim(a->text).empty()) {
    return base::Status::InvalidArgument("record has no \"text\" (annotate with --with-text)");
  }
  DOSSIER_RETURN_IF_ERROR(CheckSpans(*a));
  return a;
}

}  // namespace

base::Status ReadAnnotationRecords(
    const std::string& path, size_t max_line_bytes,
    const std::function<void(pipeline::Annotation&&, const std::string& origin)>& sink,
    const std::function<void(const std::string&)>& on_error) {
  DOSSIER_ASSIGN_OR_RETURN(auto source, text::LineSource::Open(path));
  std::string line;
  size_t length = 0;
  for (;;) {
    DOSSIER_ASSIGN_OR_RETURN(auto outcome, source->Next(max_line_bytes, &line, &length));
    if (outcome == text::LineSource::Outcome::kEnd) break;
    std::string origin = path + ":" + std::to_string(source->line_number());
    if (outcome == text::LineSource::Outcome::kTooLong) {
      on_error(origin + ": record of " + std::to_string(length) + " bytes exceeds the limit; skipped");
      continue;
    }
    if (base::Trim(line).empty()) continue;
    auto a = ParseRecord(line);
    if (!a.ok()) {
      on_error(origin + ": " + a.status().message());
      continue;
    }
    if (a->id.empty()) a->id = base::BaseName(path) + ":" + std::to_string(source->line_number());
    sink(std::move(*a), origin);
  }
  return base::Status::Ok();
}

}  // namespace dossier::app
