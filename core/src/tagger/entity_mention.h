// What the tagger hands the article layer: typed token ranges, not label
// strings (Tagger::TagMentions makes them, GroupMentions in
// article/entities.cc reads them). Plain data, so the article layer needs
// nothing else of the tagger.
#pragma once

#include <cstdint>
#include <string_view>

namespace resalta {

// The CoNLL entity types the shipped models are trained on.
enum class EntityType : uint8_t { kPer, kOrg, kLoc, kMisc };

// One name the tagger found: tokens [first_token, end_token) of one
// sentence, counted over the document (the sentences given to the tagger,
// concatenated: the Segmentation's token indices).
struct EntityMention {
  uint32_t first_token = 0;
  uint32_t end_token = 0;  // one past the last token; > first_token
  EntityType type = EntityType::kMisc;
  bool operator==(const EntityMention&) const = default;
};

// "PER", "ORG", "LOC", "MISC": the type as the Document spells it.
constexpr std::string_view EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPer: return "PER";
    case EntityType::kOrg: return "ORG";
    case EntityType::kLoc: return "LOC";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

// The type a label suffix names ("PER" -> kPer); false for any other.
constexpr bool ParseEntityType(std::string_view name, EntityType* out) {
  for (EntityType t : {EntityType::kPer, EntityType::kOrg, EntityType::kLoc, EntityType::kMisc}) {
    if (EntityTypeName(t) == name) {
      *out = t;
      return true;
    }
  }
  return false;
}

}  // namespace resalta
