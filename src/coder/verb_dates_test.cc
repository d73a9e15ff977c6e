// Phrasal verbs and the dates that stand after a verb.
#include "coder/verb_dates.h"

#include <gtest/gtest.h>

#include <string>

#include "coder/mentions.h"
#include "khaldun/text.h"

namespace khaldun::internal {
namespace {

constexpr const char* kVerbs = R"(
--- CALL [---] ---
CALL {CALLS CALLED CALLING}
+CALL_ON {+CALLS_ON +CALLED_ON +CALLING_ON} [020]
+CALL_FOR {+CALLS_FOR +CALLED_FOR +CALLING_FOR} [100]
--- CLOSE_IN [---] ---
+CLOSE_IN {+CLOSES_IN +CLOSED_IN +CLOSING_IN} [190]
)";

// The verb matches of `text` after ReadVerbsAcrossDates, as "FORM@begin-end"
// joined by ' '.
std::string Verbs(const Dictionary& dict, const std::string& text) {
  Document doc;
  doc.text = text;
  const AnalyzedDocument analyzed = AnalyzeText(doc);
  MatchScratch scratch;
  std::vector<PhraseMatch> matches;
  dict.FindCandidates(analyzed.tokens, scratch, &matches);
  ReadVerbsAcrossDates(dict, analyzed.tokens, scratch, &matches);
  std::string s;
  for (const PhraseMatch& m : matches)
    if (m.kind == PhraseMatch::Kind::kVerb)
      s += (s.empty() ? "" : " ") + dict.verb_form(m.id).text + "@" + std::to_string(m.span.begin) +
           "-" + std::to_string(m.span.end);
  return s;
}

class VerbDatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<Diagnostic> diagnostics;
    dict_ = Dictionary::FromSources(
        {{"test.verbs.txt", DictKind::kVerbs, DictFormat::kPetrarch2, kVerbs}}, &diagnostics);
    ASSERT_NE(dict_, nullptr);
  }
  std::shared_ptr<const Dictionary> dict_;
};

TEST_F(VerbDatesTest, TheDatesPrepositionIsNoParticle) {
  // The|envoys|held|a|video|call|on|Tuesday|.
  EXPECT_EQ("CALL@5-6", Verbs(*dict_, "The envoys held a video call on Tuesday."));
  EXPECT_EQ("CALLED ON@1-3", Verbs(*dict_, "Sweden called on the envoys to return."));
  // No shorter verb: the match is dropped.
  EXPECT_EQ("", Verbs(*dict_, "The border post closed in March."));
  EXPECT_EQ("CLOSED IN@2-4", Verbs(*dict_, "The rebels closed in on the city."));
}

TEST_F(VerbDatesTest, APhrasalVerbReadsAcrossADate) {
  // The|council|called|on|Thursday|for|a|truce|.
  EXPECT_EQ("CALLED FOR@2-6", Verbs(*dict_, "The council called on Thursday for a truce."));
  EXPECT_EQ("CALLED FOR@2-7", Verbs(*dict_, "The council called on Thursday night for a truce."));
  EXPECT_EQ("CALLED@2-3", Verbs(*dict_, "The council called on Thursday."));
  // A base form may be a noun: "call" is not read across the date.
  EXPECT_EQ("CALL@3-4", Verbs(*dict_, "They held a call on Friday for the victims."));
}

TEST(OpensADateTest, DaysAndMonths) {
  Document doc;
  doc.text = "met on Monday in March at noon on time";
  const AnalyzedDocument a = AnalyzeText(doc);
  EXPECT_TRUE(OpensADate(a.tokens, 1));
  EXPECT_TRUE(OpensADate(a.tokens, 3));
  EXPECT_FALSE(OpensADate(a.tokens, 5));
  EXPECT_FALSE(OpensADate(a.tokens, 7));
  EXPECT_EQ(DateEnd(a.tokens, 1), 3u);
  // met|on|Monday|in|March|at|noon|on|time: two dates of two tokens.
  EXPECT_EQ(DateTokensBetween(a.tokens, 0, 9), 4u);
  EXPECT_EQ(DateTokensBetween(a.tokens, 5, 9), 0u);
}

// The shared day and month lists (words.cc) in any case; "May" after "on"
// names Theresa May, not a date.
TEST(OpensADateTest, WeekdaysAndMonthsInAnyCase) {
  Document doc;
  doc.text = "voted on SUNDAY and in december but frowned on May's plan";
  const AnalyzedDocument a = AnalyzeText(doc);
  EXPECT_TRUE(IsWeekday(a.tokens[2]));
  EXPECT_TRUE(IsMonthName(a.tokens[5]));
  EXPECT_FALSE(IsWeekday(a.tokens[5]));
  EXPECT_TRUE(OpensADate(a.tokens, 1));
  EXPECT_TRUE(OpensADate(a.tokens, 4));
  EXPECT_TRUE(IsMonthName(a.tokens[9]));
  EXPECT_FALSE(OpensADate(a.tokens, 8));
}

}  // namespace
}  // namespace khaldun::internal
