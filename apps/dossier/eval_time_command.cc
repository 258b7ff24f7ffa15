// dossier eval time [--timeml DIR]... [--home DIR] [--errors N]
// Scores the temporal tagger against TimeML gold (by default TimeBank and
// AQUAINT under ../shared/data/corpora/tbaq_timeml) the TempEval-3 way: each
// file's DCT is given as the metadata date; strict and relaxed span P/R/F1,
// type and value P/R/F1, recall by type, and how often the document date is
// recovered from the text alone. One report per folder holding .tml files,
// then the total; with --errors N, the first N misses, spurious and
// wrongly-valued timexes of each folder, each with its document, DCT, the gold
// text, type and value, and ours. The last line is always
//   TIMEX strict F1 0.xxx relaxed F1 0.xxx value F1 0.xxx
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "apps/dossier/commands.h"
#include "base/file.h"
#include "time/document_date.h"
#include "time/time_tagger.h"
#include "time/timeml.h"
#include "time/timex_eval.h"

namespace dossier::app {
namespace {

namespace fs = std::filesystem;

struct EvalTimeFlags {
  std::vector<std::string> timeml;
  std::string home;
  int errors = 0;
};

struct CorpusResult {
  time::TimexScore score;
  int documents = 0, dated = 0, inferred = 0, inferred_right = 0;
  std::vector<std::string> errors;

  void Merge(const CorpusResult& r) {
    score.Merge(r.score);
    documents += r.documents;
    dated += r.dated;
    inferred += r.inferred;
    inferred_right += r.inferred_right;
  }
};

std::string Quote(const time::Timex* t, const std::string& text) {
  if (!t) return "-";
  return "\"" + std::string(t->span.Of(text)) + "\" " + t->type + " " + t->value;
}

// The .tml files under `dir`, grouped by the folder that holds them.
base::Result<std::map<std::string, std::vector<std::string>>> FindTimeml(const std::string& dir) {
  std::map<std::string, std::vector<std::string>> groups;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".tml") {
      groups[it->path().parent_path().string()].push_back(it->path().string());
    }
  }
  if (ec) return base::Status::IoError(dir + ": " + ec.message());
  if (groups.empty()) return base::Status::NotFound(dir + ": no .tml files");
  for (auto& [folder, files] : groups) std::sort(files.begin(), files.end());
  return groups;
}

base::Status ScoreFiles(const time::TimeTagger& tagger, const std::vector<std::string>& files,
                        int max_errors, CorpusResult* out) {
  for (const std::string& path : files) {
    DOSSIER_ASSIGN_OR_RETURN(time::TimemlDocument doc, time::ReadTimeml(path));
    const text::Segmentation seg = text::Segment(doc.text);
    ++out->documents;
    if (doc.dct) {
      ++out->dated;
      auto guess = time::InferDocumentDate(tagger, doc.text, seg.tokens);
      out->inferred += guess.has_value();
      out->inferred_right += guess && guess->date == *doc.dct;
    }
    const std::string dct = doc.dct ? doc.dct->ToString() : "";
    const time::DocumentTime found = tagger.Analyze(doc.text, seg, dct);
    out->score.Add(doc.timexes, found.timexes, [&](const time::Timex* g, const time::Timex* s) {
      if (static_cast<int>(out->errors.size()) >= max_errors) return;
      const char* kind = !s ? "missed  " : !g ? "spurious" : g->value != s->value ? "value   " : "";
      if (*kind == 0) return;
      out->errors.push_back(std::string(kind) + "  " + doc.id + "  dct " + dct + "  gold " +
                            Quote(g, doc.text) + "  | ours " + Quote(s, doc.text));
    });
  }
  return base::Status::Ok();
}

void PrintReport(const std::string& name, const CorpusResult& r) {
  const time::TimexScore& s = r.score;
  auto row = [](const char* label, time::Prf p) {
    std::printf("  %-16s P %.3f  R %.3f  F1 %.3f\n", label, p.precision, p.recall, p.f1);
  };
  std::printf("%s: %d documents, %lld gold timexes, %lld found\n", name.c_str(), r.documents,
              static_cast<long long>(s.gold), static_cast<long long>(s.system));
  row("strict span", s.Strict());
  row("relaxed span", s.Relaxed());
  row("type", s.Type());
  row("value", s.Value());
  const double matched = s.relaxed > 0 ? static_cast<double>(s.relaxed) : 1.0;
  std::printf("  accuracy on relaxed matches: type %.3f, value %.3f\n", s.type_correct / matched,
              s.value_correct / matched);
  std::printf("  recall by type:");
  for (int t = 0; t < 4; ++t) {
    std::printf(" %s %lld/%lld", time::TimexTypeName(static_cast<time::TimexType>(t)),
                static_cast<long long>(s.found_by_type[t]),
                static_cast<long long>(s.gold_by_type[t]));
  }
  std::printf("\n  document date from text alone: %d of %d inferred, %d correct\n", r.inferred,
              r.dated, r.inferred_right);
}

int RunEvalTime(const EvalTimeFlags& f) {
  const std::string home = f.home.empty() ? base::ProjectHome() : f.home;
  std::vector<std::string> dirs = f.timeml;
  if (dirs.empty()) dirs = {home + "/../shared/data/corpora/tbaq_timeml"};
  auto tagger = time::TimeTagger::Load(home);
  if (!tagger.ok()) {
    std::cerr << "dossier eval time: " << tagger.status().message() << "\n";
    return 1;
  }
  CorpusResult total;
  int reports = 0;
  for (const std::string& dir : dirs) {
    auto groups = FindTimeml(dir);
    if (!groups.ok()) {
      std::cerr << "dossier eval time: " << groups.status().message() << "\n";
      return 1;
    }
    for (const auto& [folder, files] : *groups) {
      CorpusResult r;
      if (base::Status s = ScoreFiles(**tagger, files, f.errors, &r); !s.ok()) {
        std::cerr << "dossier eval time: " << s.message() << "\n";
        return 1;
      }
      PrintReport(fs::path(folder).filename().string(), r);
      for (const std::string& e : r.errors) std::printf("    %s\n", e.c_str());
      total.Merge(r);
      ++reports;
    }
  }
  if (reports > 1) PrintReport("all", total);
  std::printf("TIMEX strict F1 %.3f relaxed F1 %.3f value F1 %.3f\n", total.score.Strict().f1,
              total.score.Relaxed().f1, total.score.Value().f1);
  return 0;
}

}  // namespace

void AddEvalTimeCommand(CLI::App& eval) {
  auto flags = std::make_shared<EvalTimeFlags>();
  CLI::App* cmd = eval.add_subcommand(
      "time", "Score temporal expressions against TimeML gold (TimeBank + AQUAINT by default)");
  cmd->add_option("--timeml", flags->timeml,
                  "folder with .tml files, searched recursively (repeatable)");
  cmd->add_option("--home", flags->home, "project root holding data/time (default: this project)");
  cmd->add_option("--errors", flags->errors, "list up to N errors per folder")
      ->check(CLI::NonNegativeNumber);
  cmd->callback([flags]() { ExitCode() = RunEvalTime(*flags); });
}

}  // namespace dossier::app
