#include "tagger.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tagger_model.h"
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

// The shipped model, when present in the build tree, loads and finds entities.
TEST(TaggerTest, ContextWordClasses) {
  using namespace tagger_internal;
  auto cls = [](const char* w) {
    TokenInfo t;
    AnalyzeToken(w, nullptr, &t);
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
  for (int i = 0; i < 3; ++i) AnalyzeToken(words[i], nullptr, &toks[i]);
  uint32_t a[kMaxFeatures], b[kMaxFeatures];
  int na = ExtractFeatures(toks, 3, 2, kFeatBase, a);
  int nb = ExtractFeatures(toks, 3, 2, kFeatBase | kFeatContext, b);
  EXPECT_EQ(nb, na + 3);  // class at -1, class at -2 through "del", article x gazetteer bits
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
}

}  // namespace
}  // namespace resalta
