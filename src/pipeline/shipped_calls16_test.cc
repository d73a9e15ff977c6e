// Verbal and diplomatic acts, coded through the whole pipeline with the
// shipped dictionaries. Each sentence is written for the test.
// - "called X to offer condolences": the call is 041 and its purpose (018,
//   051) an event of its own, as after "telephoned";
// - "shelled Kharkiv, killing two Ukrainian soldiers": the toll after a
//   comma is not the attack's object when a place is named before it;
// - "in Nairobi, where the government ...": a role opening a "where"
//   clause after a place is of that place;
// - "Egypt's ambassador to Qatar was recalled by Cairo": 161 to the post;
// - "was disappointed by Moscow's decision": 111;
// - "sent condolences to Peru": a country named alone as the one condoled is
//   its government; its people and a place struck stay bare.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedCalls16Test, ACallToOfferCondolencesIsTheCallAndTheCondolences) {
  EXPECT_EQ("FRAGOV 041 ITAGOV; ITAGOV 041 FRAGOV; FRAGOV 018 ITAGOV",
            CodesOf("French President Emmanuel Macron called Italian Prime Minister Mario Draghi "
                    "on Tuesday to offer his condolences after the floods.",
                    "2022-09-20"));
  EXPECT_EQ("KENGOV 041 TZAGOV; TZAGOV 041 KENGOV; KENGOV 018 TZAGOV",
            CodesOf("The Kenyan president called his Tanzanian counterpart to express "
                    "condolences over the ferry disaster.",
                    "2018-09-22"));
  EXPECT_EQ("TURGOV 041 GRCGOV; GRCGOV 041 TURGOV; TURGOV 018 GRCGOV",
            CodesOf("The Turkish foreign minister called his Greek counterpart to convey his "
                    "condolences.",
                    "2018-07-25"));
  EXPECT_EQ("DEUGOV 041 USAELI; USAELI 041 DEUGOV; DEUGOV 018 USAELI",
            CodesOf("Angela Merkel called Barack Obama on Wednesday to express her sympathy after "
                    "the shooting.",
                    "2019-06-01"));
  EXPECT_EQ("ESPGOV 041 PRTGOV; PRTGOV 041 ESPGOV; ESPGOV 018 PRTGOV",
            CodesOf("Spain's prime minister called the Portuguese premier to offer condolences "
                    "after the wildfires.",
                    "2017-06-18"));
}

TEST(ShippedCalls16Test, CondolencesToACountryNamedAloneGoToItsGovernment) {
  EXPECT_EQ("KENGOV 018 PERGOV",
            CodesOf("The Kenyan president sent his condolences to Peru after the floods.",
                    "2020-05-01"));
  EXPECT_EQ("ITAGOV 018 CHLGOV; ITAGOV 018 PERGOV",
            CodesOf("Italy's prime minister offered his sympathy to Chile and Peru after the "
                    "earthquake.",
                    "2016-04-18"));
  // Its people are not the state.
  EXPECT_EQ("ITAGOV 018 PER",
            CodesOf("Italy's prime minister offered his condolences to the people of Peru after "
                    "the earthquake.",
                    "2016-04-18"));
}

TEST(ShippedCalls16Test, ACallToCongratulateIsTheCallAndThePraise) {
  EXPECT_EQ("TURGOV 041 RUSGOV; RUSGOV 041 TURGOV; TURGOV 051 RUSGOV",
            CodesOf("Erdogan called Putin to congratulate him on his re-election.", "2018-03-19"));
  EXPECT_EQ("JPNGOV 041 KORGOV; KORGOV 041 JPNGOV; JPNGOV 051 KORGOV",
            CodesOf("Japan's prime minister called the South Korean president to congratulate "
                    "him on his election victory.",
                    "2017-05-11"));
}

TEST(ShippedCalls16Test, OtherCallsAreUnchanged) {
  // A call to discuss is one consultation, not two.
  EXPECT_EQ("CANGOV 041 MEXGOV; MEXGOV 041 CANGOV",
            CodesOf("The Canadian prime minister called the Mexican president on Friday to "
                    "discuss trade.",
                    "2018-06-01"));
  // "telephoned" reads the purpose without a pattern, as before.
  EXPECT_EQ("FRAGOV 041 ITAGOV; ITAGOV 041 FRAGOV; FRAGOV 018 ITAGOV",
            CodesOf("French President Emmanuel Macron telephoned Italian Prime Minister Mario "
                    "Draghi on Tuesday to offer his condolences after the floods.",
                    "2022-09-20"));
  EXPECT_EQ("", CodesOf("The Chilean president called early elections for March.", "2018-06-01"));
}

