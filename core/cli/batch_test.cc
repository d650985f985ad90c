#include "batch.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

namespace resalta::cli {
namespace {

// Runs ProcessStream over `input` (through a temporary file) and returns
// what it wrote to out.
std::string RunStream(const Analyzer& analyzer, const std::string& input, const BatchConfig& config,
                BatchStats* stats, std::string* errors_out = nullptr) {
  std::FILE* in = std::tmpfile();
  std::fwrite(input.data(), 1, input.size(), in);
  std::fflush(in);
  lseek(fileno(in), 0, SEEK_SET);
  std::FILE* out = std::tmpfile();
  std::FILE* errors = std::tmpfile();
  Status s = ProcessStream(analyzer, AnalyzeOptions(), config, fileno(in), out, errors, stats);
  EXPECT_TRUE(s.ok()) << s.ToString();
  auto slurp = [](std::FILE* f) {
    std::string text;
    std::rewind(f);
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
    std::fclose(f);
    return text;
  };
  std::fclose(in);
  std::string errs = slurp(errors);
  if (errors_out) *errors_out = errs;
  return slurp(out);
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t pos = 0;
  for (size_t nl; (nl = text.find('\n', pos)) != std::string::npos; pos = nl + 1) lines.push_back(text.substr(pos, nl - pos));
  return lines;
}

// Records "id" 0..n-1 with a short news sentence each, padded to about `pad` bytes.
std::string Records(int n, size_t pad = 0) {
  std::string input;
  for (int i = 0; i < n; ++i) {
    input += "{\"id\":" + std::to_string(i) + ",\"text\":\"La alcaldesa inauguró el puente número " +
             std::to_string(i) + " el lunes.\",\"pad\":\"" + std::string(pad, 'x') + "\"}\n";
  }
  return input;
}

TEST(BatchRecord, DocumentIsWhatAnalyzePrints) {
  Analyzer analyzer;
  AnalyzeOptions options;
  options.date = "2024-03-05";
  bool failed = true;
  std::string line = ProcessRecord(analyzer, options,
                                   R"({"id":"a-1","section":"local","text":"El martes llovió en Sevilla.","lang":"es"})",
                                   1, false, &failed);
  EXPECT_FALSE(failed);
  AnalyzeOptions expected_options = options;
  expected_options.lang = "es";
  Result<Document> doc = analyzer.Analyze("El martes llovió en Sevilla.", expected_options);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(line, R"({"id":"a-1","meta":{"section":"local"},"document":)" + ToJson(doc.value()) + "}");
}

TEST(BatchRecord, RecordDateAndLangReplaceTheDefaults) {
  Analyzer analyzer;
  AnalyzeOptions defaults;
  defaults.date = "2020-01-01";
  defaults.lang = "es";
  bool failed = true;
  std::string text = "The mayor said on Monday that the bridge would open.";
  std::string line = ProcessRecord(analyzer, defaults, R"({"id":7,"text":")" + text + R"(","date":"2024-06-03","lang":"en"})",
                                   1, false, &failed);
  AnalyzeOptions own = defaults;
  own.date = "2024-06-03";
  own.lang = "en";
  EXPECT_EQ(line, R"({"id":7,"document":)" + ToJson(analyzer.Analyze(text, own).value()) + "}");
  // Empty or null fields are "not given", as an empty --date is.
  line = ProcessRecord(analyzer, defaults, R"({"id":8,"text":")" + text + R"(","date":"","lang":null})", 1, false, &failed);
  EXPECT_EQ(line, R"({"id":8,"document":)" + ToJson(analyzer.Analyze(text, defaults).value()) + "}");
}

TEST(BatchRecord, EachKindOfBadRecordGetsItsErrorLine) {
  Analyzer analyzer;
  struct Case {
    std::string line;
    bool oversize;
    std::string expected_prefix;  // the whole line up to the message
    std::string message_part;
  };
  const std::vector<Case> cases = {
      {R"({"id":1,"text":"sin cerrar)", false, R"({"id":null,"error":{"code":"invalid-input","message":"invalid JSON)", "missing closing quote"},
      {R"({"id":2,"title":"Sin cuerpo"})", false, R"({"id":2,"meta":{"title":"Sin cuerpo"},"error":{"code":"invalid-input")", R"(no \"text\")"},
      {R"({"id":3,"text":["no","es","texto"]})", false, R"({"id":3,"error":{"code":"invalid-input")", R"(\"text\" must be a string)"},
      {"{\"id\":4,\"text\":\"caf\xE9 con leche\"}", false, R"({"id":4,"error":{"code":"invalid-input")", "invalid UTF-8 at byte 19"},
      {"{\"id\":5,\"text\":\"\xED\xA0\x80 surrogate\"}", false, R"({"id":5,"error":{"code":"invalid-input")", "invalid UTF-8"},
      {R"(["una","lista"])", false, R"({"id":null,"error":{"code":"invalid-input")", "must be a JSON object"},
      {R"({"id":{"a":1},"text":"Hola."})", false, R"({"id":{"a":1},"error":{"code":"invalid-input")", R"(\"id\" must be)"},
      {R"({"id":6,"text":"Hola.","date":"2023-02-29"})", false, R"({"id":6,"error":{"code":"invalid-argument")", "2023-02-29"},
      {R"({"id":7,"text":"Hola.","date":20230228})", false, R"({"id":7,"error":{"code":"invalid-argument")", R"(\"date\" must be a string)"},
      {R"({"id":8,"text":"Hola.","lang":"fr"})", false, R"({"id":8,"error":{"code":"invalid-argument")", "unknown language"},
      {R"({"id":9,"text":"cortada)", true, R"({"id":null,"error":{"code":"too-large")", "the line is over"},
      {R"({"id":10,"text":")" + std::string(kMaxTextBytes + 1, 'a') + "\"}", false, R"({"id":10,"error":{"code":"too-large")", "limit"},
  };
  for (const Case& c : cases) {
    bool failed = false;
    std::string line = ProcessRecord(analyzer, AnalyzeOptions(), c.line, 42, c.oversize, &failed);
    EXPECT_TRUE(failed) << c.line.substr(0, 80);
    EXPECT_EQ(line.rfind(c.expected_prefix, 0), 0u) << line;
    EXPECT_NE(line.find(c.message_part), std::string::npos) << line;
    EXPECT_NE(line.find(",\"line\":42}}"), std::string::npos) << line;
  }
}

TEST(BatchStream, OutputInInputOrderAndTheSameForAnyThreadCount) {
  Analyzer analyzer;
  const std::string input = Records(120) + "\n  \n" + "{\"id\":\"bad\"}\n" + "{\"id\":\"last\",\"text\":\"Sin salto final.\"}";
  BatchConfig one;
  BatchStats stats;
  const std::string expected = RunStream(analyzer, input, one, &stats);
  std::vector<std::string> lines = Lines(expected);
  ASSERT_EQ(lines.size(), 122u);  // blank lines are not records
  for (int i = 0; i < 120; ++i) EXPECT_EQ(lines[i].rfind("{\"id\":" + std::to_string(i) + ",", 0), 0u) << lines[i];
  EXPECT_EQ(lines[120].rfind(R"({"id":"bad","error":)", 0), 0u);
  EXPECT_NE(lines[120].find(R"("line":123)"), std::string::npos) << lines[120];
  EXPECT_EQ(lines[121].rfind(R"({"id":"last","document":)", 0), 0u);
  EXPECT_EQ(stats.records, 122u);
  EXPECT_EQ(stats.failed, 1u);
  for (int threads : {2, 4, 7}) {
    BatchConfig many;
    many.threads = threads;
    many.window_records = 5;
    std::string errors;
    EXPECT_EQ(RunStream(analyzer, input, many, &stats, &errors), expected) << threads << " threads";
    EXPECT_EQ(errors, lines[120] + "\n");
  }
}

TEST(BatchStream, TheWindowBoundsRecordsAndBytesInFlight) {
  Analyzer analyzer;
  BatchConfig config;
  config.threads = 4;
  config.window_records = 6;
  config.window_bytes = 2000;
  BatchStats stats;
  // ~300-byte records: the byte bound (2000) binds before the record bound.
  std::string out = RunStream(analyzer, Records(300, 200), config, &stats);
  EXPECT_EQ(Lines(out).size(), 300u);
  EXPECT_LE(stats.peak_window_records, 6u);
  EXPECT_LE(stats.peak_window_bytes, 2000u);
  EXPECT_GE(stats.peak_window_records, 2u);
  // A record bigger than the whole byte window still goes through, alone.
  config.window_bytes = 100;
  out = RunStream(analyzer, Records(20, 500), config, &stats);
  EXPECT_EQ(Lines(out).size(), 20u);
  EXPECT_EQ(stats.peak_window_records, 1u);
}

TEST(BatchStream, AnOverlongLineIsSkippedWithoutBeingHeld) {
  Analyzer analyzer;
  BatchConfig config;
  config.threads = 2;
  config.max_line_bytes = 1000;
  BatchStats stats;
  std::string input = Records(1) + "{\"id\":\"big\",\"text\":\"" + std::string(5000, 'z') + "\"}\n" + Records(2);
  std::vector<std::string> lines = Lines(RunStream(analyzer, input, config, &stats));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_NE(lines[1].find(R"("code":"too-large")"), std::string::npos) << lines[1];
  EXPECT_NE(lines[1].find(R"("line":2)"), std::string::npos) << lines[1];
  EXPECT_EQ(lines[2].rfind(R"({"id":0,"meta":)", 0), 0u);
  EXPECT_LT(stats.peak_window_bytes, 2000u);  // its first 1000 bytes and three short records at most
}

TEST(BatchFlags, ThreadsAndErrorsAreCheckedAndBatchOnly) {
  BatchConfig config;
  EXPECT_EQ(ParseBatchFlags("batch", "", "", &config), "");
  EXPECT_EQ(config.threads, AvailableCpus());
  EXPECT_EQ(ParseBatchFlags("batch", "3", "", &config), "");
  EXPECT_EQ(config.threads, 3);
  for (const char* bad : {"0", "-1", "x", "2x", "100000"}) EXPECT_NE(ParseBatchFlags("batch", bad, "", &config), "") << bad;
  EXPECT_NE(ParseBatchFlags("analyze", "2", "", &config), "");
  EXPECT_NE(ParseBatchFlags("tag", "", "errors.ndjson", &config), "");
}

}  // namespace
}  // namespace resalta::cli
