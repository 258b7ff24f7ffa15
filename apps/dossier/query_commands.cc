// The analyst's query commands over a stored graph:
//   dossier entity NAME                    profile with sanctions, relations, events, mentions
//   dossier relation A B                   timeline of events between A and B, with evidence
//   dossier events [--entity X] [--type T] [--from D] [--to D] [--limit N]
//   dossier search TEXT...                 full-text search with snippets
// Each takes --db PATH (default ./dossier.db) and --json (one object per line).
#include <filesystem>
#include <iostream>

#include "apps/dossier/commands.h"
#include "apps/dossier/query_format.h"
#include "base/strings.h"
#include "query/dossier.h"
#include "store/store.h"

namespace dossier::app {
namespace {

struct CommonFlags {
  std::string db = "dossier.db";
  bool json = false;
};

void AddCommon(CLI::App* cmd, CommonFlags* f) {
  cmd->add_option("--db", f->db, "database file (default ./dossier.db)");
  cmd->add_flag("--json", f->json, "JSON output, one object per line");
}

// Opens an existing store: a query never creates an empty database.
base::Result<std::unique_ptr<store::Store>> OpenExisting(const std::string& db) {
  if (db != ":memory:" && !std::filesystem::exists(db)) {
    return base::Status::NotFound(db + ": no such database (run `dossier ingest --db " + db +
                                  " FILE...` first)");
  }
  return store::OpenStore(db);
}

// Runs `answer` on the opened store; prints errors and returns the exit code
// (1 for errors, 3 when a name was not found).
int Answer(const std::string& command, const CommonFlags& f,
           const std::function<base::Status(store::Store&)>& answer) {
  auto store = OpenExisting(f.db);
  base::Status s = store.ok() ? answer(**store) : store.status();
  std::cout.flush();
  if (s.ok()) return 0;
  std::cerr << "dossier " << command << ": " << s.message() << "\n";
  return s.code() == base::StatusCode::kNotFound ? 3 : 1;
}

void AddEntity(CLI::App& app) {
  struct Flags : CommonFlags {
    std::string name;
    query::ProfileOptions options;
  };
  auto f = std::make_shared<Flags>();
  CLI::App* cmd = app.add_subcommand("entity", "Profile of an entity (by id, name or alias)");
  AddCommon(cmd, f.get());
  cmd->add_option("--events", f->options.max_events, "most recent events to show");
  cmd->add_option("name", f->name, "entity id, name or alias")->required();
  cmd->callback([f]() {
    ExitCode() = Answer("entity", *f, [&](store::Store& s) -> base::Status {
      DOSSIER_ASSIGN_OR_RETURN(auto p, query::ProfileEntity(s, f->name, f->options));
      PrintProfile(p, f->json, std::cout);
      return base::Status::Ok();
    });
  });
}

void AddRelation(CLI::App& app) {
  struct Flags : CommonFlags {
    std::string a, b;
    size_t limit = 0;
  };
  auto f = std::make_shared<Flags>();
  CLI::App* cmd = app.add_subcommand("relation", "Timeline of events between two entities");
  AddCommon(cmd, f.get());
  cmd->add_option("--limit", f->limit, "at most N events (default all)");
  cmd->add_option("a", f->a, "first entity")->required();
  cmd->add_option("b", f->b, "second entity")->required();
  cmd->callback([f]() {
    ExitCode() = Answer("relation", *f, [&](store::Store& s) -> base::Status {
      DOSSIER_ASSIGN_OR_RETURN(auto t, query::RelationTimeline(s, f->a, f->b, f->limit));
      PrintTimeline(t, f->json, std::cout);
      return base::Status::Ok();
    });
  });
}

void AddEvents(CLI::App& app) {
  struct Flags : CommonFlags {
    query::EventFilter filter;
  };
  auto f = std::make_shared<Flags>();
  CLI::App* cmd = app.add_subcommand("events", "List events, oldest first");
  AddCommon(cmd, f.get());
  cmd->add_option("--entity", f->filter.entity, "only events with this entity as a side");
  cmd->add_option("--type", f->filter.type, "PLOVER event type (CONSULT, ASSAULT, ...)");
  cmd->add_option("--from", f->filter.from, "from date (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--to", f->filter.to, "to date, inclusive");
  cmd->add_option("--limit", f->filter.limit, "at most N events (default 100, 0 = all)");
  cmd->callback([f]() {
    ExitCode() = Answer("events", *f, [&](store::Store& s) -> base::Status {
      DOSSIER_ASSIGN_OR_RETURN(auto list, query::ListEvents(s, f->filter));
      PrintEvents(list, f->json, std::cout);
      return base::Status::Ok();
    });
  });
}

void AddSearch(CLI::App& app) {
  struct Flags : CommonFlags {
    std::vector<std::string> words;
    size_t limit = 20;
  };
  auto f = std::make_shared<Flags>();
  CLI::App* cmd = app.add_subcommand("search", "Full-text search over stored documents");
  AddCommon(cmd, f.get());
  cmd->add_option("--limit", f->limit, "at most N documents (default 20)");
  cmd->add_option("text", f->words, "words that must all occur")->required();
  cmd->callback([f]() {
    ExitCode() = Answer("search", *f, [&](store::Store& s) -> base::Status {
      DOSSIER_ASSIGN_OR_RETURN(auto hits,
                               query::SearchDocuments(s, base::Join(f->words, " "), f->limit));
      PrintSearch(hits, f->json, std::cout);
      return base::Status::Ok();
    });
  });
}

}  // namespace

void AddQueryCommands(CLI::App& app) {
  AddEntity(app);
  AddRelation(app);
  AddEvents(app);
  AddSearch(app);
}

}  // namespace dossier::app
