// The date scanner behind FindDates (article_passes.h), shared by the files
// that hold its readers, one concern each: dates_scanner.cc (keys, tense,
// filling from the publication date, emitting), dates_calendar.cc,
// dates_clock.cc, dates_ranges.cc, dates_relative.cc, and dates.cc (what
// starts at a token). Not a public header.
#pragma once

#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "article/article_passes.h"
#include "article/dates_civil.h"

namespace resalta::date_scan {

// The most members a list of dates holds before its last ("los días 1, 2, ..., 11 y 12 de mayo").
constexpr size_t kMaxListMembers = 12;

// The earliest hour a range of two bare numbers after a day may start at ("el sábado de 10 a 14"):
// below it the pair reads as a score ("de 1 a 2").
constexpr int kEarliestBareHour = 7;

// The most capitalized words a place's time zone names ("hora de Buenos Aires").
constexpr size_t kMaxZonePlaceWords = 3;

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

// One count of a duration: n units of a time_units code ("dos años": 2, "Y").
struct DurationPart {
  double n;
  std::string code;
};

// A duration's ISO 8601 value ("P4.5Y", "PT92M", "P37M"); empty when ISO 8601 cannot write it.
std::string DurationIso(const std::vector<DurationPart>& parts);

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

  void Run();

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
  // A capitalized month or weekday reads as a name ("Plaza de Mayo") where the language writes them
  // in lowercase; date_words.txt's "capitalized" key says a language capitalizes them (English).
  bool NameCase(size_t k) const { return w_.Capitalized(k) && lex_.date_phrases.count("capitalized") == 0; }

  struct KeyPhrases {
    const char* key = nullptr;  // the literal asked for; null: a free slot
    const std::vector<Phrase>* phrases = nullptr;
    size_t bit = kNoPhraseBit;  // its PhraseHeads bit: Words::Opens says where a phrase may start
    static constexpr uint8_t kUnknown = 255;
    mutable std::vector<uint8_t> length_at;  // per token: Key's answer, kUnknown before the first ask
  };

  // dates_scanner.cc: keys of date_words, tense, filling a point from the publication date, emitting spans
  // Longest phrase of date_words key at i: its length, 0 if none.
  size_t Key(const char* key, size_t i) const;
  // A direction word at *k ("pasado", "próximo", "que viene"): -1 or 1, *k moved past it; 0 if none.
  int DirectionAt(size_t* k) const {
    if (size_t n = Key("past", *k)) return *k += n, -1;
    if (size_t n = Key("next", *k)) return *k += n, 1;
    if (size_t n = Key("coming", *k)) return *k += n, 1;
    return 0;
  }
  size_t Emit(size_t first, size_t last, const char* type, std::string iso);
  // -1 when the verb nearest token i is in the past, +1 in the future, 0 when none says.
  int Tense(size_t i) const;
  std::string Valid(Ymd t) const;
  // Fills a day-and-month without a year, or a day without a month, from the
  // publication date: the tense picks the last or the next one, else the
  // nearest; a weekday said beside it must agree.
  bool Complete(Pt* p, int tense) const;
  // The ISO value of a completed point: "2013", "2013-07", "2013-07-13", with "THH:MM" when a clock is given.
  std::string Iso(const Pt& p) const;
  bool AgeNoun(size_t k) const;
  // Whether an age phrase starts at k: "de edad" of "45 años de edad" (quantities.cc reads ages).
  bool AgeAfter(size_t k) const;
  // A lowercase word that reads as a noun after a number ("2022 contenedores"), not a verb ("2024 sumaba").
  bool NounAt(size_t k) const;
  // Whether what starts at k counts the number before it: "%", a unit ("por ciento", "km"), a noun.
  bool CountedAt(size_t k) const;
  // Whether the document writes decimals with a point ("2.5", "1,234.5"). Like numbers.cc's
  // DocumentDigitStyle, but "15.30", which could be a clock, is no evidence either way.
  bool DecimalPointDocument() const;
  bool MarkAt(const std::string& s) const;
  void SetAnchor(Ymd day, size_t token);
  size_t EmitPoint(size_t first, size_t last, const Pt& p);
  const KeyPhrases& KeyEntry(const char* key) const;
  KeyPhrases NewKeyPhrases(const char* key) const;
  const KeyPhrases& NewKeyEntry(const char* key) const;  // KeyEntry's slow path: fills a slot

