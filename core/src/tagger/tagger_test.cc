#include "tagger/tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "tagger/tagger_model.h"
#include "tagger_trainer.h"

namespace resalta {
namespace {

std::vector<std::string_view> Views(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

// A small labelled corpus: the in-test model must learn it.
std::vector<TrainSentence> TinyCorpus(const TrainerOptions& opt) {
  const char* text[] = {
      "Juan/B-PER Pérez/I-PER vive/O en/O Madrid/B-LOC ./O",
      "La/O ONU/B-ORG se/O reunió/O en/O Ginebra/B-LOC ./O",
      "María/B-PER López/I-PER trabaja/O para/O Telefónica/B-ORG ./O",
      "El/O Real/B-ORG Madrid/I-ORG ganó/O la/O Liga/B-MISC ./O",
      "Ayer/O llovió/O mucho/O ./O",
      "Ana/B-PER visitó/O Barcelona/B-LOC y/O Sevilla/B-LOC ./O",
  };
  std::vector<TrainSentence> out;
  for (const char* line : text) {
    TrainSentence s;
    std::istringstream in(line);
    std::string item;
    while (in >> item) {
      auto slash = item.rfind('/');
      s.tokens.push_back(item.substr(0, slash));
      std::string tag = item.substr(slash + 1);
      int id = -1;
      for (size_t i = 0; i < opt.labels.size(); ++i)
        if (opt.labels[i] == tag) id = static_cast<int>(i);
      s.labels.push_back(id);
    }
    out.push_back(std::move(s));
  }
  return out;
}

const std::string& TinyModel() {
  static const std::string model = [] {
    TrainerOptions opt;
    opt.epochs = 10;
    // A two-word lexicon so the lexicon section is exercised too.
    opt.lex_keys = {tagger_internal::LexKey(tagger_internal::LowerHash("madrid", nullptr)),
                    tagger_internal::LexKey(tagger_internal::LowerHash("ginebra", nullptr))};
    opt.lex_entries = {{{1, 2, 3}, 5, tagger_internal::kGazLoc}, {{1, 2, 4}, 5, 0}};
    opt.clusters_per_level[0] = 4;
    opt.clusters_per_level[1] = 4;
    opt.clusters_per_level[2] = 8;
    auto r = TrainTagger(TinyCorpus(opt), opt, nullptr);
    return r.ok() ? r.value() : std::string();
  }();
  return model;
}

bool ValidIob2(const std::vector<std::string>& labels) {
  std::string prev = "O";
  for (const auto& l : labels) {
    if (l != "O") {
      if (l.size() < 3 || (l[0] != 'B' && l[0] != 'I') || l[1] != '-') return false;
      if (l[0] == 'I' && (prev == "O" || prev.substr(2) != l.substr(2))) return false;
    }
    prev = l;
  }
  return true;
}

TEST(TaggerTest, TinyModelTagsItsTrainingData) {
  ASSERT_FALSE(TinyModel().empty());
  auto t = Tagger::FromBytes(TinyModel());
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->lang(), "es");
  TrainerOptions opt;
  for (const auto& s : TinyCorpus(opt)) {
    std::vector<std::string> labels;
    t->Tag(Views(s.tokens), &labels);
    ASSERT_EQ(labels.size(), s.tokens.size());
    for (size_t i = 0; i < labels.size(); ++i) EXPECT_EQ(labels[i], opt.labels[s.labels[i]]) << s.tokens[i];
  }
}

TEST(TaggerTest, TrainingIsDeterministic) {
  TrainerOptions opt;
  opt.epochs = 3;
  auto a = TrainTagger(TinyCorpus(opt), opt, nullptr);
  auto b = TrainTagger(TinyCorpus(opt), opt, nullptr);
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a.value(), b.value());
}

TEST(TaggerTest, RejectsTruncatedModels) {
  const std::string& m = TinyModel();
  for (size_t n : {size_t{0}, size_t{3}, size_t{23}, size_t{24}, m.size() / 2, m.size() - 1}) {
    auto t = Tagger::FromBytes(std::string_view(m).substr(0, n));
    ASSERT_FALSE(t.ok()) << n;
    EXPECT_EQ(t.status().code(), ErrorCode::kBadModel);
    EXPECT_FALSE(t.status().message().empty());
  }
}

TEST(TaggerTest, RejectsCorruptModels) {
  std::string m = TinyModel();
  // Every payload byte flipped in turn (a sample) breaks the checksum.
  for (size_t i = 24; i < m.size(); i += 97) {
    std::string c = m;
    c[i] = static_cast<char>(c[i] ^ 0x5A);
    auto t = Tagger::FromBytes(c);
    ASSERT_FALSE(t.ok()) << i;
    EXPECT_EQ(t.status().code(), ErrorCode::kBadModel);
  }
  std::string bad_magic = m;
  bad_magic[0] = 'X';
  EXPECT_NE(Tagger::FromBytes(bad_magic).status().message().find("magic"), std::string::npos);
  std::string garbage(5000, '\xff');
  EXPECT_FALSE(Tagger::FromBytes(garbage).ok());
  std::string extra = m + "x";
  EXPECT_FALSE(Tagger::FromBytes(extra).ok());
}

TEST(TaggerTest, RejectsWrongVersion) {
  std::string m = TinyModel();
  m[4] = static_cast<char>(tagger_internal::kTaggerFormatVersion + 1);
  auto t = Tagger::FromBytes(m);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), ErrorCode::kBadModel);
  EXPECT_NE(t.status().message().find("version"), std::string::npos) << t.status().message();
}

