// Who the source and target are and their sectors: former cabinet members,
// a politician's supporters, insurgents and rebel soldiers, anti-corruption
// investigators, migrants and shoppers, US departments and a US state named
// like a country.
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

TEST(ShippedActors16Test, AFormerCabinetMemberIsAnElite) {
  // tests/gold/README.md: a former minister is ELI, as a former head is.
  EXPECT_EQ("PERCOP 173 PERELI",
            CodesOf("Police in Lima arrested former Peruvian interior minister Daniel Urresti.",
                    "2016-04-12"));
  EXPECT_EQ("KORJUD 173 KORELI",
            CodesOf("A court in Seoul jailed former South Korean defence minister Kim Kwan-jin.",
                    "2016-04-12"));
  EXPECT_EQ("ISRELI 111 TURGOV",
            CodesOf("Former Israeli foreign minister Avigdor Lieberman criticised Turkey.",
                    "2016-04-12"));
  EXPECT_EQ("PHLCOP 173 IDNELI",
            CodesOf("Police in Manila detained a former Indonesian attorney general.",
                    "2016-04-12"));
}

TEST(ShippedActors16Test, AFormerDeputyOrDiplomatIsTheCountry) {
  EXPECT_EQ("ESPGOV 075 VEN",
            CodesOf("Spain granted asylum to a former Venezuelan deputy oil minister.",
                    "2016-04-12"));
  EXPECT_EQ("CANGOV 161 CHN", CodesOf("Canada expelled a former Chinese diplomat.", "2016-04-12"));
}

TEST(ShippedActors16Test, APoliticiansSupportersAreTheOpposition) {
  // Not the office of the politician they follow, in office or not.
  EXPECT_EQ("PAKOPP 145 PAKCOP",
            CodesOf("Supporters of Nawaz Sharif clashed with police in Lahore.", "2016-04-12"));
  EXPECT_EQ("BOLOPP 145 BOLGOV",
            CodesOf("Thousands of Morales supporters stormed the electoral office in La Paz.",
                    "2016-04-12"));
  EXPECT_EQ("TUROPP 182 TURMED",
            CodesOf("Supporters of President Erdogan beat journalists in Istanbul.", "2016-04-12"));
}

TEST(ShippedActors16Test, InsurgentsAndRebelSoldiersAreRebels) {
  EXPECT_EQ("MLIREB 190 MLI", CodesOf("Insurgents ambushed an army convoy in Mali.", "2016-04-12"));
  EXPECT_EQ("NGAMIL 190 NGAREB",
            CodesOf("The army killed 12 insurgents in Borno state.", "2016-04-12"));
  EXPECT_EQ("IRQREB 195 IRQCOP",
            CodesOf("Iraqi insurgents bombed a police station in Mosul.", "2016-04-12"));
  EXPECT_EQ("CAFREB 194 CAF",
            CodesOf("Rebel soldiers shelled the presidential palace in Bangui.", "2016-04-12"));
  EXPECT_EQ("RUSSEP 171 RUS",
            CodesOf("Separatist gunmen seized a hospital in Budyonnovsk, Russia.", "2016-04-12"));
}

TEST(ShippedActors16Test, MigrantsAreRefugeesShoppersCivilians) {
  // Migrants take the nationality the text gives them, coded as refugees.
  EXPECT_EQ("HUNCOP 175 SYRREF",
            CodesOf("Hungarian police fired tear gas at hundreds of Syrian migrants at the Roszke "
                    "crossing.",
                    "2016-04-12"));
  EXPECT_EQ("ITAMIL 073 ERIREF",
            CodesOf("Italian coast guards rescued 300 Eritrean migrants off Lampedusa.",
                    "2016-04-12"));
  EXPECT_EQ("IRQUAF 1831 IRQCVL",
            CodesOf("A suicide bomber killed 20 shoppers in a Baghdad market.", "2016-04-12"));
}

TEST(ShippedActors16Test, AntiCorruptionInvestigatorsWorkForTheProsecution) {
  EXPECT_EQ("UKRJUD 173 UKRGOV",
            CodesOf("Anti-corruption investigators in Kyiv detained a Ukrainian deputy minister.",
                    "2016-04-12"));
  EXPECT_EQ("IDNJUD 173 IDNGOV",
            CodesOf("Indonesian anti-graft investigators arrested the governor of Papua.",
                    "2016-04-12"));
}

TEST(ShippedActors16Test, UsDepartmentsAndStates) {
  EXPECT_EQ("USAGOV 163 CHNBUS",
            CodesOf("The US Commerce Department blacklisted a Chinese chipmaker.", "2016-04-12"));
  // "New Mexico" is a US state, not Mexico.
  EXPECT_EQ("USACOP 173 HNDUAF",
            CodesOf("Police in New Mexico arrested two Honduran smugglers.", "2016-04-12"));
}

}  // namespace
}  // namespace khaldun
