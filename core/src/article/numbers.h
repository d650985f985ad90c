// The one reader of numbers that dates, durations, money and quantities
// share: digits in either convention ("1.234,5" in Spain and most of Latin
// America, "1,234.5" in Mexico), digits with a glued multiplier ("100K") or a
// scale word ("1,2 billones", 10^12), and number words from number_words.txt
// ("treinta y uno", "mil novecientos ochenta y siete", "un millón y medio",
// "dos docenas", "tres cuartos", "uno coma cinco").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "article/article_common.h"

namespace resalta {

// How digits are grouped: a decimal comma (1.234,5) or a decimal point (1,234.5).
enum class DigitStyle { kDecimalComma, kDecimalPoint };

// Parses digits with separators ("1.000", "2,5", "1,000.5"). An ambiguous
// single separator before three digits ("1.234", "1,234") is a thousands
// separator in `style`'s sense; ",000"/".000" always groups thousands.
bool ParseDigits(std::string_view s, DigitStyle style, double* value);

// The style a document writes its numbers in, from the unambiguous ones
// ("1.234,5", "2,5" vs "1,234.5", "2.5"); a decimal comma when none decides
// (`decided`, when given, says whether any did).
DigitStyle DocumentDigitStyle(const Words& w, std::string_view lang, bool* decided = nullptr);

struct NumberRead {
  double value = 0;
  size_t tokens = 0;         // tokens used
  bool words = false;        // spelled out (at least one number word)
  bool lone_one = false;     // only "un"/"una"/"uno": an article, not a count
  bool fraction = false;     // a part of one ("media", "tres cuartos"): needs a unit after it
  bool collective = false;   // a count of groups ("dos docenas", "un millar"): never a day or an hour
  double scale = 1;          // the scale words after digits multiplied by ("5 millones": 1e6)
  std::string glued;         // letters glued after the digits that are not a multiplier ("km" in "3km")
};

// Reads a number at token i, using tokens before `end` only. Returns false
// when none starts there.
bool ReadNumber(const Words& w, const LanguageData& lex, DigitStyle style, size_t i, size_t end, NumberRead* out);

// "y medio", "y media", "and a half" at k (the joining word, an article of
// quantity_words' half_article where the language writes one, and the half):
// the tokens read, 0 if none; the half's value (0.5) in *half.
size_t HalfAfterAnd(const Words& w, const LanguageData& lex, size_t k, size_t end, double* half);

// A day of the month, an hour or a count written as digits or words
// ("15", "quince", "treinta y uno", "primero"): the value and tokens used, 0 if none.
size_t ReadSmallNumber(const Words& w, const LanguageData& lex, size_t i, size_t end, int* value);

}  // namespace resalta