// A payload that checks out but lies inside (huge counts) must still fail cleanly.
TEST(TaggerTest, RejectsValidChecksumWithBadContent) {
  tagger_internal::TaggerModelData d;
  d.lang = "es";
  d.labels = {"O", "B-PER"};  // no I-PER partner
  d.transitions.assign(6, 0.0f);
  auto t = Tagger::FromBytes(tagger_internal::SerializeTaggerModel(d));
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), ErrorCode::kBadModel);
}

// Payload mutations with a recomputed checksum reach the inner bounds
// checks: every outcome is a clean error or a model that tags validly.
TEST(TaggerTest, MutatedPayloadsNeverCrash) {
  const std::string& m = TinyModel();
  uint64_t rng = 12345;
  auto next = [&] {
    rng += 0x9E3779B97F4A7C15ULL;
    return tagger_internal::Mix64(rng);
  };
  int loaded = 0;
  for (int iter = 0; iter < 3000; ++iter) {
    std::string c = m;
    const int edits = 1 + static_cast<int>(next() % 4);
    for (int e = 0; e < edits; ++e) {
      const size_t pos = 24 + next() % (c.size() - 24);
      switch (next() % 3) {
        case 0: c[pos] = static_cast<char>(next()); break;
        case 1: c.erase(pos, 1 + next() % 8); break;
        default: c.insert(pos, 1 + next() % 4, static_cast<char>(next())); break;
      }
      if (c.size() <= 24) c = m;
    }
    const uint64_t size = c.size() - 24;
    const uint64_t sum =
        tagger_internal::Fnv1a64(reinterpret_cast<const unsigned char*>(c.data()) + 24, c.size() - 24);
    for (int i = 0; i < 8; ++i) {
      c[8 + i] = static_cast<char>(size >> (8 * i));
      c[16 + i] = static_cast<char>(sum >> (8 * i));
    }
    auto t = Tagger::FromBytes(c);
    if (!t.ok()) {
      EXPECT_EQ(t.status().code(), ErrorCode::kBadModel);
      continue;
    }
    ++loaded;
    std::vector<std::string> labels;
    t->Tag({"Juan", "Pérez", "vive", "en", "Madrid", "."}, &labels);
    ASSERT_EQ(labels.size(), 6u);
    EXPECT_TRUE(ValidIob2(labels));
  }
  EXPECT_GT(loaded, 0);  // some mutations (weights) still give a model
}

TEST(TaggerTest, HostileInput) {
  auto t = Tagger::FromBytes(TinyModel());
  ASSERT_TRUE(t.ok());
  std::vector<std::string> labels = {"stale"};
  t->Tag({}, &labels);
  EXPECT_TRUE(labels.empty());

  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back(i % 7 == 0 ? "Madrid" : (i % 3 ? "de" : "Pérez"));
  t->Tag(Views(words), &labels);
  ASSERT_EQ(labels.size(), 5000u);
  EXPECT_TRUE(ValidIob2(labels));

  std::string huge;
  for (int i = 0; i < 10000; ++i) huge += (i % 2 ? "ñ" : "A");
  std::vector<std::string> odd = {huge, "", "\xff\xfe\x80", "🙂", "e\xcc\x81", "ǅ", std::string(3, '\0'), "Madrid"};
  t->Tag(Views(odd), &labels);
  ASSERT_EQ(labels.size(), odd.size());
  EXPECT_TRUE(ValidIob2(labels));
}

TEST(TaggerTest, TagDocumentShapes) {
  auto t = Tagger::FromBytes(TinyModel());
  ASSERT_TRUE(t.ok());
  std::vector<std::vector<std::string>> doc = {{"Juan", "Pérez", "vive", "en", "Madrid"}, {}, {"ONU"}};
  std::vector<std::vector<std::string_view>> views;
  for (const auto& s : doc) views.push_back(Views(s));
  std::vector<std::vector<std::string>> labels;
  t->TagDocument(views, &labels);
  ASSERT_EQ(labels.size(), doc.size());
  for (size_t s = 0; s < doc.size(); ++s) {
    ASSERT_EQ(labels[s].size(), doc[s].size());
    EXPECT_TRUE(ValidIob2(labels[s]));
  }
  // A one-sentence document is exactly Tag().
  std::vector<std::vector<std::string>> one;
  t->TagDocument({views[0]}, &one);
  std::vector<std::string> direct;
  t->Tag(views[0], &direct);
  EXPECT_EQ(one[0], direct);
  t->TagDocument({}, &labels);
  EXPECT_TRUE(labels.empty());
}

