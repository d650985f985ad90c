#include "text/tokenizer.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "lang/lang_data.h"
#include "text/text.h"

namespace resalta {
namespace {

// ICU word-break segment, with what the merges need to know about it.
struct Piece {
  uint32_t start, end;
  bool space;  // all white space
  bool word;   // ICU rule status: letters, numbers, kana or ideographs
};

bool IsAllSpace(std::u16string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    UChar32 c = s[i];
    if (U16_IS_LEAD(c) && i + 1 < s.size()) return false;
    if (!u_isUWhiteSpace(c) && c != 0) return false;
  }
  return true;
}

// Lowercase for list lookups (ASCII and Latin-1/Latin Extended via ICU's
// simple case mapping; no locale data needed). Lower's own rules: a lone
// surrogate is U+FFFD either way, and ASCII, most pieces, takes its fast path.
std::string LowerUtf8(std::u16string_view s) { return Lower(EncodeUtf8(s)); }

class ListSet {
 public:
  ListSet(std::string_view lang, std::string_view name) {
    for (auto line : LangDataLines(lang, name)) set_.emplace(line);
  }
  bool Has(const std::string& s) const { return set_.count(s) > 0; }
  bool empty() const { return set_.empty(); }

 private:
  std::unordered_set<std::string> set_;
};

// What Segment needs for one data language, built once per process and
// never changed: the lists, and ICU's break iterators, which each call
// clones (building the sentence iterator with its suppression list took
// 0.7 ms natively, a clone 0.2 us: per-call setup was almost all of a short
// analyze() and starved the fuzzer). Clones of a const prototype are safe to
// take from concurrent calls.
struct LanguageSetup {
  explicit LanguageSetup(const std::string& lang)
      : abbreviations(lang, "abbreviations"),
        number_abbreviations(lang, "number_abbreviations"),
        currency(lang, "currency_tokens"),
        split_endings(lang, "split_endings"),
        compound_heads(lang, "compound_heads") {
    UErrorCode err = U_ZERO_ERROR;
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale(lang.c_str()), err));
    if (U_FAILURE(err)) words_error = err;
    err = U_ZERO_ERROR;
    sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale((lang + "@ss=standard").c_str()), err));
    if (U_FAILURE(err)) sentences_error = err;
  }
  ListSet abbreviations, number_abbreviations, currency, split_endings, compound_heads;
  std::unique_ptr<icu::BreakIterator> words, sentences;
  UErrorCode words_error = U_ZERO_ERROR, sentences_error = U_ZERO_ERROR;
};

// The setup of the languages the core has data for; null for others.
const LanguageSetup* CachedSetup(const std::string& data_lang) {
  static const LanguageSetup es("es"), en("en");
  if (data_lang == "es") return &es;
  if (data_lang == "en") return &en;
  return nullptr;
}

// A fresh iterator cloned from the setup's, or an error.
Status CloneIterator(const std::unique_ptr<icu::BreakIterator>& proto, UErrorCode build_error, const char* what,
                     std::unique_ptr<icu::BreakIterator>* out) {
  if (U_FAILURE(build_error) || proto == nullptr) {
    return Status(ErrorCode::kInternal, std::string("ICU ") + what + " break iterator: " + u_errorName(build_error));
  }
  out->reset(proto->clone());
  if (*out == nullptr) return Status(ErrorCode::kInternal, std::string("ICU ") + what + " break iterator: clone failed");
  return Status::Ok();
}

bool IsLetter(char16_t c) { return u_isalpha(c) != 0; }

// "EE.UU", "S.A", "a.m": letters with internal periods.
bool HasInternalPeriod(std::u16string_view s) {
  return s.size() >= 3 && s.find(u'.') != std::u16string_view::npos && IsLetter(s.front()) && IsLetter(s.back());
}

}  // namespace

