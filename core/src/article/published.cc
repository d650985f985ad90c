// The publication date: the caller's option, else a dateline or timestamp
// line in the text, else the caller's default, else none.
#include <cstdio>
#include <string>

#include "article/article_passes.h"
#include "resalta/analyzer.h"

namespace resalta {
namespace {

// Years a publication date may have: older pages are archives with their
// date in the URL, and a later year is a typo or a forecast.
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

bool SmallNumber(const std::string& s, int max, int* v) {
  if (s.empty() || s.size() > 2) return false;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  if (n < 1 || n > max) return false;
  *v = n;
  return true;
}

bool Year(const std::string& s, int* v) {
  if (s.size() != 4) return false;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  if (n < kMinYear || n > kMaxYear) return false;
  *v = n;
  return true;
}

std::string Iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Reads a full date (day, month and year) starting at token k, in
// [k, last). Returns one past its last token, or 0.
class DatelineReader {
 public:
  DatelineReader(const Words& w, const LanguageData& lex, bool month_first_numbers)
      : w_(w), lex_(lex), month_first_numbers_(month_first_numbers) {}

  size_t Read(size_t k, size_t last, std::string* iso) const {
    int day = 0, month = 0, year = 0;
    // "24/01/2019" (day first; month first for English).
    if (k + 4 < last && w_.raw[k + 1] == "/" && w_.raw[k + 3] == "/") {
      int a = 0, b = 0;
      if (SmallNumber(w_.raw[k], 31, &a) && SmallNumber(w_.raw[k + 2], 31, &b) && Year(w_.raw[k + 4], &year)) {
        day = month_first_numbers_ ? b : a;
        month = month_first_numbers_ ? a : b;
        return Done(year, month, day, k + 5, iso);
      }
    }
    // "4 de marzo de 2025", "12 Junio 2021", "17 Sep. 2021", "2 octubre, 2019".
    if (SmallNumber(w_.raw[k], 31, &day)) {
      size_t i = SkipJoiners(k + 1, last);
      if (i < last && Month(i, &month)) {
        i = SkipJoiners(Skip(i + 1, last, "."), last);
        i = SkipJoiners(Skip(i, last, ","), last);
        if (i < last && Year(w_.raw[i], &year)) return Done(year, month, day, i + 1, iso);
      }
      return 0;
    }
    // "March 4, 2025".
    if (Month(k, &month)) {
      size_t i = Skip(k + 1, last, ".");
      if (i < last && SmallNumber(w_.raw[i], 31, &day)) {
        i = SkipJoiners(Skip(i + 1, last, ","), last);
        if (i < last && Year(w_.raw[i], &year)) return Done(year, month, day, i + 1, iso);
      }
    }
    return 0;
  }

 private:
  bool Month(size_t i, int* month) const {
    const std::string& l = w_.lower[i];
    if (auto it = lex_.months.find(l); it != lex_.months.end()) *month = it->second;
    else if (auto ab = lex_.month_abbrs.find(l); ab != lex_.month_abbrs.end()) *month = ab->second;
    else return false;
    return true;
  }
  size_t Skip(size_t i, size_t last, const char* punct) const { return i < last && w_.raw[i] == punct ? i + 1 : i; }
  size_t SkipJoiners(size_t i, size_t last) const {
    while (i < last && lex_.InClass("date_joiner", w_.lower[i])) ++i;
    return i;
  }
  static size_t Done(int y, int m, int d, size_t end, std::string* iso) {
    std::string s = Iso(y, m, d);
    if (!IsValidDate(s)) return 0;
    *iso = s;
    return end;
  }

  const Words& w_;
  const LanguageData& lex_;
  bool month_first_numbers_;
};

// Boilerplate that carries the page's own date.
bool DateLine(const std::string& reason) {
  return reason == "timestamp" || reason == "dateline" || reason == "byline" || reason == "credit";
}

}  // namespace

Published FindPublished(const Words& w, const LanguageData& lex, std::string_view lang,
                        const std::vector<Boilerplate>& boilerplate, std::string_view option,
                        std::string_view fallback) {
  Published p;
  if (!option.empty()) {
    p.date = std::string(option);
    p.source = "option";
    return p;
  }
  DatelineReader reader(w, lex, lang == "en");
  size_t k = 0;
  for (const Boilerplate& b : boilerplate) {
    if (!DateLine(b.reason)) continue;
    while (k < w.size() && w.start(k) < b.start) ++k;
    size_t last = k;
    while (last < w.size() && w.end(last) <= b.end) ++last;
    for (size_t i = k; i < last; ++i) {
      std::string iso;
      size_t end = reader.Read(i, last, &iso);
      if (end == 0) continue;
      p.date = iso;
      p.source = "text";
      p.start = w.start(i);
      p.end = w.end(end - 1);
      p.text = w.Slice(p.start, p.end);
      return p;
    }
  }
  if (!fallback.empty()) {
    p.date = std::string(fallback);
    p.source = "default";
  }
  return p;
}

}  // namespace resalta