TEST(TaggerTest, MovedTaggerStillTags) {
  auto r = Tagger::FromBytes(TinyModel());
  ASSERT_TRUE(r.ok());
  Tagger t = std::move(r).value();
  Tagger u = std::move(t);
  std::vector<std::string> labels;
  u.Tag({"Ana", "visitó", "Barcelona"}, &labels);
  EXPECT_EQ(labels.size(), 3u);
}

// The 4-bit encoding (what the shipped model uses) of a model's weights.
std::string FourBit(const std::string& exact) {
  auto d = tagger_internal::ParseTaggerModel(exact);
  if (!d.ok()) return {};
  tagger_internal::TaggerModelData m = d.value();
  const size_t L = m.labels.size();
  m.weights.resize(m.qweights.size());
  for (size_t i = 0; i < m.qweights.size(); ++i) m.weights[i] = m.qweights[i] * m.qscale[i / L];
  tagger_internal::ModelEncoding enc;
  enc.prune_below = 0;  // keep every row of the tiny model
  return tagger_internal::SerializeTaggerModel(m, enc);
}

TEST(TaggerTest, FourBitRoundTripOddCount) {
  // L = 3 labels x F = 3 rows: 9 weights, an odd number of nibbles.
  tagger_internal::TaggerModelData d;
  d.lang = "es";
  d.labels = {"O", "B-PER", "I-PER"};
  d.feature_groups = tagger_internal::kFeatBase;
  d.transitions.assign(12, 0.5f);
  d.keys = {3, 70000, 0xFFFFFFF0u};
  d.weights = {1.0f, -1.0f, 0.0f,  // centred: +-1 -> +-7
               2.0f, 2.5f, 3.0f,   // centred on 2.5: -0.5, 0, +0.5
               0.01f, 0.0f, -0.01f};
  d.lex_keys = {5, 9};
  d.lex_entries = {{{1, 2, 3}, 4, tagger_internal::kGazPer}, {{0, 0, 0}, 5, 0}};
  tagger_internal::ModelEncoding enc;
  enc.prune_below = 0;
  enc.scale_shrink = 1.0f;
  const std::string bytes = tagger_internal::SerializeTaggerModel(d, enc);
  auto r = tagger_internal::ParseTaggerModel(bytes);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const auto& m = r.value();
  ASSERT_EQ(m.keys, d.keys);
  ASSERT_EQ(m.qweights.size(), 9u);
  for (size_t f = 0; f < 3; ++f) {
    const float* w = &d.weights[f * 3];
    const float shift = 0.5f * (std::min({w[0], w[1], w[2]}) + std::max({w[0], w[1], w[2]}));
    for (size_t y = 0; y < 3; ++y) {
      const float got = m.qweights[f * 3 + y] * m.qscale[f];
      // Within half a step (scale / 7 / 2, the scale at most 9% above max |w|).
      EXPECT_NEAR(got, w[y] - shift, 0.6f * std::fabs(w[0] - shift) * 1.1f / 7 + 1e-6f) << f << " " << y;
    }
  }
  // No cluster group: cluster ids are not stored and read back as none.
  ASSERT_EQ(m.lex_entries.size(), 2u);
  EXPECT_EQ(m.lex_entries[0].cluster[0], tagger_internal::kNoCluster);
  EXPECT_EQ(m.lex_entries[0].cap_bin, 4);
  EXPECT_EQ(m.lex_entries[0].gaz, tagger_internal::kGazPer);
  // The odd nibble's padding must be zero.
  std::string bad = bytes;
  const size_t last = bad.size() - 1 - 2 * 2 - 4 - 2;  // before u32 W, 2 key bytes, cap, gaz
  ASSERT_EQ(static_cast<uint8_t>(bad[last]) >> 4, 0);
  bad[last] = static_cast<char>(bad[last] | 0x10);
  const uint64_t sum = tagger_internal::Fnv1a64(reinterpret_cast<const unsigned char*>(bad.data()) + 24, bad.size() - 24);
  for (int i = 0; i < 8; ++i) bad[16 + i] = static_cast<char>(sum >> (8 * i));
  auto rb = tagger_internal::ParseTaggerModel(bad);
  ASSERT_FALSE(rb.ok());
  EXPECT_NE(rb.status().message().find("padding"), std::string::npos) << rb.status().message();
  // Rows whose centred weights stay within prune_below are dropped.
  enc.prune_below = 0.1f;
  auto pr = tagger_internal::ParseTaggerModel(tagger_internal::SerializeTaggerModel(d, enc));
  ASSERT_TRUE(pr.ok());
  EXPECT_EQ(pr.value().keys, (std::vector<uint32_t>{3, 70000}));
}

