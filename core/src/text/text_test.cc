#include "text/text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace resalta {
namespace {

TEST(DecodeUtf8, ValidTextRoundTrips) {
  const std::string s = "¿Qué dijo Muñoz? 🇦🇷 café (é) – «sí»";
  DecodedText d = DecodeUtf8(s);
  EXPECT_EQ(d.replaced, 0u);
  EXPECT_EQ(EncodeUtf8(d.units), s);
}

TEST(DecodeUtf8, AstralCharactersTakeTwoUnits) {
  DecodedText d = DecodeUtf8("a😀b");
  ASSERT_EQ(d.units.size(), 4u);
  EXPECT_EQ(d.units[1], 0xD83D);
  EXPECT_EQ(d.units[2], 0xDE00);
  EXPECT_FALSE(IsCodePointBoundary(d.units, 2));
  EXPECT_TRUE(IsCodePointBoundary(d.units, 3));
}

// Table of invalid inputs and the text a browser's TextDecoder gives.
TEST(DecodeUtf8, InvalidSequencesBecomeReplacementCharacters) {
  struct Case {
    std::string in;
    std::u16string out;
  } cases[] = {
      {"a\xFF" "b", u"a\uFFFDb"},
      {"\xC3", u"\uFFFD"},                      // truncated 2-byte
      {"\xE2\x82" "x", u"\uFFFDx"},             // truncated 3-byte: one U+FFFD
      {"\xC0\xAF", u"\uFFFD\uFFFD"},            // overlong
      {"\xF4\x90\x80\x80", u"\uFFFD\uFFFD\uFFFD\uFFFD"},  // above U+10FFFF
      {"\xED\xA0\x80" "z", u"\uFFFDz"},         // encoded lone surrogate: one unit
      {std::string("a\0b", 3), std::u16string(u"a\0b", 3)},  // NUL is valid text
  };
  for (const Case& c : cases) {
    DecodedText d = DecodeUtf8(c.in);
    EXPECT_EQ(d.units, c.out) << "input bytes: " << c.in.size();
    EXPECT_GT(d.replaced + (c.in.find('\0') != std::string::npos), 0u);
  }
}

TEST(EncodeUtf8, LoneSurrogateBecomesReplacementCharacter) {
  std::u16string s = u"x";
  s.push_back(0xD800);
  EXPECT_EQ(EncodeUtf8(s), "x\xEF\xBF\xBD");
}

// ASCII takes a fast path of its own; it must agree with ICU's mapping that
// the rest of the text goes through, and invalid bytes still become U+FFFD.
TEST(Lower, AsciiAndOtherTextLowercaseAlike) {
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"", ""},
      {"EFE", "efe"},
      {"Buenos Aires, 25 ABR (Reuters) -", "buenos aires, 25 abr (reuters) -"},
      {"@[`{ 09 Z_z\t\n", "@[`{ 09 z_z\t\n"},
      {std::string("A\0B", 3), std::string("a\0b", 3)},
      {"ÁNGELA Muñoz", "ángela muñoz"},
      {"İSTANBUL ΣΑΣ", "istanbul σασ"},  // simple case mapping: no final sigma, no dot
      {"Caf\xC3", "caf\xEF\xBF\xBD"},
  };
  for (const Case& c : cases) EXPECT_EQ(Lower(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace resalta
