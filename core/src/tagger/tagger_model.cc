#include "tagger/tagger_model.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace resalta::tagger_internal {

namespace {

constexpr size_t kHeaderSize = 24;

class Writer {
 public:
  void U8(uint8_t v) { s_.push_back(static_cast<char>(v)); }
  void U16(uint16_t v) { for (int i = 0; i < 2; ++i) U8(static_cast<uint8_t>(v >> (8 * i))); }
  void U32(uint32_t v) { for (int i = 0; i < 4; ++i) U8(static_cast<uint8_t>(v >> (8 * i))); }
  void U64(uint64_t v) { for (int i = 0; i < 8; ++i) U8(static_cast<uint8_t>(v >> (8 * i))); }
  void F32(float f) {
    uint32_t v;
    std::memcpy(&v, &f, 4);
    U32(v);
  }
  void Varint(uint32_t v) {
    while (v >= 0x80) {
      U8(static_cast<uint8_t>(v | 0x80));
      v >>= 7;
    }
    U8(static_cast<uint8_t>(v));
  }
  void Str8(const std::string& s) {
    U8(static_cast<uint8_t>(s.size()));
    s_.append(s.data(), s.size() > 255 ? 255 : s.size());
  }
  std::string& str() { return s_; }

 private:
  std::string s_;
};

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  bool ok() const { return ok_; }
  size_t left() const { return b_.size() - pos_; }
  uint8_t U8() {
    if (!Need(1)) return 0;
    return static_cast<uint8_t>(b_[pos_++]);
  }
  uint16_t U16() {
    if (!Need(2)) return 0;
    uint16_t v = 0;
    for (int i = 0; i < 2; ++i) v |= static_cast<uint16_t>(static_cast<uint8_t>(b_[pos_++])) << (8 * i);
    return v;
  }
  uint32_t U32() {
    if (!Need(4)) return 0;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<uint8_t>(b_[pos_++])) << (8 * i);
    return v;
  }
  uint64_t U64() {
    if (!Need(8)) return 0;
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<uint8_t>(b_[pos_++])) << (8 * i);
    return v;
  }
  float F32() {
    uint32_t v = U32();
    float f;
    std::memcpy(&f, &v, 4);
    return f;
  }
  uint32_t Varint() {
    uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      uint8_t b = U8();
      if (!ok_) return 0;
      if (shift == 28 && (b & 0xF0)) break;  // more than 32 bits
      v |= static_cast<uint32_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
    ok_ = false;
    return 0;
  }
  std::string Str8() {
    uint8_t n = U8();
    if (!Need(n)) return {};
    std::string s(b_.substr(pos_, n));
    pos_ += n;
    return s;
  }

 private:
  bool Need(size_t n) {
    if (!ok_ || b_.size() - pos_ < n) {
      ok_ = false;
      return false;
    }
    return true;
  }
  std::string_view b_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// Scale of a weight row from its one-byte code: 2^-16 * 2^(code/8), so codes
// span 2^-16 .. 2^15.9 in steps of 9%.
float RowScale(int code) { return std::ldexp(std::exp2(static_cast<float>(code % 8) / 8.0f), code / 8 - 16); }

Status Bad(const std::string& what) { return Status(ErrorCode::kBadModel, "tagger model: " + what); }

// Reads count varint deltas into strictly increasing non-zero keys.
bool ReadKeys(Reader* r, uint32_t count, std::vector<uint32_t>* keys) {
  keys->resize(count);
  uint64_t prev = 0;
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t d = r->Varint();
    if (!r->ok() || d == 0) return false;
    uint64_t k = prev + d;
    if (k > 0xFFFFFFFFULL) return false;
    (*keys)[i] = static_cast<uint32_t>(k);
    prev = k;
  }
  return true;
}

void WriteKeys(Writer* w, const std::vector<uint32_t>& keys) {
  uint32_t prev = 0;
  for (uint32_t k : keys) {
    w->Varint(k - prev);
    prev = k;
  }
}

}  // namespace

