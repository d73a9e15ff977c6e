#include <gtest/gtest.h>

#include "khaldun/text.h"

namespace khaldun {
namespace {

std::vector<Token> Tok(std::string_view text) {
  std::vector<Token> tokens;
  std::vector<uint8_t> newlines;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), &tokens, &newlines);
  return tokens;
}

std::string T(std::string_view text) { return JoinTokens(Tok(text)); }

TEST(TokenizerTest, Possessives) {
  EXPECT_EQ("Syria|'s|Prime|Minister", T("Syria's Prime Minister"));
  EXPECT_EQ("the|nations|'|interests", T("the nations' interests"));
  EXPECT_EQ("the|U.S.|'s|allies", T("the U.S.'s allies"));
  std::vector<Token> t = Tok("Syria's nations' he's");
  ASSERT_EQ(6u, t.size());
  EXPECT_TRUE(t[1].Has(kTokenPossessive));
  EXPECT_TRUE(t[3].Has(kTokenPossessive));
  EXPECT_FALSE(t[5].Has(kTokenPossessive));  // "he's" is "he is"
}

TEST(TokenizerTest, SingleQuotesAreNotPossessives) {
  std::vector<Token> t = Tok("he said 'yes' and 'no'");
  EXPECT_EQ("he|said|'|yes|'|and|'|no|'", JoinTokens(t));
  EXPECT_TRUE(t[4].Has(kTokenQuote));
  EXPECT_FALSE(t[4].Has(kTokenPossessive));
  // An unclosed quote ends with its paragraph.
  t = Tok("the 'best of times\n\nthe nations' interests");
  EXPECT_TRUE(t[7].Has(kTokenPossessive)) << JoinTokens(t);
}

TEST(TokenizerTest, Contractions) {
  EXPECT_EQ("they|'ve|never|cared", T("they've never cared"));
  EXPECT_EQ("do|n't|go|,|ca|n't|,|wo|n't|,|can|not", T("don't go, can't, won't, cannot"));
  EXPECT_EQ("I|'m|sure|we|'ll|see|,|you|'re|right|,|he|'d",
            T("I'm sure we'll see, you're right, he'd"));
  EXPECT_EQ("O'Brien|met|al-Qa'ida", T("O'Brien met al-Qa'ida"));
}

TEST(TokenizerTest, Hyphens) {
  EXPECT_EQ("al-Shabaab|attacked|a|seven-year-old|in|F-16",
            T("al-Shabaab attacked a seven-year-old in F-16"));
  EXPECT_EQ("US|forces|-|mainly|marines|--|left", T("US forces - mainly marines -- left"));
  EXPECT_EQ("pro|-|and|anti-war", T("pro- and anti-war"));
  EXPECT_EQ("Lt.-Gen.|Smith", T("Lt.-Gen. Smith"));
  EXPECT_EQ("the|U.S.-led|coalition|and|U.N.-backed|talks", T("the U.S.-led coalition and U.N.-backed talks"));
  std::vector<Token> t = Tok("al-Shabaab");
  EXPECT_TRUE(t[0].Has(kTokenHyphenated));
  EXPECT_TRUE(t[0].Has(kTokenWord));
}

TEST(TokenizerTest, Numbers) {
  EXPECT_EQ("155,221|bags|of|5.93|mln|in|2020|,|10|%|,|$|5",
            T("155,221 bags of 5.93 mln in 2020, 10%, $5"));
  EXPECT_EQ("in|1987|.", T("in 1987."));
  EXPECT_EQ("1|,|2|and|3", T("1, 2 and 3"));
  std::vector<Token> t = Tok("1,200 3.5 7th");
  EXPECT_TRUE(t[0].Has(kTokenNumber));
  EXPECT_TRUE(t[1].Has(kTokenNumber));
  EXPECT_TRUE(t[2].Has(kTokenWord));
}

TEST(TokenizerTest, AbbreviationsKeepTheirDot) {
  EXPECT_EQ("Lt.|General|Qassem|Soleimani", T("Lt. General Qassem Soleimani"));
  EXPECT_EQ("the|U.S.|and|U.N.|at|5|a.m.|on|Friday", T("the U.S. and U.N. at 5 a.m. on Friday"));
  EXPECT_EQ("George|W.|Bush|on|Jan.|3", T("George W. Bush on Jan. 3"));
  EXPECT_EQ("Resolution|No.|2231|,|but|he|said|no|.", T("Resolution No. 2231, but he said no."));
  EXPECT_EQ("guns|,|etc.|and|a|Mr.|Jones|of|Acme|Inc.",
            T("guns, etc. and a Mr. Jones of Acme Inc."));
  EXPECT_EQ("the|end|.", T("the end."));
  EXPECT_EQ("wait|...|what|?", T("wait... what?"));
}

TEST(TokenizerTest, Flags) {
  std::vector<Token> t = Tok("NATO and Tehran \"said\" U.S.");
  EXPECT_TRUE(t[0].Has(kTokenAllCaps));
  EXPECT_TRUE(t[0].Has(kTokenCapitalized));
  EXPECT_FALSE(t[1].Has(kTokenCapitalized));
  EXPECT_TRUE(t[2].Has(kTokenCapitalized));
  EXPECT_FALSE(t[2].Has(kTokenAllCaps));
  EXPECT_TRUE(t[3].Has(kTokenQuote));
  EXPECT_TRUE(t[3].Has(kTokenPunct));
  EXPECT_TRUE(t[6].Has(kTokenAllCaps));
}

TEST(TokenizerTest, NonAsciiLettersAndSymbols) {
  EXPECT_EQ("São|Paulo|costs|€|5|•|Ørsted", T("São Paulo costs €5 • Ørsted"));
  std::vector<Token> t = Tok("Ørsted");
  EXPECT_TRUE(t[0].Has(kTokenCapitalized));
}

TEST(TokenizerTest, UrlsAreOneToken) {
  EXPECT_EQ("see|https://www.tasnimnews.com/en/news/2020/01/14|.",
            T("see https://www.tasnimnews.com/en/news/2020/01/14."));
}

TEST(TokenizerTest, OffsetsAndNewlines) {
  std::string text = "a  bc\n\nd";
  std::vector<Token> tokens;
  std::vector<uint8_t> newlines;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), &tokens, &newlines);
  ASSERT_EQ(3u, tokens.size());
  EXPECT_EQ((ByteSpan{3, 5}), tokens[1].bytes);
  EXPECT_EQ(2, newlines[2]);
  EXPECT_EQ(0, newlines[1]);
}

}  // namespace
}  // namespace khaldun

namespace khaldun {
namespace {

TEST(TokenizerTest, ReutersCopy) {
  EXPECT_EQ("a|price|of|.125|dlrs", T("a price of .125 dlrs"));
  EXPECT_EQ("Nippon|Light|Metal|Co|Ltd|NLGT.T|,|which",
            T("Nippon Light Metal Co Ltd NLGT.T , which"));
  EXPECT_EQ("Cheung|Kong|(|Holdings|)|Ltd|CKGH.HK|,", T("Cheung Kong (Holdings) Ltd CKGH.HK ,"));
  EXPECT_EQ("the|IMF|.", T("the IMF."));
  EXPECT_EQ("AT&T|and|S&P|500|,|Q|&|A|,|R|&|D", T("AT&T and S&P 500, Q & A, R& D"));
  EXPECT_EQ("PAPUA|NEW|GUINEA|nil|7,500|ST.|CHRISTOPHER",
            T("PAPUA NEW GUINEA nil 7,500 ST. CHRISTOPHER"));
}

}  // namespace
}  // namespace khaldun
