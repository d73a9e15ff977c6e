// Subjects separated from their verb by a clause or phrase set off by commas,
// coded through the whole pipeline with the shipped dictionaries. Each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedSubjectsTest, TheVerbAfterARelativeClauseTakesTheSubjectBeforeIt) {
  // The tagger may read "agreed" after the closing comma as a participle;
  // it is still the main verb, not a passive describing "Friday".
  EXPECT_EQ("TURGOV 036 EGYGOV",
            CodesOf("Recep Tayyip Erdogan, who spoke in Ankara on Friday, agreed to visit Egypt.",
                    "2023-05-02"));
}

TEST(ShippedSubjectsTest, ARelativeClauseLendsNoObjectFromAfterIt) {
  // The call in the relative clause names no one called; Egypt is what the
  // main verb's infinitive is about.
  EXPECT_EQ("TURGOV 036 EGYGOV",
            CodesOf("Recep Tayyip Erdogan, who spoke by phone on Friday, pledged to visit Egypt.",
                    "2023-05-02"));
  // Nor is the trawler seized in the relative clause: its own object is
  // "fishing boats".
  EXPECT_EQ("EGYMIL 173 LBY",
            CodesOf("Egypt's navy, which has seized several fishing boats this month, detained a "
                    "Libyan trawler.",
                    "2023-05-02"));
}

TEST(ShippedSubjectsTest, APatternReadsNoWordOfARelativeClauseBeforeTheVerb) {
  // "of" in the relative clause is not the "of" of "- OF *" (a gerund after
  // "of"), which would make the attack no act.
  EXPECT_EQ("YEMREB 190 GRC",
            CodesOf("The Houthis, who hold much of western Yemen, attacked a Greek tanker.",
                    "2023-10-10"));
}

TEST(ShippedSubjectsTest, AnAppositiveThatIsItselfARoleIsNotTheSubject) {
  // "a former union leader" renames Lula; it is no labour group of the
  // country named later.
  EXPECT_EQ("BRAGOV 111 USAGOV",
            CodesOf("Brazilian President Lula, a former union leader, criticised the United "
                    "States.",
                    "2024-01-10"));
}

TEST(ShippedSubjectsTest, TheVerbAfterAnAppositiveWithAThatClauseTakesItsHead) {
  // "the Islamist movement that governs Gaza" describes Hamas; the verb
  // after its comma is Hamas's, not the relative clause's.
  EXPECT_EQ("PSEREB 111 EGYGOV",
            CodesOf("Hamas, the Islamist movement that governs Gaza, criticised Egypt on Tuesday.",
                    "2023-10-10"));
}

TEST(ShippedSubjectsTest, AParticiplePhraseLendsNoObjectFromAfterIt) {
  // "asked about the vote" is a question put to the minister, not an appeal
  // to Peru, the object of the main verb after the closing comma.
  EXPECT_EQ("CHLGOV 111 PERGOV",
            CodesOf("Chile's foreign minister, asked about the vote, criticised Peru.",
                    "2023-10-10"));
}

TEST(ShippedSubjectsTest, NoActorInsideAnInterruptionIsTheSubject) {
  // A place inside the participle phrase, past a comma of its own, is not
  // who accused: the subject before the phrase names no party.
  EXPECT_EQ("",
            CodesOf("Her brother, speaking from Kassala province, eastern Sudan, accused the "
                    "Ethiopian authorities of ignoring the refugees.",
                    "2023-10-10"));
  // Nor a country named in a relative clause before the verb.
  EXPECT_EQ("",
            CodesOf("Mahmoud, who toured Jordan with a charity in 2019, travelled to Syria in "
                    "2021.",
                    "2023-10-10"));
}

}  // namespace
}  // namespace khaldun
