// Test helper: runs the article layer with hand-given entity labels, as if
// a perfect tagger had marked `names` (every whole-token occurrence).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "article/article.h"
#include "resalta/document.h"
#include "text/text.h"
#include "text/tokenizer.h"

namespace resalta {

inline Document AnalyzeWithNames(const std::string& utf8, const std::vector<std::pair<std::string, std::string>>& names,
                                 const std::string& date = "2023-10-18", const std::string& lang = "es") {
  DecodedText decoded = DecodeUtf8(utf8);
  Segmentation seg;
  Segment(decoded.units, lang, &seg);
  std::vector<std::string> token_text;
  for (const TokenRange& t : seg.tokens) {
    token_text.push_back(EncodeUtf8(std::u16string_view(decoded.units).substr(t.start, t.end - t.start)));
  }
  std::vector<std::vector<std::string>> labels;
  for (const SentenceRange& s : seg.sentences) {
    std::vector<std::string> l(s.token_count, "O");
    for (uint32_t i = 0; i < s.token_count; ++i) {
      for (const auto& [name, type] : names) {
        std::vector<std::string> parts;
        size_t p = 0;
        while (p <= name.size()) {
          size_t q = name.find(' ', p);
          if (q == std::string::npos) q = name.size();
          parts.push_back(name.substr(p, q - p));
          p = q + 1;
        }
        if (i + parts.size() > s.token_count || l[i] != "O") continue;
        bool match = true;
        for (size_t k = 0; k < parts.size() && match; ++k) match = token_text[s.first_token + i + k] == parts[k];
        if (!match) continue;
        for (size_t k = 0; k < parts.size(); ++k) l[i + k] = (k == 0 ? "B-" : "I-") + type;
      }
    }
    labels.push_back(std::move(l));
  }
  Document doc;
  doc.lang = lang;
  static const LanguageData kEs = LoadLanguageData("es"), kEn = LoadLanguageData("en");
  ArticleInput in{decoded.units, lang, date, &seg, &token_text, &labels, lang == "en" ? &kEn : &kEs, {}};
  AnalyzeArticle(in, &doc);
  return doc;
}

inline const Entity* FindEntity(const Document& doc, const std::string& name) {
  for (const Entity& e : doc.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

inline const Span* FindSpan(const Document& doc, const std::string& text, const std::string& type = "") {
  for (const Span& s : doc.spans) {
    if (s.text == text && (type.empty() || s.type == type)) return &s;
  }
  return nullptr;
}

}  // namespace resalta
