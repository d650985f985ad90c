// Model loading on arbitrary bytes: a clear error or a usable model, never a
// crash. A model that loads must then analyze text. Half of the inputs get a
// correct payload size and checksum written into their header, so mutations
// reach the section parsers behind the checksum.
#include <cstdint>
#include <cstring>
#include <string>

#include "resalta/analyzer.h"
#include "tagger/tagger_features.h"

namespace {

constexpr size_t kHeaderSize = 24;  // core/src/tagger_model.h

void FixHeader(std::string* bytes) {
  uint64_t payload = bytes->size() - kHeaderSize;
  uint64_t sum = resalta::tagger_internal::Fnv1a64(
      reinterpret_cast<const unsigned char*>(bytes->data()) + kHeaderSize, payload);
  for (int i = 0; i < 8; ++i) {
    (*bytes)[8 + i] = static_cast<char>(payload >> (8 * i));
    (*bytes)[16 + i] = static_cast<char>(sum >> (8 * i));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (size > kHeaderSize && (data[size - 1] & 1)) FixHeader(&bytes);
  resalta::Analyzer analyzer;
  resalta::Status s = analyzer.LoadModel(bytes);
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
