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

// Appositions after a name, titles before it, former titles; the role ends
// where its phrase ends.
TEST(RolesTest, PhrasingFamilies) {
  const RoleCase cases[] = {
      // Apposition closed by a comma, with a department that is a list.
      {"Ana Gómez, ministra de Trabajo, Empleo y Seguridad Social, inauguró la feria.", "Ana Gómez",
       "ministra de Trabajo, Empleo y Seguridad Social"},
      // An age first, then a title led by an adverbial.
      {"Tomás Lugo, de 52 años, hasta ahora viceministro de Hacienda, asumirá el cargo.", "Tomás Lugo",
       "viceministro de Hacienda"},
      // A title with a demonym before the name.
      {"Lo recibió el presidente peruano Raúl Ruiz en el palacio.", "Raúl Ruiz", "presidente peruano"},
      // A lowercase complement, then the name after a comma.
      {"La gobernadora de la provincia, Marta Díaz, firmó el decreto.", "Marta Díaz", "gobernadora de la provincia"},
      // Former titles, in one word or two.
      {"El exministro Jorge Peña declaró ante el juez.", "Jorge Peña", "exministro"},
      {"La ex subsecretaria Elena Vidal habló en la radio.", "Elena Vidal", "ex subsecretaria"},
      // Two titles joined by "y", and a place complement.
      {"El ministro de Salud y portavoz del Gobierno, Luis Mora, dio los datos.", "Luis Mora",
       "ministro de Salud y portavoz del Gobierno"},
      {"El candidato del PRI a la Gobernación de Jalisco, Pablo Soto, cerró la campaña.", "Pablo Soto",
       "candidato del PRI a la Gobernación de Jalisco"},
      // No comma after the role: it stops before the verb.
      {"La directora del hospital Carla Ríos explicó los cambios de la guardia.", "Carla Ríos",
       "directora del hospital"},
      // An apposition with no title list behind it, closed by the sentence's end.
      {"Lo contó Rosa Pinto, vecina del barrio y testigo del choque.", "Rosa Pinto",
       "vecina del barrio y testigo del choque"},
      // A title apposition ends with its phrase, before an adverbial.
      {"Ana Ruiz, ganadora del premio Oro Negro después de una larga carrera, agradeció.", "Ana Ruiz",
       "ganadora del premio Oro Negro"},
      // A title joined to the name by a copula.
      {"El comisario de la muestra es el pintor Luis Mora, que eligió cien obras.", "Luis Mora",
       "comisario de la muestra"},
      // A descriptor right before the name.
      {"El adolescente Iván Cano fue trasladado al hospital.", "Iván Cano", "adolescente"},
  };
  for (const RoleCase& c : cases) {
    Document doc = AnalyzeWithNames(c.sentence, {{c.name, "PER"},
                                                 {"PRI", "ORG"},
                                                 {"Gobernación de Jalisco", "ORG"},
                                                 {"Gobierno", "ORG"},
                                                 {"Hacienda", "ORG"},
                                                 {"Salud", "ORG"}});
    const Entity* e = FindEntity(doc, c.name);
    ASSERT_NE(e, nullptr) << c.sentence;
    EXPECT_EQ(e->role, c.role) << c.sentence;
  }
}

TEST(RolesTest, AsidesAreNoRoles) {
  const char* sentences[] = {
      "Jorge Peña, ayer, presentó el plan.",
      "Jorge Peña, quien llegó tarde, presentó el plan.",
      "Jorge Peña, en declaraciones a la prensa, presentó el plan.",
      "Jorge Peña, dijo el vocero, presentará el plan.",
  };
  for (const char* s : sentences) {
    Document doc = AnalyzeWithNames(s, {{"Jorge Peña", "PER"}});
    const Entity* e = FindEntity(doc, "Jorge Peña");
    ASSERT_NE(e, nullptr) << s;
    EXPECT_EQ(e->role, "") << s;
  }
}

TEST(RolesTest, NoRoleAcrossAVerb) {
  Document doc = AnalyzeWithNames("El presidente visitó la casa de Juan Pérez.", {{"Juan Pérez", "PER"}});
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].role, "");
}

TEST(RolesTest, RolePhraseBecomesAMention) {
  Document doc =
      AnalyzeWithNames("La portavoz del Gobierno, Ana Gómez, habló ayer. La vocera destacó que la medida es temporal.",
                       {{"Ana Gómez", "PER"}, {"Gobierno", "ORG"}});
  const Entity* e = FindEntity(doc, "Ana Gómez");
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(e->mentions.size(), 2u);
  EXPECT_EQ(e->mentions[1].text, "La vocera");
}

// English puts a title's modifiers before it, capitalised or not, and a
// descriptor noun bare before the name.
TEST(RolesTest, EnglishTitlesBeforeTheName) {
  const RoleCase cases[] = {
      {"Russian Foreign Minister Sergei Lavrov dismissed the reports.", "Sergei Lavrov", "Russian Foreign Minister"},
      {"The vote was called by Councilor Joe Baldacci on Monday.", "Joe Baldacci", "Councilor"},
      {"It met Syria’s President Bashar al-Assad in May.", "Bashar al-Assad", "Syria’s President"},
      {"\"We will act,\" said Celtics coach Doc Rivers.", "Doc Rivers", "Celtics coach"},
      {"Tickets were sold out, culture secretary Ana Lowe said.", "Ana Lowe", "culture secretary"},
      {"The prize went to French-born artist Maria Klee this year.", "Maria Klee", "French-born artist"},
      {"He was joined by industrialist Ravi Mehta and others.", "Ravi Mehta", "industrialist"},
      {"On Wednesday IMF managing director Lena Ortiz spoke.", "Lena Ortiz", "IMF managing director"},
      {"It was confirmed by the CDC's Director Dr. Lena Ortiz on Tuesday.", "Lena Ortiz", "CDC's Director"},
      {"The opposition has accused Labour minister Lena Ortiz of lying.", "Lena Ortiz", "Labour minister"},
      // The name before a verb is the subject, not a modifier.
      {"Prouvost beat painter Lena Ruiz in the final vote.", "Lena Ruiz", "painter"},
  };
  for (const RoleCase& c : cases) {
    Document doc = AnalyzeWithNames(c.sentence, {{c.name, "PER"}, {"Prouvost", "PER"}}, "2023-10-18", "en");
    const Entity* e = FindEntity(doc, c.name);
    ASSERT_NE(e, nullptr) << c.sentence;
    EXPECT_EQ(e->role, c.role) << c.sentence;
  }
  // Spanish keeps its own order: a bare noun before a name is no role there.
  Document es = AnalyzeWithNames("Visitó la casa con pintor Carlos Peña.", {{"Carlos Peña", "PER"}});
  ASSERT_NE(FindEntity(es, "Carlos Peña"), nullptr);
  EXPECT_EQ(FindEntity(es, "Carlos Peña")->role, "");
}

}  // namespace
}  // namespace resalta