std::string SerializeTaggerModel(const TaggerModelData& m, const ModelEncoding& enc) {
  const size_t L = m.labels.size();
  const bool four = enc.weight_bits == 4;
  Writer p;
  p.Str8(m.lang);
  p.U8(static_cast<uint8_t>(L));
  for (const auto& l : m.labels) p.Str8(l);
  p.U32(kFeatureSetVersion);
  p.U32(m.feature_groups);
  p.U64(m.trigger_words_checksum);
  for (int l = 0; l < kNumClusterLevels; ++l) p.U16(m.clusters_per_level[l]);
  for (float t : m.transitions) p.F32(t);
  // The rows to store: 4-bit rows centred, and the flat ones dropped.
  const size_t n_in = m.keys.size();
  std::vector<uint32_t> keys;
  std::vector<float> rows;  // kept rows, feature-major
  keys.reserve(n_in);
  rows.reserve(n_in * L);
  for (size_t f = 0; f < n_in; ++f) {
    const float* w = &m.weights[f * L];
    float shift = 0;
    if (four && L > 0) {
      float lo = w[0], hi = w[0];
      for (size_t y = 1; y < L; ++y) lo = std::min(lo, w[y]), hi = std::max(hi, w[y]);
      shift = 0.5f * (lo + hi);
    }
    float maxabs = 0;
    for (size_t y = 0; y < L; ++y) maxabs = std::max(maxabs, std::fabs(w[y] - shift));
    if (enc.prune_below > 0 && maxabs <= enc.prune_below) continue;
    keys.push_back(m.keys[f]);
    for (size_t y = 0; y < L; ++y) rows.push_back(w[y] - shift);
  }
  const size_t nf = keys.size();
  p.U32(static_cast<uint32_t>(nf));
  WriteKeys(&p, keys);
  p.U8(four ? 4 : 8);
  // Per-feature scale codes, then the weights label-major.
  const float qmax = four ? 7.0f : 127.0f;
  const float cover = four ? enc.scale_shrink : 1.0f;
  std::vector<float> scale(nf);
  for (size_t f = 0; f < nf; ++f) {
    float maxabs = 0;
    for (size_t y = 0; y < L; ++y) maxabs = std::max(maxabs, std::fabs(rows[f * L + y]));
    int code = 0;
    while (code < 255 && RowScale(code) < maxabs * cover) ++code;
    scale[f] = RowScale(code);
    p.U8(static_cast<uint8_t>(code));
  }
  const long lo = four ? -8 : -127, hi = four ? 7 : 127;
  int pending = -1;  // 4-bit: low nibble waiting for its high half
  for (size_t y = 0; y < L; ++y) {
    for (size_t f = 0; f < nf; ++f) {
      long q = std::lround(rows[f * L + y] / scale[f] * qmax);
      q = std::max(lo, std::min(hi, q));
      if (!four) {
        p.U8(static_cast<uint8_t>(static_cast<int8_t>(q)));
      } else if (pending < 0) {
        pending = static_cast<int>(q + 8);
      } else {
        p.U8(static_cast<uint8_t>(pending | (static_cast<int>(q + 8) << 4)));
        pending = -1;
      }
    }
  }
  if (pending >= 0) p.U8(static_cast<uint8_t>(pending));
  p.U32(static_cast<uint32_t>(m.lex_keys.size()));
  WriteKeys(&p, m.lex_keys);
  if (m.feature_groups & kFeatClusters)
    for (int l = 0; l < kNumClusterLevels; ++l)
      for (const auto& e : m.lex_entries) p.U16(e.cluster[l]);
  for (const auto& e : m.lex_entries) p.U8(e.cap_bin);
  for (const auto& e : m.lex_entries) p.U8(e.gaz);

  const std::string& payload = p.str();
  Writer h;
  h.str().append("RSLT");
  h.U16(kTaggerFormatVersion);
  h.U16(kTaggerKind);
  h.U64(payload.size());
  h.U64(Fnv1a64(reinterpret_cast<const unsigned char*>(payload.data()), payload.size()));
  h.str().append(payload);
  return std::move(h.str());
}