  // dates_calendar.cc: calendar dates, years, the nth weekday, weekends, edges of a month, periods
  // A year: 4 digits, or spelled out ("mil novecientos noventa").
  size_t Year(size_t i, int* y) const;
  // A year with its era ("88 d. C.", "44 a. C.", "AD 79"; date_words' era_ad, era_bc): its length, 0 if none.
  size_t Era(size_t i, int* y) const;
  bool EraAfter(size_t k) const;  // an era word at k: the number before it is a year, not a day
  // "de 2023", "del 2023", ", 2023", "2023" after a month; "del año pasado".
  size_t YearAfter(size_t i, int* y) const;
  // "15", "quince", "primero": a day of the month.
  size_t Day(size_t i, int* d) const;
  // One token holding a whole date: "5-5-2013", "1.3.2013", "03-dic-2018", "07-2014", "15Sep".
  bool DateToken(size_t i, Pt* p) const;
  // A calendar date at i (no relative words): see the forms below. Fills p, returns tokens.
  // allow_bare_day: 0 no bare day, 1 a bare day in digits ("el 16"), 2 in words too ("día nueve").
  size_t Calendar(size_t i, Pt* p, int allow_bare_day) const;
  bool MonthPrep(size_t k) const;
  bool MonthPrep2(size_t k) const;
  // "este fin de semana", "el próximo fin de semana", "el fin de semana pasado", "el último fin de
  // semana de julio": Saturday and Sunday.
  size_t Weekend(size_t i);
  // "a finales de mes", "a principios del año que viene", "a mediados de este mes": the month or
  // year it bounds (as "a finales de 2022" keeps 2022).
  size_t EdgeOfUnit(size_t i, size_t j);
  // The month m at k closing a stretch ("el primer viernes de julio", "la última semana de agosto
  // de 2015"), with the year after it, completed from the publication date as the sentence at i
  // reads; *end gets where it ends. False when no year can be given.
  bool MonthWithYear(size_t i, size_t k, int m, Pt* p, size_t* end) const;
  // "el primer viernes de julio", "el último domingo de octubre de 2015": that weekday of the month.
  size_t NthWeekday(size_t i);
  // The token at k as a Roman numeral may be written ("V" of "el siglo V." at a sentence's end).
  std::string RomanToken(size_t k) const;
  // Quarters, centuries, decades, seasons.
  size_t Periods(size_t i);

  // dates_clock.cc: clock times, parts of the day, hours on a day
  // A bare "15.30" is a clock where the language says so (date_words "dotted_clock"), the document
  // writes decimals with a comma (so "15.30" is no number), no sign or currency comes before it and
  // nothing countable after it ("15.30 euros").
  bool DottedClockAlone(size_t i) const;
  // A clock time at i: "15:30", "a las tres y media de la tarde", "las 15 horas", "5PM", "mediodía".
  size_t Clock(size_t i, Pt* p, bool loose = false) const;
  // Whether a word of clock_words ("mediodía") starts at i: "al mediodía del viernes" is 12:00, not a part.
  bool ClockWordAt(size_t i) const;
  // A part of the day at i: "mañana" in "por la mañana", "la tarde"; the part and tokens.
  size_t PartAfter(size_t i, const LanguageData::PartOfDay** part) const;
  // A clock said with a part of the day around it ("esta noche a las once", "anoche a las 11"): the
  // reading of its hour (h or h + 12) that falls in the part; else the part's half of the day.
  static void IntoPart(Pt* p, const LanguageData::PartOfDay& part);
  std::string PartInterval(Ymd day, const LanguageData::PartOfDay& part) const;
  // "a las diez", ", a las 19:00", "10:12:59 pm" after a day.
  size_t ClockAfter(size_t i, Pt* p) const;
  // The day of a clock time the text gives no day for: the day named earlier in its sentence,
  // else the publication day (as HeidelTime reads news).
  void DayOfClock(size_t i, Pt* p) const;
  // The two ends of a range of hours: "de 1pm a 3" ends at 15:00, "de 2 a 5 pm" starts at 14:00,
  // "de 22 a 6 horas" ends the next morning.
  // An end in the 24-hour clock (`end_24h`: "a 9 horas") stays as written.
  static void JoinHours(Pt* a, Pt* b, bool end_24h = false);
  // An hour as a range end: a clock ("las 10", "9:30", "5 pm") or, where the range is plainly one of
  // hours (after a day), a bare number up to 24 with nothing counted after it (*bare then says so).
  size_t HourEnd(size_t k, Pt* p, bool bare_ok, bool* bare) const;
  // "el lunes de 2 a 5 pm", "mañana de 9 a 11", "hoy entre las 2 y las 4": a day, then hours on it.
  // Emits one TIME span from `first`; returns the tokens from first, 0 when no hours follow.
  size_t DayThenHours(size_t first, size_t k, bool known, Ymd day);
  // "de 15:00 a 17:00 horas del lunes", "entre las 9 y las 13 del 5 de mayo": the day after a range
  // of hours is the day of both ends. Returns its tokens (0: none).
  size_t DayOfHours(size_t k, Pt* a, Pt* b) const;

