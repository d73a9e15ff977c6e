// Investigation, release, arms sales and relief through the shipped
// vocabulary and the coder: searches of premises by police and prosecutors
// (CAMEO 091), captives handed over (0841), weapons a state takes delivery
// of (062) and aid sent to a place named with a hyphenated participle of
// damage ("flood-hit Pakistan", 073); offers of talks turned down (036);
// force and troops sent at a government's request (0234, 074); forces
// pulling back (0874); resignations (0831).
//
// Coded through the whole pipeline as `khaldun code` codes them. Each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedCoop16Test, SearchJoinedToAnArrestSharesItsParties) {
  // A search joined by "and" to an arrest is made by the same police on
  // the premises of the party arrested (091).
  EXPECT_EQ("FRACOP 173 FRAELI; FRACOP 091 FRAELI",
            CodesOf("French police detained Francois Fillon and searched his home.",
                    "2015-03-01"));
  EXPECT_EQ("GRCCOP 173 GRCMED; GRCCOP 091 GRCMED",
            CodesOf("Greek police arrested two journalists and searched the newsroom of their "
                    "newspaper.",
                    "2015-03-01"));
  // A search for survivors investigates nothing.
  EXPECT_EQ("", CodesOf("Rescue workers searched the home for survivors.", "2015-03-01"));
}

TEST(ShippedCoop16Test, PoliceEnteringPremisesToSearchThemInvestigate) {
  EXPECT_EQ("DEUCOP 091 DEUBUS",
            CodesOf("German police entered the offices of the carmaker Volkswagen in Wolfsburg "
                    "to search for documents.",
                    "2016-03-01"));
  EXPECT_EQ("TURCOP 091 SAUGOV",
            CodesOf("Turkish police entered the Saudi consulate to search the building.",
                    "2018-10-15"));
  EXPECT_EQ("PERCOP 091 PERGOV",
            CodesOf("Peruvian police broke into the president's home in Lima to search for "
                    "luxury watches.",
                    "2024-03-30"));
  // Troops entering a town to hunt militants use force; they investigate
  // no crime.
  EXPECT_EQ("ISRMIL 190 ISRUAF",
            CodesOf("Israeli troops entered Jenin to search for militants.", "2016-03-01"));
}

TEST(ShippedCoop16Test, CaptivesHandedOverAreReleased) {
  // In the passive, captives handed to the Red Cross, or handed over in a
  // swap, are released (0841), not extradited (063).
  EXPECT_EQ("TURUAF 0841 TUR",
            CodesOf("Two kidnapped Turkish engineers were handed over to the Red Cross by the "
                    "militants.",
                    "2016-03-01"));
  EXPECT_EQ("PSEREB 0841 ISRMIL",
            CodesOf("The captured Israeli soldier was handed over to the Red Cross by Hamas.",
                    "2016-03-01"));
  // (The swap's other half, the commanders India frees, is coded too.)
  EXPECT_EQ("AFGREB 0841 IND; INDGOV 0841 AFGREB",
            CodesOf("The Taliban handed over two Indian engineers in exchange for three jailed "
                    "commanders.",
                    "2016-03-01"));
  // A suspect handed to another state is still extradited.
  EXPECT_EQ("ESPGOV 063 FRAGOV", CodesOf("Spain handed over the suspect to France.", "2016-03-01"));
}

TEST(ShippedCoop16Test, WeaponsTakenDeliveryOfAreSoldByTheirMakersState) {
  // The buyer takes delivery; the state that made the weapons sold them
  // (062 from its GOV, not from the weapons read as its forces).
  EXPECT_EQ("DEUGOV 062 EGYGOV",
            CodesOf("Egypt took delivery of two German submarines.", "2019-03-01"));
  EXPECT_EQ("RUSGOV 062 TURGOV",
            CodesOf("Turkey took delivery of Russian S-400 missiles.", "2019-03-01"));
  EXPECT_EQ("USAGOV 062 POLGOV",
            CodesOf("Poland took delivery of its first American Abrams tanks.", "2019-03-01"));
  EXPECT_EQ("FRAGOV 062 INDGOV",
            CodesOf("India took delivery of the first Rafale jets from France.", "2019-03-01"));
  // Warships drilling together are forces acting together: they keep MIL.
  EXPECT_EQ("RUSMIL 062 CHNMIL; CHNMIL 062 RUSMIL",
            CodesOf("Russian and Chinese warships held joint drills in the Sea of Japan.",
                    "2019-07-23"));
}

TEST(ShippedCoop16Test, DamageParticipleBeforeAPlaceIsAnAdjective) {
  // "flood-hit", "earthquake-hit", "cyclone-hit" before a name describe
  // the place the aid is sent to; the place stays the target.
  EXPECT_EQ("JPNGOV 073 PAK",
            CodesOf("Japan sent tents and medicines to flood-hit Pakistan.", "2022-09-01"));
  EXPECT_EQ("ESPGOV 073 MAR",
            CodesOf("Spain sent a team of rescuers to earthquake-hit Morocco.", "2023-09-10"));
  EXPECT_EQ("AUSGOV 073 FJI",
            CodesOf("Australia dispatched military transport planes loaded with tarpaulins and "
                    "water to cyclone-hit Fiji.",
                    "2016-02-21"));
}

