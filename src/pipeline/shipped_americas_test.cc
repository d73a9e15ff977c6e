// Actors of news from the Americas: organised crime, federal and national
// police agencies, state and provincial places, regional organisations and
// office-holders named without a title.
//
// These test the shipped vocabulary (dictionaries/, data/countries,
// data/leaders) through the whole pipeline, as `khaldun code` codes it. Each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

// Cartels, gangs and traffickers are armed groups outside the state (UAF), as
// the gold standard codes them, not CRM.
TEST(ShippedAmericasTest, OrganisedCrimeIsAnArmedGroupOutsideTheState) {
  EXPECT_EQ("MEXUAF 181 MEXCOP",
            CodesOf("The Sinaloa cartel kidnapped two police officers in Culiacan.", "2021-03-02"));
  EXPECT_EQ("BRACOP 190 BRAUAF",
            CodesOf("Brazilian police raided the Comando Vermelho gang in a Rio de Janeiro favela.",
                    "2021-03-02"));
  // Pirates stay CRM: in business news they copy software ("raids on suspected
  // pirates by the FBI").
  EXPECT_EQ("SOMCRM 181 GRC",
            CodesOf("Somali pirates seized a Greek tanker off the coast.", "2021-03-02"));
  EXPECT_EQ("COLUAF 190 COLMIL",
            CodesOf("Drug traffickers ambushed a Colombian army patrol near Cali.", "2021-03-02"));
  // Named bosses.
  EXPECT_EQ("ECUMIL 173 ECUUAF",
            CodesOf("Ecuadorean soldiers arrested Adolfo Macías in Guayaquil.", "2021-03-02"));
  EXPECT_EQ("MEXUAF 130 MEXMIL",
            CodesOf("Ovidio Guzmán threatened Mexican soldiers in Sinaloa.", "2021-03-02"));
  // A bare "cartel" is as often OPEC or a price-fixing ring: no armed group.
  EXPECT_EQ("IGOBUSOPC 111 USAGOV",
            CodesOf("The OPEC cartel criticized the American government.", "2021-03-02"));
}

// US states and Canadian provinces give their country to the roles placed in
// them.
// (States and provinces are not in the gazetteer: "Texas banks", "a
// hurricane on Florida" and "California lawyers" gave wrong events on real
// news when they were. Cities are.)
TEST(ShippedAmericasTest, CitiesGiveTheirCountry) {
  EXPECT_EQ("USACOP 173 MEXUAF",
            CodesOf("Police in Houston arrested twelve Mexican smugglers.", "2021-03-02"));
  EXPECT_EQ("USACOP 173 HNDLEG",
            CodesOf("DEA agents arrested a Honduran congressman in Miami.", "2021-03-02"));
  EXPECT_EQ("CANCOP 173 USACVL",
            CodesOf("Police in Montreal arrested an American tourist.", "2021-03-02"));
}

// National agencies and bodies named without their country.
TEST(ShippedAmericasTest, AgenciesAndOrganisationsNamedAlone) {
  EXPECT_EQ("CHLCOP 175 CHLEDU",
            CodesOf("Carabineros fired tear gas at students in Santiago.", "2021-03-02"));
  EXPECT_EQ("VENBUS 111 VENGOV",
            CodesOf("Fedecamaras criticized the Venezuelan government.", "2021-03-02"));
  EXPECT_EQ("IGOUNO 111 NICGOV",
            CodesOf("The Human Rights Council condemned the Nicaraguan government.", "2021-03-02"));
  EXPECT_EQ("IGOUNO 051 CUBGOV",
            CodesOf("The Pan American Health Organization praised the Cuban government.",
                    "2021-03-02"));
}

// Office-holders named without their title: the OAS secretary-general, a
// Supreme Court justice, state governors and provincial premiers (coded as
// their national government).
TEST(ShippedAmericasTest, OfficeHoldersNamedWithoutTitle) {
  EXPECT_EQ("IGOOAS 111 NICGOV",
            CodesOf("Luis Almagro condemned the Nicaraguan government on Tuesday.", "2021-03-02"));
  EXPECT_EQ("BRAJUD 173 BRALEG",
            CodesOf("Alexandre de Moraes ordered the arrest of a Brazilian congressman.",
                    "2021-03-02"));
  EXPECT_EQ("USAGOV 111 MEXGOV",
            CodesOf("Greg Abbott criticized the Mexican government over migration.", "2021-03-02"));
  EXPECT_EQ("CANGOV 111 USAGOV",
            CodesOf("Doug Ford criticized Washington over the tariffs.", "2021-03-02"));
}

}  // namespace
}  // namespace khaldun
