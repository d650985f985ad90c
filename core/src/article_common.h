// Shared pieces of the article layer: the language data loaded into
// lookups (Lexicon), a token view with lowercase forms (Words), and the
// internal entity table the passes fill in before it becomes Document data.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "article.h"

namespace resalta {

// A phrase from a data file as lowercase words ("con información de").
using Phrase = std::vector<std::string>;

// Lowercases UTF-8 text (accents kept: "crítica" is not "critica").
std::string Lower(std::string_view utf8);
// The key a name is looked up by: lowercase with spaces dropped, so that
// "EE. UU." and "Página/12" match however the tokenizer split them.
std::string NameKey(std::string_view utf8);
// Splits a data phrase into lowercase words; ':' '(' ')' ',' stand alone.
Phrase SplitPhrase(std::string_view phrase);

// Everything read from core/data/<lang>/. Built once per analysis (a few
// hundred lines: tens of microseconds). Missing files leave lookups empty,
// so a language without data gets fewer highlights, never an error.
struct Lexicon {
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

  bool InDateWords(std::string_view key, const std::string& w) const;
};

Lexicon LoadLexicon(std::string_view lang);

// The tokens as the passes read them.
struct Words {
  std::u16string_view text;
  const std::vector<TokenRange>* tokens = nullptr;
  std::vector<std::string> raw;     // as written (UTF-8)
  std::vector<std::string> lower;   // lowercase
  std::vector<uint32_t> sentence;   // sentence index per token
  std::vector<uint32_t> sent_first; // first token of each sentence
  std::vector<uint32_t> sent_end;   // one past the last token of each sentence

  size_t size() const { return raw.size(); }
  uint32_t start(size_t i) const { return (*tokens)[i].start; }
  uint32_t end(size_t i) const { return (*tokens)[i].end; }
  bool Capitalized(size_t i) const;  // first letter uppercase
  bool Alpha(size_t i) const;        // first character a letter
  bool Digits(size_t i) const;       // only ASCII digits
  bool IsNumber(size_t i) const;     // digits with '.'/',' inside
  bool SentenceStart(size_t i) const { return i == sent_first[sentence[i]]; }
  // True when token i+1 follows token i with no space between.
  bool Glued(size_t i) const { return i + 1 < size() && end(i) == start(i + 1); }
  // True when a line break lies between tokens i and i+1.
  bool LineBreakAfter(size_t i) const;
  // Matches `p` at token i; returns its length or 0.
  size_t Match(size_t i, const Phrase& p) const;
  std::string Slice(uint32_t start, uint32_t end) const;  // UTF-8 of text[start, end)
};

Words MakeWords(const ArticleInput& in);

// An entity while the passes work on it; mentions are token ranges.
struct EntityDraft {
  std::string type;
  std::string name;
  std::string role;
  std::string role_group;  // titles.txt group of the role's head ("portavoz")
  std::vector<std::pair<uint32_t, uint32_t>> mentions;  // [first, last+1) tokens, in order
  bool from_role = false;  // mentions added by role ("el ministro")
  int quotes = 0;          // quotes it speaks
  bool source = false;     // credited as a source (an agency)
  // The person whose role phrase is the only place this ORG/MISC entity is
  // named ("Relaciones Exteriores" in "El ministro ruso de Relaciones
  // Exteriores, Serguei Lavrov"), or -1.
  int role_of = -1;
};

// Tokens covered by some highlight already (dates before quantities).
using Covered = std::vector<char>;

}  // namespace resalta