TEST(ShippedCoop16Test, OwnedOfferOfTalksTurnedDownWasMade) {
  // An offer or proposal of talks that a named party made and another
  // rejected was made (036 from its owner to the party that rejected it),
  // beside the rejection (125).
  EXPECT_EQ("BLROPP 125 BLRGOV; BLRGOV 036 BLROPP",
            CodesOf("Opposition leaders rejected President Lukashenko's offer of talks.",
                    "2020-08-20"));
  EXPECT_EQ("PSEREB 125 ISRGOV; ISRGOV 036 PSEREB",
            CodesOf("Hamas rejected Israel's proposal for talks.", "2020-08-20"));
  // With the other party named after "with", it is that party.
  EXPECT_EQ("IRNGOV 125 USAGOV; USAGOV 036 IRNGOV",
            CodesOf("Iran rejected Washington's offer of talks with Tehran.", "2020-08-20"));
  // A court rejecting an appeal turns down no offer.
  EXPECT_EQ("", CodesOf("The court rejected his appeal against the verdict.", "2020-08-20"));
}

TEST(ShippedCoop16Test, OfferOfTalksWithItsMakerAfterItTurnedDownWasMade) {
  // The maker may be named after the offer, by "from" or "by", before or
  // after what is offered: the offer was made all the same.
  EXPECT_EQ("ARMGOV 125 AZEGOV; AZEGOV 036 ARMGOV",
            CodesOf("Armenia rejected an offer of negotiations from Azerbaijan.", "2020-08-20"));
  EXPECT_EQ("VENGOV 125 COLGOV; COLGOV 036 VENGOV",
            CodesOf("Caracas dismissed an offer by Bogota of direct talks.", "2020-08-20"));
  EXPECT_EQ("MLIMIL 125 IGOAFRAFU; IGOAFRAFU 036 MLIMIL",
            CodesOf("Mali's junta turned down a proposal from the African Union for talks.",
                    "2020-08-20"));
  // An owned call for talks turned down was made too (026).
  EXPECT_EQ("PRKGOV 125 KORGOV; KORGOV 026 PRKGOV",
            CodesOf("Pyongyang rejected Seoul's call for dialogue.", "2020-08-20"));
  // With no maker named, no offer is coded.
  EXPECT_EQ("", CodesOf("Armenia rejected an offer of negotiations.", "2020-08-20"));
}

TEST(ShippedCoop16Test, AnotherPartysProposalsAcceptedAreYieldedTo) {
  // Accepting another party's proposal or proposals yields to its maker
  // (019).
  EXPECT_EQ("AZEGOV 019 ARMGOV",
            CodesOf("Baku accepted Yerevan's proposals on the border.", "2020-08-20"));
  EXPECT_EQ("UKRGOV 019 TURGOV", CodesOf("Kyiv accepted the Turkish proposal.", "2020-08-20"));
}

TEST(ShippedCoop16Test, ForceAndTroopsAtAStatesRequestAnswerItsAppeal) {
  // Air strikes made at another government's request answer its appeal for
  // military protection (0234 from the requester to the striking state).
  EXPECT_EQ("SYRGOV 0234 JORGOV; JORMIL 195 SYR",
            CodesOf("Jordanian jets bombed militant positions in Syria at the request of the "
                    "government in Damascus.",
                    "2014-09-23"));
  // Troops flown in at a government's request protect it (074).
  EXPECT_EQ("CIVGOV 0234 FRAGOV; FRAGOV 074 CIV",
            CodesOf("France flew paratroopers into Abidjan at the request of the Ivorian "
                    "government.",
                    "2004-11-07"));
  // A state's own police asked by its own minister answer no appeal.
  EXPECT_EQ("BLRCOP 175 BLROPP",
            CodesOf("Police fired on protesters in Minsk at the request of the interior minister.",
                    "2019-03-01"));
}

TEST(ShippedCoop16Test, ForcesPullingBackRetreat) {
  // Forces that pull back retreat (0874), as forces that pull out do; an
  // agreement to pull back is an intent to de-escalate (0356).
  EXPECT_EQ("CODREB 0874 COD",
            CodesOf("The rebels pulled back from the outskirts of Goma.", "2022-11-09"));
  EXPECT_EQ("INDGOV 0356 CHNGOV; CHNGOV 0356 INDGOV",
            CodesOf("India and China agreed on Thursday to pull back their troops from the frontier.",
                    "2021-02-11"));
  // A river's west bank is no West Bank (PSE): the retreat the state
  // orders is toward the country where the river runs.
  EXPECT_EQ("RUSGOV 0874 UKR",
            CodesOf("Russia ordered its troops to withdraw from the west bank of the Dnipro "
                    "river.",
                    "2022-11-09"));
  EXPECT_EQ("ISRMIL 190 PSE",
            CodesOf("Israeli troops raided a village in the West Bank.", "2022-11-09"));
}

TEST(ShippedCoop16Test, AResignationTakesNoObjectFromTheVerbJoinedToIt) {
  // A leader who resigned and fled abroad gave in to the protesters at
  // home (0831 to OPP), not to the country fled to.
  EXPECT_EQ("TUNGOV 0831 TUNOPP",
            CodesOf("Tunisia's president Zine El Abidine Ben Ali resigned and fled to Saudi "
                    "Arabia as crowds stormed the interior ministry.",
                    "2011-01-14"));
}

}  // namespace
}  // namespace khaldun
