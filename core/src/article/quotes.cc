// Who said what: direct quotes between quote marks or after a dash, and
// reported speech ("X dijo que ..."), each with its cue and speaker.
//
// Attribution follows the order a reader resolves it: the explicit subject
// of the cue verb, before or after the quote (a name, a role phrase, an
// organisation); a role noun standing for someone named earlier ("el
// funcionario", "la entidad"); and a cue with no subject ("añadió") or a
// quote with no cue at all, which continues the current speaker.
#include <algorithm>

#include "article/article_passes.h"

namespace resalta {
namespace {

bool IsLetterOrDigit(char16_t c) {
  return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= 0xC0 && c < 0x2000);
}
bool IsSpace(char16_t c) { return c == u' ' || c == u'\t' || c == 0xA0 || c == u'\n' || c == u'\r'; }
bool IsBreak(char16_t c) { return c == u'\n' || c == 0x2029; }
bool IsDash(const std::string& s) { return s == "—" || s == "–" || s == "-" || s == "―"; }

// A quote mark pair, or a quoted paragraph whose mark closes later (or
// never): `open` is the mark, `close` the closing mark or the paragraph end.
struct Mark {
  uint32_t open = 0, close = 0;
  bool continues = false;  // the quote goes on in the next paragraph
  bool unclosed = false;   // no closing mark before the paragraph ends
};

// The closing mark for an opening one, 0 when `c` opens nothing.
char16_t Closer(char16_t c) {
  switch (c) {
    case u'"':
      return u'"';
    case 0x201C:
      return 0x201D;  // “ ”
    case 0x201E:
      return 0x201D;  // „ ”
    case 0xAB:
      return 0xBB;  // « »
    case 0x2018:
      return 0x2019;  // ‘ ’
    default:
      return 0;
  }
}

// Quote mark pairs, outermost only. A mark still open at a paragraph's end
// either continues (the next paragraph opens with a mark again, the
// convention for a quote over several paragraphs) or was never closed; both
// end that paragraph's piece there.
std::vector<Mark> FindMarks(std::u16string_view text) {
  std::vector<Mark> out;
  struct Open {
    char16_t close;
    uint32_t at;
  };
  std::vector<Open> stack;
  // A » opening a paragraph inside a «…» quote continues it (the Spanish
  // convention for a quote over several paragraphs): it opens, not closes.
  uint32_t reopen = static_cast<uint32_t>(text.size());
  auto end_paragraph = [&](uint32_t at) {
    if (stack.empty()) return;
    Mark m{stack[0].at, at, false, true};
    // The next paragraph's first visible character.
    uint32_t k = at;
    while (k < text.size() && IsSpace(text[k])) ++k;
    bool continuation = k < text.size() && text[k] == 0xBB && stack[0].close == 0xBB;
    if (k < text.size() && (Closer(text[k]) != 0 || continuation)) {
      m.continues = true;
      m.unclosed = false;
      if (continuation) reopen = k;
    }
    out.push_back(m);
    stack.clear();
  };
  for (uint32_t i = 0; i < text.size(); ++i) {
    char16_t c = text[i];
    if (IsBreak(c)) {
      end_paragraph(i);
      continue;
    }
    char16_t prev = i > 0 ? text[i - 1] : u' ';
    char16_t next = i + 1 < text.size() ? text[i + 1] : u' ';
    auto close_if_open = [&](char16_t mark) {
      for (size_t k = stack.size(); k-- > 0;) {
        if (stack[k].close == mark) {
          if (k == 0) out.push_back({stack[0].at, i, false, false});
          stack.resize(k);
          return true;
        }
      }
      return false;
    };
    switch (c) {
      case u'"':
        // A straight mark closes when one is open (also glued to the next
        // word: "no"dijo), or closes an open “ right after a word (mixed
        // marks: “texto"); it opens only where no word ends right before.
        if (close_if_open(u'"')) break;
        if (!IsLetterOrDigit(next) && !stack.empty() && stack.back().close == 0x201D && close_if_open(0x201D)) break;
        if (!IsLetterOrDigit(prev)) stack.push_back({u'"', i});
        break;
      case u'\'':
        // An apostrophe sits between letters; a quote mark does not.
        if (IsLetterOrDigit(prev) && IsLetterOrDigit(next)) break;
        if (!close_if_open(u'\'') && !IsLetterOrDigit(prev) && IsLetterOrDigit(next)) stack.push_back({u'\'', i});
        break;
      case 0x201C:
      case 0x201E:
      case 0xAB:
      case 0x2018:
        // “ used as a closing mark by mistake ("“sí“"): closes the open one.
        if (c == 0x201C && !stack.empty() && stack.back().close == 0x201D && !IsLetterOrDigit(next) &&
            IsLetterOrDigit(prev)) {
          close_if_open(0x201D);
          break;
        }
        stack.push_back({Closer(c), i});
        break;
      case 0x201D:
        // ” also closes a straight opening mark: "texto”.
        if (!close_if_open(c)) close_if_open(u'"');
        break;
      case 0xBB:
        if (i == reopen) {
          stack.push_back({0xBB, i});
          break;
        }
        close_if_open(c);
        break;
      case 0x2019:
        if (IsLetterOrDigit(prev) && IsLetterOrDigit(next)) break;  // O’Higgins
        close_if_open(0x2019);
        break;
      default:
        break;
    }
  }
  end_paragraph(static_cast<uint32_t>(text.size()));
  return out;
}

// How a speaker was found; the Quote's `attribution`.
constexpr const char* kByName = "name";          // named subject of the cue
constexpr const char* kByRole = "role";          // a title phrase with the name beside it
constexpr const char* kByAnaphora = "anaphora";  // a role noun for someone named before
constexpr const char* kCarried = "carried";      // no subject: the current speaker goes on
// Not an attribution: the cue has a subject ("el mandatario") that stands
// for no one named before. Its quote stays unattributed rather than going
// to the current speaker, who is someone else.
constexpr const char* kUnresolved = "unresolved";
// Not an attribution either: the subject is a group ("los expertos",
// "explican sus abogados") or someone known only by a relation ("«…», dice
// su familia"): no one person named says it.
constexpr const char* kGroup = "group";

struct Who {
  int entity = -1;
  const char* how = "";
  char gender = 0;  // of the role noun, for kUnresolved ('m', 'f' or 0)
};

// A subject that names no one person: a role no one named fits, or a group.
bool Unnamed(const Who& w) { return w.entity < 0 && (w.how == kUnresolved || w.how == kGroup); }

// A quote while it is being attributed.
struct Piece {
  QuoteDraft q;
  size_t first = 0, last = 0;  // tokens of the marks (or dash line), inclusive
  bool continues = false;
  bool unclosed = false;
  bool answer = false;  // a dash line right after a dash question: the interviewee's
};

// Sentences a no-cue quote may lie from the last attribution and still
// continue that speaker: a quote paragraph right after "…, dijo X." and
// its follow-up; from reading the dev articles' interview paragraphs.
constexpr uint32_t kCarrySentences = 4;

// The owner of each token among the entities that can speak: events,
// works, laws and nationality words (MISC) never do, so their tokens are
// plain words here ("Russian foreign minister says": the minister speaks).
std::vector<int> SpeakingOwners(const std::vector<EntityDraft>& entities, const std::vector<int>& owners) {
  std::vector<int> out(owners);
  for (int& o : out) {
    if (o >= 0 && static_cast<size_t>(o) < entities.size() && entities[o].type == "MISC") o = -1;
  }
  return out;
}

class QuoteFinder {
 public:
  QuoteFinder(const Words& w, const LanguageData& lex, const std::vector<EntityDraft>& entities,
              const std::vector<int>& owners, const std::vector<TokenSpan>& role_evidence,
              const std::vector<Boilerplate>& pasted)
      : w_(w),
        lex_(lex),
        entities_(entities),
        pasted_(pasted),
        owners_(SpeakingOwners(entities, owners)),
        role_owner_(w.size(), -1),
        in_quote_(w.size(), 0),
        gender_(entities.size(), 0) {
    for (const TokenSpan& s : role_evidence) {
      for (uint32_t k = s.first; k < s.last && k < w.size(); ++k) role_owner_[k] = s.entity;
      // "la fiscal del caso, Ana Ruiz": the determiner before the title.
      if (s.entity >= 0 && static_cast<size_t>(s.entity) < gender_.size() && s.first > 0) {
        auto d = lex_.determiners.find(w_.lower[s.first - 1]);
        if (d != lex_.determiners.end() && d->second) gender_[s.entity] = d->second;
      }
    }
    for (size_t e = 0; e < entities.size(); ++e) {
      if (gender_[e] || entities[e].role.empty()) continue;
      // "ministra de Trabajo": the role's head noun.
      std::string head = entities[e].role.substr(0, entities[e].role.find(' '));
      auto g = lex_.noun_gender.find(Lower(head));
      if (g != lex_.noun_gender.end()) gender_[e] = g->second;
    }
    // Else a person's given name: "Carmen Rojas" is a woman.
    for (size_t e = 0; e < entities.size(); ++e) {
      if (gender_[e] || entities[e].type != "PER") continue;
      const std::string& name = entities[e].name;
      auto g = lex_.given_name_gender.find(Lower(name.substr(0, name.find(' '))));
      if (g != lex_.given_name_gender.end()) gender_[e] = g->second;
    }
  }

