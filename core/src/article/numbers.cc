#include "article/numbers.h"

#include <cmath>
#include <cctype>
#include <cstdlib>

namespace resalta {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

const LanguageData::NumberWord* Word(const LanguageData& lex, const std::string& t) { return lex.FindNumberWord(t); }
// Token k's number word: looked up once per document (Words::NumberWordAt).
const LanguageData::NumberWord* Word(const Words& w, const LanguageData& lex, size_t k) { return w.NumberWordAt(k, lex); }

bool Cardinal(const LanguageData::NumberWord* nw) { return nw != nullptr && nw->kind.empty(); }

// Digits at the start of `s` with their separators: "3,5" of "3,5km".
size_t DigitPrefix(std::string_view s) {
  size_t k = 0;
  while (k < s.size() && (IsDigit(s[k]) || ((s[k] == '.' || s[k] == ',') && k + 1 < s.size() && IsDigit(s[k + 1]) && k > 0))) ++k;
  return k;
}

// Decimals read as a whole number: 5 -> 0.5, 25 -> 0.25.
double Decimals(int digits) {
  double frac = digits;
  while (frac >= 1) frac /= 10;
  return frac;
}

// True when exactly one space (or a no-break or thin space) separates tokens i and i+1.
bool SingleSpaceAfter(const Words& w, size_t i) {
  if (i + 1 >= w.size() || w.start(i + 1) != w.end(i) + 1 || w.end(i) >= w.text.size()) return false;
  char16_t c = w.text[w.end(i)];
  return c == u' ' || c == u'\u00a0' || c == u'\u202f';
}

// A number built from counts and scale words, left to right: "dos millones
// trescientos mil" and "3 mil 500 millones" alike. `total` holds what the
// largest scale so far multiplied, `current` the count being built.
struct ScaledSum {
  double total = 0, current = 0;
  double unit = 1;    // the last scale applied; 1 after a plain count
  double big = 0;     // the largest scale folded into total ("millones" of "dos millones")
  double scales = 1;  // the product of the scale words read ("5 millones": 1e6)

