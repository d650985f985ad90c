#include <gtest/gtest.h>

#include "article/article_test_util.h"

namespace resalta {
namespace {

struct PublishedCase {
  const char* what;
  const char* text;
  const char* option;    // the date option ("" for none)
  const char* fallback;  // the caller's default ("" for none)
  const char* date;
  const char* source;
  const char* written;   // the date as written, with source "text"
};

const PublishedCase kCases[] = {
    {"a timestamp line with weekday and time",
     "martes 4 de marzo de 2025 | 9:15hs.\nEl Concejo aprobó ayer la nueva tarifa del transporte urbano de la ciudad.",
     "", "", "2025-03-04", "text", "4 de marzo de 2025"},
    {"a date with no joiners",
     "12 Junio 2021\nLa selección llegó anoche al aeropuerto y fue recibida por cientos de hinchas.",
     "", "", "2021-06-12", "text", "12 Junio 2021"},
    {"a numeric timestamp, day first",
     "03/11/2020 - 18:40\nLas autoridades sanitarias informaron ayer un descenso de los contagios en la región.",
     "", "", "2020-11-03", "text", "03/11/2020"},
    {"a byline with its date",
     "Por: Andrés Rivas 12 de mayo, 2024\nEl tribunal dictó ayer la sentencia contra los tres acusados por el fraude.",
     "", "", "2024-05-12", "text", "12 de mayo, 2024"},
    {"the option wins over the dateline",
     "martes 4 de marzo de 2025 | 9:15hs.\nEl Concejo aprobó ayer la nueva tarifa del transporte urbano de la ciudad.",
     "2025-03-05", "2026-01-01", "2025-03-05", "option", ""},
    {"a date in the story is not the page's date",
     "El Concejo aprobó la tarifa el 4 de marzo de 2025 tras un debate que duró toda la tarde en la sala.",
     "", "", "", "none", ""},
    {"no dateline: the caller's default",
     "El Concejo aprobó ayer la nueva tarifa del transporte urbano de la ciudad.", "", "2026-01-01",
     "2026-01-01", "default", ""},
    {"an impossible date is no date",
     "31 de febrero de 2024\nEl Concejo aprobó ayer la nueva tarifa del transporte urbano de la ciudad.",
     "", "", "", "none", ""},
};

TEST(PublishedTest, DateAndSource) {
  for (const PublishedCase& c : kCases) {
    auto [decoded, seg, token_text] = SegmentText(c.text, "es");
    static const LanguageData kEs = LoadLanguageData("es");
    ArticleInput in{decoded.units, "es", c.option, &seg, &token_text, nullptr, &kEs, c.fallback};
    Document doc;
    AnalyzeArticle(in, &doc);
    EXPECT_EQ(doc.published.date, c.date) << c.what;
    EXPECT_EQ(doc.published.source, c.source) << c.what;
    EXPECT_EQ(doc.published.text, c.written) << c.what;
    if (doc.published.source == "text") {
      EXPECT_EQ(EncodeUtf8(std::u16string_view(decoded.units).substr(doc.published.start,
                                                                       doc.published.end - doc.published.start)),
                c.written)
          << c.what;
    }
  }
}

TEST(PublishedTest, EnglishDatelinesReadMonthFirst) {
  Document doc = AnalyzeWithNames("Updated 03/11/2020 9:15 am\nThe council approved the new fares on Tuesday after a long debate.",
                                  {}, "", "en");
  EXPECT_EQ(doc.published.date, "2020-03-11");
  EXPECT_EQ(doc.published.source, "text");
  Document named = AnalyzeWithNames("March 4, 2025\nThe council approved the new fares on Tuesday after a long debate.",
                                    {}, "", "en");
  EXPECT_EQ(named.published.date, "2025-03-04");
  EXPECT_EQ(named.published.text, "March 4, 2025");
}

TEST(PublishedTest, RelativeDatesResolveAgainstTheDateline) {
  Document doc = AnalyzeWithNames(
      "martes 4 de marzo de 2025 | 9:15hs.\nEl Concejo aprobó ayer la nueva tarifa del transporte urbano.", {}, "");
  EXPECT_EQ(doc.published.source, "text");
  const Span* ayer = FindSpan(doc, "ayer", "DATE");
  ASSERT_NE(ayer, nullptr);
  ASSERT_TRUE(ayer->value.has_value());
  EXPECT_EQ(ayer->value->iso, "2025-03-03");
}

}  // namespace
}  // namespace resalta
