// The language data of core/data/<lang>/ parsed into the lookups the passes
// use. An Analyzer parses each language once and keeps it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace resalta {

// A phrase from a data file as lowercase words ("con información de").
using Phrase = std::vector<std::string>;

// Splits a data phrase into lowercase words; ':' '(' ')' ',' stand alone.
Phrase SplitPhrase(std::string_view phrase);

// Everything read from core/data/<lang>/, parsed into lookups. Missing files leave lookups empty,
// so a language without data gets fewer highlights, never an error.
struct LanguageData {
  std::unordered_map<std::string, int> months;       // "octubre" -> 10
  std::unordered_map<std::string, int> month_abbrs;  // "oct", "oct." -> 10
  std::unordered_map<std::string, int> weekdays;  // "martes" -> 2 (ISO)
  std::unordered_map<std::string, std::vector<std::string>> date_words;  // key -> words
  std::unordered_map<std::string, int> day_words;  // "ayer" -> -1
  std::unordered_map<std::string, std::string> time_units;  // "días" -> "D"
  struct NumberWord {
    double value = 0;
    bool scale = false;
    bool collective = false;
    std::string kind;  // "", scale, collective, half, fraction, and, decimal, negative (number_words.txt)
  };
  std::unordered_map<std::string, NumberWord> numbers;
  std::vector<std::pair<Phrase, std::string>> qualifiers;  // longest first
  std::unordered_map<std::string, std::string> currencies;  // "dólares" -> "USD"
  std::unordered_map<std::string, std::string> demonyms;    // "rusas" -> "Rusia"
  std::unordered_map<std::string, std::string> cue_verbs;   // "dijo" -> "decir"
  std::unordered_map<std::string, std::string> titles;      // "vocero" -> "portavoz"
  std::unordered_set<std::string> org_titles;               // "agencia"
  struct Agency {
    std::string name;  // canonical
    Phrase words;      // one spelling, lowercase
  };
  std::vector<Agency> agencies;  // longest spelling first
  std::vector<Phrase> source_cues;
  std::unordered_set<std::string> source_filler;
  struct Promo {
    std::string reason;
    Phrase words;
    bool anchored = false;  // must open a line or sentence
  };
  std::unordered_map<std::string, std::vector<Promo>> promos;  // by first word
  std::unordered_set<std::string> stopwords;
  // Names whose type the article layer trusts over the tagger's, keyed by
  // NameKey: countries (those demonyms.txt links to, and countries.txt) and
  // capitals (capitals.txt) are "LOC"; agencies (agencies.txt) and news
  // outlets (outlets.txt) are "ORG". See CorrectTypes in entities.cc.
  std::unordered_map<std::string, std::string> name_types;

  // --- Dates, numbers, money and units (dates.cc, numbers.cc, quantities.cc) ---
  std::unordered_map<std::string, int> weekday_abbrs;  // "jue" -> 4, only before a day number
  std::unordered_map<std::string, std::vector<Phrase>> date_phrases;  // date_words.txt keys, longest first
  std::vector<std::pair<Phrase, int>> day_phrases;   // "pasado mañana" -> 2, longest first
  std::unordered_map<std::string, int> night_words;  // "anoche" -> -1
  struct PartOfDay {
    int from = 0, to = 0;  // hours, to may be 24
    bool pm = false;       // clock hours in it count from noon
  };
  std::unordered_map<std::string, PartOfDay> parts_of_day;  // "tarde"
  struct ClockWord {
    int hour = 0;
    bool next_day = false;  // "medianoche": 00:00 of the next day
  };
  std::vector<std::pair<Phrase, ClockWord>> clock_words;  // "mediodía", longest first
  struct Season {
    int from_m = 0, from_d = 0, to_m = 0, to_d = 0;
  };
  std::unordered_map<std::string, Season> seasons;  // "verano"
  struct MonthDay {
    int m = 0, d = 0;
  };
  std::vector<std::pair<Phrase, MonthDay>> holidays;  // "año nuevo" -> 01-01, longest first
  // Holidays counted from Easter Sunday: first and last day as offsets ("semana santa" -> -7, 0).
  std::vector<std::pair<Phrase, std::pair<int, int>>> easter_holidays;
  std::unordered_map<std::string, int> ordinals;        // "primero" -> 1
  std::unordered_map<std::string, double> number_suffixes;  // "K" -> 1000, case-sensitive
  struct Unit {
    std::string symbol;     // "km"
    std::string dimension;  // "length"
  };
  std::vector<std::pair<Phrase, Unit>> units;           // units.txt, longest first
  std::unordered_map<std::string, Unit> glued_units;    // one-word forms as written and lowercase ("km", "°C")
  std::vector<std::pair<Phrase, std::string>> currency_names;  // multiword names, longest first
  std::unordered_map<std::string, std::string> local_currency_cues;  // "argentino" -> "ARS"
  std::unordered_map<std::string, std::vector<Phrase>> quantity_phrases;  // quantity_words.txt keys, longest first
  // "file: line" for each data line a loader above could not read (tests keep it empty).
  std::vector<std::string> malformed;

  bool InDateWords(std::string_view key, const std::string& w) const;
};

LanguageData LoadLanguageData(std::string_view lang);

// "miércoles" -> "miercoles" (á é í ó ú ü; ñ stays): lookups of date and
// number words accept unaccented spellings.
std::string FoldAccents(std::string_view w);

}  // namespace resalta
