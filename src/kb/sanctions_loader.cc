// LoadSanctionsPath: recognises each file's format and calls its loader; also
// the simple CSV loader and the list-date parser shared by the others.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "base/file.h"
#include "base/strings.h"
#include "kb/sanctions_csv.h"
#include "kb/sanctions_entry.h"

namespace dossier::kb {
namespace {

namespace fs = std::filesystem;

enum class Format { kUnknown, kSkip, kOfacCsv, kOfacXml, kUnXml, kFtm, kSimpleCsv };

// Looks at the name and the first bytes of the file.
Format Detect(const std::string& path) {
  const std::string name = base::AsciiLower(base::BaseName(path));
  if (name == "alt.csv" || name == "add.csv" || base::HasSuffix(name, ".xsd") ||
      base::HasSuffix(name, ".md")) {
    return Format::kSkip;
  }
  if (base::HasSuffix(name, ".json") || base::HasSuffix(name, ".jsonl")) return Format::kFtm;
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  const std::string_view h = head;
  if (base::HasSuffix(name, ".xml")) {
    if (h.find("<sdnList") != std::string_view::npos) return Format::kOfacXml;
    if (h.find("<CONSOLIDATED_LIST") != std::string_view::npos) return Format::kUnXml;
    return Format::kUnknown;
  }
  if (base::HasSuffix(name, ".csv")) {
    if (h.substr(0, 5) == "name," || h.substr(0, 8) == "\xEF\xBB\xBFname,") return Format::kSimpleCsv;
    if (!h.empty() && std::isdigit(static_cast<unsigned char>(h[0]))) return Format::kOfacCsv;
  }
  return Format::kUnknown;
}

base::Status LoadFile(const std::string& path, bool explicit_file, std::vector<SanctionsEntry>* out,
                      Warnings* warnings) {
  switch (Detect(path)) {
    case Format::kOfacCsv: return LoadOfacCsv(path, out, warnings);
    case Format::kOfacXml: return LoadOfacXml(path, out, warnings);
    case Format::kUnXml: return LoadUnXml(path, out, warnings);
    case Format::kFtm: return LoadFtmJson(path, out, warnings);
    case Format::kSimpleCsv: return LoadSimpleCsv(path, out, warnings);
    case Format::kSkip: return base::Status::Ok();
    case Format::kUnknown: break;
  }
  if (explicit_file) return base::Status::InvalidArgument(path + ": unknown sanctions list format");
  return base::Status::Ok();
}

int MonthOf(std::string_view w) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  const std::string lower = base::AsciiLower(w.substr(0, 3));
  for (int i = 0; i < 12; ++i) {
    if (lower == kMonths[i]) return i + 1;
  }
  return 0;
}

std::string Two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

}  // namespace

std::string ParseListDate(const std::string& text) {
  const std::string_view t = base::Trim(text);
  if (t.size() >= 10 && t[4] == '-' && t[7] == '-' && std::isdigit(static_cast<unsigned char>(t[0]))) {
    return std::string(t.substr(0, 10));
  }
  // Words: day, month name, year (first of each; "to ..." ranges keep the start).
  int day = 0, month = 0, year = 0;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    const bool digits = std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (digits && word.size() == 4 && !year) year = std::stoi(word);
    else if (digits && word.size() <= 2 && !day && !year) day = std::stoi(word);
    else if (!digits && !month && !year) month = MonthOf(word);
    word.clear();
  };
  for (char c : t) {
    if (std::isalnum(static_cast<unsigned char>(c))) word += c;
    else flush();
  }
  flush();
  if (year < 1800 || year > 2100) return "";
  std::string out = std::to_string(year);
  if (month) {
    out += "-" + Two(month);
    if (day >= 1 && day <= 31) out += "-" + Two(day);
  }
  return out;
}

base::Status LoadSimpleCsv(const std::string& path, std::vector<SanctionsEntry>* out, Warnings* warnings) {
  DOSSIER_ASSIGN_OR_RETURN(std::string text, base::ReadFile(path));
  CsvReader reader(text);
  std::vector<std::string> f;
  std::string list = base::BaseName(path);
  list = list.substr(0, list.rfind('.'));
  bool header = true;
  while (reader.Next(&f)) {
    if (header) {
      header = false;
      continue;
    }
    if (f.empty() || base::Trim(f[0]).empty()) {
      warnings->push_back(path + ":" + std::to_string(reader.line()) + ": row without a name");
      continue;
    }
    SanctionsEntry e;
    e.list = list;
    e.ref = std::to_string(reader.line());
    e.name = std::string(base::Trim(f[0]));
    e.schema = f.size() > 1 && !base::Trim(f[1]).empty() ? std::string(base::Trim(f[1])) : "LegalEntity";
    if (f.size() > 2 && !base::Trim(f[2]).empty()) e.countries.emplace_back(base::Trim(f[2]));
    if (f.size() > 3 && !base::Trim(f[3]).empty()) {
      std::string d = ParseListDate(f[3]);
      if (d.empty()) warnings->push_back(path + ":" + std::to_string(reader.line()) + ": bad birth_date ignored");
      else e.birth_dates.push_back(d);
    }
    if (f.size() > 4) {
      for (std::string_view a : base::Split(f[4], ';')) {
        if (!base::Trim(a).empty()) e.aliases.emplace_back(base::Trim(a));
      }
    }
    out->push_back(std::move(e));
  }
  return base::Status::Ok();
}

base::Status LoadSanctionsPath(const std::string& path, std::vector<SanctionsEntry>* out, Warnings* warnings) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return base::Status::NotFound(path + ": no such file or folder");
  if (!fs::is_directory(path, ec)) return LoadFile(path, true, out, warnings);
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(path, ec)) {
    if (e.is_regular_file(ec)) files.push_back(e.path().string());
  }
  if (ec) return base::Status::IoError(path + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) DOSSIER_RETURN_IF_ERROR(LoadFile(f, false, out, warnings));
  return base::Status::Ok();
}

}  // namespace dossier::kb
