// Quantities, money and percentages: numbers as numbers.cc reads them
// (digits in the document's convention, words, scales, "1,2 billones"),
// currencies by sign, code or name before or after the number, units of
// measure (units.txt), ranges ("entre 10 y 20 dólares": `number` and
// `number_to`), qualifiers before ("más de"). A bare "$" or "pesos" is the
// peso of the article's country (local_currency.txt); with no cue it keeps
// the sign as its unit and no currency.
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "article/article_passes.h"
#include "article/numbers.h"

namespace resalta {
namespace {

// The oldest age of a person ("de 130 años" is a span of time); people have lived to 122.
constexpr double kOldestAge = 130;

// A bare age ("Chris Adams, 34,") is under 100: "Chris Adams, 123," is a cricket score.
constexpr double kOldestBareAge = 100;

class QuantityScanner {
 public:
  QuantityScanner(const Words& w, const LanguageData& lex, std::string_view lang, Covered* covered, std::vector<Span>* spans,
                  bool percent_only = false)
      : w_(w), lex_(lex), covered_(*covered), spans_(*spans), style_(DocumentDigitStyle(w, lang, &style_decided_)), percent_only_(percent_only) {
    // The country the article speaks of decides which peso "$" is, and which currency a shared
    // sign ("BOB|VES": "Bs") is. A code of such a group votes for its group's sign only.
    for (size_t i = 0; i < w.size(); ++i) {
      auto it = lex.local_currency_cues.find(w.lower[i]);
      if (it != lex.local_currency_cues.end()) ++votes_[it->second];
    }
    if (!votes_.empty()) {  // most texts name no country: no peso to pick, and no list to build
      std::vector<std::string> shared;  // the codes of the groups
      for (const auto& [form, group] : lex.currencies) {
        if (group.find('|') == std::string::npos) continue;
        for (std::string& code : GroupCodes(group)) shared.push_back(std::move(code));
      }
      std::vector<std::string> peso_codes;
      for (const auto& [code, n] : votes_) {
        if (std::find(shared.begin(), shared.end(), code) == shared.end()) peso_codes.push_back(code);
      }
      local_ = MostVoted(peso_codes);
    }
    if (auto bare = lex.quantity_phrases.find("bare_age_unit");
        bare != lex.quantity_phrases.end() && !bare->second.empty() && bare->second[0].size() == 1) {
      bare_ages_ = true;
      bare_age_unit_ = bare->second[0][0];
    }
    if (percent_only_) {
      for (const auto& [phrase, unit] : lex.units) {
        if (!Rate(unit) || phrase.empty()) continue;
        if (phrase.size() == 1) percent_forms_.push_back(&phrase[0]);
        else percent_phrases_.push_back(&phrase);
      }
      for (const auto& [form, unit] : lex.glued_units) {
        if (Rate(unit)) percent_forms_.push_back(&form);
      }
    }
  }

  void Run() {
    bool percents = true, ages = false;
    for (size_t i = 0; i < w_.size();) {
      // The pass before dates keeps only percentages and ages: a sentence without a percent word
      // or sign ("%", "por ciento", "20%") has no percentage, one without an age unit ("años")
      // no age, and reading every number in it is most of this pass.
      if (percent_only_ && w_.SentenceStart(i)) {
        percents = SentenceHasPercent(i);
        ages = bare_ages_ || SentenceHasKey("age_units", i);
        if (!percents && !ages) {
          i = w_.sent_end[w_.sentence[i]];
          continue;
        }
      }
      sentence_ = w_.sentence[i];
      end_ = i;
      while (end_ < w_.size() && !covered_[end_] && w_.sentence[end_] == sentence_) ++end_;
      size_t n = 0;
      if (!covered_[i]) {
        if (percent_only_ && ages) n = AgeRange(i);
        if (!n && percent_only_ && ages) n = Age(i);
        if (!n && percent_only_ && bare_ages_) n = BareAge(i);
        if (!n && percents) n = At(i);
      }
      i += n ? n : 1;
    }
  }

 private:
  // A phrase of quantity_words' `key` starts at a token of the sentence of `first`.
  bool SentenceHasKey(const char* key, size_t first) const {
    auto it = lex_.quantity_phrases.find(key);
    if (it == lex_.quantity_phrases.end()) return false;
    size_t end = std::min<size_t>(w_.sent_end[w_.sentence[first]], w_.size());
    for (size_t k = first; k < end; ++k) {
      for (const Phrase& p : it->second) {
        if (k + p.size() <= end && w_.Match(k, p)) return true;
      }
    }
    return false;
  }

  // The age of a person, read before dates so that "52 años" is no duration: a count of
  // age_units with "de edad" after it ("8 años de edad"), or with age_at or an age verb right
  // before it ("murió a los 87 años", "tiene 30 años", "tenía apenas 17 años": age_adverbs
  // between), "(45 años)", or "de N años" after a comma or an age noun ("Ana Ruiz, de 52
  // años,", "un hombre de 45 años"). After a verb, the
  // words of not_age_after make it a span of time ("tiene 30 años de experiencia", "cumplió 5
  // años en prisión"); after age_at only "de" does ("a los tres años de su muerte"). A QUANTITY
  // counted in the unit as written; the span starts at the number.
  size_t Age(size_t i) {
    size_t at = Key("age_at", i);
    size_t k = i + at;
    NumberRead r;
    if (!Number(k, &r) || !r.glued.empty() || r.fraction || r.collective || r.value <= 0) return 0;
    size_t unit = k + r.tokens;
    if (!Key("age_units", unit)) return 0;
    size_t e = unit + 1;
    size_t of_age = Key("age", e);
    if (!of_age && r.value >= kOldestAge) return 0;  // "un templo de 2.000 años de antigüedad" is one
    bool age = of_age > 0;
    bool before = k > 0 && w_.sentence[k - 1] == sentence_;
    bool two_before = k > 1 && w_.sentence[k - 2] == sentence_;
    if (!age && at) {
      age = !Key("of", e) && !Key("of_the", e);  // "a los tres años de su muerte" counts time
    } else if (!age) {
      // The same appositions dates.cc leaves alone as ages, whatever follows ("un hombre de 45 años
      // de Sevilla", "mayores de 45 años de larga duración").
      bool apposition = two_before && Key("of", k - 1) && (w_.raw[k - 2] == "," || Key("age_nouns", k - 2));
      bool verb = (before && Key("age_verbs", k - 1)) || (two_before && Key("age_adverbs", k - 1) && Key("age_verbs", k - 2));
      // "(20 años de prisión)" is a sentence, not an age.
      bool bracketed = before && w_.raw[k - 1] == "(" && !Key("not_age_after", e);
      age = apposition || bracketed || (verb && !Key("not_age_after", e));
    }
    if (!age) return 0;
    SpanValue v;
    v.number = r.value;
    v.unit = w_.lower[unit];
    size_t end = e + of_age;
    // "tiene 3 años y medio".
    if (double half = 0; !of_age && r.scale == 1) {
      if (size_t n = HalfAfter(e, &half)) *v.number += half, end += n;
    }
    return Emit(k, end, "QUANTITY", v) ? end - i : 0;
  }

