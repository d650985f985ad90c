// Ranges as one span with an ISO 8601 interval: "5-10 de mayo", "del 2 al 6 de junio",
// "entre 2010 y 2015", "de 6:30pm a 11:00pm", "del lunes al viernes".
#include <array>
#include <string>

#include "article/dates_scanner.h"

namespace resalta::date_scan {

size_t DateScanner::DashRange(size_t i) {
  size_t k = i + (Key("determiners", i) ? 1 : 0);
  if (k >= end_) return 0;
  const std::string& t = R(k);
  if (size_t n = MonthDashRange(i, k)) return n;
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

size_t DateScanner::MonthDashRange(size_t i, size_t k) {
  const std::string& t = L(k);
  size_t dash = t.find('-');
  if (dash == std::string::npos || dash == 0 || t.find('-', dash + 1) != std::string::npos) return 0;
  auto from = lex_.months.find(t.substr(0, dash)), to = lex_.months.find(t.substr(dash + 1));
  // "mid-March": an edge word glued to a month bounds it, as "mid March" does.
  if (from == lex_.months.end() && to != lex_.months.end() && lex_.InDateWords("edge", t.substr(0, dash))) {
    Pt p;
    p.m = to->second;
    size_t end = k + 1 + YearAfter(k + 1, &p.y);
    return Emit(i, end, "DATE", Complete(&p, Tense(k)) ? IsoMonth(p.y, p.m) : "");
  }
  if (from == lex_.months.end() || to == lex_.months.end() || from->second == to->second) return 0;
  bool wraps = to->second < from->second;  // "noviembre-enero" ends in the next year
  Pt a, b;
  a.m = from->second, b.m = to->second;
  size_t end = k + 1 + YearAfter(k + 1, &b.y);
  if (!Complete(&b, Tense(k))) return Emit(i, end, "DATE", "");
  a.y = b.y - (wraps ? 1 : 0);
  return Emit(i, end, "DATE", IsoMonth(a.y, a.m) + "/" + IsoMonth(b.y, b.m));
}

size_t DateScanner::Range(size_t i) {
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

size_t DateScanner::WeekdayRange(size_t i, size_t k, size_t open) {
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

size_t DateScanner::DateList(size_t i) {
  // The scanner asks at every token: only where a day, weekday or month opens the list and a joiner
  // comes soon.
  size_t first = i + Key("list_open", i);
  if (!Digits(first) && !(first < end_ && w_.Alpha(first))) return 0;
  bool join_near = false;
  for (size_t t = i + 1; t < end_ && t < i + 8 && !join_near; ++t) join_near = Key("list_join", t) > 0;
  if (!join_near) return 0;
  if (!Digits(first) && !Find(lex_.weekdays, first) && !Month(first, true) && !Find(lex_.numbers, first)) return 0;
  struct Member {
    size_t first = 0, last = 0;
    Pt p;
  };
  std::array<Member, kMaxListMembers> heads;
  size_t count = 0;
  size_t j = i;
  Pt tail;
  size_t tail_at = 0, tail_end = 0, bare_tail_end = 0;  // bare_tail_end: where a last member with no month ends
  while (count < heads.size()) {
    size_t open = Key("list_open", j);
    size_t k = j + open;
    Pt q;
    size_t n = Calendar(k, &q, 3);
    if (!n || q.Clock() || q.d < 0 || (!q.d && !q.m)) return 0;
    // The first member, a bare day, needs its article: "el 3 y 4 de junio", not "3 y 4 de junio".
    if (count == 0 && !q.m && !open) return 0;
    size_t join = Key("list_join", k + n);
    if (q.m && (q.y || !join)) {
      tail = q, tail_at = j, tail_end = k + n;
      break;
    }
    // "los días 5 y 6": days with no month, the last a bare day with nothing counted or joined after it.
    if (!join && !q.m && q.d > 0 && count > 0 && !NounAt(k + n) && !Unit(k + n) && R(k + n) != "%" &&
        !Key("range_join", k + n) && !Key("part_of", k + n)) {
      tail = q, tail_at = j, bare_tail_end = k + n;
      break;
    }
    if (!join || q.y) return 0;
    heads[count].first = j, heads[count].last = k + n, heads[count].p = q;
    ++count;
    j = k + n + join;
  }
  if (count == 0 || tail_at == 0) return 0;
  // The last member's year, as the scanner will read it ("el 15 de agosto pasado" counts back).
  int forced = !bare_tail_end && Key("past", tail_end) ? -1 : 0;
  Pt last = tail;
  bool known = Complete(&last, forced ? forced : Tense(tail_at + Key("list_open", tail_at)));
  // From the end back: a bare day takes the month of the next member that names one; every
  // member the last one's year.
  int month = bare_tail_end ? last.m : tail.m;
  for (size_t h = count; h-- > 0;) {
    Pt& p = heads[h].p;
    if (p.m) month = p.m;
    else if (!tail.d) return 0;  // "el 3 y marzo": no list of days
    else p.m = month;
  }
  for (size_t h = 0; h < count; ++h) {
    Pt p = heads[h].p;
    p.y = known ? last.y : 0;
    bool agrees = p.y && (!p.d || p.d <= DaysInMonth(p.y, p.m)) &&
                  (!p.wd || (p.d && IsoWeekday(DaysFromCivil({p.y, p.m, p.d})) == p.wd));
    if (agrees) EmitPoint(heads[h].first, heads[h].last, p);
    else Emit(heads[h].first, heads[h].last, "DATE", "");
  }
  if (!bare_tail_end) return tail_at - i;
  // A last member with no month: the scanner would not read a bare "6"; it is read here.
  if (known) EmitPoint(tail_at, bare_tail_end, last);
  else Emit(tail_at, bare_tail_end, "DATE", "");
  return bare_tail_end - i;
}

}  // namespace resalta::date_scan
