#include "article/article.h"

#include <algorithm>
#include <map>

#include "article/article_passes.h"

namespace resalta {
namespace {

// Keeps spans sorted by start (longer first) and drops any that would
// cross one kept before it: overlapping highlights must nest.
std::vector<Span> NestSpans(std::vector<Span> spans) {
  std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    if (a.start != b.start) return a.start < b.start;
    return a.end > b.end;
  });
  std::vector<Span> out;
  std::vector<uint32_t> open;  // ends of the kept spans enclosing the current point
  for (Span& s : spans) {
    while (!open.empty() && open.back() <= s.start) open.pop_back();
    if (!open.empty() && s.end > open.back()) continue;
    if (!out.empty() && out.back().start == s.start && out.back().end == s.end) {  // same range twice
      // A holiday the tagger also took for a name ("Navidad", "Semana Santa"): the date, with its
      // value, is the highlight; the entity keeps its mention.
      if (!out.back().entity.empty() && (s.type == "DATE" || s.type == "TIME") && s.value) out.back() = std::move(s);
      continue;
    }
    open.push_back(s.end);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

void AnalyzeArticle(const ArticleInput& in, Document* doc) {
  if (in.segmentation == nullptr || in.token_text == nullptr || in.language == nullptr ||
      in.segmentation->tokens.empty()) {
    return;
  }
  const LanguageData& lex = *in.language;
  const Words w = MakeWords(in);

  doc->boilerplate = FindBoilerplate(w, lex, in.mentions);
  doc->published = FindPublished(w, lex, in.lang, doc->boilerplate, in.date, in.default_date);

  // Entities: tagger mentions plus credited agencies, grouped; roles; role phrases.
  std::vector<SourceDraft> sources = FindSources(w, lex);
  std::vector<TokenSpan> agency_mentions;
  for (const SourceDraft& s : sources) agency_mentions.push_back(s.name_tokens);
  std::vector<EntityDraft> entities = GroupMentions(w, lex, in.mentions, agency_mentions);
  std::vector<int> owners = MentionOwners(w, entities);
  std::vector<TokenSpan> role_evidence = AttachRoles(w, lex, owners, &entities);
  ResolveRoleMentions(w, lex, role_evidence, &entities, &owners);

  // Entities in order of first mention; ids follow that order.
  std::vector<size_t> order(entities.size());
  for (size_t e = 0; e < order.size(); ++e) order[e] = e;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return entities[a].mentions.front().first < entities[b].mentions.front().first;
  });
  std::vector<int> new_index(entities.size());
  for (size_t k = 0; k < order.size(); ++k) new_index[order[k]] = static_cast<int>(k);
  {
    std::vector<EntityDraft> sorted;
    sorted.reserve(entities.size());
    for (size_t e : order) sorted.push_back(std::move(entities[e]));
    entities = std::move(sorted);
    for (int& o : owners) o = o >= 0 ? new_index[o] : -1;
    for (TokenSpan& r : role_evidence) r.entity = r.entity >= 0 ? new_index[r.entity] : -1;
  }
  MarkRoleFragments(role_evidence, &entities);
  PruneEntities(w, lex, doc->boilerplate, &entities, &owners, &role_evidence);
  auto id = [](int e) { return e >= 0 ? "e" + std::to_string(e + 1) : std::string(); };

  // Quotes, then sources (both point at entities).
  std::vector<QuoteDraft> quotes = FindQuotes(w, lex, entities, owners, role_evidence, doc->boilerplate);
  for (const QuoteDraft& q : quotes) {
    if (q.speaker >= 0) entities[q.speaker].quotes++;
    (q.kind == "reported" ? doc->reported_speech : doc->quotes)
        .push_back({q.start, q.end, w.Slice(q.start, q.end), id(q.speaker), q.cue, q.kind, q.attribution});
  }
  for (SourceDraft& s : FindOutletCredits(w, lex, entities, owners, sources)) sources.push_back(std::move(s));
  std::map<std::string, bool> seen_source;
  for (const SourceDraft& s : sources) {
    int owner = owners[s.name_tokens.first];
    if (owner >= 0) entities[owner].source = true;
    if (seen_source[s.name]) continue;  // one source per agency, credited where first seen
    seen_source[s.name] = true;
    Mention evidence{w.start(s.evidence.first), w.end(s.evidence.last - 1), ""};
    evidence.text = w.Slice(evidence.start, evidence.end);
    doc->sources.push_back({s.name, id(owner), evidence});
  }

  // Highlights: names, dates (before quantities, which skip their tokens), demonyms.
  std::vector<Span> spans;
  for (size_t e = 0; e < entities.size(); ++e) {
    for (auto& m : entities[e].mentions) {
      uint32_t start = w.start(m.first), end = w.end(m.second - 1);
      spans.push_back({start, end, entities[e].type, w.Slice(start, end), id(static_cast<int>(e)), std::nullopt, ""});
    }
  }
  Covered covered(w.size(), 0);
  FindPercentsAndAges(w, lex, in.lang, &covered, &spans);
  FindDates(w, lex, doc->published.date, &covered, &spans);
  FindQuantities(w, lex, in.lang, &covered, &spans);
  FindDemonyms(w, lex, &spans);
  doc->spans = NestSpans(std::move(spans));

  std::vector<double> salience = ScoreSalience(w, entities, doc->boilerplate);
  doc->tags = SuggestTags(entities, salience);
  for (size_t e = 0; e < entities.size(); ++e) {
    EntityDraft& d = entities[e];
    Entity out;
    out.id = id(static_cast<int>(e));
    out.type = d.type;
    out.name = d.name;
    out.role = d.role;
    out.salience = salience[e];
    for (auto& m : d.mentions) {
      uint32_t start = w.start(m.first), end = w.end(m.second - 1);
      out.mentions.push_back({start, end, w.Slice(start, end)});
    }
    doc->entities.push_back(std::move(out));
  }
}

}  // namespace resalta
