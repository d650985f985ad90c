// Lines pasted with the story that are not the story: appeals, read-more
// links and blocks, tag lists, page labels, captions and credits, bylines,
// datelines, timestamps, share and comment prompts.
//
// Two kinds of evidence. Phrases from boilerplate.txt ("Lee también",
// "Foto:", "=Publicidad"). And the shape of a line: where it sits (before
// the first paragraph of running text, after the last one, next to other
// boilerplate), how long it is, whether it ends like a sentence, whether it
// is only names, numbers and dates, whether it repeats the line before it
// (a caption shown twice), whether it ends in a credit after " | ".
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

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
// A paragraph of running text: this many words and a sentence end. The
// shortest body paragraphs of the dev articles have 14; headlines and
// labels seldom end in a period.
constexpr size_t kMinParagraphWords = 12;
// A credit after the last " | " of a caption ("| Alberto Nevado/FEB",
// "| Grupo Diario") has at most this many words.
constexpr size_t kMaxCreditWords = 5;
// A byline or place line ("Luis Ibarra", "Villarrica, Cauca") has at most
// this many words.
constexpr size_t kMaxNameLineWords = 5;
// Headline-like lines under a read-more label: at most this many, each at
// most kMaxRelatedHeadlineWords words, none ending like a sentence.
constexpr size_t kMaxRelatedHeadlines = 10;
constexpr size_t kMaxRelatedHeadlineWords = 35;
// Date/time header lines ("Región Noticias - 4 de abril de 2024 -
// 09:12", "Por: Ana Pérez 2 octubre, 2019") have at most this many
// tokens, of which at most kMaxHeaderNameWords capitalised words.
constexpr size_t kMaxHeaderLineTokens = 16;
constexpr size_t kMaxHeaderNameWords = 5;
// A caption made of names ("Ana Pérez y Luis Gómez, ayer, en Lima.") has
// at least this many words; shorter ones are left to the byline rule.
constexpr size_t kMinCaptionWords = 6;
// A page's menu pasted above the story: at least this many short lines in
// one block (no blank line between them), then a blank line, all above the
// first paragraph. A story's own header (headline, subtitle, byline, date)
// has fewer lines than this.
constexpr size_t kMinMenuLines = 8;
constexpr size_t kMaxMenuLineWords = 12;
constexpr size_t kMaxMenuTinyWords = 3;
// Teaser headlines of other stories pasted between two paragraphs: at
// least this many lines in a row, each kMinTeaserWords to
// kMaxTeaserWords words. A story's own subheading is one line.
constexpr size_t kMinTeaserLines = 3;
constexpr size_t kMinTeaserWords = 4;
constexpr size_t kMaxTeaserWords = 25;
// Words that tie two teaser lines to one story: at least this long, compared
// by their first kSharedWordPrefixBytes bytes (a crude stem).
constexpr size_t kMinSharedWordBytes = 5;
constexpr size_t kSharedWordPrefixBytes = 5;

// True for one e-mail address and nothing else: "ana.gil@diario.com".
bool EmailAddress(const std::string& s) {
  size_t at = s.find('@');
  if (at == 0 || at == std::string::npos || s.find('@', at + 1) != std::string::npos) return false;
  if (s.find_first_of(" \t") != std::string::npos) return false;
  size_t dot = s.find('.', at);
  return dot != std::string::npos && dot > at + 1 && dot + 1 < s.size();
}

bool IsDash(const std::string& s) { return s == "—" || s == "–" || s == "-" || s == ".-" || s == "―"; }

bool EndsSentence(const std::string& s) {
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || s == "…" || s == "»" || s == "”" || s == "\"";
}

struct Line {
  size_t first = 0, last = 0;  // tokens [first, last)
  size_t words = 0;            // alphabetic tokens
  bool body = false;           // a paragraph of running text
  bool blank_before = false;   // a blank line separates it from the line before
  std::string text;            // as written
};

// Whether the white space between two lines (all the tokenizer leaves
// there) holds an empty line: two breaks ("\n\n", "\r\n\r\n", "\r\r",
// "\n\u3000\n" from an indented paste).
bool BlankLineIn(std::u16string_view gap) {
  size_t breaks = 0;
  for (size_t k = 0; k < gap.size(); ++k) {
    char16_t c = gap[k];
    if (c == u'\r' && k + 1 < gap.size() && gap[k + 1] == u'\n') continue;  // one break, counted at \n
    if (c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x85) {
      if (++breaks >= 2) return true;
    }
  }
  return false;
}

