// Roles named by the city they serve: "a New York judge", "the Lahore
// police", "A Marseille court". The city the gazetteer knows, standing
// before the role inside its phrase (after a determiner, "New" read as part
// of the name), gives the role its country; cities whose names are also
// common words ("Male", "Victoria", "Split") never do. And "a commando" in
// the singular is a hit squad, not special forces; peoples of a region
// inside one state (Chechens, Tibetans, Catalans, Basques) are of that state.
//
// Coder rules whose test needs the shipped vocabulary (the roles, places and
// verb patterns of dictionaries/ and data/geo), coded through the whole
// pipeline as `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedPlaces16Test, ACityBeforeARoleIsTheRolesCountry) {
  // A city with no actor entry of its own, after a determiner.
  EXPECT_EQ("PAKJUD 116 INDAGR",
            CodesOf("A Lahore court sentenced two Indian fishermen to prison.", "2016-04-12"));
  EXPECT_EQ("FRAJUD 116 DZAUAF",
            CodesOf("A Marseille court convicted an Algerian smuggler.", "2016-04-12"));
  EXPECT_EQ("INDCOP 173 PAKAGR",
            CodesOf("The Mumbai police arrested two Pakistani fishermen.", "2016-04-12"));
  // As the object, after "the".
  EXPECT_EQ("PAKEDU 145 PAKCOP",
            CodesOf("Students clashed with the Karachi police.", "2016-04-12"));
}

TEST(ShippedPlaces16Test, ACityNamedWithNewIsOnePlace) {
  // "New" is not a modifier of "York judge".
  EXPECT_EQ("USAJUD 173 COLUAF",
            CodesOf("A New York judge jailed a Colombian drug trafficker.", "2016-04-12"));
}

TEST(ShippedPlaces16Test, ACityNamedLikeACommonWordGivesNoCountry) {
  // "Male MPs" are men in a parliament, not the Maldives' deputies;
  // Victoria is an Australian state as well as the Seychelles' capital.
  EXPECT_EQ("", CodesOf("Male MPs criticized the president.", "2016-04-12"));
  EXPECT_EQ(std::string::npos,
            CodesOf("Victoria police arrested two Chinese students.", "2016-04-12").find("SYC"));
}

TEST(ShippedPlaces16Test, ACommandoIsAHitSquadCommandosAreSoldiers) {
  // A commando in the singular is a band of armed men (UAF); commandos in
  // the plural are a state's special forces (MIL).
  EXPECT_EQ("MEXUAF 190 MEXJUD",
            CodesOf("A commando of gunmen killed a Mexican judge in Tijuana.", "2016-04-12"));
  EXPECT_EQ("ISRMIL 190 LBN",
            CodesOf("Israeli naval commandos stormed a Lebanese fishing boat.", "2016-04-12"));
  EXPECT_EQ("EGYMIL 190 EGYUAF",
            CodesOf("Egyptian commandos raided a militant hideout in Sinai.", "2016-04-12"));
}

TEST(ShippedPlaces16Test, APeopleOfARegionIsOfItsState) {
  // Chechens are of Russia, Tibetans of China, Catalans and Basques of Spain.
  EXPECT_EQ("RUSREB 190 UKRMIL",
            CodesOf("Chechen fighters ambushed a Ukrainian army patrol near Bakhmut.",
                    "2016-04-12"));
  EXPECT_EQ("CHNCOP 173 CHNREL",
            CodesOf("Chinese police detained dozens of Tibetan monks in Lhasa.", "2016-04-12"));
  EXPECT_EQ("ESPCOP 173 ESPSEP",
            CodesOf("Spanish police arrested three Basque separatists.", "2016-04-12"));
  EXPECT_EQ("ESPGOV 111 ESPCOP",
            CodesOf("The Catalan government condemned the Spanish police.", "2016-04-12"));
}

TEST(ShippedPlaces16Test, AFormerOfficeOfAnOrganisationGivesWayToThePerson) {
  // After he left the UN, Kofi Annan is coded by his own entry; in office
  // the UN title and the entry agree.
  EXPECT_EQ("GHAELI 040 KENOPP",
            CodesOf("Former UN chief Kofi Annan met Kenyan opposition leaders in Nairobi.",
                    "2008-01-20"));
  EXPECT_EQ("IGOUNO 040 KENOPP",
            CodesOf("UN chief Kofi Annan met Kenyan opposition leaders in Nairobi.", "2004-01-20"));
  EXPECT_EQ("KORELI 111 MMRGOV",
            CodesOf("Former UN chief Ban Ki-moon criticised the Burmese government.", "2019-03-01"));
}

TEST(ShippedPlaces16Test, AnArmedGroupTakesItsHomeCountryNotItsHideout) {
  // The ADF are Ugandan rebels, wherever in Congo they fight.
  EXPECT_EQ("UGAREB 190 CODMIL",
            CodesOf("ADF rebels ambushed a Congolese army convoy near Beni.", "2016-04-12"));
  EXPECT_EQ("UGAMIL 194 UGAREB",
            CodesOf("Ugandan troops shelled Allied Democratic Forces positions in Ituri.",
                    "2016-04-12"));
}

}  // namespace
}  // namespace khaldun
