#include "tagger/tagger_features.h"

#include "lang/lang_data.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace resalta::tagger_internal {

namespace {

// Long shapes keep at most this many code points, short shapes this many
// runs: longer words add nothing the length bin and affixes do not say.
constexpr int kLongShapeCap = 8;
constexpr int kShortShapeCap = 6;

// Shape class of a code point: 'X' upper/title, 'x' lower, 'd' digit,
// 'o' other letter, ASCII punctuation as itself, 'p' other punctuation/symbol.
inline uint32_t ShapeClass(UChar32 c) {
  if (c < 128) {
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    if (c >= '0' && c <= '9') return 'd';
    return static_cast<uint32_t>(c);
  }
  if (u_isupper(c) || u_istitle(c)) return 'X';
  if (u_islower(c)) return 'x';
  if (u_isdigit(c)) return 'd';
  if (u_isalpha(c)) return 'o';
  return 'p';
}

inline uint8_t LenBin(int n) {
  if (n <= 3) return static_cast<uint8_t>(n < 1 ? 1 : n);
  if (n <= 5) return 4;
  if (n <= 9) return 5;
  return 6;
}

// Template ids (the first argument of every feature hash). Never renumber:
// a model's keys depend on them (bump kFeatureSetVersion in tagger.cc).
enum Template : uint64_t {
  T_BIAS = 1,
  T_WORD,
  T_LOW_M2, T_LOW_M1, T_LOW_0, T_LOW_P1, T_LOW_P2,
  T_PRE1, T_PRE2, T_PRE3, T_PRE4,
  T_SUF1, T_SUF2, T_SUF3, T_SUF4,
  T_SHAPE,
  T_SSHAPE_M1, T_SSHAPE_0, T_SSHAPE_P1,
  T_FLAGS, T_FLAGS_M1, T_FLAGS_P1,
  T_SSHAPE_BI_M1, T_SSHAPE_BI_P1,
  T_LOW_BI_M1, T_LOW_BI_P1, T_LOW_TRI,
  T_LOWM1_SHAPE0, T_SHAPE0_LOWP1,
  T_CL_M2 = 40,  // + level * 8 + offset (0..4)
  T_CAP = 80, T_CAP_M1, T_CAP_P1,
  T_GAZ = 85, T_GAZ_M1, T_GAZ_P1, T_GAZ_LOW_M1,
  T_DOC = 110, T_DOC_M1, T_DOC_P1, T_DOC_SHAPE,
  T_W_SSH_M2 = 120, T_W_SSH_P2, T_W_FLG_M2, T_W_FLG_P2, T_W_SSH_M1P1, T_W_SUF3_M1, T_W_SUF3_P1,
  T_W_PRE3_M1, T_W_PRE3_P1, T_W_CAPS_WORD, T_W_CAPS_SHAPE,
  T_FP_M1 = 140, T_FP_P1, T_FP_M2P2, T_FP_0, T_FP_M1_LOW0,
  T_Q = 150, T_Q_M1, T_Q_P1, T_Q_SPAN,
  T_CTX_M1 = 190, T_CTX_M2, T_CTX_P1, T_CTX_ART,
  T_LIST = 200, T_LIST_M1, T_LIST_P1,
  T_CL_SHAPE = 90,  // + level
  T_CL_BI_M1 = 95,  // + level
  T_CL_BI_P1 = 98,  // + level
};

// Hashes standing for the positions before the first and after the last token.
constexpr uint64_t kBos = 0x1d8e4e27c47d124fULL;
constexpr uint64_t kEos = 0x7c1b2e55a8f94c3dULL;

inline uint32_t Key(uint64_t tmpl, uint64_t v) {
  uint32_t k = static_cast<uint32_t>(Combine(tmpl, v) >> 32);
  return k == 0 ? 1 : k;
}

// The class names trigger_words.txt uses (identifiers of the file format).
struct ClassName {
  std::string_view name;
  WordClass cls;
};
constexpr ClassName kClassNames[] = {
    {"title", kWcTitle}, {"sport", kWcSport}, {"article", kWcArticle}, {"org", kWcOrgNoun}, {"place", kWcPlace},
};

}  // namespace

WordClass WordClassNamed(std::string_view name) {
  for (const ClassName& c : kClassNames) {
    if (c.name == name) return c.cls;
  }
  return kWcNone;
}

