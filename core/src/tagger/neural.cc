// GCC's -O2 vectorizes only loops of known trip counts; the forward pass's
// loops run over the layer widths (clang, the wasm build, vectorizes at -O2).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("tree-vectorize")
#endif
#include "tagger/neural.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace resalta::tagger_internal {

namespace {

// Bounds-checked little-endian reads over one section.
class SectionReader {
 public:
  SectionReader(std::string_view b, size_t pos) : b_(b), pos_(pos) {}
  bool ok() const { return ok_; }
  size_t pos() const { return pos_; }
  bool Need(size_t n) {
    if (!ok_ || b_.size() - pos_ < n) ok_ = false;
    return ok_;
  }
  uint32_t UInt(int bytes) {
    if (!Need(static_cast<size_t>(bytes))) return 0;
    uint32_t v = 0;
    for (int i = 0; i < bytes; ++i) v |= static_cast<uint32_t>(static_cast<uint8_t>(b_[pos_++])) << (8 * i);
    return v;
  }
  float F32() {
    uint32_t v = UInt(4);
    float f;
    std::memcpy(&f, &v, 4);
    return f;
  }
  uint32_t Varint() {
    uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      const uint32_t byte = UInt(1);
      if (!ok_) return 0;
      if (shift == 28 && (byte & 0xF0)) break;
      v |= (byte & 0x7F) << shift;
      if (!(byte & 0x80)) return v;
    }
    ok_ = false;
    return 0;
  }
  // n floats, each finite.
  bool Floats(size_t n, std::vector<float>* out) {
    if (!Need(n * 4)) return false;
    out->resize(n);
    for (size_t i = 0; i < n; ++i) {
      (*out)[i] = F32();
      if (!std::isfinite((*out)[i])) ok_ = false;
    }
    return ok_;
  }
  // n strictly increasing values stored as varint deltas (the first from 0).
  bool SortedKeys(size_t n, bool nonzero, std::vector<uint32_t>* out) {
    out->resize(n);
    uint64_t prev = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t k = prev + Varint();
      if (!ok_ || k > 0xffffffffULL || (i > 0 && k == prev) || (nonzero && k == 0)) return ok_ = false;
      (*out)[i] = static_cast<uint32_t>(k);
      prev = k;
    }
    return true;
  }

 private:
  std::string_view b_;
  size_t pos_;
  bool ok_ = true;
};

void PutUInt(std::string* s, uint32_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) s->push_back(static_cast<char>(v >> (8 * i)));
}
void PutF32(std::string* s, float f) {
  uint32_t v;
  std::memcpy(&v, &f, 4);
  PutUInt(s, v, 4);
}
void PutVarint(std::string* s, uint32_t v) {
  while (v >= 0x80) {
    s->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  s->push_back(static_cast<char>(v));
}
void PutFloats(std::string* s, const std::vector<float>& v) {
  for (float f : v) PutF32(s, f);
}
void PutKeys(std::string* s, const std::vector<uint32_t>& keys) {
  uint32_t prev = 0;
  for (uint32_t k : keys) {
    PutVarint(s, k - prev);
    prev = k;
  }
}

// Only expf (the same algorithm in glibc and in the musl of the wasm build)
// so native and wasm compute the same bits.
inline float Sigmoid(float x) { return 1.0f / (1.0f + std::exp(-x)); }
inline float Tanh(float x) { return 2.0f / (1.0f + std::exp(-2.0f * x)) - 1.0f; }

// y[0..rows) += sum_c mt[c * rows ..] * x[c]: mt is the matrix transposed,
// so the inner loop runs over independent outputs (vectorizable without
// reassociating sums); zero inputs cost nothing.
inline void MatTVecAdd(const float* mt, const float* x, int rows, int cols, float* y) {
  for (int c = 0; c < cols; ++c) {
    const float v = x[c];
    if (v == 0.0f) continue;
    const float* col = mt + static_cast<size_t>(c) * rows;
    for (int r = 0; r < rows; ++r) y[r] += col[r] * v;
  }
}

std::vector<float> Transposed(const std::vector<float>& m, int rows, int cols) {
  std::vector<float> t(m.size());
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) t[static_cast<size_t>(c) * rows + r] = m[static_cast<size_t>(r) * cols + c];
  return t;
}

// Row of a sorted key list, or -1.
inline int FindSorted(const std::vector<uint32_t>& keys, uint32_t key) {
  auto it = std::lower_bound(keys.begin(), keys.end(), key);
  return it != keys.end() && *it == key ? static_cast<int>(it - keys.begin()) : -1;
}

