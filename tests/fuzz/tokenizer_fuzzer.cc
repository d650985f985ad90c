// Segment() on arbitrary text: tokens are non-empty, in order, never
// overlap nor split a surrogate pair; sentences cover every token once, in
// order. The first byte picks the language (fuzz_util.h).
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using resalta::fuzz::Check;
  if (size == 0 || size > resalta::fuzz::kMaxInput) return 0;
  const std::string lang = (data[0] & 1) ? "en" : "es";
  const resalta::DecodedText decoded =
      resalta::DecodeUtf8(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  const std::u16string_view text(decoded.units);
  resalta::Segmentation seg;
  Check(resalta::Segment(text, lang, &seg).ok());
  uint32_t prev_end = 0;
  for (const resalta::TokenRange& t : seg.tokens) {
    Check(t.start < t.end && t.end <= text.size() && t.start >= prev_end);
    Check(resalta::IsCodePointBoundary(text, t.start) && resalta::IsCodePointBoundary(text, t.end));
    prev_end = t.end;
  }
  uint32_t next = 0;
  for (const resalta::SentenceRange& s : seg.sentences) {
    Check(s.first_token == next && s.token_count > 0);
    next += s.token_count;
  }
  Check(next == seg.tokens.size());
  return 0;
}
