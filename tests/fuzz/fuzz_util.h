// What the article-layer harnesses share: an input cap, the language data
// parsed once per process, the text segmented as the Analyzer does, and
// checks of the output contract (offsets inside the text, on code point
// boundaries, text == the slice). A broken contract traps: libFuzzer saves
// the input as a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "article/article.h"
#include "article/article_common.h"
#include "lang/language_data.h"
#include "text/text.h"
#include "text/tokenizer.h"

namespace resalta::fuzz {

// Longer inputs find nothing a 4 KB one does not (a news paragraph is
// ~1 KB) and cost a slower run per input; scripts/fuzz passes -max_len too.
constexpr size_t kMaxInput = 4096;
// The whole pipeline costs several times a scanner per byte; 1 KB still
// holds the longest paragraph of the development articles (913 bytes) and a
// dateline with the paragraph after it. scripts/fuzz passes -max_len 1024.
constexpr size_t kMaxAnalyzeInput = 1024;

inline void Check(bool ok) {
  if (!ok) __builtin_trap();
}

// es and en data, parsed once per process (as an Analyzer does once).
inline const LanguageData& Language(bool english) {
  static const LanguageData es = LoadLanguageData("es"), en = LoadLanguageData("en");
  return english ? en : es;
}

// One input as the article layer sees it. The first byte picks the
// language (bit 0) and the publication date (bit 1); the rest is UTF-8 text.
struct Article {
  std::string lang;
  std::string date;
  DecodedText decoded;
  Segmentation seg;
  std::vector<std::string> token_text;
  Words words;

  // False for inputs the harness skips (empty, over kMaxInput).
  bool Read(const uint8_t* data, size_t size) {
    if (size == 0 || size > kMaxInput) return false;
    lang = (data[0] & 1) ? "en" : "es";
    date = (data[0] & 2) ? "2023-10-18" : "";
    decoded = DecodeUtf8(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
    Check(Segment(decoded.units, lang, &seg).ok());
    const std::u16string_view text(decoded.units);
    for (const TokenRange& t : seg.tokens) {
      Check(t.start < t.end && t.end <= text.size());
      token_text.push_back(EncodeUtf8(text.substr(t.start, t.end - t.start)));
    }
    ArticleInput in{text, lang, date, &seg, &token_text, nullptr, &Language(lang == "en")};
    words = MakeWords(in);
    return !seg.tokens.empty();
  }

  const LanguageData& language() const { return Language(lang == "en"); }

  // [start, end) is a range of the text a reader can slice.
  bool Range(uint32_t start, uint32_t end) const {
    const std::u16string_view text(decoded.units);
    return start <= end && end <= text.size() && IsCodePointBoundary(text, start) && IsCodePointBoundary(text, end);
  }
  void CheckSpan(uint32_t start, uint32_t end, const std::string& slice) const {
    Check(Range(start, end));
    Check(slice == EncodeUtf8(std::u16string_view(decoded.units).substr(start, end - start)));
  }
};

}  // namespace resalta::fuzz