  // An age written as a bare number where the language does so (bare_age_unit in
  // quantity_words.txt, English): between commas after a name ("Paul Smith, 19, said") or after
  // bare_age_before ("aged 45"). A QUANTITY in that unit; the span is the number.
  size_t BareAge(size_t i) {
    if (!w_.Digits(i) || w_.raw[i].size() > 3) return 0;
    double years = std::strtod(w_.raw[i].c_str(), nullptr);
    if (years <= 0 || years >= kOldestBareAge) return 0;
    bool before = i > 0 && w_.sentence[i - 1] == sentence_;
    bool after_name = before && i > 1 && w_.sentence[i - 2] == sentence_ && w_.raw[i - 1] == "," && w_.Capitalized(i - 2) &&
                      i + 1 < end_ && (w_.raw[i + 1] == "," || w_.raw[i + 1] == ")");
    if (!after_name && !(before && Key("bare_age_before", i - 1))) return 0;
    SpanValue v;
    v.number = years;
    v.unit = bare_age_unit_;
    return Emit(i, i + 1, "QUANTITY", v);
  }

  // "five-game", "19-game", "eight-week-old": a count joined by a hyphen to what it counts, one
  // token. Not a score or a range ("3-1", "10-15"), nor a name with a number ("COVID-19").
  size_t HyphenCount(size_t i) {
    const std::string& t = w_.lower[i];
    size_t dash = t.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 >= t.size()) return 0;
    std::string head = t.substr(0, dash), tail = t.substr(dash + 1);
    double n = 0;
    bool digits = head.size() <= 6;
    for (char ch : head) digits = digits && std::isdigit(static_cast<unsigned char>(ch));
    if (digits) {
      n = std::strtod(head.c_str(), nullptr);
    } else {
      auto nw = lex_.numbers.find(head);
      // "one-off", "one-sided": a "one-" compound is as often an idiom as a count.
      if (nw == lex_.numbers.end() || !nw->second.kind.empty() || nw->second.value < 2) return 0;
      n = nw->second.value;
    }
    // "three-and-a-half year", "two-and-a-half-hour": the half joined by hyphens ("and", an
    // article, "half" as number_words.txt marks them), then what it counts, glued or next.
    if (size_t rest = HyphenHalf(tail, &n); rest) {
      SpanValue v;
      v.number = n;
      if (rest < tail.size()) {
        v.unit = tail.substr(rest + 1);
        return EmitValue(i, i + 1, "QUANTITY", v);
      }
      if (!CountedNoun(i + 1)) return 0;
      v.unit = w_.raw[i + 1];
      return EmitValue(i, i + 2, "QUANTITY", v);
    }
    std::string first = tail.substr(0, tail.find('-'));
    bool letters = first.size() >= 2;
    for (char ch : first) letters = letters && (std::isalpha(static_cast<unsigned char>(ch)) || (ch & 0x80));
    if (!letters || lex_.numbers.count(first) || lex_.stopwords.count(first) || n <= 0) return 0;
    SpanValue v;
    v.number = n;
    v.unit = tail;
    return EmitValue(i, i + 1, "QUANTITY", v);
  }

  // "and-a-half", "and-a-half-year" after a count and a hyphen: adds the half to *n and gives
  // where the half's words end in `tail` (its size, or a hyphen before the counted word); 0 if
  // `tail` does not start so.
  size_t HyphenHalf(const std::string& tail, double* n) const {
    size_t at = 0;
    for (int part = 0; part < 3 && at < tail.size(); ++part) {
      size_t e = std::min(tail.find('-', at), tail.size());
      auto nw = lex_.numbers.find(tail.substr(at, e - at));
      const std::string kind = nw == lex_.numbers.end() ? "" : nw->second.kind;
      if (part == 0 && kind != "and") return 0;
      if (part > 0 && kind == "half") {
        *n += nw->second.value;
        return e;
      }
      at = e + 1;
    }
    return 0;
  }

