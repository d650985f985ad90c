#include "article.h"

#include <map>

#include "text.h"

namespace resalta {

void AnalyzeArticle(const ArticleInput& in, Document* doc) {
  if (in.labels == nullptr) return;
  const Segmentation& seg = *in.segmentation;
  // Entity mentions from IOB2 labels; mentions with the same text and type
  // are one entity.
  std::map<std::pair<std::string, std::string>, size_t> by_name;
  for (size_t s = 0; s < seg.sentences.size(); ++s) {
    const SentenceRange& range = seg.sentences[s];
    const std::vector<std::string>& labels = (*in.labels)[s];
    for (uint32_t i = 0; i < range.token_count;) {
      const std::string& label = labels[i];
      if (label.size() < 3 || label[0] != 'B') {
        ++i;
        continue;
      }
      std::string type = label.substr(2);
      uint32_t j = i + 1;
      while (j < range.token_count && labels[j].size() > 2 && labels[j][0] == 'I' && labels[j].substr(2) == type) ++j;
      uint32_t start = seg.tokens[range.first_token + i].start, end = seg.tokens[range.first_token + j - 1].end;
      std::string text = EncodeUtf8(in.text.substr(start, end - start));
      auto [it, added] = by_name.emplace(std::make_pair(text, type), doc->entities.size());
      if (added) {
        Entity e;
        e.id = "e" + std::to_string(doc->entities.size() + 1);
        e.type = type;
        e.name = text;
        doc->entities.push_back(std::move(e));
      }
      Entity& entity = doc->entities[it->second];
      entity.mentions.push_back({start, end, text});
      doc->spans.push_back({start, end, type, text, entity.id, std::nullopt});
      i = j;
    }
  }
}

}  // namespace resalta
