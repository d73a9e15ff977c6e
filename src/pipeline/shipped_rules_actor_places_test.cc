// The country of a role or of the people an act hits, taken from places and from the
// parties of the sentence.
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

TEST(ShippedRulesTest, AKidnappingOfPeopleNamedByARole) {
  // A count after the participle makes it a finite verb, not one describing
  // "motorcycles" before it; the pupils, named only by their role, are of
  // the place where it happens.
  EXPECT_EQ("NGAUAF 181 NGAEDU",
            CodesOf("Gunmen on motorcycles abducted more than 80 pupils from a school in the town "
                  "of Kankara in northern Nigeria on Friday night.",
                  "2020-12-11"));
  // Schoolgirls taken from "a government secondary school": the adjective
  // "government" names no party.
  EXPECT_EQ("NGAREB 181 NGAEDU",
            CodesOf("Dozens of schoolgirls were abducted by Boko Haram fighters from a government "
                    "secondary school in Dapchi, a town in the northeast.",
                  "2018-02-19"));
}

TEST(ShippedRulesTest, AnEthnicGroupsArmedSideIsOfTheRegionItLivesIn) {
  // Transnistria is a region of the gazetteer, no actor: the ethnic Russian
  // separatists living there are Moldova's, and stay separatists.
  EXPECT_EQ("MDAMIL 190 MDASEP",
            CodesOf("Moldovan troops fought ethnic Russian separatist fighters in Transnistria "
                    "on Friday.",
                    "1992-06-19"));
  // With a country named, the same: Macedonia's rebels, not its civilians.
  EXPECT_EQ("MKDMIL 190 MKDREB",
            CodesOf("Macedonian troops fought ethnic Albanian rebels in Macedonia on Friday.",
                    "2001-05-04"));
}

TEST(ShippedRulesTest, ARoleWithNoCountryActsWhereTheSentencesEarlierEventHappened) {
  // The police are Kenya's: the protest before them was among Kenyans in
  // Nairobi.
  EXPECT_EQ("KENOPP 145 KENLEG; KENCOP 175 KENOPP",
            CodesOf("Protesters stormed Kenya's parliament in Nairobi, and police opened fire on "
                    "the crowds on Tuesday.",
                    "2024-06-25"));
}

TEST(ShippedRulesTest, ABackerNamedBeforeARoleIsNotItsCountry) {
  // "X-backed" names who backs the role; the role takes its country from
  // its place, and forces a foreign state backs are a militia (UAF).
  EXPECT_EQ("UKRREB 194 UKRMIL",
            CodesOf("Russian-backed rebels in eastern Ukraine shelled Ukrainian army positions.",
                    "2014-08-01"));
  EXPECT_EQ("SYRUAF 194 ISRMIL",
            CodesOf("Iranian-backed forces in Syria fired rockets at Israeli troops on the Golan "
                    "Heights.",
                    "2019-06-01"));
  // With no place, a foreign party it fights gives it no country.
  EXPECT_EQ("", CodesOf("Iran-backed militias attacked US troops.", "2019-06-01"));
  // "Russian" in the list is Russia's forces; the sponsored ones are not.
  EXPECT_EQ("RUSMIL 192 SYR; SYRUAF 192 SYR",
            CodesOf("Russian and Iranian-backed forces captured the town of Abu Kamal.",
                    "2018-01-01"));
}

TEST(ShippedRulesTest, WhereTalksAreHeldIsNotWhoseTheirPartiesAre) {
  // The place after a role met or agreed "with" is where they sign; the
  // role is of the party that deals with it.
  EXPECT_EQ("SDNGOV 057 SDNREB; SDNREB 057 SDNGOV",
            CodesOf("Sudan's government signed a peace deal with rebel groups in Juba on Monday.",
                    "2020-08-31"));
  EXPECT_EQ("COLGOV 057 COLREB; COLREB 057 COLGOV",
            CodesOf("Colombia's government signed a ceasefire agreement with the rebels in Havana.",
                    "2016-06-23"));
  // Fighting is no meeting: the place still gives the role its country.
  EXPECT_EQ("RUSMIL 190 UKROPP",
            CodesOf("Russian troops clashed with protesters in Kyiv.", "2020-08-31"));
}

TEST(ShippedRulesTest, PeopleKilledAreOfThePlaceOfTheSentenceBefore) {
  // No place in the killing's clause: the villagers are of the place where
  // the sentence before's seizure happened, in the killers' own country.
  EXPECT_EQ("NGAREB 192 NGA; NGAREB 202 NGACVL",
            CodesOf("Boko Haram fighters seized the town of Gwoza in northeastern Nigeria on "
                    "Sunday. They massacred dozens of villagers.",
                    "2014-08-24"));
  // Not when that place is in another country than the killers'.
  EXPECT_EQ("SOMREB 192 KEN",
            CodesOf("Al-Shabaab fighters seized the town of Mandera in northern Kenya on Sunday. "
                    "They killed dozens of villagers.",
                    "2014-08-24"));
}

TEST(ShippedRulesTest, APluralSettlementWordBeforeSeveralPlaceNames) {
  // "the towns of Bama and Gwoza" names the places as "the town of Bama"
  // does: the farmers are Nigerian, and the event happens in Bama.
  EXPECT_EQ("NGAUAF 180 NGAAGR",
            CodesOf("Militiamen killed 25 farmers in the towns of Bama and Gwoza.", "2021-05-24"));
}