class LineScanner {
 public:
  LineScanner(const Words& w, const LanguageData& lex, const std::vector<EntityMention>* mentions)
      : w_(w), lex_(lex), in_name_(w.size(), 0) {
    if (mentions != nullptr) {
      for (const EntityMention& m : *mentions) {
        for (uint32_t i = m.first_token; i < m.end_token && i < in_name_.size(); ++i) in_name_[i] = 1;
      }
    }
  }

  // True when a line ends like a sentence (a closing quote after the stop counts).
  bool LineEndsSentence(const Line& l) const {
    if (l.last <= l.first) return false;
    const std::string& end = w_.raw[l.last - 1];
    if (end == "»" || end == "”" || end == "\"" || end == ")") {
      return l.last - 1 > l.first && EndsSentence(w_.raw[l.last - 2]);
    }
    return EndsSentence(end);
  }

  // Tokens [first, last) are only names: capitalised words the tagger put
  // in a mention (or all in capitals, or initials like "R. C."), with name
  // particles, commas, slashes and hyphens between them. `tagged` false
  // takes any capitalised word; so does a place and its region
  // ("Villarrica, Cauca": a comma, one of them tagged), a shape no
  // headline has.
  bool OnlyNames(size_t first, size_t last, bool tagged = true) const {
    size_t words = 0, untagged = 0, in_mention = 0;
    bool comma = false;
    for (size_t k = first; k < last; ++k) {
      const std::string& t = w_.raw[k];
      if (w_.Alpha(k)) {
        ++words;
        if (lex_.InClass("particle", w_.lower[k]) && k > first) continue;
        if (!w_.Capitalized(k)) return false;
        bool initial = (t.size() == 1 || (t.size() == 2 && t[1] == '.'));
        if (in_name_[k]) ++in_mention;
        else if (!w_.AllCaps(k, 2) && !initial) ++untagged;
      } else if (t == ",") {
        comma = true;
      } else if (t == ".") {
        // Only after an initial: "R. C."
        if (k == first || w_.raw[k - 1].size() != 1) return false;
      } else if (t != "/" && t != "-" && t != "–") {
        return false;
      }
    }
    if (untagged > 0 && tagged && !(comma && in_mention > 0)) return false;
    return words >= 1 && words <= kMaxNameLineWords;
  }

  // A date or time word: a number, a month or weekday, a timestamp label.
  bool DateWord(size_t k) const {
    const std::string& l = w_.lower[k];
    if (w_.Digits(k) || w_.IsNumber(k)) return true;
    return lex_.months.count(l) || lex_.month_abbrs.count(l) || lex_.weekdays.count(l) || lex_.InClass("timestamp", l);
  }

  // A header line of dates, times and a few names: "07/05/2020 - 08:41:17",
  // "Región Noticias - 4 de abril de 2024 - 09:12". Names need a month
  // or a clock time beside them, so "Liga 2 - 1" is not one.
  bool DateHeader(const Line& l) const {
    if (l.last - l.first > kMaxHeaderLineTokens) return false;
    // "1." alone numbers a list item of the story.
    if (l.last - l.first == 2 && w_.raw[l.last - 1] == ".") return false;
    bool digit = false, calendar = false;
    size_t names = 0;
    for (size_t k = l.first; k < l.last; ++k) {
      const std::string& t = w_.raw[k];
      if (DateWord(k)) {
        digit = digit || w_.Digits(k) || w_.IsNumber(k) || t.find_first_of("0123456789") != std::string::npos;
        calendar = calendar || lex_.months.count(w_.lower[k]) || lex_.month_abbrs.count(w_.lower[k]) ||
                   t.find(':') != std::string::npos || t.find('/') != std::string::npos;
      } else if (w_.Alpha(k)) {
        if (!w_.Capitalized(k) && !(k > l.first && lex_.InClass("particle", w_.lower[k]))) return false;
        ++names;
      } else if (t.find_first_of("0123456789") != std::string::npos) {
        digit = true;  // "13:23:06", "24/01/2019"
        calendar = true;
      }
    }
    return digit && (names == 0 || (calendar && names <= kMaxHeaderNameWords));
  }

