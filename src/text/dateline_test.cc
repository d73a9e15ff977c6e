#include <gtest/gtest.h>

#include "khaldun/text.h"

namespace khaldun {
namespace {

// "<dateline>|<body start>" or "none".
std::string D(std::string_view text) {
  std::optional<DatelineMatch> m = FindDateline(text);
  if (!m) return "none";
  return std::string(text.substr(m->begin, m->end - m->begin)) + "|" +
         std::string(text.substr(m->body_begin, 8));
}

TEST(DatelineTest, WireServiceShapes) {
  EXPECT_EQ("TEHRAN (Tasnim)|Iranian ", D("TEHRAN (Tasnim) - Iranian President"));
  EXPECT_EQ("TEHRAN (Tasnim)|Iranian ", D("TEHRAN (Tasnim) – Iranian President"));  // raw en dash
  EXPECT_EQ("WASHINGTON, Jan 3 (Reuters)|The U.S.",
            D("WASHINGTON, Jan 3 (Reuters) - The U.S. said"));
  EXPECT_EQ("WASHINGTON, Jan. 3 (Reuters)|The U.S.",
            D("WASHINGTON, Jan. 3 (Reuters) -- The U.S. said"));
  EXPECT_EQ("KABUL, Afghanistan (AP)|A suicid", D("KABUL, Afghanistan (AP) — A suicide bomber"));
  EXPECT_EQ("BEIRUT, Lebanon|Israeli ", D("BEIRUT, Lebanon — Israeli jets struck"));
  EXPECT_EQ("LONDON|Britain ", D("LONDON: Britain said"));
  EXPECT_EQ("NEW YORK (Reuters)|Stocks f", D("  NEW YORK (Reuters) - Stocks fell"));
  EXPECT_EQ("DAMASCUS, Syria, Jan. 5 (Xinhua)|Syrian t",
            D("DAMASCUS, Syria, Jan. 5 (Xinhua) - Syrian troops"));
  EXPECT_EQ("SÃO PAULO (Reuters)|Brazil's", D("SÃO PAULO (Reuters) - Brazil's"));
  EXPECT_EQ("ISLAMABAD/KABUL, March 3 (Reuters)|Pakistan",
            D("ISLAMABAD/KABUL, March 3 (Reuters) - Pakistan"));
  EXPECT_EQ("UNITED NATIONS (AP)|The Secu", D("UNITED NATIONS (AP) — The Security Council"));
  EXPECT_EQ("WASHINGTON|The U.S.", D("WASHINGTON — The U.S. said"));
}

TEST(DatelineTest, RealSentencesAreNotDatelines) {
  EXPECT_EQ("none", D("US forces - mainly marines - landed."));
  EXPECT_EQ("none", D("Rouhani said - in Tehran - that"));
  EXPECT_EQ("none", D("WASHINGTON said on Friday - "));
  EXPECT_EQ("none", D("BEIRUT, which was shelled - again"));
  EXPECT_EQ("none", D("TEHRAN (Tasnim) Iranian President"));  // no separator
  EXPECT_EQ("none", D("A - B"));
  EXPECT_EQ("none", D("NOTE: Per shr calculated after payment of preferred dividends."));
  EXPECT_EQ("none", D("EDITOR'S NOTE: This story contains"));
  EXPECT_EQ("none", D("UPDATE - Iran says"));
  EXPECT_EQ("none", D("ADSL - the UK's most widely used way of getting broadband"));
  EXPECT_EQ("none", D("CHV -- signed a long-term agreement"));
  EXPECT_EQ("GAZA CITY|\"We will", D("GAZA CITY - \"We will"));
  EXPECT_EQ("GAZA CITY|“We wi", D("GAZA CITY – “We will"));  // 8 bytes of body
  EXPECT_EQ("none", D(""));
}

}  // namespace
}  // namespace khaldun
