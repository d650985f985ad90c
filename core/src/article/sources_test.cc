#include <gtest/gtest.h>

#include "article/article_test_util.h"

namespace resalta {
namespace {

TEST(SourcesTest, CreditsAndCitations) {
  struct {
    const char* text;
    const char* name;
    const char* evidence;
  } cases[] = {
      {"Según la agencia rusa Ria Novosti, el tren llegó.", "Ria Novosti", "Según la agencia rusa Ria Novosti"},
      {"La cifra, citada por AFP, es oficial.", "AFP", "citada por AFP"},
      {"Lo dijo un vocero a la agencia Tass.", "Tass", "a la agencia Tass"},
      {"El acuerdo se firmó ayer.\nCon información de Télam", "Télam", "Con información de Télam"},
      {"Lima, 3 oct (EFE).- El Congreso votó.", "EFE", "(EFE)"},
      {"El precio subió.\nFuente: Reuters", "Reuters", "Fuente: Reuters"},
      {"De acuerdo con Bloomberg, la empresa venderá activos.", "Bloomberg", "De acuerdo con Bloomberg"},
  };
  for (const auto& c : cases) {
    Document doc = AnalyzeWithNames(c.text, {});
    ASSERT_EQ(doc.sources.size(), 1u) << c.text;
    EXPECT_EQ(doc.sources[0].name, c.name) << c.text;
    EXPECT_EQ(doc.sources[0].evidence.text, c.evidence) << c.text;
    EXPECT_FALSE(doc.sources[0].entity.empty()) << c.text;
  }
}

TEST(SourcesTest, AgencyWordsWithoutCredit) {
  Document doc = AnalyzeWithNames("La ap del barrio y la efe mayúscula.", {});
  EXPECT_TRUE(doc.sources.empty());
}

}  // namespace
}  // namespace resalta
