// Civil-calendar arithmetic and ISO 8601 strings for the date scanner
// (dates_*.cc): days since 1970-01-01 and back, weekdays, month lengths,
// Easter, and the small number readers the scanner's values need.
#pragma once

#include <string>

namespace resalta::date_scan {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

// Days since 1970-01-01 (Howard Hinnant's civil calendar algorithms).
long DaysFromCivil(Ymd t);
Ymd CivilFromDays(long z);

inline int IsoWeekday(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1; }  // 1970-01-01 was a Thursday

int DaysInMonth(int y, int m);

// The nth (1..5) weekday wd (1 Monday..7 Sunday) of a month, or its last when nth is 0, in days
// since 1970-01-01; -1 when the month has no such day ("el quinto lunes" of a month with four).
long NthWeekdayOfMonth(int y, int m, int wd, int nth);

// Easter Sunday of year y, in days since 1970-01-01 (the anonymous Gregorian algorithm).
long EasterDays(int y);

std::string IsoYear(int y);  // four digits: "0711"
std::string IsoDate(Ymd t);
std::string IsoMonth(int y, int m);
std::string IsoWeek(long days);

// Up to 4 ASCII digits as a number; -1 otherwise.
int SmallInt(const std::string& s);

// A whole count small enough to cast: the casts below are undefined for huge doubles.
inline bool WholeCount(double v, double max = 1e9) { return v >= 0 && v <= max && v == static_cast<long>(v); }

// Two digits, zero-padded: "07".
std::string Two(int v);

// Roman numerals of centuries: "XVIII" -> 18; 0 when not one.
int Roman(const std::string& s);

}  // namespace resalta::date_scan
