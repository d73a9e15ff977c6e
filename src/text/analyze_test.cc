#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "khaldun/text.h"

namespace khaldun {
namespace {

const char kSeedArticle[] = KHALDUN_SOURCE_DIR "/../shared/examples/seed-article/article.txt";

std::string Sentences(const AnalyzedDocument& a) {
  std::string out;
  for (const Sentence& s : a.sentences) {
    out += std::string(a.OriginalText(s));
    out += "\n";
  }
  return out;
}

TEST(AnalyzeTextTest, TokenSpansPointIntoOriginalBytesThroughCurlyQuotes) {
  Document doc;
  doc.text = "“We will never forget,” he said of Syria’s oil.";
  AnalyzedDocument a = AnalyzeText(doc);
  ASSERT_EQ(1u, a.sentences.size());
  EXPECT_EQ("\"|We|will|never|forget|,|\"|he|said|of|Syria|'s|oil|.", JoinTokens(a.tokens));
  std::string originals;
  for (const Token& t : a.tokens) originals += std::string(a.OriginalText(t.bytes)) + "|";
  EXPECT_EQ("“|We|will|never|forget|,|”|he|said|of|Syria|’s|oil|.|", originals);
  // "he" comes after a 3-byte curly quote: normalised offset 24, original 28.
  EXPECT_EQ((ByteSpan{28, 30}), a.tokens[7].bytes);
  EXPECT_EQ(doc.text, a.OriginalText(a.sentences[0]));
}

TEST(AnalyzeTextTest, InvisiblesAndCrLfStayOutOfSpans) {
  Document doc;
  doc.text = "\xEF\xBB\xBFIran\u200B said\r\nso.";
  AnalyzedDocument a = AnalyzeText(doc);
  ASSERT_EQ(4u, a.tokens.size());
  EXPECT_EQ("Iran", a.OriginalText(a.tokens[0].bytes));
  EXPECT_EQ("said", a.OriginalText(a.tokens[1].bytes));
  EXPECT_EQ("so", a.OriginalText(a.tokens[2].bytes));
}

TEST(AnalyzeTextTest, DatelineIsExcludedFromTheFirstSentence) {
  Document doc;
  doc.text = "WASHINGTON, Jan. 3 (Reuters) - The U.S. said so. It did.";
  AnalyzedDocument a = AnalyzeText(doc);
  ASSERT_TRUE(a.dateline.has_value());
  EXPECT_EQ("WASHINGTON, Jan. 3 (Reuters)", *a.dateline);
  EXPECT_EQ("The U.S. said so.\nIt did.\n", Sentences(a));
  EXPECT_TRUE(a.tokens[0].Has(kTokenSentenceStart));

  doc.text = "US forces - mainly marines - landed.";
  a = AnalyzeText(doc);
  EXPECT_FALSE(a.dateline.has_value());
  EXPECT_EQ("US forces - mainly marines - landed.\n", Sentences(a));
}

TEST(AnalyzeTextTest, EmptyAndTinyBodies) {
  Document doc;
  EXPECT_TRUE(AnalyzeText(doc).sentences.empty());
  doc.text = "   \n\n ";
  EXPECT_TRUE(AnalyzeText(doc).sentences.empty());
  doc.text = "Hi";
  AnalyzedDocument a = AnalyzeText(doc);
  AnalyzedDocument moved = std::move(a);  // tokens view a heap buffer that moves along
  EXPECT_EQ("Hi", JoinTokens(moved.tokens));
}

TEST(AnalyzeTextTest, SeedArticle) {
  std::ifstream in(kSeedArticle, std::ios::binary);
  if (!in) GTEST_SKIP() << "needs ../shared: " << kSeedArticle;
  std::stringstream buffer;
  buffer << in.rdbuf();
  Document doc;
  // The headline is the title (ingest takes it off); the body starts after it.
  const std::string file = buffer.str();
  const size_t body = file.find("TEHRAN");
  ASSERT_NE(std::string::npos, body);
  doc.text = file.substr(body);
  AnalyzedDocument a = AnalyzeText(doc);
  ASSERT_TRUE(a.dateline.has_value());
  EXPECT_EQ("TEHRAN (Tasnim)", *a.dateline);
  const std::string sentences = Sentences(a);
  EXPECT_EQ(12u, a.sentences.size()) << sentences;
  EXPECT_EQ(
      "Iranian President Hassan Rouhani called for constant efforts by regional nations to drive "
      "the American military forces out of the region.",
      a.OriginalText(a.sentences[0]));
  EXPECT_NE(std::string::npos,
            sentences.find("top Iranian commander Lt. General Qassem Soleimani and"));
  EXPECT_NE(
      std::string::npos,
      sentences.find(
          "\n“It showed the enemies that the arrogance has no place in this region anymore.”\n"));
  EXPECT_TRUE(a.sentences[8].in_quotation) << a.OriginalText(a.sentences[8]);
  const std::string tokens = JoinTokens(a.tokens);
  EXPECT_NE(std::string::npos, tokens.find("|that|they|'ve|never|cared|")) << tokens;
  EXPECT_NE(std::string::npos, tokens.find("|the|Americans|'|interference|")) << tokens;
  EXPECT_NE(std::string::npos, tokens.find("|their|(|US|'|)|illegitimate|")) << tokens;
  // Syria’s: the possessive clitic maps back to the curly apostrophe.
  for (const Token& t : a.tokens) {
    if (t.Has(kTokenPossessive) && t.text == "'s") {
      EXPECT_EQ("’s", a.OriginalText(t.bytes));
    }
  }
  // Every token's original bytes normalise to its text.
  for (const Token& t : a.tokens) {
    std::string n;
    std::vector<uint32_t> map;
    NormalizeText(a.OriginalText(t.bytes), &n, &map);
    EXPECT_EQ(t.text, n);
  }
}

}  // namespace
}  // namespace khaldun