TEST(ShippedCalls16Test, TheTollAfterThePlaceHitIsNotTheAttacksObject) {
  // A town the gazetteer holds is the target, as it is without the toll.
  EXPECT_EQ("RUSMIL 194 UKR",
            CodesOf("Russian artillery shelled Kharkiv overnight, killing two Ukrainian "
                    "soldiers.",
                    "2022-06-01"));
  EXPECT_EQ("ISRMIL 195 PSE",
            CodesOf("Israeli jets struck Khan Younis on Monday, killing 20 Palestinian "
                    "civilians.",
                    "2014-07-21"));
  EXPECT_EQ("PRKMIL 194 KOR",
            CodesOf("Artillery of the North Korean army shelled Yeonpyeong island on Tuesday, "
                    "killing two South Korean marines.",
                    "2010-11-23"));
  // A town it does not hold lies in the country of the people killed.
  EXPECT_EQ("RUSMIL 194 UKR",
            CodesOf("Russian forces shelled Zolotarivka on Tuesday, killing two Ukrainian "
                    "soldiers.",
                    "2022-06-01"));
  EXPECT_EQ("ETHMIL 194 ERI",
            CodesOf("Ethiopian troops shelled Badme, killing four Eritrean soldiers.",
                    "1999-02-10"));
}

TEST(ShippedCalls16Test, WithNoPlaceNamedTheTollIsWhomTheAttackHit) {
  EXPECT_EQ("NGAREB 190 NGAMIL",
            CodesOf("Insurgents stormed the town, killing 30 Nigerian soldiers.", "2015-01-05"));
  // A name after a common noun is a ship's or a building's, not a place.
  EXPECT_EQ("CHN 171 PHLAGR; CHN 190 PHLAGR",
            CodesOf("A Chinese vessel rammed the trawler Santa Maria, injuring three Philippine "
                    "fishermen.",
                    "2019-06-12"));
}

TEST(ShippedCalls16Test, ARoleOpeningAWhereClauseIsOfThePlace) {
  EXPECT_EQ("KENGOV 161 UGAGOV",
            CodesOf("The decision drew anger in Nairobi, where the government recalled its "
                    "ambassador from Kampala.",
                    "2022-06-01"));
  EXPECT_EQ("BLRCOP 173 BLRMED",
            CodesOf("The airliner was diverted to Minsk, where police arrested an opposition "
                    "blogger.",
                    "2021-05-23"));
  const std::string quito = CodesOf(
      "Thousands rallied in Quito, where troops fired tear gas at the crowd.", "2019-10-08");
  EXPECT_NE(std::string::npos, quito.find("ECUMIL 175 ECUOPP")) << quito;
  // A "where" after a place that names no country gives none.
  EXPECT_EQ("", CodesOf("The plane landed at a military airfield, where police arrested a "
                        "Lithuanian blogger.",
                        "2021-05-23"));
}

TEST(ShippedCalls16Test, AnEnvoyRecalledInThePassiveIsWithdrawnFromHisPost) {
  EXPECT_EQ("EGYGOV 161 QATGOV",
            CodesOf("Egypt's ambassador to Qatar was recalled by Cairo on Monday.", "2017-06-05"));
  EXPECT_EQ("COLGOV 161 VENGOV",
            CodesOf("The Colombian ambassador to Venezuela was recalled by Bogota on Friday.",
                    "2015-08-27"));
  EXPECT_EQ("SWEGOV 161 SAUGOV",
            CodesOf("Sweden's envoy to Riyadh was recalled by Stockholm.", "2015-03-11"));
  EXPECT_EQ("TURGOV 161 AUTGOV",
            CodesOf("The Turkish ambassador in Vienna was recalled by Ankara for consultations.",
                    "2016-08-18"));
}

TEST(ShippedCalls16Test, DismayAtWhatAPartyDidIsCriticism) {
  EXPECT_EQ("USAGOV 111 RUSGOV",
            CodesOf("Washington said it was deeply disappointed by Moscow's decision.",
                    "2013-08-01"));
  EXPECT_EQ("IGOEUREEC 111 BLRGOV",
            CodesOf("The European Union was appalled by Belarus's treatment of protesters.",
                    "2020-08-12"));
  EXPECT_EQ("AUSGOV 111 CHNGOV",
            CodesOf("Canberra said it was disappointed with Beijing's decision.", "2020-05-19"));
  EXPECT_EQ("KENGOV 111 UGAMIL",
            CodesOf("The Kenyan government was outraged by the Ugandan army's incursion.",
                    "2019-03-01"));
  // Disappointment at a result names no party.
  EXPECT_EQ("", CodesOf("The coach was disappointed by the result.", "2019-03-01"));
}

}  // namespace
}  // namespace khaldun
