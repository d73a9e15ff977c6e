// Countries of roles named without one, and of peoples that share a name
// with a state, with the shipped dictionaries. Each sentence is written for
// the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedActorCountriesTest, AJuntaIsTheStateNamedBeforeItNotItsCritics) {
  // France condemns Guinea's junta; without the rule the junta took the
  // country of its critic (FRAMIL).
  EXPECT_EQ("GINGOV 1721 FRA; FRAGOV 111 GINMIL",
            CodesOf("Guinea's government suspended French broadcasts, days after the French "
                    "foreign minister condemned the junta.",
                    "2023-08-10"));
}

TEST(ShippedActorCountriesTest, AnOppositionPraisedFromAbroadIsTheOtherStates) {
  EXPECT_EQ("GBRGOV 051 ZWEOPP",
            CodesOf("Zimbabwe's parliament passed the security law, and Britain's foreign "
                    "secretary praised the opposition.",
                    "2023-08-10"));
  // With no other state named, the opposition stays the acting state's own.
  EXPECT_EQ("ZWEGOV 051 ZWEOPP",
            CodesOf("Zimbabwe's foreign minister praised the opposition.", "2023-08-10"));
}

TEST(ShippedActorCountriesTest, SeparatistsAreNotTheirBackers) {
  // Russia, named first, backs the separatists; they stay Georgia's.
  EXPECT_EQ("RUSMIL 190 GEO; GEOSEP 190 GEO",
            CodesOf("Russian troops poured into Georgia as the separatists attacked Georgian "
                    "villages.",
                    "2008-08-08"));
}

TEST(ShippedActorCountriesTest, PeopleKeepTheCountryAnEarlierActPlacedThemIn) {
  // The killing names no place; the students are still Kenya's, not the
  // Somali group's.
  EXPECT_EQ("SOMREB 180 KENEDU; SOMREB 202 KENEDU",
            CodesOf("Al-Shabaab gunmen stormed a teachers college in eastern Kenya, singling out "
                    "Christian students from the Muslim ones and killing 120 people.",
                    "2023-08-10"));
}

TEST(ShippedActorCountriesTest, SyrianTurkmenAreSyrias) {
  EXPECT_EQ(
      "SYRREB 195 RUSMIL",
      CodesOf("Syrian Turkmen rebels shot down a Russian warplane near the border.", "2015-11-24"));
  // "Turkmen" alone is still Turkmenistan's.
  EXPECT_EQ("TKMGOV 040 RUSGOV",
            CodesOf("Turkmen President Serdar Berdimuhamedov met Vladimir Putin in Moscow.",
                    "2023-08-10"));
}

TEST(ShippedActorCountriesTest, ATwoWordCountryBeforeAHyphenIsThatCountry) {
  // "South Korean-flagged": the name starts a word before the hyphenated
  // token; without the rule the tanker had no country and no event.
  EXPECT_EQ("IRNMIL 171 KOR",
            CodesOf("The South Korean-flagged tanker was seized by Iranian forces.", "2012-05-20"));
  EXPECT_EQ(
      "SDNREB 044 SDNGOV; SDNGOV 044 SDNREB; ZAFGOV 045 SDNREB; ZAFGOV 045 SDNGOV",
      CodesOf("South African-brokered talks between Sudanese rebels and the government opened "
              "in Pretoria.",
              "2012-05-20"));
}

}  // namespace
}  // namespace khaldun