  // A caption of names ("Eudald Carbonell, María García y Juan Arsuaga,
  // ayer, en Atapuerca."): a closed line of names joined by function words
  // and day words only, no verb or other content word.
  bool NamesCaption(const Line& l) const {
    if (l.words < kMinCaptionWords || l.words > kMaxBoilerplateLineWords || w_.raw[l.last - 1] != "." ||
        !in_name_[l.first]) {
      return false;  // a caption opens with who or what it shows
    }
    size_t names = 0;
    for (size_t k = l.first; k < l.last; ++k) {
      if (!w_.Alpha(k)) continue;
      if (in_name_[k]) ++names;
      else if (!lex_.stopwords.count(w_.lower[k]) && !lex_.day_words.count(w_.lower[k])) return false;
    }
    return names * 2 > l.words;
  }

  const Words& w_;
  const LanguageData& lex_;
  std::vector<char> in_name_;  // token inside a tagger mention
};

struct Hit {
  size_t first, last;
  std::string reason;
};

// Promo phrases of boilerplate.txt inside one line; true when one matched.
bool FindPromo(const Words& w, const LanguageData& lex, const Line& line, std::vector<Hit>* hits) {
  for (size_t k = line.first; k < line.last; ++k) {
    auto it = lex.promos.find(w.lower[k]);
    if (it == lex.promos.end()) continue;
    for (const LanguageData::Promo& p : it->second) {
      if (p.whole_line || !w.Match(k, p.words) || k + p.words.size() > line.last) continue;
      size_t s = w.sentence[k];
      size_t sent_words = 0;
      for (size_t t = w.sent_first[s]; t < w.sent_end[s]; ++t) sent_words += w.Alpha(t);
      if (p.anchored && k != line.first && !w.SentenceStart(k)) continue;
      if (p.anchored && p.words.size() == 1 && sent_words > kMaxOneWordSentence && line.words > kMaxOneWordSentence) continue;
      bool credit = p.reason == "photo-credit";
      if (p.anchored && k != line.first && !(credit && line.words <= kMaxBoilerplateLineWords)) {
        // "... el decreto. Fuente: Reuters": from that sentence to the line's end.
        hits->push_back({std::max<size_t>(w.sent_first[s], line.first), line.last, p.reason});
      } else if (line.words <= kMaxBoilerplateLineWords) {
        // A short line holding a photo credit is a caption with its credit.
        hits->push_back({line.first, line.last, credit && k != line.first ? "caption" : p.reason});
      } else {
        hits->push_back({std::max<size_t>(w.sent_first[s], line.first), std::min<size_t>(w.sent_end[s], line.last), p.reason});
      }
      return true;
    }
  }
  return false;
}

// A line made of whole-line labels only ("Pantalla completa Reproducir");
// its reason is the first label's.
bool LabelLine(const Words& w, const LanguageData& lex, const Line& line, std::string* reason) {
  size_t k = line.first;
  bool any = false;
  while (k < line.last) {
    if (!w.Alpha(k) && !w.Digits(k)) {
      ++k;
      continue;
    }
    size_t matched = 0;
    auto it = lex.promos.find(w.lower[k]);
    if (it != lex.promos.end()) {
      for (const LanguageData::Promo& p : it->second) {
        if (!p.whole_line || k + p.words.size() > line.last || !w.Match(k, p.words)) continue;
        matched = std::max(matched, p.words.size());
        if (!any) *reason = p.reason;
      }
    }
    if (matched == 0) return false;
    any = true;
    k += matched;
  }
  return any;
}

