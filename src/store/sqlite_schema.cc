#include "store/sqlite_schema.h"

#include "store/name_key.h"

#include <string>
#include <vector>

namespace dossier::store {
namespace {

// Migration 1: the initial schema.
constexpr const char* kV1 = R"sql(
CREATE TABLE documents (
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  date TEXT,
  date_source TEXT,
  title TEXT,
  url TEXT,
  source TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_id ON documents(id);
CREATE INDEX documents_date ON documents(date);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='doc', tokenize='unicode61 remove_diacritics 2');

CREATE TABLE sentences (
  doc INTEGER NOT NULL REFERENCES documents(doc),
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE,
  type TEXT,
  country TEXT
) WITHOUT ROWID;
CREATE INDEX entities_id_nocase ON entities(id COLLATE NOCASE);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE aliases (
  entity TEXT NOT NULL,
  alias TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_alias ON aliases(alias COLLATE NOCASE);

CREATE TABLE sanctions_hits (
  entity TEXT NOT NULL,
  list TEXT NOT NULL,
  ref TEXT NOT NULL,
  name TEXT,
  programs TEXT,
  score REAL,
  explanation TEXT,
  PRIMARY KEY (entity, list, ref)
) WITHOUT ROWID;

CREATE TABLE mentions (
  doc INTEGER NOT NULL REFERENCES documents(doc),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT,
  type TEXT,
  entity TEXT
);
CREATE INDEX mentions_entity ON mentions(entity, doc);
CREATE INDEX mentions_doc ON mentions(doc);

CREATE TABLE timexes (
  doc INTEGER NOT NULL REFERENCES documents(doc),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT,
  type TEXT,
  value TEXT
);
CREATE INDEX timexes_doc ON timexes(doc);

CREATE TABLE events (
  ev INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(doc),
  id TEXT,
  event TEXT NOT NULL,
  mode TEXT,
  context TEXT,
  cameo TEXT,
  date TEXT,
  sort_date TEXT,
  modality TEXT,
  sentence INTEGER,
  start INTEGER,
  end INTEGER,
  trigger_start INTEGER,
  trigger_end INTEGER
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_type_date ON events(event, sort_date);
CREATE INDEX events_date ON events(sort_date);

CREATE TABLE event_participants (
  ev INTEGER NOT NULL REFERENCES events(ev),
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient', 'source')),
  entity TEXT NOT NULL,
  pos INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (ev, role, entity)
) WITHOUT ROWID;
CREATE INDEX event_participants_entity ON event_participants(entity, role, ev);

CREATE VIEW attributions AS
  SELECT ev, entity FROM event_participants WHERE role = 'source';

CREATE TABLE relations (
  doc INTEGER NOT NULL REFERENCES documents(doc),
  subject TEXT NOT NULL,
  predicate TEXT NOT NULL,
  object TEXT NOT NULL,
  sentence INTEGER,
  start INTEGER,
  end INTEGER
);
CREATE INDEX relations_subject ON relations(subject, object);
CREATE INDEX relations_object ON relations(object, subject);
CREATE INDEX relations_doc ON relations(doc);

CREATE TABLE quotes (
  doc INTEGER NOT NULL REFERENCES documents(doc),
  speaker TEXT,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  sentence INTEGER
);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX quotes_doc ON quotes(doc);
)sql";

// Migration 2: entity lookup keys (NameKey of id, name and every alias), so
// names resolve across case, hyphens and punctuation in any script. The
// ASCII-only NOCASE indexes of version 1 are no longer used.
constexpr const char* kV2 = R"sql(
CREATE TABLE entity_keys (
  key TEXT NOT NULL,
  entity TEXT NOT NULL,
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
DROP INDEX IF EXISTS entities_id_nocase;
DROP INDEX IF EXISTS entities_name;
DROP INDEX IF EXISTS aliases_alias;
)sql";

// Fills entity_keys for the entities a version-1 database already holds.
base::Status BackfillEntityKeys(SqliteDb& db) {
  DOSSIER_ASSIGN_OR_RETURN(SqliteStmt names,
                           db.Prepare("SELECT id, id FROM entities UNION ALL"
                                      " SELECT id, name FROM entities UNION ALL"
                                      " SELECT entity, alias FROM aliases"));
  DOSSIER_ASSIGN_OR_RETURN(SqliteStmt insert,
                           db.Prepare("INSERT OR IGNORE INTO entity_keys (key, entity)"
                                      " VALUES (?, ?)"));
  for (;;) {
    DOSSIER_ASSIGN_OR_RETURN(bool row, names.Step());
    if (!row) break;
    std::string key = NameKey(names.Text(1));
    if (key.empty()) continue;
    insert.Bind(1, key);
    insert.Bind(2, names.Text(0));
    DOSSIER_RETURN_IF_ERROR(insert.Run());
  }
  return base::Status::Ok();
}

struct Migration {
  const char* sql;
  base::Status (*backfill)(SqliteDb& db);  // may be null
};

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
      {kV1, nullptr},
      {kV2, BackfillEntityKeys},
  };
  return kMigrations;
}

}  // namespace

int SchemaVersion() { return static_cast<int>(Migrations().size()); }

base::Status Migrate(SqliteDb& db) {
  DOSSIER_ASSIGN_OR_RETURN(int64_t version, db.QueryInt("PRAGMA user_version"));
  if (version > SchemaVersion()) {
    return base::Status::Corruption(db.path() + ": schema version " + std::to_string(version) +
                                    " is newer than this dossier (" +
                                    std::to_string(SchemaVersion()) + "); upgrade dossier");
  }
  for (int64_t v = version; v < SchemaVersion(); ++v) {
    DOSSIER_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
    // Re-read under the write lock: another process may have migrated meanwhile.
    auto now = db.QueryInt("PRAGMA user_version");
    if (now.ok() && *now > v) {
      DOSSIER_RETURN_IF_ERROR(db.Exec("COMMIT"));
      v = *now - 1;
      continue;
    }
    const Migration& m = Migrations()[v];
    base::Status s = db.Exec(m.sql);
    if (s.ok() && m.backfill != nullptr) s = m.backfill(db);
    if (s.ok()) s = db.Exec("PRAGMA user_version = " + std::to_string(v + 1));
    if (!s.ok()) {
      (void)db.Exec("ROLLBACK");
      return s.WithPrefix("migration to schema version " + std::to_string(v + 1));
    }
    DOSSIER_RETURN_IF_ERROR(db.Exec("COMMIT"));
  }
  return base::Status::Ok();
}

}  // namespace dossier::store
