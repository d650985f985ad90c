// Feature extraction for the entity tagger, shared by inference (tagger.cc)
// and training (tagger_trainer.cc) so both see exactly the same features.
//
// A token is analysed once, in one pass over its code points, into a
// TokenInfo of 64-bit hashes (word, lowercase, shapes, affixes) plus its
// entry in the word-cluster lexicon. Features are then 32-bit keys made by
// mixing a template id with those hashes: no std::string is built per
// feature and nothing is allocated per token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace resalta::tagger_internal {

// Affix lengths (code points) used as features: 1..kMaxAffix.
constexpr int kMaxAffix = 4;
// Number of cluster granularities stored per lexicon word.
constexpr int kNumClusterLevels = 3;
// Most features one position can produce (bounded; see ExtractFeatures).
constexpr int kMaxFeatures = 96;
// Cluster id meaning "word not in the lexicon".
constexpr uint16_t kNoCluster = 0xFFFF;

// Feature groups a model can switch on (stored in the model header, so a
// model always runs with the groups it was trained with).
enum FeatureGroup : uint32_t {
  kFeatBase = 1u << 0,       // word, lowercase window, affixes, shapes, flags
  kFeatBigrams = 1u << 1,    // lowercase and shape bigrams around the token
  kFeatClusters = 1u << 2,   // distributional clusters of the +-1 window (+-2 coarse)
  kFeatCapRatio = 1u << 3,   // how often the word is capitalised mid-sentence in raw text
  kFeatLexConj = 1u << 4,    // conjunctions: shape x neighbour word, cluster x shape
  kFeatGazetteer = 1u << 5,  // entity types the word takes in a gazetteer (+-1 window)
  kFeatDocument = 1u << 6,   // second pass: labels the word got elsewhere in the document
  kFeatWide = 1u << 7,       // shapes/flags at +-2, neighbour affixes, all-caps sentence
  kFeatStack = 1u << 8,      // second pass: first-pass labels of the +-2 window
  kFeatQuotes = 1u << 9,     // position relative to quotation marks in the sentence
  kFeatContext = 1u << 10,   // trigger words before a capitalised word (titles, articles; WordClass)
  kFeatLists = 1u << 11,     // the word is a one-word name in the closed lists of core/data/<lang> (kGazList*)
};
constexpr uint32_t kAllFeatureGroups = kFeatBase | kFeatBigrams | kFeatClusters | kFeatCapRatio | kFeatLexConj |
                                       kFeatGazetteer | kFeatDocument | kFeatWide | kFeatStack | kFeatQuotes |
                                       kFeatContext | kFeatLists;

// Closed classes of trigger words (core/data/<lang>/trigger_words.txt, one
// class per line: "title: presidente ministra ..."), used by kFeatContext:
// what stands before a name says what kind it is.
enum WordClass : uint8_t {
  kWcNone = 0,
  kWcTitle = 1,    // person title or role noun: "el presidente José María Aznar"
  kWcSport = 2,    // sports role: "el entrenador del Valencia" (a team, ORG)
  kWcArticle = 3,  // definite article / contraction: "el Barcelona", "del Madrid"
  kWcOrgNoun = 4,  // organisation noun: "el club X", "la empresa X"
  kWcPlace = 5,    // place noun: "la ciudad de X", "la provincia de X"
};

// The class a data-file name stands for ("title" -> kWcTitle); kWcNone for
// any other name.
WordClass WordClassNamed(std::string_view name);

// --- hashing -----------------------------------------------------------

inline uint64_t Mix64(uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}
inline uint64_t Combine(uint64_t a, uint64_t b) {
  return Mix64(a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL);
}
constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;
inline uint64_t FnvStep(uint64_t h, uint32_t v) { return (h ^ v) * kFnvPrime; }

// FNV-1a 64 over bytes (the model checksum).
uint64_t Fnv1a64(const unsigned char* data, size_t n);

// --- the lexicon: lowercase word -> clusters and capitalisation ratio -----

struct LexEntry {
  uint16_t cluster[kNumClusterLevels];  // kNoCluster when unknown
  uint8_t cap_bin;                      // 0 = unknown, 1..5 = ratio bins
  uint8_t gaz;                          // gazetteer bits (kGaz*), 0 = none
};

