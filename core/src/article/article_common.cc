#include "article/article_common.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdlib>

#include "text/text.h"

namespace resalta {

// Passes look one token ahead without checking the end: past it there is no
// word, so no capital and no letter.
bool Words::Capitalized(size_t i) const {
  if (i >= size()) return false;
  UChar32 c;
  size_t k = start(i);
  U16_NEXT(text.data(), k, text.size(), c);
  return u_isupper(c) || u_istitle(c);
}

bool CapitalizedDemonymAdjective(const Words& w, const LanguageData& lex, size_t k) {
  if (k + 1 >= w.size() || !w.Capitalized(k) || !lex.demonyms.count(w.lower[k]) ||
      !lex.InClass("demonym_case", "capitalized")) {
    return false;
  }
  // Part of a longer name: "Latin American", "South African".
  if (k > 0 && w.sentence[k - 1] == w.sentence[k] && w.Capitalized(k - 1) && !w.SentenceStart(k - 1)) return false;
  // Its noun comes next: a word, not a function word or a verb ("speaks
  // Russian and English", "French said"), or the tail of a compound
  // adjective ("French-born", cut off by the tokenizer).
  const std::string& next = w.lower[k + 1];
  return w.sentence[k + 1] == w.sentence[k] && (w.Alpha(k + 1) || CompoundTail(w, k + 1)) && !w.LineBreakAfter(k) && !lex.stopwords.count(next) &&
         !lex.prepositions.count(next) && !lex.cue_verbs.count(next);
}

bool Words::AllCaps(size_t i, size_t min_letters) const {
  size_t letters = 0;
  for (uint32_t k = start(i); k < end(i);) {
    UChar32 c;
    U16_NEXT(text.data(), k, end(i), c);
    if (u_islower(c)) return false;
    letters += u_isalpha(c) ? 1 : 0;
  }
  return letters >= min_letters;
}

bool Words::Alpha(size_t i) const {
  if (i >= size()) return false;
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

Span Words::SpanOver(size_t first, size_t last, std::string type) const {
  Span s;
  s.start = start(first);
  s.end = end(last - 1);
  s.type = std::move(type);
  s.text = Slice(s.start, s.end);
  return s;
}

Words MakeWords(const ArticleInput& in) {
  Words w;
  w.text = in.text;
  w.tokens = &in.segmentation->tokens;
  w.raw = *in.token_text;
  w.lower.reserve(w.raw.size());
  for (const std::string& t : w.raw) w.lower.push_back(Lower(t));
  w.folded.resize(w.lower.size());
  for (size_t i = 0; i < w.lower.size(); ++i) {
    const std::string& low = w.lower[i];
    if (IsAscii(low)) continue;
    std::string f = FoldAccents(low);
    if (f != low) w.folded[i] = std::move(f);
  }
  w.heads.assign(w.lower.size(), nullptr);
  w.language = in.language;
  if (in.language != nullptr) {
    w.number_words.resize(w.lower.size());
    for (size_t i = 0; i < w.lower.size(); ++i) {
      auto it = in.language->phrase_heads.find(w.lower[i]);
      if (it != in.language->phrase_heads.end()) w.heads[i] = &it->second;
      w.number_words[i] = in.language->FindNumberWord(w.lower[i]);
    }
  }
  w.sentence.assign(w.raw.size(), 0);
  const auto& sents = in.segmentation->sentences;
  for (size_t s = 0; s < sents.size(); ++s) {
    w.sent_first.push_back(sents[s].first_token);
    w.sent_end.push_back(sents[s].first_token + sents[s].token_count);
    for (uint32_t k = 0; k < sents[s].token_count; ++k) w.sentence[sents[s].first_token + k] = static_cast<uint32_t>(s);
  }
  return w;
}

bool NotSpeech(const Words& w, const LanguageData& lex, size_t k, const std::string& lemma) {
  auto next = lex.not_speech_before.find(lemma);
  if (next != lex.not_speech_before.end() && k + 1 < w.size() && next->second.count(w.lower[k + 1])) return true;
  auto before = lex.not_speech_after.find(lemma);
  return before != lex.not_speech_after.end() && k > 0 && before->second.count(w.lower[k - 1]) > 0;
}

std::vector<char> BoilerplateTokens(const Words& w, const std::vector<Boilerplate>& boilerplate) {
  std::vector<char> in_boilerplate(w.size(), 0);
  for (size_t k = 0, b = 0; k < w.size(); ++k) {
    while (b < boilerplate.size() && boilerplate[b].end <= w.start(k)) ++b;
    in_boilerplate[k] = b < boilerplate.size() && w.start(k) >= boilerplate[b].start && w.end(k) <= boilerplate[b].end;
  }
  return in_boilerplate;
}

}  // namespace resalta
