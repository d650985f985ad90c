#include "tagger/tagger.h"

#include <algorithm>
#include <cstring>

#include "lang/lang_data.h"
#include "tagger/tagger_model.h"

namespace resalta {

using tagger_internal::ExtractFeatures;
using tagger_internal::kMaxFeatures;
using tagger_internal::Mix64;

namespace {
// Home slot of a key in a table of `capacity` entries (multiply-shift range reduction).
inline uint32_t Slot(uint32_t key, uint32_t capacity) {
  return static_cast<uint32_t>((static_cast<uint64_t>(static_cast<uint32_t>(Mix64(key))) * capacity) >> 32);
}
}  // namespace

Result<Tagger> Tagger::FromBytes(std::string_view model_bytes) {
  auto parsed = tagger_internal::ParseTaggerModel(model_bytes);
  if (!parsed.ok()) return parsed.status();
  tagger_internal::TaggerModelData& m = parsed.value();
  Tagger t;
  t.lang_ = std::move(m.lang);
  t.labels_ = std::move(m.labels);
  t.num_labels_ = static_cast<int>(t.labels_.size());
  t.groups_ = m.feature_groups;
  t.trans_ = std::move(m.transitions);
  Status st = tagger_internal::BuildIob2Transitions(t.labels_, &t.allowed_);
  if (!st.ok()) return st;
  for (const auto& l : t.labels_) t.doc_type_.push_back(tagger_internal::DocTypeOfLabel(l));
  for (const auto& l : t.labels_) t.out_labels_.push_back(tagger_internal::Iob2Form(l));
  for (const auto& l : t.out_labels_) {
    EntityType type;
    const bool typed = l.size() > 2 && ParseEntityType(std::string_view(l).substr(2), &type);
    t.mention_type_.push_back(typed ? static_cast<int8_t>(type) : int8_t{-1});
    t.mention_begins_.push_back(l[0] == 'B');
  }
  t.triggers_ = tagger_internal::TriggerWords::ForLanguage(t.lang_);
  // The post-pass's club guard reads the article class of the trigger words,
  // so only models with them (kFeatContext: es.bin, not en.bin) get it; on
  // CoNLL-2003 dev, lists without the guard retype clubs such as "Cardiff"
  // (en 91.56 against 91.66).
  if (t.groups_ & tagger_internal::kFeatContext) {
    t.names_ = tagger_internal::NameLists::ForLanguage(t.lang_);
    for (std::string_view w : LangDataLines(t.lang_, "interface_words")) {
      t.interface_.push_back(tagger_internal::LowerHash(w, nullptr));
    }
    std::sort(t.interface_.begin(), t.interface_.end());
  }
  auto id_of = [&](const char* label) {
    auto it = std::find(t.labels_.begin(), t.labels_.end(), label);
    return it == t.labels_.end() ? -1 : static_cast<int>(it - t.labels_.begin());
  };
  t.o_ = id_of("O");
  t.b_org_ = id_of("B-ORG");
  t.i_org_ = id_of("I-ORG");
  t.b_loc_ = id_of("B-LOC");
  t.b_per_ = id_of("B-PER");
  t.i_per_ = id_of("I-PER");
  t.i_loc_ = id_of("I-LOC");
  if ((t.groups_ & tagger_internal::kFeatContext) && m.format_version >= 3 &&
      m.trigger_words_checksum != t.triggers_.checksum()) {
    return Status(ErrorCode::kBadModel,
                  "tagger model: trained with other trigger words than core/data/" + t.lang_ +
                      "/trigger_words.txt has (checksum " + std::to_string(m.trigger_words_checksum) + ", this build " +
                      std::to_string(t.triggers_.checksum()) + "): retrain it (scripts/train " + t.lang_ + ")");
  }
  const size_t L = t.labels_.size();
  const size_t nf = m.keys.size();
  t.stride_ = (8 + L + 3) / 4 * 4;
  // Load factor about 2/3.
  t.capacity_ = static_cast<uint32_t>(nf + nf / 2 + 16);
  t.table_.assign(static_cast<size_t>(t.capacity_) * t.stride_, 0);
  for (size_t f = 0; f < nf; ++f) {
    uint32_t s = Slot(m.keys[f], t.capacity_);
    for (;;) {
      uint8_t* e = &t.table_[static_cast<size_t>(s) * t.stride_];
      uint32_t k;
      std::memcpy(&k, e, 4);
      if (k == 0) {  // keys are distinct (checked by the parser)
        std::memcpy(e, &m.keys[f], 4);
        const float scale = m.qscale[f];
        std::memcpy(e + 4, &scale, 4);
        std::memcpy(e + 8, &m.qweights[f * L], L);
        break;
      }
      if (++s == t.capacity_) s = 0;
    }
  }
  t.num_features_ = nf;
  t.lexicon_.Build(m.lex_keys, m.lex_entries);
  return t;
}

inline const uint8_t* Tagger::Find(uint32_t key) const {
  uint32_t s = Slot(key, capacity_);
  for (;;) {
    const uint8_t* e = &table_[static_cast<size_t>(s) * stride_];
    uint32_t k;
    std::memcpy(&k, e, 4);
    if (k == key) return e;
    if (k == 0) return nullptr;
    if (++s == capacity_) s = 0;
  }
}

inline void Tagger::AddWeights(const uint32_t* keys, int nk, float* e) const {
  const int L = num_labels_;
  for (int k = 0; k < nk; ++k) {
    const uint8_t* row = Find(keys[k]);
    if (row == nullptr) continue;
    float scale;
    std::memcpy(&scale, row + 4, 4);
    const int8_t* q = reinterpret_cast<const int8_t*>(row + 8);
    for (int y = 0; y < L; ++y) e[y] += scale * static_cast<float>(q[y]);
  }
}

void Tagger::Decode(const tagger_internal::TokenInfo* toks, int n, const float* base, Scratch* sc,
                    int* ids) const {
  const int L = num_labels_;
  const size_t nl = static_cast<size_t>(n) * L;
  if (sc->emit.size() < nl) {
    sc->emit.resize(nl);
    sc->score.resize(nl);
    sc->back.resize(nl);
  }
  std::memcpy(sc->emit.data(), base, sizeof(float) * nl);
  if (groups_ & (tagger_internal::kFeatDocument | tagger_internal::kFeatStack)) {
    uint32_t keys[kMaxFeatures];
    for (int i = 0; i < n; ++i) {
      int nk = tagger_internal::ExtractPassFeatures(toks, n, i, groups_, keys);
      AddWeights(keys, nk, &sc->emit[static_cast<size_t>(i) * L]);
    }
  }
  tagger_internal::Viterbi(sc->emit.data(), n, L, trans_.data(), allowed_.data(), sc->score.data(),
                           sc->back.data(), ids);
}

void Tagger::TagDocumentIds(const std::vector<std::vector<std::string_view>>& sentences, Scratch* sc,
                            std::vector<std::vector<int>>* ids) const {
  ids->resize(sentences.size());
  size_t total = 0;
  for (const auto& s : sentences) total += s.size();
  if (sc->toks.size() < total) sc->toks.resize(total);
  const size_t L = static_cast<size_t>(num_labels_);
  if (sc->base.size() < total * L) sc->base.resize(total * L);
  // First pass: analyse every token once, decode each sentence.
  size_t off = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const int n = static_cast<int>(sentences[s].size());
    tagger_internal::TokenInfo* toks = sc->toks.data() + off;
    for (int i = 0; i < n; ++i) tagger_internal::AnalyzeToken(sentences[s][i], &lexicon_, &triggers_, &toks[i]);
    tagger_internal::MarkCapsSentence(toks, n);
    float* base = sc->base.data() + off * L;
    uint32_t keys[kMaxFeatures];
    for (int i = 0; i < n; ++i) {
      float* e = base + static_cast<size_t>(i) * L;
      std::memset(e, 0, sizeof(float) * L);
      int nk = tagger_internal::ExtractLocalFeatures(toks, n, i, groups_, keys);
      AddWeights(keys, nk, e);
    }
    (*ids)[s].resize(n);
    if (n > 0) Decode(toks, n, base, sc, (*ids)[s].data());
    off += n;
  }
  if (groups_ & (tagger_internal::kFeatDocument | tagger_internal::kFeatStack)) SecondPass(sentences, total, sc, ids);
  if (!name_lists_on_ || (names_.size() == 0 && interface_.empty()) || o_ < 0 || b_org_ < 0 || i_org_ < 0 || b_loc_ < 0 ||
      i_loc_ < 0 || b_per_ < 0 || i_per_ < 0) {
    return;
  }
  // Words of people named in full in this document ("Juan Carlos Mendoza"):
  // a listed place of the same spelling typed PER alone is that person.
  std::vector<uint64_t> surnames;
  off = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const std::vector<int>& l = (*ids)[s];
    for (size_t i = 1; i < l.size(); ++i) {
      if (l[i] == i_per_) surnames.push_back(sc->toks[off + i].lower);
    }
    off += sentences[s].size();
  }
  std::sort(surnames.begin(), surnames.end());
  off = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const int n = static_cast<int>(sentences[s].size());
    ApplyNameLists(sc->toks.data() + off, n, surnames, (*ids)[s].data());
    off += n;
  }
}

