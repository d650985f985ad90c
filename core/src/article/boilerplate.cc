// Lines pasted with the story that are not the story: appeals, read-more
// links, tag lists, credits, datelines, timestamps, share prompts.
#include <algorithm>

#include "article/article_passes.h"

namespace resalta {
namespace {

// A matching line this short is boilerplate whole; a longer one is story
// text with an appeal inside, and only the sentence goes. 40 words holds the
// longest donation appeals we have seen (El Destape, elDiario.es, Página/12).
constexpr size_t kMaxBoilerplateLineWords = 40;
// A one-word anchored phrase ("Sumate", "Compartir", "Temas") counts only
// in a sentence this short, so "Temas de salud dominaron ..." stays story.
constexpr size_t kMaxOneWordSentence = 4;

bool AllCaps(const std::string& s) {
  size_t letters = 0;
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

bool IsDash(const std::string& s) { return s == "—" || s == "–" || s == "-" || s == ".-" || s == "―"; }

}  // namespace

std::vector<Boilerplate> FindBoilerplate(const Words& w, const LanguageData& lex) {
  struct Hit {
    size_t first, last;
    std::string reason;
  };
  std::vector<Hit> hits;
  size_t line_first = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if (!w.LineBreakAfter(i)) continue;
    size_t line_last = i + 1;  // tokens [line_first, line_last)
    size_t words = 0;
    for (size_t k = line_first; k < line_last; ++k) words += w.Alpha(k);
    bool flagged = false;
    for (size_t k = line_first; k < line_last && !flagged; ++k) {
      auto it = lex.promos.find(w.lower[k]);
      if (it == lex.promos.end()) continue;
      for (const LanguageData::Promo& p : it->second) {
        if (!w.Match(k, p.words) || k + p.words.size() > line_last) continue;
        size_t s = w.sentence[k];
        size_t sent_words = 0;
        for (size_t t = w.sent_first[s]; t < w.sent_end[s]; ++t) sent_words += w.Alpha(t);
        if (p.anchored && k != line_first && !w.SentenceStart(k)) continue;
        if (p.anchored && p.words.size() == 1 && sent_words > kMaxOneWordSentence && words > kMaxOneWordSentence) continue;
        if (p.anchored && k != line_first) {
          // "... el decreto. Fuente: Reuters": from that sentence to the line's end.
          hits.push_back({std::max<size_t>(w.sent_first[s], line_first), line_last, p.reason});
        } else if (words <= kMaxBoilerplateLineWords) {
          hits.push_back({line_first, line_last, p.reason});
        } else {
          hits.push_back({std::max<size_t>(w.sent_first[s], line_first), std::min<size_t>(w.sent_end[s], line_last), p.reason});
        }
        flagged = true;
        break;
      }
    }
    // Datelines: "MADRID, 27 Oct. (EUROPA PRESS) -", "BUENOS AIRES (NA) -".
    if (line_last - line_first >= 3) {
      size_t limit = std::min(line_last, line_first + 14);
      bool caps_start = AllCaps(w.raw[line_first]);
      for (size_t k = line_first + 1; k < limit; ++k) {
        bool credit_close = w.raw[k] == ")" && k + 1 < line_last && (IsDash(w.raw[k + 1]) ||
                            (w.raw[k + 1] == "." && k + 2 < line_last && IsDash(w.raw[k + 2])));
        if (credit_close && (caps_start || w.Capitalized(line_first))) {
          size_t end = k + 2 + (w.raw[k + 1] == ".");
          hits.push_back({line_first, end, "dateline"});
          break;
        }
        if (caps_start && IsDash(w.raw[k]) && k <= line_first + 6) {
          hits.push_back({line_first, k + 1, "dateline"});
          break;
        }
        if (w.Alpha(k) && !w.Capitalized(k) && !lex.month_abbrs.count(w.lower[k]) && !lex.months.count(w.lower[k]) &&
            w.lower[k] != "de") {
          break;  // running text: not a dateline
        }
      }
    }
    // Timestamps: a short line of numbers, dates and times only.
    if (!flagged && line_last - line_first <= 12) {
      bool digit = false, only = true;
      for (size_t k = line_first; k < line_last && only; ++k) {
        const std::string& l = w.lower[k];
        if (w.Digits(k) || w.IsNumber(k)) {
          digit = true;
        } else if (w.Alpha(k)) {
          only = lex.months.count(l) || lex.month_abbrs.count(l) || lex.weekdays.count(l) || l == "de" || l == "hs" ||
                 l == "h" || l == "a" || l == "las" || l == "am" || l == "pm" || l == "del" || l == "hs." ||
                 l == "actualizado" || l == "publicado" || l == "hora";
        }
      }
      if (digit && only) hits.push_back({line_first, line_last, "timestamp"});
    }
    line_first = i + 1;
  }
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.first != b.first ? a.first < b.first : a.last < b.last;
  });
  std::vector<Boilerplate> out;
  size_t covered_to = 0;
  for (const Hit& h : hits) {
    if (h.first < covered_to || h.last <= h.first) continue;
    Boilerplate b;
    b.start = w.start(h.first);
    b.end = w.end(h.last - 1);
    b.text = w.Slice(b.start, b.end);
    b.reason = h.reason;
    out.push_back(std::move(b));
    covered_to = h.last;
  }
  return out;
}

}  // namespace resalta
