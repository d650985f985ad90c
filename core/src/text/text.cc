#include "text/text.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace resalta {

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

DecodedText DecodeUtf8(std::string_view s) {
  DecodedText out;
  out.units.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  auto bad = [&](size_t consumed) {
    out.units.push_back(0xFFFD);
    ++out.replaced;
    i += consumed;
  };
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      out.units.push_back(c);
      ++i;
      continue;
    }
    int len;
    char32_t cp;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2; cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3; cp = c & 0x0F;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0xBF;  // surrogates handled below, as one unit
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4; cp = c & 0x07;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      bad(1);
      continue;
    }
    size_t k = 1;
    for (; k < static_cast<size_t>(len); ++k) {
      if (i + k >= n) break;
      unsigned char b = p[i + k];
      unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
      if (b < l || b > h) break;
      cp = (cp << 6) | (b & 0x3F);
    }
    if (k < static_cast<size_t>(len)) {
      bad(k);
      continue;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {  // an encoded lone surrogate
      bad(len);
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.units.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.units.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.units.push_back(static_cast<char16_t>(cp));
    }
    i += len;
  }
  return out;
}

void AppendUtf8(std::u16string_view s, std::string* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t cp = s[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      ++i;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
}

std::string EncodeUtf8(std::u16string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendUtf8(s, &out);
  return out;
}

std::string Lower(std::string_view utf8) {
  // ASCII, most tokens and data words, lowercases in place: u_tolower maps
  // only A-Z there, and the UTF-16 round trip cost two strings per call.
  if (IsAscii(utf8)) {
    std::string out(utf8);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  std::u16string u = DecodeUtf8(utf8).units;
  for (char16_t& c : u) {
    if (!U16_IS_SURROGATE(c)) c = static_cast<char16_t>(u_tolower(c));
  }
  return EncodeUtf8(u);
}

std::string NameKey(std::string_view utf8) {
  std::string out;
  for (char c : Lower(utf8)) {
    if (c != ' ' && c != '\t') out.push_back(c);
  }
  return out;
}

}  // namespace resalta
