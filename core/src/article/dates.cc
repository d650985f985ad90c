// Dates, times and durations, normalized to ISO 8601 against the
// publication date, the way HeidelTime reads news: relative expressions
// count from the publication date; a weekday or a bare day number is the
// last one when its sentence speaks in the past and the next one otherwise;
// a day and month without a year take the year that puts them nearest the
// publication date (the last or next one when the tense says so), and
// agree with a weekday written beside them. Ranges ("del 2 al 6 de junio")
// are one span with an ISO 8601 interval "2021-06-02/2021-06-06",
// inclusive at the grain of its ends. Every word comes from
// core/data/<lang>/ (date_words, months, weekdays, parts_of_day, ...).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "article/article_passes.h"
#include "article/numbers.h"

namespace resalta {
namespace {

// The earliest hour a range of two bare numbers after a day may start at ("el sábado de 10 a 14"):
// below it the pair reads as a score ("de 1 a 2").
constexpr int kEarliestBareHour = 7;

struct Ymd {
  int y = 0, m = 0, d = 0;
};

// Days since 1970-01-01 (Howard Hinnant's civil calendar algorithms).
long DaysFromCivil(Ymd t) {
  int y = t.y - (t.m <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (t.m + (t.m > 2 ? -3 : 9)) + 2) / 5 + t.d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Ymd CivilFromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int IsoWeekday(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1; }  // 1970-01-01 was a Thursday

int DaysInMonth(int y, int m) {
  static const int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : k[m - 1];
}

// Easter Sunday of year y, in days since 1970-01-01 (the anonymous Gregorian algorithm).
long EasterDays(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return DaysFromCivil({y, month, day});
}

std::string IsoDate(Ymd t) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.y, t.m, t.d);
  return buf;
}
std::string IsoMonth(int y, int m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}
std::string IsoWeek(long days) {
  // ISO week: the week's Thursday decides the year.
  long thursday = days - IsoWeekday(days) + 4;
  Ymd t = CivilFromDays(thursday);
  long jan1 = DaysFromCivil({t.y, 1, 1});
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02ld", t.y, (thursday - jan1) / 7 + 1);
  return buf;
}

int SmallInt(const std::string& s) {
  if (s.empty() || s.size() > 4) return -1;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
  }
  return std::atoi(s.c_str());
}

// A whole count small enough to cast: the casts below are undefined for huge doubles.
bool WholeCount(double v, double max = 1e9) { return v >= 0 && v <= max && v == static_cast<long>(v); }

