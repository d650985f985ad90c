// Demonyms and nationality adjectives, linked to their country.
#include "article/article_passes.h"

namespace resalta {
namespace {

bool InsideLongerName(const std::vector<Span>& spans, uint32_t start, uint32_t end) {
  for (const Span& s : spans) {
    bool name = s.type == "PER" || s.type == "ORG" || s.type == "LOC" || s.type == "MISC";
    if (name && s.start <= start && end <= s.end && (s.start < start || end < s.end)) return true;
  }
  return false;
}

}  // namespace

void FindDemonyms(const Words& w, const LanguageData& lex, std::vector<Span>* spans) {
  for (size_t i = 0; i < w.size(); ++i) {
    auto it = lex.demonyms.find(w.lower[i]);
    if (it == lex.demonyms.end()) continue;
    // Capitalized mid-sentence it is a name ("Argentina", "China", "Libia"),
    // unless the language capitalises nationality adjectives ("the Russian
    // minister"), and then only before the word it qualifies; inside a
    // longer name ("Saudi Arabia", "British Airways", "The Irish Times") it
    // is the name's word.
    if (w.Capitalized(i) && ((!w.SentenceStart(i) && !CapitalizedDemonymAdjective(w, lex, i)) ||
                             InsideLongerName(*spans, w.start(i), w.end(i)))) {
      continue;
    }
    Span s = w.SpanOver(i, i + 1, "DEMONYM");
    s.refers_to = it->second;
    spans->push_back(std::move(s));
  }
}

}  // namespace resalta
