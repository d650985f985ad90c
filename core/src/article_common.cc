#include "article_common.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdlib>

#include "lang_data.h"
#include "text.h"

namespace resalta {

std::string Lower(std::string_view utf8) {
  std::u16string u = DecodeUtf8(utf8).units;
  for (char16_t& c : u) {
    if (!U16_IS_SURROGATE(c)) c = static_cast<char16_t>(u_tolower(c));
  }
  return EncodeUtf8(u);
}

std::string NameKey(std::string_view utf8) {
  std::string out;
  for (char c : Lower(utf8)) {
    if (c != ' ' && c != '\t') out.push_back(c);
  }
  return out;
}

Phrase SplitPhrase(std::string_view phrase) {
  Phrase out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(Lower(cur));
    cur.clear();
  };
  for (char c : phrase) {
    if (c == ' ' || c == '\t') {
      flush();
    } else if (c == ':' || c == '(' || c == ')' || c == ',') {
      flush();
      out.push_back(std::string(1, c));
    } else {
      cur.push_back(c == '_' ? ' ' : c);
    }
  }
  flush();
  return out;
}

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "key: a b c" -> key, words.
bool SplitKey(std::string_view line, std::string_view* key, std::string_view* rest) {
  size_t colon = line.find(": ");
  if (colon == std::string_view::npos) return false;
  *key = Trim(line.substr(0, colon));
  *rest = Trim(line.substr(colon + 2));
  return true;
}

std::vector<std::string_view> SplitSpaces(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// "Name|other spellings" -> the spellings, trimmed, empty ones dropped.
std::vector<std::string_view> SplitBars(std::string_view line) {
  std::vector<std::string_view> out;
  while (!line.empty()) {
    size_t bar = line.find('|');
    std::string_view spelling = Trim(line.substr(0, bar));
    if (!spelling.empty()) out.push_back(spelling);
    line = bar == std::string_view::npos ? std::string_view() : line.substr(bar + 1);
  }
  return out;
}

// Data words may join multiword entries with '_' ("primer_ministro").
std::string DataWord(std::string_view w) {
  std::string s = Lower(w);
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

}  // namespace

bool Lexicon::InDateWords(std::string_view key, const std::string& w) const {
  auto it = date_words.find(std::string(key));
  if (it == date_words.end()) return false;
  return std::find(it->second.begin(), it->second.end(), w) != it->second.end();
}

Lexicon LoadLexicon(std::string_view lang) {
  Lexicon lex;
  int n = 0;
  for (std::string_view line : LangDataLines(lang, "months")) {
    ++n;
    // The full name first, then abbreviations ("mar" is also "sea": only a
    // month next to a day number).
    std::vector<std::string_view> parts = SplitSpaces(line);
    for (size_t k = 0; k < parts.size(); ++k) {
      if (k == 0) {
        lex.months[Lower(parts[k])] = n;
      } else {
        lex.month_abbrs[Lower(parts[k])] = n;
        lex.month_abbrs[Lower(parts[k]) + "."] = n;
      }
    }
  }
  n = 0;
  for (std::string_view line : LangDataLines(lang, "weekdays")) {
    ++n;
    for (std::string_view w : SplitSpaces(line)) lex.weekdays[Lower(w)] = n;
  }
  for (std::string_view line : LangDataLines(lang, "date_words")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) continue;
    std::vector<std::string_view> parts = SplitSpaces(rest);
    if (key == "day" && parts.size() == 2) {
      lex.day_words[Lower(parts[0])] = std::atoi(std::string(parts[1]).c_str());
      continue;
    }
    auto& v = lex.date_words[std::string(key)];
    for (std::string_view w : parts) v.push_back(Lower(w));
  }
  for (std::string_view line : LangDataLines(lang, "time_units")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) continue;
    for (std::string_view w : SplitSpaces(rest)) lex.time_units[Lower(w)] = std::string(key);
  }
  for (std::string_view line : LangDataLines(lang, "number_words")) {
    std::vector<std::string_view> parts = SplitSpaces(line);
    if (parts.size() < 2) continue;
    Lexicon::NumberWord nw;
    nw.value = std::strtod(std::string(parts[1]).c_str(), nullptr);
    nw.scale = parts.size() > 2 && parts[2] == "scale";
    nw.collective = parts.size() > 2 && parts[2] == "collective";
    lex.numbers[Lower(parts[0])] = nw;
  }
  for (std::string_view line : LangDataLines(lang, "qualifiers")) {
    size_t bar = line.find('|');
    if (bar == std::string_view::npos) continue;
    lex.qualifiers.push_back({SplitPhrase(line.substr(0, bar)), std::string(Trim(line.substr(bar + 1)))});
  }
  std::stable_sort(lex.qualifiers.begin(), lex.qualifiers.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (std::string_view line : LangDataLines(lang, "currencies")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) continue;
    for (std::string_view w : SplitSpaces(rest)) lex.currencies[DataWord(w)] = std::string(key);
  }
  for (std::string_view line : LangDataLines(lang, "demonyms")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) continue;
    for (std::string_view w : SplitSpaces(rest)) lex.demonyms[Lower(w)] = std::string(key);
  }
  for (std::string_view line : LangDataLines(lang, "cue_verbs")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) continue;
    for (std::string_view w : SplitSpaces(rest)) lex.cue_verbs[Lower(w)] = std::string(key);
  }
  for (std::string_view line : LangDataLines(lang, "titles")) {
    std::vector<std::string_view> parts = SplitSpaces(line);
    if (parts.empty()) continue;
    std::string group = DataWord(parts[0]);
    for (std::string_view w : parts) lex.titles.emplace(DataWord(w), group);
  }
  for (std::string_view line : LangDataLines(lang, "org_titles")) {
    for (std::string_view w : SplitSpaces(line)) lex.org_titles.insert(Lower(w));
  }
  for (std::string_view line : LangDataLines(lang, "agencies")) {
    std::string_view rest = line;
    std::string canonical;
    while (!rest.empty()) {
      size_t bar = rest.find('|');
      std::string_view spelling = Trim(rest.substr(0, bar));
      if (canonical.empty()) canonical = std::string(spelling);
      if (!spelling.empty()) lex.agencies.push_back({canonical, SplitPhrase(spelling)});
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
  }
  std::stable_sort(lex.agencies.begin(), lex.agencies.end(),
                   [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
  for (std::string_view line : LangDataLines(lang, "source_cues")) {
    std::string_view key, rest;
    if (SplitKey(line, &key, &rest) && key == "filler") {
      for (std::string_view w : SplitSpaces(rest)) lex.source_filler.insert(Lower(w));
      continue;
    }
    lex.source_cues.push_back(SplitPhrase(line));
  }
  for (std::string_view line : LangDataLines(lang, "boilerplate")) {
    size_t bar = line.find('|');
    if (bar == std::string_view::npos) continue;
    Lexicon::Promo p;
    p.reason = std::string(Trim(line.substr(0, bar)));
    std::string_view phrase = Trim(line.substr(bar + 1));
    if (!phrase.empty() && phrase[0] == '^') {
      p.anchored = true;
      phrase.remove_prefix(1);
    }
    p.words = SplitPhrase(phrase);
    if (!p.words.empty()) lex.promos[p.words[0]].push_back(std::move(p));
  }
  for (std::string_view w : LangDataLines(lang, "stopwords")) lex.stopwords.insert(Lower(w));
  // Lexicon-backed types. Places first: a name on both kinds of list keeps
  // the place type (none is today).
  for (const auto& [form, country] : lex.demonyms) lex.name_types.emplace(NameKey(country), "LOC");
  for (const char* file : {"countries", "capitals"}) {
    for (std::string_view line : LangDataLines(lang, file)) {
      for (std::string_view spelling : SplitBars(line)) lex.name_types.emplace(NameKey(spelling), "LOC");
    }
  }
  for (const char* file : {"agencies", "outlets"}) {
    for (std::string_view line : LangDataLines(lang, file)) {
      for (std::string_view spelling : SplitBars(line)) lex.name_types.emplace(NameKey(spelling), "ORG");
    }
  }
  return lex;
}

bool Words::Capitalized(size_t i) const {
  UChar32 c;
  size_t k = start(i);
  U16_NEXT(text.data(), k, text.size(), c);
  return u_isupper(c) || u_istitle(c);
}

bool Words::Alpha(size_t i) const {
  UChar32 c;
  size_t k = start(i);
  U16_NEXT(text.data(), k, text.size(), c);
  return u_isalpha(c);
}

bool Words::Digits(size_t i) const {
  const std::string& s = raw[i];
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool Words::IsNumber(size_t i) const {
  const std::string& s = raw[i];
  if (s.empty() || s[0] < '0' || s[0] > '9' || s.back() < '0' || s.back() > '9') return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || c == '.' || c == ',')) return false;
  }
  return true;
}

