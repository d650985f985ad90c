#include "tagger_trainer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <cstdio>
#include <cstdlib>

#include "tagger/tagger_model.h"

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

bool IsPunct(UChar32 c) { return u_ispunct(c) || c == '|' || c == '+' || c == '<' || c == '>' || c == '='; }

}  // namespace

void TokenizeRaw(const std::string& line, std::vector<std::string>* out) {
  out->clear();
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    if (j > i) {
      const auto* s = reinterpret_cast<const uint8_t*>(line.data());
      int32_t b = static_cast<int32_t>(i), e = static_cast<int32_t>(j);
      std::vector<std::string> tail;
      // leading punctuation
      while (b < e) {
        int32_t k = b;
        UChar32 c;
        U8_NEXT(s, k, e, c);
        if (c < 0 || !IsPunct(c)) break;
        out->push_back(line.substr(b, k - b));
        b = k;
      }
      while (e > b) {
        int32_t k = e;
        UChar32 c;
        U8_PREV(s, b, k, c);
        if (c < 0 || !IsPunct(c)) break;
        tail.push_back(line.substr(k, e - k));
        e = k;
      }
      if (e > b) out->push_back(line.substr(b, e - b));
      for (auto it = tail.rbegin(); it != tail.rend(); ++it) out->push_back(*it);
    }
    i = j;
  }
}

std::string LowerUtf8(const std::string& t) {
  std::string out;
  out.reserve(t.size());
  const auto* s = reinterpret_cast<const uint8_t*>(t.data());
  const int32_t n = static_cast<int32_t>(t.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    c = u_tolower(c);
    uint8_t buf[4];
    int32_t k = 0;
    UBool err = false;
    U8_APPEND(buf, k, 4, c, err);
    if (!err) out.append(reinterpret_cast<const char*>(buf), k);
  }
  return out;
}


