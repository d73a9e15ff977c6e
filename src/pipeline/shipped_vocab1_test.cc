// Cooperative vocabulary through the shipped dictionaries and the coder:
// contested bills and reforms dropped, shelved, scrapped, abandoned or put
// on hold after protests (0832), sanctions ordered, announced or approved to
// be lifted (085), signed trade, energy and investment deals (057), relief
// named by its disaster (073) and relief pledged (0333), captives handed back
// (0841), independent or international inquiries set up (09x), work on a
// section of a pipeline inaugurated (061).
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

TEST(ShippedVocab1Test, ContestedMeasureDroppedYieldsToItsProtesters) {
  // A government that drops, shelves, scraps, abandons or puts on hold a
  // contested bill, reform or decree gives way on a policy (0832) to those
  // who protested against it.
  EXPECT_EQ("CHLEDU 1412 CHLGOV; CHLGOV 0832 CHLEDU",
            CodesOf("Thousands of students marched against the education reform in Santiago. "
                    "A week later the Chilean government shelved the reform.",
                    "2019-06-01"));
  EXPECT_EQ("GEOOPP 141 GEOLEG; GEOGOV 0832 GEOOPP",
            CodesOf("Georgian protesters rallied outside parliament in Tbilisi for two nights, "
                    "and the Georgian government dropped the media bill.",
                    "2019-06-01"));
  // (A strike against a policy is a strike for a policy change, 1432.)
  EXPECT_EQ("FRALAB 1432 FRAGOV; FRAGOV 0832 FRALAB",
            CodesOf("Unions in Paris staged a general strike against the pension overhaul, and "
                    "the French government put the overhaul on hold.",
                    "2019-06-01"));
  EXPECT_EQ("ECUOPP 144 ECUGOV; ECUGOV 0832 ECUOPP",
            CodesOf("Ecuadorian protesters blocked roads for a week, and the government "
                    "scrapped the fuel decree.",
                    "2019-06-01"));
  EXPECT_EQ("KENGOV 0832 KENOPP; KENOPP 145 KENLEG",
            CodesOf("The Kenyan government abandoned the finance bill after young protesters "
                    "stormed parliament in Nairobi.",
                    "2019-06-01"));
  // With no protest, there is no one the government yields to.
  EXPECT_EQ("", CodesOf("Germany dropped the bill.", "2019-06-01"));
  // Plans dropped are not a contested measure.
  EXPECT_EQ("", CodesOf("The Serbian government dropped plans for a lithium mine.", "2019-06-01"));
}

TEST(ShippedVocab1Test, SanctionsOrderedOrAnnouncedLiftedAreEased) {
  // The lifting, easing or removal of sanctions that a party orders,
  // announces or approves eases them (085); imposing them is 163.
  EXPECT_EQ("USAGOV 085 BLRGOV",
            CodesOf("The White House ordered the removal of sanctions against Belarus.",
                    "2019-06-01"));
  EXPECT_EQ("IGOEUREEC 085 SYRGOV",
            CodesOf("The European Union announced the lifting of sanctions on Syria.",
                    "2019-06-01"));
  EXPECT_EQ("IGOUNO 085 ERIGOV",
            CodesOf("The Security Council approved the easing of sanctions on Eritrea.",
                    "2019-06-01"));
  // An order still to come is an intent (0354).
  EXPECT_EQ("USAGOV 0354 CUBGOV",
            CodesOf("Joe Biden told reporters he would soon order the lifting of sanctions on Cuba.",
                    "2021-06-01"));
  EXPECT_EQ("IGOEUREEC 163 IRNGOV",
            CodesOf("The European Union announced new sanctions on Iran.", "2019-06-01"));
}

