// Violence with the shipped dictionaries (session 20): a named office-holder
// owned by a possessive and killed in a toll participle is assassinated
// (186) whatever the act before; a surname ending in "s" is a person, not a
// plural group; an event noun of force that is a killing verb's subject
// says how across a "claimed by" phrase; forces "advancing on" a place,
// told of the noun before them, do no act of the main clause's subject; an
// event noun that is a killing verb's subject is told once, by the killing
// of the party, not again on the place it names; "officers" killed in the
// toll of an act on a police patrol are that act's victims.
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

TEST(ShippedViolence20Test, APossessiveOwnsTheNamedOfficeHolderKilled) {
  EXPECT_EQ("TURMIL 195 TURREB; TURMIL 186 TURREB",
            CodesOf("Turkish jets bombed a PKK base in northern Iraq, killing the group's "
                    "commander Murat Karayilan.",
                    "2012-05-01"));
}

TEST(ShippedViolence20Test, AnEventNounSaysHowAcrossAClaimedByPhrase) {
  EXPECT_EQ("IRQREB 1831 GBRMIL; IRQREB 015 GBRMIL",
            CodesOf("Three suicide bombings claimed by Islamic State's Pakistani affiliate "
                    "killed 20 British soldiers outside a Karachi hotel.",
                    "2016-05-01"));
}

TEST(ShippedViolence20Test, ForcesAdvancingOnAPlaceAreToldOfTheNounBefore) {
  EXPECT_EQ("GBRGOV 195 GBRREB",
            CodesOf("Britain launched air strikes on rebels advancing on Freetown.", "2000-05-01"));
  // In a headline with no verb before it, the advance is the news.
  EXPECT_EQ("SLEREB 190 SLE",
            CodesOf("Rebels advancing on Freetown.", "2000-05-01"));
}

TEST(ShippedViolence20Test, AStrikeThatKillsIsToldOnThePartyKilledNotOnThePlace) {
  EXPECT_EQ("USAMIL 186 AFGREB",
            CodesOf("An American drone strike on a compound in Yemen killed al-Qaeda commander "
                    "Anwar al-Awlaki on Friday.",
                    "2011-10-01"));
  // With no party named among the dead, the strike on the place stays.
  EXPECT_EQ("USAMIL 195 YEM",
            CodesOf("An American drone strike on a compound in Yemen killed four people on Friday.",
                    "2011-10-01"));
}

TEST(ShippedViolence20Test, OfficersInATollAreTheOfficersOfThePartyHit) {
  EXPECT_EQ("SRBUAF 190 KSVCOP",
            CodesOf("Serb militants ambushed two Kosovo police vehicles outside Zvecan, killing "
                    "one officer.",
                    "2023-09-24"));
}

}  // namespace
}  // namespace khaldun
