// dossier ingest [--db PATH] [--sanctions PATH]... [--threads N] [--date D] FILE...
//
// Annotates documents and stores them with everything derived from them.
// Idempotent: a document whose content hash is already stored is skipped
// before annotation. Documents are committed in batches (kBatch per
// transaction), so a crash or kill loses at most the open batch and running
// the command again completes the work. With --records the inputs are
// annotation records made elsewhere (`dossier annotate --with-text`), stored
// without annotating them again. Bad records are reported on standard
// error as "FILE:LINE: message" and skipped; the summary goes to standard output.
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <mutex>

#include "apps/dossier/annotation_records.h"
#include "apps/dossier/commands.h"
#include "apps/dossier/document_runner.h"
#include "apps/dossier/input_meter.h"
#include "base/hash.h"
#include "base/progress.h"
#include "pipeline/annotator.h"
#include "store/store.h"

namespace dossier::app {
namespace {

constexpr size_t kBatch = 64;  // documents per transaction
constexpr size_t kMaxRecordBytes = size_t{64} << 20;

struct IngestFlags {
  std::string db = "dossier.db";
  std::vector<std::string> sanctions;
  int threads = 1;
  std::string date;
  bool records = false;
  std::vector<std::string> files;
};

struct Ingested {
  std::string hash;
  bool present = false;  // already stored: not annotated
  pipeline::Annotation annotation;
};

struct Counts {
  size_t stored = 0;
  size_t skipped = 0;
  size_t errors = 0;
};

// Writes one message line, first clearing a progress line on a terminal.
void Report(const std::string& message) {
  static const bool tty = ::isatty(STDERR_FILENO) == 1;
  std::cerr << (tty ? "\r\033[K" : "") << message << '\n';
}

class Ingester {
 public:
  Ingester(store::Store& store, const pipeline::Annotator& annotator,
           const std::vector<std::string>& files)
      : store_(store),
        annotator_(annotator),
        meter_(files),
        progress_("ingest", meter_.total_bytes()) {}

  // Worker threads: hash, look up, annotate only what is new.
  Ingested Work(const text::Document& doc) {
    Ingested r;
    r.hash = base::ContentHash(doc.text);
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!failure_.ok()) return r;
      auto present = store_.HasDocument(r.hash);
      if (!present.ok()) {
        failure_ = present.status();
        return r;
      }
      r.present = *present;
    }
    if (!r.present) r.annotation = annotator_.Annotate(doc);
    return r;
  }

  // The calling thread, in input order: store and commit in batches.
  void Done(const std::string& origin, Ingested&& r) {
    std::lock_guard<std::mutex> lock(mu_);
    uint64_t through = meter_.BytesThrough(origin);
    progress_.Advance(1, through > bytes_ ? through - bytes_ : 0);
    bytes_ = std::max(bytes_, through);
    if (!failure_.ok()) return;
    if (r.present) {
      ++counts_.skipped;
    } else {
      Put(origin, r);
    }
    progress_.SetNote(Note());
  }

  // A record annotated elsewhere (--records): stored as it is.
  void DoneRecord(pipeline::Annotation&& a, const std::string& origin) {
    Ingested r;
    r.hash = base::ContentHash(a.text);
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (failure_.ok()) {
        auto present = store_.HasDocument(r.hash);
        if (!present.ok()) failure_ = present.status();
        r.present = present.ok() && *present;
      }
    }
    r.annotation = std::move(a);
    Done(origin, std::move(r));
  }

  void Error(const std::string& message) {
    ++counts_.errors;
    Report(message);
  }

  // Commits the open batch. Returns the first storage failure, if any.
  base::Status Finish() {
    if (failure_.ok() && open_) failure_ = store_.Commit();
    open_ = false;
    progress_.SetNote(Note());
    progress_.Finish();
    return failure_;
  }

  const Counts& counts() const { return counts_; }

 private:
  void Put(const std::string& origin, const Ingested& r) {
    if (!open_) {
      failure_ = store_.Begin();
      if (!failure_.ok()) return;
      open_ = true;
    }
    auto added = store_.PutDocument(r.annotation, r.hash);
    if (!added.ok()) {
      // The savepoint undid this document; the batch goes on without it.
      Error(origin + ": not stored: " + added.status().message());
      return;
    }
    ++(*added ? counts_.stored : counts_.skipped);
    if (++in_batch_ >= kBatch) {
      failure_ = store_.Commit();
      open_ = false;
      in_batch_ = 0;
    }
  }

  std::string Note() const {
    return std::to_string(counts_.stored) + " stored, " + std::to_string(counts_.skipped) +
           " skipped, " + std::to_string(counts_.errors) + " errors";
  }

  store::Store& store_;
  const pipeline::Annotator& annotator_;
  InputMeter meter_;
  base::Progress progress_;
  uint64_t bytes_ = 0;  // input bytes reported to progress_
  std::mutex mu_;
  base::Status failure_;
  bool open_ = false;
  size_t in_batch_ = 0;
  Counts counts_;
};