Result<std::string> TrainTagger(const std::vector<TrainSentence>& data, const TrainerOptions& opt,
                                const EpochCallback& on_epoch) {
  const int L = static_cast<int>(opt.labels.size());
  std::vector<uint8_t> allowed;
  Status st = BuildIob2Transitions(opt.labels, &allowed);
  if (!st.ok()) return Status(ErrorCode::kInvalidArgument, st.message());
  if (opt.lex_keys.size() != opt.lex_entries.size())
    return Status(ErrorCode::kInvalidArgument, "lexicon keys and entries differ in size");
  WordTable lex;
  lex.Build(opt.lex_keys, opt.lex_entries);
  // The trigger words the features see, as Tagger::FromBytes will read them.
  const TriggerWords triggers = TriggerWords::ForLanguage(opt.lang);

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
    if (!s.doc.empty() && s.doc.size() != s.tokens.size())
      return Status(ErrorCode::kInvalidArgument, "sentence with tokens and doc values of different lengths");
    if (!s.first.empty() && s.first.size() != s.tokens.size())
      return Status(ErrorCode::kInvalidArgument, "sentence with tokens and first-pass labels of different lengths");
    for (int i = 0; i < n; ++i) AnalyzeToken(s.tokens[i], &lex, &triggers, &toks[i]);
    MarkCapsSentence(toks.data(), n);
    for (int i = 0; i < n; ++i) {
      if (!s.doc.empty()) toks[i].doc = s.doc[i];
      if (!s.first.empty()) toks[i].first = s.first[i];
    }
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
  const size_t F = keys.size();

  // Domain adaptation by feature augmentation (Daume III 2007): every
  // feature also gets a copy private to its sentence's domain; the shipped
  // weights are general + target-domain (0) copy, so inference is unchanged.
  int num_domains = 1;
  for (const auto& s : data) num_domains = std::max(num_domains, s.domain + 1);
  const bool augment = num_domains > 1;
  if (augment) {
    std::vector<uint32_t> f2;
    f2.reserve(feats.size() * 2);
    std::vector<size_t> off2(pos_off.size());
    for (size_t si = 0; si < data.size(); ++si) {
      const uint32_t shift = static_cast<uint32_t>((1 + data[si].domain) * F);
      for (size_t p = sent_pos[si]; p < sent_pos[si + 1]; ++p) {
        off2[p] = f2.size();
        for (size_t f = pos_off[p]; f < pos_off[p + 1]; ++f) {
          f2.push_back(feats[f]);
          f2.push_back(feats[f] == kDropped ? kDropped : feats[f] + shift);
        }
      }
    }
    off2.back() = f2.size();
    feats.swap(f2);
    pos_off.swap(off2);
  }
  const size_t Ftot = augment ? F * (1 + num_domains) : F;

  // 2. Averaged perceptron: w are the current weights, u accumulates
  //    c * update so that the average is w - u / c.
  std::vector<float> w(Ftot * L, 0.0f);
  std::vector<double> u(Ftot * L, 0.0);
  std::vector<float> tw((L + 1) * L, 0.0f);
  std::vector<double> tu((L + 1) * L, 0.0);
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  Rng rng{opt.seed};
  double c = 1;
  std::vector<float> emit, score;
  std::vector<uint8_t> back;
  std::vector<int> pred;
  std::vector<uint8_t> active;
  const uint64_t dropout_threshold =
      static_cast<uint64_t>(std::max(0.0f, std::min(opt.dropout, 0.9f)) * 9007199254740992.0);  // 2^53
  std::string model;

  // CRF: negative log-likelihood gradient by forward-backward, AdaGrad steps
  // with an L2 pull on each touched weight; iterates are averaged like the
  // perceptron's (u accumulates c * step).
  std::vector<float> G, tG;
  if (opt.algorithm == TrainerOptions::kCrf) {
    G.assign(Ftot * L, 0.0f);
    tG.assign((L + 1) * L, 0.0f);
  }
  std::vector<double> alpha, beta, grad, tgrad;
  const double kNegInf = -1e300;
  auto lse = [](double a, double b) {
    if (a < b) std::swap(a, b);
    if (b <= -1e299) return a;
    return a + std::log1p(std::exp(b - a));
  };
  auto CrfStep = [&](const std::vector<float>& em, int n, const std::vector<int>& gold, size_t p0, size_t fbase) {
    const size_t nl = static_cast<size_t>(n) * L;
    alpha.assign(nl, kNegInf);
    beta.assign(nl, kNegInf);
    const float* start = &tw[static_cast<size_t>(L) * L];
    const uint8_t* start_ok = &allowed[static_cast<size_t>(L) * L];
    for (int y = 0; y < L; ++y)
      if (start_ok[y]) alpha[y] = start[y] + em[y];
    for (int i = 1; i < n; ++i)
      for (int y = 0; y < L; ++y) {
        double s = kNegInf;
        for (int p = 0; p < L; ++p)
          if (allowed[p * L + y]) s = lse(s, alpha[(i - 1) * L + p] + tw[p * L + y]);
        alpha[i * L + y] = s + em[i * L + y];
      }
    for (int y = 0; y < L; ++y) beta[(n - 1) * L + y] = 0;
    for (int i = n - 2; i >= 0; --i)
      for (int p = 0; p < L; ++p) {
        double s = kNegInf;
        for (int y = 0; y < L; ++y)
          if (allowed[p * L + y]) s = lse(s, tw[p * L + y] + em[(i + 1) * L + y] + beta[(i + 1) * L + y]);
        beta[i * L + p] = s;
      }
    double logz = kNegInf;
    for (int y = 0; y < L; ++y) logz = lse(logz, alpha[(n - 1) * L + y]);
    grad.assign(nl, 0.0);
    for (size_t k = 0; k < nl; ++k) grad[k] = std::exp(alpha[k] + beta[k] - logz);
    for (int i = 0; i < n; ++i) grad[i * L + gold[i]] -= 1.0;
    tgrad.assign((L + 1) * L, 0.0);
    for (int y = 0; y < L; ++y) tgrad[L * L + y] = grad[y];  // start row: marginal - gold
    for (int i = 1; i < n; ++i)
      for (int p = 0; p < L; ++p)
        for (int y = 0; y < L; ++y)
          if (allowed[p * L + y])
            tgrad[p * L + y] +=
                std::exp(alpha[(i - 1) * L + p] + tw[p * L + y] + em[i * L + y] + beta[i * L + y] - logz);
    for (int i = 1; i < n; ++i) tgrad[gold[i - 1] * L + gold[i]] -= 1.0;
    const double eta = opt.learning_rate, l2 = opt.l2;
    for (int i = 0; i < n; ++i) {
      const double* gi = &grad[static_cast<size_t>(i) * L];
      for (size_t f = pos_off[p0 + i]; f < pos_off[p0 + i + 1]; ++f) {
        if (feats[f] == kDropped || !active[f - fbase]) continue;
        size_t r = static_cast<size_t>(feats[f]) * L;
        for (int y = 0; y < L; ++y) {
          double g = gi[y] + l2 * w[r + y];
          if (std::fabs(g) < 1e-7) continue;
          G[r + y] += static_cast<float>(g * g);
          double step = -eta * g / std::sqrt(static_cast<double>(G[r + y]));
          w[r + y] += static_cast<float>(step);
          u[r + y] += c * step;
        }
      }
    }
    for (size_t k = 0; k < tgrad.size(); ++k) {
      double g = tgrad[k];
      if (std::fabs(g) < 1e-7) continue;
      tG[k] += static_cast<float>(g * g);
      double step = -eta * g / std::sqrt(static_cast<double>(tG[k]));
      tw[k] += static_cast<float>(step);
      tu[k] += c * step;
    }
  };

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
      // Feature dropout: each feature of each position is left out of this
      // pass with probability opt.dropout, so that features which are
      // redundant on the training data (clusters next to word identity)
      // still get weight.
      active.assign(pos_off[p0 + n] - pos_off[p0], 1);
      if (dropout_threshold > 0) {
        for (size_t f = 0; f < active.size(); ++f)
          if ((rng.Next() >> 11) < dropout_threshold) active[f] = 0;
      }
      const size_t fbase = pos_off[p0];
      for (int i = 0; i < n; ++i) {
        float* e = &emit[static_cast<size_t>(i) * L];
        for (size_t f = pos_off[p0 + i]; f < pos_off[p0 + i + 1]; ++f) {
          if (feats[f] == kDropped || !active[f - fbase]) continue;
          const float* row = &w[static_cast<size_t>(feats[f]) * L];
          for (int y = 0; y < L; ++y) e[y] += row[y];
        }
      }
      if (opt.algorithm == TrainerOptions::kCrf) {
        CrfStep(emit, n, gold, p0, fbase);
        c += 1;
        continue;
      }
      Viterbi(emit.data(), n, L, tw.data(), allowed.data(), score.data(), back.data(), pred.data());
      const double cf = c;
      for (int i = 0; i < n; ++i) {
        int g = gold[i], p = pred[i];
        if (g != p) {
          for (size_t f = pos_off[p0 + i]; f < pos_off[p0 + i + 1]; ++f) {
            if (feats[f] == kDropped || !active[f - fbase]) continue;
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
    m.trigger_words_checksum = triggers.checksum();
    for (int l = 0; l < kNumClusterLevels; ++l) m.clusters_per_level[l] = opt.clusters_per_level[l];
    m.transitions.resize(tw.size());
    for (size_t i = 0; i < tw.size(); ++i) m.transitions[i] = static_cast<float>(tw[i] - tu[i] / c);
    // Quantization step of the stored table, to drop rows that would round to zero.
    auto avg = [&](size_t f, int y) {
      double v = w[f * L + y] - u[f * L + y] / c;
      if (augment) v += w[(F + f) * L + y] - u[(F + f) * L + y] / c;
      return static_cast<float>(v);
    };
    float maxabs = 0;
    for (size_t f = 0; f < F; ++f)
      for (int y = 0; y < L; ++y) maxabs = std::max(maxabs, std::fabs(avg(f, y)));
    const float floor = std::max(opt.prune, 1e-5f * maxabs);
    std::vector<float> row(L);
    for (size_t f = 0; f < F; ++f) {
      bool keep = false;
      for (int y = 0; y < L; ++y) {
        row[y] = avg(f, y);
        if (std::fabs(row[y]) >= floor) keep = true;
      }
      if (!keep) continue;
      m.keys.push_back(keys[f]);
      m.weights.insert(m.weights.end(), row.begin(), row.end());
    }
    // WordTable, sorted by key as the format wants.
    std::vector<size_t> lo(opt.lex_keys.size());
    std::iota(lo.begin(), lo.end(), 0);
    std::sort(lo.begin(), lo.end(), [&](size_t a, size_t b) { return opt.lex_keys[a] < opt.lex_keys[b]; });
    // Only what the model's feature groups read is kept.
    const bool use_cl = opt.feature_groups & kFeatClusters;
    const bool use_cap = opt.feature_groups & kFeatCapRatio;
    const bool use_gaz = opt.feature_groups & kFeatGazetteer;
    if (!use_cl)
      for (int l = 0; l < kNumClusterLevels; ++l) m.clusters_per_level[l] = 0;
    for (size_t i : lo) {
      if (!m.lex_keys.empty() && m.lex_keys.back() == opt.lex_keys[i]) continue;  // hash collision: keep one
      LexEntry e = opt.lex_entries[i];
      if (!use_cl)
        for (int l = 0; l < kNumClusterLevels; ++l) e.cluster[l] = kNoCluster;
      if (!use_cap) e.cap_bin = 0;
      if (!use_gaz) e.gaz &= ~kGazTypeBits;
      if (!(opt.feature_groups & kFeatLists)) e.gaz &= ~kGazListBits;
      if (e.cluster[0] == kNoCluster && e.cluster[1] == kNoCluster && e.cluster[2] == kNoCluster && e.cap_bin == 0 &&
          e.gaz == 0)
        continue;
      m.lex_keys.push_back(opt.lex_keys[i]);
      m.lex_entries.push_back(e);
    }
    if (getenv("RESALTA_TRAIN_DEBUG")) {
      size_t nz = 0;
      for (size_t f = 0; f < F; ++f)
        for (int y = 0; y < L; ++y)
          if (avg(f, y) != 0) { ++nz; break; }
      fprintf(stderr, "debug: %zu features, %zu touched, %zu kept, maxabs %g floor %g\n", F, nz, m.keys.size(), maxabs, floor);
    }
    model = SerializeTaggerModel(m, ModelEncoding::Exact());
    if (on_epoch && !on_epoch(epoch, model)) break;
  }
  return model;
}

}  // namespace resalta
