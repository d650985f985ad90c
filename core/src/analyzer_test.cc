// Analyzer: defined behavior on hostile input, and the offset contract.
#include "resalta/analyzer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "text/text.h"

namespace resalta {
namespace {

Analyzer WithShippedModel() {
  Analyzer a;
  std::ifstream in(std::string(RESALTA_SOURCE_DIR) + "/core/models/es.bin", std::ios::binary);
  if (in) {
    std::stringstream ss;
    ss << in.rdbuf();
    EXPECT_TRUE(a.LoadModel(ss.str()).ok());
  }
  return a;
}

const Analyzer& Shared() {
  static const Analyzer* a = new Analyzer(WithShippedModel());
  return *a;
}

Document MustAnalyze(const std::string& text, AnalyzeOptions options = {}) {
  if (options.date.empty()) options.date = "2023-10-18";
  Result<Document> doc = Shared().Analyze(text, options);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? std::move(doc).value() : Document();
}

// Checks every range against the repaired text, and surrogate boundaries.
void ExpectRangesValid(const std::string& utf8, const Document& doc) {
  std::u16string text = DecodeUtf8(utf8).units;
  ASSERT_EQ(doc.text_length, text.size());
  auto check = [&](uint32_t start, uint32_t end, const std::string& s) {
    ASSERT_LE(start, end);
    ASSERT_LE(end, text.size());
    EXPECT_EQ(EncodeUtf8(std::u16string_view(text).substr(start, end - start)), s);
    EXPECT_TRUE(IsCodePointBoundary(text, start));
    EXPECT_TRUE(IsCodePointBoundary(text, end));
  };
  for (const Token& t : doc.tokens) check(t.start, t.end, t.text);
  for (const Span& s : doc.spans) check(s.start, s.end, s.text);
  for (const Entity& e : doc.entities)
    for (const Mention& m : e.mentions) check(m.start, m.end, m.text);
  for (const Quote& q : doc.quotes) check(q.start, q.end, q.text);
  for (const Boilerplate& b : doc.boilerplate) check(b.start, b.end, b.text);
  for (const Source& s : doc.sources) check(s.evidence.start, s.evidence.end, s.evidence.text);
  uint32_t prev_end = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_LE(prev_end, s.start);
    EXPECT_LE(s.start, s.end);
    prev_end = s.end;
  }
}

TEST(Analyzer, EmptyAndBlankText) {
  for (const char* text : {"", " ", "\n\n\r\n", "\t"}) {
    Document doc = MustAnalyze(text);
    EXPECT_TRUE(doc.sentences.empty());
    EXPECT_TRUE(doc.tokens.empty());
    EXPECT_TRUE(doc.spans.empty());
  }
}

TEST(Analyzer, InvalidUtf8IsReplacedAndReported) {
  std::string text = "El \xFF presidente \xC3 habló \xED\xA0\x80 hoy.";
  Document doc = MustAnalyze(text);
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_NE(doc.warnings[0].find("invalid UTF-8"), std::string::npos);
  ExpectRangesValid(text, doc);
}

TEST(Analyzer, NulBytesAndCrlf) {
  std::string text("Línea uno.\r\nLínea\0dos con Juan Pérez.\r\n", 40);
  Document doc = MustAnalyze(text);
  ExpectRangesValid(text, doc);
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST(Analyzer, TooLargeIsAClearError) {
  std::string text(kMaxTextBytes + 1, 'a');
  Result<Document> doc = Shared().Analyze(text, {});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), ErrorCode::kTooLarge);
  EXPECT_NE(doc.status().message().find("limit"), std::string::npos);
}

TEST(Analyzer, HugeTokenAndUnbalancedMarks) {
  std::string token(100000, 'x');
  Document doc = MustAnalyze("Antes " + token + " después.");
  ASSERT_EQ(doc.tokens.size(), 4u);
  EXPECT_EQ(doc.tokens[1].text.size(), 100000u);

  std::string marks;
  for (int i = 0; i < 10000; ++i) marks += (i % 3 == 0) ? "\"" : (i % 3 == 1) ? "«" : "(";
  Document doc2 = MustAnalyze("Dijo " + marks + " algo.");
  ExpectRangesValid("Dijo " + marks + " algo.", doc2);
}