Result<TaggerModelData> ParseTaggerModel(std::string_view bytes) {
  if (bytes.size() < kHeaderSize) return Bad("truncated header (" + std::to_string(bytes.size()) + " bytes)");
  if (bytes.substr(0, 4) != "RSLT") return Bad("not a Resalta model (bad magic)");
  Reader hr(bytes.substr(4, kHeaderSize - 4));
  uint16_t version = hr.U16();
  uint16_t kind = hr.U16();
  uint64_t size = hr.U64();
  uint64_t checksum = hr.U64();
  if (version < kOldestTaggerFormatVersion || version > kTaggerFormatVersion)
    return Bad("format version " + std::to_string(version) + " not supported (this build reads " +
               std::to_string(kOldestTaggerFormatVersion) + " to " + std::to_string(kTaggerFormatVersion) + ")");
  if (kind != kTaggerKind) return Bad("not a tagger model (kind " + std::to_string(kind) + ")");
  if (size != bytes.size() - kHeaderSize)
    return Bad("size mismatch: header says " + std::to_string(size) + " payload bytes, got " +
               std::to_string(bytes.size() - kHeaderSize) + " (truncated?)");
  std::string_view payload = bytes.substr(kHeaderSize);
  if (Fnv1a64(reinterpret_cast<const unsigned char*>(payload.data()), payload.size()) != checksum)
    return Bad("checksum mismatch (corrupt file)");

  TaggerModelData m;
  m.format_version = version;
  Reader r(payload);
  m.lang = r.Str8();
  size_t L = r.U8();
  if (!r.ok() || L < 1 || L > kMaxLabels) return Bad("bad label count");
  for (size_t i = 0; i < L; ++i) m.labels.push_back(r.Str8());
  if (!r.ok()) return Bad("truncated label list");
  std::vector<uint8_t> allowed;
  Status st = BuildIob2Transitions(m.labels, &allowed);
  if (!st.ok()) return st;
  uint32_t fsv = r.U32();
  if (r.ok() && fsv != kFeatureSetVersion)
    return Bad("feature set version " + std::to_string(fsv) + " not supported");
  m.feature_groups = r.U32();
  if (m.feature_groups & ~kAllFeatureGroups) return Bad("unknown feature groups");
  if (version >= 3) m.trigger_words_checksum = r.U64();
  for (int l = 0; l < kNumClusterLevels; ++l) m.clusters_per_level[l] = r.U16();
  m.transitions.resize((L + 1) * L);
  for (auto& t : m.transitions) {
    t = r.F32();
    if (!std::isfinite(t)) return Bad("non-finite transition weight");
  }
  uint32_t nf = r.U32();
  // Each feature takes at least 1 key byte, 1 scale byte and L/2 weight bytes.
  if (!r.ok() || nf > r.left() / (2 + L / 2)) return Bad("feature count out of bounds");
  if (!ReadKeys(&r, nf, &m.keys)) return Bad("bad feature keys");
  const uint8_t bits = r.U8();
  if (!r.ok()) return Bad("truncated feature weights");
  if (bits != 4 && bits != 8) return Bad("weight bits " + std::to_string(bits) + " not supported");
  const size_t nq = static_cast<size_t>(nf) * L;
  const size_t weight_bytes = bits == 8 ? nq : (nq + 1) / 2;
  if (r.left() < nf + weight_bytes) return Bad("truncated feature weights");
  const float qmax = bits == 8 ? 127.0f : 7.0f;
  // The 256 possible row scales once, not an exp2 and an ldexp per feature
  // (a fifth of a model's load).
  float row_scale[256];
  for (int code = 0; code < 256; ++code) row_scale[code] = RowScale(code) / qmax;
  std::vector<float> scale(nf);
  for (size_t f = 0; f < nf; ++f) scale[f] = row_scale[r.U8()];
  m.qweights.resize(nq);
  if (bits == 8) {
    for (size_t y = 0; y < L; ++y)
      for (size_t f = 0; f < nf; ++f) m.qweights[f * L + y] = static_cast<int8_t>(r.U8());
  } else {
    // Label-major nibbles: value i is label i / nf, feature i % nf.
    uint8_t byte = 0;
    size_t i = 0;
    for (size_t y = 0; y < L; ++y) {
      for (size_t f = 0; f < nf; ++f, ++i) {
        int nib;
        if (i % 2 == 0) {
          byte = r.U8();
          nib = byte & 0x0F;
        } else {
          nib = byte >> 4;
        }
        m.qweights[f * L + y] = static_cast<int8_t>(nib - 8);
      }
    }
    if (nq % 2 == 1 && (byte >> 4) != 0) return Bad("non-zero padding after the 4-bit weights");
  }
  m.qscale = std::move(scale);
  uint32_t nw = r.U32();
  const bool clusters = (m.feature_groups & kFeatClusters) != 0;
  const size_t per_word = 1 + (clusters ? 2 * kNumClusterLevels : 0) + 2;
  if (!r.ok() || nw > r.left() / per_word) return Bad("lexicon size out of bounds");
  if (!ReadKeys(&r, nw, &m.lex_keys)) return Bad("bad lexicon keys");
  m.lex_entries.resize(nw);
  for (int l = 0; l < kNumClusterLevels; ++l) {
    for (auto& e : m.lex_entries) {
      if (!clusters) {
        e.cluster[l] = kNoCluster;
        continue;
      }
      e.cluster[l] = r.U16();
      if (e.cluster[l] != kNoCluster && e.cluster[l] >= m.clusters_per_level[l]) return Bad("cluster id out of range");
    }
  }
  for (auto& e : m.lex_entries) {
    e.cap_bin = r.U8();
    if (e.cap_bin > 5) return Bad("bad capitalisation bin");
  }
  for (auto& e : m.lex_entries) e.gaz = r.U8();
  if (!r.ok()) return Bad("truncated lexicon");
  if (r.left() != 0) return Bad(std::to_string(r.left()) + " unexpected trailing bytes");
  return m;
}

