#include <gtest/gtest.h>

#include "khaldun/text.h"

namespace khaldun {
namespace {

// The sentences of `text` as their tokens joined by ' ', separated by " / ".
std::string S(std::string_view body, TextOptions options = {}) {
  Document doc;
  doc.text = std::string(body);
  options.detect_dateline = false;
  AnalyzedDocument a = AnalyzeText(doc, options);
  std::string out;
  for (const Sentence& s : a.sentences) {
    if (!out.empty()) out += " / ";
    out += JoinTokens({a.SentenceTokens(s), s.token_count}, " ");
  }
  return out;
}

TEST(SentenceSplitterTest, TitlesAndRanksNeverEnd) {
  EXPECT_EQ("the US assassination of Lt. General Qassem Soleimani .",
            S("the US assassination of Lt. General Qassem Soleimani."));
  EXPECT_EQ("Mr. Smith met Dr. Jones and Gen. Mark Milley , Sen. Graham and Gov. Cuomo .",
            S("Mr. Smith met Dr. Jones and Gen. Mark Milley, Sen. Graham and Gov. Cuomo."));
  EXPECT_EQ("George W. Bush spoke . / He left .", S("George W. Bush spoke. He left."));
  EXPECT_EQ("Lt.-Gen. Smith led the U.S.-led force .", S("Lt.-Gen. Smith led the U.S.-led force."));
}

TEST(SentenceSplitterTest, MonthsAndNumbers) {
  EXPECT_EQ("On Jan. 3 , Resolution No. 2231 expired .",
            S("On Jan. 3, Resolution No. 2231 expired."));
  EXPECT_EQ("It rose 3.5 percent in 2020 . / 15 people died .",
            S("It rose 3.5 percent in 2020. 15 people died."));
}

TEST(SentenceSplitterTest, AcronymsEndASentenceOnlyBeforeASentenceOpener) {
  EXPECT_EQ("the U.S. Army and the U.N. Security Council met .",
            S("the U.S. Army and the U.N. Security Council met."));
  EXPECT_EQ("sanctions imposed by the U.S. / The measures began .",
            S("sanctions imposed by the U.S. The measures began."));
  EXPECT_EQ("They met in the U.S.", S("They met in the U.S."));
  EXPECT_EQ("at 5 a.m. local time", S("at 5 a.m. local time"));
}

TEST(SentenceSplitterTest, EtcEndsBeforeAnyCapital) {
  EXPECT_EQ("guns , mortars , etc. / Iran said so .", S("guns, mortars, etc. Iran said so."));
  EXPECT_EQ("guns , mortars , etc. and rockets .", S("guns, mortars, etc. and rockets."));
}

TEST(SentenceSplitterTest, QuotesStayWithTheirSentence) {
  EXPECT_EQ("\" We will never forget , \" he said .", S("\"We will never forget,\" he said."));
  EXPECT_EQ("He said : \" We will go . \" / Then he left .",
            S("He said: \"We will go.\" Then he left."));
  EXPECT_EQ("\" Where are we going ? \" he asked .", S("\"Where are we going?\" he asked."));
  EXPECT_EQ("\" Go ! \" , he said .", S("\"Go!\", he said."));
  EXPECT_EQ("( The vote was delayed . ) / Then it passed ! ? / Yes .",
            S("(The vote was delayed.) Then it passed!? Yes."));
}

TEST(SentenceSplitterTest, InQuotation) {
  Document doc;
  doc.text = "He spoke. \"We will go. We will win,\" he said. \"It showed the enemies.\"";
  AnalyzedDocument a = AnalyzeText(doc);
  ASSERT_EQ(4u, a.sentences.size());
  EXPECT_FALSE(a.sentences[0].in_quotation);
  EXPECT_TRUE(a.sentences[1].in_quotation);   // "We will go.
  EXPECT_FALSE(a.sentences[2].in_quotation);  // We will win," he said.
  EXPECT_TRUE(a.sentences[3].in_quotation);
}

TEST(SentenceSplitterTest, NewlinesParagraphsAndWrappedLines) {
  // TABARI records are hard-wrapped: a newline inside a sentence is a space.
  EXPECT_EQ(
      "Showers continued throughout the week in the Bahia cocoa zone , alleviating the drought .",
      S("Showers continued throughout the week in the Bahia cocoa zone, alleviating the\n"
        "drought."));
  // A line that ends with a full stop ends the sentence even before lower case.
  EXPECT_EQ("One . / two", S("One.\ntwo"));
  // A blank line ends a sentence even without punctuation, and after a title.
  EXPECT_EQ("Iran Urges Regional Push / TEHRAN said / Lt. / General",
            S("Iran Urges Regional Push\n\nTEHRAN said\n\nLt.\n\nGeneral"));
  EXPECT_EQ("the Lt. General", S("the Lt.\nGeneral"));
}

TEST(SentenceSplitterTest, LongSentencesAreCut) {
  std::string text;
  for (int i = 0; i < 7; ++i) text += "word ";
  TextOptions options;
  options.max_sentence_tokens = 3;
  Document doc;
  doc.text = text + ". Next.";
  AnalyzedDocument a = AnalyzeText(doc, options);
  ASSERT_EQ(4u, a.sentences.size());
  EXPECT_EQ(3u, a.sentences[0].token_count);
  EXPECT_EQ(3u, a.sentences[1].token_count);
  EXPECT_EQ(2u, a.sentences[2].token_count);  // "word ."
  EXPECT_TRUE(a.sentences[0].cut);
  EXPECT_TRUE(a.sentences[2].cut);
  EXPECT_FALSE(a.sentences[3].cut);
  EXPECT_TRUE(a.tokens[3].Has(kTokenSentenceStart));
  EXPECT_EQ(3u, a.sentences[3].index);

  options.max_sentence_tokens = 0;  // no limit
  a = AnalyzeText(doc, options);
  ASSERT_EQ(2u, a.sentences.size());
  EXPECT_EQ(8u, a.sentences[0].token_count);
  EXPECT_FALSE(a.sentences[0].cut);
}

}  // namespace
}  // namespace khaldun

namespace khaldun {
namespace {

TEST(SentenceSplitterTest, PunctuationAloneJoinsThePreviousSentence) {
  EXPECT_EQ("supplies in the US . . / Then more .", S("supplies in the US. . Then more."));
  EXPECT_EQ("a comedy . / And the success", S("a comedy\n\n. And the success"));
  EXPECT_EQ("He left . ' / Next", S("He left. '\n\nNext"));
  EXPECT_EQ(". . .", S(". . ."));
}

TEST(SentenceSplitterTest, EllipsisAfterAnOpeningQuoteIsAnOmission) {
  EXPECT_EQ("\" ... That does not preclude acquisitions , \" he said .",
            S("\"... That does not preclude acquisitions,\" he said."));
  EXPECT_EQ("He paused ... / Then he spoke .", S("He paused... Then he spoke."));
}

}  // namespace
}  // namespace khaldun
