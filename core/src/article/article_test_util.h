// Test helper: runs the article layer with hand-given entity mentions, as if
// a perfect tagger had marked `names` (every whole-token occurrence; the
// type is "PER", "ORG", "LOC" or "MISC").
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "article/article.h"
#include "resalta/document.h"
#include "text/text.h"
#include "text/tokenizer.h"

namespace resalta {

// A text decoded and segmented as the analyzer does, with each token's UTF-8.
struct SegmentedText {
  DecodedText decoded;
  Segmentation seg;
  std::vector<std::string> token_text;
};

inline SegmentedText SegmentText(const std::string& utf8, const std::string& lang = "es") {
  SegmentedText out;
  out.decoded = DecodeUtf8(utf8);
  Segment(out.decoded.units, lang, &out.seg);
  for (const TokenRange& t : out.seg.tokens) {
    out.token_text.push_back(EncodeUtf8(std::u16string_view(out.decoded.units).substr(t.start, t.end - t.start)));
  }
  return out;
}

inline Document AnalyzeWithNames(const std::string& utf8, const std::vector<std::pair<std::string, std::string>>& names,
                                 const std::string& date = "2023-10-18", const std::string& lang = "es") {
  auto [decoded, seg, token_text] = SegmentText(utf8, lang);
  std::vector<EntityMention> mentions;
  std::vector<char> named(seg.tokens.size(), 0);  // tokens some mention already covers
  for (const SentenceRange& s : seg.sentences) {
    for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      for (const auto& [name, type_name] : names) {
        std::vector<std::string> parts;
        size_t p = 0;
        while (p <= name.size()) {
          size_t q = name.find(' ', p);
          if (q == std::string::npos) q = name.size();
          parts.push_back(name.substr(p, q - p));
          p = q + 1;
        }
        EntityType type;
        if (!ParseEntityType(type_name, &type) || i + parts.size() > s.first_token + s.token_count || named[i]) continue;
        bool match = true;
        for (size_t k = 0; k < parts.size() && match; ++k) match = token_text[i + k] == parts[k];
        if (!match) continue;
        const uint32_t end = i + static_cast<uint32_t>(parts.size());
        mentions.push_back({i, end, type});
        for (uint32_t k = i; k < end; ++k) named[k] = 1;
      }
    }
  }
  Document doc;
  doc.lang = lang;
  static const LanguageData kEs = LoadLanguageData("es"), kEn = LoadLanguageData("en");
  ArticleInput in{decoded.units, lang, date, &seg, &token_text, &mentions, lang == "en" ? &kEn : &kEs, {}};
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