// Gazetteer bits: the word is often (see the trainer) part of a name of this type.
enum GazBit : uint8_t {
  kGazPer = 1, kGazOrg = 2, kGazLoc = 4, kGazMisc = 8, kGazFirst = 16,
  kGazPlace = 32,  // the word is part of a city (>= 15k people) or country name (trainer --places)
  // Read by kFeatLists only (kFeatGazetteer sees the bits above, kGazTypeBits):
  // the word alone is a name in the article layer's closed lists, which the
  // trainer reads from core/data/<lang> (train.cc AddListWords).
  kGazListOrg = 64,     // parties.txt, outlets.txt, agencies.txt ("PRI", "Morena", "EFE")
  kGazListPlace = 128,  // countries.txt, capitals.txt, regions.txt ("Coahuila", "Sonora")
};
constexpr uint8_t kGazTypeBits = kGazPer | kGazOrg | kGazLoc | kGazMisc | kGazFirst | kGazPlace;
constexpr uint8_t kGazListBits = kGazListOrg | kGazListPlace;

// Key of a word in the lexicon: derived from the lowercase hash (TokenInfo::lower).
inline uint32_t LexKey(uint64_t lower_hash) {
  uint32_t k = static_cast<uint32_t>(Mix64(lower_hash ^ 0x5bd1e995ULL) >> 32);
  return k == 0 ? 1 : k;
}

// Open-addressing table from LexKey to LexEntry. Immutable after Build.
class WordTable {
 public:
  // keys must be distinct and non-zero; entries parallel to keys.
  void Build(const std::vector<uint32_t>& keys, const std::vector<LexEntry>& entries);
  const LexEntry* Find(uint32_t key) const;
  size_t size() const { return entries_.size(); }

 private:
  std::vector<uint32_t> slots_;   // 0 = empty
  std::vector<uint32_t> index_;   // slot -> entry index
  std::vector<LexEntry> entries_;
  uint32_t mask_ = 0;
};

// --- per-token analysis -------------------------------------------------

enum TokenFlag : uint8_t {
  kInitCap = 1,    // first code point is upper/title case
  kAllCaps = 2,    // has letters, none lowercase, at least two
  kHasDigit = 4,
  kAllDigit = 8,
  kHasHyphen = 16,
  kHasPeriod = 32,
  kHasLetter = 64,
  kHasUpperInside = 128,  // upper case after the first code point
};

struct TokenInfo {
  uint64_t word;    // hash of the code points as written
  uint64_t lower;   // hash of the lowercased code points
  uint64_t shape;   // hash of the long shape (Xxxxdd., capped)
  uint64_t sshape;  // hash of the short shape (repeats collapsed, capped)
  uint64_t prefix[kMaxAffix];  // lowercase prefixes of 1..4 code points (0 if shorter)
  uint64_t suffix[kMaxAffix];  // lowercase suffixes of 1..4 code points (0 if shorter)
  uint16_t cluster[kNumClusterLevels];
  uint8_t cap_bin;
  uint8_t gaz;
  uint8_t doc;    // document value (ComputeDocValues); 0 = none / first pass
  uint8_t first;  // first-pass label: 0 = none (first pass), 1 = O, 2.. = DocToken::type + 1
  uint8_t sent_caps;  // 1 when most letters of the sentence are capitals (set by the caller)
  uint8_t is_quote;   // the token is one quotation mark (" « » “ ”)
  uint8_t quote_pos;  // 0 outside quotes, 1 inside, 2 opening mark, 3 closing mark (MarkCapsSentence)
  uint8_t flags;
  uint8_t len_bin;  // 1, 2, 3, 4-5, 6-9, 10+ code points -> 1..6
  uint8_t wclass;   // WordClass of the lowercase word
};

// The trigger words of one language: lowercase word hash -> WordClass.
// Built once per Tagger (at model load) and once per training run, never
// per token; immutable after.
class TriggerWords {
 public:
  TriggerWords();  // none: every word is kWcNone
  // core/data/<lang>/trigger_words.txt; a language without the file has none.
  static TriggerWords ForLanguage(std::string_view lang);
  // Reads lines of "class: word word ..." (LangDataLines: comments and blank
  // lines already dropped). A line without "class: ", with an unknown class
  // or with no word is skipped, and so is a word already listed (in any
  // class); each is described in errors (may be null).
  static TriggerWords Parse(const std::vector<std::string_view>& lines, std::vector<std::string>* errors);

