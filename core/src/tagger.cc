#include "tagger.h"

#include <cstring>

#include "tagger_model.h"

namespace resalta {

using tagger_internal::ExtractFeatures;
using tagger_internal::kMaxFeatures;
using tagger_internal::Mix64;

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
  const size_t L = t.labels_.size();
  const size_t nf = m.keys.size();
  size_t cap = 16;
  while (cap < nf * 2) cap <<= 1;
  t.slots_.assign(cap, 0);
  t.rows_.assign(cap, 0);
  t.mask_ = static_cast<uint32_t>(cap - 1);
  for (size_t f = 0; f < nf; ++f) {
    uint32_t s = static_cast<uint32_t>(Mix64(m.keys[f])) & t.mask_;
    while (t.slots_[s] != 0) s = (s + 1) & t.mask_;  // keys are distinct (checked by the parser)
    t.slots_[s] = m.keys[f];
    t.rows_[s] = static_cast<uint32_t>(f * L);
  }
  t.weights_ = std::move(m.weights);
  t.num_features_ = nf;
  t.lexicon_.Build(m.lex_keys, m.lex_entries);
  return t;
}

inline const float* Tagger::Row(uint32_t key) const {
  uint32_t s = static_cast<uint32_t>(Mix64(key)) & mask_;
  for (;;) {
    uint32_t k = slots_[s];
    if (k == key) return &weights_[rows_[s]];
    if (k == 0) return nullptr;
    s = (s + 1) & mask_;
  }
}

void Tagger::TagIds(const std::vector<std::string_view>& tokens, const uint8_t* doc, Scratch* sc,
                    std::vector<int>* ids) const {
  const int n = static_cast<int>(tokens.size());
  const int L = num_labels_;
  ids->resize(n);
  if (n == 0) return;
  if (sc->toks.size() < static_cast<size_t>(n)) sc->toks.resize(n);
  const size_t nl = static_cast<size_t>(n) * L;
  if (sc->emit.size() < nl) {
    sc->emit.resize(nl);
    sc->score.resize(nl);
    sc->back.resize(nl);
  }
  for (int i = 0; i < n; ++i) {
    tagger_internal::AnalyzeToken(tokens[i], &lexicon_, &sc->toks[i]);
    if (doc != nullptr) sc->toks[i].doc = doc[i];
  }
  uint32_t keys[kMaxFeatures];
  for (int i = 0; i < n; ++i) {
    float* e = &sc->emit[static_cast<size_t>(i) * L];
    std::memset(e, 0, sizeof(float) * L);
    int nk = ExtractFeatures(sc->toks.data(), n, i, groups_, keys);
    for (int k = 0; k < nk; ++k) {
      const float* w = Row(keys[k]);
      if (w == nullptr) continue;
      for (int y = 0; y < L; ++y) e[y] += w[y];
    }
  }
  tagger_internal::Viterbi(sc->emit.data(), n, L, trans_.data(), allowed_.data(), sc->score.data(),
                           sc->back.data(), ids->data());
}

void Tagger::TagDocumentIds(const std::vector<std::vector<std::string_view>>& sentences, Scratch* sc,
                            std::vector<std::vector<int>>* ids) const {
  ids->resize(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) TagIds(sentences[s], nullptr, sc, &(*ids)[s]);
  if (!(groups_ & tagger_internal::kFeatDocument)) return;
  // Second pass: document values from the first pass's labels.
  auto& dt = sc->doc_toks;
  dt.clear();
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (size_t i = 0; i < sentences[s].size(); ++i) {
      bool up = false;
      uint64_t lower = tagger_internal::LowerHash(sentences[s][i], &up);
      dt.push_back({lower, static_cast<uint32_t>(s), doc_type_[(*ids)[s][i]], up});
    }
  }
  sc->doc_values.resize(dt.size());
  tagger_internal::ComputeDocValues(dt, kDocWindow, &sc->doc_order, sc->doc_values.data());
  size_t off = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    TagIds(sentences[s], sc->doc_values.data() + off, sc, &(*ids)[s]);
    off += sentences[s].size();
  }
}

void Tagger::Tag(const std::vector<std::string_view>& tokens, std::vector<std::string>* labels) const {
  Scratch sc;
  std::vector<int> ids;
  if (groups_ & tagger_internal::kFeatDocument) {
    std::vector<std::vector<std::string_view>> one = {tokens};
    TagDocumentIds(one, &sc, &sc.ids);
    ids.swap(sc.ids[0]);
  } else {
    TagIds(tokens, nullptr, &sc, &ids);
  }
  labels->resize(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) (*labels)[i] = labels_[ids[i]];
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
    for (size_t i = 0; i < ids.size(); ++i) out[i] = labels_[ids[i]];
  }
}

}  // namespace resalta
