// Civil-calendar arithmetic and ISO 8601 strings: see dates_civil.h.
#include "article/dates_civil.h"

#include <cstdio>
#include <cstdlib>

namespace resalta::date_scan {

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

int DaysInMonth(int y, int m) {
  static const int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : k[m - 1];
}

long NthWeekdayOfMonth(int y, int m, int wd, int nth) {
  if (nth < 0 || nth > 5) return -1;
  long day = 0;
  if (nth == 0) {
    long end_day = DaysFromCivil({y, m, DaysInMonth(y, m)});
    day = end_day - (IsoWeekday(end_day) - wd + 7) % 7;
  } else {
    long first = DaysFromCivil({y, m, 1});
    day = first + (wd - IsoWeekday(first) + 7) % 7 + 7L * (nth - 1);
  }
  return CivilFromDays(day).m == m ? day : -1;
}

long EasterDays(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return DaysFromCivil({y, month, day});
}

// A year before 1 (astronomical numbering: 44 BC is -0043) takes ISO 8601's sign and four digits.
std::string IsoYear(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, y < 0 ? "%05d" : "%04d", y);
  return buf;
}
std::string IsoDate(Ymd t) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%s-%02d-%02d", IsoYear(t.y).c_str(), t.m, t.d);
  return buf;
}
std::string IsoMonth(int y, int m) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%s-%02d", IsoYear(y).c_str(), m);
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

std::string Two(int v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

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

}  // namespace resalta::date_scan