  // An age range after a person noun or an age verb: "niños de 6 a 12 años", "jóvenes de entre
  // 18 y 25 años", "tienen entre 30 y 40 años". The span starts at the range word.
  size_t AgeRange(size_t i) {
    size_t open = Key("range_open", i);
    NumberRead low, high;
    if (!open || !Number(i + open, &low) || !low.glued.empty() || low.fraction || low.value <= 0) {
      return 0;
    }
    size_t join_at = i + open + low.tokens;
    size_t join = Key("range_join", join_at);
    if (!join || !Number(join_at + join, &high) || !high.glued.empty() || high.fraction || !(high.value > low.value) ||
        high.value >= kOldestAge) {
      return 0;
    }
    size_t unit = join_at + join + high.tokens;
    if (!Key("age_units", unit)) return 0;
    auto in_sentence = [&](size_t back) { return i >= back && w_.sentence[i - back] == sentence_; };
    // "de entre": the "de" of the apposition is before the range word.
    size_t of = Key("of", i) ? i : (in_sentence(1) && Key("of", i - 1) ? i - 1 : w_.size());
    bool person = of < w_.size() && of >= 1 && w_.sentence[of - 1] == sentence_ &&
                  (w_.raw[of - 1] == "," || Key("age_nouns", of - 1));
    bool verb = !Key("of", i) && in_sentence(1) && Key("age_verbs", i - 1) && !Key("not_age_after", unit + 1);
    if (!person && !verb) return 0;
    SpanValue v;
    v.number = low.value;
    v.number_to = high.value;
    v.unit = w_.lower[unit];
    size_t end = unit + 1 + Key("age", unit + 1);
    return Emit(i, end, "QUANTITY", v) ? end - i : 0;
  }

  // Some percent unit's phrase starts at a token of the sentence of `first`, or its one-word form
  // ends a token ("20%", "5-7%").
  bool SentenceHasPercent(size_t first) const {
    size_t end = w_.sent_end[w_.sentence[first]];
    for (size_t k = first; k < end && k < w_.size(); ++k) {
      const std::string& t = w_.lower[k];
      for (const std::string* form : percent_forms_) {
        if (HasEnding(t, *form, 0)) return true;
      }
      for (const Phrase* phrase : percent_phrases_) {
        if (k + phrase->size() <= end && w_.Match(k, *phrase)) return true;
      }
    }
    return false;
  }
  const std::string& L(size_t i) const {
    static const std::string kEmpty;
    return i < end_ ? w_.lower[i] : kEmpty;
  }

  size_t Key(const char* key, size_t i) const {
    const KeyPhrases& entry = KeyEntry(key);
    if (entry.phrases == nullptr || !w_.Opens(i, entry.bit)) return 0;
    for (const Phrase& p : *entry.phrases) {
      if (i + p.size() <= end_ && w_.Match(i, p)) return p.size();
    }
    return 0;
  }
  struct KeyPhrases {
    const std::vector<Phrase>* phrases = nullptr;  // null: the language has no such key
    size_t bit = kNoPhraseBit;                     // its PhraseHeads bit
  };
  // Keys are string literals, each looked up once by address: a string
  // built and hashed at every ask was most of Key's cost.
  const KeyPhrases& KeyEntry(const char* key) const {
    auto [it, added] = key_entries_.try_emplace(key);
    if (added) {
      auto phrases = lex_.quantity_phrases.find(key);
      auto bit = lex_.quantity_phrase_bits.find(key);
      if (phrases != lex_.quantity_phrases.end() && bit != lex_.quantity_phrase_bits.end()) {
        it->second.phrases = &phrases->second;
        it->second.bit = bit->second;
      }
    }
    return it->second;
  }

  // A bare number written as news writes an amount: with a scale word or
  // thousands marks ("2 millones", "1.500.000"), not "20240313" (a code).
  bool Grouped(size_t i, size_t k) const {
    if (k - i > 1) return true;
    const std::string& raw = w_.raw[i];
    return raw.find('.') != std::string::npos || raw.find(',') != std::string::npos || !w_.Digits(i);
  }

  // A qualifier phrase at k, its final "de" also as the contraction "del"
  // ("más del 50%"): tokens used, 0 if none.
  size_t Qualifier(size_t k, const Phrase& phrase) const {
    if (size_t n = w_.Match(k, phrase)) return n;
    size_t n = phrase.size();
    if (n < 2 || k + n > end_ || !Key("of_the", k + n - 1)) return 0;
    for (size_t j = 0; j + 1 < n; ++j) {
      if (w_.lower[k + j] != phrase[j]) return 0;
    }
    auto of = lex_.quantity_phrases.find("of");
    if (of == lex_.quantity_phrases.end()) return 0;
    for (const Phrase& p : of->second) {
      if (p.size() == 1 && p[0] == phrase.back()) return n;
    }
    return 0;
  }

  // "10-15 kg", "5-7%", "3-4 millones de euros": a range the tokenizer kept
  // as one token ("-15" glued after the 10), taken only before a unit, a
  // currency or a scale word; "3-1" alone is a score. Clears `glued`,
  // moves `after` past the scale words (their product in dash_scale_).
  std::optional<double> DashRange(std::string* glued, double low, size_t* after) {
    dash_scale_ = 1;
    double high = 0;
    if (glued->size() < 2 || (*glued)[0] != '-' || !ParseDigits(std::string_view(*glued).substr(1), style_, &high) ||
        !(high > low)) {
      return std::nullopt;
    }
    size_t e = *after;
    double scale = 1;
    for (auto s = lex_.numbers.find(L(e)); s != lex_.numbers.end() && s->second.scale && s->second.value >= 1000;
         s = lex_.numbers.find(L(e))) {
      scale *= s->second.value;
      ++e;
    }
    const LanguageData::Unit* u = nullptr;
    std::string code, written;
    size_t c = e + (scale > 1 ? Key("of", e) : 0);
    if (!UnitAt(e, &u) && !Currency(c, false, &code, &written) && scale == 1) return std::nullopt;
    glued->clear();
    *after = e;
    dash_scale_ = scale;
    return high * scale;
  }

