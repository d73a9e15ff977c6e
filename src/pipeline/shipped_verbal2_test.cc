// Verbal conflict told around another act: a threat of retaliation whose
// act answered is told after it ("vowed to retaliate after Washington
// imposed duties"), and judgements of an act referred to as "the coup",
// "the handover", "a plan" or "the proclamation", or named an injustice.
//
// Coder rules whose test needs the shipped vocabulary, coded through the
// whole pipeline as `khaldun code` codes them. Each sentence is written for
// the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedVerbal2Test, ARetaliationAnswersTheSubjectOfAnAfterClause) {
  EXPECT_EQ("CANGOV 138 USAGOV; USAGOV 163 CAN",
            CodesOf("Ottawa vowed to retaliate after Washington imposed duties on Canadian "
                    "aluminium.",
                    "2019-05-06"));
  // Armed forces are answered as their state.
  EXPECT_EQ("KORGOV 130 PRKGOV",
            CodesOf("Seoul vowed to respond after North Korean troops fired shells across the "
                    "border.",
                    "2019-05-06"));
  // "after" with no subject of its own tells no act.
  EXPECT_EQ("", CodesOf("Egypt vowed to retaliate after talks in Geneva.", "2019-05-06"));
}

TEST(ShippedVerbal2Test, AnAnswerInKindIsAThreat) {
  EXPECT_EQ("CHNGOV 130 AUSGOV; AUSGOV 163 CHN",
            CodesOf("Beijing vowed to answer in kind after Canberra announced duties on Chinese "
                    "steel.",
                    "2019-05-06"));
  EXPECT_EQ("TURGOV 130 GRCGOV",
            CodesOf("Ankara promised to reply in kind after Greek jets had violated its airspace.",
                    "2019-05-06"));
}

TEST(ShippedVerbal2Test, TheCoupIsTheSeizureJustReported) {
  EXPECT_EQ("GABMIL 173 GABGOV; IGOAFRAFU 111 GABMIL",
            CodesOf("Rebel officers detained President Ali Bongo in Libreville, and the African "
                    "Union condemned the coup.",
                    "2019-05-06"));
  // In the sentence after, with the judge as its only party.
  EXPECT_EQ("GINMIL 173 GINGOV; IGOUNO 111 GINMIL",
            CodesOf("Mutinous soldiers arrested the president of Guinea. The United Nations "
                    "condemned the coup.",
                    "2019-05-06"));
  EXPECT_EQ("NERMIL 173 NERGOV; IGOWAFWAS 111 NERMIL",
            CodesOf("Troops stormed the presidential palace in Niamey and detained President "
                    "Mohamed Bazoum. ECOWAS condemned the coup.",
                    "2019-05-06"));
  // With no act coded, the subject of the clause before did it.
  EXPECT_EQ("FRAGOV 111 GABMIL",
            CodesOf("Gabon's army chief seized power on Monday and ousted President Ali Bongo, and "
                    "France condemned the coup.",
                    "2019-05-06"));
  // A coup is never a deal reported before it.
  EXPECT_EQ("NGAGOV 057 GHAGOV; GHAGOV 057 NGAGOV",
            CodesOf("Nigeria signed a trade deal with Ghana, and the AU condemned the coup.",
                    "2019-05-06"));
}

TEST(ShippedVerbal2Test, AHandoverAPlanOrAProclamationIsTheActJustReported) {
  EXPECT_EQ("FRAGOV 063 USAGOV; RUSGOV 111 FRAGOV",
            CodesOf("Paris extradited the banker to Washington, and Moscow called the handover "
                    "illegal.",
                    "2019-05-06"));
  EXPECT_EQ("PERGOV 136 VENREF; VENGOV 111 PERGOV",
            CodesOf("Lima said it would expel 200 Venezuelan migrants, a plan Caracas denounced "
                    "as unjust.",
                    "2019-05-06"));
  EXPECT_EQ("SRBLEG 1722 KSV; KSVGOV 111 SRBLEG",
            CodesOf("Serbia's parliament declared Kosovo's institutions illegal, and Pristina "
                    "branded the proclamation null and void.",
                    "2019-05-06"));
}

TEST(ShippedVerbal2Test, AnActCalledAnInjusticeIsCriticised) {
  EXPECT_EQ("FRAGOV 063 USAGOV; RUSGOV 111 FRAGOV",
            CodesOf("Paris extradited the banker to Washington, and Moscow called the decision "
                    "an injustice.",
                    "2019-05-06"));
  EXPECT_EQ("NORGOV 161 RUSGOV; RUSGOV 111 NORGOV",
            CodesOf("Oslo expelled two Russian diplomats, and Moscow called the decision "
                    "deplorable.",
                    "2019-05-06"));
}

}  // namespace
}  // namespace khaldun
