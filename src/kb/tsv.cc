#include "kb/tsv.h"

#include "base/strings.h"

namespace dossier::kb {

base::Status ForEachRow(const std::string& tsv, const std::string& origin, size_t min_columns,
                        const std::function<base::Status(const std::vector<std::string_view>&)>& row) {
  size_t line_no = 0;
  for (std::string_view line : base::Split(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (base::Trim(line).empty() || line.front() == '#') continue;
    std::vector<std::string_view> cells = base::Split(line, '\t');
    std::string where = origin + ":" + std::to_string(line_no);
    if (cells.size() < min_columns) {
      return base::Status::InvalidArgument(where + ": expected " + std::to_string(min_columns) +
                                           " tab-separated columns, got " + std::to_string(cells.size()));
    }
    for (auto& c : cells) c = base::Trim(c);
    base::Status s = row(cells);
    if (!s.ok()) return s.WithPrefix(where);
  }
  return base::Status::Ok();
}

std::vector<std::string> SplitValues(std::string_view cell) {
  std::vector<std::string> out;
  for (std::string_view v : base::Split(cell, '|')) {
    v = base::Trim(v);
    if (!v.empty()) out.emplace_back(v);
  }
  return out;
}

}  // namespace dossier::kb
