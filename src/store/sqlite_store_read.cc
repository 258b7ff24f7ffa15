// The read path of SqliteStore: entity lookup, events, relations, mentions and
// full-text search. Query shapes are chosen so that each one starts from an
// index (entity, participant, country or date).
#include <algorithm>
#include <sstream>

#include "base/strings.h"
#include "pipeline/annotation_json.h"
#include "store/name_key.h"
#include "store/sqlite_queries.h"
#include "store/sqlite_store.h"

namespace dossier::store {
namespace {

std::vector<std::string> SplitList(const std::string& joined) {
  std::vector<std::string> out;
  if (joined.empty()) return out;
  for (auto part : base::Split(joined, ';')) out.emplace_back(part);
  return out;
}

void BindAll(SqliteStmt& st, const std::vector<std::string>& params) {
  for (size_t i = 0; i < params.size(); ++i) st.Bind(static_cast<int>(i + 1), params[i]);
}

// The FTS5 query for free text: every word quoted, so user input can never be
// read as FTS syntax; words are ANDed.
std::string FtsQuery(const std::string& text) {
  std::string q;
  std::istringstream in(text);
  for (std::string w; in >> w;) {
    std::string quoted = "\"";
    for (char c : w) quoted += (c == '"') ? std::string("\"\"") : std::string(1, c);
    q += (q.empty() ? "" : " ") + quoted + "\"";
  }
  return q;
}


}  // namespace

base::Result<std::optional<pipeline::Annotation>> SqliteStore::GetAnnotation(
    const std::string& content_hash) {
  DOSSIER_ASSIGN_OR_RETURN(SqliteStmt st,
                           db_->Prepare("SELECT record, text FROM documents WHERE hash = ?"));
  st.Bind(1, content_hash);
  DOSSIER_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return std::optional<pipeline::Annotation>();
  auto a = pipeline::FromJson(st.Text(0));
  if (!a.ok()) return base::Status::Corruption("stored record " + content_hash + ": " +
                                               a.status().message());
  a->text = st.Text(1);
  return std::optional<pipeline::Annotation>(std::move(*a));
}

base::Result<std::optional<StoredEntity>> SqliteStore::GetEntity(const std::string& id) {
  DOSSIER_ASSIGN_OR_RETURN(SqliteStmt * st,
                           Cached("SELECT id, name, type, country FROM entities WHERE id = ?"));
  st->Bind(1, id);
  DOSSIER_ASSIGN_OR_RETURN(bool row, st->Step());
  if (!row) return std::optional<StoredEntity>();
  StoredEntity e{st->Text(0), st->Text(1), st->Text(2), st->Text(3), {}, {}};
  st->Reset();
  DOSSIER_ASSIGN_OR_RETURN(SqliteStmt * al,
                           Cached("SELECT alias FROM aliases WHERE entity = ? ORDER BY alias"));
  al->Bind(1, id);
  for (;;) {
    DOSSIER_ASSIGN_OR_RETURN(bool more, al->Step());
    if (!more) break;
    e.aliases.push_back(al->Text(0));
  }
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * hits, Cached("SELECT list, ref, name, programs, score, explanation"
                                " FROM sanctions_hits WHERE entity = ? ORDER BY list, ref"));
  hits->Bind(1, id);
  for (;;) {
    DOSSIER_ASSIGN_OR_RETURN(bool more, hits->Step());
    if (!more) break;
    e.sanctions.push_back({hits->Text(0), hits->Text(1), hits->Text(2),
                           SplitList(hits->Text(3)), hits->Real(4), hits->Text(5)});
  }
  return std::optional<StoredEntity>(std::move(e));
}

base::Result<std::vector<StoredEntity>> SqliteStore::FindEntities(const std::string& name) {
  std::string key = NameKey(name);
  if (key.empty()) return std::vector<StoredEntity>();
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt st, db_->Prepare("SELECT DISTINCT entity FROM entity_keys WHERE key = ?"));
  st.Bind(1, key);
  std::vector<std::string> ids;
  for (;;) {
    DOSSIER_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    ids.push_back(st.Text(0));
  }
  std::vector<StoredEntity> out;
  for (const auto& id : ids) {
    DOSSIER_ASSIGN_OR_RETURN(auto e, GetEntity(id));
    if (e) out.push_back(std::move(*e));
  }
  return out;
}

base::Result<std::vector<std::string>> SqliteStore::EntityIdsLike(const std::string& key,
                                                                  size_t limit) {
  // Keys hold only letters, digits and single spaces: no LIKE escapes needed.
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt st,
      db_->Prepare("SELECT k.entity FROM entity_keys k JOIN entities e ON e.id = k.entity"
                   " WHERE k.key LIKE ? GROUP BY k.entity ORDER BY min(length(e.name)), e.name"
                   " LIMIT ?"));
  st.Bind(1, "%" + key + "%");
  st.Bind(2, static_cast<int64_t>(limit));
  std::vector<std::string> ids;
  for (;;) {
    DOSSIER_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    ids.push_back(st.Text(0));
  }
  return ids;
}

base::Result<std::vector<StoredEntity>> SqliteStore::SimilarEntities(const std::string& fragment,
                                                                     size_t limit) {
  // The whole fragment first, then each of its longer words.
  std::string whole = NameKey(fragment);
  std::vector<std::string> keys;
  if (!whole.empty()) keys.push_back(whole);
  for (auto word : base::Split(whole, ' ')) {
    if (word.size() >= 3 && word != whole) keys.emplace_back(word);
  }
  std::vector<std::string> ids;
  for (const auto& k : keys) {
    if (ids.size() >= limit) break;
    DOSSIER_ASSIGN_OR_RETURN(auto found, EntityIdsLike(k, limit));
    for (auto& id : found) {
      if (ids.size() < limit && std::find(ids.begin(), ids.end(), id) == ids.end()) {
        ids.push_back(std::move(id));
      }
    }
  }
  std::vector<StoredEntity> out;
  for (const auto& id : ids) {
    DOSSIER_ASSIGN_OR_RETURN(auto e, GetEntity(id));
    if (e) out.push_back(std::move(*e));
  }
  return out;
}

