#include <gtest/gtest.h>

#include "article/article_test_util.h"

namespace resalta {
namespace {

TEST(DemonymsTest, AllFormsLinkToTheCountry) {
  Document doc = AnalyzeWithNames(
      "Los servicios británicos y las tropas ucranianas, con apoyo estadounidense, frenaron al ejército ruso y a "
      "las milicias norcoreanas.",
      {});
  std::vector<std::pair<std::string, std::string>> got;
  for (const Span& s : doc.spans) {
    if (s.type == "DEMONYM") got.push_back({s.text, s.refers_to});
  }
  std::vector<std::pair<std::string, std::string>> want = {{"británicos", "Reino Unido"},
                                                           {"ucranianas", "Ucrania"},
                                                           {"estadounidense", "Estados Unidos"},
                                                           {"ruso", "Rusia"},
                                                           {"norcoreanas", "Corea del Norte"}};
  EXPECT_EQ(got, want);
}

TEST(DemonymsTest, CapitalizedCountryIsNotADemonym) {
  Document doc = AnalyzeWithNames("El presidente viajó a China y luego a Argentina.", {});
  for (const Span& s : doc.spans) EXPECT_NE(s.type, "DEMONYM") << s.text;
}

// English capitalises nationality adjectives: before the word they qualify
// they are demonyms, not names; a nationality as a noun stays a name.
TEST(DemonymsTest, EnglishCapitalisedAdjectives) {
  Document doc = AnalyzeWithNames("The Russian minister met Irish officials. He spoke in Russian.",
                                  {{"Russian", "MISC"}, {"Irish", "MISC"}}, "2023-10-18", "en");
  std::vector<std::pair<std::string, std::string>> demonyms;
  for (const Span& s : doc.spans) {
    if (s.type == "DEMONYM") demonyms.push_back({s.text, s.refers_to});
  }
  EXPECT_EQ(demonyms, (std::vector<std::pair<std::string, std::string>>{{"Russian", "Russia"}, {"Irish", "Ireland"}}));
  ASSERT_EQ(doc.entities.size(), 1u);  // "in Russian": the language, a name
  EXPECT_EQ(doc.entities[0].name, "Russian");
  EXPECT_EQ(doc.entities[0].mentions.size(), 1u);
  // Before a function word or a verb it is no adjective; inside a name it is the name's word; a
  // person named like a nationality stays a person.
  Document other = AnalyzeWithNames(
      "He speaks Russian and English. Dawn French said so in Saudi Arabia to Latin American leaders.",
      {{"Russian", "MISC"}, {"English", "MISC"}, {"Dawn French", "PER"}, {"Saudi Arabia", "LOC"},
       {"Latin American", "MISC"}},
      "2023-10-18", "en");
  for (const Span& s : other.spans) EXPECT_NE(s.type, "DEMONYM") << s.text;
  EXPECT_NE(FindEntity(other, "Russian"), nullptr);
}

}  // namespace
}  // namespace resalta
