// The trained entity tagger (PER/ORG/LOC/MISC, IOB2).
//
// A structured averaged perceptron over hashed features (tagger_features.h)
// with first-order label transitions, decoded by Viterbi under IOB2
// constraints, so every output is a valid IOB2 sequence. The model arrives
// as bytes (tagger_model.h describes the layout); nothing here does I/O.
//
//   auto t = resalta::Tagger::FromBytes(bytes);
//   if (!t.ok()) return t.status();        // kBadModel with a message
//   std::vector<std::string> labels;
//   t->Tag({"Juan", "vive", "en", "Madrid"}, &labels);  // B-PER O O B-LOC
//   std::vector<EntityMention> m;
//   t->TagMentions({{"Juan", "vive", "en", "Madrid"}}, &m);  // [0,1) PER, [3,4) LOC
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "resalta/status.h"
#include "tagger/entity_mention.h"
#include "tagger/tagger_features.h"

namespace resalta {

class Tagger {
 public:
  // Parses and validates model bytes (magic, format version, checksum,
  // bounds) and reads the trigger words of the model's language
  // (core/data/<lang>/trigger_words.txt). A model with context features
  // (kFeatContext) whose recorded trigger-words checksum is not that of
  // those lists fails with kBadModel: its features would silently differ
  // from the ones it was trained on (retrain it). Copies what it needs; the
  // bytes may be freed afterwards.
  static Result<Tagger> FromBytes(std::string_view model_bytes);

  Tagger(Tagger&&) = default;
  Tagger& operator=(Tagger&&) = default;

  // Language code the model was trained for ("es").
  const std::string& lang() const { return lang_; }
  // The model's label set, "O" first (IOB2, or BILOU which Tag reports as IOB2).
  const std::vector<std::string>& label_names() const { return labels_; }
  // Number of weighted features and lexicon words (for the model card / bench).
  size_t num_features() const { return num_features_; }
  size_t lexicon_size() const { return lexicon_.size(); }

  // Tags the UTF-8 tokens of one sentence: labels gets one IOB2 label per
  // token ("O", "B-PER", "I-ORG", ...), always a valid IOB2 sequence. Any
  // token count (0 included) and token length work; invalid UTF-8 bytes are
  // read as U+FFFD. Const and thread-compatible.
  void Tag(const std::vector<std::string_view>& tokens, std::vector<std::string>* labels) const;

  // Tags many sentences (one document); same output shape as Tag per
  // sentence. Models with document features (kFeatDocument) tag twice: the
  // second pass sees the labels each capitalised word got elsewhere within
  // kDocWindow sentences. Tag() is TagDocument of one sentence.
  void TagDocument(const std::vector<std::vector<std::string_view>>& sentences,
                   std::vector<std::vector<std::string>>* labels) const;

  // The entities of a document (same tagging as TagDocument), as typed
  // token ranges in document order; token indices count the tokens of
  // `sentences` concatenated. Labels of a type other than PER/ORG/LOC/MISC
  // (no shipped model has any) give no mention.
  void TagMentions(const std::vector<std::vector<std::string_view>>& sentences,
                   std::vector<EntityMention>* mentions) const;

  // The post-pass of TagDocumentIds (and so of every Tag* call), on unless
  // switched off here: a name of the closed lists of core/data/<lang>
  // (tagger_internal::NameLists: parties, outlets and agencies ORG;
  // countries, capitals and regions LOC; people's initials PER) that the
  // model tagged as one entity of another type gets the list's type, and a
  // listed ORG or PER name the model left untagged, capitalised and not
  // first in its sentence, gets it too.
  // A place name after an article ("el Barcelona", "del Madrid") is left as
  // the model typed it: clubs are named so. An entity whose first word is a
  // web-page control or a transcript's stage direction
  // (core/data/<lang>/interface_words.txt: "Suscríbete", "Aplausos") is
  // dropped. Models without trigger words (kFeatContext), which give the
  // article class, have no post-pass. The trainer switches it off for
  // its jackknifed first passes, so the lists do not change what it trains.
  void set_name_lists(bool on) { name_lists_on_ = on; }

