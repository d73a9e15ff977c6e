// Violence with the shipped dictionaries (session 20): a named office-holder
// owned by a possessive and killed in a toll participle is assassinated
// (186) whatever the act before; a surname ending in "s" is a person, not a
// plural group; an event noun of force that is a killing verb's subject
// says how across a "claimed by" phrase; forces "advancing on" a place,
// told of the noun before them, do no act of the main clause's subject.
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
            CodesOf("Two suicide bombings claimed by the Islamic State's Pakistani branch killed "
                    "20 British soldiers and scores of civilians outside a Karachi hotel.",
                    "2016-05-01"));
}

TEST(ShippedViolence20Test, ForcesAdvancingOnAPlaceAreToldOfTheNounBefore) {
  EXPECT_EQ("GBRGOV 195 GBRREB",
            CodesOf("Britain launched air strikes on rebels advancing on Freetown.", "2000-05-01"));
  // In a headline with no verb before it, the advance is the news.
  EXPECT_EQ("SLEREB 190 SLE",
            CodesOf("Rebels advancing on Freetown.", "2000-05-01"));
}

}  // namespace
}  // namespace khaldun
