#include "extract/lexicon.h"

#include <algorithm>
#include <charconv>

#include "base/file.h"
#include "base/strings.h"
#include "kb/tsv.h"

namespace dossier::extract {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// consonant-vowel-consonant ending (plan, travel, ship): doubling candidates.
bool EndsCvc(const std::string& w) {
  size_t n = w.size();
  if (n < 3) return false;
  char c = w[n - 1];
  return !IsVowel(c) && c != 'w' && c != 'x' && c != 'y' && IsVowel(w[n - 2]) && !IsVowel(w[n - 3]);
}

std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> out;
  for (std::string_view w : base::Split(phrase, ' ')) {
    if (!w.empty()) out.push_back(base::AsciiLower(w));
  }
  return out;
}

}  // namespace

std::vector<std::string> Lexicon::VerbForms(const std::string& v) const {
  std::vector<std::string> f{v};
  if (auto it = irregular_.find(v); it != irregular_.end()) {
    f.insert(f.end(), it->second.begin(), it->second.end());
  }
  size_t n = v.size();
  bool y_after_consonant = n >= 2 && v[n - 1] == 'y' && !IsVowel(v[n - 2]);
  bool sibilant = v.ends_with("s") || v.ends_with("sh") || v.ends_with("ch") || v.ends_with("x") ||
                  v.ends_with("z") || v.ends_with("o");
  f.push_back(y_after_consonant ? v.substr(0, n - 1) + "ies" : sibilant ? v + "es" : v + "s");
  if (v.ends_with("e")) {
    f.push_back(v + "d");
    f.push_back(v.substr(0, n - 1) + "ing");
  } else if (y_after_consonant) {
    f.push_back(v.substr(0, n - 1) + "ied");
    f.push_back(v + "ing");
  } else {
    f.push_back(v + "ed");
    f.push_back(v + "ing");
    if (EndsCvc(v)) {
      f.push_back(v + v.back() + "ed");
      f.push_back(v + v.back() + "ing");
    }
  }
  return f;
}

bool Lexicon::LooksLikePast(std::string_view word) const {
  return word.ends_with("ed") || pasts_.contains(word);
}

bool Lexicon::LooksLikeParticiple(std::string_view word) const {
  return word.ends_with("ed") || word.ends_with("en") || participles_.contains(word);
}

std::vector<std::string> Lexicon::NounForms(const std::string& n) {
  std::vector<std::string> f{n};
  size_t k = n.size();
  if (k >= 2 && n[k - 1] == 'y' && !IsVowel(n[k - 2])) {
    f.push_back(n.substr(0, k - 1) + "ies");
  } else if (n.ends_with("s") || n.ends_with("sh") || n.ends_with("ch") || n.ends_with("x")) {
    f.push_back(n + "es");
  } else {
    f.push_back(n + "s");
  }
  return f;
}

base::Result<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& home) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  const std::string dir = home + "/data/extract/";
  struct Table {
    const char* file;
    base::Status (Lexicon::*load)(const std::string&, const std::string&);
  };
  for (const Table& t : {Table{"irregular_verbs.tsv", &Lexicon::LoadIrregulars},
                         Table{"events.tsv", &Lexicon::LoadEvents},
                         Table{"relations.tsv", &Lexicon::LoadRelations},
                         Table{"cues.tsv", &Lexicon::LoadCues}}) {
    std::string path = dir + t.file;
    DOSSIER_ASSIGN_OR_RETURN(std::string tsv, base::ReadFile(path));
    DOSSIER_RETURN_IF_ERROR(((*lex).*(t.load))(tsv, path));
  }
  return lex;
}

base::Status Lexicon::LoadIrregulars(const std::string& tsv, const std::string& origin) {
  return kb::ForEachRow(tsv, origin, 3, [&](const std::vector<std::string_view>& c) {
    auto& forms = irregular_[std::string(c[0])];
    for (const auto& f : kb::SplitValues(c[1])) {
      forms.push_back(f);
      pasts_.insert(std::string(f));
    }
    for (const auto& f : kb::SplitValues(c[2])) {
      forms.push_back(f);
      participles_.insert(std::string(f));
    }
    return base::Status::Ok();
  });
}