  void Scale(double v) {
    double base = current == 0 ? 1 : current;
    if (v >= 1e6 && v > big) {
      total = (total + base) * v;  // "3 mil 500 millones": all of it is millions
      current = 0;
      big = v;
    } else {
      current = base * v;  // "mil" of "doscientos mil"; "millones" after "billón"
    }
    unit = v;
    scales *= v;
  }
  // A plain count in digits after a scale, smaller than it: the "300" of
  // "2 millones 300 mil", the "3" of "4 millones 2 mil 3".
  bool Group(const Words& w, size_t k) {
    if (unit <= 1 || !w.Digits(k) || w.raw[k].size() > 6) return false;
    double g = std::strtod(w.raw[k].c_str(), nullptr);
    if (!(g < unit)) return false;
    current += g;
    unit = 1;
    return true;
  }
  double Value() const { return total + current; }
};

// Decimals after "coma"/"punto"/"con" at k: "cinco" 0.5, "cero cinco" 0.05,
// "05" 0.05, "noventa y nueve" 0.99. Tokens used, 0 if none.
size_t ReadDecimals(const Words& w, const LanguageData& lex, size_t k, size_t end, double* frac) {
  if (k >= end) return 0;
  if (w.Digits(k)) {
    if (w.raw[k].size() > 12) return 0;
    *frac = std::strtod(("0." + w.raw[k]).c_str(), nullptr);
    return 1;
  }
  size_t zeros = 0;  // "cero" words before the digits: each one a place further right
  while (k + zeros < end) {
    const auto* nw = Word(w, lex, k + zeros);
    if (!Cardinal(nw) || nw->value != 0) break;
    ++zeros;
  }
  int digits = 0;
  size_t n = ReadSmallNumber(w, lex, k + zeros, end, &digits);
  if (!n && !zeros) return 0;
  double f = n ? Decimals(digits) : 0;
  for (size_t z = 0; z < zeros; ++z) f /= 10;
  *frac = f;
  return zeros + n;
}

// "con" (decimal_inner) also counts things: "65 con 2 dosis", "tres con dos
// goles". After it, decimals only in words or as two-digit cents ("uno con
// cinco", "4 con 50"), and no counted word after them (a lowercase word that
// is no function word or number word). `n` decimal tokens at k.
bool InnerDecimalsStand(const Words& w, const LanguageData& lex, size_t k, size_t n, size_t end) {
  if (w.Digits(k) && w.raw[k].size() != 2) return false;
  size_t next = k + n;
  if (next >= end || !w.Alpha(next) || w.Capitalized(next)) return true;
  const std::string& t = w.lower[next];
  return lex.stopwords.count(t) || Word(lex, t);
}

// A fraction after a whole number: "½" or "1/2" (numerator below the denominator).
bool ReadPart(const Words& w, const LanguageData& lex, size_t k, size_t end, double* frac) {
  if (const auto* nw = Word(w, lex, k); nw && nw->kind == "fraction" && !std::isalpha(static_cast<unsigned char>(w.raw[k][0]))) {
    *frac = nw->value;
    return true;
  }
  if (!w.Digits(k) || k + 2 >= end || w.raw[k + 1] != "/" || !w.Glued(k) || !w.Glued(k + 1) || !w.Digits(k + 2)) return false;
  if (k + 3 < end && w.Glued(k + 2) && w.raw[k + 3] == "/") return false;  // "1/2/2020"
  double num = std::strtod(w.raw[k].c_str(), nullptr), den = std::strtod(w.raw[k + 2].c_str(), nullptr);
  if (!(num > 0 && num < den && den <= 100)) return false;
  *frac = num / den;
  return true;
}

// "1'500.000", "3´200.000": Colombian papers mark the millions with an
// apostrophe. The mark's length at n when a group "ddd.ddd" follows, else 0.
size_t MillionsMark(std::string_view raw, size_t n) {
  if (n == 0 || n > 3) return 0;
  size_t m = 0;
  for (std::string_view mark : {"'", "\xC2\xB4", "\xE2\x80\x99"}) {  // ' ´ ’
    if (raw.compare(n, mark.size(), mark) == 0) m = mark.size();
  }
  if (!m || raw.size() < n + m + 7) return 0;
  std::string_view g = raw.substr(n + m, 7);
  for (size_t i = 0; i < 7; ++i) {
    if (i == 3 ? (g[i] != '.' && g[i] != ',') : !IsDigit(g[i])) return 0;
  }
  return m;
}

// "de" and a word of a thousand or more after an approximate count: the
// "de millones" of "miles de millones" (10^9), the "de miles" of "cientos de
// miles". Tokens used (2), 0 if none; the magnitude in *value.
size_t OfMagnitude(const Words& w, const LanguageData& lex, size_t k, size_t end, double* value) {
  if (k + 1 >= end) return 0;
  auto of = lex.quantity_phrases.find("of");
  if (of == lex.quantity_phrases.end()) return 0;
  bool is_of = false;
  for (const Phrase& p : of->second) is_of = is_of || (p.size() == 1 && p[0] == w.lower[k]);
  const auto* nw = Word(w, lex, k + 1);
  if (!is_of || !nw || !(nw->scale || nw->collective) || nw->value < 1000) return 0;
  *value = nw->value;
  return 2;
}

}  // namespace

size_t HalfAfterAnd(const Words& w, const LanguageData& lex, size_t k, size_t end, double* half) {
  const auto* conj = k < end ? Word(w, lex, k) : nullptr;
  if (!conj || conj->kind != "and") return 0;
  size_t h = k + 1;
  if (auto art = lex.quantity_phrases.find("half_article"); art != lex.quantity_phrases.end() && h < end) {
    for (const Phrase& p : art->second) {
      if (p.size() == 1 && p[0] == w.lower[h]) {  // "and a half"
        ++h;
        break;
      }
    }
  }
  const auto* nw = h < end ? Word(w, lex, h) : nullptr;
  if (!nw || nw->kind != "half") return 0;
  *half = nw->value;
  return h + 1 - k;
}