void Tagger::ApplyNameLists(const tagger_internal::TokenInfo* toks, int n, const std::vector<uint64_t>& surnames,
                            int* ids) const {
  using tagger_internal::NameLists;
  for (int i = 0; i < n; ++i) {
    if (mention_type_[ids[i]] < 0 || !mention_begins_[ids[i]] ||
        !std::binary_search(interface_.begin(), interface_.end(), toks[i].lower)) {
      continue;
    }
    // The word goes, and so do the articles and titles after it ("Risas La",
    // "Rumores Señor Pérez"); what is left of the entity opens it.
    const int type = mention_type_[ids[i]];
    const int b = ids[i];
    ids[i] = o_;
    int k = i + 1;
    auto inside = [&](int j) { return j < n && mention_type_[ids[j]] == type && !mention_begins_[ids[j]]; };
    for (; inside(k) && (toks[k].wclass == tagger_internal::kWcArticle || toks[k].wclass == tagger_internal::kWcTitle);
         ++k) {
      ids[k] = o_;
    }
    if (inside(k)) ids[k] = b;
  }
  for (int i = 0; i < n;) {
    NameLists::Type type;
    const int len = names_.Match(toks, n, i, &type);
    if (len == 0) {
      ++i;
      continue;
    }
    const int b = type == NameLists::kOrg ? b_org_ : type == NameLists::kPer ? b_per_ : b_loc_;
    const int in = type == NameLists::kOrg ? i_org_ : type == NameLists::kPer ? i_per_ : i_loc_;
    // Is [i, i + len) exactly one entity of the model, and of which type?
    const int t0 = mention_type_[ids[i]];
    bool one = t0 >= 0 && mention_begins_[ids[i]];
    for (int k = i + 1; one && k < i + len; ++k) one = mention_type_[ids[k]] == t0 && !mention_begins_[ids[k]];
    if (one && i + len < n) one = !(mention_type_[ids[i + len]] == t0 && !mention_begins_[ids[i + len]]);
    bool untagged = true;
    for (int k = i; k < i + len; ++k) untagged = untagged && mention_type_[ids[k]] < 0;
    const bool club = type == NameLists::kLoc && i > 0 && toks[i - 1].wclass == tagger_internal::kWcArticle;
    const bool surname = len == 1 && t0 == mention_type_[b_per_] && type == NameLists::kLoc &&
                         std::binary_search(surnames.begin(), surnames.end(), toks[i].lower);
    const bool retype = one && t0 != mention_type_[b] && !club && !surname;
    const bool add = untagged && type != NameLists::kLoc && i > 0 && (toks[i].flags & tagger_internal::kInitCap);
    if (retype || add) {
      ids[i] = b;
      for (int k = i + 1; k < i + len; ++k) ids[k] = in;
    }
    i += len;
  }
}