  // A currency name that also names things (a word of `key` in
  // quantity_words.txt) counts them when a count under a million comes before
  // it and "de" and a noun after it: "seis libras de carne", "tres coronas de
  // flores"; "2 millones de libras" and a bare "50 libras" stay money. A sum
  // named next to it keeps it money: "una multa de 900 libras", "900 libras
  // de indemnización" (money_nouns; `start` is where the number began).
  bool CountsNotMoney(const char* key, size_t start, size_t c, double value) const {
    if (value >= 1e6 || !Key(key, c) || !Key("of", c + 1) || !CountedNoun(c + 2)) return false;
    bool sum_before = start >= 2 && w_.sentence[start - 2] == sentence_ && Key("of", start - 1) &&
                      Key("money_nouns", start - 2);
    return !Key("money_nouns", c + 2) && !sum_before;
  }
  // "libras" is money and weight: the weight unit (a word of
  // weight_or_currency that units.txt lists) when CountsNotMoney, or null.
  const LanguageData::Unit* WeightNotMoney(size_t start, size_t c, double value) const {
    const LanguageData::Unit* u = nullptr;
    return CountsNotMoney("weight_or_currency", start, c, value) && UnitAt(c, &u) == 1 ? u : nullptr;
  }

  // "magnitud 7,1": a scale named before its reading (scale_before in
  // quantity_words.txt). Tokens used, 0 if none. Not when the number counts
  // something after it: "una magnitud 20 veces menor", "magnitud 3 casas".
  size_t ScaleBefore(size_t i) {
    NumberRead r;
    if (!Key("scale_before", i) || !Number(i + 1, &r) || r.words || !r.glued.empty() || r.value <= 0) return 0;
    size_t after = i + 1 + r.tokens;
    // "a magnitude 6.2 earthquake": English names what the scale measures after the reading.
    if (Key("times", after) || (CountedNoun(after) && !Key("scale_nouns", after))) return 0;
    SpanValue v;
    v.number = r.value;
    v.unit = L(i);
    return EmitValue(i, after + Key("seismic_scale", after), "QUANTITY", v);  // "... en la escala de Richter"
  }

  // "7,1 grados en la escala de Richter": degrees of that scale are a magnitude, named by the
  // first scale_before word ("magnitud"). Tokens of the scale's phrase at k, 0 if none.
  size_t SeismicScale(size_t k, SpanValue* v) {
    size_t n = Key("seismic_scale", k);
    const KeyPhrases& scale = KeyEntry("scale_before");
    if (!n || !scale.phrases || scale.phrases->empty() || scale.phrases->front().size() != 1) return 0;
    v->unit = scale.phrases->front()[0];
    return n;
  }

  // An article between a qualifier or range word and its number ("el", "un"): 1, else 0.
  // Not before a year: "hasta el 2025" is a date.
  size_t ArticleBeforeNumber(size_t k) const {
    NumberRead r;
    if (!Key("article", k) || !Number(k + 1, &r)) return 0;
    bool year = r.tokens == 1 && w_.Digits(k + 1) && w_.raw[k + 1].size() == 4;
    return year ? 0 : 1;
  }

  // The currency a sign, code or name at i stands for; tokens used (0: none).
  // `sign_only`: before a number only signs and codes count ("US$ 200", "EUR 20").
  size_t Currency(size_t i, bool sign_only, std::string* code, std::string* as_written) const {
    if (i >= end_) return 0;
    for (const auto& [phrase, c] : lex_.currency_names) {
      if (!w_.Opens(i, kCurrencyNames)) break;  // no name starts at i
      // Before a number only names written with a sign: "US $ 200".
      if (sign_only && (phrase.back().empty() || std::isalpha(static_cast<unsigned char>(phrase.back()[0])))) continue;
      if (i + phrase.size() <= end_ && w_.Match(i, phrase)) {
        *code = c, *as_written = w_.raw[i];
        return phrase.size();
      }
    }
    auto it = lex_.currencies.find(w_.lower[i]);
    if (it == lex_.currencies.end()) return 0;
    bool name = w_.Alpha(i) && w_.raw[i].find('$') == std::string::npos && w_.raw[i] != w_.lower[i] ? false : w_.Alpha(i);
    bool code_word = w_.Alpha(i) && w_.raw[i].size() == 3 && w_.raw[i] != w_.lower[i];  // "USD", "EUR"
    if (CountrySign(it->second)) {
      // "Q 500", "L. 250": a letter sign, capitalised, before the number, in an article of its
      // country; "3.000 coronas", a name, lowercase after it in an article of one of its countries.
      if (MostVoted(GroupCodes(it->second)).empty()) return 0;
      bool lower_name = w_.Alpha(i) && w_.raw[i] == w_.lower[i] && w_.raw[i].size() >= 4;
      if (sign_only ? w_.raw[i] == w_.lower[i] : !lower_name) return 0;
    } else if (sign_only && name && !code_word && w_.raw[i].find('$') == std::string::npos) {
      return 0;
    }
    *code = it->second, *as_written = w_.raw[i];
    return 1;
  }

  // Whether `t` is one of the one-word phrases of a list.
  static bool OneWordOf(const std::vector<Phrase>& phrases, const std::string& t) {
    for (const Phrase& p : phrases) {
      if (p.size() == 1 && p[0] == t) return true;
    }
    return false;
  }

  bool OrdinalMark(const std::string& t) const {
    auto it = lex_.date_phrases.find("ordinal_mark");
    return it != lex_.date_phrases.end() && OneWordOf(it->second, t);
  }

  // A word with a verb ending ("7,1 sacudió"): not a counted noun.
  bool Verb(const std::string& t) const {
    auto it = lex_.date_phrases.find("verb_endings");
    if (it == lex_.date_phrases.end()) return false;
    for (const Phrase& p : it->second) {
      if (p.size() == 1 && HasEnding(t, p[0], 3)) return true;
    }
    return false;
  }

  // A plural noun ("personas", "votos"): after "una" or "dos tercios" only a
  // count can stand, since an article would agree with it ("una persona").
  // Words in -is/-us ("crisis", "virus") are singular too.
  static bool PluralNoun(const std::string& t) {
    if (t.size() < 4 || t.back() != 's') return false;
    char v = t[t.size() - 2];
    return v == 'a' || v == 'e' || v == 'o';
  }