Status BuildIob2Transitions(const std::vector<std::string>& labels, std::vector<uint8_t>* allowed) {
  const size_t L = labels.size();
  if (L == 0 || labels[0] != "O") return Bad("label 0 must be \"O\"");
  // Prefix (B, I, L, U; 'O' for O) and type of each label.
  std::vector<char> pre(L, 'O');
  std::vector<std::string> type(L);
  bool bilou = false;
  for (size_t i = 1; i < L; ++i) {
    const std::string& s = labels[i];
    if (s.size() < 3 || s[1] != '-' || std::string("BILU").find(s[0]) == std::string::npos)
      return Bad("label \"" + s + "\" is not IOB2/BILOU");
    pre[i] = s[0];
    type[i] = s.substr(2);
    if (s[0] == 'L' || s[0] == 'U') bilou = true;
    for (size_t j = 1; j < i; ++j)
      if (labels[j] == s) return Bad("duplicate label \"" + s + "\"");
  }
  // Every type needs B and I (and L and U in a BILOU set).
  for (size_t i = 1; i < L; ++i) {
    for (char want : std::string(bilou ? "BILU" : "BI")) {
      bool found = false;
      for (size_t j = 1; j < L; ++j)
        if (pre[j] == want && type[j] == type[i]) found = true;
      if (!found) return Bad("label \"" + labels[i] + "\" has no " + want + "- partner");
    }
  }
  // IOB2: I-X only after B-X or I-X. BILOU also: after B-X or I-X only
  // I-X or L-X. p == L is the sentence start.
  allowed->assign((L + 1) * L, 1);
  for (size_t p = 0; p <= L; ++p) {
    const bool open = p < L && (pre[p] == 'B' || pre[p] == 'I');
    for (size_t y = 0; y < L; ++y) {
      const bool cont = pre[y] == 'I' || pre[y] == 'L';
      bool ok;
      if (cont) ok = open && type[p] == type[y];
      else ok = !(bilou && open);
      (*allowed)[p * L + y] = ok ? 1 : 0;
    }
  }
  return Status::Ok();
}

std::string Iob2Form(const std::string& label) {
  if (label.size() > 2 && label[1] == '-') {
    if (label[0] == 'L') return "I" + label.substr(1);
    if (label[0] == 'U') return "B" + label.substr(1);
  }
  return label;
}

void Viterbi(const float* emit, int n, int L, const float* trans, const uint8_t* allowed,
             float* score, uint8_t* back, int* out) {
  if (n <= 0) return;
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  const float* start = trans + static_cast<size_t>(L) * L;
  const uint8_t* start_ok = allowed + static_cast<size_t>(L) * L;
  for (int y = 0; y < L; ++y) score[y] = start_ok[y] ? start[y] + emit[y] : kNeg;
  for (int i = 1; i < n; ++i) {
    const float* prev = score + static_cast<size_t>(i - 1) * L;
    float* cur = score + static_cast<size_t>(i) * L;
    uint8_t* bp = back + static_cast<size_t>(i) * L;
    const float* e = emit + static_cast<size_t>(i) * L;
    for (int y = 0; y < L; ++y) {
      float best = kNeg;
      int arg = 0;  // "O" is always reachable, so some p wins
      for (int p = 0; p < L; ++p) {
        if (!allowed[p * L + y]) continue;
        float s = prev[p] + trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[y] = best + e[y];
      bp[y] = static_cast<uint8_t>(arg);
    }
  }
  const float* last = score + static_cast<size_t>(n - 1) * L;
  int y = 0;
  for (int k = 1; k < L; ++k)
    if (last[k] > last[y]) y = k;
  for (int i = n - 1; i >= 0; --i) {
    out[i] = y;
    if (i > 0) y = back[static_cast<size_t>(i) * L + y];
  }
}

}  // namespace resalta::tagger_internal
