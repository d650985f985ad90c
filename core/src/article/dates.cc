// Dates, times and durations, normalized to ISO 8601 against the
// publication date, the way HeidelTime reads news: relative expressions
// count from the publication date, a bare weekday is the last one (or the
// next one when the sentence speaks in the future).
#include <cstdio>
#include <cstdlib>

#include "article/article_passes.h"

namespace resalta {
namespace {

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

class DateScanner {
 public:
  DateScanner(const Words& w, const LanguageData& lex, std::string_view pub, Covered* covered, std::vector<Span>* spans)
      : w_(w), lex_(lex), covered_(*covered), spans_(*spans) {
    if (pub.size() == 10) {
      pub_ = {std::atoi(std::string(pub.substr(0, 4)).c_str()), std::atoi(std::string(pub.substr(5, 2)).c_str()),
              std::atoi(std::string(pub.substr(8, 2)).c_str())};
      has_pub_ = true;
      pub_days_ = DaysFromCivil(pub_);
    }
  }

  void Run() {
    for (size_t i = 0; i < w_.size();) {
      size_t n = covered_[i] ? 0 : At(i);
      i += n ? n : 1;
    }
  }

 private:
  const std::string& L(size_t i) const {
    static const std::string kEmpty;
    return i < w_.size() ? w_.lower[i] : kEmpty;
  }
  bool Same(size_t a, size_t b) const { return b < w_.size() && w_.sentence[a] == w_.sentence[b]; }

  size_t Emit(size_t first, size_t last, const char* type, std::string iso) {
    for (size_t k = first; k < last; ++k) covered_[k] = 1;
    Span s;
    s.start = w_.start(first);
    s.end = w_.end(last - 1);
    s.type = type;
    s.text = w_.Slice(s.start, s.end);
    if (!iso.empty()) {
      s.value = SpanValue{};
      s.value->iso = std::move(iso);
    }
    spans_.push_back(std::move(s));
    return last - first;
  }

  // A count before a time unit: digits or a number word ("dos", "un").
  bool Count(size_t i, double* v) const {
    if (i >= w_.size()) return false;
    if (w_.Digits(i)) {
      *v = std::atof(w_.raw[i].c_str());
      return true;
    }
    auto it = lex_.numbers.find(L(i));
    if (it == lex_.numbers.end() || it->second.scale || it->second.collective) return false;
    *v = it->second.value;
    return true;
  }

  // True when the sentence of token i speaks of the future: a future-tense
  // verb ("viajará", "se reunirán") or "va a"/"van a".
  bool Future(size_t i) const {
    size_t s = w_.sentence[i];
    for (size_t k = w_.sent_first[s]; k < w_.sent_end[s]; ++k) {
      const std::string& t = w_.lower[k];
      auto ends = [&](const char* suf) {
        size_t n = std::char_traits<char>::length(suf);
        return t.size() > n + 3 && t.compare(t.size() - n, n, suf) == 0;
      };
      if (ends("rá") || ends("rán") || ends("remos")) return true;
      if ((t == "va" || t == "van") && L(k + 1) == "a") return true;
    }
    return false;
  }

  // The year that puts month/day closest to the publication date.
  int NearestYear(int m, int d) const {
    if (!has_pub_) return 0;
    int best = pub_.y;
    long best_gap = -1;
    for (int y = pub_.y - 1; y <= pub_.y + 1; ++y) {
      if (d > DaysInMonth(y, m)) continue;
      long gap = std::labs(DaysFromCivil({y, m, d}) - pub_days_);
      if (best_gap < 0 || gap < best_gap) {
        best_gap = gap;
        best = y;
      }
    }
    return best;
  }

  // "de 2023" / "del 2023" after a month: returns tokens used and the year.
  size_t YearAfter(size_t i, int* year) const {
    if ((L(i) == "de" || L(i) == "del") && Same(i, i + 1) && w_.Digits(i + 1) && w_.raw[i + 1].size() == 4) {
      *year = SmallInt(w_.raw[i + 1]);
      return 2;
    }
    return 0;
  }

