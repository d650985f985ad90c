// Text encoding and offsets. The core works on UTF-16 (the unit JS offsets
// count) and speaks UTF-8 at its edges.
#pragma once

#include <string>
#include <string_view>

namespace resalta {

struct DecodedText {
  std::u16string units;  // the analyzed text: never holds a lone surrogate
  size_t replaced = 0;   // how many invalid sequences became U+FFFD
};

// Decodes UTF-8, replacing each maximal invalid subpart with one U+FFFD
// (the WHATWG decoder's rule, so a browser's TextDecoder gives the same
// text). An encoded surrogate (ED A0..BF xx, what JS's encoder writes for a
// lone surrogate) becomes a single U+FFFD, keeping one unit for one unit.
DecodedText DecodeUtf8(std::string_view bytes);

// Encodes UTF-16 as UTF-8; a lone surrogate becomes U+FFFD.
std::string EncodeUtf8(std::u16string_view units);
void AppendUtf8(std::u16string_view units, std::string* out);

// True when offset `i` does not fall between the halves of a surrogate pair.
inline bool IsCodePointBoundary(std::u16string_view s, size_t i) {
  return i == 0 || i >= s.size() || !(s[i] >= 0xDC00 && s[i] <= 0xDFFF && s[i - 1] >= 0xD800 && s[i - 1] <= 0xDBFF);
}

// True when every byte is below 0x80.
bool IsAscii(std::string_view s);
// Lowercases UTF-8 text (accents kept: "crítica" is not "critica").
std::string Lower(std::string_view utf8);
// The key a name is looked up by: lowercase with spaces dropped, so that
// "EE. UU." and "Página/12" match however the tokenizer split them.
std::string NameKey(std::string_view utf8);

}  // namespace resalta