TriggerWords::TriggerWords() : checksum_(Fnv1a64(nullptr, 0)) {}

TriggerWords TriggerWords::ForLanguage(std::string_view lang) {
  return Parse(LangDataLines(lang, "trigger_words"), nullptr);
}

namespace {
uint64_t NameStep(uint64_t h, uint64_t word) { return Mix64(h ^ word) + 0x9e3779b97f4a7c15ULL; }
constexpr uint64_t kNameSeed = 0x2545f4914f6cdd1dULL;
}  // namespace

NameLists NameLists::ForLanguage(std::string_view lang) {
  NameLists lists;
  const std::pair<const char*, Type> files[] = {{"parties", kOrg},   {"outlets", kOrg},  {"agencies", kOrg},
                                                {"countries", kLoc}, {"capitals", kLoc}, {"regions", kLoc},
                                                {"person_initials", kPer}};
  for (const auto& [name, type] : files) {
    for (std::string_view line : LangDataLines(lang, name)) {
      while (!line.empty()) {
        const size_t bar = line.find('|');
        lists.Add(line.substr(0, bar), type);
        if (bar == std::string_view::npos) break;
        line.remove_prefix(bar + 1);
      }
    }
  }
  // The countries demonyms.txt links its adjectives to ("México: mexicano ..."),
  // which countries.txt does not repeat.
  for (std::string_view line : LangDataLines(lang, "demonyms")) {
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos) lists.Add(line.substr(0, colon), kLoc);
  }
  lists.Finish();
  return lists;
}

void NameLists::Add(std::string_view name, Type type) {
  uint64_t h = kNameSeed, first = 0;
  int count = 0;
  while (!name.empty()) {
    const size_t sp = name.find(' ');
    std::string_view tok = name.substr(0, sp);
    name.remove_prefix(sp == std::string_view::npos ? name.size() : sp + 1);
    if (tok.empty()) continue;
    TokenInfo t;
    AnalyzeToken(tok, nullptr, nullptr, &t);
    if (count == 0) first = t.word;
    h = NameStep(h, t.word);
    ++count;
  }
  if (count == 0 || count > kMaxTokens) return;
  names_.push_back({h, type});
  firsts_.push_back(first);
  max_tokens_ = std::max(max_tokens_, count);
}

void NameLists::Finish() {
  // Stable: a name listed twice keeps the type it was first listed with.
  std::stable_sort(names_.begin(), names_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  names_.erase(std::unique(names_.begin(), names_.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
               names_.end());
  std::sort(firsts_.begin(), firsts_.end());
  firsts_.erase(std::unique(firsts_.begin(), firsts_.end()), firsts_.end());
}

int NameLists::Match(const TokenInfo* toks, int n, int i, Type* type) const {
  *type = kNone;
  if (i >= n || !std::binary_search(firsts_.begin(), firsts_.end(), toks[i].word)) return 0;
  uint64_t h = kNameSeed;
  int best = 0;
  for (int k = 0; k < max_tokens_ && i + k < n; ++k) {
    h = NameStep(h, toks[i + k].word);
    auto it = std::lower_bound(names_.begin(), names_.end(), std::make_pair(h, uint8_t{0}),
                               [](const auto& a, const auto& b) { return a.first < b.first; });
    if (it != names_.end() && it->first == h) {
      best = k + 1;
      *type = static_cast<Type>(it->second);
    }
  }
  return best;
}

TriggerWords TriggerWords::Parse(const std::vector<std::string_view>& lines, std::vector<std::string>* errors) {
  auto error = [&](std::string_view line, const std::string& why) {
    if (errors != nullptr) errors->push_back(why + ": \"" + std::string(line) + "\"");
  };
  TriggerWords t;
  for (std::string_view line : lines) {
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      error(line, "no \"class:\"");
      continue;
    }
    const WordClass cls = WordClassNamed(line.substr(0, colon));
    if (cls == kWcNone) {
      error(line, "unknown class");
      continue;
    }
    std::string_view rest = line.substr(colon + 1);
    bool any = false;
    while (!rest.empty()) {
      const size_t sp = rest.find_first_of(" \t");
      std::string_view word = rest.substr(0, sp);
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
      if (word.empty()) continue;
      any = true;
      const uint64_t h = LowerHash(word, nullptr);
      bool listed = false;
      for (const auto& e : t.entries_) listed = listed || e.first == h;
      if (listed) {
        error(line, "\"" + std::string(word) + "\" listed twice");
        continue;
      }
      t.entries_.emplace_back(h, static_cast<uint8_t>(cls));
    }
    if (!any) error(line, "no words");
  }
  std::sort(t.entries_.begin(), t.entries_.end());
  std::string bytes;
  for (const auto& [hash, cls] : t.entries_) {
    for (int b = 0; b < 8; ++b) bytes.push_back(static_cast<char>(hash >> (8 * b)));
    bytes.push_back(static_cast<char>(cls));
  }
  t.checksum_ = Fnv1a64(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return t;
}

uint8_t TriggerWords::ClassOf(uint64_t lower_hash) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), std::make_pair(lower_hash, uint8_t{0}));
  return it != entries_.end() && it->first == lower_hash ? it->second : 0;
}