namespace {

// "e6", "E-3" after digits: scientific notation. False for anything else.
bool Exponent(std::string_view rest, int* exponent) {
  if (rest.size() < 2 || (rest[0] != 'e' && rest[0] != 'E')) return false;
  size_t k = 1;
  bool minus = rest[k] == '-';
  if (rest[k] == '-' || rest[k] == '+') ++k;
  if (k >= rest.size() || rest.size() - k > 2) return false;
  int e = 0;
  for (; k < rest.size(); ++k) {
    if (!IsDigit(rest[k])) return false;
    e = e * 10 + (rest[k] - '0');
  }
  *exponent = minus ? -e : e;
  return true;
}

}  // namespace

bool ParseDigits(std::string_view s, DigitStyle style, double* value) {
  if (s.empty() || s.size() > 40) return false;
  size_t dots = 0, commas = 0, last_sep = std::string_view::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.') ++dots, last_sep = i;
    else if (c == ',') ++commas, last_sep = i;
    else if (!IsDigit(c)) return false;
  }
  if (!IsDigit(s.front()) || !IsDigit(s.back())) return false;
  // Every group after a separator of three digits: a thousands separator.
  auto groups_of_three = [&](char sep) {
    size_t prev = s.find(sep);
    while (prev != std::string_view::npos) {
      size_t next = s.find(sep, prev + 1);
      size_t len = (next == std::string_view::npos ? s.size() : next) - prev - 1;
      if (len != 3) return false;
      prev = next;
    }
    return true;
  };
  bool thousands_zeros = last_sep != std::string_view::npos && s.size() - last_sep == 4 &&
                         s.substr(last_sep + 1) == "000";
  char decimal = 0;
  if (dots && commas) {
    decimal = s[last_sep];
  } else if (dots) {
    // "1.000" is a thousand with a decimal comma; "2.5" a decimal anywhere.
    bool grouping = groups_of_three('.') && (dots > 1 || style == DigitStyle::kDecimalComma || thousands_zeros);
    decimal = grouping ? 0 : '.';
    if (dots > 1 && !groups_of_three('.')) return false;
  } else if (commas) {
    bool grouping = groups_of_three(',') && (commas > 1 || style == DigitStyle::kDecimalPoint || thousands_zeros);
    decimal = grouping ? 0 : ',';
    if (commas > 1 && !groups_of_three(',')) return false;
  }
  std::string clean;
  for (char c : s) {
    if (IsDigit(c)) clean.push_back(c);
    else if (c == decimal) clean.push_back('.');
  }
  *value = std::strtod(clean.c_str(), nullptr);
  return true;
}

bool ParseNumber(std::string_view s, std::string_view lang, double* value) {
  return ParseDigits(s, lang == "en" ? DigitStyle::kDecimalPoint : DigitStyle::kDecimalComma, value);
}

DigitStyle DocumentDigitStyle(const Words& w, std::string_view lang, bool* decided) {
  int comma = 0, point = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if (!w.IsNumber(i)) continue;
    const std::string& s = w.raw[i];
    size_t d = s.rfind('.'), c = s.rfind(',');
    if (d != std::string::npos && c != std::string::npos) {
      (d > c ? point : comma)++;
      continue;
    }
    size_t sep = d != std::string::npos ? d : c;
    if (sep == std::string::npos) continue;
    size_t after = s.size() - sep - 1;
    bool several = s.find(s[sep]) != sep;
    if (after == 1 || after == 2) (s[sep] == '.' ? point : comma)++;  // "2,5", "2.75": the decimal mark
    else if (several && after == 3) (s[sep] == '.' ? comma : point)++;  // "1.234.567": the grouping mark
  }
  if (decided) *decided = point != comma;
  if (point > comma) return DigitStyle::kDecimalPoint;
  if (comma > point) return DigitStyle::kDecimalComma;
  return lang == "en" ? DigitStyle::kDecimalPoint : DigitStyle::kDecimalComma;
}

