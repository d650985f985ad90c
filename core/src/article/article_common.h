// Shared pieces of the article layer: a token view with lowercase forms (Words), and the
// internal entity table the passes fill in before it becomes Document data.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "article/article.h"
#include "lang/language_data.h"
#include "text/text.h"

namespace resalta {

// Sentences back a person holding a role noun's title ("el mandatario")
// stays what the noun stands for over a person of no known title named in
// the sentence before (roles.cc, quotes.cc): the probe
// articles' president named 19 sentences back lost to the one named in the
// sentence before; a dev article's curator named 3 back kept "su comisario".
constexpr uint32_t kTitleReach = 5;

// The tokens as the passes read them.
struct Words {
  std::u16string_view text;
  const std::vector<TokenRange>* tokens = nullptr;
  std::vector<std::string> raw;     // as written (UTF-8)
  std::vector<std::string> lower;   // lowercase
  std::vector<std::string> folded;  // FoldAccents(lower) where that differs, else empty (see Folded)
  std::vector<uint32_t> sentence;   // sentence index per token
  std::vector<uint32_t> sent_first; // first token of each sentence
  std::vector<uint32_t> sent_end;   // one past the last token of each sentence
  std::vector<const PhraseHeads*> heads;  // the phrase lists lower[i] opens (LanguageData::phrase_heads), null: none
  const LanguageData* language = nullptr;  // the data heads and number_words were read from
  std::vector<const LanguageData::NumberWord*> number_words;  // language->FindNumberWord(lower[i])

  size_t size() const { return raw.size(); }
  uint32_t start(size_t i) const { return (*tokens)[i].start; }
  uint32_t end(size_t i) const { return (*tokens)[i].end; }
  bool Capitalized(size_t i) const;  // first letter uppercase; false past the end
  bool Alpha(size_t i) const;        // first character a letter; false past the end
  bool Digits(size_t i) const;       // only ASCII digits
  // At least `min_letters` letters and none lowercase: "EFE", "ÉL", "COVID-19".
  bool AllCaps(size_t i, size_t min_letters = 1) const;
  bool IsNumber(size_t i) const;     // digits with '.'/',' inside
  bool SentenceStart(size_t i) const { return i == sent_first[sentence[i]]; }
  // The accentless spelling of token i ("miercoles"), or null where it is
  // lower[i] itself: folded once here, not at each lookup of each pass.
  const std::string* Folded(size_t i) const { return i < folded.size() && !folded[i].empty() ? &folded[i] : nullptr; }
  // Whether token i can open a phrase of the list with PhraseHeads bit `bit`
  // (PhraseList, LanguageData::date_phrase_bits): false says no phrase of it
  // matches at i; a list with no bit (kNoPhraseBit), or Words made with no
  // language data, always may. The passes read the data the Words were made with.
  bool Opens(size_t i, size_t bit) const {
    if (bit >= kPhraseHeadBits || language == nullptr) return true;
    return i < heads.size() && heads[i] != nullptr && heads[i]->test(bit);
  }
  // lex.FindNumberWord(lower[i]), from number_words when `lex` is the data they were read from.
  const LanguageData::NumberWord* NumberWordAt(size_t i, const LanguageData& lex) const {
    if (&lex == language && i < number_words.size()) return number_words[i];
    return lex.FindNumberWord(lower[i]);
  }
  // True when token i+1 follows token i with no space between.
  bool Glued(size_t i) const { return i + 1 < size() && end(i) == start(i + 1); }
  // True when a line break lies between tokens i and i+1.
  bool LineBreakAfter(size_t i) const;
  // Matches `p` at token i; returns its length or 0.
  size_t Match(size_t i, const Phrase& p) const;
  std::string Slice(uint32_t start, uint32_t end) const;  // UTF-8 of text[start, end)
  // A highlight over tokens [first, last) of `type`, with its offsets and text.
  Span SpanOver(size_t first, size_t last, std::string type) const;
};

// Token k is a nationality adjective written with a capital before the word
// it qualifies ("the Russian minister"), in a language that capitalises
// them (entity_words.txt demonym_case: capitalized).
bool CapitalizedDemonymAdjective(const Words& w, const LanguageData& lex, size_t k);

Words MakeWords(const ArticleInput& in);

// True when the cue verb form at token k (of cue_verbs.txt lemma `lemma`)
// is no speech for the word after it ("Madrid cuenta con un bar") or a
// noun for the word before it ("tener en cuenta"): speech.txt not_speech,
// not_speech_after.
bool NotSpeech(const Words& w, const LanguageData& lex, size_t k, const std::string& lemma);

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

// For each token, whether it lies inside a piece of boilerplate (sorted by
// start, never overlapping, as FindBoilerplate gives them).
std::vector<char> BoilerplateTokens(const Words& w, const std::vector<Boilerplate>& boilerplate);

// Whether `word` ends in `ending` with at least `min_stem` bytes before it
// ("dijeron" in "n", "detenido" in "ido").
inline bool HasEnding(std::string_view word, std::string_view ending, size_t min_stem) {
  return word.size() >= ending.size() + min_stem && word.compare(word.size() - ending.size(), ending.size(), ending) == 0;
}

// A quote mark that opens a quotation: “ « ‘ or a straight ".
inline bool OpeningMark(std::string_view t) { return t == "“" || t == "«" || t == "‘" || t == "\""; }
// The mark that closes the quotation `open` opened: ” » ’ or the same straight ".
inline bool ClosingMark(std::string_view open, std::string_view t) {
  if (open == "“") return t == "”";
  if (open == "«") return t == "»";
  if (open == "‘") return t == "’";
  return t == open;
}

// A compound adjective as written ("French-born", "Kremlin-backed",
// "London-based"): a lowercase word of three letters or more after the last
// hyphen, something before it; "Castilla-la Mancha" keeps its "la".
inline bool CompoundAdjective(std::string_view raw) {
  size_t h = raw.rfind('-');
  if (h == std::string_view::npos || raw.size() - h - 1 < 3) return false;
  for (size_t c = h + 1; c < raw.size(); ++c) {
    if (!(raw[c] >= 'a' && raw[c] <= 'z')) return false;
  }
  return true;
}

// The tail of a name made an adjective, cut off by the tokenizer
// ("London" "-based", "French" "-born"): "-" and lowercase letters, glued
// to the word before.
inline bool CompoundTail(const Words& w, size_t k) {
  return k > 0 && k < w.size() && w.end(k - 1) == w.start(k) && CompoundAdjective(w.raw[k]) && w.raw[k][0] == '-';
}

}  // namespace resalta
