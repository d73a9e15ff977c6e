// Verb and phrase vocabulary of dictionaries/verbs.txt for acts that wire news
// names with everyday verbs: rulings, fines, sentences and custody, firms
// listed as unreliable, strikes that halt a service, credit lines, closed
// borders, ramming, landings, vetoes, envoys and troops brought home,
// diplomats ordered out, weapons handed over, people handed back or pardoned,
// leases, migrants sent back, ramming bombers, missions wound up, regret told
// to a party, air strikes ordered, proposals voted down and consent refused.
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

TEST(ShippedVocabTest, CourtsHoldingPartiesInContemptOrFiningThemFindThemLiable) {
  EXPECT_EQ("MEXJUD 116 MEXGOV",
            CodesOf("A federal judge held the Mexican government in contempt for ignoring his order.",
                    "2021-03-01"));
  EXPECT_EQ("RUSJUD 116 USAGOV",
            CodesOf("A Moscow court fined the American search firm Google over banned content.",
                    "2021-03-01"));
  // A fine set by a government is an administrative sanction.
  EXPECT_EQ("RUSGOV 172 USA",
            CodesOf("Moscow fined the American search firm Google over banned content.",
                    "2021-03-01"));
  // Ordered to refrain from an act: told to stop it.
  EXPECT_EQ("IGOUNO 100 COLGOV",
            CodesOf("The World Court ordered Colombia to refrain from drilling in the disputed waters.",
                    "2021-03-01"));
}

TEST(ShippedVocabTest, CourtsRulingAnActUnlawfulAndLeadersHeldInASafePlace) {
  EXPECT_EQ("KENJUD 116 KENGOV",
            CodesOf("Kenya's Supreme Court ruled that President Uhuru Kenyatta's re-election was illegal.",
                    "2017-09-01"));
  EXPECT_EQ("POLJUD 116 POLGOV",
            CodesOf("A Polish court ruled the government's decision illegal.", "2019-09-24"));
  EXPECT_EQ("", CodesOf("The Moroccan king ruled the country for decades.", "1999-07-23"));
  EXPECT_EQ("SDNMIL 173 SDNGOV",
            CodesOf("Sudan's army removed Omar al-Bashir and was holding him in a safe place, the "
                    "defence minister said.",
                    "2019-04-11"));
}

TEST(ShippedVocabTest, SentencesHandedDownAndFirmsListedAsUnreliable) {
  EXPECT_EQ("IRNJUD 116 FRAEDU",
            CodesOf("An Iranian court handed the French academic a five-year prison sentence on Monday.",
                    "2020-04-04"));
  EXPECT_EQ("CHNGOV 163 USABUS",
            CodesOf("China put three US defence contractors on its list of unreliable entities.",
                    "2020-04-04"));
}

TEST(ShippedVocabTest, AServiceBroughtToAStandstillIsAProtestOrAStrike) {
  EXPECT_EQ("FRALAB 1432 FRAGOV",
            CodesOf("French unions brought the railways to a standstill in a strike against Emmanuel "
                    "Macron's reform.",
                    "2019-12-10"));
  EXPECT_EQ("ESPAGR 140 ESPGOV",
            CodesOf("Hundreds of Spanish farmers brought Madrid's traffic to a standstill with their "
                    "tractors.",
                    "1987-05-10"));
}

TEST(ShippedVocabTest, SwapLinesBordersAndRammedCraft) {
  EXPECT_EQ("USAGOV 071 KORGOV",
            CodesOf("The US Federal Reserve extended a swap line to South Korea's central bank.",
                    "2021-03-01"));
  EXPECT_EQ("DZAGOV 191 MAR",
            CodesOf("Algeria closed its land and air borders with Morocco after a row over the desert.",
                    "2021-03-01"));
  EXPECT_EQ("VNMMIL 171 CHN",
            CodesOf("Vietnamese coast guard cutters rammed two Chinese fishing boats near the islands.",
                    "2021-03-01"));
  EXPECT_EQ("IRQUAF 171 USAGOV",
            CodesOf("Iraqi militiamen rammed the gates of the US embassy with a truck.", "2021-03-01"));
}

TEST(ShippedVocabTest, LandingAtAnAirportDeploysOrVisitsButNotAtABase) {
  EXPECT_EQ("RWAMIL 074 CAF",
            CodesOf("The first Rwandan troops landed at Bangui airport on Friday.", "2021-03-01"));
  EXPECT_EQ("CHNGOV 042 PAK",
            CodesOf("The Chinese foreign minister landed at Islamabad airport on Monday.", "2021-03-01"));
  EXPECT_EQ("",
            CodesOf("Venezuela's exiled opposition leader landed at a military air base near Madrid "
                    "on Sunday.",
                    "2024-09-08"));
}

