#include <gtest/gtest.h>

#include "khaldun/syntax.h"

namespace khaldun {
namespace {

TEST(TagSet, PosNamesRoundTrip) {
  for (int i = 1; i < kNumPosTags; ++i) {
    auto name = PosTagName(static_cast<uint8_t>(i));
    ASSERT_FALSE(name.empty()) << i;
    EXPECT_EQ(PosTagId(name), i) << name;
  }
  EXPECT_EQ("PRP$", PosTagName(kPosPRPS));
  EXPECT_EQ("", PosTagName(kPosNone));
  EXPECT_EQ("", PosTagName(200));
  EXPECT_FALSE(PosTagId("XYZ").has_value());
}

TEST(TagSet, Conll2000BracketsMapToPtbNames) {
  EXPECT_EQ(kPosLRB, PosTagId("("));
  EXPECT_EQ(kPosRRB, PosTagId(")"));
  EXPECT_EQ(kPosLRB, PosTagId("-LRB-"));
}

TEST(TagSet, ChunkIds) {
  EXPECT_EQ(2, ChunkTagId(ChunkType::kNP, true));
  EXPECT_EQ(3, ChunkTagId(ChunkType::kNP, false));
  EXPECT_EQ(kChunkO, ChunkTagId(ChunkType::kNone, true));
  for (int i = 1; i < kNumChunkTags; ++i) {
    auto name = ChunkTagName(static_cast<uint8_t>(i));
    ASSERT_FALSE(name.empty()) << i;
    EXPECT_EQ(ChunkTagId(name), i) << name;
    if (i >= 2) {
      EXPECT_EQ(name.substr(2), ChunkTypeName(ChunkTypeOf(static_cast<uint8_t>(i))));
      EXPECT_EQ(name[0] == 'B', ChunkIsBegin(static_cast<uint8_t>(i)));
    }
  }
  EXPECT_EQ("I-VP", ChunkTagName(ChunkTagId(ChunkType::kVP, false)));
  EXPECT_EQ(ChunkType::kNone, ChunkTypeOf(0));
  EXPECT_EQ(ChunkType::kNone, ChunkTypeOf(kChunkO));
}

TEST(TagSet, CoarseClasses) {
  EXPECT_TRUE(IsVerbTag(kPosVBD));
  EXPECT_TRUE(IsVerbTag(kPosMD));
  EXPECT_FALSE(IsVerbTag(kPosNN));
  EXPECT_TRUE(IsNounTag(kPosNNPS));
  EXPECT_TRUE(IsProperTag(kPosNNP));
  EXPECT_FALSE(IsProperTag(kPosNN));
}

}  // namespace
}  // namespace khaldun