// The input vector of one token: word vector, char CNN, token features.
void TokenInput(const NeuralNet& net, std::string_view word, const TokenInfo& t, bool first, float* x) {
  const int D = net.word_dim, F = net.char_filters;
  const int row = FindSorted(net.word_keys, LexKey(t.lower));
  if (row >= 0) {
    const float s = net.word_scale[row] / 127.0f;
    const int8_t* q = &net.word_vec[static_cast<size_t>(row) * D];
    for (int d = 0; d < D; ++d) x[d] = s * static_cast<float>(q[d]);
  } else {
    std::fill(x, x + D, 0.0f);  // unknown words: the zero vector, as trained
  }
  // Char rows of the first kNeuralMaxChars code points (0 = padding).
  int rows[kNeuralMaxChars + 2] = {0};
  int m = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const int32_t n = word.size() > 0x7fffffff ? 0x7fffffff : static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < n && m < kNeuralMaxChars;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    const int k = FindSorted(net.chars, static_cast<uint32_t>(c));
    rows[1 + m++] = k >= 0 ? k + 2 : 1;
  }
  // Width-3 convolution with zero padding, ReLU, max over the word's chars.
  float* cx = x + D;
  std::fill(cx, cx + F, 0.0f);  // ReLU outputs are >= 0
  float acc[512];
  for (int j = 0; j < m; ++j) {
    std::memcpy(acc, net.conv_b.data(), sizeof(float) * F);
    for (int k = 0; k < 3; ++k) {
      const int r = rows[j + k];  // rows[0] and rows[m + 1] are padding
      if (r == 0) continue;
      const float* t = &net.conv_tab[k][static_cast<size_t>(r) * F];
      for (int f = 0; f < F; ++f) acc[f] += t[f];
    }
    for (int f = 0; f < F; ++f) cx[f] = acc[f] > cx[f] ? acc[f] : cx[f];
  }
  float* tx = cx + F;
  std::fill(tx, tx + kNeuralTokenFeatures, 0.0f);
  tx[std::min<int>(t.cap_bin, 5)] = 1;
  for (int b = 0; b < 6; ++b) tx[6 + b] = (t.gaz >> b) & 1;
  tx[12 + std::min<int>(t.wclass, 5)] = 1;
  tx[18] = t.sent_caps ? 1 : 0;
  for (int b = 0; b < 8; ++b) tx[19 + b] = (t.flags >> b) & 1;
  tx[27] = first ? 1 : 0;
}

}  // namespace

Status ParseNeuralSection(std::string_view bytes, size_t* pos, int num_labels, NeuralNet* out) {
  SectionReader r(bytes, *pos);
  const auto bad = [](const std::string& what) {
    return Status(ErrorCode::kBadModel, "tagger model: neural section: " + what);
  };
  const uint32_t version = r.UInt(2);
  if (r.ok() && version != kNeuralVersion) return bad("version " + std::to_string(version) + " not supported");
  NeuralNet n;
  n.weight = r.F32();
  n.word_dim = static_cast<int>(r.UInt(2));
  n.char_dim = static_cast<int>(r.UInt(2));
  n.char_filters = static_cast<int>(r.UInt(2));
  n.hidden = static_cast<int>(r.UInt(2));
  n.labels = static_cast<int>(r.UInt(1));
  if (!r.ok()) return bad("truncated header");
  if (!std::isfinite(n.weight) || n.word_dim < 1 || n.word_dim > 512 || n.char_dim < 1 || n.char_dim > 256 ||
      n.char_filters < 1 || n.char_filters > 512 || n.hidden < 1 || n.hidden > 512 || n.labels != num_labels || n.labels > kMaxNeuralLabels) {
    return bad("bad sizes");
  }
  const uint32_t words = r.UInt(4);
  if (!r.ok() || words > bytes.size()) return bad("truncated word list");
  if (!r.SortedKeys(words, true, &n.word_keys) || !r.Floats(words, &n.word_scale)) return bad("bad word list");
  const size_t wv = static_cast<size_t>(words) * n.word_dim;
  if (!r.Need(wv)) return bad("truncated word vectors");
  n.word_vec.resize(wv);
  std::memcpy(n.word_vec.data(), bytes.data() + r.pos(), wv);
  SectionReader after(bytes, r.pos() + wv);
  r = after;
  const uint32_t chars = r.UInt(2);
  if (!r.SortedKeys(chars, false, &n.chars)) return bad("bad char list");
  const size_t H = static_cast<size_t>(n.hidden), I = static_cast<size_t>(n.input_dim());
  if (!r.Floats((chars + 2) * static_cast<size_t>(n.char_dim), &n.char_vec) ||
      !r.Floats(static_cast<size_t>(n.char_filters) * n.char_dim * 3, &n.conv_w) ||
      !r.Floats(static_cast<size_t>(n.char_filters), &n.conv_b)) {
    return bad("truncated char CNN");
  }
  for (int d = 0; d < 2; ++d) {
    if (!r.Floats(4 * H * I, &n.w_ih[d]) || !r.Floats(4 * H * H, &n.w_hh[d]) || !r.Floats(4 * H, &n.b[d])) {
      return bad("truncated LSTM");
    }
  }
  if (!r.Floats(static_cast<size_t>(n.labels) * 2 * H, &n.out_w) || !r.Floats(n.labels, &n.out_b)) {
    return bad("truncated output layer");
  }
  *pos = r.pos();
  n.Prepare();
  *out = std::move(n);
  return Status::Ok();
}

