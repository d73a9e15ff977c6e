// Material cooperation, aid, yielding and investigation (CAMEO 06-09).
//
// Coder rules whose test needs the shipped vocabulary (the roles, places and
// verb patterns of dictionaries/), coded through the whole pipeline as
// `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedRulesTest, ForcesArrivingAreDeployedNotVisiting) {
  // Police or troops that arrive somewhere are deployed to protect it (074);
  // the "to" of "to head a force" opens an infinitive, not the party the
  // pattern "(TO +)" binds (the UN is not whom they visit).
  EXPECT_EQ("KENCOP 074 HTI",
            CodesOf("A first contingent of 400 police officers from Kenya arrived in "
                    "Port-au-Prince on Tuesday to head a UN-backed multinational force against "
                    "the gangs.",
                  "2024-06-25"));
  // A head of state with a military rank is on a visit.
  EXPECT_EQ("PAKMIL 042 GBR",
            CodesOf("Pakistani President General Pervez Musharraf arrived in Britain on Sunday.",
                  "2004-12-05"));
}

TEST(ShippedRulesTest, ABillWithdrawnAfterProtestsYieldsToTheProtesters) {
  EXPECT_EQ("SRBOPP 145 SRBLEG; SRBGOV 0832 SRBOPP",
            CodesOf("Serbian protesters stormed the parliament in Belgrade on Monday. The next "
                    "day Serbia's government withdrew the lithium mining bill.",
                    "2024-08-12"));
  // With no protest told, no one is yielded to.
  EXPECT_EQ("", CodesOf("Serbia's government withdrew the lithium mining bill on Tuesday.",
                        "2024-08-12"));
}

TEST(ShippedRulesTest, TheSubjectsOwnDemonymIsNotTheTargetOfItsAid) {
  // "Japanese aid" is Japan's; the people it reaches are the target, the
  // country (TUR) as for all aid.
  EXPECT_EQ("JPNGOV 033 TUR",
            CodesOf("The Japanese prime minister promised that Japanese aid would reach the "
                    "people of Turkey within days.",
                    "2023-02-08"));
}

TEST(ShippedRulesTest, InquiriesOpenedAnnouncedOrSetUp) {
  // Formal proceedings opened against a party, an inquiry announced, a
  // party brought into a corruption inquiry.
  EXPECT_EQ("IGOEUREEC 090 RUSBUS",
            CodesOf("The European Commission opened formal proceedings against Gazprom on "
                    "Tuesday.",
                    "2012-09-04"));
  EXPECT_EQ("IGOEUREEC 090 CHN",
            CodesOf("The European Commission announced an investigation into Chinese steel "
                    "subsidies.",
                    "2016-02-01"));
  EXPECT_EQ("PERJUD 091 PERELI",
            CodesOf("A Peruvian judge included former president Pedro Castillo in the corruption "
                    "investigation.",
                    "2023-01-01"));
  // A mission set up to investigate starts its inquiry; the crackdown it
  // investigates is an event too, and the inquiry is into the state that
  // cracked down.
  EXPECT_EQ("IGOUNO 092 BLRGOV; BLRGOV 175 BLROPP",
            CodesOf("The UN Human Rights Council voted to create an independent fact-finding "
                    "mission to investigate Belarus's violent crackdown on protesters.",
                    "2020-09-18"));
  // A plan examined is weighed, not investigated: only the threat is coded.
  EXPECT_EQ("PRKMIL 1384 KORGOV",
            CodesOf("The North Korean army said it was examining a plan to shell the port of "
                    "Incheon.",
                    "2017-08-09"));
}

TEST(ShippedRulesTest, CoverTakenAndOwnTroopsOrderedOut) {
  // People taking cover from fighting grant no asylum (075).
  EXPECT_EQ("", CodesOf("Syrian families sheltered from the fighting near the Turkish border.",
                        "2016-01-01"));
  // A party's own troops ordered out of a place withdraw (0874); a foreign
  // force ordered out is expelled (166).
  EXPECT_EQ("ISRGOV 0874 PSE",
            CodesOf("Israel's defence minister ordered his troops out of the Jenin camp.",
                    "2016-01-01"));
}

TEST(ShippedRulesTest, ByAfterIntoNamesWhoDidWhatIsInvestigated) {
  // "an inquiry into spying ... by the NSA": the agency spied; the
  // parliament that opened the inquiry investigates it.
  EXPECT_EQ("DEULEG 090 USASPY",
            CodesOf("The German parliament opened an inquiry into spying on Germany by the US "
                    "National Security Agency.",
                    "2014-03-20"));
}

