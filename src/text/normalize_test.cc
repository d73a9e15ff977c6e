#include <gtest/gtest.h>

#include "khaldun/text.h"

namespace khaldun {
namespace {

std::string Norm(std::string_view text) {
  std::string out;
  std::vector<uint32_t> map;
  NormalizeText(text, &out, &map);
  EXPECT_EQ(out.size() + 1, map.size());
  EXPECT_EQ(text.size(), map.back());
  return out;
}

TEST(NormalizeTest, AsciiIsCopiedWithIdentityMap) {
  std::string out;
  std::vector<uint32_t> map;
  NormalizeText("Rouhani said.", &out, &map);
  EXPECT_EQ("Rouhani said.", out);
  ASSERT_EQ(14u, map.size());
  for (uint32_t i = 0; i < map.size(); ++i) EXPECT_EQ(i, map[i]);
}

TEST(NormalizeTest, QuotesDashesSpaces) {
  EXPECT_EQ("Syria's \"Iranian brothers\" 'yes'", Norm("Syria’s “Iranian brothers” ‘yes’"));
  EXPECT_EQ("\"a\" \"b\"", Norm("«a» „b“"));
  EXPECT_EQ("TEHRAN (Tasnim) - a-b-c-d-e-f", Norm("TEHRAN (Tasnim) – a—b−c‒d‐e―f"));
  EXPECT_EQ("10 000 km a b", Norm("10\u202F000\u00A0km a\u2009b"));
  EXPECT_EQ("wait...", Norm("wait…"));
}

TEST(NormalizeTest, InvisiblesAreDropped) {
  EXPECT_EQ("cooperation", Norm("co\u00ADoper\u200Bation"));
  EXPECT_EQ("Tehran", Norm("\uFEFFTehran"));
  EXPECT_EQ("ab", Norm("a\u200E\u200Db"));
}

TEST(NormalizeTest, LineEndsAndControls) {
  EXPECT_EQ("a\nb\nc d", Norm("a\r\nb\rc\x01"
                              "d"));
  EXPECT_EQ("a\n\nb", Norm("a\u2029b"));
}

TEST(NormalizeTest, NfcComposesAndMapsToTheCombiningSequence) {
  // "e" + COMBINING ACUTE ACCENT -> "é" (2 bytes), both mapping to the 'e'.
  std::string out;
  std::vector<uint32_t> map;
  const std::string text = "Cafe\u0301 “x”";
  NormalizeText(text, &out, &map);
  EXPECT_EQ("Café \"x\"", out);
  EXPECT_EQ(3u, map[3]);
  EXPECT_EQ(3u, map[4]);
  EXPECT_EQ(6u, map[5]);   // the space after the accent
  EXPECT_EQ(7u, map[6]);   // the curly quote
  EXPECT_EQ(10u, map[7]);  // 'x'
}

TEST(NormalizeTest, MapPointsIntoOriginalThroughCurlyQuotes) {
  const std::string text = "“We” said";
  std::string out;
  std::vector<uint32_t> map;
  NormalizeText(text, &out, &map);
  ASSERT_EQ("\"We\" said", out);
  // "said" is at 5 in the normalised text and at 9 in the original.
  EXPECT_EQ(9u, map[5]);
  EXPECT_EQ("said", text.substr(map[5], map[9] - map[5]));
}

}  // namespace
}  // namespace khaldun
