#include <gtest/gtest.h>

#include "article/article_test_util.h"

namespace resalta {
namespace {

TEST(BoilerplateTest, PromoLines) {
  struct {
    const char* line;
    const char* reason;
  } cases[] = {
      {"Este contenido se hizo gracias al apoyo de la comunidad de El Destape. Sumate.", "donation-appeal"},
      {"Seguí leyendo", "read-more"},
      {"Te puede interesar: Cómo sigue la causa", "read-more"},
      {"Temas en esta nota", "tags"},
      {"Suscribite a nuestro newsletter", "subscription-appeal"},
      {"Foto: Juan Pérez / Télam", "photo-credit"},
      {"Compartir", "share-prompt"},
      {"Dejá tu comentario", "comment-prompt"},
      {"18/10/2023 10:35", "timestamp"},
  };
  for (const auto& c : cases) {
    std::string text = std::string("El Gobierno anunció ayer un nuevo plan de obras.\n") + c.line + "\nLa oposición lo rechazó.";
    Document doc = AnalyzeWithNames(text, {});
    ASSERT_EQ(doc.boilerplate.size(), 1u) << c.line;
    EXPECT_EQ(doc.boilerplate[0].text, c.line);
    EXPECT_EQ(doc.boilerplate[0].reason, c.reason) << c.line;
  }
}

TEST(BoilerplateTest, StoryTextIsNotBoilerplate) {
  Document doc = AnalyzeWithNames(
      "Temas como la inflación y el desempleo dominaron el debate presidencial de anoche en Santiago.\n"
      "Los comentarios del ministro generaron polémica en el Congreso durante toda la jornada.",
      {});
  EXPECT_TRUE(doc.boilerplate.empty());
}

TEST(BoilerplateTest, DatelineAndMentionsLeftOutOfSalience) {
  Document doc = AnalyzeWithNames(
      "MADRID, 27 Oct. (EUROPA PRESS) - El presidente Pedro Sánchez habló hoy.\n"
      "Este contenido se hizo gracias al apoyo de la comunidad de El Destape.",
      {{"Pedro Sánchez", "PER"}, {"El Destape", "ORG"}});
  ASSERT_EQ(doc.boilerplate.size(), 2u);
  EXPECT_EQ(doc.boilerplate[0].reason, "dateline");
  EXPECT_EQ(doc.boilerplate[0].text, "MADRID, 27 Oct. (EUROPA PRESS) -");
  const Entity* destape = FindEntity(doc, "El Destape");
  ASSERT_NE(destape, nullptr);
  EXPECT_EQ(destape->salience, 0);
  EXPECT_EQ(doc.tags, std::vector<std::string>{"Pedro Sánchez"});
}

}  // namespace
}  // namespace resalta