TEST(ShippedRulesTest, AidGivenAtAPartysRequestAnswersItsAppeal) {
  // The requester appealed for the aid (074 -> 0234) to the giver's
  // government, not to its troops.
  EXPECT_EQ("SLBGOV 0234 AUSGOV; AUSMIL 074 SLB",
            CodesOf("Australian-led troops began landing in the Solomon Islands at the invitation "
                    "of Prime Minister Allan Kemakeza.",
                    "2003-07-24"));
  // Troops deployed at a government's request protect it (074, not a show
  // of force against it, 154), and answer its request (0234), as
  // tests/gold/README.md codes them (blind19).
  EXPECT_EQ("MOZGOV 0234 RWAGOV; RWAGOV 074 MOZ",
            CodesOf("Rwanda deployed 1,000 soldiers to Mozambique on Friday at the request of the "
                    "Mozambican government.",
                    "2021-07-10"));
}

TEST(ShippedRulesTest, AidToACountrysPeopleGoesToTheCountry) {
  // Civilians or a people named as the receivers of aid, given or
  // promised, are the country (the bare code), as all aid targets are.
  EXPECT_EQ("GHAGOV 073 MLI",
            CodesOf("Ghana sent food and medicine to Malian civilians on Monday.", "2019-05-12"));
  EXPECT_EQ("GHAGOV 033 MLI",
            CodesOf("Ghana promised on Monday that Ghanaian aid would reach the Malian people.",
                    "2019-05-12"));
}

TEST(ShippedRulesTest, ACreditLineOrPackageSignedWithAPartner) {
  // Signed with a partner, a credit line or a package is an agreement
  // concluded with it; a package signed for a country is aid to it.
  EXPECT_EQ("NPLGOV 057 JPNGOV; JPNGOV 057 NPLGOV",
            CodesOf("Nepal signed a 500 million dollar credit line with Japan on Monday.",
                    "2019-05-12"));
  EXPECT_EQ("USAGOV 070 UKR",
            CodesOf("President Biden signed a 95 billion dollar aid package for Ukraine.",
                    "2024-04-24"));
}

TEST(ShippedRulesTest, AnExtraditionCooperatesWithTheReceivingState) {
  // The state the person is handed to is the target, past an apposition.
  EXPECT_EQ("COLGOV 063 USAGOV",
            CodesOf("Colombia extradited two FARC commanders, wanted for drug trafficking, to the "
                    "United States.",
                    "2019-05-12"));
  EXPECT_EQ("ESPGOV 063 RUSGOV",
            CodesOf("Spain extradited the businessman to Russia on Monday.", "2019-05-12"));
}

TEST(ShippedRulesTest, TroopsCrossingOutOfACountryLeaveIt) {
  EXPECT_EQ("RUSMIL 0874 GEO",
            CodesOf("Russian troops crossed back out of Georgia on Friday.", "2008-08-22"));
  EXPECT_EQ("RUSMIL 190 GEO", CodesOf("Russian troops crossed the border into Georgia.", "2008-08-08"));
}

TEST(ShippedRulesTest, ABillWithdrawnMeetsDemandsAndMeetsNoOne) {
  // "meeting one of the demands" accedes (083), it is no meeting (040); the
  // bill withdrawn drops a policy (0832), no troops (0356). The two are one
  // concession, coded once by its specific code.
  EXPECT_EQ("NPLGOV 0832 NPLOPP",
            CodesOf("The Nepalese government announced the withdrawal of the bill, meeting one of "
                    "the protesters' demands.",
                    "2019-09-04"));
}

TEST(ShippedRulesTest, AidThatArrivesIsDeliveredNotVisiting) {
  EXPECT_EQ("IGOUNO 073 SDN",
            CodesOf("A UN convoy carrying food reached the city on Friday, the first aid to arrive "
                    "in Darfur in months.",
                    "2022-01-06"));
}

