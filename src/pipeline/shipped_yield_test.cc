// Inquiries into abuses (CAMEO 092, 094) and people freed by their captors
// (0841): who is investigated, and how the people freed are coded.
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

TEST(ShippedYieldTest, InquiryIntoAbusesTargetsWhoCommittedThem) {
  // Not the victims (KENOPP) named first after the verb: the police who
  // killed them.
  EXPECT_EQ("KENGOV 092 KENCOP",
            CodesOf("Kenya's president ordered an inquiry into the killing of six protesters "
                    "by police in Nairobi.",
                    "2020-01-01"));
  // An inquiry noun inside the verb phrase ("set up a commission").
  EXPECT_EQ("PERLEG 092 PERMIL",
            CodesOf("Peru's Congress set up a commission into the deaths of farmers shot by "
                    "soldiers during the strike.",
                    "2020-01-01"));
  // The owner of the abuse ("the Sudanese army's crackdown").
  EXPECT_EQ("IGOUNO 092 SDNMIL; SDNMIL 175 SDNEDU",
            CodesOf("The UN human rights chief ordered a probe into the Sudanese army's crackdown "
                    "on students.",
                    "2020-01-01"));
  // War crimes are 094.
  EXPECT_EQ("NLDJUD 094 SRBMIL",
            CodesOf("Dutch prosecutors opened an investigation into war crimes committed by "
                    "Serbian forces in Kosovo.",
                    "2020-01-01"));
}

TEST(ShippedYieldTest, AnnouncedInquiryIsTheAnnouncers) {
  // The event noun takes the subject of "announced" as its source, and a
  // country named as the doer of the abuses is its state.
  EXPECT_EQ("IGOICC 092 LBYGOV",
            CodesOf("The ICC announced an investigation into torture and executions carried out "
                    "by Libyan state agents.",
                    "2020-01-01"));
}

TEST(ShippedYieldTest, InquiryIntoOtherMattersKeepsItsTarget) {
  // No abuse: the company that built the bridge stays the target of a plain
  // inquiry (090), not of one into human rights abuses.
  EXPECT_EQ("NGAGOV 090 CHNBUS",
            CodesOf("The Nigerian government ordered an investigation into the collapse of a "
                    "bridge built by a Chinese company.",
                    "2020-01-01"));
}

TEST(ShippedYieldTest, InquiryPhraseEndsAtAReportingClause) {
  // "by the authorities" lies past "the speaker said": the climbdown's
  // agent, not the massacre's.
  EXPECT_EQ("", CodesOf("Russia will open an inquiry into the school massacre, the speaker said, "
                        "in a climbdown by the authorities.",
                        "2020-01-01"));
}

TEST(ShippedYieldTest, InquiryPhraseEndsAtTheSentencesOwnVerb) {
  // China blocked the inquiry; it is not the doer of the war crimes.
  const std::string codes =
      CodesOf("Efforts to let the ICC investigate Burmese war crimes have been blocked by China.",
              "2020-01-01");
  EXPECT_EQ(std::string::npos, codes.find("094 CHN")) << codes;
}

TEST(ShippedYieldTest, BrusselsBesideAStateIsTheUnion) {
  EXPECT_EQ("USAGOV 085 IRNGOV; IGOEUREEC 085 IRNGOV",
            CodesOf("Washington and Brussels eased sanctions on Tehran on Monday.", "2020-01-01"));
  EXPECT_EQ("IGOEUREEC 163 RUSGOV; GBRGOV 163 RUSGOV",
            CodesOf("Brussels and London imposed new sanctions on Moscow.", "2020-01-01"));
  // A venue is no party.
  EXPECT_EQ("", CodesOf("Leaders met in Brussels and Paris on Monday.", "2020-01-01"));
}

TEST(ShippedYieldTest, ArmsForUseInAWarElsewhereAreMilitaryCooperation) {
  EXPECT_EQ("BLRGOV 062 RUSGOV",
            CodesOf("Belarus sent artillery shells to Russia for use in the war.", "2020-01-01"));
  // Arms given to the country at war stay military aid to it.
  EXPECT_EQ("DEUGOV 072 UKR", CodesOf("Germany delivered Leopard tanks to Ukraine.", "2020-01-01"));
}

TEST(ShippedYieldTest, ReliefDroppedFromTheAirIsHumanitarianAid) {
  EXPECT_EQ("GBR 073 SDN",
            CodesOf("British cargo planes dropped aid into Sudan's Darfur region.", "2020-01-01"));
  EXPECT_EQ("SYRMIL 195 SYR",
            CodesOf("Syrian helicopters dropped barrel bombs on Aleppo.", "2020-01-01"));
}

TEST(ShippedYieldTest, PremisesRaidedByInvestigatorsAreSearched) {
  // A criminal search (091) of the premises' owner, not an armed attack (190).
  EXPECT_EQ("GRCGOV 091 DEUBUS",
            CodesOf("Greek investigators raided the offices of Siemens in Athens.", "2020-01-01"));
}

