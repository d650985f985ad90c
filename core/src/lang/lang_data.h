// Language data (core/data/<lang>/<name>.txt) compiled into the binary.
// Files are UTF-8 lists: one entry per line, '#' starts a comment.
#pragma once

#include <string_view>
#include <vector>

namespace resalta {

struct LangDataFile {
  std::string_view lang;  // "es"
  std::string_view name;  // file name without ".txt"
  std::string_view content;
};

// The table, ended by an entry with an empty name (generated file).
extern const LangDataFile kLangDataFiles[];

// The raw content of core/data/<lang>/<name>.txt, empty if there is none.
std::string_view LangData(std::string_view lang, std::string_view name);

// Its entries: lines trimmed, comments and blank lines dropped.
std::vector<std::string_view> LangDataLines(std::string_view lang, std::string_view name);

}  // namespace resalta
