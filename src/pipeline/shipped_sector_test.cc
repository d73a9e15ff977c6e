// Sector conventions the gold sets settle by a clear majority across sets
// (tests/gold/README.md, "Sector conventions settled by majority"), coded
// through the whole pipeline with the shipped dictionaries as `khaldun code`
// codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedSectorTest, WomenNamedByNationalityAreTheCountry) {
  // Whatever is done to them: abducted, enslaved, apologised to.
  EXPECT_EQ("MLIUAF 181 NLD",
            CodesOf("Gunmen abducted a Dutch woman from a hotel in Bamako.", "2020-01-01"));
  EXPECT_EQ("NGAUAF 181 CHN",
            CodesOf("Bandits abducted three Chinese women near a mine in Zamfara.", "2020-01-01"));
  EXPECT_EQ("IRQREB 181 IRQ",
            CodesOf("Islamic State fighters enslaved thousands of Yazidi women.", "2020-01-01"));
  EXPECT_EQ("JPNGOV 055 PHL",
            CodesOf("Tokyo apologised to the Filipino women forced into military brothels "
                    "during the war.",
                    "2020-01-01"));
  // Freed by their captors, as before.
  EXPECT_EQ("THAREB 0841 THA", CodesOf("Rebels freed four Thai women on Monday.", "2020-01-01"));
}

TEST(ShippedSectorTest, WomenKilledStayThePeopleHit) {
  EXPECT_EQ("KENUAF 180 KENCVL",
            CodesOf("Gunmen shot dead two Kenyan women near Mandera.", "2020-01-01"));
}

TEST(ShippedSectorTest, WomenNamedWithoutACountryKeepThePlacesReading) {
  // People hit where it happens, named by a role with no nationality.
  EXPECT_EQ("NGAUAF 180 NGACVL",
            CodesOf("Militants killed women and children in a market in Kano.", "2020-01-01"));
}

TEST(ShippedSectorTest, WomenOfARightsCauseAreNoNationality) {
  // "women's" owns the next noun; the country is the place's (as before).
  EXPECT_EQ("SAUCOP 173 SAUCVL",
            CodesOf("Saudi police detained two women's rights activists in Riyadh.", "2016-01-01"));
}

TEST(ShippedSectorTest, ANationalityAfterARoleAndACommaIsTheRolesCountry) {
  // "<people>, many/most/all (of them) [from] <country>": the people, of that
  // country, not the country's state.
  EXPECT_EQ("GRCCOP 175 AFGREF; GRCCOP 175 SYRREF",
            CodesOf("Greek police fired tear gas at thousands of migrants, many of them Afghans "
                    "and Syrians, at the border.",
                    "2016-01-01"));
  EXPECT_EQ("TURCOP 173 SYRREF",
            CodesOf("Turkish police detained 60 refugees, all of them from Syria, in Izmir.",
                    "2016-01-01"));
  EXPECT_EQ("ITAMIL 073 ERIREF",
            CodesOf("Italian coastguards rescued 400 migrants, mostly Eritreans, off Lampedusa.",
                    "2016-01-01"));
  // The role noun a mention of its own.
  EXPECT_EQ("THACOP 173 KHMLAB",
            CodesOf("Thai police arrested 200 workers, nearly all of them Cambodians, in a raid "
                    "on a factory.",
                    "2016-01-01"));
  EXPECT_EQ("KENCOP 173 SOMEDU",
            CodesOf("Kenyan police arrested dozens of students, many of them Somalis, in Nairobi.",
                    "2016-01-01"));
}

TEST(ShippedSectorTest, AnAppositionNamingNoCountryChangesNothing) {
  EXPECT_EQ("UGAMIL 190 UGAREB",
            CodesOf("Ugandan troops, most of them from the north, attacked rebels near Gulu.",
                    "2016-01-01"));
}

}  // namespace
}  // namespace khaldun
