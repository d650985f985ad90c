#include "resalta/analyzer.h"

#include <unicode/uchar.h>

#include "article/article.h"
#include "lang/lang_data.h"
#include "lang/language_data.h"
#include "tagger/tagger.h"
#include "text/text.h"
#include "text/tokenizer.h"

namespace resalta {

const char* Version() { return RESALTA_VERSION; }

// The languages the core has data for; ResolveLanguage picks among them.
constexpr const char* kLanguages[] = {"es", "en"};

Analyzer::Analyzer() {
  for (const char* lang : kLanguages) languages_[lang] = std::make_unique<LanguageData>(LoadLanguageData(lang));
}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

Status Analyzer::LoadModel(std::string_view model_bytes) {
  Result<Tagger> tagger = Tagger::FromBytes(model_bytes);
  if (!tagger.ok()) return tagger.status();
  std::string lang = tagger->lang();
  taggers_[lang] = std::make_unique<Tagger>(std::move(tagger).value());
  return Status::Ok();
}

bool Analyzer::HasModel(std::string_view lang) const { return taggers_.find(lang) != taggers_.end(); }

bool IsValidDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  auto num = [&](int pos, int len) {
    int v = 0;
    for (int i = pos; i < pos + len; ++i) v = v * 10 + (d[i] - '0');
    return v;
  };
  int year = num(0, 4), month = num(5, 2), day = num(8, 2);
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month == 2 && !leap ? 28 : kDays[month - 1]);
}

namespace {

// Counts function words of each language over the first few thousand words;
// Spanish wins ties (it is the product's first language).
std::string DetectLanguage(std::u16string_view text, const LanguageData& es, const LanguageData& en) {
  int es_hits = 0, en_hits = 0, words = 0;
  std::u16string word;
  auto flush = [&] {
    if (word.empty()) return;
    std::string w = EncodeUtf8(word);
    es_hits += es.stopwords.count(w) > 0;
    en_hits += en.stopwords.count(w) > 0;
    word.clear();
    ++words;
  };
  for (size_t i = 0; i < text.size() && words < 3000; ++i) {
    char16_t c = text[i];
    if (!U16_IS_SURROGATE(c) && u_isalpha(c)) {
      word.push_back(static_cast<char16_t>(u_tolower(c)));
    } else {
      flush();
    }
  }
  flush();
  return en_hits > es_hits ? "en" : "es";
}

// "es" or "en" for `lang` = "auto", judged by function words; `lang` itself
// otherwise. An error for languages the core does not know.
Result<std::string> ResolveLanguage(std::u16string_view text, std::string_view lang,
                                    const LanguageData& es, const LanguageData& en) {
  if (lang == "es" || lang == "en") return std::string(lang);
  if (lang != "auto") {
    return Status(ErrorCode::kInvalidArgument, "unknown language \"" + std::string(lang) + "\": use es, en or auto");
  }
  return DetectLanguage(text, es, en);
}

}  // namespace

Result<Document> Analyzer::Analyze(std::string_view utf8_text, const AnalyzeOptions& options) const {
  if (utf8_text.size() > kMaxTextBytes) {
    return Status(ErrorCode::kTooLarge, "text is " + std::to_string(utf8_text.size()) +
                                            " bytes; the limit is " + std::to_string(kMaxTextBytes) + " bytes");
  }
  if (!options.date.empty() && !IsValidDate(options.date)) {
    return Status(ErrorCode::kInvalidArgument, "date must be YYYY-MM-DD, got \"" + options.date + "\"");
  }
  if (!options.default_date.empty() && !IsValidDate(options.default_date)) {
    return Status(ErrorCode::kInvalidArgument, "default date must be YYYY-MM-DD, got \"" + options.default_date + "\"");
  }
  DecodedText decoded = DecodeUtf8(utf8_text);
  const std::u16string& text = decoded.units;

  Document doc;
  doc.published.date = options.date.empty() ? options.default_date : options.date;
  doc.published.source = !options.date.empty() ? "option" : options.default_date.empty() ? "none" : "default";
  Result<std::string> lang = ResolveLanguage(text, options.lang, *languages_.at("es"), *languages_.at("en"));
  if (!lang.ok()) return lang.status();
  doc.lang = lang.value();
  doc.text_length = static_cast<uint32_t>(text.size());
  if (decoded.replaced > 0) {
    doc.warnings.push_back("invalid UTF-8: " + std::to_string(decoded.replaced) +
                           " sequence(s) replaced with U+FFFD");
  }

  Segmentation seg;
  if (Status s = Segment(text, doc.lang, &seg); !s.ok()) return s;

  std::vector<std::string> token_text(seg.tokens.size());
  for (size_t i = 0; i < seg.tokens.size(); ++i) {
    token_text[i] = EncodeUtf8(std::u16string_view(text).substr(seg.tokens[i].start, seg.tokens[i].end - seg.tokens[i].start));
  }
  for (const SentenceRange& s : seg.sentences) {
    const TokenRange& a = seg.tokens[s.first_token];
    const TokenRange& b = seg.tokens[s.first_token + s.token_count - 1];
    doc.sentences.push_back({a.start, b.end, s.first_token, s.token_count});
  }
  if (options.tokens) {
    doc.tokens.reserve(seg.tokens.size());
    for (size_t i = 0; i < seg.tokens.size(); ++i) {
      doc.tokens.push_back({seg.tokens[i].start, seg.tokens[i].end, token_text[i]});
    }
  }

  // Entities: the tagger sees one sentence at a time, the whole article at
  // once, and gives typed token ranges (the Segmentation's token indices).
  std::vector<EntityMention> mentions;
  auto tagger = taggers_.find(doc.lang);
  if (tagger != taggers_.end()) {
    std::vector<std::vector<std::string_view>> sentences;
    sentences.reserve(seg.sentences.size());
    for (const SentenceRange& s : seg.sentences) {
      auto& words = sentences.emplace_back();
      for (uint32_t i = 0; i < s.token_count; ++i) words.push_back(token_text[s.first_token + i]);
    }
    tagger->second->TagMentions(sentences, &mentions);
  }
  ArticleInput article{text, doc.lang, options.date, &seg, &token_text,
                       tagger != taggers_.end() ? &mentions : nullptr, languages_.find(doc.lang)->second.get(),
                       options.default_date};
  AnalyzeArticle(article, &doc);
  return doc;
}

Status Analyzer::Tag(std::string_view lang, const std::vector<std::vector<std::string_view>>& sentences,
                     std::vector<std::vector<std::string>>* labels) const {
  auto it = taggers_.find(lang);
  if (it == taggers_.end()) {
    return Status(ErrorCode::kNoModel, "no entity model loaded for language \"" + std::string(lang) + "\"");
  }
  it->second->TagDocument(sentences, labels);
  return Status::Ok();
}

}  // namespace resalta
