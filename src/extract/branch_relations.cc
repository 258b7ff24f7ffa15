// Which body another is a branch of, told by a possessive and the branch's
// noun (branch_noun cues) in apposition to its name: "The European Union's
// peacekeeping force, EUFOR", "the European Union's naval mission Irini",
// "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the
// Sahel"; or by "of" after a name that opens with that noun: "Unit 29155 of
// the GRU". Each relates the branch part_of the body.
#include "extract/relation_builder.h"

namespace dossier::extract {
namespace {

// Most describing words before the branch's noun ("peacekeeping", "naval").
constexpr uint32_t kMaxDescription = 3;

class BranchRelations : public RelationBuilder {
 public:
  using RelationBuilder::RelationBuilder;

  void Run() {
    const auto& ms = v_.linking().mentions;
    for (size_t i = 0; i < ms.size(); ++i) {
      if (Body(ms[i])) BranchOf(ms[i]);
      // (A name that ends its sentence has no possessive after it.)
      if (!Body(ms[i]) || ms[i].token_end + 1 >= End(ms[i]) || !v_.IsPossessiveMark(ms[i].token_end)) continue;
      const uint32_t noun = BranchNounAfter(ms[i].token_end + 1);
      if (noun == 0) continue;
      // "<A>'s … force, EUFOR" / "<A>'s naval mission Irini": the name after.
      uint32_t after = noun + 1;
      if (after < End(ms[i]) && v_.Word(after) == ",") ++after;
      if (const int b = v_.linking().MentionAt(after);
          b >= 0 && v_.linking().mentions[b].token_begin == after && Body(v_.linking().mentions[b])) {
        Add(v_.linking().mentions[b].entity, "part_of", ms[i].entity, ms[i].sentence);
        continue;
      }
      // "<B>, <A>'s affiliate in the Sahel": the name before, set off by a
      // comma (past its acronym in brackets).
      uint32_t before = ms[i].token_begin;
      if (before > 0 && v_.Lower(before - 1) == "the") --before;
      if (before < 2 || v_.Word(before - 1) != ",") continue;
      uint32_t end = before - 1;
      if (end >= 3 && v_.Word(end - 1) == ")" && v_.Word(end - 3) == "(") end -= 3;
      const int b = EntityOfMentionEndingAt(end);
      if (b >= 0 && b != ms[i].entity && Body(b)) Add(b, "part_of", ms[i].entity, ms[i].sentence);
    }
  }

 private:
  // "Unit 29155 of the GRU": a body whose name opens with a branch's noun,
  // of the body named right after it.
  void BranchOf(const link::Mention& b) {
    uint32_t k = b.token_end;
    if (k + 1 >= End(b) || v_.Lower(k) != "of" || !v_.lexicon().HasCue(v_.Lower(b.token_begin), "branch_noun")) {
      return;
    }
    if (v_.Lower(k + 1) == "the") ++k;
    const int a = v_.linking().MentionAt(k + 1);
    if (a < 0 || v_.linking().mentions[a].token_begin != k + 1 || !Body(v_.linking().mentions[a])) return;
    Add(b.entity, "part_of", v_.linking().mentions[a].entity, b.sentence);
  }

  uint32_t End(const link::Mention& m) const { return v_.Sentence(m.sentence).token_end; }

  // Whether the mention names an organisation or a public body.
  bool Body(const link::Mention& m) const { return m.type == "ORG" && m.entity >= 0 && Body(m.entity); }
  bool Body(int e) const {
    const std::string& type = v_.linking().entities[e].type;
    return type == "Organization" || type == "PublicBody";
  }

  // The branch's noun within the describing words from token k, or 0.
  uint32_t BranchNounAfter(uint32_t k) const {
    const uint32_t end = v_.Sentence(v_.SentenceOf(k)).token_end;
    for (uint32_t t = k; t < end && t <= k + kMaxDescription; ++t) {
      if (!v_.StartsLower(t) || v_.linking().MentionAt(t) >= 0) return 0;
      if (v_.lexicon().HasCue(v_.Lower(t), "branch_noun")) return t;
    }
    return 0;
  }
};

}  // namespace

void FindBranchRelations(const DocumentView& v, std::string_view date, std::vector<Relation>* out) {
  BranchRelations(v, date, out).Run();
}

}  // namespace dossier::extract
