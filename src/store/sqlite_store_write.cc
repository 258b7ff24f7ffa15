// The write path of SqliteStore: one document and everything derived from it,
// inside a savepoint so that a failure part-way stores nothing of it.
#include <cctype>

#include "base/strings.h"
#include "pipeline/annotation_json.h"
#include "store/name_key.h"
#include "store/sqlite_store.h"

namespace dossier::store {
namespace {

// Events without a usable date of their own sort by the document's date.
std::string SortDate(const std::string& event_date, const std::string& doc_date) {
  if (!event_date.empty() && std::isdigit(static_cast<unsigned char>(event_date[0]))) {
    return event_date;
  }
  return doc_date;
}

}  // namespace

base::Result<bool> SqliteStore::PutDocument(const pipeline::Annotation& a,
                                            const std::string& content_hash) {
  DOSSIER_RETURN_IF_ERROR(db_->Exec("SAVEPOINT put_document"));
  auto undo = [&](base::Status s) {
    (void)db_->Exec("ROLLBACK TO put_document");
    (void)db_->Exec("RELEASE put_document");
    return s.WithPrefix("storing " + a.id);
  };
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * st,
      Cached("INSERT INTO documents (id, hash, date, date_source, title, url, source, text, record)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING"));
  pipeline::Annotation record_only = a;
  record_only.text.clear();
  record_only.tokens.clear();
  st->Bind(1, a.id);
  st->Bind(2, content_hash);
  st->BindOrNull(3, a.date);
  st->BindOrNull(4, a.date_source);
  st->BindOrNull(5, a.title);
  st->BindOrNull(6, a.url);
  st->BindOrNull(7, a.source);
  st->Bind(8, a.text);
  st->Bind(9, pipeline::ToJsonLine(record_only));
  if (base::Status s = st->Run(); !s.ok()) return undo(s);
  if (db_->Changes() == 0) {
    DOSSIER_RETURN_IF_ERROR(db_->Exec("RELEASE put_document"));
    return false;
  }
  int64_t doc = db_->LastInsertRowid();
  if (base::Status s = PutDerived(doc, a); !s.ok()) return undo(s);
  DOSSIER_RETURN_IF_ERROR(db_->Exec("RELEASE put_document"));
  return true;
}

base::Status SqliteStore::PutDerived(int64_t doc, const pipeline::Annotation& a) {
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * fts, Cached("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)"));
  fts->Bind(1, doc);
  fts->Bind(2, a.title);
  fts->Bind(3, a.text);
  DOSSIER_RETURN_IF_ERROR(fts->Run());

  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * sent, Cached("INSERT INTO sentences (doc, idx, start, end) VALUES (?, ?, ?, ?)"));
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    sent->Bind(1, doc);
    sent->Bind(2, static_cast<int64_t>(i));
    sent->Bind(3, int64_t{a.sentences[i].begin});
    sent->Bind(4, int64_t{a.sentences[i].end});
    DOSSIER_RETURN_IF_ERROR(sent->Run());
  }
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * men,
      Cached("INSERT INTO mentions (doc, start, end, text, type, entity) VALUES (?, ?, ?, ?, ?, ?)"));
  for (const auto& m : a.mentions) {
    men->Bind(1, doc);
    men->Bind(2, int64_t{m.span.begin});
    men->Bind(3, int64_t{m.span.end});
    men->Bind(4, m.text);
    men->Bind(5, m.type);
    men->BindOrNull(6, m.entity);
    DOSSIER_RETURN_IF_ERROR(men->Run());
  }
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * tx,
      Cached("INSERT INTO timexes (doc, start, end, text, type, value) VALUES (?, ?, ?, ?, ?, ?)"));
  for (const auto& t : a.timexes) {
    tx->Bind(1, doc);
    tx->Bind(2, int64_t{t.span.begin});
    tx->Bind(3, int64_t{t.span.end});
    tx->Bind(4, t.text);
    tx->Bind(5, t.type);
    tx->Bind(6, t.value);
    DOSSIER_RETURN_IF_ERROR(tx->Run());
  }
  for (const auto& e : a.entities) DOSSIER_RETURN_IF_ERROR(PutEntity(e));
  for (const auto& e : a.events) DOSSIER_RETURN_IF_ERROR(PutEvent(doc, a.date, e));
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * rel, Cached("INSERT INTO relations (doc, subject, predicate, object, sentence,"
                               " start, end) VALUES (?, ?, ?, ?, ?, ?, ?)"));
  for (const auto& r : a.relations) {
    rel->Bind(1, doc);
    rel->Bind(2, r.subject);
    rel->Bind(3, r.predicate);
    rel->Bind(4, r.object);
    rel->Bind(5, int64_t{r.sentence});
    rel->Bind(6, int64_t{r.span.begin});
    rel->Bind(7, int64_t{r.span.end});
    DOSSIER_RETURN_IF_ERROR(rel->Run());
  }
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * quo,
      Cached("INSERT INTO quotes (doc, speaker, start, end, sentence) VALUES (?, ?, ?, ?, ?)"));
  for (const auto& q : a.quotes) {
    quo->Bind(1, doc);
    quo->BindOrNull(2, q.speaker);
    quo->Bind(3, int64_t{q.span.begin});
    quo->Bind(4, int64_t{q.span.end});
    quo->Bind(5, int64_t{q.sentence});
    DOSSIER_RETURN_IF_ERROR(quo->Run());
  }
  return base::Status::Ok();
}

