// Who said what: direct quotes between quote marks or after a dash, and
// reported speech ("X dijo que ..."), each with its cue verb and speaker.
#include <algorithm>
#include <unordered_set>

#include "article/article_passes.h"

namespace resalta {
namespace {

bool IsLetterOrDigit(char16_t c) {
  return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= 0xC0 && c < 0x2000);
}
bool IsSpace(char16_t c) { return c == u' ' || c == u'\t' || c == 0xA0 || c == u'\n' || c == u'\r'; }
bool IsDash(const std::string& s) { return s == "—" || s == "–" || s == "-" || s == "―"; }

const std::unordered_set<std::string>& Prepositions() {
  // A name after one of these is not the subject: "el ministro de Rusia dijo".
  static const std::unordered_set<std::string> k = {"de", "del", "a", "al", "en", "con", "por", "para", "desde",
                                                    "sobre", "entre", "hacia", "contra", "según", "sin", "of", "to",
                                                    "in", "by", "with", "from"};
  return k;
}

struct Mark {
  uint32_t open = 0, close = 0;  // UTF-16 offsets of the marks
};

// Quote mark pairs, outermost only, never across a line break: an
// unbalanced mark is dropped at the end of its line and harms nothing else.
std::vector<Mark> FindMarks(std::u16string_view text) {
  std::vector<Mark> out;
  struct Open {
    char16_t close;
    uint32_t at;
  };
  std::vector<Open> stack;
  for (uint32_t i = 0; i < text.size(); ++i) {
    char16_t c = text[i];
    if (c == u'\n' || c == 0x2029) {
      stack.clear();
      continue;
    }
    char16_t prev = i > 0 ? text[i - 1] : u' ';
    char16_t next = i + 1 < text.size() ? text[i + 1] : u' ';
    auto close_if_open = [&](char16_t mark) {
      for (size_t k = stack.size(); k-- > 0;) {
        if (stack[k].close == mark) {
          if (k == 0) out.push_back({stack[0].at, i});
          stack.resize(k);
          return true;
        }
      }
      return false;
    };
    switch (c) {
      case u'"':
        if (!close_if_open(u'"')) {
          if (!IsLetterOrDigit(prev)) stack.push_back({u'"', i});
        }
        break;
      case u'\'':
        // An apostrophe sits between letters; a quote mark does not.
        if (IsLetterOrDigit(prev) && IsLetterOrDigit(next)) break;
        if (!close_if_open(u'\'') && !IsLetterOrDigit(prev) && IsLetterOrDigit(next)) stack.push_back({u'\'', i});
        break;
      case 0x201C:  // “
      case 0x201E:  // „
        stack.push_back({0x201D, i});
        break;
      case 0x201D:
        close_if_open(0x201D);
        break;
      case 0xAB:  // «
        stack.push_back({0xBB, i});
        break;
      case 0xBB:
        close_if_open(0xBB);
        break;
      case 0x2018:  // ‘
        stack.push_back({0x2019, i});
        break;
      case 0x2019:
        if (IsLetterOrDigit(prev) && IsLetterOrDigit(next)) break;  // O’Higgins
        close_if_open(0x2019);
        break;
      default:
        break;
    }
  }
  return out;
}

class QuoteFinder {
 public:
  QuoteFinder(const Words& w, const LanguageData& lex, const std::vector<EntityDraft>& entities,
              const std::vector<int>& owners, const std::vector<TokenSpan>& role_evidence)
      : w_(w), lex_(lex), entities_(entities), owners_(owners), role_owner_(w.size(), -1), in_quote_(w.size(), 0) {
    for (const TokenSpan& s : role_evidence) {
      for (uint32_t k = s.first; k < s.last && k < w.size(); ++k) role_owner_[k] = s.entity;
    }
  }

  std::vector<QuoteDraft> Run() {
    std::vector<QuoteDraft> out;
    for (const Mark& m : FindMarks(w_.text)) Direct(m, &out);
    Dashes(&out);
    std::sort(out.begin(), out.end(), [](const QuoteDraft& a, const QuoteDraft& b) { return a.start < b.start; });
    Reported(&out);
    std::sort(out.begin(), out.end(), [](const QuoteDraft& a, const QuoteDraft& b) { return a.start < b.start; });
    return out;
  }

 private:
  // First token starting at or after `offset`.
  size_t TokenAt(uint32_t offset) const {
    auto it = std::lower_bound(w_.tokens->begin(), w_.tokens->end(), offset,
                               [](const TokenRange& t, uint32_t o) { return t.start < o; });
    return static_cast<size_t>(it - w_.tokens->begin());
  }

  int Who(size_t k) const { return role_owner_[k] >= 0 ? role_owner_[k] : owners_[k]; }

  // The speaker right after a cue: "remarcó Lavrov", "indicó el portavoz
  // ..., Dmitri Peskov".
  int SpeakerAfter(size_t cue) const {
    size_t s = w_.sentence[cue];
    for (size_t k = cue + 1; k < w_.sent_end[s] && k <= cue + 12; ++k) {
      if (in_quote_[k]) break;
      if (w_.lower[k] == "que" || w_.lower[k] == ":") break;
      int e = Who(k);
      if (e >= 0 && !(owners_[k] >= 0 && role_owner_[k] < 0 && k > 0 && k == MentionStart(k) &&
                      Prepositions().count(w_.lower[k - 1]))) {
        return e;
      }
    }
    return -1;
  }

  size_t MentionStart(size_t k) const {
    while (k > 0 && owners_[k - 1] == owners_[k] && owners_[k] >= 0) --k;
    return k;
  }

