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
// Mentions from IOB2 labels (one vector per sentence), plus `extra` ORG
// mentions (credited agencies) that no label covers, grouped into
// entities: same text; a shorter name inside a person's fuller name
// ("Lavrov" in "Serguei Lavrov"), whatever type the tagger gave the short
// form, when only one person fits; an acronym of a name, or one in
// parentheses after it ("Fondo Monetario Internacional (FMI)" ... "FMI").
// Countries and capitals are typed LOC, agencies and outlets ORG (the
// lexicon's name_types). The canonical name is the fullest form, and the
// type is the tagger's majority over the fullest mentions. Entities come in
// order of first mention.
std::vector<EntityDraft> GroupMentions(const Words& w, const LanguageData& lex,
                                       const std::vector<std::vector<std::string>>* labels,
                                       const std::vector<TokenSpan>& extra);
// The entity index owning each token, -1 for none.
std::vector<int> MentionOwners(const Words& w, const std::vector<EntityDraft>& entities);

// --- roles.cc ---
// Titles from appositions and pre-modifiers, attached to people ("El
// ministro ruso de Relaciones Exteriores, Serguei Lavrov"; "el presidente
// Vladimir Putin"; "Miguel Zugaza, director del museo"), and descriptors of
// organizations ("la agencia rusa Ria Novosti"). Returns the token ranges
// that were used as role evidence.
std::vector<TokenSpan> AttachRoles(const Words& w, const LanguageData& lex, std::vector<EntityDraft>* entities);
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
// phrases), `role_evidence` the appositions that name a person.
std::vector<QuoteDraft> FindQuotes(const Words& w, const LanguageData& lex, const std::vector<EntityDraft>& entities,
                                   const std::vector<int>& owners, const std::vector<TokenSpan>& role_evidence);

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
std::vector<Boilerplate> FindBoilerplate(const Words& w, const LanguageData& lex);

// --- salience.cc ---
// Scores in [0, 1]; mentions inside boilerplate do not count, and an
// entity named only in a person's role phrase (role_of) scores below that
// person and below the tag threshold.
std::vector<double> ScoreSalience(const Words& w, const std::vector<EntityDraft>& entities,
                                  const std::vector<Boilerplate>& boilerplate);
// Canonical names of the most salient entities a CMS would suggest.
std::vector<std::string> SuggestTags(const std::vector<EntityDraft>& entities, const std::vector<double>& salience);

}  // namespace resalta