  // A counted noun at c: lowercase, two letters at least ("3 a 1" is a score),
  // not a function word, a verb or a number.
  bool CountedNoun(size_t c) const {
    const std::string& u = L(c);
    size_t letters = 0;  // UTF-8 lead bytes: "ó" is one letter in two bytes
    for (unsigned char b : u) letters += (b & 0xC0) != 0x80;
    return letters >= 2 && w_.Alpha(c) && !w_.Capitalized(c) && !lex_.stopwords.count(u) && !lex_.cue_verbs.count(u) &&
           !lex_.numbers.count(u) && (!Verb(u) || Key("cents", c)) && !Key("not_counted", c);  // "50 céntimos" ends like "hicimos"
  }

  // A word of sign_millions (quantity_words.txt) glued to the digits after a currency sign.
  bool GluedMillions(const std::string& glued) const {
    const KeyPhrases& e = KeyEntry("sign_millions");
    return e.phrases && OneWordOf(*e.phrases, glued);
  }

  // A percentage or a rate per thousand ("5 por mil"): read in the pass before dates, so that
  // "del 5 por 100" is no day.
  static bool Rate(const LanguageData::Unit& u) { return u.dimension == "percent" || u.dimension == "permille"; }

  // "GTQ|": a sign that names its currency only in an article of that country ("Q", "L" are
  // letters elsewhere), written as a group that ends in '|' (currencies.txt).
  static bool CountrySign(const std::string& group) { return !group.empty() && group.back() == '|'; }

  // The codes of a shared sign's group: "BOB|VES" is {"BOB", "VES"}.
  static std::vector<std::string> GroupCodes(const std::string& group) {
    std::vector<std::string> codes;
    for (size_t at = 0; at <= group.size();) {
      size_t bar = std::min(group.find('|', at), group.size());
      if (bar > at) codes.push_back(group.substr(at, bar - at));
      at = bar + 1;
    }
    return codes;
  }

  // The code of `codes` the article's country words vote for most; empty with no vote or a tie.
  std::string MostVoted(const std::vector<std::string>& codes) const {
    std::string winner;
    int best = 0;
    bool tie = false;
    for (const std::string& code : codes) {
      auto it = votes_.find(code);
      int n = it == votes_.end() ? 0 : it->second;
      if (n > best) best = n, winner = code, tie = false;
      else if (n == best && n > 0) tie = true;
    }
    return tie ? std::string() : winner;
  }

  // LOCAL ("$", "pesos") becomes the article's peso, a shared sign ("BOB|VES") the one of its
  // currencies the country words name; else the currency stays unknown and the sign is kept.
  void Resolve(std::string* code, const std::string& as_written, SpanValue* v) const {
    std::string resolved;
    if (*code == "LOCAL") {
      resolved = local_;
    } else if (code->find('|') != std::string::npos) {
      resolved = MostVoted(GroupCodes(*code));
    } else {
      return;
    }
    *code = resolved;
    if (resolved.empty()) v->unit = as_written;
  }

  // "y medio", "y media" at k: the half's value and the tokens (0: none).
  size_t HalfAfter(size_t k, double* half) const {
    auto conj = lex_.numbers.find(L(k));
    auto h = lex_.numbers.find(L(k + 1));
    if (conj == lex_.numbers.end() || conj->second.kind != "and" || h == lex_.numbers.end() || h->second.kind != "half") return 0;
    // "dos dólares y medio kilo", "y media docena de sillas": that half
    // belongs to the next noun or number word.
    const LanguageData::Unit* u = nullptr;
    std::string code, written;
    if (UnitAt(k + 2, &u) || Currency(k + 2, false, &code, &written) || CountedNoun(k + 2) || lex_.numbers.count(L(k + 2))) {
      return 0;
    }
    *half = h->second.value;
    return 2;
  }

  // A unit of measure at i (phrase or glued form).
  size_t UnitAt(size_t i, const LanguageData::Unit** u) const {
    for (const auto& [phrase, unit] : lex_.units) {
      if (i + phrase.size() > end_) continue;
      bool match = true;
      for (size_t k = 0; k < phrase.size() && match; ++k) {
        const std::string& t = w_.lower[i + k];
        // "°C." at a sentence end: the tokenizer keeps the period on the abbreviation.
        bool last = k + 1 == phrase.size();
        match = t == phrase[k] || (last && t.size() == phrase[k].size() + 1 && t.back() == '.' && t.compare(0, phrase[k].size(), phrase[k]) == 0);
      }
      if (match) {
        *u = &unit;
        return phrase.size();
      }
    }
    return 0;
  }

  // "$3,500", "2,500 personas" in a document whose numbers never show their decimal mark: a
  // sum of money or a count of things with three decimals is no reading, so the comma groups
  // thousands as Mexico and Central America write them (a decimal comma is the default only
  // when nothing decides). `value` otherwise.
  double GroupedThousands(size_t num_at, const NumberRead& r, double value) const {
    if (style_decided_ || style_ != DigitStyle::kDecimalComma || num_at >= end_ || r.words) return value;
    const std::string& raw = w_.raw[num_at];
    size_t comma = raw.find(',');
    if (comma == std::string::npos || comma == 0 || comma > 3 || raw.size() != comma + 4) return value;
    for (size_t j = 0; j < raw.size(); ++j) {
      if (j != comma && !std::isdigit(static_cast<unsigned char>(raw[j]))) return value;
    }
    double grouped = 0;
    if (!ParseDigits(raw, DigitStyle::kDecimalPoint, &grouped)) return value;
    return (value < 0 ? -grouped : grouped) * r.scale;
  }

  // The product of the scale words ("mil millones": 10^9) that close the `n` tokens of a number at k.
  double TrailingScale(size_t k, size_t n) const {
    double scale = 1;
    for (size_t t = k + n; t > k; --t) {
      auto nw = lex_.numbers.find(L(t - 1));
      if (nw == lex_.numbers.end() || !nw->second.scale || nw->second.value < 1000) break;
      scale *= nw->second.value;
    }
    return scale;
  }

  bool Number(size_t k, NumberRead* r) const {
    return k < end_ && ReadNumber(w_, lex_, style_, k, end_, r);
  }

