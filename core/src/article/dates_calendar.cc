// Calendar dates: years, days, one-token dates ("5-5-2013"), "el 25 de mayo de 2023" and its
// kin, the nth weekday of a month, weekends, the edges of a month or year, and periods (quarters,
// stretches of a month, centuries, decades, seasons).
#include <algorithm>
#include <string>
#include <utility>

#include "article/dates_scanner.h"
#include "article/numbers.h"

namespace resalta::date_scan {

size_t DateScanner::Era(size_t i, int* y) const {
  // "AD 79" (an era word before the year, as English writes it).
  if (size_t n = Key("era_ad", i); n && Digits(i + n) && R(i + n).size() <= 4 && SmallInt(R(i + n)) > 0) {
    *y = SmallInt(R(i + n));
    return n + 1;
  }
  if (!Digits(i) || R(i).size() > 4) return 0;
  int v = SmallInt(R(i));
  if (size_t n = Key("era_ad", i + 1); n && v > 0) return *y = v, n + 1;
  // 1 BC is the astronomical year 0, which a Pt cannot hold (0 is "no year"): not read.
  if (size_t n = Key("era_bc", i + 1); n && v > 1) return *y = 1 - v, n + 1;
  return 0;
}

bool DateScanner::EraAfter(size_t k) const { return Key("era_ad", k) || Key("era_bc", k); }

size_t DateScanner::Year(size_t i, int* y) const {
  if (size_t n = Era(i, y)) return n;
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

size_t DateScanner::YearAfter(size_t i, int* y) const {
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
      if (dir == 0) dir = DirectionAt(&j);
      *y = pub_.y + dir;
      return j - i;
    }
  }
  // "del año pasado": "del" is part_of, then "año".
  if (has_pub_ && Key("of_year", i)) {
    size_t j = i + Key("of_year", i);
    int dir = DirectionAt(&j);
    *y = pub_.y + dir;
    return j - i;
  }
  return 0;
}

size_t DateScanner::Day(size_t i, int* d) const {
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

bool DateScanner::DateToken(size_t i, Pt* p) const {
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
    int m = num(parts[0]), y = num(parts[1]);  // "07-2014", not "12-game" (no digits: SmallInt is -1)
    if (m < 1 || m > 12 || y < 1000) return false;
    p->m = m, p->y = y;
    return true;
  }
  return false;
}