TEST(ShippedVocab1Test, SignedTradeAndEnergyDealsAreFormalAgreements) {
  // A signed deal is a formal agreement (057 both ways) whatever it
  // exchanges; the exchange itself is economic cooperation (061).
  EXPECT_EQ("VNMGOV 057 KORGOV; KORGOV 057 VNMGOV",
            CodesOf("Vietnam and South Korea signed trade deals worth five billion dollars in "
                    "Hanoi.",
                    "2019-06-01"));
  EXPECT_EQ("QATGOV 057 BGDGOV; BGDGOV 057 QATGOV",
            CodesOf("Qatar signed a 20-year gas supply contract with Bangladesh.", "2019-06-01"));
  EXPECT_EQ("EGYGOV 057 AREGOV; AREGOV 057 EGYGOV",
            CodesOf("Egypt signed investment agreements worth 35 billion dollars with the United "
                    "Arab Emirates.",
                    "2019-06-01"));
  EXPECT_EQ("RUSGOV 061 CHNGOV",
            CodesOf("Russia began pumping gas to China through the new pipeline.", "2019-06-01"));
}

TEST(ShippedVocab1Test, ReliefNamedByItsDisasterIsHumanitarianAid) {
  // "flood relief", "earthquake aid": humanitarian aid (073), whether a
  // verb or the noun itself carries it; relief pledged is promised (0333).
  EXPECT_EQ("JPNGOV 073 NPL",
            CodesOf("Japan announced 10 million dollars in earthquake aid for Nepal.",
                    "2019-06-01"));
  EXPECT_EQ("AUSGOV 073 FJI",
            CodesOf("Australia increased its cyclone relief for Fiji to 20 million dollars.",
                    "2019-06-01"));
  EXPECT_EQ("CANGOV 073 HTI", CodesOf("Canada sent hurricane relief to Haiti.", "2019-06-01"));
  EXPECT_EQ("USAGOV 0333 BGD; USAGOV 0333 MMR",
            CodesOf("Washington raised its pledge of flood relief for Bangladesh and Myanmar.",
                    "2019-06-01"));
}

TEST(ShippedVocab1Test, PersonHandedBackIsReleased) {
  // A named person or force handed back is released (0841), to that
  // person, as "freed" codes it; property handed back is returned (0842).
  EXPECT_EQ("SYRGOV 0841 TURMIL",
            CodesOf("Syria handed the captured Turkish pilot back to Turkey.", "2019-06-01"));
  EXPECT_EQ("YEMREB 0841 SAUMIL",
            CodesOf("The Houthis handed the Saudi soldiers back to Riyadh.", "2019-06-01"));
  EXPECT_EQ("RUSGOV 0842 UKR",
            CodesOf("Russia handed the seized Ukrainian ships back to Kyiv.", "2019-06-01"));
}

TEST(ShippedVocab1Test, IndependentOrInternationalInquirySetUpInvestigates) {
  // An inquiry, fact-finding mission or commission of inquiry set up or
  // established with "independent" or "international" before it
  // investigates (09x by what it looks into), as a bare one does.
  EXPECT_EQ("IGOUNO 092 LKA",
            CodesOf("The UN General Assembly voted to set up an independent inquiry into "
                    "abuses in Sri Lanka.",
                    "2019-06-01"));
  EXPECT_EQ("IGOAFRAFU 091 BDI",
            CodesOf("The African Union established an international commission of inquiry into "
                    "the killings in Burundi.",
                    "2019-06-01"));
  EXPECT_EQ("IGOEUREEC 090 HUNGOV",
            CodesOf("The European Commission launched an independent probe into Hungary's use of "
                    "EU funds.",
                    "2019-06-01"));
}

TEST(ShippedVocab1Test, WorkOnAPipelineSectionInauguratedIsEconomicCooperation) {
  // Partners that inaugurate a section of a pipeline, or work on one,
  // open it together (061 both ways), as an inaugurated pipeline is.
  EXPECT_EQ("IRNGOV 061 PAKGOV; PAKGOV 061 IRNGOV",
            CodesOf("The presidents of Iran and Pakistan inaugurated work on the Pakistani section "
                    "of the gas pipeline.",
                    "2013-03-11"));
  EXPECT_EQ("TKMGOV 061 AFGGOV; AFGGOV 061 TKMGOV",
            CodesOf("Turkmenistan and Afghanistan inaugurated the Afghan section of the gas "
                    "pipeline.",
                    "2013-03-11"));
}

}  // namespace
}  // namespace khaldun
