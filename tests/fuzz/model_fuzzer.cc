// Model loading on arbitrary bytes: a clear error or a usable model, never a
// crash. A model that loads must then analyze text.
#include <cstdint>
#include <string>

#include "resalta/analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  resalta::Analyzer analyzer;
  resalta::Status s = analyzer.LoadModel(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!s.ok()) {
    if (s.message().empty()) __builtin_trap();  // every error says why
    return 0;
  }
  resalta::AnalyzeOptions options;
  options.lang = analyzer.HasModel("en") ? "en" : "es";
  auto doc = analyzer.Analyze("El presidente Vladimir Putin viajó a Corea del Norte, según la agencia EFE.", options);
  if (!doc.ok()) __builtin_trap();
  return 0;
}