std::string Two(int v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

// Roman numerals of centuries: "XVIII" -> 18; 0 when not one.
int Roman(const std::string& s) {
  int total = 0, prev = 0;
  for (size_t k = s.size(); k-- > 0;) {
    int v = 0;
    switch (s[k]) {
      case 'I': v = 1; break;
      case 'V': v = 5; break;
      case 'X': v = 10; break;
      case 'L': v = 50; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    prev = v > prev ? v : prev;
  }
  return total > 0 && total <= 30 ? total : 0;
}

// What a date expression says, before the missing parts are filled in.
struct Pt {
  int y = 0, m = 0, d = 0;      // 0: not said
  int hh = -1, mi = -1, ss = -1;  // a clock time, -1: none
  int wd = 0;                   // a weekday said beside the date (1..7)
  bool pm_given = false;        // "pm" or a "pm" part of the day: a clock already counted from noon
  bool next_day = false;        // "medianoche"
  size_t n = 0;                 // tokens used
  bool Calendar() const { return d || m || y; }
  bool Clock() const { return hh >= 0; }
};

class DateScanner {
 public:
  DateScanner(const Words& w, const LanguageData& lex, std::string_view pub, Covered* covered, std::vector<Span>* spans)
      : w_(w), lex_(lex), covered_(*covered), spans_(*spans) {
    if (pub.size() == 10) {
      pub_ = {std::atoi(std::string(pub.substr(0, 4)).c_str()), std::atoi(std::string(pub.substr(5, 2)).c_str()),
              std::atoi(std::string(pub.substr(8, 2)).c_str())};
      has_pub_ = pub_.m >= 1 && pub_.m <= 12 && pub_.d >= 1 && pub_.d <= DaysInMonth(pub_.y, pub_.m);
      pub_days_ = DaysFromCivil(pub_);
    }
    for (const auto& entry : lex_.night_words) {
      if (entry.first.find(' ') != std::string::npos) night_pairs_.push_back(&entry);
    }
  }

  void Run() {
    // A date never runs over a token an earlier pass took: "el 20 por ciento" is a percentage,
    // not "el 20" (the next covered token after i bounds the phrases read at i).
    size_t next_covered = 0;
    for (size_t i = 0; i < w_.size();) {
      size_t sentence_end = w_.sent_end[w_.sentence[i]];
      if (next_covered <= i) {
        next_covered = i + 1;
        while (next_covered < sentence_end && !covered_[next_covered]) ++next_covered;
      }
      end_ = std::min(sentence_end, next_covered);
      size_t n = covered_[i] ? 0 : At(i);
      i += n ? n : 1;
    }
  }

 private:
  const std::string& L(size_t i) const {
    static const std::string kEmpty;
    return i < end_ && i < w_.size() ? w_.lower[i] : kEmpty;
  }
  const std::string& R(size_t i) const {
    static const std::string kEmpty;
    return i < end_ && i < w_.size() ? w_.raw[i] : kEmpty;
  }
  bool Digits(size_t i) const { return i < end_ && w_.Digits(i); }

  // "[este|el] [pasado|próximo] <unit> [pasado|próximo|que viene]" from q, unit a time_units code
  // ("M", "W"): where it ends, 0 when no such unit is there; *dir gets -1, 0 or +1 and *this_given
  // whether "este" opened it ("el 5 del mes que viene", "el lunes de la semana pasada").
  size_t RelativeUnit(size_t q, const char* unit, int* dir, bool* this_given) const {
    if (Key("this", q)) *this_given = true, ++q;
    else if (Key("determiners", q)) ++q;
    if (size_t n = Key("past", q)) *dir = -1, q += n;
    else if (size_t n = Key("next", q)) *dir = 1, q += n;
    const std::string* u = Unit(q);
    if (u == nullptr || *u != unit || !Key("unit_singular", q)) return 0;  // not "los meses"
    ++q;
    if (*dir == 0) {
      if (size_t n = Key("past", q)) *dir = -1, q += n;
      else if (size_t n = Key("next", q)) *dir = 1, q += n;
      else if (size_t n = Key("coming", q)) *dir = 1, q += n;
    }
    return q;
  }

  // Longest phrase of date_words key at i: its length, 0 if none.
  size_t Key(const char* key, size_t i) const {
    if (i >= end_) return 0;
    const KeyPhrases& entry = KeyEntry(key);
    if (entry.phrases == nullptr) return 0;
    // The answer is kept per key and token: the scanner asks the same ones
    // again and again (hashing the token each time was a sixth of
    // analyze()). A phrase stops at end_, so only answers bounded by token
    // i's own sentence are kept (a look back may ask across a sentence).
    const bool keep = end_ == w_.sent_end[w_.sentence[i]];
    if (keep) {
      if (entry.length_at.empty()) entry.length_at.assign(w_.size(), KeyPhrases::kUnknown);
      if (entry.length_at[i] != KeyPhrases::kUnknown) return entry.length_at[i];
    }
    size_t n = 0;
    if (entry.heads->count(w_.lower[i]) > 0) {
      for (const Phrase& p : *entry.phrases) {
        if (i + p.size() <= end_ && w_.Match(i, p)) {
          n = p.size();
          break;
        }
      }
    }
    if (keep && n < KeyPhrases::kUnknown) entry.length_at[i] = static_cast<uint8_t>(n);
    return n;
  }
  template <typename Map>
  const typename Map::mapped_type* Find(const Map& m, size_t i) const {
    if (i >= end_) return nullptr;
    auto it = m.find(w_.lower[i]);
    if (it == m.end()) {
      if (const std::string* folded = w_.Folded(i)) it = m.find(*folded);
    }
    return it == m.end() ? nullptr : &it->second;
  }
  int Month(size_t i, bool abbr_ok) const {
    if (const int* m = Find(lex_.months, i)) return *m;
    if (abbr_ok) {
      if (const int* m = Find(lex_.month_abbrs, i)) return *m;
    }
    return 0;
  }
  const std::string* Unit(size_t i) const { return Find(lex_.time_units, i); }

  size_t Emit(size_t first, size_t last, const char* type, std::string iso) {
    if (last > w_.size()) last = w_.size();
    for (size_t k = first; k < last; ++k) covered_[k] = 1;
    Span s = w_.SpanOver(first, last, type);
    if (!iso.empty()) {
      s.value = SpanValue{};
      s.value->iso = std::move(iso);
    }
    spans_.push_back(std::move(s));
    return last - first;
  }

  // -1 when the verb nearest token i is in the past, +1 in the future, 0 when none says.
  int Tense(size_t i) const {
    uint32_t s = w_.sentence[i];
    if (!tense_cached_ || tense_sentence_ != s) {
      // The tense-marked words of the sentence, found once per sentence.
      tense_cached_ = true;
      tense_sentence_ = s;
      tense_marks_.clear();
      auto ends = [&](const std::string& t, const char* key) {
        auto it = lex_.date_phrases.find(key);
        if (it == lex_.date_phrases.end()) return false;
        for (const Phrase& p : it->second) {
          if (!p.empty() && t.size() > p[0].size() + 2 && t.compare(t.size() - p[0].size(), p[0].size(), p[0]) == 0) {
            return true;
          }
        }
        return false;
      };
      for (size_t k = w_.sent_first[s]; k < w_.sent_end[s]; ++k) {
        if (!w_.Alpha(k) || (k > 0 && w_.Capitalized(k) && !w_.SentenceStart(k))) continue;
        const std::string& t = w_.lower[k];
        int tense = 0;
        if (Key("past_verbs", k) || Key("perfect_aux", k) || ends(t, "past_endings")) tense = -1;
        if (ends(t, "future_endings") || Key("future_aux", k)) tense = 1;
        if (tense != 0) tense_marks_.push_back({k, tense});
      }
    }
    int best = 0;
    size_t best_gap = static_cast<size_t>(-1);
    for (const auto& [k, tense] : tense_marks_) {
      size_t gap = k > i ? k - i : i - k;
      if (gap < best_gap) best_gap = gap, best = tense;
    }
    return best;
  }

  std::string Valid(Ymd t) const {
    if (t.y < 1 || t.y > 9999 || t.m < 1 || t.m > 12 || t.d < 1 || t.d > DaysInMonth(t.y, t.m)) return "";
    return IsoDate(t);
  }

  // Fills a day-and-month without a year, or a day without a month, from the
  // publication date: the tense picks the last or the next one, else the
  // nearest; a weekday said beside it must agree.
  bool Complete(Pt* p, int tense) const {
    if (p->y && p->m && p->d) return p->d <= DaysInMonth(p->y, p->m);
    if (!has_pub_) return false;
    if (p->m && p->d && !p->y) {
      long best_gap = 0;
      bool found = false;
      // A weekday must agree, even against the tense; with none agreeing there is no value.
      for (int pass = 0; pass < 2 && !found; ++pass) {
        for (int y = pub_.y - 1; y <= pub_.y + 1; ++y) {
          if (p->d > DaysInMonth(y, p->m)) continue;
          long day = DaysFromCivil({y, p->m, p->d});
          if (p->wd && IsoWeekday(day) != p->wd) continue;
          if (pass == 0 && tense < 0 && day > pub_days_) continue;
          if (pass == 0 && tense > 0 && day < pub_days_) continue;
          long gap = std::labs(day - pub_days_);
          if (!found || gap < best_gap) best_gap = gap, p->y = y, found = true;
        }
      }
      return found;
    }
    if (p->d && !p->m && !p->y) {
      // "el martes 3" with no tense, a day of the past week: that one (yesterday's Tuesday 3rd rather
      // than one eight months on); else the next, below.
      if (tense == 0 && p->wd) {
        for (long back = 1; back <= 7; ++back) {
          Ymd t = CivilFromDays(pub_days_ - back);
          if (t.d == p->d && IsoWeekday(pub_days_ - back) == p->wd) {
            p->y = t.y, p->m = t.m;
            return true;
          }
        }
      }
      // The month before, this one or the next; past tense counts back, else forward.
      for (int pass = 0; pass < 2; ++pass) {
        for (int k = 0; k <= 13; ++k) {
          int off = tense < 0 ? -k : k;
          long months = pub_.y * 12L + (pub_.m - 1) + off;
          int y = static_cast<int>(months / 12), m = static_cast<int>(months % 12) + 1;
          if (p->d > DaysInMonth(y, m)) continue;
          long day = DaysFromCivil({y, m, p->d});
          if (tense < 0 ? day > pub_days_ : day < pub_days_) continue;
          if (p->wd && IsoWeekday(day) != p->wd) continue;  // "el jueves 3": a 3rd that is a Thursday
          if (pass == 1 && k > 1) break;
          p->y = y, p->m = m;
          return true;
        }
      }
      return false;
    }
    if (p->m && !p->d && !p->y) {
      // A month alone: the past counts back, the future forward, else this year's.
      int y = pub_.y;
      if (tense < 0 && p->m > pub_.m) --y;
      if (tense > 0 && p->m < pub_.m) ++y;
      p->y = y;
      return true;
    }
    return p->y != 0;
  }

  // The ISO value of a completed point: "2013", "2013-07", "2013-07-13", with "THH:MM" when a clock is given.
  std::string Iso(const Pt& p) const {
    std::string out;
    if (p.y && p.m && p.d) {
      Ymd t{p.y, p.m, p.d};
      if (p.next_day) t = CivilFromDays(DaysFromCivil(t) + 1);
      out = Valid(t);
      if (out.empty()) return "";
    } else if (p.y && p.m) {
      out = IsoMonth(p.y, p.m);
    } else if (p.y) {
      out = std::to_string(p.y);
    }
    if (p.Clock()) {
      if (!out.empty() && !(p.y && p.m && p.d)) return "";
      out += "T" + Two(p.hh) + ":" + Two(p.mi < 0 ? 0 : p.mi);
      if (p.ss >= 0) out += ":" + Two(p.ss);
    }
    return out;
  }

  // A capitalized month or weekday reads as a name ("Plaza de Mayo") where the language writes them
  // in lowercase; date_words.txt's "capitalized" key says a language capitalizes them (English).
  bool NameCase(size_t k) const { return w_.Capitalized(k) && lex_.date_phrases.count("capitalized") == 0; }

  bool AgeNoun(size_t k) const {
    auto it = lex_.quantity_phrases.find("age_nouns");
    if (it == lex_.quantity_phrases.end() || k >= w_.size()) return false;
    for (const Phrase& p : it->second) {
      if (p.size() == 1 && w_.lower[k] == p[0]) return true;
    }
    return false;
  }

  // A lowercase word that reads as a noun after a number ("2022 contenedores"), not a verb ("2024 sumaba").
  bool NounAt(size_t k) const {
    if (k >= end_ || !w_.Alpha(k) || w_.Capitalized(k) || lex_.stopwords.count(L(k)) || Key("part_of", k)) return false;
    const std::string& t = L(k);
    if (lex_.glued_units.count(t) || lex_.currencies.count(t) || Unit(k)) return true;  // "2000 miligramos"
    if (Key("past_verbs", k) || Key("perfect_aux", k) || Key("future_aux", k)) return false;  // "a las 9 hubo"
    if (Key("range_join", k)) return false;  // "de las 8 a las 12": "a" joins, it counts nothing
    auto it = lex_.date_phrases.find("verb_endings");
    if (it != lex_.date_phrases.end()) {
      for (const Phrase& p : it->second) {
        const std::string& suf = p.empty() ? std::string() : p[0];
        if (!suf.empty() && t.size() > suf.size() + 2 && t.compare(t.size() - suf.size(), suf.size(), suf) == 0) return false;
      }
    }
    return true;
  }

  // A bare "15.30" is a clock where the language says so (date_words "dotted_clock"), the document
  // writes decimals with a comma (so "15.30" is no number), no sign or currency comes before it and
  // nothing countable after it ("15.30 euros").
  bool DottedClockAlone(size_t i) const {
    if (lex_.date_phrases.count("dotted_clock") == 0) return false;
    if (digit_style_ == 0) digit_style_ = DecimalPointDocument() ? 2 : 1;
    if (digit_style_ != 1 || i >= end_) return false;
    if (i > 0 && w_.sentence[i - 1] == w_.sentence[i] && (!w_.Alpha(i - 1) || lex_.currencies.count(w_.lower[i - 1])) &&
        w_.raw[i - 1] != "," && w_.raw[i - 1] != "(") {
      return false;
    }
    if (R(i).size() < 4 || SmallInt(R(i).substr(0, R(i).size() - 3)) > 23) return false;
    return !CountedAt(i + 1);
  }

  // Whether what starts at k counts the number before it: "%", a unit ("por ciento", "km"), a noun.
  bool CountedAt(size_t k) const {
    if (R(k) == "%" || NounAt(k)) return true;
    for (const auto& [phrase, unit] : lex_.units) {  // "15.30 por ciento"
      if (k + phrase.size() <= end_ && w_.Match(k, phrase)) return true;
    }
    return false;
  }

  // Whether the document writes decimals with a point ("2.5", "1,234.5"). Like numbers.cc's
  // DocumentDigitStyle, but "15.30", which could be a clock, is no evidence either way.
  bool DecimalPointDocument() const {
    int comma = 0, point = 0;
    for (size_t t = 0; t < w_.size(); ++t) {
      if (!w_.IsNumber(t)) continue;
      const std::string& s = w_.raw[t];
      size_t d = s.rfind('.'), c = s.rfind(',');
      if (d != std::string::npos && c != std::string::npos) {
        (d > c ? point : comma)++;
      } else if (c != std::string::npos && s.size() - c - 1 <= 2) {
        comma++;  // "2,5", "2,75"
      } else if (d != std::string::npos && s.find('.') == d) {
        size_t after = s.size() - d - 1;
        bool clock_like = after == 2 && d <= 2 && SmallInt(s.substr(0, d)) <= 23 && SmallInt(s.substr(d + 1)) <= 59;
        if ((after == 1 || after == 2) && !clock_like) point++;
      }
    }
    return point > comma;
  }

  // A year: 4 digits, or spelled out ("mil novecientos noventa").
  size_t Year(size_t i, int* y) const {
    if (Digits(i) && R(i).size() == 4) {
      *y = SmallInt(R(i));
      return 1;
    }
    NumberRead r;
    if (i < end_ && ReadNumber(w_, lex_, DigitStyle::kDecimalComma, i, end_, &r) && r.words && r.tokens > 1 && !r.collective &&
        r.value >= 1000 && r.value <= 2100 && r.value == static_cast<int>(r.value)) {
      *y = static_cast<int>(r.value);
      return r.tokens;
    }
    return 0;
  }

  // "de 2023", "del 2023", ", 2023", "2023" after a month; "del año pasado".
  size_t YearAfter(size_t i, int* y) const {
    size_t k = i;
    if (L(k) == "," || Key("part_of", k)) k += L(k) == "," ? 1 : Key("part_of", k);
    if (size_t n = Year(k, y)) return k + n - i;
    if (has_pub_ && k > i) {
      size_t j = k;
      int dir = 0;
      if (Key("this", j)) j += Key("this", j);
      else if (size_t n = Key("past", j)) dir = -1, j += n;
      else if (size_t n = Key("next", j)) dir = 1, j += n;
      if (const std::string* u = Unit(j); u && *u == "Y") {
        ++j;
        if (dir == 0) {
          if (size_t n = Key("past", j)) dir = -1, j += n;
          else if (size_t n = Key("next", j)) dir = 1, j += n;
          else if (size_t n = Key("coming", j)) dir = 1, j += n;
        }
        *y = pub_.y + dir;
        return j - i;
      }
    }
    // "del año pasado": "del" is part_of, then "año".
    if (has_pub_ && Key("of_year", i)) {
      size_t j = i + Key("of_year", i);
      int dir = 0;
      if (size_t n = Key("past", j)) dir = -1, j += n;
      else if (size_t n = Key("next", j)) dir = 1, j += n;
      else if (size_t n = Key("coming", j)) dir = 1, j += n;
      *y = pub_.y + dir;
      return j - i;
    }
    return 0;
  }

  bool MarkAt(const std::string& s) const {
    auto it = lex_.date_phrases.find("ordinal_mark");
    if (it == lex_.date_phrases.end() || s.empty()) return false;
    for (const Phrase& p : it->second) {
      if (p.size() == 1 && p[0] == s) return true;
    }
    return false;
  }

  // "15", "quince", "primero": a day of the month.
  size_t Day(size_t i, int* d) const {
    int v = 0;
    // "1º de mayo", "1 ° de mayo": a day with an ordinal mark.
    if (i < end_ && !w_.Digits(i) && !R(i).empty() && R(i)[0] >= '1' && R(i)[0] <= '3') {
      size_t k = 0;
      while (k < R(i).size() && R(i)[k] >= '0' && R(i)[k] <= '9') ++k;
      if (k <= 2 && MarkAt(R(i).substr(k))) {
        v = SmallInt(R(i).substr(0, k));
        if (v < 1 || v > 31) return 0;
        *d = v;
        return 1;
      }
    }
    if (Digits(i) && R(i).size() <= 2 && w_.Glued(i) && i + 1 < end_ && MarkAt(R(i + 1))) {
      v = SmallInt(R(i));
      if (v < 1 || v > 31) return 0;
      *d = v;
      return 2;
    }
    if (Digits(i) && R(i).size() <= 2 && w_.Glued(i) && R(i + 1) == "." && w_.Glued(i + 1) && MarkAt(R(i + 2))) {
      v = SmallInt(R(i));  // "1.º de julio"
      if (v < 1 || v > 31) return 0;
      *d = v;
      return 3;
    }
    size_t n = ReadSmallNumber(w_, lex_, i, end_, &v);
    if (!n || v < 1 || v > 31) return 0;
    if (Digits(i) && R(i).size() > 2) return 0;
    *d = v;
    return n;
  }

  // One token holding a whole date: "5-5-2013", "1.3.2013", "03-dic-2018", "07-2014", "15Sep".
  bool DateToken(size_t i, Pt* p) const {
    if (i >= end_) return false;
    const std::string& s = w_.lower[i];
    if (s.empty() || s[0] < '0' || s[0] > '9') return false;
    std::vector<std::string> parts;
    std::string cur;
    char sep = 0;
    for (char c : s) {
      if (c == '-' || c == '/' || c == '.') {
        if (sep && c != sep) return false;
        sep = c;
        parts.push_back(cur);
        cur.clear();
      } else {
        cur.push_back(c);
      }
    }
    parts.push_back(cur);
    if (parts.size() == 1) {
      // "15sep"
      size_t k = 0;
      while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
      auto it = lex_.month_abbrs.find(s.substr(k));
      if (k == 0 || k > 2 || it == lex_.month_abbrs.end()) return false;
      p->d = SmallInt(s.substr(0, k));
      p->m = it->second;
      return p->d >= 1 && p->d <= 31;
    }
    auto num = [](const std::string& x) { return SmallInt(x); };
    auto month_of = [&](const std::string& x) {
      int v = num(x);
      if (v >= 1 && v <= 12 && x.size() <= 2) return v;
      auto it = lex_.month_abbrs.find(x);
      if (it != lex_.month_abbrs.end()) return it->second;
      auto full = lex_.months.find(x);
      return full != lex_.months.end() ? full->second : 0;
    };
    if (parts.size() == 3 && parts[0].size() == 4 && sep == '-') {
      int y = num(parts[0]), m = num(parts[1]), d = num(parts[2]);  // ISO 8601: "2019-03-15"
      if (y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 || parts[1].size() != 2 || parts[2].size() != 2) return false;
      p->d = d, p->m = m, p->y = y;
      return true;
    }
    if (parts.size() == 3) {
      int d = num(parts[0]), m = month_of(parts[1]), y = num(parts[2]);
      if (parts[0].size() > 2 || d < 1 || d > 31 || m == 0 || y < 0) return false;
      if (parts[2].size() == 2) y += y > 30 ? 1900 : 2000;  // "31/10/74"
      else if (parts[2].size() != 4) return false;
      p->d = d, p->m = m, p->y = y;
      return true;
    }
    if (parts.size() == 2 && sep == '-' && parts[1].size() == 4 && parts[0].size() <= 2) {
      int m = num(parts[0]), y = num(parts[1]);  // "07-2014"
      if (m < 1 || m > 12) return false;
      p->m = m, p->y = y;
      return true;
    }
    return false;
  }

  // A calendar date at i (no relative words): see the forms below. Fills p, returns tokens.
  // allow_bare_day: 0 no bare day, 1 a bare day in digits ("el 16"), 2 in words too ("día nueve").
  size_t Calendar(size_t i, Pt* p, int allow_bare_day) const {
    size_t k = i;
    // A weekday in front: "lunes, 18 de febrero", "el jueves 3", "jue 15".
    int wd = 0;
    if (const int* v = Find(lex_.weekdays, k)) wd = *v;
    else if (const int* a = Find(lex_.weekday_abbrs, k); a && (Digits(k + 1) || DateToken(k + 1, p))) wd = *a;
    if (wd) {
      size_t j = k + 1;
      if (L(j) == ",") ++j;
      if (Key("determiners", j) && (Digits(j + 1) || Day(j + 1, &p->d))) ++j;
      Pt q;
      size_t n = Calendar(j, &q, 1);
      if (!n || q.Clock() || !q.d) return 0;
      *p = q;
      p->wd = wd;
      return j + n - i;
    }
    if (DateToken(k, p)) {
      size_t n = 1;
      if (!p->y && p->m && p->d) {
        int y = 0;
        if (size_t m = YearAfter(k + 1, &y)) p->y = y, n += m;
      }
      return n;
    }
    // "15/3", "8/2/2016" (split by the tokenizer).
    if (Digits(k) && R(k + 1) == "/" && Digits(k + 2) && w_.Glued(k) && w_.Glued(k + 1)) {
      int d = SmallInt(R(k)), m = SmallInt(R(k + 2));
      if (d >= 1 && d <= 31 && m >= 1 && m <= 12 && R(k).size() <= 2 && R(k + 2).size() <= 2) {
        if (R(k + 3) == "/" && Digits(k + 4) && w_.Glued(k + 2) && w_.Glued(k + 3)) {
          int y = SmallInt(R(k + 4));
          if (R(k + 4).size() == 2) y += y > 30 ? 1900 : 2000;
          else if (R(k + 4).size() != 4) return 0;
          p->d = d, p->m = m, p->y = y;
          return 5;
        }
        // Without a year only where no noun follows: "3/4 taza" is a fraction.
        bool noun_after = k + 3 < end_ && w_.Alpha(k + 3) && !lex_.stopwords.count(L(k + 3)) && !Key("clock_open", k + 3);
        if (!noun_after) {
          p->d = d, p->m = m;
          return 3;
        }
      }
      return 0;
    }
    // A day number no month has before a month ("32 de agosto de 2014"): an impossible date, d = -1.
    if (Digits(k) && R(k).size() <= 2 && SmallInt(R(k)) > 31) {
      size_t j = k + 1;
      if (Key("day_month_join", j)) ++j;
      if (Month(j, true)) {
        int y = 0;
        p->d = -1;
        return j + 1 + YearAfter(j + 1, &y) - i;
      }
    }
    // DAY [de] MONTH [de YEAR]: "3 de marzo", "cinco de mayo de 2013", "10 Agosto 2012", "21 de Dic.".
    int d = 0;
    if (size_t nd = Day(k, &d)) {
      size_t j = k + nd;
      if (Key("day_month_join", j)) ++j;
      // "la avenida 9 de Julio", "calle 18 de Julio": a street named for a date.
      if (k > 0 && w_.sentence[k - 1] == w_.sentence[k] && Key("place_nouns", k - 1) && NameCase(j) && Month(j, true)) return 0;
      if (int m = Month(j, true)) {
        p->d = d > DaysInMonth(2000, m) ? -1 : d;  // "30 de febrero" is in no year (2000 was a leap year)
        p->m = m;
        ++j;
        int y = 0;
        j += YearAfter(j, &y);
        p->y = y;
        return j - i;
      }
      // "el 20 de este mes", "el 5 del próximo mes", "el 15 del mes pasado": a day number (digits, or
      // a word after "el"/"día": not "tres de los últimos meses"); "el 15 del mes de mayo" is May.
      bool day_number = Digits(k) || (k > 0 && (Key("day_article", k - 1) || Key("day_noun", k - 1)));
      if (has_pub_ && day_number && Key("part_of", k + nd)) {
        int dir = 0;
        bool this_given = false;
        if (size_t q = RelativeUnit(k + nd + Key("part_of", k + nd), "M", &dir, &this_given)) {
          if (int named = Key("day_month_join", q) ? Month(q + 1, true) : 0) {
            if (dir != 0 || this_given) return 0;  // "del mes pasado de mayo": no reading
            p->d = d > DaysInMonth(2000, named) ? -1 : d;
            p->m = named;
            int y = 0;
            size_t e = q + 2 + YearAfter(q + 2, &y);
            p->y = y;
            return e - i;
          }
          long mm = pub_.y * 12L + (pub_.m - 1) + dir;
          p->y = static_cast<int>(mm / 12), p->m = static_cast<int>(mm % 12) + 1;
          p->d = d > DaysInMonth(p->y, p->m) ? -1 : d;
          return q - i;
        }
      }
      // A bare day: "el 16", "día nueve" (callers say when).
      if (allow_bare_day == 2 || (allow_bare_day >= 1 && Digits(k))) {
        p->d = d;
        return nd;
      }
      return 0;
    }
    // MONTH DAY [del YEAR]: "marzo 3", "mayo 5 del 2013"; MONTH [de] YEAR.
    // A number just before the month that was no day ("32 de agosto"): no date at all.
    // (Only for a k inside the sentence: Month is 0 past it, and w_.sentence ends with the text.)
    bool bad_day = k < end_ && ((k > 0 && w_.Digits(k - 1) && w_.sentence[k - 1] == w_.sentence[k]) ||
                                (k > 1 && w_.Digits(k - 2) && Key("part_of", k - 1) && w_.sentence[k - 2] == w_.sentence[k]));
    if (int m = Month(k, Digits(k + 1)); m && !bad_day && (!NameCase(k) || w_.SentenceStart(k) || Digits(k + 1))) {
      size_t j = k + 1;
      int dd = 0;
      if (Digits(j) && R(j).size() <= 2 && (dd = SmallInt(R(j))) >= 1 && dd <= 31 &&
          !(j + 1 < end_ && w_.Alpha(j + 1) && !Key("part_of", j + 1) && !lex_.stopwords.count(L(j + 1)))) {
        p->m = m, p->d = dd;
        ++j;
        int y = 0;
        j += YearAfter(j, &y);
        p->y = y;
        return j - i;
      }
      int y = 0;
      if (size_t n = YearAfter(j, &y)) {
        p->m = m, p->y = y;
        return 1 + n;
      }
      // A month alone after a preposition ("en octubre", "desde enero", "a mediados de julio").
      bool prep = (k > 0 && w_.sentence[k - 1] == w_.sentence[k] &&
                   (MonthPrep(k - 1) || (k > 1 && w_.sentence[k - 2] == w_.sentence[k] && MonthPrep2(k - 2))));
      if (prep || allow_bare_day == 3) {
        p->m = m;
        return 1;
      }
    }
    return 0;
  }

  bool MonthPrep(size_t k) const {
    auto it = lex_.date_phrases.find("month_open");
    if (it == lex_.date_phrases.end()) return false;
    for (const Phrase& p : it->second) {
      if (p.size() == 1 && w_.lower[k] == p[0]) return true;
    }
    return false;
  }
  bool MonthPrep2(size_t k) const {
    auto it = lex_.date_phrases.find("month_open");
    if (it == lex_.date_phrases.end()) return false;
    for (const Phrase& p : it->second) {
      if (p.size() == 2 && w_.lower[k] == p[0] && w_.lower[k + 1] == p[1]) return true;
    }
    return false;
  }

  // A clock time at i: "15:30", "a las tres y media de la tarde", "las 15 horas", "5PM", "mediodía".
  size_t Clock(size_t i, Pt* p, bool loose = false) const {
    size_t k = i;
    size_t open = Key("clock_open", k);
    bool colon = false, word_hour = false, fraction_minutes = false;
    k += open;
    // "cuarto para las cinco", "diez para las ocho": minutes before the hour (Latin American usage).
    if (!open) {
      size_t j = k;
      const auto* one = Find(lex_.numbers, j);
      if (one && one->kind.empty() && one->value == 1 && j + 1 < end_) ++j;  // "un cuarto"
      int before = 0;
      size_t n = 0;
      if (const auto* nw = Find(lex_.numbers, j); nw && nw->kind == "fraction" && nw->value < 1) {
        before = static_cast<int>(nw->value * 60 + 0.5), n = 1;
      } else if (j == k) {
        n = ReadSmallNumber(w_, lex_, j, end_, &before);
      }
      if (n && before >= 1 && before <= 30 && Key("clock_before", j + n)) {
        Pt q;
        if (size_t c = Clock(j + n, &q); c && q.Clock() && q.mi == 0) {
          *p = q;
          p->hh = q.hh == 0 ? 23 : q.hh - 1;
          p->mi = 60 - before;
          return j + n + c - i;
        }
      }
    }
    // "al mediodía", "a medianoche" ("a" opens only these words: "a 15" is no clock).
    size_t word_open = open ? 0 : Key("clock_word_open", k);
    for (const auto& [phrase, cw] : lex_.clock_words) {
      size_t j = k + word_open;
      j += Key("determiners", j) ? 1 : 0;
      if (j + phrase.size() <= end_ && w_.Match(j, phrase)) {
        p->hh = cw.hour, p->mi = 0, p->next_day = cw.next_day;
        return j + phrase.size() - i;
      }
    }
    int h = -1, mi = -1, ss = -1;
    bool strong = false;  // a form that is a clock on its own
    std::string glued;
    if (Digits(k) && R(k + 1) == ":" && w_.Glued(k) && k + 2 < end_ && w_.Glued(k + 1)) {
      // "15:30", "10:12:59", "6:30pm".
      std::string mm = R(k + 2);
      size_t d = 0;
      while (d < mm.size() && mm[d] >= '0' && mm[d] <= '9') ++d;
      if (d != 2) return 0;
      glued = mm.substr(2);
      h = SmallInt(R(k)), mi = SmallInt(mm.substr(0, 2));
      k += 3;
      if (glued.empty() && R(k) == ":" && w_.Glued(k - 1) && Digits(k + 1) && R(k + 1).size() == 2 && w_.Glued(k)) {
        ss = SmallInt(R(k + 1));
        k += 2;
      }
      strong = true;
      colon = true;
    } else if (k < end_ && w_.IsNumber(k) && R(k).size() >= 4 && R(k).size() <= 5 && R(k)[R(k).size() - 3] == '.') {
      // "15.30" with "a las" before or "horas"/"am" after; alone only where it reads as no number
      // (a decimal-comma document, nothing countable after it: DottedClockAlone).
      h = SmallInt(R(k).substr(0, R(k).size() - 3)), mi = SmallInt(R(k).substr(R(k).size() - 2));
      ++k;
      colon = true;
      strong = loose || (open && !NounAt(k)) || (!open && DottedClockAlone(i));
    } else if (k < end_ && R(k).size() >= 3 && R(k)[0] >= '0' && R(k)[0] <= '9') {
      // "5PM", "8pm": digits glued to am/pm.
      size_t d = 0;
      while (d < R(k).size() && R(k)[d] >= '0' && R(k)[d] <= '9') ++d;
      if (d > 2) return 0;
      glued = L(k).substr(d);
      h = SmallInt(R(k).substr(0, d));
      ++k;
      // "17h30": an hour mark glued between hour and minutes.
      if (glued.size() == 3 && glued[1] >= '0' && glued[1] <= '9' && glued[2] >= '0' && glued[2] <= '9' &&
          lex_.InDateWords("hour_mark", glued.substr(0, 1))) {
        mi = SmallInt(glued.substr(1));
        glued.clear();
        strong = true;
        colon = true;
      }
      // "5p.m." written with its last period read apart from it.
      if (!glued.empty() && R(k) == "." && w_.Glued(k - 1) && lex_.InDateWords("pm", glued + ".")) glued += ".", ++k;
      else if (!glued.empty() && R(k) == "." && w_.Glued(k - 1) && lex_.InDateWords("am", glued + ".")) glued += ".", ++k;
    } else if (Digits(k) && R(k).size() <= 2) {
      h = SmallInt(R(k));
      ++k;
    } else {
      // An hour in words is one word ("las tres y media": "y media" are the minutes).
      const auto* nw = Find(lex_.numbers, k);  // "cero" only in "a las cero horas"
      if (!nw || !nw->kind.empty() || nw->value < 0 || nw->value > 24 || nw->value != static_cast<int>(nw->value)) return 0;
      if (nw->value == 0 && !Key("hour_mark", k + 1)) return 0;
      h = static_cast<int>(nw->value);
      word_hour = true;
      ++k;
    }
    if (h < 0 || h > 24 || mi > 59 || ss > 59) return 0;
    // Minutes said right after the hour, with no "y": "las seis cuarenta", "las seis cero cinco",
    // "6 0 5 pm". They hold only when the hour is plainly a clock (below: bare_minutes).
    bool bare_minutes = false;
    size_t before_minutes = k;
    if (mi < 0 && glued.empty() && !Key("clock_plus", k) && !Key("clock_minus", k)) {
      int v = -1;
      size_t n = 0;
      const auto* zero = Find(lex_.numbers, k);
      bool zero_word = zero && zero->kind.empty() && zero->value == 0;
      if ((zero_word || (Digits(k) && R(k) == "0")) && k + 1 < end_) {
        // "cero cinco", "0 5": one digit of minutes.
        int d = -1;
        if (Digits(k + 1) && R(k + 1).size() == 1) d = R(k + 1)[0] - '0';
        else if (const auto* nw = Find(lex_.numbers, k + 1); nw && nw->kind.empty() && nw->value >= 1 && nw->value <= 9) {
          d = static_cast<int>(nw->value);
        }
        if (d >= 1 && (zero_word == !Digits(k + 1))) v = d, n = 2;
      } else if (word_hour) {
        n = ReadSmallNumber(w_, lex_, k, end_, &v);
        if (n && (Digits(k) || v < 1 || v > 59)) n = 0;
      }
      size_t after = k + n;
      bool mark_after = Key("pm", after) || Key("am", after) || Key("hour_mark", after) || Key("part_open", after);
      if (n && v >= 1 && v <= 59 && (mark_after || (!Unit(after) && !NounAt(after)))) mi = v, k = after, bare_minutes = true;
    }
    // "y media", "y cuarto", "y quince", "menos cuarto", "menos cinco".
    if (mi < 0 && glued.empty()) {
      for (int sign : {1, -1}) {
        size_t op = Key(sign > 0 ? "clock_plus" : "clock_minus", k);
        if (!op) continue;
        const auto* nw = Find(lex_.numbers, k + op);
        int v = 0;
        if (nw && (nw->kind == "half" || nw->kind == "fraction")) {
          mi = static_cast<int>(nw->value * 60 + 0.5);
          k += op + 1;
          fraction_minutes = true;
        } else if (size_t n = ReadSmallNumber(w_, lex_, k + op, end_, &v); n && v > 0 && v < 60 && !Unit(k + op + n)) {
          mi = v;
          k += op + n;
        } else {
          continue;
        }
        if (sign < 0) {
          mi = 60 - mi;
          h = h == 0 ? 23 : h - 1;
        }
        strong = strong || open;
        break;
      }
    }
    bool pm = false, am = false;
    if (!glued.empty()) {
      auto is = [&](const char* key) {
        auto it = lex_.date_phrases.find(key);
        if (it == lex_.date_phrases.end()) return false;
        for (const Phrase& ph : it->second) {
          if (ph.size() == 1 && ph[0] == glued) return true;
        }
        return false;
      };
      if (is("pm")) pm = true;
      else if (is("am")) am = true;
      else if (is("hour_mark") && open) strong = true;  // "a las 20h"
      else return 0;
    } else if (size_t n = Key("pm", k)) {
      pm = true, k += n;
    } else if (size_t n = Key("am", k)) {
      am = true, k += n;
    }
    bool mark = false;
    if (size_t n = Key("hour_mark", k); n && (open || colon || loose)) mark = true, k += n;
    k += Key("on_the_hour", k);  // "a las 5 en punto"
    // "de la tarde", "en la mañana", "del mediodía".
    const LanguageData::PartOfDay* part = nullptr;
    if (!pm && !am) {
      size_t po = Key("part_open", k);
      if (po) {
        if ((part = Find(lex_.parts_of_day, k + po))) k += po + 1;
      }
    }
    // "superior a las dos horas y media" counts hours: an hour in words with "horas" is a duration;
    // so is "abierto las 24 horas".
    if (mark && ((word_hour && h > 0) || h == 24) && mi < 0 && !part && !pm && !am) return 0;
    if (pm || am) strong = true;
    if (part) strong = true;
    if (mark) strong = true;
    // Bare minutes need "a las"/"son las" or a mark after: "las seis cuarenta" alone may be a count;
    // "cero cinco" needs a mark ("a las seis cero dos pm").
    if (bare_minutes && !(pm || am || part || mark) && (open < 2 || mi < 10)) {
      k = before_minutes;
      mi = -1;
      bare_minutes = false;
    }
    // "las dos" alone is a time only when no noun follows ("las dos ciudades" is a count).
    // A bare article before an hour in words needs more ("las dos coincidieron" is a count): "a las dos".
    if (open && !strong && mi < 0 && !NounAt(k) && (open > 1 || !word_hour)) strong = true;
    if (!strong && fraction_minutes && Digits(i)) strong = true;  // "5 y cuarto", not "10 y 20"
    if (!strong) return 0;
    if (h > 12 && (pm || am)) return 0;
    if (pm && h < 12) h += 12;
    if (am && h == 12) h = 0;
    if (part) {
      if (part->pm && h < 12 && (part->to == 24 ? h >= 5 || h == 0 : true)) h += 12;
      if (!part->pm && h == 12 && part->from == 0) h = 0;
      if (part->pm && h == 12 && part->to == 24) h = 0, p->next_day = true;  // "las doce de la noche": midnight
      p->pm_given = part->pm;
    }
    if (pm || am) p->pm_given = true;
    // A bare hour with "a las" and nothing after: 1 to 6 are afternoon in news ("a las tres").
    // "las 6 horas" is the 24-hour clock: 06:00.
    if (!part && !pm && !am && !mark && open && !colon && h >= 1 && h <= 6) h += 12;
    if (h == 24) h = 0;
    p->hh = h, p->mi = mi < 0 ? 0 : mi, p->ss = ss;
    return k - i;
  }

  // Whether a word of clock_words ("mediodía") starts at i: "al mediodía del viernes" is 12:00, not a part.
  bool ClockWordAt(size_t i) const {
    for (const auto& [phrase, cw] : lex_.clock_words) {
      if (i + phrase.size() <= end_ && w_.Match(i, phrase)) return true;
    }
    return false;
  }

  // A part of the day at i: "mañana" in "por la mañana", "la tarde"; the part and tokens.
  size_t PartAfter(size_t i, const LanguageData::PartOfDay** part) const {
    size_t po = Key("part_open", i);
    if (!po) return 0;
    if ((*part = Find(lex_.parts_of_day, i + po))) return po + 1;
    return 0;
  }

  // A clock said with a part of the day around it ("esta noche a las once", "anoche a las 11"): the
  // reading of its hour (h or h + 12) that falls in the part; else the part's half of the day.
  static void IntoPart(Pt* p, const LanguageData::PartOfDay& part) {
    if (p->pm_given || p->hh < 0 || p->hh > 23) return;
    auto inside = [&](int h) { return h >= part.from && h < part.to; };
    if (inside(p->hh)) return;
    int low = p->hh % 12;
    if (inside(low)) p->hh = low;
    else if (inside(low + 12) || part.pm) p->hh = low + 12;
    else p->hh = low;
  }

  std::string PartInterval(Ymd day, const LanguageData::PartOfDay& part) const {
    long d = DaysFromCivil(day);
    Ymd to = part.to == 24 ? CivilFromDays(d + 1) : day;
    return IsoDate(day) + "T" + Two(part.from) + "/" + IsoDate(to) + "T" + Two(part.to == 24 ? 0 : part.to);
  }

  // A day relative to the publication date: "hoy", "pasado mañana", "el martes", "el próximo viernes",
  // "el miércoles de la semana que viene", "el martes que viene". Returns tokens; *day the day (if known).
  size_t RelativeDay(size_t i, bool* known, Ymd* day) const {
    *known = false;
    size_t k = i;
    for (const auto& [phrase, offset] : lex_.day_phrases) {
      if (k + phrase.size() > end_ || !w_.Match(k, phrase)) continue;
      if (phrase.size() == 1 && offset == 1 && k > 0 && Key("morning_after", k - 1)) continue;  // "la mañana"
      if (has_pub_) *known = true, *day = CivilFromDays(pub_days_ + offset);
      return phrase.size();
    }
    bool det = Key("determiners", k) > 0;
    bool this_word = Key("this", k) > 0;
    bool habit = Key("habit_article", k) > 0;  // "los lunes": every Monday, no one day
    if (det || this_word) ++k;
    int dir = 0;
    if (size_t n = Key("past", k)) dir = -1, k += n;
    else if (size_t n = Key("next", k)) dir = 1, k += n;
    const int* wd = Find(lex_.weekdays, k);
    if (!wd || (NameCase(k) && !w_.SentenceStart(k) && !(k > 0 && L(k - 1) == ","))) return 0;
    size_t end = k + 1;
    if (dir == 0) {
      if (size_t n = Key("past", end)) dir = -1, end += n;
      else if (size_t n = Key("next", end)) dir = 1, end += n;
      else if (size_t n = Key("coming", end)) dir = 1, end += n;
    }
    // "de esta semana", "de la semana pasada", "de la próxima semana".
    int week = 0;
    bool week_given = false;
    if (dir == 0 && Key("part_of", end)) {
      bool this_week = false;
      int wdir = 0;
      if (size_t j = RelativeUnit(end + 1, "W", &wdir, &this_week)) {
        if (wdir != 0 || this_week) week = wdir, week_given = true, end = j;
      }
    }
    if (habit && dir == 0 && !week_given) return end - i;
    if (has_pub_) {
      int target = *wd, today = IsoWeekday(pub_days_);
      long d;
      if (week_given) {
        d = pub_days_ - today + target + 7 * week;
      } else if (this_word) {
        // "este lunes": the Monday of the publication week, or of the next one when the sentence
        // speaks of it in the future ("se reunirán este lunes" on a Wednesday). A past verb does not
        // move it: "apoyó la protesta convocada este sábado" is still the coming Sunday.
        d = pub_days_ - today + target;
        if (d < pub_days_ && Tense(k) > 0) d += 7;
      } else {
        int tense = dir != 0 ? dir : Tense(k);
        if (tense >= 0) {
          int ahead = (target - today + 7) % 7;
          d = pub_days_ + (ahead == 0 ? 7 : ahead);
        } else {
          int back = (today - target + 7) % 7;
          d = pub_days_ - (back == 0 && dir < 0 ? 7 : back);
        }
      }
      *known = true;
      *day = CivilFromDays(d);
    }
    return end - i;
  }

  // "a las diez", ", a las 19:00", "10:12:59 pm" after a day.
  size_t ClockAfter(size_t i, Pt* p) const {
    size_t k = i;
    if (L(k) == ",") ++k;
    if (size_t n = Clock(k, p)) return k + n - i;
    // "mañana a 11 horas", "el lunes a 9 pm", "nos vemos el lunes a 9.": after a day, "a" and an hour
    // only with an hour mark or the sentence's end after it ("hoy a 20 de octubre" is a date, "el
    // lunes a 3 de los detenidos" a count).
    size_t op = Key("clock_word_open", k);
    if (!op || !Digits(k + op) || R(k + op).size() > 2) return 0;
    size_t after = k + op + 1;
    int h = SmallInt(R(k + op));
    if (h < 0 || h > 24) return 0;
    size_t mark = Key("hour_mark", after);
    size_t pm = mark ? 0 : Key("pm", after);
    size_t am = mark || pm ? 0 : Key("am", after);
    // The sentence's own end (end_ may stop earlier, at a token another pass took: "a 11 dólares").
    size_t sent_end = k < w_.size() ? w_.sent_end[w_.sentence[k]] : 0;
    bool sentence_end = after >= sent_end || (after + 1 == sent_end && !w_.Alpha(after) && !w_.Digits(after));
    if (!mark && !pm && !am && !sentence_end) return 0;
    if (pm && h >= 1 && h < 12) h += 12;
    else if (!mark && !am && h >= 1 && h <= 6) h += 12;  // as "a las 3": afternoon in news
    p->hh = h % 24, p->mi = 0;
    return after + mark + pm + am - i;
  }

  // Interval for "los próximos 3 días", "pasados 2 meses", "3 años que vienen".
  std::string UnitRange(const std::string& u, int n, int dir) const {
    if (!has_pub_ || n <= 0 || n > 1000) return "";
    long a = dir > 0 ? 1 : -n, b = dir > 0 ? n : -1;
    if (u == "D") return IsoDate(CivilFromDays(pub_days_ + a)) + "/" + IsoDate(CivilFromDays(pub_days_ + b));
    if (u == "W") return IsoWeek(pub_days_ + 7 * a) + "/" + IsoWeek(pub_days_ + 7 * b);
    if (u == "M") {
      long m0 = pub_.y * 12L + pub_.m - 1;
      auto mm = [&](long x) { return IsoMonth(static_cast<int>(x / 12), static_cast<int>(x % 12) + 1); };
      return mm(m0 + a) + "/" + mm(m0 + b);
    }
    if (u == "Y") return std::to_string(pub_.y + a) + "/" + std::to_string(pub_.y + b);
    return "";
  }

  // A day counted from `base`: n units forward (or back); a year away is read at month grain.
  std::string Shift(const std::string& u, long n, Ymd base) const {
    if (n > 5000 * 366L || n < -5000 * 366L) return "";  // "hace 430.000 años": no calendar date
    long days = DaysFromCivil(base);
    auto day = [&](long d) { return Valid(CivilFromDays(d)); };
    if (u == "D") return day(days + n);
    if (u == "W") return day(days + 7 * n);
    long factor = u == "M" ? 1 : u == "Y" ? 12 : 0;
    if (!factor) return "";
    long months = base.y * 12L + (base.m - 1) + n * factor;
    if (months < 12 || months >= 10000 * 12L) return "";
    int y = static_cast<int>(months / 12), m = static_cast<int>(months % 12) + 1;
    if (u == "Y") return IsoMonth(y, m);
    int d = base.d > DaysInMonth(y, m) ? DaysInMonth(y, m) : base.d;
    return IsoDate({y, m, d});
  }

  // The day of a clock time the text gives no day for: the day named earlier in its sentence,
  // else the publication day (as HeidelTime reads news).
  void DayOfClock(size_t i, Pt* p) const {
    if (p->d) return;
    uint32_t s = w_.sentence[i];
    if (has_anchor_ && anchor_sentence_ == s) p->y = anchor_.y, p->m = anchor_.m, p->d = anchor_.d;
    else if (has_pub_) p->y = pub_.y, p->m = pub_.m, p->d = pub_.d;
  }

  void SetAnchor(Ymd day, size_t token) {
    anchor_ = day;
    has_anchor_ = true;
    anchor_sentence_ = w_.sentence[token];
  }

  size_t EmitPoint(size_t first, size_t last, const Pt& p) {
    std::string iso = Iso(p);
    if (p.y && p.m && p.d && !iso.empty()) SetAnchor({p.y, p.m, p.d}, first);
    return Emit(first, last, p.Clock() ? "TIME" : "DATE", iso);
  }

  // The two ends of a range of hours: "de 1pm a 3" ends at 15:00, "de 2 a 5 pm" starts at 14:00,
  // "de 22 a 6 horas" ends the next morning.
  // An end in the 24-hour clock (`end_24h`: "a 9 horas") stays as written.
  static void JoinHours(Pt* a, Pt* b, bool end_24h = false) {
    if (a->hh < 12 && b->hh >= 12 && a->hh + 12 <= b->hh && b->pm_given && !a->pm_given) a->hh += 12;
    if (!end_24h && b->hh < a->hh && b->hh < 12 && (a->pm_given || a->hh >= 12) && b->hh + 12 > a->hh && !b->pm_given)
      b->hh += 12;
    if (b->hh * 60 + b->mi <= a->hh * 60 + a->mi && !a->next_day) b->next_day = true;
  }

  // An hour as a range end: a clock ("las 10", "9:30", "5 pm") or, where the range is plainly one of
  // hours (after a day), a bare number up to 24 with nothing counted after it (*bare then says so).
  size_t HourEnd(size_t k, Pt* p, bool bare_ok, bool* bare) const {
    *bare = false;
    if (size_t n = Clock(k, p, true)) return p->Calendar() ? 0 : n;
    if (bare_ok && Digits(k) && R(k).size() <= 2 && SmallInt(R(k)) <= 24 && !Unit(k + 1) &&
        (Key("range_join", k + 1) || !NounAt(k + 1)) && R(k + 1) != "%" && R(k + 1) != ":") {
      p->hh = SmallInt(R(k)) % 24, p->mi = 0;
      *bare = true;
      return 1;
    }
    return 0;
  }

  // "el lunes de 2 a 5 pm", "mañana de 9 a 11", "hoy entre las 2 y las 4": a day, then hours on it.
  // Emits one TIME span from `first`; returns the tokens from first, 0 when no hours follow.
  size_t DayThenHours(size_t first, size_t k, bool known, Ymd day) {
    size_t open = Key("range_open", k);
    if (!open) return 0;
    Pt a, b;
    bool bare_a = false, bare_b = false;
    size_t na = HourEnd(k + open, &a, true, &bare_a);
    if (!na) return 0;
    size_t j = k + open + na;
    size_t join = Key("range_join", j);
    if (!join) return 0;
    size_t nb = HourEnd(j + join, &b, true, &bare_b);
    if (!nb) return 0;
    // Two bare numbers read as opening hours ("el sábado de 10 a 14") only in clock order and from
    // the morning on: "ganó el domingo de 3 a 1", "cayó el lunes de 1 a 2" are scores.
    if (bare_a && bare_b && (b.hh <= a.hh || a.hh < kEarliestBareHour)) return 0;
    JoinHours(&a, &b);
    std::string iso;
    if (known) {
      a.y = b.y = day.y, a.m = b.m = day.m, a.d = b.d = day.d;
      std::string ia = Iso(a), ib = Iso(b);
      if (!ia.empty() && !ib.empty()) iso = ia + "/" + ib;
      SetAnchor(day, first);
    }
    return Emit(first, j + join + nb, "TIME", iso);
  }

  // "de 15:00 a 17:00 horas del lunes", "entre las 9 y las 13 del 5 de mayo": the day after a range
  // of hours is the day of both ends. Returns its tokens (0: none).
  size_t DayOfHours(size_t k, Pt* a, Pt* b) const {
    size_t of = Key("part_of", k);
    if (!of) return 0;
    bool known = false;
    Ymd day;
    Pt d;
    size_t n = Calendar(k + of, &d, 0);
    if (n && d.d > 0 && d.m && Complete(&d, Tense(k))) {
      known = true, day = {d.y, d.m, d.d};
    } else if ((n = RelativeDay(k + of, &known, &day)) == 0) {
      return 0;
    }
    if (known) {
      a->y = b->y = day.y, a->m = b->m = day.m, a->d = b->d = day.d;
    } else {
      a->d = b->d = -1;  // a day the text names but no value can be given: not the publication day
    }
    return of + n;
  }

  // One token holding a range: "5-10 de mayo", "2010-2015", "la temporada 2013-14".
  size_t DashRange(size_t i) {
    size_t k = i + (Key("determiners", i) ? 1 : 0);
    if (k >= end_) return 0;
    const std::string& t = R(k);
    if (t.empty() || t.find_first_not_of("0123456789-") != std::string::npos) return 0;
    size_t dash = t.find('-');
    if (dash == std::string::npos || dash == 0 || t.find('-', dash + 1) != std::string::npos) return 0;
    std::string x = t.substr(0, dash), y = t.substr(dash + 1);
    int u = SmallInt(x), v = SmallInt(y);
    if (u < 0 || v < 0) return 0;
    if (x.size() <= 2 && y.size() <= 2) {
      // Days of a month: "5-10 de mayo" (not "17-2": a score).
      size_t j = k + 1;
      if (Key("day_month_join", j)) ++j;
      int m = Month(j, true);
      if (!m || u < 1 || u >= v || v > DaysInMonth(2000, m)) return 0;
      Pt a, b;
      a.d = u, b.d = v, a.m = b.m = m;
      size_t end = j + 1;
      int yy = 0;
      end += YearAfter(end, &yy);
      a.y = b.y = yy;
      int tense = Tense(k);
      if (!Complete(&b, tense)) return 0;
      a.y = b.y;
      std::string ia = Iso(a), ib = Iso(b);
      if (ia.empty() || ib.empty()) return 0;
      SetAnchor({b.y, b.m, b.d}, i);
      return Emit(i, end, "DATE", ia + "/" + ib);
    }
    // "el expediente 2019-2021", "la causa 2018-2020": an identifier after a record noun, no years.
    bool record = k > 0 && w_.sentence[k - 1] == w_.sentence[k] && Key("record_nouns", k - 1);
    if (x.size() == 4 && (y.size() == 4 || y.size() == 2) && !NounAt(k + 1) && !record) {
      // Years: "2010-2015"; a season across two years, "2013-14".
      int to = y.size() == 4 ? v : u / 100 * 100 + v;
      if (y.size() == 2 && to != u + 1) return 0;
      if (u < 1900 || u > 2100 || to <= u || to - u > 100) return 0;
      return Emit(i, k + 1, "DATE", std::to_string(u) + "/" + std::to_string(to));
    }
    return 0;
  }

  // Ranges: "del 2 al 6 de junio", "13 - 15 de julio de 2013", "entre 2010 y 2015", "de 6:30pm a 11:00pm".
  size_t Range(size_t i) {
    if (size_t n = DashRange(i)) return n;
    size_t open = Key("range_open", i);
    size_t k = i + open;
    Pt a, b;
    size_t na = Clock(k, &a);
    bool clock = na > 0;
    if (!na) na = Calendar(k, &a, open ? 3 : 1);
    if (!na) {
      int y = 0;
      if (open && (na = Year(k, &y)) && Digits(k)) a.y = y;
      else na = 0;
    }
    if (!na) return WeekdayRange(i, k, open);
    if (a.d < 0) return 0;
    size_t j = k + na;
    size_t join = Key(open ? "range_join" : "range_bare", j);
    if (!join) return WeekdayRange(i, k, open);
    size_t k2 = j + join;
    // "de 10 a 12 horas": two hours, the mark after the second.
    if (!clock && open && a.d && !a.m && Digits(k)) {
      Pt c;
      size_t nc = Clock(k2, &c, true);
      if (nc && c.Clock() && SmallInt(R(k)) <= 24) {
        Pt h;
        h.hh = SmallInt(R(k)) % 24, h.mi = 0;
        JoinHours(&h, &c, Key("hour_mark", k2 + nc - 1) > 0);  // "de 22 a 6 horas" ends the next morning
        size_t nd = DayOfHours(k2 + nc, &h, &c);
        DayOfClock(i, &h);
        DayOfClock(i, &c);
        return Emit(i, k2 + nc + nd, "TIME", Iso(h) + "/" + Iso(c));
      }
    }
    size_t nb = 0;
    if (clock) {
      nb = Clock(k2, &b, true);
      if (!nb && Digits(k2)) {
        int v = SmallInt(R(k2));
        if (v >= 0 && v <= 24) b.hh = v, b.mi = 0, nb = 1;
      }
      if (!nb || a.Calendar()) return 0;
      JoinHours(&a, &b);
      size_t nd = DayOfHours(k2 + nb, &a, &b);
      DayOfClock(i, &a);
      DayOfClock(i, &b);
      return Emit(i, k2 + nb + nd, "TIME", Iso(a) + "/" + Iso(b));
    }
    nb = Calendar(k2, &b, a.m && !a.d ? 3 : 0);
    if (!nb) {
      int y = 0;
      if (a.y && !a.m && (nb = Year(k2, &y)) && Digits(k2)) b.y = y;
      else nb = 0;
    }
    if (!nb || b.Clock() || b.d < 0) return 0;
    // "del viernes 6 al domingo 8": two days of the month named by their weekdays.
    if (a.d > 0 && !a.m && b.d > 0 && !b.m && a.wd && b.wd) {
      int tense = Tense(i);
      if (!Complete(&a, tense) || !Complete(&b, tense)) return 0;
      std::string ia = Iso(a), ib = Iso(b);
      long gap = DaysFromCivil({b.y, b.m, b.d}) - DaysFromCivil({a.y, a.m, a.d});
      if (ia.empty() || ib.empty() || gap <= 0 || gap > 31) return 0;
      SetAnchor({b.y, b.m, b.d}, i);
      return Emit(i, k2 + nb, "DATE", ia + "/" + ib);
    }
    // The first end borrows what only the second says: "13 a 15 de julio", "10 Agosto - 12 Septiembre 2013".
    if (a.d && !a.m) {
      if (!b.m || !b.d) return 0;
      a.m = b.m;
    }
    if (!a.y && b.y) a.y = b.y;
    if ((a.d != 0) != (b.d != 0) || (a.m != 0) != (b.m != 0)) return 0;
    if (!a.m && !b.m && (!a.y || !b.y)) return 0;  // bare numbers: "8 a 10" is no date
    int tense = Tense(i);
    if (!Complete(&b, tense)) return 0;
    if (!a.y) {
      a.y = b.y;
      if (a.m > b.m || (a.m == b.m && a.d > b.d)) --a.y;  // "21 de diciembre a 6 de enero"
    }
    if (!Complete(&a, tense)) return 0;
    std::string ia = Iso(a), ib = Iso(b);
    if (ia.empty() || ib.empty() || ia > ib) return 0;
    if (b.y && b.m && b.d) SetAnchor({b.y, b.m, b.d}, i);
    return Emit(i, k2 + nb, "DATE", ia + "/" + ib);
  }

  // "entre el lunes y el miércoles", "del lunes al viernes": two days of the same stretch.
  size_t WeekdayRange(size_t i, size_t k, size_t open) {
    if (!open) return 0;
    bool ka = false, kb = false;
    Ymd a, b;
    size_t na = RelativeDay(k, &ka, &a);
    if (!na) return 0;
    size_t join = Key("range_join", k + na);
    if (!join) return 0;
    size_t nb = RelativeDay(k + na + join, &kb, &b);
    if (!nb) return 0;
    // "de lunes a viernes" with no article is a habit, not a stretch of days: no value.
    bool determined = Key("determiners", k) > 0 || (k > 0 && Key("day_article", k - 1) > 0);
    std::string iso;
    if (ka && kb && determined) {
      long da = DaysFromCivil(a), db = DaysFromCivil(b);
      if (db < da) db += 7 * ((da - db) / 7 + 1);  // the second day after the first
      if (db - da < 7) iso = IsoDate(a) + "/" + IsoDate(CivilFromDays(db));
    }
    return Emit(i, k + na + join + nb, "DATE", iso);
  }

  size_t At(size_t i) {
    if (size_t n = Range(i)) return n;
    if (size_t n = NthWeekday(i)) return n;
    // "a finales de 2025": the edge words join the date they bound.
    size_t edge = Key("edge", i);
    size_t j0 = i + edge;

    // A part of the day of a date: "la tarde del lunes", "la madrugada del 5 de mayo".
    if (!edge && Key("determiners", i) && !ClockWordAt(i + 1)) {
      if (const auto* part = Find(lex_.parts_of_day, i + 1); part && Key("part_of", i + 2)) {
        size_t k = i + 2 + Key("part_of", i + 2);
        bool known = false;
        Ymd day;
        Pt p;
        size_t n = RelativeDay(k, &known, &day);
        if (!n && (n = Calendar(k, &p, 0)) && p.d && Complete(&p, Tense(k))) known = true, day = {p.y, p.m, p.d};
        if (!n && Key("determiners", k) && (n = Calendar(k + 1, &p, 1)) && p.d && Complete(&p, Tense(k))) {
          known = true, day = {p.y, p.m, p.d}, ++n;
        }
        Pt c;
        if (size_t m = n ? ClockAfter(k + n, &c) : 0) {  // "la noche del martes a las 11"
          IntoPart(&c, *part);
          if (known) c.y = day.y, c.m = day.m, c.d = day.d;
          return Emit(i, k + n + m, "TIME", known ? Iso(c) : "");
        }
        if (n) return Emit(i, k + n, "DATE", known && !Valid(day).empty() ? PartInterval(day, *part) : "");
      }
    }
    // "esta tarde", "esta noche (a las 8)", "anoche".
    if (!edge && Key("this", i)) {
      if (const auto* part = Find(lex_.parts_of_day, i + 1)) {
        Pt p;
        if (size_t n = ClockAfter(i + 2, &p)) {
          IntoPart(&p, *part);
          if (has_pub_) p.y = pub_.y, p.m = pub_.m, p.d = pub_.d;
          return Emit(i, i + 2 + n, "TIME", Iso(p));
        }
        return Emit(i, i + 2, "DATE", has_pub_ ? PartInterval(pub_, *part) : "");
      }
    }
    // "anoche"; "last night" (two words).
    const int* night = Find(lex_.night_words, i);
    size_t night_len = 1;
    if (!night && i + 1 < end_) {
      // Compared in place: joining the two words for a lookup at every token cost a string and a hash.
      const std::string &a = w_.lower[i], &b = w_.lower[i + 1];
      for (const auto* two : night_pairs_) {
        const std::string& k = two->first;
        if (k.size() == a.size() + 1 + b.size() && k.compare(0, a.size(), a) == 0 && k[a.size()] == ' ' &&
            k.compare(a.size() + 1, b.size(), b) == 0) {
          night = &two->second, night_len = 2;
          break;
        }
      }
    }
    if (night && !edge) {
      // "anoche": the night part of the day (the part that runs to midnight).
      auto it = lex_.parts_of_day.end();
      for (auto p = lex_.parts_of_day.begin(); p != lex_.parts_of_day.end(); ++p) {
        if (p->second.to == 24) it = p;
      }
      std::string iso;
      Ymd day = CivilFromDays(pub_days_ + *night);
      Pt p;
      // "anoche a las once": that night's clock.
      if (size_t n = it != lex_.parts_of_day.end() ? ClockAfter(i + night_len, &p) : 0) {
        IntoPart(&p, it->second);
        if (has_pub_) p.y = day.y, p.m = day.m, p.d = day.d;
        return Emit(i, i + night_len + n, "TIME", has_pub_ ? Iso(p) : "");
      }
      if (has_pub_ && it != lex_.parts_of_day.end()) iso = PartInterval(day, it->second);
      return Emit(i, i + night_len, "DATE", iso);
    }

    // A calendar date, with a clock or a part of the day after it.
    {
      size_t k = j0;
      bool det = Key("day_article", k) > 0;
      if (det) ++k;
      int forced = 0;  // "el pasado 5 de octubre", "el próximo 5 de noviembre"
      if (det && Key("past", k) && (Digits(k + 1) || Day(k + 1, &forced))) forced = -1, ++k;
      else if (det && Key("next", k) && (Digits(k + 1) || Day(k + 1, &forced))) forced = 1, ++k;
      else forced = 0;
      bool day_noun = Key("day_noun", k) > 0;
      if (day_noun) ++k;
      Pt p;
      size_t n = Calendar(k, &p, day_noun ? 2 : det ? 1 : 0);
      // A bare day number needs "el"/"día" and nothing countable after it: "el 16", "el día 8".
      if (n && p.d < 0) return k + n - i;  // an impossible date: nothing to highlight
      if (n && p.d > 0 && !p.m && !p.wd) {
        size_t after = k + n;
        bool ok = after >= end_ || !w_.Alpha(after) || Key("clock_open", after) || Key("range_join", after) ||
                  (lex_.stopwords.count(L(after)) && !Key("part_of", after));  // not "el 2 de cada 10"
        if (!ok || R(after) == "%" || Unit(after) || R(after) == "/") n = 0;
        // "pasó del 8 al 10 por ciento", "el 5 a 0": a bare number joined to another that the range
        // pass did not take as days is a count or a score.
        if (size_t join = Key("range_join", after); n && join && Digits(after + join)) n = 0;
      }
      if (n) {
        // "el 15 de agosto pasado", "el 5 de noviembre próximo".
        if (!forced && p.m && !p.y) {
          if (size_t m = Key("past", k + n)) forced = -1, n += m;
          else if (size_t m2 = Key("next", k + n)) forced = 1, n += m2;
        }
        int tense = forced ? forced : Tense(k);
        bool complete = Complete(&p, tense);
        size_t end = k + n;
        Pt c;
        if (size_t m = ClockAfter(end, &c)) {
          c.y = p.y, c.m = p.m, c.d = p.d;
          return Emit(i, end + m, "TIME", complete && p.d ? Iso(c) : "");
        }
        if (p.d > 0 && complete) {
          if (size_t m = DayThenHours(i, end, true, {p.y, p.m, p.d})) return m;
        }
        const LanguageData::PartOfDay* part = nullptr;
        if (size_t m = PartAfter(end, &part); m && p.d && complete) {
          if (size_t mc = ClockAfter(end + m, &c)) {  // "el 5 de mayo por la tarde, a las seis"
            IntoPart(&c, *part);
            c.y = p.y, c.m = p.m, c.d = p.d;
            return Emit(i, end + m + mc, "TIME", Iso(c));
          }
          return Emit(i, end + m, "DATE", PartInterval({p.y, p.m, p.d}, *part));
        }
        if (!complete && p.y && p.m && p.d) return end - i;  // "29 de febrero de 2014" is no date
        if (!complete) return Emit(i, end, "DATE", "");
        return EmitPoint(i, end, p);
      }
    }
    // A relative day, then maybe a clock or a part of the day.
    {
      bool known = false;
      Ymd day;
      if (size_t n = RelativeDay(j0, &known, &day)) {
        size_t k = j0 + n;
        // "lunes, 18 de febrero": the written date wins, and must agree.
        Pt p;
        if (size_t c = ClockAfter(k, &p)) {
          if (known) p.y = day.y, p.m = day.m, p.d = day.d;
          std::string iso = known ? Iso(p) : "";
          return Emit(i, k + c, "TIME", iso);
        }
        if (size_t m = DayThenHours(i, k, known, day)) return m;
        const LanguageData::PartOfDay* part = nullptr;
        if (size_t c = PartAfter(k, &part)) {
          if (size_t m = ClockAfter(k + c, &p)) {  // "el lunes por la mañana a las diez"
            IntoPart(&p, *part);
            if (known) p.y = day.y, p.m = day.m, p.d = day.d;
            return Emit(i, k + c + m, "TIME", known ? Iso(p) : "");
          }
          return Emit(i, k + c, "DATE", known ? PartInterval(day, *part) : "");
        }
        if (known) SetAnchor(day, i);
        return Emit(i, k, "DATE", known ? IsoDate(day) : "");
      }
    }
    // A year: "2022", "mil novecientos noventa" (not "2022 contenedores", not "$ 2022").
    {
      int y = 0;
      size_t n = Year(j0, &y);
      if (n) {
        size_t k = j0 + n;
        bool noun_after = NounAt(k);
        bool after_sign = j0 > 0 && !w_.Alpha(j0 - 1) && w_.raw[j0 - 1] != "," && w_.raw[j0 - 1] != "(" &&
                          w_.sentence[j0 - 1] == w_.sentence[j0] && w_.Glued(j0 - 1);
        bool after_currency = j0 > 0 && lex_.currencies.count(w_.lower[j0 - 1]);
        if (y >= 1000 && y <= 2100 && !noun_after && !after_sign && !after_currency && (Digits(j0) ? y >= 1900 : true)) {
          Pt p;
          p.y = y;
          return EmitPoint(i, k, p);
        }
      }
    }
    if (edge) {
      // "a principios de los años 90", "a fines del siglo XIX": the period, with its edge words.
      size_t n = Periods(j0);
      if (!n) return EdgeOfUnit(i, j0);
      Span& s = spans_.back();
      for (size_t t = i; t < j0; ++t) covered_[t] = 1;
      s.start = w_.start(i);
      s.text = w_.Slice(s.start, s.end);
      return j0 + n - i;
    }
    // A clock: "a las tres de la tarde", "15:30"; "a las diez de la mañana del lunes".
    {
      Pt p;
      if (size_t n = Clock(i, &p)) {
        size_t k = i + n;
        if (Key("part_of", k)) {
          size_t j = k + 1;
          bool known = false;
          Ymd day;
          // "a las 22:30 del 5 de mayo", "a las 8 de la noche del jueves 5 de junio".
          Pt d;
          size_t m = Calendar(j, &d, 0);
          if (m && d.d > 0 && d.m && Complete(&d, Tense(j))) {
            p.y = d.y, p.m = d.m, p.d = d.d;
            SetAnchor({d.y, d.m, d.d}, i);
            return Emit(i, j + m, "TIME", Iso(p));
          }
          if (size_t m2 = RelativeDay(j, &known, &day)) {
            if (known) p.y = day.y, p.m = day.m, p.d = day.d;
            return Emit(i, j + m2, "TIME", known ? Iso(p) : "");
          }
        }
        DayOfClock(i, &p);
        return Emit(i, k, "TIME", Iso(p));
      }
    }
    // Holidays: "Navidad", "año nuevo".
    for (const auto& [phrase, md] : lex_.holidays) {
      size_t k = i + (Key("determiners", i) ? 1 : 0);
      if (k + phrase.size() > end_ || !w_.Match(k, phrase)) continue;
      Pt p;
      p.m = md.m, p.d = md.d;
      size_t end = k + phrase.size();
      end += YearAfter(end, &p.y);  // "la Navidad de 2019"
      int tense = Tense(i);
      if (!Complete(&p, tense >= 0 ? 1 : -1)) return Emit(i, end, "DATE", "");
      return EmitPoint(i, end, p);
    }
    // Holidays that move with Easter: "Semana Santa", "Viernes Santo".
    for (const auto& [phrase, span] : lex_.easter_holidays) {
      size_t k = i + (Key("determiners", i) ? 1 : 0);
      if (k + phrase.size() > end_ || !w_.Match(k, phrase)) continue;
      size_t end = k + phrase.size();
      int y = 0;
      end += YearAfter(end, &y);
      std::string iso;
      if (y || has_pub_) {
        int tense = Tense(i);
        const int first_offset = span.first;  // clang 14 (emscripten 3.1.6) cannot capture a structured binding
        auto first = [&](int year) { return EasterDays(year) + first_offset; };
        if (!y) {
          // The last one when the sentence is past, else the next one (today's counts for both).
          y = pub_.y;
          if (tense < 0 && first(y) > pub_days_) --y;
          if (tense >= 0 && EasterDays(y) + span.second < pub_days_) ++y;
        }
        Ymd a = CivilFromDays(first(y)), b = CivilFromDays(EasterDays(y) + span.second);
        iso = span.first == span.second ? IsoDate(a) : IsoDate(a) + "/" + IsoDate(b);
      }
      return Emit(i, end, "DATE", iso);
    }
    if (size_t n = Weekend(i)) return n;
    if (size_t n = Periods(i)) return n;
    if (size_t n = Relative(i)) return n;
    return 0;
  }

  // "este fin de semana", "el próximo fin de semana", "el fin de semana pasado": Saturday and Sunday.
  size_t Weekend(size_t i) {
    size_t k = i;
    bool this_word = Key("this", k) > 0;
    if (this_word || Key("determiners", k)) ++k;
    int dir = 0;
    if (size_t n = Key("past", k)) dir = -1, k += n;
    else if (size_t n = Key("next", k)) dir = 1, k += n;
    size_t n = Key("weekend", k);
    if (!n || k == i) return 0;
    size_t end = k + n;
    if (dir == 0) {
      if (size_t m = Key("past", end)) dir = -1, end += m;
      else if (size_t m = Key("next", end)) dir = 1, end += m;
      else if (size_t m = Key("coming", end)) dir = 1, end += m;
    }
    std::string iso;
    if (has_pub_) {
      int tense = dir != 0 ? dir : this_word ? 0 : Tense(i);
      long saturday = pub_days_ - IsoWeekday(pub_days_) + 6;  // this ISO week's
      if (tense < 0 && saturday > pub_days_) saturday -= 7;
      if (dir > 0 && IsoWeekday(pub_days_) >= 6) saturday += 7;
      iso = IsoDate(CivilFromDays(saturday)) + "/" + IsoDate(CivilFromDays(saturday + 1));
    }
    return Emit(i, end, "DATE", iso);
  }

  // "a finales de mes", "a principios del año que viene", "a mediados de este mes": the month or
  // year it bounds (as "a finales de 2022" keeps 2022).
  size_t EdgeOfUnit(size_t i, size_t j) {
    size_t k = j;
    if (Key("determiners", k) || Key("this", k)) ++k;
    int dir = 0;
    if (size_t n = Key("past", k)) dir = -1, k += n;
    else if (size_t n = Key("next", k)) dir = 1, k += n;
    const std::string* u = Unit(k);
    // A week only with an article or "esta" before it: "a finales de la semana" ("fin de semana" is the weekend).
    if (!u || (*u != "M" && *u != "Y" && !(*u == "W" && k > j))) return 0;
    if (!Key("unit_singular", k)) return 0;  // "a finales de los meses de verano": no one month
    size_t end = k + 1;
    if (dir == 0) {
      if (size_t n = Key("past", end)) dir = -1, end += n;
      else if (size_t n = Key("next", end)) dir = 1, end += n;
      else if (size_t n = Key("coming", end)) dir = 1, end += n;
    }
    std::string iso;
    if (has_pub_ && *u == "Y") iso = std::to_string(pub_.y + dir);
    if (has_pub_ && *u == "W") iso = IsoWeek(pub_days_ + 7 * dir);
    if (has_pub_ && *u == "M") {
      long m = pub_.y * 12L + (pub_.m - 1) + dir;
      iso = IsoMonth(static_cast<int>(m / 12), static_cast<int>(m % 12) + 1);
    }
    return Emit(i, end, "DATE", iso);
  }

  // "el primer viernes de julio", "el último domingo de octubre de 2015": that weekday of the month.
  size_t NthWeekday(size_t i) {
    if (!Key("determiners", i)) return 0;
    size_t k = i + 1;
    auto ord = lex_.ordinals.find(L(k));
    bool last = ord == lex_.ordinals.end() && Key("last", k) == 1;
    if (ord == lex_.ordinals.end() && !last) return 0;
    const int* wd = Find(lex_.weekdays, k + 1);
    if (!wd || !Key("part_of", k + 2)) return 0;
    int m = Month(k + 3, true);
    if (!m) return 0;
    Pt p;
    p.m = m;
    size_t end = k + 4;
    end += YearAfter(end, &p.y);
    std::string iso;
    if (Complete(&p, Tense(i))) {
      int nth = last ? 0 : ord->second;
      long first = DaysFromCivil({p.y, m, 1});
      long day = first + (*wd - IsoWeekday(first) + 7) % 7 + 7L * (nth - 1);
      if (last) {
        long end_day = DaysFromCivil({p.y, m, DaysInMonth(p.y, m)});
        day = end_day - (IsoWeekday(end_day) - *wd + 7) % 7;
      }
      Ymd t = CivilFromDays(day);
      if (nth > 5 || t.m != m) return 0;  // "el quinto lunes" of a month with four
      iso = IsoDate(t);
      SetAnchor(t, i);
    }
    return Emit(i, end, "DATE", iso);
  }

  // Quarters, centuries, decades, seasons.
  size_t Periods(size_t i) {
    size_t k = i;
    bool det = Key("determiners", k) > 0;
    if (det) ++k;
    // "el segundo trimestre (de 2020)", "el primer semestre".
    auto ord = lex_.ordinals.find(L(k));
    if (det && (ord != lex_.ordinals.end() || Key("last", k) == 1)) {
      const std::string* u = Unit(k + 1);
      if (u && (*u == "Q" || *u == "SEM")) {
        int len = *u == "Q" ? 3 : 6;
        int q = ord != lex_.ordinals.end() ? ord->second : 12 / len;  // "el último trimestre": the fourth
        if (q < 1 || q * len > 12) return 0;
        size_t end = k + 2;
        int y = has_pub_ ? pub_.y : 0;
        int yy = 0;
        if (size_t n = YearAfter(end, &yy)) y = yy, end += n;
        std::string iso = y ? IsoMonth(y, (q - 1) * len + 1) + "/" + IsoMonth(y, q * len) : "";
        return Emit(i, end, "DATE", iso);
      }
    }
    // "la primera semana de julio", "la segunda quincena de marzo de 2015", "la última semana de
    // agosto": the days of that stretch of the month, inclusive.
    if (det && (ord != lex_.ordinals.end() || Key("last", k) == 1)) {
      const std::string* u = Unit(k + 1);
      bool week = u && *u == "W", fortnight = Key("fortnight", k + 1) == 1;
      int m = (week || fortnight) && Key("part_of", k + 2) ? Month(k + 3, true) : 0;
      if (m) {
        int nth = ord != lex_.ordinals.end() ? ord->second : 0;  // 0: the last
        Pt p;
        p.m = m;
        size_t end = k + 4;
        end += YearAfter(end, &p.y);
        std::string iso;
        if (Complete(&p, Tense(i))) {
          int dim = DaysInMonth(p.y, m), from = 0, to = 0;
          if (week && nth >= 1 && nth <= 5) from = 7 * (nth - 1) + 1, to = std::min(from + 6, dim);
          if (week && nth == 0) from = dim - 6, to = dim;
          if (fortnight && nth == 1) from = 1, to = 15;
          if (fortnight && (nth == 2 || nth == 0)) from = 16, to = dim;
          if (from < 1 || from > dim) return 0;
          iso = IsoDate({p.y, m, from}) + "/" + IsoDate({p.y, m, to});
        }
        return Emit(i, end, "DATE", iso);
      }
    }
    // "el siglo XVIII", "el siglo 21": ISO 8601's century ("17" holds 1700-1799).
    if (const std::string* u = Unit(k); u && *u == "CEN") {
      int c = Roman(R(k + 1));
      if (!c && Digits(k + 1)) c = SmallInt(R(k + 1));
      if (c >= 1 && c <= 30) return Emit(i, k + 2, "DATE", Two(c - 1));
      // "el siglo pasado", "el próximo siglo", "este siglo": counted from the publication's century.
      int dir = 0;
      size_t end = k + 1;
      if (size_t n = Key("past", end)) dir = -1, end += n;
      else if (size_t n = Key("next", end)) dir = 1, end += n;
      if ((det && dir) || Key("this", i)) return Emit(i, end, "DATE", has_pub_ ? Two(pub_.y / 100 + dir) : "");
    }
    if (const std::string* u = det || Key("this", i) ? Unit(k + 1) : nullptr; u && *u == "CEN" && (Key("past", k) || Key("next", k))) {
      int dir = Key("past", k) ? -1 : 1;  // "el pasado siglo"
      return Emit(i, k + 2, "DATE", has_pub_ ? Two(pub_.y / 100 + dir) : "");
    }
    // "la década de 1980", "los años 80", "los años noventa", "los 90": "198".
    if (size_t n = Key("decade_open", i)) {
      size_t j = i + n;
      if (Key("determiners", j) && Key("decade_open", i) > 1) ++j;  // "la década de los 90"
      int v = -1;
      size_t m = 0;
      if (Digits(j) && (R(j).size() == 2 || R(j).size() == 4)) v = SmallInt(R(j)), m = 1;
      else if (NumberRead r; ReadNumber(w_, lex_, DigitStyle::kDecimalComma, j, end_, &r) && r.words && WholeCount(r.value, 3000)) {
        v = static_cast<int>(r.value), m = r.tokens;
      }
      bool plain_los = n == 1;  // "los 80" only with two digits
      if (m && v >= 0 && v % 10 == 0 && !(plain_los && (R(j).size() != 2 || !Digits(j)))) {
        int year = v < 100 ? (v >= 20 ? 1900 + v : 2000 + v) : v;
        if (v < 100 && R(j).size() == 4) year = v;
        bool noun_after = NounAt(j + m);
        if (year >= 1000 && year <= 2100 && !noun_after) return Emit(i, j + m, "DATE", std::to_string(year / 10));
      }
    }
    // Seasons: "este verano", "el próximo invierno", "el verano de 2019", "la primavera pasada".
    {
      size_t j = i;
      bool this_word = Key("this", j) > 0;
      if (this_word || det) ++j;
      int dir = 0;
      if (size_t n = Key("past", j)) dir = -1, j += n;
      else if (size_t n = Key("next", j)) dir = 1, j += n;
      if (const auto* s = Find(lex_.seasons, j)) {
        size_t end = j + 1;
        if (dir == 0) {
          if (size_t n = Key("past", end)) dir = -1, end += n;
          else if (size_t n = Key("next", end)) dir = 1, end += n;
          else if (size_t n = Key("coming", end)) dir = 1, end += n;
        }
        int y = 0;
        size_t yn = YearAfter(end, &y);
        // A bare "en verano" is left out: in news it is as often habitual ("en verano hace calor").
        if (!yn && !this_word && !det && dir == 0) return 0;
        if (!yn && dir == 0 && !this_word && Tense(i) < 0) dir = -2;  // "el verano fue seco": the last one begun
        end += yn;
        std::string iso;
        auto season = [&](int start_year) {
          Ymd a{start_year, s->from_m, s->from_d};
          Ymd b{start_year + (s->to_m < s->from_m ? 1 : 0), s->to_m, s->to_d};
          return std::make_pair(a, b);
        };
        if (y) {
          auto [a, b] = season(y);
          iso = IsoDate(a) + "/" + IsoDate(b);
        } else if (has_pub_) {
          // The season that holds the publication date ("este"), or the one before or after it.
          std::pair<Ymd, Ymd> pick{};
          bool found = false;
          for (int sy = pub_.y - 2; sy <= pub_.y + 1 && !found; ++sy) {
            auto [a, b] = season(sy);
            long da = DaysFromCivil(a), db = DaysFromCivil(b);
            // "este": the one under way or the next; "próximo": the next to start; "pasado": the last to end.
            bool hit = dir == 0    ? db >= pub_days_
                       : dir > 0   ? da > pub_days_
                       : dir == -2 ? da <= pub_days_ && DaysFromCivil(season(sy + 1).first) > pub_days_
                                   : db < pub_days_ && DaysFromCivil(season(sy + 1).second) >= pub_days_;
            if (hit) pick = {a, b}, found = true;
          }
          if (found) iso = IsoDate(pick.first) + "/" + IsoDate(pick.second);
        }
        return Emit(i, end, "DATE", iso);
      }
    }
    return 0;
  }

  // Relative units: "la semana pasada", "el mes que viene", "los próximos 3 días", "en dos semanas",
  // "hace dos días", "al día siguiente"; durations: "dos días", "cuatro años y medio".
  size_t Relative(size_t i) {
    bool det = Key("determiners", i) > 0;
    bool this_word = Key("this", i) > 0;
    size_t j = (det || this_word) ? i + 1 : i;
    // "la semana pasada", "el próximo año", "este mes", "próxima semana" (not the plural "las últimas semanas").
    if (!Key("vague", j)) {
      size_t k = j;
      int dir = 0;
      if (size_t n = Key("past", k)) dir = -1, k += n;
      else if (size_t n = Key("next", k)) dir = 1, k += n;
      const std::string* unit = Unit(k);
      if (unit && (*unit == "W" || *unit == "M" || *unit == "Y")) {
        size_t end = k + 1;
        if (dir == 0) {
          if (size_t n = Key("past", end)) dir = -1, end += n;
          else if (size_t n = Key("next", end)) dir = 1, end += n;
          else if (size_t n = Key("coming", end)) dir = 1, end += n;
        }
        if ((dir != 0 && (det || this_word || k > j)) || this_word || (dir != 0 && end > k + 1)) {
          std::string iso;
          if (has_pub_) {
            if (*unit == "W") {
              iso = IsoWeek(pub_days_ + 7 * dir);
            } else if (*unit == "M") {
              int m = pub_.m + dir, y = pub_.y;
              if (m < 1) m = 12, --y;
              if (m > 12) m = 1, ++y;
              iso = IsoMonth(y, m);
            } else {
              iso = std::to_string(pub_.y + dir);
            }
          }
          return Emit(i, end, "DATE", iso);
        }
      }
      // "el día anterior": the day before the last date the text gave.
      if (unit && *unit == "D" && det && dir == 0 && Key("previous", k + 1)) {
        std::string iso;
        if (has_anchor_ && anchor_sentence_ + 1 >= w_.sentence[i]) iso = IsoDate(CivilFromDays(DaysFromCivil(anchor_) - 1));
        return Emit(i, k + 1 + Key("previous", k + 1), "DATE", iso);
      }
      // "al día siguiente", "la semana siguiente": counted from the last date the text gave.
      if (unit && det && dir == 0 && Key("next", k + 1) && lex_.InDateWords("next", L(k + 1))) {
        std::string iso;
        if (has_anchor_ && (*unit == "D" || *unit == "W")) {
          long d = DaysFromCivil(anchor_) + (*unit == "D" ? 1 : 7);
          iso = *unit == "D" ? IsoDate(CivilFromDays(d)) : IsoWeek(d);
        }
        return Emit(i, k + 1 + Key("next", k + 1), "DATE", iso);
      }
    }
    // "los próximos 3 días", "pasados 2 meses", "3 próximas semanas", "dos pasados años", "3 años que vienen".
    {
      size_t k = j;
      int dir = 0, n = 0;
      NumberRead r;
      auto count = [&](size_t at) -> size_t {
        if (ReadNumber(w_, lex_, DigitStyle::kDecimalComma, at, end_, &r) && !r.fraction && r.value >= 1 &&
            WholeCount(r.value, 100000)) {
          n = static_cast<int>(r.value);
          return r.tokens;
        }
        return 0;
      };
      size_t a = Key("past", k), b = a ? 0 : Key("next", k);
      if (a || b) {
        dir = a ? -1 : 1;
        k += a + b;
        k += count(k);
      } else if (size_t c = count(k)) {
        k += c;
        if (size_t x = Key("past", k)) dir = -1, k += x;
        else if (size_t x = Key("next", k)) dir = 1, k += x;
      }
      const std::string* unit = n ? Unit(k) : nullptr;
      if (unit && (r.tokens > 1 || !r.lone_one || dir)) {
        size_t end = k + 1;
        if (dir == 0) {
          if (size_t x = Key("past", end)) dir = -1, end += x;
          else if (size_t x = Key("coming", end)) dir = 1, end += x;
        }
        if (dir != 0 && (*unit == "D" || *unit == "W" || *unit == "M" || *unit == "Y")) {
          return Emit(i, end, "DATE", UnitRange(*unit, n, dir));
        }
      }
    }
    // Vague stretches: "las últimas semanas", "los próximos días".
    if (det && Key("vague", j)) {
      size_t v = Key("vague", j);
      if (Unit(j + v)) return Emit(i, j + v + 1, "DURATION", "");
    }
    if (det || this_word) return 0;

    // "hace dos días"; "en tres semanas", "dentro de un mes".
    int dir = 0;
    size_t op = 0;
    if ((op = Key("ago", i))) dir = -1;
    else if ((op = Key("within", i))) dir = 1;
    else if ((op = Key("in", i)) && Tense(i) >= 0) dir = 1;
    if (dir) {
      NumberRead r;
      if (ReadNumber(w_, lex_, DigitStyle::kDecimalComma, i + op, end_, &r) && r.value > 0 && !r.fraction) {
        const std::string* unit = Unit(i + op + r.tokens);
        if (unit && WholeCount(r.value)) {
          long n = static_cast<long>(r.value);
          size_t end = i + op + r.tokens + 1;
          // "dentro de dos días a partir del lunes": counted from the day named after it.
          bool known = has_pub_;
          Ymd base = pub_;
          if (size_t from = Key("from_base", end); from && dir > 0) {
            Ymd day;
            bool day_known = false;
            if (size_t m = RelativeDay(end + from, &day_known, &day)) end += from + m, known = day_known, base = day;
          }
          std::string iso = known ? Shift(*unit, dir * n, base) : "";
          // "hace dos años y medio": half a unit more (years at month grain, months at day grain).
          const auto* and_word = Find(lex_.numbers, end);
          const auto* half = and_word && and_word->kind == "and" ? Find(lex_.numbers, end + 1) : nullptr;
          if (half && half->kind == "half" && (*unit == "Y" || *unit == "M")) {
            end += 2;
            iso = !known ? "" : *unit == "Y" ? Shift("M", dir * (12 * n + 6), base).substr(0, 7) : Shift("D", dir * (30 * n + 15), base);
          }
          // "hace una década", "hace dos siglos": the year that far away.
          if ((*unit == "DEC" || *unit == "CEN") && n <= 100) {
            long years = n * (*unit == "DEC" ? 10 : 100);
            return Emit(i, end, "DATE", known && base.y + dir * years >= 1 ? std::to_string(base.y + dir * years) : "");
          }
          if (!iso.empty() || *unit == "D" || *unit == "W" || *unit == "M" || *unit == "Y") {
            return Emit(i, end, "DATE", iso);
          }
          return Emit(i, i + op + r.tokens + 1, "TIME", "");  // "hace dos horas": the clock is not known
        }
      }
    }
    return Duration(i);
  }

  // "dos días", "24 horas", "media hora", "cuatro años y medio", "una hora y treinta y dos minutos".
  size_t Duration(size_t i) {
    size_t k = i;
    static const struct {
      const char* code;
      double seconds;
    } kUnits[] = {{"S", 1}, {"MIN", 60}, {"H", 3600}, {"D", 86400}, {"W", 604800}, {"M", 2592000}, {"Y", 31536000},
                  {"DEC", 315360000}, {"CEN", 3153600000.0}, {"Q", 7776000}, {"SEM", 15552000}};
    auto seconds_of = [&](const std::string& c) {
      for (const auto& u : kUnits) {
        if (c == u.code) return u.seconds;
      }
      return 0.0;
    };
    struct Part {
      double n;
      std::string code;
    };
    std::vector<Part> got;
    while (k < end_) {
      NumberRead r;
      if (!ReadNumber(w_, lex_, DigitStyle::kDecimalComma, k, end_, &r) || r.value <= 0 || !r.glued.empty()) break;
      size_t u = k + r.tokens;
      if (r.words && Key("part_of", u) && Unit(u + 1)) ++u;  // "cuarto de hora", "un par de horas"
      const std::string* unit = Unit(u);
      if (!unit) break;
      // An age is no duration: "Juan Pérez, de 45 años," and "(45 años)"; quantities.cc reads it.
      if (*unit == "Y" && k == i && i > 1 && ((Key("part_of", i - 1) && (R(i - 2) == "," || AgeNoun(i - 2))) || R(i - 1) == "(")) {
        return 0;  // also "un hombre de 45 años" (age_nouns in quantity_words.txt)
      }
      // "45 años de edad" is an age: quantities.cc reads it.
      if (auto age = lex_.quantity_phrases.find("age"); age != lex_.quantity_phrases.end()) {
        for (const Phrase& p : age->second) {
          if (u + 1 + p.size() <= end_ && w_.Match(u + 1, p)) return 0;
        }
      }
      double n = r.value;
      size_t e = u + 1;
      // "cuatro años y medio", "una hora y media".
      if (const auto* conj = Find(lex_.numbers, e); conj && conj->kind == "and") {
        if (const auto* half = Find(lex_.numbers, e + 1); half && half->kind == "half") n += half->value, e += 2;
      }
      got.push_back({n, *unit});
      k = e;
      // "una hora y treinta minutos", "dos horas treinta minutos".
      if (const auto* conj = Find(lex_.numbers, k); conj && conj->kind == "and") {
        NumberRead r2;
        if (ReadNumber(w_, lex_, DigitStyle::kDecimalComma, k + 1, end_, &r2) && Unit(k + 1 + r2.tokens)) ++k;
      }
    }
    if (got.empty()) {
      if (Key("quantity_vague", i) && Unit(i + 1)) return Emit(i, i + 2, "DURATION", "");
      return 0;
    }
    // "two days ago": a count back written after the unit (ago_after in date_words.txt).
    if (size_t ago = Key("ago_after", k); ago && got.size() == 1 && WholeCount(got[0].n)) {
      const std::string& c = got[0].code;
      if (c == "D" || c == "W" || c == "M" || c == "Y") {
        return Emit(i, k + ago, "DATE", has_pub_ ? Shift(c, -static_cast<long>(got[0].n), pub_) : "");
      }
    }
    // "dos días después": counted from the day the text named last, in this sentence or the one before.
    if (size_t later = Key("later", k); later && got.size() == 1 && WholeCount(got[0].n)) {
      const std::string& c = got[0].code;
      if (c == "D" || c == "W" || c == "M" || c == "Y") {
        bool near = has_anchor_ && anchor_sentence_ + 1 >= w_.sentence[i];
        return Emit(i, k + later, "DATE", near ? Shift(c, static_cast<long>(got[0].n), anchor_) : "");
      }
    }
    // "dos semanas antes": counted back from that day ("antes del referéndum" names another one).
    if (size_t earlier = Key("earlier", k); earlier && !Key("part_of", k + earlier) && got.size() == 1 &&
                                            WholeCount(got[0].n)) {
      const std::string& c = got[0].code;
      if (c == "D" || c == "W" || c == "M" || c == "Y") {
        bool near = has_anchor_ && anchor_sentence_ + 1 >= w_.sentence[i];
        return Emit(i, k + earlier, "DATE", near ? Shift(c, -static_cast<long>(got[0].n), anchor_) : "");
      }
    }
    std::string iso;
    bool printable = true;  // ISO 8601 has no exponents: no value for absurd counts
    for (const Part& p : got) printable = printable && p.n < 1e12;
    if (!printable) {
    } else if (got.size() == 1) {
      const Part& p = got[0];
      char num[32];
      std::snprintf(num, sizeof num, "%.15g", p.n);
      const std::string& c = p.code;
      if (c == "H" && p.n < 1e9 && !WholeCount(p.n)) {
        std::snprintf(num, sizeof num, "%.15g", p.n * 60);  // "un cuarto de hora": PT15M
        iso = std::string("PT") + num + "M";
      } else if (c == "H" || c == "MIN" || c == "S") iso = std::string("PT") + num + (c == "MIN" ? "M" : c);
      else if (c == "DEC" || c == "CEN") {
        std::snprintf(num, sizeof num, "%.15g", p.n * (c == "DEC" ? 10 : 100));
        iso = std::string("P") + num + "Y";
      } else if (c == "Q" || c == "SEM") {
        std::snprintf(num, sizeof num, "%.15g", p.n * (c == "Q" ? 3 : 6));
        iso = std::string("P") + num + "M";
      }
      else iso = std::string("P") + num + c;
    } else {
      // Several units: in the smallest one ("PT92M"), as ISO 8601 allows.
      double total = 0, smallest = 0;
      std::string small_code;
      for (const Part& p : got) {
        double s = seconds_of(p.code);
        total += p.n * s;
        if (smallest == 0 || s < smallest) smallest = s, small_code = p.code;
      }
      char num[32];
      std::snprintf(num, sizeof num, "%.15g", total / smallest);
      if (small_code == "H" || small_code == "MIN" || small_code == "S") {
        iso = std::string("PT") + num + (small_code == "MIN" ? "M" : small_code);
      } else if (small_code == "D" || small_code == "W" || small_code == "M" || small_code == "Y") {
        iso = std::string("P") + num + small_code;
      }
    }
    return Emit(i, k, "DURATION", iso);
  }

  const Words& w_;
  const LanguageData& lex_;
  Covered& covered_;
  std::vector<Span>& spans_;
  Ymd pub_;
  bool has_pub_ = false;
  long pub_days_ = 0;
  size_t end_ = 0;  // end of the current sentence
  std::vector<const std::pair<const std::string, int>*> night_pairs_;  // two-word night_words ("last night")
  struct KeyPhrases {
    const char* key = nullptr;  // the literal asked for; null: a free slot
    const std::vector<Phrase>* phrases = nullptr;
    const std::unordered_set<std::string>* heads = nullptr;
    static constexpr uint8_t kUnknown = 255;
    mutable std::vector<uint8_t> length_at;  // per token: Key's answer, kUnknown before the first ask
  };
  mutable int digit_style_ = 0;  // DottedClockAlone(): 0 not yet read, 1 decimal comma, 2 decimal point
  static constexpr size_t kKeySlots = 64;  // KeyEntry's hash takes the top 6 bits
  mutable std::array<KeyPhrases, kKeySlots> key_slots_;
  mutable std::unordered_map<const char*, KeyPhrases> key_overflow_;
  // Keys are string literals: each is looked up once, by address, in a
  // small open-addressed table (Key is asked ~50 times a token; a
  // std::unordered_map find per ask was half of Key's cost).
  const KeyPhrases& KeyEntry(const char* key) const {
    uint64_t h = (static_cast<uint64_t>(reinterpret_cast<uintptr_t>(key)) * 0x9E3779B97F4A7C15ull) >> 58;
    for (size_t probe = 0; probe < kKeySlots; ++probe, h = (h + 1) % kKeySlots) {
      KeyPhrases& slot = key_slots_[h];
      if (slot.key == key) return slot;
      if (slot.key == nullptr) {
        slot = NewKeyPhrases(key);
        return slot;
      }
    }
    auto overflow = key_overflow_.find(key);  // more keys than slots
    if (overflow == key_overflow_.end()) overflow = key_overflow_.emplace(key, NewKeyPhrases(key)).first;
    return overflow->second;
  }
  KeyPhrases NewKeyPhrases(const char* key) const {
    KeyPhrases entry;
    entry.key = key;
    auto it = lex_.date_phrases.find(key);
    auto heads = lex_.date_phrase_heads.find(key);
    if (it != lex_.date_phrases.end() && heads != lex_.date_phrase_heads.end()) {
      entry.phrases = &it->second;
      entry.heads = &heads->second;
    }
    return entry;
  }
  mutable bool tense_cached_ = false;  // Tense(): the marks of one sentence
  mutable uint32_t tense_sentence_ = 0;
  mutable std::vector<std::pair<size_t, int>> tense_marks_;
  Ymd anchor_;      // the last day the text named
  bool has_anchor_ = false;
  uint32_t anchor_sentence_ = 0;
};

}  // namespace

void FindDates(const Words& w, const LanguageData& lex, std::string_view pub_date, Covered* covered,
               std::vector<Span>* spans) {
  DateScanner(w, lex, pub_date, covered, spans).Run();
}

}  // namespace resalta
