#include <gtest/gtest.h>

#include <algorithm>

#include "article/article_test_util.h"

namespace resalta {
namespace {

// Names inside a person's role phrase ("ministro de Relaciones Exteriores")
// stay entities and highlights but rank below the person and out of the tags.
struct FragmentCase {
  const char* text;
  std::vector<std::pair<std::string, std::string>> labels;
  const char* person;
  const char* fragment;
};

const FragmentCase kFragmentCases[] = {
    {"El ministro ruso de Relaciones Exteriores, Serguei Lavrov, viajó hoy a Pyongyang. Lavrov se reunió con "
     "sus pares.",
     {{"Relaciones Exteriores", "MISC"}, {"Serguei Lavrov", "PER"}, {"Lavrov", "LOC"}, {"Pyongyang", "ORG"}},
     "Serguei Lavrov", "Relaciones Exteriores"},
    {"Así lo indicó el portavoz de la Presidencia rusa, Dmitri Peskov, a la prensa. Peskov no dio más "
     "detalles.",
     {{"Dmitri Peskov", "PER"}, {"Presidencia", "ORG"}, {"Peskov", "PER"}},
     "Dmitri Peskov", "Presidencia"},
    {"El portavoz de Seguridad Nacional de la Casa Blanca, John Kirby, dijo que habrá sanciones.",
     {{"Seguridad Nacional", "MISC"}, {"Casa Blanca", "ORG"}, {"John Kirby", "PER"}},
     "John Kirby", "Seguridad Nacional"},
    {"La ministra de Economía, Silvina Batakis, viajó a Washington. Batakis se reunió con el FMI.",
     {{"Economía", "ORG"}, {"Silvina Batakis", "PER"}, {"Batakis", "PER"}, {"FMI", "ORG"}},
     "Silvina Batakis", "Economía"},
};

TEST(SalienceTest, RolePhraseFragmentsRankBelowTheirPerson) {
  for (const FragmentCase& c : kFragmentCases) {
    Document doc = AnalyzeWithNames(c.text, c.labels);
    const Entity* person = FindEntity(doc, c.person);
    const Entity* fragment = FindEntity(doc, c.fragment);
    ASSERT_NE(person, nullptr) << c.text;
    ASSERT_NE(fragment, nullptr) << c.text;
    EXPECT_NE(FindSpan(doc, c.fragment), nullptr) << c.text;  // still highlighted
    EXPECT_LT(fragment->salience, person->salience) << c.text;
    EXPECT_GT(fragment->salience, 0.0) << c.text;  // a name, not boilerplate
    EXPECT_EQ(std::count(doc.tags.begin(), doc.tags.end(), c.fragment), 0) << c.text;
    EXPECT_EQ(std::count(doc.tags.begin(), doc.tags.end(), c.person), 1) << c.text;
  }
}

TEST(SalienceTest, NamedOutsideTheRoleTooCountsAsUsual) {
  Document doc = AnalyzeWithNames(
      "El portavoz de la Casa Blanca, John Kirby, habló el lunes. La Casa Blanca anunció luego nuevas sanciones.",
      {{"Casa Blanca", "ORG"}, {"John Kirby", "PER"}});
  const Entity* org = FindEntity(doc, "Casa Blanca");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(std::count(doc.tags.begin(), doc.tags.end(), "Casa Blanca"), 1);
}

TEST(SalienceTest, BoilerplateMentionsScoreZero) {
  Document doc = AnalyzeWithNames(
      "El Gobierno anunció un nuevo plan de obras.\nEste contenido se hizo gracias al apoyo de la comunidad de "
      "El Destape. Sumate. Sigamos haciendo historia.",
      {{"Gobierno", "ORG"}, {"El Destape", "LOC"}});
  const Entity* e = FindEntity(doc, "El Destape");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "ORG");
  EXPECT_EQ(e->salience, 0.0);
}

}  // namespace
}  // namespace resalta
