// A small neural scorer for the entity tagger (issue 14): per-token label
// log-probabilities from fastText word vectors, a character CNN and the
// tagger's own token analysis (capitalisation bin, gazetteer bits, trigger
// class, shape flags), read by one BiLSTM layer. Tagger adds
// `weight * log p(label)` to the CRF's local emission scores, so both passes
// and the IOB2-constrained Viterbi see it. Trained by
// core/train/neural/proto.py (torch); the forward pass here is plain loops.
//
// Section layout (little-endian), inside the model payload:
//   u16 section version (kNeuralVersion), f32 weight,
//   u16 word dim D, u16 char dim C, u16 char filters F, u16 hidden H,
//   u8 labels L, u32 words V, V varint deltas of sorted LexKeys,
//   f32[V] row scales, i8[V*D] word vectors (vector = q * scale / 127),
//   u16 chars K, K varint deltas of sorted code points,
//   f32[(K+2)*C] char vectors (row 0 padding, 1 unknown),
//   f32[F*C*3] conv weights, f32[F] conv bias,
//   per direction (forward, backward): f32[4H*I] input weights (I = D + F +
//   kNeuralTokenFeatures; gates i, f, g, o as torch orders them),
//   f32[4H*H] recurrent weights, f32[4H] bias,
//   f32[L*2H] output weights, f32[L] output bias.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "resalta/status.h"
#include "tagger/tagger_features.h"

namespace resalta::tagger_internal {

constexpr uint16_t kNeuralVersion = 1;
// One-hot cap bin (6), gazetteer bits (6), one-hot word class (6), caps
// sentence, the 8 TokenFlag bits, first token of the sentence.
constexpr int kNeuralTokenFeatures = 28;
// Characters of a word the CNN reads (the rest are ignored).
constexpr int kNeuralMaxChars = 20;
constexpr int kMaxNeuralLabels = 32;

struct NeuralNet {
  float weight = 0;
  int word_dim = 0, char_dim = 0, char_filters = 0, hidden = 0, labels = 0;
  std::vector<uint32_t> word_keys;   // sorted LexKeys
  std::vector<float> word_scale;     // per word
  std::vector<int8_t> word_vec;      // V * D
  std::vector<uint32_t> chars;       // sorted code points; index + 2 is the row
  std::vector<float> char_vec;       // (K + 2) * C
  std::vector<float> conv_w, conv_b; // F * C * 3, F
  std::vector<float> w_ih[2], w_hh[2], b[2];
  std::vector<float> out_w, out_b;   // L * 2H, L

  // Derived at parse time (Prepare) for the forward pass, not stored:
  // weights transposed so each input column is one contiguous run of
  // outputs (the loops vectorize, and zero inputs, most of the 0/1 token
  // features and ReLU outputs, are skipped), and the char convolution folded
  // into one table per tap: conv_tab[k][row * F + f] = sum_c conv_w[f][c][k] * char_vec[row][c].
  std::vector<float> w_ih_t[2], w_hh_t[2];  // I x 4H, H x 4H
  std::vector<float> out_w_t;                // 2H x L
  std::vector<float> conv_tab[3];            // (K + 2) x F each
  void Prepare();

  int input_dim() const { return word_dim + char_filters + kNeuralTokenFeatures; }
  bool empty() const { return labels == 0; }
};

// Parses a section at *pos of bytes (advancing pos); every size is checked.
Status ParseNeuralSection(std::string_view bytes, size_t* pos, int num_labels, NeuralNet* out);
// Appends the section's bytes.
void SerializeNeuralSection(const NeuralNet& net, std::string* out);

// Scratch for NeuralScores; reused across calls.
struct NeuralScratch {
  std::vector<float> x, h, gates, c;
};

// Adds net.weight * the label logits of each of the n tokens to emit[n * L]
// (log p(label) up to one constant per token, which no decision sees).
void AddNeuralScores(const NeuralNet& net, const std::string_view* words, const TokenInfo* toks, int n,
                     NeuralScratch* sc, float* emit);

}  // namespace resalta::tagger_internal
