// dossier eval time [--corpus DIR]... [--lexicon PATH] [--errors N]
// Scores the temporal tagger against TimeML gold (by default TimeBank and
// AQUAINT from ../shared/data/corpora/tbaq_timeml): strict and relaxed span
// P/R/F1, type and value accuracy (TempEval-3 style, gold DCT given), recall
// by type, and how often the document date is inferred from the text alone.
// The report goes to standard output; with --errors N, the first N misses,
// spurious and wrongly-valued timexes of each corpus follow it.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "apps/dossier/commands.h"
#include "base/file.h"
#include "time/document_date.h"
#include "time/tagger.h"
#include "time/timeml.h"
#include "time/timex_eval.h"

namespace dossier::app {
namespace {

namespace fs = std::filesystem;

struct EvalTimeFlags {
  std::vector<std::string> corpora;
  std::string lexicon;
  int errors = 0;
};

struct CorpusResult {
  time::TimexScore score;
  int documents = 0, dated = 0, inferred = 0, inferred_right = 0;
  std::vector<std::string> errors;
};

std::string Quote(const time::Timex* t, const std::string& text) {
  if (!t) return "-";
  return "\"" + std::string(t->span.Of(text)) + "\" " + time::TimexTypeName(t->type) + " " +
         t->value;
}

base::Status ScoreCorpus(const time::TimeTagger& tagger, const std::string& dir, int max_errors,
                         CorpusResult* out) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
    if (e.path().extension() == ".tml") files.push_back(e.path().string());
  }
  if (ec) return base::Status::IoError(dir + ": " + ec.message());
  if (files.empty()) return base::Status::NotFound(dir + ": no .tml files");
  std::sort(files.begin(), files.end());
  for (const std::string& path : files) {
    DOSSIER_ASSIGN_OR_RETURN(time::TimemlDocument doc, time::ReadTimeml(path));
    const std::vector<text::Token> tokens = text::Tokenize(doc.text);
    ++out->documents;
    if (doc.dct) {
      ++out->dated;
      std::optional<time::Date> guess = time::InferDocumentDate(tagger, doc.text, tokens);
      out->inferred += guess.has_value();
      out->inferred_right += guess && *guess == *doc.dct;
    }
    const std::vector<time::Timex> found = tagger.Tag(doc.text, tokens, doc.dct);
    out->score.Add(doc.timexes, found, [&](const time::Timex* g, const time::Timex* s) {
      if (static_cast<int>(out->errors.size()) >= max_errors) return;
      const char* kind = !s ? "missed  " : !g ? "spurious" : g->value != s->value ? "value   " : "";
      if (*kind == 0) return;
      out->errors.push_back(std::string(kind) + "  " + doc.id + "  gold " + Quote(g, doc.text) +
                            "  | ours " + Quote(s, doc.text));
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
  std::vector<std::string> corpora = f.corpora;
  if (corpora.empty()) {
    const std::string root = base::ProjectHome() + "/../shared/data/corpora/tbaq_timeml";
    corpora = {root + "/TimeBank", root + "/AQUAINT"};
  }
  auto tagger = f.lexicon.empty() ? time::TimeTagger::Load() : time::TimeTagger::Load(f.lexicon);
  if (!tagger.ok()) {
    std::cerr << "dossier eval time: " << tagger.status().message() << "\n";
    return 1;
  }
  CorpusResult total;
  for (const std::string& dir : corpora) {
    CorpusResult r;
    if (base::Status s = ScoreCorpus(**tagger, dir, f.errors, &r); !s.ok()) {
      std::cerr << "dossier eval time: " << s.message() << "\n";
      return 1;
    }
    PrintReport(fs::path(dir).filename().string(), r);
    for (const std::string& e : r.errors) std::printf("    %s\n", e.c_str());
    total.score.Merge(r.score);
    total.documents += r.documents;
    total.dated += r.dated;
    total.inferred += r.inferred;
    total.inferred_right += r.inferred_right;
  }
  if (corpora.size() > 1) PrintReport("all", total);
  return 0;
}

// The shared `eval` parent command: created by whichever evaluator registers first.
CLI::App* EvalParent(CLI::App& app) {
  auto found = app.get_subcommands([](const CLI::App* s) { return s->get_name() == "eval"; });
  if (!found.empty()) return found.front();
  CLI::App* eval = app.add_subcommand("eval", "Evaluate a component against gold data");
  eval->require_subcommand(1);
  return eval;
}

}  // namespace

void AddEvalTimeCommand(CLI::App& app) {
  auto flags = std::make_shared<EvalTimeFlags>();
  CLI::App* cmd = EvalParent(app)->add_subcommand(
      "time", "Score temporal expressions against TimeML gold (TimeBank + AQUAINT by default)");
  cmd->add_option("--corpus", flags->corpora, "folder of .tml files (repeatable)");
  cmd->add_option("--lexicon", flags->lexicon, "temporal lexicon (default data/time/lexicon.tsv)");
  cmd->add_option("--errors", flags->errors, "list up to N errors per corpus")
      ->check(CLI::NonNegativeNumber);
  cmd->callback([flags]() { ExitCode() = RunEvalTime(*flags); });
}

}  // namespace dossier::app
