// The quote pass (article_passes.h: FindQuotes) on arbitrary text, with
// people where a tagger would likely put them: every run of capitalised
// words is a PER mention, so speaker attribution, roles and grouping run
// too (GroupMentions, AttachRoles, MentionOwners). Quotes must slice the
// text and name an existing entity or none.
#include "article/article_passes.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using resalta::fuzz::Check;
  resalta::fuzz::Article a;
  if (!a.Read(data, size)) return 0;
  const resalta::Words& w = a.words;
  std::vector<resalta::EntityMention> mentions;
  for (size_t s = 0; s < w.sent_first.size(); ++s) {
    for (uint32_t i = w.sent_first[s]; i < w.sent_end[s];) {
      uint32_t j = i;
      while (j < w.sent_end[s] && w.Capitalized(j)) ++j;
      if (j > i) mentions.push_back({i, j, resalta::EntityType::kPer});
      i = j > i ? j : i + 1;
    }
  }
  const resalta::LanguageData& lex = a.language();
  std::vector<resalta::EntityDraft> entities = resalta::GroupMentions(w, lex, &mentions, {});
  std::vector<int> owners = resalta::MentionOwners(w, entities);
  std::vector<resalta::TokenSpan> roles = resalta::AttachRoles(w, lex, owners, &entities);
  Check(owners.size() == w.size());
  std::vector<resalta::QuoteDraft> quotes = resalta::FindQuotes(w, lex, entities, owners, roles, resalta::FindBoilerplate(w, lex, &mentions));
  for (const resalta::QuoteDraft& q : quotes) {
    Check(a.Range(q.start, q.end) && q.start < q.end);
    Check(q.speaker >= -1 && q.speaker < static_cast<int>(entities.size()));
    Check(!q.kind.empty());
  }
  return 0;
}
