// OFAC SDN legacy CSV: sdn.csv (12 columns, no header), with alt.csv (aliases)
// and add.csv (addresses) read when they sit beside it. The remarks column holds
// "a.k.a. 'X'", "DOB ...", "nationality ...", "citizen ..." and "Linked To: X."
// clauses separated by semicolons.
#include <filesystem>
#include <unordered_map>

#include "base/file.h"
#include "base/strings.h"
#include "kb/sanctions_csv.h"
#include "kb/sanctions_entry.h"

namespace dossier::kb {
namespace {

constexpr size_t kSdnColumns = 12;

std::string Field(const std::vector<std::string>& f, size_t i) {
  if (i >= f.size()) return "";
  std::string v(base::Trim(f[i]));
  return v == "-0-" ? "" : v;
}

std::string SchemaOf(const std::string& type) {
  if (type == "individual") return "Person";
  if (type == "vessel") return "Vessel";
  if (type == "aircraft") return "Airplane";
  return "Organization";
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// "a.k.a. 'KOMID'" and friends: the text between the first quote and the last.
void ParseAliases(std::string_view part, SanctionsEntry* e) {
  for (const char* marker : {"a.k.a. '", "f.k.a. '", "n.k.a. '"}) {
    if (!StartsWith(part, marker) && !StartsWith(part, std::string("alt. ") + marker)) continue;
    const size_t open = part.find('\'');
    const size_t close = part.rfind('\'');
    if (close > open + 1) e->aliases.emplace_back(base::Trim(part.substr(open + 1, close - open - 1)));
    return;
  }
}

void ParseRemarks(const std::string& remarks, SanctionsEntry* e) {
  for (std::string_view raw : base::Split(remarks, ';')) {
    std::string_view part = base::Trim(raw);
    if (!part.empty() && part.back() == '.' && !StartsWith(part, "a.k.a") && !StartsWith(part, "f.k.a")) {
      part.remove_suffix(1);
    }
    std::string_view rest = part;
    if (StartsWith(rest, "alt. ")) rest.remove_prefix(5);
    if (StartsWith(rest, "DOB ")) {
      std::string d = ParseListDate(std::string(rest.substr(4)));
      if (!d.empty()) e->birth_dates.push_back(d);
    } else if (StartsWith(rest, "nationality ")) {
      e->countries.emplace_back(base::Trim(rest.substr(12)));
    } else if (StartsWith(rest, "citizen ")) {
      e->countries.emplace_back(base::Trim(rest.substr(8)));
    } else if (StartsWith(rest, "Linked To: ")) {
      e->linked_to.emplace_back(base::Trim(rest.substr(11)));
    } else {
      ParseAliases(part, e);
    }
  }
}

void ParsePrograms(const std::string& s, SanctionsEntry* e) {
  for (std::string_view p : base::Split(s, ']')) {
    std::string_view t = base::Trim(p);
    while (!t.empty() && (t.front() == '[' || t.front() == ' ')) t.remove_prefix(1);
    if (!t.empty()) e->programs.emplace_back(t);
  }
}

// Reads alt.csv or add.csv beside sdn.csv, calling `fn(entry, fields)`.
template <typename Fn>
void ReadSidecar(const std::string& path, std::unordered_map<std::string, size_t>& by_ref,
                 std::vector<SanctionsEntry>* out, Warnings* warnings, Fn fn) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return;
  auto bytes = base::ReadFile(path);
  if (!bytes.ok()) {
    warnings->push_back(path + ": " + bytes.status().message());
    return;
  }
  const std::string text = Latin1ToUtf8(*bytes);
  CsvReader reader(text);
  std::vector<std::string> f;
  while (reader.Next(&f)) {
    auto it = by_ref.find(Field(f, 0));
    if (f.size() < 5 || it == by_ref.end()) {
      warnings->push_back(path + ":" + std::to_string(reader.line()) + ": unknown entry or short row");
      continue;
    }
    fn((*out)[it->second], f);
  }
}

}  // namespace

base::Status LoadOfacCsv(const std::string& path, std::vector<SanctionsEntry>* out, Warnings* warnings) {
  DOSSIER_ASSIGN_OR_RETURN(std::string bytes, base::ReadFile(path));
  const std::string text = Latin1ToUtf8(bytes);
  CsvReader reader(text);
  std::vector<std::string> f;
  std::unordered_map<std::string, size_t> by_ref;
  while (reader.Next(&f)) {
    const std::string where = path + ":" + std::to_string(reader.line()) + ": ";
    if (f.size() != kSdnColumns) {
      warnings->push_back(where + "expected 12 columns, got " + std::to_string(f.size()));
      continue;
    }
    SanctionsEntry e;
    e.list = "us-ofac-sdn";
    e.ref = Field(f, 0);
    e.name = Field(f, 1);
    if (e.ref.empty() || e.name.empty()) {
      warnings->push_back(where + "missing ent_num or name");
      continue;
    }
    e.schema = SchemaOf(Field(f, 2));
    ParsePrograms(Field(f, 3), &e);
    ParseRemarks(Field(f, 11), &e);
    by_ref[e.ref] = out->size();
    out->push_back(std::move(e));
  }
  if (reader.error()) warnings->push_back(path + ":" + std::to_string(reader.line()) + ": unclosed quote");
  const std::string dir = std::filesystem::path(path).parent_path().string();
  const std::string prefix = dir.empty() ? "" : dir + "/";
  ReadSidecar(prefix + "alt.csv", by_ref, out, warnings,
              [](SanctionsEntry& e, const std::vector<std::string>& f) {
                if (!Field(f, 3).empty()) e.aliases.push_back(Field(f, 3));
              });
  ReadSidecar(prefix + "add.csv", by_ref, out, warnings,
              [](SanctionsEntry& e, const std::vector<std::string>& f) {
                if (!Field(f, 4).empty()) e.countries.push_back(Field(f, 4));
              });
  return base::Status::Ok();
}

}  // namespace dossier::kb
