#include "apps/dossier/text_format.h"

#include <sstream>

#include "base/strings.h"

namespace dossier::app {
namespace {

std::string SentenceText(const pipeline::Annotation& a, uint32_t index) {
  if (index >= a.sentences.size() || a.text.empty()) return "";
  std::string s(a.sentences[index].Of(a.text));
  for (char& c : s) {
    if (c == '\n') c = ' ';
  }
  return s;
}

}  // namespace

std::string FormatAnnotationText(const pipeline::Annotation& a) {
  std::ostringstream out;
  out << "== " << a.id << "  date " << (a.date.empty() ? "unknown" : a.date) << " ("
      << a.date_source << "), " << a.sentences.size() << " sentences\n";
  out << "Entities:\n";
  for (const auto& e : a.entities) {
    out << "  " << e.name << " [" << e.type << (e.country.empty() ? "" : ", " + e.country) << "] "
        << e.id << "\n";
    for (const auto& h : e.sanctions) {
      out << "    SANCTIONED " << h.list << " " << h.ref << " " << h.name << " ("
          << base::Join(h.programs, ", ") << ") score " << h.score << "\n";
    }
  }
  if (!a.timexes.empty()) {
    out << "Time expressions:\n";
    for (const auto& t : a.timexes) out << "  " << t.text << " = " << t.value << " [" << t.type << "]\n";
  }
  if (!a.events.empty()) out << "Events:\n";
  for (const auto& e : a.events) {
    out << "  " << (e.date.empty() ? "????" : e.date) << " " << e.event
        << (e.mode.empty() ? "" : "/" + e.mode) << " (CAMEO " << e.cameo << ") "
        << base::Join(e.actor, "+") << " -> " << base::Join(e.recipient, "+") << " [" << e.modality
        << (e.attributed_to.empty() ? "" : ", per " + base::Join(e.attributed_to, ", ")) << "]"
        << (a.text.empty() ? "" : " trigger \"" + std::string(e.trigger.Of(a.text)) + "\"") << "\n"
        << "      \"" << SentenceText(a, e.sentence) << "\"\n";
  }
  if (!a.relations.empty()) out << "Relations:\n";
  for (const auto& r : a.relations) out << "  " << r.subject << " " << r.predicate << " " << r.object << "\n";
  if (!a.quotes.empty()) out << "Quotes:\n";
  for (const auto& q : a.quotes) {
    std::string text = a.text.empty() ? "" : std::string(q.span.Of(a.text));
    out << "  " << (q.speaker.empty() ? "?" : q.speaker) << ": " << text << "\n";
  }
  return out.str();
}

}  // namespace dossier::app
