// Weapons and war machines that hit a place no actor names: "Iranian drones
// hit Erbil", "Hezbollah rockets slammed into Kiryat Shmona", "Turkish
// warplanes hit villages near Dohuk". The gazetteer place (a city, a town, a
// site "in" or "near" one) gives the target, the bare country of the place;
// aircraft, bombers, jets and artillery hit as missiles and rockets do. With
// no weapon as the subject ("the storm hit Odesa", "prices hit a record")
// or no place named, nothing is coded.
//
// Coder rules whose test needs the shipped vocabulary (the verb patterns of
// dictionaries/ and the places of data/geo), coded through the whole
// pipeline as `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedPlaces18Test, AWeaponHittingAPlaceAttacksItsCountry) {
  EXPECT_EQ("RUSMIL 195 UKR", CodesOf("Russian missiles hit Odesa.", "2022-03-01"));
  EXPECT_EQ("IRNMIL 195 IRQ", CodesOf("Iranian drones hit Erbil overnight.", "2022-03-01"));
  EXPECT_EQ("LBNREB 194 ISR",
            CodesOf("Hezbollah rockets slammed into Kiryat Shmona.", "2022-03-01"));
}

TEST(ShippedPlaces18Test, AircraftAndArtilleryHitAsTheirMunitionsDo) {
  EXPECT_EQ("RUSUAF 195 SYR", CodesOf("Russian bombers hit Aleppo overnight.", "2022-03-01"));
  // A site "in" or "near" a place: the place's country.
  EXPECT_EQ("TURMIL 195 IRQ",
            CodesOf("Turkish warplanes hit villages near Dohuk on Sunday.", "2022-03-01"));
  EXPECT_EQ("SAUMIL 195 YEM", CodesOf("Saudi jets hit a fuel depot in Hodeidah.", "2022-03-01"));
  EXPECT_EQ("RUSMIL 194 UKR", CodesOf("Russian artillery hit Kharkiv.", "2022-03-01"));
}

TEST(ShippedPlaces18Test, NoWeaponOrNoPlaceCodesNothing) {
  EXPECT_EQ("", CodesOf("The storm hit Odesa on Monday.", "2022-03-01"));
  EXPECT_EQ("", CodesOf("Prices hit a record high in Kharkiv.", "2022-03-01"));
  EXPECT_EQ("", CodesOf("A Russian missile hit a power station.", "2022-03-01"));
}

}  // namespace
}  // namespace khaldun
