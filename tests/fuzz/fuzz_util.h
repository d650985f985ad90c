// What the harnesses share: an input cap, the language data parsed once per
// process, the text segmented as the Analyzer does, and checks of the output
// contract (offsets inside the text, on code point boundaries, text == the
// slice; for a whole Document, CheckDocument). A broken contract traps:
// libFuzzer saves the input as a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "article/article.h"
#include "article/article_common.h"
#include "lang/language_data.h"
#include "resalta/document.h"
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

// [start, end) is a non-empty range of `text` on code point boundaries and
// `slice` is its UTF-8 copy (document.h's offset contract).
inline void CheckSlice(std::u16string_view text, uint32_t start, uint32_t end, const std::string& slice) {
  Check(start < end && end <= text.size() && IsCodePointBoundary(text, start) && IsCodePointBoundary(text, end));
  Check(slice == EncodeUtf8(text.substr(start, end - start)));
}

// The Document contract (core/include/resalta/document.h) for the text it
// was made from (the input after DecodeUtf8): every token, span, entity
// mention, quote, source evidence, boilerplate item and dated dateline slices
// the text; sentences cover their tokens in order; spans are sorted by start,
// longer first; every entity id a span, quote or source names exists.
inline void CheckDocument(const Document& doc, std::u16string_view text) {
  Check(doc.text_length == text.size());
  Check(doc.lang == "es" || doc.lang == "en");
  uint32_t next_token = 0, prev_end = 0;
  for (const Sentence& s : doc.sentences) {
    Check(s.start < s.end && s.end <= text.size() && s.start >= prev_end && s.token_count > 0);
    Check(s.first_token == next_token);
    next_token += s.token_count;
    prev_end = s.end;
  }
  Check(doc.tokens.empty() || doc.tokens.size() == next_token);
  for (const Token& t : doc.tokens) CheckSlice(text, t.start, t.end, t.text);
  std::unordered_set<std::string> ids;
  for (const Entity& e : doc.entities) {
    Check(ids.insert(e.id).second && !e.type.empty() && !e.name.empty() && !e.mentions.empty());
    Check(e.salience >= 0 && e.salience <= 1);  // also false for NaN
    for (const Mention& m : e.mentions) CheckSlice(text, m.start, m.end, m.text);
  }
  auto known = [&](const std::string& id) { return id.empty() || ids.count(id) > 0; };
  for (size_t i = 0; i < doc.spans.size(); ++i) {
    const Span& s = doc.spans[i];
    CheckSlice(text, s.start, s.end, s.text);
    Check(!s.type.empty() && known(s.entity));
    if (i > 0) {
      const Span& p = doc.spans[i - 1];
      Check(p.start < s.start || (p.start == s.start && p.end >= s.end));
    }
  }
  for (const std::vector<Quote>* list : {&doc.quotes, &doc.reported_speech}) {
    for (const Quote& q : *list) {
      CheckSlice(text, q.start, q.end, q.text);
      Check(known(q.speaker) && !q.kind.empty());
    }
  }
  for (const Source& s : doc.sources) {
    Check(!s.name.empty() && known(s.entity));
    if (!s.evidence.text.empty()) CheckSlice(text, s.evidence.start, s.evidence.end, s.evidence.text);
  }
  for (const Boilerplate& b : doc.boilerplate) CheckSlice(text, b.start, b.end, b.text), Check(!b.reason.empty());
  const Published& pub = doc.published;
  if (pub.source == "text") {
    CheckSlice(text, pub.start, pub.end, pub.text);
  } else {
    Check(pub.start == 0 && pub.end == 0 && pub.text.empty());
  }
  Check(pub.date.empty() || pub.date.size() == 10);
}

}  // namespace resalta::fuzz
