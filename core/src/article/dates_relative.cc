// Days and units relative to the publication date ("pasado mañana", "el próximo viernes",
// "la semana pasada", "hace dos días", "en tres semanas") and durations ("cuatro años y medio").
#include <cstdio>
#include <cstring>
#include <string>

#include "article/dates_scanner.h"
#include "article/numbers.h"

namespace resalta::date_scan {

namespace {

// Years in one unit of a time_units code: "Y" 1, "DEC" 10, "CEN" 100, and the
// year groups "Y2" (bienio), "Y5" (lustro) written as "Y<years>"; 0 for others.
long YearsPer(const std::string& code) {
  if (code == "Y") return 1;
  if (code == "DEC") return 10;
  if (code == "CEN") return 100;
  if (code.size() >= 2 && code.size() <= 3 && code[0] == 'Y') {
    long n = 0;
    for (size_t k = 1; k < code.size(); ++k) {
      if (code[k] < '0' || code[k] > '9') return 0;
      n = n * 10 + (code[k] - '0');
    }
    return n;
  }
  return 0;
}

// Months in one unit of the calendar's units (months, quarters, semesters and years), else 0:
// "tres años y un mes" is 37 months, not a count of 30-day months.
long MonthsPer(const std::string& code) {
  if (code == "M") return 1;
  if (code == "Q") return 3;
  if (code == "SEM") return 6;
  return 12 * YearsPer(code);
}

// Seconds in one unit of a time_units code, for durations that join units of the clock with
// the calendar's ("dos años y un día"): a year is 365 days, a month 30.
double SecondsPer(const std::string& code) {
  static const struct {
    const char* code;
    double seconds;
  } kUnits[] = {{"S", 1}, {"MIN", 60}, {"H", 3600}, {"D", 86400}, {"W", 604800}};
  for (const auto& u : kUnits) {
    if (code == u.code) return u.seconds;
  }
  if (long years = YearsPer(code)) return years * 31536000.0;
  return MonthsPer(code) * 2592000.0;
}

std::string Num(double n) {
  char num[32];
  std::snprintf(num, sizeof num, "%.15g", n);
  return num;
}

}  // namespace

// The ISO 8601 value of a duration's parts ("una hora y treinta y dos minutos"): one unit as
// written (years for decades, centuries and lustros, months for quarters and semesters, minutes
// for part of an hour); several units in the smallest one ("PT92M"), as Duckling gives them,
// counting months in years exactly ("tres años y un mes": P37M).
std::string DurationIso(const std::vector<DurationPart>& got) {
  if (got.size() == 1) {
    const DurationPart& p = got[0];
    const std::string& c = p.code;
    if (c == "H" && p.n < 1e9 && p.n != static_cast<double>(static_cast<long long>(p.n))) {
      return "PT" + Num(p.n * 60) + "M";  // "un cuarto de hora": PT15M
    }
    if (c == "H" || c == "MIN" || c == "S") return "PT" + Num(p.n) + (c == "MIN" ? "M" : c);
    if (YearsPer(c) > 1) return "P" + Num(p.n * YearsPer(c)) + "Y";
    if (c == "Q" || c == "SEM") return "P" + Num(p.n * MonthsPer(c)) + "M";
    return "P" + Num(p.n) + c;
  }
  bool calendar = true;
  for (const DurationPart& p : got) calendar = calendar && MonthsPer(p.code) > 0;
  if (calendar) {
    double months = 0;
    bool whole_years = true;
    for (const DurationPart& p : got) {
      months += p.n * MonthsPer(p.code);
      whole_years = whole_years && YearsPer(p.code) > 0;
    }
    return whole_years ? "P" + Num(months / 12) + "Y" : "P" + Num(months) + "M";
  }
  double total = 0, smallest = 0;
  std::string small_code;
  for (const DurationPart& p : got) {
    double s = SecondsPer(p.code);
    total += p.n * s;
    if (smallest == 0 || s < smallest) smallest = s, small_code = p.code;
  }
  // "dos semanas y un mes": no whole number of weeks, so days.
  if (small_code == "W" && total / smallest != static_cast<double>(static_cast<long long>(total / smallest))) {
    smallest = SecondsPer("D"), small_code = "D";
  }
  std::string num = Num(total / smallest);
  if (small_code == "H" || small_code == "MIN" || small_code == "S") return "PT" + num + (small_code == "MIN" ? "M" : small_code);
  if (small_code == "D" || small_code == "W" || small_code == "M" || small_code == "Y") return "P" + num + small_code;
  return "";
}

size_t DateScanner::RelativeUnit(size_t q, const char* unit, int* dir, bool* this_given) const {
  if (Key("this", q)) *this_given = true, ++q;
  else if (Key("determiners", q)) ++q;
  if (size_t n = Key("current", q)) {
    *this_given = true, q += n;  // "el 10 del actual mes"
    // "el 5 del corriente": the current month with its noun left out.
    if (std::strcmp(unit, "M") == 0 && !Unit(q) && !NounAt(q) && (q >= end_ || !w_.Capitalized(q))) return q;
  }
  if (size_t n = Key("past", q)) *dir = -1, q += n;
  else if (size_t n = Key("next", q)) *dir = 1, q += n;
  const std::string* u = Unit(q);
  if (u == nullptr || *u != unit || !Key("unit_singular", q)) return 0;  // not "los meses"
  ++q;
  if (*dir == 0) *dir = DirectionAt(&q);
  return q;
}

size_t DateScanner::RelativeDay(size_t i, bool* known, Ymd* day) const {
  *known = false;
  size_t k = i;
  for (const auto& [phrase, offset] : lex_.day_phrases) {
    if (!w_.Opens(k, kDayPhrases)) break;  // no day phrase starts at k
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
  if (dir == 0) dir = DirectionAt(&end);
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

std::string DateScanner::UnitRange(const std::string& u, int n, int dir) const {
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

std::string DateScanner::Shift(const std::string& u, long n, Ymd base) const {
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

size_t DateScanner::ThatDay(size_t i) {
  // Only a date the text gave in this sentence or the one before is "that" day.
  bool anchored = has_anchor_ && anchor_sentence_ + 1 >= w_.sentence[i];
  // "ese día", "ese mismo día", "aquella noche", "esa misma tarde".
  if (size_t n = Key("that", i)) {
    size_t k = i + n;
    const std::string* unit = Unit(k);
    if (unit && *unit == "D" && Key("unit_singular", k)) return Emit(i, k + 1, "DATE", anchored ? IsoDate(anchor_) : "");
    if (const auto* part = Find(lex_.parts_of_day, k)) return Emit(i, k + 1, "DATE", anchored ? PartInterval(anchor_, *part) : "");
    return 0;
  }
  // "a la mañana siguiente", "la noche siguiente": that part of the day after.
  size_t open = Key("part_open", i);
  if (!open) open = Key("determiners", i);
  const auto* part = open ? Find(lex_.parts_of_day, i + open) : nullptr;
  size_t k = i + open + 1;
  if (part && Key("next", k) && lex_.InDateWords("next", L(k)) && Key("previous", k) == 0) {
    std::string iso = anchored ? PartInterval(CivilFromDays(DaysFromCivil(anchor_) + 1), *part) : "";
    return Emit(i, k + Key("next", k), "DATE", iso);
  }
  return 0;
}

size_t DateScanner::SoFar(size_t i) {
  size_t n = Key("so_far", i);
  if (!n) return 0;
  size_t k = i + n;
  const std::string* unit = Unit(k);
  bool year_unit = unit && *unit == "Y" && Key("unit_singular", k), month_unit = unit && *unit == "M" && Key("unit_singular", k);
  int y = 0;
  size_t ny = (year_unit || month_unit) ? 0 : Year(k, &y);
  if (!year_unit && !month_unit && !ny) return 0;
  size_t end = ny ? k + ny : k + 1;
  if (!has_pub_) return Emit(i, end, "DATE", "");
  if (ny && y != pub_.y) return Emit(i, end, "DATE", IsoYear(y));  // a year already over: all of it
  Ymd from{pub_.y, month_unit ? pub_.m : 1, 1};
  return Emit(i, end, "DATE", IsoDate(from) + "/" + IsoDate(pub_));
}

size_t DateScanner::Relative(size_t i) {
  if (size_t n = SoFar(i)) return n;
  bool det = Key("determiners", i) > 0;
  bool this_word = Key("this", i) > 0;
  size_t j = (det || this_word) ? i + 1 : i;
  // "la semana pasada", "el próximo año", "este mes", "próxima semana" (not the plural "las últimas semanas").
  if (!Key("vague", j)) {
    size_t k = j;
    int dir = 0;
    if (size_t n = Key("past", k)) dir = -1, k += n;
    else if (size_t n = Key("next", k)) dir = 1, k += n;
    // "el presente año", "el corriente mes", "el año en curso": the current one, as "este".
    bool current = false;
    bool det_or_del = det || (i > 0 && w_.sentence[i - 1] == w_.sentence[i] && Key("day_article", i - 1) == 1);
    if (size_t n = det_or_del && dir == 0 ? Key("current", k) : 0) current = true, k += n;
    const std::string* unit = Unit(k);
    // "la década pasada", "esta década": the calendar decade ("la última década" is the last ten
    // years, not one decade: not read).
    bool decade = unit && *unit == "DEC" && Key("unit_singular", k) && !Key("last", j);
    if (unit && (*unit == "W" || *unit == "M" || *unit == "Y" || decade)) {
      size_t end = k + 1;
      if (size_t n = det_or_del && dir == 0 && Key("unit_singular", k) ? Key("current_after", end) : 0) current = true, end += n;
      if (current && !Key("unit_singular", k)) return 0;
      if (current) {
        return Emit(i, end, "DATE", !has_pub_ ? "" : *unit == "W" ? IsoWeek(pub_days_) : *unit == "M" ? IsoMonth(pub_.y, pub_.m)
                                                   : decade     ? std::to_string(pub_.y / 10) : IsoYear(pub_.y));
      }
      if (dir == 0) dir = DirectionAt(&end);
      // "el pasado mes de marzo", "el próximo mes de enero (de 2025)": that month, the last or next one.
      if (*unit == "M" && dir != 0 && end == k + 1 && Key("day_month_join", end)) {
        if (int m = Month(end + 1, false)) {
          int y = 0;
          size_t stop = end + 2 + YearAfter(end + 2, &y);
          if (!y && has_pub_) y = dir < 0 ? pub_.y - (m > pub_.m ? 1 : 0) : pub_.y + (m < pub_.m ? 1 : 0);
          return Emit(i, stop, "DATE", y ? IsoMonth(y, m) : "");
        }
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
          } else if (decade) {
            iso = std::to_string(pub_.y / 10 + dir);
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
  // "hace ya dos años", "hace tan solo una semana": fillers before the count.
  if (dir) op += Key("count_fillers", i + op);
  // "hace más de un año", "hace casi dos meses": the count's qualifier goes on the value.
  const std::string* qualifier = nullptr;
  if (dir) {
    for (const auto& [phrase, q] : lex_.qualifiers) {
      if (i + op + phrase.size() <= end_ && w_.Match(i + op, phrase)) {
        qualifier = &q, op += phrase.size();
        break;
      }
    }
  }
  size_t made = spans_.size();
  if (size_t n = dir ? CountedFromPublication(i, op, dir) : 0) {
    if (qualifier && spans_.size() > made && spans_.back().value) spans_.back().value->qualifier = *qualifier;
    return n;
  }
  return Duration(i);
}

size_t DateScanner::CountedFromPublication(size_t i, size_t op, int dir) {
  {
    NumberRead r;
    bool counted = ReadNumber(w_, lex_, DigitStyle::kDecimalComma, i + op, end_, &r) && r.value > 0 && !r.fraction;
    // "hace año y medio", "hace mes y medio": one unit, with no article, before "y medio".
    if (size_t before = counted ? kNoBareHalf : BareUnitWithHalf(i + op); before != kNoBareHalf) {
      r = NumberRead{}, r.value = 1, r.tokens = before, counted = true;
    } else if (double one = 0; !counted && ArticleCount(i + op, &one) == 1 && one == 1) {
      r = NumberRead{}, r.value = 1, r.tokens = 1, counted = true;  // "in a week", "within a month"
    }
    // "hace medio siglo", "hace media década": half of a unit of years, the year that far away.
    if (NumberRead half; !counted && ReadNumber(w_, lex_, DigitStyle::kDecimalComma, i + op, end_, &half) &&
                         half.fraction && half.value == 0.5 && half.tokens == 1) {
      const std::string* unit = Unit(i + op + 1);
      if (long per = unit && Key("unit_singular", i + op + 1) ? YearsPer(*unit) : 0; per >= 10) {
        long years = per / 2;
        return Emit(i, i + op + 2, "DATE", has_pub_ && pub_.y + dir * years >= 1 ? std::to_string(pub_.y + dir * years) : "");
      }
    }
    if (counted) {
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
        double half = 0;
        size_t half_n = HalfAfterAnd(w_, lex_, end, end_, &half);
        if (half_n && (*unit == "Y" || *unit == "M")) {
          end += half_n;
          iso = !known ? "" : *unit == "Y" ? Shift("M", dir * (12 * n + 6), base).substr(0, 7) : Shift("D", dir * (30 * n + 15), base);
        }
        // "hace una década", "hace dos siglos", "hace un lustro": the year that far away.
        if (long per = YearsPer(*unit); per > 1 && n <= 100) {
          long years = n * per;
          return Emit(i, end, "DATE", known && base.y + dir * years >= 1 ? std::to_string(base.y + dir * years) : "");
        }
        if (!iso.empty() || *unit == "D" || *unit == "W" || *unit == "M" || *unit == "Y") {
          return Emit(i, end, "DATE", iso);
        }
        return Emit(i, i + op + r.tokens + 1, "TIME", "");  // "hace dos horas": the clock is not known
      }
    }
  }
  return 0;
}

bool DateScanner::EndsBefore(const char* key, size_t i) const {
  auto it = lex_.date_phrases.find(key);
  if (it == lex_.date_phrases.end()) return false;
  for (const Phrase& p : it->second) {
    if (!p.empty() && i >= w_.sent_first[w_.sentence[i]] + p.size() && w_.Match(i - p.size(), p)) return true;
  }
  return false;
}

bool DateScanner::HalfArticle(size_t at) const {
  auto art = lex_.quantity_phrases.find("half_article");
  if (art == lex_.quantity_phrases.end() || at >= end_) return false;
  for (const Phrase& p : art->second) {
    if (p.size() == 1 && p[0] == w_.lower[at]) return true;
  }
  return false;
}

size_t DateScanner::BareUnitWithHalf(size_t k) const {
  size_t before = HalfArticle(k) ? 1 : 0;
  double half = 0;
  if (!Unit(k + before) || !Key("unit_singular", k + before) || !HalfAfterAnd(w_, lex_, k + before + 1, end_, &half)) {
    return kNoBareHalf;
  }
  // Spanish writes the count's article as a number ("un año y medio"), which ReadNumber reads.
  if (before == 0 && k > 0 && Find(lex_.numbers, k - 1)) return kNoBareHalf;
  return before;
}

size_t DateScanner::DurationRange(size_t i) {
  size_t from = Key("duration_range_from", i), between = from ? 0 : Key("duration_range_between", i);
  size_t k = i + from + between;
  NumberRead lo, hi;
  auto count = [&](size_t at, NumberRead* r) {
    return ReadNumber(w_, lex_, DigitStyle::kDecimalComma, at, end_, r) && r->value > 0 && r->glued.empty() &&
           !r->fraction && !r->collective;
  };
  if (!count(k, &lo)) return 0;
  size_t j = k + lo.tokens;
  size_t join = Key(from ? "duration_range_to" : between ? "duration_range_and" : "duration_range_bare", j);
  if (!join || !count(j + join, &hi) || hi.lone_one || !(hi.value > lo.value)) return 0;
  size_t u = j + join + hi.tokens;
  const std::string* unit = Unit(u);
  bool lasting = i > 0 && Key("lasting", i - 1);  // "dura de 2 a 3 horas" counts hours
  if (!unit || (w_.Digits(k) && Key("hour_mark", u) && Key("clock_range_open", i) && hi.value <= 24 && !lasting)) {
    return 0;  // "de 9 a 14 horas": a schedule's hours, read as a clock
  }
  size_t e = u + 1;
  // An age ("45 años de edad") and a count from another day ("dos o tres días después") are
  // read elsewhere.
  if (Key("later", e) || Key("earlier", e) || Key("ago_after", e) || AgeAfter(e)) return 0;
  double high = hi.value;
  if (double half = 0; size_t h = HalfAfterAnd(w_, lex_, e, end_, &half)) high += half, e += h;  // "de dos a tres años y medio"
  std::string iso = lo.value < 1e12 ? DurationIso({{lo.value, *unit}}) : "";
  size_t n = Emit(i, e, "DURATION", iso);
  SpanValue& v = spans_.back().value ? *spans_.back().value : spans_.back().value.emplace();
  v.number = lo.value;
  v.number_to = high;
  v.unit = w_.raw[u];
  return n;
}

size_t DateScanner::ArticleCount(size_t k, double* n) const {
  if (k + 1 >= end_) return 0;
  size_t a = k;
  const auto* half = Find(lex_.numbers, k);
  if (half && half->kind == "half") ++a;  // "half an hour"
  else half = nullptr;
  if (a + 1 >= end_ || !HalfArticle(a) || !Unit(a + 1) || !Key("unit_singular", a + 1)) return 0;
  // "once a week", "$5 a month", "twice a day", "200 euros a month", "ten
  // cigarettes a day": a rate, not a stretch of time.
  auto count_at = [&](size_t j) { return w_.IsNumber(j) || Find(lex_.numbers, j) != nullptr; };
  if (!half && k > 0 && w_.sentence[k - 1] == w_.sentence[k] &&
      (Key("rate_before", k - 1) || count_at(k - 1) || (k > 1 && w_.sentence[k - 2] == w_.sentence[k] && count_at(k - 2)))) {
    return 0;
  }
  // "a second term", "a quarter century": the unit word is an adjective of
  // the noun after it; "a quarter of the stores" is a fraction.
  size_t next = a + 2;
  if (next < end_ && w_.sentence[next] == w_.sentence[a + 1]) {
    const std::string& l = w_.lower[next];
    bool noun = w_.Alpha(next) && !w_.Capitalized(next) && !lex_.stopwords.count(l) && !Key("later", next) &&
                !Key("ago_after", next) && !Key("earlier", next) && !Key("part_of", next);
    if (noun || (Key("part_of", next) && *Unit(a + 1) == "Q")) return 0;
  }
  *n = half ? half->value : 1;
  return a + 1 - k;
}

size_t DateScanner::Duration(size_t i) {
  size_t k = i;
  std::vector<DurationPart> got;
  while (k < end_) {
    NumberRead r;
    if (size_t before = BareUnitWithHalf(k); before != kNoBareHalf) {
      r.value = 1, r.tokens = before;  // "año y medio": one unit, its half read below
    } else if (double one = 0; size_t n = k == i ? ArticleCount(k, &one) : 0) {
      r.value = one, r.tokens = n;  // "a week", "half an hour"
    } else if (!ReadNumber(w_, lex_, DigitStyle::kDecimalComma, k, end_, &r) || r.value <= 0 || !r.glued.empty()) {
      break;
    }
    size_t u = k + r.tokens;
    if (r.words && Key("part_of", u) && Unit(u + 1)) ++u;  // "cuarto de hora", "un par de horas"
    const std::string* unit = Unit(u);
    if (!unit) break;
    // "el cuarto año": an ordinal before its noun, not a quarter ("un cuarto de hora" has "de").
    if (r.fraction && r.words && r.tokens == 1 && u == k + 1 && lex_.ordinals.count(w_.lower[k])) break;
    // "a la mitad del sexenio": the midpoint of a stretch, not half of it (midpoint_before).
    if (k == i && r.fraction && r.value == 0.5 && r.tokens == 1 && u > k + 1 && EndsBefore("midpoint_before", i)) return 0;
    // An age is no duration: "Juan Pérez, de 45 años," and "(45 años)"; quantities.cc reads it.
    if (*unit == "Y" && k == i && i > 1 && ((Key("part_of", i - 1) && (R(i - 2) == "," || AgeNoun(i - 2))) || R(i - 1) == "(")) {
      return 0;  // also "un hombre de 45 años" (age_nouns in quantity_words.txt)
    }
    if (AgeAfter(u + 1)) return 0;  // "45 años de edad": quantities.cc reads it
    double n = r.value;
    size_t e = u + 1;
    // "cuatro años y medio", "una hora y media", "one year and a half".
    if (double half = 0; size_t h = HalfAfterAnd(w_, lex_, e, end_, &half)) n += half, e += h;
    got.push_back({n, *unit});
    k = e;
    // "una hora y treinta minutos", "dos horas treinta minutos"; "dos años, tres meses y cuatro
    // días", "una hora con quince minutos" (duration_join): a smaller unit next ("dos años y tres
    // años" is a list of two).
    const auto* conj = Find(lex_.numbers, k);
    size_t join = conj && conj->kind == "and" ? 1 : Key("duration_join", k);
    if (join) {
      NumberRead r2;
      const std::string* next = ReadNumber(w_, lex_, DigitStyle::kDecimalComma, k + join, end_, &r2) && r2.value > 0
                                    ? Unit(k + join + r2.tokens)
                                    : nullptr;
      if (next && SecondsPer(*next) < SecondsPer(*unit)) k += join;
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
  // "dos días después": counted from the day the text named last, in this sentence or the one before
  // ("cuarenta años después del voto" counts from another day: only the duration is read).
  if (size_t later = Key("later", k); later && !Key("part_of", k + later) && got.size() == 1 && WholeCount(got[0].n)) {
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
  for (const DurationPart& p : got) printable = printable && p.n < 1e12;
  if (printable) iso = DurationIso(got);
  return Emit(i, k, "DURATION", iso);
}

}  // namespace resalta::date_scan