  // "USD1,23", "EUR29,99": a code glued to the digits.
  bool GluedCode(size_t k, std::string* code, double* value) const {
    if (k >= end_) return false;
    const std::string& raw = w_.raw[k];
    size_t n = 0;
    while (n < raw.size() && ((raw[n] >= 'A' && raw[n] <= 'Z') || raw[n] == '$')) ++n;
    if (n == 0 || n == raw.size()) return false;
    auto it = lex_.currencies.find(Lower(raw.substr(0, n)));
    if (it == lex_.currencies.end()) return false;
    bool country = CountrySign(it->second);  // "Q500" in a Guatemalan article
    if (country ? MostVoted(GroupCodes(it->second)).empty() : n < 2) return false;
    // "COP30", "COP28": a code glued to two bare digits names a summit, not pesos.
    std::string_view digits = std::string_view(raw).substr(n);
    auto next = lex_.numbers.find(L(k + 1));
    bool scaled = next != lex_.numbers.end() && next->second.scale;  // "USD30 millones"
    // A letter sign takes two digits at least: "Q1" is a quarter.
    if (digits.size() <= (country ? 1 : 2) && !scaled && raw.find('$') == std::string::npos) return false;
    *code = it->second;
    return ParseDigits(digits, style_, value);
  }

  // "la tercera parte de los votos": a part word after an article, before part_nouns, is that
  // part of one (alone, "la tercera" is an ordinal). The span starts at the part word.
  size_t PartOfWhole(size_t i) {
    NumberRead count;
    if (!Key("article", i) || i + 2 >= end_ || (Number(i, &count) && count.fraction)) return 0;  // "una cuarta parte"
    auto part = lex_.numbers.find(L(i + 1));
    if (part == lex_.numbers.end() || part->second.kind != "part" || !Key("part_nouns", i + 2)) return 0;
    if (Key("definite_part", i) && !Key("part_of_many", i + 3)) return 0;  // "la tercera parte de la saga"
    SpanValue v;
    v.number = part->second.value;
    v.unit = w_.raw[i + 2];
    return EmitValue(i + 1, i + 3, "QUANTITY", v) ? 3 : 0;
  }

