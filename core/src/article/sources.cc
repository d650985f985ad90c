// Sources: news agencies credited or cited ("según la agencia rusa Ria
// Novosti", "citada por AFP", "(EFE)", "Con información de Télam").
#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>

#include "article/article_passes.h"

namespace resalta {
namespace {

// Matches cue `p` so that it ends right before token `end`; returns its
// first token or -1. "..." in a cue is a gap of up to three words.
int CueEndingAt(const Words& w, const Phrase& p, size_t end) {
  size_t gap = p.size();
  for (size_t k = 0; k < p.size(); ++k) {
    if (p[k] == "...") gap = k;
  }
  Phrase after(p.begin() + (gap == p.size() ? 0 : gap + 1), p.end());
  if (after.size() > end || !w.Match(end - after.size(), after)) return -1;
  size_t start = end - after.size();
  if (gap == p.size()) return static_cast<int>(start);
  Phrase before(p.begin(), p.begin() + gap);
  for (size_t skip = 0; skip <= 3; ++skip) {
    if (start < skip + before.size()) break;
    size_t b = start - skip - before.size();
    if (w.sentence[b] != w.sentence[start]) break;
    if (w.Match(b, before)) return static_cast<int>(b);
  }
  return -1;
}

// "(EFE)", "(ABI).-": a parenthesised name in capitals that closes a
// dateline or the article; returns one past ")" or 0.
size_t CreditInParentheses(const Words& w, size_t open) {
  if (open + 2 >= w.size() || w.raw[open] != "(") return 0;
  size_t k = open + 1;
  while (k < w.size() && k < open + 4 && w.Alpha(k) && w.AllCaps(k)) ++k;
  if (k == open + 1 || k >= w.size() || w.raw[k] != ")") return 0;
  // A dateline opens the line or follows its place name and comma.
  bool after = k + 1 >= w.size() || w.LineBreakAfter(k) || w.raw[k + 1] == "." || w.raw[k + 1] == "-" ||
               w.raw[k + 1] == "—" || w.raw[k + 1] == "–";
  bool before = open == 0 || w.LineBreakAfter(open - 1) || w.raw[open - 1] == ",";
  return after && before ? k + 1 : 0;
}

}  // namespace

std::vector<SourceDraft> FindSources(const Words& w, const LanguageData& lex) {
  std::unordered_map<std::string, std::vector<const LanguageData::Agency*>> by_first;
  for (const LanguageData::Agency& a : lex.agencies) {
    if (!a.words.empty()) by_first[a.words[0]].push_back(&a);
  }
  std::vector<SourceDraft> out;
  for (size_t i = 0; i < w.size(); ++i) {
    auto it = by_first.find(w.lower[i]);
    if (it == by_first.end() || !w.Capitalized(i)) continue;
    const LanguageData::Agency* agency = nullptr;
    size_t n = 0;
    for (const LanguageData::Agency* a : it->second) {  // longest spelling first
      if ((n = w.Match(i, a->words)) != 0) {
        agency = a;
        break;
      }
    }
    if (agency == nullptr) continue;
    size_t end = i + n;
    SourceDraft d{agency->name, {static_cast<uint32_t>(i), static_cast<uint32_t>(end)}, {}};
    int evidence_start = -1;
    size_t evidence_end = end;
    // "(EFE)", "(EUROPA PRESS)".
    if (i > 0 && w.raw[i - 1] == "(" && end < w.size() && w.raw[end] == ")") {
      evidence_start = static_cast<int>(i - 1);
      evidence_end = end + 1;
    }
    // "Con información de AP y EFE", "según Reuters, AFP y EFE": an agency
    // joined to the one just credited shares its credit.
    if (evidence_start < 0 && !out.empty() && i >= 1) {
      size_t j = i - 1;
      SourceDraft& before = out.back();
      bool joined = w.raw[j] == "," || lex.InClass("and", w.lower[j]);
      if (joined && before.name_tokens.last == j && w.sentence[j] == w.sentence[i] &&
          before.evidence.last <= end) {
        evidence_start = static_cast<int>(before.evidence.first);
        before.evidence.last = static_cast<uint32_t>(end);
        // The earlier ones of a list ("Reuters, AFP y EFE") take its whole length too.
        for (size_t b = out.size() - 1; b-- > 0 && out[b].evidence.first == before.evidence.first;) {
          out[b].evidence.last = static_cast<uint32_t>(end);
        }
      }
    }
    // "según la agencia rusa Ria Novosti": a cue, then filler words.
    if (evidence_start < 0) {
      size_t k = i;
      for (int steps = 0; evidence_start < 0 && steps <= 5 && k > 0; ++steps) {
        for (const Phrase& cue : lex.source_cues) {
          int s = CueEndingAt(w, cue, k);
          if (s >= 0 && w.sentence[s] == w.sentence[i]) {
            evidence_start = s;
            break;
          }
        }
        const std::string& prev = w.lower[k - 1];
        if (!lex.source_filler.count(prev) && !lex.demonyms.count(prev)) break;
        --k;
      }
    }
    // "Reuters informó", "la agencia Tass dijo".
    if (evidence_start < 0 && end < w.size() && lex.cue_verbs.count(w.lower[end])) {
      evidence_start = static_cast<int>(i);
      evidence_end = end + 1;
    }
    // A line that is only the agency's name: a credit line.
    if (evidence_start < 0 && (i == 0 || w.LineBreakAfter(i - 1))) {
      size_t e = end;
      while (e < w.size() && !w.LineBreakAfter(e - 1) && !w.Alpha(e)) ++e;
      if (w.LineBreakAfter(e - 1)) {
        evidence_start = static_cast<int>(i);
        evidence_end = e;
      }
    }
    if (evidence_start < 0) continue;
    d.evidence = {static_cast<uint32_t>(evidence_start), static_cast<uint32_t>(evidence_end)};
    out.push_back(std::move(d));
    i = end - 1;
  }
  return out;
}

std::vector<SourceDraft> FindOutletCredits(const Words& w, const LanguageData& lex,
                                           const std::vector<EntityDraft>& entities, const std::vector<int>& owners,
                                           const std::vector<SourceDraft>& known) {
  std::vector<char> taken(w.size(), 0);
  for (const SourceDraft& s : known) {
    for (uint32_t k = s.name_tokens.first; k < s.name_tokens.last && k < w.size(); ++k) taken[k] = 1;
  }
  std::vector<SourceDraft> out;
  auto add = [&](size_t first, size_t end, size_t ev_first, size_t ev_end) {
    for (size_t k = first; k < end; ++k) taken[k] = 1;
    out.push_back({w.Slice(w.start(first), w.end(end - 1)),
                   {static_cast<uint32_t>(first), static_cast<uint32_t>(end)},
                   {static_cast<uint32_t>(ev_first), static_cast<uint32_t>(ev_end)}});
  };
  for (size_t i = 0; i < w.size(); ++i) {
    if (taken[i]) continue;
    // "Sucre, (ABI).-".
    if (size_t close = CreditInParentheses(w, i)) {
      add(i + 1, close - 1, i, close);
      i = close - 1;
      continue;
    }
    // A name an entity owns (not a person or a place), or any capitalised
    // run after a medium's noun.
    if (!w.Capitalized(i) || (i > 0 && owners[i] >= 0 && owners[i - 1] == owners[i])) continue;
    size_t end = i;
    int owner = owners[i];
    if (owner >= 0) {
      while (end < w.size() && owners[end] == owner) ++end;
    }
    // Walk left over filler ("la televisora", "el diario") to the cue, past
    // the quote mark a name may open with ("en una entrevista con «El País»").
    size_t k = i;
    if (k > 0 && OpeningMark(w.raw[k - 1])) --k;
    bool medium = false;
    while (k > 0 &&
           (lex.source_filler.count(w.lower[k - 1]) || lex.org_titles.count(w.lower[k - 1]) ||
            lex.demonyms.count(w.lower[k - 1]) || lex.weekdays.count(w.lower[k - 1]) ||
            lex.day_words.count(w.lower[k - 1])) &&
           i - k < 5) {
      medium = medium || lex.org_titles.count(w.lower[k - 1]) > 0;
      --k;
    }
    if (owner < 0 && !medium) continue;
    // People and places are no media ("dijo a Ruiz", "habló en Madrid"); a
    // listed outlet is typed ORG whatever the tagger said.
    if (owner >= 0 && (entities[owner].type == "PER" || entities[owner].type == "LOC")) continue;
    if (owner < 0) {
      end = i;
      while (end < w.size() && w.Alpha(end) && (w.Capitalized(end) || w.Glued(end - 1)) && end < i + 4) ++end;
    }
    // A listed outlet is a medium whatever precedes it ("told The Irish
    // Times"); one followed by a reporting phrase credits itself ("NPR has
    // learned", "The Irish Times reported").
    // The outlet's name may open with its article: "The Irish Times".
    size_t name_first = i;
    bool outlet = lex.outlet_names.count(NameKey(w.Slice(w.start(i), w.end(end - 1)))) > 0;
    if (i > 0 && lex.InClass("article", w.lower[i - 1]) &&
        lex.outlet_names.count(NameKey(w.Slice(w.start(i - 1), w.end(end - 1))))) {
      outlet = true;
      name_first = i - 1;
    }
    medium = medium || outlet;
    if (outlet) {
      size_t after = 0;
      for (const Phrase& cue : lex.source_cues_after) {
        if (size_t n = w.Match(end, cue); n > after && w.sentence[end + n - 1] == w.sentence[i]) after = n;
      }
      if (after > 0) {
        add(name_first, end, name_first, end + after);
        i = end - 1;
        continue;
      }
      // A verb of telling right before it, the outlet its subject: "como
      // señala The New York Times".
      size_t verb = std::min(k, name_first);
      if (verb > 0 && w.sentence[verb - 1] == w.sentence[i]) {
        auto lemma = lex.cue_verbs.find(w.lower[verb - 1]);
        if (lemma != lex.cue_verbs.end() && lex.telling_verbs.count(lemma->second) &&
            !NotSpeech(w, lex, verb - 1, lemma->second)) {
          add(name_first, end, verb - 1, end);
          i = end - 1;
          continue;
        }
      }
    }
    int cue_first = -1;
    const Phrase* found = nullptr;
    for (const Phrase& cue : lex.source_cues) {
      if (cue.size() > k || !w.Match(k - cue.size(), cue)) continue;
      if (w.sentence[k - cue.size()] != w.sentence[i]) continue;
      if (cue_first < 0 || k - cue.size() < static_cast<size_t>(cue_first)) {
        cue_first = static_cast<int>(k - cue.size());
        found = &cue;
      }
    }
    if (found == nullptr) continue;
    bool weak = found->size() == 1 && lex.weak_source_cues.count((*found)[0]);
    bool interview =
        std::find(lex.interview_cues.begin(), lex.interview_cues.end(), *found) != lex.interview_cues.end();
    if (weak) {
      // A verb of telling just before: "dijo a La Opinión", "ha contado en
      // exclusiva a Levante-EMV", "dijo la funcionaria al medio Radio Sur".
      // The verb's subject in between ("dice su familia en la Corte Suprema")
      // makes the name after the cue a place it spoke in unless a medium's
      // noun says otherwise ("dijo la funcionaria al medio Radio Sur").
      bool verb = false, subject = false;
      for (size_t b = static_cast<size_t>(cue_first); b-- > 0 && cue_first - b <= 4;) {
        if (w.sentence[b] != w.sentence[i] || w.raw[b] == "," || lex.relatives.count(w.lower[b])) break;
        auto lemma = lex.cue_verbs.find(w.lower[b]);
        if (lemma != lex.cue_verbs.end() && NotSpeech(w, lex, b, lemma->second)) break;  // "cuenta con tiendas en"
        if (lemma != lex.cue_verbs.end() || lex.telling_verbs.count(w.lower[b])) {
          verb = lex.telling_verbs.count(w.lower[b]) || lex.telling_verbs.count(lemma->second);
          break;
        }
        subject = subject || lex.determiners.count(w.lower[b]) > 0;
      }
      if (!verb || (subject && !medium)) continue;
    } else if (!interview && !medium) {
      continue;  // "según el Ministerio": a source of facts, not a medium
    }
    // The evidence closes the mark the name opened with.
    bool marked = name_first > 0 && OpeningMark(w.raw[name_first - 1]) && end < w.size() &&
                  ClosingMark(w.raw[name_first - 1], w.raw[end]);
    add(name_first, end, static_cast<size_t>(cue_first), marked ? end + 1 : end);
    i = end - 1;
  }
  return out;
}

}  // namespace resalta
