// Mention grouping: which tagger mentions name the same referent.
#include <algorithm>
#include <cctype>
#include <map>

#include "article/article_passes.h"

namespace resalta {
namespace {

struct RawMention {
  std::string type;
  uint32_t first = 0, last = 0;
  bool listed = false;  // its name is in the lexicon's name_types
  bool title = false;   // a quoted title (QuotedWorks): its words stay as written
  bool sure = false;    // typed from a list or a head word, not by the tagger alone
};

// Initials of the capitalized words: "Fondo Monetario Internacional" -> "FMI".
std::string Initials(const Words& w, uint32_t first, uint32_t last) {
  std::string out;
  for (uint32_t i = first; i < last; ++i) {
    if (w.Capitalized(i) && !w.raw[i].empty()) out.push_back(w.raw[i][0]);
  }
  return out;
}

bool IsAcronym(const std::string& s) {
  if (s.size() < 2 || s.size() > 8) return false;
  for (char c : s) {
    if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

// True for a short form written as a word in parentheses after an
// organisation's name ("Comisión Nacional del Agua (Conagua)", "Ministerio
// de Salud (Minsa)"): one capitalised word, closed by ")", starting with
// the name's first letter and no listed name of its own ("Banco de Bogotá
// (Bogotá)" gives a place). People are left out: "Juan Pérez (Jalisco)".
template <typename Group>
bool WordAcronymOf(const Words& w, const LanguageData& lex, const RawMention& m, const Group& name) {
  if (m.last - m.first != 1 || m.last >= w.size() || w.raw[m.last] != ")") return false;
  if (name.first_type == "PER" || name.name_words.size() < 2 || name.name_words[0].empty()) return false;
  const std::string& word = w.raw[m.first];
  if (word.size() < 3 || !w.Capitalized(m.first) || word[0] != name.name_words[0][0]) return false;
  return !lex.name_types.count(NameKey(word));
}

// True when the words of `a` appear in order inside `b`.
bool Subsequence(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t k = 0;
  for (size_t i = 0; i < b.size() && k < a.size(); ++i) k += (b[i] == a[k]);
  return k == a.size();
}

// True when `part` is a shorter form of the name `full` that a story uses
// alone: its last words (the surname: "Lavrov" of "Serguei Lavrov") or its
// first words (a family name written first: "Kim" of "Kim Jong Un").
bool EndOfName(const std::vector<std::string>& part, const std::vector<std::string>& full) {
  if (part.empty() || part.size() >= full.size()) return false;
  return std::equal(part.begin(), part.end(), full.begin()) ||
         std::equal(part.begin(), part.end(), full.end() - part.size());
}

std::vector<std::string> MentionWords(const Words& w, uint32_t first, uint32_t last) {
  return std::vector<std::string>(w.raw.begin() + first, w.raw.begin() + last);
}

// Years a mention may end with ("Copa Andina 2031"): the edition is
// not part of the name.
constexpr int kMinYear = 1900, kMaxYear = 2100;
// A title in quote marks has at most this many words, and its work noun
// ("exposición") sits at most kMaxWorkNounGap tokens before the mark ("su
// gira por varias ciudades «...»").
constexpr size_t kMaxTitleWords = 8;
constexpr size_t kMaxWorkNounGap = 4;
// An article with this many sports words is a match report (sports in
// entity_words.txt); fewer and a "contra" is politics.
constexpr size_t kMinSportsWords = 3;
// A nickname in quote marks after an enumeration member ("Pardo «El
// Flaco»") has at most this many tokens, marks included.
constexpr uint32_t kMaxAsideTokens = 6;
// Votes a list's majority needs to retype a member the tagger read as a
// person (CoNLL-2002 testa through the pipeline: with two, lists of
// surnames read as places overrode the one read right).
constexpr size_t kMinVotesOverPerson = 3;
// A region named after a town ("Tordesillas (Valladolid)") has at most this many words.
constexpr uint32_t kMaxSeatWords = 3;
// The longest listed outlet spelling in tokens ("El Diario de Nueva York").
constexpr uint32_t kMaxMediaTokens = 6;
// A title before an institution and a person ("el director del Museo de
// Historia Natural Pedro Ruiz") stands at most this many tokens before the institution.
constexpr uint32_t kTitleReach = 3;
// The number of a court or district ("Juzgado número 12") has at most this
// many digits: a longer number is a count or a year.
constexpr size_t kMaxOrdinalDigits = 3;
// A title-case headline has at least this many words, this many tenths of
// them capitalised and this many capitalised function words (a story's
// paragraph is far below; a list of names has no function words).
constexpr size_t kMinHeadlineWords = 5;
constexpr size_t kTitleCaseTenths = 7;
constexpr size_t kMinCapitalFunctionWords = 2;
// A person known by initials has at least this many ("AMLO", "CFK"); two
// letters after a title are mostly a body or a place ("el presidente EU").
constexpr size_t kMinInitials = 3;
// A person's name has at most this many words ("José Luis Rodríguez Zapatero").
constexpr uint32_t kMaxPersonWords = 4;
// A speaker run into a building's name is taken as this many words ("Lucía Ferrer").
constexpr uint32_t kPersonTailWords = 2;
// A team's name has at most this many words ("Deportes Tolima", "Real Potosí").
constexpr uint32_t kMaxTeamWords = 3;

bool IsYear(const std::string& s) {
  if (s.size() != 4) return false;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  return n >= kMinYear && n <= kMaxYear;
}

bool Alnum(const Words& w, uint32_t k) { return w.Alpha(k) || (!w.raw[k].empty() && w.raw[k][0] >= '0' && w.raw[k][0] <= '9'); }

// True when a title word stands a few tokens before `first` ("el director
// del", "la presidenta de la").
bool TitleBefore(const Words& w, const LanguageData& lex, uint32_t first) {
  for (uint32_t b = 1; b <= kTitleReach && b <= first; ++b) {
    if (w.LineBreakAfter(first - b)) break;
    if (lex.titles.count(w.lower[first - b])) return true;
  }
  return false;
}

// A name and the institution or place it is part of, run together by the
// tagger: "Ana Belén del Teatro Principal" (a hall of a theatre),
// "Presidencia del Consejo Comarcal", "Los Robles del Parque Industrial".
// Split before "de"/"del" (an article after it allowed) when a head word
// opens what follows and none opens what precedes ("Instituto Nacional de
// Vivienda", "Museo de Ciencias Naturales" stay whole, and so does a name ending
// in a head word alone: "Noticias del Valle"). The part takes the kind of
// the whole it belongs to (a hall of a theatre is a place) unless the
// tagger read a person. Pushes both parts to `out` and returns true, or
// returns false.
bool SplitOffPartOf(const Words& w, const LanguageData& lex, const RawMention& m, std::vector<RawMention>* out) {
  auto head_type = [&](uint32_t k) -> std::string {
    if (lex.InClass("loc_head", w.lower[k])) return "LOC";
    if (lex.InClass("org_head", w.lower[k])) return "ORG";
    return "";
  };
  if (m.last - m.first < 3 || !head_type(m.first).empty() || lex.InClass("misc_head", w.lower[m.first])) return false;
  for (uint32_t k = m.first + 1; k + 1 < m.last; ++k) {
    if (!lex.InClass("of", w.lower[k])) continue;
    uint32_t b = k + 1;
    if (b + 1 < m.last && lex.InClass("article", w.lower[b])) ++b;
    std::string whole = head_type(b);
    if (whole.empty() || !w.Capitalized(b)) return false;
    // A head word alone ends many names ("Noticias del Valle", "Cuerpo
    // Nacional de Policía"), and a listed name may start with one ("Gobierno de Sierra Leona").
    std::string key;
    for (uint32_t j = b; j < m.last; ++j) key += w.lower[j];
    if (b + 1 == m.last || lex.name_types.count(key)) return false;
    // A generic office before it is the institution's own name ("Gobierno de
    // Sierra Leona", "Presidencia del Consejo de Ministros") unless a title
    // holds it or someone runs for it: "el presidente de la Junta", "su
    // candidatura a la Presidencia de la Cámara de Comercio".
    if (k == m.first + 1 && lex.InClass("generic", w.lower[m.first]) && !TitleBefore(w, lex, m.first)) {
      uint32_t before = m.first;
      if (before >= 1 && lex.InClass("article", w.lower[before - 1])) --before;
      if (before == 0 || !lex.InClass("office_sought", w.lower[before - 1])) return false;
    }
    out->push_back({m.type == "PER" ? m.type : whole, m.first, k});
    out->push_back({m.type, b, m.last});
    return true;
  }
  return false;
}

// A building and the person who speaks right after it, run together by the
// tagger: "el Museo del Ferrocarril Lucía Ferrer dijo" (a building does not
// speak). The last kPersonTailWords capitalised words are the person; the
// building keeps at least two words. JoinMentions puts back a building
// named after a person, but not before a speech verb. Pushes both parts
// to `out` and returns true, or returns false.
bool SplitSpeakerOffBuilding(const Words& w, const LanguageData& lex, const RawMention& m, std::vector<RawMention>* out) {
  if (m.type == "PER" || m.last - m.first < kPersonTailWords + 2 || !lex.InClass("eponym_head", w.lower[m.first])) return false;
  if (m.last >= w.size() || !lex.cue_verbs.count(w.lower[m.last])) return false;
  uint32_t split = m.last - kPersonTailWords;
  for (uint32_t k = split - 1; k < m.last; ++k) {
    if (!w.Alpha(k) || !w.Capitalized(k)) return false;  // "Museo de" + ...: no name ends there
  }
  out->push_back({m.type, m.first, split});
  out->push_back({"PER", split, m.last});
  return true;
}

// "U.N.", "O.E.A.": capital letters each followed by a period.
bool DottedAcronym(const std::string& s) {
  if (s.size() < 4 || s.size() % 2 != 0) return false;
  for (size_t k = 0; k < s.size(); k += 2) {
    if (s[k] < 'A' || s[k] > 'Z' || s[k + 1] != '.') return false;
  }
  return true;
}

// Tokens of a capitalised title ("Prime Minister", "Councilor") or an
// honorific ("Mr", "Sra.") at token k, before `limit`; 0 when none.
uint32_t LeadingTitle(const Words& w, const LanguageData& lex, uint32_t k, uint32_t limit) {
  if (k >= limit || !w.Capitalized(k)) return 0;
  if (k + 1 < limit && w.Capitalized(k + 1) && lex.titles.count(w.lower[k] + " " + w.lower[k + 1])) return 2;
  return lex.titles.count(w.lower[k]) || lex.honorifics.count(w.lower[k]) ? 1 : 0;
}

// Mention edges as a tagger slips: quote marks and dashes at either end,
// a year closing it, lowercase words opening it ("sala Elena Garro" ->
// "Elena Garro"; a head word stays: "calle Mariano Moreno"), and in a match
// report two teams joined by "contra" split in two.
void CleanMentions(const Words& w, const LanguageData& lex, bool sports, std::vector<RawMention>* raw) {
  std::vector<RawMention> out;
  // A lowercase word; "al-Assad", "van" inside "van Gogh" style particles aside.
  auto lower_word = [&](uint32_t k) {
    if (!w.Alpha(k) || w.Capitalized(k)) return false;
    for (char c : w.raw[k]) {
      if ((c >= 'A' && c <= 'Z') || c == '-') return false;
    }
    return true;
  };
  // A compound adjective describes something else: "French-born".
  auto compound_adjective = [&](uint32_t k) { return CompoundAdjective(w.raw[k]); };
  auto head = [&](uint32_t k) {
    return lex.InClass("loc_head", w.lower[k]) || lex.InClass("org_head", w.lower[k]) || lex.InClass("misc_head", w.lower[k]);
  };
  // Surnames the article uses alone for a person ("Donohoe said").
  std::unordered_set<std::string> lone_surnames;
  for (const RawMention& m : *raw) {
    if (m.type == "PER" && m.last - m.first == 1) lone_surnames.insert(w.lower[m.first]);
  }
  for (RawMention m : *raw) {
    if (m.title) {
      out.push_back(m);
      continue;
    }
    // A nationality adjective before its noun ("the Russian minister", "Irish
    // economy"), where the language capitalises them, is no name: a demonym.
    if (m.type != "PER" && m.last - m.first == 1 && CapitalizedDemonymAdjective(w, lex, m.first)) continue;
    // A time zone after a clock ("7:15 p.m. ET", "a las 15:00 GMT") is part
    // of the time, not an organisation.
    if (m.last - m.first == 1 && m.first > 0 && lex.InDateWords("time_zone", w.lower[m.first]) &&
        (w.raw[m.first - 1].find_first_of("0123456789") != std::string::npos ||
         lex.InDateWords("am", w.lower[m.first - 1]) || lex.InDateWords("pm", w.lower[m.first - 1]))) {
      continue;
    }
    // A department between a title and a name ("Minister for Finance
    // Paschal Donohoe", "ministra de Hacienda María Paz"), read as one
    // name: when the article names the person by the surname alone
    // elsewhere, the person is what follows the department words, and the
    // department is the title's (AttachRoles reads it).
    if (m.first >= 2 && m.last - m.first >= 3 && lone_surnames.count(w.lower[m.last - 1]) &&
        (lex.role_complements.count(w.lower[m.first - 1]) || lex.place_complements.count(w.lower[m.first - 1])) &&
        lex.titles.count(w.lower[m.first - 2])) {
      uint32_t k = m.first;
      while (k < m.last && lex.InClass("department", w.lower[k])) ++k;
      if (k > m.first && m.last - k >= 2 && w.Capitalized(k)) {
        m.first = k;
        m.type = "PER";
      }
    }
    // A lowercase head stays when a capitalised word follows it: "calle Mariano Moreno", not "avenida central de".
    auto kept_head = [&](uint32_t k) { return head(k) && k + 1 < m.last && w.Capitalized(k + 1); };
    // An article capitalised by its place before a lowercase word ("El
    // alcalde Daniel Quintero" opening a line) is no part of a name; "El
    // Salvador" keeps it.
    auto loose_article = [&](uint32_t k) {
      return lex.InClass("article", w.lower[k]) && k + 1 < m.last && lower_word(k + 1) && !kept_head(k + 1);
    };
    auto trim_edges = [&]() {
      while (m.first < m.last &&
             (!Alnum(w, m.first) || (lower_word(m.first) && !kept_head(m.first)) || loose_article(m.first) ||
              compound_adjective(m.first))) {
        ++m.first;
      }
      auto loose_end = [&](uint32_t k) { return !Alnum(w, k) || lower_word(k) || compound_adjective(k); };
      while (m.last > m.first && loose_end(m.last - 1)) --m.last;
      if (m.last - m.first >= 2 && IsYear(w.raw[m.last - 1])) --m.last;
      while (m.last > m.first && loose_end(m.last - 1)) --m.last;
    };
    trim_edges();
    // A company's legal form closes its name: "Lenco Inc. of Pittsfield" is
    // Lenco Inc., based in Pittsfield.
    for (uint32_t k = m.first + 1; m.type == "ORG" && k + 2 < m.last; ++k) {
      if (lex.InClass("legal_form", w.lower[k]) && lex.InClass("of", w.lower[k + 1])) m.last = k + 1;
    }
    // An opening mark (spaced from the word before) that the name does not
    // close ends it: `Brueghel "El` of `Brueghel "El Joven"` is Brueghel; a
    // nickname stays: `Marcos “Chino” Díaz`, `Antonio Chenel "Antoñete"`
    // (the mark closing right after the name).
    // After a lowercase word the quoted words are a name of their own:
    // `Consejo de la "Bolsa Alemana"` is Consejo and Bolsa Alemana.
    for (uint32_t k = m.first + 1; k < m.last; ++k) {
      if (!OpeningMark(w.raw[k]) || w.Glued(k - 1)) continue;
      uint32_t close = 0;
      for (uint32_t e = k + 1; e <= m.last && e < w.size() && close == 0; ++e) {
        if (ClosingMark(w.raw[k], w.raw[e])) close = e;
      }
      bool own_name = lower_word(k - 1);
      if (own_name && k + 1 < std::min(close == 0 ? m.last : close, m.last)) {
        out.push_back({m.type, k + 1, std::min(close == 0 ? m.last : close, m.last)});
      }
      if (close == 0 || own_name) {
        m.last = k;
        trim_edges();  // "Consejo de la" -> "Consejo"
      }
      break;
    }
    // A parenthesis the mention opens and does not close splits it: "Alberto
    // (Rodríguez, el técnico)" is Alberto and Rodríguez.
    for (uint32_t k = m.first + 1; k < m.last; ++k) {
      if (w.raw[k] != "(") continue;
      bool closed = false;
      for (uint32_t e = k + 1; e < m.last && !closed; ++e) closed = w.raw[e] == ")";
      if (closed) break;
      if (k + 1 < m.last && w.Capitalized(k + 1)) out.push_back({m.type, k + 1, m.last});
      m.last = k;
      trim_edges();
      break;
    }
    if (m.last <= m.first) continue;
    // A capitalised title or an honorific opening a person's name
    // ("Councilor Joe Baldacci", "Prime Minister Justin Trudeau", "Mr
    // Andrews"): the name is what follows, and AttachRoles reads the title.
    while (m.type == "PER") {
      uint32_t n = LeadingTitle(w, lex, m.first, m.last);
      if (n == 0 || m.first + n >= m.last || !w.Capitalized(m.first + n)) break;
      m.first += n;
    }
    // A title and its "de" opening the span ("DT del Junior", "Alcalde de
    // Medellín"): the title is a role, the name after it the entity.
    if (m.last - m.first >= 3 && lex.titles.count(w.lower[m.first]) && lex.InClass("of", w.lower[m.first + 1])) {
      uint32_t k = m.first + 2;
      if (k + 1 < m.last && lex.InClass("article", w.lower[k])) ++k;
      if (w.Alpha(k) && w.Capitalized(k)) {
        m.first = k;
        // What a title is "of" is a body or a place, never the person: a
        // listed name keeps its type ("Alcalde de Medellín"), else a body.
        if (m.type == "PER") {
          auto listed = lex.name_types.find(NameKey(w.Slice(w.start(m.first), w.end(m.last - 1))));
          m.type = listed != lex.name_types.end() ? listed->second : "ORG";
        }
      }
    }
    // A common noun's acronym heading a name ("la ONG Vecinos Unidos"): the name is what follows.
    if (m.last - m.first >= 2 && w.AllCaps(m.first, 2) && lex.InClass("generic", w.lower[m.first]) &&
        w.Alpha(m.first + 1) && w.Capitalized(m.first + 1)) {
      ++m.first;
    }
    if (SplitOffPartOf(w, lex, m, &out) || SplitSpeakerOffBuilding(w, lex, m, &out)) continue;
    uint32_t start = m.first;
    for (uint32_t k = m.first + 1; sports && k + 1 < m.last; ++k) {
      if (!lower_word(k) || !lex.InClass("club_cue", w.lower[k])) continue;
      out.push_back({m.type, start, k});
      start = k + 1;
    }
    out.push_back({m.type, start, m.last});
  }
  *raw = std::move(out);
}


// Titles in quote marks after a work noun ("la exposición «Luz del Norte»", "el
// disco “Canciones de otoño”"): MISC mentions of the quoted words, in place
// of any tagger mentions inside.
std::vector<TokenSpan> QuotedWorks(const Words& w, const LanguageData& lex) {
  std::vector<TokenSpan> out;
  for (uint32_t k = 1; k + 2 < w.size(); ++k) {
    if (!OpeningMark(w.raw[k])) continue;
    bool work = false;
    for (uint32_t g = 1; g <= kMaxWorkNounGap && g <= k && !work; ++g) work = lex.InClass("work", w.lower[k - g]);
    if (!work || !w.Capitalized(k + 1)) continue;
    size_t words = 0;
    for (uint32_t e = k + 1; e < w.size() && words <= kMaxTitleWords; ++e) {
      if (w.LineBreakAfter(e - 1) && e > k + 1) break;
      if (ClosingMark(w.raw[k], w.raw[e])) {
        if (e > k + 1) out.push_back({k + 1, e, -1});
        break;
      }
      if (lex.cue_verbs.count(w.lower[e])) break;  // speech, not a title
      words += w.Alpha(e);
    }
  }
  return out;
}

// The type a name's head word gives it ("Aeropuerto de Rosario" LOC; in
// English the last word: "Ricoh Arena" LOC), or "".
std::string HeadType(const Words& w, const LanguageData& lex, const RawMention& m) {
  // An adjective before the head word: "Gran Parque Fluvial", "Nuevo Estadio Municipal".
  uint32_t first = m.first;
  if (m.last - first >= 3 && lex.InClass("head_adjective", w.lower[first])) ++first;
  const std::string& head = w.lower[first];
  // Alone, only an institution's head names it: "la Cancillería", "la Armada".
  if (m.last - m.first < 2) return lex.InClass("org_head", head) ? "ORG" : "";
  if (lex.InClass("loc_head", head)) return "LOC";
  if (lex.InClass("org_head", head)) return "ORG";
  if (lex.InClass("misc_head", head)) return "MISC";
  // Languages that put the head last ("Ricoh Arena", "Lenco Inc.", "Freedom
  // of Information Act") list tail words; a person keeps the tagger's type
  // (surnames such as Park, Bridge or Hill are tail words too).
  if (m.type == "PER") return "";
  const std::string& tail = w.lower[m.last - 1];
  if (lex.InClass("loc_tail", tail)) return "LOC";
  if (lex.InClass("org_tail", tail)) return "ORG";
  if (lex.InClass("misc_tail", tail)) return "MISC";
  return "";
}

// True when the mention stands where match reports put a team: after
// "los jugadores de", "el entrenador del"; unless the tagger saw a person
// ("ante Nadal": a player), also after "ante", "contra", "frente a" (an
// article between allowed: "ante el Real Potosí") or before a match verb
// ("Herediano venció"), also as the first of two joined by "y" ("Cobresal
// y Deportes Iquique perdieron").
bool ClubPosition(const Words& w, const LanguageData& lex, const RawMention& m, bool person) {
  uint32_t k = m.first;
  auto at = [&](uint32_t back) -> const std::string& { return w.lower[k - back]; };
  if (k >= 2 && lex.InClass("of", at(1)) && lex.InClass("club_member", at(2))) {
    return true;
  }
  if (person) return false;
  if (m.last < w.size() && lex.InClass("match_verb", w.lower[m.last])) return true;
  // The first of two teams before the verb: "Cobresal y Deportes Iquique pierdan".
  if (m.last + 2 < w.size() && lex.InClass("and", w.lower[m.last]) && w.Capitalized(m.last + 1)) {
    uint32_t e = m.last + 1;
    while (e < w.size() && e < m.last + 1 + kMaxTeamWords && w.Alpha(e) && w.Capitalized(e)) ++e;
    if (e < w.size() && lex.InClass("match_verb", w.lower[e])) return true;
  }
  uint32_t b = 1;
  if (k > b && lex.InClass("article", at(b))) ++b;  // "ante el"
  if (k < b) return false;
  if (lex.InClass("club_cue", at(b))) return true;
  return k >= b + 1 && lex.InClass("club_cue", at(b + 1) + " " + at(b));
}

// Names a tagger cut in two, joined again (raw in text order): a head
// word's name and its number ("Juzgado de Familia" + "número 2");
// a head word alone and the name after "de" ("Aeropuerto" + "de" +
// "Rosario"), and a department's name continued after "y"/"e"
// ("Secretaría de Cultura" + "y" + "Turismo Provincial").
void JoinMentions(const Words& w, const LanguageData& lex, std::vector<RawMention>* raw) {
  std::vector<RawMention> out;
  for (RawMention m : *raw) {
    // A numbered court, district or office keeps its number: "Juzgado de
    // Familia número 2", "Distrito 12" (the tagger stops before it).
    bool headed = lex.InClass("org_head", w.lower[m.first]) || lex.InClass("loc_head", w.lower[m.first]);
    if (headed && !m.title) {
      uint32_t k = m.last;
      if (k + 1 < w.size() && lex.InClass("number_word", w.lower[k])) ++k;
      bool one_line = !w.LineBreakAfter(m.last - 1) && (k == m.last || !w.LineBreakAfter(m.last));
      bool numbered = k == m.last ? lex.InClass("loc_head", w.lower[m.first]) : true;
      if (k < w.size() && w.Digits(k) && w.raw[k].size() <= kMaxOrdinalDigits && one_line && numbered) m.last = k + 1;
    }
    if (!out.empty() && m.first < out.back().last) continue;  // a mention the number ran into
    if (!out.empty() && !out.back().title && !m.title && m.first == out.back().last + 1) {
      RawMention& a = out.back();
      const std::string& between = w.lower[a.last];
      bool org = lex.InClass("org_head", w.lower[a.first]);
      bool head_alone = a.last - a.first == 1 && lex.InClass("of", between) &&
                        (lex.InClass("loc_head", w.lower[a.first]) || org);
      // An institution and the place it belongs to: "Instituto Nacional de Vivienda" + "del" + "Uruguay".
      bool of_place = org && lex.InClass("of", between) && m.type == "LOC";
      bool has_of = false;
      for (uint32_t k = a.first + 1; k + 1 < a.last; ++k) has_of = has_of || lex.InClass("of", w.lower[k]);
      bool continued = has_of && lex.InClass("and", between) && lex.InClass("org_head", w.lower[a.first]) &&
                       (m.type == "ORG" || m.type == "MISC") && m.last - m.first <= 3;
      if (head_alone || of_place || continued) {
        a.last = m.last;
        continue;
      }
    }
    // A dotted acronym and the body it names, read as two organisations:
    // "U.N." + "Security Council", "O.E.A." + "Asamblea General". Only two
    // ORG mentions touching on one line ("U.S." + "Senate" is a place and an
    // organisation, as CoNLL types them).
    if (!out.empty() && !out.back().title && !m.title && m.first == out.back().last && out.back().type == "ORG" &&
        m.type == "ORG" && out.back().last - out.back().first == 1 && DottedAcronym(w.raw[out.back().first]) &&
        !w.LineBreakAfter(out.back().first)) {
      out.back().last = m.last;
      continue;
    }
    // A building or institution named after a person, read as two names:
    // "Museo de Ciencias" + "Elena Garro", "Estadio Municipal" + "Pedro
    // Ruiz". Only when the building's name ends in a generic word (a name
    // of its own closes it: "el Estadio Tamarindo Pablo Sáenz marcó"), not
    // when the person speaks next ("... Pedro Ruiz anunció"), and not after
    // a title, where the person holds it ("el director del Museo de
    // Historia Natural Pedro Ruiz").
    bool open_building = !out.empty() && lex.InClass("eponym_generic", w.lower[out.back().last - 1]);
    bool speaks = m.last < w.size() && lex.cue_verbs.count(w.lower[m.last]) > 0;
    if (!out.empty() && !out.back().title && !m.title && m.first == out.back().last && out.back().type != "PER" &&
        m.type == "PER" && out.back().last - out.back().first >= 2 && lex.InClass("eponym_head", w.lower[out.back().first]) &&
        open_building && !speaks && !w.LineBreakAfter(m.first - 1) && w.sentence[m.first] == w.sentence[m.first - 1] &&
        !TitleBefore(w, lex, out.back().first)) {
      out.back().last = m.last;
      continue;
    }
    out.push_back(m);
  }
  *raw = std::move(out);
}

// LanguageData-backed types, a post-correction of the tagger. CoNLL annotation
// (which our training data follows) types a country or a capital LOC even
// when it acts ("Rusia afirmó", "Pyongyang negó"), and a news agency or
// outlet ORG; a tagger often gets these wrong because the context reads
// like a person or an organization acting. A listed name keeps a PER type
// only where it is a shorter form of a person named in full in the same
// article ("Washington" for "Denzel Washington", "Bloomberg" for "Michael
// Bloomberg").
void CorrectTypes(const Words& w, const LanguageData& lex, std::vector<RawMention>* raw) {
  std::vector<std::vector<std::string>> people;  // names of two words or more typed PER
  for (const RawMention& m : *raw) {
    if (m.type == "PER" && m.last - m.first >= 2) people.push_back(MentionWords(w, m.first, m.last));
  }
  for (RawMention& m : *raw) {
    std::string key;
    for (uint32_t k = m.first; k < m.last; ++k) key += w.lower[k];
    // A listed name that opens with its article ("The Irish Times", "El
    // Universal") takes the article the tagger left out.
    if (m.first > 0 && w.Capitalized(m.first - 1) && lex.InClass("article", w.lower[m.first - 1]) &&
        lex.name_types.count(w.lower[m.first - 1] + key)) {
      --m.first;
      key = w.lower[m.first] + key;
    }
    auto it = lex.name_types.find(key);
    if (it == lex.name_types.end()) {
      if (std::string head = HeadType(w, lex, m); !head.empty() && !m.title) {
        m.type = head;
        m.sure = true;
      }
      continue;
    }
    m.listed = true;
    m.sure = true;
    if (m.type == it->second) continue;
    std::vector<std::string> words = MentionWords(w, m.first, m.last);
    bool person = false;
    for (const auto& p : people) person = person || (m.type == "PER" && EndOfName(words, p));
    if (!person) m.type = it->second;
  }
}

// Where the joiner after an enumeration member starts: past a nickname in
// quote marks right after it ("Pardo «El Flaco», Soto"), or `k` itself.
uint32_t PastQuotedAside(const Words& w, uint32_t k, uint32_t limit) {
  if (k >= limit || !OpeningMark(w.raw[k])) return k;
  for (uint32_t e = k + 1; e < limit && e <= k + kMaxAsideTokens; ++e) {
    if (ClosingMark(w.raw[k], w.raw[e])) return e + 1;
  }
  return k;
}

// Three or more initials with a dot after each letter ("R.M.T."): how
// court and crime news names a suspect, a victim or a minor. Agencies and
// parties write their acronyms without dots, plural abbreviations double
// their letters ("EE.UU.", "FF.AA."), and two letters are mostly places and
// bodies ("U.S.", "U.N.", "B.C."): this shape leaves them out.
bool PersonInitials(const std::string& s) {
  if (s.size() < 6 || s.size() > 10 || s.size() % 2 != 0) return false;
  for (size_t i = 0; i < s.size(); i += 2) {
    if (s[i] < 'A' || s[i] > 'Z' || s[i + 1] != '.') return false;
  }
  return true;
}

// True when a title stands right before the mention ("el ministro Ruiz",
// a demonym between allowed: "el presidente peruano Ruiz") or right after
// it and a comma ("Ana Ruiz, ministra de...": two words or more there), and
// the mention is written like a person's name: capitalised words only, at
// most kMaxPersonWords.
bool PersonByTitle(const Words& w, const LanguageData& lex, const RawMention& m) {
  if (m.last - m.first > kMaxPersonWords) return false;
  for (uint32_t k = m.first; k < m.last; ++k) {
    if (!w.Alpha(k) || !w.Capitalized(k) || w.AllCaps(k)) return false;
  }
  auto title = [&](uint32_t k) { return lex.titles.count(w.lower[k]) > 0 && !w.Capitalized(k); };
  uint32_t b = m.first;
  if (b >= 1 && lex.demonyms.count(w.lower[b - 1])) --b;
  if (b >= 1 && title(b - 1) && !w.LineBreakAfter(b - 1)) return true;
  // After a comma, a full name only: "Medellín, líder en innovación" is a city.
  return m.last - m.first >= 2 && m.last + 1 < w.size() && w.raw[m.last] == "," && title(m.last + 1) &&
         !w.LineBreakAfter(m.last);
}

// Types the words around a name give it, for names no list or head word
// typed: a lowercase head word right before it ("la isla Tortuguita", "la
// empresa Vantix", "la ley Mordaza"); an employer after a worker noun
// ("analista de Finamex"); a place in parentheses or after a comma
// at the end of a clause after a place ("Alzira (Valencia)", "El Pedregal,
// Tecámac."; "Guardia Urbana de Badalona (Barcelona)"), the region it lies
// in; dotted initials, a person; a group of a competition ("Grupo C"), MISC.
void TypesFromNeighbours(const Words& w, const LanguageData& lex, std::vector<RawMention>* raw) {
  std::vector<RawMention>& r = *raw;
  for (size_t i = 0; i < r.size(); ++i) {
    RawMention& m = r[i];
    if (m.sure || m.title) continue;
    // A stage of a competition and its letter: "Grupo C", "Zona B".
    if (m.last - m.first == 2 && lex.InClass("stage_head", w.lower[m.first]) && w.raw[m.first + 1].size() == 1 &&
        w.AllCaps(m.first + 1)) {
      m.type = "MISC";
      m.sure = true;
      continue;
    }
    if (m.last - m.first == 1 && PersonInitials(w.raw[m.first])) {
      m.type = "PER";
      continue;
    }
    // A person known by initials, right after a title: "el presidente
    // AMLO", "la expresidenta CFK". A body after a title takes "de" ("la
    // presidenta del PRI"), so a bare acronym there is the person.
    if (m.last - m.first == 1 && m.type == "ORG" && w.AllCaps(m.first, kMinInitials) && m.first >= 1 &&
        lex.titles.count(w.lower[m.first - 1]) && !w.Capitalized(m.first - 1) && !w.LineBreakAfter(m.first - 1)) {
      m.type = "PER";
      continue;
    }
    // Not a title ("la coordinadora Rosa Ibarra" is a person, not a body).
    if (m.first >= 1 && w.Alpha(m.first - 1) && !w.Capitalized(m.first - 1) && !lex.titles.count(w.lower[m.first - 1])) {
      const std::string& before = w.lower[m.first - 1];
      const char* type = lex.InClass("loc_head", before)   ? "LOC"
                         : lex.InClass("org_head", before)  ? "ORG"
                         : lex.InClass("misc_head", before) ? "MISC"
                                                            : nullptr;
      // A full name the tagger read as a person stays one after an
      // institution's noun: "fuentes del banco Marta Gil" (a street or a
      // prize named after someone is still a place or a work).
      bool full_person = m.type == "PER" && m.last - m.first >= 2;
      if (type != nullptr && !(full_person && lex.InClass("org_head", before) && !lex.InClass("loc_head", before))) {
        m.type = type;
        m.sure = true;
        continue;
      }
    }
    // A title right before a name or after it and a comma marks a person the
    // tagger read as a place or a work: "el ministro Ruiz Soto", "Santiago
    // Matías, ganador...", "Rosa Ibarra, coordinadora de voluntarios".
    if ((m.type == "LOC" || m.type == "MISC") && PersonByTitle(w, lex, m)) {
      m.type = "PER";
      continue;
    }
    // A worker's employer: "analista de Finamex", "vocera de Tiendas Rivera"; not a
    // portfolio ("portavoz de Seguridad Nacional"). Staff nouns go with towns as
    // often ("los trabajadores de Villanueva"): after them only a name the
    // tagger could not place (MISC) is the employer.
    bool portfolio = lex.InClass("department", w.lower[m.first]);
    const std::string& worker = m.first >= 2 ? w.lower[m.first - 2] : w.lower[m.first];
    bool employer_noun = lex.InClass("employee", worker) || (m.type == "MISC" && lex.InClass("staff", worker));
    // A person stays one: "el portavoz de Donald Trump".
    if ((m.type == "LOC" || m.type == "MISC") && !portfolio && m.first >= 2 && lex.InClass("of", w.lower[m.first - 1]) &&
        employer_noun) {
      m.type = "ORG";
      m.sure = true;
      continue;
    }
    if (i == 0 || m.type == "PER" || m.first != r[i - 1].last + 1 || m.last - m.first > kMaxSeatWords ||
        w.AllCaps(m.first)) {
      continue;
    }
    const RawMention& place = r[i - 1];
    // An institution of a town counts as the town: "la Guardia Urbana de Badalona (Barcelona)".
    bool of_town = place.last - place.first >= 3 && lex.InClass("of", w.lower[place.last - 2]);
    const std::string& between = w.raw[m.first - 1];
    bool in_parens = between == "(" && m.last < w.size() && w.raw[m.last] == ")" && (place.type == "LOC" || of_town);
    if (place.type != "LOC" && !in_parens) continue;
    bool clause_end = m.last == w.size() || w.LineBreakAfter(m.last - 1) || w.raw[m.last] == "." ||
                      w.raw[m.last] == ";" || w.raw[m.last] == ",";
    // After a comma only a name the tagger could not place (MISC): "Madrid, Telefónica, ..." stays.
    if (in_parens || (between == "," && m.type == "MISC" && clause_end)) {
      m.type = "LOC";
      m.sure = true;
    }
  }
}

// Names in one enumeration ("A, B, C y D", "A, B o C") are of one kind:
// after a plural place noun ("las calles Mitre, Sarmiento y Belgrano") all
// are places; else when two or more members were typed surely (a list, a
// head word: "Parque del Sol") and agree, the others take their type;
// else the type the tagger gave most members, when more than half share it
// ("Sorolla, Zurbarán, Goya y Velázquez" with two surnames read as places:
// a surname alone is where the tagger errs, the list around it is not).
void TypeEnumerations(const Words& w, const LanguageData& lex, std::vector<RawMention>* raw) {
  std::vector<RawMention>& r = *raw;
  for (size_t a = 0; a < r.size();) {
    size_t b = a + 1;  // the run is r[a, b)
    // "y"/"o" joins the last member: a name after a comma past it is an
    // apposition ("Transporte, Vivienda y Obras, Tomás Rey").
    bool last_joined = false;
    while (b < r.size() && r[b].first > r[b - 1].last && !last_joined) {
      uint32_t k = PastQuotedAside(w, r[b - 1].last, r[b].first);
      if (r[b].first != k + 1) break;
      last_joined = lex.InClass("and", w.lower[k]) || lex.InClass("or", w.lower[k]);
      if (w.raw[k] != "," && !last_joined) break;
      ++b;
    }
    if (b - a >= 3) {
      std::string type;
      uint32_t before = r[a].first;
      if (before >= 1 && lex.InClass("place_list", w.lower[before - 1])) type = "LOC";
      if (type.empty()) {
        std::map<std::string, int> sure;
        for (size_t k = a; k < b; ++k) {
          if (r[k].sure) sure[r[k].type]++;
        }
        if (sure.size() == 1 && sure.begin()->second >= 2) type = sure.begin()->first;
      }
      size_t type_votes = 0;  // when the tagger's majority decides
      if (type.empty()) {
        std::map<std::string, size_t> votes;
        for (size_t k = a; k < b; ++k) votes[r[k].type]++;
        for (const auto& [t, n] : votes) {
          if (2 * n > b - a) {
            type = t;
            type_votes = n;
          }
        }
      }
      // An acronym is rarely a person's name: "MIT, Cornell, Brown y Stanford"
      // keeps MIT. A person the tagger saw stays one against fewer than
      // kMinVotesOverPerson votes ("Aranguren, Olaizola y Etxeberria" with two surnames read as places).
      for (size_t k = a; k < b && !type.empty(); ++k) {
        bool acronym = r[k].last - r[k].first == 1 && w.AllCaps(r[k].first);
        bool kept_person = type_votes > 0 && r[k].type == "PER" && type_votes < kMinVotesOverPerson;
        if (!r[k].sure && !r[k].title && !acronym && !kept_person) r[k].type = type;
      }
    }
    a = b;
  }
}

// True for a word written in camel case, a lowercase letter first and a
// capital after it: how some outlets spell themselves ("laSexta", "eDiario").
bool CamelCase(const std::string& s) {
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

// Agencies, outlets and parties the tagger left untagged (all-caps "EL
// TIEMPO", a camel-case "laSexta", "votó Nuevas Ideas"): runs of unlabeled tokens that spell a listed
// name in full, every word capitalised ("de", "del" aside) or the name in
// camel case. Left out: a run inside a longer capitalised name ("Semana
// Santa", "Semana de la Moda"), one word opening a sentence ("Marca un gol") and a line in
// capitals (a headline shouting "MARCA RÉCORD").
std::vector<TokenSpan> UntaggedListedOrgs(const Words& w, const LanguageData& lex, const std::vector<char>& labeled) {
  std::vector<TokenSpan> out;
  auto shouted = [&](size_t k) { return k < w.size() && w.Alpha(k) && w.raw[k].size() >= 2 && w.AllCaps(k); };
  for (uint32_t i = 0; i < w.size(); ++i) {
    if (labeled[i] || !w.Alpha(i)) continue;
    bool camel = CamelCase(w.raw[i]);
    if (!camel && !w.Capitalized(i)) continue;
    for (uint32_t j = std::min<uint32_t>(static_cast<uint32_t>(w.size()), i + kMaxMediaTokens); j > i; --j) {
      std::string key;
      bool ok = true;
      for (uint32_t k = i; k < j && ok; ++k) {
        ok = !labeled[k] && (k == i || !w.LineBreakAfter(k - 1)) &&
             (!w.Alpha(k) || w.Capitalized(k) || (k == i && camel) || (k > i && lex.InClass("of", w.lower[k])));
        key += w.lower[k];
      }
      if (!ok || !lex.listed_org_names.count(key)) continue;
      bool single = j == i + 1;
      // The name goes on after the run, directly or past "de (la)": "Semana Santa", "Semana de la Moda".
      uint32_t next = j;
      while (next < w.size() && next < j + 2 && (lex.InClass("of", w.lower[next]) || lex.InClass("article", w.lower[next]))) ++next;
      bool inside = (i > 0 && !w.SentenceStart(i) && w.Alpha(i - 1) && w.Capitalized(i - 1) && !w.LineBreakAfter(i - 1)) ||
                    (next < w.size() && !w.SentenceStart(next) && w.Alpha(next) && w.Capitalized(next) &&
                     !w.LineBreakAfter(next - 1));
      bool all_caps = w.AllCaps(i);
      bool in_capitals = all_caps && ((i > 0 && !w.LineBreakAfter(i - 1) && shouted(i - 1)) ||
                                      (j < w.size() && !w.LineBreakAfter(j - 1) && shouted(j)));
      // One word capitalised where any word would be ("Podemos esperar",
      // "dijo: Podemos tener..."), not because it is a name.
      bool capital_by_position = w.SentenceStart(i) || w.LineBreakAfter(i - 1) ||
                                 lex.InClass("capital_after", w.raw[i - 1]);
      if (!camel && (inside || in_capitals || (single && capital_by_position))) break;
      out.push_back({i, j, -1});
      i = j - 1;
      break;
    }
  }
  return out;
}

// A function word written with a capital and then lowercase ("Para",
// "La"): in capitals ("DE") it says nothing, all words are so written.
bool TitleCaseFunctionWord(const Words& w, const LanguageData& lex, size_t k) {
  return w.Capitalized(k) && !w.AllCaps(k) && lex.stopwords.count(w.lower[k]);
}

// Per token, whether its line is a headline in title case ("Gobierno
// Anuncia Nuevas Medidas Para Frenar La Inflación": most words capitalised,
// function words too, past a sentence start).
std::vector<char> TitleCaseLines(const Words& w, const LanguageData& lex) {
  std::vector<char> out(w.size(), 0);
  for (size_t a = 0; a < w.size();) {
    size_t b = a;
    while (b + 1 < w.size() && !w.LineBreakAfter(b)) ++b;
    ++b;  // the line is tokens [a, b)
    size_t words = 0, capitalised = 0, capital_function = 0;
    for (size_t k = a; k < b; ++k) {
      if (!w.Alpha(k)) continue;
      ++words;
      capitalised += w.Capitalized(k);
      capital_function += !w.SentenceStart(k) && TitleCaseFunctionWord(w, lex, k);
    }
    bool title_case = words >= kMinHeadlineWords && capitalised * 10 >= words * kTitleCaseTenths &&
                      capital_function >= kMinCapitalFunctionWords;
    for (size_t k = a; k < b; ++k) out[k] = title_case;
    a = b;
  }
  return out;
}

// Drops what the tagger ran together across a title-case headline: a
// mention there with a capitalised function word inside ("Gobierno Anuncia
// Nuevas Medidas Para Frenar La Inflación"), unless listed ("Partido Por la
// Democracia"). The names in the line ("Colombia") stay. Hashtags go too.
void DropHeadlineRuns(const Words& w, const LanguageData& lex, std::vector<RawMention>* raw) {
  std::vector<char> title_line = TitleCaseLines(w, lex);
  std::vector<RawMention> out;
  for (const RawMention& m : *raw) {
    // A hashtag is a label, not a name: "#SinAgua", "#Elecciones2030".
    if (m.first >= 1 && w.raw[m.first - 1] == "#" && w.Glued(m.first - 1)) continue;
    // Inside a headline line any capitalised function word gives it away;
    // elsewhere one between two capitalised words of a long mention does
    // ("Handful Of People Exposed" after a time stamp): names write theirs
    // lowercase ("University of Chicago", "Ciudad de México"), an article
    // aside ("Estadio La Bombonera").
    bool run = false;
    for (uint32_t k = m.first + 1; k < m.last && !run; ++k) {
      bool inner = m.last - m.first >= 4 && k + 1 < m.last && w.Capitalized(k - 1) && w.Capitalized(k + 1);
      run = (title_line[k] || (inner && !lex.InClass("article", w.lower[k]))) && TitleCaseFunctionWord(w, lex, k);
    }
    if (run && !m.title) {
      std::string key;
      for (uint32_t k = m.first; k < m.last; ++k) key += w.lower[k];
      if (!lex.name_types.count(key)) continue;
    }
    out.push_back(m);
  }
  *raw = std::move(out);
}

}  // namespace

std::vector<EntityDraft> GroupMentions(const Words& w, const LanguageData& lex,
                                       const std::vector<EntityMention>* mentions,
                                       const std::vector<TokenSpan>& extra) {
  std::vector<RawMention> raw;
  std::vector<char> labeled(w.size(), 0);
  if (mentions != nullptr) {
    for (const EntityMention& m : *mentions) {
      if (m.first_token >= m.end_token || m.end_token > w.size()) continue;  // not this text's tokens
      raw.push_back({std::string(EntityTypeName(m.type)), m.first_token, m.end_token});
      for (uint32_t k = m.first_token; k < m.end_token; ++k) labeled[k] = 1;
    }
  }
  // Quoted titles replace the tagger's pieces of them ("Luz" PER, "Norte" LOC).
  for (const TokenSpan& t : QuotedWorks(w, lex)) {
    raw.erase(std::remove_if(raw.begin(), raw.end(), [&](const RawMention& m) { return m.first < t.last && t.first < m.last; }),
              raw.end());
    raw.push_back({"MISC", t.first, t.last, false, true});
    for (uint32_t k = t.first; k < t.last; ++k) labeled[k] = 1;
  }
  for (const TokenSpan& e : extra) {
    bool free = true;
    for (uint32_t k = e.first; k < e.last; ++k) free = free && !labeled[k];
    if (free) raw.push_back({"ORG", e.first, e.last});
    for (uint32_t k = e.first; free && k < e.last; ++k) labeled[k] = 1;
  }
  for (const TokenSpan& e : UntaggedListedOrgs(w, lex, labeled)) raw.push_back({"ORG", e.first, e.last});
  // A match report (sports words of entity_words.txt): names in a team's position are teams.
  size_t sports_words = 0;
  for (size_t k = 0; k < w.size(); ++k) sports_words += lex.InClass("sports", w.lower[k]);
  bool sports = sports_words >= kMinSportsWords;
  CleanMentions(w, lex, sports, &raw);
  DropHeadlineRuns(w, lex, &raw);
  std::sort(raw.begin(), raw.end(), [](const RawMention& a, const RawMention& b) { return a.first < b.first; });
  JoinMentions(w, lex, &raw);
  CorrectTypes(w, lex, &raw);
  TypesFromNeighbours(w, lex, &raw);
  TypeEnumerations(w, lex, &raw);

  struct Group {
    std::vector<std::string> name_words;  // of the fullest form
    std::vector<std::pair<uint32_t, uint32_t>> mentions;
    std::vector<std::string> types;  // per mention
    std::string first_type;
    bool listed = false;  // some mention is a lexicon name
    std::string sure_type;  // the first type given by a list or a head word ("Parque Fluvial" LOC)
  };
  std::vector<Group> groups;
  // Lowercased mention text -> group: "EUROPA PRESS" in a dateline and
  // "Europa Press" in the story are one name with one type.
  std::map<std::string, int> by_text;
  std::map<std::string, int> by_initials;
  int last_group_end_token = -1, last_group = -1;

  for (const RawMention& m : raw) {
    std::vector<std::string> words(w.raw.begin() + m.first, w.raw.begin() + m.last);
    std::string text = w.Slice(w.start(m.first), w.end(m.last - 1));
    int g = -1;
    std::string key = Lower(text);
    if (auto it = by_text.find(key); it != by_text.end()) g = it->second;
    // "Fondo Monetario Internacional (FMI)": the acronym right after a name;
    // also one written as a word ("Petróleos Mexicanos (Pemex)").
    if (g < 0 && m.first >= 2 && w.raw[m.first - 1] == "(" && last_group_end_token == static_cast<int>(m.first) - 1 &&
        (IsAcronym(text) || WordAcronymOf(w, lex, m, groups[last_group]))) {
      g = last_group;
    }
    if (g < 0 && IsAcronym(text)) {
      if (auto it = by_initials.find(text); it != by_initials.end()) g = it->second;
    }
    // A shorter form of a person's name: the most recent fuller name holding it.
    if (g < 0 && (m.type == "PER" || m.type == "MISC")) {
      for (int k = static_cast<int>(groups.size()) - 1; k >= 0 && g < 0; --k) {
        Group& c = groups[k];
        if (c.first_type == "PER" && c.name_words.size() > words.size() && Subsequence(words, c.name_words)) g = k;
      }
    }
    // A fuller form of a person met first by a short form.
    if (g < 0 && m.type == "PER" && words.size() > 1) {
      for (int k = static_cast<int>(groups.size()) - 1; k >= 0 && g < 0; --k) {
        Group& c = groups[k];
        if (c.first_type == "PER" && c.name_words.size() < words.size() && Subsequence(c.name_words, words)) g = k;
      }
    }
    if (g < 0) {
      g = static_cast<int>(groups.size());
      groups.push_back({});
      groups.back().first_type = m.type;
    }
    Group& grp = groups[g];
    if (words.size() > grp.name_words.size()) grp.name_words = words;
    grp.mentions.push_back({m.first, m.last});
    grp.types.push_back(m.type);
    grp.listed = grp.listed || m.listed;
    if (grp.sure_type.empty() && m.sure) grp.sure_type = m.type;
    by_text.emplace(key, g);
    if (m.last - m.first >= 2) {
      std::string ini = Initials(w, m.first, m.last);
      if (ini.size() >= 2) by_initials.emplace(ini, g);
    }
    last_group = g;
    last_group_end_token = static_cast<int>(m.last) - 1;
    // Skip over a closing parenthesis so "(FMI)" is seen as following the name.
    if (m.last < w.size() && w.raw[m.last] == "(") last_group_end_token = static_cast<int>(m.last);
  }

  // The type of a group: the tagger's majority over its fullest mentions
  // (a short form's type says less: "Lavrov" alone reads like a place),
  // the first of them on ties.
  auto group_type = [](const Group& g) {
    size_t longest = 0;
    for (auto& mm : g.mentions) longest = std::max<size_t>(longest, mm.second - mm.first);
    std::map<std::string, int> votes;
    for (size_t k = 0; k < g.mentions.size(); ++k) {
      if (g.mentions[k].second - g.mentions[k].first == longest) votes[g.types[k]]++;
    }
    std::string type;
    int best = 0;
    for (size_t k = 0; k < g.mentions.size(); ++k) {
      int v = votes[g.types[k]];
      if (g.mentions[k].second - g.mentions[k].first == longest && v > best) {
        best = v;
        type = g.types[k];
      }
    }
    return type;
  };

  // A shorter form the tagger typed other than PER ("Lavrov" as LOC, "Kim"
  // as ORG), before or after the full name, joins the person whose full
  // name (typed PER) starts or ends with it, when exactly one person in the
  // article fits: "Fernández" with both Alberto and Cristina Fernández
  // stays apart, and so does a lexicon name ("Washington") or a group that
  // is itself a full name. Exact words: "Putin" is not "Putina".
  std::vector<std::vector<std::vector<std::string>>> person_forms(groups.size());
  for (size_t k = 0; k < groups.size(); ++k) {
    if (group_type(groups[k]) != "PER") continue;
    for (size_t j = 0; j < groups[k].mentions.size(); ++j) {
      auto [first, last] = groups[k].mentions[j];
      if (groups[k].types[j] == "PER" && last - first >= 2) person_forms[k].push_back(MentionWords(w, first, last));
    }
  }
  std::vector<int> merged_into(groups.size(), -1);
  for (size_t g = 0; g < groups.size(); ++g) {
    Group& grp = groups[g];
    if (grp.listed || !person_forms[g].empty()) continue;
    uint32_t head = grp.mentions[0].first;
    if (!w.Capitalized(head) || !w.Alpha(head)) continue;
    int only = -1, fits = 0;
    for (size_t k = 0; k < groups.size(); ++k) {
      if (k == g || merged_into[k] >= 0) continue;
      bool fit = false;
      for (const auto& full : person_forms[k]) fit = fit || EndOfName(grp.name_words, full);
      if (fit) {
        ++fits;
        only = static_cast<int>(k);
      }
    }
    if (fits != 1) continue;
    merged_into[g] = only;
    Group& to = groups[only];
    to.mentions.insert(to.mentions.end(), grp.mentions.begin(), grp.mentions.end());
    to.types.insert(to.types.end(), grp.types.begin(), grp.types.end());
  }

  // A team or company named by its last words ("Lakers" for "Los Angeles
  // Lakers", "Saprissa" for "Deportivo Saprissa"): a group the tagger typed
  // ORG joins the one fuller name, not a person's, that ends with it. Only
  // a name of capitalised words alone: one with a function word names a
  // part or a member of something ("Pleno del Congreso", "Reglamento de la
  // UNAM"), and an acronym or a listed name ("Madrid") stays apart. The
  // fuller name is then an organisation even where the tagger read it as
  // the place it opens with.
  // Each group's type and whether its name is plain, read once: a merge
  // adds only shorter mentions, which do not vote (group_type).
  std::vector<std::string> type_of(groups.size());
  std::vector<char> plain_name(groups.size(), 1);
  for (size_t k = 0; k < groups.size(); ++k) {
    type_of[k] = group_type(groups[k]);
    for (const std::string& word : groups[k].name_words) plain_name[k] = plain_name[k] && !lex.stopwords.count(Lower(word));
  }
  for (size_t g = 0; g < groups.size(); ++g) {
    Group& grp = groups[g];
    if (merged_into[g] >= 0 || grp.listed || type_of[g] != "ORG") continue;
    if (grp.name_words.size() == 1 && IsAcronym(grp.name_words[0])) continue;
    int only = -1, fits = 0;
    for (size_t k = 0; k < groups.size(); ++k) {
      if (k == g || merged_into[k] >= 0 || type_of[k] == "PER") continue;
      const std::vector<std::string>& full = groups[k].name_words;
      if (grp.name_words.size() < full.size() && plain_name[k] &&
          std::equal(grp.name_words.begin(), grp.name_words.end(), full.end() - grp.name_words.size())) {
        ++fits;
        only = static_cast<int>(k);
      }
    }
    if (fits != 1) continue;
    merged_into[g] = only;
    Group& to = groups[only];
    if (to.sure_type.empty() && type_of[only] != "ORG") to.sure_type = "ORG";
    to.mentions.insert(to.mentions.end(), grp.mentions.begin(), grp.mentions.end());
    to.types.insert(to.types.end(), grp.types.begin(), grp.types.end());
  }

  // A surname the tagger left untagged ("Prouvost beat ...", opening a
  // sentence) is a mention of the one person whose full name ends with it:
  // a capitalised word standing alone (no capitalised neighbour inside the
  // sentence), not a listed name ("Washington"), not a function word.
  {
    std::vector<char> covered(w.size(), 0);
    for (const Group& grp : groups) {
      for (auto& [first, last] : grp.mentions) {
        for (uint32_t k = first; k < last && k < w.size(); ++k) covered[k] = 1;
      }
    }
    std::map<std::string, int> surname_of;  // surname -> group, -1 when two people share it
    for (size_t k = 0; k < groups.size(); ++k) {
      if (merged_into[k] >= 0) continue;
      for (const auto& full : person_forms[k]) {
        auto [it, added] = surname_of.emplace(full.back(), static_cast<int>(k));
        if (!added && it->second != static_cast<int>(k)) it->second = -1;
      }
    }
    for (uint32_t k = 0; k < w.size(); ++k) {
      if (covered[k] || !w.Alpha(k) || !w.Capitalized(k) || w.raw[k].size() < 3) continue;
      auto it = surname_of.find(w.raw[k]);
      if (it == surname_of.end() || it->second < 0) continue;
      bool alone = (k + 1 >= w.size() || !w.Capitalized(k + 1) || w.sentence[k + 1] != w.sentence[k]) &&
                   (w.SentenceStart(k) || !w.Capitalized(k - 1));
      if (!alone || lex.stopwords.count(w.lower[k]) || lex.name_types.count(NameKey(w.raw[k]))) continue;
      Group& to = groups[it->second];
      to.mentions.push_back({k, k + 1});
      to.types.push_back("PER");
    }
  }

  // In a match report, a place, work or one-word person in a team's
  // position is the team ("los jugadores de Independiente", "ante el
  // Real Potosí"); a listed country stays LOC (the national team, as CoNLL).

  std::vector<EntityDraft> out;
  out.reserve(groups.size());
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    if (merged_into[gi] >= 0) continue;
    Group& g = groups[gi];
    EntityDraft e;
    // A type a list or a head word gave one of its mentions beats the tagger's vote.
    e.type = g.sure_type.empty() ? group_type(g) : g.sure_type;
    if (sports && !g.listed && e.type != "ORG") {
      bool club = false;
      for (const auto& [first, last] : g.mentions) {
        // A demonym is no one's name: "Boliviano" typed PER is a club.
        bool person = e.type == "PER" && !(last - first == 1 && lex.demonyms.count(w.lower[first]));
        club = club || ClubPosition(w, lex, {e.type, first, last}, person);
      }
      if (club) e.type = "ORG";
    }
    // Mentions in text order (types move with them: only the order changes).
    std::vector<size_t> order(g.mentions.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return g.mentions[a] < g.mentions[b]; });
    for (size_t k : order) e.mentions.push_back(g.mentions[k]);
    // The fullest form as written: the longest mention (first one on ties),
    // one in the story's own case before one in capitals ("México" over a
    // dateline's "MÉXICO"), unless capitals are all there is ("PRI").
    auto shouted = [&](const std::pair<uint32_t, uint32_t>& mm) {
      for (uint32_t k = mm.first; k < mm.second; ++k) {
        if (w.Alpha(k) && !w.AllCaps(k)) return false;
      }
      return true;
    };
    std::pair<uint32_t, uint32_t> full = e.mentions[0];
    for (auto& mm : e.mentions) {
      bool better_case = shouted(full) && !shouted(mm);
      bool same_case = shouted(full) == shouted(mm);
      if (better_case || (same_case && mm.second - mm.first > full.second - full.first)) full = mm;
    }
    e.name = w.Slice(w.start(full.first), w.end(full.second - 1));
    out.push_back(std::move(e));
  }
  // Entities in order of first mention (a merge can move a group earlier).
  std::stable_sort(out.begin(), out.end(), [](const EntityDraft& a, const EntityDraft& b) {
    return a.mentions.front().first < b.mentions.front().first;
  });
  return out;
}

namespace {

// True when the mention's words are a generic noun alone ("Gobierno"), a
// generic phrase ("Poder Ejecutivo") or only portfolio words of a title
// ("Relaciones Exteriores", "Agricultura, Pesca y Ganadería"), a title word
// before them allowed ("Ministro de Economía": a role, not a name).
bool GenericMention(const Words& w, const LanguageData& lex, uint32_t first, uint32_t last) {
  // A currency sign the tagger took for a name ("S/.", "US$"): signs only, since some currency
  // names are also places and surnames ("Córdoba", "Colón").
  if (last - first == 1 && lex.currencies.count(w.lower[first])) {
    const std::string& t = w.lower[first];
    bool sign = std::any_of(t.begin(), t.end(), [](char c) {
      return static_cast<unsigned char>(c) < 0x80 && !std::isalpha(static_cast<unsigned char>(c));
    });
    if (sign) return true;
  }
  // A lone subject pronoun ("Yo" opening a line) is no one's name.
  if (last - first == 1 && lex.subject_pronouns.count(w.lower[first])) return true;
  std::string phrase;
  size_t words = 0, department = 0;
  bool titled = last - first >= 2 && lex.titles.count(w.lower[first]);
  if (titled) ++first;
  // The "de" after the title is no word of the name: "Ministro de Economía".
  if (titled && first + 1 < last && lex.InClass("of", w.lower[first])) ++first;
  for (uint32_t k = first; k < last; ++k) {
    if (w.Digits(k)) return false;  // a numbered name: "Distrito 12"
    if (!w.Alpha(k)) continue;
    if (!phrase.empty()) phrase += ' ';
    phrase += w.lower[k];
    if (lex.InClass("particle", w.lower[k]) && k > first) continue;
    ++words;
    department += lex.InClass("department", w.lower[k]);
  }
  if (words == 0) return false;
  // A title alone ("Presidenta" opening a headline), a month or weekday ("Nov.").
  if (last - first == 1 && (lex.titles.count(phrase) || lex.months.count(w.lower[first]) ||
                            lex.month_abbrs.count(w.lower[first]) || lex.weekdays.count(phrase))) {
    return true;
  }
  return lex.InClass("generic", phrase) || department == words;
}

// Acronyms the text spells out in lowercase words before them, in
// parentheses: "el beneficio por acción (BPA)", "el índice de precios al
// consumidor (IPC)" (function words may be left out). They stand for a
// common noun, a term, not for a name.
std::unordered_set<std::string> TermAcronyms(const Words& w, const LanguageData& lex) {
  std::unordered_set<std::string> out;
  for (size_t k = 2; k + 1 < w.size(); ++k) {
    if (w.raw[k - 1] != "(" || w.raw[k + 1] != ")" || !w.AllCaps(k, 2)) continue;
    const std::string& a = w.lower[k];
    if (!std::all_of(a.begin(), a.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
    size_t n = a.size();
    for (size_t j = k - 1; j-- > 0 && n > 0;) {
      if (!w.Alpha(j) || w.Capitalized(j) || w.sentence[j] != w.sentence[k]) break;
      const std::string* folded = w.Folded(j);
      char initial = (folded ? *folded : w.lower[j])[0];
      if (initial == a[n - 1]) {
        --n;
      } else if (!lex.stopwords.count(w.lower[j])) {
        break;
      }
    }
    if (n == 0) out.insert(a);
  }
  return out;
}

}  // namespace

void PruneEntities(const Words& w, const LanguageData& lex, const std::vector<Boilerplate>& boilerplate,
                   std::vector<EntityDraft>* entities, std::vector<int>* owners,
                   std::vector<TokenSpan>* role_evidence) {
  const std::unordered_set<std::string> terms = TermAcronyms(w, lex);
  const std::vector<char> in_boilerplate = BoilerplateTokens(w, boilerplate);
  std::vector<int> new_index(entities->size(), -1);
  std::vector<EntityDraft> kept;
  for (size_t e = 0; e < entities->size(); ++e) {
    EntityDraft& d = (*entities)[e];
    bool in_story = false, named = false;
    for (const auto& [first, last] : d.mentions) {
      if (first >= w.size()) continue;
      // Names only in boilerplate are no entities of the story, a credited
      // agency included: "(EFE)" or "Con información de AFP" is a source
      // (Document::sources), with no entity unless the story names it.
      if (in_boilerplate[first]) continue;
      in_story = true;
      bool term = last == first + 1 && terms.count(w.lower[first]) > 0;
      named = named || (!term && !GenericMention(w, lex, first, std::min<uint32_t>(last, static_cast<uint32_t>(w.size()))));
    }
    // A role mention ("el ministro") of a person keeps the person; only names are weighed.
    if (d.from_role && in_story) named = true;
    // Named only inside a person's title and typed MISC: a portfolio ("portavoz de Seguridad Nacional").
    if (d.role_of >= 0 && d.type == "MISC") named = false;
    if (!in_story || !named) continue;
    new_index[e] = static_cast<int>(kept.size());
    kept.push_back(std::move(d));
  }
  for (EntityDraft& d : kept) d.role_of = d.role_of >= 0 ? new_index[d.role_of] : -1;
  for (int& o : *owners) o = o >= 0 ? new_index[o] : -1;
  for (TokenSpan& r : *role_evidence) r.entity = r.entity >= 0 ? new_index[r.entity] : -1;
  *entities = std::move(kept);
}

std::vector<int> MentionOwners(const Words& w, const std::vector<EntityDraft>& entities) {
  std::vector<int> owners(w.size(), -1);
  for (size_t e = 0; e < entities.size(); ++e) {
    for (auto& m : entities[e].mentions) {
      for (uint32_t k = m.first; k < m.second; ++k) owners[k] = static_cast<int>(e);
    }
  }
  return owners;
}

}  // namespace resalta
