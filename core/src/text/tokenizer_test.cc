#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include "text/text.h"

namespace resalta {
namespace {

std::vector<std::string> Tokens(const std::string& utf8, std::string_view lang = "es") {
  std::u16string text = DecodeUtf8(utf8).units;
  Segmentation seg;
  EXPECT_TRUE(Segment(text, lang, &seg).ok());
  std::vector<std::string> out;
  for (const TokenRange& t : seg.tokens) out.push_back(EncodeUtf8(std::u16string_view(text).substr(t.start, t.end - t.start)));
  return out;
}

std::vector<std::string> Sentences(const std::string& utf8, std::string_view lang = "es") {
  std::u16string text = DecodeUtf8(utf8).units;
  Segmentation seg;
  EXPECT_TRUE(Segment(text, lang, &seg).ok());
  std::vector<std::string> out;
  for (const SentenceRange& s : seg.sentences) {
    uint32_t a = seg.tokens[s.first_token].start, b = seg.tokens[s.first_token + s.token_count - 1].end;
    out.push_back(EncodeUtf8(std::u16string_view(text).substr(a, b - a)));
  }
  return out;
}

using V = std::vector<std::string>;

// Sentences from Spanish wire stories.
TEST(Tokenizer, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(Tokens("La Sra. Gómez viajó a EE.UU. con el Dr. Pérez."),
            (V{"La", "Sra.", "Gómez", "viajó", "a", "EE.UU.", "con", "el", "Dr.", "Pérez", "."}));
  EXPECT_EQ(Tokens("Telefónica S.A. y J. K. Rowling"), (V{"Telefónica", "S.A.", "y", "J.", "K.", "Rowling"}));
}

TEST(Tokenizer, SpanishNumbersAndCurrency) {
  EXPECT_EQ(Tokens("subió 1.000,5 puntos y costó US$ 200 o U$S 1.500 millones, el 30%."),
            (V{"subió", "1.000,5", "puntos", "y", "costó", "US$", "200", "o", "U$S", "1.500", "millones", ",", "el",
               "30", "%", "."}));
  EXPECT_EQ(Tokens("$ 1.500 millones"), (V{"$", "1.500", "millones"}));
}

TEST(Tokenizer, HyphenatedWordsStayWholeButDashLedSpeechSplits) {
  EXPECT_EQ(Tokens("la cumbre franco-alemana por el COVID-19"),
            (V{"la", "cumbre", "franco-alemana", "por", "el", "COVID-19"}));
  EXPECT_EQ(Tokens("Durante su visita -a bordo de un tren-, el dirigente"),
            (V{"Durante", "su", "visita", "-", "a", "bordo", "de", "un", "tren", "-", ",", "el", "dirigente"}));
  EXPECT_EQ(Tokens("—No hay pruebas —afirmó."), (V{"—", "No", "hay", "pruebas", "—", "afirmó", "."}));
}

// A name made an adjective ("London-based") is the name and the tail, so
// the place is found; a lowercase head or another tail stays whole, and
// Spanish has no such list.
TEST(Tokenizer, EnglishNameBeforeACompoundTailSplits) {
  EXPECT_EQ(Tokens("a London-based, French-born artist, well-known and state-run", "en"),
            (V{"a", "London", "-based", ",", "French", "-born", "artist", ",", "well-known", "and", "state-run"}));
  EXPECT_EQ(Tokens("Anglo-Saxon Hewlett-Packard Hit-and-Run State-Owned", "en"),
            (V{"Anglo-Saxon", "Hewlett-Packard", "Hit-and-Run", "State-Owned"}));
  EXPECT_EQ(Tokens("Londres-based", "es"), (V{"Londres-based"}));
}

// English possessives are tokens of their own, as in the tagger's training
// text; Spanish has no such ending.
TEST(Tokenizer, EnglishPossessiveSplits) {
  EXPECT_EQ(Tokens("Syria’s President and the CDC's director, al-Assad's", "en"),
            (V{"Syria", "’s", "President", "and", "the", "CDC", "'s", "director", ",", "al-Assad", "'s"}));
  EXPECT_EQ(Tokens("IT'S it’s", "en"), (V{"IT", "'S", "it", "’s"}));
  EXPECT_EQ(Tokens("el bar O'sullivan’s", "es"), (V{"el", "bar", "O'sullivan’s"}));
}

TEST(Tokenizer, QuoteMarksAreTokens) {
  EXPECT_EQ(Tokens("\"Apreciamos\" “mucho” «su» ‘apoyo’"),
            (V{"\"", "Apreciamos", "\"", "“", "mucho", "”", "«", "su", "»", "‘", "apoyo", "’"}));
}

TEST(Tokenizer, EmojiAndCombiningMarksStayInOneToken) {
  // family emoji (ZWJ sequence), e + combining acute
  EXPECT_EQ(Tokens("hola 👨‍👩‍👧 cafe\xCC\x81"), (V{"hola", "👨‍👩‍👧", "cafe\xCC\x81"}));
}

TEST(Tokenizer, OffsetsAreUtf16AndSkipWhiteSpace) {
  std::u16string text = DecodeUtf8("¿Qué? 😀 ñandú\r\nFin").units;
  Segmentation seg;
  ASSERT_TRUE(Segment(text, "es", &seg).ok());
  ASSERT_GE(seg.tokens.size(), 5u);
  EXPECT_EQ(seg.tokens[0].start, 0u);  // ¿
  EXPECT_EQ(seg.tokens[3].start, 6u);  // 😀 starts at 6 and takes two units
  EXPECT_EQ(seg.tokens[3].end, 8u);
  EXPECT_EQ(seg.tokens[4].start, 9u);  // ñandú
  for (const TokenRange& t : seg.tokens) {
    EXPECT_TRUE(IsCodePointBoundary(text, t.start));
    EXPECT_TRUE(IsCodePointBoundary(text, t.end));
  }
}

TEST(Tokenizer, SentencesFollowNewsConventions) {
  EXPECT_EQ(Sentences("El Sr. Pérez llegó hoy. Dijo que sí.\nTemas en esta nota"),
            (V{"El Sr. Pérez llegó hoy.", "Dijo que sí.", "Temas en esta nota"}));
  // An initial or an abbreviation before a line break still ends the paragraph.
  EXPECT_EQ(Sentences("Lo escribió en su cuenta de X.\n\nEl alcalde respondió."),
            (V{"Lo escribió en su cuenta de X.", "El alcalde respondió."}));
  EXPECT_EQ(Sentences("La firma J. Pérez y Cía.\nLa obra empezó."), (V{"La firma J. Pérez y Cía.", "La obra empezó."}));
  // "No." is an abbreviation before a number only.
  EXPECT_EQ(Sentences("—No. Descartamos cualquier salto cambiario."), (V{"—No.", "Descartamos cualquier salto cambiario."}));
  EXPECT_EQ(Sentences("Vive en la calle Mayor No. 5 desde hace años."), (V{"Vive en la calle Mayor No. 5 desde hace años."}));
  EXPECT_EQ(Sentences("\"Apreciamos mucho su apoyo\", remarcó Lavrov. La visita de dos días"),
            (V{"\"Apreciamos mucho su apoyo\", remarcó Lavrov.", "La visita de dos días"}));
}

TEST(Tokenizer, ASignsPeriodBeforeAnAmountEndsNoSentence) {
  // "S/." and "Bs." keep their period before the amount; after one the period ends the sentence.
  EXPECT_EQ(Sentences("La tarifa sube a S/. 3,50 desde el lunes. Nadie protestó."),
            (V{"La tarifa sube a S/. 3,50 desde el lunes.", "Nadie protestó."}));
  EXPECT_EQ(Tokens("Cobran Bs. 15 por viaje"), (V{"Cobran", "Bs.", "15", "por", "viaje"}));
  EXPECT_EQ(Sentences("El viaje cuesta 15 Bs. El precio subió."), (V{"El viaje cuesta 15 Bs.", "El precio subió."}));
  EXPECT_EQ(Tokens("cuesta 15 Bs."), (V{"cuesta", "15", "Bs", "."}));
}

TEST(Tokenizer, EmptyAndBlankText) {
  EXPECT_TRUE(Tokens("").empty());
  EXPECT_TRUE(Tokens(" \n\t\r\n ").empty());
  EXPECT_TRUE(Sentences("   ").empty());
}

}  // namespace
}  // namespace resalta
