// The boundary between the tagger and the article layer: GroupMentions
// (entities.cc) reads the tagger's typed mentions (tagger/entity_mention.h)
// as they are, and skips ranges that are not this text's tokens.
#include <gtest/gtest.h>

#include "article/article_passes.h"
#include "text/text.h"
#include "text/tokenizer.h"

namespace resalta {
namespace {

struct Prepared {
  DecodedText decoded;
  Segmentation seg;
  std::vector<std::string> token_text;
  Words words;
};

Prepared Prepare(const std::string& utf8) {
  Prepared p;
  p.decoded = DecodeUtf8(utf8);
  Segment(p.decoded.units, "es", &p.seg);
  for (const TokenRange& t : p.seg.tokens) {
    p.token_text.push_back(EncodeUtf8(std::u16string_view(p.decoded.units).substr(t.start, t.end - t.start)));
  }
  return p;
}

TEST(EntityMentionsTest, MentionsBecomeEntitiesOfTheirType) {
  static const LanguageData kEs = LoadLanguageData("es");
  // Tokens: 0 La, 1 ministra, 2 Ana, 3 Pérez, 4 visitó, 5 la, 6 Fundación, 7 Prisma, 8 en, 9 Lugo, 10 .
  Prepared p = Prepare("La ministra Ana Pérez visitó la Fundación Prisma en Lugo.");
  ASSERT_EQ(p.seg.tokens.size(), 11u);
  ArticleInput in{p.decoded.units, "es", "", &p.seg, &p.token_text, nullptr, &kEs, {}};
  const Words w = MakeWords(in);
  struct Case {
    std::vector<EntityMention> mentions;
    std::vector<std::pair<std::string, std::string>> want;  // name, type, in order
  };
  const Case cases[] = {
      {{{2, 4, EntityType::kPer}, {6, 8, EntityType::kOrg}, {9, 10, EntityType::kLoc}},
       {{"Ana Pérez", "PER"}, {"Fundación Prisma", "ORG"}, {"Lugo", "LOC"}}},
      // The tagger's type stands unless the article layer knows better (a head
      // word such as "Fundación" makes an ORG: entities_test.cc).
      {{{7, 8, EntityType::kMisc}}, {{"Prisma", "MISC"}}},
      // Empty, reversed and out-of-range ranges are not this text's tokens.
      {{{3, 3, EntityType::kPer}, {5, 2, EntityType::kPer}, {9, 12, EntityType::kLoc}, {2, 4, EntityType::kPer}},
       {{"Ana Pérez", "PER"}}},
      {{}, {}},
  };
  for (const Case& c : cases) {
    std::vector<EntityDraft> got = GroupMentions(w, kEs, &c.mentions, {});
    ASSERT_EQ(got.size(), c.want.size()) << c.mentions.size();
    for (size_t e = 0; e < got.size(); ++e) {
      EXPECT_EQ(got[e].name, c.want[e].first);
      EXPECT_EQ(got[e].type, c.want[e].second);
    }
  }
  // No model: no tagger mentions, only the extra (credited agency) ones.
  EXPECT_TRUE(GroupMentions(w, kEs, nullptr, {}).empty());
  std::vector<EntityDraft> extra = GroupMentions(w, kEs, nullptr, {{6, 8, -1}});
  ASSERT_EQ(extra.size(), 1u);
  EXPECT_EQ(extra[0].type, "ORG");
}

}  // namespace
}  // namespace resalta
