// Relations that the coded events state (context.h: AddEventRelations).
#include <string>
#include <vector>

#include "extract/context.h"
#include "extract/relation_builder.h"

namespace dossier::extract {
namespace {

// Who can impose sanctions: a state, a public body, an organisation
// ("the European Union", "OFAC", "the Houthis"); not a person or a place.
bool CanSanction(const std::string& type) {
  return type == "Country" || type == "PublicBody" || type == "Organization";
}

// Who a sanction lists: a person, a company, a body, a vessel; a state or a
// place is the target of an embargo or a tariff, not a listing.
bool CanBeListed(const std::string& type) { return type != "Country" && type != "Location"; }

class EventRelations : public RelationBuilder {
 public:
  EventRelations(const DocumentView& v, std::vector<Relation>* out) : RelationBuilder(v, "", out) {}

  void Run(const std::vector<Event>& events) {
    const auto& entities = v_.linking().entities;
    for (const Event& e : events) {
      if (e.event != "SANCTION" || e.mode != "restrict") continue;
      if (e.modality != "asserted" && e.modality != "reported") continue;
      for (int actor : e.actor) {
        if (actor < 0 || !CanSanction(entities[actor].type)) continue;
        // (A state's body sanctions for its state: listed by OFAC is listed
        // by the United States, when the story names it.)
        // (A body no state owns sanctions for what it belongs to: listed by
        // the Council of the EU is listed by the EU, when the story names it.)
        const int state = entities[actor].type == "PublicBody" ? StateOrParentOf(actor) : -1;
        for (int listed : e.recipient) {
          if (listed < 0 || !CanBeListed(entities[listed].type)) continue;
          Add(listed, "sanctioned_by", actor, e.sentence);
          if (state >= 0) Add(listed, "sanctioned_by", state, e.sentence);
        }
      }
    }
  }

 private:
  int StateOrParentOf(int body) const {
    if (const int state = v_.StateOf(body); state >= 0) return state;
    const kb::Entity* known = v_.kb().Find(v_.linking().entities[body].id);
    if (known == nullptr || known->parent.empty()) return -1;
    const int parent = v_.EntityIndex(known->parent);
    return parent >= 0 && CanSanction(v_.linking().entities[parent].type) ? parent : -1;
  }
};

}  // namespace

void AddEventRelations(const DocumentView& v, const std::vector<Event>& events, std::vector<Relation>* relations) {
  EventRelations(v, relations).Run(events);
}

}  // namespace dossier::extract
