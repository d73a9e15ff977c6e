// Coreference with the shipped dictionaries: an object pronoun in a
// ", where" clause about a place stands for the one who went there; a group
// counted by a collective noun ("a contingent of", "a unit of") opens the
// next sentence's "They"; a welcome of troops whose arrival is already a
// deployment (074) reports no visit; and "its neighbour" with no other
// country in its sentence is the other country of the sentence before.
// Each passage is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedCoref17Test, PersonWhoWentToThePlaceOfAWhereClause) {
  // The traveller is not the sentence's first party.
  EXPECT_EQ("VENCOP 175 VENOPP; VENOPP 042 ESP; ESPGOV 075 VENOPP",
            CodesOf("Police clashed with protesters in Caracas and opposition leader Juan Guaido "
                    "flew to Madrid, where the Spanish government granted him asylum.",
                    "2024-03-02"));
  // The where-clause's subject is set off by commas.
  EXPECT_EQ("USAGOV 042 VNMGOV; VNMGOV 043 USAGOV",
            CodesOf("Joe Biden flew into Hanoi, where the party leader, Nguyen Phu Trong, "
                    "received him.",
                    "2024-03-02"));
  EXPECT_EQ("VENGOV 042 RUSGOV; RUSGOV 043 VENGOV",
            CodesOf("Nicolas Maduro flew to Moscow, where Vladimir Putin, his host, received him "
                    "at the Kremlin.",
                    "2024-03-02"));
}

TEST(ShippedCoref17Test, GroupThatWentToThePlaceOfAWhereClause) {
  EXPECT_EQ("FRAMIL 074 MLI; MLIREB 194 FRAMIL",
            CodesOf("French troops landed in Bamako, where Islamist fighters attacked them with "
                    "rockets.",
                    "2024-03-02"));
  // A place no dictionary knows.
  EXPECT_EQ("TURMIL 192 SYR; SYRMIL 194 TURMIL",
            CodesOf("Turkish soldiers crossed into Idlib, where Syrian government forces shelled "
                    "them overnight.",
                    "2024-03-02"));
}

TEST(ShippedCoref17Test, APronounAfterAndInTheWhereClauseKeepsItsOwnClause) {
  // "them" after "and" is the envoys just welcomed, not the traveller.
  EXPECT_EQ("RUSGOV 042 PRKGOV; PRKGOV 043 CHNGOV; PRKGOV 051 CHNGOV; CHNGOV 042 PRKGOV",
            CodesOf("Putin flew to Pyongyang, where Kim Jong Un welcomed Chinese envoys and "
                    "praised them.",
                    "2024-03-02"));
}

TEST(ShippedCoref17Test, AGroupCountedByACollectiveNounIsTheNextSentencesThey) {
  EXPECT_EQ("BDIMIL 074 CAF; CAFGOV 043 BDIMIL",
            CodesOf("A contingent of Burundian troops landed in Bangui. They were welcomed at the "
                    "airport by Central African ministers.",
                    "2024-03-02"));
  EXPECT_EQ("TCDMIL 192 NER; NGAREB 190 TCDMIL",
            CodesOf("A unit of Chadian soldiers crossed into Niger. They were attacked by Boko "
                    "Haram fighters.",
                    "2024-03-02"));
}

TEST(ShippedCoref17Test, AWelcomeOfDeployedTroopsReportsNoVisit) {
  EXPECT_EQ("EGYPKO 074 SOM; SOMGOV 043 EGYPKO",
            CodesOf("Egyptian peacekeepers landed in Mogadishu on Monday. They were welcomed at "
                    "the airport by Somali officials.",
                    "2024-03-02"));
  // A visitor's welcome still reports the visit.
  EXPECT_EQ("CHNGOV 043 PHLGOV; PHLGOV 042 CHNGOV",
            CodesOf("Rodrigo Duterte was welcomed at the airport by Chinese officials.",
                    "2018-03-02"));
}

TEST(ShippedCoref17Test, ItsNeighbourIsTheOtherCountryOfTheSentenceBefore) {
  EXPECT_EQ("ARMMIL 190 AZEMIL; AZEMIL 190 ARMMIL; AZEGOV 1123 ARMGOV",
            CodesOf("Armenian and Azerbaijani troops clashed on the border overnight. Baku "
                    "accused its neighbour of provoking the fighting.",
                    "2024-03-02"));
  EXPECT_EQ("CHNGOV 112 INDGOV",
            CodesOf("Indian and Chinese soldiers brawled in the Galwan valley. Beijing blamed its "
                    "rival for the clash.",
                    "2024-03-02"));
  EXPECT_EQ("THAMIL 190 KHMMIL; KHMMIL 190 THAMIL; KHMGOV 1123 THAGOV",
            CodesOf("Thai and Cambodian troops exchanged fire near the temple. Phnom Penh accused "
                    "its neighbour of an invasion.",
                    "2024-03-02"));
}

}  // namespace
}  // namespace khaldun
