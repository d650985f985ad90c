// The date and quantity scanners (article_passes.h: FindDates, then
// FindQuantities on the tokens dates left, as AnalyzeArticle runs them) and
// ParseNumber on every token, on arbitrary text. Every span must slice the
// text it claims; an ISO value must look like one.
#include <cmath>

#include "article/article_passes.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using resalta::fuzz::Check;
  resalta::fuzz::Article a;
  if (!a.Read(data, size)) return 0;
  const resalta::Words& w = a.words;
  resalta::Covered covered(w.size(), 0);
  std::vector<resalta::Span> spans;
  resalta::FindDates(w, a.language(), a.date, &covered, &spans);
  resalta::FindQuantities(w, a.language(), a.lang, &covered, &spans);
  for (const resalta::Span& s : spans) {
    a.CheckSpan(s.start, s.end, s.text);
    Check(s.start < s.end && !s.type.empty());
    if (s.value && s.value->number) Check(!std::isnan(*s.value->number));
  }
  for (size_t i = 0; i < w.size(); ++i) {
    double v = 0;
    if (resalta::ParseNumber(w.raw[i], a.lang, &v)) Check(!std::isnan(v));
  }
  return 0;
}
