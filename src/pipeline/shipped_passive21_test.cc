// Passives with the shipped dictionaries: a spelled-out count between "by"
// and the agent ("was seized by two ... gunmen") still names the agent; a
// block with no code of its own whose object pattern read its words in the
// agent ("was captured by ... militiamen") codes as its plain object
// pattern; a possessive inside an apposition set off by commas is not the
// passive's target; a participle set off by a comma after the sentence's
// opening subject acts on that subject.
//
// Each sentence is written for the test and coded through the whole pipeline
// with the shipped dictionaries, as `khaldun code` codes it.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedPassive21Test, ASpelledOutCountBeforeTheAgentKeepsTheAgent) {
  // A pattern's '+' bound the agent after the count.
  EXPECT_EQ("NGAUAF 171 GBRMED",
            CodesOf("The British reporter was seized by two Nigerian gunmen near the border.",
                    "2016-03-04"));
  EXPECT_EQ("KENCOP 173 DEUMED",
            CodesOf("A German photographer was arrested by three Kenyan police officers.",
                    "2016-03-04"));
  // The block's own code, with the agent found past the count.
  EXPECT_EQ("SYRMIL 193 FRAMED",
            CodesOf("The French journalist was shot dead by three Syrian soldiers.",
                    "2016-03-04"));
}

TEST(ShippedPassive21Test, ACapturedPersonOrTownCodesAsInTheActive) {
  // "capture" has no code of its own; its "- * MILITANTS" pattern read the
  // agent. Armed groups taking people are hostage takers (181); a town
  // taken is occupied (192).
  EXPECT_EQ("LBYREB 181 ITAMED",
            CodesOf("The Italian cameraman was captured by Libyan rebels near Misrata.",
                    "2016-03-04"));
  EXPECT_EQ("MLIREB 192 MLI",
            CodesOf("The town of Kidal was captured by Tuareg rebels.", "2016-03-04"));
}

TEST(ShippedPassive21Test, APossessiveInsideAnAppositionIsNotTheTarget) {
  // The passive's subject is named by no dictionary; the Kremlin, in the
  // apposition, was not shot.
  EXPECT_EQ("",
            CodesOf("Sergei Volkonov, a vocal critic of the Kremlin's budget, was shot "
                    "dead by a gunman.",
                    "2016-03-04"));
  // Without the apposition the possessor still stands for what it owns.
  EXPECT_EQ("SRBGOV 120 KSVGOV",
            CodesOf("Kosovo's request for membership was rejected by Serbia.", "2016-03-04"));
  // Nor does a comma after the possessor alone make an apposition: the
  // participle phrase describes what the possessor owns.
  EXPECT_EQ("RUSGOV 120 TURGOV",
            CodesOf("Ankara's proposal for a truce, made at a summit in Tehran last week, was "
                    "rebuffed by Moscow.",
                    "2016-03-04"));
}

TEST(ShippedPassive21Test, AParticipleAfterTheOpeningSubjectActsOnIt) {
  EXPECT_EQ("EGYCOP 173 CANMED",
            CodesOf("The Canadian blogger, detained by Egyptian police in May, flew home "
                    "on Tuesday.",
                    "2016-03-04"));
}

}  // namespace
}  // namespace khaldun
