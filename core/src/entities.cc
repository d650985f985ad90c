// Mention grouping: which tagger mentions name the same referent.
#include <algorithm>
#include <map>

#include "article_passes.h"

namespace resalta {
namespace {

struct RawMention {
  std::string type;
  uint32_t first = 0, last = 0;
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

// True when the words of `a` appear in order inside `b`.
bool Subsequence(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t k = 0;
  for (size_t i = 0; i < b.size() && k < a.size(); ++i) k += (b[i] == a[k]);
  return k == a.size();
}

}  // namespace

std::vector<EntityDraft> GroupMentions(const Words& w, const std::vector<std::vector<std::string>>* labels,
                                       const std::vector<TokenSpan>& extra) {
  std::vector<RawMention> raw;
  std::vector<char> labeled(w.size(), 0);
  if (labels != nullptr) {
    for (size_t s = 0; s < w.sent_first.size() && s < labels->size(); ++s) {
      const std::vector<std::string>& l = (*labels)[s];
      uint32_t base = w.sent_first[s], n = w.sent_end[s] - base;
      for (uint32_t i = 0; i < n && i < l.size();) {
        // An I- with no B- before it opens a mention too (taggers slip).
        if (l[i].size() < 3 || (l[i][0] != 'B' && l[i][0] != 'I')) {
          ++i;
          continue;
        }
        std::string type = l[i].substr(2);
        uint32_t j = i + 1;
        while (j < n && j < l.size() && l[j].size() > 2 && l[j][0] == 'I' && l[j].compare(2, std::string::npos, type) == 0) ++j;
        raw.push_back({type, base + i, base + j});
        for (uint32_t k = base + i; k < base + j; ++k) labeled[k] = 1;
        i = j;
      }
    }
  }
  for (const TokenSpan& e : extra) {
    bool free = true;
    for (uint32_t k = e.first; k < e.last; ++k) free = free && !labeled[k];
    if (free) raw.push_back({"ORG", e.first, e.last});
  }
  std::sort(raw.begin(), raw.end(), [](const RawMention& a, const RawMention& b) { return a.first < b.first; });

  struct Group {
    std::vector<std::string> name_words;  // of the fullest form
    std::map<std::string, int> type_votes;
    std::vector<std::pair<uint32_t, uint32_t>> mentions;
    std::string first_type;
  };
  std::vector<Group> groups;
  std::map<std::string, int> by_text;  // mention text -> group
  std::map<std::string, int> by_initials;
  int last_group_end_token = -1, last_group = -1;

  for (const RawMention& m : raw) {
    std::vector<std::string> words(w.raw.begin() + m.first, w.raw.begin() + m.last);
    std::string text = w.Slice(w.start(m.first), w.end(m.last - 1));
    int g = -1;
    if (auto it = by_text.find(text); it != by_text.end()) g = it->second;
    // "Fondo Monetario Internacional (FMI)": the acronym right after a name.
    if (g < 0 && IsAcronym(text) && m.first >= 2 && w.raw[m.first - 1] == "(" &&
        last_group_end_token == static_cast<int>(m.first) - 1) {
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
    grp.type_votes[m.type]++;
    grp.mentions.push_back({m.first, m.last});
    by_text.emplace(text, g);
    if (m.last - m.first >= 2) {
      std::string ini = Initials(w, m.first, m.last);
      if (ini.size() >= 2) by_initials.emplace(ini, g);
    }
    last_group = g;
    last_group_end_token = static_cast<int>(m.last) - 1;
    // Skip over a closing parenthesis so "(FMI)" is seen as following the name.
    if (m.last < w.size() && w.raw[m.last] == "(") last_group_end_token = static_cast<int>(m.last);
  }

  std::vector<EntityDraft> out;
  out.reserve(groups.size());
  for (Group& g : groups) {
    EntityDraft e;
    int best = 0;
    e.type = g.first_type;
    for (auto& [type, votes] : g.type_votes) {
      if (votes > best || (votes == best && type == g.first_type)) {
        best = votes;
        e.type = type;
      }
    }
    // The fullest form as written: the longest mention (first one on ties).
    std::pair<uint32_t, uint32_t> full = g.mentions[0];
    for (auto& mm : g.mentions) {
      if (mm.second - mm.first > full.second - full.first) full = mm;
    }
    e.name = w.Slice(w.start(full.first), w.end(full.second - 1));
    e.mentions = std::move(g.mentions);
    out.push_back(std::move(e));
  }
  return out;
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