TEST(TaggerTest, FourBitModelTagsLikeExact) {
  const std::string four = FourBit(TinyModel());
  ASSERT_FALSE(four.empty());
  EXPECT_LT(four.size(), TinyModel().size());
  auto a = Tagger::FromBytes(TinyModel());
  auto b = Tagger::FromBytes(four);
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  std::vector<std::string> la, lb;
  a->Tag({"Juan", "Pérez", "vive", "en", "Madrid", "."}, &la);
  b->Tag({"Juan", "Pérez", "vive", "en", "Madrid", "."}, &lb);
  EXPECT_EQ(la, lb);
  // Clusters are in the tiny model's groups, so they survive.
  auto d = tagger_internal::ParseTaggerModel(four);
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d.value().lex_entries.size(), 2u);
  EXPECT_EQ(d.value().lex_entries[0].cluster[0], 1);
}

TEST(TaggerTest, FourBitRejectsBadBytes) {
  const std::string m = FourBit(TinyModel());
  ASSERT_FALSE(m.empty());
  for (size_t n : {size_t{0}, size_t{23}, size_t{24}, m.size() / 2, m.size() - 1}) {
    auto t = Tagger::FromBytes(std::string_view(m).substr(0, n));
    ASSERT_FALSE(t.ok()) << n;
    EXPECT_EQ(t.status().code(), ErrorCode::kBadModel);
  }
  for (size_t i = 24; i < m.size(); i += 53) {
    std::string c = m;
    c[i] = static_cast<char>(c[i] ^ 0x21);
    auto t = Tagger::FromBytes(c);
    ASSERT_FALSE(t.ok()) << i;
    EXPECT_EQ(t.status().code(), ErrorCode::kBadModel);
  }
  EXPECT_FALSE(Tagger::FromBytes(m + "x").ok());
  // Format 1 bytes (same payload, old version) are refused by version.
  std::string v1 = m;
  v1[4] = 1;
  v1[5] = 0;
  auto t = Tagger::FromBytes(v1);
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("version"), std::string::npos);
  // Valid checksum, mutated payload: clean errors or valid tags, never a crash.
  uint64_t rng = 777;
  for (int iter = 0; iter < 2000; ++iter) {
    rng += 0x9E3779B97F4A7C15ULL;
    const uint64_t h = tagger_internal::Mix64(rng);
    std::string c = m;
    const size_t pos = 24 + h % (c.size() - 24);
    if ((h >> 32) % 2) c[pos] = static_cast<char>(h >> 40);
    else c.erase(pos, 1 + (h >> 40) % 4);
    const uint64_t size = c.size() - 24;
    const uint64_t sum = tagger_internal::Fnv1a64(reinterpret_cast<const unsigned char*>(c.data()) + 24, size);
    for (int i = 0; i < 8; ++i) {
      c[8 + i] = static_cast<char>(size >> (8 * i));
      c[16 + i] = static_cast<char>(sum >> (8 * i));
    }
    auto r = Tagger::FromBytes(c);
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), ErrorCode::kBadModel);
      continue;
    }
    std::vector<std::string> labels;
    r->Tag({"Ana", "visitó", "Barcelona"}, &labels);
    ASSERT_EQ(labels.size(), 3u);
    EXPECT_TRUE(ValidIob2(labels));
  }
}

// The shipped model, when present in the build tree, loads and finds entities.
TEST(TaggerTest, ContextWordClasses) {
  using namespace tagger_internal;
  const TriggerWords es = TriggerWords::ForLanguage("es");
  auto cls = [&](const char* w) {
    TokenInfo t;
    AnalyzeToken(w, nullptr, &es, &t);
    return t.wclass;
  };
  EXPECT_EQ(cls("presidente"), kWcTitle);
  EXPECT_EQ(cls("Presidente"), kWcTitle);
  EXPECT_EQ(cls("entrenador"), kWcSport);
  EXPECT_EQ(cls("del"), kWcArticle);
  EXPECT_EQ(cls("club"), kWcOrgNoun);
  EXPECT_EQ(cls("provincia"), kWcPlace);
  EXPECT_EQ(cls("casa"), kWcNone);
  // "entrenador del Valencia": the context group adds features at "Valencia" only when switched on.
  TokenInfo toks[3];
  const char* words[] = {"entrenador", "del", "Valencia"};
  for (int i = 0; i < 3; ++i) AnalyzeToken(words[i], nullptr, &es, &toks[i]);
  uint32_t a[kMaxFeatures], b[kMaxFeatures];
  int na = ExtractFeatures(toks, 3, 2, kFeatBase, a);
  int nb = ExtractFeatures(toks, 3, 2, kFeatBase | kFeatContext, b);
  EXPECT_EQ(nb, na + 3);  // class at -1, class at -2 through "del", article x gazetteer bits
}

