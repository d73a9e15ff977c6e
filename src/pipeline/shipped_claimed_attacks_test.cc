// Claimed attacks and weapons with the shipped dictionaries: a party that
// claims an attack ("the rebels later claimed the attack", "admitted
// carrying out the bombing") did it when the sentence names no other doer,
// and acknowledges responsibility for it (015) towards its target
// (coder/claims.h, coder_admissions.cc); a state's missiles or F-16s are
// its armed forces; missiles named with no country are no party, and
// weapons after "with" or "using" are the instrument, not a party; a
// participle is no gerund of an "of" several words before it; the toll a
// participle reports (", killing six soldiers") is not a second act; an
// armed group's violence on unarmed people is unconventional (180); the
// Taliban are insurgents (AFGREB) until the fall of Kabul in August 2021; a
// pattern's place word ("near +") binds no party past a comma; a state's
// forces shooting its own protesters repress them (175); a brawl between
// forces is a clash, fought by both sides; a video released "showing" an
// act is that act, not a statement (010).
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

TEST(ShippedClaimedAttacksTest, AClaimerIsTheDoerOfAnAttackWithNoDoerNamed) {
  // (The bombing at the ministry is the act; "killing 30 policemen" is its
  // toll, not a second act.)
  EXPECT_EQ("AFGREB 1832 AFGGOV; AFGREB 015 AFGGOV",
            CodesOf("A car bomb exploded outside the interior ministry in Kabul, killing 30 "
                    "policemen, and the Taliban claimed responsibility.",
                    "2020-03-01"));
  EXPECT_EQ("NGAREB 1833 NGAMIL; NGAREB 015 NGAMIL",
            CodesOf("A roadside bomb killed four Nigerian soldiers near Maiduguri; Boko Haram "
                    "admitted carrying out the bombing.",
                    "2020-03-01"));
}

TEST(ShippedClaimedAttacksTest, AClaimerReplacesGunmenNamedByTheirRoleAlone) {
  // (The police post is the police's; the officers killed there, named by
  // that word alone, are its officers, the toll of the attack: no second
  // act on the army.)
  EXPECT_EQ("PAKSEP 190 PAKCOP; PAKSEP 015 PAKCOP",
            CodesOf("Gunmen attacked a police post in Baluchistan, killing six officers; the "
                    "Baloch Liberation Army later claimed the attack.",
                    "2020-03-01"));
}

TEST(ShippedClaimedAttacksTest, AnAttackClaimedByAGroupAddsItsClaim) {
  EXPECT_EQ("SOMREB 190 KENMIL; SOMREB 015 KENMIL",
            CodesOf("An ambush claimed by al-Shabaab killed eleven Kenyan soldiers near the "
                    "Somali border.",
                    "2020-03-01"));
}

TEST(ShippedClaimedAttacksTest, NoClaimWhenItIsNegatedDeniedOrOfSomethingElse) {
  EXPECT_EQ("",
            CodesOf("No group has claimed responsibility for the blast, which killed 12 Somali "
                    "soldiers in Mogadishu.",
                    "2020-03-01"));
  EXPECT_EQ("",
            CodesOf("A bomb killed nine Afghan policemen in Kandahar, and the Taliban denied "
                    "carrying out the attack.",
                    "2020-03-01"));
  EXPECT_EQ("",
            CodesOf("A bomb killed nine Afghan policemen in Kandahar, and the Taliban claimed "
                    "victory in the province.",
                    "2020-03-01"));
}

TEST(ShippedClaimedAttacksTest, AStatesMissilesAndWarplanesAreItsForces) {
  EXPECT_EQ("RUSMIL 195 UKR",
            CodesOf("Russian cruise missiles struck a rail depot in Kharkiv at dawn.",
                    "2020-03-01"));
  EXPECT_EQ("INDMIL 195 PAK", CodesOf("Indian missiles struck three sites in Pakistan.",
                                      "2020-03-01"));
  EXPECT_EQ("TURMIL 195 SYRMIL",
            CodesOf("A Turkish F-16 shot down a Syrian drone over Idlib.", "2020-03-01"));
}

TEST(ShippedClaimedAttacksTest, AGroupsWeaponsInAListAreTheGroups) {
  EXPECT_EQ("YEMREB 190 SAU",
            CodesOf("Houthi drones and missiles struck an oil terminal in Jeddah.",
                    "2020-03-01"));
}