base::Status ReadRecords(const std::vector<std::string>& files, Ingester& ingester,
                         const std::function<void(const std::string&)>& on_error) {
  base::Status first;
  for (const auto& path : files) {
    base::Status s = ReadAnnotationRecords(
        path, kMaxRecordBytes,
        [&](pipeline::Annotation&& a, const std::string& origin) {
          ingester.DoneRecord(std::move(a), origin);
        },
        on_error);
    if (!s.ok()) {
      on_error(s.message());
      if (first.ok()) first = s;
    }
  }
  return first;
}

int RunIngest(const IngestFlags& f) {
  if (!f.date.empty() && (f.date.size() != 10 || f.date[4] != '-' || f.date[7] != '-')) {
    std::cerr << "dossier ingest: --date must be YYYY-MM-DD, got " << f.date << "\n";
    return 2;
  }
  auto store = store::OpenStore(f.db);
  if (!store.ok()) {
    std::cerr << "dossier ingest: cannot open database " << f.db << ": "
              << store.status().message() << "\n";
    return 1;
  }
  pipeline::AnnotatorOptions opts;
  opts.sanctions_paths = f.sanctions;
  opts.default_date = f.date;
  auto annotator = pipeline::Annotator::Create(opts);
  if (!annotator.ok()) {
    std::cerr << "dossier ingest: " << annotator.status().message() << "\n";
    return 1;
  }
  Ingester ingester(**store, **annotator, f.files);
  RunStats stats;
  std::function<Ingested(const text::Document&)> work = [&](const text::Document& d) {
    return ingester.Work(d);
  };
  std::function<void(const text::Document&, Ingested&&)> done =
      [&](const text::Document& d, Ingested&& r) {
        ingester.Done(d.origin, std::move(r));
      };
  auto on_error = [&](const std::string& m) { ingester.Error(m); };
  base::Status read;
  if (f.records) {
    read = ReadRecords(f.files, ingester, on_error);
  } else {
    read = RunDocuments(f.files, text::ReadOptions{}, f.threads, work, done, on_error, &stats);
  }
  base::Status stored = ingester.Finish();
  const Counts& c = ingester.counts();
  auto total = (*store)->CountDocuments();
  std::cout << "dossier ingest: stored " << c.stored << ", skipped " << c.skipped
            << " already present, " << c.errors << " errors; " << f.db << " holds "
            << (total.ok() ? std::to_string(*total) : "?") << " documents\n";
  if (!stored.ok()) {
    std::cerr << "dossier ingest: storing failed, the open batch was not committed: "
              << stored.message() << "\n";
    return 1;
  }
  // A file that could not be opened at all is a failure; bad records are not.
  return read.ok() ? 0 : 1;
}

}  // namespace

void AddIngestCommand(CLI::App& app) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Annotate documents and store them (idempotent; skips what is stored)");
  cmd->add_option("--db", flags->db, "database file (default ./dossier.db)");
  // One value per --sanctions, so that FILE arguments after it stay inputs.
  cmd->add_option("--sanctions", flags->sanctions, "sanctions list file or folder (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--threads", flags->threads, "worker threads")->check(CLI::Range(1, 256));
  cmd->add_option("--date", flags->date, "document creation date (YYYY-MM-DD) for undated input");
  cmd->add_flag("--records", flags->records,
                "inputs are annotation records (dossier annotate --with-text), stored as they are");
  cmd->add_option("files", flags->files, "input files (.txt, .html, .jsonl, .jsonl.zst, - for stdin)")
      ->required();
  cmd->callback([flags]() { ExitCode() = RunIngest(*flags); });
}

}  // namespace dossier::app