TEST(ShippedVocabTest, EnvoysAndTroopsBroughtHomeDiplomatsOrderedOutWeaponsHandedOver) {
  EXPECT_EQ("ITAGOV 161 VENGOV",
            CodesOf("Rome was bringing its ambassador home from Caracas, the premier said.",
                    "2023-08-01"));
  EXPECT_EQ("GBRGOV 0874 IRQ",
            CodesOf("Britain brought its last troops home from Iraq on Friday.", "2007-08-01"));
  EXPECT_EQ("CANGOV 161 CHNGOV",
            CodesOf("Ottawa ordered four Chinese diplomats out of the country on Wednesday.",
                    "2023-03-01"));
  EXPECT_EQ("COLREB 0873 IGOUNO",
            CodesOf("The ELN rebels completed the handover of their weapons to the UN monitors on "
                    "Tuesday.",
                    "2017-07-01"));
}

TEST(ShippedVocabTest, ClemencyOrAPardonGrantedFreesThePrisoners) {
  EXPECT_EQ("TURGOV 0841 GRCMIL", CodesOf("Ankara granted the Greek soldiers a pardon.", "2018-08-14"));
}

TEST(ShippedVocabTest, HandedBackAndOrderedDetained) {
  // A person handed back is released (0841); with no country of his own,
  // the party he is handed back to stands for him.
  EXPECT_EQ("UKRGOV 0841 BLR",
            CodesOf("Kyiv handed the captured airman back to Minsk on Friday.", "2019-03-01"));
  EXPECT_EQ("MLIMIL 0831 MLIGOV",
            CodesOf("The generals in Bamako handed power back to Mali's civilian government on Friday.",
                    "2019-03-01"));
  EXPECT_EQ("RUSJUD 173 USAMED",
            CodesOf("A Moscow court ordered the American reporter detained for two months.",
                    "2017-11-02"));
}

TEST(ShippedVocabTest, LeasesDeportationFlightsAndRammingBombers) {
  // A lease named as the terms of a handover; an "of" phrase on the object does
  // not hide it.
  EXPECT_EQ("LKAGOV 061 CHNBUS",
            CodesOf("Sri Lanka handed the island of Iranativu to a Chinese state firm on a long lease.",
                    "2017-12-09"));
  // The migrants sent back are the target, named by their country (REF, as
  // migrants are coded).
  EXPECT_EQ("ITAGOV 174 TUNREF",
            CodesOf("Italy sent the Tunisian migrants back on Sunday.", "2021-09-19"));
  EXPECT_EQ("AFGREB 1831 AFGMIL",
            CodesOf("A Taliban suicide bomber rammed a truck into an Afghan army base.", "2019-02-14"));
}

TEST(ShippedVocabTest, APeaceMissionWoundUpWithdrawsThePeacekeepers) {
  // (The country the peacekeepers leave, bare: see TargetIsAPlace.)
  EXPECT_EQ("IGOUNO 1661 SLE",
            CodesOf("The UN wound down its peacekeeping mission in Sierra Leone on Friday.",
                    "2004-04-30"));
  // "wound up in hospital" ends nothing.
  EXPECT_EQ("", CodesOf("The UN envoy wound up in hospital in Liberia after the crash.", "2004-04-30"));
}

TEST(ShippedVocabTest, RegretToldToThePartyWrongedIsAnApology) {
  EXPECT_EQ("JPNGOV 055 KORGOV",
            CodesOf("Tokyo told Seoul that it was deeply sorry for the collision.", "2001-04-11"));
  EXPECT_EQ("JPNGOV 055 KORGOV",
            CodesOf("Tokyo told Seoul it was sorry for the collision.", "2001-04-11"));
}

TEST(ShippedVocabTest, AirStrikesOrderedAgainstAPartyAreOneAerialAttack) {
  EXPECT_EQ("USAGOV 195 YEMREB",
            CodesOf("Joe Biden ordered drone strikes against Houthi rebels in Yemen.", "2021-02-26"));
}

TEST(ShippedVocabTest, VetoesVotesAndRefusedConsent) {
  // The body a draft is vetoed at is the target, even named as a place.
  EXPECT_EQ("USAGOV 129 IGOUNO",
            CodesOf("Washington vetoed an Arab draft at the UN on Monday.", "2017-04-12"));
  EXPECT_EQ("IGOUNO 120 RUSGOV",
            CodesOf("The Security Council voted down a Russian resolution on the crisis.",
                    "2003-03-01"));
  EXPECT_EQ("HUNGOV 120 UKRGOV",
            CodesOf("Hungary will not say yes to Ukraine's membership bid, Viktor Orban said.",
                    "2022-05-16"));
}

}  // namespace
}  // namespace khaldun