Status Segment(std::u16string_view text, std::string_view lang, Segmentation* out) {
  out->tokens.clear();
  out->sentences.clear();
  if (text.empty()) return Status::Ok();
  const std::string data_lang = LangData(lang, "abbreviations").empty() ? "es" : std::string(lang);
  std::optional<LanguageSetup> uncached;  // a language without data of its own: built for this call
  const LanguageSetup* setup = CachedSetup(data_lang);
  if (setup == nullptr) setup = &uncached.emplace(data_lang);
  const ListSet& abbreviations = setup->abbreviations;
  const ListSet& currency = setup->currency;

  const icu::UnicodeString utext(false, text.data(), static_cast<int32_t>(text.size()));
  std::unique_ptr<icu::BreakIterator> words;
  if (Status s = CloneIterator(setup->words, setup->words_error, "word", &words); !s.ok()) return s;
  words->setText(utext);

  std::vector<Piece> pieces;
  int32_t prev = words->first();
  for (int32_t next = words->next(); next != icu::BreakIterator::DONE; prev = next, next = words->next()) {
    std::u16string_view seg = text.substr(prev, next - prev);
    int32_t status = words->getRuleStatus();
    pieces.push_back({static_cast<uint32_t>(prev), static_cast<uint32_t>(next), IsAllSpace(seg),
                      status >= UBRK_WORD_NUMBER});
  }

  auto view = [&](uint32_t s, uint32_t e) { return text.substr(s, e - s); };
  std::vector<bool> never_ends;  // per token: a title abbreviation
  for (size_t i = 0; i < pieces.size(); ++i) {
    const Piece& p = pieces[i];
    if (p.space) continue;
    TokenRange tok{p.start, p.end};
    bool title = false;
    // Multi-character currency signs: up to three adjacent pieces.
    for (size_t k = std::min<size_t>(3, pieces.size() - i); k >= 2; --k) {
      bool adjacent = true;
      for (size_t j = i; j < i + k; ++j) adjacent = adjacent && !pieces[j].space;
      if (!adjacent || !currency.Has(LowerUtf8(view(p.start, pieces[i + k - 1].end)))) continue;
      // "S/. 120", "Bs. 200": a sign's period before an amount is the sign's and ends no
      // sentence; after one ("pagó 300 Bs.") it is the sentence's.
      size_t next = i + k;
      while (next < pieces.size() && pieces[next].space) ++next;
      title = text[pieces[i + k - 1].end - 1] == u'.';
      if (title && (next == pieces.size() || !u_isdigit(text[pieces[next].start]))) {
        title = false;
        continue;
      }
      tok.end = pieces[i + k - 1].end;
      i += k - 1;
      break;
    }
    if (tok.end == p.end && p.word) {
      // Hyphenated compounds: word-word(-word...) with no space around '-'.
      // A name made an adjective ("London-based") is two tokens, the name
      // and "-based": the name is the place.
      while (i + 2 < pieces.size() && pieces[i + 1].end - pieces[i + 1].start == 1 &&
             (text[pieces[i + 1].start] == u'-' || text[pieces[i + 1].start] == u'\u2010') &&
             pieces[i + 2].word) {
        // Only a one-piece capitalised head and a tail written in lowercase:
        // "Hit-and-Run" and "State-Owned" stay whole.
        std::u16string_view tail = view(pieces[i + 2].start, pieces[i + 2].end);
        if (tok.end == p.end && u_isupper(text[tok.start]) && !u_isupper(tail[0]) &&
            setup->compound_heads.Has(LowerUtf8(tail))) {
          out->tokens.push_back(tok);
          never_ends.push_back(false);
          tok = {pieces[i + 1].start, pieces[i + 2].end};
          i += 2;
          break;
        }
        tok.end = pieces[i + 2].end;
        i += 2;
      }
      // An ending that is a token of its own ("Syria’s" -> "Syria" "’s"):
      // the tagger's training text splits it, and a name does not include it.
      std::u16string_view w = view(tok.start, tok.end);
      size_t split = 0;
      for (size_t n = 2; n <= 3 && n < w.size() && split == 0 && !setup->split_endings.empty(); ++n) {
        if (setup->split_endings.Has(LowerUtf8(w.substr(w.size() - n)))) split = n;
      }
      if (split > 0) {
        out->tokens.push_back({tok.start, static_cast<uint32_t>(tok.end - split)});
        never_ends.push_back(false);
        tok.start = tok.end - static_cast<uint32_t>(split);
      }
      // Abbreviation period.
      if (split == 0 && i + 1 < pieces.size() && pieces[i + 1].end - pieces[i + 1].start == 1 && text[pieces[i + 1].start] == u'.') {
        std::string low = LowerUtf8(w) + ".";
        bool initial = w.size() == 1 && u_isupper(w[0]);
        // "No. 5" keeps the period; "No. Descartamos" does not.
        if (!initial && setup->number_abbreviations.Has(low)) {
          size_t j = i + 2;
          while (j < pieces.size() && pieces[j].space) ++j;
          if (j < pieces.size() && u_isdigit(text[pieces[j].start])) {
            tok.end = pieces[i + 1].end;
            i += 1;
            title = true;
          }
        } else if (abbreviations.Has(low) || HasInternalPeriod(w) || initial) {
          title = abbreviations.Has(low) || initial;
          tok.end = pieces[i + 1].end;
          i += 1;
        }
      }
    }
    out->tokens.push_back(tok);
    never_ends.push_back(title);
  }
  if (out->tokens.empty()) return Status::Ok();

  // Sentences: ICU's boundaries (with the language's suppressions, e.g.
  // "Sr."), moved to token boundaries; no break after a title abbreviation
  // or an initial, unless a line break follows it: "en su cuenta de X.\n\nEl
  // alcalde" is two paragraphs, whatever "X." looks like.
  std::unique_ptr<icu::BreakIterator> sents;
  if (Status s = CloneIterator(setup->sentences, setup->sentences_error, "sentence", &sents); !s.ok()) return s;
  sents->setText(utext);
  std::vector<bool> breaks_before(out->tokens.size(), false);
  size_t t = 0;
  for (int32_t b = sents->next(); b != icu::BreakIterator::DONE; b = sents->next()) {
    while (t < out->tokens.size() && out->tokens[t].start < static_cast<uint32_t>(b)) ++t;
    if (t == 0 || t >= out->tokens.size()) continue;
    bool line_break = false;
    for (uint32_t k = out->tokens[t - 1].end; k < out->tokens[t].start && !line_break; ++k) {
      line_break = text[k] == u'\n' || text[k] == u'\r' || text[k] == 0x2029;
    }
    if (!never_ends[t - 1] || line_break) breaks_before[t] = true;
  }
  uint32_t first = 0;
  for (uint32_t k = 1; k <= out->tokens.size(); ++k) {
    if (k == out->tokens.size() || breaks_before[k]) {
      out->sentences.push_back({first, k - first});
      first = k;
    }
  }
  return Status::Ok();
}

}  // namespace resalta
