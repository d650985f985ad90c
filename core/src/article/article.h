// The article layer: turns tokens and entity mentions into what people read an
// article for (entities with their mentions, and the other highlights).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "resalta/document.h"
#include "lang/language_data.h"
#include "tagger/entity_mention.h"
#include "text/tokenizer.h"

namespace resalta {

struct ArticleInput {
  std::u16string_view text;                     // the analyzed text (UTF-16)
  std::string_view lang;                        // "es" or "en"
  std::string_view date;                        // publication date YYYY-MM-DD, or empty
  const Segmentation* segmentation = nullptr;   // tokens and sentences
  const std::vector<std::string>* token_text = nullptr;  // UTF-8, one per token
  // The tagger's mentions (Tagger::TagMentions: token ranges into
  // segmentation->tokens, typed); null when no entity model is loaded for `lang`.
  const std::vector<EntityMention>* mentions = nullptr;
  const LanguageData* language = nullptr;       // `lang`'s data, parsed once by the caller
  std::string_view default_date;                // used when `date` is empty and the text has no dateline
};

// Fills doc->published, entities, spans, quotes, sources, boilerplate and tags.
void AnalyzeArticle(const ArticleInput& in, Document* doc);

}  // namespace resalta