size_t DateScanner::Calendar(size_t i, Pt* p, int allow_bare_day) const {
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
  // "2023/03/15" (split by the tokenizer): year, month, day.
  if (Digits(k) && R(k).size() == 4 && R(k + 1) == "/" && Digits(k + 2) && R(k + 3) == "/" && Digits(k + 4) &&
      w_.Glued(k) && w_.Glued(k + 1) && w_.Glued(k + 2) && w_.Glued(k + 3) && R(k + 2).size() <= 2 && R(k + 4).size() <= 2) {
    int y = SmallInt(R(k)), m = SmallInt(R(k + 2)), d = SmallInt(R(k + 4));
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return 0;
    p->y = y, p->m = m, p->d = d;
    return 5;
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
      // Without a year only where no noun follows: "3/4 taza" is a fraction ("el 9/11 cambió", a verb
      // after it, a date), as is "14 1/2" after a whole number.
      bool noun_after = k + 3 < end_ && w_.Alpha(k + 3) && !lex_.stopwords.count(L(k + 3)) &&
                        !Key("clock_open", k + 3) && (w_.Capitalized(k + 3) || NounAt(k + 3));
      if (k > 0 && w_.sentence[k - 1] == w_.sentence[k] && w_.Digits(k - 1)) noun_after = true;
      // Right after a lowercase word that is no article, preposition or date word ("el día 12/3",
      // "el pasado 15/3", "hoy 3/5") it is a ratio: "atiende 24/7".
      if (k > 0 && w_.sentence[k - 1] == w_.sentence[k] && w_.Alpha(k - 1) && (!w_.Capitalized(k - 1) || w_.SentenceStart(k - 1)) &&
          !lex_.stopwords.count(L(k - 1)) && !Find(lex_.weekdays, k - 1) && !w_.Opens(k - 1, kDateWords)) {
        noun_after = true;
      }
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
    bool joined = Key("day_month_join", j) > 0;
    if (joined) ++j;
    // A month's abbreviation after a day in words needs "de": "un mar tranquilo" is a sea.
    bool abbr_ok = joined || Digits(k);
    // "la avenida 9 de Julio", "calle 18 de Julio": a street named for a date; "el Dos de Mayo", a
    // day in words capitalized as a name with its month.
    if (k > 0 && w_.sentence[k - 1] == w_.sentence[k] && Key("place_nouns", k - 1) && NameCase(j) && Month(j, true)) return 0;
    if (!Digits(k) && w_.Capitalized(k) && !w_.SentenceStart(k) && NameCase(j) && Month(j, true)) return 0;
    if (int m = Month(j, abbr_ok)) {
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
    // A bare day: "el 16", "día nueve" (callers say when); "el 20 a. C." is a year (EraAfter).
    if ((allow_bare_day == 2 || (allow_bare_day >= 1 && Digits(k))) && !EraAfter(k + nd)) {
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

bool DateScanner::MonthPrep(size_t k) const {
  auto it = lex_.date_phrases.find("month_open");
  if (it == lex_.date_phrases.end()) return false;
  for (const Phrase& p : it->second) {
    if (p.size() == 1 && w_.lower[k] == p[0]) return true;
  }
  return false;
}

bool DateScanner::MonthPrep2(size_t k) const {
  auto it = lex_.date_phrases.find("month_open");
  if (it == lex_.date_phrases.end()) return false;
  for (const Phrase& p : it->second) {
    if (p.size() == 2 && w_.lower[k] == p[0] && w_.lower[k + 1] == p[1]) return true;
  }
  return false;
}

size_t DateScanner::Weekend(size_t i) {
  // "el primer fin de semana de agosto", "el último fin de semana de julio": that month's Saturday
  // and the Sunday after it.
  if (Key("determiners", i)) {
    size_t k = i + 1;
    auto ord = lex_.ordinals.find(L(k));
    bool last = ord == lex_.ordinals.end() && Key("last", k) == 1;
    size_t wn = ord != lex_.ordinals.end() || last ? Key("weekend", k + 1) : 0;
    int m = wn && Key("part_of", k + 1 + wn) ? Month(k + 2 + wn, true) : 0;
    if (m) {
      Pt p;
      size_t end = 0;
      std::string iso;
      if (MonthWithYear(i, k + 2 + wn, m, &p, &end)) {
        long saturday = NthWeekdayOfMonth(p.y, m, 6, last ? 0 : ord->second);
        if (saturday < 0) return 0;
        iso = IsoDate(CivilFromDays(saturday)) + "/" + IsoDate(CivilFromDays(saturday + 1));
      }
      return Emit(i, end, "DATE", iso);
    }
  }
  size_t k = i;
  bool this_word = Key("this", k) > 0;
  if (this_word || Key("determiners", k)) ++k;
  int dir = 0;
  if (size_t n = Key("past", k)) dir = -1, k += n;
  else if (size_t n = Key("next", k)) dir = 1, k += n;
  size_t n = Key("weekend", k);
  if (!n || k == i) return 0;
  size_t end = k + n;
  if (dir == 0) dir = DirectionAt(&end);
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

size_t DateScanner::EdgeOfUnit(size_t i, size_t j) {
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
  if (dir == 0) dir = DirectionAt(&end);
  std::string iso;
  if (has_pub_ && *u == "Y") iso = std::to_string(pub_.y + dir);
  if (has_pub_ && *u == "W") iso = IsoWeek(pub_days_ + 7 * dir);
  if (has_pub_ && *u == "M") {
    long m = pub_.y * 12L + (pub_.m - 1) + dir;
    iso = IsoMonth(static_cast<int>(m / 12), static_cast<int>(m % 12) + 1);
  }
  return Emit(i, end, "DATE", iso);
}

bool DateScanner::MonthWithYear(size_t i, size_t k, int m, Pt* p, size_t* end) const {
  p->m = m;
  *end = k + 1 + YearAfter(k + 1, &p->y);
  return Complete(p, Tense(i));
}

size_t DateScanner::NthWeekday(size_t i) {
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
  size_t end = 0;
  std::string iso;
  if (MonthWithYear(i, k + 3, m, &p, &end)) {
    long day = NthWeekdayOfMonth(p.y, m, *wd, last ? 0 : ord->second);
    if (day < 0) return 0;  // "el quinto lunes" of a month with four
    Ymd t = CivilFromDays(day);
    iso = IsoDate(t);
    SetAnchor(t, i);
  }
  return Emit(i, end, "DATE", iso);
}

std::string DateScanner::RomanToken(size_t k) const {
  const std::string& t = R(k);
  // "el siglo V." at a sentence's end: the tokenizer keeps the period on a capital as on an initial.
  if (t.size() > 1 && t.back() == '.' && k + 1 == end_) return t.substr(0, t.size() - 1);
  return t;
}

size_t DateScanner::Periods(size_t i) {
  size_t k = i;
  bool det = Key("determiners", k) > 0;
  if (det) ++k;
  // "la semana del 15 de enero": the ISO week that holds the day.
  if (const std::string* u = det ? Unit(k) : nullptr; u && *u == "W" && Key("unit_singular", k) && Key("day_article", k + 1)) {
    Pt p;
    size_t n = Calendar(k + 2, &p, 0);
    if (n && p.d > 0 && p.m && !p.Clock() && Complete(&p, Tense(i))) {
      return Emit(i, k + 2 + n, "DATE", IsoWeek(DaysFromCivil({p.y, p.m, p.d})));
    }
  }
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
  // "la primera mitad del siglo XX", "la segunda mitad de 2022", "la primera mitad del año": the
  // half of a century (in years) or of a year (in months).
  if (det && (ord != lex_.ordinals.end() || Key("last", k) == 1) && Key("half", k + 1) && Key("part_of", k + 2)) {
    int half = ord != lex_.ordinals.end() ? ord->second : 2;
    if (half != 1 && half != 2) return 0;
    size_t q = k + 2 + Key("part_of", k + 2);
    q += Key("determiners", q) ? 1 : 0;
    if (const std::string* u = Unit(q); u && *u == "CEN") {
      int c = Roman(RomanToken(q + 1));
      if (!c && Digits(q + 1)) c = SmallInt(R(q + 1));
      if (c < 1 || c > 30) return 0;
      int from = (c - 1) * 100 + (half == 1 ? 0 : 50);
      return Emit(i, q + 2, "DATE", IsoYear(from) + "/" + IsoYear(from + 49));
    }
    int y = 0;
    if (size_t n = YearAfter(k + 2, &y)) {
      return Emit(i, k + 2 + n, "DATE", IsoMonth(y, half == 1 ? 1 : 7) + "/" + IsoMonth(y, half == 1 ? 6 : 12));
    }
  }
  // "la primera semana de julio", "la segunda quincena de marzo de 2015", "la última semana de
  // agosto": the days of that stretch of the month, inclusive; "el último día de febrero" one day.
  if (det && (ord != lex_.ordinals.end() || Key("last", k) == 1)) {
    const std::string* u = Unit(k + 1);
    bool week = u && *u == "W", fortnight = Key("fortnight", k + 1) == 1;
    bool day = u && *u == "D" && Key("unit_singular", k + 1);  // "el último día de febrero": one day
    int m = (week || fortnight || day) && Key("part_of", k + 2) ? Month(k + 3, true) : 0;
    if (m) {
      int nth = ord != lex_.ordinals.end() ? ord->second : 0;  // 0: the last
      Pt p;
      size_t end = 0;
      std::string iso;
      if (MonthWithYear(i, k + 3, m, &p, &end)) {
        int dim = DaysInMonth(p.y, m), from = 0, to = 0;
        if (week && nth >= 1 && nth <= 5) from = 7 * (nth - 1) + 1, to = std::min(from + 6, dim);
        if (week && nth == 0) from = dim - 6, to = dim;
        if (fortnight && nth == 1) from = 1, to = 15;
        if (fortnight && (nth == 2 || nth == 0)) from = 16, to = dim;
        if (day) from = to = nth == 0 ? dim : nth;
        if (from < 1 || from > dim) return 0;
        iso = day ? IsoDate({p.y, m, from}) : IsoDate({p.y, m, from}) + "/" + IsoDate({p.y, m, to});
      }
      return Emit(i, end, "DATE", iso);
    }
  }
  // "el siglo XVIII", "el siglo 21": ISO 8601's century ("17" holds 1700-1799).
  if (const std::string* u = Unit(k); u && *u == "CEN") {
    int c = Roman(RomanToken(k + 1));
    if (!c && Digits(k + 1)) c = SmallInt(R(k + 1));
    if (c >= 1 && c <= 30) return Emit(i, k + 2, "DATE", Two(c - 1));
    // "el siglo pasado", "el próximo siglo", "este siglo": counted from the publication's century.
    int dir = 0;
    size_t end = k + 1;
    if (size_t n = Key("past", end)) dir = -1, end += n;
    else if (size_t n = Key("next", end)) dir = 1, end += n;
    // "a finales del siglo pasado", "las guerras del siglo pasado": the article is the "del" before i.
    bool det_before = i > 0 && w_.sentence[i - 1] == w_.sentence[i] && Key("day_article", i - 1) == 1;
    if (((det || det_before) && dir) || Key("this", i)) return Emit(i, end, "DATE", has_pub_ ? Two(pub_.y / 100 + dir) : "");
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
      // "Los 40 Principales": a capitalized word after "los 40" makes it a name.
      if (plain_los && j + m < end_ && w_.Capitalized(j + m) && !w_.SentenceStart(j + m)) noun_after = true;
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
      if (dir == 0) dir = DirectionAt(&end);
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

}  // namespace resalta::date_scan
