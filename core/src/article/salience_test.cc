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

// Portfolio words of a title ("ministro de Relaciones Exteriores") are
// not entities at all (entities_test.cc); these are names of their own.
const FragmentCase kFragmentCases[] = {
    {"El portavoz del Consejo de Seguridad Nacional, John Kirby, dijo que habrá sanciones.",
     {{"Consejo de Seguridad Nacional", "ORG"}, {"John Kirby", "PER"}},
     "John Kirby", "Consejo de Seguridad Nacional"},
    {"La directora del Museo Nacional de Bellas Artes, Ana Luisa Pizarro, inauguró la muestra. Pizarro recorrió "
     "las salas con los artistas.",
     {{"Museo Nacional de Bellas Artes", "ORG"}, {"Ana Luisa Pizarro", "PER"}, {"Pizarro", "PER"}},
     "Ana Luisa Pizarro", "Museo Nacional de Bellas Artes"},
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
  // Named in the story and again in an appeal: only the story's mention counts.
  Document with_appeal = AnalyzeWithNames(
      "El Gobierno anunció un nuevo plan de obras, según reveló El Destape.\nEste contenido se hizo gracias al "
      "apoyo de la comunidad de El Destape. Sumate.",
      {{"Gobierno de Salta", "ORG"}, {"El Destape", "ORG"}});
  const Entity* e = FindEntity(with_appeal, "El Destape");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mentions.size(), 2u);
  ASSERT_EQ(with_appeal.boilerplate.size(), 1u);
  Document twice = AnalyzeWithNames("El Destape reveló el plan. El Destape publicó los pliegos.\nEl Destape amplió.",
                                    {{"El Destape", "ORG"}});
  const Entity* t = FindEntity(twice, "El Destape");
  ASSERT_NE(t, nullptr);
  EXPECT_GT(t->salience, 0.0);
}


}  // namespace
}  // namespace resalta
