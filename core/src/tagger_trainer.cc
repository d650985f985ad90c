#include "tagger_trainer.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <cstdio>
#include <cstdlib>

#include "tagger_model.h"

namespace resalta {

using namespace tagger_internal;

namespace {

// xorshift-style generator with a fixed algorithm, so shuffles are the same
// on every standard library.
struct Rng {
  uint64_t s;
  uint64_t Next() {
    s += 0x9E3779B97F4A7C15ULL;
    return Mix64(s);
  }
};

}  // namespace

Result<std::string> TrainTagger(const std::vector<TrainSentence>& data, const TrainerOptions& opt,
                                const EpochCallback& on_epoch) {
  const int L = static_cast<int>(opt.labels.size());
  std::vector<uint8_t> allowed;
  Status st = BuildIob2Transitions(opt.labels, &allowed);
  if (!st.ok()) return Status(ErrorCode::kInvalidArgument, st.message());
  if (opt.lex_keys.size() != opt.lex_entries.size())
    return Status(ErrorCode::kInvalidArgument, "lexicon keys and entries differ in size");
  Lexicon lex;
  lex.Build(opt.lex_keys, opt.lex_entries);

  // 1. Features of every training position, as dense indices.
  std::vector<uint32_t> feat_keys;  // flat, all positions
  std::vector<size_t> pos_off;      // per position: start in feat_keys
  std::vector<size_t> sent_pos;     // per sentence: first position
  std::vector<TokenInfo> toks;
  uint32_t buf[kMaxFeatures];
  for (const auto& s : data) {
    if (s.tokens.size() != s.labels.size())
      return Status(ErrorCode::kInvalidArgument, "sentence with tokens and labels of different lengths");
    for (int y : s.labels)
      if (y < 0 || y >= L) return Status(ErrorCode::kInvalidArgument, "label id out of range");
    sent_pos.push_back(pos_off.size());
    const int n = static_cast<int>(s.tokens.size());
    toks.resize(n);
    for (int i = 0; i < n; ++i) AnalyzeToken(s.tokens[i], &lex, &toks[i]);
    for (int i = 0; i < n; ++i) {
      pos_off.push_back(feat_keys.size());
      int k = ExtractFeatures(toks.data(), n, i, opt.feature_groups, buf);
      feat_keys.insert(feat_keys.end(), buf, buf + k);
    }
  }
  sent_pos.push_back(pos_off.size());
  pos_off.push_back(feat_keys.size());

  std::unordered_map<uint32_t, uint32_t> count;
  count.reserve(feat_keys.size() / 4);
  for (uint32_t k : feat_keys) ++count[k];
  std::vector<uint32_t> keys;
  for (const auto& kv : count)
    if (kv.second >= static_cast<uint32_t>(std::max(1, opt.min_count))) keys.push_back(kv.first);
  std::sort(keys.begin(), keys.end());
  std::unordered_map<uint32_t, uint32_t> index;
  index.reserve(keys.size() * 2);
  for (uint32_t i = 0; i < keys.size(); ++i) index[keys[i]] = i;
  constexpr uint32_t kDropped = 0xFFFFFFFFu;
  std::vector<uint32_t> feats(feat_keys.size());
  for (size_t i = 0; i < feat_keys.size(); ++i) {
    auto it = index.find(feat_keys[i]);
    feats[i] = it == index.end() ? kDropped : it->second;
  }
  feat_keys.clear();
  feat_keys.shrink_to_fit();
  count.clear();
  index.clear();

  // 2. Averaged perceptron: w are the current weights, u accumulates
  //    c * update so that the average is w - u / c.
  const size_t F = keys.size();
  std::vector<float> w(F * L, 0.0f);
  std::vector<double> u(F * L, 0.0);
  std::vector<float> tw((L + 1) * L, 0.0f);
  std::vector<double> tu((L + 1) * L, 0.0);
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  Rng rng{opt.seed};
  double c = 1;
  std::vector<float> emit, score;
  std::vector<uint8_t> back;
  std::vector<int> pred;
  std::string model;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.Next() % i]);
    for (size_t si : order) {
      const auto& gold = data[si].labels;
      const int n = static_cast<int>(gold.size());
      if (n == 0) continue;
      const size_t p0 = sent_pos[si];
      emit.assign(static_cast<size_t>(n) * L, 0.0f);
      score.resize(emit.size());
      back.resize(emit.size());
      pred.resize(n);
      for (int i = 0; i < n; ++i) {
        float* e = &emit[static_cast<size_t>(i) * L];
        for (size_t f = pos_off[p0 + i]; f < pos_off[p0 + i + 1]; ++f) {
          if (feats[f] == kDropped) continue;
          const float* row = &w[static_cast<size_t>(feats[f]) * L];
          for (int y = 0; y < L; ++y) e[y] += row[y];
        }
      }
      Viterbi(emit.data(), n, L, tw.data(), allowed.data(), score.data(), back.data(), pred.data());
      const double cf = c;
      for (int i = 0; i < n; ++i) {
        int g = gold[i], p = pred[i];
        if (g != p) {
          for (size_t f = pos_off[p0 + i]; f < pos_off[p0 + i + 1]; ++f) {
            if (feats[f] == kDropped) continue;
            size_t r = static_cast<size_t>(feats[f]) * L;
            w[r + g] += 1;
            u[r + g] += cf;
            w[r + p] -= 1;
            u[r + p] -= cf;
          }
        }
        int gp = i == 0 ? L : gold[i - 1];
        int pp = i == 0 ? L : pred[i - 1];
        if (g != p || gp != pp) {
          tw[gp * L + g] += 1;
          tu[gp * L + g] += cf;
          tw[pp * L + p] -= 1;
          tu[pp * L + p] -= cf;
        }
      }
      c += 1;
    }

    // 3. Export the averaged model of this epoch.
    TaggerModelData m;
    m.lang = opt.lang;
    m.labels = opt.labels;
    m.feature_groups = opt.feature_groups;
    for (int l = 0; l < kNumClusterLevels; ++l) m.clusters_per_level[l] = opt.clusters_per_level[l];
    m.transitions.resize(tw.size());
    for (size_t i = 0; i < tw.size(); ++i) m.transitions[i] = static_cast<float>(tw[i] - tu[i] / c);
    // Quantization step of the stored table, to drop rows that would round to zero.
    float maxabs = 0;
    for (size_t i = 0; i < w.size(); ++i) maxabs = std::max(maxabs, static_cast<float>(std::fabs(w[i] - u[i] / c)));
    const float floor = std::max(opt.prune, 0.5f * maxabs / 32767.0f);
    std::vector<float> row(L);
    for (size_t f = 0; f < F; ++f) {
      bool keep = false;
      for (int y = 0; y < L; ++y) {
        row[y] = static_cast<float>(w[f * L + y] - u[f * L + y] / c);
        if (std::fabs(row[y]) >= floor) keep = true;
      }
      if (!keep) continue;
      m.keys.push_back(keys[f]);
      m.weights.insert(m.weights.end(), row.begin(), row.end());
    }
    // Lexicon, sorted by key as the format wants.
    std::vector<size_t> lo(opt.lex_keys.size());
    std::iota(lo.begin(), lo.end(), 0);
    std::sort(lo.begin(), lo.end(), [&](size_t a, size_t b) { return opt.lex_keys[a] < opt.lex_keys[b]; });
    for (size_t i : lo) {
      if (!m.lex_keys.empty() && m.lex_keys.back() == opt.lex_keys[i]) continue;  // hash collision: keep one
      m.lex_keys.push_back(opt.lex_keys[i]);
      m.lex_entries.push_back(opt.lex_entries[i]);
    }
    if (getenv("RESALTA_TRAIN_DEBUG")) {
      size_t nz = 0;
      for (size_t f = 0; f < F; ++f)
        for (int y = 0; y < L; ++y)
          if (w[f * L + y] != 0 || u[f * L + y] != 0) { ++nz; break; }
      fprintf(stderr, "debug: %zu features, %zu touched, %zu kept, maxabs %g floor %g\n", F, nz, m.keys.size(), maxabs, floor);
    }
    model = SerializeTaggerModel(m);
    if (on_epoch && !on_epoch(epoch, model)) break;
  }
  return model;
}

}  // namespace resalta
