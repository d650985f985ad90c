#include <gtest/gtest.h>

#include "article/article_test_util.h"

namespace resalta {
namespace {

struct DateCase {
  const char* sentence;
  const char* text;
  const char* type;
  const char* iso;  // "" when the value stays open
};

// Published Wednesday 2023-10-18.
const DateCase kCases[] = {
    {"El acuerdo se firmó el 25 de mayo de 2023 en Ginebra.", "25 de mayo de 2023", "DATE", "2023-05-25"},
    {"La anexión fue reivindicada en septiembre de 2022.", "septiembre de 2022", "DATE", "2022-09"},
    {"La inflación de 2022 fue récord.", "2022", "DATE", "2022"},
    {"El decreto se publicó el 3/10/2023 en el Boletín Oficial.", "3/10/2023", "DATE", "2023-10-03"},
    {"La cumbre será el miércoles 31 de octubre en Lima.", "el miércoles 31 de octubre", "DATE", "2023-10-31"},
    {"El ministro viajó hoy a Pekín.", "hoy", "DATE", "2023-10-18"},
    {"Ayer se conocieron los datos.", "Ayer", "DATE", "2023-10-17"},
    {"El Kremlin afirmó el martes que no hay pruebas.", "el martes", "DATE", "2023-10-17"},
    {"Y el último viernes, Estados Unidos afirmó lo contrario.", "el último viernes", "DATE", "2023-10-13"},
    {"El presidente viajará el próximo martes a Brasilia.", "el próximo martes", "DATE", "2023-10-24"},
    {"Se reunirán el jueves en la Casa Rosada.", "el jueves", "DATE", "2023-10-19"},
    {"Visitó Rusia el mes pasado.", "el mes pasado", "DATE", "2023-09"},
    {"La ley se tratará la semana próxima.", "la semana próxima", "DATE", "2023-W43"},
    {"El índice se conocerá este mes.", "este mes", "DATE", "2023-10"},
    {"Las elecciones fueron el año pasado.", "el año pasado", "DATE", "2022"},
    {"Lo anunció hace dos días.", "hace dos días", "DATE", "2023-10-16"},
    {"Los vuelos se reanudan mañana.", "mañana", "DATE", "2023-10-19"},
    {"La visita de dos días empieza en Pyongyang.", "dos días", "DURATION", "P2D"},
    {"Estuvo detenido 48 horas.", "48 horas", "DURATION", "PT48H"},
    {"Suministró en las últimas semanas armas.", "las últimas semanas", "DURATION", ""},
    {"La reunión empezó a las 15:30 en el Senado.", "15:30", "TIME", "T15:30"},
    {"El tren sale a las 10 de la noche.", "las 10 de la noche", "TIME", "T22:00"},
};

TEST(DatesTest, SpanishNewsSentences) {
  for (const DateCase& c : kCases) {
    Document doc = AnalyzeWithNames(c.sentence, {});
    const Span* s = FindSpan(doc, c.text, c.type);
    ASSERT_NE(s, nullptr) << c.sentence << " -> no " << c.type << " \"" << c.text << "\"";
    if (*c.iso) {
      ASSERT_TRUE(s->value.has_value()) << c.sentence;
      EXPECT_EQ(s->value->iso, c.iso) << c.sentence;
    } else {
      EXPECT_FALSE(s->value.has_value()) << c.sentence;
    }
  }
}

TEST(DatesTest, NotDates) {
  // "la mañana" is the morning; "Plaza de Mayo" a place; "mar" the sea; a count is not a year.
  for (const char* s : {"Llegó por la mañana.", "Marcharon a Plaza de Mayo.", "Navegaron el mar Caribe.",
                        "Se vendieron 2022 unidades."}) {
    Document doc = AnalyzeWithNames(s, {});
    for (const Span& span : doc.spans) EXPECT_NE(span.type, "DATE") << s << ": " << span.text;
  }
}

TEST(DatesTest, NoPublicationDateKeepsRelativeDatesOpen) {
  Document doc = AnalyzeWithNames("Lo dijo ayer en Madrid.", {}, "");
  const Span* s = FindSpan(doc, "ayer", "DATE");
  ASSERT_NE(s, nullptr);
  EXPECT_FALSE(s->value.has_value());
}

}  // namespace
}  // namespace resalta