base::Result<std::vector<StoredEvent>> SqliteStore::FindEvents(const EventQuery& q) {
  SqlQuery sql = EventsSql(q);
  DOSSIER_ASSIGN_OR_RETURN(SqliteStmt st, db_->Prepare(sql.text));
  BindAll(st, sql.params);
  std::vector<StoredEvent> out;
  std::vector<int64_t> rowids;
  for (;;) {
    DOSSIER_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    StoredEvent ev;
    rowids.push_back(st.Int(0));
    pipeline::EventRecord& e = ev.event;
    e.id = st.Text(1);
    e.event = st.Text(2);
    e.mode = st.Text(3);
    e.context = SplitList(st.Text(4));
    e.cameo = st.Text(5);
    e.date = st.Text(6);
    ev.sort_date = st.Text(7);
    e.modality = st.Text(8);
    e.sentence = static_cast<uint32_t>(st.Int(9));
    e.span = {static_cast<uint32_t>(st.Int(10)), static_cast<uint32_t>(st.Int(11))};
    e.trigger = {static_cast<uint32_t>(st.Int(12)), static_cast<uint32_t>(st.Int(13))};
    ev.evidence = {st.Text(14), st.Text(15), st.Text(16), st.Text(17),
                   e.sentence, e.span, st.Text(18)};
    out.push_back(std::move(ev));
  }
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt * part,
      Cached("SELECT role, entity FROM event_participants WHERE ev = ? ORDER BY role, pos"));
  for (size_t i = 0; i < out.size(); ++i) {
    part->Bind(1, rowids[i]);
    for (;;) {
      DOSSIER_ASSIGN_OR_RETURN(bool row, part->Step());
      if (!row) break;
      std::string role = part->Text(0);
      pipeline::EventRecord& e = out[i].event;
      (role == "actor" ? e.actor : role == "recipient" ? e.recipient : e.attributed_to)
          .push_back(part->Text(1));
    }
    part->Reset();
  }
  return out;
}

base::Result<std::vector<StoredRelation>> SqliteStore::FindRelations(const RelationQuery& q) {
  SqlQuery sql = RelationsSql(q);
  DOSSIER_ASSIGN_OR_RETURN(SqliteStmt st, db_->Prepare(sql.text));
  BindAll(st, sql.params);
  std::vector<StoredRelation> out;
  for (;;) {
    DOSSIER_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    StoredRelation r;
    r.relation = {st.Text(0), st.Text(1), st.Text(2), static_cast<uint32_t>(st.Int(3)),
                  {static_cast<uint32_t>(st.Int(4)), static_cast<uint32_t>(st.Int(5))}};
    r.evidence = {st.Text(6), st.Text(7), st.Text(8), st.Text(9),
                  r.relation.sentence, r.relation.span, st.Text(10)};
    out.push_back(std::move(r));
  }
  return out;
}

base::Result<MentionSummary> SqliteStore::Mentions(const std::string& entity_id,
                                                   size_t max_documents) {
  MentionSummary m;
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt count, db_->Prepare("SELECT count(*) FROM mentions WHERE entity = ?"));
  count.Bind(1, entity_id);
  DOSSIER_ASSIGN_OR_RETURN(bool row, count.Step());
  if (row) m.mentions = count.Int(0);
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt docs,
      db_->Prepare("SELECT count(*) FROM (SELECT doc FROM mentions WHERE entity = ?1 UNION"
                   " SELECT e.doc FROM event_participants p JOIN events e ON e.ev = p.ev"
                   " WHERE p.entity = ?1)"));
  docs.Bind(1, entity_id);
  DOSSIER_ASSIGN_OR_RETURN(row, docs.Step());
  if (row) m.documents = docs.Int(0);
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt top,
      db_->Prepare("SELECT d.id, d.title, d.date, c FROM (SELECT doc, count(*) AS c FROM mentions"
                   " WHERE entity = ? GROUP BY doc) m JOIN documents d ON d.doc = m.doc"
                   " ORDER BY c DESC, d.date DESC, d.doc LIMIT ?"));
  top.Bind(1, entity_id);
  top.Bind(2, static_cast<int64_t>(max_documents));
  for (;;) {
    DOSSIER_ASSIGN_OR_RETURN(bool more, top.Step());
    if (!more) break;
    m.top_documents.push_back({top.Text(0), top.Text(1), top.Text(2), top.Int(3)});
  }
  return m;
}

base::Result<std::vector<SearchHit>> SqliteStore::Search(const std::string& text, size_t limit) {
  std::string fts = FtsQuery(text);
  if (fts.empty()) return base::Status::InvalidArgument("search: no words to look for");
  DOSSIER_ASSIGN_OR_RETURN(
      SqliteStmt st,
      db_->Prepare("SELECT d.id, d.title, d.date, snippet(documents_fts, 1, '[', ']', '…', 16),"
                   " bm25(documents_fts) AS rank FROM documents_fts"
                   " JOIN documents d ON d.doc = documents_fts.rowid"
                   " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?"));
  st.Bind(1, fts);
  st.Bind(2, static_cast<int64_t>(limit == 0 ? 20 : limit));
  std::vector<SearchHit> out;
  for (;;) {
    DOSSIER_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back({{st.Text(0), st.Text(1), st.Text(2), 0}, st.Text(3), st.Real(4)});
  }
  return out;
}

}  // namespace dossier::store
