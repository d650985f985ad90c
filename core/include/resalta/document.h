// The Document: what analyze() returns. Plain data, no behavior.
//
// Offset contract (written once, relied on everywhere): every `start`/`end`
// is a UTF-16 code-unit offset into the analyzed text, the unit JS strings
// and DOM ranges use, and for every item with a `text` field
//   text.slice(start, end) === item.text     (JS)
// The analyzed text is the input after invalid UTF-8 is replaced by U+FFFD;
// for valid input it is the input itself. No span splits a surrogate pair.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace resalta {

// Bumped whenever a field changes meaning or disappears; adding a field is
// backwards compatible and bumps the minor part.
inline constexpr const char* kDocumentSchema = "resalta.document/1.0";

struct Token {
  uint32_t start = 0;  // UTF-16 offsets, [start, end)
  uint32_t end = 0;
  std::string text;    // UTF-8 copy of the covered text
};

struct Sentence {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t token_count = 0;
};

// A normalized value: `iso` for DATE/TIME/DURATION, `number` (+ unit or
// currency) for quantities.
//
// Ranges are one span. A date or time range has an ISO 8601 interval in
// `iso`, "start/end", both ends inclusive at the grain they are written in:
// "13 a 15 de julio" is "2013-07-13/2013-07-15", "de 2019 a 2021"
// "2019/2021", "de 9:30 a 11:00" "T09:30/T11:00", a part of the day
// "2013-02-12T18/2013-02-13T00" (its end the hour it stops). A range of
// quantities or money has its low end in `number` and its high end in
// `number_to`; so has a range of durations ("de dos a tres años": `number`
// 2, `number_to` 3, `unit` "años"), whose `iso` is its low end ("P2Y").
struct SpanValue {
  std::string iso;                // "2023-10-18", "2022-09", "P2D", "2013-07-13/2013-07-15", "2013-02-12T15:30"
  std::optional<double> number;   // 1500000000
  std::optional<double> number_to;  // the high end of a range ("entre 10 y 20 dólares": 20; "de dos a tres años": 3)
  std::string unit;               // "percent", "contenedores", "km", an age's "años"; MONEY: the sign when the currency is unknown ("$", "Bs")
  std::string currency;           // ISO 4217: "USD", "EUR", "ARS"; empty for a bare "$" with no country cue
  std::string qualifier;          // "more than", "about", "less than"; DATE: a hedged count ("hace más de un año")
};

// One highlight. Names (PER/ORG/LOC/MISC) carry `entity`; the rest carry
// `value` when they could be normalized.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string type;    // PER ORG LOC MISC DATE TIME DURATION QUANTITY MONEY PERCENT DEMONYM ROLE
  std::string text;
  std::string entity;  // Entity::id, empty when none
  std::optional<SpanValue> value;
  std::string refers_to;  // DEMONYM: the country ("Rusia" for "rusos"); empty otherwise
};

struct Mention {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
};

// Mentions of one referent grouped together.
struct Entity {
  std::string id;        // "e1", "e2", ... in order of first mention
  std::string type;      // PER ORG LOC MISC
  std::string name;      // canonical name: the fullest form seen
  std::string role;      // title or function for people ("presidente"), may be empty
  double salience = 0;   // 0..1, higher is more central to the article
  std::vector<Mention> mentions;
};

struct Quote {
  uint32_t start = 0;    // the quoted words, without the quote marks
  uint32_t end = 0;
  std::string text;
  std::string speaker;   // Entity::id, empty when unresolved
  std::string cue;       // what introduces the quote, as written: the cue verb
                         // ("remarcó"), an "according" phrase ("según", "en
                         // palabras de") or ":" after a clause with no verb of
                         // saying ("la jueza fue tajante:"); empty when none
  std::string kind;      // "direct" (in Document::quotes) or "reported" (in Document::reported_speech)
  // How the speaker was found, so a page can show how sure it is:
  //   "name"     the cue's subject is a name ("dijo Pérez", "la Fiscalía informó")
  //   "role"     a title phrase beside the name ("el ministro de Economía, Luis Caputo, dijo")
  //   "anaphora" a role noun for someone named before ("el funcionario", "la entidad")
  //   "carried"  no subject ("añadió") or no cue: the current speaker goes on
  //   ""         no speaker
  std::string attribution;
};

struct Source {
  std::string name;      // "EFE", "Ria Novosti"
  std::string entity;    // Entity::id when the story names it too; "" for a credit line only ("(EFE)")
  Mention evidence;      // the words that credit it: "según la agencia EFE"
};

struct Boilerplate {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
  // Why it is not the story: a phrase's reason from boilerplate.txt
  // ("donation-appeal", "read-more", "photo-credit", "label", "credit",
  // "reading-time", ...) or a line's shape: "dateline", "timestamp",
  // "caption" (repeated, or credited after " | "), "byline" (names only,
  // above the first or below the last paragraph), "signature", "markup".
  std::string reason;
};

// The publication date relative dates ("ayer", "el martes") resolve
// against, and where it came from.
struct Published {
  std::string date;    // YYYY-MM-DD; empty when none was found
  // "option": AnalyzeOptions::date; "text": a dateline or timestamp line
  // in the text ("martes 4 de marzo de 2025 | 9:15hs."); "default":
  // AnalyzeOptions::default_date (the CLI's today), no dateline being
  // found; "none": no date, relative dates keep no value.
  std::string source = "none";
  // When source is "text": the date as written, UTF-16 offsets
  // (text.slice(start, end) === text). Otherwise 0, 0 and "".
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
};

struct Document {
  std::string schema = kDocumentSchema;
  std::string lang;          // "es" or "en"
  uint32_t text_length = 0;  // UTF-16 code units
  Published published;       // the publication date used, and its source
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Entity> entities;
  std::vector<Span> spans;   // sorted by start, then by longer first
  std::vector<Quote> quotes;           // quoted passages: in quote marks or after a dialogue dash
  // Reported speech, "X dijo que ...": the clause from "que" on, with its
  // speaker and cue verb; the journalist's words, not a quote, so apart.
  std::vector<Quote> reported_speech;
  std::vector<Source> sources;
  std::vector<Boilerplate> boilerplate;
  std::vector<std::string> tags;  // suggested CMS tags, most salient first
  std::vector<std::string> warnings;  // e.g. "invalid UTF-8 replaced with U+FFFD"
};

}  // namespace resalta