// List bits (kGazList*, from the closed name lists) reach the features only
// through kFeatLists: the gazetteer group's features stay those of a model
// trained without them, and a listed word adds one feature, its neighbours one each.
TEST(TaggerTest, ListBitsOnlyThroughTheirGroup) {
  using namespace tagger_internal;
  const char* words[] = {"votó", "Morena", "ayer"};
  TokenInfo plain[3], listed[3];
  for (int i = 0; i < 3; ++i) {
    AnalyzeToken(words[i], nullptr, nullptr, &plain[i]);
    AnalyzeToken(words[i], nullptr, nullptr, &listed[i]);
  }
  plain[1].gaz = kGazPer;
  listed[1].gaz = kGazPer | kGazListOrg;
  const uint32_t gaz = kFeatBase | kFeatGazetteer;
  uint32_t a[kMaxFeatures], b[kMaxFeatures];
  for (int i = 0; i < 3; ++i) {
    const int na = ExtractFeatures(plain, 3, i, gaz, a);
    const int nb = ExtractFeatures(listed, 3, i, gaz, b);
    ASSERT_EQ(na, nb) << i;
    EXPECT_TRUE(std::equal(a, a + na, b)) << i;
    EXPECT_EQ(ExtractFeatures(listed, 3, i, gaz | kFeatLists, b), na + 1) << i;
  }
  EXPECT_EQ(ExtractFeatures(plain, 3, 1, gaz | kFeatLists, a), ExtractFeatures(plain, 3, 1, gaz, b));
  // The two lists give different features: "Morena" as a party, "Sonora" as a place.
  const int na = ExtractFeatures(listed, 3, 1, gaz | kFeatLists, a);
  listed[1].gaz = kGazPer | kGazListPlace;
  const int nb = ExtractFeatures(listed, 3, 1, gaz | kFeatLists, b);
  ASSERT_EQ(na, nb);
  EXPECT_TRUE(std::equal(a, a + na - 1, b));
  EXPECT_NE(a[na - 1], b[nb - 1]);
}

// The post-pass's names match as written, token by token, longest first; a
// name listed twice keeps its first type.
TEST(TaggerTest, NameListsMatchLongestAsWritten) {
  using namespace tagger_internal;
  NameLists lists;
  lists.Add("Partido Acción Nacional", NameLists::kOrg);
  lists.Add("PAN", NameLists::kOrg);
  lists.Add("México", NameLists::kLoc);
  lists.Add("PAN", NameLists::kLoc);
  lists.Add("", NameLists::kLoc);
  lists.Finish();
  EXPECT_EQ(lists.size(), 3u);
  const char* words[] = {"el", "Partido", "Acción", "Nacional", "y", "PAN", "en", "México", "mexico", "Partido"};
  TokenInfo toks[10];
  for (int i = 0; i < 10; ++i) AnalyzeToken(words[i], nullptr, nullptr, &toks[i]);
  // (tokens, n, i) -> the token count and type Match gives.
  auto match = [](const NameLists& l, const TokenInfo* t, int n, int i) {
    NameLists::Type type;
    const int len = l.Match(t, n, i, &type);
    return std::make_pair(len, type);
  };
  using M = std::pair<int, NameLists::Type>;
  EXPECT_EQ(match(lists, toks, 10, 0), M(0, NameLists::kNone));
  EXPECT_EQ(match(lists, toks, 10, 1), M(3, NameLists::kOrg));
  EXPECT_EQ(match(lists, toks, 10, 5), M(1, NameLists::kOrg));
  EXPECT_EQ(match(lists, toks, 10, 7), M(1, NameLists::kLoc));
  EXPECT_EQ(match(lists, toks, 10, 8).first, 0);  // not as written
  EXPECT_EQ(match(lists, toks, 10, 9).first, 0);  // a first word alone is no name
  EXPECT_EQ(match(lists, toks, 4, 1).first, 3);
  EXPECT_EQ(match(lists, toks, 3, 1).first, 0);   // the sentence ends inside the name
  // The shipped lists: core/data/es/parties.txt, regions.txt, the countries
  // of demonyms.txt and person_initials.txt.
  const NameLists es = NameLists::ForLanguage("es");
  const char* shipped[] = {"Morena", "Coahuila", "México", "AMLO"};
  TokenInfo listed[4];
  for (int i = 0; i < 4; ++i) AnalyzeToken(shipped[i], nullptr, nullptr, &listed[i]);
  EXPECT_EQ(match(es, listed, 4, 0), M(1, NameLists::kOrg));
  EXPECT_EQ(match(es, listed, 4, 1), M(1, NameLists::kLoc));
  EXPECT_EQ(match(es, listed, 4, 2), M(1, NameLists::kLoc));
  EXPECT_EQ(match(es, listed, 4, 3), M(1, NameLists::kPer));
}

