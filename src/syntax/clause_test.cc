// Clause analysis, one construction per test, on sentences tagged and
// chunked by the committed model (so these also guard the model's behaviour
// on the constructions the coder relies on).
#include <gtest/gtest.h>

#include "khaldun/syntax.h"
#include "khaldun/syntax_clause.h"
#include "syntax/test_util.h"

namespace khaldun {
namespace {

class ClauseTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto m = SyntaxModel::Load(SyntaxModel::DefaultPath());
    ASSERT_TRUE(m.ok()) << m.status().ToString();
    model_ = *m;
  }

  // Tags `text` (tokens split at spaces) and analyses it.
  void Analyze(std::string_view text) {
    sentence_ = testing::SplitTokens(text);
    model_->Tag(sentence_.tokens);
    clauses_ = AnalyzeClauses(sentence_.tokens);
  }
  std::string Render(const Clause& c) const { return RenderClause(c, sentence_.tokens); }
  std::string Render(size_t i) const {
    return i < clauses_.size() ? Render(clauses_[i]) : "<no clause " + std::to_string(i) + ">";
  }
  // Every clause, one per line, with the tags: for failure messages.
  std::string Dump() const {
    std::string out = testing::RenderTags(sentence_.tokens) + "\n" +
                      testing::RenderChunks(sentence_.tokens) + "\n";
    for (size_t i = 0; i < clauses_.size(); ++i) {
      out += std::to_string(i) + ": " + Render(clauses_[i]) +
             " parent=" + std::to_string(clauses_[i].parent) + "\n";
    }
    return out;
  }

  static std::shared_ptr<const SyntaxModel> model_;
  testing::TestSentence sentence_;
  std::vector<Clause> clauses_;
};

std::shared_ptr<const SyntaxModel> ClauseTest::model_;

TEST_F(ClauseTest, SimpleTransitive) {
  Analyze("Iranian President Hassan Rouhani called for constant efforts .");
  ASSERT_EQ(1u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[Iranian President Hassan Rouhani] V=[called for] O=[constant efforts] neg=0 pass=0",
            Render(0)) << Dump();
  EXPECT_EQ(Tense::kPast, clauses_[0].tense);
  EXPECT_EQ("called", sentence_.tokens[clauses_[0].head].text);
}

TEST_F(ClauseTest, AuxiliariesTenseAndNegation) {
  Analyze("The US did not attack Iran .");
  EXPECT_EQ("S=[The US] V=[did not attack] O=[Iran] neg=1 pass=0", Render(0)) << Dump();
  EXPECT_EQ(Tense::kPast, clauses_[0].tense);
  EXPECT_EQ("attack", sentence_.tokens[clauses_[0].head].text);

  Analyze("Tehran will never accept the deal .");
  EXPECT_EQ("S=[Tehran] V=[will never accept] O=[the deal] neg=1 pass=0", Render(0)) << Dump();
  EXPECT_EQ(Tense::kFuture, clauses_[0].tense);

  Analyze("Israel has n't withdrawn its troops .");
  EXPECT_EQ("S=[Israel] V=[has n't withdrawn] O=[its troops] neg=1 pass=0", Render(0)) << Dump();
  EXPECT_EQ(Tense::kPast, clauses_[0].tense);

  Analyze("Russia could send more troops .");
  EXPECT_EQ(Tense::kModal, clauses_[0].tense) << Dump();
  Analyze("The army is shelling the city .");
  EXPECT_EQ(Tense::kPresent, clauses_[0].tense) << Dump();
}

TEST_F(ClauseTest, DenialNegatesTheDeniedEvent) {
  Analyze("Iran denied attacking the tanker .");
  EXPECT_EQ("S=[Iran] V=[denied attacking] O=[the tanker] neg=1 pass=0", Render(0)) << Dump();
  EXPECT_EQ("attacking", sentence_.tokens[clauses_[0].head].text);
  Analyze("The rebels refused to release the hostages .");
  EXPECT_EQ("S=[The rebels] V=[refused to release] O=[the hostages] neg=1 pass=0", Render(0))
      << Dump();
}

TEST_F(ClauseTest, PassiveWithByAgent) {
  Analyze("The commander was assassinated by US forces in Baghdad .");
  EXPECT_EQ("S=[The commander] V=[was assassinated] O=[] neg=0 pass=1 A=[US forces] "
            "P=[in Baghdad]",
            Render(0)) << Dump();
  Analyze("Two soldiers have been killed by a roadside bomb .");
  EXPECT_EQ("S=[Two soldiers] V=[have been killed] O=[] neg=0 pass=1 A=[a roadside bomb]",
            Render(0)) << Dump();
}

TEST_F(ClauseTest, PassiveAgentFromEventModifier) {
  Analyze("Soleimani was assassinated in a US attack .");
  EXPECT_EQ("S=[Soleimani] V=[was assassinated] O=[] neg=0 pass=1 A=[US] P=[in a US attack]",
            Render(0)) << Dump();
}