TEST(ShippedYieldTest, LendingNamedByItsInstrumentIsEconomicAid) {
  EXPECT_EQ(
      "IGOUNODEVWBK 071 KEN",
      CodesOf("The World Bank approved a 500 million dollar credit for Kenya.", "2020-01-01"));
  EXPECT_EQ("IGOBUSIMF 071 EGY",
            CodesOf("The IMF approved a standby arrangement for Egypt on Friday.", "2020-01-01"));
  // Credit given for an act is praise, no loan.
  EXPECT_EQ("", CodesOf("The army gave credit to Egypt for the ceasefire.", "2020-01-01"));
}

TEST(ShippedYieldTest, ReliefSentInVehiclesIsHumanitarianAid) {
  // The vehicle and its word of carrying are passed over: what is sent is
  // the load.
  EXPECT_EQ("PAKGOV 073 AFG",
            CodesOf("Pakistan sent a convoy of trucks carrying wheat and rice to Afghanistan.",
                    "2020-01-01"));
  EXPECT_EQ("TURGOV 073 SYR",
            CodesOf("Turkey dispatched military cargo planes loaded with medical supplies to "
                    "Syria.",
                    "2020-01-01"));
  EXPECT_EQ("CANGOV 073 NPL",
            CodesOf("Canada flew rescue workers and three planeloads of blankets and tents to "
                    "Nepal.",
                    "2020-01-01"));
  EXPECT_EQ(
      "SAUGOV 073 YEM",
      CodesOf("Riyadh sent a convoy of lorries packed with medicine to Yemen.", "2020-01-01"));
  // Troops carried are still troops sent; a plane turned back is refused,
  // not the people on board expelled; the government that sent it is refused.
  EXPECT_EQ("RUSGOV 154 SYR",
            CodesOf("Moscow sent planes carrying troops to Syria.", "2020-01-01"));
  EXPECT_EQ("VENGOV 120 USAGOV",
            CodesOf("Venezuela turned back a US military plane carrying deported migrants.",
                    "2020-01-01"));
}

TEST(ShippedYieldTest, BothHalvesOfASwapJoinedByAndHaveTheirOwnSource) {
  // "two Britons and Britain" is no list: Britain is the subject of its own
  // verb, a state that acts (GBRGOV), not the first half's object.
  EXPECT_EQ("IRNGOV 0841 GBR; GBRGOV 0841 IRNGOV",
            CodesOf("Tehran freed two Britons and Britain released an Iranian diplomat on Friday.",
                    "2020-01-01"));
  EXPECT_EQ("KENCOP 173 SOM; SOMGOV 161 KENGOV",
            CodesOf("Kenyan police arrested three Somalis and Somalia expelled a Kenyan envoy.",
                    "2020-01-01"));
  // A role after "and" still takes its country from the list.
  EXPECT_EQ("MLIREB 0841 MLIMIL; MLIMIL 0841 MLIREB",
            CodesOf("The rebels released four Malian soldiers and the army freed six rebel "
                    "fighters.",
                    "2020-01-01"));
  // A pair that is the object of one verb stays a pair.
  EXPECT_EQ("USAGOV 1123 RUSGOV; USAGOV 1123 CHNGOV",
            CodesOf("Washington accused Russia and China of arming the rebels.", "2020-01-01"));
}

TEST(ShippedYieldTest, APublisherOfLeaksNamedAsSuchIsMedia) {
  EXPECT_EQ("ECUGOV 075 AUSMED",
            CodesOf("Quito gave asylum to WikiLeaks founder Julian Assange.", "2012-08-16"));
  // Named with no role noun he is still the publisher (groups.actors.txt).
  EXPECT_EQ("ECUGOV 075 AUSMED", CodesOf("Quito gave asylum to Julian Assange.", "2012-08-16"));
}

TEST(ShippedYieldTest, AidLetInReachesThePlace) {
  // The place the aid enters is the target of the allowance (0863), as of
  // the aid itself.
  EXPECT_EQ("ISRGOV 0863 PSE; ISRGOV 073 PSE",
            CodesOf("Israel let aid trucks enter Gaza for the first time in weeks.", "2020-01-01"));
  // A state letting relief reach its own region lets it reach its people.
  EXPECT_EQ("MMRMIL 0863 MMR",
            CodesOf("The junta allowed aid convoys into Rakhine state.", "2020-01-01"));
}

TEST(ShippedYieldTest, WomenAndChildrenFreedAreTheirCountry) {
  EXPECT_EQ("NPLREB 0841 NPL",
            CodesOf("Rebels freed four Nepali women and two children on Sunday.", "2020-01-01"));
  EXPECT_EQ("SOMCRM 0841 FRA",
            CodesOf("Somali pirates released three French teenagers near the port.", "2020-01-01"));
  // Prisoners a state releases keep CVL; women killed stay civilians.
  EXPECT_EQ("ISRGOV 0841 PSECVL",
            CodesOf("Israel released 30 Palestinian prisoners on Tuesday.", "2020-01-01"));
  EXPECT_EQ("AFGUAF 180 AFGCVL",  // armed men on unarmed people: 180 (coder_casualties)
            CodesOf("Gunmen killed three Afghan women in Kabul.", "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
