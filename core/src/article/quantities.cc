// Quantities, money and percentages: numbers in Spanish and English
// formats, number words, scale words ("1.500 millones"), currencies before
// or after, qualifiers before ("más de").
#include <cstdlib>

#include "article/article_passes.h"

namespace resalta {

bool ParseNumber(std::string_view s, std::string_view lang, double* value) {
  if (s.empty() || s.size() > 40) return false;
  size_t dots = 0, commas = 0, last_sep = std::string_view::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.') ++dots, last_sep = i;
    else if (c == ',') ++commas, last_sep = i;
    else if (c < '0' || c > '9') return false;
  }
  if (s.front() < '0' || s.front() > '9' || s.back() < '0' || s.back() > '9') return false;
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
  char decimal = 0;
  if (dots && commas) {
    decimal = s[last_sep];
  } else if (dots) {
    // "1.000" is a thousand in Spanish; "2.5" (Mexican or English style) a decimal.
    decimal = (dots == 1 && !(lang != "en" && groups_of_three('.'))) ? '.' : 0;
  } else if (commas) {
    // "2,5" is a decimal in Spanish; "1,000" a thousand in English.
    decimal = (commas == 1 && !(lang == "en" && groups_of_three(','))) ? ',' : 0;
  }
  std::string clean;
  for (char c : s) {
    if (c >= '0' && c <= '9') clean.push_back(c);
    else if (c == decimal) clean.push_back('.');
  }
  *value = std::strtod(clean.c_str(), nullptr);
  return true;
}

namespace {

class QuantityScanner {
 public:
  QuantityScanner(const Words& w, const LanguageData& lex, std::string_view lang, Covered* covered, std::vector<Span>* spans)
      : w_(w), lex_(lex), lang_(lang), covered_(*covered), spans_(*spans) {}

  void Run() {
    for (size_t i = 0; i < w_.size();) {
      size_t n = covered_[i] ? 0 : At(i);
      i += n ? n : 1;
    }
  }

 private:
  const std::string& L(size_t i) const {
    static const std::string kEmpty;
    return i < w_.size() && !covered_[i] && w_.sentence[i] == sentence_ ? w_.lower[i] : kEmpty;
  }

  bool Sign(size_t i, std::string* currency) const {
    // A sign, not a name: "US$", "$", "€" (names come after the number).
    if (i >= w_.size() || (w_.Alpha(i) && w_.raw[i].find('$') == std::string::npos)) return false;
    auto it = lex_.currencies.find(L(i));
    if (it == lex_.currencies.end()) return false;
    *currency = it->second;
    return true;
  }

  // Number words from i: "dos millones", "treinta y dos", "un centenar de".
  size_t Words_(size_t i, double* value) const {
    double total = 0, current = 0;
    bool any = false, plain_one = false;
    size_t k = i;
    for (;; ++k) {
      const std::string& t = L(k);
      if (t == "y" && any && lex_.numbers.count(L(k + 1)) && !lex_.numbers.at(L(k + 1)).scale) continue;
      auto it = lex_.numbers.find(t);
      if (it == lex_.numbers.end()) break;
      const LanguageData::NumberWord& nw = it->second;
      if (nw.collective) {
        if (L(k + 1) != "de") break;
        current = (current == 0 ? 1 : current) * nw.value;
        any = true;
        plain_one = false;
        k += 2;
        break;
      }
      if (nw.scale) {
        if (nw.value >= 1e6) {
          total = (total + (current == 0 ? 1 : current)) * nw.value;
          current = 0;
        } else {
          current = (current == 0 ? 1 : current) * nw.value;
        }
      } else {
        plain_one = !any && nw.value == 1;
        current += nw.value;
      }
      any = true;
      if (nw.scale) plain_one = false;
    }
    if (!any || (plain_one && k == i + 1)) return 0;  // "un", "una", "uno" alone are articles
    *value = total + current;
    return k - i;
  }

  size_t At(size_t i) {
    sentence_ = w_.sentence[i];
    size_t k = i;
    SpanValue v;
    for (const auto& [phrase, qualifier] : lex_.qualifiers) {
      size_t n = w_.Match(k, phrase);
      if (n && !covered_[k]) {
        v.qualifier = qualifier;
        k += n;
        break;
      }
    }
    std::string currency;
    if (Sign(k, &currency)) ++k;
    double value = 0;
    size_t n = 0;
    bool digits = false;
    if (k < w_.size() && !covered_[k] && w_.sentence[k] == sentence_ && w_.IsNumber(k) &&
        ParseNumber(w_.raw[k], lang_, &value)) {
      n = 1;
      digits = true;
    } else {
      n = Words_(k, &value);
    }
    if (n == 0) return 0;
    k += n;
    bool scaled = false;
    if (digits) {
      // "1.500 millones", "20 mil", "2,5 mil millones".
      for (auto it = lex_.numbers.find(L(k)); it != lex_.numbers.end() && it->second.scale;
           it = lex_.numbers.find(L(k))) {
        value *= it->second.value;
        scaled = true;
        ++k;
      }
    }
    std::string type = "QUANTITY";
    if (L(k) == "%") {
      type = "PERCENT";
      v.unit = "percent";
      ++k;
    } else if (L(k) == "por" && (L(k + 1) == "ciento" || L(k + 1) == "cien")) {
      type = "PERCENT";
      v.unit = "percent";
      k += 2;
    } else if (currency.empty()) {
      size_t c = k;
      if (L(c) == "de") ++c;
      auto it = lex_.currencies.find(L(c));
      if (it != lex_.currencies.end() && w_.Alpha(c)) {
        currency = it->second;
        k = c + 1;
      }
    }
    if (!currency.empty()) type = "MONEY";
    if (type == "QUANTITY") {
      // A counted noun: "1.000 contenedores", "cuatro regiones", "2 millones de personas".
      size_t c = k;
      if (L(c) == "de" && (scaled || !digits)) ++c;
      const std::string& u = L(c);
      if (!u.empty() && w_.Alpha(c) && !w_.Capitalized(c) && !lex_.stopwords.count(u) && !lex_.cue_verbs.count(u) &&
          !lex_.numbers.count(u) && !lex_.qualifiers.empty()) {
        v.unit = w_.raw[c];
        k = c + 1;
      } else if (v.qualifier.empty() && !scaled) {
        return 0;  // a bare number: a code, a page, a law; not a quantity
      }
    }
    v.number = value;
    v.currency = currency;
    for (size_t t = i; t < k; ++t) covered_[t] = 1;
    Span s;
    s.start = w_.start(i);
    s.end = w_.end(k - 1);
    s.type = type;
    s.text = w_.Slice(s.start, s.end);
    s.value = v;
    spans_.push_back(std::move(s));
    return k - i;
  }

  const Words& w_;
  const LanguageData& lex_;
  std::string_view lang_;
  Covered& covered_;
  std::vector<Span>& spans_;
  uint32_t sentence_ = 0;
};

}  // namespace

void FindQuantities(const Words& w, const LanguageData& lex, std::string_view lang, Covered* covered,
                    std::vector<Span>* spans) {
  QuantityScanner(w, lex, lang, covered, spans).Run();
}

}  // namespace resalta