bool ReadNumber(const Words& w, const LanguageData& lex, DigitStyle style, size_t i, size_t end, NumberRead* out) {
  *out = NumberRead{};
  if (end > w.size()) end = w.size();
  if (i >= end) return false;
  size_t k = i;
  bool negative = false;
  // "menos cinco" is minus five, but "diez menos tres" a subtraction.
  bool after_number = k > 0 && (IsDigit(w.raw[k - 1].back()) || Cardinal(Word(w, lex, k - 1)));
  if (const auto* nw = Word(w, lex, k); nw && nw->kind == "negative" && k + 1 < end && !after_number) {
    negative = true;
    ++k;
  } else if (w.raw[k] == "-" && w.Glued(k) && k + 1 < end && !(k > 0 && w.Glued(k - 1)) &&
             (IsDigit(w.raw[k + 1][0]) || ((w.raw[k + 1] == "," || w.raw[k + 1] == ".") && w.Glued(k + 1)))) {
    negative = true;  // "-10°", not the dash of "10 - 20" nor of "1-0"
    ++k;
  }
  double value = 0;
  bool read = false;
  // A lone decimal mark before digits: ",75", ".77", ".0012G".
  if ((w.raw[k] == "," || w.raw[k] == ".") && w.Glued(k) && k + 1 < end && IsDigit(w.raw[k + 1][0]) &&
      !(k > 0 && w.Glued(k - 1) && IsDigit(w.raw[k - 1].back()))) {
    const std::string& digits = w.raw[k + 1];
    size_t n = 0;
    while (n < digits.size() && IsDigit(digits[n])) ++n;
    auto suffix = n < digits.size() ? lex.number_suffixes.find(digits.substr(n)) : lex.number_suffixes.end();
    if (n == digits.size() || suffix != lex.number_suffixes.end()) {
      value = std::strtod(("0." + digits.substr(0, n)).c_str(), nullptr);
      if (suffix != lex.number_suffixes.end()) value *= suffix->second;
      k += 2;
      read = true;
    }
  }
  // "3/4 taza", "2/1000 kilogramos": a fraction written with a slash; not "350/400 euros", two
  // prices (a numerator of three digits or more).
  if (!read && w.Digits(k) && k + 2 < end && w.raw[k + 1] == "/" && w.Glued(k) && w.Glued(k + 1) && w.Digits(k + 2) &&
      w.raw[k].size() <= 2 && !(k + 3 < end && w.raw[k + 3] == "/" && w.Glued(k + 2))) {
    double den = std::strtod(w.raw[k + 2].c_str(), nullptr);
    if (den > 0) {
      value = std::strtod(w.raw[k].c_str(), nullptr) / den;
      k += 3;
      read = true;
      out->fraction = true;
    }
  }
  if (!read && IsDigit(w.raw[k][0])) {
    const std::string& raw = w.raw[k];
    size_t n = DigitPrefix(raw);
    if (!ParseDigits(std::string_view(raw).substr(0, n), style, &value)) return false;
    if (size_t m = MillionsMark(raw, n)) {
      value = value * 1e6 + std::strtod((raw.substr(n + m, 3) + raw.substr(n + m + 4, 3)).c_str(), nullptr);
      n += m + 7;
    }
    if (n < raw.size()) {
      std::string rest = raw.substr(n);
      auto suffix = lex.number_suffixes.find(rest);
      const auto* glued_word = Word(lex, Lower(rest));
      if (suffix != lex.number_suffixes.end()) {
        value *= suffix->second;
      } else if (glued_word && glued_word->kind == "fraction" && !std::isalpha(static_cast<unsigned char>(rest[0]))) {
        value += glued_word->value;  // "1½"
      } else if (glued_word && glued_word->scale) {
        value *= glued_word->value;  // "2mil", as typed in a hurry
      } else if (int exponent = 0; Exponent(rest, &exponent)) {
        value *= std::pow(10.0, exponent);  // "1e6", "2,5E3"
      } else {
        // "10K$": a multiplier with something after it.
        for (const auto& [s, mult] : lex.number_suffixes) {
          if (rest.size() > s.size() && rest.compare(0, s.size(), s) == 0 && !std::isalpha(static_cast<unsigned char>(rest[s.size()]))) {
            value *= mult;
            rest = rest.substr(s.size());
            break;
          }
        }
        out->glued = rest;
      }
    } else if (std::string joined = k + 2 < end && w.Glued(k) && w.Glued(k + 1) ? raw + w.raw[k + 1] + w.raw[k + 2] : "";
               n <= 3 && !joined.empty() && joined.size() == n + w.raw[k + 1].size() + 7 && MillionsMark(joined, n) == w.raw[k + 1].size()) {
      // The tokenizer split "3´500.000" at the mark.
      value = value * 1e6 + std::strtod((w.raw[k + 2].substr(0, 3) + w.raw[k + 2].substr(4, 3)).c_str(), nullptr);
      k += 2;
    } else if (n <= 3) {
      // "1 234 567", "1 234,5": thousands grouped by spaces, as the RAE writes them.
      while (k + 1 < end && SingleSpaceAfter(w, k)) {
        const std::string& g = w.raw[k + 1];
        bool group = g.size() >= 3 && IsDigit(g[0]) && IsDigit(g[1]) && IsDigit(g[2]);
        char mark = style == DigitStyle::kDecimalComma ? ',' : '.';
        double tail = 0;
        if (!group || (g.size() > 3 && (g[3] != mark || g.size() == 4 || !ParseDigits(g, style, &tail)))) break;
        if (g.size() == 3) tail = std::strtod(g.c_str(), nullptr);
        value = value * 1000 + tail;
        ++k;
        if (g.size() > 3) break;  // the decimals end the number
      }
    }
    ++k;
    read = true;
    if (out->glued.empty()) {
      // "1,2 billones", "20 mil millones", "2 millones 300 mil", "3 mil 500 millones".
      ScaledSum sum;
      sum.current = value;
      while (k < end) {
        const auto* nw = Word(w, lex, k);
        if (nw && nw->scale && nw->value >= 1000) {
          sum.Scale(nw->value);
          ++k;
          continue;
        }
        if (sum.Group(w, k)) {
          ++k;
          continue;
        }
        break;
      }
      double scale = sum.scales, unit = sum.unit;
      value = sum.Value();
      out->scale = scale;
      if (double half = 0; scale > 1 && unit > 1) {
        if (size_t n = HalfAfterAnd(w, lex, k, end, &half)) value += half * unit, k += n;  // "2 millones y medio"
      }
      // "1 punto cinco", "1 coma 5", "1 con 5".
      const auto* mark = k + 1 < end ? Word(w, lex, k) : nullptr;
      double frac = 0;
      if (scale == 1 && mark && (mark->kind == "decimal" || mark->kind == "decimal_inner") && value == std::floor(value)) {
        size_t n = ReadDecimals(w, lex, k + 1, end, &frac);
        if (n && (mark->kind == "decimal" || InnerDecimalsStand(w, lex, k + 1, n, end))) {
          value += frac;
          k += 1 + n;
        }
      } else if (scale == 1 && k < end && value == std::floor(value) && value < 1000 && ReadPart(w, lex, k, end, &frac)) {
        // "2 1/2", "1 ½": a whole number and a fraction.
        value += frac;
        k += IsDigit(w.raw[k][0]) ? 3 : 1;
      } else if (const auto* group = scale == 1 && k < end && w.Alpha(k) ? Word(w, lex, k) : nullptr;
                 group && value > 0 && value < 1000 &&  // not "2022 octavos de final"
                 (group->kind == "collective" || group->kind == "fraction" || group->kind == "part") &&
                 (value == std::floor(value) || group->kind == "collective")) {
        // "2 docenas", "3 cuartos", "5 decenas": digits count the groups or parts ("1,5 docenas" too).
        value *= group->value;
        out->collective = group->kind == "collective";
        out->fraction = !out->collective;
        ++k;
      }
    }
  }
  if (read) {
    if (!(value < 1e30)) return false;  // "billones billones ...": no number a text means
    out->value = negative ? -value : value;
    out->tokens = k - i;
    return true;
  }
  // Number words.
  ScaledSum sum;
  double last_added = 0;
  bool any = false, after_and = false;
  bool bare_plural = false;  // only a scale or group word with no count: "cientos", "miles"
  size_t words = 0;
  while (k < end) {
    const auto* nw = Word(w, lex, k);
    if (double magnitude = 0; bare_plural && OfMagnitude(w, lex, k, end, &magnitude)) {
      sum.current *= magnitude;  // "miles de millones", "cientos de miles"
      k += 2;
      break;
    }
    if (!nw) {
      if (after_and && w.Digits(k) && w.raw[k].size() == 1) {
        sum.current += w.raw[k][0] - '0';  // "treinta y 3"
        ++k;
        after_and = false;
      } else if (!after_and && sum.Group(w, k)) {
        ++k;  // "dos millones 300 mil"
        continue;
      }
      break;
    }
    const std::string& kind = nw->kind;
    if (kind == "and") {
      if (!any || after_and || k + 1 >= end) break;
      const auto* next = Word(w, lex, k + 1);
      if (double half = 0; size_t n = HalfAfterAnd(w, lex, k, end, &half)) {
        bool count = sum.unit == 1;
        sum.current += half * sum.unit;  // "un millón y medio", "dos y media", "one and a half"
        k += n;
        if (const auto* sc = k < end ? Word(w, lex, k) : nullptr; count && sc && sc->scale && sc->value >= 1e6) {
          sum.Scale(sc->value);  // "dos y medio millones"
          ++k;
        }
        break;
      }
      // "treinta y uno"; "diez y seis" as older texts spell dieciséis.
      bool tens = last_added >= 10 && last_added < 100 && static_cast<long>(last_added) % 10 == 0;
      // "mil y una noches"; not the range "entre mil y dos mil", whose "dos" counts a scale.
      const auto* after_next = k + 2 < end ? Word(w, lex, k + 2) : nullptr;
      tens = tens || (sum.unit == 1000 && last_added == 0 && sum.current == 1000 && !(after_next && after_next->scale));
      bool next_unit = (Cardinal(next) && next->value >= 1 && next->value < 10) ||
                       (w.Digits(k + 1) && w.raw[k + 1].size() == 1);
      // "two hundred and forty-five": where "hundred" is a scale word (English), its "and".
      bool after_hundred = sum.unit == 100 && last_added == 0 && Cardinal(next) && next->value >= 1 && next->value < 100;
      if (!(tens && next_unit) && !after_hundred) break;
      after_and = true;
      ++k;
      continue;
    }
    if (kind.empty()) {
      double v = nw->value;
      // "mil novecientos", "novecientos noventa", "treinta y uno"; not "dos tres";
      // "cero siete" read aloud digit by digit is the seven.
      bool zeros_only = any && sum.Value() == 0 && sum.unit == 1;
      bool fits = !any || after_and || zeros_only || (sum.unit > 1 && v < sum.unit) ||
                  (sum.unit == 1 && last_added >= 100 && v < 100);
      if (!fits) break;
      sum.current += v;
      last_added = v;
      sum.unit = 1;
      after_and = false;
      any = true;
      ++words;
      ++k;
      continue;
    }
    if (after_and) break;
    if (kind == "scale") {
      bare_plural = !any;
      sum.Scale(nw->value);
      last_added = 0;
      any = true;
      ++words;
      ++k;
      continue;
    }
    if (kind == "half" && !any && k + 1 < end) {
      // "medio millón": half of the scale after it; "media docena", "medio centenar".
      const auto* next = Word(w, lex, k + 1);
      if (next && next->scale && next->value >= 1e6) {
        sum.current = nw->value;
        sum.Scale(next->value);
        any = true;
        words += 2;
        k += 2;
        continue;
      }
      if (next && next->collective) {
        sum.current = nw->value * next->value;
        out->collective = true;
        any = true;
        words += 2;
        k += 2;
        break;
      }
    }
    if (kind == "part" && !any) break;  // "quinto" alone is an ordinal
    if (kind == "collective" || kind == "fraction" || kind == "part" || (kind == "half" && !any)) {
      bare_plural = !any && kind == "collective" && nw->value >= 10;  // not "un par de miles"
      sum.current = (sum.current == 0 ? 1 : sum.current) * nw->value;
      out->fraction = kind != "collective";
      out->collective = kind == "collective";
      any = true;
      ++words;
      ++k;
      double magnitude = 0;
      if (bare_plural && OfMagnitude(w, lex, k, end, &magnitude)) {
        sum.current *= magnitude;  // "decenas de miles"
        k += 2;
      } else if (out->fraction && OfMagnitude(w, lex, k, end, &magnitude) && magnitude >= 1e6) {
        sum.current *= magnitude;  // "un cuarto de millón"
        out->fraction = false;
        k += 2;
      }
      break;
    }
    if ((kind == "decimal" || kind == "decimal_inner") && k + 1 < end) {
      // "uno coma cinco"; a bare "coma cinco" / "punto cinco" is 0.5 too,
      // but not "el punto 5" of a list.
      bool leading = !any && kind == "decimal" && (w.SentenceStart(k) || !lex.stopwords.count(w.lower[k - 1]));
      double frac = 0;
      size_t n = ReadDecimals(w, lex, k + 1, end, &frac);
      bool stands = kind == "decimal" || (n && InnerDecimalsStand(w, lex, k + 1, n, end));
      if (n && stands && sum.unit == 1 && (any || leading)) {
        sum.current += frac;
        k += 1 + n;
        any = true;
        ++words;
      }
      break;
    }
    break;
  }
  if (after_and) --k;  // a trailing "y" is not part of the number
  double total = sum.Value();
  if (!any || !(total < 1e30)) return false;
  out->value = (negative ? -1 : 1) * total;
  out->tokens = k - i;
  out->words = true;
  out->lone_one = words == 1 && k - i == 1 && total == 1 && !out->fraction;
  return true;
}

size_t ReadSmallNumber(const Words& w, const LanguageData& lex, size_t i, size_t end, int* value) {
  if (end > w.size()) end = w.size();
  if (i >= end) return 0;
  if (w.Digits(i)) {
    if (w.raw[i].size() > 4) return 0;
    *value = std::atoi(w.raw[i].c_str());
    return 1;
  }
  auto ord = lex.ordinals.find(w.lower[i]);
  if (ord != lex.ordinals.end() && ord->second == 1) {  // "primero de marzo"
    *value = 1;
    return 1;
  }
  NumberRead r;
  if (!ReadNumber(w, lex, DigitStyle::kDecimalComma, i, end, &r) || !r.words || r.fraction || r.collective || r.value < 0 ||
      r.value != std::floor(r.value) || r.value > 9999) {
    return 0;
  }
  *value = static_cast<int>(r.value);
  return r.tokens;
}

}  // namespace resalta