TEST(ShippedClaimedAttacksTest, MissilesWithNoCountryOrAfterWithAreNoParty) {
  EXPECT_EQ("IRNGOV 195 ISR",
            CodesOf("Iran hit back with a barrage of ballistic missiles on Haifa.",
                    "2020-03-01"));
  EXPECT_EQ("ISRMIL 195 SYR",
            CodesOf("Israeli jets using laser guided missiles destroyed a Syrian radar site.",
                    "2020-03-01"));
  EXPECT_EQ("RUSGOV 1384 SYRGOV",
            CodesOf("Moscow threatened to shoot down incoming missiles over Syria.",
                    "2020-03-01"));
}

TEST(ShippedClaimedAttacksTest, AnOfBeforeTheSubjectTakesNoParticipleAsItsGerund) {
  EXPECT_EQ("PAKMIL 195 AFG",
            CodesOf("Pakistani jets crossed the Line of Control and bombed what Islamabad "
                    "described as militant hideouts in Afghanistan.",
                    "2020-03-01"));
  EXPECT_EQ("ISRMIL 195 LBN",
            CodesOf("Israeli jets entered the airspace of Lebanon and bombed what Israel called "
                    "a weapons factory near Sidon.",
                    "2020-03-01"));
  // "of being overrun": the gerund of "of", not done.
  EXPECT_EQ("", CodesOf("The town of Sirte was on the brink of being overrun by Libyan rebels.",
                        "2020-03-01"));
}

TEST(ShippedClaimedAttacksTest, ATollAfterACommaIsPartOfTheActBeforeIt) {
  // The shelling keeps the country of the place it hit as its target (an
  // outcome participle lends the verb before it no target:
  // shipped_after_verb_test.cc), and the toll adds no second event.
  EXPECT_EQ("ERIMIL 194 ETH",
            CodesOf("Eritrean artillery shelled a border town in Ethiopia, killing six Ethiopian "
                    "soldiers.",
                    "2020-03-01"));
  EXPECT_EQ("TURMIL 195 TURREB",
            CodesOf("Turkish warplanes bombed a PKK hideout in northern Iraq, killing the group's "
                    "local commander.",
                    "2020-03-01"));
  EXPECT_EQ("SYRMIL 195 TUR",
            CodesOf("Syrian jets bombed a Turkish observation post near Idlib, killing eight "
                    "Turkish soldiers.",
                    "2020-03-01"));
  // An incursion's toll is a fight of its own.
  EXPECT_EQ("LBNREB 192 ISR; LBNREB 190 ISRMIL",
            CodesOf("Hezbollah fighters crossed into Israel, killing two Israeli soldiers.",
                    "2020-03-01"));
}

TEST(ShippedClaimedAttacksTest, AnArmedGroupsViolenceOnUnarmedPeopleIsUnconventional) {
  EXPECT_EQ("NGAREB 180 NGAAGR",
            CodesOf("Boko Haram fighters killed twelve Nigerian farmers near Maiduguri.",
                    "2020-03-01"));
  EXPECT_EQ("BFAUAF 180 BFAEDU",
            CodesOf("Islamist militants killed nine Burkinabe students in an attack on a bus.",
                    "2020-03-01"));
  // On soldiers it stays a use of military force.
  EXPECT_EQ("SOMREB 190 SOMMIL",
            CodesOf("Al-Shabaab fighters attacked a Somali army base near Kismayo.",
                    "2020-03-01"));
}

TEST(ShippedClaimedAttacksTest, TheTalibanAreInsurgentsUntilAugust2021) {
  EXPECT_EQ("USAMIL 195 AFGREB",
            CodesOf("American jets bombed Taliban positions north of Kabul.", "2001-10-20"));
  EXPECT_EQ("PAKGOV 020 AFGREB",
            CodesOf("Pakistan urged the Taliban to hand over Osama bin Laden.", "2001-10-20"));
  EXPECT_EQ("PAKGOV 020 AFGGOV",
            CodesOf("Pakistan urged the Taliban to reopen girls' schools.", "2022-10-20"));
}

TEST(ShippedClaimedAttacksTest, APlaceWordOfAPatternBindsNoPartyPastAComma) {
  EXPECT_EQ("TURMIL 195 TURREB",
            CodesOf("Turkish jets bombed PKK positions near Dohuk, the first Turkish strikes in "
                    "Iraq this year.",
                    "2020-03-01"));
  EXPECT_EQ("ISRMIL 195 LBNREB; ISRMIL 190 LBN",
            CodesOf("Israeli jets bombed Hezbollah positions near Tyre, the first Israeli raids "
                    "on Lebanon since the truce.",
                    "2020-03-01"));
}

