#include <gtest/gtest.h>

#include "article/article_passes.h"
#include "article/article_test_util.h"

namespace resalta {
namespace {

TEST(QuantitiesTest, ParseNumber) {
  double v = 0;
  ASSERT_TRUE(ParseNumber("1.000", "es", &v));
  EXPECT_EQ(v, 1000);
  ASSERT_TRUE(ParseNumber("2,5", "es", &v));
  EXPECT_EQ(v, 2.5);
  ASSERT_TRUE(ParseNumber("1.000.000,75", "es", &v));
  EXPECT_EQ(v, 1000000.75);
  ASSERT_TRUE(ParseNumber("1,000.5", "es", &v));
  EXPECT_EQ(v, 1000.5);
  ASSERT_TRUE(ParseNumber("2.5", "es", &v));
  EXPECT_EQ(v, 2.5);
  ASSERT_TRUE(ParseNumber("1,000", "en", &v));
  EXPECT_EQ(v, 1000);
  EXPECT_FALSE(ParseNumber("12a", "es", &v));
}

struct QCase {
  const char* sentence;
  const char* text;
  const char* type;
  double number;
  const char* unit;
  const char* currency;
  const char* qualifier;
};

const QCase kCases[] = {
    {"Suministró más de 1.000 contenedores a Rusia.", "más de 1.000 contenedores", "QUANTITY", 1000, "contenedores", "", "more than"},
    {"La anexión de cuatro regiones ocupadas.", "cuatro regiones", "QUANTITY", 4, "regiones", "", ""},
    {"Llegaron dos millones de turistas.", "dos millones de turistas", "QUANTITY", 2e6, "turistas", "", ""},
    {"Murieron un centenar de personas.", "un centenar de personas", "QUANTITY", 100, "personas", "", ""},
    {"Pagó US$ 200 por el pasaje.", "US$ 200", "MONEY", 200, "", "USD", ""},
    {"El Gobierno giró $ 1.500 millones a las provincias.", "$ 1.500 millones", "MONEY", 1.5e9, "", "ARS", ""},
    {"La multa es de 200 euros.", "200 euros", "MONEY", 200, "", "EUR", ""},
    {"Cobran 20 mil pesos por mes.", "20 mil pesos", "MONEY", 20000, "", "ARS", ""},
    {"Invirtió 2,5 millones de dólares.", "2,5 millones de dólares", "MONEY", 2.5e6, "", "USD", ""},
    {"La inflación fue del 30% anual.", "30%", "PERCENT", 30, "percent", "", ""},
    {"Subió un 30 por ciento.", "30 por ciento", "PERCENT", 30, "percent", "", ""},
    {"Asistieron cerca de 300 personas.", "cerca de 300 personas", "QUANTITY", 300, "personas", "", "about"},
    {"Hay treinta y dos heridos.", "treinta y dos heridos", "QUANTITY", 32, "heridos", "", ""},
};

TEST(QuantitiesTest, SpanishNewsSentences) {
  for (const QCase& c : kCases) {
    Document doc = AnalyzeWithNames(c.sentence, {});
    const Span* s = FindSpan(doc, c.text, c.type);
    ASSERT_NE(s, nullptr) << c.sentence << " -> no " << c.type << " \"" << c.text << "\"";
    ASSERT_TRUE(s->value && s->value->number) << c.sentence;
    EXPECT_DOUBLE_EQ(*s->value->number, c.number) << c.sentence;
    EXPECT_EQ(s->value->unit, c.unit) << c.sentence;
    EXPECT_EQ(s->value->currency, c.currency) << c.sentence;
    EXPECT_EQ(s->value->qualifier, c.qualifier) << c.sentence;
  }
}

TEST(QuantitiesTest, ArticlesAndCodesAreNotQuantities) {
  for (const char* s : {"Cada uno de los acuerdos fue firmado.", "Lo establece la ley 27.541."}) {
    Document doc = AnalyzeWithNames(s, {});
    for (const Span& span : doc.spans) EXPECT_NE(span.type, "QUANTITY") << s << ": " << span.text;
  }
}

}  // namespace
}  // namespace resalta
