#include "lang/lang_data.h"

namespace resalta {

std::string_view LangData(std::string_view lang, std::string_view name) {
  for (const LangDataFile* f = kLangDataFiles; !f->name.empty(); ++f) {
    if (f->lang == lang && f->name == name) return f->content;
  }
  return {};
}

std::vector<std::string_view> LangDataLines(std::string_view lang, std::string_view name) {
  std::vector<std::string_view> lines;
  std::string_view rest = LangData(lang, name);
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace resalta