uint64_t Fnv1a64(const unsigned char* data, size_t n) {
  uint64_t h = kFnvOffset;
  for (size_t i = 0; i < n; ++i) {
    h ^= data[i];
    h *= kFnvPrime;
  }
  return h;
}

void WordTable::Build(const std::vector<uint32_t>& keys, const std::vector<LexEntry>& entries) {
  entries_ = entries;
  size_t cap = 16;
  while (cap < keys.size() * 2) cap <<= 1;
  slots_.assign(cap, 0);
  index_.assign(cap, 0);
  mask_ = static_cast<uint32_t>(cap - 1);
  for (size_t e = 0; e < keys.size(); ++e) {
    uint32_t s = static_cast<uint32_t>(Mix64(keys[e])) & mask_;
    while (slots_[s] != 0 && slots_[s] != keys[e]) s = (s + 1) & mask_;
    slots_[s] = keys[e];
    index_[s] = static_cast<uint32_t>(e);
  }
}

const LexEntry* WordTable::Find(uint32_t key) const {
  if (entries_.empty()) return nullptr;
  uint32_t s = static_cast<uint32_t>(Mix64(key)) & mask_;
  while (slots_[s] != 0) {
    if (slots_[s] == key) return &entries_[index_[s]];
    s = (s + 1) & mask_;
  }
  return nullptr;
}

void AnalyzeToken(std::string_view token, const WordTable* lex, const TriggerWords* triggers, TokenInfo* out) {
  const auto* s = reinterpret_cast<const uint8_t*>(token.data());
  const int32_t n = token.size() > 0x7fffffff ? 0x7fffffff : static_cast<int32_t>(token.size());
  uint64_t word = kFnvOffset, lower = kFnvOffset, shape = kFnvOffset, sshape = kFnvOffset;
  uint64_t pre = kFnvOffset;
  UChar32 last[kMaxAffix] = {};  // ring of the last lowercased code points
  int count = 0, shape_len = 0, sshape_len = 0;
  uint32_t prev_class = 0;
  int letters = 0, uppers = 0, lowers = 0, digits = 0;
  uint8_t flags = 0;
  for (int kk = 0; kk < kMaxAffix; ++kk) out->prefix[kk] = out->suffix[kk] = 0;
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    // ASCII without a call into ICU (same result as u_tolower).
    UChar32 lc = c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : u_tolower(c);
    word = FnvStep(word, static_cast<uint32_t>(c));
    lower = FnvStep(lower, static_cast<uint32_t>(lc));
    if (count < kMaxAffix) {
      pre = FnvStep(pre, static_cast<uint32_t>(lc));
      out->prefix[count] = pre;
    }
    last[count % kMaxAffix] = lc;
    uint32_t cls = ShapeClass(c);
    if (shape_len < kLongShapeCap) {
      shape = FnvStep(shape, cls);
      ++shape_len;
    }
    if (cls != prev_class && sshape_len < kShortShapeCap) {
      sshape = FnvStep(sshape, cls);
      ++sshape_len;
    }
    prev_class = cls;
    if (cls == 'X') {
      ++letters;
      ++uppers;
      if (count == 0) flags |= kInitCap;
      else flags |= kHasUpperInside;
    } else if (cls == 'x') {
      ++letters;
      ++lowers;
    } else if (cls == 'o') {
      ++letters;
    } else if (cls == 'd') {
      ++digits;
    } else if (c == '-') {
      flags |= kHasHyphen;
    } else if (c == '.') {
      flags |= kHasPeriod;
    }
    ++count;
  }
  // Suffixes: hash of the last k lowercased code points, in reading order.
  for (int k = 1; k <= kMaxAffix && k <= count; ++k) {
    uint64_t h = kFnvOffset ^ 0x5a5a5a5aULL;
    for (int j = count - k; j < count; ++j) h = FnvStep(h, static_cast<uint32_t>(last[j % kMaxAffix]));
    out->suffix[k - 1] = h;
  }
  if (shape_len == kLongShapeCap && count > kLongShapeCap) shape = FnvStep(shape, '+');
  if (letters > 0) flags |= kHasLetter;
  if (uppers >= 2 && lowers == 0) flags |= kAllCaps;
  if (digits > 0) flags |= kHasDigit;
  if (digits > 0 && digits == count) flags |= kAllDigit;
  out->word = word;
  out->lower = lower;
  out->shape = shape;
  out->sshape = sshape;
  out->flags = flags;
  out->len_bin = LenBin(count);
  out->cap_bin = 0;
  out->gaz = 0;
  out->doc = 0;
  out->first = 0;
  out->sent_caps = 0;
  out->quote_pos = 0;
  out->is_quote = 0;
  out->wclass = triggers != nullptr && count <= 14 ? triggers->ClassOf(lower) : 0;
  if (count == 1) {
    UChar32 c0;
    int32_t j = 0;
    U8_NEXT(s, j, n, c0);
    out->is_quote = c0 == '"' || c0 == 0xAB || c0 == 0xBB || c0 == 0x201C || c0 == 0x201D;
  }
  for (int l = 0; l < kNumClusterLevels; ++l) out->cluster[l] = kNoCluster;
  if (lex != nullptr) {
    if (const LexEntry* e = lex->Find(LexKey(lower))) {
      for (int l = 0; l < kNumClusterLevels; ++l) out->cluster[l] = e->cluster[l];
      out->cap_bin = e->cap_bin;
      out->gaz = e->gaz;
    }
  }
}

