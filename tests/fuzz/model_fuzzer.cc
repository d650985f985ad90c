// Model loading on arbitrary bytes: a clear error or a usable model, never a
// crash. A model that loads must then tag (valid mentions) and, for es/en,
// analyze text. Half of the inputs get a correct payload size and checksum
// written into their header, so mutations reach the section parsers behind
// the checksum. The Analyzer (and its language data) is made once, not per
// input.
#include <cstdint>
#include <cstring>
#include <string>

#include "resalta/analyzer.h"
#include "tagger/tagger.h"
#include "tagger/tagger_features.h"

namespace {

constexpr size_t kHeaderSize = 24;  // core/src/tagger/tagger_model.h

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
  resalta::Result<resalta::Tagger> tagger = resalta::Tagger::FromBytes(bytes);
  if (!tagger.ok()) {
    if (tagger.status().message().empty()) __builtin_trap();  // every error says why
    return 0;
  }
  const std::vector<std::vector<std::string_view>> doc = {
      {"El", "presidente", "Vladimir", "Putin", "viajó", "a", "Corea", "del", "Norte", "."}, {}, {"Según", "EFE"}};
  std::vector<resalta::EntityMention> mentions;
  tagger->TagMentions(doc, &mentions);
  uint32_t prev_end = 0;
  for (const resalta::EntityMention& m : mentions) {
    if (m.first_token < prev_end || m.end_token <= m.first_token || m.end_token > 12) __builtin_trap();
    prev_end = m.end_token;
  }
  const std::string& lang = tagger->lang();
  if (lang != "es" && lang != "en") return 0;  // Analyze reads only these
  static resalta::Analyzer* analyzer = new resalta::Analyzer();
  if (!analyzer->LoadModel(bytes).ok()) __builtin_trap();  // it loaded just above
  resalta::AnalyzeOptions options;
  options.lang = lang;
  auto result = analyzer->Analyze("El presidente Vladimir Putin viajó a Corea del Norte, según la agencia EFE.", options);
  if (!result.ok()) __builtin_trap();
  return 0;
}
