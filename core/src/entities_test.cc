#include <gtest/gtest.h>

#include "article_test_util.h"

namespace resalta {
namespace {

TEST(EntitiesTest, ShortFormsJoinTheFullName) {
  Document doc = AnalyzeWithNames(
      "El líder norcoreano Kim Jong Un recibió a Serguei Lavrov. Más tarde, Kim y Lavrov cenaron.",
      {{"Kim Jong Un", "PER"}, {"Serguei Lavrov", "PER"}, {"Kim", "PER"}, {"Lavrov", "PER"}});
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.entities[0].name, "Kim Jong Un");
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
  EXPECT_EQ(doc.entities[1].name, "Serguei Lavrov");
  EXPECT_EQ(doc.entities[1].id, "e2");
}

TEST(EntitiesTest, AcronymInParenthesesAndLater) {
  Document doc = AnalyzeWithNames(
      "El Fondo Monetario Internacional (FMI) aprobó el desembolso. El FMI pidió más ajuste.",
      {{"Fondo Monetario Internacional", "ORG"}, {"FMI", "ORG"}});
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Fondo Monetario Internacional");
  EXPECT_EQ(doc.entities[0].mentions.size(), 3u);
}

TEST(EntitiesTest, AcronymByInitialsWithoutParentheses) {
  Document doc = AnalyzeWithNames("La Organización Mundial de la Salud advirtió. Según la OMS, los casos suben.",
                                  {{"Organización Mundial de la Salud", "ORG"}, {"OMS", "ORG"}});
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
}

TEST(EntitiesTest, DifferentPeopleStayApart) {
  Document doc = AnalyzeWithNames("Alberto Fernández habló con Cristina Fernández. Luego Alberto Fernández viajó.",
                                  {{"Alberto Fernández", "PER"}, {"Cristina Fernández", "PER"}});
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
}

}  // namespace
}  // namespace resalta