  // dates_ranges.cc: ranges and intervals, lists of dates
  // One token holding a range: "5-10 de mayo", "2010-2015", "la temporada 2013-14".
  size_t DashRange(size_t i);
  // Two months in one token at k: "julio-agosto", "enero-marzo de 2020" (from i, a determiner before).
  size_t MonthDashRange(size_t i, size_t k);
  // Ranges: "del 2 al 6 de junio", "13 - 15 de julio de 2013", "entre 2010 y 2015", "de 6:30pm a 11:00pm".
  size_t Range(size_t i);
  // "entre el lunes y el miércoles", "del lunes al viernes": two days of the same stretch.
  size_t WeekdayRange(size_t i, size_t k, size_t open);
  // A list of dates that share the last member's month and year: "los días 3 y 4 de junio", "el 10,
  // 11 o 12 de marzo", "el lunes 3 y el martes 4 de junio", "marzo y abril de 2021", "el 30 de junio
  // y el 1 de julio de 2022". Emits each member before the last as its own DATE and returns the
  // tokens up to the last one, which the scanner then reads as any date (0: no list at i).
  size_t DateList(size_t i);

  // dates_relative.cc: days and units relative to the publication date, durations
  // "[este|el] [pasado|próximo] <unit> [pasado|próximo|que viene]" from q, unit a time_units code
  // ("M", "W"): where it ends, 0 when no such unit is there; *dir gets -1, 0 or +1 and *this_given
  // whether "este" opened it ("el 5 del mes que viene", "el lunes de la semana pasada").
  size_t RelativeUnit(size_t q, const char* unit, int* dir, bool* this_given) const;
  // A day relative to the publication date: "hoy", "pasado mañana", "el martes", "el próximo viernes",
  // "el miércoles de la semana que viene", "el martes que viene". Returns tokens; *day the day (if known).
  size_t RelativeDay(size_t i, bool* known, Ymd* day) const;
  // "en lo que va del año", "en lo que va de 2023", "lo que va del mes": from the start of the year
  // or month to the publication date.
  size_t SoFar(size_t i);
  // "ese día", "esa misma noche", "a la mañana siguiente": the day the text gave last (in this
  // sentence or the one before), or the day after it; no value when there is none.
  size_t ThatDay(size_t i);
  // Interval for "los próximos 3 días", "pasados 2 meses", "3 años que vienen".
  std::string UnitRange(const std::string& u, int n, int dir) const;
  // A day counted from `base`: n units forward (or back); a year away is read at month grain.
  std::string Shift(const std::string& u, long n, Ymd base) const;
  // Relative units: "la semana pasada", "el mes que viene", "los próximos 3 días", "en dos semanas",
  // "hace dos días", "al día siguiente"; durations: "dos días", "cuatro años y medio".
  size_t Relative(size_t i);
  // "hace dos días", "en tres semanas", "dentro de un mes a partir del lunes": the count after the
  // opener (op tokens from i) in the direction dir; 0 when no count of units follows.
  size_t CountedFromPublication(size_t i, size_t op, int dir);
  // "dos días", "24 horas", "media hora", "cuatro años y medio", "una hora y treinta y dos minutos".
  size_t Duration(size_t i);
  // "de dos a tres años", "entre 3 y 5 horas", "two to three weeks": one DURATION whose `iso` is
  // the low end, with the counts in `number` and `number_to` and the unit as written.
  size_t DurationRange(size_t i);
  // A time zone at k after a clock time ("GMT", "hora local", "hora de Caracas"): tokens, 0 if none.
  size_t ZoneAt(size_t k) const;
  // "año y medio", "hora y media", "a year and a half": one unit written with no count (or with
  // quantity_words' half_article) before its half. The tokens before the unit (0 or 1), and
  // `none` when k holds no such phrase.
  static constexpr size_t kNoBareHalf = static_cast<size_t>(-1);
  size_t BareUnitWithHalf(size_t k) const;
  // "a week", "an hour", "half an hour": an article of quantity_words' half_article (a language
  // whose "one" is no article: English) before a singular unit counts one, or a half after "half".
  // Not a rate ("once a week", "$5 a month": rate_before in date_words). Tokens before the unit.
  size_t ArticleCount(size_t k, double* n) const;
  // An article of quantity_words' half_article at `at` ("a", "an"; none in Spanish).
  bool HalfArticle(size_t at) const;
  // Whether a phrase of date_words' `key` ends right before i, in i's sentence.
  bool EndsBefore(const char* key, size_t i) const;

