// The whole article layer on the seed article with hand-given labels (a
// perfect tagger), checked against tests/golden/seed-article.es.expected.json
// by hand-picked assertions; tests/golden.test.mjs runs the real CLI.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "article/article_test_util.h"

namespace resalta {
namespace {

std::string ReadGolden(const std::string& name) {
  std::ifstream in(std::string(RESALTA_SOURCE_DIR) + "/tests/golden/" + name, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::vector<std::pair<std::string, std::string>> kSeedNames = {
    {"Serguei Lavrov", "PER"}, {"Lavrov", "PER"}, {"Kim Jong Un", "PER"}, {"Kim", "PER"},
    {"Vladimir Putin", "PER"}, {"Putin", "PER"}, {"John Kirby", "PER"}, {"Dmitri Peskov", "PER"},
    {"Corea del Norte", "LOC"}, {"Rusia", "LOC"}, {"Ucrania", "LOC"}, {"Pyongyang", "LOC"},
    {"Estados Unidos", "LOC"}, {"Extremo Oriente ruso", "LOC"}, {"Kremlin", "ORG"}, {"Casa Blanca", "ORG"},
    {"Ria Novosti", "ORG"}, {"AFP", "ORG"}, {"Tass", "ORG"}, {"Télam", "ORG"}, {"El Destape", "ORG"}};

class SeedArticle : public ::testing::Test {
 protected:
  void SetUp() override {
    text_ = ReadGolden("seed-article.es.txt");
    ASSERT_FALSE(text_.empty());
    doc_ = AnalyzeWithNames(text_, kSeedNames, "2023-10-18");
  }
  std::string SpeakerName(const Quote& q) {
    for (const Entity& e : doc_.entities) {
      if (e.id == q.speaker) return e.name;
    }
    return "";
  }
  const Quote* QuoteStarting(const std::string& start) {
    for (const auto* list : {&doc_.quotes, &doc_.reported_speech}) {
      for (const Quote& q : *list) {
        if (q.text.rfind(start, 0) == 0) return &q;
      }
    }
    return nullptr;
  }
  std::string text_;
  Document doc_;
};

TEST_F(SeedArticle, EntitiesAndRoles) {
  struct {
    const char* name;
    const char* role;
    const char* alias;
  } expected[] = {{"Serguei Lavrov", "ministro ruso de Relaciones Exteriores", "el ministro"},
                  {"Kim Jong Un", "líder norcoreano", "el dirigente norcoreano"},
                  {"Vladimir Putin", "presidente", "Putin"},
                  {"John Kirby", "portavoz de Seguridad Nacional de la Casa Blanca", ""},
                  {"Dmitri Peskov", "portavoz de la Presidencia rusa", "El vocero"},
                  {"Ria Novosti", "agencia rusa", ""},
                  {"Tass", "agencia rusa", ""}};
  for (const auto& x : expected) {
    const Entity* e = FindEntity(doc_, x.name);
    ASSERT_NE(e, nullptr) << x.name;
    EXPECT_EQ(e->role, x.role) << x.name;
    if (*x.alias) {
      bool found = false;
      for (const Mention& m : e->mentions) found = found || m.text == x.alias;
      EXPECT_TRUE(found) << x.name << " lacks mention " << x.alias;
    }
  }
  const Entity* lavrov = FindEntity(doc_, "Serguei Lavrov");
  EXPECT_EQ(lavrov->id, "e1");
  EXPECT_EQ(lavrov->mentions.size(), 5u);  // Serguei Lavrov, Lavrov x3, el ministro
  EXPECT_EQ(FindEntity(doc_, "Lavrov"), nullptr);
}

TEST_F(SeedArticle, Quotes) {
  struct {
    const char* start;
    const char* speaker;
    const char* cue;
    const char* kind;
  } expected[] = {{"Apreciamos mucho su apoyo de principio", "Serguei Lavrov", "remarcó", "direct"},
                  {"definir las medidas prácticas", "Serguei Lavrov", "consideró", "direct"},
                  {"no hay pruebas", "Kremlin", "afirmó", "direct"},
                  {"Los servicios de inteligencia británicos", "Dmitri Peskov", "indicó", "direct"},
                  {"todos los ámbitos", "Dmitri Peskov", "destacó", "direct"},
                  {"que Corea del Norte suministró en las últimas semanas", "John Kirby", "dijo", "reported"},
                  {"que las entregas de material armamentístico", "Estados Unidos", "afirmó", "reported"}};
  for (const auto& x : expected) {
    const Quote* q = QuoteStarting(x.start);
    ASSERT_NE(q, nullptr) << x.start;
    EXPECT_EQ(SpeakerName(*q), x.speaker) << x.start;
    EXPECT_EQ(q->cue, x.cue) << x.start;
    EXPECT_EQ(q->kind, x.kind) << x.start;
  }
  EXPECT_EQ(doc_.quotes.size(), 5u);
  EXPECT_EQ(doc_.reported_speech.size(), 2u);
}

TEST_F(SeedArticle, SalienceAndTags) {
  ASSERT_GE(doc_.tags.size(), 3u);
  EXPECT_EQ(doc_.tags[0], "Serguei Lavrov");
  std::vector<std::string> top(doc_.tags.begin(), doc_.tags.begin() + 3);
  EXPECT_NE(std::find(top.begin(), top.end(), "Corea del Norte"), top.end());
  EXPECT_NE(std::find(top.begin(), top.end(), "Rusia"), top.end());
  for (const std::string& t : doc_.tags) {
    EXPECT_NE(t, "El Destape") << "named only in boilerplate";
    EXPECT_NE(t, "AFP") << "a credited agency is not a topic";
  }
  for (const Entity& e : doc_.entities) {
    EXPECT_GE(e.salience, 0);
    EXPECT_LE(e.salience, 1);
  }
}

TEST_F(SeedArticle, SpansNestAndSlice) {
  std::u16string u = DecodeUtf8(text_).units;
  for (size_t i = 0; i < doc_.spans.size(); ++i) {
    const Span& s = doc_.spans[i];
    EXPECT_EQ(EncodeUtf8(std::u16string_view(u).substr(s.start, s.end - s.start)), s.text);
    if (i > 0) EXPECT_LE(doc_.spans[i - 1].start, s.start);
  }
}

}  // namespace
}  // namespace resalta
