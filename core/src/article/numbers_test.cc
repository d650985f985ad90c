#include "article/numbers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "article/article_test_util.h"

namespace resalta {
namespace {

const LanguageData& Es() {
  static const LanguageData kEs = LoadLanguageData("es");
  return kEs;
}

// The first number read from the start of `text`.
struct Read {
  bool ok = false;
  NumberRead r;
};
Read ReadFirst(const std::string& text, DigitStyle style = DigitStyle::kDecimalComma) {
  auto [decoded, seg, token_text] = SegmentText(text, "es");
  ArticleInput in{decoded.units, "es", "", &seg, &token_text, nullptr, &Es(), {}};
  Words w = MakeWords(in);
  Read out;
  out.ok = ReadNumber(w, Es(), style, 0, w.size(), &out.r);
  return out;
}

TEST(NumbersTest, DigitConventions) {
  struct Case {
    const char* digits;
    DigitStyle style;
    double value;
  } cases[] = {
      {"1.000", DigitStyle::kDecimalComma, 1000},   {"2,5", DigitStyle::kDecimalComma, 2.5},
      {"1.234,5", DigitStyle::kDecimalComma, 1234.5}, {"1,234.5", DigitStyle::kDecimalComma, 1234.5},
      {"1,234", DigitStyle::kDecimalPoint, 1234},   {"1,234", DigitStyle::kDecimalComma, 1.234},
      {"1.234", DigitStyle::kDecimalComma, 1234},   {"2.5", DigitStyle::kDecimalComma, 2.5},
      {"100,000", DigitStyle::kDecimalComma, 100000}, {"1.200.000", DigitStyle::kDecimalPoint, 1200000},
      {"1,200,000", DigitStyle::kDecimalComma, 1200000},
  };
  for (const Case& c : cases) {
    double v = -1;
    ASSERT_TRUE(ParseDigits(c.digits, c.style, &v)) << c.digits;
    EXPECT_DOUBLE_EQ(v, c.value) << c.digits;
  }
  double v = 0;
  EXPECT_FALSE(ParseDigits("12a", DigitStyle::kDecimalComma, &v));
  EXPECT_FALSE(ParseDigits("1.23.4", DigitStyle::kDecimalComma, &v));
}

TEST(NumbersTest, ANumberEndingTheText) {
  // The reader looks at the tokens after a number ("3´500.000" split at the mark, "1 234 567"):
  // at the last token there are none (the sanitizer build of the tests catches a read past it).
  for (const char* text : {"12", "345", "1.500", "mil", "dos"}) {
    Read r = ReadFirst(text);
    ASSERT_TRUE(r.ok) << text;
    EXPECT_GT(r.r.value, 0) << text;
  }
}

TEST(NumbersTest, SpanishNumberWordsAndDigits) {
  struct Case {
    const char* text;
    double value;
    size_t tokens;
  } cases[] = {
      {"treinta y uno de enero", 31, 3},
      {"mil novecientos ochenta y siete", 1987, 5},
      {"un millón y medio de personas", 1.5e6, 4},
      {"dos millones y medio", 2.5e6, 4},
      {"1,2 billones de pesos", 1.2e12, 2},
      {"20 mil millones", 2e10, 3},
      {"dos docenas de huevos", 24, 2},
      {"tres cuartos de hora", 0.75, 2},
      {"media hora", 0.5, 1},
      {"doscientos cuarenta y dos", 242, 4},
      {"dos cientos tres", 203, 3},
      {"100K", 100000, 1},
      {"3M", 3e6, 1},
      {"uno coma cinco", 1.5, 3},
      {"treinta y 3 heridos", 33, 3},
      {"negativo diez", -10, 2},
      {"quince por ciento", 15, 1},
      {"3/4 taza", 0.75, 3},
      {"un par de semanas", 2, 2},
      {"medio millón de votos", 5e5, 2},
      {"un millón doscientos mil votos", 1.2e6, 4},
      {"miles de migrantes", 1000, 1},
  };
  for (const Case& c : cases) {
    Read got = ReadFirst(c.text);
    ASSERT_TRUE(got.ok) << c.text;
    EXPECT_DOUBLE_EQ(got.r.value, c.value) << c.text;
    EXPECT_EQ(got.r.tokens, c.tokens) << c.text;
  }
}

TEST(NumbersTest, CompoundsSignsPartsAndSpokenDecimals) {
  struct Case {
    const char* text;
    double value;
    size_t tokens;
  } cases[] = {
      // Digit groups after a scale, as Mexican and Argentine papers write them.
      {"2 millones 300 mil dólares", 2.3e6, 4},
      {"3 mil 500 millones de pesos", 3.5e9, 4},
      {"5 millones 20 mil 7 votos", 5020007, 5},
      {"un billón doscientos mil millones", 1.2e12, 5},
      {"dos millones 400 mil", 2.4e6, 4},
      // Thousands grouped by spaces; millions marked by an apostrophe (Colombia).
      {"12 500 hectáreas", 12500, 2},
      {"1 250 000 votantes", 1250000, 3},
      {"3 450,75 euros", 3450.75, 2},
      {"4e6 bacterias", 4e6, 1},
      {"2'300.000 pesos", 2300000, 1},
      {"4´750.000 pesos", 4750000, 3},
      {"mil y una noches", 1001, 3},
      // Orders of magnitude: "miles de millones" is 10^9.
      {"miles de millones de dólares", 1e9, 3},
      {"cientos de miles de desplazados", 1e5, 3},
      {"decenas de miles de votos", 1e4, 3},
      {"un par de miles de euros", 2, 2},
      {"un cuarto de millón de visitantes", 250000, 4},
      {"tres y medio millones de turistas", 3.5e6, 4},
      // Digits counting groups or parts.
      {"3 docenas de rosas", 36, 2},
      {"3 cuartos de hora", 0.75, 2},
      {"4 decenas de heridos", 40, 2},
      {"1,5 docenas de ostras", 18, 2},  // a decimal count of groups; not of parts
      {"2,5 centenares de vecinos", 250, 2},
      {"tres centenas de metros", 300, 2},
      // Signs in words and a minus glued to a decimal mark.
      {"menos ocho grados", -8, 2},
      {"menos 2,5 puntos", -2.5, 2},
      // Leading zeros read aloud, older spellings, spoken decimals.
      {"cero nueve", 9, 2},
      {"diez y siete", 17, 3},
      {"tres con siete", 3.7, 3},
      {"4 con 50", 4.5, 3},
      {"dos coma cero cinco", 2.05, 4},
      {"coma ocho", 0.8, 2},
      // Parts: ordinal-shaped ones only after a count; glyphs; mixed numbers.
      {"un quinto de los votos", 0.2, 2},
      {"tres décimas de segundo", 0.3, 2},
      {"media docena de goles", 6, 2},
      {"medio centenar de heridos", 50, 2},
      {"4 1/2 tazas", 4.5, 4},
      {"2 ½ litros", 2.5, 2},
      {"7mil asistentes", 7000, 1},
  };
  for (const Case& c : cases) {
    Read got = ReadFirst(c.text);
    ASSERT_TRUE(got.ok) << c.text;
    EXPECT_NEAR(got.r.value, c.value, 1e-9 * std::max(1.0, std::abs(c.value))) << c.text;
    EXPECT_EQ(got.r.tokens, c.tokens) << c.text;
  }
  double v = 0;
  EXPECT_TRUE(ParseDigits("0", DigitStyle::kDecimalComma, &v));
}

TEST(NumbersTest, WordsThatOnlySometimesCount) {
  // An ordinal is no fraction, "menos" after a number subtracts, "con" opens
  // no decimal, "el punto 5" is an item, "un millar" is no year.
  EXPECT_FALSE(ReadFirst("quinto día de huelga").ok);
  EXPECT_FALSE(ReadFirst("con 5 goles").ok);
  // "con" after a number counts a noun unless two-digit cents or words end it.
  for (const char* counted : {"70 con 3 vacunas", "cuatro con dos penaltis", "2 con 40 votos", "9 con 125 heridos"}) {
    EXPECT_EQ(ReadFirst(counted).r.tokens, 1u) << counted;
  }
  EXPECT_FALSE(ReadFirst("el punto 5").ok);
  EXPECT_EQ(ReadFirst("10 menos 3").r.tokens, 1u);
  EXPECT_EQ(ReadFirst("diez menos tres").r.value, 10);
  EXPECT_TRUE(ReadFirst("un millar de casas").r.collective);
  // "15 de 2020": a year after a space is no thousands group.
  EXPECT_EQ(ReadFirst("15 2020").r.value, 15);
}

TEST(NumbersTest, ArticlesAndListsAreNotOneNumber) {
  EXPECT_TRUE(ReadFirst("un acuerdo").r.lone_one);
  EXPECT_FALSE(ReadFirst("un millón").r.lone_one);
  // "dos tres" is two numbers, not 5; a trailing "y" is not part of the number.
  EXPECT_EQ(ReadFirst("dos tres").r.tokens, 1u);
  EXPECT_EQ(ReadFirst("treinta y Juan").r.tokens, 1u);
  EXPECT_FALSE(ReadFirst("ayer").ok);
}

TEST(NumbersTest, GluedUnitIsKept) {
  Read got = ReadFirst("3km");
  ASSERT_TRUE(got.ok);
  EXPECT_EQ(got.r.value, 3);
  EXPECT_EQ(got.r.glued, "km");
}

TEST(NumbersTest, DataFilesAreWellFormed) {
  for (const char* lang : {"es", "en"}) {
    LanguageData lex = LoadLanguageData(lang);
    for (const std::string& bad : lex.malformed) ADD_FAILURE() << lang << ": " << bad;
  }
}

}  // namespace
}  // namespace resalta