  // The subject before a cue: the nearest name or role phrase to its left
  // that is not inside a prepositional phrase.
  int SpeakerBefore(size_t cue) const {
    size_t s = w_.sentence[cue];
    size_t first = w_.sent_first[s];
    for (size_t k = cue; k-- > first && cue - k <= 15;) {
      if (in_quote_[k]) break;
      if (role_owner_[k] >= 0) return role_owner_[k];
      if (owners_[k] < 0) continue;
      size_t m = MentionStart(k);
      if (m > 0 && Prepositions().count(w_.lower[m - 1])) {
        k = m;
        continue;
      }
      return owners_[k];
    }
    return -1;
  }

  bool Cue(size_t k) const { return k < w_.size() && lex_.cue_verbs.count(w_.lower[k]) > 0; }

  void Direct(const Mark& m, std::vector<QuoteDraft>* out) {
    uint32_t start = m.open + 1, end = m.close;
    while (start < end && IsSpace(w_.text[start])) ++start;
    // English puts the comma inside the marks: "We will act," he said.
    while (end > start && (IsSpace(w_.text[end - 1]) || w_.text[end - 1] == u',')) --end;
    if (start >= end) return;
    size_t qo = TokenAt(m.open), qc = TokenAt(m.close);
    if (qo >= w_.size() || qc >= w_.size()) return;
    for (size_t k = qo; k <= qc; ++k) in_quote_[k] = 1;
    QuoteDraft q{start, end, -1, "", "direct"};
    // After: "…", remarcó Lavrov / "…", Lavrov dijo / "…" —dijo—.
    size_t k = qc + 1;
    for (int skip = 0; skip < 2 && k < w_.size() && (w_.raw[k] == "," || IsDash(w_.raw[k])); ++skip) ++k;
    if (k < w_.size()) {
      if (Cue(k)) {
        q.cue = w_.raw[k];
        q.speaker = SpeakerAfter(k);
      } else {
        // "…", Lavrov dijo / "…", el ministro dijo / "…" the president said.
        size_t e = k;
        while (e < w_.size() && e < k + 5 && (w_.Alpha(e) || Who(e) >= 0) && !Cue(e)) ++e;
        if (Cue(e) && e > k) {
          q.cue = w_.raw[e];
          q.speaker = SpeakerBefore(e);
        }
      }
    }
    // Before, in the same sentence: "El vocero destacó que ... en "todos los ámbitos"".
    if (q.cue.empty() && qo > 0) {
      size_t s = w_.sentence[qo];
      for (size_t c = qo; c-- > w_.sent_first[s];) {
        if (in_quote_[c]) break;
        if (Cue(c)) {
          q.cue = w_.raw[c];
          q.speaker = SpeakerBefore(c);
          if (q.speaker < 0) q.speaker = SpeakerAfter(c);
          break;
        }
      }
    }
    // Marks around a word or two with no one saying them are scare quotes
    // or titles, not quotes.
    if (q.cue.empty()) {
      size_t words = 0;
      for (size_t t = qo + 1; t < qc; ++t) words += w_.Alpha(t);
      if (words < 5) return;
    }
    out->push_back(q);
  }

  // Dialogue after a dash at the start of a line: "—No cederemos —dijo el ministro—."
  void Dashes(std::vector<QuoteDraft>* out) {
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
      QuoteDraft q{w_.start(i + 1), w_.end(qend - 1), -1, "", "direct"};
      if (j < w_.size() && IsDash(w_.raw[j]) && Cue(j + 1)) {
        q.cue = w_.raw[j + 1];
        q.speaker = SpeakerAfter(j + 1);
      }
      for (size_t k = i; k < last; ++k) in_quote_[k] = 1;
      // A dash line with no cue is a list item or a caption, unless long.
      if (q.cue.empty() && qend - i < 8) continue;
      out->push_back(q);
      i = last - 1;
    }
  }

  // "X dijo que ...": the clause from "que" to the end of the sentence.
  void Reported(std::vector<QuoteDraft>* out) {
    for (size_t c = 0; c < w_.size(); ++c) {
      if (in_quote_[c] || !Cue(c)) continue;
      size_t s = w_.sentence[c], end = w_.sent_end[s];
      size_t k = c + 1;
      while (k < end && k <= c + 5 && w_.lower[k] != "que" && w_.Alpha(k) && !Cue(k)) ++k;
      if (k >= end || w_.lower[k] != "que") continue;
      size_t last = end;
      while (last > k + 1 && !w_.Alpha(last - 1) && !w_.Digits(last - 1)) --last;
      if (last <= k + 1) continue;
      bool quoted = false;
      for (size_t t = k; t < last && !quoted; ++t) quoted = in_quote_[t] != 0;
      if (quoted) continue;  // the direct quote inside carries it
      int speaker = SpeakerBefore(c);
      if (speaker < 0) speaker = SpeakerAfter(c);
      if (speaker < 0) continue;  // "se dijo que": no one to attribute it to
      out->push_back({w_.start(k), w_.end(last - 1), speaker, w_.raw[c], "reported"});
      c = last;
    }
  }

  const Words& w_;
  const LanguageData& lex_;
  const std::vector<EntityDraft>& entities_;
  const std::vector<int>& owners_;
  std::vector<int> role_owner_;
  std::vector<char> in_quote_;
};

}  // namespace

std::vector<QuoteDraft> FindQuotes(const Words& w, const LanguageData& lex, const std::vector<EntityDraft>& entities,
                                   const std::vector<int>& owners, const std::vector<TokenSpan>& role_evidence) {
  return QuoteFinder(w, lex, entities, owners, role_evidence).Run();
}

}  // namespace resalta
