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

}  // namespace
}  // namespace resalta

namespace resalta {
namespace {

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
}

}  // namespace
}  // namespace resalta