// The lists come from core/data/<lang>/trigger_words.txt, one class a line.
TEST(TaggerTest, TriggerWordsParse) {
  using namespace tagger_internal;
  std::vector<std::string> errors;
  const TriggerWords t = TriggerWords::Parse({"title: presidente ministra", "place: ciudad", "title:", "color: rojo",
                                              "sin clase", "org: club presidente"},
                                             &errors);
  EXPECT_EQ(t.size(), 4u);  // presidente ministra ciudad club
  ASSERT_EQ(errors.size(), 4u);  // no words, unknown class, no class, a word in two classes
  EXPECT_NE(errors[0].find("no words"), std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("unknown class"), std::string::npos) << errors[1];
  EXPECT_NE(errors[3].find("presidente"), std::string::npos) << errors[3];
  EXPECT_EQ(t.ClassOf(LowerHash("Presidente", nullptr)), kWcTitle);  // the first class listed keeps it
  EXPECT_EQ(t.ClassOf(LowerHash("club", nullptr)), kWcOrgNoun);
  EXPECT_EQ(t.ClassOf(LowerHash("rojo", nullptr)), kWcNone);
  // The checksum is what the features see: order and line breaks do not
  // change it; a word added or moved to another class does.
  auto sum = [](const std::vector<std::string_view>& lines) { return TriggerWords::Parse(lines, nullptr).checksum(); };
  const uint64_t a = sum({"title: presidente ministra", "place: ciudad"});
  EXPECT_EQ(a, sum({"place: ciudad", "title: ministra", "title:   presidente"}));
  EXPECT_NE(a, sum({"title: presidente ministra", "place: ciudad villa"}));
  EXPECT_NE(a, sum({"title: presidente", "place: ciudad ministra"}));
  EXPECT_NE(a, TriggerWords().checksum());
  // A language is read from its own data only.
  EXPECT_GT(TriggerWords::ForLanguage("es").size(), 100u);
  EXPECT_EQ(TriggerWords::ForLanguage("xx").size(), 0u);
  EXPECT_EQ(TriggerWords::ForLanguage("xx").checksum(), TriggerWords().checksum());
}

// Re-serializes parsed model data (8-bit, nothing dropped) after `edit`.
std::string Reserialized(const std::string& bytes, const std::function<void(tagger_internal::TaggerModelData*)>& edit) {
  auto d = tagger_internal::ParseTaggerModel(bytes);
  if (!d.ok()) return {};
  tagger_internal::TaggerModelData m = d.value();
  const size_t L = m.labels.size();
  m.weights.resize(m.qweights.size());
  for (size_t i = 0; i < m.qweights.size(); ++i) m.weights[i] = m.qweights[i] * m.qscale[i / L];
  edit(&m);
  return tagger_internal::SerializeTaggerModel(m, tagger_internal::ModelEncoding::Exact());
}

// A model records the checksum of the trigger words it was trained with; a
// build whose lists differ refuses it rather than tagging with other features.
TEST(TaggerTest, TriggerWordsChecksumBindsModelToItsLists) {
  using namespace tagger_internal;
  auto d = ParseTaggerModel(TinyModel());
  ASSERT_TRUE(d.ok());
  ASSERT_TRUE(d->feature_groups & kFeatContext);
  EXPECT_EQ(d->format_version, kTaggerFormatVersion);
  EXPECT_EQ(d->trigger_words_checksum, TriggerWords::ForLanguage("es").checksum());

  const std::string other = Reserialized(TinyModel(), [](TaggerModelData* m) { m->trigger_words_checksum ^= 1; });
  auto t = Tagger::FromBytes(other);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), ErrorCode::kBadModel);
  EXPECT_NE(t.status().message().find("trigger words"), std::string::npos) << t.status().message();
  EXPECT_NE(t.status().message().find("scripts/train es"), std::string::npos) << t.status().message();

  // Without context features no feature reads the lists: the model loads.
  const std::string no_ctx = Reserialized(TinyModel(), [](TaggerModelData* m) {
    m->trigger_words_checksum ^= 1;
    m->feature_groups &= ~kFeatContext;
  });
  EXPECT_TRUE(Tagger::FromBytes(no_ctx).ok());

  // A model trained for another language records that language's lists.
  TrainerOptions opt;
  opt.lang = "xx";
  opt.epochs = 1;
  auto xx = TrainTagger(TinyCorpus(opt), opt, nullptr);
  ASSERT_TRUE(xx.ok());
  auto dx = ParseTaggerModel(xx.value());
  ASSERT_TRUE(dx.ok());
  EXPECT_EQ(dx->trigger_words_checksum, TriggerWords().checksum());
  EXPECT_TRUE(Tagger::FromBytes(xx.value()).ok());
}