void MarkCapsSentence(TokenInfo* toks, int n) {
  int letters = 0, caps = 0;
  for (int i = 0; i < n; ++i) {
    if (!(toks[i].flags & kHasLetter)) continue;
    ++letters;
    // Single capital letters count as capitals too.
    if ((toks[i].flags & kAllCaps) || ((toks[i].flags & kInitCap) && toks[i].len_bin == 1)) ++caps;
  }
  const uint8_t v = letters >= 3 && caps * 10 > letters * 7 ? 1 : 0;
  bool inside = false;
  for (int i = 0; i < n; ++i) {
    toks[i].sent_caps = v;
    if (toks[i].is_quote) {
      toks[i].quote_pos = inside ? 3 : 2;
      inside = !inside;
    } else {
      toks[i].quote_pos = inside ? 1 : 0;
    }
  }
}

uint64_t LowerHash(std::string_view token, bool* first_upper) {
  const auto* s = reinterpret_cast<const uint8_t*>(token.data());
  const int32_t n = token.size() > 0x7fffffff ? 0x7fffffff : static_cast<int32_t>(token.size());
  uint64_t lower = kFnvOffset;
  int32_t i = 0;
  bool first = true;
  if (first_upper) *first_upper = false;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    if (first && first_upper) *first_upper = u_isupper(c) || u_istitle(c);
    first = false;
    lower = FnvStep(lower, static_cast<uint32_t>(u_tolower(c)));
  }
  return lower;
}

namespace {

// Flags of a position, with "sentence-initial" folded in (capitalisation
// there says little); boundary markers outside the sentence.
uint64_t FlagsAt(const TokenInfo* toks, int n, int j) {
  if (j < 0) return kBos;
  if (j >= n) return kEos;
  return (static_cast<uint64_t>(toks[j].flags) << 8) | (j == 0 ? 1u : 0u);
}

}  // namespace

