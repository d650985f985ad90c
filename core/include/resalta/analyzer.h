// The public entry point of the core: text in, Document out.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "resalta/document.h"
#include "resalta/status.h"

namespace resalta {

// Largest text analyze() accepts, in UTF-8 bytes: about 1.5 million words,
// thirty times the longest real article we have seen. Larger input gets a
// kTooLarge error rather than a tab that runs out of memory.
inline constexpr size_t kMaxTextBytes = 10u << 20;

struct AnalyzeOptions {
  std::string lang = "auto";  // "es", "en" or "auto" (detected from function words)
  std::string date;           // publication date, YYYY-MM-DD; relative dates resolve
                              // against it. Empty: a dateline or timestamp in the
                              // text sets it (Document::published says which).
  std::string default_date;   // YYYY-MM-DD used when `date` is empty and the text
                              // gives none (the CLI passes today); may be empty.
  bool tokens = true;         // include Document::tokens (the web app does not need them)
};

class Tagger;
struct LanguageData;

// Once its models are loaded, an Analyzer's const methods keep no mutable
// state: many threads may call Analyze and Tag on one Analyzer at once
// (resalta batch does; a ThreadSanitizer run of it is clean).
class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  // Adds the entity tagger in `model_bytes` for the language the model
  // names, replacing any earlier one for that language. Without a model
  // analyze() still returns sentences and tokens, and no entities.
  Status LoadModel(std::string_view model_bytes);
  bool HasModel(std::string_view lang) const;

  // Analyzes UTF-8 text. Invalid UTF-8 is replaced with U+FFFD (noted in
  // Document::warnings); every offset refers to that repaired text.
  Result<Document> Analyze(std::string_view utf8_text, const AnalyzeOptions& options) const;

  // Tags pre-tokenized sentences (CoNLL input) with IOB2 labels.
  Status Tag(std::string_view lang, const std::vector<std::vector<std::string_view>>& sentences,
             std::vector<std::vector<std::string>>* labels) const;

 private:
  std::map<std::string, std::unique_ptr<Tagger>, std::less<>> taggers_;
  // core/data/<lang>/ parsed once, when the Analyzer is made ("es", "en").
  std::map<std::string, std::unique_ptr<LanguageData>, std::less<>> languages_;
};

// True for a real calendar date written YYYY-MM-DD (years 1000-9999).
bool IsValidDate(std::string_view date);

// The Document as JSON (UTF-8, fields in a fixed order, no insignificant
// white space), identical in the native and wasm builds.
std::string ToJson(const Document& doc);

// The library version, "0.1.0".
const char* Version();

}  // namespace resalta