// Datelines: "MADRID, 27 Oct. (EUROPA PRESS) -", "TOLEDO, 10 (EUROPA
// PRESS)", "Ciudad de México.-", "(16 de julio de 2019 – Servicios
// combinados) –". Returns the dateline's end token, or 0.
size_t DatelineEnd(const Words& w, const LanguageData& lex, const Line& line) {
  size_t first = line.first, last = line.last;
  if (last - first < 2) return 0;
  size_t limit = std::min(last, first + 14);
  if (w.raw[first] == "(") {
    for (size_t k = first + 1; k < limit; ++k) {
      if (w.raw[k] == ")" && k + 1 < last && IsDash(w.raw[k + 1])) return k + 2;
    }
    return 0;
  }
  bool caps_start = w.AllCaps(first, 2);
  for (size_t k = first + 1; k < limit; ++k) {
    bool credit_close = w.raw[k] == ")" && k + 1 < last && (IsDash(w.raw[k + 1]) ||
                        (w.raw[k + 1] == "." && k + 2 < last && IsDash(w.raw[k + 2])));
    if (credit_close && (caps_start || w.Capitalized(first))) return k + 2 + (w.raw[k + 1] == ".");
    // The credit closing the line after a place and a day: "SORIA, 7 (EUROPA PRESS)".
    if (w.raw[k] == ")" && k + 1 == last && caps_start) {
      bool day = false;
      for (size_t t = first + 1; t < k && !day; ++t) day = w.Digits(t);
      if (day) return last;
    }
    if (caps_start && IsDash(w.raw[k]) && k <= first + 6) return k + 1;
    // A place glued to ".-": "Ciudad de México.-".
    if (w.raw[k] == "." && k + 1 < last && IsDash(w.raw[k + 1]) && w.Glued(k) && w.Capitalized(first) &&
        k <= first + kMaxNameLineWords) {
      return k + 2;
    }
    if (w.Alpha(k) && !w.Capitalized(k) && !lex.month_abbrs.count(w.lower[k]) && !lex.months.count(w.lower[k]) &&
        !lex.InClass("particle", w.lower[k])) {
      break;  // running text: not a dateline
    }
  }
  return 0;
}

// The line's last sentence is only a credited agency: "... de guardia.
// EFE", "(Télam)". Returns its first token, or line.last.
size_t AgencySignature(const Words& w, const LanguageData& lex, const Line& line) {
  size_t last = line.last;
  while (last > line.first && (w.raw[last - 1] == "." || w.raw[last - 1] == ")")) --last;
  size_t first = w.sent_first[w.sentence[last > line.first ? last - 1 : line.first]];
  first = std::max(first, line.first);
  size_t open = first;
  if (open < last && w.raw[open] == "(") ++open;
  for (const LanguageData::Agency& a : lex.agencies) {
    if (open + a.words.size() == last && w.Match(open, a.words)) {
      // Parenthesised anywhere in the line, or a sentence of its own.
      if (open != first || first == line.first || w.SentenceStart(first)) return first;
    }
  }
  return line.last;
}

// A caption whose credit follows the last " | " ("... Eurobasket. |
// Alberto Nevado/FEB"), or a "(Credit)" glued after the caption's period.
// `dated` says the part after the bar is a date header: a byline ("Ana
// Pérez | Lunes 24 abril, 2023 12:44 p. m.").
bool CreditTail(const Words& w, const LanguageData& lex, const LineScanner& scan, const Line& line, bool* dated) {
  *dated = false;
  if (line.words > kMaxBoilerplateLineWords) return false;
  // "LM Otero/AP", "Ana Ruiz / Getty Images": a photographer and the agency
  // that sells the picture (a listed agency or a photo agency).
  for (size_t k = line.last; k-- > line.first + 1;) {
    if (w.raw[k] != "/") continue;
    if (k + 1 >= line.last) break;
    std::string tail = w.lower[k + 1];
    for (size_t t = k + 2; t < line.last; ++t) tail += " " + w.lower[t];
    bool agency = lex.InClass("photo_agency", tail) ||
                  lex.listed_org_names.count(NameKey(w.Slice(w.start(k + 1), w.end(line.last - 1)))) > 0;
    if (agency && scan.OnlyNames(line.first, k, false)) return true;
    break;
  }
  for (size_t k = line.last; k-- > line.first + 1;) {
    if (w.raw[k] != "|") continue;
    Line tail;
    tail.first = k + 1;
    tail.last = line.last;
    *dated = tail.first < tail.last && scan.DateHeader(tail);
    size_t words = 0;
    for (size_t t = k + 1; t < line.last; ++t) words += w.Alpha(t) && !scan.DateWord(t);
    return words <= kMaxCreditWords;
  }
  // "... del 2025.( Municipio de Guayaquil )"
  if (w.raw[line.last - 1] != ")") return false;
  for (size_t k = line.last - 1; k-- > line.first + 1;) {
    if (w.raw[k] != "(") continue;
    return w.raw[k - 1] == "." && w.Glued(k - 1) && scan.OnlyNames(k + 1, line.last - 1);
  }
  return false;
}

}  // namespace