int ExtractLocalFeatures(const TokenInfo* toks, int n, int i, uint32_t groups, uint32_t* out) {
  int k = 0;
  const TokenInfo& t = toks[i];
  auto low = [&](int j) -> uint64_t { return j < 0 ? kBos : (j >= n ? kEos : toks[j].lower); };
  auto ssh = [&](int j) -> uint64_t { return j < 0 ? kBos : (j >= n ? kEos : toks[j].sshape); };
  auto flg = [&](int j) { return FlagsAt(toks, n, j); };
  out[k++] = Key(T_BIAS, 0);
  if (groups & kFeatBase) {
    out[k++] = Key(T_WORD, t.word);
    out[k++] = Key(T_LOW_M2, low(i - 2));
    out[k++] = Key(T_LOW_M1, low(i - 1));
    out[k++] = Key(T_LOW_0, t.lower);
    out[k++] = Key(T_LOW_P1, low(i + 1));
    out[k++] = Key(T_LOW_P2, low(i + 2));
    for (int a = 0; a < kMaxAffix; ++a) {
      // Affixes past 4 code points have their own template ids.
      if (t.prefix[a] != 0) out[k++] = Key(a < 4 ? T_PRE1 + a : 160 + a, t.prefix[a]);
      if (t.suffix[a] != 0) out[k++] = Key(a < 4 ? T_SUF1 + a : 170 + a, t.suffix[a]);
    }
    out[k++] = Key(T_SHAPE, t.shape);
    out[k++] = Key(T_SSHAPE_M1, ssh(i - 1));
    out[k++] = Key(T_SSHAPE_0, t.sshape);
    out[k++] = Key(T_SSHAPE_P1, ssh(i + 1));
    out[k++] = Key(T_FLAGS, flg(i) | (static_cast<uint64_t>(t.len_bin) << 16));
    out[k++] = Key(T_FLAGS_M1, flg(i - 1));
    out[k++] = Key(T_FLAGS_P1, flg(i + 1));
  }
  if (groups & kFeatBigrams) {
    out[k++] = Key(T_SSHAPE_BI_M1, Combine(ssh(i - 1), t.sshape));
    out[k++] = Key(T_SSHAPE_BI_P1, Combine(t.sshape, ssh(i + 1)));
    out[k++] = Key(T_LOW_BI_M1, Combine(low(i - 1), t.lower));
    out[k++] = Key(T_LOW_BI_P1, Combine(t.lower, low(i + 1)));
    out[k++] = Key(T_LOW_TRI, Combine(Combine(low(i - 1), t.lower), low(i + 1)));
  }
  if (groups & kFeatLexConj) {
    out[k++] = Key(T_LOWM1_SHAPE0, Combine(low(i - 1), t.sshape));
    out[k++] = Key(T_SHAPE0_LOWP1, Combine(t.sshape, low(i + 1)));
  }
  if (groups & kFeatClusters) {
    for (int l = 0; l < kNumClusterLevels; ++l) {
      for (int d = -2; d <= 2; ++d) {
        // The +-2 window uses only the coarsest level.
        if ((d == -2 || d == 2) && l != 0) continue;
        int j = i + d;
        uint64_t v = j < 0 ? kBos : (j >= n ? kEos : toks[j].cluster[l]);
        out[k++] = Key(T_CL_M2 + l * 8 + (d + 2), v);
      }
      if (groups & kFeatLexConj) {
        out[k++] = Key(T_CL_SHAPE + l, Combine(t.cluster[l], flg(i)));
      }
    }
    if (groups & kFeatLexConj) {
      uint64_t cm1 = i > 0 ? toks[i - 1].cluster[1] : kBos;
      uint64_t cp1 = i + 1 < n ? toks[i + 1].cluster[1] : kEos;
      out[k++] = Key(T_CL_BI_M1 + 1, Combine(cm1, t.cluster[1]));
      out[k++] = Key(T_CL_BI_P1 + 1, Combine(t.cluster[1], cp1));
    }
  }
  if (groups & kFeatCapRatio) {
    out[k++] = Key(T_CAP, Combine(t.cap_bin, flg(i)));
    uint64_t pm1 = i > 0 ? Combine(toks[i - 1].cap_bin, toks[i - 1].flags & kInitCap) : kBos;
    uint64_t pp1 = i + 1 < n ? Combine(toks[i + 1].cap_bin, toks[i + 1].flags & kInitCap) : kEos;
    out[k++] = Key(T_CAP_M1, pm1);
    out[k++] = Key(T_CAP_P1, pp1);
  }
  // The gazetteer's own bits; the list bits have their group (kFeatLists).
  auto gz = [&](int j) -> uint8_t { return toks[j].gaz & kGazTypeBits; };
  if (groups & kFeatGazetteer) {
    out[k++] = Key(T_GAZ, Combine(gz(i), t.flags & kInitCap));
    out[k++] = Key(T_GAZ_M1, i > 0 ? Combine(gz(i - 1), toks[i - 1].flags & kInitCap) : kBos);
    out[k++] = Key(T_GAZ_P1, i + 1 < n ? Combine(gz(i + 1), toks[i + 1].flags & kInitCap) : kEos);
    if (gz(i) != 0) out[k++] = Key(T_GAZ_LOW_M1, Combine(gz(i), low(i - 1)));
  }
  if (groups & kFeatLists) {
    // Separate from the gazetteer bits so that what a list says of training
    // names (PP, PSOE, Perú) carries over to the listed names the training
    // data lacks (Morena, Coahuila).
    auto ls = [&](int j) -> uint8_t { return toks[j].gaz & kGazListBits; };
    if (ls(i) != 0) out[k++] = Key(T_LIST, Combine(ls(i), t.flags & (kInitCap | kAllCaps)));
    if (i > 0 && ls(i - 1) != 0) out[k++] = Key(T_LIST_M1, Combine(ls(i - 1), t.flags & kInitCap));
    if (i + 1 < n && ls(i + 1) != 0) out[k++] = Key(T_LIST_P1, Combine(ls(i + 1), t.flags & kInitCap));
  }
  if (groups & kFeatWide) {
    out[k++] = Key(T_W_SSH_M2, ssh(i - 2));
    out[k++] = Key(T_W_SSH_P2, ssh(i + 2));
    out[k++] = Key(T_W_FLG_M2, flg(i - 2));
    out[k++] = Key(T_W_FLG_P2, flg(i + 2));
    out[k++] = Key(T_W_SSH_M1P1, Combine(ssh(i - 1), ssh(i + 1)));
    out[k++] = Key(T_W_SUF3_M1, i > 0 ? toks[i - 1].suffix[2] : kBos);
    out[k++] = Key(T_W_SUF3_P1, i + 1 < n ? toks[i + 1].suffix[2] : kEos);
    out[k++] = Key(T_W_PRE3_M1, i > 0 ? toks[i - 1].prefix[2] : kBos);
    out[k++] = Key(T_W_PRE3_P1, i + 1 < n ? toks[i + 1].prefix[2] : kEos);
    if (t.sent_caps) {
      out[k++] = Key(T_W_CAPS_WORD, t.lower);
      out[k++] = Key(T_W_CAPS_SHAPE, Combine(ssh(i - 1), ssh(i + 1)));
    }
  }
  if (groups & kFeatQuotes) {
    auto qp = [&](int j) -> uint64_t { return j < 0 ? kBos : (j >= n ? kEos : toks[j].quote_pos); };
    out[k++] = Key(T_Q, Combine(t.quote_pos, flg(i)));
    out[k++] = Key(T_Q_M1, Combine(qp(i - 1), t.flags & kInitCap));
    out[k++] = Key(T_Q_P1, Combine(qp(i + 1), t.flags & kInitCap));
    if (t.quote_pos >= 2) {
      // A mark: the shape of the word inside the quotes next to it.
      int j = t.quote_pos == 2 ? i + 1 : i - 1;
      out[k++] = Key(T_Q_SPAN, Combine(t.quote_pos, j >= 0 && j < n ? toks[j].flags : 0));
    }
  }
  if (groups & kFeatContext) {
    // Only around capitalised words (the names whose type is in question).
    auto wc = [&](int j) -> uint8_t { return j < 0 || j >= n ? 0 : toks[j].wclass; };
    const uint64_t cap = (t.flags & kInitCap) ? 1 : 0;
    if (cap) {
      const uint8_t c1 = wc(i - 1), c2 = wc(i - 2);
      // The word before: "presidente Aznar", "el Barcelona".
      if (c1 != 0) out[k++] = Key(T_CTX_M1, c1);
      // Two before, through a linking word: "entrenador del Valencia", "ciudad de Lima".
      if (c2 != 0 && c2 != kWcArticle) out[k++] = Key(T_CTX_M2, Combine(c2, low(i - 1)));
      // An article before a word a gazetteer knows as a place: teams named after places.
      if (c1 == kWcArticle) out[k++] = Key(T_CTX_ART, Combine(low(i - 1), gz(i)));
    }
    // The word after: "X, presidente de" is read through the comma.
    int j = i + 1 < n && toks[i + 1].len_bin == 1 && !(toks[i + 1].flags & kHasLetter) ? i + 2 : i + 1;
    const uint8_t cn = wc(j);
    if (cn != 0 && cn != kWcArticle) out[k++] = Key(T_CTX_P1, Combine(cn, Combine(cap, j - i)));
  }
  return k;
}