  // Sentences before and after that the second pass looks at: about one news
  // article, so a long input (a whole CoNLL file) behaves like many articles.
  static constexpr int kDocWindow = 20;

  // Reusable buffers; one per thread.
  struct Scratch {
    std::vector<tagger_internal::TokenInfo> toks;  // the whole document's tokens
    std::vector<float> base;  // the whole document's local emission scores
    std::vector<float> emit, score;
    std::vector<uint8_t> back;
    std::vector<tagger_internal::DocToken> doc_toks;
    std::vector<uint8_t> doc_values;
    std::vector<uint32_t> doc_order;
    std::vector<std::vector<int>> ids;
  };

  // Label ids instead of strings (ids index label_names()), one list per
  // sentence; the fastest path. Reuses scratch across calls.
  void TagDocumentIds(const std::vector<std::vector<std::string_view>>& sentences, Scratch* scratch,
                      std::vector<std::vector<int>>* ids) const;


 private:
  Tagger() = default;
  // Table entry of a feature key, or null.
  const uint8_t* Find(uint32_t key) const;
  // Adds the weights of the features keys[0..nk) to e[0..L).
  void AddWeights(const uint32_t* keys, int nk, float* e) const;
  // Decodes n analysed tokens into ids[0..n): emissions are base[] (the
  // local features' scores) plus the first-pass-dependent features.
  void Decode(const tagger_internal::TokenInfo* toks, int n, const float* base, Scratch* sc, int* ids) const;
  // The document pass (kFeatDocument, kFeatStack): re-decodes every sentence.
  // total: the tokens of all sentences (analysed into sc->toks by the first pass).
  void SecondPass(const std::vector<std::vector<std::string_view>>& sentences, size_t total, Scratch* sc,
                  std::vector<std::vector<int>>* ids) const;
  // The name-list post-pass (set_name_lists) on one decoded sentence;
  // surnames: sorted lowercase hashes of the document's words inside a PER
  // name of two words or more, past its first.
  void ApplyNameLists(const tagger_internal::TokenInfo* toks, int n, const std::vector<uint64_t>& surnames,
                      int* ids) const;

  std::string lang_;
  std::vector<std::string> labels_;
  int num_labels_ = 0;
  uint32_t groups_ = 0;
  std::vector<float> trans_;      // (L+1)*L
  std::vector<uint8_t> allowed_;  // (L+1)*L
  std::vector<uint8_t> doc_type_;  // label id -> DocToken::type
  std::vector<std::string> out_labels_;  // label id -> IOB2 label reported
  // label id -> the mention it opens or continues (TagMentions): its type,
  // -1 for O and for types EntityType lacks; and whether it is B- (IOB2).
  std::vector<int8_t> mention_type_;
  std::vector<uint8_t> mention_begins_;
  // Feature table, open addressing with linear probing: entries of stride_
  // bytes holding the u32 key (0 = empty), the f32 row scale and L int8
  // weights, so one lookup touches one cache line.
  std::vector<uint8_t> table_;
  size_t stride_ = 0;
  uint32_t capacity_ = 0;
  size_t num_features_ = 0;
  tagger_internal::WordTable lexicon_;
  tagger_internal::TriggerWords triggers_;  // of lang_
  tagger_internal::NameLists names_;        // of lang_
  std::vector<uint64_t> interface_;         // TokenInfo::lower of interface_words.txt, sorted
  bool name_lists_on_ = true;
  // Label ids the post-pass writes (-1 when the model lacks the label).
  int o_ = -1, b_org_ = -1, i_org_ = -1, b_loc_ = -1, i_loc_ = -1, b_per_ = -1, i_per_ = -1;
};

}  // namespace resalta