void Tagger::SecondPass(const std::vector<std::vector<std::string_view>>& sentences, size_t total, Scratch* sc,
                        std::vector<std::vector<int>>* ids) const {
  const size_t L = static_cast<size_t>(num_labels_);
  // Document values and first-pass labels as features.
  auto& dt = sc->doc_toks;
  dt.resize(total);
  size_t off = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (size_t i = 0; i < sentences[s].size(); ++i, ++off) {
      const auto& t = sc->toks[off];
      dt[off] = {t.lower, static_cast<uint32_t>(s), doc_type_[(*ids)[s][i]],
                 (t.flags & tagger_internal::kInitCap) != 0};
    }
  }
  if (sc->doc_values.size() < total) sc->doc_values.resize(total);
  tagger_internal::ComputeDocValues(dt, kDocWindow, &sc->doc_order, sc->doc_values.data());
  off = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const int n = static_cast<int>(sentences[s].size());
    tagger_internal::TokenInfo* toks = sc->toks.data() + off;
    for (int i = 0; i < n; ++i) {
      toks[i].doc = sc->doc_values[off + i];
      toks[i].first = static_cast<uint8_t>(dt[off + i].type + 1);
    }
    if (n > 0) Decode(toks, n, sc->base.data() + off * L, sc, (*ids)[s].data());
    off += n;
  }
}

void Tagger::Tag(const std::vector<std::string_view>& tokens, std::vector<std::string>* labels) const {
  Scratch sc;
  std::vector<std::vector<std::string_view>> one = {tokens};
  TagDocumentIds(one, &sc, &sc.ids);
  const std::vector<int>& ids = sc.ids[0];
  labels->resize(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) (*labels)[i] = out_labels_[ids[i]];
}

void Tagger::TagDocument(const std::vector<std::vector<std::string_view>>& sentences,
                         std::vector<std::vector<std::string>>* labels) const {
  Scratch sc;
  TagDocumentIds(sentences, &sc, &sc.ids);
  labels->resize(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    auto& out = (*labels)[s];
    const auto& ids = sc.ids[s];
    out.resize(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) out[i] = out_labels_[ids[i]];
  }
}

void Tagger::TagMentions(const std::vector<std::vector<std::string_view>>& sentences,
                         std::vector<EntityMention>* mentions) const {
  Scratch sc;
  TagDocumentIds(sentences, &sc, &sc.ids);
  mentions->clear();
  uint32_t base = 0;  // document index of the sentence's first token
  for (const std::vector<int>& ids : sc.ids) {
    const uint32_t n = static_cast<uint32_t>(ids.size());
    for (uint32_t i = 0; i < n;) {
      const int type = mention_type_[ids[i]];
      if (type < 0) {
        ++i;
        continue;
      }
      // Decoding keeps IOB2 valid, so I- only continues its type; an I- at a
      // mention's start would open one all the same.
      uint32_t j = i + 1;
      while (j < n && !mention_begins_[ids[j]] && mention_type_[ids[j]] == type) ++j;
      mentions->push_back({base + i, base + j, static_cast<EntityType>(type)});
      i = j;
    }
    base += n;
  }
}

}  // namespace resalta