TEST(ShippedClaimedAttacksTest, AStatesForcesShootingItsProtestersRepressThem) {
  EXPECT_EQ("BLRCOP 175 BLROPP",
            CodesOf("Belarusian riot police gunned down two demonstrators in Minsk.",
                    "2020-03-01"));
  EXPECT_EQ("IRQMIL 175 IRQOPP",
            CodesOf("Iraqi soldiers gunned down protesters in Nasiriyah.", "2020-03-01"));
  // An air strike keeps its own code.
  EXPECT_EQ("MMRMIL 195 MMROPP",
            CodesOf("Myanmar's military bombed a crowd of protesters in Sagaing.", "2020-03-01"));
}

TEST(ShippedClaimedAttacksTest, ABrawlBetweenForcesIsAClashOfBothSides) {
  EXPECT_EQ("ARMMIL 190 AZEMIL; AZEMIL 190 ARMMIL",
            CodesOf("Five Armenian soldiers were killed in a brawl with Azerbaijani troops on the "
                    "border.",
                    "2021-03-01"));
  EXPECT_EQ("KGZMIL 190 TJKMIL; TJKMIL 190 KGZMIL",
            CodesOf("Kyrgyz border guards were injured in brawls with Tajik soldiers near the "
                    "disputed enclave.",
                    "2021-03-01"));
}

TEST(ShippedClaimedAttacksTest, AGroupSayingItCarriedOutTheAttackClaimsIt) {
  EXPECT_EQ("IRQREB 1832 IRQMIL; IRQREB 015 IRQMIL",
            CodesOf("A car bomb killed eleven soldiers outside a barracks in Mosul, and the "
                    "Islamic State said it had carried out the bombing.",
                    "2016-03-01"));
  EXPECT_EQ("CODREB 015 CODMIL",
            CodesOf("The rebels said they carried out the ambush on an army convoy in Kasai.",
                    "2016-03-01"));
  // No attacked party told: no claim coded.
  EXPECT_EQ("", CodesOf("The Taliban said it had carried out the attack.", "2016-03-01"));
}

TEST(ShippedClaimedAttacksTest, AClaimOfABombingItNamesGivesTheBombingToTheClaimer) {
  EXPECT_EQ("PAKREB 015 PAKCOP; PAKREB 1831 PAKCOP",
            CodesOf("The Pakistani Taliban claimed responsibility for the suicide bombing of a "
                    "police station in Peshawar.",
                    "2014-03-01"));
  // A bare "attack" does not say how it was done: the claim alone.
  EXPECT_EQ("PAKREB 015 PAKCOP",
            CodesOf("The Pakistani Taliban claimed responsibility for the attack on a police "
                    "station in Peshawar.",
                    "2014-03-01"));
  // A claim not made claims nothing.
  EXPECT_EQ("", CodesOf("No group claimed responsibility for the car bombing of a police "
                        "station in Peshawar.",
                        "2014-03-01"));
}

TEST(ShippedClaimedAttacksTest, ABombThatExplodesOrTearsThroughASiteAttacksIt) {
  EXPECT_EQ("AFGREB 1832 AFGGOV; AFGREB 015 AFGGOV",
            CodesOf("Two truck bombs exploded outside the finance ministry in Kabul, and the "
                    "Taliban claimed responsibility.",
                    "2015-03-01"));
  EXPECT_EQ("IRQREB 1832 IRQCOP; IRQREB 015 IRQCOP",
            CodesOf("A truck bomb tore through a police station in Kirkuk, killing 15 officers, "
                    "and the Islamic State said it had carried out the attack.",
                    "2015-03-01"));
  // No doer named nor claim made: no event.
  EXPECT_EQ("", CodesOf("A car bomb ripped through a police station in Kirkuk on Monday.",
                        "2015-03-01"));
  // Storms and fires tear through places too.
  EXPECT_EQ("", CodesOf("A cyclone tore through the coast of Myanmar, and the army sent "
                        "troops to help.",
                        "2015-03-01"));
  // The party named before "when" is the bomb's victim, not its doer.
  EXPECT_EQ("", CodesOf("A retired Lebanese general was killed when a car bomb tore through "
                        "his convoy in Beirut.",
                        "2015-03-01"));
}

TEST(ShippedClaimedAttacksTest, AVideoShowingAnActIsTheAct) {
  EXPECT_EQ("TCDREB 1823 TCDMIL",
            CodesOf("The militia released a video on Monday showing its fighters executing two "
                    "Chadian soldiers.",
                    "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
