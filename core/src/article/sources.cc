// Sources: news agencies credited or cited ("según la agencia rusa Ria
// Novosti", "citada por AFP", "(EFE)", "Con información de Télam").
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

}  // namespace resalta
