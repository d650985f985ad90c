#include "article/numbers.h"

#include <gtest/gtest.h>

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
  DecodedText decoded = DecodeUtf8(text);
  Segmentation seg;
  Segment(decoded.units, "es", &seg);
  std::vector<std::string> token_text;
  for (const TokenRange& t : seg.tokens) {
    token_text.push_back(EncodeUtf8(std::u16string_view(decoded.units).substr(t.start, t.end - t.start)));
  }
  ArticleInput in{decoded.units, "es", "", &seg, &token_text, nullptr, &Es()};
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
