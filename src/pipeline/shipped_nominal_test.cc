// Events told as nouns: a forceful act condemned by another party, court
// cases against a party, aircraft downed, customs duties on a party's goods.
//
// Coder rules whose test needs the shipped vocabulary (the event nouns of
// dictionaries/nominals.verbs.txt), coded through the whole pipeline as
// `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedNominalTest, CaseAgainstAPartyIsALawsuit) {
  EXPECT_EQ("BRAGOV 115 ARGGOV",
            CodesOf("Brazil's case against Argentina at the World Trade Organization was "
                    "dismissed on Monday.",
                    "2020-01-01"));
  EXPECT_EQ("GMBGOV 115 MMRGOV",
            CodesOf("The genocide case brought by Gambia against Myanmar opened in The Hague.",
                    "2020-01-01"));
  EXPECT_EQ("UKRGOV 115 RUSGOV",
            CodesOf("Ukraine's legal case against Russia was heard by judges in The Hague.",
                    "2020-01-01"));
  // Other senses of "case" are no event.
  EXPECT_EQ("", CodesOf("In the case of Iran, France said it would wait.", "2020-01-01"));
}

TEST(ShippedNominalTest, DowningOfAnAircraftIsAnAirAttack) {
  EXPECT_EQ(
      "IRNGOV 138 ISRGOV; ISRGOV 195 IRNMIL",
      CodesOf("Tehran vowed revenge after Israel's downing of an Iranian drone.", "2020-01-01"));
  EXPECT_EQ("IRNMIL 195 UKRBUS",
            CodesOf("The downing of the Ukrainian airliner by Iranian forces killed 176 people.",
                    "2020-01-01"));
  // The street is no event.
  EXPECT_EQ("", CodesOf("Officials gathered in Downing Street of London on Monday.", "2020-01-01"));
}

TEST(ShippedNominalTest, DutiesOnAPartysGoodsAreASanction) {
  EXPECT_EQ("CANGOV 163 USA",
            CodesOf("Canada's duties on American lumber angered Washington.", "2020-01-01"));
  EXPECT_EQ("IGOEUREEC 163 CHN",
            CodesOf("The anti-dumping duties imposed by the European Union on Chinese bicycles "
                    "took effect.",
                    "2020-01-01"));
  EXPECT_EQ(
      "MEXGOV 163 USA",
      CodesOf("Mexico's punitive duties on US pork came into force on Friday.", "2020-01-01"));
  // A post's duties are no sanction.
  EXPECT_EQ("", CodesOf("The minister's duties include trade with France.", "2020-01-01"));
}

TEST(ShippedNominalTest, SigningToldAsANounCodesTheAgreement) {
  EXPECT_EQ("GHAGOV 057 NGAGOV",
            CodesOf("Ghana's signing of a trade deal with Nigeria was welcomed by investors.",
                    "2020-01-01"));
  EXPECT_EQ(
      "ETHGOV 057 KENGOV",
      CodesOf("Ethiopia's signing of a security pact with Kenya angered Somalia.", "2020-01-01"));
}

TEST(ShippedNominalTest, ImpositionOfSanctionsByAPartyOnAnother) {
  EXPECT_EQ("IGOEUREEC 163 BLRGOV",
            CodesOf("The imposition of sanctions by the European Union on Belarus hurt its potash "
                    "exports.",
                    "2020-01-01"));
  EXPECT_EQ("CANGOV 163 IRNGOV",
            CodesOf("Canada's imposition of sanctions on Iranian officials took effect on Monday.",
                    "2020-01-01"));
  EXPECT_EQ("USAGOV 163 CUBGOV",
            CodesOf("Washington's reimposition of sanctions on Cuba hit tourism.", "2020-01-01"));
  EXPECT_EQ("JPNGOV 163 KORGOV",
            CodesOf("Japan's imposition of export controls on South Korea escalated the feud.",
                    "2020-01-01"));
}

TEST(ShippedNominalTest, ExpulsionOfDiplomatsCutsTies) {
  // As the verb EXPEL codes them (161); other people expelled stay 174.
  EXPECT_EQ(
      "CZEGOV 161 RUSGOV",
      CodesOf("Prague's expulsion of eighteen Russian diplomats angered Moscow.", "2020-01-01"));
  EXPECT_EQ(
      "TURGOV 161 NLDGOV",
      CodesOf("The expulsion of the Dutch ambassador by Turkey deepened the row.", "2020-01-01"));
  EXPECT_EQ("IDNGOV 161 MYSGOV",
            CodesOf("Analysts said Jakarta's expulsion this week of two Malaysian diplomats was "
                    "unusual.",
                    "2020-01-01"));
  EXPECT_EQ("TURGOV 174 SYRREF",
            CodesOf("Turkey's expulsion of Syrian refugees began on Monday.", "2020-01-01"));
}

TEST(ShippedNominalTest, WhatIsAvengedHappened) {
  EXPECT_EQ("RUSGOV 161 POLGOV; POLGOV 161 RUSGOV",
            CodesOf("Moscow expelled ten Polish diplomats in retaliation for Warsaw's expulsion of "
                    "Russian envoys.",
                    "2020-01-01"));
  EXPECT_EQ("RUSGOV 161 POLGOV; POLGOV 161 RUSGOV",
            CodesOf("Moscow expelled ten Polish diplomats, hitting back at Warsaw's expulsion of "
                    "Russian envoys.",
                    "2020-01-01"));
  EXPECT_EQ("CHNGOV 161 LTUGOV; LTUGOV 161 CHNGOV",
            CodesOf("China expelled Lithuania's ambassador in reprisal for Vilnius's expulsion of "
                    "a Chinese diplomat.",
                    "2020-01-01"));
  // A condemned act is still only the subject of the condemnation.
  EXPECT_EQ("DEUGOV 111 POLGOV",
            CodesOf("Germany condemned Warsaw's expulsion of Russian envoys.", "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
