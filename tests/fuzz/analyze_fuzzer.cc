// analyze() on arbitrary bytes, with the shipped models loaded once (not per
// input). The first byte picks the options, the rest is the text, at most
// 1 KB (fuzz_util.h kMaxAnalyzeInput: longer inputs only slow the run). The
// Document must keep its contract (fuzz_util.h CheckDocument) and serialize.
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "fuzz_util.h"
#include "resalta/analyzer.h"

namespace {

resalta::Analyzer* MakeAnalyzer() {
  auto* analyzer = new resalta::Analyzer();
  for (const char* lang : {"es", "en"}) {
    std::ifstream in(std::string(RESALTA_SOURCE_DIR) + "/core/models/" + lang + ".bin", std::ios::binary);
    if (!in) continue;
    std::stringstream ss;
    ss << in.rdbuf();
    if (!analyzer->LoadModel(ss.str()).ok()) __builtin_trap();  // the shipped model must load
  }
  return analyzer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static resalta::Analyzer* analyzer = MakeAnalyzer();
  if (size == 0 || size > resalta::fuzz::kMaxAnalyzeInput) return 0;
  resalta::AnalyzeOptions options;
  static const char* kLangs[] = {"auto", "es", "en"};
  options.lang = kLangs[data[0] % 3];
  options.date = (data[0] & 4) ? "2023-10-18" : "";
  options.tokens = (data[0] & 8) != 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  resalta::Result<resalta::Document> doc = analyzer->Analyze(text, options);
  resalta::fuzz::Check(doc.ok());  // no option here is invalid, and 1 KB is under the size limit
  resalta::fuzz::CheckDocument(doc.value(), resalta::DecodeUtf8(text).units);
  resalta::fuzz::Check(!resalta::ToJson(doc.value()).empty());
  return 0;
}