TEST(ShippedRulesTest, PoliceFacingAFormerLeaderAreHisStates) {
  // Police with no country take the country of a former leader they act on.
  EXPECT_EQ("PERCOP 090 PERELI",
            CodesOf("Police questioned former Peruvian president Alan Garcia on Wednesday.",
                    "2019-04-17"));
}

TEST(ShippedRulesTest, ViolenceWithNoPlaceHitsTheOneCountryTheSentenceNames) {
  // No place is named: an armed party of the only country the sentence names
  // kills that country's people; a role joined to it by "and" fights on its
  // side; 200 people killed are a mass killing.
  EXPECT_EQ("MLIMIL 202 MLI",
            CodesOf("Malian troops and foreign fighters executed at least 200 people over five "
                    "days.",
                    "2022-04-05"));
  // Another country named: whose people were hit is unknown.
  EXPECT_EQ("", CodesOf("Malian troops killed 200 civilians over five days, France said.",
                        "2022-04-05"));
  // Floods are no armed party.
  EXPECT_EQ("", CodesOf("Floods that hit northern Mali killed 200 people over five days.",
                        "2022-04-05"));
}

TEST(ShippedRulesTest, HostagesNamedByARoleAreOfThePlace) {
  EXPECT_EQ("MLIREB 181 MLICVL",
            CodesOf("Rebels in Mali took dozens of villagers hostage on Monday.", "2022-04-05"));
}

TEST(ShippedRulesTest, WhoReportsViolenceIsNoPartyToIt) {
  // The country after "according to" reports the killing; the sentence
  // still names one country as a party.
  EXPECT_EQ("SYRMIL 202 SYR",
            CodesOf("Syrian troops killed more than 300 people over three days, according to a US "
                    "intelligence report.",
                    "2022-04-03"));
}

TEST(ShippedRulesTest, PeopleTorturedAreOfThePlace) {
  EXPECT_EQ("RUSMIL 1822 UKRCVL",
            CodesOf("Russian soldiers tortured civilians in villages around Kyiv.", "2022-04-03"));
}

TEST(ShippedRulesTest, ACourtWithNoCountryIsOfTheDomesticPartyItActsOn) {
  // Prosecutors named with no country, acting on a state's former leader
  // or sitting official, are that state's.
  EXPECT_EQ("PERJUD 173 PERELI",
            CodesOf("Prosecutors charged former president Ollanta Humala with money laundering "
                    "on Tuesday.",
                    "2017-07-13"));
  EXPECT_EQ("PERJUD 091 PERGOV",
            CodesOf("Anti-graft prosecutors raided the offices of President Dina Boluarte.",
                    "2024-03-30"));
  // Prosecutors that another act is about are no party; a court word
  // modifying a noun names none.
  EXPECT_EQ("IGOICC 094 SDNMIL",
            CodesOf("Judges at the International Criminal Court allowed prosecutors to "
                    "investigate war crimes committed by Sudan's army.",
                    "2019-11-14"));
  EXPECT_EQ("PAKGOV 128 PAKELI",
            CodesOf("Pakistan's government ignored a court order on former prime minister Imran "
                    "Khan.",
                    "2023-08-05"));
  // A judge striking down a government's measure rules against it (12), no
  // attack.
  EXPECT_EQ("PAKJUD 120 PAKGOV",
            CodesOf("A judge struck down the Pakistani government's ban on the party.",
                    "2019-04-10"));
}

TEST(ShippedRulesTest, PeopleAbductedByTheNumberAreOfThePlaceHit) {
  // "dozens of villagers", with no country of their own, are Kenya's.
  EXPECT_EQ("SOMREB 192 KEN; SOMREB 181 KEN",
            CodesOf("Al-Shabaab fighters overran a town in Kenya, abducting dozens of villagers.",
                    "2015-01-05"));
}

TEST(ShippedRulesTest, PeopleHitNamedByARoleBeforeTheirCountry) {
  // The country comes after the role ("near Mali's border"): the villagers
  // are that country's civilians; people and hostages stay the country.
  EXPECT_EQ("MLIUAF 202 MLICVL",
            CodesOf("Gunmen killed 12 villagers overnight near Mali's border with Niger.",
                  "2019-03-23"));
  EXPECT_EQ("MLIUAF 180 MLI",  // gunmen killing people: violence on the unarmed
            CodesOf("Gunmen killed 12 people overnight near Mali's border with Niger.",
                  "2019-03-23"));
  // The owner named after the civilians is not whom the killing hits.
  EXPECT_EQ("SDNREB 180 SDNCVL",
            CodesOf("Rapid Support Forces fighters killed dozens of civilians after storming the "
                  "Sudanese army's main base in the region.",
                  "2024-05-01"));
}

TEST(ShippedRulesTest, AnEthnicGroupsProtestersKeepTheirSector) {
  // Settled as the people of the country they live in, protesters stay OPP.
  EXPECT_EQ("SRBOPP 145 SRBCOP",
            CodesOf("Ethnic Albanian protesters in southern Serbia clashed with Serbian police on "
                  "Monday.",
                  "2001-03-01"));
}

}  // namespace
}  // namespace khaldun
