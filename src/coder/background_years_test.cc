// Acts dated by an explicit year well before the story are background:
// the year found for a trigger, and the coder's events with and without it.
#include "coder/background_years.h"

#include <gtest/gtest.h>

#include <string>

#include "coder/coder_test_fixture.h"
#include "coder/mentions.h"
#include "khaldun/text.h"

namespace khaldun {
namespace {

using testing::CoderTest;

// The year that dates the first token spelled `verb` in `text`, or 0.
int YearOfVerb(const std::string& text, const std::string& verb) {
  Document doc;
  doc.text = text;
  const AnalyzedDocument analyzed = AnalyzeText(doc);
  const std::span<const Token> tokens = analyzed.tokens;
  for (uint32_t k = 0; k < tokens.size(); ++k)
    if (tokens[k].text == verb) return coder_internal::YearDatingAct(tokens, {k, k + 1});
  return -1;
}

TEST(BackgroundYearsTest, AYearAfterTheVerbDatesIt) {
  EXPECT_EQ(1973, YearOfVerb("Egypt, which attacked Israel in 1973, signed a treaty.", "attacked"));
  EXPECT_EQ(2014, YearOfVerb("The militia seized the port, Hodeidah, in June 2014.", "seized"));
  EXPECT_EQ(2011, YearOfVerb("Rebels overran Tripoli and Sirte in late 2011.", "overran"));
  EXPECT_EQ(2008, YearOfVerb("In 2008, Russian troops crossed into Georgia.", "crossed"));
  EXPECT_EQ(2014, YearOfVerb("But in 2014 the rebels were driven out of Donetsk.", "driven"));
  EXPECT_EQ(1999, YearOfVerb("Ankara cooperated with Washington in the 1990s.", "cooperated"));
  EXPECT_EQ(1999, YearOfVerb("Ankara cooperated with Washington in the 90s.", "cooperated"));
  // A war named by its year is a span of time.
  EXPECT_EQ(1973, YearOfVerb("Syria lost the heights to Israel in the 1973 Arab-Israeli war.",
                             "lost"));
  EXPECT_EQ(2003, YearOfVerb("Poland sent troops to Iraq in the 2003 invasion.", "sent"));
}

TEST(BackgroundYearsTest, AYearOfAnotherActOrPhraseDoesNotDateIt) {
  // The year belongs to a later clause, an infinitive or a phrase set off.
  EXPECT_EQ(0, YearOfVerb("Chad expelled the envoy after Sudan shelled its border in 2006.",
                          "expelled"));
  EXPECT_EQ(0, YearOfVerb("Peru signed a pact to cut tariffs in 2030.", "signed"));
  EXPECT_EQ(0, YearOfVerb("Canada scrapped a treaty with Norway, ratified in 1995.", "scrapped"));
  // A day of the story dates it; a year naming a thing ("the 2010 raid")
  // or a span ("since 2015") dates nothing.
  EXPECT_EQ(0, YearOfVerb("Kenya apologised on Monday for a raid in 1998.", "apologised"));
  EXPECT_EQ(0, YearOfVerb("Greece protested over the 2010 raid.", "protested"));
  EXPECT_EQ(0, YearOfVerb("Iran rejected changes in the 2015 nuclear accord.", "rejected"));
  EXPECT_EQ(0, YearOfVerb("Iran has armed the militia since 2015.", "armed"));
  EXPECT_EQ(0, YearOfVerb("In 2008, when the talks failed, Georgia attacked.", "attacked"));
  EXPECT_EQ(0, YearOfVerb("The pact signed in 1990 was scrapped by Oslo.", "scrapped"));
  EXPECT_EQ(0, YearOfVerb("The engineer kidnapped in Niger in 2016 was released by the militia.",
                          "released"));
  EXPECT_EQ(0, YearOfVerb("Its ban in 2016 was lifted by Oslo on Monday.", "lifted"));
  EXPECT_EQ(0, YearOfVerb("Chad fought Libya in 1987 and its envoys have now warned Tripoli.",
                          "warned"));
}

// CoderTest codes each text as a story dated 2020-01-14.
TEST_F(CoderTest, AnActDatedYearsBeforeTheStoryIsBackground) {
  EXPECT_EQ("", Code("Russia attacked China in 1969."));
  EXPECT_EQ("", Code("In March 2015, Iraq expelled the Iranian ambassador."));
  EXPECT_EQ("IRN 051 CHN", Code("Iran, which attacked Iraq in 1980, praised China."));
  // Last year, or the story's own year, is news still.
  EXPECT_EQ("RUS 190 CHN", Code("Russia attacked China in 2019."));
  EXPECT_EQ("RUS 190 CHN", Code("Russia attacked China in January 2020."));
}

TEST_F(CoderTest, AFindingAboutAnOldActKeepsIt) {
  // The news is the finding: investigators, a court, a report.
  const std::string coded =
      Code("Investigators said Russia attacked China in 2014, a report showed.");
  EXPECT_NE(std::string::npos, coded.find("RUS 190 CHN")) << coded;
}

}  // namespace
}  // namespace khaldun