int ExtractPassFeatures(const TokenInfo* toks, int n, int i, uint32_t groups, uint32_t* out) {
  int k = 0;
  const TokenInfo& t = toks[i];
  if (groups & kFeatStack) {
    auto fp = [&](int j) -> uint64_t { return j < 0 ? kBos : (j >= n ? kEos : toks[j].first); };
    out[k++] = Key(T_FP_M1, Combine(fp(i - 1), t.flags & kInitCap));
    out[k++] = Key(T_FP_P1, Combine(fp(i + 1), t.flags & kInitCap));
    out[k++] = Key(T_FP_M2P2, Combine(fp(i - 2), fp(i + 2)));
    out[k++] = Key(T_FP_0, Combine(t.first, t.doc));
    out[k++] = Key(T_FP_M1_LOW0, Combine(fp(i - 1), t.lower));
  }
  if (groups & kFeatDocument) {
    out[k++] = Key(T_DOC, Combine(t.doc, FlagsAt(toks, n, i)));
    out[k++] = Key(T_DOC_M1, i > 0 ? Combine(toks[i - 1].doc, t.doc) : kBos);
    out[k++] = Key(T_DOC_P1, i + 1 < n ? Combine(t.doc, toks[i + 1].doc) : kEos);
    if (t.doc >= 3) out[k++] = Key(T_DOC_SHAPE, Combine(t.doc, t.sshape));
  }
  return k;
}

