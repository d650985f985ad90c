#include <gtest/gtest.h>

#include "article/article_test_util.h"

namespace resalta {
namespace {

std::string Speaker(const Document& doc, const Quote& q) {
  for (const Entity& e : doc.entities) {
    if (e.id == q.speaker) return e.name;
  }
  return "";
}

TEST(QuotesTest, MarksAndCues) {
  struct {
    const char* text;
    const char* quote;
    const char* speaker;
    const char* cue;
  } cases[] = {
      {"«No vamos a devaluar», aseguró Sergio Massa.", "No vamos a devaluar", "Sergio Massa", "aseguró"},
      {"“La inflación va a bajar”, sostuvo el ministro de Economía, Luis Caputo.", "La inflación va a bajar",
       "Luis Caputo", "sostuvo"},
      {"Pedro Sánchez advirtió: \"No habrá amnistía sin acuerdo\".", "No habrá amnistía sin acuerdo", "Pedro Sánchez",
       "advirtió"},
      {"El Kremlin afirmó que \"no hay pruebas\" de nada.", "no hay pruebas", "Kremlin", "afirmó"},
      {"‘Es un día histórico’, dijo Lula da Silva.", "Es un día histórico", "Lula da Silva", "dijo"},
  };
  for (const auto& c : cases) {
    Document doc = AnalyzeWithNames(c.text, {{"Sergio Massa", "PER"}, {"Luis Caputo", "PER"}, {"Pedro Sánchez", "PER"},
                                             {"Kremlin", "ORG"}, {"Lula da Silva", "PER"}, {"Economía", "ORG"}});
    ASSERT_EQ(doc.quotes.size(), 1u) << c.text;
    EXPECT_EQ(doc.quotes[0].text, c.quote) << c.text;
    EXPECT_EQ(Speaker(doc, doc.quotes[0]), c.speaker) << c.text;
    EXPECT_EQ(doc.quotes[0].cue, c.cue) << c.text;
    EXPECT_EQ(doc.quotes[0].kind, "direct");
  }
}

TEST(QuotesTest, ReportedSpeech) {
  Document doc = AnalyzeWithNames("El canciller Santiago Cafiero dijo que la Argentina no enviará tropas.",
                                  {{"Santiago Cafiero", "PER"}, {"Argentina", "LOC"}});
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, "reported");
  EXPECT_EQ(doc.quotes[0].text, "que la Argentina no enviará tropas");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Santiago Cafiero");
}

TEST(QuotesTest, DashDialogue) {
  Document doc = AnalyzeWithNames("—No vamos a ceder —dijo Juan Pérez—. Después se fue.", {{"Juan Pérez", "PER"}});
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].text, "No vamos a ceder");
  EXPECT_EQ(doc.quotes[0].cue, "dijo");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Juan Pérez");
}

TEST(QuotesTest, ScareQuotesAndUnbalancedMarks) {
  Document doc = AnalyzeWithNames("Lanzaron la vacuna \"Sputnik V\" en marzo. El \"plan era", {});
  EXPECT_TRUE(doc.quotes.empty());
  Document doc2 = AnalyzeWithNames("Dijo \"hola.\n\"Todo está bien, no hay nada que temer\", afirmó Ana Ruiz.",
                                   {{"Ana Ruiz", "PER"}});
  ASSERT_EQ(doc2.quotes.size(), 1u);
  EXPECT_EQ(Speaker(doc2, doc2.quotes[0]), "Ana Ruiz");
}

}  // namespace
}  // namespace resalta