  // DAY de MONTH [de YEAR] at i; returns tokens used.
  size_t DayMonth(size_t i, Ymd* out) const {
    int d = SmallInt(w_.raw[i]);
    if (d < 1 || d > 31) return 0;
    size_t k = i + 1;
    if (L(k) == "de") ++k;
    int m = 0;
    if (auto it = lex_.months.find(L(k)); it != lex_.months.end() && Same(i, k)) m = it->second;
    if (auto it = lex_.month_abbrs.find(L(k)); m == 0 && it != lex_.month_abbrs.end() && Same(i, k)) m = it->second;
    if (m == 0) return 0;
    ++k;
    int y = 0;
    k += YearAfter(k, &y);
    if (y == 0) y = NearestYear(m, d);
    out->y = y;
    out->m = m;
    out->d = d;
    return k - i;
  }

  std::string Valid(Ymd t) const {
    if (t.y < 1000 || t.m < 1 || t.m > 12 || t.d < 1 || t.d > DaysInMonth(t.y, t.m)) return "";
    return IsoDate(t);
  }

  size_t At(size_t i) {
    const std::string& t = w_.lower[i];
    // A determiner or "este" may open a relative date; it belongs to the span.
    size_t j = i;
    bool det = t == "el" || t == "la" || t == "los" || t == "las";
    bool this_word = lex_.InDateWords("this", t);
    if (det || this_word) j = i + 1;
    if (j >= w_.size() || !Same(i, j)) return 0;
    const std::string& u = L(j);

    // Weekdays: "el martes", "el último viernes", "el próximo martes",
    // "el miércoles 31 de octubre", "este martes".
    {
      size_t k = j;
      int dir = 0;  // -1 past, +1 next
      if (lex_.InDateWords("past", L(k))) dir = -1, ++k;
      else if (lex_.InDateWords("next", L(k))) dir = 1, ++k;
      auto wd = lex_.weekdays.find(L(k));
      if (wd != lex_.weekdays.end() && Same(i, k) && !w_.Capitalized(k) && (det || this_word || dir != 0)) {
        size_t end = k + 1;
        if (dir == 0 && lex_.InDateWords("past", L(end))) dir = -1, ++end;
        else if (dir == 0 && lex_.InDateWords("next", L(end))) dir = 1, ++end;
        Ymd date;
        if (dir == 0 && end < w_.size() && Same(i, end) && w_.Digits(end)) {
          if (size_t n = DayMonth(end, &date)) return Emit(i, end + n, "DATE", Valid(date));
          // "el miércoles 31": the day in the publication month.
          int d = SmallInt(w_.raw[end]);
          if (has_pub_ && d >= 1 && d <= 31) return Emit(i, end + 1, "DATE", Valid({pub_.y, pub_.m, d}));
        }
        std::string iso;
        if (has_pub_) {
          int target = wd->second, today = IsoWeekday(pub_days_);
          long day;
          if (this_word) {
            day = pub_days_ - today + target;  // the same ISO week
          } else if (dir > 0 || (dir == 0 && Future(k))) {
            int ahead = (target - today + 7) % 7;
            day = pub_days_ + (ahead == 0 ? 7 : ahead);
          } else {
            int back = (today - target + 7) % 7;
            day = pub_days_ - (back == 0 && dir < 0 ? 7 : back);
          }
          iso = IsoDate(CivilFromDays(day));
        }
        return Emit(i, end, "DATE", iso);
      }
    }
    // "la semana pasada", "el mes próximo", "el próximo año", "este mes", "el año que viene".
    {
      size_t k = j;
      int dir = 0;
      if (lex_.InDateWords("past", L(k))) dir = -1, ++k;
      else if (lex_.InDateWords("next", L(k))) dir = 1, ++k;
      auto unit = lex_.time_units.find(L(k));
      if ((det || this_word) && unit != lex_.time_units.end() && Same(i, k) &&
          (unit->second == "W" || unit->second == "M" || unit->second == "Y")) {
        size_t end = k + 1;
        if (dir == 0 && lex_.InDateWords("past", L(end))) dir = -1, ++end;
        else if (dir == 0 && lex_.InDateWords("next", L(end))) dir = 1, ++end;
        else if (dir == 0 && L(end) == "que" && L(end + 1) == "viene") dir = 1, end += 2;
        if (dir != 0 || this_word) {
          std::string iso;
          if (has_pub_) {
            if (unit->second == "W") {
              iso = IsoWeek(pub_days_ + 7 * dir);
            } else if (unit->second == "M") {
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
    }
    // Vague stretches: "las últimas semanas", "los próximos días".
    if (det && lex_.InDateWords("vague", u)) {
      auto unit = lex_.time_units.find(L(j + 1));
      if (unit != lex_.time_units.end() && Same(i, j + 1)) return Emit(i, j + 2, "DURATION", "");
    }
    if (det) return 0;  // the rest do not take a determiner into the span
    if (this_word) return 0;

    // Day words: "hoy", "ayer", "mañana" (not "la mañana").
    if (auto it = lex_.day_words.find(t); it != lex_.day_words.end()) {
      if (it->second == 1 && i > 0) {
        const std::string& p = w_.lower[i - 1];
        if (p == "la" || p == "esta" || p == "una" || p == "por" || p == "de" || p == "cada" || p == "toda" ||
            p == "media" || p == "esa" || p == "misma") {
          return 0;
        }
      }
      std::string iso = has_pub_ ? IsoDate(CivilFromDays(pub_days_ + it->second)) : "";
      return Emit(i, i + 1, "DATE", iso);
    }
    // "hace dos días", "hace un año".
    if (lex_.InDateWords("ago", t)) {
      double n = 0;
      if (Count(i + 1, &n) && Same(i, i + 2)) {
        auto unit = lex_.time_units.find(L(i + 2));
        if (unit != lex_.time_units.end()) {
          std::string iso;
          long k = static_cast<long>(n);
          if (has_pub_) {
            if (unit->second == "D") iso = IsoDate(CivilFromDays(pub_days_ - k));
            if (unit->second == "W") iso = IsoDate(CivilFromDays(pub_days_ - 7 * k));
            if (unit->second == "M") {
              long months = pub_.y * 12L + (pub_.m - 1) - k;
              iso = IsoMonth(static_cast<int>(months / 12), static_cast<int>(months % 12) + 1);
            }
            if (unit->second == "Y") iso = std::to_string(pub_.y - k);
          }
          return Emit(i, i + 3, "DATE", iso);
        }
      }
    }
    // 3/10/2023 (day first).
    if (w_.Digits(i) && i + 4 < w_.size() && w_.raw[i + 1] == "/" && w_.raw[i + 3] == "/" && w_.Digits(i + 2) &&
        w_.Digits(i + 4) && w_.Glued(i) && w_.Glued(i + 1) && w_.Glued(i + 2) && w_.Glued(i + 3)) {
      int d = SmallInt(w_.raw[i]), m = SmallInt(w_.raw[i + 2]), y = SmallInt(w_.raw[i + 4]);
      if (y >= 0 && y < 100) y += 2000;
      std::string iso = Valid({y, m, d});
      if (!iso.empty()) return Emit(i, i + 5, "DATE", iso);
    }
    // Times: "15:30", "las 15 horas", "las 10 de la mañana".
    if (w_.Digits(i) && i + 2 < w_.size() && w_.raw[i + 1] == ":" && w_.Digits(i + 2) && w_.Glued(i) &&
        w_.Glued(i + 1)) {
      int h = SmallInt(w_.raw[i]), m = SmallInt(w_.raw[i + 2]);
      if (h >= 0 && h < 24 && m >= 0 && m < 60 && w_.raw[i + 2].size() == 2) {
        size_t end = i + 3;
        if (L(end) == "hs" || L(end) == "h" || L(end) == "horas" || L(end) == "hs.") ++end;
        char buf[16];
        std::snprintf(buf, sizeof buf, "T%02d:%02d", h, m);
        return Emit(i, end, "TIME", buf);
      }
    }
    if (t == "las" || t == "la") return 0;
    if (i > 0 && (w_.lower[i - 1] == "las" || w_.lower[i - 1] == "la") && w_.Digits(i)) {
      int h = SmallInt(w_.raw[i]);
      size_t end = i + 1;
      bool unit = L(end) == "hs" || L(end) == "h" || L(end) == "horas" || L(end) == "hs.";
      if (unit) ++end;
      if (L(end) == "de" && L(end + 1) == "la") {
        const std::string& part = L(end + 2);
        if (part == "mañana" || part == "madrugada") unit = true, end += 3;
        if (part == "tarde" || part == "noche") {
          unit = true, end += 3;
          if (h < 12) h += 12;
        }
      }
      if (unit && h >= 0 && h < 24) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "T%02d:00", h);
        return Emit(i - 1, end, "TIME", buf);
      }
    }
    // 25 de mayo de 2023.
    if (w_.Digits(i)) {
      Ymd date;
      if (size_t n = DayMonth(i, &date)) return Emit(i, i + n, "DATE", Valid(date));
    }
    // septiembre de 2022; "en octubre".
    if (auto it = lex_.months.find(t); it != lex_.months.end() && (!w_.Capitalized(i) || w_.SentenceStart(i))) {
      int y = 0;
      size_t n = YearAfter(i + 1, &y);
      if (n) return Emit(i, i + 1 + n, "DATE", IsoMonth(y, it->second));
      const std::string& p = i > 0 ? w_.lower[i - 1] : t;
      if (p == "en" || p == "de" || p == "desde" || p == "hasta" || p == "durante" || p == "para" || p == "entre") {
        return Emit(i, i + 1, "DATE", has_pub_ ? IsoMonth(pub_.y, it->second) : "");
      }
      return 0;
    }
    // A year: "2022" (not "2022 contenedores").
    if (w_.Digits(i) && w_.raw[i].size() == 4) {
      int y = SmallInt(w_.raw[i]);
      bool next_is_noun = i + 1 < w_.size() && Same(i, i + 1) && w_.Alpha(i + 1) && !w_.Capitalized(i + 1) &&
                          !lex_.stopwords.count(L(i + 1));
      bool after_sign = i > 0 && !w_.Alpha(i - 1) && w_.raw[i - 1] != "," && w_.raw[i - 1] != "(" && Same(i - 1, i) &&
                        w_.Glued(i - 1);
      if (y >= 1900 && y <= 2100 && !next_is_noun && !after_sign && !(i > 0 && lex_.currencies.count(w_.lower[i - 1]))) {
        return Emit(i, i + 1, "DATE", std::to_string(y));
      }
    }
    // Durations: "dos días", "24 horas", "un mes"; vague "varios años".
    {
      double n = 0;
      if (Count(i, &n) && Same(i, i + 1)) {
        auto unit = lex_.time_units.find(L(i + 1));
        if (unit != lex_.time_units.end()) {
          const std::string& c = unit->second;
          char num[32];
          std::snprintf(num, sizeof num, "%g", n);
          std::string iso;
          if (c == "H" || c == "MIN" || c == "S") iso = std::string("PT") + num + (c == "MIN" ? "M" : c);
          else if (c == "DEC") iso = "P" + std::to_string(static_cast<long>(n * 10)) + "Y";
          else if (c == "CEN") iso = "P" + std::to_string(static_cast<long>(n * 100)) + "Y";
          else iso = std::string("P") + num + c;
          return Emit(i, i + 2, "DURATION", iso);
        }
      }
      if (lex_.InDateWords("quantity_vague", t) && Same(i, i + 1)) {
        auto unit = lex_.time_units.find(L(i + 1));
        if (unit != lex_.time_units.end()) return Emit(i, i + 2, "DURATION", "");
      }
    }
    return 0;
  }

  const Words& w_;
  const LanguageData& lex_;
  Covered& covered_;
  std::vector<Span>& spans_;
  Ymd pub_;
  bool has_pub_ = false;
  long pub_days_ = 0;
};

}  // namespace

void FindDates(const Words& w, const LanguageData& lex, std::string_view pub_date, Covered* covered,
               std::vector<Span>* spans) {
  DateScanner(w, lex, pub_date, covered, spans).Run();
}

}  // namespace resalta
