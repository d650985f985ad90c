// Training for the entity tagger: a structured averaged perceptron
// (Collins 2002) over the features of tagger_features.h, decoded with the
// same IOB2-constrained Viterbi as inference. Deterministic for a seed.
// Used by core/tools/train.cc and by tagger_test.cc (tiny in-test models);
// the wasm module never references it, so the linker drops it there.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "resalta/status.h"
#include "tagger/tagger_features.h"

namespace resalta {

struct TrainSentence {
  std::vector<std::string> tokens;
  std::vector<int> labels;  // indices into TrainerOptions::labels
  // 0 = the target domain; other values mark extra (e.g. silver) data whose
  // features get private copies (see TrainTagger).
  int domain = 0;
  // Document values (ComputeDocValues) per token for kFeatDocument; empty = all 0.
  std::vector<uint8_t> doc;
  // First-pass labels (TokenInfo::first) per token for kFeatStack; empty = all 0.
  std::vector<uint8_t> first;
};

struct TrainerOptions {
  std::string lang = "es";
  // "O" first, then B-/I- pairs.
  std::vector<std::string> labels = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                     "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
  uint32_t feature_groups = tagger_internal::kAllFeatureGroups;
  int epochs = 10;
  uint64_t seed = 1;
  // Features seen fewer times than this in the training data are not used.
  int min_count = 1;
  // Learner: structured averaged perceptron, or a linear-chain CRF trained
  // by AdaGrad (averaged iterates) with learning_rate and an L2 pull.
  enum Algorithm { kPerceptron, kCrf };
  Algorithm algorithm = kPerceptron;
  float learning_rate = 0.1f;
  float l2 = 0.0f;
  // Probability of leaving a feature out of one training pass (0 = none).
  float dropout = 0.0f;
  // Averaged weights with |w| below this (for every label) are dropped.
  float prune = 0.0f;
  // Word-cluster lexicon (may be empty): keys from LexKey(LowerHash(word)).
  std::vector<uint32_t> lex_keys;
  std::vector<tagger_internal::LexEntry> lex_entries;
  uint16_t clusters_per_level[tagger_internal::kNumClusterLevels] = {0, 0, 0};
};

// Called after each epoch with that epoch's serialized (averaged) model;
// return false to stop training early.
using EpochCallback = std::function<bool(int epoch, const std::string& model_bytes)>;

// Trains and returns the serialized model of the last epoch run.
Result<std::string> TrainTagger(const std::vector<TrainSentence>& data, const TrainerOptions& opt,
                                const EpochCallback& on_epoch);

// Unlabeled text for the word statistics (`resalta-train clusters` and
// `tokenize`): splits a line at spaces and tabs, then peels leading and
// trailing punctuation off each piece as tokens of their own ("«Hola»," ->
// «, Hola, », ,).
void TokenizeRaw(const std::string& line, std::vector<std::string>* out);

// Lowercases UTF-8 code point by code point (u_tolower, as LowerHash does,
// so LowerHash(LowerUtf8(w)) == LowerHash(w)); invalid bytes become U+FFFD.
std::string LowerUtf8(const std::string& word);

}  // namespace resalta