void NeuralNet::Prepare() {
  const int H4 = 4 * hidden, I = input_dim();
  for (int d = 0; d < 2; ++d) {
    w_ih_t[d] = Transposed(w_ih[d], H4, I);
    w_hh_t[d] = Transposed(w_hh[d], H4, hidden);
  }
  out_w_t = Transposed(out_w, labels, 2 * hidden);
  const size_t rows = char_vec.size() / static_cast<size_t>(char_dim);
  for (int k = 0; k < 3; ++k) {
    conv_tab[k].assign(rows * char_filters, 0.0f);
    for (size_t r = 0; r < rows; ++r)
      for (int f = 0; f < char_filters; ++f) {
        float acc = 0;
        for (int c = 0; c < char_dim; ++c)
          acc += conv_w[(static_cast<size_t>(f) * char_dim + c) * 3 + k] * char_vec[r * char_dim + c];
        conv_tab[k][r * char_filters + f] = acc;
      }
  }
}

void SerializeNeuralSection(const NeuralNet& n, std::string* s) {
  PutUInt(s, kNeuralVersion, 2);
  PutF32(s, n.weight);
  PutUInt(s, n.word_dim, 2);
  PutUInt(s, n.char_dim, 2);
  PutUInt(s, n.char_filters, 2);
  PutUInt(s, n.hidden, 2);
  PutUInt(s, n.labels, 1);
  PutUInt(s, static_cast<uint32_t>(n.word_keys.size()), 4);
  PutKeys(s, n.word_keys);
  PutFloats(s, n.word_scale);
  s->append(reinterpret_cast<const char*>(n.word_vec.data()), n.word_vec.size());
  PutUInt(s, static_cast<uint32_t>(n.chars.size()), 2);
  PutKeys(s, n.chars);
  PutFloats(s, n.char_vec);
  PutFloats(s, n.conv_w);
  PutFloats(s, n.conv_b);
  for (int d = 0; d < 2; ++d) {
    PutFloats(s, n.w_ih[d]);
    PutFloats(s, n.w_hh[d]);
    PutFloats(s, n.b[d]);
  }
  PutFloats(s, n.out_w);
  PutFloats(s, n.out_b);
}

void AddNeuralScores(const NeuralNet& net, const std::string_view* words, const TokenInfo* toks, int n,
                     NeuralScratch* sc, float* emit) {
  if (net.empty() || n <= 0) return;
  const int I = net.input_dim(), H = net.hidden, L = net.labels;
  sc->x.resize(static_cast<size_t>(n) * I);
  sc->h.resize(static_cast<size_t>(n) * 2 * H);
  sc->gates.resize(static_cast<size_t>(4 * H));
  sc->c.resize(static_cast<size_t>(H));
  for (int i = 0; i < n; ++i) TokenInput(net, words[i], toks[i], i == 0, &sc->x[static_cast<size_t>(i) * I]);
  for (int d = 0; d < 2; ++d) {
    std::fill(sc->c.begin(), sc->c.end(), 0.0f);
    const float* prev_h = nullptr;
    for (int step = 0; step < n; ++step) {
      const int i = d == 0 ? step : n - 1 - step;
      float* g = sc->gates.data();
      std::memcpy(g, net.b[d].data(), sizeof(float) * 4 * H);
      MatTVecAdd(net.w_ih_t[d].data(), &sc->x[static_cast<size_t>(i) * I], 4 * H, I, g);
      if (prev_h != nullptr) MatTVecAdd(net.w_hh_t[d].data(), prev_h, 4 * H, H, g);
      float* h = &sc->h[static_cast<size_t>(i) * 2 * H + d * H];
      for (int k = 0; k < H; ++k) {
        const float in = Sigmoid(g[k]), forget = Sigmoid(g[H + k]);
        const float cell = Tanh(g[2 * H + k]), outg = Sigmoid(g[3 * H + k]);
        sc->c[k] = forget * sc->c[k] + in * cell;
        h[k] = outg * Tanh(sc->c[k]);
      }
      prev_h = h;
    }
  }
  // The logits, not log-probs: log-softmax subtracts one constant per
  // token, which changes no Viterbi decision.
  float logits[kMaxNeuralLabels];
  for (int i = 0; i < n; ++i) {
    std::memcpy(logits, net.out_b.data(), sizeof(float) * L);
    MatTVecAdd(net.out_w_t.data(), &sc->h[static_cast<size_t>(i) * 2 * H], L, 2 * H, logits);
    float* e = emit + static_cast<size_t>(i) * L;
    for (int y = 0; y < L; ++y) e[y] += net.weight * logits[y];
  }
}

}  // namespace resalta::tagger_internal
