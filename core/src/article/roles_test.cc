#include <gtest/gtest.h>

#include "article/article_test_util.h"

namespace resalta {
namespace {

struct RoleCase {
  const char* sentence;
  const char* name;
  const char* role;
};

const RoleCase kCases[] = {
    {"El ministro ruso de Relaciones Exteriores, Serguei Lavrov, viajó a Pyongyang.", "Serguei Lavrov",
     "ministro ruso de Relaciones Exteriores"},
    {"Se reunió con el presidente Vladimir Putin en Moscú.", "Vladimir Putin", "presidente"},
    {"Así lo indicó el portavoz de la Presidencia rusa, Dmitri Peskov.", "Dmitri Peskov",
     "portavoz de la Presidencia rusa"},
    {"Miguel Zugaza, director del museo, presentó la muestra.", "Miguel Zugaza", "director del museo"},
    {"La vicepresidenta Victoria Villarruel abrió la sesión.", "Victoria Villarruel", "vicepresidenta"},
    {"Lo anunció la agencia estatal Xinhua.", "Xinhua", "agencia estatal"},
};

TEST(RolesTest, AppositionsAndPremodifiers) {
  for (const RoleCase& c : kCases) {
    std::string type = std::string(c.name) == "Xinhua" ? "ORG" : "PER";
    Document doc = AnalyzeWithNames(c.sentence, {{c.name, type}});
    const Entity* e = FindEntity(doc, c.name);
    ASSERT_NE(e, nullptr) << c.sentence;
    EXPECT_EQ(e->role, c.role) << c.sentence;
  }
}

TEST(RolesTest, NoRoleAcrossAVerb) {
  Document doc = AnalyzeWithNames("El presidente visitó la casa de Juan Pérez.", {{"Juan Pérez", "PER"}});
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].role, "");
}

TEST(RolesTest, RolePhraseBecomesAMention) {
  Document doc = AnalyzeWithNames(
      "La portavoz del Gobierno, Ana Gómez, habló ayer. La vocera destacó que la medida es temporal.",
      {{"Ana Gómez", "PER"}, {"Gobierno", "ORG"}});
  const Entity* e = FindEntity(doc, "Ana Gómez");
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(e->mentions.size(), 2u);
  EXPECT_EQ(e->mentions[1].text, "La vocera");
}

}  // namespace
}  // namespace resalta
