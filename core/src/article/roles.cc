// Roles and titles: appositions and pre-modifiers around a name, and role
// phrases that stand for a person already introduced.
#include <algorithm>
#include <unordered_set>

#include "article/article_passes.h"

namespace resalta {
namespace {

// Most tokens a role phrase may span: "presidenta del Tribunal Electoral
// Independiente de la Coordinadora ..." is long; wire copy rarely goes past.
constexpr size_t kMaxRoleTokens = 16;

bool Breaker(const Words& w, const LanguageData& lex, size_t i) { return lex.role_breakers.count(w.lower[i]) > 0; }
bool Determiner(const Words& w, const LanguageData& lex, size_t i) {
  return i < w.size() && lex.determiners.count(w.lower[i]) > 0;
}
bool QuoteMark(const std::string& s) {
  return s == "\"" || s == "“" || s == "”" || s == "«" || s == "»" || s == "‘" || s == "’";
}
// A lowercase word that can be a noun or adjective in a role phrase.
bool PlainWord(const Words& w, const LanguageData& lex, size_t i) {
  if (i >= w.size() || !w.Alpha(i) || w.Capitalized(i)) return false;
  const std::string& l = w.lower[i];
  // Date words ("ayer", "martes") are an aside, not a noun: "Pérez, ayer, dijo".
  bool date = lex.day_words.count(l) || lex.weekdays.count(l) || lex.months.count(l);
  return !date && !Breaker(w, lex, i) && !lex.stopwords.count(l) && !lex.cue_verbs.count(l) &&
         !lex.prepositions.count(l);
}

// Longest title at token i ("primer ministro" before "ministro"), with a
// former prefix ("exministro", "ex ministro", "ex-ministro"); returns its
// length in tokens and sets *group.
size_t TitleAt(const Words& w, const LanguageData& lex, size_t i, std::string* group) {
  if (i >= w.size()) return 0;
  auto lookup = [&](const std::string& word, std::string* g) {
    auto it = lex.titles.find(word);
    if (it == lex.titles.end()) return false;
    *g = it->second;
    return true;
  };
  if (i + 1 < w.size() && lookup(w.lower[i] + " " + w.lower[i + 1], group)) return 2;
  if (lookup(w.lower[i], group)) return 1;
  for (const std::string& prefix : lex.former_prefixes) {
    const std::string& l = w.lower[i];
    if (l == prefix && i + 1 < w.size()) {
      size_t n = TitleAt(w, lex, i + 1, group);
      if (n > 0) return n + 1;  // "ex ministro"
    }
    if (l.size() > prefix.size() + 2 && l.compare(0, prefix.size(), prefix) == 0 &&
        lookup(l.substr(prefix.size()), group)) {
      return 1;  // "exministro"
    }
  }
  return 0;
}

// One past a run of capitalised words that make one name, from k: "La Fe
// de València", "Industria, Comercio y Turismo", "“elPeriódico”". Returns k
// when no name starts there.
size_t NameRun(const Words& w, const LanguageData& lex, size_t k, size_t limit) {
  size_t i = k;
  bool marked = i < limit && QuoteMark(w.raw[i]);
  if (marked) ++i;
  // The first word is capitalised, or any word right after an opening mark.
  if (i >= limit || !w.Alpha(i) || (!marked && !w.Capitalized(i))) return k;
  size_t end = ++i;
  while (i < limit) {
    if (QuoteMark(w.raw[i]) || (w.Alpha(i) && w.Capitalized(i))) {
      end = ++i;
      continue;
    }
    // Joiners only between capitalised words; a comma only in a list that
    // ends in "y": "Industria, Comercio y Turismo".
    if (lex.name_joiners.count(w.lower[i])) {
      size_t j = i + 1;
      while (j < limit && lex.name_joiners.count(w.lower[j])) ++j;
      if (j < limit && w.Capitalized(j)) {
        i = j;
        continue;
      }
      break;
    }
    if (w.raw[i] == "," && i + 1 < limit && w.Capitalized(i + 1)) {
      bool list = false;
      for (size_t j = i + 1; j < limit && j <= i + 6; ++j) {
        if (lex.title_joiners.count(w.lower[j]) && j + 1 < limit && w.Capitalized(j + 1)) {
          list = true;
          break;
        }
        if (!w.Capitalized(j) && w.raw[j] != ",") break;
      }
      if (list) {
        ++i;
        continue;
      }
    }
    break;
  }
  return end;
}

// One past the role phrase whose title starts at t, never beyond `limit`:
// the title, up to two adjectives ("ejecutivo", a demonym), then
// complements ("de la Casa Blanca", "del centro", "a la Alcaldía de
// Sevilla") and a second title joined by "y" ("ministro de Comunicación y
// portavoz del Gobierno"). It ends where the phrase ends: "… habló de" is
// not part of it. Returns t when no title starts at t.
size_t RoleEnd(const Words& w, const LanguageData& lex, size_t t, size_t limit, bool org) {
  std::string group;
  size_t n = org ? (t < w.size() && lex.org_titles.count(w.lower[t]) ? 1 : 0) : TitleAt(w, lex, t, &group);
  if (n == 0) return t;
  size_t k = std::min(t + n, limit);
  auto adjectives = [&] {
    for (int a = 0; a < 2 && k < limit && !w.Capitalized(k) &&
                    (lex.title_adjectives.count(w.lower[k]) || lex.demonyms.count(w.lower[k]));
         ++a) {
      ++k;
    }
  };
  adjectives();
  while (k < limit && k - t < kMaxRoleTokens) {
    const std::string& l = w.lower[k];
    size_t j = k + 1;
    if (lex.role_complements.count(l) || lex.place_complements.count(l)) {
      while (j < limit && Determiner(w, lex, j) && !lex.role_complements.count(w.lower[j])) ++j;
      size_t name = NameRun(w, lex, j, limit);
      if (name > j) {
        k = name;
        adjectives();
        continue;
      }
      // "de trasplantes", "del centro", "de la provincia": a plain noun,
      // after "de" only.
      // A name may follow the noun: "de la categoría Programa de
      // Temporada", "del diario “laVoz”".
      if (lex.role_complements.count(l) && PlainWord(w, lex, j)) {
        k = j + 1;
        adjectives();
        k = NameRun(w, lex, k, limit);
        continue;
      }
      break;
    }
    if (!org && lex.title_joiners.count(l)) {
      size_t second = RoleEnd(w, lex, j, limit, false);
      if (second > j) {
        k = second;
        continue;
      }
    }
    break;
  }
  return k;
}

// The title phrase that ends right before token `end` (exclusive), walking
// left within the sentence: returns its first token or -1.
int TitleBefore(const Words& w, const LanguageData& lex, bool org, uint32_t end, std::string* group) {
  uint32_t sent_first = w.sent_first[w.sentence[end - 1]];
  int best = -1;
  for (int i = static_cast<int>(end) - 1;
       i >= static_cast<int>(sent_first) && static_cast<int>(end) - i <= static_cast<int>(kMaxRoleTokens); --i) {
    if (w.raw[i] == "." || w.raw[i] == ";" || w.raw[i] == ":" || lex.cue_verbs.count(w.lower[i])) break;
    std::string g;
    size_t n = org ? (lex.org_titles.count(w.lower[i]) ? 1 : 0) : TitleAt(w, lex, i, &g);
    if (n == 0 || RoleEnd(w, lex, i, end, org) != end) continue;
    if (!w.Capitalized(i) || i == static_cast<int>(sent_first) || Determiner(w, lex, i - 1)) {
      best = i;  // the leftmost title wins: "el ex presidente y líder" keeps "presidente"
      *group = org ? w.lower[i] : g;
    }
  }
  return best;
}

// A noun with no title list behind it right before a person's name: "el
// adolescente Ricardo Mizael", "la activista Ana Ruiz". Returns its first
// token or -1.
int DescriptorBefore(const Words& w, const LanguageData& lex, uint32_t first) {
  if (first < 2) return -1;
  uint32_t k = first;
  int adjectives = 0;
  while (k > 0 && adjectives < 2 && !w.Capitalized(k - 1) &&
         (lex.demonyms.count(w.lower[k - 1]) || lex.title_adjectives.count(w.lower[k - 1]))) {
    --k;
    ++adjectives;
  }
  if (k < 2 || !PlainWord(w, lex, k - 1) || !Determiner(w, lex, k - 2)) return -1;
  if (w.sentence[k - 2] != w.sentence[first]) return -1;
  return static_cast<int>(k - 1);
}

// Where a role before a name ends: before the honorifics between them
// ("the CDC's Director Dr. Tom Frieden").
uint32_t PastHonorifics(const Words& w, const LanguageData& lex, int from, uint32_t name) {
  while (name > static_cast<uint32_t>(from) + 1 && lex.honorifics.count(w.lower[name - 1])) --name;
  return name;
}

// English order ("Russian Foreign Minister Sergei Lavrov", "Syria’s
// President Bashar al-Assad", "culture secretary John Whittingdale",
// "French-born artist Laure Prouvost"): a title right before the name, or
// (when `titled` is false) a noun with a descriptor ending there
// ("industrialist Mukesh Ambani"), and the modifiers before it: names,
// possessives, lowercase nouns and compound adjectives, up to a
// determiner, a verb of saying, a preposition or the sentence's start.
// Returns the role's first token or -1.
int PremodifiedRoleBefore(const Words& w, const LanguageData& lex, const std::vector<EntityDraft>& entities,
                          const std::vector<int>& owners, uint32_t first, bool titled, std::string* group) {
  if (!lex.modifiers_before_title || first == 0) return -1;
  const uint32_t sent_first = w.sent_first[w.sentence[first]];
  // An honorific between title and name: "the CDC's Director Dr. Tom Frieden".
  first = PastHonorifics(w, lex, static_cast<int>(sent_first), first);
  if (first <= sent_first) return -1;
  int head = -1;
  std::string g;
  if (titled) {
    // "Prime Minister", "former President": the longest title ending right before the name.
    for (uint32_t n = 3; n >= 1 && head < 0; --n) {
      if (first >= sent_first + n && TitleAt(w, lex, first - n, &g) == n) head = static_cast<int>(first - n);
    }
  } else {
    const std::string& l = w.lower[first - 1];
    bool ending = false;
    for (const std::string& e : lex.descriptor_endings) {
      ending = ending || HasEnding(l, e, 3);
    }
    if (ending && PlainWord(w, lex, first - 1)) head = static_cast<int>(first - 1);
  }
  if (head < 0) return -1;
  auto person = [&](uint32_t k) { return owners[k] >= 0 && entities[owners[k]].type == "PER"; };
  // A compound adjective: "French-born", "Oscar-nominated".
  auto compound = [&](uint32_t k) { return w.Alpha(k) && CompoundAdjective(w.raw[k]); };
  uint32_t k = static_cast<uint32_t>(head);
  for (int modifiers = 0; k > sent_first && modifiers < 4; ++modifiers) {
    uint32_t j = k - 1;
    const std::string& l = w.lower[j];
    if (lex.possessives.count(l) && j > sent_first && w.Capitalized(j - 1)) {
      k = j - 1;  // "Syria ’s": then the rest of the name; a possessive opens the phrase
      while (k > sent_first && w.Capitalized(k - 1) && w.Alpha(k - 1) && !Determiner(w, lex, k - 1)) --k;
      break;
    }
    // A person's name is the subject, not a modifier: "Prouvost beat painter Ana Ruiz".
    if (person(j)) break;
    // A date word is an aside: "On Wednesday IMF managing director ...".
    bool date = lex.day_words.count(l) || lex.weekdays.count(l) || lex.months.count(l);
    bool name_word = w.Alpha(j) && w.Capitalized(j) && !Determiner(w, lex, j) && !lex.stopwords.count(l) &&
                     !lex.cue_verbs.count(l) && !date;
    // A participle after its auxiliary is the verb: "Labour has accused
    // Conservative minister John Whittingdale".
    if (j > sent_first && PlainWord(w, lex, j) && lex.speech_auxiliaries.count(w.lower[j - 1])) break;
    if (CompoundTail(w, j) && j > sent_first) {
      k = j - 1;  // "French" "-born"
      continue;
    }
    if (name_word || compound(j) || PlainWord(w, lex, j)) {
      k = j;
      continue;
    }
    break;
  }
  // A lowercase word right after a person's name is its verb ("beat").
  while (k < static_cast<uint32_t>(head) && k > sent_first && person(k - 1) && !w.Capitalized(k)) ++k;
  *group = titled ? g : "";
  return static_cast<int>(k);
}

// A title phrase joined to the name by a copula: "El comisario de la
// exposición es la escritora Inés Arrieta", "La nueva fiscal será Ana Ruiz".
// Sets [*from, *to) and *group; false when there is none.
bool CopulaRoleBefore(const Words& w, const LanguageData& lex, uint32_t first, uint32_t* from, uint32_t* to,
                      std::string* group) {
  uint32_t k = first;
  std::string g;
  // "es la escritora Inés Arrieta": a descriptor between copula and name.
  if (k >= 2 && (PlainWord(w, lex, k - 1) || TitleAt(w, lex, k - 1, &g) > 0) && Determiner(w, lex, k - 2)) k -= 2;
  if (k < 2 || !lex.copulas.count(w.lower[k - 1]) || w.sentence[k - 1] != w.sentence[first]) return false;
  uint32_t copula = k - 1;
  int t = TitleBefore(w, lex, false, copula, group);
  if (t < 0 || !(t == static_cast<int>(w.sent_first[w.sentence[copula]]) || Determiner(w, lex, t - 1))) return false;
  *from = static_cast<uint32_t>(t);
  *to = copula;
  return true;
}

// True when tokens [k, k + age.size()) are an age: "de 52 años".
size_t AgeAt(const Words& w, const LanguageData& lex, size_t k) {
  const Phrase& age = lex.age_phrase;
  if (age.empty() || k + age.size() > w.size()) return 0;
  for (size_t a = 0; a < age.size(); ++a) {
    bool number = age[a] == "n";
    if (number ? !(w.Digits(k + a) || w.IsNumber(k + a) || lex.numbers.count(w.lower[k + a]))
               : w.lower[k + a] != age[a]) {
      return 0;
    }
  }
  return age.size();
}

// Where a noun phrase from t ends at a comma, a dash or the sentence's end,
// with no verb of saying, clause word or quote mark inside; t when it does
// not, or runs past kMaxRoleTokens.
size_t ClosedPhraseEnd(const Words& w, const LanguageData& lex, size_t t, size_t sent_end) {
  size_t k = t;
  for (; k < sent_end && k - t < kMaxRoleTokens; ++k) {
    const std::string& r = w.raw[k];
    if (r == "," || r == "-" || r == "—" || r == "." || r == ";" || r == ":" || r == "(") break;
    if (lex.cue_verbs.count(w.lower[k]) || lex.relatives.count(w.lower[k]) || QuoteMark(r)) return t;
  }
  return k - t >= kMaxRoleTokens ? t : k;
}

// The apposition after a person's name and its comma, starting at t:
// "director del museo", "de 52 años, hasta ahora viceministro de Hacienda",
// "vecina de Olmedo y testigo del choque". Sets [*first, *end) and
// *group; false when there is none.
bool AppositionAfter(const Words& w, const LanguageData& lex, size_t t, uint32_t* first, uint32_t* end,
                     std::string* group) {
  size_t sent_end = w.sent_end[w.sentence[t]];
  if (size_t n = AgeAt(w, lex, t); n && t + n < sent_end && w.raw[t + n] == ",") t += n + 1;
  // "actual ministra", "hasta ahora viceministro", "el tercero de ...".
  for (int lead = 0; lead < 2 && t < sent_end; ++lead) {
    if (lex.apposition_leads.count(w.lower[t])) {
      ++t;
    } else if (t + 1 < sent_end && lex.apposition_leads.count(w.lower[t] + " " + w.lower[t + 1])) {
      t += 2;
    }
  }
  if (t < sent_end && Determiner(w, lex, t)) ++t;
  if (t >= sent_end || w.Capitalized(t)) return false;
  if (TitleAt(w, lex, t, group) > 0) {
    size_t k = RoleEnd(w, lex, t, sent_end, false);
    // A second phrase joined by "y" and closed by a comma belongs to it:
    // "ganador de Cantante del Año y Premio del Público, destacó"; "…
    // después de haber tenido un incidente" does not.
    size_t closed = k < sent_end && lex.title_joiners.count(w.lower[k]) ? ClosedPhraseEnd(w, lex, k, sent_end) : k;
    if (closed > k && closed < sent_end && w.raw[closed] == ",") k = closed;
    *first = static_cast<uint32_t>(t);
    *end = static_cast<uint32_t>(k);
    return true;
  }
  // Any noun phrase closed by a comma, a dash or the sentence's end, with no
  // verb of saying or clause word inside.
  if (!PlainWord(w, lex, t)) return false;
  size_t k = ClosedPhraseEnd(w, lex, t, sent_end);
  if (k == t) return false;
  group->clear();
  *first = static_cast<uint32_t>(t);
  *end = static_cast<uint32_t>(k);
  return true;
}

}  // namespace

std::vector<TokenSpan> AttachRoles(const Words& w, const LanguageData& lex, const std::vector<int>& owners,
                                   std::vector<EntityDraft>* entities) {
  std::vector<TokenSpan> evidence;
  for (size_t ei = 0; ei < entities->size(); ++ei) {
    EntityDraft& e = (*entities)[ei];
    bool person = e.type == "PER";
    bool org = e.type == "ORG" || e.type == "MISC";
    if (!person && !org) continue;
    auto attach = [&](uint32_t from, uint32_t to, const std::string& group, uint32_t evidence_from) {
      e.role = w.Slice(w.start(from), w.end(to - 1));
      e.role_group = group;
      evidence.push_back({evidence_from, to, static_cast<int>(ei)});
    };
    // Titles first, over every mention ("El comisario de la exposición es el
    // escritor X" beats an earlier "el escritor X"), then descriptors and
    // appositions with no title.
    for (bool titled : {true, false}) {
      for (auto& [first, last] : e.mentions) {
        if (!e.role.empty()) break;
        // Before the name: "el presidente Vladimir Putin", "El ministro ..., Serguei Lavrov".
        if (first > 0 && titled) {
          // The copula first: "El comisario … es el escritor X" is the comisario.
          uint32_t from = 0, to = 0;
          std::string group;
          if (person && CopulaRoleBefore(w, lex, first, &from, &to, &group)) attach(from, to, group, from);
          uint32_t end = first;
          if (person && w.raw[first - 1] == ",") end = first - 1;
          if (person && e.role.empty()) {
            int t = PremodifiedRoleBefore(w, lex, *entities, owners, first, true, &group);
            if (t >= 0) attach(static_cast<uint32_t>(t), PastHonorifics(w, lex, t, first), group, static_cast<uint32_t>(t));
          }
          if (e.role.empty() && end > 0 && w.sentence[end - 1] == w.sentence[first]) {
            int t = TitleBefore(w, lex, org, end, &group);
            if (t >= 0) attach(static_cast<uint32_t>(t), end, group, static_cast<uint32_t>(t));
          }
        }
        std::string unused;
        int d = person && !titled && e.role.empty() ? DescriptorBefore(w, lex, first) : -1;
        if (d < 0 && person && !titled && e.role.empty()) d = PremodifiedRoleBefore(w, lex, *entities, owners, first, false, &unused);
        if (d >= 0) attach(static_cast<uint32_t>(d), PastHonorifics(w, lex, d, first), "", static_cast<uint32_t>(d));
        // After the name: "Miguel Zugaza, director del museo". With a title
        // before too ("El subprefecto X, jefe de la Brigada ..., indicó") the
        // apposition stays evidence of the person, not a second role.
        if (person && last + 1 < w.size() && w.raw[last] == "," && w.sentence[last] == w.sentence[first]) {
          uint32_t from = 0, to = 0;
          std::string group;
          if (AppositionAfter(w, lex, last + 1, &from, &to, &group)) {
            if (e.role.empty() && titled == !group.empty()) {
              attach(from, to, group, last + 1);
            } else if (!e.role.empty() && titled) {
              evidence.push_back({last + 1, to, static_cast<int>(ei)});
            }
          }
        }
      }
    }
  }
  return evidence;
}

namespace {

// True when a person of no known title is named in the sentence before
// token i's (one named in i's own sentence is someone else: "la idea de
// Ruiz, el juez dijo").
bool UntitledPersonJustBefore(const Words& w, const std::vector<EntityDraft>& entities, size_t i) {
  for (const EntityDraft& d : entities) {
    if (d.type != "PER" || !d.role_group.empty()) continue;
    for (const auto& m : d.mentions) {
      if (w.sentence[m.first] + 1 == w.sentence[i]) return true;
    }
  }
  return false;
}

}  // namespace

void ResolveRoleMentions(const Words& w, const LanguageData& lex, const std::vector<TokenSpan>& role_evidence,
                         std::vector<EntityDraft>* entities, std::vector<int>* owners) {
  std::vector<char> used(w.size(), 0);
  for (const TokenSpan& s : role_evidence) {
    for (uint32_t k = s.first; k < s.last && k < w.size(); ++k) used[k] = 1;
  }
  // People with a title, for lookup by group.
  std::vector<size_t> titled;
  for (size_t e = 0; e < entities->size(); ++e) {
    if ((*entities)[e].type == "PER" && !(*entities)[e].role_group.empty()) titled.push_back(e);
  }
  if (titled.empty()) return;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (!lex.definite_articles.count(w.lower[i])) continue;
    std::string group;
    size_t n = TitleAt(w, lex, i + 1, &group);
    if (n == 0 || used[i + 1] || (*owners)[i + 1] >= 0 || w.Capitalized(i + 1)) continue;
    size_t end = i + 1 + n;
    while (end < w.size() && lex.demonyms.count(w.lower[end]) && !w.Capitalized(end)) ++end;
    // A name or its apposition follows: the role belongs to that name, not to an earlier one.
    if (end < w.size() && ((*owners)[end] >= 0 || w.raw[end] == "," || lex.role_complements.count(w.lower[end]) ||
                           (w.Capitalized(end) && w.Alpha(end)))) {
      continue;
    }
    // The most recent titled person of the same group mentioned before.
    int best = -1;
    uint32_t best_pos = 0;
    for (size_t e : titled) {
      const EntityDraft& d = (*entities)[e];
      if (d.role_group != group) continue;
      for (auto& m : d.mentions) {
        if (m.first < i && (best < 0 || m.first >= best_pos)) {
          best = static_cast<int>(e);
          best_pos = m.first;
        }
      }
    }
    if (best < 0) continue;
    // A person of no known title named in the sentence before is nearer
    // than a title holder named long before ("… anunciada por Maduro. El
    // mandatario informó"): quotes.cc resolves the noun.
    if (w.sentence[best_pos] + kTitleReach < w.sentence[i] && UntitledPersonJustBefore(w, *entities, i)) continue;
    EntityDraft& d = (*entities)[best];
    d.mentions.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end)});
    std::sort(d.mentions.begin(), d.mentions.end());
    for (size_t k = i; k < end; ++k) (*owners)[k] = best;
    i = end - 1;
  }
}

void MarkRoleFragments(const std::vector<TokenSpan>& role_evidence, std::vector<EntityDraft>* entities) {
  for (EntityDraft& e : *entities) {
    if (e.type != "ORG" && e.type != "MISC") continue;
    int owner = -1;
    for (auto& [first, last] : e.mentions) {
      int inside = -1;
      for (const TokenSpan& r : role_evidence) {
        if (r.entity >= 0 && (*entities)[r.entity].type == "PER" && r.first <= first && last <= r.last) {
          inside = r.entity;
          break;
        }
      }
      if (inside < 0) {
        owner = -1;
        break;
      }
      if (owner < 0) owner = inside;
    }
    e.role_of = owner;
  }
}

}  // namespace resalta
