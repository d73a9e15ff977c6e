// Roles named without a country ("police", "students", "soldiers") that take
// one from a city named with them or from the state the sentence is about;
// office-holders named without their title; and private persons named after
// a demonym.
//
// Coder rules whose test needs the shipped vocabulary (the roles, places and
// verb patterns of dictionaries/ and the gazetteer of data/geo), coded
// through the whole pipeline as `khaldun code` codes them. Each sentence is
// written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedRolePlacesTest, ACityBeforeARoleIsTheRolesPlace) {
  // Karachi, Mumbai and Lahore are cities of the gazetteer, not actors.
  EXPECT_EQ("PAKCOP 173 PAKMED",
            CodesOf("Karachi police arrested two journalists on Monday.", "2020-01-01"));
  EXPECT_EQ("INDCOP 173 INDEDU",
            CodesOf("Mumbai police arrested three students after the protest.", "2020-01-01"));
  EXPECT_EQ("PAKEDU 141 PAKGOV",
            CodesOf("Lahore students protested against the government.", "2020-01-01"));
  // With no city, the police and the journalists have no country.
  EXPECT_EQ("", CodesOf("Police arrested two journalists on Monday.", "2020-01-01"));
}

TEST(ShippedRolePlacesTest, ForcesFacingACrowdAreOfTheSentencesState) {
  // The city is named in the crowd's own clause, after the act.
  EXPECT_EQ("PAKCOP 175 PAKAGR; PAKAGR 144 PAKGOV",
            CodesOf("Police fired rubber bullets at farmers who were blocking a highway near "
                    "Lahore.",
                    "2020-01-01"));
  // A demonym names the state.
  EXPECT_EQ("BOLMIL 175 BOLOPP",
            CodesOf("Soldiers opened fire on demonstrators in several Bolivian towns on Sunday.",
                    "2020-01-01"));
  // Two armed parties are not taken for countrymen: no event.
  EXPECT_EQ("",
            CodesOf("Gunmen ambushed a police patrol near the border on Sunday.", "2020-01-01"));
}

TEST(ShippedRolePlacesTest, TradeAndPoliceChiefsAreCodedByTheirOffice) {
  // US trade representatives and FBI directors, named without their title
  // (data/leaders/extra-ministers.tsv).
  EXPECT_EQ("USAGOV 111 CHNGOV",
            CodesOf("Katherine Tai criticised Beijing over its trade practices.", "2022-05-01"));
  EXPECT_EQ("USACOP 1123 IRNGOV",
            CodesOf("Kash Patel accused Iran of plotting attacks.", "2025-04-01"));
  // Before her term she held no office in these data: the bare country.
  EXPECT_EQ("USA 111 CHNGOV",
            CodesOf("Katherine Tai criticised Beijing over its trade practices.", "2019-05-01"));
}

TEST(ShippedRolePlacesTest, APersonNamedAfterADemonymIsThePeopleNotTheState) {
  // Private persons the dictionaries do not know: the bare country.
  EXPECT_EQ("IRNGOV 173 GBR",
            CodesOf("Iranian authorities arrested the Briton Ann Carter on spying charges.",
                    "2019-12-15"));
  EXPECT_EQ(
      "RUSCOP 173 CAN",
      CodesOf("Russian police detained the Canadians Paul Grant and Mark Dunn.", "2019-12-15"));
  // The country itself, addressed, is still its government.
  EXPECT_EQ("RUSGOV 111 DEUGOV", CodesOf("Russia condemned Germany.", "2019-12-15"));
}

}  // namespace
}  // namespace khaldun
