#include <gtest/gtest.h>

#include <algorithm>

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
    // An entity only when the story itself names the agency, not in a
    // credit line or a dateline.
    bool in_credit_line = c.evidence[0] == '(' || std::string(c.text).find('\n') != std::string::npos;
    EXPECT_EQ(doc.sources[0].entity.empty(), in_credit_line) << c.text;
  }
}

// English credits: an agency line, a cue before an agency, a listed
// outlet told something or reporting; an unlisted organisation told
// something is no source.
TEST(SourcesTest, EnglishCreditsAndOutlets) {
  struct {
    const char* text;
    std::vector<std::pair<std::string, std::string>> names;
    const char* name;
    const char* evidence;
  } cases[] = {
      {"Lakers win in overtime\nAssociated Press\nBOSTON — The game ended late.", {}, "Associated Press",
       "Associated Press"},
      {"Security was raised, reported news agency ANI on Friday.", {}, "ANI", "reported news agency ANI"},
      {"Mr Lowe told The Irish Times: the outlook is good.", {{"Irish Times", "ORG"}}, "The Irish Times",
       "told The Irish Times"},
      {"The patient flew from Liberia, NPR has learned.", {{"NPR", "ORG"}}, "NPR", "NPR has learned"},
  };
  for (const auto& c : cases) {
    Document doc = AnalyzeWithNames(c.text, c.names, "2023-10-18", "en");
    ASSERT_EQ(doc.sources.size(), 1u) << c.text;
    EXPECT_EQ(doc.sources[0].name, c.name) << c.text;
    EXPECT_EQ(doc.sources[0].evidence.text, c.evidence) << c.text;
  }
  Document none = AnalyzeWithNames("The minister told the Senate Finance Committee: rates will rise.",
                                   {{"Senate Finance Committee", "ORG"}}, "2023-10-18", "en");
  EXPECT_TRUE(none.sources.empty());
}

// Agencies listed together share one credit: every one of them is a source.
TEST(SourcesTest, ListOfAgencies) {
  for (const char* text : {"El acuerdo se firmó ayer.\nCon información de AP y EFE.",
                           "Según Reuters, AFP y EFE, el acuerdo se firmó ayer."}) {
    Document doc = AnalyzeWithNames(text, {});
    std::vector<std::string> names;
    for (const Source& s : doc.sources) names.push_back(s.name);
    std::sort(names.begin(), names.end());
    std::vector<std::string> expected = std::string(text).find("Reuters") != std::string::npos
                                            ? std::vector<std::string>{"AFP", "EFE", "Reuters"}
                                            : std::vector<std::string>{"AP", "EFE"};
    EXPECT_EQ(names, expected) << text;
    for (const Source& s : doc.sources) EXPECT_EQ(s.evidence.text, doc.sources[0].evidence.text) << text;
  }
}

// Outlets on no list, credited in interviews and broadcasts: the name must
// be an organisation the tagger found, or follow a medium's noun.
TEST(SourcesTest, InterviewsAndBroadcasts) {
  struct {
    const char* text;
    const char* name;
    const char* evidence;
  } cases[] = {
      {"El ministro habló en diálogo con Radio Sur sobre el ajuste.", "Radio Sur", "en diálogo con Radio Sur"},
      {"Lo dijo en declaraciones a Canal Nueve durante la tarde.", "Canal Nueve", "en declaraciones a Canal Nueve"},
      {"La jueza lo explicó en una entrevista con Diario Austral.", "Diario Austral",
       "en una entrevista con Diario Austral"},
      {"El alcalde dijo a Noticias del Valle que no renunciará.", "Noticias del Valle", "a Noticias del Valle"},
      {"«No hay fondos», aseguró a la emisora Onda Azul el gerente.", "Onda Azul", "a la emisora Onda Azul"},
      {"Según publica hoy el diario Tribuna, el juicio se aplaza.", "Tribuna", "Según publica hoy el diario Tribuna"},
      {"Quito, (AGN).- El Gobierno anunció el plan.", "AGN", "(AGN)"},
      // A listed outlet the tagger took for a person.
      {"«Es un hallazgo», explicó a Newsweek uno de los autores.", "Newsweek", "a Newsweek"},
      // An outlet in quote marks; a listed outlet telling, after its verb.
      {"La actriz lo contó en una entrevista con «Diario Austral» el año pasado.", "Diario Austral",
       "en una entrevista con «Diario Austral»"},
      {"Como señala The Guardian, la lluvia artificial no es nueva.", "The Guardian", "señala The Guardian"},
  };
  for (const auto& c : cases) {
    Document doc = AnalyzeWithNames(c.text, {{"Radio Sur", "ORG"},
                                             {"Canal Nueve", "ORG"},
                                             {"Diario Austral", "ORG"},
                                             {"Noticias del Valle", "ORG"},
                                             {"Gobierno", "ORG"},
                                             {"Newsweek", "PER"},
                                             {"The Guardian", "ORG"}});
    ASSERT_EQ(doc.sources.size(), 1u) << c.text;
    EXPECT_EQ(doc.sources[0].name, c.name) << c.text;
    EXPECT_EQ(doc.sources[0].evidence.text, c.evidence) << c.text;
  }
}

// "a" and "según" before an organisation credit nothing by themselves.
TEST(SourcesTest, NoCreditWithoutAMedium) {
  const char* texts[] = {
      "Los vecinos alertaron a la Policía Local del incendio.",
      "El senador acusó al Gobierno Provincial de mentir.",
      "Según el Ministerio de Salud, los casos bajan.",
      "El diputado habló ante el Pleno del Senado.",
      "Unite al canal de Noticias Hoy en WhatsApp.",
      // A place after a weak cue is no medium, and "contar con" tells nothing.
      "La alcaldesa habló en Valparaíso con los vecinos.",
      "La cadena cuenta con tiendas en Radio Sur y en otras ciudades.",
      "Sin tener en cuenta su parte en Radio Sur, la empresa ganó diez contratos.",
      // The verb's subject between it and the weak cue: where it spoke, no medium.
      "El niño sufrió daños, dice su familia en la Corte del Distrito.",
  };
  for (const char* t : texts) {
    Document doc = AnalyzeWithNames(t, {{"Policía Local", "ORG"},
                                        {"Gobierno Provincial", "ORG"},
                                        {"Ministerio de Salud", "ORG"},
                                        {"Pleno del Senado", "ORG"},
                                        {"Noticias Hoy", "ORG"},
                                        {"Valparaíso", "LOC"},
                                        {"Radio Sur", "ORG"},
                                        {"Corte del Distrito", "ORG"}});
    EXPECT_TRUE(doc.sources.empty()) << t << " -> " << (doc.sources.empty() ? "" : doc.sources[0].name);
  }
}

TEST(SourcesTest, AgencyWordsWithoutCredit) {
  Document doc = AnalyzeWithNames("La ap del barrio y la efe mayúscula.", {});
  EXPECT_TRUE(doc.sources.empty());
}

}  // namespace
}  // namespace resalta
