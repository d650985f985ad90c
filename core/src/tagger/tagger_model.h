// The entity tagger's model file: what it holds and its byte layout.
//
// Layout (all integers little-endian):
//   0  "RSLT"                    magic
//   4  u16 format version        kTaggerFormatVersion
//   6  u16 kind                  1 = sequence tagger
//   8  u64 payload size          bytes after the 24-byte header
//   16 u64 FNV-1a 64 of payload  checksum
//   24 payload:
//      lang (u8 length + bytes), labels (u8 count, each u8 length + bytes),
//      u32 feature-set version, u32 feature groups,
//      u64 trigger-words checksum (format 3 only: TriggerWords::checksum of
//      the lists the trainer used), u16[3] clusters per level,
//      f32[(L+1)*L] transitions (row L = sentence start),
//      u32 feature count F, F varint key deltas (keys sorted, strictly
//      increasing), u8 weight bits B (4 or 8), u8[F] row scale codes
//      (s = 2^(code/8 - 16)), then the weights label-major ([L][F]):
//        B = 8: i8 each, weight = q * s / 127;
//        B = 4: two per byte (low nibble first; a final odd nibble's high
//               half must be 0), q = nibble - 8 in -8..7, weight = q * s / 7,
//      u32 lexicon size W, W varint key deltas, u16[3][W] cluster ids (only
//      when the feature groups include kFeatClusters; otherwise not stored
//      and every word reads as kNoCluster), u8[W] cap bins, u8[W] gazetteer bits.
// Format 2 (no trigger-words checksum) is still read; its models predate
// core/data/<lang>/trigger_words.txt, whose first version holds the lists
// they were trained with, so they load unchecked. Format 1 (int8 only,
// cluster ids always stored) is no longer read.
// Every read is bounds-checked; anything left over or missing is an error.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "resalta/status.h"
#include "tagger/tagger_features.h"

namespace resalta::tagger_internal {

constexpr uint16_t kTaggerFormatVersion = 3;  // written; 2 and 3 are read
constexpr uint16_t kOldestTaggerFormatVersion = 2;
constexpr uint16_t kTaggerKind = 1;
// Version of the feature templates in tagger_features.cc; a model trained
// with other templates would load but tag badly, so it is rejected.
constexpr uint32_t kFeatureSetVersion = 1;
constexpr size_t kMaxLabels = 32;

struct TaggerModelData {
  std::string lang;
  std::vector<std::string> labels;     // labels[0] is "O"
  uint32_t feature_groups = 0;
  // Format as read (SerializeTaggerModel always writes kTaggerFormatVersion).
  uint16_t format_version = kTaggerFormatVersion;
  // TriggerWords::checksum of the lists the model was trained with (format
  // 3); Tagger::FromBytes rejects a kFeatContext model whose checksum is not
  // that of the lists compiled in for its language.
  uint64_t trigger_words_checksum = 0;
  uint16_t clusters_per_level[kNumClusterLevels] = {0, 0, 0};
  std::vector<float> transitions;      // (L+1)*L; row L is the start row
  std::vector<uint32_t> keys;          // sorted, strictly increasing, non-zero
  std::vector<float> weights;          // keys.size() * L, feature-major (SerializeTaggerModel's input)
  // As stored (ParseTaggerModel fills these, not weights): weight = qweights[f*L+y] * qscale[f].
  std::vector<int8_t> qweights;        // keys.size() * L, feature-major
  std::vector<float> qscale;           // per feature
  std::vector<uint32_t> lex_keys;      // sorted, strictly increasing, non-zero
  std::vector<LexEntry> lex_entries;   // parallel to lex_keys
};

// How SerializeTaggerModel stores the weights.
struct ModelEncoding {
  // 4: a row's weights are first centred (a constant added to every label's
  // weight of a feature changes no score difference, so no decision), rows
  // whose centred max |w| is <= prune_below are dropped, and the rest are
  // stored as 4-bit codes times the row scale. 8: int8 times the row scale,
  // nothing centred or dropped (exact enough to keep training from, e.g. the
  // members that scripts/train averages).
  int weight_bits = 4;
  float prune_below = 0.1f;
  // 4-bit only: the row scale covers scale_shrink * max |w| (the largest
  // weights clip to +-7/7 of the scale; finer steps for the rest).
  float scale_shrink = 0.85f;
  static ModelEncoding Exact() { return {8, 0.0f, 1.0f}; }
};

// Quantizes weights (one log-coded scale per feature row) and writes the bytes.
std::string SerializeTaggerModel(const TaggerModelData& m, const ModelEncoding& enc = {});

// Parses and validates bytes; weights come back quantized (qweights, qscale).
Result<TaggerModelData> ParseTaggerModel(std::string_view bytes);

// Allowed label transitions: allowed[p*L + y], p == L is the start. The
// label set is "O" plus B-/I- pairs (IOB2) or B-/I-/L-/U- quadruples (BILOU,
// Ratinov & Roth 2009); anything else fails.
Status BuildIob2Transitions(const std::vector<std::string>& labels, std::vector<uint8_t>* allowed);

// The IOB2 label a model label is reported as (L-X -> I-X, U-X -> B-X).
std::string Iob2Form(const std::string& label);

// First-order Viterbi over emit[n*L] with trans[(L+1)*L] and allowed
// transitions; score and back are scratch of n*L; writes n label ids.
void Viterbi(const float* emit, int n, int L, const float* trans, const uint8_t* allowed,
             float* score, uint8_t* back, int* out);

}  // namespace resalta::tagger_internal