  // The class of a word by its TokenInfo::lower hash.
  uint8_t ClassOf(uint64_t lower_hash) const;
  size_t size() const { return entries_.size(); }
  // FNV-1a 64 of the sorted (word hash, class) pairs: exactly what the
  // features see, so comments, order and line breaks do not change it.
  // Models record it (TaggerModelData::trigger_words_checksum).
  uint64_t checksum() const { return checksum_; }

 private:
  std::vector<std::pair<uint64_t, uint8_t>> entries_;  // sorted by hash
  uint64_t checksum_;
};

// The names of the article layer's closed lists that the tagger's post-pass
// (Tagger::TagDocumentIds) types: parties, outlets and agencies ORG;
// countries, capitals and regions LOC (core/data/<lang>/{parties,outlets,
// agencies,countries,capitals,regions}.txt, "Name|other spelling" a line,
// and the countries of demonyms.txt, "Country: adjectives"); people known by
// their initials PER (person_initials.txt: "AMLO").
// A name is matched as written, token by token (the tokens of the name
// split at spaces), longest first.
class NameLists {
 public:
  enum Type : uint8_t { kNone = 0, kOrg = 1, kLoc = 2, kPer = 3 };
  // The lists of a language (none for a language without the files).
  static NameLists ForLanguage(std::string_view lang);
  // Adds one spelling ("Partido Acción Nacional"); a name listed twice keeps
  // its first type. Call Finish() after the last.
  void Add(std::string_view name, Type type);
  void Finish();
  // The longest listed name starting at token i of toks[0..n): its token
  // count (0 when none) and *type.
  int Match(const TokenInfo* toks, int n, int i, Type* type) const;
  size_t size() const { return names_.size(); }

  // Longest name kept, in tokens.
  static constexpr int kMaxTokens = 8;

 private:
  std::vector<std::pair<uint64_t, uint8_t>> names_;  // sequence hash -> type, sorted
  std::vector<uint64_t> firsts_;                       // TokenInfo::word of first tokens, sorted
  int max_tokens_ = 0;
};

// Analyses one token. Invalid UTF-8 bytes count as U+FFFD. lex and triggers
// may be null (no lexicon entry, no word class).
void AnalyzeToken(std::string_view token, const WordTable* lex, const TriggerWords* triggers, TokenInfo* out);

// Sets TokenInfo::quote_pos and TokenInfo::sent_caps on the n tokens of a
// sentence. sent_caps: at least
// kCapsSentenceMin tokens with letters, and over 70% of those all capitals
// (headlines such as "PRESIDE REUNION MESA DEL TURISMO").
void MarkCapsSentence(TokenInfo* toks, int n);

// Hash of the lowercased token (equals TokenInfo::lower); used to build lexicons.
// first_upper (optional) is set when the first code point is upper/title case.
uint64_t LowerHash(std::string_view token, bool* first_upper);

// Writes the feature keys (non-zero uint32) of position i of a sentence of n
// analysed tokens into out[0..kMaxFeatures) and returns how many.
int ExtractFeatures(const TokenInfo* toks, int n, int i, uint32_t groups, uint32_t* out);

// The two halves of ExtractFeatures: features that do not depend on the
// first pass (the same on both passes), and those that do (kFeatDocument,
// kFeatStack), so the second pass re-scores only the latter.
int ExtractLocalFeatures(const TokenInfo* toks, int n, int i, uint32_t groups, uint32_t* out);
int ExtractPassFeatures(const TokenInfo* toks, int n, int i, uint32_t groups, uint32_t* out);

// --- document consistency (second pass) ----------------------------------

// One token of a document after the first pass.
struct DocToken {
  uint64_t lower;     // TokenInfo::lower
  uint32_t sentence;  // index of its sentence in the document
  uint8_t type;       // first-pass entity type: 0 = O, 1..4 = PER ORG LOC MISC, 5 = other
  bool cap;           // TokenInfo::flags & kInitCap
};

// Document values, one per token (0 for tokens that are not capitalised):
//   1 = no other capitalised occurrence of the word within `window`
//       sentences, 2 = the others were all tagged O, 3..7 = the type most of
//       the others were tagged (type + 2).
// order is scratch (reused between calls). O(n log n).
void ComputeDocValues(const std::vector<DocToken>& toks, int window, std::vector<uint32_t>* order,
                      uint8_t* doc_out);

// Entity type index of a label name as DocToken::type wants it ("B-PER" -> 1).
uint8_t DocTypeOfLabel(const std::string& label);

}  // namespace resalta::tagger_internal