TEST(ShippedRulesTest, ForcesAbandoningTheirPostsYieldToTheOtherClausesParty) {
  // Posts abandoned in a clause joined by "as" or "when" to one that names
  // the attacker are ground given up to that attacker (0874).
  EXPECT_EQ("AFGMIL 0874 AFGREB",
            CodesOf("Taliban fighters captured the provincial capital on Friday as Afghan "
                    "soldiers abandoned their checkpoints and fled.",
                    "2021-08-13"));
  EXPECT_EQ("AFGMIL 0874 AFGREB",
            CodesOf("Afghan soldiers abandoned their positions on Friday when Taliban fighters "
                    "attacked the town.",
                    "2021-08-13"));
  // A participle clause names no party of its own; plans abandoned are no
  // ground given up.
  EXPECT_EQ("", CodesOf("The rebels abandoned their positions after losing the hill.",
                        "2021-08-13"));
  EXPECT_EQ("", CodesOf("Germany abandoned its plans on Friday as Polish officials watched.",
                        "2021-08-13"));
}

TEST(ShippedRulesTest, AircraftLandingWithReliefDeliverIt) {
  EXPECT_EQ("JPNMIL 073 PHL",
            CodesOf("Japanese air force planes landed in Manila on Monday with emergency supplies "
                    "for flood victims.",
                    "2023-01-13"));
  EXPECT_EQ("TUR 073 LBN", CodesOf("Two Turkish cargo planes landed in Beirut carrying relief "
                                   "supplies on Wednesday.",
                                   "2023-01-13"));
  // an official landing still visits, and planes landing alone do nothing
  EXPECT_EQ("USAGOV 042 CHN", CodesOf("Blinken landed in Beijing on Sunday.", "2023-01-13"));
  EXPECT_EQ("", CodesOf("Chinese cargo planes landed in Beirut on Wednesday.", "2023-01-13"));
}

TEST(ShippedRulesTest, JointExercisesNamedByTheirKindAreJoint) {
  EXPECT_EQ("CHNMIL 062 PAKMIL; PAKMIL 062 CHNMIL",
            CodesOf("Chinese and Pakistani troops began two weeks of joint counter-terrorism "
                    "exercises in Punjab on Monday.",
                    "2023-01-13"));
}

TEST(ShippedRulesTest, ACriminalCaseIsAnInquiryIntoACrime) {
  // Russia's Investigative Committee prosecutes (JUD); a criminal case it
  // opens investigates a crime (091), not just any matter (090).
  EXPECT_EQ("RUSJUD 091 RUSOPP",
            CodesOf("Russia's Investigative Committee opened a criminal case against the "
                    "opposition politician Ilya Yashin.",
                    "2022-06-01"));
}

TEST(ShippedRulesTest, AForeignPresenceAcceptedOrRefused) {
  // The sender of a force let in is the target of 0861; teams accepted from
  // abroad are the senders' humanitarian aid ([:073]); troops refused to a
  // state refuse it protection (1224).
  EXPECT_EQ("SSDGOV 0861 IGOUNO; SSDGOV 0861 IGOAFRAFU",
            CodesOf("Juba accepted the deployment of a combined United Nations and African Union "
                    "protection force along the border.",
                    "2016-09-05"));
  EXPECT_EQ("ESPGOV 073 MAR; QATGOV 073 MAR",
            CodesOf("Morocco accepted rescue teams from Spain and Qatar after the earthquake.",
                    "2023-09-10"));
  EXPECT_EQ("RUSGOV 1224 KGZGOV",
            CodesOf("Moscow declined to send troops to Kyrgyzstan.", "2010-06-12"));
}

TEST(ShippedRulesTest, GoodsGivenFreeAreAidNotARelease) {
  // "free" before the goods is an adjective: a promise of aid (033x) to the
  // countries, not a promise to free anyone.
  EXPECT_EQ("RUSGOV 0333 KEN; RUSGOV 0333 MWI",
            CodesOf("Vladimir Putin promised free shipments of wheat to Kenya and Malawi.",
                  "2023-07-28"));
}

TEST(ShippedRulesTest, AidAcceptedFromSomeoneIsTheirAid) {
  // The givers named after "from" (each member of the list) provide the aid;
  // the country that accepts it receives it and gives nothing.
  EXPECT_EQ("INDGOV 073 NPL; JPNGOV 073 NPL",
            CodesOf("Nepal accepted relief teams from India and Japan after the earthquake.",
                    "2015-04-28"));
  EXPECT_EQ(
      "CANGOV 033 CUB",
      CodesOf("Cuba accepted an offer of aid from Canada after the hurricane.", "2008-09-10"));
}

}  // namespace
}  // namespace khaldun
