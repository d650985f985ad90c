// The language data of core/data/<lang>/ parsed into the lookups the passes
// use. An Analyzer parses each language once and keeps it.
#pragma once

#include <bitset>
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

// The phrase lists a word opens (is the first word of one of their phrases),
// one bit per list: PhraseList's lists, then LanguageData::date_phrase_bits'
// and quantity_phrase_bits' keys. A pass tests a token's bits
// (Words::Opens, one lookup per token per document) before it scans a list
// at that token: most tokens open none, and scanning every list at every
// token was most of the date pass.
constexpr size_t kPhraseHeadBits = 256;
using PhraseHeads = std::bitset<kPhraseHeadBits>;
// A list or key with no bit (more keys than bits): Words::Opens says yes, and the pass scans.
constexpr size_t kNoPhraseBit = kPhraseHeadBits;
enum PhraseList : size_t {
  kDayPhrases,
  kClockWords,
  kHolidays,
  kEasterHolidays,
  kUnits,
  kCurrencyNames,
  kQualifiers,
  // Not a phrase list: any word of the date and number data (months, date_words, number_words,
  // units, ...). A token of letters only that is none of them, accent-folded or not, starts no
  // date (the date scanner's first-token filter).
  kDateWords,
  kPhraseListCount,  // the first bit of the keyed lists
};

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
  // A hundredth of a currency glued after the digits (currencies.txt "GBP/100: p"): "p" -> "GBP".
  std::unordered_map<std::string, std::string> glued_hundredths;
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
  std::vector<Phrase> interview_cues;  // also in source_cues: credit any organisation
  std::unordered_set<std::string> source_filler;
  std::unordered_set<std::string> weak_source_cues;  // "a", "en": need a verb of telling
  std::unordered_set<std::string> telling_verbs;     // lemmas: "decir", "contar"
  std::vector<Phrase> source_cues_after;             // after an outlet's name: "NPR has learned"
  std::unordered_set<std::string> outlet_names;      // NameKeys of outlets.txt
  struct Promo {
    std::string reason;
    Phrase words;
    bool anchored = false;  // must open a line or sentence
    bool whole_line = false;  // "=": a label that is the whole line (with other labels)
  };
  std::unordered_map<std::string, std::vector<Promo>> promos;  // by first word
  std::unordered_set<std::string> stopwords;
  // Names whose type the article layer trusts over the tagger's, keyed by
  // NameKey: countries (those demonyms.txt links to, and countries.txt) and
  // capitals (capitals.txt) and regions (regions.txt) are "LOC"; agencies
  // (agencies.txt), news outlets (outlets.txt) and political parties
  // (parties.txt) are "ORG"; products
  // (products.txt) "MISC". See CorrectTypes in entities.cc.
  std::unordered_map<std::string, std::string> name_types;
  // NameKeys of the agencies, outlets and parties alone: names the article
  // layer finds where the tagger saw none ("según EL TIEMPO",
  // "“elPeriódico”", "ganó Nuevas Ideas").
  std::unordered_set<std::string> listed_org_names;

  // Word classes, "key: words" lines of boilerplate_words.txt (timestamp
  // labels, name particles, byline cues) and entity_words.txt (generic
  // capitalised nouns, sports context); keys are listed in those files.
  std::unordered_map<std::string, std::unordered_set<std::string>> word_classes;
  // speech.txt (quotes.cc): words around speech cues.
  std::unordered_set<std::string> question_openers;  // "¿": an interview line that asks
  std::unordered_set<std::string> speech_auxiliaries;  // "ha" in "ha dicho"
  std::unordered_set<std::string> speech_clitics;      // "le" in "le dijo"
  std::unordered_set<std::string> prepositions;        // a name after one is no subject
  std::unordered_set<std::string> relatives;           // "quien": a cue after one is subordinate
  std::unordered_set<std::string> complementizers;     // "que" opening reported speech
  std::unordered_set<std::string> topic_prepositions;  // "sobre": a person after one is the topic
  std::unordered_set<std::string> addressee_prepositions;  // "a": a person after one is spoken to
  std::unordered_set<std::string> term_nouns;          // "concepto": «…» after it names a term, no quote
  std::unordered_set<std::string> list_joiners;        // "y" in "«…», «…» y «…»"
  std::unordered_set<std::string> group_determiners;   // "los" in "explican los vecinos": a group
  std::unordered_set<std::string> relation_determiners;  // "su" in "dice su familia": no one named
  std::unordered_set<std::string> collective_nouns;    // "familia": after "su", a group
  std::unordered_set<std::string> partitives;          // "uno" in "dijo uno de los autores, X"
  std::vector<std::string> plural_verb_endings;        // "n": "dijeron", "han dicho" say no one person spoke
  std::unordered_set<std::string> passive_auxiliaries;  // "fue", "was": before a participle, a passive
  std::vector<std::string> participle_endings;          // "ado", "ido", "ed"
  // Lemma of cue_verbs.txt -> words after which its forms are no speech:
  // "contar" -> "con" ("Madrid cuenta con un bar").
  std::unordered_map<std::string, std::unordered_set<std::string>> not_speech_before;
  // ... and words before which its form is a noun: "contar" -> "en" ("tener en cuenta").
  std::unordered_map<std::string, std::unordered_set<std::string>> not_speech_after;
  std::unordered_set<std::string> subject_pronouns;    // "nadie", "él": the subject is no name
  std::unordered_map<std::string, char> pronoun_gender;  // "she" -> 'f': who the pronoun can be
  std::vector<Phrase> according_cues;                  // "según", "en palabras de"; longest first
  std::vector<Phrase> according_lead_cues;             // "para": only opening a sentence
  std::vector<Phrase> backward_cues;                   // "así lo": the next sentence gives the quote
  // role_nouns.txt (roles.cc, quotes.cc).
  std::unordered_map<std::string, char> determiners;   // "la" -> 'f', "el" -> 'm', "the" -> 0
  std::unordered_map<std::string, char> noun_gender;   // "ministra" -> 'f'
  std::unordered_map<std::string, char> given_name_gender;  // given_names.txt: "carmen" -> 'f'
  std::unordered_set<std::string> definite_articles;   // "el", "la": "el ministro" is one person
  std::unordered_set<std::string> generic_role_nouns;  // "funcionario": any person
  std::unordered_set<std::string> org_anaphors;        // "entidad", "organismo"
  std::vector<std::string> former_prefixes;            // "ex", "ex-"; longest first
  std::unordered_set<std::string> title_adjectives;    // "ejecutivo", "electo"
  std::unordered_set<std::string> honorifics;          // "mr", "sra.": before a name, no role
  // English order: a title's modifiers stand before it ("Russian Foreign
  // Minister", "Syria’s President"), and a bare noun before a name is a
  // descriptor ("industrialist Mukesh Ambani").
  bool modifiers_before_title = false;
  std::unordered_set<std::string> possessives;         // "’s": "Syria’s President"
  std::vector<std::string> descriptor_endings;         // "ist", "er": "artist", "painter"
  std::unordered_set<std::string> apposition_leads;    // "actual", "hasta ahora"
  std::unordered_set<std::string> role_breakers;       // words never inside a role phrase
  std::unordered_set<std::string> role_complements;    // "de": a title's complement
  std::unordered_set<std::string> place_complements;   // "en", "a": a complement that is a name
  std::unordered_set<std::string> name_joiners;        // "y", "de" between capitalised words
  std::unordered_set<std::string> title_joiners;       // "y" between two titles
  std::unordered_set<std::string> copulas;             // "es": "El nuevo ministro es X"
  Phrase age_phrase;                                   // "de N años"; "N" is a number
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
  // Index of the phrase lists above by first word (see PhraseHeads); built last, from them.
  std::unordered_map<std::string, PhraseHeads> phrase_heads;  // word -> the lists it opens
  std::unordered_map<std::string, size_t> date_phrase_bits;      // date_phrases key -> its bit
  std::unordered_map<std::string, size_t> quantity_phrase_bits;  // quantity_phrases key -> its bit
  // "file: line" for each data line a loader above could not read (tests keep it empty).
  std::vector<std::string> malformed;

  // The number word `lower` spells ("tres", "millones"), or its unaccented spelling does; null: none.
  const NumberWord* FindNumberWord(const std::string& lower) const;
  bool InDateWords(std::string_view key, const std::string& w) const;
  bool InClass(std::string_view key, const std::string& w) const;
};

LanguageData LoadLanguageData(std::string_view lang);

// "miércoles" -> "miercoles" (á é í ó ú ü; ñ stays): lookups of date and
// number words accept unaccented spellings.
std::string FoldAccents(std::string_view w);

}  // namespace resalta
