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
//
// The scanner (dates_scanner.h) is split by concern: dates_scanner.cc,
// dates_calendar.cc, dates_clock.cc, dates_ranges.cc, dates_relative.cc;
// this file holds what starts at a token (At) and the pass's entry point.
#include <string>

#include "article/article_passes.h"
#include "article/dates_scanner.h"

namespace resalta {
namespace date_scan {

size_t DateScanner::At(size_t i) {
  if (size_t n = DurationRange(i)) return n;
  if (size_t n = Range(i)) return n;
  if (size_t n = DateList(i)) return n;
  if (size_t n = NthWeekday(i)) return n;
  if (size_t n = ThatDay(i)) return n;
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
      // "la noche del 15": a bare day number after "del", with nothing counted or joined after it.
      int bare = Key("day_article", i + 2) ? 1 : 0;
      if (!n && (n = Calendar(k, &p, bare)) && !p.m && (Key("range_join", k + n) || NounAt(k + n) || Unit(k + n))) n = 0;
      if (n && p.d && Complete(&p, Tense(k))) known = true, day = {p.y, p.m, p.d};
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
      // "el 20, 30 y 40 por ciento": a list of numbers the list pass did not take as days.
      if (size_t join = Key("list_join", after); n && join && Digits(after + join)) n = 0;
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
    // After "año", any year in digits: "en el año 1492", "el año 711".
    bool after_year_noun = j0 > 0 && j0 < w_.size() && w_.sentence[j0 - 1] == w_.sentence[j0] && Key("unit_singular", j0 - 1) &&
                           Unit(j0 - 1) && *Unit(j0 - 1) == "Y";
    if (!n && after_year_noun && Digits(j0) && R(j0).size() <= 4) y = SmallInt(R(j0)), n = 1;
    if (int ey = 0; size_t e = Era(j0, &ey)) {  // "en el 44 a. C.": any year its era names
      Pt p;
      p.y = ey;
      return EmitPoint(i, j0 + e, p);
    }
    if (n) {
      size_t k = j0 + n;
      bool noun_after = NounAt(k);
      // After "año" four digits are the year whatever follows: "hasta el año 2020 disminuya".
      if (after_year_noun && Digits(j0) && y >= 1 && y <= 2100 && (!noun_after || R(j0).size() == 4)) {
        Pt p;
        p.y = y;
        return EmitPoint(i, k, p);
      }
      bool after_sign = j0 > 0 && !w_.Alpha(j0 - 1) && w_.raw[j0 - 1] != "," && w_.raw[j0 - 1] != "(" &&
                        w_.sentence[j0 - 1] == w_.sentence[j0] && w_.Glued(j0 - 1);
      bool after_currency = j0 > 0 && lex_.currencies.count(w_.lower[j0 - 1]);
      // "el número 2023 de la lista": an identifier after a record noun.
      if (j0 > 0 && w_.sentence[j0 - 1] == w_.sentence[j0] && Key("record_nouns", j0 - 1)) after_currency = true;
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
        // "a las 17:30 del día de hoy": the day after "día de".
        if (Key("day_noun", j) && Key("day_month_join", j + 1)) {
          Ymd named;
          bool named_known = false;
          if (size_t m3 = RelativeDay(j + 2, &named_known, &named)) {
            if (named_known) p.y = named.y, p.m = named.m, p.d = named.d;
            return Emit(i, j + 2 + m3, "TIME", named_known ? Iso(p) : "");
          }
        }
        // "a las 10 del día 5": a bare day after "día".
        if (Key("day_noun", j)) {
          Pt d;
          size_t m4 = Calendar(j + 1, &d, 2);
          if (m4 && d.d > 0 && !d.Clock() && !NounAt(j + 1 + m4) && Complete(&d, Tense(j))) {
            p.y = d.y, p.m = d.m, p.d = d.d;
            SetAnchor({d.y, d.m, d.d}, i);
            return Emit(i, j + 1 + m4, "TIME", Iso(p));
          }
        }
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
    if (!w_.Opens(k, kHolidays)) break;  // k is the same for every holiday
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
    if (!w_.Opens(k, kEasterHolidays)) break;  // k is the same for every holiday
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

}  // namespace date_scan

void FindDates(const Words& w, const LanguageData& lex, std::string_view pub_date, Covered* covered,
               std::vector<Span>* spans) {
  date_scan::DateScanner(w, lex, pub_date, covered, spans).Run();
}

}  // namespace resalta
