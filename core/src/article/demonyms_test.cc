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