TEST_F(ClauseTest, NegatedPassive) {
  Analyze("The hostages were not released .");
  EXPECT_EQ("S=[The hostages] V=[were not released] O=[] neg=1 pass=1", Render(0)) << Dump();
}

TEST_F(ClauseTest, PrepositionalAttachments) {
  Analyze("Rebels seized the airport in Aden on Sunday .");
  EXPECT_EQ("S=[Rebels] V=[seized] O=[the airport] neg=0 pass=0 P=[in Aden] P=[on Sunday]",
            Render(0)) << Dump();
}

TEST_F(ClauseTest, CoordinatedSubjects) {
  Analyze("Tehran and Damascus condemned the strike .");
  EXPECT_EQ("S=[Tehran]+[Damascus] V=[condemned] O=[the strike] neg=0 pass=0", Render(0))
      << Dump();
  Analyze("Iran , Syria and Iraq signed the agreement .");
  EXPECT_EQ("S=[Iran]+[Syria]+[Iraq] V=[signed] O=[the agreement] neg=0 pass=0", Render(0))
      << Dump();
}

TEST_F(ClauseTest, CoordinatedObjects) {
  Analyze("The minister met Saudi officials and Emirati diplomats .");
  EXPECT_EQ("S=[The minister] V=[met] O=[Saudi officials]+[Emirati diplomats] neg=0 pass=0",
            Render(0)) << Dump();
}

TEST_F(ClauseTest, AppositionIsNotCoordination) {
  Analyze("Hassan Rouhani , the Iranian president , criticized Washington .");
  EXPECT_EQ("S=[Hassan Rouhani] V=[criticized] O=[Washington] neg=0 pass=0", Render(0)) << Dump();
}

TEST_F(ClauseTest, CoordinatedVerbsShareTheSubject) {
  Analyze("Militants attacked the convoy and killed three soldiers .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[Militants] V=[attacked] O=[the convoy] neg=0 pass=0", Render(0)) << Dump();
  EXPECT_EQ("S=[Militants] V=[killed] O=[three soldiers] neg=0 pass=0", Render(1)) << Dump();
}

TEST_F(ClauseTest, SubjectRelativeClause) {
  Analyze("The militia that attacked the base was disbanded .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[The militia] V=[attacked] O=[the base] neg=0 pass=0 kind=rel", Render(0))
      << Dump();
  EXPECT_EQ("S=[The militia] V=[was disbanded] O=[] neg=0 pass=1", Render(1)) << Dump();
  EXPECT_EQ(1, clauses_[0].parent);
}

TEST_F(ClauseTest, CommaRelativeClause) {
  Analyze("The general , who was killed in Iraq , commanded the Quds Force .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[The general] V=[was killed] O=[] neg=0 pass=1 P=[in Iraq] kind=rel", Render(0))
      << Dump();
  EXPECT_EQ("S=[The general] V=[commanded] O=[the Quds Force] neg=0 pass=0", Render(1)) << Dump();
}

TEST_F(ClauseTest, ObjectRelativeClause) {
  Analyze("Iran rebuilt the base that Israel destroyed .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[Iran] V=[rebuilt] O=[the base] neg=0 pass=0", Render(0)) << Dump();
  EXPECT_EQ("S=[Israel] V=[destroyed] O=[the base] neg=0 pass=0 kind=rel", Render(1)) << Dump();
}

TEST_F(ClauseTest, SubordinateClause) {
  Analyze("Iran retaliated after the US killed the commander .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[Iran] V=[retaliated] O=[] neg=0 pass=0", Render(0)) << Dump();
  EXPECT_EQ("S=[the US] V=[killed] O=[the commander] neg=0 pass=0 kind=sub", Render(1)) << Dump();
  EXPECT_EQ(0, clauses_[1].parent);
  EXPECT_EQ("after", SpanText(sentence_.tokens, clauses_[1].marker));
}

TEST_F(ClauseTest, SentenceInitialSubordinateClause) {
  Analyze("Because the talks failed , Iran resumed enrichment .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[the talks] V=[failed] O=[] neg=0 pass=0 kind=sub", Render(0)) << Dump();
  EXPECT_EQ("S=[Iran] V=[resumed] O=[enrichment] neg=0 pass=0", Render(1)) << Dump();
  EXPECT_EQ(1, clauses_[0].parent);
}

TEST_F(ClauseTest, ReportedSpeechWithThat) {
  Analyze("Rouhani said that Iran would retaliate against the US .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[Rouhani] V=[said] O=[] neg=0 pass=0", Render(0)) << Dump();
  EXPECT_EQ("S=[Iran] V=[would retaliate against] O=[the US] neg=0 pass=0 kind=rep "
            "speaker=[Rouhani]",
            Render(1)) << Dump();
}

TEST_F(ClauseTest, ReportedSpeechWithoutThat) {
  Analyze("The ministry said Israeli jets struck a depot near Damascus .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[Israeli jets] V=[struck] O=[a depot] neg=0 pass=0 P=[near Damascus] kind=rep "
            "speaker=[The ministry]",
            Render(1)) << Dump();
}