  size_t At(size_t i) {
    if (size_t n = ScaleBefore(i)) return n;
    if (size_t n = HyphenCount(i)) return n;
    if (size_t n = PartOfWhole(i)) return n;
    size_t k = i;
    SpanValue v;
    for (const auto& [phrase, qualifier] : lex_.qualifiers) {
      if (!w_.Opens(k, kQualifiers)) break;  // no qualifier starts at k
      size_t n = Qualifier(k, phrase);
      if (n && k + n <= end_) {
        v.qualifier = qualifier;
        k += n;
        break;
      }
    }
    if (!v.qualifier.empty()) k += ArticleBeforeNumber(k);  // "casi el 40 por ciento"
    size_t range_open = Key("range_open", k);
    if (range_open && !v.qualifier.empty()) range_open = 0;
    size_t k0 = k;
    k += range_open;
    if (range_open) k += ArticleBeforeNumber(k);  // "entre el 20 y el 30 por ciento"
    std::string currency, written;
    if (size_t n = Currency(k, true, &currency, &written)) k += n;
    double value = 0;
    NumberRead r;
    size_t num_at = end_;  // the token of the digits read, end_ when none
    size_t after = 0;
    std::string glued;
    if (currency.empty() && GluedCode(k, &currency, &value)) {
      written = currency;
      after = k + 1;
      for (auto s = lex_.numbers.find(L(after)); s != lex_.numbers.end() && s->second.scale && s->second.value >= 1000;
           s = lex_.numbers.find(L(after))) {
        value *= s->second.value;  // "USD30 millones"
        ++after;
      }
    } else if (Number(k, &r)) {
      num_at = k;
      value = r.value;
      after = k + r.tokens;
      glued = r.glued;
    } else {
      if (range_open) return AtPlain(i, k0, v);
      return 0;
    }
    std::optional<double> dash_to = DashRange(&glued, value, &after);
    // "un", "una" are articles, unless the noun after them is plural ("una personas" of a list).
    bool lone_one = !range_open && r.lone_one && after == k + 1 && currency.empty() &&
                    !(CountedNoun(after) && PluralNoun(L(after)));
    k = after;
    // A range: "entre 10 y 20", "10 - 20", "de $10 a $20".
    std::optional<double> to = dash_to;
    if (dash_to) {
      value *= dash_scale_;
    } else {
      // "entre el 20 % y el 30 %": a percent sign after each end, after range_between only
      // ("pasó del 3% al 5%" is a change, two figures).
      const LanguageData::Unit* percent = nullptr;
      size_t sign = 0;
      if (range_open && Key("range_between", k0) && glued.empty()) {
        size_t n = UnitAt(k, &percent);
        if (n && percent->dimension == "percent") sign = n;
      }
      size_t join = Key(range_open ? "range_join" : "range_bare", k + sign);
      if (join && glued.empty()) {
        size_t k2 = k + sign + join;
        k2 += ArticleBeforeNumber(k2);
        std::string c2, w2;
        size_t s2 = Currency(k2, true, &c2, &w2);
        NumberRead r2;
        const LanguageData::Unit* percent2 = nullptr;
        if (Number(k2 + s2, &r2) && !r2.lone_one && r2.value > value && (c2.empty() || currency.empty() || c2 == currency) &&
            (!sign || (r2.glued.empty() && UnitAt(k2 + s2 + r2.tokens, &percent2) && percent2 == percent))) {
          to = r2.value;
          if (r.scale == 1 && r2.scale > 1 && value * r2.scale < r2.value * 1.0001) value *= r2.scale;  // "de 3 a 5 millones"
          // "entre tres y cuatro mil": the scale words closing the high end in words count the low one too.
          if (double words_scale = r.words && r2.words ? TrailingScale(k2 + s2, r2.tokens) : 1;
              words_scale > 1 && TrailingScale(num_at, r.tokens) == 1 && value * words_scale < r2.value * 1.0001) {
            value *= words_scale;
          }
          if (currency.empty()) currency = c2, written = w2;
          k = k2 + s2 + r2.tokens;
          glued = r2.glued;
        }
      }
    }
    if (range_open && !to) return AtPlain(i, k0, v);
    std::string type = "QUANTITY";
    const LanguageData::Unit* unit = nullptr;
    bool rate = false;  // a percent or permille unit
    if (!glued.empty() && !currency.empty() && GluedMillions(glued)) {
      value *= 1e6;  // "£1.2m", "$3m": after a money sign, "m" is millions, not metres
      if (to) *to *= 1e6;
      glued.clear();
    }
    if (!glued.empty()) {
      // "3km", "500g", "15Ptas", "10K$".
      auto gu = lex_.glued_units.find(glued);
      if (gu == lex_.glued_units.end()) gu = lex_.glued_units.find(Lower(glued));
      auto gc = lex_.currencies.find(Lower(glued));
      auto hundredth = lex_.glued_hundredths.find(glued);  // "50p": pence, case as written
      // "2º", "2° lugar": an ordinal, not degrees (ordinal_mark in date_words.txt).
      if (OrdinalMark(glued) && (gu == lex_.glued_units.end() ||
                                 (k < end_ && w_.Alpha(k) && !w_.Capitalized(k) && !lex_.stopwords.count(w_.lower[k])))) {
        return 0;
      }
      if (gu != lex_.glued_units.end()) unit = &gu->second;
      else if (gc != lex_.currencies.end() && currency.empty()) currency = gc->second, written = glued;
      // Pence are under a pound ("85p"); "720p", "1080p" are video resolutions.
      else if (hundredth != lex_.glued_hundredths.end() && currency.empty() && !r.words && value < 100 && !to) {
        currency = hundredth->second, written = glued;
        value /= 100;
        if (to) *to /= 100;
      } else {
        return 0;
      }
    } else if (currency.empty()) {
      size_t c = k;
      bool de = Key("of", c) && (r.words || r.collective || value >= 1e6 || (to && *to >= 1e6));
      if (de) ++c;
      const LanguageData::Unit* u = nullptr;
      size_t at_unit = de && UnitAt(c, &u) ? c : k;  // "3 millones de litros"
      if (const LanguageData::Unit* weight = WeightNotMoney(i, c, value); weight && !de) {
        unit = weight;  // "500 libras de marihuana"
        k = c + 1;
      } else if (CountsNotMoney("thing_or_currency", i, c, value)) {
        return 0;  // "tres coronas de flores", even in a Swedish article
      } else if (size_t n = Currency(c, false, &currency, &written)) {
        k = c + n;
        // "50 millones de pesos MXN": a code after the name says which one.
        if (std::string code, as; k < end_ && w_.raw[k].size() == 3 && w_.raw[k] != w_.lower[k] &&
                                   Currency(k, true, &code, &as) && code.find('|') == std::string::npos) {
          currency = code, written = as, ++k;
        }
        double scale = Key("currency_millions", c) ? 1e6 : Key("currency_billions", c) ? 1e9 : 1;  // "3,5 mdd"
        value *= scale;
        if (to) *to *= scale;
      } else if (size_t cents = Key("cents", k), n = 0;
                 cents && Key("of", k + cents) && (n = Currency(k + cents + 1, false, &currency, &written))) {
        // "25 centavos de dólar": a hundredth of the currency named.
        value /= 100;
        if (to) *to /= 100;
        k += cents + 1 + n;
      } else if (UnitAt(at_unit, &u)) {
        k = at_unit;
        size_t n = UnitAt(k, &u);
        // "2° lugar": an ordinal mark before a noun, not degrees.
        if (n == 1 && OrdinalMark(w_.lower[k]) && k + 1 < end_ && w_.Alpha(k + 1) && !w_.Capitalized(k + 1) &&
            !lex_.stopwords.count(w_.lower[k + 1])) {
          return 0;
        }
        unit = u;
        k += n;
      }
    }
    if (!unit && currency.empty() && Key("below_zero", k)) {
      // "10 bajo cero": degrees below zero.
      static const LanguageData::Unit kDegree{"°", "temperature"};
      unit = &kDegree;
      for (const auto& [phrase, u] : lex_.units) {
        if (u.dimension == "temperature" && phrase.size() == 1 && phrase[0] == "°") unit = &u;
      }
    }
    if (lone_one && !unit && currency.empty()) return 0;
    if (unit) {
      rate = Rate(*unit);
      if (unit->dimension == "percent") {
        type = "PERCENT";
        v.unit = "percent";
      } else {
        v.unit = unit->symbol;
        if (unit->dimension == "temperature") {
          if (size_t n = Key("below_zero", k)) value = -value, to = to ? std::optional<double>(-*to) : to, k += n;
          else k += SeismicScale(k, &v);
        }
      }
    }
    // "dos kilos y medio", "tres euros y medio": the half of the unit just named.
    // Not after a scale: "4 millones de euros y medio" is no 4000000.5.
    if ((unit || !currency.empty()) && !to && !r.fraction && r.scale == 1 && value < 1e6) {
      if (double half = 0; size_t n = HalfAfter(k, &half)) value += half, k += n;
    }
    // "un metro ochenta", "1 metro 80": the centimetres after a height (a few metres).
    if (unit && !to && !r.fraction && value >= 1 && value < 10 && value == static_cast<int>(value) &&
        Key("hundredths_after", k - 1)) {
      NumberRead cm;
      if (Number(k, &cm) && !cm.fraction && cm.value >= 1 && cm.value < 100 && cm.value == static_cast<int>(cm.value) &&
          cm.glued.empty()) {
        const LanguageData::Unit* next_unit = nullptr;
        std::string code, written;
        size_t e = k + cm.tokens;
        if (!UnitAt(e, &next_unit) && !Currency(e, false, &code, &written) && !CountedNoun(e)) {
          value += cm.value / 100;
          k = e;
        }
      }
    }
    if (!currency.empty()) {
      type = "MONEY";
      if (!to) value = GroupedThousands(num_at, r, value);  // "$3,500"
      Resolve(&currency, written, &v);
      // "3 libras y 1 centavo".
      size_t c = k + Key("and", k);
      NumberRead cents;
      if (Number(c, &cents) && Key("cents", c + cents.tokens)) {
        value += cents.value / 100;
        k = c + cents.tokens + Key("cents", c + cents.tokens);
      }
    }
    if (type == "QUANTITY" && !unit && Key("of", k) && Key("scale_before", k + 1) && !to) {
      v.unit = L(k + 1);  // "7,1 de magnitud"
      k += 2;
      k += Key("seismic_scale", k);
    } else if (size_t n = type == "QUANTITY" && !unit && !to ? SeismicScale(k, &v) : 0) {
      k += n;  // "6.4 on the Richter scale"
    } else if (type == "QUANTITY" && !unit) {
      // A counted noun: "1.000 contenedores", "cuatro regiones", "2 millones de personas".
      size_t c = k;
      bool scaled = value >= 1e6 || r.words || r.collective || (to && *to >= 1e6);  // "2 docenas de huevos"
      if (Key("of", c) && scaled) ++c;
      // A part of one counts only a plural noun right after it: "tres cuartas partes", "1/2 raciones".
      // "una cuarta parte": the noun "parte" counts the part, singular or not (part_nouns).
      bool part_ok = !r.fraction || (c == k && (PluralNoun(L(c)) || Key("part_nouns", c)) && !to);
      // "dos tercios de los diputados", "un cuarto de las viviendas": a counted part of a group
      // named in the plural with its article ("la mitad de", with no count, is no figure; "un
      // cuarto del edificio" is a room).
      size_t group = 0;
      if (r.fraction && r.words && r.tokens >= 2 && !to) {
        if (Key("of_the", k)) group = k + 1;
        else if (Key("of", k) && Key("article", k + 1)) group = k + 2;
      }
      // "dos grandes empresas": an adjective between the count and its noun; with no noun after it
      // ("los dos restantes", "los ocho primeros") the number counts nothing named.
      size_t adjectives = 0;  // "270.000 posibles nuevos afiliados": two at most
      while (!r.fraction && adjectives < 2 && Key("count_adjectives", c + adjectives)) ++adjectives;
      bool adjective = adjectives > 0;
      if (adjective && CountedNoun(c + adjectives) && !Key("count_adjectives", c + adjectives)) {
        c += adjectives;
        adjective = false;
      }
      if (!adjective && CountedNoun(c) && part_ok) {
        if (!to) value = GroupedThousands(num_at, r, value);  // "2,500 personas"
        v.unit = w_.raw[c];
        k = c + 1;
      } else if (group && CountedNoun(group) && PluralNoun(L(group))) {
        v.unit = w_.raw[group];
        k = group + 1;
      } else if (r.fraction || (v.qualifier.empty() && !to && !(value >= 1e6 && !r.words && Grouped(i, k)))) {
        return 0;  // a bare number: a code, a page, a law; not a quantity
      }
    }
    v.number = value;
    if (to) v.number_to = to;
    v.currency = currency;
    return EmitValue(i, k, type, v, rate);
  }