TEST(Analyzer, RightToLeftEmojiAndCombiningMarks) {
  const std::string text =
      "مرحبا بالعالم. שלום. La familia 👨‍👩‍👧‍👦 viajó con 🇦🇷 a Ma\xCC\x81laga y Pe\xCC\x81rez.";
  Document doc = MustAnalyze(text);
  ExpectRangesValid(text, doc);
  bool zwj_whole = false;
  for (const Token& t : doc.tokens) zwj_whole = zwj_whole || t.text == "👨‍👩‍👧‍👦";
  EXPECT_TRUE(zwj_whole);
}

TEST(Analyzer, BadOptionsAreErrors) {
  AnalyzeOptions bad_lang;
  bad_lang.lang = "xx";
  EXPECT_EQ(Shared().Analyze("hola", bad_lang).status().code(), ErrorCode::kInvalidArgument);
  for (const char* date : {"2023-02-29", "2023-13-01", "23-10-18", "2023/10/18", "abcd-ef-gh"}) {
    AnalyzeOptions o;
    o.date = date;
    EXPECT_EQ(Shared().Analyze("hola", o).status().code(), ErrorCode::kInvalidArgument) << date;
  }
  EXPECT_TRUE(IsValidDate("2024-02-29"));
}

// The publication date: the option, else a dateline, else the caller's default.
TEST(Analyzer, PublishedDatePrecedence) {
  const char* dated = "Miércoles 12 de junio de 2024, 08:30\nEl municipio cerró ayer dos calles del centro por obras.";
  const char* undated = "El municipio cerró ayer dos calles del centro por obras.";
  struct {
    const char* text;
    const char* date;
    const char* default_date;
    const char* want_date;
    const char* want_source;
  } cases[] = {
      {dated, "2024-06-13", "2030-01-01", "2024-06-13", "option"},
      {dated, "", "2030-01-01", "2024-06-12", "text"},
      {undated, "", "2030-01-01", "2030-01-01", "default"},
      {undated, "", "", "", "none"},
      {"", "", "2030-01-01", "2030-01-01", "default"},
  };
  for (const auto& c : cases) {
    AnalyzeOptions o;
    o.lang = "es";
    o.date = c.date;
    o.default_date = c.default_date;
    Result<Document> doc = Shared().Analyze(c.text, o);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->published.date, c.want_date) << c.text;
    EXPECT_EQ(doc->published.source, c.want_source) << c.text;
  }
  AnalyzeOptions bad;
  bad.default_date = "2024-02-30";
  EXPECT_EQ(Shared().Analyze("hola", bad).status().code(), ErrorCode::kInvalidArgument);
}

TEST(Analyzer, BadModelLeavesAnalyzerUsable) {
  Analyzer a;
  EXPECT_EQ(a.LoadModel("").code(), ErrorCode::kBadModel);
  EXPECT_EQ(a.LoadModel("RSLT garbage garbage garbage").code(), ErrorCode::kBadModel);
  EXPECT_FALSE(a.HasModel("es"));
  EXPECT_TRUE(a.Analyze("Sigue funcionando.", {}).ok());
  std::vector<std::vector<std::string>> labels;
  EXPECT_EQ(a.Tag("es", {{"Hola"}}, &labels).code(), ErrorCode::kNoModel);
}

TEST(Analyzer, LongArticleCompletes) {
  std::string sentence = "El ministro ruso de Relaciones Exteriores, Serguei Lavrov, viajó hoy a Corea del Norte. ";
  std::string text;
  while (text.size() < 400000) text += sentence;  // ~60,000 words
  Document doc = MustAnalyze(text);
  EXPECT_GT(doc.tokens.size(), 60000u);
  ExpectRangesValid(text, doc);
}

TEST(Json, HasTheContractFieldsInOrder) {
  Document doc = MustAnalyze("Hola, mundo.");
  std::string json = ToJson(doc);
  size_t last = 0;
  for (const char* field : {"\"schema\"", "\"lang\"", "\"text_length\"", "\"sentences\"", "\"tokens\"",
                            "\"entities\"", "\"spans\"", "\"quotes\"", "\"sources\"", "\"boilerplate\""}) {
    size_t at = json.find(field);
    ASSERT_NE(at, std::string::npos) << field;
    EXPECT_GT(at, last == 0 ? 0 : last) << field;
    last = at;
  }
}

}  // namespace
}  // namespace resalta