// Format 2 models (before the checksum) still load, unchecked, and tag as the
// same model in format 3.
TEST(TaggerTest, ReadsFormatTwo) {
  using namespace tagger_internal;
  const std::string v3 = Reserialized(TinyModel(), [](TaggerModelData* m) { m->trigger_words_checksum ^= 1; });
  ASSERT_FALSE(v3.empty());
  auto d = ParseTaggerModel(v3);
  ASSERT_TRUE(d.ok());
  // Drop the u64 after the feature groups; the header says format 2.
  size_t at = 24 + 1 + d->lang.size() + 1;
  for (const auto& l : d->labels) at += 1 + l.size();
  at += 4 + 4;
  std::string v2 = v3.substr(0, at) + v3.substr(at + 8);
  v2[4] = 2;
  v2[5] = 0;
  const uint64_t size = v2.size() - 24;
  const uint64_t sum = Fnv1a64(reinterpret_cast<const unsigned char*>(v2.data()) + 24, size);
  for (int i = 0; i < 8; ++i) {
    v2[8 + i] = static_cast<char>(size >> (8 * i));
    v2[16 + i] = static_cast<char>(sum >> (8 * i));
  }
  auto old = ParseTaggerModel(v2);
  ASSERT_TRUE(old.ok()) << old.status().ToString();
  EXPECT_EQ(old->format_version, 2);
  EXPECT_EQ(old->trigger_words_checksum, 0u);
  auto t2 = Tagger::FromBytes(v2);
  auto t3 = Tagger::FromBytes(Reserialized(TinyModel(), [](TaggerModelData*) {}));
  ASSERT_TRUE(t2.ok()) << t2.status().ToString();
  ASSERT_TRUE(t3.ok());
  std::vector<std::string> l2, l3;
  t2->Tag({"Juan", "Pérez", "vive", "en", "Madrid", "."}, &l2);
  t3->Tag({"Juan", "Pérez", "vive", "en", "Madrid", "."}, &l3);
  EXPECT_EQ(l2, l3);
}

// Mentions read from IOB2 labels, the reference TagMentions must agree with.
std::vector<EntityMention> MentionsOfLabels(const std::vector<std::vector<std::string>>& labels) {
  std::vector<EntityMention> out;
  uint32_t base = 0;
  for (const auto& l : labels) {
    for (uint32_t i = 0; i < l.size(); ++i) {
      EntityType type;
      if (l[i][0] == 'B' && ParseEntityType(std::string_view(l[i]).substr(2), &type)) out.push_back({base + i, base + i + 1, type});
      else if (l[i][0] == 'I') out.back().end_token = base + i + 1;
    }
    base += static_cast<uint32_t>(l.size());
  }
  return out;
}

TEST(TaggerTest, TagMentionsAreTheLabelsAsRanges) {
  auto t = Tagger::FromBytes(TinyModel());
  ASSERT_TRUE(t.ok());
  std::vector<EntityMention> got;
  t->TagMentions({{"Juan", "Pérez", "vive", "en", "Madrid", "."}}, &got);
  const std::vector<EntityMention> want = {{0, 2, EntityType::kPer}, {4, 5, EntityType::kLoc}};
  EXPECT_EQ(got, want);
  // Token indices run over the whole document, empty sentences included.
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) words.push_back(i % 7 == 0 ? "Madrid" : (i % 3 ? "de" : "Pérez"));
  std::vector<std::vector<std::string>> doc = {
      {"La", "ONU", "se", "reunió", "en", "Ginebra", "."}, {}, {"María", "López", "trabaja", "para", "Telefónica"}, words};
  std::vector<std::vector<std::string_view>> views;
  for (const auto& s : doc) views.push_back(Views(s));
  std::vector<std::vector<std::string>> labels;
  t->TagDocument(views, &labels);
  t->TagMentions(views, &got);
  EXPECT_EQ(got, MentionsOfLabels(labels));
  EXPECT_GT(got.size(), 4u);
  t->TagMentions({}, &got);
  EXPECT_TRUE(got.empty());
}