bool Words::LineBreakAfter(size_t i) const {
  if (i + 1 >= size()) return true;
  for (uint32_t k = end(i); k < start(i + 1); ++k) {
    if (text[k] == u'\n' || text[k] == u'\r' || text[k] == 0x2029) return true;
  }
  return false;
}

size_t Words::Match(size_t i, const Phrase& p) const {
  if (p.empty() || i + p.size() > size()) return 0;
  for (size_t k = 0; k < p.size(); ++k) {
    if (lower[i + k] != p[k]) return 0;
  }
  return p.size();
}

std::string Words::Slice(uint32_t s, uint32_t e) const { return EncodeUtf8(text.substr(s, e - s)); }

Words MakeWords(const ArticleInput& in) {
  Words w;
  w.text = in.text;
  w.tokens = &in.segmentation->tokens;
  w.raw = *in.token_text;
  w.lower.reserve(w.raw.size());
  for (const std::string& t : w.raw) w.lower.push_back(Lower(t));
  w.sentence.assign(w.raw.size(), 0);
  const auto& sents = in.segmentation->sentences;
  for (size_t s = 0; s < sents.size(); ++s) {
    w.sent_first.push_back(sents[s].first_token);
    w.sent_end.push_back(sents[s].first_token + sents[s].token_count);
    for (uint32_t k = 0; k < sents[s].token_count; ++k) w.sentence[sents[s].first_token + k] = static_cast<uint32_t>(s);
  }
  return w;
}

}  // namespace resalta