  std::vector<QuoteDraft> Run() {
    std::vector<Piece> pieces;
    for (const Mark& m : FindMarks(w_.text)) AddMarked(m, &pieces);
    Dashes(&pieces);
    std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.q.start < b.q.start; });
    // A quote inside boilerplate (a teaser headline quoting someone, a
    // caption) is no speech of this story, and must not become the speaker
    // that the story's next uncued quote carries on.
    pieces.erase(std::remove_if(pieces.begin(), pieces.end(), [&](const Piece& p) { return Pasted(p.q); }),
                 pieces.end());
    Attribute(&pieces);
    std::vector<QuoteDraft> out;
    for (const Piece& p : pieces) {
      if (!p.q.cue.empty() || WordCount(p) >= kMinUncuedWords) out.push_back(p.q);
    }
    Reported(&out);
    out.erase(std::remove_if(out.begin(), out.end(), [&](const QuoteDraft& q) { return Pasted(q); }), out.end());
    std::sort(out.begin(), out.end(), [](const QuoteDraft& a, const QuoteDraft& b) { return a.start < b.start; });
    return out;
  }

 private:
  // Marks around fewer words, with no one saying them, are scare quotes or
  // titles, not quotes.
  static constexpr size_t kMinUncuedWords = 5;

  bool Pasted(const QuoteDraft& q) const {
    for (const Boilerplate& b : pasted_) {
      if (b.start <= q.start && q.end <= b.end) return true;
    }
    return false;
  }

  size_t WordCount(const Piece& p) const {
    size_t n = 0;
    for (size_t t = p.first; t <= p.last && t < w_.size(); ++t) n += w_.Alpha(t);
    return n;
  }

  // First token starting at or after `offset`.
  size_t TokenAt(uint32_t offset) const {
    auto it = std::lower_bound(w_.tokens->begin(), w_.tokens->end(), offset,
                               [](const TokenRange& t, uint32_t o) { return t.start < o; });
    return static_cast<size_t>(it - w_.tokens->begin());
  }
  // Last token ending at or before `offset`, or size() when none.
  size_t TokenBefore(uint32_t offset) const {
    size_t k = TokenAt(offset);
    while (k > 0 && w_.end(k - 1) > offset) --k;
    return k == 0 ? w_.size() : k - 1;
  }

  // A cue verb form after a determiner is a noun ("el acusado", "la
  // denuncia"), but not after "al" ("al señalar que").
  bool Cue(size_t k) const {
    if (k >= w_.size()) return false;
    auto lemma = lex_.cue_verbs.find(w_.lower[k]);
    return lemma != lex_.cue_verbs.end() && !(k > 0 && Determiner(k - 1) && !Preposition(k - 1)) &&
           !NotSpeech(w_, lex_, k, lemma->second);
  }
  // A plural cue ("dijeron", "han explicado"): its subject is a group.
  bool PluralCue(size_t c) const {
    auto plural = [&](const std::string& s) {
      for (const std::string& e : lex_.plural_verb_endings) {
        if (HasEnding(s, e, 1)) return true;
      }
      return false;
    };
    if (c >= w_.size() || !plural(w_.lower[c])) {
      for (size_t k = c; k-- > 0 && Aux(k);) {
        if (lex_.speech_auxiliaries.count(w_.lower[k]) && plural(w_.lower[k])) return true;
      }
      return false;
    }
    return true;
  }
  bool Aux(size_t k) const {
    return k < w_.size() && (lex_.speech_auxiliaries.count(w_.lower[k]) || lex_.speech_clitics.count(w_.lower[k]));
  }
  bool Preposition(size_t k) const { return k < w_.size() && lex_.prepositions.count(w_.lower[k]) > 0; }
  bool Determiner(size_t k) const { return k < w_.size() && lex_.determiners.count(w_.lower[k]) > 0; }
  char DeterminerGender(size_t k) const {
    auto d = lex_.determiners.find(w_.lower[k]);
    return d == lex_.determiners.end() ? 0 : d->second;
  }
  // True when the mention starting at m sits in a prepositional phrase:
  // "de Rusia", "ante el Pleno", "a la televisora RTP". Tokens before
  // `floor` are not read.
  bool AfterPreposition(size_t m, size_t floor) const { return PrepositionBefore(m, floor) < w_.size(); }
  // The preposition heading that phrase, or size() when none.
  size_t PrepositionBefore(size_t m, size_t floor) const {
    for (size_t k = m, steps = 0; k > floor && steps < 4; --k, ++steps) {
      size_t b = k - 1;
      if (Preposition(b)) return b;
      bool filler = Determiner(b) || (w_.Alpha(b) && !w_.Capitalized(b) && !lex_.stopwords.count(w_.lower[b]) &&
                                      !Cue(b) && owners_[b] < 0 && role_owner_[b] < 0);
      if (!filler) return w_.size();
    }
    return w_.size();
  }

  // Where the phrase naming an entity at token k begins: its role phrase
  // when one comes first ("el ministro del Interior, Fernando
  // Grande-Marlaska"), else the mention itself.
  size_t PhraseStart(size_t k) const {
    int e = role_owner_[k] >= 0 ? role_owner_[k] : owners_[k];
    size_t m = role_owner_[k] >= 0 ? k : MentionStart(k);
    for (;;) {
      while (m > 0 && role_owner_[m - 1] == e && e >= 0) --m;
      if (m > 1 && w_.raw[m - 1] == "," && role_owner_[m - 2] == e && e >= 0) {
        m -= 2;
        continue;
      }
      return m;
    }
  }
  // A noun that can stand for someone or something named before.
  bool RoleNoun(size_t k) const {
    if (k >= w_.size()) return false;
    const std::string& l = w_.lower[k];
    return lex_.titles.count(l) || lex_.generic_role_nouns.count(l) || lex_.org_anaphors.count(l) ||
           DemonymNoun(k);
  }
  // A nationality after a singular definite article stands for a person
  // named before: "contó la venezolana", "el colombiano dijo".
  bool DemonymNoun(size_t k) const {
    return k > 0 && k < w_.size() && lex_.demonyms.count(w_.lower[k]) && lex_.definite_articles.count(w_.lower[k - 1]);
  }

  size_t MentionStart(size_t k) const {
    while (k > 0 && owners_[k - 1] == owners_[k] && owners_[k] >= 0) --k;
    return k;
  }
  size_t MentionEnd(size_t k) const {  // one past
    while (k + 1 < w_.size() && owners_[k + 1] == owners_[k] && owners_[k] >= 0) ++k;
    return k + 1;
  }

  // The gender a role noun marks ("la ministra", "el DT"), or 0.
  char RoleGender(size_t det, size_t noun) const {
    if (auto g = lex_.noun_gender.find(w_.lower[noun]); g != lex_.noun_gender.end()) return g->second;
    return det < w_.size() ? DeterminerGender(det) : 0;
  }

  // The most recent entity named before token `at`, outside quotes, that the
  // role noun at `noun` (with determiner `det`, or w.size()) can stand for:
  // an organisation for "la entidad"; for a title, a person holding the same
  // title if any, else a person with no known title; gender must agree.
  int Antecedent(size_t det, size_t noun, size_t at, int owner = -1) const {
    const std::string& l = w_.lower[noun];
    bool org = lex_.org_anaphors.count(l) > 0;
    bool generic = lex_.generic_role_nouns.count(l) > 0 || DemonymNoun(noun);
    char gender = RoleGender(det, noun);
    std::string group;
    if (auto t = lex_.titles.find(l); t != lex_.titles.end()) group = t->second;
    // Best first: same title, then anyone whose gender does not contradict.
    int best[2] = {-1, -1};
    uint32_t pos[2] = {0, 0};
    for (size_t e = 0; e < entities_.size(); ++e) {
      const EntityDraft& d = entities_[e];
      if (org ? d.type != "ORG" : d.type != "PER") continue;
      if (!org && gender && gender_[e] && gender_[e] != gender) continue;
      int rank;
      if (!org && !generic && !group.empty() && d.role_group == group) {
        rank = 0;
      } else if (org || generic || d.role_group.empty()) {
        // Among people of no contradicting gender the most recent wins:
        // most names carry no known gender, so a known one is no reason
        // to reach further back.
        rank = 1;
      } else {
        continue;  // holds another title: "el ministro" is not the president
      }
      for (const auto& m : d.mentions) {
        if (m.first >= at || in_quote_[m.first]) continue;
        // Named inside someone else's title ("esposa del gobernador Ruiz"):
        // a person the story is not following.
        if (role_owner_[m.first] >= 0 && role_owner_[m.first] != static_cast<int>(e)) continue;
        if (best[rank] < 0 || m.first >= pos[rank]) best[rank] = static_cast<int>(e), pos[rank] = m.first;
      }
    }
    // Recency over the title: a person of no known title named in the
    // sentence before ("… anunciada por Maduro. El mandatario informó") is
    // nearer than one holding the title named many sentences back
    // (kTitleReach; one named in this sentence is someone else).
    if (best[0] >= 0 && best[1] >= 0 && at < w_.size() && w_.sentence[pos[1]] + 1 == w_.sentence[at] &&
        w_.sentence[pos[0]] + kTitleReach < w_.sentence[at]) {
      return best[1];
    }
    for (int b : best) {
      if (b >= 0) return b;
    }
    // A lead names the title before the person ("the premier said ...",
    // then "Premier David Eby"): the first one holding that title later,
    // not one whose role names another place or body than the title's
    // owner ("B.C. premier" is not the "Nova Scotia Premier").
    if (org || generic || group.empty()) return -1;
    auto other_owner = [&](const EntityDraft& d) {
      for (size_t o = 0; o < entities_.size(); ++o) {
        const EntityDraft& x = entities_[o];
        if (static_cast<int>(o) == owner || x.type == "PER" || x.name.empty()) continue;
        // As whole words: "Niger" is not in "Nigeria Premier".
        for (size_t at = d.role.find(x.name); at != std::string::npos; at = d.role.find(x.name, at + 1)) {
          size_t after = at + x.name.size();
          bool starts = at == 0 || d.role[at - 1] == ' ';
          bool ends = after == d.role.size() || d.role[after] == ' ' || d.role[after] == '\'' ||
                      d.role.compare(after, 3, "’") == 0;  // "Syria’s"
          if (starts && ends) return true;
        }
      }
      return false;
    };
    int later = -1;
    uint32_t later_pos = UINT32_MAX;
    for (size_t e = 0; e < entities_.size(); ++e) {
      const EntityDraft& d = entities_[e];
      if (d.type != "PER" || d.role_group != group || (gender && gender_[e] && gender_[e] != gender)) continue;
      if (other_owner(d)) continue;
      for (const auto& m : d.mentions) {
        if (m.first >= at && !in_quote_[m.first] && m.first < later_pos) later = static_cast<int>(e), later_pos = m.first;
      }
    }
    return later;
  }

  // The entity a mention at token k stands for, seeing through a mention
  // that is only a role noun ("DT" tagged as a name).
  Who MentionAt(size_t k) const {
    size_t m = MentionStart(k);
    int e = owners_[k];
    size_t end = MentionEnd(k);
    bool bare_role = end - m == 1 && RoleNoun(m);
    bool det_led = Determiner(m) && end - m >= 2 && RoleNoun(m + 1);  // "el ministro" added by roles.cc
    if (bare_role) {
      size_t det = m > 0 && Determiner(m - 1) ? m - 1 : w_.size();
      if (det < w_.size() && lex_.group_determiners.count(w_.lower[det])) return {-1, kGroup};  // "los vecinos"
      int a = Antecedent(det, m, m);
      return {a, a >= 0 ? kByAnaphora : kUnresolved, RoleGender(det, m)};
    }
    return {e, det_led ? kByAnaphora : kByName};
  }

  // A role phrase at [det, ...) with no name: "el funcionario", "la entidad";
  // `at` is where it starts when it has no determiner.
  Who RolePhrase(size_t det, size_t noun, size_t at = SIZE_MAX, int owner = -1) const {
    if (det < w_.size() && lex_.group_determiners.count(w_.lower[det])) return {-1, kGroup};  // "los expertos"
    int a = Antecedent(det, noun, at == SIZE_MAX ? det : at, owner);
    return {a, a >= 0 ? kByAnaphora : kUnresolved, RoleGender(det, noun)};
  }

  // The subject after a cue: "remarcó Lavrov", "indicó el portavoz ...,
  // Dmitri Peskov", "explicó la funcionaria". `inverted`: the cue follows
  // its quote ("«…», dice su familia"), where a noun phrase after it is its
  // subject, not its object ("Detalló sus planes: «…»").
  Who SubjectAfter(size_t cue, bool inverted = false) const {
    size_t s = w_.sentence[cue];
    for (size_t k = cue + 1; k < w_.sent_end[s] && k <= cue + 12; ++k) {
      if (in_quote_[k] || w_.lower[k] == ":") break;
      // "«…», dice su familia": a possessive or plural phrase with no name or
      // title, unless a name follows ("dijo su familia, los Ruiz").
      if (inverted && k == cue + 1 && GroupPhrase(k)) {
        if (int e = NameAfterComma(k + 1, s); e >= 0) return {e, kByRole};
        return {-1, kGroup};
      }
      // "explicó uno de los autores del estudio, Ana Ruiz": the name after the comma.
      if (lex_.partitives.count(w_.lower[k]) && Preposition(k + 1)) {
        if (int e = NameAfterComma(k + 2, s); e >= 0) return {e, kByRole};
        break;
      }
      if (lex_.stopwords.count(w_.lower[k]) && !Determiner(k) && !Preposition(k) && !Aux(k)) break;
      if (role_owner_[k] >= 0) {
        // "aseguró a la televisora RTP": a role phrase in a prepositional phrase.
        if (AfterPreposition(PhraseStart(k), cue + 1)) {
          int e = role_owner_[k];
          while (k + 1 < w_.size() && (role_owner_[k + 1] == e || owners_[k + 1] == e || w_.raw[k + 1] == ",")) ++k;
          continue;
        }
        return {role_owner_[k], kByRole};
      }
      if (owners_[k] >= 0) {
        size_t m = MentionStart(k);
        if (AfterPreposition(m, cue + 1) && role_owner_[m - 1] < 0) {
          k = MentionEnd(k) - 1;  // "dijo a Reuters": not the speaker
          continue;
        }
        return MentionAt(k);
      }
      if (k == cue + 1 && Determiner(k) && RoleNoun(k + 1) && role_owner_[k + 1] < 0 && owners_[k + 1] < 0) {
        // "estimó la organización agraria Asaja": the name inside the phrase.
        for (size_t t = k + 2; t < w_.sent_end[s] && t <= k + 4; ++t) {
          if (owners_[t] >= 0 && !in_quote_[t]) return {owners_[t], kByRole};
          if (!w_.Alpha(t) || w_.Capitalized(t) || lex_.role_breakers.count(w_.lower[t]) || Preposition(t) || Cue(t)) {
            break;  // "el entrenador de Peñarol": a complement, not the name
          }
        }
        // "explicó el director del centro, Miguel Zugaza": the name after the comma.
        if (int e = NameAfterComma(k + 2, s); e >= 0) return {e, kByRole};
        return RolePhrase(k, k + 1);
      }
      if (Preposition(k) || Determiner(k)) continue;
      if (k > cue + 2) break;  // the subject sits right after the verb
    }
    return {};
  }

  // The person whose whole name the all-capitals words from token k spell
  // ("RICARDO ANAYA" for Ricardo Anaya, named in the story), or -1.
  int CapitalsPerson(size_t k) const {
    for (size_t e = 0; e < entities_.size(); ++e) {
      if (entities_[e].type != "PER") continue;
      std::string name = Lower(entities_[e].name);
      size_t words = std::count(name.begin(), name.end(), ' ') + 1;
      if (words < 2) continue;  // a surname alone may be any capitalised word
      std::string spelled;
      for (size_t n = 0; n < words && k + n < w_.size() && w_.AllCaps(k + n); ++n) {
        spelled += (n ? " " : "") + w_.lower[k + n];
      }
      if (spelled == name) return static_cast<int>(e);
    }
    return -1;
  }

  // A plural determiner at k before a plain lowercase noun ("los vecinos",
  // "sus abogados"), or a possessive before a collective noun ("su
  // familia"; "su padre", "su DT" are one person, perhaps named before),
  // and no name.
  bool GroupPhrase(size_t k) const {
    bool plural = lex_.group_determiners.count(w_.lower[k]) > 0;
    if ((!plural && !lex_.relation_determiners.count(w_.lower[k])) || k + 1 >= w_.size()) return false;
    size_t n = k + 1;
    if (!w_.Alpha(n) || w_.Capitalized(n) || (!plural && !lex_.collective_nouns.count(w_.lower[n])) ||
        owners_[n] >= 0 || in_quote_[n] || lex_.stopwords.count(w_.lower[n]) || Cue(n)) {
      return false;
    }
    // A name in the phrase speaks ("aseguró su hijo David", "confiesa su
    // apodo Ana Ruiz"): the phrase runs to a comma or a preposition.
    for (size_t t = n + 1; t < w_.size() && t <= n + 3 && w_.sentence[t] == w_.sentence[k]; ++t) {
      if (owners_[t] >= 0 || role_owner_[t] >= 0) return false;
      if (!w_.Alpha(t) || Preposition(t)) break;
    }
    return true;
  }

  // Tokens a plural cue before its quote may lie from the quote mark and
  // still be its cue: "dijeron «no»", "advirtieron de los «riesgos»"; from
  // the probe articles (a cue further back heads a longer sentence whose
  // quote is often someone's words inside it).
  static constexpr size_t kGroupCueReach = 4;

  // The person named right after the comma that closes a role phrase
  // starting at `from` in sentence `s` ("el director del centro, Miguel
  // Zugaza"), or -1.
  int NameAfterComma(size_t from, size_t s) const {
    for (size_t t = from; t < w_.sent_end[s] && t <= from + 8; ++t) {
      if (w_.raw[t] == "," && t + 1 < w_.size() && owners_[t + 1] >= 0 && entities_[owners_[t + 1]].type == "PER") {
        return owners_[t + 1];
      }
      if (in_quote_[t] || lex_.role_breakers.count(w_.lower[t]) || Cue(t) || w_.raw[t] == ",") break;
    }
    return -1;
  }

  // The person who is the subject of the sentence right before the one a
  // quote opens at token q, when that sentence has no cue of its own: its
  // first words are the person's name or role phrase ("Ana Ruiz", "La
  // fiscal Ana Ruiz", "El director del museo, Ana Ruiz,"), perhaps after a
  // connective and its comma ("No obstante, Ruiz"). -1 when none.
  int SubjectOfSentenceBefore(size_t q) const {
    if (!w_.SentenceStart(q) || w_.sentence[q] == 0) return -1;
    size_t s = w_.sentence[q] - 1;
    size_t first = w_.sent_first[s], end = w_.sent_end[s];
    for (size_t k = first; k < end; ++k) {
      if (in_quote_[k] || Cue(k)) return -1;
    }
    size_t k = first;
    // "No obstante, …": a connective of at most two lowercase words and its comma.
    for (size_t c = first; c < end && c <= first + 2; ++c) {
      if (w_.raw[c] == "," && c > first) {
        k = c + 1;
        break;
      }
      if (!w_.Alpha(c) || owners_[c] >= 0 || role_owner_[c] >= 0) break;
    }
    if (k < end && Determiner(k)) ++k;
    if (k >= end) return -1;
    int e = role_owner_[k] >= 0 ? role_owner_[k] : owners_[k];
    if (e < 0 || static_cast<size_t>(e) >= entities_.size() || entities_[e].type != "PER") return -1;
    // A passive ("Juan García fue detenido el lunes"): the news is about
    // the subject, and the quote after it is someone else's.
    size_t v = k;
    while (v < end && (owners_[v] == e || role_owner_[v] == e)) ++v;
    while (v < end && (lex_.passive_auxiliaries.count(w_.lower[v]) || lex_.speech_auxiliaries.count(w_.lower[v]))) ++v;
    if (v > k && v < end && lex_.passive_auxiliaries.count(w_.lower[v - 1])) {
      const std::string& verb = w_.lower[v];
      for (const std::string& ending : lex_.participle_endings) {
        if (HasEnding(verb, ending, 3)) return -1;
      }
    }
    return e;
  }

  // Tokens a subject may lie before its cue: "Margareth Baduel, parte de
  // esta organización y hermana de ..., dijo" (an apposition in between).
  static constexpr size_t kSubjectReach = 20;

  // The subject before a cue: the nearest name or role phrase to its left,
  // within the sentence, that is not inside a prepositional phrase.
  Who SubjectBefore(size_t cue, bool over_quotes = false) const {
    size_t s = w_.sentence[cue];
    size_t first = w_.sent_first[s];
    // An aside between commas ("porque, agregó, …") has no subject of its own.
    if (cue > first && w_.raw[cue - 1] == "," && cue + 1 < w_.size() && w_.raw[cue + 1] == ",") return {};
    // "…, Gustavo Petro, quien acusó": the relative's antecedent, even
    // inside a prepositional phrase.
    {
      size_t k = cue;
      while (k > first && Aux(k - 1)) --k;
      if (k >= first + 3 && lex_.relatives.count(w_.lower[k - 1]) && w_.raw[k - 2] == ",") {
        size_t n = k - 3;
        int e = role_owner_[n] >= 0 ? role_owner_[n] : owners_[n];
        if (e >= 0 && !in_quote_[n]) return {e, role_owner_[n] >= 0 ? kByRole : kByName};
      }
    }
    // "Ruiz explicó que Pérez renunció y añadió": a cue joined by "y" to an
    // earlier verb shares that verb's subject; a name found inside the
    // clause that verb opened (after its "que", no comma between) is not
    // it, the subject before that "que" is ("…, que mató a seis" is a
    // relative clause, no verb's complement; "después de que …, Ruiz se
    // comunicó … y le dijo" is Ruiz's: the comma closed the clause).
    size_t q = w_.size();
    {
      size_t k = cue;
      while (k > first && Aux(k - 1)) --k;
      if (k > first && lex_.InClass("and", w_.lower[k - 1])) {
        for (size_t c = k - 1; c-- > first && !in_quote_[c];) {
          if (lex_.complementizers.count(w_.lower[c]) && !(c > first && w_.raw[c - 1] == ",")) {
            q = c;
            break;
          }
        }
      }
    }
    size_t at = w_.size();
    Who who = SubjectScan(cue, first, over_quotes, &at);
    if (q < at && at < cue && who.entity >= 0) {
      bool closed = false;
      for (size_t c = q + 1; c < at && !closed; ++c) closed = w_.raw[c] == ",";
      if (!closed) return SubjectScan(q, first, over_quotes, &at);
    }
    return who;
  }

  // The nearest name or role phrase before token `from` in the sentence
  // opening at `first` that is no prepositional phrase's: SubjectBefore's
  // scan; `at` is where it was found.
  Who SubjectScan(size_t from, size_t first, bool over_quotes, size_t* at) const {
    for (size_t k = from; k-- > first && from - k <= kSubjectReach;) {
      *at = k;
      if (lex_.subject_pronouns.count(w_.lower[k])) break;
      if (in_quote_[k]) {
        // A cue outside quotes may have its subject before an inline quote:
        // "X, que dijo que están «tensos», ha calificado …".
        if (over_quotes) continue;
        break;
      }
      if (role_owner_[k] >= 0) {
        size_t start = PhraseStart(k);
        if (AfterPreposition(start, first)) {
          k = start;
          continue;
        }
        return {role_owner_[k], kByRole};
      }
      if (owners_[k] < 0) {
        // "B.C. premier says", "British Columbia's premier saying": a title
        // after the place or body it belongs to heads the subject; the name
        // before it is no speaker.
        if (RoleNoun(k) && lex_.titles.count(w_.lower[k]) && k > first) {
          size_t owner = k - 1;
          if (lex_.possessives.count(w_.lower[owner]) && owner > first) --owner;
          if (owners_[owner] >= 0 && entities_[owners_[owner]].type != "PER" && !in_quote_[owner]) {
            size_t m = MentionStart(owner);
            if (!AfterPreposition(m, first)) return RolePhrase(w_.size(), k, m, owners_[owner]);
          }
        }
        // "la ministra de Trabajo dijo": a role noun after a determiner.
        if (RoleNoun(k) && k > first && Determiner(k - 1) && !Preposition(k - 1)) {
          size_t d = k - 1;
          if (d == first || !Preposition(d - 1)) {
            // The nearest subject is this phrase, resolved or not: past it
            // lie other clauses' names ("Ruiz habló. Después, el mandatario dijo").
            return RolePhrase(d, k);
          }
        }
        continue;
      }
      size_t m = PhraseStart(k);
      if (AfterPreposition(m, first)) {
        k = m;
        continue;
      }
      Who who = MentionAt(k);
      if (who.entity >= 0) return who;
      k = m;
    }
    *at = w_.size();
    return {};
  }

  // A cue's subject: before it, else after it ("señaló el ministro"), unless
  // the one before names no one person (a group, an unresolved role).
  Who SubjectAround(size_t cue) const {
    Who who = SubjectBefore(cue);
    if (!Unnamed(who) && who.entity < 0) who = SubjectAfter(cue);
    return who;
  }

  // The cue right after a quote: "…", remarcó Lavrov / "…", ha dicho /
  // "…" —dijo—. Returns the cue token or size().
  size_t CueAfter(size_t qc) const {
    size_t k = qc + 1;
    for (int skip = 0; skip < 2 && k < w_.size() && (w_.raw[k] == "," || IsDash(w_.raw[k])); ++skip) ++k;
    for (int skip = 0; skip < 2 && Aux(k); ++skip) ++k;
    return Cue(k) ? k : w_.size();
  }

  // A cue in a relative or "que" clause: "…, quien acusó al Gobierno",
  // "señaló que el joven es considerado …". A comma closes the clause: in
  // "Ana, que llegó tarde, dijo" the cue is the main one.
  static constexpr size_t kClauseReach = 6;
  bool Subordinate(size_t cue) const {
    size_t first = w_.sent_first[w_.sentence[cue]];
    for (size_t k = cue; k-- > first && cue - k <= kClauseReach;) {
      if (w_.raw[k] == "," || in_quote_[k]) return false;
      if (lex_.relatives.count(w_.lower[k])) return true;
    }
    return false;
  }

  // True when person e can be what a pronoun of gender g (0: any) stands for.
  bool Fits(int e, char g) const { return g == 0 || gender_[e] == 0 || gender_[e] == g; }
  // The gender of a pronoun subject right before the cue at c ("she said",
  // "he has added"), or 0.
  char PronounGenderBefore(size_t c) const {
    size_t k = c;
    while (k > 0 && Aux(k - 1)) --k;
    if (k == 0) return 0;
    auto it = lex_.pronoun_gender.find(w_.lower[k - 1]);
    return it == lex_.pronoun_gender.end() ? 0 : it->second;
  }

  // The person named last before token `at` in its sentence, or -1.
  int PersonInSentence(size_t at, char g = 0) const {
    size_t first = w_.sent_first[w_.sentence[at]];
    for (size_t k = at; k-- > first;) {
      if (in_quote_[k] || owners_[k] < 0 || entities_[owners_[k]].type != "PER" || !Fits(owners_[k], g)) continue;
      // "Sobre el ministro del Interior, Fernando Grande-Marlaska, se ha
      // mostrado …": the topic, not the one speaking; "tuvo continuidad en
      // Ganso" may well introduce the speaker.
      // "A Luis le dijo": the one spoken to, not the one speaking.
      size_t start = PhraseStart(k);
      size_t prep = PrepositionBefore(start, first);
      if (prep >= w_.size() ||
          !(lex_.topic_prepositions.count(w_.lower[prep]) || lex_.addressee_prepositions.count(w_.lower[prep]))) {
        return owners_[k];
      }
      k = start;
    }
    return -1;
  }
  // The person named last before token `at`, outside quotes: one not inside
  // a prepositional phrase ("los dichos de Tomás Lugo") within the last few
  // sentences, else any.
  int LastPerson(size_t at, char g = 0) const {
    int any = -1;
    uint32_t here = at < w_.size() ? w_.sentence[at] : 0;
    for (size_t k = at; k-- > 0;) {
      if (in_quote_[k] || owners_[k] < 0 || entities_[owners_[k]].type != "PER" || !Fits(owners_[k], g)) continue;
      if (any < 0) any = owners_[k];
      if (w_.sentence[k] + kCarrySentences < here) break;
      size_t start = PhraseStart(k);
      if (!AfterPreposition(start, w_.sent_first[w_.sentence[k]])) return owners_[k];
      k = start;
    }
    return any;
  }

  // An "according" phrase at k ("según", "en palabras de"); its length.
  // `lead`: k opens a sentence, where the lead-only phrases ("para") count.
  size_t AccordingAt(size_t k, bool lead = false) const {
    for (const Phrase& p : lex_.according_cues) {
      if (size_t n = w_.Match(k, p)) return n;
    }
    if (lead) {
      for (const Phrase& p : lex_.according_lead_cues) {
        if (size_t n = w_.Match(k, p)) return n;
      }
    }
    return 0;
  }

  void AddMarked(const Mark& m, std::vector<Piece>* out) {
    uint32_t start = m.open + 1, end = m.close;
    while (start < end && IsSpace(w_.text[start])) ++start;
    // English puts the comma inside the marks: "We will act," he said.
    while (end > start && (IsSpace(w_.text[end - 1]) || w_.text[end - 1] == u',')) --end;
    if (start >= end) return;
    size_t qo = TokenAt(m.open);
    size_t qc = (m.continues || m.unclosed) ? TokenBefore(m.close) : TokenAt(m.close);
    if (qo >= w_.size() || qc >= w_.size() || qc < qo) return;
    if (m.unclosed) {
      // A mark never closed: the rest of the paragraph, without its final stop.
      while (end > start && (w_.text[end - 1] == u'.' || IsSpace(w_.text[end - 1]))) --end;
      if (start >= end) return;
    }
    Piece p;
    p.q = QuoteDraft{start, end, -1, "", "direct", ""};
    p.first = qo;
    p.last = qc;
    p.continues = m.continues;
    p.unclosed = m.unclosed;
    // A paragraph piece with a few words is a stray mark ("hola.\n"…), not a quote.
    if ((m.unclosed || m.continues) && WordCount(p) < kMinUncuedWords) return;
    // A name in marks is no speaker either.
    for (size_t k = qo; k <= qc; ++k) in_quote_[k] = 1;
    if (WordCount(p) <= kMaxTermWords && CueAfter(qc) >= w_.size() && TermMarks(qo)) {
      last_term_close_ = qc;
      return;
    }
    if (TitleLike(p) && CueAfter(qc) >= w_.size()) return;  // «Hola», remarcó: speech after all
    out->push_back(p);
  }

  // The most words a quoted term talked about holds ("mayor hoyo de golf de
  // Praga" in the probe articles' glossary); longer marks after "en estos
  // términos" are speech.
  static constexpr size_t kMaxTermWords = 6;

  // Marks opening at token qo that hold a term talked about, no quote: right
  // after a noun naming a word ("la palabra «…»", "los conceptos de «…»"), or
  // next in a list of such marks ("«…», «…» y «…»").
  bool TermMarks(size_t qo) const {
    if (qo == 0) return false;
    if (lex_.term_nouns.count(w_.lower[qo - 1])) return true;
    // "el concepto de «…»"
    if (qo > 1 && lex_.prepositions.count(w_.lower[qo - 1]) && lex_.term_nouns.count(w_.lower[qo - 2])) return true;
    if (last_term_close_ >= qo) return false;
    for (size_t k = last_term_close_ + 1; k < qo; ++k) {
      if (w_.raw[k] != "," && !lex_.list_joiners.count(w_.lower[k])) return false;
    }
    return qo - last_term_close_ <= 3;
  }

  // A few capitalised words in marks are a name or a title ("Entre Mar y
  // Palmeras"), not speech.
  bool TitleLike(const Piece& p) const {
    size_t words = 0, capitals = 0;
    for (size_t t = p.first + 1; t < p.last; ++t) {
      if (!w_.Alpha(t)) continue;
      ++words;
      if (w_.Capitalized(t)) {
        ++capitals;
      } else if (!lex_.stopwords.count(w_.lower[t])) {
        return false;
      }
    }
    return words > 0 && words < kMinUncuedWords && capitals > 0;
  }

  // Dialogue after a dash at the start of a line: "—No cederemos —dijo el ministro—."
  // Dash lines: dialogue ("—Vamos a ganar —dijo el técnico.") and
  // interviews, where a line asking ("—¿Habrá devaluación?") is the
  // outlet's question, no quote, and the line after it the answer.
  void Dashes(std::vector<Piece>* out) {
    size_t question_end = w_.size();  // one past the last question line
    for (size_t i = 0; i + 1 < w_.size(); ++i) {
      if (!IsDash(w_.raw[i]) || !(i == 0 || w_.LineBreakAfter(i - 1)) || in_quote_[i]) continue;
      size_t j = i + 1;
      for (; j < w_.size(); ++j) {
        if (IsDash(w_.raw[j])) break;
        if (w_.LineBreakAfter(j)) {
          ++j;
          break;
        }
      }
      // Quote tokens [i + 1, j); a dash at j opens the narrator's aside.
      size_t last = std::min(j, w_.size());
      size_t qend = last;
      while (qend > i + 1 && !w_.Alpha(qend - 1) && !w_.Digits(qend - 1)) --qend;  // drop final punctuation
      if (qend <= i + 1) continue;
      bool cued = j < w_.size() && IsDash(w_.raw[j]) && Cue(j + 1);
      bool asks = lex_.question_openers.count(w_.raw[i + 1]) > 0 || (qend < last && w_.raw[qend] == "?");
      if (asks && !cued) {
        question_end = last;
        i = last - 1;
        continue;
      }
      bool answer = !cued && question_end == i;
      // A dash line with no cue is a list item or a caption, unless long or an answer.
      if (!cued && !answer && qend - i < 8) continue;
      Piece p;
      p.answer = answer;
      p.q = QuoteDraft{w_.start(i + 1), w_.end(qend - 1), -1, "", "direct", ""};
      p.first = i;
      p.last = last - 1;
      for (size_t k = i; k < last; ++k) in_quote_[k] = 1;
      out->push_back(p);
      i = last - 1;
    }
  }

  // Sets the cue and the speaker of each piece, in text order, carrying the
  // current speaker from one to the next.
  void Attribute(std::vector<Piece>* pieces) {
    Who current;
    uint32_t current_sentence = 0;
    size_t scanned = 0;  // tokens before this have been read for free cues
    bool unnamed_floor = false;  // the last subject stood for no one named
    int interviewee = -1;        // who answered the last interview question
    // A role subject no one named fits ("el legislador" for the man called
    // the Congress's president before) is still the speaker going on,
    // unless its gender contradicts the one carrying would give ("el
    // mandatario" after a woman spoke): then it is someone not named.
    auto settle = [&](Who* who, size_t at) {
      if (who->how != kUnresolved) return;
      int carried = current.entity >= 0 ? current.entity : LastPerson(at);
      bool contradicts = who->gender && carried >= 0 && gender_[carried] && gender_[carried] != who->gender;
      if (!contradicts) who->how = "";
    };
    // A place named as a cue's subject ("Moscú respondió", "Barcelona siempre
    // ha ido …, destaca" out of broken marks) speaks for that cue only: it
    // does not take the floor from the person quoted before.
    auto note = [&](const Who& who, size_t at) {
      if (who.entity < 0 || entities_[who.entity].type == "LOC") return;
      unnamed_floor = false;
      current = who;
      current_sentence = w_.sentence[at];
    };
    for (Piece& p : *pieces) {
      // Cues outside quotes before this one say who is speaking now: "Escrivá
      // ha advertido de ..." makes a later "ha recordado" his.
      for (; scanned < p.first; ++scanned) {
        if (in_quote_[scanned] || !Cue(scanned)) continue;
        // A cue in a subordinate clause does not take the floor from the
        // main clause's speaker of the same sentence.
        if (Subordinate(scanned) && current.entity >= 0 && current_sentence == w_.sentence[scanned]) continue;
        Who who = SubjectBefore(scanned, true);
        settle(&who, scanned);
        if (!Unnamed(who) && who.entity < 0) who = SubjectAfter(scanned);
        note(who, scanned);
        if (Unnamed(who)) current = {}, unnamed_floor = true;
      }
      Who who;
      size_t cue_at = w_.size();
      std::string cue;
      // 1. The cue right after: "…", dijo X / "…", añadió.
      if (size_t c = CueAfter(p.last); c < w_.size()) {
        cue_at = c;
        cue = w_.raw[c];
        who = SubjectAfter(c, true);
      }
      // "…", Lavrov dijo / "…", el ministro dijo.
      if (cue.empty()) {
        size_t k = p.last + 1;
        if (k < w_.size() && w_.raw[k] == ",") ++k;
        size_t e = k;
        while (e < w_.size() && e < k + 6 && (w_.Alpha(e) || owners_[e] >= 0) && !Cue(e) && !in_quote_[e]) ++e;
        while (e > k && Aux(e)) ++e;
        if (Cue(e) && e > k) {
          Who before = SubjectBefore(e);
          // A pronoun subject ("…," he added) leaves the cue without a name.
          if (before.entity >= 0 || (e == k + 1 && lex_.subject_pronouns.count(w_.lower[k]))) {
            cue_at = e, cue = w_.raw[e], who = before;
          }
        }
      }
      // 2. "…", según X / "…", en palabras de la ministra.
      if (cue.empty()) {
        size_t k = p.last + 1;
        if (k < w_.size() && w_.raw[k] == ",") ++k;
        if (size_t n = AccordingAt(k)) {
          Who after = SubjectAfter(k + n - 1);
          if (after.entity >= 0) cue = w_.Slice(w_.start(k), w_.end(k + n - 1)), who = after, cue_at = k;
        }
      }
      // 3. A cue before, in the same sentence: "Pérez señaló: «…»", "El
      // vocero destacó que ... en «todos los ámbitos»".
      if (cue.empty() && p.first > 0) {
        size_t s = w_.sentence[p.first];
        for (size_t c = p.first; c-- > w_.sent_first[s];) {
          if (in_quote_[c]) continue;
          if (Cue(c)) {
            cue_at = c;
            cue = w_.raw[c];
            who = SubjectAround(c);
            break;
          }
        }
      }
      // A cue later in the sentence: la «riqueza» de las obras, ha explicado
      // el director, Miguel Zugaza; a "handful" of people ..., the director
      // Tom Frieden said.
      if (cue.empty()) {
        size_t s = w_.sentence[p.last];
        for (size_t c = p.last + 1; c < w_.sent_end[s]; ++c) {
          if (in_quote_[c] || !Cue(c)) continue;
          Who after = SubjectAfter(c);
          // The subject before the cue, between it and the quote (English
          // order), unless the cue is a relative clause's ("que Lima considera").
          if (after.entity < 0 && !Subordinate(c)) after = SubjectBefore(c);
          if (after.entity >= 0) cue_at = c, cue = w_.raw[c], who = after;
          break;
        }
      }
      // 4. A colon with no cue verb: "la jueza fue tajante: «…»"; a leading
      // "según X," / "Para la ministra, «…»".
      if (cue.empty() && p.first > 0 && w_.raw[p.first - 1] == ":" &&
          w_.sentence[p.first - 1] == w_.sentence[p.first]) {
        Who before = SubjectBefore(p.first - 1);
        if (before.entity >= 0) cue = ":", who = before, cue_at = p.first - 1;
      }
      // A headline's "«…»: papa Francisco": the quote opens its line and
      // the name after the colon closes it.
      if (cue.empty() && p.last + 2 < w_.size() && w_.raw[p.last + 1] == ":" &&
          (p.first == 0 || w_.LineBreakAfter(p.first - 1))) {
        for (size_t k = p.last + 2; k < w_.size() && k <= p.last + 3; ++k) {
          if (owners_[k] >= 0) {
            size_t end = MentionEnd(k);
            if ((end == w_.size() || w_.LineBreakAfter(end - 1)) && entities_[owners_[k]].type != "LOC") {
              cue = ":", who = {owners_[k], kByName}, cue_at = p.last + 1;
            }
            break;
          }
          if (!w_.Alpha(k) || w_.Capitalized(k) || w_.LineBreakAfter(k)) break;  // "papa" before the name
        }
        // An all-capitals headline ("«…»: ANA RUIZ TRAS LA REUNIÓN"): the
        // words after the colon spell a person the story names.
        if (cue.empty() && w_.AllCaps(p.last + 2, 2)) {
          if (int e = CapitalsPerson(p.last + 2); e >= 0) cue = ":", who = {e, kByName}, cue_at = p.last + 1;
        }
      }
      // "Según Pérez, «…»", "…, según Pérez, está encaminada a «…»",
      // "Para el técnico, «…»" (that one only opening the sentence).
      if (cue.empty() && p.first > 0) {
        size_t first = w_.sent_first[w_.sentence[p.first]];
        for (size_t k = p.first; k-- > first && cue.empty();) {
          if (in_quote_[k]) continue;
          size_t n = AccordingAt(k, k == first);
          if (n == 0 || k + n >= p.first) continue;
          Who after = SubjectAfter(k + n - 1);
          if (after.entity >= 0) cue = w_.Slice(w_.start(k), w_.end(k + n - 1)), who = after, cue_at = k;
        }
      }
      // The next sentence gives it: "«…». Así lo explicó la ministra."
      if (cue.empty() && p.last + 1 < w_.size()) {
        size_t k = p.last + 1;
        while (k < w_.size() && !w_.Alpha(k) && w_.sentence[k] == w_.sentence[p.last]) ++k;
        size_t n = 0;
        if (k < w_.size() && w_.SentenceStart(k)) {
          for (const Phrase& b : lex_.backward_cues) {
            if ((n = w_.Match(k, b)) != 0) break;
          }
        }
        size_t c = k + n;
        while (n && Aux(c)) ++c;
        if (n && Cue(c)) {
          Who after = SubjectAfter(c);
          if (after.entity >= 0) cue_at = c, cue = w_.raw[c], who = after;
        }
      }
      // An interview's answer with no cue of its own is the interviewee's:
      // whoever answered before, else the person the story named last.
      if (p.answer && cue.empty() && who.entity < 0) {
        int e = interviewee >= 0 ? interviewee : LastPerson(p.first);
        if (e >= 0) who = {e, kCarried};
      }
      if (p.answer && who.entity >= 0) interviewee = who.entity;
      // 5. No subject (a cue) or no cue at all (a quote paragraph right after
      // the last one): the current speaker goes on.
      // A cue with no subject goes to the person this sentence named before
      // the quote ("… en Ganso, … «…», bromeó"), else the current speaker,
      // else the last person named.
      size_t at = p.first;
      settle(&who, at);
      bool unresolved = Unnamed(who);
      // A plural cue with no subject right by its quote ("…", explicaron;
      // dijeron: «…») is a group's: no one person's quote (an
      // organisation speaking goes on). The floor stays where it was.
      bool group = who.entity < 0 && !unresolved && cue_at < w_.size() && Cue(cue_at) && PluralCue(cue_at) &&
                   (cue_at > p.last || cue_at + kGroupCueReach >= p.first) &&
                   !(current.entity >= 0 && entities_[current.entity].type == "ORG");
      bool cue_resolved = false;  // a cue's unnamed subject ("…," he told) found its person
      if (who.entity < 0 && !cue.empty() && !unresolved && !group) {
        // "She said:" is the last woman named, even past the current speaker.
        // A gendered pronoun before the quote ("He said: «…»" after "Coleman
        // admitted he was wrong.") is the person named last when that
        // person's gender is known to match; after the quote ("«…», he
        // added") the current speaker goes on.
        char g = cue_at < w_.size() ? PronounGenderBefore(cue_at) : 0;
        // Names in the clause a cue opens are in what is said ("insistió en
        // que Ruiz «compite»"); "dijo ante el Pleno el diputado Ruiz, quien
        // pidió «…»" may name the speaker.
        size_t limit = at;
        for (size_t k = cue_at + 1; cue_at < at && k < at; ++k) {
          if (lex_.complementizers.count(w_.lower[k])) {
            limit = k;
            break;
          }
        }
        int e = PersonInSentence(limit, g);
        if (e < 0 && g && cue_at < p.first) {
          int last = LastPerson(at, g);
          if (last >= 0 && gender_[last] == g) e = last;
        }
        if (e < 0 && current.entity >= 0 && Fits(current.entity, g)) e = current.entity;
        if (e < 0 && (!unnamed_floor || g)) e = LastPerson(at, g);
        if (e >= 0) who = {e, kCarried}, cue_resolved = current.entity != e;
      }
      // A quote with no cue opening the sentence after one whose subject is a
      // person ("Ana Ruiz cerró filas con él. «…»") is that person's.
      if (who.entity < 0 && cue.empty() && !unresolved && !p.answer) {
        int e = SubjectOfSentenceBefore(p.first);
        if (e >= 0) who = {e, kCarried}, cue_resolved = current.entity != e;
      }
      if (who.entity < 0 && !unresolved && !group && current.entity >= 0 &&
          w_.sentence[at] <= current_sentence + kCarrySentences) {
        who = {current.entity, kCarried};
      }
      p.q.cue = cue;
      p.q.speaker = who.entity;
      p.q.attribution = who.entity >= 0 ? who.how : "";
      bool subordinate = cue_at < w_.size() && Cue(cue_at) && Subordinate(cue_at) && current.entity >= 0 &&
                         current_sentence == w_.sentence[cue_at];
      // A resolved subject takes the floor: the next quote paragraph is the same person's.
      if ((who.how != kCarried || cue_resolved) && !subordinate) note(who, cue_at < w_.size() ? cue_at : at);
      if (who.how == kCarried) current_sentence = w_.sentence[at];
      if (unresolved) current = {}, unnamed_floor = true;  // the floor went to someone not named
      if (cue_at < w_.size() && cue_at > scanned) scanned = cue_at + 1;
    }
    // A paragraph of a quote that goes on takes the attribution of the
    // piece that closes it ("«… \n\n«… », dijo").
    for (size_t k = pieces->size(); k-- > 1;) {
      Piece& prev = (*pieces)[k - 1];
      const Piece& next = (*pieces)[k];
      if (prev.continues && next.q.speaker >= 0 && (prev.q.speaker < 0 || prev.q.attribution == kCarried)) {
        prev.q.speaker = next.q.speaker;
        prev.q.cue = next.q.cue;
        prev.q.attribution = next.q.attribution;
      }
    }
  }

  // "X dijo que ...": the clause from "que" (speech.txt's complementizer)
  // to the end of the sentence. The cue and "que" must be adjacent but for
  // a short aside ("dijo ayer que", "afirmó a la prensa que"); "advirtió de
  // las disrupciones que" is a noun with a relative clause, not speech.
  void Reported(std::vector<QuoteDraft>* out) {
    for (size_t c = 0; c < w_.size(); ++c) {
      if (in_quote_[c] || !Cue(c)) continue;
      size_t s = w_.sentence[c], end = w_.sent_end[s];
      size_t k = c + 1;
      auto complementizer = [&](size_t t) { return lex_.complementizers.count(w_.lower[t]) > 0; };
      while (k < end && k <= c + 4 && !complementizer(k) && w_.Alpha(k) && !Cue(k)) ++k;
      if (k >= end || !complementizer(k)) continue;
      if (k > c + 1 && Preposition(c + 1) && Determiner(c + 2)) continue;
      size_t last = end;
      while (last > k + 1 && !w_.Alpha(last - 1) && !w_.Digits(last - 1)) --last;
      if (last <= k + 1) continue;
      bool quoted = false;
      for (size_t t = k; t < last && !quoted; ++t) quoted = in_quote_[t] != 0;
      if (quoted) continue;  // the direct quote inside carries it
      Who who = SubjectAround(c);
      if (who.entity < 0) continue;  // "se dijo que": no one to attribute it to
      out->push_back({w_.start(k), w_.end(last - 1), who.entity, w_.raw[c], "reported", who.how});
      c = last;
    }
  }

  const Words& w_;
  const LanguageData& lex_;
  const std::vector<EntityDraft>& entities_;
  const std::vector<Boilerplate>& pasted_;
  const std::vector<int> owners_;
  std::vector<int> role_owner_;
  std::vector<char> in_quote_;
  size_t last_term_close_ = static_cast<size_t>(-1);  // the closing mark of the last term's marks (TermMarks)
  std::vector<char> gender_;  // per entity: 'm', 'f' or 0 when unknown
};

}  // namespace

std::vector<QuoteDraft> FindQuotes(const Words& w, const LanguageData& lex, const std::vector<EntityDraft>& entities,
                                   const std::vector<int>& owners, const std::vector<TokenSpan>& role_evidence,
                                   const std::vector<Boilerplate>& pasted) {
  return QuoteFinder(w, lex, entities, owners, role_evidence, pasted).Run();
}

}  // namespace resalta
