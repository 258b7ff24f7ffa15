// dossier annotate [--format json|text] [--date D] [--tokens] [--with-text]
//                  [--threads N] [--sanctions PATH]... FILE...
// Writes one annotation record per document to standard output (JSON Lines by
// default), in input order; messages go to standard error.
#include <cstdio>
#include <iostream>

#include "apps/dossier/commands.h"
#include "apps/dossier/document_runner.h"
#include "apps/dossier/text_format.h"
#include "pipeline/annotation_json.h"
#include "pipeline/annotator.h"

namespace dossier::app {
namespace {

struct AnnotateFlags {
  std::string format = "json";
  std::string date;
  bool tokens = false;
  bool with_text = false;
  int threads = 1;
  std::vector<std::string> sanctions;
  std::string petrarch_dicts;
  std::vector<std::string> files;
};

int RunAnnotate(const AnnotateFlags& f) {
  if (!f.date.empty() && (f.date.size() != 10 || f.date[4] != '-' || f.date[7] != '-')) {
    std::cerr << "dossier annotate: --date must be YYYY-MM-DD, got " << f.date << "\n";
    return 2;
  }
  pipeline::AnnotatorOptions opts;
  opts.sanctions_paths = f.sanctions;
  opts.with_tokens = f.tokens;
  opts.default_date = f.date;
  opts.petrarch_dicts = f.petrarch_dicts;
  auto annotator = pipeline::Annotator::Create(opts);
  if (!annotator.ok()) {
    std::cerr << "dossier annotate: " << annotator.status().message() << "\n";
    return 1;
  }
  pipeline::JsonOptions json;
  json.with_tokens = f.tokens;
  json.with_text = f.with_text;
  RunStats stats;
  std::function<pipeline::Annotation(const text::Document&)> work =
      [&](const text::Document& d) { return (*annotator)->Annotate(d); };
  std::function<void(const text::Document&, pipeline::Annotation&&)> done =
      [&](const text::Document& d, pipeline::Annotation&& a) {
        for (const std::string& w : d.warnings) std::cerr << "warning: " << w << "\n";
        if (f.format == "text") {
          std::cout << FormatAnnotationText(a);
        } else {
          std::cout << pipeline::ToJsonLine(a, json) << '\n';
        }
      };
  base::Status s = RunDocuments(f.files, text::ReadOptions{}, f.threads, work, done,
                                [](const std::string& m) { std::cerr << "error: " << m << "\n"; },
                                &stats);
  std::cout.flush();
  if (stats.errors > 0) {
    std::cerr << "dossier annotate: " << stats.documents << " documents annotated, "
              << stats.errors << " inputs skipped (see messages above)\n";
  }
  // A file that could not be opened at all is a failure; bad records are not.
  return s.ok() ? 0 : 1;
}

}  // namespace

void AddAnnotateCommand(CLI::App& app) {
  auto flags = std::make_shared<AnnotateFlags>();
  CLI::App* cmd = app.add_subcommand("annotate", "Annotate documents; JSON Lines on standard output");
  cmd->add_option("--format", flags->format, "json (default) or text")
      ->check(CLI::IsMember({"json", "text"}));
  cmd->add_option("--date", flags->date, "document creation date (YYYY-MM-DD) for undated input");
  cmd->add_flag("--tokens", flags->tokens, "include tokens with POS, lemma, head and dependency");
  cmd->add_flag("--with-text", flags->with_text, "include the document text in each record");
  cmd->add_option("--threads", flags->threads, "worker threads")->check(CLI::Range(1, 256));
  cmd->add_option("--sanctions", flags->sanctions, "sanctions list file or folder (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--petrarch-dicts", flags->petrarch_dicts,
                  "also code events with the PETRARCH dictionaries of this folder (CAMEO actors)");
  cmd->add_option("files", flags->files, "input files (.txt, .html, .jsonl, .jsonl.zst, - for stdin)")
      ->required();
  cmd->callback([flags]() { ExitCode() = RunAnnotate(*flags); });
}

}  // namespace dossier::app