std::vector<Boilerplate> FindBoilerplate(const Words& w, const LanguageData& lex,
                                         const std::vector<EntityMention>* mentions) {
  LineScanner scan(w, lex, mentions);
  std::vector<Line> lines;
  for (size_t i = 0, first = 0; i < w.size(); ++i) {
    if (!w.LineBreakAfter(i)) continue;
    Line l;
    l.first = first;
    l.last = i + 1;
    for (size_t k = l.first; k < l.last; ++k) l.words += w.Alpha(k);
    l.body = l.words >= kMinParagraphWords && scan.LineEndsSentence(l);
    l.text = w.Slice(w.start(l.first), w.end(l.last - 1));
    if (first > 0) l.blank_before = BlankLineIn(w.text.substr(w.end(first - 1), w.start(first) - w.end(first - 1)));
    lines.push_back(std::move(l));
    first = i + 1;
  }
  size_t first_body = lines.size(), last_body = 0;
  for (size_t n = 0; n < lines.size(); ++n) {
    if (!lines[n].body) continue;
    first_body = std::min(first_body, n);
    last_body = n;
  }
  bool any_body = first_body < lines.size();

  std::vector<Hit> hits;
  std::vector<char> whole(lines.size(), 0);  // the line is boilerplate whole
  auto flag_line = [&](size_t n, const char* reason) {
    hits.push_back({lines[n].first, lines[n].last, reason});
    whole[n] = 1;
  };
  size_t related_left = 0;  // headline-like lines still taken after a read-more label
  for (size_t n = 0; n < lines.size(); ++n) {
    const Line& line = lines[n];
    std::string label_reason;
    if (LabelLine(w, lex, line, &label_reason)) {
      flag_line(n, label_reason.c_str());
      related_left = label_reason == "read-more" ? kMaxRelatedHeadlines : 0;
      continue;
    }
    if (related_left > 0) {
      if (!scan.LineEndsSentence(line) && line.words <= kMaxRelatedHeadlineWords) {
        flag_line(n, "read-more");
        --related_left;
        continue;
      }
      related_left = 0;
    }
    // A dateline opens the line; an appeal or credit may still end it.
    size_t dateline_end = DatelineEnd(w, lex, line);
    if (dateline_end > 0) {
      hits.push_back({line.first, dateline_end, "dateline"});
      whole[n] = dateline_end == line.last;
      if (whole[n]) continue;
    }
    bool promo = FindPromo(w, lex, line, &hits);
    if (promo) {
      whole[n] = hits.back().first == line.first && hits.back().last == line.last;
      // "Lee también" alone on its line heads a list of links.
      if (whole[n] && hits.back().reason == "read-more" && line.words <= kMaxNameLineWords && !scan.LineEndsSentence(line)) {
        related_left = kMaxRelatedHeadlines;
      }
      continue;
    }
    if (dateline_end > 0) continue;
    if (scan.DateHeader(line)) {
      bool byline = lex.InClass("byline", w.lower[line.first]);
      flag_line(n, byline ? "byline" : "timestamp");
      continue;
    }
    // A whole line in square brackets is a link to another story: "[ Most
    // chief executives expect growth ]", "[Video: the flood in Lima]".
    if (w.raw[line.first] == "[" && w.raw[line.last - 1] == "]" && line.words >= kMinCaptionWords) {
      flag_line(n, "read-more");
      continue;
    }
    if (bool dated = false; CreditTail(w, lex, scan, line, &dated)) {
      flag_line(n, dated ? "byline" : "caption");
      continue;
    }
    // A line of no letters or digits: leftover markup ("-->", "***").
    bool letters = false;
    for (size_t k = line.first; k < line.last && !letters; ++k) {
      letters = w.Alpha(k) || w.raw[k].find_first_of("0123456789") != std::string::npos;
    }
    if (!letters) {
      flag_line(n, "markup");
      continue;
    }
    if (size_t sig = AgencySignature(w, lex, line); sig < line.last) {
      hits.push_back({sig, line.last, "credit"});
      whole[n] = sig == line.first;
      continue;
    }
  }

  // A page's menu above the story: a block of many short lines with no
  // sentence among them, half of them a few words ("Login", "Sections",
  // section names between teaser headlines), closed by a blank line, with a
  // line of the story's header (the headline) between it and the first
  // paragraph: a fact box or a results table sitting on the lead is no
  // menu. A line of the block that comes back after it (the page's title,
  // printed again as the headline) stays.
  std::unordered_map<std::string, size_t> last_line;  // each line text's last line, built at the first menu
  for (size_t n = 0; any_body && n < first_body;) {
    size_t end = n + 1;
    while (end < first_body && !lines[end].blank_before) ++end;
    bool menu = end - n >= kMinMenuLines && end < first_body && lines[end].blank_before;
    size_t tiny = 0;
    for (size_t k = n; k < end && menu; ++k) {
      menu = lines[k].words <= kMaxMenuLineWords && !scan.LineEndsSentence(lines[k]);
      tiny += lines[k].words <= kMaxMenuTinyWords;
    }
    menu = menu && 2 * tiny >= end - n;
    bool header_between = false;
    for (size_t k = end; k < first_body && menu && !header_between; ++k) header_between = !whole[k];
    if (menu && header_between) {
      if (last_line.empty()) {
        for (size_t k = 0; k < lines.size(); ++k) last_line[lines[k].text] = k;
      }
      for (size_t k = n; k < end; ++k) {
        if (!whole[k] && last_line[lines[k].text] < end) flag_line(k, "menu");
      }
    }
    n = end;
  }

  // Teaser headlines between paragraphs ("Can a child claim an
  // inheritance?", "Planning a career break? How to ..."): three or more
  // short lines in a row, none a sentence closed by a period or an
  // exclamation mark (a question or a quoted line may be a headline), each
  // opening with a capital, a quote mark or "¿", after a paragraph that ends in a
  // period (a list after a colon is the story's) and before a paragraph or
  // other boilerplate.
  auto teaser = [&](size_t k) {
    const Line& l = lines[k];
    if (whole[k] || l.body || l.words < kMinTeaserWords || l.words > kMaxTeaserWords) return false;
    const std::string& end = w.raw[l.last - 1];
    bool closed = !end.empty() && (end.back() == '.' || end.back() == '!' || end.back() == ':' || end.back() == ';');
    const std::string& open = w.raw[l.first];
    bool opens = (w.Alpha(l.first) && w.Capitalized(l.first)) || OpeningMark(open) || open == "¿" || open == "¡";
    return !closed && opens;
  };
  for (size_t n = first_body + 1; any_body && n < last_body;) {
    size_t end = n;
    while (end < last_body && teaser(end)) ++end;
    const Line& before = lines[n - 1];
    const std::string& close = w.raw[before.last - 1];
    bool after_paragraph = before.body && (close == "." || (before.last >= before.first + 2 && w.raw[before.last - 2] == "." &&
                                                            !OpeningMark(close) && !w.Alpha(before.last - 1)));
    bool closed_by = lines[end].body || whole[end];
    // Teasers are about other stories, each a different one: two lines
    // sharing a content word (its first five letters: "fiscal",
    // "fiscales") are a story's own header and subtitles, or its key points
    // ("Nuevo impuesto ...", "Se descartó la subida del impuesto ...").
    auto stem = [&](size_t t) {
      const std::string& word = w.lower[t];
      if (!w.Alpha(t) || word.size() < kMinSharedWordBytes || lex.stopwords.count(word)) return std::string();
      return word.substr(0, kSharedWordPrefixBytes);
    };
    bool related = false;
    std::unordered_map<std::string, size_t> word_line;
    for (size_t k = n; k < end && !related; ++k) {
      for (size_t t = lines[k].first; t < lines[k].last && !related; ++t) {
        std::string s = stem(t);
        if (s.empty()) continue;
        auto [it, added] = word_line.emplace(std::move(s), k);
        related = !added && it->second != k;
      }
    }
    // The story's own list: lines opening alike ("A rise in ...", "A cut
    // in ...") or, half of them or more, on the words of the paragraphs
    // around them; teasers are about other stories.
    std::unordered_set<std::string> around, openings;
    for (const Line* l : {&before, static_cast<const Line*>(&lines[end])}) {
      for (size_t t = l->first; t < l->last; ++t) around.insert(stem(t));
    }
    around.erase(std::string());
    size_t on_topic = 0;
    bool parallel = false;
    for (size_t k = n; k < end; ++k) {
      parallel = parallel || !openings.insert(w.lower[lines[k].first]).second;
      bool shares = false;
      for (size_t t = lines[k].first; t < lines[k].last && !shares; ++t) shares = around.count(stem(t)) > 0;
      on_topic += shares;
    }
    related = related || parallel || 2 * on_topic >= end - n;
    // A headline printed again at the head of the next paragraph is the
    // next story's own.
    const std::string& last_text = lines[end - 1].text;
    bool headline = end > n && lines[end].text.compare(0, last_text.size(), last_text) == 0;
    if (end - n >= kMinTeaserLines && after_paragraph && closed_by && !related && !headline) {
      for (size_t k = n; k < end; ++k) flag_line(k, "read-more");
    }
    n = std::max(end, n + 1);
  }

  // A caption repeated as the next line (galleries print it twice), or
  // repeated with its credit added ("... (BCRP)" then "... (BCRP) | CCL",
  // "... at the weekend" then "... at the weekend (getty images)").
  // A repeated headline (above the first paragraph, or closing with no
  // period: a page's title and its h1) is story.
  for (size_t n = 0; n + 1 < lines.size(); ++n) {
    const Line& a = lines[n];
    const Line& b = lines[n + 1];
    if (a.words < 2 || a.words > kMaxBoilerplateLineWords) continue;
    bool same = a.text == b.text && any_body && n > first_body && w.raw[a.last - 1] == ".";
    bool prefix = b.text.size() > a.text.size() && b.text.compare(0, a.text.size(), a.text) == 0;
    // ... or with a credit in parentheses closing it: "... (getty images)".
    bool paren_credit = prefix && w.raw[b.last - 1] == ")" && b.last - b.first >= a.last - a.first + 3 &&
                        w.raw[b.first + (a.last - a.first)] == "(" && b.last - b.first - (a.last - a.first) <= kMaxCreditWords + 2;
    bool credited = prefix && (whole[n + 1] || paren_credit);
    if (!same && !credited) continue;
    if (!whole[n]) flag_line(n, "caption");
    if (!whole[n + 1]) flag_line(n + 1, "caption");
  }

  // Bylines and place lines ("Luis Ibarra", "R. C.", "JAVIER ALONSO
  // MARTÍNEZ-RABAT", "Bogotá"): a line of names only, above the first
  // paragraph, below the last one, or next to other boilerplate; a byline
  // cue may open it ("Por Ana Pérez"). Late-line signatures ("fgr"): a
  // lone short lowercase word after the last paragraph.
  for (size_t n = 0; n < lines.size(); ++n) {
    if (whole[n]) continue;
    const Line& line = lines[n];
    size_t first = line.first;
    bool cue = lex.InClass("byline", w.lower[first]);
    if (cue) {
      ++first;
      if (first < line.last && w.raw[first] == ":") ++first;
    }
    // Without a paragraph of running text there is no header or footer: "Lionel Messi" alone is story.
    bool header = any_body && n < first_body, footer = any_body && n > last_body;
    bool next_to = (n > 0 && whole[n - 1]) || (n + 1 < lines.size() && whole[n + 1]);
    if (scan.NamesCaption(line)) {
      flag_line(n, "caption");
      continue;
    }
    // An author's address alone on its line, under or over the byline.
    if (EmailAddress(line.text)) {
      flag_line(n, "byline");
      continue;
    }
    bool names = first < line.last && scan.OnlyNames(first, line.last);
    // Next to boilerplate, two capitalised words need no tagger: "Luis Ibarra" under a caption.
    bool near_names = next_to && line.words >= 2 && first < line.last && scan.OnlyNames(first, line.last, false);
    if ((names && (header || footer || next_to || (cue && line.words >= 3))) || near_names) {
      flag_line(n, "byline");
      continue;
    }
    // "marta gil / agencias", "Ana Pérez / EFE": a name and a credit across a slash.
    if ((header || footer) && line.words <= kMaxNameLineWords + 1 && !scan.LineEndsSentence(line)) {
      bool slash = false, credit = false;
      for (size_t k = line.first; k < line.last; ++k) {
        slash = slash || w.raw[k] == "/";
        credit = credit || lex.InClass("credit_word", w.lower[k]) ||
                 AgencySignature(w, lex, {k, line.last, 0, false, false, ""}) == k;
      }
      if (slash && credit) {
        flag_line(n, "byline");
        continue;
      }
    }
    if (footer && line.last - line.first == 1 && w.Alpha(line.first) && !w.Capitalized(line.first) &&
        w.raw[line.first].size() <= 4) {
      flag_line(n, "signature");
    }
  }

  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.first != b.first ? a.first < b.first : a.last > b.last;
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