base::Status SqliteStore::PutEntity(const pipeline::EntityRecord& e) {
  if (e.id.empty()) return base::Status::Ok();
  // The first non-empty value of each field wins; later documents fill gaps.
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * ent,
      Cached("INSERT INTO entities (id, name, type, country) VALUES (?1, ?2, ?3, ?4)"
             " ON CONFLICT(id) DO UPDATE SET"
             " name = CASE WHEN entities.name = '' THEN excluded.name ELSE entities.name END,"
             " type = coalesce(entities.type, excluded.type),"
             " country = coalesce(entities.country, excluded.country)"));
  ent->Bind(1, e.id);
  ent->Bind(2, e.name);
  ent->BindOrNull(3, e.type);
  ent->BindOrNull(4, e.country);
  DOSSIER_RETURN_IF_ERROR(ent->Run());
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * al, Cached("INSERT OR IGNORE INTO aliases (entity, alias) VALUES (?, ?)"));
  for (const auto& alias : e.aliases) {
    if (alias.empty()) continue;
    al->Bind(1, e.id);
    al->Bind(2, alias);
    DOSSIER_RETURN_IF_ERROR(al->Run());
  }
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * key, Cached("INSERT OR IGNORE INTO entity_keys (key, entity) VALUES (?, ?)"));
  auto add_key = [&](const std::string& name) -> base::Status {
    std::string k = NameKey(name);
    if (k.empty()) return base::Status::Ok();
    key->Bind(1, k);
    key->Bind(2, e.id);
    return key->Run();
  };
  DOSSIER_RETURN_IF_ERROR(add_key(e.id));
  DOSSIER_RETURN_IF_ERROR(add_key(e.name));
  for (const auto& alias : e.aliases) DOSSIER_RETURN_IF_ERROR(add_key(alias));
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * hit,
      Cached("INSERT INTO sanctions_hits (entity, list, ref, name, programs, score, explanation)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO UPDATE SET"
             " score = max(sanctions_hits.score, excluded.score)"));
  for (const auto& h : e.sanctions) {
    hit->Bind(1, e.id);
    hit->Bind(2, h.list);
    hit->Bind(3, h.ref);
    hit->Bind(4, h.name);
    hit->Bind(5, base::Join(h.programs, ";"));
    hit->Bind(6, h.score);
    hit->BindOrNull(7, h.explanation);
    DOSSIER_RETURN_IF_ERROR(hit->Run());
  }
  return base::Status::Ok();
}

base::Status SqliteStore::PutEvent(int64_t doc, const std::string& doc_date,
                                   const pipeline::EventRecord& e) {
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * ev,
      Cached("INSERT INTO events (doc, id, event, mode, context, cameo, date, sort_date, modality,"
             " sentence, start, end, trigger_start, trigger_end)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  ev->Bind(1, doc);
  ev->Bind(2, e.id);
  ev->Bind(3, e.event);
  ev->BindOrNull(4, e.mode);
  ev->BindOrNull(5, base::Join(e.context, ";"));
  ev->BindOrNull(6, e.cameo);
  ev->BindOrNull(7, e.date);
  ev->BindOrNull(8, SortDate(e.date, doc_date));
  ev->BindOrNull(9, e.modality);
  ev->Bind(10, int64_t{e.sentence});
  ev->Bind(11, int64_t{e.span.begin});
  ev->Bind(12, int64_t{e.span.end});
  ev->Bind(13, int64_t{e.trigger.begin});
  ev->Bind(14, int64_t{e.trigger.end});
  DOSSIER_RETURN_IF_ERROR(ev->Run());
  int64_t id = db_->LastInsertRowid();
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * part, Cached("INSERT OR IGNORE INTO event_participants (ev, role, entity, pos)"
                                " VALUES (?, ?, ?, ?)"));
  auto add = [&](const char* role, const std::vector<std::string>& ids) -> base::Status {
    for (size_t i = 0; i < ids.size(); ++i) {
      if (ids[i].empty()) continue;
      part->Bind(1, id);
      part->Bind(2, role);
      part->Bind(3, ids[i]);
      part->Bind(4, static_cast<int64_t>(i));
      DOSSIER_RETURN_IF_ERROR(part->Run());
    }
    return base::Status::Ok();
  };
  DOSSIER_RETURN_IF_ERROR(add("actor", e.actor));
  DOSSIER_RETURN_IF_ERROR(add("recipient", e.recipient));
  return add("source", e.attributed_to);
}

}  // namespace dossier::store
