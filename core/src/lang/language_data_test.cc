// Every core/data/<lang>/*.txt line has the shape its reader expects
// (language_data.cc, tokenizer.cc, tagger_features.cc). A reader skips or
// misreads a malformed line silently, so this test is where a typo in a
// data file fails.
#include "lang/language_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <unicode/utf8.h>

#include "lang/lang_data.h"
#include "tagger/tagger_features.h"
#include "text/text.h"

namespace resalta {
namespace {

// "" when `line` is well formed, else why not.
using LineCheck = std::string (*)(std::string_view line);

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// "key: words" as SplitKey in language_data.cc reads it.
bool SplitKey(std::string_view line, std::string_view* key, std::vector<std::string_view>* words) {
  const size_t colon = line.find(": ");
  if (colon == std::string_view::npos) return false;
  *key = line.substr(0, colon);
  while (!key->empty() && key->back() == ' ') key->remove_suffix(1);
  *words = Words(line.substr(colon + 2));
  return true;
}

bool AllUpper(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

std::string KeyWords(std::string_view line) {
  std::string_view key;
  std::vector<std::string_view> words;
  if (!SplitKey(line, &key, &words)) return "expected \"key: words\"";
  if (key.empty()) return "empty key";
  if (words.empty()) return "no words after the key";
  return "";
}

// A list of words on one line (months: the name, then abbreviations).
std::string WordList(std::string_view line) {
  if (line.find(':') != std::string_view::npos || line.find('|') != std::string_view::npos)
    return "a plain word list has no ':' or '|'";
  return Words(line).empty() ? "no words" : "";
}

// One lowercase entry per line, looked up after lowercasing the text.
std::string LowercaseEntry(std::string_view line) {
  if (Words(line).size() != 1) return "expected one entry (no spaces)";
  if (Lower(line) != line) return "entries are matched lowercased: write it in lowercase";
  return "";
}

std::string Abbreviation(std::string_view line) {
  std::string why = LowercaseEntry(line);
  if (!why.empty()) return why;
  return line.back() == '.' ? "" : "an abbreviation ends with its period";
}

// "Name|other spelling|...": every spelling non-empty.
std::string Spellings(std::string_view line) {
  if (line.find(": ") != std::string_view::npos)
    return "spellings are separated by '|', not \"key: \"";
  size_t start = 0;
  for (;;) {
    const size_t bar = line.find('|', start);
    std::string_view part = line.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
    if (Words(part).empty()) return "empty spelling";
    if (bar == std::string_view::npos) return "";
    start = bar + 1;
  }
}

// "left|right", both sides non-empty (qualifiers, boilerplate).
std::string Pair(std::string_view line, std::string_view* left, std::string_view* right) {
  const size_t bar = line.find('|');
  if (bar == std::string_view::npos || line.find('|', bar + 1) != std::string_view::npos)
    return "expected exactly one '|'";
  *left = line.substr(0, bar);
  *right = line.substr(bar + 1);
  if (Words(*left).empty() || Words(*right).empty()) return "empty side of '|'";
  return "";
}

std::string Qualifier(std::string_view line) {
  std::string_view phrase, value;
  return Pair(line, &phrase, &value);
}

std::string Boilerplate(std::string_view line) {
  std::string_view reason, phrase;
  std::string why = Pair(line, &reason, &phrase);
  if (!why.empty()) return why;
  if (Words(reason).size() != 1) return "the reason is one word (donation-appeal)";
  while (!phrase.empty() && phrase.front() == ' ') phrase.remove_prefix(1);
  if (!phrase.empty() && phrase.front() == '^') phrase.remove_prefix(1);
  return Words(phrase).empty() ? "no phrase after '^'" : "";
}

std::string DateWord(std::string_view line) {
  std::string why = KeyWords(line);
  if (!why.empty()) return why;
  std::string_view key;
  std::vector<std::string_view> words;
  SplitKey(line, &key, &words);
  if (key != "day") return "";
  // "day: ayer -1": a word and its offset in days.
  if (words.size() != 2) return "expected \"day: word offset\"";
  const std::string n(words[1]);
  char* end = nullptr;
  std::strtol(n.c_str(), &end, 10);
  return end == n.c_str() || *end != '\0' ? "the day offset is an integer" : "";
}

std::string TimeUnit(std::string_view line) {
  std::string why = KeyWords(line);
  if (!why.empty()) return why;
  std::string_view key;
  std::vector<std::string_view> words;
  SplitKey(line, &key, &words);
  return AllUpper(key) ? "" : "the unit is an ISO 8601 designator (S, MIN, H, D, ...)";
}

std::string Currency(std::string_view line) {
  std::string why = KeyWords(line);
  if (!why.empty()) return why;
  std::string_view key;
  std::vector<std::string_view> words;
  SplitKey(line, &key, &words);
  // LOCAL: the signs whose currency is the article's country's (quantities.cc); "BOB|VES": a
  // sign those currencies share, picked the same way; "GTQ|": a letter sign of one country.
  bool codes = !key.empty();
  if (key.size() == 4 && key.back() == '|') key.remove_suffix(1);
  for (size_t at = 0; codes && at <= key.size(); at += 4) {
    codes = key.size() >= at + 3 && AllUpper(key.substr(at, 3)) && (key.size() == at + 3 || key[at + 3] == '|');
  }
  return codes || key == "LOCAL" ? "" : "the key is an ISO 4217 code (USD), codes joined by '|' (BOB|VES), a code and '|' (GTQ|) or LOCAL";
}

// "word value [kind]", the kinds numbers.cc reads.
std::string NumberWord(std::string_view line) {
  const std::vector<std::string_view> parts = Words(line);
  if (parts.size() < 2 || parts.size() > 3) return "expected \"word value [kind]\"";
  const std::string v(parts[1]);
  char* end = nullptr;
  std::strtod(v.c_str(), &end);
  if (end != v.c_str() && *end == '/') {  // "1/3"
    const char* den = end + 1;
    if (std::strtod(den, &end) == 0 || end == den) return "the value is a number or a fraction (1/3)";
  }
  if (end == v.c_str() || *end != '\0') return "the value is a number or a fraction (1/3)";
  static constexpr std::string_view kKinds[] = {"scale",   "collective",    "half",     "fraction", "part",
                                                 "and",     "decimal",       "decimal_inner", "negative", "suffix"};
  if (parts.size() == 3 && std::find(std::begin(kKinds), std::end(kKinds), parts[2]) == std::end(kKinds)) {
    return "the kind is scale, collective, half, fraction, part, and, decimal, decimal_inner, negative or suffix";
  }
  return "";
}

// A cue phrase ("citado ... por"), or the "filler: words" line.
std::string SourceCue(std::string_view line) {
  std::string_view key;
  std::vector<std::string_view> words;
  if (SplitKey(line, &key, &words)) {
    // The keys LoadLanguageData reads; any other line is a cue phrase.
    if (key != "filler" && key != "weak" && key != "interview" && key != "telling" && key != "after") {
      return "keyed lines are filler:, weak:, interview:, telling: or after:";
    }
    return words.empty() ? "a keyed line with no words" : "";
  }
  return "";
}

std::string CheckedByLoader(std::string_view) { return ""; }

std::string TriggerWordLine(std::string_view line) {
  std::vector<std::string> errors;
  tagger_internal::TriggerWords::Parse({line}, &errors);
  return errors.empty() ? "" : errors[0];
}

struct FileShape {
  std::string_view name;
  LineCheck check;
};

// The reader of each file and the line shape it expects. A new data file
// gets a line here (the test fails until it has one).
constexpr FileShape kShapes[] = {
    {"months", WordList},               // LoadLanguageData: name, then abbreviations; line n is month n
    {"weekdays", WordList},             // LoadLanguageData: line n is ISO weekday n
    {"titles", WordList},               // LoadLanguageData: group word first
    {"org_titles", WordList},           // LoadLanguageData
    {"stopwords", LowercaseEntry},      // LoadLanguageData
    {"abbreviations", Abbreviation},    // tokenizer.cc
    {"number_abbreviations", Abbreviation},  // tokenizer.cc: only before a number
    {"currency_tokens", LowercaseEntry},  // tokenizer.cc
    {"split_endings", LowercaseEntry},  // tokenizer.cc: a token of its own
    {"compound_heads", LowercaseEntry},  // tokenizer.cc: "London" "-based"
    {"date_words", DateWord},           // LoadLanguageData
    {"time_units", TimeUnit},           // LoadLanguageData
    {"currencies", Currency},           // LoadLanguageData
    {"demonyms", KeyWords},             // LoadLanguageData: "Country: forms"
    {"cue_verbs", KeyWords},            // LoadLanguageData: "lemma: forms"
    {"number_words", NumberWord},       // LoadLanguageData
    {"qualifiers", Qualifier},          // LoadLanguageData: "phrase|meaning"
    {"boilerplate", Boilerplate},       // LoadLanguageData: "reason|[^]phrase"
    {"source_cues", SourceCue},         // LoadLanguageData
    {"agencies", Spellings},            // LoadLanguageData: canonical name first
    {"outlets", Spellings},             // LoadLanguageData
    {"countries", Spellings},           // LoadLanguageData
    {"capitals", Spellings},            // LoadLanguageData
    {"trigger_words", TriggerWordLine},  // tagger_features.cc TriggerWords
    {"interface_words", LowercaseEntry},
    {"person_initials", Spellings},     // tagger_features.cc NameLists: typed PER  // tagger.cc: the post-pass drops entities they open
    {"regions", Spellings},             // LoadLanguageData: typed LOC
    {"parties", Spellings},             // LoadLanguageData: typed ORG
    {"products", Spellings},            // LoadLanguageData: typed MISC
    {"entity_words", KeyWords},         // LoadLanguageData: "class: words"
    {"boilerplate_words", KeyWords},    // LoadLanguageData: "class: words"
    // Files whose loader checks each line itself and reports it in
    // LanguageData::malformed (LoadedDataHasNoMalformedLines below).
    {"weekday_abbrs", CheckedByLoader},
    {"parts_of_day", CheckedByLoader},
    {"clock_words", CheckedByLoader},
    {"seasons", CheckedByLoader},
    {"holidays", CheckedByLoader},
    {"ordinals", CheckedByLoader},
    {"units", CheckedByLoader},
    {"local_currency", CheckedByLoader},
    {"quantity_words", CheckedByLoader},
    {"speech", KeyWords},               // LoadSpeechAndRoleWords: "class: words"
    {"role_nouns", KeyWords},           // LoadSpeechAndRoleWords: "class: words"
    {"given_names", KeyWords},          // LoadSpeechAndRoleWords: "class: words"
};

LineCheck CheckOf(std::string_view name) {
  for (const FileShape& s : kShapes) {
    if (s.name == name) return s.check;
  }
  return nullptr;
}

bool ValidUtf8(std::string_view s) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

TEST(LanguageDataFilesTest, EveryLineHasItsFilesShape) {
  int files = 0, lines = 0;
  for (const LangDataFile* f = kLangDataFiles; !f->name.empty(); ++f) {
    ++files;
    const std::string where = "core/data/" + std::string(f->lang) + "/" + std::string(f->name) + ".txt";
    EXPECT_TRUE(ValidUtf8(f->content)) << where << ": not UTF-8";
    const LineCheck check = CheckOf(f->name);
    if (check == nullptr) {
      ADD_FAILURE() << where << ": no line shape known; add the file to kShapes in language_data_test.cc";
      continue;
    }
    const std::vector<std::string_view> entries = LangDataLines(f->lang, f->name);
    for (std::string_view line : entries) {
      ++lines;
      const std::string why = check(line);
      EXPECT_EQ(why, "") << where << ": \"" << line << "\"";
    }
    // Files read by line number.
    if (f->name == "months") {
      EXPECT_EQ(entries.size(), 12u) << where;
    }
    if (f->name == "weekdays") {
      EXPECT_EQ(entries.size(), 7u) << where;
    }
    // A trigger word in two classes, or twice, is an error of the file, not of a line.
    if (f->name == "trigger_words") {
      std::vector<std::string> errors;
      tagger_internal::TriggerWords::Parse(entries, &errors);
      EXPECT_TRUE(errors.empty()) << where << ": " << (errors.empty() ? "" : errors[0]);
    }
  }
  EXPECT_GE(files, 20);
  EXPECT_GT(lines, 500);
}

// The checks reject what their readers would skip or misread.
TEST(LanguageDataFilesTest, ChecksRejectMalformedLines) {
  struct Case {
    std::string_view file, line;
    bool ok;
  };
  const Case cases[] = {
      {"months", "octubre oct", true},
      {"months", "octubre: oct", false},
      {"stopwords", "de", true},
      {"stopwords", "De", false},
      {"stopwords", "de la", false},
      {"abbreviations", "sra.", true},
      {"abbreviations", "sra", false},
      {"date_words", "past: pasado pasada", true},
      {"date_words", "past pasado", false},
      {"date_words", "past:", false},
      {"date_words", "day: ayer -1", true},
      {"date_words", "day: ayer", false},
      {"date_words", "day: ayer uno", false},
      {"time_units", "D: día días", true},
      {"time_units", "día: días", false},
      {"currencies", "EUR: € euro euros", true},
      {"currencies", "euro: euros", false},
      {"number_words", "tercio 1/3 fraction", true},
      {"number_words", "tercio 1/0 fraction", false},
      {"number_words", "tercio 1/ fraction", false},
      {"number_words", "tercio 1/3x fraction", false},
      {"currencies", "BOB|VES: Bs", true},
      {"currencies", "GTQ|: Q", true},  // a letter sign of one country
      {"currencies", "|BOB: Bs", false},
      {"currencies", "BOB||: Bs", false},
      {"currencies", "BOB|VE: Bs", false},
      {"demonyms", "Rusia: ruso rusa", true},
      {"demonyms", "Rusia ruso rusa", false},
      {"number_words", "mil 1000 scale", true},
      {"number_words", "mil 1.5e3", true},
      {"number_words", "mil mil", false},
      {"number_words", "mil 1000 grande", false},
      {"qualifiers", "más de|more than", true},
      {"qualifiers", "más de more than", false},
      {"qualifiers", "más de|", false},
      {"boilerplate", "donation-appeal|^sumate", true},
      {"boilerplate", "donation-appeal|^", false},
      {"boilerplate", "|gracias", false},
      {"source_cues", "citado ... por", true},
      {"source_cues", "filler: la el", true},
      {"source_cues", "relleno: la el", false},
      {"agencies", "AFP|Agence France-Presse", true},
      {"agencies", "AFP||France Presse", false},
      {"agencies", "AFP: Agence France-Presse", false},
      {"trigger_words", "title: presidente ministra", true},
      {"trigger_words", "títulos: presidente", false},
      {"trigger_words", "presidente ministra", false},
      {"trigger_words", "sport:", false},
  };
  for (const Case& c : cases) {
    const LineCheck check = CheckOf(c.file);
    ASSERT_NE(check, nullptr) << c.file;
    EXPECT_EQ(check(c.line).empty(), c.ok) << c.file << ": \"" << c.line << "\" " << check(c.line);
  }
}

TEST(LanguageDataFilesTest, LoadedDataHasNoMalformedLines) {
  for (const char* lang : {"es", "en"}) {
    const LanguageData lex = LoadLanguageData(lang);
    EXPECT_TRUE(lex.malformed.empty()) << lang << ": " << (lex.malformed.empty() ? "" : lex.malformed[0]);
  }
}

// phrase_heads must name exactly the first words of each list's phrases: a
// missing word would make a pass skip a phrase that is there (Words::Opens
// says no), a stray one only costs a scan.
TEST(LanguageDataFilesTest, PhraseHeadsIndexEveryListByItsFirstWords) {
  for (const char* lang : {"es", "en"}) {
    const LanguageData lex = LoadLanguageData(lang);
    std::vector<std::pair<size_t, std::vector<Phrase>>> lists;  // bit, phrases
    auto firsts = [](const auto& pairs) {
      std::vector<Phrase> out;
      for (const auto& entry : pairs) out.push_back(entry.first);
      return out;
    };
    lists.push_back({kDayPhrases, firsts(lex.day_phrases)});
    lists.push_back({kClockWords, firsts(lex.clock_words)});
    lists.push_back({kHolidays, firsts(lex.holidays)});
    lists.push_back({kEasterHolidays, firsts(lex.easter_holidays)});
    lists.push_back({kUnits, firsts(lex.units)});
    lists.push_back({kCurrencyNames, firsts(lex.currency_names)});
    lists.push_back({kQualifiers, firsts(lex.qualifiers)});
    for (const auto* keyed : {&lex.date_phrases, &lex.quantity_phrases}) {
      const auto& bits = keyed == &lex.date_phrases ? lex.date_phrase_bits : lex.quantity_phrase_bits;
      for (const auto& [key, phrases] : *keyed) {
        auto bit = bits.find(key);
        ASSERT_NE(bit, bits.end()) << lang << ": " << key;
        EXPECT_LT(bit->second, kPhraseHeadBits) << lang << ": " << key << " has no bit (raise kPhraseHeadBits)";
        lists.push_back({bit->second, phrases});
      }
    }
    std::set<size_t> seen_bits;
    for (const auto& [bit, phrases] : lists) {
      EXPECT_TRUE(seen_bits.insert(bit).second) << lang << ": bit " << bit << " given twice";
      std::set<std::string> heads;
      for (const Phrase& p : phrases) {
        if (!p.empty()) heads.insert(p[0]);
      }
      for (const std::string& h : heads) {
        auto it = lex.phrase_heads.find(h);
        EXPECT_TRUE(it != lex.phrase_heads.end() && it->second.test(bit)) << lang << ": \"" << h << "\" bit " << bit;
      }
      for (const auto& [word, bits] : lex.phrase_heads) {
        EXPECT_EQ(bits.test(bit), heads.count(word) > 0) << lang << ": \"" << word << "\" bit " << bit;
      }
    }
  }
}

// kDateWords must hold every word the date scanner may start at: a word it
// lacks is a date the first-token filter (DateScanner::MayStart) skips.
TEST(LanguageDataFilesTest, DateWordsHoldEveryDateAndNumberWord) {
  for (const char* lang : {"es", "en"}) {
    const LanguageData lex = LoadLanguageData(lang);
    auto check = [&](const std::string& word, const char* list) {
      auto it = lex.phrase_heads.find(word);
      EXPECT_TRUE(it != lex.phrase_heads.end() && it->second.test(kDateWords)) << lang << " " << list << ": \"" << word << "\"";
    };
    for (const auto& [w, m] : lex.months) check(w, "months");
    for (const auto& [w, d] : lex.weekdays) check(w, "weekdays");
    for (const auto& [w, n] : lex.numbers) check(w, "numbers");
    for (const auto& [w, u] : lex.time_units) check(w, "time_units");
    for (const auto& [w, n] : lex.ordinals) check(w, "ordinals");
    for (const auto& [w, p] : lex.parts_of_day) check(w, "parts_of_day");
    for (const auto& [key, phrases] : lex.date_phrases) {
      for (const Phrase& p : phrases) {
        for (const std::string& w : p) check(w, key.c_str());
      }
    }
    for (const auto& [p, md] : lex.holidays) {
      for (const std::string& w : p) check(w, "holidays");
    }
  }
}

}  // namespace
}  // namespace resalta