base::Status Lexicon::LoadEvents(const std::string& tsv, const std::string& origin) {
  return kb::ForEachRow(tsv, origin, 5, [&](const std::vector<std::string_view>& c) {
    if (c[1] != "V" && c[1] != "N") return base::Status::InvalidArgument("pos must be V or N");
    std::vector<std::string> words = Words(c[0]);
    if (words.empty()) return base::Status::InvalidArgument("empty trigger");
    EventPattern p;
    p.rest.assign(words.begin() + 1, words.end());
    p.noun = c[1] == "N";
    p.event = std::string(c[2]);
    p.mode = std::string(c[3]);
    p.cameo = std::string(c[4]);
    if (c.size() > 5 && !c[5].empty()) {
      for (std::string_view flag : base::Split(c[5], ',')) {
        flag = base::Trim(flag);
        if (flag == "reciprocal") {
          p.reciprocal = true;
        } else if (flag == "subject") {
          p.subject_fallback = true;
        } else if (flag == "open") {
          p.open = true;
        } else if (flag == "also") {
          p.also = true;
        } else if (flag == "claimed") {
          p.claimed = true;
        } else if (flag == "active") {
          p.active = true;
        } else if (flag == "predicate") {
          p.predicate = true;
        } else if (flag == "authority") {
          p.authority = true;
        } else if (flag == "topic") {
          p.topic = true;
        } else {
          return base::Status::InvalidArgument(
              "unknown flag '" + std::string(flag) +
              "' (reciprocal, subject, open, also, claimed, active, predicate, authority or topic)");
        }
      }
    }
    if (c.size() > 6 && !c[6].empty()) {
      for (std::string_view group : base::Split(c[6], '+')) {
        std::vector<std::string> alternatives;
        for (const auto& w : kb::SplitValues(group)) alternatives.push_back(base::AsciiLower(w));
        if (alternatives.empty()) return base::Status::InvalidArgument("empty group in needs");
        p.needs.push_back(std::move(alternatives));
      }
    }
    std::vector<std::string> forms = p.noun ? NounForms(words[0]) : VerbForms(words[0]);
    if (!p.noun && words[0] == "be") forms = VerbForms("be");
    // A second row for the same trigger, reading and context would never
    // fire: the first one that fires wins (unless it asks for the next row
    // too, with another event type).
    // An earlier row that needs nothing fires wherever this one would.
    for (const EventPattern& q : events_[words[0]]) {
      const bool shadowed = q.needs == p.needs || q.needs.empty();
      if (q.rest == p.rest && q.noun == p.noun && shadowed && !(q.also && q.event != p.event)) {
        return base::Status::InvalidArgument("duplicate trigger '" + std::string(c[0]) + "' (" +
                                             std::string(c[1]) + ", an earlier row with the same or no needs always fires first)");
      }
    }
    for (const auto& f : forms) events_[f].push_back(p);
    return base::Status::Ok();
  });
}

base::Status Lexicon::LoadRelations(const std::string& tsv, const std::string& origin) {
  return kb::ForEachRow(tsv, origin, 3, [&](const std::vector<std::string_view>& c) {
    std::vector<std::string> words = Words(c[0]);
    if (words.empty()) return base::Status::InvalidArgument("empty trigger");
    RelationPattern p{{words.begin() + 1, words.end()}, std::string(c[1]), std::string(c[2])};
    bool verb = p.kind == "verb" || p.kind == "verb_reverse" || p.kind == "person_org";
    std::vector<std::string> forms = verb ? VerbForms(words[0]) : std::vector<std::string>{words[0]};
    for (const auto& f : forms) relations_[f].push_back(p);
    return base::Status::Ok();
  });
}

base::Status Lexicon::LoadCues(const std::string& tsv, const std::string& origin) {
  return kb::ForEachRow(tsv, origin, 2, [&](const std::vector<std::string_view>& c) {
    std::vector<std::string>& categories = cues_[std::string(c[0])];
    if (std::find(categories.begin(), categories.end(), c[1]) != categories.end()) {
      return base::Status::InvalidArgument("cue '" + std::string(c[0]) + "' listed twice as " +
                                           std::string(c[1]));
    }
    categories.emplace_back(c[1]);
    if (c[1] == "count_word") {
      int n = 0;
      const std::string_view value = c.size() > 2 ? c[2] : std::string_view();
      const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (error != std::errc() || end != value.data() + value.size() || n <= 0) {
        return base::Status::InvalidArgument("count_word '" + std::string(c[0]) + "' needs a positive number");
      }
      counts_[std::string(c[0])] = n;
    }
    max_cue_words_ = std::max(max_cue_words_, 1 + static_cast<size_t>(std::count(c[0].begin(), c[0].end(), ' ')));
    return base::Status::Ok();
  });
}

int Lexicon::Count(std::string_view word) const {
  // (Up to three digits: "31 vessels"; "2024" is a year, not a count.)
  constexpr size_t kMaxDigits = 3;
  int n = 0;
  if (!word.empty() && word.size() <= kMaxDigits &&
      std::from_chars(word.data(), word.data() + word.size(), n).ptr == word.data() + word.size()) {
    return n;
  }
  auto it = counts_.find(word);
  return it == counts_.end() ? 0 : it->second;
}

const std::vector<EventPattern>* Lexicon::EventsFor(std::string_view word) const {
  auto it = events_.find(word);
  return it == events_.end() ? nullptr : &it->second;
}

const std::vector<RelationPattern>* Lexicon::RelationsFor(std::string_view word) const {
  auto it = relations_.find(word);
  return it == relations_.end() ? nullptr : &it->second;
}

const std::string* Lexicon::Cue(std::string_view phrase) const {
  auto it = cues_.find(phrase);
  return it == cues_.end() ? nullptr : &it->second.back();
}

bool Lexicon::HasCue(std::string_view phrase, std::string_view category) const {
  auto it = cues_.find(phrase);
  return it != cues_.end() &&
         std::find(it->second.begin(), it->second.end(), category) != it->second.end();
}

}  // namespace dossier::extract
