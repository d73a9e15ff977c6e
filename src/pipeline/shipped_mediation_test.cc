// Mediated talks, deals and ceasefires between several parties, coded through
// the whole pipeline with the shipped dictionaries: who hosts, chairs or leads
// the parties' talks mediates them (045 to each party), and talks held in a
// third country are a meeting there (044 both ways). Each sentence is
// written for the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

// "talks in Addis Ababa chaired by ...": the talks' place may stand between
// the noun and the participle that names the mediator.
TEST(ShippedMediationTest, TalksInAPlaceChairedOrHostedByAThirdParty) {
  EXPECT_EQ(
      "SDNGOV 036 SSDGOV; SSDGOV 036 SDNGOV; SDNGOV 044 SSDGOV; SSDGOV 044 SDNGOV; "
      "ZAFELI 045 SDNGOV; ZAFELI 045 SSDGOV",
      CodesOf("Sudan and South Sudan agreed to resume oil exports at talks in Addis Ababa chaired "
              "by Thabo Mbeki.",
              "2012-09-27"));
  EXPECT_EQ(
      "ETHGOV 057 ERIGOV; ERIGOV 057 ETHGOV; ETHGOV 044 ERIGOV; ERIGOV 044 ETHGOV; "
      "DZAGOV 045 ETHGOV; DZAGOV 045 ERIGOV",
      CodesOf("Ethiopia and Eritrea signed a peace accord after talks in Algiers hosted by "
              "Algeria's president.",
              "2000-06-18"));
}

// A fronted phrase whose mediator is named in apposition ("the EU's foreign
// policy chief, Catherine Ashton,") ends at the comma after the name: the
// mediator is no member of the list of signers after it, and a city the
// dictionaries leave uncoded (Brussels) still places the talks.
TEST(ShippedMediationTest, AMediatorInAppositionIsNoSigner) {
  EXPECT_EQ(
      "SRBGOV 057 KSVGOV; KSVGOV 057 SRBGOV; SRBGOV 044 KSVGOV; KSVGOV 044 SRBGOV; "
      "IGOEUREEC 045 SRBGOV; IGOEUREEC 045 KSVGOV",
      CodesOf("After ten rounds of talks in Brussels led by the EU's foreign policy chief, "
              "Catherine Ashton, the prime ministers of Serbia and Kosovo signed a deal.",
              "2013-04-19"));
  EXPECT_EQ(
      "COLGOV 057 COLREB; COLREB 057 COLGOV; COLGOV 044 COLREB; COLREB 044 COLGOV; "
      "CUBGOV 045 COLGOV; CUBGOV 045 COLREB",
      CodesOf("After four years of talks in Havana hosted by Cuba's foreign minister, Bruno "
              "Rodriguez, Colombia's government and the FARC rebels signed a ceasefire.",
              "2016-06-23"));
  // A comma after a noun that is no office opens a list.
  EXPECT_EQ("POLGOV 114 IGOEUREEC; HUNGOV 114 IGOEUREEC; SVKGOV 114 IGOEUREEC",
            CodesOf("In a joint letter, Poland, Hungary and Slovakia protested to the European "
                    "Commission.",
                    "2020-01-01"));
}

// "UN-led talks", "Russian-chaired talks": the party an adjective of leading,
// hosting or chairing is made of mediates the talks it qualifies.
TEST(ShippedMediationTest, TheLeaderOfTalksNamedInAnAdjectiveMediates) {
  EXPECT_EQ(
      "YEMGOV 0353 YEMREB; YEMREB 0353 YEMGOV; YEMGOV 044 YEMREB; YEMREB 044 YEMGOV; "
      "IGOUNO 045 YEMGOV; IGOUNO 045 YEMREB",
      CodesOf("Yemen's government and the Houthis agreed to a prisoner swap at UN-led talks in "
              "Stockholm.",
              "2018-12-13"));
  EXPECT_EQ(
      "ARMGOV 0353 AZEGOV; AZEGOV 0353 ARMGOV; ARMGOV 044 AZEGOV; AZEGOV 044 ARMGOV; "
      "RUSGOV 045 ARMGOV; RUSGOV 045 AZEGOV",
      CodesOf("Armenia and Azerbaijan agreed to exchange prisoners at Russian-chaired talks in "
              "Minsk.",
              "2020-05-02"));
  EXPECT_EQ("AFGREB 040 USAGOV; USAGOV 040 AFGREB; QATGOV 045 AFGREB; QATGOV 045 USAGOV",
            CodesOf("Qatari-hosted talks between the Taliban and Washington resumed on Saturday.",
                    "2020-05-02"));
  // Not a coalition or a summit that someone leads or hosts.
  EXPECT_EQ("USAMIL 195 IRQ",
            CodesOf("A US-led coalition bombed Iraqi positions near Basra.", "2003-04-01"));
  const std::string summit =
      CodesOf("Egypt agreed to buy jets from France at a Saudi-hosted summit.", "2020-05-02");
  EXPECT_EQ(std::string::npos, summit.find("045")) << summit;
}

}  // namespace
}  // namespace khaldun
