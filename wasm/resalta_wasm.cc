// The Embind binding: the whole JS-visible surface of the core. One module
// instance holds one Analyzer; failures come back as values (an error
// string), and the JS layer turns them into Errors.
#include <emscripten/bind.h>
#include <malloc.h>

#include <string>

#include "resalta/analyzer.h"

namespace {

resalta::Analyzer& TheAnalyzer() {
  static resalta::Analyzer analyzer;
  return analyzer;
}

struct AnalyzeResult {
  std::string json;   // the Document, when ok
  std::string error;  // "code: message", empty when ok
};

std::string Version() { return resalta::Version(); }

// `bytes` arrives from a Uint8Array or ArrayBuffer. Returns "" or the error.
std::string LoadModel(const std::string& bytes) {
  resalta::Status s = TheAnalyzer().LoadModel(bytes);
  return s.ok() ? std::string() : s.ToString();
}

bool HasModel(const std::string& lang) { return TheAnalyzer().HasModel(lang); }

AnalyzeResult Analyze(const std::string& text, const resalta::AnalyzeOptions& options) {
  resalta::Result<resalta::Document> doc = TheAnalyzer().Analyze(text, options);
  if (!doc.ok()) return {std::string(), doc.status().ToString()};
  return {resalta::ToJson(doc.value()), std::string()};
}

// Bytes currently allocated on the wasm heap: what the leak test watches.
double HeapUsedBytes() { return static_cast<double>(mallinfo().uordblks); }

}  // namespace

EMSCRIPTEN_BINDINGS(resalta) {
  emscripten::value_object<resalta::AnalyzeOptions>("AnalyzeOptions")
      .field("lang", &resalta::AnalyzeOptions::lang)
      .field("date", &resalta::AnalyzeOptions::date)
      .field("tokens", &resalta::AnalyzeOptions::tokens);
  emscripten::value_object<AnalyzeResult>("AnalyzeResult")
      .field("json", &AnalyzeResult::json)
      .field("error", &AnalyzeResult::error);
  emscripten::function("version", &Version);
  emscripten::function("loadModel", &LoadModel);
  emscripten::function("hasModel", &HasModel);
  emscripten::function("analyze", &Analyze);
  emscripten::function("heapUsedBytes", &HeapUsedBytes);
}
