// Clock times ("15:30", "a las siete y media de la tarde", "mediodía"), parts of the day, and
// hours on a day ("el lunes de 2 a 5 pm", "de 15:00 a 17:00 horas del lunes").
#include <string>

#include "article/dates_scanner.h"
#include "article/numbers.h"

namespace resalta::date_scan {

bool DateScanner::DottedClockAlone(size_t i) const {
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

size_t DateScanner::ZoneAt(size_t k) const {
  // "7:15 p.m. ET", "a las 15:00 GMT": a zone code joins the time; the value stays in the text's clock.
  // After "p.m." the splitter may have ended the sentence: the code is still the time's.
  if (k < w_.size() && (k < end_ || (k == end_ && !covered_[k] && !R(k - 1).empty() && R(k - 1).back() == '.')) && w_.Capitalized(k) &&
      lex_.InDateWords("time_zone", w_.lower[k])) {
    return 1;
  }
  if (size_t n = Key("zone_words", k)) return n;  // "a las 10:30 hora local", "at 9 a.m. local time"
  // "a las 10 hora de Caracas", "hora de Buenos Aires": the zone of a place, named capitalized.
  size_t of = Key("zone_of", k), n = 0;
  while (of && k + of + n < end_ && n < kMaxZonePlaceWords && w_.Capitalized(k + of + n) && w_.Alpha(k + of + n)) ++n;
  return n ? of + n : 0;
}

size_t DateScanner::Clock(size_t i, Pt* p, bool loose) const {
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
    if (!w_.Opens(j, kClockWords)) break;  // j is the same for every clock word
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
  } else if (k < end_ && w_.IsNumber(k) && R(k).size() >= 4 && R(k).size() <= 5 &&
             (R(k)[R(k).size() - 3] == '.' || (R(k)[R(k).size() - 3] == ',' && open > 1 && Key("hour_mark", k + 1)))) {
    // "a las 20,30 horas": a comma only between "a las" and "horas".
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
  // so is "abierto las 24 horas". After "a las", 13 to 23 in words is the 24-hour clock: "a las
  // diecinueve horas" (no count of hours reads that high after "a las").
  bool word_24h = word_hour && open > 1 && h >= 13 && h <= 23;
  if (mark && ((word_hour && h > 0 && !word_24h) || h == 24) && mi < 0 && !part && !pm && !am) return 0;
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
  size_t zone = ZoneAt(k);
  // "a las 8 hora peninsular", "a las 10 hora de Caracas": a zone after the hour makes it a clock
  // (without it, "8 hora" would be a count of hours).
  if (open && zone) strong = true;
  if (bare_minutes && open > 1) strong = true;  // "a las veintidós treinta"
  if (!strong && fraction_minutes && Digits(i)) strong = true;  // "5 y cuarto", not "10 y 20"
  if (!strong) return 0;
  if (h > 12 && (pm || am)) return 0;
  k += zone;
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

bool DateScanner::ClockWordAt(size_t i) const {
  if (!w_.Opens(i, kClockWords)) return false;
  for (const auto& [phrase, cw] : lex_.clock_words) {
    if (i + phrase.size() <= end_ && w_.Match(i, phrase)) return true;
  }
  return false;
}

size_t DateScanner::PartAfter(size_t i, const LanguageData::PartOfDay** part) const {
  size_t po = Key("part_open", i);
  if (!po) return 0;
  if ((*part = Find(lex_.parts_of_day, i + po))) return po + 1;
  return 0;
}

void DateScanner::IntoPart(Pt* p, const LanguageData::PartOfDay& part) {
  if (p->pm_given || p->hh < 0 || p->hh > 23) return;
  auto inside = [&](int h) { return h >= part.from && h < part.to; };
  if (inside(p->hh)) return;
  int low = p->hh % 12;
  if (inside(low)) p->hh = low;
  else if (inside(low + 12) || part.pm) p->hh = low + 12;
  else p->hh = low;
}

std::string DateScanner::PartInterval(Ymd day, const LanguageData::PartOfDay& part) const {
  long d = DaysFromCivil(day);
  Ymd to = part.to == 24 ? CivilFromDays(d + 1) : day;
  return IsoDate(day) + "T" + Two(part.from) + "/" + IsoDate(to) + "T" + Two(part.to == 24 ? 0 : part.to);
}

size_t DateScanner::ClockAfter(size_t i, Pt* p) const {
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

void DateScanner::DayOfClock(size_t i, Pt* p) const {
  if (p->d) return;
  uint32_t s = w_.sentence[i];
  if (has_anchor_ && anchor_sentence_ == s) p->y = anchor_.y, p->m = anchor_.m, p->d = anchor_.d;
  else if (has_pub_) p->y = pub_.y, p->m = pub_.m, p->d = pub_.d;
}

void DateScanner::JoinHours(Pt* a, Pt* b, bool end_24h) {
  if (a->hh < 12 && b->hh >= 12 && a->hh + 12 <= b->hh && b->pm_given && !a->pm_given) a->hh += 12;
  if (!end_24h && b->hh < a->hh && b->hh < 12 && (a->pm_given || a->hh >= 12) && b->hh + 12 > a->hh && !b->pm_given)
    b->hh += 12;
  if (b->hh * 60 + b->mi <= a->hh * 60 + a->mi && !a->next_day) b->next_day = true;
}

size_t DateScanner::HourEnd(size_t k, Pt* p, bool bare_ok, bool* bare) const {
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

size_t DateScanner::DayThenHours(size_t first, size_t k, bool known, Ymd day) {
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

size_t DateScanner::DayOfHours(size_t k, Pt* a, Pt* b) const {
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

}  // namespace resalta::date_scan
