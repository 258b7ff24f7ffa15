#include "store/name_key.h"

#include "base/utf8.h"

namespace dossier::store {

std::string NameKey(std::string_view name) {
  std::string folded = base::FoldCase(name);
  std::string key;
  bool gap = false;
  for (size_t i = 0; i < folded.size();) {
    int len = 1;
    char32_t cp = base::DecodeUtf8(folded, i, &len);
    if (len <= 0) len = 1;
    if (base::IsLetter(cp) || base::IsDigit(cp)) {
      if (gap && !key.empty()) key += ' ';
      gap = false;
      key.append(folded, i, static_cast<size_t>(len));
    } else if (!base::IsApostrophe(cp)) {
      gap = true;
    }
    i += static_cast<size_t>(len);
  }
  return key;
}

}  // namespace dossier::store