int ExtractFeatures(const TokenInfo* toks, int n, int i, uint32_t groups, uint32_t* out) {
  int k = ExtractLocalFeatures(toks, n, i, groups, out);
  return k + ExtractPassFeatures(toks, n, i, groups, out + k);
}

uint8_t DocTypeOfLabel(const std::string& label) {
  if (label.size() < 3) return 0;
  std::string_view type = std::string_view(label).substr(2);
  if (type == "PER") return 1;
  if (type == "ORG") return 2;
  if (type == "LOC") return 3;
  if (type == "MISC") return 4;
  return 5;
}

void ComputeDocValues(const std::vector<DocToken>& toks, int window, std::vector<uint32_t>* order,
                      uint8_t* doc_out) {
  const size_t n = toks.size();
  order->clear();
  for (size_t k = 0; k < n; ++k) {
    doc_out[k] = 0;
    if (toks[k].cap) order->push_back(static_cast<uint32_t>(k));
  }
  // Capitalised tokens grouped by word, in document order within a group.
  std::sort(order->begin(), order->end(), [&](uint32_t a, uint32_t b) {
    return toks[a].lower != toks[b].lower ? toks[a].lower < toks[b].lower : a < b;
  });
  size_t g0 = 0;
  while (g0 < order->size()) {
    size_t g1 = g0 + 1;
    while (g1 < order->size() && toks[(*order)[g1]].lower == toks[(*order)[g0]].lower) ++g1;
    // Two pointers over the group: [lo, hi) are the occurrences within the window.
    size_t lo = g0, hi = g0;
    for (size_t e = g0; e < g1; ++e) {
      const uint32_t k = (*order)[e];
      const int64_t s = toks[k].sentence;
      while (toks[(*order)[lo]].sentence + static_cast<int64_t>(window) < s) ++lo;
      while (hi < g1 && toks[(*order)[hi]].sentence <= s + window) ++hi;
      uint32_t count[6] = {0, 0, 0, 0, 0, 0};
      uint32_t others = 0;
      for (size_t j = lo; j < hi; ++j) {
        if (j == e) continue;
        ++count[toks[(*order)[j]].type];
        ++others;
      }
      uint8_t v = 1;
      if (others > 0) {
        int best = 0;
        for (int t = 1; t < 6; ++t)
          if (count[t] > count[best]) best = t;
        v = static_cast<uint8_t>(best == 0 ? 2 : best + 2);
      }
      doc_out[k] = v;
    }
    g0 = g1;
  }
}

}  // namespace resalta::tagger_internal
