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
      "ARMGOV 057 AZEGOV; AZEGOV 057 ARMGOV; ARMGOV 044 AZEGOV; AZEGOV 044 ARMGOV; "
      "IGOUNO 045 ARMGOV; IGOUNO 045 AZEGOV",
      CodesOf("After seven rounds of talks in Geneva led by the UN's special envoy, "
              "Jan Eliasson, the foreign ministers of Armenia and Azerbaijan signed an accord.",
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

// A truce a third party brokered "between" two sides is one both agreed to
// (0356 each way), whether the broker is named after "brokered by", in an
// adjective or as the verb's subject; not a truce that only frames the
// sentence's events, one broken, or one someone only tries to broker.
TEST(ShippedMediationTest, ATruceBrokeredBetweenTwoSidesIsAgreedByBoth) {
  EXPECT_EQ("EGYGOV 045 ISRGOV; EGYGOV 045 PSEREB; ISRGOV 0356 PSEREB; PSEREB 0356 ISRGOV",
            CodesOf("A truce between Israel and Hamas brokered by Egypt came into force early on "
                    "Friday.",
                    "2021-05-21"));
  EXPECT_EQ("ISRGOV 0356 PSEREB; PSEREB 0356 ISRGOV; EGYGOV 045 ISRGOV; EGYGOV 045 PSEREB",
            CodesOf("An Egyptian-brokered truce between Israel and Islamic Jihad held overnight.",
                    "2022-08-08"));
  EXPECT_EQ("RUSGOV 045 ARMGOV; RUSGOV 045 AZEGOV; ARMGOV 0356 AZEGOV; AZEGOV 0356 ARMGOV",
            CodesOf("Vladimir Putin brokered a truce between Armenia and Azerbaijan that ended six "
                    "weeks of fighting.",
                    "2020-11-10"));
  EXPECT_EQ("", CodesOf("Egypt is trying to broker a truce between Israel and Islamic Jihad.",
                        "2022-08-08"));
  for (const char* framed :
       {"Both sides accused each other of violating a truce brokered by Egypt between Israel and "
        "Hamas.",
        "Hamas freed ten hostages on the second day of a truce brokered by Qatar between Israel "
        "and the group."}) {
    const std::string codes = CodesOf(framed, "2023-11-25");
    EXPECT_EQ(std::string::npos, codes.find("0356")) << framed << ": " << codes;
  }
}

// "a truce that Washington had brokered", "a deal which Egypt and Qatar
// mediated": the subject of a relative clause on the agreement is its
// mediator, not a party the signers act on.
TEST(ShippedMediationTest, TheBrokerOfARelativeClauseMediates) {
  EXPECT_EQ(
      "ISRGOV 0356 PSEREB; PSEREB 0356 ISRGOV; QATGOV 045 ISRGOV; QATGOV 045 PSEREB",
      CodesOf("Israel and Hamas agreed to a four-day pause in fighting, a truce that Qatar had "
              "brokered.",
              "2023-11-22"));
  EXPECT_EQ(
      "ISRGOV 030 PSEREB; PSEREB 030 ISRGOV; EGYGOV 045 ISRGOV; EGYGOV 045 PSEREB; "
      "QATGOV 045 ISRGOV; QATGOV 045 PSEREB",
      CodesOf("Israel and Hamas agreed to a four-day pause, under a deal which Egypt and Qatar "
              "mediated.",
              "2023-11-22"));
  EXPECT_EQ(
      "BHRGOV 057 ISRGOV; ISRGOV 057 BHRGOV; USAGOV 045 BHRGOV; USAGOV 045 ISRGOV",
      CodesOf("Bahrain and Israel signed an accord that Washington brokered.", "2020-09-15"));
  EXPECT_EQ(
      "SRBGOV 057 KSVGOV; KSVGOV 057 SRBGOV; IGOEUREEC 045 SRBGOV; IGOEUREEC 045 KSVGOV",
      CodesOf("Serbia and Kosovo signed a deal that the European Union mediated.", "2020-09-15"));
}

// "the three governments signed": with no list of three, the three states
// named before it in the sentence, each acting with the others.
TEST(ShippedMediationTest, TheThreeGovernmentsAreTheThreeStatesNamed) {
  EXPECT_EQ(
      "GRCGOV 043 CYPGOV; GRCGOV 043 ISRGOV; GRCGOV 057 CYPGOV; GRCGOV 057 ISRGOV; "
      "CYPGOV 057 GRCGOV; CYPGOV 057 ISRGOV; ISRGOV 057 GRCGOV; ISRGOV 057 CYPGOV; "
      "CYPGOV 042 GRCGOV; ISRGOV 042 GRCGOV",
      CodesOf("Greece hosted the prime ministers of Cyprus and Israel in Athens, and the three "
              "governments signed a pipeline deal.",
              "2019-04-02"));
  EXPECT_EQ(
      "EGYGOV 036 SDNGOV; EGYGOV 036 ETHGOV; SDNGOV 036 EGYGOV; SDNGOV 036 ETHGOV; "
      "ETHGOV 036 EGYGOV; ETHGOV 036 SDNGOV",
      CodesOf("Egypt invited Sudan and Ethiopia to Cairo, where the three countries agreed to "
              "resume talks on the dam.",
              "2019-04-02"));
  // Two states named are not three.
  EXPECT_EQ("", CodesOf("France sold jets to India, and the three governments signed a "
                        "memorandum.",
                        "2019-04-02"));
}

// "called off his fighters' march on Khartoum": the source's own people
// own the object; the party named after it is the act's target, and so one
// of the parties the deal's broker mediates between. Not "the bloc's
// sanctions", which names the source again.
TEST(ShippedMediationTest, TheSourcesOwnPeopleOwnTheObjectNotTheTarget) {
  EXPECT_EQ("SDNREB 082 SDNGOV; SAUGOV 045 SDNREB; SAUGOV 045 SDNGOV",
            CodesOf("The Rapid Support Forces' commander, Mohamed Hamdan Dagalo, called off his "
                    "fighters' march on Khartoum after an accord brokered by Saudi Crown Prince "
                    "Mohammed bin Salman.",
                    "2023-06-24"));
  EXPECT_EQ("YEMREB 082 YEMGOV",
            CodesOf("The Houthis called off their fighters' march on Sanaa.", "2015-06-24"));
  const std::string bloc =
      CodesOf("European Union foreign ministers agreed to lift the bloc's sanctions on Belarus.",
              "2015-06-24");
  EXPECT_EQ(std::string::npos, bloc.find("IGOEUREEC 0354")) << bloc;
}

// "crediting a night of American mediation", "after weeks of Saudi
// mediation": the mediator named before the noun, past a span of time.
TEST(ShippedMediationTest, AMediationCreditedOrSpanningTime) {
  EXPECT_EQ("SDNMIL 0356 SAUGOV; SAUGOV 045 SDNMIL",
            CodesOf("Sudan's rival generals agreed to a truce after weeks of Saudi mediation.",
                    "2020-01-01"));
  EXPECT_EQ(
      "ARMGOV 0356 AZEGOV; AZEGOV 0356 ARMGOV; RUSGOV 045 ARMGOV; RUSGOV 045 AZEGOV",
      CodesOf("Armenia and Azerbaijan agreed to a ceasefire, the Kremlin said, crediting a night "
              "of Russian mediation.",
              "2020-10-10"));
}

// "a pause brokered by Oman and Jordan, and the army let detainees go": a
// party after ", and" that opens its own clause is no mediator.
TEST(ShippedMediationTest, AClauseAfterTheBrokersListIsNoBroker) {
  const std::string codes =
      CodesOf("Hamas freed 13 Israeli hostages under a truce brokered by Qatar and Egypt, and "
              "Israel let 39 Palestinian prisoners go free.",
              "2023-11-24");
  EXPECT_NE(std::string::npos, codes.find("QATGOV 045 ISRGOV")) << codes;
  EXPECT_EQ(std::string::npos, codes.find("ISRGOV 045")) << codes;
  EXPECT_EQ(
      "ISRGOV 0356 PSEREB; PSEREB 0356 ISRGOV; QATGOV 045 ISRGOV; QATGOV 045 PSEREB; "
      "EGYGOV 045 ISRGOV; EGYGOV 045 PSEREB; USAGOV 045 ISRGOV; USAGOV 045 PSEREB",
      CodesOf("Israel and Hamas agreed to a truce brokered by Qatar, Egypt and the United States.",
              "2023-11-24"));
}

}  // namespace
}  // namespace khaldun
