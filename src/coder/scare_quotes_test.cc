// Which quotation marks are scare quotes, read inside their clause, and
// which open quoted speech.
#include "coder/scare_quotes.h"

#include <gtest/gtest.h>

#include <string>

#include "khaldun/text.h"

namespace khaldun::internal {
namespace {

// The scare-quote pairs of the sentence, as "open-close" joined by ' ', or
// "none".
std::string Pairs(const std::string& text) {
  Document doc;
  doc.text = text;
  const AnalyzedDocument analyzed = AnalyzeText(doc);
  const std::span<const Token> tokens = analyzed.tokens;
  std::string s;
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    uint32_t close = 0;
    if (!OpensScareQuote(tokens, k, &close)) continue;
    s += (s.empty() ? "" : " ") + std::to_string(k) + "-" + std::to_string(close);
    k = close;
  }
  return s.empty() ? "none" : s;
}

TEST(ScareQuotesTest, AShortQuotedPhraseInsideTheClause) {
  // The|army|imposed|a|'|total|blockade|'|on|the|port|.
  EXPECT_EQ("4-7", Pairs("The army imposed a 'total blockade' on the port."));
  // Rebels|vowed|"|harsh|retaliation|"|against|the|government|.
  EXPECT_EQ("2-5", Pairs("Rebels vowed \"harsh retaliation\" against the government."));
}

TEST(ScareQuotesTest, QuotedSpeechIsNoScareQuote) {
  // After a colon or comma, or opening the sentence, the marks quote a
  // speaker.
  EXPECT_EQ("none", Pairs("The minister said: \"we will respond\"."));
  EXPECT_EQ("none", Pairs("The minister said, \"we will respond\"."));
  EXPECT_EQ("none", Pairs("\"We will respond\" the minister said."));
  // Punctuation inside, or more than a few words: a quoted sentence.
  EXPECT_EQ("none", Pairs("He said \"we will, if needed, respond\" to the attack."));
  EXPECT_EQ("none", Pairs("He said \"we will respond with all the means at our disposal\" today."));
  // A plural possessive is no mark.
  EXPECT_EQ("none", Pairs("The nations' leaders met in Oslo."));
}

TEST(ScareQuotesTest, EachPairOnItsOwn) {
  // The|'|hawks|'|and|the|'|doves|'|argued|.
  EXPECT_EQ("1-3 6-8", Pairs("The 'hawks' and the 'doves' argued."));
}

TEST(ScareQuotesTest, QuotationMarks) {
  Token quote{.text = "\"", .flags = kTokenPunct | kTokenQuote};
  Token possessive{.text = "'", .flags = kTokenPunct | kTokenPossessive};
  EXPECT_TRUE(IsQuotationMark(quote));
  EXPECT_FALSE(IsQuotationMark(possessive));
}

}  // namespace
}  // namespace khaldun::internal