  // dates.cc: what starts at a token
  size_t At(size_t i);
  // Whether At(i) can find anything: every date starts at a token with a non-letter in it or at
  // a word of the date and number data (kDateWords), as written or without accents. Most words
  // are neither, and trying every reader at each was most of the pass.
  bool MayStart(size_t i) const;

  const Words& w_;
  const LanguageData& lex_;
  Covered& covered_;
  std::vector<Span>& spans_;
  Ymd pub_;
  bool has_pub_ = false;
  long pub_days_ = 0;
  size_t end_ = 0;  // end of the current sentence
  std::vector<const std::pair<const std::string, int>*> night_pairs_;  // two-word night_words ("last night")
  mutable int digit_style_ = 0;  // DottedClockAlone(): 0 not yet read, 1 decimal comma, 2 decimal point
  // Keys are string literals: each is looked up once, by address, in a
  // small open-addressed table (Key is asked ~50 times a token; a
  // std::unordered_map find per ask was half of Key's cost).
  static constexpr size_t kKeySlots = 64;  // KeyEntry's hash takes the top 6 bits
  mutable std::array<KeyPhrases, kKeySlots> key_slots_;
  mutable std::unordered_map<const char*, KeyPhrases> key_overflow_;
  mutable bool tense_cached_ = false;  // Tense(): the marks of one sentence
  mutable uint32_t tense_sentence_ = 0;
  mutable std::vector<std::pair<size_t, int>> tense_marks_;
  Ymd anchor_;      // the last day the text named
  bool has_anchor_ = false;
  uint32_t anchor_sentence_ = 0;
};

// Key and KeyEntry are asked at every token from every dates_*.cc: inline here, where each
// file can inline them (the build has no LTO).
inline const DateScanner::KeyPhrases& DateScanner::KeyEntry(const char* key) const {
  uint64_t h = (static_cast<uint64_t>(reinterpret_cast<uintptr_t>(key)) * 0x9E3779B97F4A7C15ull) >> 58;
  for (size_t probe = 0; probe < kKeySlots; ++probe, h = (h + 1) % kKeySlots) {
    const KeyPhrases& slot = key_slots_[h];
    if (slot.key == key) return slot;
    if (slot.key == nullptr) break;
  }
  return NewKeyEntry(key);  // a key's first ask (or more keys than slots): out of line
}

inline size_t DateScanner::Key(const char* key, size_t i) const {
  if (i >= end_) return 0;
  const KeyPhrases& entry = KeyEntry(key);
  // Most tokens open no phrase of the key, and one bit says so.
  if (entry.phrases == nullptr || !w_.Opens(i, entry.bit)) return 0;
  // Where one may start, the answer is kept per key and token: the scanner
  // asks the same ones again and again. A phrase stops at end_, so only
  // answers bounded by token i's own sentence are kept (a look back may ask
  // across a sentence).
  const bool keep = end_ == w_.sent_end[w_.sentence[i]];
  if (keep) {
    if (entry.length_at.empty()) entry.length_at.assign(w_.size(), KeyPhrases::kUnknown);
    if (entry.length_at[i] != KeyPhrases::kUnknown) return entry.length_at[i];
  }
  size_t n = 0;
  for (const Phrase& p : *entry.phrases) {
    if (i + p.size() <= end_ && w_.Match(i, p)) {
      n = p.size();
      break;
    }
  }
  if (keep && n < KeyPhrases::kUnknown) entry.length_at[i] = static_cast<uint8_t>(n);
  return n;
}

}  // namespace resalta::date_scan
