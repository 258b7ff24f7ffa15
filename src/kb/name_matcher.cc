#include "kb/name_matcher.h"

#include "match/scorer.h"

namespace dossier::kb {
namespace {

bool IsPersonOrOrganization(const Entity& e) {
  return e.type == "Person" || e.type == "Organization" || e.type == "Company" ||
         e.type == "PublicBody";
}

match::NameSchema SchemaOf(std::string_view type) {
  return type == "Person" ? match::NameSchema::kPerson : match::NameSchema::kOrganization;
}

}  // namespace

base::Result<std::unique_ptr<NameMatcher>> NameMatcher::Build(const KnowledgeBase& kb,
                                                              const std::string& tables_dir) {
  std::unique_ptr<NameMatcher> m(new NameMatcher());
  DOSSIER_ASSIGN_OR_RETURN(m->normalizer_, match::Normalizer::Load(tables_dir));
  std::vector<match::NormalizedName> names;
  for (const Entity& e : kb.entities()) {
    if (!IsPersonOrOrganization(e)) continue;
    for (const std::string* n : {&e.name}) {
      names.push_back(m->normalizer_->Normalize(*n, SchemaOf(e.type)));
      m->owner_.push_back(&e);
    }
    for (const std::string& a : e.aliases) {
      names.push_back(m->normalizer_->Normalize(a, SchemaOf(e.type)));
      m->owner_.push_back(&e);
    }
  }
  m->index_ = match::NameIndex::Build(std::move(names));
  return m;
}

const Entity* NameMatcher::Find(std::string_view name, std::string_view schema,
                                double threshold) const {
  match::NormalizedName query = normalizer_->Normalize(name, SchemaOf(schema));
  if (query.tokens.size() < 2) return nullptr;  // one word is too little to go on
  index_->AssignWeights(&query);
  const Entity* best = nullptr;
  double best_score = threshold;
  bool tie = false;
  for (uint32_t id : index_->Candidates(query, 16)) {
    const Entity* e = owner_[id];
    if ((e->type == "Person") != (schema == "Person")) continue;
    match::ScoreOptions options;
    options.explain = false;
    options.person = schema == "Person";
    double score = match::ScoreNames(query, index_->name(id), &index_->stats(), options).score;
    if (score > best_score + 1e-9) {
      best_score = score;
      best = e;
      tie = false;
    } else if (score >= best_score - 1e-9 && best != nullptr && e != best) {
      tie = true;
    }
  }
  return tie ? nullptr : best;
}

bool NameMatcher::IsHonorific(std::string_view word) const {
  return normalizer_->tables().honorifics.count(normalizer_->ToAscii(word)) > 0;
}

}  // namespace dossier::kb
