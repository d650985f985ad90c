// The passes of the article layer, each in its own file with its test:
// entities.cc, roles.cc, dates.cc, quantities.cc, demonyms.cc, quotes.cc,
// sources.cc, boilerplate.cc, salience.cc. AnalyzeArticle (article.cc)
// runs them in order; each is a pure function of the words and the
// language data.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article/article_common.h"

namespace resalta {

// A token range [first, last) that a pass found.
struct TokenSpan {
  uint32_t first = 0;
  uint32_t last = 0;
  int entity = -1;  // the entity it belongs to, when there is one
};

// --- entities.cc ---
// The tagger's mentions (may be null), plus `extra` ORG
// mentions (credited agencies) that no mention covers, grouped into
// entities: same text; a shorter name inside a person's fuller name
// ("Lavrov" in "Serguei Lavrov"), whatever type the tagger gave the short
// form, when only one person fits; an acronym of a name, or one in
// parentheses after it ("Fondo Monetario Internacional (FMI)" ... "FMI").
// Countries, capitals and regions are typed LOC, agencies and outlets ORG,
// products MISC (the lexicon's name_types); a name's head word types it
// ("Aeropuerto de Loiu" LOC, "Torneo Clausura" MISC); names of one
// enumeration share a type (the sure members', else the tagger's clear
// majority); the words around a name type it (a lowercase head word before
// it, a title before or after it, a worker noun's employer, a region in
// parentheses after a town, dotted initials); in a match report a name in a
// team's position is ORG; a title in quote marks after a work noun is one
// MISC mention. Agencies and outlets the tagger missed (all caps, camel
// case) are added. Mention edges are cleaned first (quote marks, a closing
// year, leading lowercase words), names cut in two joined (a numbered court,
// a building named after a person), names run together split (a hall "del
// Teatro Nacional"), and runs across a title-case headline and hashtags dropped. The canonical name is the
// fullest form, and the type is the tagger's majority over the fullest
// mentions. Entities come in order of first mention.
std::vector<EntityDraft> GroupMentions(const Words& w, const LanguageData& lex,
                                       const std::vector<EntityMention>* mentions,
                                       const std::vector<TokenSpan>& extra);
// Drops the entities the story does not name: those mentioned only inside
// boilerplate (a byline, a photo credit, a read-more headline, an agency's
// credit line: that agency is a Source with no entity), and those whose
// every mention is a generic capitalised noun ("el Gobierno", "el
// Estado": entity_words.txt's generic), a title, month or weekday alone
// ("Presidenta", "Nov."), a MISC named only inside a person's title
// (role_of: "portavoz de Seguridad Nacional"), or only portfolio words of a title
// ("ministro de Relaciones Exteriores": its department words). Indexes in
// `owners`, `role_evidence` and role_of follow (-1 for a dropped entity).
void PruneEntities(const Words& w, const LanguageData& lex, const std::vector<Boilerplate>& boilerplate,
                   std::vector<EntityDraft>* entities, std::vector<int>* owners,
                   std::vector<TokenSpan>* role_evidence);
// The entity index owning each token, -1 for none.
std::vector<int> MentionOwners(const Words& w, const std::vector<EntityDraft>& entities);

// --- roles.cc ---
// Titles from appositions and pre-modifiers, attached to people ("El
// ministro ruso de Relaciones Exteriores, Serguei Lavrov"; "el presidente
// Vladimir Putin"; "Miguel Zugaza, director del museo"), and descriptors of
// organizations ("la agencia rusa Ria Novosti"). Returns the token ranges
// that were used as role evidence. `owners` is MentionOwners of `entities`
// (roles change no mention).
std::vector<TokenSpan> AttachRoles(const Words& w, const LanguageData& lex, const std::vector<int>& owners,
                                   std::vector<EntityDraft>* entities);
// Definite role phrases with no name ("el ministro", "El vocero", "el
// dirigente norcoreano") become mentions of the last person introduced with
// a title of the same group. `owners` is updated.
void ResolveRoleMentions(const Words& w, const LanguageData& lex, const std::vector<TokenSpan>& role_evidence,
                         std::vector<EntityDraft>* entities, std::vector<int>* owners);

// Sets role_of on each ORG/MISC entity named only inside the role phrases
// (`role_evidence`) of people: a piece of a title ("Relaciones
// Exteriores", "la Presidencia rusa") that describes the person rather than
// the story. It stays an entity and a highlight; salience ranks it low.
void MarkRoleFragments(const std::vector<TokenSpan>& role_evidence, std::vector<EntityDraft>* entities);

// --- dates.cc ---
// DATE, TIME and DURATION spans, normalized against `pub_date`
// (YYYY-MM-DD; empty: relative dates keep no value). Marks the tokens used.
void FindDates(const Words& w, const LanguageData& lex, std::string_view pub_date, Covered* covered,
               std::vector<Span>* spans);

// --- quantities.cc ---
// Parses a number as written in `lang` ("1.000,5", "2,5", "1,000.5").
bool ParseNumber(std::string_view s, std::string_view lang, double* value);
// QUANTITY, MONEY and PERCENT spans on tokens not yet covered.
void FindQuantities(const Words& w, const LanguageData& lex, std::string_view lang, Covered* covered,
                    std::vector<Span>* spans);
// Only the PERCENT spans and ages, run before dates: "el 20 por ciento" is no day 20, "tiene
// 52 años" no duration.
void FindPercentsAndAges(const Words& w, const LanguageData& lex, std::string_view lang, Covered* covered,
                         std::vector<Span>* spans);

// --- demonyms.cc ---
// DEMONYM spans with the country in `refers_to`.
void FindDemonyms(const Words& w, const LanguageData& lex, std::vector<Span>* spans);

// --- quotes.cc ---
struct QuoteDraft {
  uint32_t start = 0, end = 0;  // UTF-16, the quoted words
  int speaker = -1;             // entity index
  std::string cue;
  std::string kind;             // "direct" or "reported"
  std::string attribution;      // how the speaker was found: Quote::attribution
};
// Direct quotes in any quote marks or after a dash, and reported speech
// ("X dijo que ..."). `owners` maps tokens to entities (names and role
// phrases), `role_evidence` the appositions that name a person. Quotes
// inside `pasted` (boilerplate) are skipped before attribution.
std::vector<QuoteDraft> FindQuotes(const Words& w, const LanguageData& lex, const std::vector<EntityDraft>& entities,
                                   const std::vector<int>& owners, const std::vector<TokenSpan>& role_evidence,
                                   const std::vector<Boilerplate>& pasted);

// --- sources.cc ---
struct SourceDraft {
  std::string name;
  TokenSpan name_tokens;  // the agency's name
  TokenSpan evidence;     // the words that credit it
};
// Every credited occurrence of a listed agency, in text order.
std::vector<SourceDraft> FindSources(const Words& w, const LanguageData& lex);
// Outlets and agencies no list holds, credited in interviews and datelines:
// "dijo a La Opinión", "aseguró a la televisora RTP", "habló en La W", "La
// Paz, (ABI).-". A name must be an ORG/MISC entity, or follow a medium's
// noun (org_titles.txt); tokens of `known` sources are skipped.
std::vector<SourceDraft> FindOutletCredits(const Words& w, const LanguageData& lex, const std::vector<EntityDraft>& entities,
                                          const std::vector<int>& owners, const std::vector<SourceDraft>& known);

// --- boilerplate.cc ---
// Boilerplate spans in text order, never overlapping. `mentions` (the
// tagger's, as for GroupMentions; may be null) tell a byline or a place
// line ("Luis Ibarra", "Bogotá") from a short headline.
std::vector<Boilerplate> FindBoilerplate(const Words& w, const LanguageData& lex,
                                         const std::vector<EntityMention>* mentions);

// --- published.cc ---
// The publication date and its source: `option` when given ("option");
// else the first full date (day, month, year: "martes 4 de marzo de 2025 |
// 9:15hs.", "12 Junio 2021", "24/01/2019") inside a timestamp, dateline,
// byline or credit line of `boilerplate` ("text", with where it is
// written); else
// `fallback` ("default"); else none. Numeric dates read day first, month
// first for English.
Published FindPublished(const Words& w, const LanguageData& lex, std::string_view lang,
                        const std::vector<Boilerplate>& boilerplate, std::string_view option,
                        std::string_view fallback);

// --- salience.cc ---
// Scores in [0, 1]; mentions inside boilerplate do not count, and an
// entity named only in a person's role phrase (role_of) scores below that
// person and below the tag threshold.
std::vector<double> ScoreSalience(const Words& w, const std::vector<EntityDraft>& entities,
                                  const std::vector<Boilerplate>& boilerplate);
// Canonical names of the most salient entities a CMS would suggest.
std::vector<std::string> SuggestTags(const std::vector<EntityDraft>& entities, const std::vector<double>& salience);

}  // namespace resalta
