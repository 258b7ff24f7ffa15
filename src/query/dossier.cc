#include "query/dossier.h"

#include <algorithm>
#include <cctype>

namespace dossier::query {

bool IsIsoDatePrefix(const std::string& s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool dash = (i == 4 || i == 7);
    if (dash ? s[i] != '-' : !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

base::Result<EntityProfile> ProfileEntity(store::Store& store, const std::string& name,
                                          const ProfileOptions& options) {
  EntityProfile p;
  DOSSIER_ASSIGN_OR_RETURN(p.entity, ResolveEntity(store, name));
  // A profile is about the entity itself, not about everyone of its country.
  store::EntitySelector self{{p.entity.id}, {}};
  store::RelationQuery rq{self, {}, options.max_relations};
  DOSSIER_ASSIGN_OR_RETURN(p.relations, store.FindRelations(rq));
  store::EventQuery eq{self};
  eq.limit = options.max_events;
  eq.newest_first = true;
  DOSSIER_ASSIGN_OR_RETURN(p.events, store.FindEvents(eq));
  FoldRetellings(&p.events);
  DOSSIER_ASSIGN_OR_RETURN(p.mentions, store.Mentions(p.entity.id, options.max_documents));
  p.names[p.entity.id] = p.entity.name;
  DOSSIER_RETURN_IF_ERROR(AddNames(store, p.events, &p.names));
  DOSSIER_RETURN_IF_ERROR(AddNames(store, p.relations, &p.names));
  return p;
}

namespace {

// An event whose date the text gives (not just its document's date).
bool DatedByText(const store::StoredEvent& e) {
  return !e.event.date.empty() && e.event.date != e.evidence.doc_date;
}

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

void FoldRetellings(std::vector<store::StoredEvent>* events) {
  std::vector<store::StoredEvent> out;
  for (store::StoredEvent& e : *events) {
    auto same = [&](const store::StoredEvent& o) {
      return DatedByText(o) && DatedByText(e) && o.evidence.doc_id != e.evidence.doc_id &&
             o.event.event == e.event.event && o.event.mode == e.event.mode &&
             o.event.date == e.event.date && Sorted(o.event.actor) == Sorted(e.event.actor) &&
             Sorted(o.event.recipient) == Sorted(e.event.recipient);
    };
    auto it = std::find_if(out.begin(), out.end(), same);
    if (it == out.end()) {
      out.push_back(std::move(e));
    } else {
      it->also.push_back(std::move(e.evidence));
    }
  }
  *events = std::move(out);
}

base::Result<PairTimeline> RelationTimeline(store::Store& store, const std::string& a,
                                            const std::string& b, size_t limit) {
  PairTimeline t;
  DOSSIER_ASSIGN_OR_RETURN(t.a, ResolveEntity(store, a));
  DOSSIER_ASSIGN_OR_RETURN(t.b, ResolveEntity(store, b));
  store::EventQuery eq{SelectorFor(t.a), SelectorFor(t.b)};
  eq.limit = limit;
  DOSSIER_ASSIGN_OR_RETURN(t.events, store.FindEvents(eq));
  FoldRetellings(&t.events);
  DOSSIER_ASSIGN_OR_RETURN(t.relations,
                           store.FindRelations({SelectorFor(t.a), SelectorFor(t.b), limit}));
  t.names[t.a.id] = t.a.name;
  t.names[t.b.id] = t.b.name;
  DOSSIER_RETURN_IF_ERROR(AddNames(store, t.events, &t.names));
  DOSSIER_RETURN_IF_ERROR(AddNames(store, t.relations, &t.names));
  return t;
}

base::Result<EventList> ListEvents(store::Store& store, const EventFilter& f) {
  for (const std::string* d : {&f.from, &f.to}) {
    if (!d->empty() && !IsIsoDatePrefix(*d)) {
      return base::Status::InvalidArgument("dates must be YYYY, YYYY-MM or YYYY-MM-DD, got \"" +
                                           *d + "\"");
    }
  }
  EventList out;
  store::EventQuery q;
  if (!f.entity.empty()) {
    DOSSIER_ASSIGN_OR_RETURN(store::StoredEntity e, ResolveEntity(store, f.entity));
    q.a = SelectorFor(e);
    out.entity = std::move(e);
  }
  q.type = f.type;
  q.from = f.from;
  q.to = f.to;
  q.limit = f.limit;
  DOSSIER_ASSIGN_OR_RETURN(out.events, store.FindEvents(q));
  FoldRetellings(&out.events);
  DOSSIER_RETURN_IF_ERROR(AddNames(store, out.events, &out.names));
  return out;
}

base::Result<std::vector<store::SearchHit>> SearchDocuments(store::Store& store,
                                                            const std::string& text,
                                                            size_t limit) {
  return store.Search(text, limit);
}

}  // namespace dossier::query