// The unlabeled text for word vectors is split and lowercased by these two
// (`resalta-train tokenize`); the vectors' words must then hash like the
// tagger's tokens, or the clusters never reach the lexicon.
TEST(TaggerTest, UnlabeledTextTokensHashLikeTaggerWords) {
  struct Case {
    const char* line;
    std::vector<std::string> tokens;
  };
  const Case cases[] = {
      {"«Vamos a ganar», dijo Pérez.", {"«", "Vamos", "a", "ganar", "»", ",", "dijo", "Pérez", "."}},
      {"  el PSOE\t(y el PP)  ", {"el", "PSOE", "(", "y", "el", "PP", ")"}},
      {"¿Qué pasó en Ñuñoa?", {"¿", "Qué", "pasó", "en", "Ñuñoa", "?"}},
      {"Río-Bravo 3,5%", {"Río-Bravo", "3,5", "%"}},
      {"...", {".", ".", "."}},
      {"", {}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got;
    TokenizeRaw(c.line, &got);
    EXPECT_EQ(got, c.tokens) << c.line;
  }
  const char* words[] = {"Pérez", "ÑUÑOA", "Ávila", "EE.UU.", "Çé", "ﬁn", "\xff\xfe" "A"};
  for (const char* w : words) {
    std::string low = LowerUtf8(w);
    EXPECT_EQ(tagger_internal::LowerHash(low, nullptr), tagger_internal::LowerHash(w, nullptr)) << w;
    EXPECT_EQ(LowerUtf8(low), low) << w;
  }
  EXPECT_EQ(LowerUtf8("ÁVILA y PÉREZ"), "ávila y pérez");
}

TEST(TaggerTest, ShippedSpanishModel) {
  std::ifstream in(std::string(RESALTA_SOURCE_DIR) + "/core/models/es.bin", std::ios::binary);
  if (!in) GTEST_SKIP() << "core/models/es.bin not present";
  std::stringstream ss;
  ss << in.rdbuf();
  auto t = Tagger::FromBytes(ss.str());
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  std::vector<std::string> labels;
  t->Tag({"El", "presidente", "Pedro", "Sánchez", "viajó", "a", "Bruselas", "."}, &labels);
  std::vector<std::string> want = {"O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"};
  EXPECT_EQ(labels, want);

  // The name-list post-pass (Tagger::set_name_lists): listed parties ORG and
  // listed places LOC where the model typed them otherwise or, for an ORG
  // name, not at all; a place after an article ("del Barcelona") is a club.
  auto tag = [&](std::vector<std::string_view> words, bool lists) {
    t->set_name_lists(lists);
    std::vector<std::string> out;
    t->Tag(words, &out);
    return out;
  };
  const std::vector<std::string_view> party = {"Los", "diputados", "de", "Morena", "votaron", "en", "contra", "."};
  EXPECT_EQ(tag(party, true)[3], "B-ORG");
  EXPECT_NE(tag(party, false)[3], "B-ORG");  // the model alone: a given name
  const std::vector<std::string_view> missed = {"Ayer", "votaron", "Ciudadanos", "y", "Podemos", "."};
  EXPECT_EQ(tag(missed, true)[2], "B-ORG");
  EXPECT_EQ(tag(missed, true)[4], "B-ORG");
  const std::vector<std::string_view> state = {"Llegó", "a", "Sonora", "y", "Coahuila", "el", "martes", "."};
  EXPECT_EQ(tag(state, true)[2], "B-LOC");
  EXPECT_EQ(tag(state, true)[4], "B-LOC");
  const std::vector<std::string_view> club = {"El", "entrenador", "del", "Barcelona", "habló", "ayer", "."};
  EXPECT_EQ(tag(club, true), tag(club, false));
  EXPECT_EQ(tag(club, true)[3], "B-ORG");
  // People's initials (core/data/es/person_initials.txt) are PER.
  const std::vector<std::string_view> initials = {"Ayer", "dijo", "AMLO", "que", "no", "irá", "."};
  EXPECT_NE(tag(initials, false)[2], "B-PER");  // the model alone: an acronym, ORG
  EXPECT_EQ(tag(initials, true)[2], "B-PER");
  // Interface words (core/data/es/interface_words.txt) open no entity.
  const std::vector<std::string_view> page = {"Suscríbete", "Compartir", "en", "Facebook"};
  EXPECT_EQ(tag(page, false)[0], "B-ORG");  // the model alone: "Suscríbete Compartir" ORG
  EXPECT_EQ(tag(page, true)[0], "O");
  EXPECT_EQ(tag(page, true)[1], "O");
  // The articles and titles after the word go too; the rest of the name stays.
  const std::vector<std::string_view> stage = {"Rumores", "Señor", "Pérez", "."};
  EXPECT_EQ(tag(stage, false)[0], "B-PER");
  EXPECT_EQ(tag(stage, true), (std::vector<std::string>{"O", "O", "B-PER", "O"}));
  // A listed place typed PER alone stays a person where the document names
  // someone in full with that word ("Juan Carlos Mendoza" ... "Mendoza").
  t->set_name_lists(true);
  std::vector<std::vector<std::string>> doc;
  t->TagDocument({{"El", "empresario", "Juan", "Carlos", "Mendoza", "habló", "ayer", "."},
                  {"Mendoza", "dijo", "que", "no", "habrá", "cambios", "."}},
                 &doc);
  EXPECT_EQ(doc[0][4], "I-PER");
  EXPECT_NE(doc[1][0], "B-LOC");
}

}  // namespace
}  // namespace resalta