  // A qualifier or range word that did not open a number: try from the next token.
  size_t AtPlain(size_t, size_t, const SpanValue&) { return 0; }

  // `rate`: a percentage or a permille ("3 por mil", a QUANTITY in ‰), which the pass before
  // dates keeps.
  size_t EmitValue(size_t i, size_t k, const std::string& type, const SpanValue& v, bool rate = false) {
    if (percent_only_ && type != "PERCENT" && !rate) return 0;
    return Emit(i, k, type, v);
  }

  size_t Emit(size_t i, size_t k, const std::string& type, const SpanValue& v) {
    if (k > end_ || k <= i) return 0;
    for (size_t t = i; t < k; ++t) covered_[t] = 1;
    Span s = w_.SpanOver(i, k, type);
    s.value = v;
    spans_.push_back(std::move(s));
    return k - i;
  }

  const Words& w_;
  const LanguageData& lex_;
  Covered& covered_;
  std::vector<Span>& spans_;
  bool style_decided_ = false;  // some number of the document shows its decimal mark
  DigitStyle style_;
  bool percent_only_;  // the pass before dates: percentages and ages only
  std::vector<const std::string*> percent_forms_;  // percent_only_: one-word percent units ("%", "porciento"), in lex_
  std::vector<const Phrase*> percent_phrases_;  // and the longer ones ("por ciento")
  double dash_scale_ = 1;  // the scale after a one-token range, DashRange's
  bool bare_ages_ = false;        // the language writes ages as bare numbers ("Paul Smith, 19,")
  std::string bare_age_unit_;     // and counts them in this unit ("years")
  std::unordered_map<std::string, int> votes_;  // currency code -> country words for it in the text
  std::string local_;  // the peso of the article's country, empty when unknown
  uint32_t sentence_ = 0;
  size_t end_ = 0;  // one past the last uncovered token of the sentence from here
  mutable std::unordered_map<const char*, KeyPhrases> key_entries_;  // KeyEntry's, by the key's address
};

}  // namespace

void FindQuantities(const Words& w, const LanguageData& lex, std::string_view lang, Covered* covered,
                    std::vector<Span>* spans) {
  QuantityScanner(w, lex, lang, covered, spans).Run();
}

void FindPercentsAndAges(const Words& w, const LanguageData& lex, std::string_view lang, Covered* covered,
                         std::vector<Span>* spans) {
  QuantityScanner(w, lex, lang, covered, spans, /*percent_only=*/true).Run();
}

}  // namespace resalta
