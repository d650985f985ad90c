// Roles and titles: appositions and pre-modifiers around a name, and role
// phrases that stand for a person already introduced.
#include <algorithm>
#include <unordered_set>

#include "article/article_passes.h"

namespace resalta {
namespace {

// Words that end a title phrase when walking away from the name: verbs and
// clause-level particles cannot be inside "ministro ruso de Relaciones
// Exteriores". From reading appositions in wire copy.
const std::unordered_set<std::string>& Breakers() {
  static const std::unordered_set<std::string> k = {
      "a", "al", "que", "y", "e", "o", "u", "con", "por", "para", "en", "se", "su", "sus", "lo", "le", "les",
      "no", "como", "sobre", "entre", "tras", "ante", "desde", "hasta", "según", "sin", "mientras", "pero",
      "cuando", "donde", "quien", "quienes", "cual", "un", "una", "este", "esta", "ese", "esa", "es", "fue",
      "era", "ha", "había", "and", "the", "of", "to", "said", "was", "is"};
  return k;
}

bool PhraseWord(const Words& w, size_t i) {
  if (!w.Alpha(i)) return false;
  return Breakers().count(w.lower[i]) == 0;
}

bool Determiner(const std::string& s) {
  return s == "el" || s == "la" || s == "del" || s == "los" || s == "las" || s == "al" || s == "the";
}

// Longest title at token i ("primer ministro" before "ministro"); returns
// its length in tokens and sets *group.
size_t TitleAt(const Words& w, const LanguageData& lex, size_t i, std::string* group) {
  if (i + 1 < w.size()) {
    auto it = lex.titles.find(w.lower[i] + " " + w.lower[i + 1]);
    if (it != lex.titles.end()) {
      *group = it->second;
      return 2;
    }
  }
  auto it = lex.titles.find(w.lower[i]);
  if (it == lex.titles.end()) return 0;
  *group = it->second;
  return 1;
}

// True when tokens [from, end) can sit between a title and its name:
// capitalized words and "de la" ("de Seguridad Nacional de la Casa
// Blanca"), demonyms ("ruso"), and up to two adjectives right after the
// title ("director ejecutivo", "presidente electo").
bool TitleTail(const Words& w, const LanguageData& lex, uint32_t from, uint32_t end) {
  bool adjective_slot = true;
  int adjectives = 0;
  for (uint32_t k = from; k < end; ++k) {
    const std::string& l = w.lower[k];
    if (w.Capitalized(k) || lex.demonyms.count(l)) {
      adjective_slot = false;
    } else if (l == "de" || l == "del" || Determiner(l)) {
      adjective_slot = false;
    } else if (adjective_slot && ++adjectives <= 2 && !lex.stopwords.count(l) && !lex.cue_verbs.count(l)) {
      continue;
    } else {
      return false;
    }
  }
  return true;
}

// The title phrase that ends right before token `end` (exclusive), walking
// left within the sentence: returns its first token or -1.
int TitleBefore(const Words& w, const LanguageData& lex, bool org, uint32_t end, std::string* group) {
  uint32_t sent_first = w.sent_first[w.sentence[end - 1]];
  int best = -1;
  // Ten words hold "portavoz de Seguridad Nacional de la Casa Blanca".
  for (int i = static_cast<int>(end) - 1; i >= static_cast<int>(sent_first) && static_cast<int>(end) - i <= 10; --i) {
    if (!PhraseWord(w, i)) break;
    std::string g;
    size_t n = org ? (lex.org_titles.count(w.lower[i]) ? 1 : 0) : TitleAt(w, lex, i, &g);
    if (n == 0 || !TitleTail(w, lex, i + n, end)) continue;
    if (!w.Capitalized(i) || i == static_cast<int>(sent_first) || Determiner(w.lower[i - 1])) {
      best = i;  // the leftmost title wins: "el ex presidente y líder" keeps "presidente"
      *group = org ? w.lower[i] : g;
    }
  }
  return best;
}

}  // namespace

std::vector<TokenSpan> AttachRoles(const Words& w, const LanguageData& lex, std::vector<EntityDraft>* entities) {
  std::vector<TokenSpan> evidence;
  for (size_t ei = 0; ei < entities->size(); ++ei) {
    EntityDraft& e = (*entities)[ei];
    bool person = e.type == "PER";
    bool org = e.type == "ORG" || e.type == "MISC";
    if (!person && !org) continue;
    for (auto& [first, last] : e.mentions) {
      if (!e.role.empty()) break;
      // Before the name: "el presidente Vladimir Putin", "El ministro ..., Serguei Lavrov".
      if (first > 0) {
        uint32_t end = first;
        if (person && w.raw[first - 1] == ",") end = first - 1;
        if (end > 0 && w.sentence[end - 1] == w.sentence[first]) {
          std::string group;
          int t = TitleBefore(w, lex, org, end, &group);
          if (t >= 0) {
            e.role = w.Slice(w.start(t), w.end(end - 1));
            e.role_group = group;
            evidence.push_back({static_cast<uint32_t>(t), end, static_cast<int>(ei)});
            break;
          }
        }
      }
      // After the name: "Miguel Zugaza, director del museo".
      if (person && last + 1 < w.size() && w.raw[last] == "," && w.sentence[last] == w.sentence[first]) {
        uint32_t t = last + 1;
        if (t < w.size() && Determiner(w.lower[t])) ++t;
        std::string group;
        if (t < w.size() && w.sentence[t] == w.sentence[first] && TitleAt(w, lex, t, &group) > 0 &&
            !w.Capitalized(t)) {
          uint32_t k = t;
          uint32_t sent_end = w.sent_end[w.sentence[first]];
          while (k < sent_end && k - t < 12 && (PhraseWord(w, k) || w.lower[k] == "de" || w.lower[k] == "del")) ++k;
          e.role = w.Slice(w.start(t), w.end(k - 1));
          e.role_group = group;
          evidence.push_back({last + 1, k, static_cast<int>(ei)});
          break;
        }
      }
    }
  }
  return evidence;
}

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
    const std::string& det = w.lower[i];
    if (det != "el" && det != "la") continue;
    std::string group;
    size_t n = TitleAt(w, lex, i + 1, &group);
    if (n == 0 || used[i + 1] || (*owners)[i + 1] >= 0 || w.Capitalized(i + 1)) continue;
    size_t end = i + 1 + n;
    while (end < w.size() && lex.demonyms.count(w.lower[end]) && !w.Capitalized(end)) ++end;
    // A name or its apposition follows: the role belongs to that name, not to an earlier one.
    if (end < w.size() && ((*owners)[end] >= 0 || w.raw[end] == "," || w.lower[end] == "de" ||
                           w.lower[end] == "del" || (w.Capitalized(end) && w.Alpha(end)))) {
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
