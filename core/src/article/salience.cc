// Salience: how central each entity is to the story, and the tags a CMS
// would suggest from it.
#include <algorithm>
#include <cmath>

#include "article/article_passes.h"

namespace resalta {
namespace {

// Weights read off wire stories where editors agree on the protagonists:
// frequency counts most (log-scaled so a country named ten times does not
// bury the person the story is about), then a lead mention, then speaking.
constexpr double kLeadSentence = 1.0;   // named in the first sentence
constexpr double kEarlySentence = 0.5;  // named in the second or third
constexpr double kPerQuote = 0.5;       // each quote the entity speaks
constexpr double kMaxQuotes = 1.5;
constexpr double kRole = 0.3;           // introduced with a title
constexpr double kPosition = 0.5;       // scaled by how early the first mention is
// An entity named only inside a person's role phrase ("Relaciones
// Exteriores" of "ministro ruso de Relaciones Exteriores") scores this
// share of what it would score alone, and never more than this share of
// that person's score: kept as a name, ranked below its person, and, being
// under kMinTagSalience, never a suggested tag.
constexpr double kRoleFragment = 0.25;
// Tags: at most this many, and only entities at least this salient.
constexpr size_t kMaxTags = 8;
constexpr double kMinTagSalience = 0.3;
static_assert(kRoleFragment < kMinTagSalience, "role fragments must stay out of the tags");

}  // namespace

std::vector<double> ScoreSalience(const Words& w, const std::vector<EntityDraft>& entities,
                                  const std::vector<Boilerplate>& boilerplate) {
  const std::vector<char> in_boilerplate = BoilerplateTokens(w, boilerplate);
  std::vector<double> scores(entities.size(), 0);
  double total = std::max<double>(1, w.size());
  double best = 0;
  for (size_t e = 0; e < entities.size(); ++e) {
    const EntityDraft& d = entities[e];
    int count = 0;
    long first = -1;
    for (auto& m : d.mentions) {
      if (in_boilerplate[m.first]) continue;
      ++count;
      if (first < 0) first = m.first;
    }
    if (count == 0) continue;
    double s = std::log2(1.0 + count);
    uint32_t sentence = w.sentence[first];
    if (sentence == 0) s += kLeadSentence;
    else if (sentence <= 2) s += kEarlySentence;
    s += kPosition * (1.0 - first / total);
    s += std::min(kMaxQuotes, kPerQuote * d.quotes);
    if (d.type == "PER" && !d.role.empty()) s += kRole;
    scores[e] = s;
  }
  // Role fragments after every person is scored (the cap reads the person's score).
  std::vector<double> alone = scores;
  for (size_t e = 0; e < entities.size(); ++e) {
    int person = entities[e].role_of;
    if (person >= 0) scores[e] = kRoleFragment * std::min(alone[e], alone[person]);
  }
  for (double s : scores) best = std::max(best, s);
  if (best > 0) {
    for (double& s : scores) s = std::round(s / best * 1000) / 1000;
  }
  return scores;
}

std::vector<std::string> SuggestTags(const std::vector<EntityDraft>& entities, const std::vector<double>& salience) {
  std::vector<size_t> order;
  for (size_t e = 0; e < entities.size(); ++e) {
    // Agencies credited for the copy are where the story came from, not what it is about.
    if (!entities[e].source && salience[e] >= kMinTagSalience) order.push_back(e);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return salience[a] > salience[b]; });
  std::vector<std::string> tags;
  for (size_t e : order) {
    if (tags.size() >= kMaxTags) break;
    if (std::find(tags.begin(), tags.end(), entities[e].name) == tags.end()) tags.push_back(entities[e].name);
  }
  return tags;
}

}  // namespace resalta
