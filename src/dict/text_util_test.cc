// Inflection, dates and codes: the small rules every reader relies on.
#include "dict/text_util.h"

#include <gtest/gtest.h>

namespace khaldun::internal {
namespace {

TEST(Inflection, NounPlurals) {
  EXPECT_EQ("DOLLARS", NounPlural("DOLLAR"));
  EXPECT_EQ("CASUALTIES", NounPlural("CASUALTY"));
  EXPECT_EQ("ATTORNEYS", NounPlural("ATTORNEY"));  // vowel + Y
  EXPECT_EQ("CLASSES", NounPlural("CLASS"));
  EXPECT_EQ("CHURCHES", NounPlural("CHURCH"));
  EXPECT_EQ("TAXES", NounPlural("TAX"));
}

TEST(Inflection, RegularVerbForms) {
  EXPECT_EQ((std::vector<std::string>{"ACCUSES", "ACCUSED", "ACCUSING"}), RegularVerbForms("ACCUSE"));
  EXPECT_EQ((std::vector<std::string>{"HURRIES", "HURRIED", "HURRYING"}), RegularVerbForms("HURRY"));
  EXPECT_EQ((std::vector<std::string>{"PUSHES", "PUSHED", "PUSHING"}), RegularVerbForms("PUSH"));
  EXPECT_EQ((std::vector<std::string>{"VETOES", "VETOED", "VETOING"}), RegularVerbForms("VETO"));
  EXPECT_EQ((std::vector<std::string>{"DIES", "DIED", "DYING"}), RegularVerbForms("DIE"));
  EXPECT_EQ((std::vector<std::string>{"AGREES", "AGREED", "AGREEING"}), RegularVerbForms("AGREE"));
  EXPECT_EQ((std::vector<std::string>{"DELAYS", "DELAYED", "DELAYING"}), RegularVerbForms("DELAY"));
}

TEST(Clitics, SplitLikeThePtbTokenizer) {
  using V = std::vector<std::string>;
  EXPECT_EQ((V{"SYRIA", "'S"}), SplitClitics("SYRIA'S"));
  EXPECT_EQ((V{"DID", "N'T"}), SplitClitics("DIDN'T"));
  EXPECT_EQ((V{"WO", "N'T"}), SplitClitics("WON'T"));
  EXPECT_EQ((V{"THEY", "'VE"}), SplitClitics("THEY'VE"));
  EXPECT_EQ((V{"NATIONS", "'"}), SplitClitics("NATIONS'"));
  EXPECT_EQ((V{"CAN", "NOT"}), SplitClitics("CANNOT"));
  EXPECT_EQ((V{"U.S.", "'S"}), SplitClitics("U.S.'S"));
  EXPECT_EQ((V{"O'BRIEN"}), SplitClitics("O'BRIEN"));
  EXPECT_EQ((V{"PA'ANGA"}), SplitClitics("PA'ANGA"));
  EXPECT_EQ((V{"AT&T"}), SplitClitics("AT&T"));
  EXPECT_EQ((V{"BOSNIA", "/", "HERZEGOVINA"}), SplitClitics("BOSNIA/HERZEGOVINA"));
  EXPECT_EQ((V{"US", "$"}), SplitClitics("US$"));
  EXPECT_EQ((V{"/"}), SplitClitics("/"));
}

TEST(Case, UnicodeUpperCase) {
  EXPECT_EQ("SYRIA", ToUpper("Syria"));
  EXPECT_EQ("C\xC3\x94TE", ToUpper("C\xC3\xB4te"));  // Côte -> CÔTE
  EXPECT_EQ("\xD0\x9C\xD0\x98\xD0\xA0", ToUpper("\xD0\xBC\xD0\xB8\xD1\x80"));  // мир -> МИР
  EXPECT_EQ(std::string("A\xFF" "B"), ToUpper("a\xFF" "b"));  // invalid UTF-8: ASCII only
  EXPECT_EQ(std::string("\xC3"), ToUpper("\xC3"));  // truncated sequence
}

TEST(Dates, SixAndEightDigits) {
  EXPECT_EQ(20120219, ParseDictDate("20120219"));
  EXPECT_EQ(19620101, ParseDictDate("620101"));
  EXPECT_EQ(20070723, ParseDictDate("070723"));
  EXPECT_FALSE(ParseDictDate("9008223").has_value());   // 7 digits
  EXPECT_FALSE(ParseDictDate("2010050111").has_value());
  EXPECT_FALSE(ParseDictDate("201313").has_value());    // month 13
  bool clamped = false;
  EXPECT_EQ(20080229, ParseDictDate("080231", &clamped));
  EXPECT_TRUE(clamped);
}

TEST(Dates, Restrictions) {
  std::string error, warning;
  auto a = ParseDatedCode("AFGGOV 331108-730717", &error, &warning);
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ((DatedCode{"AFGGOV", 19331108, 19730717}), *a);
  EXPECT_EQ((DatedCode{"X", 0, 20090120}), *ParseDatedCode("X <20090120", &error, &warning));
  EXPECT_EQ((DatedCode{"X", 20090120, 99999999}), *ParseDatedCode("X >090120", &error, &warning));
  EXPECT_EQ((DatedCode{"X", 0, 99999999}), *ParseDatedCode("X", &error, &warning));
  EXPECT_FALSE(ParseDatedCode("X 20121204", &error, &warning).has_value());
  EXPECT_NE(std::string::npos, error.find("not <date"));
}

TEST(Codes, EventCodes) {
  EXPECT_EQ((EventCode{"042", "043"}), *ParseEventCode("042:043"));
  EXPECT_EQ((EventCode{"", "173"}), *ParseEventCode(":173"));
  EXPECT_EQ((EventCode{"---", ""}), *ParseEventCode(" --- "));
  EXPECT_EQ(EventCode::Priority::kDominant, ParseEventCode("111!")->priority);
  EXPECT_FALSE(ParseEventCode("042:").has_value());
  EXPECT_FALSE(ParseEventCode("0 42").has_value());
  EXPECT_TRUE(IsCameoShaped("0874"));
  EXPECT_TRUE(IsCameoShaped("20"));
  EXPECT_FALSE(IsCameoShaped("21"));
  EXPECT_FALSE(IsCameoShaped("O254"));
  EXPECT_FALSE(IsCameoShaped("01234"));
}

TEST(Lines, CommentsBracketsAndWords) {
  EXPECT_EQ("- * X [###] ", CutComment("- * X [###] # c", "#;"));
  EXPECT_EQ("", CheckBrackets("- * (TO {PEACE TALKS}) [036]"));
  EXPECT_EQ("unbalanced ')'", CheckBrackets("(A) B)"));
  EXPECT_EQ("unclosed '['", CheckBrackets("[AFG"));
  bool in = false;
  EXPECT_EQ("a  c", StripXmlComments("a <!-- b --> c", &in));
  EXPECT_EQ("x ", StripXmlComments("x <!-- open", &in));
  EXPECT_TRUE(in);
  EXPECT_EQ(" y", StripXmlComments("still --> y", &in));
  bool trailing = false;
  EXPECT_EQ((std::vector<std::string>{"AL-QAEDA", "IN", "IRAQ"}), SplitPhrase("al-Qaeda_in iraq_", &trailing));
  EXPECT_TRUE(trailing);
  EXPECT_EQ(3u, SplitLines("a\r\nb\rc").size());
  EXPECT_NE("", WhyWordNeverMatches("(AAIA)"));
  EXPECT_EQ("", WhyWordNeverMatches("U.S."));
  EXPECT_EQ("", WhyWordNeverMatches("AT&T"));
}

}  // namespace
}  // namespace khaldun::internal
