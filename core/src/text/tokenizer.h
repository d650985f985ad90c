// Tokens and sentences for news text: ICU's word and sentence break
// iterators (UAX #29) plus news-aware merges that ICU does not make.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "resalta/status.h"

namespace resalta {

struct TokenRange {
  uint32_t start = 0;  // UTF-16 offsets, [start, end)
  uint32_t end = 0;
};

struct SentenceRange {
  uint32_t first_token = 0;
  uint32_t token_count = 0;
};

struct Segmentation {
  std::vector<TokenRange> tokens;
  std::vector<SentenceRange> sentences;  // every token is in exactly one
};

// Splits `text` into tokens (whitespace dropped) and sentences.
// News-aware on top of ICU:
//  - abbreviations keep their period: "Sra.", "EE.UU.", "S.A.", "J." ;
//    listed titles never end a sentence ("el Dr. Pérez")
//  - multi-character currency signs stay whole: "US$", "U$S", "R$"
//  - hyphenated words stay whole: "franco-alemán", "COVID-19"; a dash
//    after a space ("-a bordo de") is its own token
//  - numbers in either format stay whole: "1.000,5", "1,000.5" (ICU)
//  - quote marks and dashes are tokens of their own (ICU)
// `lang` picks the sentence rules and abbreviation list ("es", "en").
Status Segment(std::u16string_view text, std::string_view lang, Segmentation* out);

}  // namespace resalta