TEST_F(ClauseTest, PostposedSpeaker) {
  Analyze("Rebels seized the airport on Sunday , officials said .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[Rebels] V=[seized] O=[the airport] neg=0 pass=0 P=[on Sunday] kind=rep "
            "speaker=[officials]",
            Render(0)) << Dump();
  EXPECT_EQ("S=[officials] V=[said] O=[] neg=0 pass=0", Render(1)) << Dump();
}

TEST_F(ClauseTest, Quotation) {
  Analyze("\" We will respond to this crime , \" Zarif said .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[We] V=[will respond] O=[] neg=0 pass=0 P=[to this crime] kind=rep "
            "speaker=[Zarif] quote=1",
            Render(0)) << Dump();
  EXPECT_EQ("S=[Zarif] V=[said] O=[] neg=0 pass=0", Render(1)) << Dump();
}

TEST_F(ClauseTest, InfinitivalComplementWithObjectControl) {
  Analyze("The UN urged Iran to release the sailors .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[The UN] V=[urged] O=[Iran] neg=0 pass=0", Render(0)) << Dump();
  EXPECT_EQ("S=[Iran] V=[to release] O=[the sailors] neg=0 pass=0 kind=comp", Render(1))
      << Dump();
}

TEST_F(ClauseTest, NominalisedEventWithActorModifier) {
  Analyze("The US assassination of the commander angered Iran .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[The US assassination of the commander] V=[angered] O=[Iran] neg=0 pass=0",
            Render(0)) << Dump();
  EXPECT_EQ("S=[US] V=[assassination] O=[the commander] neg=0 pass=0 kind=nom", Render(1))
      << Dump();
}

TEST_F(ClauseTest, NominalisedEventWithPossessor) {
  Analyze("Washington condemned Iran 's missile attack on a US base .");
  ASSERT_EQ(2u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[Iran] V=[missile attack] O=[a US base] neg=0 pass=0 kind=nom", Render(1))
      << Dump();
  EXPECT_EQ(0, clauses_[1].parent);
}

TEST_F(ClauseTest, EmptyAndVerblessInput) {
  EXPECT_TRUE(AnalyzeClauses({}).empty());
  Analyze("No comment .");
  EXPECT_TRUE(clauses_.empty()) << Dump();
  // Untagged tokens give no verb groups, not a crash.
  auto raw = testing::SplitTokens("Iran attacked Israel");
  EXPECT_TRUE(AnalyzeClauses(raw.tokens).empty());
}

}  // namespace
}  // namespace khaldun

namespace khaldun {
namespace {

TEST_F(ClauseTest, AccordingToMarksTheSpeaker) {
  Analyze("According to state media , the army shelled the town .");
  ASSERT_EQ(1u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[the army] V=[shelled] O=[the town] neg=0 pass=0 kind=rep speaker=[state media]",
            Render(0)) << Dump();
  Analyze("The army shelled the town , according to witnesses .");
  ASSERT_EQ(1u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[The army] V=[shelled] O=[the town] neg=0 pass=0 kind=rep speaker=[witnesses]",
            Render(0)) << Dump();
}

}  // namespace
}  // namespace khaldun

namespace khaldun {
namespace {

// Several constructions at once, as in PETRARCH's test records: an adverb
// inside a catenative group, a subordinate clause attached to the clause
// before it, and a post-posed speaker that reports both.
TEST_F(ClauseTest, LongNewsSentence) {
  Analyze("Arnor is about to restore full diplomatic ties with Gondor almost five years after "
          "crowds burned down its embassy , a senior official said on Saturday .");
  ASSERT_EQ(3u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[Arnor] V=[is about to restore] O=[full diplomatic ties] neg=0 pass=0 "
            "P=[with Gondor] kind=rep speaker=[a senior official]",
            Render(0)) << Dump();
  EXPECT_EQ(ClauseKind::kSubordinate, clauses_[1].kind) << Dump();
  EXPECT_EQ(0, clauses_[1].parent) << Dump();
  EXPECT_EQ("S=[a senior official] V=[said] O=[] neg=0 pass=0 P=[on Saturday]", Render(2))
      << Dump();
}

TEST_F(ClauseTest, ConditionalInsideReportedSpeech) {
  Analyze("Nasrallah warned that Israel would pay a heavy price if it attacked Lebanon .");
  ASSERT_EQ(3u, clauses_.size()) << Dump();
  EXPECT_EQ("S=[Israel] V=[would pay] O=[a heavy price] neg=0 pass=0 kind=rep "
            "speaker=[Nasrallah]",
            Render(1)) << Dump();
  EXPECT_EQ(Tense::kModal, clauses_[1].tense);
  EXPECT_EQ("S=[it] V=[attacked] O=[Lebanon] neg=0 pass=0 kind=sub speaker=[Nasrallah]",
            Render(2)) << Dump();
  EXPECT_EQ(1, clauses_[2].parent);
}

}  // namespace
}  // namespace khaldun
